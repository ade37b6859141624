"""The case register's store: SQLAlchemy 2 over SQLite (default) or PostgreSQL.

    store = open_store()                 # outputs/motions.db, $MOTIONS_DB_URL or --db
    store.add_record(record, name="svar.docx")
    store.link("svar.docx", "KS 20/399")  # a person confirms or moves a link

The schema is migrated with Alembic when the store opens. Reading is in
pipeline.queries; this module writes.
"""

from __future__ import annotations

import datetime as dt
import os

from sqlalchemy import delete, or_, select, update

from pipeline.errors import MotionsError
from pipeline.extract.record import Record
from pipeline.governance import Governance, load_governance
from pipeline.store.engine import Database, resolve_url
from pipeline.store.models import (
    Case,
    ClauseRow,
    CommentRow,
    DecisionRow,
    Document,
    Event,
    Motion,
    SearchEntry,
)
from pipeline.store.refresh import refresh_case
from pipeline.store.writes import StoreResult, add_failure, add_record, now
from pipeline.vocab import DocStatus, FileAction


class NotFoundError(MotionsError):
    reason = "not_found"


def case_key(text: str) -> str | None:
    """A Dnr as a person types it ("KS 2020/0399", "ks 20/399") → the case key."""
    from pipeline.extract.fields import find_dnrs

    hits = find_dnrs(text.strip().upper())
    return hits[0][1] if hits else None


class Store:
    def __init__(self, db: str | os.PathLike | None = None, governance: Governance | None = None) -> None:
        self.url = resolve_url(db)
        self.db = Database(self.url)
        self.gov = governance or load_governance()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- writing -------------------------------------------------------------------

    def known(self, sha256: str) -> StoreResult | None:
        """The stored document with these bytes, unless it failed (a failure is retried)."""
        with self.db.read() as s:
            doc = s.scalar(select(Document).where(Document.sha256 == sha256))
            if doc is None or doc.status == DocStatus.FAILURE:
                return None
            return StoreResult(FileAction.DUPLICATE, doc.status, doc.id, doc.case_id, doc.dnr_key)

    def known_many(self, shas: list[str]) -> dict[str, StoreResult]:
        """`known` for many files in a few queries (a rerun over a full inbox)."""
        found: dict[str, StoreResult] = {}
        with self.db.read() as s:
            for i in range(0, len(shas), 500):
                part = shas[i: i + 500]
                for doc in s.scalars(select(Document).where(Document.sha256.in_(part))):
                    if doc.status != DocStatus.FAILURE:
                        found[doc.sha256] = StoreResult(FileAction.DUPLICATE, doc.status, doc.id, doc.case_id, doc.dnr_key)
        return found

    def add_record(self, record: Record, *, name: str | None = None,
                   received_at: dt.datetime | None = None) -> StoreResult:
        """Store one extraction Record in its own transaction. The store keeps the
        record's JSON form (the contract), so that is what it works on from here."""
        rec = _json_of(record)
        with self.db.write() as s:
            return add_record(s, rec, name=name or os.path.basename(rec["source"]["path"]), gov=self.gov,
                              received_at=received_at)

    def add_records(self, records: list[Record], *, names: list[str] | None = None) -> list[StoreResult]:
        """Many records in one transaction (bulk loads; a failure rolls back all).
        Each touched case is recomputed once, at the end."""
        out = []
        with self.db.write() as s:
            for i, record in enumerate(records):
                rec = _json_of(record)
                name = names[i] if names else os.path.basename(rec["source"]["path"])
                out.append(add_record(s, rec, name=name, gov=self.gov, refresh=False))
            for case_id in dict.fromkeys(c for r in out for c in r.touched):
                refresh_case(s, case_id, self.gov)
        return out

    def add_failure(self, *, sha256: str, name: str, fmt: str | None, reason: str, message: str) -> StoreResult:
        with self.db.write() as s:
            return add_failure(s, sha256=sha256, name=name, fmt=fmt, reason=reason, message=message)

    def link(self, doc_ref: str, case_ref: str) -> tuple[int, int]:
        """Confirm or move a document's link: (document id, case id). The document's
        other renderings move with it; both cases are recomputed."""
        with self.db.write() as s:
            doc = find_document(s, doc_ref)
            target = find_case_id(s, case_ref)
            if target is None:
                key = case_key(case_ref)
                if key is None:
                    raise NotFoundError(f"Hittar inget ärende ”{case_ref}”.")
                target = Case(dnr_key=key, dnr=case_ref.strip(), kind="motion", needs_review=False, created_at=now())
                s.add(target)
                s.flush()
                target = target.id
            old = doc.case_id
            ids = [doc.id] + list(s.scalars(select(Document.id).where(Document.same_as == doc.id)))
            s.execute(update(Document).where(Document.id.in_(ids))
                      .values(case_id=target, link_method="manual", link_confidence=1.0))
            for table in (Motion, ClauseRow, CommentRow, DecisionRow, Event):
                s.execute(update(table).where(table.document_id.in_(ids)).values(case_id=target))
            s.add(Event(case_id=target, kind="linked", date=dt.date.today(), body=None, document_id=doc.id,
                        payload={"from_case": old, "by": "manual"}, flagged=False, created_at=now()))
            s.flush()
            refresh_case(s, target, self.gov)
            if old is not None and old != target:
                self._drop_if_empty(s, old)
            return doc.id, target

    def _drop_if_empty(self, s, case_id: int) -> None:
        left = s.scalar(select(Document.id).where(Document.case_id == case_id).limit(1))
        if left is None:
            s.execute(update(Event).where(Event.case_id == case_id).values(case_id=None))
            s.execute(delete(SearchEntry).where(SearchEntry.case_id == case_id))
            s.execute(delete(Case).where(Case.id == case_id))
        else:
            refresh_case(s, case_id, self.gov)

    def refresh_all(self) -> int:
        """Recompute every case (after a change of the governance model)."""
        with self.db.write() as s:
            ids = list(s.scalars(select(Case.id)))
            for cid in ids:
                refresh_case(s, cid, self.gov)
        return len(ids)


def find_document(s, ref: str) -> Document:
    ref = ref.strip()
    q = select(Document)
    if ref.isdigit():
        q = q.where(Document.id == int(ref))
    elif len(ref) >= 8 and all(c in "0123456789abcdef" for c in ref.lower()):
        q = q.where(Document.sha256.startswith(ref.lower()))
    else:
        q = q.where(or_(Document.name == ref, Document.name == os.path.basename(ref)))
    docs = list(s.scalars(q.order_by(Document.id.desc()).limit(2)))
    if not docs:
        raise NotFoundError(f"Hittar inget dokument ”{ref}”.")
    return docs[0]


def _json_of(record: Record) -> dict:
    if not isinstance(record, Record):
        raise TypeError(f"the store takes an extraction Record, not {type(record).__name__}")
    return record.to_dict()


def find_case_id(s, ref: str) -> int | None:
    """A case by Dnr (any written form) or by its number ("#12")."""
    ref = ref.strip()
    if ref.startswith("#"):
        # Only ASCII digits within a 64-bit id: "#²" passes isdigit() and a number past
        # 2^63 overflows the database driver; neither can name a case.
        number = ref[1:]
        if not (number.isascii() and number.isdigit() and 0 < int(number) < 2**63):
            return None
        return s.scalar(select(Case.id).where(Case.id == int(number)))
    key = case_key(ref)
    return s.scalar(select(Case.id).where(Case.dnr_key == key)) if key else None


def open_store(db: str | os.PathLike | None = None, governance: str | os.PathLike | Governance | None = None) -> Store:
    gov = governance if isinstance(governance, Governance) else load_governance(governance)
    return Store(db, gov)


__all__ = ["NotFoundError", "Store", "StoreResult", "case_key", "find_case_id", "open_store"]
