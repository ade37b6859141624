"""`motions watch` as a person runs it: a real process, files dropped while it runs."""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time

from conftest import ROOT, SAMPLES
from readers_fixtures import Line, make_pdf

SEED = SAMPLES / "seed_ange_ks-20-399_svar.docx"
MOTION_TXT = SAMPLES / "havsnas-ks-2014-742_1_motion.txt"


def slow_copy(path, pieces):
    with open(path, "wb") as f:
        for piece in pieces:
            f.write(piece)
            f.flush()
            time.sleep(0.1)


def wait_for(condition, timeout=120, step=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return False


def test_flows_watch_takes_complete_files_sets_bad_ones_aside_and_keeps_running(tmp_path, prefect_home):
    inbox, db = tmp_path / "inkorg", tmp_path / "m.db"
    inbox.mkdir()
    env = dict(os.environ, PREFECT_HOME=str(prefect_home))
    cmd = [sys.executable, "-m", "app.cli", "watch", str(inbox), "--db", str(db), "--interval", "0.5",
           "--rescan", "5", "--out", str(tmp_path / "out")]
    log = open(tmp_path / "watch.log", "w")
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        assert wait_for(lambda: "Bevakar" in (tmp_path / "watch.log").read_text(), 60)
        # Warm up: the first run starts Prefect's temporary server; what follows must
        # not be timed by that start.
        shutil.copy(SEED, inbox / "svar.docx")
        assert wait_for(lambda: (inbox / "archive" / "svar.docx").exists()), (tmp_path / "watch.log").read_text()

        # A file still being written, as a slow copy does: a piece every 0.1 s for
        # about 3 s, never still for two check intervals (2 × 0.5 s), even on a busy machine.
        text = MOTION_TXT.read_bytes()
        pieces = [text[i: i + len(text) // 30 + 1] for i in range(0, len(text), len(text) // 30 + 1)]
        writer = threading.Thread(target=slow_copy, args=(inbox / "motion.txt", pieces))
        writer.start()
        shutil.copy(SEED, inbox / "samma svar.docx")
        (inbox / "trasig.docx").write_bytes(SEED.read_bytes()[:2000])
        (inbox / "hemlig.pdf").write_bytes(make_pdf([[Line(72, 700, "Hemligt")]], user_password="x"))
        (inbox / "~$svar.docx").write_bytes(b"lock")
        os.mkfifo(inbox / "rör.pdf")
        writer.join()

        archive, quarantine = inbox / "archive", inbox / "quarantine"
        expected_archive = {"motion.txt", "svar.docx", "samma svar.docx"}
        assert wait_for(lambda: archive.exists() and {p.name for p in archive.iterdir()} == expected_archive), \
            (tmp_path / "watch.log").read_text()
        assert wait_for(lambda: {p.name for p in quarantine.iterdir()} >= {
            "trasig.docx.reason.json", "hemlig.pdf.reason.json", "rör.pdf.reason.json"})
        assert proc.poll() is None, "the watcher stopped"

        reasons = {p.name: json.loads(p.read_text(encoding="utf-8"))["reason"]
                   for p in quarantine.glob("*.reason.json")}
        assert reasons == {"trasig.docx.reason.json": "truncated", "hemlig.pdf.reason.json": "encrypted",
                           "rör.pdf.reason.json": "not_regular_file"}
        # A run's own folder under processing/ goes when the run ends, a moment after
        # its last file is filed.
        assert wait_for(lambda: list((inbox / "processing").iterdir()) == [], 30)
        assert (inbox / "~$svar.docx").exists()
        with sqlite3.connect(db) as con:
            rows = con.execute("select name from documents where status != 'failure' order by name").fetchall()
            sha = con.execute("select sha256 from documents where name = 'motion.txt'").fetchone()[0]
        assert [r[0] for r in rows] == ["motion.txt", "svar.docx"]  # the copy is a duplicate, stored once
        assert sha == hashlib.sha256(text).hexdigest()  # taken complete, not half-written

        # Still watching: a file dropped now is taken too.
        shutil.copy(SAMPLES / "bruksvik-ks-2014-443_1_motion.docx", inbox / "ny.docx")
        assert wait_for(lambda: (archive / "ny.docx").exists(), 60)
        assert proc.poll() is None
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
