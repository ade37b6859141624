"""Att-satser: find every clause a motion proposes, once, in document order.

What patterns cannot say lives here: clause *context*. A paragraph starting with
"Att" is a clause only inside a proposal (after an introducing line, in a list of
att-items, or next to other att-paragraphs); a clause quoted again later (answers
quote each clause before commenting on it) is an occurrence of the same clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.document import BlockKind
from pipeline.extract.clause_index import SAME_CLAUSE, ClauseIndex, norm_clause, similar  # noqa: F401 - re-exported
from pipeline.extract.layouts import ordered_comments, table_clause_cells
from pipeline.extract.rules import rules
from pipeline.extract.units import Unit

# "att", "Att", "att1", "1. att", "1) att", "- att" (typed markers the reader left).
ATT_START = re.compile(r"^\s*(?:(?:\d{1,2}|[a-z])\s*[.)]\s*|[-–•]\s*)?(?P<att>att)(?=\s|\d|$)", re.I)
# "attkommunen": "att" glued to the next word, a typo seen in real motions. Only
# accepted where a clause is expected anyway (a list, a run, after an intro).
ATT_GLUED = re.compile(
    r"^\s*(?:(?:\d{1,2}|[a-z])\s*[.)]\s*|[-–•]\s*)?att(?!ityd|rakt|rah|est|ack|entat|ribut|ira|ent)"
    r"(?:kommun|fullmäktige|styrelse|nämnd|det|man|en |ett |alla|samtliga|[a-zåäö]{3,})",
    re.I,
)
# "Jag föreslår att kommunen ..." with the first clause on the introducing line.
INLINE_FIRST = re.compile(
    r"\b(?:föreslår|yrkar|hemställer)\b(?:\s+(?:jag|vi|därför|härmed|kommunfullmäktige|fullmäktige))*\s+"
    r"(?:(?:att\s+)?(?:kommun)?fullmäktige\s+beslutar\s+)?(?P<clause>att\s(?!(?:kommun)?fullmäktige\s+besluta|kommunstyrelsen\s+besluta).+)$",
    re.I,
)
TYPED_MARKER = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[a-z]\)|[-–•\uf0b7])\s+")
INTRO_VERB = re.compile(
    r"\b(föreslå\w*|föreslog|yrka\w*|yrkar|hemställ\w*|besluta\w*|beslutar|yrkande\w*|begär\w*)\b", re.I
)
# An att-line that is a decision on the motion, not a clause of it.
DECISION_OBJECT = re.compile(r"\b(motionen|motionens|medborgarförslaget|e-förslaget|ärendet|att-sats\w*)\b", re.I)
TERMINAL = re.compile(r"[.!?;]\s*$")
NOT_CLAUSE_SECTIONS_IN_RESPONSES = {
    "PROPOSAL", "DECISION", "MOTIONS_AT_MEETING", "VOTING", "RESERVATION", "SEND_TO", "BASIS", "SIGNATURES",
}


@dataclass(frozen=True)
class ClauseHit:
    number: int
    text: str
    unit: int  # first unit of the occurrence
    last_unit: int  # last unit (a clause can span two paragraphs)
    first: bool  # first occurrence (defines the clause) or a quote of it
    single: bool  # the occurrence stands alone (not inside a multi-item list)


def strip_marker(text: str) -> str:
    return TYPED_MARKER.sub("", text, count=1)


def starts_with_att(unit: Unit) -> bool:
    return bool(ATT_START.match(unit.text))


def starts_with_glued_att(unit: Unit) -> bool:
    return not ATT_START.match(unit.text) and bool(ATT_GLUED.match(unit.text))


def is_intro(unit: Unit) -> bool:
    """A line that introduces att-satser: "...föreslår jag att fullmäktige beslutar att"."""
    text = unit.text.rstrip()
    if re.search(r"\batt\s*:?$", text, re.I) and len(text) > 5:
        return True
    if re.search(r"\b(besluta|beslutar|föreslå|föreslår|yrkar|yrka|hemställer|hemställa)\s*:?$", text, re.I):
        return True
    return text.endswith(":") and bool(INTRO_VERB.search(text))


def is_decision_line(unit: Unit) -> bool:
    return bool(DECISION_OBJECT.search(unit.text)) and bool(rules("outcomes").find(unit.text))


def continues(prev_text: str, unit: Unit) -> bool:
    """The unit carries on the clause before it (a clause over two paragraphs)."""
    if unit.is_heading or starts_with_att(unit) or unit.placeholder:
        return False
    first = unit.text.lstrip()[:1]
    if not first or not first.islower():
        return False
    return not TERMINAL.search(prev_text) or prev_text.rstrip().endswith(",")


def find_clauses(units: list[Unit], responding: bool, index: ClauseIndex | None = None) -> list[ClauseHit]:
    """All clause occurrences. `responding` is true for answers and protocols,
    where decision sections hold att-lines of the body's own decision. `index`
    (a fresh one by default) numbers the clauses; pass one to see its `limited`."""
    hits: list[ClauseHit] = []
    clauses = index if index is not None else ClauseIndex()
    run: list[list[Unit]] = []  # current run: occurrences, each a list of units
    run_is_list = False

    def allowed(u: Unit) -> bool:
        return not (responding and u.section in NOT_CLAUSE_SECTIONS_IN_RESPONSES)

    def close_run() -> None:
        nonlocal run
        for occ in run:
            text = " ".join(strip_marker(x.text) if i == 0 else x.text for i, x in enumerate(occ)).strip()
            number, first = clauses.number_of(text)
            hits.append(ClauseHit(number, text, occ[0].index, occ[-1].index, first, len(run) == 1))
        run = []

    # Units that answer clauses by position are never clauses themselves.
    answering = set(ordered_comments(units)) if responding else set()
    interleaved = _interleaved_quotes(units) if responding else set()
    table_cells = table_clause_cells(units)
    prev: Unit | None = None
    for u in units:
        if u.index in table_cells:
            # Clause-per-row tables: each cell is one whole occurrence.
            close_run()
            run.append([u])
            close_run()
            prev = u
            continue
        if u.is_heading or not allowed(u) or u.index in answering:
            close_run()
            run_is_list = False
            prev = u
            continue
        in_run = bool(run)
        after_intro = prev is not None and not prev.is_heading and is_intro(prev) and allowed(prev)
        glued = starts_with_glued_att(u) and (in_run or after_intro or u.kind is BlockKind.LIST_ITEM)
        att = (starts_with_att(u) or glued) and not (responding and is_decision_line(u))
        if not in_run and not att and _next_is_att(units, u) and (m := INLINE_FIRST.search(u.text)):
            # The first clause shares its line with the introduction.
            run_is_list = False
            run.append([_with_text(u, m.group("clause"))])
            prev = u
            continue
        if att:
            accept = (
                in_run
                or after_intro
                or u.kind is BlockKind.LIST_ITEM
                or _next_is_att(units, u)
                or u.index in interleaved
            )
            if accept:
                if not in_run:
                    run_is_list = u.kind is BlockKind.LIST_ITEM
                run.append([u])
                prev = u
                continue
        elif in_run and run_is_list and u.kind is BlockKind.LIST_ITEM and not u.placeholder:
            # A numbered list whose later items do not repeat "att".
            run.append([u])
            prev = u
            continue
        elif in_run and continues(run[-1][-1].text, u):
            run[-1].append(u)
            prev = u
            continue
        elif not in_run and after_intro and not u.placeholder and (
            re.search(r"\batt\s*:?$", prev.text, re.I) or u.kind is BlockKind.LIST_ITEM
        ):
            # "... beslutar att" + the clause on the next line without its own "att",
            # or "... föreslår fullmäktige besluta:" + a list of clauses.
            run_is_list = u.kind is BlockKind.LIST_ITEM
            run.append([u])
            prev = u
            continue
        close_run()
        run_is_list = False
        prev = u
    close_run()
    return hits


def _interleaved_quotes(units: list[Unit]) -> set[int]:
    """Att-paragraphs of an assessment that quotes each clause before answering it
    (att ..., its answer, att ..., its answer): two or more in one section."""
    found: set[int] = set()
    section: list[int] = []

    def flush() -> None:
        if len(section) >= 2:
            found.update(section)
        section.clear()

    for u in units:
        if u.is_section_heading:
            flush()
        elif u.section in {"ASSESSMENT", "CONCLUSION"} and starts_with_att(u) and not is_decision_line(u):
            section.append(u.index)
    flush()
    return found


def _with_text(u: Unit, text: str) -> Unit:
    from dataclasses import replace

    return replace(u, text=text)


def _next_is_att(units: list[Unit], u: Unit) -> bool:
    nxt = units[u.index + 1] if u.index + 1 < len(units) else None
    return nxt is not None and not nxt.is_heading and starts_with_att(nxt)
