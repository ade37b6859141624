"""Plain text: decode carefully, then blank-line paragraphs and typed list markers.

Decoding order: BOM (UTF-8, UTF-16, UTF-32), UTF-16 without BOM recognised by
its NUL pattern, strict UTF-8, then cp1252 (Swedish Windows text). Anything with
stray NULs or many control characters is binary and is refused: corrupted text
silently handed to the extractor is worse than an error.
"""

from __future__ import annotations

import codecs
import functools
import os
import re

from pipeline.document import BlockKind, InputFormat, NormalizedDocument
from pipeline.errors import load_error
from pipeline.readers.common import join_wrapped, make_document, split_marker

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: same first two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, LF, VT, FF, CR; plus DEL and C1 controls. A few are
# tolerated (stray form feeds, an ESC in a pasted terminal log); more is binary.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.001
_MARKUP_RE = re.compile(r"^\s*(<\?xml|<!doctype\s+html|<html)", re.IGNORECASE)


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding) or DocumentLoadError(unsupported_format/unreadable_text)."""
    text, encoding = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = len(_CONTROL_RE.findall(text))
    if controls > max(2, _MAX_CONTROL_SHARE * len(text)):
        raise load_error("unsupported_format", f"binärt innehåll ({controls} styrtecken)")
    if _MARKUP_RE.match(text[:200]):
        raise load_error("unsupported_format", "HTML/XML, inte ren text")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError as e:
                raise load_error("unreadable_text", f"ogiltig {encoding} efter BOM: {e.reason}") from e
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass  # fall through: then the NULs make it binary below
    if b"\x00" in data:
        raise load_error("unsupported_format", "binärt innehåll (NUL-tecken)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        # cp1252 leaves 0x81 0x8D 0x8F 0x90 0x9D undefined: those fail here, and
        # control-heavy bytes fail the share check in decode_text.
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as e:
        raise load_error("unsupported_format", "varken UTF-8 eller Windows-1252") from e


def _utf16_without_bom(data: bytes) -> str | None:
    """ASCII-heavy UTF-16 has a NUL in every other byte: which half says LE or BE."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    pairs = len(sample) // 2
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls > 0.3 * pairs and even_nuls < 0.05 * pairs:
        return "utf-16-le"
    if even_nuls > 0.3 * pairs and odd_nuls < 0.05 * pairs:
        return "utf-16-be"
    return None


def _looks_like_heading(lines: list[str], prev_blank: bool, next_blank: bool, next_group: str | None) -> bool:
    """Only the obvious case: one short line alone, no sentence punctuation, and a
    real paragraph or a list after it (so a signature "Anna Andersson (S)" or a
    place-and-date line at the end stays a paragraph)."""
    if len(lines) != 1 or not (prev_blank and next_blank) or next_group is None:
        return False
    line = lines[0].strip()
    return (
        2 <= len(line) <= 80
        and line[-1] not in ".,;:!?"
        and not line[0].islower()
        and not any(ch.isdigit() for ch in line)  # "Dnr KS 20/399", dates: not headings
        and len(line.split()) <= 10
        and len(next_group) >= max(60, 2 * len(line))
    )


_ATT_LINE = re.compile(r"(?i)^att(\s|\d|$)")
_SENTENCE_END = re.compile(r"[.:;!?]$")


def _wrap_width(lines: list[str]) -> float:
    """The width a hard-wrapped file was wrapped at, or infinity for a file with
    one line per paragraph (an e-mail paste, a form export)."""
    lengths = sorted(len(x.rstrip()) for x in lines if x.strip())
    if not lengths or lengths[-1] > 110:
        return float("inf")
    return lengths[int(len(lengths) * 0.9) - 1 if len(lengths) > 1 else 0]


# A full line that ends so is an introducer ("… föreslås fullmäktige besluta"): the
# att-line after it starts a clause even though the line broke for want of room.
_INTRO_END = re.compile(r"(?i)\b(?:besluta|beslutar|föreslås|hemställer|hemställs|yrkar|yrkas|följande|att)$")


def _full(prev: str, line: str, wrap: float) -> bool:
    """Did `prev` end because the next word did not fit (the PDF reader's test)?"""
    return len(prev) + 1 + len(line.split()[0]) > wrap


def _continues(first: str, prev: str, line: str, wrap: float) -> bool:
    """Is `line` the wrapped rest of the paragraph whose first line is `first` and
    last line so far `prev`?"""
    if _ATT_LINE.match(line):
        # An att-sats starts its own block, however the text is wrapped; only inside
        # prose, after a full line mid-sentence ("… ger underlag för" | "att
        # prioritera …"), is it the sentence's rest.
        return (not _ATT_LINE.match(first) and _full(prev, line, wrap) and not _SENTENCE_END.search(prev)
                and not _INTRO_END.search(prev))
    if prev.endswith("-") and line[:1].islower():
        return True
    if line[:1].islower() and not _SENTENCE_END.search(prev):
        return True
    if _full(prev, line, wrap):
        return True  # the line broke for want of room, even after a full stop
    return len(prev) >= 0.75 * wrap and not _SENTENCE_END.search(prev)


OCR_ONE_REPAIR = "”l.” lästes som ”1.”"
_OCR_ONE = re.compile(r"^(\s*)[lI]([.)])(?=\s+\S)")
_TWO = re.compile(r"^\s*2[.)]\s")


def mend_ocr_markers(text: str) -> tuple[str, bool]:
    """"l." or "I." for "1." at the start of a line (OCR), where a "2." line follows
    within a few lines; the reader can then see the list. The file keeps the original."""
    lines = text.split("\n")
    mended = False
    for i, line in enumerate(lines):
        if _OCR_ONE.match(line) and any(_TWO.match(nxt) for nxt in lines[i + 1: i + 12]):
            lines[i] = _OCR_ONE.sub(r"\g<1>1\g<2>", line, count=1)
            mended = True
    return "\n".join(lines), mended


def read_txt(path: str | os.PathLike, data: bytes) -> NormalizedDocument:
    text, encoding = decode_text(data)
    text, mended = mend_ocr_markers(text)
    raw = blocks_from_text(text)
    if not raw:
        raise load_error("no_text")
    return make_document(path, data, InputFormat.TXT, raw, repairs=(OCR_ONE_REPAIR,) if mended else ())


def blocks_from_text(text: str) -> list[dict]:
    """Plain text to raw blocks (paragraphs, list items, obvious headings); the
    e-mail reader uses it for a message body too."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")  # stray BOMs
    raw: list[dict] = []
    # Group lines into paragraphs: a blank line ends one; a marker line starts one.
    groups: list[tuple[list[str], tuple[str, str] | None]] = []
    current: list[str] = []
    marker: tuple[str, str] | None = None
    blank_before: list[bool] = []
    prev_blank = True

    def flush() -> None:
        nonlocal current, marker
        if current:
            groups.append((current, marker))
        current, marker = [], None

    all_lines = text.split("\n")
    wrap = _wrap_width(all_lines)
    hang = 0  # the text column of the current list item: its wrapped lines are indented to it
    for line in all_lines:
        stripped = line.strip()
        if not stripped:
            flush()
            prev_blank = True
            continue
        found = split_marker(stripped)
        indent = len(line) - len(line.lstrip())
        # A line indented under a list item's text is that item's wrapped rest, even
        # when it starts with "att" ("  att fördela till projekt …").
        hanging = bool(marker) and not found and hang > 0 and indent >= hang - 1
        if not hanging and (found or not current or not _continues(current[0], current[-1], stripped, wrap)):
            flush()
            blank_before.append(prev_blank)
            current, marker = [found[1] if found else stripped], found
            hang = indent + len(stripped) - len(found[1]) if found else 0
        else:
            current.append(stripped)
        prev_blank = False
    flush()

    for i, (lines, found) in enumerate(groups):
        joined = functools.reduce(join_wrapped, lines)  # hard-wrapped lines, hyphenation undone
        next_blank = i + 1 >= len(groups) or blank_before[i + 1]
        nxt = groups[i + 1] if i + 1 < len(groups) else None
        # a following list counts as "real content" whatever its length
        next_group = None if nxt is None else ("x" * 999 if nxt[1] else " ".join(nxt[0]))
        if found:
            raw.append({"kind": BlockKind.LIST_ITEM, "text": joined, "list_marker": found[0], "list_level": 0})
        elif _looks_like_heading(lines, blank_before[i], next_blank, next_group):
            raw.append({"kind": BlockKind.HEADING, "text": joined, "heading_level": 1})
        else:
            raw.append({"kind": BlockKind.PARAGRAPH, "text": joined})
    return raw
