"""Att-satser: find every clause a motion proposes, once, in document order.

What patterns cannot say lives here: clause *context*. A paragraph starting with
"Att" is a clause only inside a proposal (after an introducing line, in a list of
att-items, or next to other att-paragraphs); a clause quoted again later (answers
quote each clause before commenting on it) is an occurrence of the same clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pipeline.document import BlockKind
from pipeline.extract.clause_index import SAME_CLAUSE, ClauseIndex, norm_clause, similar  # noqa: F401 - re-exported
from pipeline.extract.layouts import ordered_comments, table_clause_cells
from pipeline.extract.proposals import ProposalItem, proposal_items
from pipeline.extract.proposals import is_intro as proposals_is_intro
from pipeline.extract.retold import retold_clauses
from pipeline.extract.rules import rules
from pipeline.extract.units import Unit, sections_with

# How a clause starts ("att", "1. att", "- att", the typo "attkommunen"), what
# introduces clauses, and att-lines that decide on the motion: patterns/clauses.jsonl.
TYPED_MARKER = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[a-z]\)|[-–•\uf0b7])\s+")
TERMINAL = re.compile(r"[.!?;]\s*$")


def _rx(rule_id: str) -> re.Pattern:
    return rules("clauses").regex(rule_id)


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
    return bool(_rx("clause_start").match(unit.text))


def starts_with_glued_att(unit: Unit) -> bool:
    """"attkommunen": "att" glued to the next word, a typo seen in real motions. Only
    accepted where a clause is expected anyway (a list, a run, after an intro)."""
    return not _rx("clause_start").match(unit.text) and bool(_rx("clause_glued").match(unit.text))


def is_intro(unit: Unit) -> bool:
    """A line that introduces att-satser ("...föreslår jag att fullmäktige beslutar att",
    "yrkar Vänsterpartiet:", "med följande att-satser:"); the one owner of the rule is
    pipeline/extract/proposals.py (patterns/proposals.jsonl)."""
    return proposals_is_intro(unit.text)


def is_decision_line(unit: Unit) -> bool:
    """An att-line that is a decision on the motion, not a clause of it."""
    return bool(_rx("decision_object").search(unit.text)) and bool(rules("outcomes").find(unit.text))


def continues(prev_text: str, unit: Unit) -> bool:
    """The unit carries on the clause before it (a clause over two paragraphs)."""
    if unit.is_heading or starts_with_att(unit) or unit.placeholder:
        return False
    first = unit.text.lstrip()[:1]
    if not first or not first.islower():
        return False
    return not TERMINAL.search(prev_text) or prev_text.rstrip().endswith(",")


def find_clauses(units: list[Unit], responding: bool, index: ClauseIndex | None = None,
                 soft_lines: bool = True) -> list[ClauseHit]:
    """All clause occurrences. `responding` is true for answers and protocols,
    where decision sections hold att-lines of the body's own decision. `index`
    (a fresh one by default) numbers the clauses; pass one to see its `limited`.
    `soft_lines`: a block's line breaks are deliberate (Word), not visual wraps.

    A motion's clauses are the items of its proposal blocks; only a motion with no
    block at all falls back to runs of att-lines."""
    index = index if index is not None else ClauseIndex()
    if not responding:
        items = proposal_items(units, soft_lines)
        if items:
            return _numbered(items, index)
    scan = _ClauseScan(units, responding, index)
    prev: Unit | None = None
    for u in units:
        scan.step(u, prev)
        prev = u
    scan.close_run()
    if responding and not scan.hits:
        # No quoted clause: the answer or protocol may retell them in prose.
        retold = retold_clauses(units)
        hits = []
        for r in retold:
            number, first = index.number_of(r.text)
            hits.append(ClauseHit(number, r.text, r.unit, r.unit, first, len(retold) == 1))
        return hits
    return scan.hits


def _numbered(items: list[ProposalItem], index: ClauseIndex) -> list[ClauseHit]:
    hits = []
    for item in items:
        number, first = index.number_of(item.text)
        hits.append(ClauseHit(number, item.text, item.first_unit, item.last_unit, first, len(items) == 1))
    return hits


@dataclass
class _ClauseScan:
    """One pass over the units: the current run of clause occurrences (each a list
    of units) is closed, numbered and recorded when something else comes."""

    units: list[Unit]
    responding: bool
    clauses: ClauseIndex
    hits: list[ClauseHit] = field(default_factory=list)
    run: list[list[Unit]] = field(default_factory=list)
    run_is_list: bool = False
    answering: set[int] = field(init=False)  # units that answer clauses by position are never clauses
    interleaved: set[int] = field(init=False)
    table_cells: set[int] = field(init=False)
    no_clauses: frozenset[str] = field(init=False)
    commenting: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.answering = set(ordered_comments(self.units)) if self.responding else set()
        self.interleaved = _interleaved_quotes(self.units) if self.responding else set()
        self.table_cells = table_clause_cells(self.units)
        self.no_clauses = sections_with("no_clauses") if self.responding else frozenset()
        # In an answer's assessment, "I yrkande 2 föreslår motionären att …" comments on a clause.
        self.commenting = sections_with("comments") if self.responding else frozenset()

    def allowed(self, u: Unit) -> bool:
        return u.section not in self.no_clauses

    def close_run(self) -> None:
        for occ in self.run:
            text = " ".join(strip_marker(x.text) if i == 0 else x.text for i, x in enumerate(occ)).strip()
            number, first = self.clauses.number_of(text)
            self.hits.append(ClauseHit(number, text, occ[0].index, occ[-1].index, first, len(self.run) == 1))
        self.run = []

    def _end_run(self) -> None:
        self.close_run()
        self.run_is_list = False

    def _start_run(self, u: Unit, is_list: bool) -> None:
        self.run_is_list = is_list
        self.run.append([u])

    def step(self, u: Unit, prev: Unit | None) -> None:
        if u.index in self.table_cells:
            # Clause-per-row tables: each cell is one whole occurrence.
            self.close_run()
            self.run.append([u])
            self.close_run()
        elif u.is_heading or not self.allowed(u) or u.index in self.answering:
            self._end_run()
        elif not self._extend(u, prev):
            self._end_run()

    def _extend(self, u: Unit, prev: Unit | None) -> bool:
        """Add `u` to the run (or start one with it); false if it is no clause."""
        in_run = bool(self.run)
        after_intro = prev is not None and not prev.is_heading and is_intro(prev) and self.allowed(prev)
        glued = starts_with_glued_att(u) and (in_run or after_intro or u.kind is BlockKind.LIST_ITEM
                                              or u.index in self.interleaved)
        att = (starts_with_att(u) or glued) and not (self.responding and is_decision_line(u))
        if (not in_run and not att and _next_is_att(self.units, u) and u.section not in self.commenting
                and (m := _rx("clause_inline_first").search(u.text))):
            # The first clause shares its line with the introduction.
            self._start_run(_with_text(u, m.group("clause")), is_list=False)
            return True
        if att:
            return self._add_att_line(u, in_run, after_intro)
        if in_run and self.run_is_list and u.kind is BlockKind.LIST_ITEM and not u.placeholder:
            # A numbered list whose later items do not repeat "att".
            self.run.append([u])
            return True
        if in_run and continues(self.run[-1][-1].text, u):
            self.run[-1].append(u)
            return True
        if not in_run and after_intro and not u.placeholder and not (self.responding and is_decision_line(u)) and (
            rules("proposals").regex("intro_ends_att").search(prev.text) or u.kind is BlockKind.LIST_ITEM
        ):
            # "... beslutar att" + the clause on the next line without its own "att",
            # or "... föreslår fullmäktige besluta:" + a list of clauses.
            self._start_run(u, is_list=u.kind is BlockKind.LIST_ITEM)
            return True
        return False

    def _add_att_line(self, u: Unit, in_run: bool, after_intro: bool) -> bool:
        """An "Att ..." line is a clause only inside a proposal: in a run, after an
        introducing line, as a list item, next to another att-line, or quoted in an
        assessment that answers clause by clause."""
        accept = (
            in_run
            or after_intro
            or u.kind is BlockKind.LIST_ITEM
            or _next_is_att(self.units, u)
            or u.index in self.interleaved
        )
        if not accept:
            return False
        if in_run:
            self.run.append([u])
        else:
            self._start_run(u, is_list=u.kind is BlockKind.LIST_ITEM)
        return True


def _interleaved_quotes(units: list[Unit]) -> set[int]:
    """Att-paragraphs of an assessment that quotes each clause before answering it
    (att ..., its answer, att ..., its answer): two or more in one section."""
    found: set[int] = set()
    section: list[int] = []
    commenting = sections_with("comments")

    def flush() -> None:
        if len(section) >= 2:
            found.update(section)
        section.clear()

    for u in units:
        if u.is_section_heading:
            flush()
        elif u.section in commenting and (starts_with_att(u) or starts_with_glued_att(u)) and not is_decision_line(u):
            section.append(u.index)
    flush()
    return found


def _with_text(u: Unit, text: str) -> Unit:
    return replace(u, text=text)


def _next_is_att(units: list[Unit], u: Unit) -> bool:
    nxt = units[u.index + 1] if u.index + 1 < len(units) else None
    return nxt is not None and not nxt.is_heading and starts_with_att(nxt)
