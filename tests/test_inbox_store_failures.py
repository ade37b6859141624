"""The store failing under a run, on SQLite and PostgreSQL (issue 8): a writer that
holds its lock past the busy timeout, and a database server that goes away mid-run.
Files are set aside in retry/, never quarantined, and the next run stores each once."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from store_fixtures import _as_postgres, _free_port, _pg_bin, db_url, pg_server  # noqa: F401
from test_inbox_hostile import write_motions


def run_flow(inbox, db) -> dict:
    from flows.ingest import ingest_flow

    return ingest_flow(str(inbox), db=str(db), outputs=None)


def stored_count(url: str) -> tuple[int, int]:
    engine = sa.create_engine(url if "://" in url else f"sqlite:///{url}")
    with engine.connect() as conn:
        row = conn.execute(sa.text("select count(*), count(distinct sha256) from documents "
                                   "where status != 'failure'")).one()
    engine.dispose()
    return tuple(row)


class LockHolder:
    """Another writer that keeps the documents table locked until released."""

    def __init__(self, url: str) -> None:
        self.url = url

    def __enter__(self):
        if "://" not in self.url:
            self.con = sqlite3.connect(self.url, isolation_level=None)
            self.con.execute("BEGIN IMMEDIATE")
        else:
            self.engine = sa.create_engine(self.url)
            self.con = self.engine.connect()
            self.tx = self.con.begin()
            self.con.execute(sa.text("LOCK TABLE documents IN EXCLUSIVE MODE"))  # reads go on
        return self

    def __exit__(self, *exc):
        if "://" not in self.url:
            self.con.execute("ROLLBACK")
            self.con.close()
        else:
            self.tx.rollback()
            self.con.close()
            self.engine.dispose()


def test_inbox_store_failures_lock_held_past_busy_timeout_defers_then_stores(db_url, tmp_path, prefect_harness,
                                                                             monkeypatch):
    from pipeline.store import engine, open_store

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    open_store(db_url).close()  # schema in place before the lock is taken
    inbox = tmp_path / "inkorg"
    inbox.mkdir()
    write_motions(inbox, 6)
    with LockHolder(db_url):
        summary = run_flow(inbox, db_url)
    assert summary["counts"] == {"retry": 6}, summary["counts"]
    assert {f["reason"] for f in summary["files"]} == {"store_unavailable"}
    assert len(list((inbox / "retry").glob("*.txt"))) == 6
    assert list((inbox / "quarantine").iterdir()) == []
    assert list((inbox / "processing").iterdir()) == []

    again = run_flow(inbox, db_url)  # the lock is gone: the next run takes them
    assert again["counts"] == {"stored": 6}
    assert list((inbox / "retry").iterdir()) == []
    assert stored_count(db_url) == (6, 6)


@pytest.fixture
def own_pg():
    """A PostgreSQL cluster of this test's own, so the test may stop and start it."""
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL är inte installerat")
    root = Path(tempfile.mkdtemp(prefix="motions-pg-own-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data, log, port = root / "data", root / "log", _free_port()
    subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                                 "--no-sync", "-E", "UTF8", "--locale", "C.UTF-8"]), check=True, capture_output=True)
    opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"

    def ctl(*args):
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), *args]),
                       check=True, capture_output=True)

    ctl("-o", opts, "-w", "start")
    yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", lambda: ctl("-m", "fast", "-w", "stop"), \
        lambda: ctl("-o", opts, "-w", "start")
    subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                   capture_output=True)
    shutil.rmtree(root, ignore_errors=True)


def test_inbox_store_failures_database_going_away_mid_run_loses_nothing(own_pg, tmp_path, prefect_harness,
                                                                          monkeypatch):
    import flows.ingest as ingest_module

    url, stop, start = own_pg
    inbox = tmp_path / "inkorg"
    inbox.mkdir()
    write_motions(inbox, 12)
    monkeypatch.setattr(ingest_module, "CHUNK", 4)
    seen = []

    def stop_after_first_chunk(done, total):
        seen.append(done)
        if done == 4:
            stop()  # the server goes away between two chunks

    ingest_module.set_progress(stop_after_first_chunk)
    try:
        summary = run_flow(inbox, url)
    finally:
        ingest_module.set_progress(None)
    assert summary["counts"] == {"stored": 4, "retry": 8}, summary["counts"]
    assert len(list((inbox / "retry").glob("*.txt"))) == 8
    assert list((inbox / "quarantine").iterdir()) == [] and list((inbox / "processing").iterdir()) == []

    start()
    again = run_flow(inbox, url)
    assert again["counts"] == {"stored": 8}
    assert stored_count(url) == (12, 12)
    assert sorted(p.name for p in (inbox / "archive").iterdir()) == sorted(f"motion-{i:04d}.txt" for i in range(12))
