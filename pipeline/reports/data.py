"""What the reports need about a case, gathered once through pipeline.queries.

One `queries.case_view` per case: the status replayed once with the store's
governance and `today`, so the reports show exactly what `motions show` and
`motions clauses` show, and the proposal and decision that stand are the ones the
status replay chose (their words come from the decision rows it read).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from pipeline import queries
from pipeline.queries import CaseDetail, ClauseView
from pipeline.status import EventIn
from pipeline.store import Store
from pipeline.store.models import Case, Document


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
    proposal_kind: str | None = None  # the event kind of the standing proposal (decided_ks: to KF)

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


def _decision_text(event: EventIn | None, view: queries.CaseView) -> DecisionText | None:
    """The words of a proposal or decision the status replay says stands."""
    if event is None:
        return None
    d = view.decisions.get(event.document_id) if event.document_id is not None else None
    outcome = "avskriven" if event.kind == "avskriven" else (event.payload.get("outcome") or (d.outcome if d else None))
    names = {doc.id: doc.name for doc in view.detail.documents}
    return DecisionText(outcome, d.text if d else None, event.date, event.body, names.get(event.document_id))


def load_case(store: Store, case_id: int, *, today: dt.date) -> CaseData:
    view = queries.case_view(store, f"#{case_id}", today=today)
    detail = view.detail
    body = next((t.body for t in reversed(detail.timeline) if not t.superseded and t.body and t.kind != "linked"),
                None)
    return CaseData(detail, view.clauses, _decision_text(view.status.proposal, view),
                    _decision_text(view.status.decision, view), body,
                    view.status.proposal.kind if view.status.proposal else None)


def load_cases(store: Store, *, today: dt.date, ids: list[int] | None = None) -> list[CaseData]:
    return [load_case(store, cid, today=today) for cid in (case_ids(store) if ids is None else ids)]
