"""Answer layouts that pair comments with clauses by position, not by words:

- an ordered list in the assessment whose numbers are the clause numbers
  ("Svar på att-satserna": 1. ..., 2. ...), or sub-headings carrying the clause
  markers ("a) Inrättande av ...") over the paragraph that answers it;
- a table with the clause in one column and the comment beside it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from pipeline.document import BlockKind
from pipeline.extract.rules import rules
from pipeline.extract.units import Unit, sections_with

ORDERED = re.compile(r"^\s*(?P<m>\d{1,2}|[a-zA-Z])\s*[.)]\s*$")
HEADING_MARKER = re.compile(r"^\s*(?P<m>\d{1,2}|[a-z])\s*[.)]\s+\S")


def _quotes_clause(text: str) -> bool:
    """A list item or table cell quoting a clause ("att ..."; patterns/clauses.jsonl)."""
    return rules("clauses").regex("att_item").match(text) is not None


def _caption(text: str) -> bool:
    """A short line without a full stop: a caption, not a sentence."""
    return len(text.split()) <= 10 and not text.rstrip().endswith((".", ":", ";")) and not _quotes_clause(text)


def ordinal(marker: str | None) -> int | None:
    if not marker:
        return None
    m = ORDERED.match(marker) or HEADING_MARKER.match(marker)
    if not m:
        return None
    token = m.group("m")
    return int(token) if token.isdigit() else ord(token.lower()) - ord("a") + 1


def ordered_comments(units: list[Unit]) -> dict[int, int]:
    """Unit index -> the clause ordinal it comments on (answers and protocols only)."""
    found: dict[int, int] = {}
    commenting = sections_with("comments")
    i = 0
    while i < len(units):
        u = units[i]
        if u.section not in commenting:
            i += 1
            continue
        nxt = units[i + 1] if i + 1 < len(units) else None
        if (u.kind is BlockKind.LIST_ITEM and (n := ordinal(u.marker)) and _caption(u.text) and nxt is not None
                and nxt.kind is BlockKind.PARAGRAPH and not nxt.is_heading and not nxt.placeholder):
            # "a) Organisatorisk placering" over the paragraph that answers clause a: a
            # sub-heading written as a typed list item (no heading style, plain text).
            found[nxt.index] = n
            i += 2
            continue
        if u.kind is BlockKind.LIST_ITEM and ordinal(u.marker) == 1 and not _quotes_clause(u.text):
            # An ordered list that does not quote clauses: its items answer them in order.
            j = i
            while j < len(units) and units[j].kind is BlockKind.LIST_ITEM and ordinal(units[j].marker):
                found[units[j].index] = ordinal(units[j].marker)
                j += 1
            i = j
            continue
        if u.is_heading and not u.is_section_heading and (n := ordinal(u.text)):
            nxt = units[i + 1] if i + 1 < len(units) else None
            if nxt is not None and not nxt.is_heading and not nxt.placeholder:
                found[nxt.index] = n
        i += 1
    return found


# A cell under a "Förslag" header with fewer words is a label ("Förslag 1", "Belysning"),
# not a clause.
MIN_CELL_WORDS = 4


def table_clause_cells(units: list[Unit]) -> set[int]:
    """Table cells that are clauses: att-cells in a column holding at least two, or
    the cells under a header that names the column ("Motionens förslag", "Att-sats")."""
    columns: dict[tuple[int, int], list[int]] = {}
    headed: set[tuple[int, int]] = set()
    header = rules("clauses").regex("clause_column")
    for u in units:
        if u.kind is not BlockKind.TABLE_CELL or not u.table_pos:
            continue
        t, row, c = u.table_pos
        if row == 0 and header.match(u.text):
            headed.add((t, c))
        elif _quotes_clause(u.text) or ((t, c) in headed and len(u.text.split()) >= MIN_CELL_WORDS
                                        and not u.placeholder):
            columns.setdefault((t, c), []).append(u.index)
    return {i for key, cells in columns.items() if len(cells) >= 2 or key in headed for i in cells}


def right_neighbours(units: list[Unit], accept: Callable[[Unit], bool]) -> dict[int, Unit]:
    """Table cell index -> the first cell, in reading order, to its right in the same
    row that `accept`s. Built once per document: scanning the row again for every
    clause cell was quadratic in a long table."""
    rows: dict[tuple[int, int], list[Unit]] = {}
    for u in units:
        if u.table_pos:
            rows.setdefault(u.table_pos[:2], []).append(u)
    found: dict[int, Unit] = {}
    for cells in rows.values():
        # Accepted cells by column, each with the earliest reading position among
        # the accepted cells at or beyond its column (so any right-of query is one bisect).
        accepted = sorted((u.table_pos[2], pos) for pos, u in enumerate(cells) if accept(u))
        columns = [col for col, _ in accepted]
        earliest: list[int] = [0] * len(accepted)
        best = len(cells)
        for k in range(len(accepted) - 1, -1, -1):
            best = min(best, accepted[k][1])
            earliest[k] = best
        for u in cells:
            k = bisect.bisect_right(columns, u.table_pos[2])
            if k < len(accepted):
                found[u.index] = cells[earliest[k]]
    return found
