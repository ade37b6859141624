"""Search that fits Swedish: a trigram index beside the stems; Dnr, proposers and
decision texts as search entries; the att-sats each hit belongs to.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

The Snowball stems find inflections ("motionerna" → "motion") but never a part of
a compound ("trafik" in "kollektivtrafiken") and sometimes cut one word two ways
("lekplats" → "lekplat", "lekplatser" → "lekplats"). A trigram index over the
entries' text finds any part of a word of three letters or more: SQLite's FTS5
`trigram` tokenizer (SQLite ≥ 3.34) in a second external-content table beside
search_fts, and pg_trgm's GIN index on PostgreSQL.

Existing stores are filled in the same transaction: clause_number from the clause
and comment rows, new entries for each case's Dnr, proposers and the proposal and
decision texts of its active documents (as pipeline/store/search_index.py writes
them from now on), and the trigram table rebuilt from every entry.
"""

import sqlalchemy as sa
from alembic import op

from pipeline.store.stem import stem_text

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NEW_KINDS = ("dnr", "proposer", "proposal", "decision")


def upgrade() -> None:
    op.add_column("search_entries", sa.Column("clause_number", sa.Integer))
    bind = op.get_bind()
    dialect = bind.dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_tri USING fts5("
            "text, content='search_entries', content_rowid='id', tokenize='trigram')"
        )
        op.execute(
            "CREATE TRIGGER search_entries_ai_tri AFTER INSERT ON search_entries BEGIN "
            "INSERT INTO search_tri(rowid, text) VALUES (new.id, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER search_entries_ad_tri AFTER DELETE ON search_entries BEGIN "
            "INSERT INTO search_tri(search_tri, rowid, text) VALUES ('delete', old.id, old.text); END"
        )
    elif dialect == "postgresql":
        # pg_trgm is a trusted extension (PostgreSQL ≥ 13): the database owner may create it.
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_search_entries_trgm ON search_entries USING gin (text gin_trgm_ops)")
    op.execute("UPDATE search_entries SET clause_number = (SELECT number FROM clauses c WHERE c.id = ref_id) "
               "WHERE kind = 'clause'")
    op.execute("UPDATE search_entries SET clause_number = (SELECT clause_number FROM comments c WHERE c.id = ref_id) "
               "WHERE kind = 'comment'")
    _backfill(bind)
    if dialect == "sqlite":
        op.execute("INSERT INTO search_tri(search_tri) VALUES ('rebuild')")


def _backfill(bind) -> None:
    """Entries of the new kinds for every stored case, from what is stored."""
    entries = sa.table("search_entries", *(sa.column(c) for c in (
        "case_id", "kind", "ref_id", "document_id", "clause_number", "text", "stemmed")))
    rows = []
    for cid, dnr, key, proposers in bind.execute(sa.text("SELECT id, dnr, dnr_key, proposers FROM cases")):
        shown = dnr or key
        if shown:
            forms = " ".join(f for f in dict.fromkeys([dnr, key]) if f)
            rows.append(dict(case_id=cid, kind="dnr", ref_id=None, document_id=None, clause_number=None,
                             text=shown, stemmed=stem_text(forms)))
        if proposers and proposers.strip():
            rows.append(dict(case_id=cid, kind="proposer", ref_id=None, document_id=None, clause_number=None,
                             text=proposers, stemmed=stem_text(proposers)))
    # The active documents as pipeline/store/refresh.py counts them: not failed, not
    # another rendering, not a superseded version, not an item of a replaced protocol.
    active = sa.text(
        "SELECT d.id, doc.case_id, d.document_id, d.proposed, d.text FROM decisions d "
        "JOIN documents doc ON doc.id = d.document_id "
        "WHERE doc.case_id IS NOT NULL AND doc.status != 'failure' "
        "AND doc.same_as IS NULL AND doc.superseded_by IS NULL AND (doc.parent_id IS NULL OR doc.parent_id NOT IN "
        "(SELECT p.id FROM documents p WHERE p.doc_type = 'protocol' AND p.superseded_by IS NOT NULL)) "
        "AND d.text IS NOT NULL ORDER BY d.id"
    )
    seen = set()
    for did, cid, doc_id, proposed, text in bind.execute(active):
        kind = "proposal" if proposed else "decision"
        key = (cid, kind, " ".join(text.lower().split()))
        if text.strip() and key not in seen:
            seen.add(key)
            rows.append(dict(case_id=cid, kind=kind, ref_id=did, document_id=doc_id, clause_number=None,
                             text=text, stemmed=stem_text(text)))
    for i in range(0, len(rows), 1000):
        bind.execute(entries.insert(), rows[i: i + 1000])


def downgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    # Deleting fires the FTS delete triggers, so search_fts stays in step.
    bind.execute(sa.text("DELETE FROM search_entries WHERE kind IN :kinds").bindparams(
        sa.bindparam("kinds", expanding=True)), {"kinds": list(NEW_KINDS)})
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS search_entries_ai_tri")
        op.execute("DROP TRIGGER IF EXISTS search_entries_ad_tri")
        op.execute("DROP TABLE IF EXISTS search_tri")
        op.execute("ALTER TABLE search_entries DROP COLUMN clause_number")
    else:
        if dialect == "postgresql":
            op.execute("DROP INDEX IF EXISTS ix_search_entries_trgm")
        op.drop_column("search_entries", "clause_number")
