"""Migration 0002 (documents.warnings): an upgrade keeps every row and fills the new
column from the stored record; new documents store every warning; `show` returns them."""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from alembic import command
from store_fixtures import db_url, pg_server  # noqa: F401

from pipeline import queries
from pipeline.register import ingest_file
from pipeline.store import open_store
from pipeline.store.engine import Database, _alembic_config, current_revision, head_revision, migrate, writer

SEED = "seed_ange_ks-20-399_svar.docx"
WARNINGS = [{"code": "placeholder_left", "message": "Mallens platshållartext finns kvar: ”[Skriv här]”."},
            {"code": "empty_send_to", "message": "”Beslutet ska skickas till” är inte ifyllt."}]


def _fill_at_0001(url: str) -> None:
    """A register as revision 0001 wrote it: a case, a document with warnings inside
    its record, and a failure without a record."""
    db = Database(url if "://" in url else f"sqlite:///{url}", upgrade=False)
    migrate(db.engine, "0001")
    assert current_revision(db.engine) == "0001"
    stamp = dt.datetime(2024, 1, 2, tzinfo=dt.timezone.utc)
    record = {"doc_type": "answer", "dnr": "KS 20/399", "dnr_key": "KS 2020/399", "warnings": WARNINGS,
              "clauses": [], "comments": []}
    with writer(db.engine) as conn:
        conn.execute(sa.text("INSERT INTO cases (id, dnr_key, dnr, title, kind, needs_review, created_at) "
                             "VALUES (1, 'KS 2020/399', 'KS 20/399', 'Svar på motion', 'motion', false, :t)"),
                     {"t": stamp})
        docs = sa.table("documents", *(sa.column(c) for c in (
            "id", "sha256", "name", "format", "doc_type", "status", "reason_code", "received_at", "dnr_key",
            "case_id")), sa.column("record", sa.JSON))
        conn.execute(docs.insert(), [
            dict(id=1, sha256="a" * 64, name="svar.docx", format="docx", doc_type="answer", status="success",
                 reason_code=None, received_at=stamp, dnr_key="KS 2020/399", case_id=1, record=record),
            dict(id=2, sha256="b" * 64, name="trasig.docx", format="docx", doc_type=None, status="failure",
                 reason_code="truncated", received_at=stamp, dnr_key=None, case_id=None, record=None),
        ])
    db.close()


def test_reports_migration_0002_keeps_rows_and_fills_warnings(db_url):
    _fill_at_0001(db_url)
    with open_store(db_url) as st:  # opening migrates to head
        assert current_revision(st.db.engine) == head_revision()
        with st.db.engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT id, name, status, warnings, record FROM documents ORDER BY id")).all()
        assert [(r.id, r.name, r.status) for r in rows] == [(1, "svar.docx", "success"), (2, "trasig.docx", "failure")]
        loads = lambda v: json.loads(v) if isinstance(v, str) else v  # noqa: E731 - TEXT on SQLite, json on PG
        assert loads(rows[0].warnings) == WARNINGS
        assert loads(rows[0].record)["warnings"] == WARNINGS  # the record itself is untouched
        assert rows[1].warnings is None  # a failure was never read: no list at all
        detail = queries.show(st, "KS 20/399")
        assert [d.warnings for d in detail.documents] == [WARNINGS]


def test_reports_migration_0002_downgrade_and_upgrade_again(tmp_path):
    path = str(tmp_path / "m.db")
    _fill_at_0001(path)
    with open_store(path) as st:
        cfg = _alembic_config()
        with writer(st.db.engine) as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
        assert current_revision(st.db.engine) == "0001"
        with st.db.engine.connect() as conn:
            cols = {c["name"] for c in sa.inspect(conn).get_columns("documents")}
            assert "warnings" not in cols
            assert conn.execute(sa.text("SELECT count(*) FROM documents")).scalar() == 2
        migrate(st.db.engine)
        assert current_revision(st.db.engine) == head_revision()
        assert queries.show(st, "KS 20/399").documents[0].warnings == WARNINGS
        with st.db.engine.connect() as conn:  # 0003: documents have no parent protocol
            assert conn.execute(sa.text("SELECT count(*) FROM documents WHERE parent_id IS NULL")).scalar() == 2


def test_reports_store_keeps_every_warning(tmp_path, samples_dir):
    with open_store(tmp_path / "m.db") as st:
        out = ingest_file(st, samples_dir / SEED)
        assert out.action == "stored" and out.status == "success"
        doc = queries.show(st, "KS 20/399").documents[0]
    codes = [w["code"] for w in doc.warnings]
    # Four warnings in the seed answer (README); before 0002 none of them was kept
    # outside the record, because none is lossy.
    assert codes == ["placeholder_left", "placeholder_left", "placeholder_left", "empty_send_to"]
    assert doc.reason_code is None
    assert all(w["message"] for w in doc.warnings)
