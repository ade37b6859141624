"""Every bad input ends in a DocumentLoadError with its own reason code.

Nothing else may escape (no PackageNotFoundError, PdfiumError, BadZipFile ...),
no message is empty, and nothing blocks (a FIFO named .pdf).
"""

from __future__ import annotations

import io
import os
import threading
import zipfile

import pytest

from pipeline.errors import REASONS, DocumentLoadError
from pipeline.readers import read_document, sniff_format
from readers_fixtures import IMAGE, Line, docx_with_body, make_ole, make_pdf, make_zip, p, rewrite_zip, zip_bomb

PDF = make_pdf([[Line(72, 700, "Motionens text.")], [Line(72, 700, "Sida två.")]])


def _docx() -> bytes:
    return docx_with_body(p("Motionens text."))


def write(name: str, data: bytes):
    def build(tmp_path):
        path = tmp_path / name
        path.write_bytes(data() if callable(data) else data)
        return path
    return build


def docm(tmp_path):
    data = _docx()
    ct = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml")
    ct = ct.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    path = tmp_path / "motion.docm"
    path.write_bytes(rewrite_zip(data, {"[Content_Types].xml": ct}))
    return path


def vba_project(tmp_path):
    path = tmp_path / "motion.docx"  # renamed .docm: the content type was edited back, the macros remain
    path.write_bytes(rewrite_zip(_docx(), {}, add={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro"}))
    return path


def doctype(tmp_path):
    data = _docx()
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    head, rest = xml.split("?>", 1)
    xml = head + '?><!DOCTYPE w:document [<!ENTITY dnr "KS 2024/1">]>' + rest
    path = tmp_path / "motion.docx"
    path.write_bytes(rewrite_zip(data, {"word/document.xml": xml.encode()}))
    return path


def bomb_total(tmp_path):
    path = tmp_path / "bomb.docx"
    zip_bomb(path, megabytes=300)  # 300 MB of zeros, ~1.4 MB on disk, built here
    return path


def bomb_ratio(tmp_path):
    path = tmp_path / "bomb.docx"
    zip_bomb(path, megabytes=20, level=9)  # under the total cap, but ~1000:1
    return path


def fifo(tmp_path):
    path = tmp_path / "motion.pdf"
    os.mkfifo(path)
    return path


def symlink(tmp_path):
    target = tmp_path / "real.pdf"
    target.write_bytes(PDF)
    link = tmp_path / "motion.pdf"
    link.symlink_to(target)
    return link


def directory(tmp_path):
    path = tmp_path / "motion.docx"
    path.mkdir()
    return path


def oversized(tmp_path):
    path = tmp_path / "motion.txt"
    path.write_bytes(b"x" * 2048)
    return path


CASES = {
    "empty file": (write("motion.docx", b""), "empty_file"),
    "truncated docx": (write("motion.docx", lambda: _docx()[: len(_docx()) // 2]), "truncated"),
    "corrupt docx member": (write("motion.docx", lambda: _corrupt_member(_docx())), "truncated"),
    "truncated pdf (half)": (write("motion.pdf", PDF[: len(PDF) // 2]), "truncated"),
    "truncated pdf (end cut)": (write("motion.pdf", PDF[:-40]), "truncated"),
    # pdfium opens this one (it rebuilds the xref); only the missing %%EOF tells
    "truncated pdf (no %%EOF)": (write("motion.pdf", PDF[: PDF.rindex(b"%%EOF")]), "truncated"),
    "encrypted docx (OLE EncryptedPackage)": (
        write("motion.docx", make_ole(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"])), "encrypted"),
    "encrypted pdf": (write("motion.pdf", make_pdf([[Line(72, 700, "Hemligt")]], user_password="hemligt")), "encrypted"),
    "legacy doc (OLE WordDocument)": (write("motion.doc", make_ole(["WordDocument", "1Table", "\x05SummaryInformation"])), "legacy_doc"),
    "other OLE (xls)": (write("motion.docx", make_ole(["Workbook"])), "unsupported_format"),
    "docm content type": (docm, "macro_enabled"),
    "vbaProject.bin": (vba_project, "macro_enabled"),
    "png named docx": (write("motion.docx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), "unsupported_format"),
    "zip of other files named docx": (write("motion.docx", make_zip({"bild.jpg": b"\xff\xd8\xff"})), "unsupported_format"),
    "xlsx named docx": (write("motion.docx", make_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<w/>"})),
                        "unsupported_format"),
    "zip bomb (total size)": (bomb_total, "zip_bomb"),
    "zip bomb (ratio)": (bomb_ratio, "zip_bomb"),
    "DOCTYPE in docx": (doctype, "xml_doctype"),
    "FIFO named pdf": (fifo, "not_regular_file"),
    "symlink": (symlink, "not_regular_file"),
    "directory": (directory, "not_regular_file"),
    "missing file": (lambda tmp_path: tmp_path / "finns-inte.pdf", "not_found"),
    "binary garbage": (write("motion.txt", bytes(range(256)) * 8), "unsupported_format"),
    "scanned pdf": (write("motion.pdf", make_pdf([IMAGE])), "needs_ocr"),
    "docx without text": (write("motion.docx", lambda: docx_with_body(p(" "))), "no_text"),
    "over max_bytes": (oversized, "oversized"),
}


def _corrupt_member(data: bytes) -> bytes:
    # Flip bytes inside the deflated document.xml: the zip directory stays intact.
    z = zipfile.ZipFile(io.BytesIO(data))
    info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 20
    return data[:start] + bytes(b ^ 0x5A for b in data[start:start + 64]) + data[start + 64:]


def _read_with_timeout(path, **kwargs):
    """Run read_document in a daemon thread so a blocking open fails the test, not CI."""
    result: dict = {}

    def run():
        try:
            result["doc"] = read_document(path, **kwargs)
        except BaseException as e:  # noqa: BLE001 - the test inspects it
            result["error"] = e

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=20)
    assert not thread.is_alive(), f"read_document blocked on {path}"
    return result


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_readers_bad_input_reason(tmp_path, case):
    build, reason = CASES[case]
    assert reason in REASONS
    path = build(tmp_path)
    kwargs = {"max_bytes": 1024} if case == "over max_bytes" else {}
    result = _read_with_timeout(path, **kwargs)
    error = result.get("error")
    assert isinstance(error, DocumentLoadError), f"expected {reason}, got {result}"
    assert error.reason == reason, str(error)
    assert error.message and error.message.strip()
    assert str(error).startswith(reason + ": ")


@pytest.mark.parametrize(
    "case",
    ["encrypted docx (OLE EncryptedPackage)", "legacy doc (OLE WordDocument)", "docm content type",
     "zip bomb (ratio)", "png named docx", "FIFO named pdf", "empty file"],
)
def test_readers_sniff_format_reports_the_same_reason(tmp_path, case):
    build, reason = CASES[case]
    with pytest.raises(DocumentLoadError) as e:
        sniff_format(build(tmp_path))
    assert e.value.reason == reason


def test_readers_ole_parser_falls_back_to_name_search():
    # A damaged header (bad sector shift) still yields the right reason.
    from pipeline.readers.sniff import sniff_bytes

    data = bytearray(make_ole(["EncryptedPackage"]))
    data[0x1E] = 0x55
    with pytest.raises(DocumentLoadError) as e:
        sniff_bytes(bytes(data))
    assert e.value.reason == "encrypted"
