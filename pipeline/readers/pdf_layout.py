"""Rebuild blocks from positioned PDF lines (pure Python, no pdfium here).

A PDF has no paragraphs, only lines. We split the stream of lines into blocks at
  * a vertical gap larger than the document's normal line pitch for that size,
  * a hard line break: the previous line stopped short although the first word
    of this line would have fitted on it,
  * a list marker at line start ("•", U+F0B7, "1.", "1)", "a)", "-", "–"); a dash
    or number only when the previous line did not run to the margin (else it is
    a wrapped sentence that happens to start with one),
  * a change between heading-like lines (bigger or bold, short) and body text,
  * a dedent after a list item (its continuation lines hang at the text edge).

Running headers and footers are found by POSITION and REPETITION: a line in the
top or bottom band of its page that is a page number ("Sida 2(4)", "2 av 5",
"2/5", "- 2 -", a bare number) or whose text (digits ignored) recurs in the band
on at least two pages. They go to `headers` (one copy per distinct text) and out
of the body on every page, page 1 included. Choice: a docx keeps header text out
of the body, so the PDF of the same motion gives the same blocks; a Dnr printed
only in the running header is still in `headers`. A band line that occurs once
(e.g. a Dnr typed at the top of page 1 only) is body text.

Ruled tables found by pdf_tables replace the lines inside their box with one
TABLE_CELL block per non-empty cell, in row order, where the table starts.
Heading levels are relative: 1 is the largest heading size in the document,
bold body-size headings come after the sized ones.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass

from pipeline.document import BlockKind
from pipeline.readers.common import join_wrapped as _join
from pipeline.readers.common import split_marker
from pipeline.readers.pdf_tables import PdfTable

BAND = 0.15  # share of the page height at top and bottom where running heads live
_PAGE_NO_RE = re.compile(
    r"^(?:(?:sida|sid|s\.|page)\s*)?\d{1,4}\s*(?:(?:\(\s*\d{1,4}\s*\))|(?:(?:av|of|/)\s*\d{1,4}))?$"
    r"|^[-–]\s*\d{1,4}\s*[-–]$",
    re.IGNORECASE,
)
_TERMINAL = ".!?:;"


@dataclass(frozen=True)
class PdfLine:
    page: int
    text: str
    x0: float
    x1: float
    y: float  # baseline, PDF units from the bottom
    size: float
    bold: bool
    first_word_w: float
    page_height: float
    page_width: float


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text)).strip().lower()


def _band_candidates(lines: list[PdfLine]) -> set[int]:
    """Indexes (into `lines`) of lines that sit apart in the top or bottom band.

    A running head is in the band AND separated from the body by a gap wider
    than a line step: the body's own first line often lies inside the band too,
    but it is followed by body lines at normal pitch. Only the outermost group
    of lines counts (a header of two groups with a gap between them keeps its
    inner group in the body unless that is a page number).
    """
    by_page: dict[int, list[int]] = defaultdict(list)
    for i, ln in enumerate(lines):
        by_page[ln.page].append(i)
    # Gap threshold: wider than a body line step. Header text is small, so its own
    # size alone is too tight a yardstick (8 pt header rows 13 pt apart).
    steps = [a.y - b.y for a, b in zip(lines, lines[1:]) if a.page == b.page and 0 < a.y - b.y < 40]
    typical = statistics.median(steps) if steps else 0.0
    found: set[int] = set()
    for idxs in by_page.values():
        order = sorted(idxs, key=lambda i: -lines[i].y)
        height = lines[order[0]].page_height
        for seq, inside in ((order, lambda ln: ln.y > height * (1 - BAND)),
                            (order[::-1], lambda ln: ln.y < height * BAND)):
            cut = -1
            for k, i in enumerate(seq):
                ln = lines[i]
                if not inside(ln):
                    break
                nxt = lines[seq[k + 1]] if k + 1 < len(seq) else None
                if nxt is None:
                    # the whole page is one cluster: a short page, not a header,
                    # unless it holds nothing but page numbers (a blank page)
                    if all(_PAGE_NO_RE.match(lines[j].text.strip()) for j in seq[:k + 1]):
                        cut = k
                elif abs(ln.y - nxt.y) > max(1.6 * max(ln.size, nxt.size, 1), 1.3 * typical):
                    cut = k
                    break  # the outermost group only: a later gap is a paragraph gap
            found.update(seq[:cut + 1])
    return found


def split_running_heads(lines: list[PdfLine]) -> tuple[list[PdfLine], list[str]]:
    candidates = _band_candidates(lines)
    pages_of: dict[str, set[int]] = defaultdict(set)
    for i in candidates:
        pages_of[_key(lines[i].text)].add(lines[i].page)
    body, heads = [], []
    for i, ln in enumerate(lines):
        if i in candidates and (_PAGE_NO_RE.match(ln.text.strip()) or len(pages_of[_key(ln.text)]) >= 2):
            heads.append(ln.text)
        else:
            body.append(ln)
    # one copy per distinct text, digits ignored ("Sida 1 av 3" stands for all)
    seen, distinct = set(), []
    for text in heads:
        if _key(text) not in seen:
            seen.add(_key(text))
            distinct.append(text)
    return body, distinct


def _table_blocks(table: PdfTable, index: int) -> list[dict]:
    out = []
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            parts = [part.strip() for part in (cell or "").split("\n") if part.strip()]
            if not parts:
                continue  # empty, or covered by a merged cell (pdfplumber gives None)
            text = parts[0]
            for part in parts[1:]:
                text = _join(text, part)  # a cell's wrapped lines, as in a paragraph
            out.append({"kind": BlockKind.TABLE_CELL, "text": text, "page": table.page, "table_pos": (index, r, c)})
    return out


def build_blocks_from_lines(
    lines: list[PdfLine], tables: list[PdfTable] | tuple = ()
) -> tuple[list[dict], list[str], set[int]]:
    """(raw blocks for build_blocks, running heads, pages that have body text).

    Lines inside a table's box are replaced by the table's cells, placed where
    the table's first line was.
    """
    body, heads = split_running_heads(lines)
    body_pages = {ln.page for ln in body}
    flow = _place_tables(body, tables)
    if not flow:
        return [], heads, set()
    layout = _Layout([item for item in flow if isinstance(item, PdfLine)])
    return _blocks_from_flow(flow, layout), heads, body_pages


def _place_tables(body: list[PdfLine], tables: list[PdfTable] | tuple) -> list[PdfLine | PdfTable]:
    """The body lines in order, each table standing once in place of its lines."""
    flow: list[PdfLine | PdfTable] = []
    placed: set[int] = set()
    for ln in body:
        table = next((t for t in tables if t.page == ln.page and t.contains((ln.x0 + ln.x1) / 2, ln.y)), None)
        if table is None:
            flow.append(ln)
        elif id(table) not in placed:
            placed.add(id(table))
            flow.append(table)
    return flow


class _Layout:
    """What the body lines of the whole document say about its layout: the body
    font, the line pitch per font size, the right margin, heading sizes and list
    indents."""

    def __init__(self, body: list[PdfLine]) -> None:
        weights = Counter()
        for ln in body:
            weights[ln.size] += len(ln.text)
        self.body_size = (weights.most_common(1)[0][0] if weights else 0) or 10.0
        self.body_bold = sum(len(ln.text) for ln in body if ln.bold) > 0.5 * sum(weights.values())
        self.pitch = _line_pitches(body)
        # The right margin: a high percentile of line ends over the whole document
        # (pages share margins; one overlong line must not make all others "short",
        # and a last page with only a signature must not set its own margin).
        ends = sorted(ln.x1 for ln in body) or [0.0]
        self.right_edge = ends[min(len(ends) - 1, int(0.9 * len(ends)))]
        self.heading_sizes = sorted(
            {ln.size for ln in body if self.is_heading(ln) and ln.size >= 1.15 * self.body_size}, reverse=True
        )
        self.marker_xs = sorted({round(ln.x0) for ln in body if split_marker(ln.text)})

    def line_pitch(self, size: float) -> float:
        return self.pitch.get(size) or 1.25 * max(size, 1)

    def is_heading(self, ln: PdfLine) -> bool:
        text = ln.text.strip()
        if len(text) > 200 or not any(ch.isalpha() for ch in text):
            return False
        if self.body_size and ln.size >= 1.15 * self.body_size:
            return True
        return ln.bold and not self.body_bold and len(text) <= 120 and text[-1] not in _TERMINAL + ","

    def heading_level(self, ln: PdfLine) -> int:
        if ln.size in self.heading_sizes:
            return min(self.heading_sizes.index(ln.size) + 1, 6)
        return min(len(self.heading_sizes) + 1, 6)

    def wraps(self, ln: PdfLine, nxt: PdfLine) -> bool:
        """Did `ln` end because the line was full (so `nxt` continues it)?"""
        if ln.text.endswith("-") and ln.text[-2:-1].isalpha():
            return True  # a line ending in a word hyphen was broken by the layout
        # a document of short lines only must not make them all look "full"
        room = max(self.right_edge, 0.6 * ln.page_width) - ln.x1
        return room <= nxt.first_word_w + 0.6 * max(nxt.size, 1)

    def list_level(self, x0: float) -> int:
        # distinct marker indents (6 pt apart or more) are the list levels
        levels: list[float] = []
        for x in self.marker_xs:
            if not levels or x - levels[-1] > 6:
                levels.append(x)
        return max(0, sum(1 for x in levels if x <= x0 + 3) - 1)


def _line_pitches(body: list[PdfLine]) -> dict[float, float]:
    """Normal line pitch per font size: the smallest baseline distance of adjacent
    lines of that size that recurs. Not the median: in a document of one-line
    paragraphs (lists, protocols) the paragraph gap is the commonest step."""
    steps: dict[float, list[float]] = defaultdict(list)
    for a, b in zip(body, body[1:]):
        if a.page == b.page and a.size == b.size and 0 < a.y - b.y < 3 * max(a.size, 1):
            steps[a.size].append(a.y - b.y)
    return {size: _recurring_minimum(v) for size, v in steps.items()}


def _recurring_minimum(steps: list[float]) -> float:
    counts = Counter(round(x * 2) / 2 for x in steps)
    enough = max(2, len(steps) // 10)
    recurring = [step for step, n in counts.items() if n >= enough]
    if not recurring:
        return statistics.median(steps)
    smallest = min(recurring)
    return statistics.median([x for x in steps if abs(x - smallest) <= 0.75])


def _blocks_from_flow(flow: list[PdfLine | PdfTable], layout: _Layout) -> list[dict]:
    """Join the lines into blocks, line by line; a table's cells are blocks of their own."""
    raw: list[dict] = []
    current: dict | None = None
    prev: PdfLine | None = None
    cont_x0: float | None = None  # x of a list item's continuation lines, once seen
    table_count = 0
    for ln in flow:
        if isinstance(ln, PdfTable):
            raw.extend(_table_blocks(ln, table_count))
            table_count += 1
            current = prev = None
            continue
        heading = layout.is_heading(ln)
        found = None if heading else split_marker(ln.text)
        if current is None or prev is None or _starts_block(layout, prev, ln, current, heading, found, cont_x0):
            current = _new_block(layout, ln, heading, found)
            cont_x0 = None
            raw.append(current)
        else:
            current["text"] = _join(current["text"], ln.text)
            if cont_x0 is None:
                cont_x0 = ln.x0
        prev = ln
    return raw


def _starts_block(layout: _Layout, prev: PdfLine, ln: PdfLine, current: dict, heading: bool,
                  found: tuple[str, str] | None, cont_x0: float | None) -> bool:
    """Does `ln` start a new block, or carry on `current` (whose last line is `prev`)?"""
    same_page = ln.page == prev.page
    gap = prev.y - ln.y if same_page else 0.0
    prev_wrapped = layout.wraps(prev, ln) and prev.text.rstrip()[-1:] not in _TERMINAL
    if heading != (current["kind"] == BlockKind.HEADING) or abs(ln.size - prev.size) > 0.6:
        return True
    if same_page and (gap < 0 or gap > 1.35 * layout.line_pitch(ln.size)):
        return True
    if not same_page and not prev_wrapped:
        return True  # a paragraph continues across a page only mid-sentence
    if found and (found[0] == "•" or not prev_wrapped or current["kind"] == BlockKind.LIST_ITEM):
        return True
    if heading:
        return prev.text.rstrip()[-1:] in _TERMINAL  # a wrapped title stays one heading
    if same_page and not layout.wraps(prev, ln):
        return True  # hard line break
    if current["kind"] == BlockKind.LIST_ITEM and cont_x0 is not None and ln.x0 < cont_x0 - 3:
        return True  # dedent below the item's hanging indent: the list is over
    return False  # a wrapped line (one that merely starts with "-" or "2." too)


def _new_block(layout: _Layout, ln: PdfLine, heading: bool, found: tuple[str, str] | None) -> dict:
    block = {"kind": BlockKind.PARAGRAPH, "text": ln.text, "page": ln.page}
    if heading:
        block.update(kind=BlockKind.HEADING, heading_level=layout.heading_level(ln))
    elif found:
        block.update(kind=BlockKind.LIST_ITEM, text=found[1], list_marker=found[0], list_level=layout.list_level(ln.x0))
    return block
