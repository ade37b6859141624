"""Crash and concurrency run for the inbox guarantees (issue 8).

Two `motions ingest` loops and one `motions watch` share one inbox and one
database while files keep arriving; a killer SIGKILLs one of them at random N
times (the killed one is started again). Then the killing stops, everyone
finishes, a last ingest runs, and the invariants are checked:

- every input file is in archive/ or quarantine/ exactly once (by content);
- every stored sha256 is stored once;
- processing/ and retry/ are empty;
- the database passes PRAGMA integrity_check.

Prints what it did and the result of each check; exits 1 if one fails.

    .venv/bin/python bench/crash_concurrency.py --kills 20 --files 400
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import sqlalchemy as sa  # noqa: E402
from store_fixtures import motion_text  # noqa: E402


def write_inputs(inbox: Path, start: int, n: int) -> list[bytes]:
    """n motions with distinct bytes, plus every 25th one broken (a quarantine case)."""
    made = []
    for i in range(start, start + n):
        if i % 25 == 24:
            data = b"PK\x03\x04 trasig " + str(i).encode()
            name = f"trasig-{i:05d}.docx"
        else:
            data = motion_text(f"KS 2024/{i + 1}", f"ämne {i}", [f"kommunen utreder fråga {i}"],
                               "2024-03-01").encode()
            name = f"motion-{i:05d}.txt"
        tmp = inbox / f".{name}.part"
        tmp.write_bytes(data)
        os.rename(tmp, inbox / name)  # appears complete, as a finished copy does
        made.append(data)
    return made


def start(kind: str, inbox: Path, db: Path, env: dict) -> subprocess.Popen:
    if kind.startswith("ingest"):
        args = ["ingest", str(inbox), "--db", str(db), "--no-reports"]
    else:
        args = ["watch", str(inbox), "--db", str(db), "--interval", "0.3", "--rescan", "3",
                "--out", str(inbox.parent / "out")]
    return subprocess.Popen([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def check(inbox: Path, db: Path, inputs: list[bytes]) -> list[tuple[str, bool, str]]:
    placed: dict[str, int] = {}
    for folder in (inbox / "archive", inbox / "quarantine"):
        for p in folder.iterdir():
            if not p.name.endswith(".reason.json"):
                h = hashlib.sha256(p.read_bytes()).hexdigest()
                placed[h] = placed.get(h, 0) + 1
    wanted = {hashlib.sha256(b).hexdigest() for b in inputs}
    missing = [h for h in wanted if h not in placed]
    twice = [h for h, n in placed.items() if n > 1]
    engine = sa.create_engine(db if "://" in str(db) else f"sqlite:///{db}")
    with engine.connect() as con:
        dup_rows = con.execute(sa.text("select count(*) from (select sha256 from documents group by sha256 "
                                       "having count(*) > 1) d")).scalar()
        integrity = (con.execute(sa.text("pragma integrity_check")).scalar()
                     if engine.dialect.name == "sqlite" else "ok (PostgreSQL)")
    engine.dispose()
    left = [p for p in (inbox / "processing").rglob("*")] + list((inbox / "retry").iterdir())
    return [
        ("every input archived or quarantined", not missing, f"{len(wanted) - len(missing)}/{len(wanted)}"),
        ("no input placed twice", not twice, f"{len(twice)} twice"),
        ("each sha256 stored once", dup_rows == 0, f"{dup_rows} stored twice"),
        ("processing/ and retry/ empty", not left, f"{len(left)} left"),
        ("integrity_check", integrity.startswith("ok"), integrity),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--files", type=int, default=400, help="files dropped in all, in waves")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--db", help="database URL (default: a new SQLite file), e.g. postgresql+psycopg://…")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="motions-crash-"))
    inbox, db = work / "inkorg", args.db or work / "motions.db"
    inbox.mkdir()
    env = dict(os.environ, PREFECT_HOME=str(work / "prefect"), MOTIONS_STATE=str(work / "state"), MOTIONS_CHUNK="5")
    waves = 10
    per_wave = args.files // waves
    inputs = write_inputs(inbox, 0, per_wave)
    procs = {kind: start(kind, inbox, db, env) for kind in ("ingest-a", "ingest-b", "watch")}
    kills, wave, started = 0, 1, time.monotonic()
    while kills < args.kills:
        time.sleep(rng.uniform(0.5, 4.0))
        if wave < waves:
            inputs += write_inputs(inbox, wave * per_wave, per_wave)
            wave += 1
        victim = rng.choice(sorted(procs))
        if procs[victim].poll() is None:
            os.killpg(procs[victim].pid, signal.SIGKILL)
            procs[victim].wait()
            kills += 1
        for kind, proc in procs.items():  # the killed one, and any that ended: again
            if proc.poll() is not None:
                procs[kind] = start(kind, inbox, db, env)
    while wave < waves:
        inputs += write_inputs(inbox, wave * per_wave, per_wave)
        wave += 1
    for kind in ("ingest-a", "ingest-b"):
        procs[kind].wait(timeout=600)
    time.sleep(8)  # the watcher's full rescan takes what is left
    os.killpg(procs["watch"].pid, signal.SIGTERM)
    try:
        watcher_exit = procs["watch"].wait(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(procs["watch"].pid, signal.SIGKILL)
        watcher_exit = "did not stop on SIGTERM within 120 s (killed)"
    final = subprocess.run([sys.executable, "-m", "app.cli", "ingest", str(inbox), "--db", str(db),
                            "--no-reports"], cwd=ROOT, env=env, capture_output=True, text=True)
    results = check(inbox, db, inputs)
    print(f"inputs: {len(inputs)} files in {waves} waves; SIGKILLs: {kills} over 2 ingest loops and a watcher; "
          f"{time.monotonic() - started:.0f} s; {'PostgreSQL' if args.db else 'SQLite'}; watcher exit {watcher_exit}; last ingest exit {final.returncode}")
    for name, ok, detail in results:
        print(f"  {'ok  ' if ok else 'FAIL'} {name}: {detail}")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
