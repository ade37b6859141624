"""Storing a whole protocol: the document once, each item as a part of its case.

The protocol's own row holds the file and the whole record; it belongs to no case.
Each item about a motion or a medborgarförslag becomes a child document of it
(`parent_id`), linked to its case like a one-§ extract (by Dnr, else by title and
proposers; a new case when none matches, since a protocol may come before the
motion), with the item's clauses, decision and events. Items about no motion
(val, taxor, interpellationer) are kept in the record and start no case.

A protocol of the same body, meeting and kind that arrives later with other
content is a corrected version: the older one and its items are superseded, also
in cases the new version no longer names. The same content in another format
(the .pdf of the .docx) is stored as a rendering, without items of its own.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.status import parse_date
from pipeline.store.models import Case, Document
from pipeline.store.refresh import naive_utc
from pipeline.vocab import DocStatus, DocType, ItemEvent, Subject

CHILD_TYPE = DocType.PROTOCOL_EXTRACT  # an item is read like a one-§ extract


def child_sha(parent_sha: str, position: int) -> str:
    return hashlib.sha256(f"{parent_sha}#item{position}".encode()).hexdigest()


def child_record(rec: dict, item: dict, position: int) -> dict:
    """One item as a record of its own, in the contract's shape plus "item"."""
    source = rec["source"]
    return {
        "source": {"path": source["path"], "sha256": child_sha(source["sha256"], position), "format": source.get("format")},
        "doc_type": CHILD_TYPE,
        "dnr": item.get("dnr"),
        "dnr_key": item.get("dnr_key"),
        "title": item.get("title"),
        "municipality": rec.get("municipality"),
        "body": rec.get("body"),
        "date": rec.get("date"),
        "officer": None,
        "authors": item.get("authors", []),
        "clauses": item.get("clauses", []),
        "comments": item.get("comments", []),
        "decision": item.get("decision"),
        "warnings": item.get("warnings", []),
        "item": {k: item.get(k) for k in ("paragraph", "agenda_number", "subject", "event", "reason",
                                          "estimated_done", "page", "block", "block_end")}
                | {"kind": rec.get("kind"), "position": position},
    }


def protocol_fingerprint(rec: dict, fingerprint) -> str:
    parts = [rec.get("kind"), rec.get("body"), rec.get("date")]
    parts += [fingerprint(child_record(rec, item, i)) for i, item in enumerate(rec.get("items", []))]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def case_items(rec: dict) -> list[tuple[int, dict]]:
    return [(i, it) for i, it in enumerate(rec.get("items", [])) if it.get("subject") != Subject.NONE
            and it.get("event") != ItemEvent.OTHER]


def same_meeting(s: Session, doc: Document, kind: str | None) -> list[Document]:
    """Other active protocols of the same body, meeting and kind (protokoll/kallelse)."""
    if doc.date is None:
        return []
    rows = s.scalars(select(Document).where(
        Document.doc_type == DocType.PROTOCOL, Document.id != doc.id, Document.date == doc.date,
        Document.body == doc.body, Document.same_as.is_(None), Document.superseded_by.is_(None),
        Document.status != DocStatus.FAILURE))
    return [d for d in rows if (d.record or {}).get("kind") == kind]


def supersede_older(s: Session, doc: Document, kind: str | None) -> set[int]:
    """The newest arrival of a meeting's protocol stands; returns the cases whose items changed."""
    touched: set[int] = set()
    versions = same_meeting(s, doc, kind) + [doc]
    if len(versions) < 2:
        return touched
    versions.sort(key=lambda d: (naive_utc(d.received_at), d.id))
    newest = versions[-1]
    for old in versions[:-1]:
        old.superseded_by = newest.id
        children = list(s.scalars(select(Document).where(Document.parent_id == old.id)))
        for child in children:
            child.superseded_by = newest.id
            if child.case_id is not None:
                touched.add(child.case_id)
    if newest is not doc:
        doc.superseded_by = newest.id
    return touched


def report_gaps(s: Session, rec: dict, listed: set[int], reported_paragraphs: list[str]) -> list[dict]:
    """Open cases of the same municipality, raised before the meeting, that the
    protocol's report on unfinished motions does not list (warnings to review)."""
    meeting = parse_date(rec.get("date"))
    if meeting is None or not reported_paragraphs:
        return []
    q = select(Case).where(Case.clock_start.is_not(None), Case.clock_start < meeting, Case.final_outcome.is_(None),
                           Case.municipality == rec.get("municipality"))
    where = ", ".join(f"§ {p}" for p in dict.fromkeys(reported_paragraphs))
    out = []
    for case in s.scalars(q.order_by(Case.id)):
        if case.id in listed:
            continue
        name = case.dnr or f"#{case.id}"
        out.append({"code": "report_misses_case",
                    "message": f"Ärende {name} ({case.title or 'utan titel'}) är väckt och inte avgjort, "
                               f"men saknas i redovisningen av ej färdigberedda motioner ({where})."})
    return out


__all__ = ["case_items", "child_record", "protocol_fingerprint", "report_gaps", "supersede_older"]
