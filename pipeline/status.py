"""The status engine: documents become dated events; replaying them gives a status.

Pure functions over small frozen dataclasses; no database. The store calls
`events_for` when a document arrives and `replay`/`clause_states` whenever a case
changes, and the queries call them again with the governance and date asked for,
so `--governance` and `--today` change what is shown without touching the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pipeline.governance import EVENT_KINDS, Governance
from pipeline.vocab import ClauseState, DocType, EventKind as E, ItemEvent, Outcome, Stance

# Order of same-day events: a KF meeting raises before it decides, a KS protocol
# follows the answer it decides on.
RANK = {
    E.SUBMITTED: 0, E.RAISED: 0, E.REMITTED: 1, E.ANSWER_PROPOSED: 2, E.DECIDED_KSAU: 3, E.DECIDED_KS: 4,
    E.BORDLAGD: 5, E.ATERREMISS: 5, E.DECIDED_KF: 6, E.AVSKRIVEN: 6,
}
FINAL_EVENTS = (E.DECIDED_KF, E.AVSKRIVEN)
PROPOSALS = (E.ANSWER_PROPOSED, E.DECIDED_KSAU, E.DECIDED_KS)


@dataclass(frozen=True)
class EventSpec:
    """An event a document implies, before it is stored."""

    kind: str
    date: dt.date | None
    body: str | None
    payload: dict = field(default_factory=dict)


@dataclass(frozen=True)
class EventIn:
    id: int
    kind: str
    date: dt.date | None
    body: str | None
    document_id: int | None
    payload: dict
    active: bool = True  # False: its document was superseded by a corrected version

    def __post_init__(self) -> None:
        # Registers written before "submitted" existed stored a motion's own date as
        # "raised" with basis "document_date": read it as what it is.
        if self.kind == E.RAISED and self.payload.get("basis") == "document_date":
            object.__setattr__(self, "kind", E.SUBMITTED)


@dataclass(frozen=True)
class Step:
    event: EventIn
    stage: str | None  # stage after the event
    flagged: bool
    reason: str | None


@dataclass(frozen=True)
class CaseStatus:
    stage: str | None
    proposed_outcome: str | None
    final_outcome: str | None
    raised_on: dt.date | None
    closed_on: dt.date | None
    deadline: dt.date | None
    days_left: int | None
    overdue: bool
    next_report: dt.date | None
    steps: tuple[Step, ...]
    # The one owner of "what stands": the proposal event still standing (an
    # återremiss withdraws those before it) and the final event that closed the case
    # (the first one; later ones are flagged and change nothing). Queries and reports
    # read these and never walk the events themselves.
    proposal: EventIn | None = None
    decision: EventIn | None = None
    # The motion's path: inlämnad (its own date) is kept apart from väckt (the KF
    # meeting that raised it, `raised_on`). Until a KF protocol says so the clock
    # runs from inlämnad and the deadline is provisional.
    submitted_on: dt.date | None = None
    deadline_provisional: bool = False
    decided_late_days: int | None = None  # decided this many days after the deadline

    @property
    def clock_start(self) -> dt.date | None:
        return self.raised_on or self.submitted_on


def parse_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def events_for(doc_type: str, body: str | None, date: dt.date | None, decision: dict | None,
               gov: Governance) -> list[EventSpec]:
    """What one document says happened. Unknown shapes give no event, never a guess."""
    outcome = decision["outcome"] if decision else None
    payload = {"outcome": outcome} if outcome else {}
    if doc_type in (DocType.MOTION, DocType.CITIZEN_PROPOSAL):
        # The one-year clock runs from the KF meeting where the motion is raised, and
        # a motion does not carry that date. Its own date (inlämnad, written days
        # before the meeting) stands in, provisionally, until a KF protocol says
        # "överlämnas". Starting early errs on the safe side: a deadline shown too
        # soon, never one missed.
        return [EventSpec(E.SUBMITTED, date, body or gov.council, {})]
    if doc_type == DocType.ANSWER:
        return [EventSpec(E.ANSWER_PROPOSED, date, body, payload)]
    if doc_type != DocType.PROTOCOL_EXTRACT or not outcome:
        return []
    if outcome == Outcome.OVERLAMNAD:
        return [EventSpec(E.RAISED, date, body, {"basis": "kf"}), EventSpec(E.REMITTED, date, body, {})]
    if outcome in (Outcome.ATERREMISS, Outcome.BORDLAGD, Outcome.AVSKRIVEN):
        return [EventSpec(E(outcome), date, body, payload)]  # these outcomes are event kinds of the same name
    if body == gov.council or (body is None and not decision.get("proposed")):
        return [EventSpec(E.DECIDED_KF, date, body, payload)]
    if body == gov.board_committee:
        return [EventSpec(E.DECIDED_KSAU, date, body, payload)]
    if body == gov.board or body is None:
        return [EventSpec(E.DECIDED_KS, date, body, payload)]
    # A nämnd's protocol on a motion is its opinion after a remiss.
    return [EventSpec(E.REMITTED, date, body, {"opinion": True, **payload})]


def events_for_item(item: dict, body: str | None, date: dt.date | None, decision: dict | None,
                    gov: Governance) -> list[EventSpec]:
    """What one item of a whole protocol says happened to its case. Every event
    carries the item's § ("§ 42, KF 2024-02-19" in a timeline)."""
    event = item.get("event")
    where = {"paragraph": item["paragraph"]} if item.get("paragraph") else {}
    if event == ItemEvent.REPORTED:
        return [EventSpec(E.REPORTED, date, body, {**where, "estimated_done": item.get("estimated_done")})]
    if event == ItemEvent.PROPOSED and decision:
        # A KS (or KSAU) protocol proposes to KF; a kallelse to KF carries KS's proposal.
        proposer = gov.board_committee if body == gov.board_committee else gov.board
        kind = E.DECIDED_KSAU if proposer == gov.board_committee else E.DECIDED_KS
        via = {"via": item.get("kind")} if item.get("kind") == "kallelse" else {}
        return [EventSpec(kind, date, proposer, {"outcome": decision["outcome"], "proposed": True, **where, **via})]
    if event == ItemEvent.RAISED:
        return [EventSpec(E.RAISED, date, body, {"basis": "kf", **where}), EventSpec(E.REMITTED, date, body, dict(where))]
    if event not in (ItemEvent.DECIDED, ItemEvent.REFERRED_BACK, ItemEvent.POSTPONED, ItemEvent.WRITTEN_OFF):
        return []
    reason = {"reason": item["reason"]} if item.get("reason") else {}
    return [EventSpec(spec.kind, spec.date, spec.body, {**spec.payload, **where, **reason})
            for spec in events_for(DocType.PROTOCOL_EXTRACT, body, date, decision, gov)]


def _sort_key(e: EventIn):
    return (e.date or dt.date.max, RANK.get(e.kind, 9), e.id)


def replay(events: list[EventIn], gov: Governance, kind: str = "motion",
           today: dt.date | None = None) -> CaseStatus:
    today = today or dt.date.today()
    steps: list[Step] = []
    stage: str | None = None
    proposed = final = None
    proposal = decision = None
    closed_on = None
    doc_dates: list[dt.date] = []
    kf_dates: list[dt.date] = []
    for e in sorted(events, key=_sort_key):
        if e.kind == E.REPORTED and e.active and stage is None:
            # Listed in a protocol's report on unfinished motions, while the register
            # knows nothing else of it: a person should find the motion.
            steps.append(Step(e, stage, True, "redovisad som ej färdigberedd, men registret har inget annat "
                                              "dokument om ärendet (motionen saknas)"))
            continue
        if e.kind not in EVENT_KINDS or not e.active:
            steps.append(Step(e, stage, False, None))  # audit or superseded: shown, not replayed
            continue
        target = gov.events.get(e.kind)
        if e.kind == E.SUBMITTED and stage is not None:
            target = None  # inlämnad starts a case; it moves no stage once the case has one
        reason = None
        if stage is not None and gov.is_final(stage):
            reason = f"ärendet är redan avslutat ({gov.stage_label(stage)})"
        elif stage is not None and target is not None and target not in gov.transitions.get(stage, ()):
            reason = f"övergången {gov.stage_label(stage)} → {gov.stage_label(target)} finns inte i styrmodellen"
        if e.date is None:
            reason = "; ".join(filter(None, [reason, "datum saknas"]))
        # A flagged event still moves the stage (the documents are the facts; the flag
        # asks a person to look), but nothing reopens a closed case.
        if not (stage is not None and gov.is_final(stage)):
            if target is not None:
                stage = target
            outcome = e.payload.get("outcome")
            if e.kind == E.RAISED and e.date:
                kf_dates.append(e.date)
            elif e.kind == E.SUBMITTED and e.date:
                doc_dates.append(e.date)
            elif e.kind in PROPOSALS and outcome:
                proposed, proposal = outcome, e
            elif e.kind == E.ATERREMISS:
                proposed = proposal = None
            elif e.kind in FINAL_EVENTS:
                final = outcome if e.kind == E.DECIDED_KF and outcome else e.kind
                closed_on, decision = e.date, e
        steps.append(Step(e, stage, bool(reason), reason or None))
    raised_on = min(kf_dates) if kf_dates else None
    submitted_on = min(doc_dates) if doc_dates else None
    start = raised_on or submitted_on
    deadline = gov.deadline(kind, start) if start else None
    days_left = (deadline - today).days if deadline else None
    overdue = bool(deadline and final is None and today > deadline)
    late = (closed_on - deadline).days if final and closed_on and deadline and closed_on > deadline else None
    return CaseStatus(stage, proposed, final, raised_on, closed_on, deadline, days_left, overdue,
                      None if final else next_report(gov, today), tuple(steps), proposal, decision,
                      submitted_on, bool(deadline and raised_on is None), late)


def next_report(gov: Governance, today: dt.date) -> dt.date | None:
    """First day of the next reporting month at or after `today` (unfinished cases)."""
    for year in (today.year, today.year + 1):
        for month in sorted(gov.reporting_months):
            day = dt.date(year, month, 1)
            if day >= today.replace(day=1):
                return day
    return None


def stance_of(text: str, gov: Governance) -> str | None:
    """positive / negative / neutral where the comment's words show one, else None."""
    low = text.lower()
    words = gov.stance_words
    score = {name: sum(low.count(w) for w in getattr(words, name)) for name in Stance}
    best = max(score.values())
    if best == 0:
        return None
    leaders = [k for k, v in score.items() if v == best]
    return leaders[0] if len(leaders) == 1 else Stance.NEUTRAL


@dataclass(frozen=True)
class ClauseResult:
    """A clause's state in the case: open → commented (stance) → decided (outcome)."""

    number: int
    state: ClauseState
    stance: str | None
    proposed_outcome: str | None
    outcome: str | None


def clause_states(numbers: list[int], commented: dict[int, str | None], proposal: dict | None,
                  decision: dict | None) -> list[ClauseResult]:
    """Each clause: open → commented (stance) → decided (outcome).

    `proposal` and `decision` are the standing proposal and the closing decision
    that `replay` chose (CaseStatus.proposal / .decision), each as {"outcome",
    "clause_outcomes": {number: outcome}}; a whole-motion outcome applies to every
    clause unless a per-clause outcome says otherwise."""
    out = []
    for n in numbers:
        prop = (proposal["clause_outcomes"].get(n) or proposal["outcome"]) if proposal else None
        if decision:
            outcome = decision["clause_outcomes"].get(n) or decision["outcome"]
            out.append(ClauseResult(n, ClauseState.DECIDED, commented.get(n), prop, outcome))
        elif n in commented:
            out.append(ClauseResult(n, ClauseState.COMMENTED, commented[n], prop, None))
        else:
            out.append(ClauseResult(n, ClauseState.OPEN, None, prop, None))
    return out
