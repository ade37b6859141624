"""Refuse a docx package in which any XML part declares a DOCTYPE or entities.

python-docx (lxml, resolve_entities=False) does not resolve an entity, but the
text after an entity reference silently disappears: "att kommunen &xxe; bygger"
becomes the clause "att kommunen". Which parts get parsed is decided by content
type and relationships, never by file name, so a main part called
word/document.dat is parsed like word/document.xml. Hence every member that
starts like XML is checked, whatever its name.

A byte search is only sound for encodings in which "<!DOCTYPE" is written in
ASCII (or UTF-16, searched too). lxml also reads UTF-32 and any declared
encoding iconv knows (UTF-7 writes "<" as "+ADw-"), so those are refused: the
OPC standard allows UTF-8 and UTF-16 only, and Word writes UTF-8.

Not checked: members the package declares as SVG or HTML (an SVG logo often
carries a DOCTYPE; an altChunk is HTML). python-docx keeps such parts as bytes
and nothing here parses them.
"""

from __future__ import annotations

import codecs
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile

from pipeline.errors import load_error
from pipeline.readers.sniff import read_member

_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_OPAQUE_TYPES = {"image/svg+xml", "text/html", "application/xhtml+xml"}
# One pass over the member: both declarations in UTF-8 and in either UTF-16 order.
_DECLARATIONS = re.compile(b"|".join(
    re.escape(word.encode(enc)) for word in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be")
), re.I)
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_EBCDIC_XML = bytes.fromhex("4C6FA794")  # "<?xm" in EBCDIC, which libxml2 detects
_DECLARED = re.compile(rb"^<\?xml[^>]*?\bencoding\s*=\s*[\"']([^\"']{1,40})[\"']")
# Encodings in which every character of the declarations is its ASCII byte (plus
# UTF-16, searched separately).
_ASCII_SAFE = re.compile(r"^(utf[-_]?8|utf[-_]?16([-_]?[lb]e)?|ascii|latin[-_]?1|iso8859[-_]\d+|cp125\d)$")


def check_xml_parts(zf: zipfile.ZipFile) -> None:
    """Raise xml_doctype for any XML member with a DOCTYPE, entity declaration or an
    encoding the byte check cannot see through."""
    opaque = _opaque_members(zf)
    for info in zf.infolist():
        if info.filename in opaque or info.is_dir():
            continue
        raw = read_member(zf, info)
        problem = xml_problem(raw)
        if problem:
            raise load_error("xml_doctype", f"{info.filename}: {problem}")


def xml_problem(raw: bytes) -> str | None:
    """What makes this member unsafe to hand to lxml, in Swedish; None if it is not
    XML at all or is XML without declarations."""
    head = raw[:512]
    if head.startswith(_UTF32_BOMS) or head.startswith(_EBCDIC_XML) or _ucs4_pattern(head[:4]):
        return "XML i UTF-32 eller EBCDIC tillåts inte"
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
            break
    ascii_head = head.replace(b"\x00", b"").lstrip()
    if not ascii_head.startswith(b"<"):
        return None  # not XML: lxml stops at the first byte, so python-docx would fail, not lose text
    declared = _DECLARED.match(ascii_head)
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            canonical = codecs.lookup(name).name
        except LookupError:
            canonical = name.lower()
        if not _ASCII_SAFE.match(canonical):
            return f"teckenkodningen {name} tillåts inte"
    if _DECLARATIONS.search(raw):
        return "DOCTYPE- eller ENTITY-deklaration"
    return None


def _ucs4_pattern(first: bytes) -> bool:
    # libxml2 detects UCS-4 from "<" padded with three NULs in any byte order.
    return len(first) == 4 and first.count(0) == 3 and b"<" in first


def _opaque_members(zf: zipfile.ZipFile) -> set[str]:
    """Members whose every declared content type is one python-docx keeps as bytes.

    Overrides (by part name) and defaults (by extension) both count, so a member is
    skipped only if no rule could make it a parsed part. Case-insensitive, as in
    python-docx's content-type map."""
    try:
        raw = zf.read("[Content_Types].xml")
        if xml_problem(raw):
            return set()  # reported by the main loop
        root = ET.fromstring(raw)
    except (KeyError, ET.ParseError, zipfile.BadZipFile, ValueError, OSError, RuntimeError, EOFError):
        return set()
    overrides: dict[str, set[str]] = {}
    defaults: dict[str, set[str]] = {}
    for el in root:
        kind = el.get("ContentType", "").strip().lower()
        if el.tag == _CT_NS + "Override":
            overrides.setdefault(el.get("PartName", "").lower(), set()).add(kind)
        elif el.tag == _CT_NS + "Default":
            defaults.setdefault(el.get("Extension", "").lower(), set()).add(kind)
    opaque = set()
    for name in zf.namelist():
        if name == "[Content_Types].xml" or name.lower().endswith(".rels"):
            continue  # parsed by name, whatever they claim to be
        ext = posixpath.splitext("/" + name)[1][1:].lower()  # as python-docx's PackURI.ext
        kinds = overrides.get("/" + name.lower(), set()) | defaults.get(ext, set())
        if kinds and kinds <= _OPAQUE_TYPES:
            opaque.add(name)
    return opaque
