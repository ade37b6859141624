"""Engine, sessions and migrations.

SQLite (the default) runs in WAL mode so readers never block the ingest, with a
busy timeout so a writer waits for another writer instead of failing, and every
write transaction opens with BEGIN IMMEDIATE: in WAL a deferred transaction that
reads first and writes later fails at once with "database is locked" when another
writer got in between, whatever the timeout (see shared/notes/dependencies.md).
pysqlite's own transaction handling is switched off so that we issue BEGIN.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

ENV_VAR = "MOTIONS_DB_URL"
DEFAULT_PATH = Path("outputs") / "motions.db"
# How long a writer waits for another writer's lock before the run sets its files
# aside for the next run (SQLite busy_timeout, PostgreSQL lock_timeout).
BUSY_TIMEOUT_MS = int(os.environ.get("MOTIONS_BUSY_TIMEOUT_MS", "30000"))
MIGRATIONS = Path(__file__).with_name("migrations")
_PG_LOCK = 0x6D6F74  # advisory lock id: two processes never migrate at once


def resolve_url(db: str | os.PathLike | None = None) -> str:
    """`--db` (a URL or a file path), else $MOTIONS_DB_URL, else outputs/motions.db."""
    chosen = str(db) if db else os.environ.get(ENV_VAR) or str(DEFAULT_PATH)
    if "://" in chosen:
        return chosen
    Path(chosen).parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{chosen}"


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")  # safe in WAL; fsync at checkpoints
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _sqlite_setup(engine)
        return engine
    # pool_pre_ping: a server that restarted mid-run gets fresh connections.
    return create_engine(url, pool_pre_ping=True,
                         connect_args={"options": f"-c lock_timeout={BUSY_TIMEOUT_MS}"})


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`; cheap when it already is there."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    cfg = _alembic_config()
    with writer(engine) as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


@contextmanager
def writer(engine: Engine) -> Iterator:
    """A connection in one write transaction (BEGIN IMMEDIATE on SQLite)."""
    eng = engine.execution_options(sqlite_begin="IMMEDIATE") if engine.dialect.name == "sqlite" else engine
    with eng.begin() as conn:
        yield conn


class Database:
    """One engine and its session factories: `write()` and `read()` sessions."""

    def __init__(self, url: str, *, upgrade: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        if upgrade:
            migrate(self.engine)
        sqlite = self.engine.dialect.name == "sqlite"
        write_bind = self.engine.execution_options(sqlite_begin="IMMEDIATE") if sqlite else self.engine
        self._write = sessionmaker(bind=write_bind, expire_on_commit=False)
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._write() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
