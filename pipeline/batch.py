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

from pipeline.inbox import Inbox, sha256_of
from pipeline.isolation import Extracted
from pipeline.register import IngestOutcome, record_failure, store_record
from pipeline.store import Store


@dataclass(frozen=True)
class Claimed:
    path: Path  # in processing/
    sha256: str | None
    resumed: bool  # claimed by an earlier run that did not finish


@dataclass(frozen=True)
class Filed:
    """What became of one file, and where it is now."""

    name: str
    outcome: IngestOutcome
    location: str  # archive / quarantine / processing (moving failed: stays for the next run)
    path: str


def claim(box: Inbox, only: list[str] | None = None) -> list[Claimed]:
    """Unfinished files from an earlier run first, then everything waiting (or the
    names in `only`: the watcher passes the files it saw complete)."""
    claimed = [Claimed(p, sha256_of(p), True) for p in box.unfinished()]
    for path in box.waiting(strays=True):
        if only is not None and path.name not in only:
            continue
        target = box.claim(path)
        if target is not None:
            claimed.append(Claimed(target, sha256_of(target), False))
    return claimed


def triage(store: Store, claimed: list[Claimed]) -> tuple[list[IngestOutcome], list[Claimed]]:
    """Split into files whose bytes are stored already and files to extract."""
    known, todo = [], []
    hits = store.known_many([c.sha256 for c in claimed if c.sha256])
    for c in claimed:
        hit = hits.get(c.sha256) if c.sha256 else None
        if hit is None:
            todo.append(c)
            continue
        message = "fanns redan (återupptagen körning)" if c.resumed else "samma fil finns redan"
        known.append(IngestOutcome(str(c.path), "duplicate", hit.status, None, hit.dnr_key, hit.case_id,
                                   hit.document_id, message=message))
    return known, todo


def store_all(store: Store, claimed: list[Claimed], extracted: list[Extracted]) -> list[IngestOutcome]:
    """Store what the workers sent back, the records of a chunk in one transaction
    (each touched case recomputed once); failures are recorded with their reason.
    If the chunk's transaction fails, each record is stored on its own so one bad
    record cannot keep the others out."""
    outcomes: dict[int, IngestOutcome] = {}
    good = [(i, c, ex.record) for i, (c, ex) in enumerate(zip(claimed, extracted, strict=True)) if ex.record]
    if good:
        try:
            results = store.add_records([r for _, _, r in good], names=[c.path.name for _, c, _ in good])
        except Exception:  # noqa: BLE001 - fall back to one transaction per record
            results = None
        for n, (i, c, record) in enumerate(good):
            fmt = c.path.suffix.lower().lstrip(".") or None
            if results is None:
                outcomes[i] = store_record(store, c.path, c.sha256, fmt, record)
                continue
            r = results[n]
            first = record.warnings[0].code if record.warnings else None
            outcomes[i] = IngestOutcome(str(c.path), r.action, r.status, record.doc_type, r.dnr_key, r.case_id,
                                        r.document_id, first, r.message, r.needs_review)
    for i, (c, ex) in enumerate(zip(claimed, extracted)):
        if ex.record is None:
            fmt = c.path.suffix.lower().lstrip(".") or None
            outcomes[i] = record_failure(store, c.path, c.sha256, fmt, ex.reason or "internal_error",
                                         ex.message or "Okänt fel.")
    return [outcomes[i] for i in range(len(claimed))]


def file_away(box: Inbox, outcome: IngestOutcome, sha256: str | None) -> Filed:
    path = Path(outcome.path)
    try:
        if outcome.action == "failure":
            placed = box.quarantine_file(path, outcome.reason or "internal_error", outcome.message or "", sha256)
            location = "quarantine"
        else:
            placed = box.archive_file(path)
            location = "archive"
    except OSError as e:
        # Left in processing/: the next run picks it up again. Raised so the
        # flow's I/O retry can try once more first.
        raise OSError(f"kunde inte flytta {path.name}: {e}") from e
    return Filed(path.name, replace(outcome, path=str(placed.path)), location, str(placed.path))
