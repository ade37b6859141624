"""The ingest flow end to end: real files, a real SQLite store, real Prefect runs."""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time


from conftest import ROOT, SAMPLES, run_cli
from readers_fixtures import Line, make_pdf

SEED = SAMPLES / "seed_ange_ks-20-399_svar.docx"
MOTION = SAMPLES / "bruksvik-ks-2014-443_1_motion.docx"


def fill_inbox(inbox):
    inbox.mkdir()
    shutil.copy(SEED, inbox / "svar.docx")
    shutil.copy(SEED, inbox / "kopia av svar.docx")  # same bytes, another name
    shutil.copy(MOTION, inbox / MOTION.name)
    (inbox / "trasig.docx").write_bytes(SEED.read_bytes()[:3000])
    (inbox / "hemlig.pdf").write_bytes(make_pdf([[Line(72, 700, "Hemligt")]], user_password="hemligt"))
    (inbox / "~$svar.docx").write_bytes(b"lock")
    os.mkfifo(inbox / "rör.pdf")
    (inbox / "Motioner 2024").mkdir()  # a dropped folder is not read, but reported
    shutil.copy(MOTION, inbox / "Motioner 2024" / "i mappen.docx")


def documents(db):
    with sqlite3.connect(db) as con:
        return con.execute("select name, status, reason_code from documents order by name").fetchall()


def test_flows_ingest_stores_good_files_once_and_quarantines_bad_ones(tmp_path, prefect_harness):
    from flows.ingest import ingest_flow

    inbox, db = tmp_path / "inkorg", tmp_path / "m.db"
    fill_inbox(inbox)
    summary = ingest_flow(str(inbox), db=str(db), outputs=None)

    assert summary["counts"] == {"stored": 2, "duplicate": 1, "quarantined": 3}
    assert summary["folders_ignored"] == ["Motioner 2024"]
    assert (inbox / "Motioner 2024" / "i mappen.docx").exists()
    by_name = {f["name"]: f for f in summary["files"]}
    assert by_name["trasig.docx"]["reason"] == "truncated"
    assert by_name["hemlig.pdf"]["reason"] == "encrypted"
    assert by_name["rör.pdf"]["reason"] == "not_regular_file"
    assert sorted(p.name for p in (inbox / "archive").iterdir()) == [MOTION.name, "kopia av svar.docx", "svar.docx"]
    quarantine = sorted(p.name for p in (inbox / "quarantine").iterdir())
    assert quarantine == ["hemlig.pdf", "hemlig.pdf.reason.json", "rör.pdf", "rör.pdf.reason.json",
                          "trasig.docx", "trasig.docx.reason.json"]
    note = json.loads((inbox / "quarantine" / "hemlig.pdf.reason.json").read_text(encoding="utf-8"))
    assert note["reason"] == "encrypted" and note["message"].startswith("Filen är lösenordsskyddad.")
    assert list((inbox / "processing").iterdir()) == []
    assert (inbox / "~$svar.docx").exists()  # the lock file is left alone
    stored = [row for row in documents(db) if row[1] != "failure"]
    assert [row[0] for row in stored] == [MOTION.name, "svar.docx"]

    from prefect.artifacts import Artifact

    artifact = Artifact.get("ingest-summary")
    assert "- I karantän: 3" in artifact.data and "| hemlig.pdf | i karantän |" in artifact.data


def test_flows_ingest_second_run_finds_nothing_new(tmp_path, prefect_harness):
    from flows.ingest import ingest_flow

    inbox, db = tmp_path / "inkorg", tmp_path / "m.db"
    inbox.mkdir()
    shutil.copy(SEED, inbox)
    ingest_flow(str(inbox), db=str(db), outputs=None)
    shutil.copy(SEED, inbox / "igen.docx")
    again = ingest_flow(str(inbox), db=str(db), outputs=None)
    assert again["counts"] == {"duplicate": 1}
    assert len(documents(db)) == 1


def test_flows_claim_task_runs_without_prefect(tmp_path):
    from flows.ingest import claim_files
    from pipeline.inbox import Inbox

    box = Inbox(tmp_path / "inkorg").ensure()
    shutil.copy(SEED, box.root)
    run = box.start_run()
    claimed = claim_files.fn(box, run, None, True)
    assert [c.path.parent for c in claimed] == [run.folder] and claimed[0].sha256
    assert run.folder.parent == box.processing
    run.close()


def test_flows_summary_markdown_names_each_quarantine_reason():
    from flows.ingest import to_markdown

    summary = {"counts": {"stored": 1, "quarantined": 1}, "cases_touched": [3],
               "files": [{"name": "a|b.docx", "location": "quarantine", "action": "failure", "dnr_key": None,
                          "reason": "encrypted", "message": "Filen är lösenordsskyddad."},
                         {"name": "svar.docx", "location": "archive", "action": "stored", "dnr_key": "KS 2020/399",
                          "reason": None, "message": None}]}
    md = to_markdown(summary)
    assert "| a\\|b.docx | i karantän | – | Filen är lösenordsskyddad. (encrypted) |" in md
    assert "- I karantän: 1" in md and "| svar.docx | sparad | KS 2020/399 |" in md


def test_flows_ingest_killed_mid_batch_loses_nothing_and_stores_nothing_twice(tmp_path, prefect_home):
    inbox, db = tmp_path / "inkorg", tmp_path / "m.db"
    inbox.mkdir()
    # 120 files: a batch long enough to be killed in the middle; more only cost time.
    files = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".docx", ".pdf", ".txt"})[:120]
    for f in files:
        shutil.copy(f, inbox)
    env = dict(os.environ, PREFECT_HOME=str(prefect_home), MOTIONS_CHUNK="4")
    cmd = [sys.executable, "-m", "app.cli", "ingest", str(inbox), "--db", str(db), "--no-reports"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    archive = inbox / "archive"
    deadline = time.monotonic() + 150
    while time.monotonic() < deadline and proc.poll() is None:
        if archive.exists() and len(list(archive.iterdir())) >= 8:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    archived_at_kill = len(list(archive.iterdir()))
    assert 0 < archived_at_kill < len(files)

    rerun = run_cli(["ingest", inbox, "--db", db, "--no-reports"], prefect_home=prefect_home)
    assert rerun.returncode == 0, rerun.stderr

    assert list((inbox / "processing").iterdir()) == []
    assert sorted(p.name for p in archive.iterdir()) == sorted(f.name for f in files)
    with sqlite3.connect(db) as con:
        twice = con.execute("select sha256 from documents group by sha256 having count(*) > 1").fetchall()
        # One row per file: a whole protocol's items are rows of their own (parent_id), not files.
        count = con.execute("select count(*) from documents where parent_id is null").fetchone()[0]
    assert twice == []
    assert count == len({f.read_bytes() for f in files})
