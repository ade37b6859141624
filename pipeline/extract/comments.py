"""Comments per clause in answers and protocols, linked to clause numbers.

Three shapes are recognised: a "Kommentar:" paragraph after a quoted clause (the
seed's style); a paragraph that opens with a reference ("Att-sats 1: ...",
"Den första att-satsen ...", "Frågeställning 3 ...", "Att-sats 2, 3 och 4 ...");
and, in an assessment section, a plain paragraph right after a clause quoted alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.clauses import ClauseHit, starts_with_att
from pipeline.extract.layouts import ordered_comments, right_neighbours, table_clause_cells
from pipeline.extract.refs import clause_refs
from pipeline.extract.rules import Hit, rules
from pipeline.extract.units import Unit, sections_with

# Comment labels ("Kommentar:") and the words that may lead a reference
# ("Beträffande den andra att-satsen ..."): patterns/comments.jsonl.


@dataclass(frozen=True)
class CommentHit:
    clause_number: int
    text: str
    unit: int


@dataclass
class _Found:
    """Comments found so far, at most one per clause and unit."""

    n_clauses: int
    comments: list[CommentHit] = field(default_factory=list)
    seen: set[tuple[int, int]] = field(default_factory=set)

    def add(self, number: int, text: str, unit: Unit) -> None:
        if 1 <= number <= self.n_clauses and text and (number, unit.index) not in self.seen:
            self.seen.add((number, unit.index))
            self.comments.append(CommentHit(number, text, unit.index))


def _strip_ref_label(text: str, end: int) -> str:
    rest = text[end:]
    m = re.match(r"^\s*[:–-]\s*", rest)
    return rest[m.end():].strip() if m else text.strip()


def find_comments(units: list[Unit], clause_hits: list[ClauseHit], n_clauses: int) -> list[CommentHit]:
    found = _Found(n_clauses)
    positional = _comments_by_position(units, clause_hits, found)
    _comments_by_words(units, clause_hits, positional, found)
    return found.comments


def _comments_by_position(units: list[Unit], clause_hits: list[ClauseHit], found: _Found) -> dict[int, int]:
    """Comments placed by position: beside the clause in a table row, or numbered
    like the clauses in the assessment. Returns the numbered ones (unit -> clause)."""
    table_cells = table_clause_cells(units)  # once: it scans every unit
    beside = right_neighbours(units, lambda u: bool(u.text) and not starts_with_att(u) and not u.placeholder)
    for hit in clause_hits:
        if hit.unit in table_cells and (nxt := beside.get(hit.unit)) is not None:
            found.add(hit.number, nxt.text, nxt)
    positional = ordered_comments(units)
    for index, n in positional.items():
        found.add(n, units[index].text, units[index])
    return positional


def _comments_by_words(units: list[Unit], clause_hits: list[ClauseHit], positional: dict[int, int],
                       found: _Found) -> None:
    """Comments that say which clause they answer: a label after a quoted clause,
    a reference opening the paragraph, or the paragraph after a clause quoted alone."""
    by_unit: dict[int, ClauseHit] = {}
    for hit in clause_hits:
        for i in range(hit.unit, hit.last_unit + 1):
            by_unit[i] = hit
    skip = sections_with("no_comments")
    page_number = rules("proposals").regex("page_number")
    last_clause: ClauseHit | None = None
    for pos, u in enumerate(units):
        if page_number.match(u.text) and not u.is_heading and u.table_pos is None:
            continue  # a stray page number between a quoted clause and its answer
        if u.index in positional:
            last_clause = None
            continue
        if u.index in by_unit:
            last_clause = by_unit[u.index]
            continue
        if u.is_section_heading and u.section in skip:
            last_clause = None
        if u.section in skip or u.placeholder:
            continue
        last_clause = _comment_at(units, pos, last_clause, found)


def _comment_at(units: list[Unit], pos: int, last_clause: ClauseHit | None, found: _Found) -> ClauseHit | None:
    """Record the comment unit `pos` makes, if any; returns the clause a following
    unit may still comment on."""
    u = units[pos]
    label = rules("comments").regex("comment_label").match(u.text)
    if label and last_clause is not None:
        found.add(last_clause.number, u.text[label.end():].strip(), u)
        return None
    ref_prefix = rules("comments").regex("ref_prefix")
    refs = [(h, nums) for h, nums in clause_refs(u.text, found.n_clauses) if ref_prefix.match(u.text[: h.start])]
    if refs:
        return _comment_on_reference(units, pos, refs[0], last_clause, found)
    if (
        last_clause is not None
        and last_clause.single
        and not u.is_heading
        and not starts_with_att(u)
        and u.section in sections_with("comments")
        and _adjacent(units, last_clause.last_unit, u.index)
    ):
        found.add(last_clause.number, u.text, u)
    return None if not u.is_heading else last_clause


def _adjacent(units: list[Unit], last: int, index: int) -> bool:
    """Unit `index` follows unit `last`, with at most stray page numbers between."""
    rx = rules("proposals").regex("page_number")
    return index > last and all(rx.match(units[i].text) for i in range(last + 1, index))


def _comment_on_reference(units: list[Unit], pos: int, ref: tuple[Hit, list[int]], last_clause: ClauseHit | None,
                          found: _Found) -> ClauseHit | None:
    """"Att-sats 1: ...", "Den första att-satsen ...": the paragraph comments on the
    clauses it names."""
    hit, numbers = ref
    u = units[pos]
    body = _strip_ref_label(u.text, hit.end)
    if len(body.split()) <= 3 and not u.text.rstrip().endswith("."):
        # A heading-like "Att-sats 1" line: the comment is the next paragraph.
        nxt = _next_text_unit(units, pos)
        if nxt is None:
            return last_clause  # nothing to read: the line changes nothing
        body, u = nxt.text, nxt
    for n in numbers:
        found.add(n, body, u)
    return None


def _next_text_unit(units: list[Unit], pos: int) -> Unit | None:
    for u in units[pos + 1: pos + 3]:
        if not u.is_heading and not u.placeholder:
            return u
    return None
