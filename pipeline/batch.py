"""The steps of one ingest run, as plain functions (the Prefect flow in
flows/ingest.py only orders them and adds retries, logs and artifacts).

    claim → triage (hash; known bytes are duplicates) → extract (worker pool)
          → store (one transaction per chunk) → file away (archive / quarantine)

A file leaves processing/ only after its record is committed, so a crash at any
point leaves it there, and the next run finishes it: its bytes are then known and
it is archived as already stored. Nothing is stored twice, nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.inbox import Inbox, Run, display_name, files_in, sha256_of
from pipeline.isolation import Extracted
from pipeline.register import FileResult, is_transient, record_failure, store_record, transient_message
from pipeline.store import Store
from pipeline.vocab import DocStatus, FileAction, Location, Reason


@dataclass(frozen=True)
class Claimed:
    path: Path  # in processing/<run>/, under a safe name
    sha256: str | None
    resumed: bool  # claimed by an earlier run that did not finish


def claim(box: Inbox, run: Run, only: list[str] | None = None, *, retry: bool = True) -> list[Claimed]:
    """Files of runs that are gone first (finished in place), then files set aside for
    another try (with `retry`), then everything waiting (or the names in `only`: the
    watcher passes the files it saw complete)."""
    claimed = [Claimed(p, sha256_of(p), True) for p in box.adopt_stale(run)]
    waiting = [p for p in box.waiting(strays=True) if only is None or p.name in only]
    for path in (box.retrying() if retry else []) + waiting:
        target = box.claim(path, run)
        if target is not None:
            claimed.append(Claimed(target, sha256_of(target), False))
    return claimed


def release(box: Inbox, run: Run) -> list[Path]:
    """End a run: whatever it claimed and did not file (the run failed half-way) goes
    to retry/, so processing/ is left empty; returns those files. A file that cannot
    be moved either stays where it is, and the next run adopts it."""
    left = []
    for lease in run.leases:
        for path in files_in(lease.folder):
            try:
                left.append(box.defer_file(path, Reason.RUN_FAILED, "Körningen avbröts innan filen hann läsas "
                                                                     "in; den läses vid nästa körning.").path)
            except OSError:
                continue
    run.close()
    return left


def triage(store: Store, claimed: list[Claimed]) -> tuple[list[FileResult], list[Claimed]]:
    """Split into files whose bytes are stored already and files to extract."""
    known, todo = [], []
    hits = store.known_many([c.sha256 for c in claimed if c.sha256])
    for c in claimed:
        hit = hits.get(c.sha256) if c.sha256 else None
        if hit is None:
            todo.append(c)
            continue
        message = "fanns redan (återupptagen körning)" if c.resumed else "samma fil finns redan"
        known.append(FileResult(str(c.path), FileAction.DUPLICATE, hit.status, None, hit.dnr_key, hit.case_id,
                                   hit.document_id, message=message))
    return known, todo


def deferred(claimed: list[Claimed], error: BaseException) -> list[FileResult]:
    """Outcomes for a chunk the store could not take: each file waits in retry/."""
    return [FileResult(str(c.path), FileAction.RETRY, DocStatus.FAILURE, None, None, None, None, Reason.STORE_UNAVAILABLE,
                          transient_message(error)) for c in claimed]


def store_all(store: Store, claimed: list[Claimed], extracted: list[Extracted]) -> list[FileResult]:
    """Store what the workers sent back, the records of a chunk in one transaction
    (each touched case recomputed once); failures are recorded with their reason.
    A transient error is raised (the flow retries, then defers the chunk). Any
    other failure of the chunk's transaction makes each record be stored on its
    own, so one bad record cannot keep the others out."""
    outcomes: dict[int, FileResult] = {}
    good = [(i, c, ex.record) for i, (c, ex) in enumerate(zip(claimed, extracted, strict=True)) if ex.record]
    if good:
        try:
            results = store.add_records([r for _, _, r in good], names=[c.path.name for _, c, _ in good])
        except Exception as e:  # noqa: BLE001 - fall back to one transaction per record
            if is_transient(e):
                raise
            results = None
        for n, (i, c, record) in enumerate(good):
            fmt = c.path.suffix.lower().lstrip(".") or None
            if results is None:
                outcomes[i] = store_record(store, c.path, c.sha256, fmt, record)
                continue
            r = results[n]
            first = record.warnings[0].code if record.warnings else None
            outcomes[i] = FileResult(str(c.path), r.action, r.status, record.doc_type, r.dnr_key, r.case_id,
                                        r.document_id, first, r.message, r.needs_review, case_ids=r.case_ids)
    for i, (c, ex) in enumerate(zip(claimed, extracted)):
        if ex.record is None:
            fmt = c.path.suffix.lower().lstrip(".") or None
            outcomes[i] = record_failure(store, c.path, c.sha256, fmt, ex.reason or Reason.INTERNAL_ERROR,
                                         ex.message or "Okänt fel.")
    return [outcomes[i] for i in range(len(claimed))]


def file_away(box: Inbox, outcome: FileResult, sha256: str | None) -> FileResult:
    """Archive, quarantine or set aside for another try. An OSError leaves the file
    where it is (raised so the flow's I/O retry can try once more)."""
    path = Path(outcome.path)
    try:
        if outcome.action == FileAction.FAILURE:
            placed = box.quarantine_file(path, outcome.reason or Reason.INTERNAL_ERROR, outcome.message or "", sha256)
            location = Location.QUARANTINE
        elif outcome.action == FileAction.RETRY:
            placed = box.defer_file(path, outcome.reason or Reason.STORE_UNAVAILABLE, outcome.message or "", sha256)
            location = Location.RETRY
        else:
            placed = box.archive_file(path)
            location = Location.ARCHIVE
    except OSError as e:
        raise OSError(f"kunde inte flytta {display_name(path.name)}: {e.strerror or e}") from e
    return replace(outcome, path=str(placed.path), location=location, name=display_name(path.name))
