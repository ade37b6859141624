"""Report flow: case summaries, the register export and the council report.

Called by the ingest flow for the cases a run touched; `motions report` runs it
on its own (all cases) to date the council report by another day.
"""


import asyncio
import datetime as dt
import logging
from dataclasses import asdict, is_dataclass

from flows import settings  # noqa: F401  - Prefect settings before Prefect
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from pipeline.store import open_store


@task(cache_policy=NO_CACHE)
def write_reports(db: str | None, governance: str | None, outputs: str, case_ids: list[int] | None,
                  today: dt.date | None) -> dict:
    from pipeline.reports import write_all

    try:
        with open_store(db, governance) as store:
            paths = write_all(store, outputs, case_ids=case_ids, today=today)
    except OSError as e:
        # A full disk or a folder without write access: the register is stored; the
        # person is told which reports are missing (a Prefect traceback tells no one).
        logging.getLogger("motions.report").exception("reports could not be written")
        return {"error": f"Rapporterna kunde inte skrivas till {outputs}: {e.strerror or e}"}
    data = asdict(paths) if is_dataclass(paths) else dict(paths)
    return {k: ([str(p) for p in v] if isinstance(v, (list, tuple)) else str(v)) for k, v in data.items()}


@flow(name="motions-report")
async def report(db: str | None = None, governance: str | None = None, outputs: str = "outputs",
                 case_ids: list[int] | None = None, today: dt.date | None = None) -> dict:
    return write_reports(db, governance, outputs, case_ids, today)


def report_flow(**kwargs) -> dict:
    """Run the report flow from synchronous code (async for the reason in flows/ingest.py)."""
    return asyncio.run(report(**kwargs))
