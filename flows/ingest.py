"""Ingest flow: an inbox folder in, the case register and its reports out.

Reads top to bottom: claim the files, sort out the ones already stored, extract
the rest in killable worker processes, store them, move each file to archive/ or
quarantine/, then regenerate the reports for the cases touched.
Retries only where a second try can help: file moves (I/O) and database locks.
"""


import asyncio
import contextlib
import logging
import datetime as dt
import os
import time
from dataclasses import asdict

from flows import settings  # noqa: F401  - Prefect settings before Prefect
from prefect import flow, get_run_logger, task
from prefect.artifacts import acreate_markdown_artifact
from prefect.cache_policies import NO_CACHE
from sqlalchemy.exc import OperationalError

from pipeline import batch
from pipeline.inbox import Inbox, Run, display_name
from pipeline.labels import result_label
from pipeline.register import FileResult
from pipeline.vocab import FileAction, Location
from pipeline.isolation import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_S, ExtractionPool
from pipeline.store import Store, open_store

# Files per store transaction and per task: coarse tasks (~8 ms Prefect overhead each).
CHUNK = int(os.environ.get("MOTIONS_CHUNK", "50"))
log = logging.getLogger("motions.ingest")  # tracebacks go to the log file the CLI sets up
_progress = None  # set by the CLI to draw a progress bar: callable(done, total)


def set_progress(callback) -> None:
    global _progress
    _progress = callback


def _transient(task, task_run, state) -> bool:
    """Retry I/O errors and database locks; a bad document is never retried."""
    try:
        state.result()
    except (OSError, OperationalError):
        return True
    except Exception:  # noqa: BLE001 - anything else is not transient
        return False
    return False


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1, retry_condition_fn=_transient)
def claim_files(box: Inbox, run: Run, only: list[str] | None, retry: bool) -> list[batch.Claimed]:
    return batch.claim(box, run, only, retry=retry)


@task(cache_policy=NO_CACHE, retries=3, retry_delay_seconds=[1, 2, 4], retry_condition_fn=_transient)
def triage(store: Store, claimed: list[batch.Claimed]):
    return batch.triage(store, claimed)


@task(cache_policy=NO_CACHE, retries=3, retry_delay_seconds=[1, 2, 4], retry_condition_fn=_transient)
def store_chunk(store: Store, claimed: list[batch.Claimed], extracted) -> list:
    return batch.store_all(store, claimed, extracted)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1, retry_condition_fn=_transient)
def file_chunk(box: Inbox, outcomes: list, shas: dict[str, str | None]) -> list[FileResult]:
    return [batch.file_away(box, o, shas.get(o.path)) for o in outcomes]


class Stopwatch:
    """Seconds per stage of a run (the benchmark prints them)."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = {}

    def __call__(self, stage: str):
        @contextlib.contextmanager
        def timing():
            start = time.perf_counter()
            try:
                yield
            finally:
                self.totals[stage] = self.totals.get(stage, 0.0) + time.perf_counter() - start
        return timing()


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i: i + size]


@flow(name="motions-ingest", log_prints=False)
async def ingest(inbox: str, db: str | None = None, governance: str | None = None, outputs: str | None = "outputs",
                 today: dt.date | None = None, workers: int | None = None, timeout_s: float = DEFAULT_TIMEOUT_S,
                 memory_mb: int = DEFAULT_MEMORY_MB, only: list[str] | None = None, retry: bool = True) -> dict:
    """Ingest every file waiting in `inbox`; returns a summary (also published as an artifact).

    The summary is returned even when the run fails half-way: its "error" then says
    why (the traceback goes to the log, not to the person), and every file the run
    claimed but did not file is set aside in retry/ for the next run."""
    clock = Stopwatch()
    store = None
    try:
        box = Inbox(inbox).ensure()
        store = open_store(db, governance)
        run = box.start_run()
    except Exception as e:  # noqa: BLE001 - nothing is claimed yet: every file stays where it is
        log.exception("ingest run could not start")
        if store is not None:
            store.close()
        return {**summarize([], []), "error": f"Inläsningen kunde inte starta: {_reason(e)}", "left_for_retry": [],
                "folders_ignored": [], "timings": {}}
    filed: list[FileResult] = []
    error = None
    try:
        _ingest_files(box, run, store, filed, clock, only=only, retry=retry, workers=workers,
                      timeout_s=timeout_s, memory_mb=memory_mb)
    except Exception as e:  # noqa: BLE001 - the person gets a Swedish line, the log the traceback
        log.exception("ingest run failed")
        error = f"Inläsningen avbröts: {_reason(e)}"
    finally:
        left = batch.release(box, run)
        store.close()
    touched = sorted({case_id for f in filed for case_id in f.touched})
    summary = summarize(filed, touched)
    summary["error"] = error
    summary["left_for_retry"] = [display_name(p.name) for p in left]
    summary["folders_ignored"] = [display_name(f.name) for f in box.folders()]
    if outputs and touched:
        from flows.report import report

        with clock("reports"):
            summary["reports"] = await report(db=db, governance=governance, outputs=outputs,
                                              case_ids=touched, today=today)
    summary["timings"] = clock.totals
    await acreate_markdown_artifact(key="ingest-summary", markdown=to_markdown(summary),
                                    description="Inläsning: nya, dubbletter, karantän och berörda ärenden")
    get_run_logger().info("inläst: %s nya, %s dubbletter, %s i karantän", summary["counts"].get("stored", 0),
                          summary["counts"].get("duplicate", 0), summary["counts"].get("quarantined", 0))
    return summary


def _ingest_files(box: Inbox, run: Run, store: Store, filed: list, clock: Stopwatch, *, only, retry, workers,
                  timeout_s, memory_mb) -> None:
    """Claim, triage, extract, store and file; appends to `filed` as it goes, so a
    failure half-way still reports what was done."""
    with clock("claim"):
        claimed = claim_files(box, run, only, retry)
    with clock("triage"):
        known, todo = triage(store, claimed)
    shas = {str(c.path): c.sha256 for c in claimed}
    with clock("file_away"):
        filed += file_chunk(box, known, shas) if known else []
    if _progress:
        _progress(len(filed), len(claimed))
    if not todo:
        return
    with ExtractionPool(workers, timeout_s, memory_mb) as pool:
        futures = pool.submit([str(c.path) for c in todo])  # workers run ahead of the store
        for part, part_futures in zip(_chunks(todo, CHUNK), _chunks(futures, CHUNK)):
            with clock("extract_wait"):
                extracted = pool.collect(part_futures)
            with clock("store"):
                try:
                    outcomes = store_chunk(store, part, extracted)
                except Exception as e:
                    if not batch.is_transient(e):
                        raise
                    log.warning("store unavailable, %d files deferred: %s", len(part), e)
                    outcomes = batch.deferred(part, e)
            with clock("file_away"):
                filed += file_chunk(box, outcomes, shas)
            if _progress:
                _progress(len(filed), len(claimed))


def run_errors(summary: dict) -> list[str]:
    """What went wrong in a run, as Swedish sentences: the run itself, then its reports."""
    return [e for e in (summary.get("error"), (summary.get("reports") or {}).get("error")) if e]


def _reason(error: BaseException) -> str:
    from pipeline.errors import MotionsError

    if isinstance(error, MotionsError):
        return error.message
    text = str(getattr(error, "orig", None) or error).strip()
    return f"{type(error).__name__}: {text.splitlines()[0][:300] if text else ''}"


def ingest_flow(inbox: str, **kwargs) -> dict:
    """Run the ingest flow from synchronous code (the CLI, the watcher, tests).

    The flow is async only for Prefect's sake: a sync flow run waits up to a second
    at its end for its heartbeat thread, which would dominate a run that finds
    nothing new. The work itself is synchronous.
    """
    return asyncio.run(ingest(inbox, **kwargs))


def summarize(filed: list[FileResult], touched: list[int]) -> dict:
    counts: dict[str, int] = {}
    for f in filed:
        key = {Location.QUARANTINE: "quarantined", Location.RETRY: "retry"}.get(f.location) or (
            "duplicate" if f.action == FileAction.DUPLICATE else "stored")
        counts[key] = counts.get(key, 0) + 1
    return {
        "counts": counts,
        "files": [asdict(f) for f in filed],
        "cases_touched": touched,
    }


def to_markdown(summary: dict) -> str:
    c = summary["counts"]
    lines = [
        "# Inläsning",
        "",
        f"- Nya dokument: {c.get('stored', 0)}",
        f"- Dubbletter: {c.get('duplicate', 0)}",
        f"- I karantän: {c.get('quarantined', 0)}",
        f"- Berörda ärenden: {len(summary['cases_touched'])}",
        *([f"- Mappar i inkorgen läses inte: {', '.join(summary['folders_ignored'])}"]
          if summary.get("folders_ignored") else []),
        "",
        "| Fil | Resultat | Ärende | Anledning |",
        "|---|---|---|---|",
    ]
    for f in summary["files"]:
        reason = f["message"] or ""
        code = f" ({f['reason']})" if f["location"] == Location.QUARANTINE and f["reason"] else ""
        lines.append(f"| {_md(f['name'])} | {result_label(f)} | {_md(f['dnr_key'] or '–')} "
                     f"| {_md(reason)}{code} |")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


if __name__ == "__main__":
    import sys

    print(ingest_flow(sys.argv[1] if len(sys.argv) > 1 else "inbox")["counts"])
