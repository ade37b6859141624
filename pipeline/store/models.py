"""Tables of the case register (SQLAlchemy 2 declarative models).

The schema itself is created only by the Alembic migrations in
pipeline/store/migrations; these classes must match them (a test checks it).

History is never deleted: a superseded document keeps its rows and points at the
document that replaced it; events are appended. What a case *shows* is derived
from its active (not superseded) documents by pipeline.status.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    dnr_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    dnr: Mapped[str | None] = mapped_column(String(64))  # as first written, for display
    title: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32), default="motion")  # motion / citizen_proposal
    municipality: Mapped[str | None] = mapped_column(String(128))
    link_confidence: Mapped[float | None] = mapped_column(Float)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    # Derived by the status engine after every change (never the source of truth):
    # they let `cases --overdue` filter in SQL instead of replaying every case.
    proposers: Mapped[str | None] = mapped_column(Text)  # "Anna Berg (S); Olle Ek (C)"
    parties: Mapped[str | None] = mapped_column(String(256))  # ",S,MP," for LIKE
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    clock_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    stage: Mapped[str | None] = mapped_column(String(32))
    proposed_outcome: Mapped[str | None] = mapped_column(String(32))
    final_outcome: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    format: Mapped[str | None] = mapped_column(String(16))
    doc_type: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))  # success / partial / failure
    reason_code: Mapped[str | None] = mapped_column(String(64))
    reason_message: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # Fingerprint of the extracted content: the .docx and the .pdf of one text
    # have different bytes but the same fingerprint (see pipeline/register.py).
    fingerprint: Mapped[str | None] = mapped_column(String(64), index=True)
    dnr: Mapped[str | None] = mapped_column(String(64))
    dnr_key: Mapped[str | None] = mapped_column(String(64), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(String(64))
    date: Mapped[dt.date | None] = mapped_column(Date)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    link_method: Mapped[str | None] = mapped_column(String(16))  # dnr / fuzzy / manual / new
    link_confidence: Mapped[float | None] = mapped_column(Float)
    superseded_by: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    same_as: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)  # another rendering
    # An item of a whole protocol: the protocol's own document (which has no case).
    parent_id: Mapped[int | None] = mapped_column(Integer, index=True)
    record: Mapped[dict | None] = mapped_column(JSON)  # Record.to_dict(), the contract
    # Every warning of the record ([{"code", "message"}]); reason_* above keeps only
    # the one that decided the status. NULL for a failure: nothing was read.
    warnings: Mapped[list | None] = mapped_column(JSON)


class Motion(Base):
    __tablename__ = "motions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    proposers: Mapped[list] = mapped_column(JSON)  # [{"name": .., "party": ..}]


class ClauseRow(Base):
    """An att-sats as one document shows it: the motion's own, or quoted in an answer."""

    __tablename__ = "clauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer)
    block: Mapped[int | None] = mapped_column(Integer)


class CommentRow(Base):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    clause_number: Mapped[int] = mapped_column(Integer)  # as the answer numbers it
    text: Mapped[str] = mapped_column(Text)
    stance: Mapped[str | None] = mapped_column(String(16))  # positive / negative / neutral
    page: Mapped[int | None] = mapped_column(Integer)
    block: Mapped[int | None] = mapped_column(Integer)


class DecisionRow(Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(32))
    proposed: Mapped[bool] = mapped_column(Boolean)
    body: Mapped[str | None] = mapped_column(String(64))
    date: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str | None] = mapped_column(Text)
    clause_outcomes: Mapped[list] = mapped_column(JSON)  # [{"clause_number": 1, "outcome": ..}]


class Event(Base):
    """Append-only. Content columns are never changed; `flagged`/`flag_reason` are the
    status engine's verdict on the latest replay (an out-of-order arrival can change it),
    and `case_id` follows its document when a person moves a link."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    date: Mapped[dt.date | None] = mapped_column(Date)
    body: Mapped[str | None] = mapped_column(String(64))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    payload: Mapped[dict] = mapped_column(JSON)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class SearchEntry(Base):
    """Derived text index over the active documents of each case (rebuilt per case)."""

    __tablename__ = "search_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    # title / dnr / proposer / clause / comment / proposal / decision (pipeline/store/search_index.py)
    kind: Mapped[str] = mapped_column(String(16))
    ref_id: Mapped[int | None] = mapped_column(Integer)
    document_id: Mapped[int | None] = mapped_column(Integer)
    clause_number: Mapped[int | None] = mapped_column(Integer)  # the att-sats a clause or comment is about
    text: Mapped[str] = mapped_column(Text)  # also trigram-indexed (FTS5 trigram / pg_trgm), for compounds
    stemmed: Mapped[str] = mapped_column(Text)  # Swedish stems, for SQLite FTS5
