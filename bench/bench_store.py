"""Benchmark the case register: fill a store with 100,000 clauses, time the queries.

    .venv/bin/python bench/bench_store.py                     # temp SQLite file
    .venv/bin/python bench/bench_store.py --db postgresql+psycopg://...  # an empty PostgreSQL
    .venv/bin/python bench/bench_store.py --clauses 20000      # smaller, faster

Records are synthetic and go in through the store API (Store.add_records), not
through documents: this measures the store, not the readers. Each case has a
motion with 8 att-satser; most have an answer with a comment per clause, older
ones a KS and a KF decision, a few are left unanswered past the one-year limit.
Prints p50/p95 in milliseconds for `clauses`, `cases --overdue` and `search` (per
kind of query: part of a compound, an inflected form, a name, a decision word, a Dnr).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, text  # noqa: E402

from pipeline import queries  # noqa: E402
from pipeline.extract.record import Author, Clause, Comment, Decision, Record, Source  # noqa: E402
from pipeline.store import open_store  # noqa: E402

CLAUSES_PER_MOTION = 8
TODAY = dt.date(2025, 6, 1)
VERBS = ["inför", "utreder", "bygger", "inventerar", "tar fram", "satsar på", "ser över", "planerar", "utökar"]
NOUNS = ["cykelvägar", "solceller", "läxhjälp", "förskolor", "belysning", "lekplatser", "badhus", "bibliotek",
         "laddstolpar", "hundrastgårdar", "gatubelysning", "skolmåltider", "äldreboenden", "kollektivtrafik",
         "fritidsgårdar", "parkeringar", "återvinning", "gångvägar", "motionsspår", "konstgräsplaner"]
PLACES = ["Norrby", "Söderås", "Västerviken", "Österlund", "Backa", "Centrum", "Hamnen", "Skogsbyn"]
PARTIES = ["S", "M", "SD", "C", "V", "KD", "L", "MP"]
NAMES = ["Anna Berg", "Per Åkesson", "Karin Sjöberg", "Olle Nyström", "Maria Sjödin", "Lars Öhman", "Eva Lind"]
# What the secretariat types, by kind (the Dnr queries are drawn from the store).
SEARCHES = {
    "sammansatt ord": ["trafik", "belysning", "gård", "stolpar", "gräs"],  # kollektivtrafik, gatubelysning ...
    "böjd form": ["lekplats", "cykelvägarna", "förskolorna", "biblioteken", "solcellerna", "belysning Backa"],
    "namn": ["Karin Sjöberg", "Åkesson", "Olle Nyström", "Lind", "Maria Sjödin"],
    "beslutsord": ["besvarad", "anses besvarad", "beslut"],
}


def _record(i: int, kind: str, dnr: str, date: dt.date, rng: random.Random, topic: str, author) -> Record:
    clauses = tuple(
        Clause(n, f"att kommunen {rng.choice(VERBS)} {rng.choice(NOUNS)} i {rng.choice(PLACES)} senast {date.year + 2}",
               1, 10 + n)
        for n in range(1, CLAUSES_PER_MOTION + 1)
    ) if kind == "motion" else ()
    comments, decision, body, doc_type = (), None, "KF", kind
    if kind == "answer":
        comments = tuple(Comment(n, f"Att-sats {n}: förvaltningen bedömer att arbetet med {rng.choice(NOUNS)} pågår.",
                                 2, 20 + n) for n in range(1, CLAUSES_PER_MOTION + 1))
        decision, body = Decision("besvarad", True, "Motionen anses besvarad."), "KS"
    elif kind in ("ks", "kf"):
        doc_type, body = "protocol_extract", kind.upper()
        decision = Decision(rng.choice(["besvarad", "bifall", "avslag"]), kind == "ks", "Beslut.")
    return Record(
        source=Source(f"/bench/{i}-{kind}.docx", f"{i:032x}{kind:>8}".replace(" ", "0")[:64].ljust(64, "0"), "docx"),
        doc_type=doc_type, dnr=dnr, dnr_key=dnr, title=f"Motion om {topic}", municipality="Benchby kommun",
        body=body, date=date.isoformat(), officer=None, authors=(author,), clauses=clauses, comments=comments,
        decision=decision, warnings=(),
    )


def fill(store, n_clauses: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    cases = n_clauses // CLAUSES_PER_MOTION
    batch: list[Record] = []
    done = 0
    t0 = time.monotonic()
    for c in range(cases):
        raised = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(0, (TODAY - dt.date(2016, 1, 1)).days))
        dnr = f"KS {raised.year}/{c + 1}"
        topic = f"{rng.choice(NOUNS)} i {rng.choice(PLACES)}"
        author = Author(rng.choice(NAMES), rng.choice(PARTIES))
        age = (TODAY - raised).days
        batch.append(_record(c, "motion", dnr, raised, rng, topic, author))
        stalled = rng.random() < 0.04  # a few are forgotten: the overdue list
        if age > 90 and not stalled:
            batch.append(_record(c, "answer", dnr, raised + dt.timedelta(days=80), rng, topic, author))
        if age > 200 and not stalled:
            batch.append(_record(c, "ks", dnr, raised + dt.timedelta(days=150), rng, topic, author))
            batch.append(_record(c, "kf", dnr, raised + dt.timedelta(days=190), rng, topic, author))
        if len(batch) >= 2000:
            store.add_records(batch)
            done += len(batch)
            batch = []
            print(f"  {done} dokument, {time.monotonic() - t0:.0f} s", file=sys.stderr)
    if batch:
        store.add_records(batch)
    return cases


def timed(fn, runs: int) -> list[tuple[float, float]]:
    """(wall, cpu) milliseconds per run. The CPU time of this thread is what a run
    costs when it has a core to itself: on a machine shared with other jobs the wall
    time also counts the waiting for one (SQLite works in this thread; PostgreSQL's
    work is in its server, so there only the wall time says anything)."""
    fn(0)  # warm-up: the first call compiles SQLAlchemy statements and fills caches
    out = []
    for i in range(runs):
        t0, c0 = time.perf_counter(), time.thread_time()
        fn(i)
        out.append(((time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000))
    return out


def report(name: str, runs: list[tuple[float, float]], extra: str = "") -> None:
    wall = statistics.quantiles([w for w, _ in runs], n=100, method="inclusive")
    cpu = statistics.quantiles([c for _, c in runs], n=100, method="inclusive")
    print(f"{name:26} p50 {wall[49]:7.1f} ms   p95 {wall[94]:7.1f} ms   "
          f"(cpu p50 {cpu[49]:6.1f}, p95 {cpu[94]:6.1f} ms; {len(runs)} körningar{extra})")


def report_search(store, dnrs: list[str], runs: int) -> None:
    """p50/p95 per kind of query, as the web page asks (grouped by case, 100 hits)."""
    from pipeline.search import search_cases

    kinds = dict(SEARCHES, diarienummer=dnrs)
    every: list[tuple[float, float]] = []
    for kind, words in kinds.items():
        hits = sum(len(c.hits) for w in words for c in search_cases(store, w))
        ms = timed(lambda i: search_cases(store, words[i % len(words)]), runs)
        every += ms
        report(f"search {kind}", ms, f", {hits / len(words):.0f} träffar per fråga")
    report("search alla", every)
    print(f"Belastning (load average, 1 min) efter mätningen: {os.getloadavg()[0]:.1f} på {os.cpu_count()} kärnor")


def main() -> int:
    ap = argparse.ArgumentParser(description="Mät ärenderegistrets frågor på 100 000 att-satser.")
    ap.add_argument("--db", help="tom databas (URL eller SQLite-fil); standard: en temporär SQLite-fil")
    ap.add_argument("--clauses", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--no-fill", action="store_true", help="mät en redan fylld databas (--db) utan att fylla på")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or str(Path(tmp.name) / "bench.db")
    with open_store(db) as store:
        t0 = time.monotonic()
        cases = 0 if args.no_fill else fill(store, args.clauses)
        with store.db.read() as s:
            n = s.scalar(text("SELECT count(*) FROM clauses"))
            docs = s.scalar(text("SELECT count(*) FROM documents"))
            cases = s.scalar(text("SELECT count(*) FROM cases"))
        print(f"{'Mätt' if args.no_fill else 'Fyllt'}: {cases} ärenden, {docs} dokument, {n} att-satser på {time.monotonic() - t0:.0f} s "
              f"({store.db.dialect})")
        rng = random.Random(1)
        overdue = queries.cases(store, overdue=True, today=TODAY)
        with store.db.read() as s:
            from pipeline.store.models import Case
            dnrs = rng.sample(list(s.scalars(select(Case.dnr))), args.runs)
        report("clauses", timed(lambda i: queries.clauses(store, dnrs[i]), args.runs))
        report("cases --overdue", timed(lambda i: queries.cases(store, overdue=True, today=TODAY), args.runs),
               f", {len(overdue)} ärenden i svaret")
        report_search(store, dnrs, args.runs)
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
