"""The register's questions as plain functions: cases, show, clauses, search.

Each returns dataclasses (`dataclasses.asdict` gives the JSON the CLI prints). The
status is replayed here with the store's governance and the date asked for, so a
different governance file or `--today` changes the answer without a rewrite; the
cached columns on `cases` only narrow the SQL before the replay.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import and_, func, or_, select

from pipeline.linking import map_clauses
from pipeline.search import SearchHit, search  # noqa: F401  - the register's questions in one place
from pipeline.status import CaseStatus, EventIn, clause_states, replay
from pipeline.timeline import sentence as timeline_sentence
from pipeline.store import NotFoundError, Store, find_case_id
from pipeline.store.models import Case, ClauseRow, CommentRow, DecisionRow, Document, Event
from pipeline.store.refresh import MOTION_TYPES, active_documents
from pipeline.store.writes import DNR_ELSEWHERE
from pipeline.vocab import DocStatus, DocType

CHUNK = 500  # ids per IN (...) list


@dataclass(frozen=True)
class CaseRow:
    id: int
    dnr: str | None
    dnr_key: str | None
    title: str | None
    kind: str
    proposers: str | None
    stage: str | None
    stage_label: str
    proposed_outcome: str | None
    final_outcome: str | None
    raised_on: dt.date | None
    deadline: dt.date | None
    days_left: int | None
    overdue: bool
    needs_review: bool
    flagged_events: int
    # Added with the motion's path (raised_on is now only the KF meeting that raised
    # it); defaults keep positional callers working.
    submitted_on: dt.date | None = None
    deadline_provisional: bool = False
    decided_late_days: int | None = None
    # Why a person should look at the case (Swedish, one line each): the documents'
    # review flags (Record.review), an unsure link, a flagged step of the timeline.
    review: tuple[str, ...] = ()

    @property
    def to_review(self) -> bool:
        return bool(self.review)


@dataclass(frozen=True)
class TimelineItem:
    date: dt.date | None
    kind: str
    body: str | None
    document_id: int | None
    document: str | None
    stage_after: str | None
    flagged: bool
    flag_reason: str | None
    superseded: bool
    where: str | None = None  # "§ 42, KF 2024-02-19": the protocol item that says so
    # What the step proposed or decided, by whom, when, in which § and document
    # ("KS föreslår KF att bifalla motionen (KS 2024-03-04 § 45, ks.pdf)"); one
    # sentence shared by the web page, the CLI and the reports (pipeline/timeline.py).
    text: str | None = None
    estimated_done: str | None = None  # what a report on unfinished motions said ("2025-02-28")


def item_reference(event) -> str | None:
    paragraph = (event.payload or {}).get("paragraph")
    if not paragraph:
        return None
    return ", ".join(filter(None, [f"§ {paragraph}", " ".join(filter(None, [event.body, str(event.date or "")]))]))


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    name: str
    doc_type: str | None
    status: str
    date: dt.date | None
    link_method: str | None
    link_confidence: float | None
    superseded_by: int | None
    same_as: int | None
    reason_code: str | None
    # Added after the JSON contract of `show --json` was first published: defaults
    # keep positional callers working; [] when the document has no warnings.
    reason_message: str | None = None
    warnings: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class CaseDetail:
    case: CaseRow
    municipality: str | None
    closed_on: dt.date | None
    next_report: dt.date | None
    timeline: list[TimelineItem]
    documents: list[DocumentInfo]


@dataclass(frozen=True)
class CommentView:
    text: str
    stance: str | None
    document: str
    page: int | None
    block: int | None


@dataclass(frozen=True)
class ClauseView:
    number: int
    text: str
    document: str
    page: int | None
    block: int | None
    state: str
    stance: str | None
    proposed_outcome: str | None
    outcome: str | None
    comments: list[CommentView] = field(default_factory=list)


@dataclass(frozen=True)
class ClauseReport:
    case: CaseRow
    clauses: list[ClauseView]


# ---- replay helpers ---------------------------------------------------------------

def _events_by_case(s, case_ids: list[int]) -> dict[int, list[EventIn]]:
    out: dict[int, list[EventIn]] = {cid: [] for cid in case_ids}
    for i in range(0, len(case_ids), CHUNK):
        chunk = case_ids[i : i + CHUNK]
        q = (
            select(Event.id, Event.case_id, Event.kind, Event.date, Event.body, Event.document_id, Event.payload,
                   Document.superseded_by)
            .outerjoin(Document, Document.id == Event.document_id)
            .where(Event.case_id.in_(chunk))
        )
        for eid, cid, kind, date, body, doc_id, payload, sup in s.execute(q):
            out[cid].append(EventIn(eid, kind, date, body, doc_id, payload or {}, sup is None))
    return out


def _row(store: Store, case: Case, events: list[EventIn], today: dt.date):
    st = replay(events, store.gov, case.kind, today)
    row = CaseRow(
        case.id, case.dnr, case.dnr_key, case.title, case.kind, case.proposers, st.stage,
        store.gov.stage_label(st.stage), st.proposed_outcome, st.final_outcome, st.raised_on, st.deadline,
        st.days_left, st.overdue, case.needs_review, sum(1 for x in st.steps if x.flagged),
        st.submitted_on, st.deadline_provisional, st.decided_late_days,
    )
    return row, st


def cases(store: Store, *, stage: str | None = None, outcome: str | None = None, party: str | None = None,
          year: int | None = None, overdue: bool = False, today: dt.date | None = None) -> list[CaseRow]:
    today = today or dt.date.today()
    gov = store.gov
    q = select(Case).where(Case.id.in_(select(Document.case_id).where(Document.case_id.is_not(None))))
    if year:
        q = q.where(Case.year == year)
    if party:
        q = q.where(func.upper(Case.parties).like(f"%,{party.upper()},%"))
    if outcome:
        q = q.where(or_(Case.final_outcome == outcome, Case.proposed_outcome == outcome))
    if overdue:
        # Cached clock start narrows the set; the replay below decides.
        per_kind = [and_(Case.kind == k, Case.clock_start < today - dt.timedelta(days=v.min_days()))
                    for k, v in gov.kinds.items()]
        other = and_(Case.kind.not_in(list(gov.kinds)),
                     Case.clock_start < today - dt.timedelta(days=gov.kind("motion").min_days()))
        q = q.where(Case.closed_on.is_(None), or_(*per_kind, other))
    with store.db.read() as s:
        rows = list(s.scalars(q.order_by(Case.clock_start.is_(None), Case.clock_start, Case.id)))
        events = _events_by_case(s, [c.id for c in rows])
        reasons = review_reasons(s, rows)
    out = []
    for case in rows:
        row, _ = _row(store, case, events[case.id], today)
        row = replace(row, review=reasons.get(case.id, ()) + _replay_reasons(row))
        if stage and stage not in (row.stage, row.stage_label):
            continue
        if overdue and not row.overdue:
            continue
        if outcome and outcome != (row.final_outcome or row.proposed_outcome):
            continue
        out.append(row)
    return out


LINK_REVIEW = "Kopplingen till ärendet är osäker; bekräfta den med motions link."


def review_reasons(s, cases_: list[Case]) -> dict[int, tuple[str, ...]]:
    """Per case: the review flags of its documents that count ("<fil>: <skäl>"), and
    an unsure link. One query for all cases; a document's other renderings add nothing."""
    ids = [c.id for c in cases_]
    out: dict[int, list[str]] = {c.id: ([LINK_REVIEW] if c.needs_review else []) for c in cases_}
    replaced = select(Document.id).where(Document.doc_type == DocType.PROTOCOL, Document.superseded_by.is_not(None))
    for i in range(0, len(ids), CHUNK):
        # Only the record's "review" list: the whole record (every clause and comment)
        # was most of `motions cases`' time on a large register.
        q = (select(Document.case_id, Document.name, Document.record["review"], Document.warnings)
             .where(Document.case_id.in_(ids[i: i + CHUNK]), Document.same_as.is_(None),
                    Document.superseded_by.is_(None), Document.status != DocStatus.FAILURE,
                    or_(Document.parent_id.is_(None), Document.parent_id.not_in(replaced)))
             .order_by(Document.id))
        for case_id, name, review, warnings in s.execute(q):
            for flag in review or ():
                out[case_id].append(f"{name}: {flag['message']}")
            out[case_id] += [f"{name}: {w['message']}" for w in warnings or () if w.get("code") == DNR_ELSEWHERE]
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items() if v}


def _replay_reasons(row: CaseRow) -> tuple[str, ...]:
    if not row.flagged_events:
        return ()
    return (f"{row.flagged_events} steg i tidslinjen är flaggade; se motions show.",)


def _case(s, ref: str) -> Case:
    cid = find_case_id(s, ref)
    if cid is None:
        raise NotFoundError(f"Hittar inget ärende med diarienummer ”{ref}”.")
    return s.get(Case, cid)


@dataclass(frozen=True)
class CaseView:
    """Everything a case page or a report shows about one case, read in one session
    and replayed once: the detail, the clauses, the status with the proposal and
    decision that stand, and the decision rows by document id."""

    detail: CaseDetail
    clauses: list[ClauseView]
    status: CaseStatus
    decisions: dict[int, DecisionRow]


def show(store: Store, dnr: str, *, today: dt.date | None = None) -> CaseDetail:
    return case_view(store, dnr, today=today).detail


def clauses(store: Store, dnr: str, *, today: dt.date | None = None) -> ClauseReport:
    """Every att-sats with its comment(s), state and outcome, and where each came from."""
    view = case_view(store, dnr, today=today)
    return ClauseReport(view.detail.case, view.clauses)


def case_view(store: Store, dnr: str, *, today: dt.date | None = None) -> CaseView:
    today = today or dt.date.today()
    with store.db.read() as s:
        case = _case(s, dnr)
        events = _events_by_case(s, [case.id])[case.id]
        all_docs = list(s.scalars(select(Document).where(Document.case_id == case.id).order_by(Document.id)))
        docs = [d for d in active_documents(s, case.id) if d.superseded_by is None]
        content = _content(s, [d.id for d in docs])
        # A superseded version's step keeps its own words in the timeline.
        said = {d.document_id: d for d in s.scalars(
            select(DecisionRow).where(DecisionRow.document_id.in_([d.id for d in all_docs])))}
    row, st = _row(store, case, events, today)
    detail = _detail(case, row, st, all_docs, said, store.gov)
    return CaseView(detail, _clause_views(docs, content, st), st, content.decisions)


@dataclass(frozen=True)
class _Content:
    clauses: dict[int, list[ClauseRow]]
    comments: dict[int, list[CommentRow]]
    decisions: dict[int, DecisionRow]


def _content(s, ids: list[int]) -> _Content:
    cl: dict[int, list[ClauseRow]] = {}
    cm: dict[int, list[CommentRow]] = {}
    for c in s.scalars(select(ClauseRow).where(ClauseRow.document_id.in_(ids)).order_by(ClauseRow.number)):
        cl.setdefault(c.document_id, []).append(c)
    for c in s.scalars(select(CommentRow).where(CommentRow.document_id.in_(ids)).order_by(CommentRow.id)):
        cm.setdefault(c.document_id, []).append(c)
    decisions = {d.document_id: d for d in s.scalars(select(DecisionRow).where(DecisionRow.document_id.in_(ids)))}
    return _Content(cl, cm, decisions)


def _source_name(name: str | None, event) -> str | None:
    """The file an event came from: for a protocol's item (stored as "<file> § 88"),
    the protocol's file, since the timeline names the § beside it."""
    suffix = f" § {(event.payload or {}).get('paragraph')}"
    return name[: -len(suffix)] if name and item_reference(event) and name.endswith(suffix) else name


def _step_text(event, document: str | None, kind: str, said: dict[int, DecisionRow], gov) -> str:
    d = said.get(event.document_id) if event.document_id is not None else None
    return timeline_sentence(event.kind, date=event.date, body=event.body, payload=event.payload,
                             document=document, case_kind=kind, decision_text=d.text if d else None,
                             clause_outcomes=d.clause_outcomes if d else None, gov=gov)


def _detail(case: Case, row: CaseRow, st: CaseStatus, docs: list[Document],
            said: dict[int, DecisionRow] | None = None, gov=None) -> CaseDetail:
    names = {d.id: d.name for d in docs}
    timeline = []
    for x in st.steps:
        source = _source_name(names.get(x.event.document_id), x.event)
        timeline.append(TimelineItem(x.event.date, x.event.kind, x.event.body, x.event.document_id, source,
                                     x.stage, x.flagged, x.reason, not x.event.active, item_reference(x.event),
                                     _step_text(x.event, source, case.kind, said or {}, gov),
                                     (x.event.payload or {}).get("estimated_done")))
    documents = [
        DocumentInfo(d.id, d.name, d.doc_type, d.status, d.date, d.link_method, d.link_confidence,
                     d.superseded_by, d.same_as, d.reason_code, d.reason_message, list(d.warnings or []))
        for d in docs
    ]
    return CaseDetail(row, case.municipality, st.closed_on, st.next_report, timeline, documents)


def _latest(docs: list[Document], types: tuple[str, ...], having: dict[int, list]) -> Document | None:
    cands = [d for d in docs if d.doc_type in types and having.get(d.id)]
    cands.sort(key=lambda d: (d.date or dt.date.min, d.id))
    return cands[-1] if cands else None


def _clause_views(docs: list[Document], content: _Content, st: CaseStatus) -> list[ClauseView]:
    cl, cm = content.clauses, content.comments
    names = {d.id: d.name for d in docs}
    # The motion's own clauses if it is here; else those an answer or protocol quotes.
    base_doc = (_latest(docs, MOTION_TYPES, cl) or _latest(docs, ("answer",), cl)
                or _latest(docs, ("protocol_extract",), cl))
    base = cl.get(base_doc.id, []) if base_doc else []
    base_text = {c.number: c.text for c in base}

    def mapping(doc_id: int) -> dict[int, int]:
        quoted = {c.number: c.text for c in cl.get(doc_id, [])}
        return map_clauses(quoted, base_text) if quoted and doc_id != (base_doc.id if base_doc else None) else {}

    # Comments from the newest answer (after an återremiss, the new answer speaks).
    comment_doc = _latest(docs, ("answer",), cm) or _latest(docs, ("protocol_extract",), cm)
    by_clause: dict[int, list[CommentRow]] = {}
    if comment_doc:
        m = mapping(comment_doc.id)
        for c in cm[comment_doc.id]:
            by_clause.setdefault(m.get(c.clause_number, c.clause_number), []).append(c)
    stance = {n: next((c.stance for c in reversed(v) if c.stance), None) for n, v in by_clause.items()}
    proposal = _standing(st.proposal, content.decisions, mapping)
    decision = _standing(st.decision, content.decisions, mapping)
    states = {x.number: x for x in clause_states([c.number for c in base], stance, proposal, decision)}
    views = []
    for c in base:
        x = states[c.number]
        comments = [CommentView(k.text, k.stance, names[k.document_id], k.page, k.block)
                    for k in by_clause.get(c.number, [])]
        views.append(ClauseView(c.number, c.text, names[c.document_id], c.page, c.block, x.state, x.stance,
                                x.proposed_outcome, x.outcome, comments))
    return views


def _standing(event: EventIn | None, decisions: dict[int, DecisionRow], mapping) -> dict | None:
    """The outcome per clause of an event the status replay says stands."""
    if event is None:
        return None
    if event.kind == "avskriven":
        return {"outcome": "avskriven", "clause_outcomes": {}}
    d = decisions.get(event.document_id)
    m = mapping(event.document_id) if d is not None else {}
    per = {m.get(co["clause_number"], co["clause_number"]): co["outcome"] for co in (d.clause_outcomes if d else [])}
    return {"outcome": event.payload.get("outcome") or (d.outcome if d else None), "clause_outcomes": per}
