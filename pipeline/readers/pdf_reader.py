"""PDF: lines with positions from pypdfium2, paragraphs rebuilt in pdf_layout.

pypdfium2 rather than pdfplumber for the text: measured ~30x faster on ordinary
text pages (see bench/bench_read.py), and pdfplumber's word-level layout buys
little for single-column motions. pdfplumber is used only for ruled tables, on
the pages that have a grid of rules (pdf_tables).

Per line we make a handful of ctypes calls (char origin, two char boxes, font
size, font name) instead of per-char calls: that keeps ordinary pages well above
200 pages/s. pdfium objects are closed explicitly, page by page.
"""

from __future__ import annotations

import ctypes
import os
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.document import DocWarning, InputFormat, NormalizedDocument
from pipeline.errors import load_error
from pipeline.readers.common import make_document
from pipeline.readers.pdf_layout import PdfLine, build_blocks_from_lines
from pipeline.readers.pdf_tables import find_tables, has_ruled_grid

MAX_PAGES = 2000
# pdfium ends a line that ends in a hyphen with char 0x02, which get_text_range
# returns as U+FFFE with no line break after it: we split there and restore "-".
_LINE_RE = re.compile(r"[^\r\n\ufffe\x02]+[\ufffe\x02]?")
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demibold|extrabold", re.IGNORECASE)
# Unreadable text: U+FFFD, private-use chars (fonts without a Unicode map), C0
# controls, and literal "(cid:NN)" left by an earlier pdfminer conversion.
_GARBLE_RE = re.compile(r"[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f]|\(cid:\d+\)")
GARBLED_SHARE = 0.3


class _Page:
    """Text lines of one page; owns nothing pdfium-side once built."""

    def __init__(self, number: int, height: float) -> None:
        self.number = number
        self.height = height
        self.lines: list[PdfLine] = []
        self.chars = 0  # non-space chars on the page
        self.bad_chars = 0
        self.has_image = False
        self.ruled = False


class _Chars:
    """pdfium's per-char calls on one text page, with their ctypes buffers made once."""

    def __init__(self, textpage, text: str) -> None:
        self.raw = textpage.raw
        self.identity = len(text) == textpage.count_chars()  # the usual case: text index == char index
        self._x, self._y = ctypes.c_double(), ctypes.c_double()
        self._box = [ctypes.c_double() for _ in range(4)]
        self._box_refs = [ctypes.byref(b) for b in self._box]
        self._font_buf = ctypes.create_string_buffer(96)
        self._flags = ctypes.c_int()

    def index(self, i: int) -> int:
        """The char index of text index i (negative for generated-only text)."""
        return i if self.identity else pdfium_c.FPDFText_GetCharIndexFromTextIndex(self.raw, i)

    def baseline(self, i: int) -> float:
        pdfium_c.FPDFText_GetCharOrigin(self.raw, i, ctypes.byref(self._x), ctypes.byref(self._y))
        return self._y.value

    def left_right(self, i: int) -> tuple[float, float]:
        """(left, right) of char i."""
        pdfium_c.FPDFText_GetCharBox(self.raw, i, *self._box_refs)
        return self._box[0].value, self._box[1].value

    def font_size(self, i: int) -> float:
        return pdfium_c.FPDFText_GetFontSize(self.raw, i) if i >= 0 else 0.0

    def is_bold(self, i: int) -> bool:
        if i < 0 or not pdfium_c.FPDFText_GetFontInfo(self.raw, i, self._font_buf, 96, ctypes.byref(self._flags)):
            return False
        return bool(_BOLD_RE.search(self._font_buf.value.decode("latin-1")))


def _page_lines(page, textpage, number: int) -> _Page:
    width, height = page.get_size()
    result = _Page(number, height)
    text = textpage.get_text_range()
    chars = _Chars(textpage, text)
    for m in _LINE_RE.finditer(text):
        segment = m.group()
        hyphen = segment[-1] in "\ufffe\x02"
        body = segment[:-1] if hyphen else segment
        stripped = body.strip()
        if not stripped:
            continue
        result.chars += len(stripped) - stripped.count(" ")
        result.bad_chars += sum(len(g.group()) for g in _GARBLE_RE.finditer(stripped))
        line = _place_line(chars, m, body, hyphen, number, width, height)
        if line is not None:
            result.lines.append(line)
    return result


def _place_line(chars: _Chars, m: re.Match, body: str, hyphen: bool, number: int, width: float,
                height: float) -> PdfLine | None:
    """The line of one text segment with its position, font size and boldness."""
    stripped = body.strip()
    lead = len(body) - len(body.lstrip())
    first = m.start() + lead
    last = m.end() - 1 if hyphen else m.start() + len(body.rstrip()) - 1
    ci_first, ci_last = chars.index(first), chars.index(last)
    if ci_first < 0 or ci_last < 0:
        return None  # generated-only text; nothing to place
    y = chars.baseline(ci_first)
    left, _ = chars.left_right(ci_first)
    _, right = chars.left_right(ci_last)
    # The first letter carries the font of the line (a bullet glyph often
    # comes from a symbol font of another size).
    letter = next((k for k, ch in enumerate(stripped) if ch.isalnum()), 0)
    ci_letter = chars.index(first + letter)
    size = chars.font_size(ci_letter)
    # Bold only if the line's first and last letters are bold: a bold lead-in
    # word ("Bakgrund: ...") does not make a line a heading.
    last_letter = next((k for k in range(len(stripped) - 1, -1, -1) if stripped[k].isalnum()), letter)
    bold = chars.is_bold(ci_letter) and (last_letter == letter or chars.is_bold(chars.index(first + last_letter)))
    space = stripped.find(" ", letter)
    word_end = chars.index(first + (space - 1 if space > 0 else len(stripped) - 1))
    first_word_w = (chars.left_right(word_end)[1] - left) if word_end >= 0 else 0.0
    return PdfLine(
        page=number, text=stripped + ("-" if hyphen else ""), x0=left, x1=right, y=y,
        size=round(size, 1), bold=bold, first_word_w=first_word_w, page_height=height, page_width=width,
    )


def _has_image(page) -> bool:
    raw = page.raw
    for i in range(min(pdfium_c.FPDFPage_CountObjects(raw), 10_000)):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        if obj and pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            return True
    return False


def _open(data: bytes):
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise load_error("encrypted", "PDF med lösenord") from e
        raise load_error("truncated", f"PDF kan inte öppnas: {e}") from e


def read_pdf(path: str | os.PathLike, data: bytes) -> NormalizedDocument:
    doc = _open(data)
    pages: list[_Page] = []
    try:
        n_pages = len(doc)
        if n_pages > MAX_PAGES:
            raise load_error("oversized", f"{n_pages} sidor, gränsen är {MAX_PAGES}")
        if n_pages == 0:
            raise load_error("truncated", "PDF utan sidor")
        for i in range(n_pages):
            try:
                page = doc[i]
            except pdfium.PdfiumError as e:
                raise load_error("truncated", f"sida {i + 1} kan inte läsas") from e
            try:
                textpage = page.get_textpage()
                try:
                    info = _page_lines(page, textpage, i + 1)
                finally:
                    textpage.close()
                if info.chars < 200:  # only near-empty pages can be scans
                    info.has_image = _has_image(page)
                if info.chars:
                    info.ruled = has_ruled_grid(page)
                pages.append(info)
            finally:
                page.close()
    finally:
        doc.close()
    # pdfium rebuilds a damaged xref silently and returns whatever pages it could
    # find; a PDF without its end marker is cut off, and a partial text must not
    # pass as the whole document.
    if data.rfind(b"%%EOF") < 0:
        raise load_error("truncated", "PDF-filen saknar slutmarkering (%%EOF)")
    return _assemble(path, data, pages)


def _assemble(path, data: bytes, pages: list[_Page]) -> NormalizedDocument:
    with_text = [p for p in pages if p.chars]
    if not with_text:
        raise load_error("needs_ocr", f"ingen av {len(pages)} sidor har text")
    garbled = [p.number for p in with_text if p.bad_chars > GARBLED_SHARE * p.chars]
    if len(garbled) == len(with_text):
        raise load_error("unreadable_text", "texten saknar teckenkodning (t.ex. (cid:NN) eller privata tecken)")
    lines = [line for p in pages for line in p.lines]
    tables = find_tables(data, {p.number: p.height for p in pages if p.ruled})
    raw, headers, body_pages = build_blocks_from_lines(lines, tables)
    warnings: list[DocWarning] = []
    for p in pages:
        # A page without body text but with a picture is a scan (or a scanned
        # attachment); a page without anything is a blank page and says nothing.
        if p.number not in body_pages and p.has_image:
            warnings.append(DocWarning("needs_ocr", f"Sida {p.number} saknar textlager och behöver OCR."))
    if garbled:
        pages_txt = ", ".join(str(n) for n in garbled)
        warnings.append(DocWarning("garbled_text", f"Sida {pages_txt} innehåller text som inte kan avkodas."))
    if not raw:
        if any(p.has_image for p in pages):
            raise load_error("needs_ocr", "sidorna har bilder men ingen brödtext")
        raise load_error("no_text", "bara sidhuvuden och sidnummer")
    return make_document(path, data, InputFormat.PDF, raw, headers=headers, warnings=warnings, pages=len(pages))
