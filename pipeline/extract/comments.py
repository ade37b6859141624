"""Comments per clause in answers and protocols, linked to clause numbers.

Three shapes are recognised: a "Kommentar:" paragraph after a quoted clause (the
seed's style); a paragraph that opens with a reference ("Att-sats 1: ...",
"Den första att-satsen ...", "Frågeställning 3 ...", "Att-sats 2, 3 och 4 ...");
and, in an assessment section, a plain paragraph right after a clause quoted alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.clauses import ClauseHit, starts_with_att
from pipeline.extract.layouts import ordered_comments, right_neighbours, table_clause_cells
from pipeline.extract.refs import clause_refs
from pipeline.extract.units import Unit

COMMENT_LABEL = re.compile(
    r"^\s*(?:kommentar(?:er)?|förvaltningens kommentar|förvaltningens svar|svar|bedömning)\s*[:–-]\s*", re.I
)
SKIP_SECTIONS = {"PROPOSAL", "DECISION", "MOTIONS_AT_MEETING", "VOTING", "RESERVATION", "SEND_TO", "BASIS", "SIGNATURES"}
# A reference must open the paragraph to make it a comment on that clause
# ("Att-sats 1: ...", "Beträffande den andra att-satsen ..."), not merely mention it.
REF_PREFIX = re.compile(r"(?i)^\s*(?:(?:vad gäller|beträffande|när det gäller|i fråga om|avseende|gällande)\s+)?$")


@dataclass(frozen=True)
class CommentHit:
    clause_number: int
    text: str
    unit: int


def _strip_ref_label(text: str, end: int) -> str:
    rest = text[end:]
    m = re.match(r"^\s*[:–-]\s*", rest)
    return rest[m.end():].strip() if m else text.strip()


def find_comments(units: list[Unit], clause_hits: list[ClauseHit], n_clauses: int) -> list[CommentHit]:
    by_unit: dict[int, ClauseHit] = {}
    for hit in clause_hits:
        for i in range(hit.unit, hit.last_unit + 1):
            by_unit[i] = hit
    comments: list[CommentHit] = []
    seen: set[tuple[int, int]] = set()

    def add(number: int, text: str, unit: Unit) -> None:
        if 1 <= number <= n_clauses and text and (number, unit.index) not in seen:
            seen.add((number, unit.index))
            comments.append(CommentHit(number, text, unit.index))

    # Comments placed by position: beside the clause in a table row, or numbered
    # like the clauses in the assessment.
    table_cells = table_clause_cells(units)  # once: it scans every unit
    beside = right_neighbours(units, lambda u: bool(u.text) and not starts_with_att(u) and not u.placeholder)
    for hit in clause_hits:
        if hit.unit in table_cells and (nxt := beside.get(hit.unit)) is not None:
            add(hit.number, nxt.text, nxt)
    positional = ordered_comments(units)
    for index, n in positional.items():
        add(n, units[index].text, units[index])

    last_clause: ClauseHit | None = None
    for pos, u in enumerate(units):
        if u.index in positional:
            last_clause = None
            continue
        if u.index in by_unit:
            last_clause = by_unit[u.index]
            continue
        if u.is_section_heading and u.section in SKIP_SECTIONS:
            last_clause = None
        if u.section in SKIP_SECTIONS or u.placeholder:
            continue
        label = COMMENT_LABEL.match(u.text)
        if label and last_clause is not None:
            add(last_clause.number, u.text[label.end():].strip(), u)
            last_clause = None
            continue
        refs = [(h, nums) for h, nums in clause_refs(u.text, n_clauses) if REF_PREFIX.match(u.text[: h.start])]
        if refs:
            hit, numbers = refs[0]
            body = _strip_ref_label(u.text, hit.end)
            if len(body.split()) <= 3 and not u.text.rstrip().endswith("."):
                # A heading-like "Att-sats 1" line: the comment is the next paragraph.
                nxt = _next_text_unit(units, pos)
                if nxt is None:
                    continue
                body = nxt.text
                u = nxt
            for n in numbers:
                add(n, body, u)
            last_clause = None
            continue
        if (
            last_clause is not None
            and last_clause.single
            and not u.is_heading
            and not starts_with_att(u)
            and u.section in {"ASSESSMENT", "CONCLUSION"}
            and last_clause.last_unit == u.index - 1
        ):
            add(last_clause.number, u.text, u)
        last_clause = None if not u.is_heading else last_clause
    return comments


def _next_text_unit(units: list[Unit], pos: int) -> Unit | None:
    for u in units[pos + 1: pos + 3]:
        if not u.is_heading and not u.placeholder:
            return u
    return None
