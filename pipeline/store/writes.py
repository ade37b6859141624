"""Storing one record: link it to a case, keep its rows, derive its events.

Each call runs in the caller's write transaction (BEGIN IMMEDIATE on SQLite).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from pipeline.governance import Governance
from pipeline.linking import Candidate, Link, best_match
from pipeline.status import events_for, events_for_item, parse_date, stance_of
from pipeline.store.models import Case, ClauseRow, CommentRow, DecisionRow, Document, Event, Motion
from pipeline.store.protocols import case_items, child_record, protocol_fingerprint, report_gaps, supersede_older
from pipeline.store.refresh import MOTION_TYPES, refresh_case
from pipeline.vocab import DocStatus, DocType, FileAction, ItemEvent

_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class StoreResult:
    """What became of one document. `action`: stored, supersedes, superseded,
    same_content (another rendering of a stored version), duplicate (same bytes),
    failure."""

    action: str
    status: str  # success / partial / failure
    document_id: int | None
    case_id: int | None
    dnr_key: str | None
    link_method: str | None = None
    link_confidence: float | None = None
    needs_review: bool = False
    message: str | None = None
    case_ids: tuple[int, ...] = ()  # every case a whole protocol's items touched

    @property
    def touched(self) -> tuple[int, ...]:
        """The cases this document changed: its own, or a whole protocol's."""
        return self.case_ids or ((self.case_id,) if self.case_id is not None else ())


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def clean(value):
    """Drop NUL characters everywhere: PostgreSQL rejects them, SQLite would keep them."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    return value


def _norm(text: str | None) -> str:
    return " ".join(_WORDS.findall((text or "").lower()))


def fingerprint(rec: dict) -> str:
    """The content of a record, independent of the file it came in.

    The .docx and the .pdf of one text differ in bytes, page numbers and block
    numbers, but give the same fingerprint: type, Dnr, date, decision, and the
    words of every clause and comment. Authors and title are left out on purpose:
    they are where the two readers most often differ without a change of content."""
    d = rec.get("decision") or {}
    payload = [
        rec.get("doc_type"), rec.get("dnr_key"), rec.get("date"),
        [d.get("outcome"), d.get("proposed"), sorted((c["clause_number"], c["outcome"]) for c in d.get("clause_outcomes", []))],
        [(c["number"], _norm(c["text"])) for c in rec.get("clauses", [])],
        [(c["clause_number"], _norm(c["text"])) for c in rec.get("comments", [])],
    ]
    if rec.get("item"):
        # Two items of one protocol may tell one case two things (raised, then reported).
        payload.append([rec["item"].get("kind"), rec["item"].get("paragraph"), rec["item"].get("event")])
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


# Reader warnings that mean text may be missing from the record. Extraction warnings
# (a template leftover, a clause without comment) are about the document, not about
# how well it was read: the document is still a success, with warnings.
LOSSY = {"needs_ocr", "garbled_text", "embedded_content"}


def _warnings(rec: dict) -> list[dict]:
    return [{"code": w.get("code"), "message": w.get("message")} for w in rec.get("warnings") or ()]


def status_of(rec: dict) -> tuple[str, str | None, str | None]:
    """success, or partial when text may be missing (a person should look)."""
    for w in rec.get("warnings") or ():
        if w["code"] in LOSSY:
            return DocStatus.PARTIAL, w["code"], w["message"]
    if rec.get("doc_type") == DocType.OTHER:
        return DocStatus.PARTIAL, "not_case_document", "Dokumentet är varken motion, svar eller protokoll."
    if rec.get("doc_type") == DocType.PROTOCOL and not rec.get("items"):
        # A cover page alone, or § the reader could not find: a person should look.
        warning = next((w for w in rec.get("warnings") or () if w["code"] == "no_items"), None)
        return DocStatus.PARTIAL, "no_items", warning["message"] if warning else "Protokollet har inga punkter."
    return DocStatus.SUCCESS, None, None


DNR_ELSEWHERE = "dnr_in_other_municipality"  # a store warning, shown among the case's review reasons


def _folded(municipality: str | None) -> str:
    return " ".join((municipality or "").casefold().split())


def dnr_elsewhere(s: Session, rec: dict) -> str | None:
    """The municipality of the case that already holds this record's Dnr, when both
    are known and differ: "KS 2023/287" in Kvistbro is not Kalvsjö's KS 2023/287."""
    key = rec.get("dnr_key")
    if not key or not rec.get("municipality"):
        return None
    theirs = s.scalar(select(Case.municipality).where(Case.dnr_key == key))
    return theirs if theirs and _folded(theirs) != _folded(rec["municipality"]) else None


def find_case(s: Session, rec: dict, elsewhere: str | None = None) -> Link:
    """The case a record joins. `elsewhere`: another municipality holds its Dnr
    (dnr_elsewhere), so the Dnr is no link."""
    key = rec.get("dnr_key")
    if key and elsewhere is None:
        case_id = s.scalar(select(Case.id).where(Case.dnr_key == key))
        if case_id is not None:
            return Link(case_id, "dnr", 1.0, False)
    # Without a Dnr (or with one no case has yet): title and proposers. A case found
    # this way for a document *with* a Dnr must still lack one, or it is another case.
    q = select(Case.id, Case.title, Case.proposers)
    if key:
        q = q.where(Case.dnr_key.is_(None))
    cands = [
        Candidate(cid, title, tuple(p.split(" (")[0] for p in (people or "").split("; ") if p))
        for cid, title, people in s.execute(q)
    ]
    names = tuple(a["name"] for a in rec.get("authors", []))
    link = best_match(rec.get("title"), names, cands)
    if key and link.case_id is not None:
        return link
    if key:
        return Link(None, "dnr", 1.0, False)
    return link


def add_record(s: Session, rec: dict, *, name: str, gov: Governance,
               received_at: dt.datetime | None = None, refresh: bool = True, parent_id: int | None = None) -> StoreResult:
    """Store one record. With refresh=False (bulk loads) the caller refreshes the
    touched cases once at the end, and the action is "stored" rather than
    supersedes/superseded, which only the refresh can tell."""
    rec = clean(rec)
    source = rec["source"]
    status, code, message = status_of(rec)
    existing = s.scalar(select(Document).where(Document.sha256 == source["sha256"]))
    if existing is not None and existing.status != DocStatus.FAILURE:
        return StoreResult(FileAction.DUPLICATE, existing.status, existing.id, existing.case_id, existing.dnr_key)
    if rec["doc_type"] == DocType.PROTOCOL:
        return add_protocol(s, rec, existing, name=name, gov=gov, received_at=received_at, refresh=refresh)
    elsewhere = dnr_elsewhere(s, rec)
    link = find_case(s, rec, elsewhere)
    if link.case_id is None and rec["doc_type"] == DocType.OTHER:
        # A kallelse or a list names many matters: it joins a case only by a Dnr
        # the register already has, and never starts one.
        return _store_loose(s, existing, rec, name, status, code, message, received_at)
    if link.case_id is None:
        proposal = DocType.CITIZEN_PROPOSAL in (rec["doc_type"], (rec.get("item") or {}).get("subject"))
        # A Dnr another municipality's case holds: a case of its own, without the key
        # (keys are unique), flagged below rather than joined to the wrong case.
        case = Case(dnr_key=None if elsewhere else rec.get("dnr_key"), dnr=rec.get("dnr"), title=rec.get("title"),
                    municipality=rec.get("municipality"),  # now, not at the refresh: a bulk load links by it
                    kind=DocType.CITIZEN_PROPOSAL if proposal else DocType.MOTION,
                    needs_review=False, created_at=now())
        s.add(case)
        s.flush()
    else:
        case = s.get(Case, link.case_id)
        if case.dnr_key is None and rec.get("dnr_key") and not elsewhere:
            case.dnr_key = rec["dnr_key"]  # a case linked by title learns its Dnr
        case.municipality = case.municipality or rec.get("municipality")
    fp = fingerprint(rec)
    doc = existing or Document(sha256=source["sha256"])
    doc.name, doc.format, doc.doc_type = name, source.get("format"), rec["doc_type"]
    doc.status, doc.reason_code, doc.reason_message = status, code, message
    doc.warnings = _warnings(rec)
    if elsewhere:
        doc.warnings = doc.warnings + [{"code": DNR_ELSEWHERE, "message": (
            f"Diarienumret {rec.get('dnr')} finns redan i ett ärende från {elsewhere}; dokumentet "
            f"({rec['municipality']}) har fått ett eget ärende. Koppla om det med motions link om det är samma ärende.")}]
    doc.received_at = received_at or now()
    doc.fingerprint, doc.dnr, doc.dnr_key = fp, rec.get("dnr"), rec.get("dnr_key")
    doc.title, doc.body, doc.date = rec.get("title"), rec.get("body"), parse_date(rec.get("date"))
    doc.case_id, doc.link_method, doc.link_confidence = case.id, link.method, link.confidence
    doc.record = rec
    doc.parent_id = parent_id
    # A protocol's item is never a rendering of another item: renderings of a whole
    # protocol are told apart at the protocol (pipeline/store/protocols.py).
    twin = None if parent_id is not None else s.scalar(
        select(Document.id).where(Document.case_id == case.id, Document.fingerprint == fp,
                                  Document.status != DocStatus.FAILURE, Document.same_as.is_(None))
    )
    doc.same_as = twin
    if existing is None:
        s.add(doc)
    s.flush()
    if twin is not None:
        # Another rendering of a version already stored: kept as a file the register
        # knows (so its bytes are a duplicate next time), without rows of its own.
        return StoreResult(FileAction.SAME_CONTENT, status, doc.id, case.id, case.dnr_key, link.method,
                           link.confidence, link.weak, f"samma innehåll som dokument {twin}")
    _add_rows(s, doc, case, rec, gov)
    if not refresh:
        return StoreResult(FileAction.STORED, status, doc.id, case.id, case.dnr_key, link.method, link.confidence, link.weak,
                           message)
    refresh_case(s, case.id, gov)
    s.flush()
    action = FileAction.STORED
    if doc.superseded_by is not None:
        action = FileAction.SUPERSEDED
    elif s.scalar(select(Document.id).where(Document.superseded_by == doc.id).limit(1)) is not None:
        action = FileAction.SUPERSEDES
    return StoreResult(action, status, doc.id, case.id, case.dnr_key, link.method, link.confidence,
                       link.weak or case.needs_review, message)


def _loose_document(s, existing, rec, name, status, code, message, received_at, fp: str) -> Document:
    """A document of no case of its own (a kallelse, a list, a whole protocol)."""
    source = rec["source"]
    doc = existing or Document(sha256=source["sha256"])
    doc.name, doc.format, doc.doc_type = name, source.get("format"), rec["doc_type"]
    doc.status, doc.reason_code, doc.reason_message = status, code, message
    doc.warnings = _warnings(rec)
    doc.received_at = received_at or now()
    doc.fingerprint, doc.dnr, doc.dnr_key = fp, rec.get("dnr"), rec.get("dnr_key")
    doc.title, doc.body, doc.date = rec.get("title"), rec.get("body"), parse_date(rec.get("date"))
    doc.record = rec
    if existing is None:
        s.add(doc)
    s.flush()
    return doc


def _store_loose(s, existing, rec, name, status, code, message, received_at) -> StoreResult:
    doc = _loose_document(s, existing, rec, name, status, code, message, received_at, fingerprint(rec))
    return StoreResult(FileAction.STORED, status, doc.id, None, None, message="inget ärende (dokumentet hör inte till ett enskilt ärende)")


def add_protocol(s: Session, rec: dict, existing: Document | None, *, name: str, gov: Governance,
                 received_at: dt.datetime | None, refresh: bool) -> StoreResult:
    """A whole protocol: stored once, its items filed to their cases (pipeline/store/protocols.py)."""
    status, code, message = status_of(rec)
    fp = protocol_fingerprint(rec, fingerprint)
    twin = s.scalar(select(Document.id).where(
        Document.doc_type == DocType.PROTOCOL, Document.fingerprint == fp, Document.same_as.is_(None),
        Document.status != DocStatus.FAILURE, Document.sha256 != rec["source"]["sha256"]).limit(1))
    doc = _loose_document(s, existing, rec, name, status, code, message, received_at, fp)
    if twin is not None:
        doc.same_as = twin
        s.flush()
        return StoreResult(FileAction.SAME_CONTENT, status, doc.id, None, None, message=f"samma innehåll som dokument {twin}")
    touched: list[int] = []
    reported: set[int] = set()
    for position, item in case_items(rec):
        child = child_record(rec, item, position)
        result = add_record(s, child, name=f"{name} § {item['paragraph']}", gov=gov, received_at=doc.received_at,
                            refresh=False, parent_id=doc.id)
        if result.case_id is not None:
            touched.append(result.case_id)
            if item.get("event") == ItemEvent.REPORTED:
                reported.add(result.case_id)
    gaps = report_gaps(s, rec, reported, [i["paragraph"] for i in rec.get("items", [])
                                          if i.get("event") == ItemEvent.REPORTED])
    if gaps:
        doc.warnings = list(doc.warnings or []) + gaps
    touched += supersede_older(s, doc, rec.get("kind"))
    touched = list(dict.fromkeys(touched))
    if refresh:
        for case_id in touched:
            refresh_case(s, case_id, gov)
        s.flush()
    action = FileAction.STORED
    if doc.superseded_by is not None:
        action = FileAction.SUPERSEDED
    elif s.scalar(select(Document.id).where(Document.superseded_by == doc.id, Document.doc_type == DocType.PROTOCOL)
                  .limit(1)) is not None:
        action = FileAction.SUPERSEDES
    n_items = len(rec.get("items", []))
    n_cases = len(touched)
    summary = (f"{n_items} {'punkt' if n_items == 1 else 'punkter'}, "
               f"{n_cases} {'ärende berört' if n_cases == 1 else 'ärenden berörda'}")
    if gaps:
        summary += f"; {len(gaps)} pågående ärenden saknas i redovisningen (granska)"
    return StoreResult(action, status, doc.id, None, None, message=message or summary, case_ids=tuple(touched),
                       needs_review=bool(gaps))


def _add_rows(s: Session, doc: Document, case: Case, rec: dict, gov: Governance) -> None:
    base = dict(case_id=case.id, document_id=doc.id)
    if rec["doc_type"] in MOTION_TYPES:
        s.add(Motion(**base, kind=rec["doc_type"], title=rec.get("title"), date=doc.date,
                     proposers=rec.get("authors", [])))
    # Core inserts: a motion brings dozens of rows and the ORM's per-object work
    # dominated bulk loads.
    clauses = [dict(base, number=c["number"], text=c["text"], page=c.get("page"), block=c.get("block"))
               for c in rec.get("clauses", [])]
    if clauses:
        s.execute(insert(ClauseRow), clauses)
    comments = [dict(base, clause_number=c["clause_number"], text=c["text"], stance=stance_of(c["text"], gov),
                     page=c.get("page"), block=c.get("block")) for c in rec.get("comments", [])]
    if comments:
        s.execute(insert(CommentRow), comments)
    d = rec.get("decision")
    if d:
        s.add(DecisionRow(**base, outcome=d["outcome"], proposed=bool(d.get("proposed")), body=doc.body,
                          date=doc.date, text=d.get("text"), clause_outcomes=d.get("clause_outcomes", [])))
    item = rec.get("item")
    specs = events_for_item(item, doc.body, doc.date, d, gov) if item else events_for(rec["doc_type"], doc.body, doc.date, d, gov)
    for spec in specs:
        s.add(Event(**base, kind=spec.kind, date=spec.date, body=spec.body, payload=spec.payload,
                    flagged=False, created_at=now()))
    s.flush()


def add_failure(s: Session, *, sha256: str, name: str, fmt: str | None, reason: str, message: str) -> StoreResult:
    """A file that could not be read: recorded so a person sees it, never raised."""
    existing = s.scalar(select(Document).where(Document.sha256 == sha256))
    if existing is not None and existing.status != DocStatus.FAILURE:
        return StoreResult(FileAction.DUPLICATE, existing.status, existing.id, existing.case_id, existing.dnr_key)
    doc = existing or Document(sha256=sha256)
    doc.name, doc.format, doc.status = name, fmt, DocStatus.FAILURE
    doc.reason_code, doc.reason_message = reason, clean(message)
    doc.received_at = now()
    if existing is None:
        s.add(doc)
    s.flush()
    return StoreResult(FileAction.FAILURE, DocStatus.FAILURE, doc.id, None, None, message=doc.reason_message)
