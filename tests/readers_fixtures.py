"""Builders for reader test inputs: tiny PDFs, docx variants, OLE and zip files.

Everything is generated in memory so no binary fixture (and never a zip bomb) is
committed. The PDF writer is deliberately minimal: standard-14 fonts with
WinAnsiEncoding (å ä ö are in cp1252), one content stream per page, absolute
positions per line, optional RC4-40 encryption (PDF standard security handler,
revision 2) so the encrypted-PDF test needs no extra dependency.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
from dataclasses import dataclass

import docx

# ---------------------------------------------------------------------------
# PDF


@dataclass(frozen=True)
class Line:
    """One text line: baseline position in PDF points (origin bottom-left)."""

    x: float
    y: float
    text: str
    size: float = 11.0
    bold: bool = False
    symbol_bullet: bool = False  # draw U+F0B7 (Word's Symbol bullet) before the text
    garbled: bool = False  # font whose ToUnicode maps to private-use chars (no real text)


@dataclass(frozen=True)
class Rule:
    """A stroked straight line (table borders)."""

    x0: float
    y0: float
    x1: float
    y1: float


def grid(x0: float, top: float, col_widths: list[float], rows: list[list[str]], row_h: float = 20) -> list:
    """A bordered table: rules for every row and column edge, text in each cell."""
    xs = [x0]
    for w in col_widths:
        xs.append(xs[-1] + w)
    items: list = []
    for r in range(len(rows) + 1):
        items.append(Rule(xs[0], top - r * row_h, xs[-1], top - r * row_h))
    for x in xs:
        items.append(Rule(x, top, x, top - len(rows) * row_h))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                items.append(Line(xs[c] + 4, top - r * row_h - 14, text, 10))
    return items


IMAGE = "image"  # a page entry that is a picture only (a scanned page)

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _content(lines: list[Line]) -> bytes:
    ops = []
    for ln in lines:
        if isinstance(ln, Rule):
            ops.append(b"0.5 w %.2f %.2f m %.2f %.2f l S" % (ln.x0, ln.y0, ln.x1, ln.y1))
            continue
        x = ln.x
        if ln.symbol_bullet:
            # F3 maps code 0xB7 to U+F0B7 through a ToUnicode CMap, as Word's
            # embedded Symbol font does in real exported PDFs.
            ops.append(b"BT /F3 %.1f Tf %.2f %.2f Td <B7> Tj ET" % (ln.size, x, ln.y))
            x += 18
        font = b"/F4" if ln.garbled else b"/F2" if ln.bold else b"/F1"
        ops.append(b"BT %s %.1f Tf %.2f %.2f Td %s Tj ET" % (font, ln.size, x, ln.y, _pdf_string(ln.text)))
    return b"\n".join(ops)


_TOUNICODE = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Bullet def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfchar <B7> <F0B7> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end"""
_GARBLE_TOUNICODE = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Garble def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfrange <21> <7E> <E021> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end"""


def make_pdf(
    pages: list[list[Line] | str],
    *,
    user_password: str | None = None,
    page_size: tuple[float, float] = (595.0, 842.0),
) -> bytes:
    """A PDF with one page per entry: a list of Lines, or IMAGE for a text-less scan."""
    objs: dict[int, bytes] = {}
    streams: dict[int, bytes] = {}
    # 1 catalog, 2 pages, 3-5 and 8 fonts, 6 and 9 ToUnicode, 7 image; pages from 10 on
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    streams[6] = _TOUNICODE
    streams[7] = bytes(range(0, 256, 16)) * 16  # 16x16 grey gradient
    objs[8] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 9 0 R >>"
    streams[9] = _GARBLE_TOUNICODE
    image_dict = b"/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8"
    kids = []
    num = 10
    for page in pages:
        page_obj, content_obj = num, num + 1
        num += 2
        kids.append(b"%d 0 R" % page_obj)
        if page == IMAGE:
            streams[content_obj] = b"q %.1f 0 0 %.1f 0 0 cm /Im1 Do Q" % page_size
        else:
            streams[content_obj] = _content(page)
        objs[page_obj] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.1f %.1f] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R /F4 8 0 R >> /XObject << /Im1 7 0 R >> >> >>"
            % (page_size[0], page_size[1], content_obj)
        )
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)

    file_id = hashlib.md5(b"motions-test").digest()
    key = None
    encrypt_obj = None
    if user_password is not None:
        # Standard security handler R2 (Algorithms 3.2/3.3/3.4 of PDF 1.7).
        perms = -4
        owner_key = hashlib.md5((b"owner" + _PAD)[:32]).digest()[:5]
        upw = (user_password.encode("latin-1") + _PAD)[:32]
        o_value = _rc4(owner_key, upw)
        key = hashlib.md5(upw + o_value + struct.pack("<i", perms) + file_id).digest()[:5]
        u_value = _rc4(key, _PAD)
        encrypt_obj = num
        objs[encrypt_obj] = (
            b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
            % (o_value.hex().encode(), u_value.hex().encode(), perms)
        )

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for n in sorted(set(objs) | set(streams)):
        offsets[n] = out.tell()
        if n in streams:
            data = streams[n]
            if key is not None:
                obj_key = hashlib.md5(key + struct.pack("<I", n)[:3] + b"\x00\x00").digest()[:10]
                data = _rc4(obj_key, data)
            extra = image_dict if n == 7 else b""
            out.write(b"%d 0 obj\n<< %s /Length %d >>\nstream\n" % (n, extra, len(data)))
            out.write(data + b"\nendstream\nendobj\n")
        else:
            out.write(b"%d 0 obj\n%s\nendobj\n" % (n, objs[n]))
    xref = out.tell()
    size = max(offsets) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for n in range(1, size):
        if n in offsets:
            out.write(b"%010d 00000 n \n" % offsets[n])
        else:
            out.write(b"0000000000 65535 f \n")
    trailer = b"<< /Size %d /Root 1 0 R /ID [<%s> <%s>]" % (size, file_id.hex().encode(), file_id.hex().encode())
    if encrypt_obj is not None:
        trailer += b" /Encrypt %d 0 R" % encrypt_obj
    out.write(b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def body_lines(paragraphs: list[str], *, top: float = 760, x: float = 72, size: float = 11, lead: float = 14) -> list[Line]:
    """Stack text lines from the top; an empty string leaves a paragraph gap."""
    lines, y = [], top
    for text in paragraphs:
        if text:
            lines.append(Line(x, y, text, size))
        y -= lead
    return lines


# ---------------------------------------------------------------------------
# docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BODY_OPEN = '<w:body>'


def _base_docx() -> bytes:
    buf = io.BytesIO()
    docx.Document().save(buf)
    return buf.getvalue()


def rewrite_zip(data: bytes, replace: dict[str, bytes | None], add: dict[str, bytes] | None = None) -> bytes:
    """Copy a zip, replacing (or with None dropping) members and adding new ones."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in replace:
                if replace[info.filename] is not None:
                    dst.writestr(info.filename, replace[info.filename])
            else:
                dst.writestr(info.filename, src.read(info.filename))
        for name, content in (add or {}).items():
            dst.writestr(name, content)
    return buf.getvalue()


def docx_with_body(body_xml: str, *, numbering_xml: str | None = None, styles_extra: str = "") -> bytes:
    """A python-docx default document whose <w:body> content is replaced by raw XML.

    `numbering_xml`: extra <w:abstractNum>/<w:num> elements appended to numbering.xml
    (abstractNum elements must precede num elements, so they are inserted in front).
    `styles_extra`: extra <w:style> elements appended to styles.xml.
    """
    base = _base_docx()
    z = zipfile.ZipFile(io.BytesIO(base))
    document = z.read("word/document.xml").decode("utf-8")
    head, rest = document.split(_BODY_OPEN, 1)
    sect = rest[rest.index("<w:sectPr"):rest.index("</w:body>")]
    document = head + _BODY_OPEN + body_xml + sect + "</w:body></w:document>"
    replace: dict[str, bytes | None] = {"word/document.xml": document.encode("utf-8")}
    if numbering_xml:
        numbering = z.read("word/numbering.xml").decode("utf-8")
        first = numbering.index("<w:abstractNum ")
        abstracts = "".join(part for part in _split_elements(numbering_xml) if part.startswith("<w:abstractNum"))
        nums = "".join(part for part in _split_elements(numbering_xml) if part.startswith("<w:num "))
        numbering = numbering[:first] + abstracts + numbering[first:]
        numbering = numbering.replace("</w:numbering>", nums + "</w:numbering>")
        replace["word/numbering.xml"] = numbering.encode("utf-8")
    if styles_extra:
        styles = z.read("word/styles.xml").decode("utf-8")
        replace["word/styles.xml"] = styles.replace("</w:styles>", styles_extra + "</w:styles>").encode("utf-8")
    return rewrite_zip(base, replace)


def _split_elements(xml: str) -> list[str]:
    """Split a flat sequence of abstractNum/num elements (test helper, not a parser)."""
    parts, i = [], 0
    while i < len(xml):
        start = xml.index("<", i)
        tag = xml[start + 1:].split(None, 1)[0].rstrip(">")
        end = xml.index("</" + tag + ">", start) + len(tag) + 3
        parts.append(xml[start:end])
        i = end
        while i < len(xml) and xml[i].isspace():
            i += 1
    return parts


def p(text: str, *, style: str | None = None, num: tuple[int, int] | None = None) -> str:
    """A simple <w:p> with one run."""
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


# ---------------------------------------------------------------------------
# OLE compound files (legacy .doc, password-protected docx)


def make_ole(stream_names: list[str]) -> bytes:
    """A minimal but structurally valid compound file (CFB v3, 512-byte sectors).

    Sector 0 is the FAT, sector 1 the directory: a root entry plus one empty stream
    per name (a real encrypted docx holds "EncryptionInfo" and "EncryptedPackage"
    streams with data; the directory entries are what the sniffer reads, so the
    empty streams are enough to exercise it).
    """
    if len(stream_names) > 3:
        raise ValueError("one directory sector holds 4 entries")
    endofchain, freesect, fatsect = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 0x2C, 1)  # number of FAT sectors
    struct.pack_into("<I", header, 0x30, 1)  # first directory sector
    struct.pack_into("<I", header, 0x38, 4096)  # mini stream cutoff
    struct.pack_into("<III", header, 0x3C, endofchain, 0, endofchain)  # minifat, difat
    struct.pack_into("<I", header, 0x44, 0)
    difat = [0] + [freesect] * 108
    struct.pack_into("<109I", header, 0x4C, *difat)
    fat = [fatsect, endofchain] + [freesect] * 126
    fat_sector = struct.pack("<128I", *fat)

    def entry(name: str, kind: int, child: int = 0xFFFFFFFF, right: int = 0xFFFFFFFF) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00"
        e = bytearray(128)
        e[0:len(raw)] = raw
        struct.pack_into("<HBB", e, 0x40, len(raw), kind, 1)
        struct.pack_into("<III", e, 0x44, 0xFFFFFFFF, right, child)
        struct.pack_into("<I", e, 0x74, endofchain)
        return bytes(e)

    entries = [entry("Root Entry", 5, child=1 if stream_names else 0xFFFFFFFF)]
    for i, name in enumerate(stream_names):
        nxt = i + 2 if i + 1 < len(stream_names) else 0xFFFFFFFF
        entries.append(entry(name, 2, right=nxt))
    directory = b"".join(entries).ljust(512, b"\x00")
    return bytes(header) + fat_sector + directory


# ---------------------------------------------------------------------------
# zips


def make_zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in members.items():
            z.writestr(name, content)
    return buf.getvalue()


def zip_bomb(path, *, megabytes: int = 300, name: str = "word/document.xml", level: int = 1) -> None:
    """Stream `megabytes` of zeros into a deflated zip member (written to `path`).

    Built at test time, never committed. Also carries the other docx members so it
    looks like a docx to anything that only lists names.
    """
    chunk = b"\x00" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open(name, "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(chunk)
