"""A short fuzz run over the sniffer, the readers and extraction (hypothesis).

Every input, however broken, ends in a record or in a MotionsError with a known
reason code and a message: never another exception, never a hang. Inputs are
random bytes behind the magic numbers we sniff, random zip packages, and the
samples mutated (bytes flipped, cut, repeated; for .docx also inside one XML
part, re-zipped so the damage gets past the zip checks). Kept to well under a
minute: a CI smoke test, not a fuzzing campaign. No example database is written
(it would land in the working tree); a failure prints a reproduction blob.
"""

from __future__ import annotations

import io
import threading
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLES
from pipeline.document import NormalizedDocument
from pipeline.errors import REASONS, MotionsError
from pipeline.extract import extract
from pipeline.extract.record import Record
from pipeline.readers import read_document
from pipeline.readers.sniff import OLE_MAGIC, sniff_bytes

FUZZ = settings(deadline=None, database=None, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PER_INPUT_S = 20  # far above any real read; a thread still running after it is a hang

MAGICS = [b"", b"PK\x03\x04", b"%PDF-1.4\n", OLE_MAGIC, b"\xef\xbb\xbf", b"\xff\xfe", b"From: a@b.se\nSubject: x\n\n",
          b"<?xml version='1.0'?>", b"{\\rtf1", b"\x89PNG\r\n\x1a\n"]


def _smallest(suffix: str, n: int) -> list:
    return sorted((p for p in SAMPLES.iterdir() if p.suffix == suffix), key=lambda p: (p.stat().st_size, p.name))[:n]


# Small samples of every format (mutating a 60-page PDF tells nothing more and costs more).
SAMPLE_FILES = _smallest(".docx", 2) + _smallest(".pdf", 2) + _smallest(".txt", 1) + _smallest(".eml", 1)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


def outcome(path) -> object:
    """read_document, then extract, in a thread: the record or the error."""
    result: dict = {}

    def run():
        try:
            doc = read_document(path)
            assert isinstance(doc, NormalizedDocument)
            result["value"] = extract(doc)
        except BaseException as e:  # noqa: BLE001 - the test judges it
            result["value"] = e

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(PER_INPUT_S)
    assert not thread.is_alive(), f"reading {path} did not end within {PER_INPUT_S} s"
    return result["value"]


def check(value) -> None:
    if isinstance(value, MotionsError):
        assert value.reason in REASONS, value.reason
        assert value.message and value.message.strip()
        return
    if isinstance(value, BaseException):
        raise AssertionError(f"escaped: {type(value).__name__}: {value}") from value
    assert isinstance(value, Record)


def _write(workdir, data: bytes, suffix: str):
    path = workdir / f"input{suffix}"
    path.write_bytes(data)
    return path


@settings(FUZZ, max_examples=1000)
@given(st.sampled_from(MAGICS), st.binary(max_size=2048))
def test_fuzz_sniffer_on_random_bytes(magic, tail):
    try:
        sniff_bytes(magic + tail)
    except MotionsError as e:
        assert e.reason in REASONS and e.message


@settings(FUZZ, max_examples=300)
@given(st.sampled_from(MAGICS), st.binary(max_size=4096), st.sampled_from([".docx", ".pdf", ".txt", ".eml", ""]))
def test_fuzz_read_document_on_random_bytes(workdir, magic, tail, suffix):
    check(outcome(_write(workdir, magic + tail, suffix)))


_XMLISH = st.text(alphabet="<>/=\"' wp:t&;!DOCTYPEabcåäö\n\t\x00\ufeff", max_size=300)
_MEMBER_NAMES = st.sampled_from(["word/document.xml", "word/document.dat", "word/styles.xml", "word/numbering.xml",
                                 "_rels/.rels", "word/_rels/document.xml.rels", "word/media/image1.png",
                                 "word/vbaProject.bin", "customXml/item1.xml", "docProps/core.xml", "x/../../evil"])


@st.composite
def zip_packages(draw) -> bytes:
    """Zips that look more or less like a docx: the real parts of one, some of
    them replaced by random XML-ish text or bytes, and random extra members."""
    base = zipfile.ZipFile(io.BytesIO((SAMPLES / "seed_ange_ks-20-399_svar.docx").read_bytes()))
    members = {name: base.read(name) for name in base.namelist()}
    for name in draw(st.lists(st.sampled_from(sorted(members)), max_size=3)):
        if draw(st.booleans()):
            members[name] = draw(_XMLISH).encode()
        else:
            members.pop(name, None)
    for name in draw(st.lists(_MEMBER_NAMES, max_size=3)):
        members[name] = draw(st.one_of(st.binary(max_size=200), _XMLISH.map(str.encode)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))) as z:
        for name, content in members.items():
            z.writestr(name, content)
    return buf.getvalue()


@settings(FUZZ, max_examples=250)
@given(zip_packages())
def test_fuzz_read_document_on_random_zip_packages(workdir, data):
    check(outcome(_write(workdir, data, ".docx")))


@st.composite
def mutated_samples(draw) -> tuple[bytes, str]:
    path = draw(st.sampled_from(SAMPLE_FILES))
    data = bytearray(path.read_bytes())
    if path.suffix == ".docx" and draw(st.booleans()):
        return _mutate_docx_part(draw, bytes(data)), ".docx"
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        kind = draw(st.sampled_from(["flip", "cut", "insert", "repeat"]))
        if kind == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "cut":
            del data[at:at + draw(st.integers(1, 4096))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:
            data[at:at] = data[at:at + draw(st.integers(1, 512))] * draw(st.integers(2, 8))
    return bytes(data), path.suffix


def _mutate_docx_part(draw, data: bytes) -> bytes:
    z = zipfile.ZipFile(io.BytesIO(data))
    name = draw(st.sampled_from([n for n in z.namelist() if n.endswith((".xml", ".rels"))]))
    part = bytearray(z.read(name))
    at = draw(st.integers(0, len(part)))
    part[at:at + draw(st.integers(0, 40))] = draw(st.sampled_from(
        [b"", b"<", b">", b"&amp", b"&x;", b"<w:p>", b"</w:p>", b"<w:t>\x00</w:t>", b"\xff\xfe", b"<!-- ", b"]]>"]))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for other in z.namelist():
            out.writestr(other, bytes(part) if other == name else z.read(other))
    return buf.getvalue()


@settings(FUZZ, max_examples=500)
@given(mutated_samples())
def test_fuzz_read_document_on_mutated_samples(workdir, sample):
    data, suffix = sample
    check(outcome(_write(workdir, data, suffix)))
