"""Case register: documents, cases, motions, clauses, comments, decisions, events, search.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("dnr_key", sa.String(64), unique=True),
        sa.Column("dnr", sa.String(64)),
        sa.Column("title", sa.Text),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("municipality", sa.String(128)),
        sa.Column("link_confidence", sa.Float),
        sa.Column("needs_review", sa.Boolean, nullable=False),
        sa.Column("proposers", sa.Text),
        sa.Column("parties", sa.String(256)),
        sa.Column("year", sa.Integer, index=True),
        sa.Column("clock_start", sa.Date, index=True),
        sa.Column("closed_on", sa.Date),
        sa.Column("stage", sa.String(32)),
        sa.Column("proposed_outcome", sa.String(32)),
        sa.Column("final_outcome", sa.String(32)),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("format", sa.String(16)),
        sa.Column("doc_type", sa.String(32)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason_code", sa.String(64)),
        sa.Column("reason_message", sa.Text),
        sa.Column("received_at", TZ, nullable=False),
        sa.Column("fingerprint", sa.String(64), index=True),
        sa.Column("dnr", sa.String(64)),
        sa.Column("dnr_key", sa.String(64), index=True),
        sa.Column("title", sa.Text),
        sa.Column("body", sa.String(64)),
        sa.Column("date", sa.Date),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), index=True),
        sa.Column("link_method", sa.String(16)),
        sa.Column("link_confidence", sa.Float),
        sa.Column("superseded_by", sa.Integer, sa.ForeignKey("documents.id"), index=True),
        sa.Column("same_as", sa.Integer, sa.ForeignKey("documents.id"), index=True),
        sa.Column("record", sa.JSON),
    )
    op.create_table(
        "motions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False, index=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("date", sa.Date),
        sa.Column("proposers", sa.JSON, nullable=False),
    )
    op.create_table(
        "clauses",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), index=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("page", sa.Integer),
        sa.Column("block", sa.Integer),
    )
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), index=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True),
        sa.Column("clause_number", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("stance", sa.String(16)),
        sa.Column("page", sa.Integer),
        sa.Column("block", sa.Integer),
    )
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), index=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("proposed", sa.Boolean, nullable=False),
        sa.Column("body", sa.String(64)),
        sa.Column("date", sa.Date),
        sa.Column("text", sa.Text),
        sa.Column("clause_outcomes", sa.JSON, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), index=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("body", sa.String(64)),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), index=True),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("flagged", sa.Boolean, nullable=False),
        sa.Column("flag_reason", sa.Text),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "search_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("ref_id", sa.Integer),
        sa.Column("document_id", sa.Integer),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("stemmed", sa.Text, nullable=False),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # External-content FTS5 over the stemmed column; triggers keep it in step.
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "stemmed, content='search_entries', content_rowid='id', tokenize='unicode61')"
        )
        op.execute(
            "CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN "
            "INSERT INTO search_fts(rowid, stemmed) VALUES (new.id, new.stemmed); END"
        )
        op.execute(
            "CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, stemmed) VALUES ('delete', old.id, old.stemmed); END"
        )
    elif dialect == "postgresql":
        # A stored tsvector: ranking reads it instead of re-parsing every matching
        # text (57 → 19 ms for a word in 10,000 of 200,000 entries).
        op.execute(
            "ALTER TABLE search_entries ADD COLUMN tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('swedish', text)) STORED"
        )
        op.execute("CREATE INDEX ix_search_entries_tsv ON search_entries USING gin (tsv)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    for table in ("search_entries", "events", "decisions", "comments", "clauses", "motions", "documents", "cases"):
        op.drop_table(table)
