"""Fixtures for the case-register tests: stores on SQLite and PostgreSQL, and small
documents written as .txt files (the txt reader reads them like any upload).

PostgreSQL: a throwaway cluster started once per test session under a temp dir on
a free local port, with Debian's `postgresql` binaries (initdb/pg_ctl run as the
`postgres` user when the tests run as root). Set MOTIONS_TEST_PG_URL to use a
server of your own; MOTIONS_TEST_PG=1 makes a missing PostgreSQL an error instead
of a skip (CI sets it).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from pipeline.store import open_store

BACKENDS = ["sqlite", "postgresql"]


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb refuses to run as root: hand the command to the postgres user.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--"] + cmd
    return cmd


@pytest.fixture(scope="session")
def pg_server():
    url = os.environ.get("MOTIONS_TEST_PG_URL")
    if url:
        yield url
        return
    required = os.environ.get("MOTIONS_TEST_PG") == "1"
    bindir = _pg_bin()
    if bindir is None:
        if required:
            pytest.fail("MOTIONS_TEST_PG=1 men PostgreSQL (initdb/pg_ctl) finns inte; apt-get install postgresql")
        pytest.skip("PostgreSQL är inte installerat (Debian-paketet postgresql); testerna körs bara mot SQLite")
    root = Path(tempfile.mkdtemp(prefix="motions-pg-"))
    data, log = root / "data", root / "log"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    port = _free_port()
    subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                                 "--no-sync", "-E", "UTF8", "--locale", "C.UTF-8"]),
                   check=True, capture_output=True)
    opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts, "-w", "start"]),
                   check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def _reset_pg(url: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """A fresh, empty database: a SQLite file in tmp_path, or a reset PostgreSQL schema."""
    if request.param == "sqlite":
        return str(tmp_path / "motions.db")
    url = request.getfixturevalue("pg_server")
    _reset_pg(url)
    return url


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    yield s
    s.close()


# ---- documents ----------------------------------------------------------------------

def motion_text(dnr: str | None, topic: str, clauses: list[str], date: str, author: str = "Anna Berg (S)",
                kind: str = "Motion") -> str:
    head = f"Dnr {dnr}\n\n" if dnr else ""
    atts = "\n".join(f"att {c}" for c in clauses)
    return (f"{head}Till kommunfullmäktige i Testby kommun\n\n{kind} om {topic}\n\n"
            f"Kommunen behöver ta ett större ansvar för {topic}. Frågan har diskuterats länge.\n\n"
            f"Jag föreslår att kommunfullmäktige beslutar\n\n{atts}\n\nTestby {date}\n\n{author}\n")


def answer_text(dnr: str, topic: str, date: str, decision: str, clauses: list[str], comments: list[str],
                author: str = "Anna Berg (S)", kind: str = "motion") -> str:
    bed = "\n\n".join(f"Att-sats {i}: {c}" for i, c in enumerate(comments, 1))
    atts = "\n".join(f"att {c}" for c in clauses)
    return (f"Tjänsteskrivelse\n\nDatum {date}\n\nDnr {dnr}\n\nKommunstyrelsen\n\n"
            f"Förslag till svar på {kind} om {topic}\n\nFörslag till beslut\n\n{decision}\n\n"
            f"Ärendet i korthet\n\n{author} har lämnat en {kind} om {topic} och föreslår att "
            f"kommunfullmäktige beslutar\n\n{atts}\n\nBedömning\n\n{bed}\n\n"
            f"Beslutet ska skickas till\n\nKommunstyrelsen\n")


def protocol_text(body: str, dnr: str, topic: str, date: str, decision: str, para: int = 12,
                  heading: str | None = None) -> str:
    organ = {"KF": "Kommunfullmäktige", "KS": "Kommunstyrelsen", "KSAU": "Kommunstyrelsens arbetsutskott"}[body]
    label = {"KF": "Kommunfullmäktiges beslut", "KS": "Kommunstyrelsens förslag till kommunfullmäktige",
             "KSAU": "Arbetsutskottets förslag till kommunstyrelsen"}[body]
    title = heading or f"Svar på motion om {topic}"
    return (f"Testby kommun\n\nSAMMANTRÄDESPROTOKOLL\n\n{organ}\n\nSammanträdesdatum {date}\n\n§ {para}\n\n"
            f"Dnr {dnr}\n\n{title}\n\nÄrendebeskrivning\n\nAnna Berg (S) har lämnat en motion om {topic}.\n\n"
            f"{label}\n\n{decision}\n\nSkickas till\n\nKommunstyrelsen\n\nJusterandes sign\n\nUtdragsbestyrkande\n")


@pytest.fixture
def write_doc(tmp_path):
    """write_doc(name, text) -> Path of a UTF-8 .txt file in tmp_path/docs."""
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)

    def write(name: str, text: str) -> Path:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
