"""What the reports need about a case, gathered once through pipeline.queries.

The queries already replay the status with the store's governance and `today`, so
the reports show exactly what `motions show` and `motions clauses` show. Only the
decision *texts* are read here in addition (the queries give outcomes, not words).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from pipeline import queries
from pipeline.queries import CaseDetail, ClauseView
from pipeline.status import FINAL_EVENTS, PROPOSALS
from pipeline.store import Store
from pipeline.store.models import Case, DecisionRow, Document

CHUNK = 500


@dataclass(frozen=True)
class DecisionText:
    outcome: str | None
    text: str | None
    date: dt.date | None
    body: str | None
    document: str | None


@dataclass(frozen=True)
class CaseData:
    detail: CaseDetail
    clauses: list[ClauseView]
    proposed: DecisionText | None  # the proposal that stands (none after an återremiss)
    final: DecisionText | None
    current_body: str | None  # the body of the latest event: where the case is now

    @property
    def case(self):
        return self.detail.case


def case_ids(store: Store) -> list[int]:
    """Every case with a document, oldest raised first (as `motions cases` lists them)."""
    with store.db.read() as s:
        q = (select(Case.id)
             .where(Case.id.in_(select(Document.case_id).where(Document.case_id.is_not(None))))
             .order_by(Case.clock_start.is_(None), Case.clock_start, Case.id))
        return list(s.scalars(q))


def _decisions(store: Store, doc_ids: list[int]) -> dict[int, DecisionRow]:
    out: dict[int, DecisionRow] = {}
    with store.db.read() as s:
        for i in range(0, len(doc_ids), CHUNK):
            q = select(DecisionRow).where(DecisionRow.document_id.in_(doc_ids[i : i + CHUNK]))
            out.update({d.document_id: d for d in s.scalars(q)})
    return out


def _decision_texts(detail: CaseDetail, decisions: dict[int, DecisionRow]):
    """Walk the timeline as the status engine replays it: an återremiss withdraws the
    proposals before it, and the first final decision closes the case (later events
    are flagged by the engine and change nothing)."""
    proposed = final = None
    for item in detail.timeline:
        if item.superseded:
            continue
        if final is not None:
            break
        d = decisions.get(item.document_id) if item.document_id is not None else None
        if item.kind == "aterremiss":
            proposed = None
        elif item.kind in PROPOSALS and d is not None:
            proposed = DecisionText(d.outcome, d.text, item.date, item.body, item.document)
        elif item.kind in FINAL_EVENTS:
            outcome = (d.outcome if d else None) if item.kind == "decided_kf" else "avskriven"
            final = DecisionText(outcome or detail.case.final_outcome, d.text if d else None, item.date,
                                 item.body, item.document)
    if detail.case.final_outcome is None:
        final = None  # e.g. a KF protocol without an outcome: the engine did not close it
    return proposed, final


def load_case(store: Store, case_id: int, *, today: dt.date) -> CaseData:
    ref = f"#{case_id}"
    detail = queries.show(store, ref, today=today)
    clause_views = queries.clauses(store, ref, today=today).clauses
    doc_ids = [t.document_id for t in detail.timeline if t.document_id is not None]
    proposed, final = _decision_texts(detail, _decisions(store, doc_ids))
    body = next((t.body for t in reversed(detail.timeline) if not t.superseded and t.body and t.kind != "linked"),
                None)
    return CaseData(detail, clause_views, proposed, final, body)


def load_cases(store: Store, *, today: dt.date, ids: list[int] | None = None) -> list[CaseData]:
    return [load_case(store, cid, today=today) for cid in (case_ids(store) if ids is None else ids)]
