"""Safe loading and format sniffing from the bytes, never from the file name.

Every third-party parser we use either hangs (FIFO, /dev/zero link), balloons
(zip bombs, huge parts) or fails with the same unhelpful exception for very
different problems (python-docx raises PackageNotFoundError for empty,
truncated, encrypted, legacy .doc and renamed files alike). So the checks that
give a person a useful reason run here, on the raw bytes, before any parser.
"""

from __future__ import annotations

import io
import os
import re
import stat
import struct
import zipfile
import zlib
from pathlib import Path

from pipeline.document import InputFormat
from pipeline.errors import load_error

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

# Zip-bomb limits, applied to the sizes the central directory declares. Python's
# zipfile never inflates a member beyond its declared size (it stops and fails the
# CRC check), so the declared sizes bound memory for python-docx too.
MAX_UNZIPPED_TOTAL = 200 * 1024 * 1024
MAX_RATIO = 200  # real docx XML compresses 5-30x; zeros compress ~1000x
RATIO_MIN_SIZE = 10 * 1024 * 1024  # small members may compress extremely well

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

# Binary formats people plausibly drop into the inbox instead of a motion; all are
# rejected as unsupported_format (named in the detail so the person knows why).
_OTHER_MAGICS = {
    b"\x89PNG": "PNG-bild",
    b"\xff\xd8\xff": "JPEG-bild",
    b"GIF8": "GIF-bild",
    b"II*\x00": "TIFF-bild",
    b"MM\x00*": "TIFF-bild",
    b"{\\rtf": "RTF",
    b"\x1f\x8b": "gzip",
    b"7z\xbc\xaf": "7z",
    b"Rar!": "RAR",
}


def load_bytes(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a regular file completely, with the cheap checks first.

    lstat, then open with O_NOFOLLOW|O_NONBLOCK and fstat again: a FIFO or a link
    to /dev/zero must never reach a blocking read, and a file swapped for one
    between the two calls is caught by comparing the inode.
    """
    path = os.fspath(path)
    try:
        st = os.lstat(path)
    except FileNotFoundError as e:
        raise load_error("not_found", Path(path).name) from e
    except PermissionError as e:
        raise load_error("unreadable_file", Path(path).name) from e
    except OSError as e:
        raise load_error("not_regular_file", f"{type(e).__name__}: {e.strerror or e}") from e
    if not stat.S_ISREG(st.st_mode):
        raise load_error("not_regular_file", _kind(st.st_mode))
    if st.st_size == 0:
        raise load_error("empty_file")
    if st.st_size > max_bytes:
        raise load_error("oversized", f"{st.st_size} byte, gränsen är {max_bytes}")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError as e:
        raise load_error("unreadable_file", Path(path).name) from e
    except OSError as e:
        raise load_error("not_regular_file", f"kan inte öppnas: {e.strerror or e}") from e
    with os.fdopen(fd, "rb") as fh:
        st2 = os.fstat(fh.fileno())
        if not stat.S_ISREG(st2.st_mode) or st2.st_ino != st.st_ino:
            raise load_error("not_regular_file", "filen byttes ut under läsningen")
        data = fh.read(max_bytes + 1)  # a file growing past the limit is still caught
    if not data:
        raise load_error("empty_file")
    if len(data) > max_bytes:
        raise load_error("oversized", f"mer än {max_bytes} byte")
    return data


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "symbolisk länk"
    if stat.S_ISDIR(mode):
        return "katalog"
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "enhetsfil"


def sniff_format(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> InputFormat:
    """The format of the file at `path`, judged from its bytes.

    Raises DocumentLoadError with the specific reason (encrypted, legacy_doc,
    macro_enabled, zip_bomb, unsupported_format, ...) when the file is not
    something we read.
    """
    return sniff_bytes(load_bytes(path, max_bytes))


def sniff_bytes(data: bytes) -> InputFormat:
    if not data:
        raise load_error("empty_file")
    head = data[:1024]
    if head.startswith(OLE_MAGIC):
        raise _ole_error(data)
    if head.startswith(ZIP_MAGICS):
        check_docx_zip(data)
        return InputFormat.DOCX
    # PDF readers accept the header anywhere in the first 1024 bytes (some
    # generators prepend junk), so the sniffer does too.
    if b"%PDF-" in head:
        return InputFormat.PDF
    for magic, name in _OTHER_MAGICS.items():
        if head.startswith(magic):
            raise load_error("unsupported_format", name)
    from pipeline.readers.txt_reader import decode_text  # cycle: txt_reader uses nothing here

    text, _ = decode_text(data)  # raises unsupported_format for binary garbage, HTML, XML
    from pipeline.readers.eml_reader import looks_like_email

    return InputFormat.EML if looks_like_email(text) else InputFormat.TXT


# --- OLE compound files --------------------------------------------------------


def _ole_error(data: bytes):
    """Return the load error for an OLE file: we never read OLE content."""
    try:
        names = ole_stream_names(data)
    except (ValueError, struct.error, IndexError):
        # A damaged directory: fall back to the UTF-16LE names anywhere in the bytes
        # (directory entries start with the name, so a real file always matches).
        names = {n for n in ("EncryptedPackage", "WordDocument") if n.encode("utf-16-le") in data}
    if "EncryptedPackage" in names:
        return load_error("encrypted", "lösenordsskyddat Word-dokument")
    if "WordDocument" in names:
        return load_error("legacy_doc")
    return load_error("unsupported_format", "OLE-fil som inte är ett Word-dokument (t.ex. .xls, .msg)")


def ole_stream_names(data: bytes, max_entries: int = 4096) -> set[str]:
    """Names of the directory entries of a compound file (MS-CFB), minimally parsed.

    Reads the header, the FAT sectors listed in the header's DIFAT (109 entries are
    enough for files up to ~7 MB with 512-byte sectors; larger files fall back to
    the byte search in the caller via ValueError) and follows the directory chain.
    """
    sector_shift = struct.unpack_from("<H", data, 0x1E)[0]
    if sector_shift not in (9, 12):
        raise ValueError("bad sector size")
    size = 1 << sector_shift
    n_fat, first_dir = struct.unpack_from("<II", data, 0x2C)
    difat = struct.unpack_from("<109I", data, 0x4C)
    if n_fat > 109:
        raise ValueError("DIFAT chain not supported")

    def sector(n: int) -> bytes:
        off = (n + 1) * size
        if off >= len(data):
            raise ValueError("sector out of range")
        return data[off:off + size]

    fat: list[int] = []
    for n in difat[:n_fat]:
        fat.extend(struct.unpack(f"<{size // 4}I", sector(n).ljust(size, b"\x00")))
    names: set[str] = set()
    n, seen = first_dir, set()
    while n < 0xFFFFFFFA and n not in seen and len(names) < max_entries:
        seen.add(n)
        block = sector(n).ljust(size, b"\x00")
        for off in range(0, size, 128):
            entry = block[off:off + 128]
            name_len, kind = struct.unpack_from("<HB", entry, 0x40)
            if kind in (1, 2, 5) and 2 <= name_len <= 64:
                names.add(entry[:name_len - 2].decode("utf-16-le", "replace"))
        n = fat[n] if n < len(fat) else 0xFFFFFFFE
    return names


# --- zip (docx) ----------------------------------------------------------------


def open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, struct.error) as e:
        raise load_error("truncated", f"zip-arkivet går inte att öppna: {e or type(e).__name__}") from e


def check_docx_zip(data: bytes) -> zipfile.ZipFile:
    """Package-level checks on a zip before python-docx touches it; returns the open zip.

    Order matters: sizes first (from the central directory, nothing inflated yet),
    then what the package claims to be, then the small [Content_Types].xml.
    """
    zf = open_zip(data)
    infos = zf.infolist()
    total = sum(i.file_size for i in infos)
    if total > MAX_UNZIPPED_TOTAL:
        raise load_error("zip_bomb", f"{total // (1024 * 1024)} MB uppackat, gränsen är {MAX_UNZIPPED_TOTAL // (1024 * 1024)} MB")
    for info in infos:
        if info.file_size >= RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise load_error("zip_bomb", f"{info.filename} packas upp {info.file_size // max(info.compress_size, 1)} gånger")
    names = {i.filename for i in infos}
    if any(i.flag_bits & 0x1 for i in infos):
        raise load_error("encrypted", "zip-arkivet är krypterat")
    if "[Content_Types].xml" not in names:
        raise load_error("unsupported_format", "zip-arkiv som inte är ett Office-dokument")
    if "word/vbaProject.bin" in names or any(n.lower().endswith("vbaproject.bin") for n in names):
        raise load_error("macro_enabled", "innehåller vbaProject.bin")
    content_types = read_member(zf, "[Content_Types].xml")
    if b"macroenabled" in content_types.lower():
        raise load_error("macro_enabled", "innehållstypen är macroEnabled")
    if "word/document.xml" not in names and _main_part(zf, names) is None:
        what = "Excel" if "xl/workbook.xml" in names else "PowerPoint" if "ppt/presentation.xml" in names else None
        raise load_error("unsupported_format", f"{what}-fil, inte Word" if what else "word/document.xml saknas")
    return zf


def _main_part(zf: zipfile.ZipFile, names: set[str]) -> str | None:
    """The main document part named by _rels/.rels, when it is not word/document.xml
    (a few generators write word/document2.xml); only if it exists and is WordprocessingML."""
    if "_rels/.rels" not in names:
        return None
    rels = read_member(zf, "_rels/.rels").decode("utf-8", "replace")
    for m in re.finditer(r"<Relationship\b[^>]*>", rels):
        tag = m.group()
        if "/officeDocument\"" in tag:
            target = re.search(r'Target="/?([^"]+)"', tag)
            if target and target.group(1) in names and target.group(1).startswith("word/"):
                return target.group(1)
    return None


def read_member(zf: zipfile.ZipFile, member: str | zipfile.ZipInfo) -> bytes:
    # A ZipInfo reads that very entry: a zip may hold two members of the same name.
    name = member.filename if isinstance(member, zipfile.ZipInfo) else member
    try:
        return zf.read(member)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, KeyError) as e:
        raise load_error("truncated", f"{name}: {e or type(e).__name__}") from e
    except RuntimeError as e:  # zipfile: "File ... is encrypted, password required"
        raise load_error("encrypted", f"{name}: {e}") from e
