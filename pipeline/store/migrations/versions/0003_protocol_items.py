"""documents.parent_id: the items of a whole protocol.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

A whole protocol (or a kallelse) is stored once, as a document of no case; each of
its items about a motion becomes a child document pointing at it, linked to its own
case. Existing rows have no parent (NULL), so an upgrade changes nothing they show.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable ADD COLUMN on both dialects, no table rebuild. SQLite cannot add a
    # foreign key to an existing table in place, so the reference is kept by the
    # code (children are made only with their parent) and indexed for lookups.
    op.add_column("documents", sa.Column("parent_id", sa.Integer))
    op.create_index("ix_documents_parent_id", "documents", ["parent_id"])


def downgrade() -> None:
    op.drop_index("ix_documents_parent_id", table_name="documents")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE documents DROP COLUMN parent_id")
    else:
        op.drop_column("documents", "parent_id")
