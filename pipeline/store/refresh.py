"""Recompute what a case shows from everything stored for it.

Called after every change to a case. Order-independent by construction: which
version supersedes which, the event flags and the cached status columns are all
recomputed from the full set, so documents may arrive in any order.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pipeline.governance import Governance
from pipeline.linking import STRONG
from pipeline.status import CaseStatus, EventIn, replay
from pipeline.store.models import Case, Document, Event
from pipeline.store.search_index import reindex_case
from pipeline.extract.protocol import item_event
from pipeline.vocab import DocStatus, DocType

MOTION_TYPES = ("motion", "citizen_proposal")


def _slot(doc: Document, aterremiss_dates: list[dt.date]) -> tuple | None:
    """Documents in one slot are versions of each other; the newest one counts.

    A motion has one slot per case; an answer one per preparation round (an
    återremiss opens a new round, so a new answer after it is not a correction);
    a protocol one per body, meeting date, event and kind (a protocol and the
    kallelse of its meeting are not versions of each other; nor are the raising and
    the report of one motion in one protocol)."""
    if doc.doc_type in MOTION_TYPES:
        return ("motion",)
    if doc.doc_type == "answer":
        rounds = sum(1 for d in aterremiss_dates if doc.date is None or d < doc.date)
        return ("answer", rounds)
    if doc.doc_type == "protocol_extract":
        record = doc.record or {}
        item = record.get("item") or {}
        decision = record.get("decision") or {}
        event = item.get("event") or item_event(decision.get("outcome"), bool(decision.get("proposed")))
        return ("protocol", doc.body, doc.date, event, item.get("kind"))
    return None


def naive_utc(t: dt.datetime | None) -> dt.datetime:
    # SQLite hands back naive UTC, fresh rows are aware UTC: compare them as naive.
    return t.replace(tzinfo=None) if t else dt.datetime.min


def supersession(docs: list[Document], events: list[Event]) -> dict[int, int | None]:
    aterremiss = sorted({e.date for e in events if e.kind == "aterremiss" and e.date})
    slots: dict[tuple, list[Document]] = {}
    for d in docs:
        key = _slot(d, aterremiss)
        if key is not None:
            slots.setdefault(key, []).append(d)
    out: dict[int, int | None] = {d.id: None for d in docs}
    for versions in slots.values():
        versions.sort(key=lambda d: (d.date or dt.date.min, naive_utc(d.received_at), d.id))
        for old in versions[:-1]:
            out[old.id] = versions[-1].id
    return out


def active_documents(s: Session, case_id: int) -> list[Document]:
    """The case's documents that count, before versions are weighed: not failed, not
    another rendering, and not an item of a whole protocol that a corrected
    protocol replaced (pipeline/store/protocols.py marks those)."""
    replaced_protocols = select(Document.id).where(Document.doc_type == DocType.PROTOCOL,
                                                   Document.superseded_by.is_not(None))
    return list(
        s.scalars(
            select(Document)
            .where(Document.case_id == case_id, Document.status != DocStatus.FAILURE, Document.same_as.is_(None),
                   or_(Document.parent_id.is_(None), Document.parent_id.not_in(replaced_protocols)))
            .order_by(Document.id)
        )
    )


def event_inputs(events: list[Event], active_ids: set[int]) -> list[EventIn]:
    return [
        EventIn(e.id, e.kind, e.date, e.body, e.document_id, e.payload or {},
                e.document_id is None or e.document_id in active_ids)
        for e in events
    ]


def refresh_case(s: Session, case_id: int, gov: Governance) -> CaseStatus | None:
    case = s.get(Case, case_id)
    if case is None:
        return None
    docs = active_documents(s, case_id)
    events = list(s.scalars(select(Event).where(Event.case_id == case_id)))
    for doc_id, newer in supersession(docs, events).items():
        doc = next(d for d in docs if d.id == doc_id)
        if doc.superseded_by != newer:
            doc.superseded_by = newer
    active = [d for d in docs if d.superseded_by is None]
    active_ids = {d.id for d in active}
    _describe(case, active)
    status = replay(event_inputs(events, active_ids), gov, case.kind)
    for step in status.steps:
        row = next(e for e in events if e.id == step.event.id)
        if row.flagged != step.flagged or row.flag_reason != step.reason:
            row.flagged, row.flag_reason = step.flagged, step.reason
    case.stage = status.stage
    case.proposed_outcome = status.proposed_outcome
    case.final_outcome = status.final_outcome
    case.clock_start = status.clock_start
    case.closed_on = status.closed_on
    if case.year is None and status.clock_start:
        case.year = status.clock_start.year
    reindex_case(s, case, active_ids)
    return status


# An answer or protocol names the case after the motion it answers: "Förslag till
# svar på motion om X" is the case "Motion om X" (the secretariat files it so).
_ANSWER_TITLE = re.compile(r"^\s*(?:förslag\s+till\s+)?(?:svar|yttrande|beslut)\s+(?:på|över|om|angående|gällande)\s+"
                           r"(?=(?:motion(?:er)?|medborgarförslag)\b)", re.I)


def case_title(title: str | None) -> str | None:
    """The case's title as its motion's: an answer's "Svar på motion om X" → "Motion om X"."""
    if not title:
        return title
    rest = _ANSWER_TITLE.sub("", title, count=1)
    return rest[:1].upper() + rest[1:] if rest != title else title


def _describe(case: Case, active: list[Document]) -> None:
    """Title, kind, proposers, parties and review flag from the active documents."""
    motion = next((d for d in active if d.doc_type in MOTION_TYPES), None)
    ordered = ([motion] if motion else []) + [d for d in active if d is not motion]
    if ordered:
        case.title = case_title(next((d.title for d in ordered if d.title), case.title))
        case.dnr = next((d.dnr for d in ordered if d.dnr), case.dnr)
        case.municipality = next(((d.record or {}).get("municipality") for d in ordered
                                  if (d.record or {}).get("municipality")), case.municipality)
    cp = any(d.doc_type == "citizen_proposal" or "medborgarförslag" in (d.title or "").lower() for d in active)
    case.kind = "citizen_proposal" if cp else "motion"
    authors = []
    for d in ordered:
        authors = (d.record or {}).get("authors") or []
        if authors:
            break
    case.proposers = "; ".join(f"{a['name']} ({a['party']})" if a.get("party") else a["name"] for a in authors) or None
    parties = sorted({a["party"] for a in authors if a.get("party")})
    case.parties = "," + ",".join(parties) + "," if parties else None
    if case.dnr_key:
        case.year = int(case.dnr_key.split()[-1].split("/")[0])
    weak = [d.link_confidence for d in active if d.link_method == "fuzzy" and (d.link_confidence or 0) < STRONG]
    case.needs_review = bool(weak)
    confidences = [d.link_confidence for d in active if d.link_confidence is not None]
    case.link_confidence = min(confidences) if confidences else None

