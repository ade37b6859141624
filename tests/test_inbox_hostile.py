"""The inbox under hostile use (issue 8, items 1-5): odd names, runs sharing one
inbox, a full disk, an unwritable report folder, and the exit codes a script reads.

Each test runs `motions ingest` as a person does (the CLI's main, in this process
against the session's Prefect harness, or as a real process where two must run at
once) and then checks the inbox guarantees: every file archived, quarantined or set
aside for another try exactly once, nothing left in processing/.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest

from conftest import ROOT, SAMPLES
from app.cli import main

SEED = SAMPLES / "seed_ange_ks-20-399_svar.docx"
MOTION = SAMPLES / "havsnas-ks-2014-742_1_motion.txt"


def ingest(inbox, db, *extra, out=None) -> int:
    args = ["ingest", str(inbox), "--db", str(db)]
    args += ["--out", str(out)] if out else ["--no-reports"]
    return main(args + [str(a) for a in extra])


def files_under(folder) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def assert_inbox_settled(inbox):
    """Nothing waits in processing/ after a finished run, not even a run folder."""
    assert list((inbox / "processing").iterdir()) == []


def stored_shas(db) -> list[tuple[str, int]]:
    with sqlite3.connect(db) as con:
        # One row per file: a whole protocol's items are rows of their own (parent_id), not files.
        return con.execute("select sha256, count(*) from documents where status != 'failure' "
                           "and parent_id is null group by sha256").fetchall()


def test_inbox_hostile_long_name_already_archived_does_not_block_the_inbox(tmp_path, prefect_harness, capsys):
    inbox, db = tmp_path / "inkorg", tmp_path / "m.db"
    (inbox / "archive").mkdir(parents=True)
    long_name = "s" * 250 + ".txt"  # 254 bytes: no room for " (2)"
    (inbox / "archive" / long_name).write_text("en äldre fil med samma namn", encoding="utf-8")
    shutil.copy(MOTION, inbox / long_name)
    assert ingest(inbox, db) == 0
    assert_inbox_settled(inbox)
    archived = [p for p in (inbox / "archive").iterdir() if p.read_bytes() == MOTION.read_bytes()]
    assert len(archived) == 1 and len(archived[0].name.encode()) <= 255

    # The inbox is not blocked: a later run takes new files.
    shutil.copy(SEED, inbox / "svar.docx")
    assert ingest(inbox, db) == 0
    assert (inbox / "archive" / "svar.docx").exists()
    assert_inbox_settled(inbox)
    assert "1 fil: 1 sparad" in capsys.readouterr().out


def test_inbox_hostile_name_that_is_not_utf8_is_quarantined_with_its_note(tmp_path, prefect_harness, capsys):
    inbox, db = tmp_path / "inkorg", tmp_path / "m.db"
    inbox.mkdir()
    bad = os.fsdecode(b"trasig-\xff\xfe.docx")
    (inbox / bad).write_bytes(SEED.read_bytes()[:1500])
    (inbox / os.fsdecode(b"motion-\xe5.txt")).write_bytes(MOTION.read_bytes())  # Latin-1 "å"
    assert ingest(inbox, db) == 1
    out = capsys.readouterr().out
    assert "2 filer: 1 sparad, 0 dubbletter, 1 i karantän" in out and "trasig-" in out
    notes = list((inbox / "quarantine").glob("*.reason.json"))
    assert len(notes) == 1 and not list((inbox / "quarantine").glob("*.tmp"))
    note = json.loads(notes[0].read_text(encoding="utf-8"))
    assert note["reason"] == "truncated" and note["file"].startswith("trasig-")
    assert (inbox / "quarantine" / note["file"]).exists()
    assert [p.name.startswith("motion-") for p in (inbox / "archive").iterdir()] == [True]
    assert_inbox_settled(inbox)


def test_inbox_hostile_windows_reserved_and_forbidden_names_are_filed_under_safe_names(tmp_path, prefect_harness):
    inbox, db = tmp_path / "inkorg", tmp_path / "m.db"
    inbox.mkdir()
    shutil.copy(MOTION, inbox / "CON.txt")
    shutil.copy(SEED, inbox / 'svar: "slutlig"?.docx')
    assert ingest(inbox, db) == 0
    assert sorted(p.name for p in (inbox / "archive").iterdir()) == ["_CON.txt", "svar_ _slutlig__.docx"]
    assert_inbox_settled(inbox)


def write_motions(folder, n: int, start: int = 0) -> list:
    """n small motions with distinct bytes (each its own Dnr and topic)."""
    from store_fixtures import motion_text

    paths = []
    for i in range(start, start + n):
        path = folder / f"motion-{i:04d}.txt"
        path.write_text(motion_text(f"KS 2024/{i + 1}", f"ämne nummer {i}", [f"kommunen utreder fråga {i}"],
                                    "2024-03-01"), encoding="utf-8")
        paths.append(path)
    return paths


def test_inbox_hostile_two_ingests_at_once_share_one_inbox(tmp_path, prefect_home):
    """The second run starts while the first is busy with its claimed files: it must
    leave them alone (they are not unfinished work, their run lives) and take only
    what was dropped since."""
    inbox, db = tmp_path / "inkorg", tmp_path / "m.db"
    inbox.mkdir()
    first = write_motions(inbox, 150)
    env = dict(os.environ, PREFECT_HOME=str(prefect_home), MOTIONS_CHUNK="2")
    cmd = [sys.executable, "-m", "app.cli", "ingest", str(inbox), "--db", str(db), "--no-reports",
           "--workers", "1"]
    a = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list((inbox / "processing").rglob("*.txt")):
        time.sleep(0.05)
    b = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    later = write_motions(inbox, 5, start=1000)
    (a_out, a_err), (b_out, b_err) = a.communicate(timeout=300), b.communicate(timeout=300)
    assert (a.returncode, b.returncode) == (0, 0), a_err + b_err
    assert "Traceback" not in a_err + b_err
    assert "155 filer" in a_out + b_out or ("150 filer" in a_out and "5 filer" in b_out), a_out[-300:] + b_out[-300:]
    assert_inbox_settled(inbox)
    assert sorted(p.name for p in (inbox / "archive").iterdir()) == sorted(f.name for f in first + later)
    shas = stored_shas(db)
    assert len(shas) == 155 and all(n == 1 for _, n in shas)


def test_inbox_hostile_a_living_run_keeps_its_files_and_a_dead_one_is_taken_over(tmp_path):
    """The lease: a run that lives keeps its claim; one killed by SIGKILL loses it."""
    from pipeline.inbox import Inbox

    box = Inbox(tmp_path / "inkorg").ensure()
    (box.root / "a.docx").write_bytes(b"one")
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pipeline.inbox import Inbox; from pathlib import Path\n"
        f"box = Inbox({str(box.root)!r}); run = box.start_run()\n"
        "box.claim(box.root / 'a.docx', run); print('claimed', flush=True); time.sleep(60)")],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "claimed"
        mine = box.start_run()
        assert box.adopt_stale(mine) == []  # the holder lives: its file is not ours
        (box.root / "a (2).docx").write_bytes(b"two")  # a name the holder's file could have had
        mine_file = box.claim(box.root / "a (2).docx", mine)
        assert mine_file == mine.folder / "a (2).docx"
        box.archive_file(mine_file)
        mine.close()
    finally:
        holder.kill()
        holder.wait()
    heir = box.start_run()
    taken = box.adopt_stale(heir)
    assert [p.read_bytes() for p in taken] == [b"one"]
    for p in taken:
        box.archive_file(p)
    heir.close()
    assert sorted(p.read_bytes() for p in box.archive.iterdir()) == [b"one", b"two"]
    assert list(box.processing.iterdir()) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to mount a small tmpfs")
def test_inbox_hostile_full_disk_sets_files_aside_and_the_next_run_takes_them(tmp_path, prefect_harness, capsys):
    small = tmp_path / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(small)]).returncode:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        inbox, db = tmp_path / "inkorg", small / "m.db"
        inbox.mkdir()
        files = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".docx", ".txt"})
        for f in files:
            shutil.copy(f, inbox)
        assert ingest(inbox, db) == 3  # the run failed for some files: they wait
        first = capsys.readouterr().out
        waiting = files_under(inbox / "retry")
        assert "väntar i retry/" in first and waiting
        assert not any(json.loads(p.read_text(encoding="utf-8"))["reason"] == "store_error"
                       for p in (inbox / "quarantine").glob("*.reason.json"))
        assert_inbox_settled(inbox)

        subprocess.run(["mount", "-o", "remount,size=64m", str(small)], check=True)  # space freed
        assert ingest(inbox, db) == 0
        assert files_under(inbox / "retry") == []
        assert sorted(p.name for p in (inbox / "archive").iterdir()) == sorted(f.name for f in files)
        assert len(stored_shas(db)) == len({f.read_bytes() for f in files})
        with sqlite3.connect(db) as con:
            assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    finally:
        subprocess.run(["umount", "-l", str(small)])


def test_inbox_hostile_unwritable_report_folder_is_refused_before_anything_moves(tmp_path, capsys):
    inbox, db = tmp_path / "inkorg", tmp_path / "m.db"
    inbox.mkdir()
    shutil.copy(SEED, inbox / "svar.docx")
    blocker = tmp_path / "en fil"
    blocker.write_text("x")
    assert ingest(inbox, db, out=blocker / "rapporter") == 2
    err = capsys.readouterr().err
    assert err.startswith("FEL: rapportmappen") and "--no-reports" in err and "Traceback" not in err
    assert (inbox / "svar.docx").exists()


def test_inbox_hostile_reports_failing_mid_run_end_in_fel_exit_3_and_the_table(tmp_path, prefect_harness,
                                                                               capsys):
    inbox, db, out = tmp_path / "inkorg", tmp_path / "m.db", tmp_path / "ut"
    inbox.mkdir()
    out.mkdir()
    (out / "summaries").write_text("en fil där mappen skulle ligga")
    shutil.copy(SEED, inbox / "svar.docx")
    assert ingest(inbox, db, out=out) == 3
    captured = capsys.readouterr()
    assert "1 fil: 1 sparad" in captured.out
    assert "FEL: Rapporterna kunde inte skrivas" in captured.err and "Traceback" not in captured.err
    assert (inbox / "archive" / "svar.docx").exists()


def test_inbox_hostile_exit_codes_tell_a_script_what_happened(tmp_path, prefect_harness, capsys):
    inbox, db = tmp_path / "inkorg", tmp_path / "m.db"
    inbox.mkdir()
    shutil.copy(SEED, inbox / "svar.docx")
    assert ingest(inbox, db) == 0
    (inbox / "trasig.docx").write_bytes(SEED.read_bytes()[:900])
    assert ingest(inbox, db) == 1
    assert "OBS: nytt register skapat" in capsys.readouterr().err  # the first run made the register
    bad_model = tmp_path / "styrmodell.yaml"
    bad_model.write_text("kinds:\n  motion:\n    days: många\n", encoding="utf-8")
    started = time.monotonic()
    assert main(["ingest", str(inbox), "--db", str(db), "--governance", str(bad_model), "--no-reports"]) == 2
    assert time.monotonic() - started < 5  # told at once, before Prefect starts
    err = capsys.readouterr().err
    assert err.startswith("FEL:") and "days" in err and "Traceback" not in err
    shutil.copy(MOTION, inbox / "motion.txt")
    assert ingest(inbox, "postgresql+psycopg://nobody@127.0.0.1:9/none") == 3
    err = capsys.readouterr().err
    assert "FEL: Inläsningen kunde inte starta" in err and "Traceback" not in err
    assert (inbox / "motion.txt").exists()  # nothing was claimed


def test_inbox_hostile_cli_run_prints_no_traceback_when_the_database_is_unreachable(tmp_path, prefect_home):
    inbox, home, here = tmp_path / "inkorg", tmp_path / "hem", tmp_path / "arbetsmapp"
    inbox.mkdir()
    here.mkdir()
    shutil.copy(MOTION, inbox / "motion.txt")
    env = {k: v for k, v in os.environ.items() if k not in ("MOTIONS_STATE", "XDG_STATE_HOME")}
    r = subprocess.run([sys.executable, "-m", "app.cli", "ingest", str(inbox), "--db",
                        "postgresql+psycopg://nobody@127.0.0.1:9/none", "--no-reports"],
                       cwd=here, env={**env, "HOME": str(home), "PREFECT_HOME": str(prefect_home),
                                      "PYTHONPATH": str(ROOT)},
                       capture_output=True, text=True, timeout=180)
    assert r.returncode == 3
    assert "Traceback" not in r.stderr and "FEL: Inläsningen kunde inte starta" in r.stderr
    assert "0 filer" in r.stdout
    log = (home / ".local" / "state" / "motions" / "logs" / "motions.log").read_text(encoding="utf-8")
    assert "Traceback" in log  # the detail is kept for whoever looks into it
    assert list(here.iterdir()) == []  # no .state (or anything else) in the folder it ran from


@pytest.mark.parametrize("ref", ["#9223372036854775808", "#18446744073709551616", "#0", "#²", "#-1"])
def test_inbox_hostile_cli_case_numbers_past_64_bits_are_not_found(tmp_path, capsys, ref):
    from pipeline.store import open_store

    db = tmp_path / "m.db"
    open_store(db).close()  # an empty register: `motions cases` refuses a missing one (issue 12)
    assert main(["show", ref, "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "Hittar inget ärende" in err and "Traceback" not in err


def test_inbox_hostile_files_an_older_version_left_in_processing_are_finished(tmp_path, prefect_harness):
    """processing/<file> (the layout before run folders): taken over, filed, and
    processing/ is left empty, lease included."""
    inbox, db = tmp_path / "inkorg", tmp_path / "m.db"
    (inbox / "processing").mkdir(parents=True)
    shutil.copy(MOTION, inbox / "processing" / "motion.txt")
    assert ingest(inbox, db) == 0
    assert (inbox / "archive" / "motion.txt").exists()
    assert_inbox_settled(inbox)
