"""documents.warnings: every warning of the record, not only the first lossy one.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

Until now a document kept only one reason (reason_code/reason_message), the first
warning that made it partial; the others were only inside the stored record JSON.
The new column holds the record's whole list, [{"code", "message"}], so reports can
show every warning without parsing records. Existing rows are filled from their
record in the same transaction, so an upgrade loses nothing; failures (no record)
stay NULL, which means "no record was read", unlike [] ("read, no warnings").
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (nullable, no default) on both dialects: no table rebuild,
    # so the rows, the foreign keys and the FTS triggers are left as they are.
    op.add_column("documents", sa.Column("warnings", sa.JSON))
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("UPDATE documents SET warnings = json_extract(record, '$.warnings') "
                   "WHERE record IS NOT NULL AND json_valid(record)")
    elif dialect == "postgresql":
        op.execute("UPDATE documents SET warnings = record -> 'warnings' WHERE record IS NOT NULL")
    else:  # any other database: portable, row by row
        bind = op.get_bind()
        docs = sa.table("documents", sa.column("id", sa.Integer), sa.column("record", sa.JSON),
                        sa.column("warnings", sa.JSON))
        for doc_id, record in bind.execute(sa.select(docs.c.id, docs.c.record).where(docs.c.record.is_not(None))):
            bind.execute(docs.update().where(docs.c.id == doc_id).values(warnings=(record or {}).get("warnings")))


def downgrade() -> None:
    # The warnings are still in documents.record, so dropping the column loses nothing.
    # SQLite ≥ 3.35 drops a column in place; a batch rebuild would copy the table
    # under foreign keys that point at it.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE documents DROP COLUMN warnings")
    else:
        op.drop_column("documents", "warnings")
