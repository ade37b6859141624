"""Ingest: read, extract and store files, one at a time (a plain loop for now; the
flows issue turns it into a Prefect flow that calls `ingest_file`).

A bad file never stops the batch: it is stored with status failure and its reason
code, so the register shows it and a person can act. Same bytes under any name are
recognised by their sha256 before any parsing, so a re-run costs a hash per file.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.document import DOCUMENT_SUFFIXES
from pipeline.errors import MotionsError
from pipeline.extract import extract_file
from pipeline.inbox import sha256_of
from pipeline.store import Store
from pipeline.vocab import DocStatus, FileAction, Reason

IGNORED_PREFIXES = (".", "~$", "._")  # hidden files, Word lock files, macOS forks


@dataclass(frozen=True)
class FileResult:
    """What became of one file: the one result of `--keep`, the batch and the flow
    (the flow's summary lists these as dicts). `location` and `name` are set when the
    inbox files it away; a file read in place (`--keep`) has neither."""

    path: str
    action: str  # stored / supersedes / superseded / same_content / duplicate / failure / retry
    status: str  # success / partial / failure
    doc_type: str | None
    dnr_key: str | None
    case_id: int | None
    document_id: int | None
    reason: str | None = None
    message: str | None = None
    needs_review: bool = False
    location: str | None = None  # archive / quarantine / retry
    name: str | None = None  # the file's name as claimed (printable)
    case_ids: tuple[int, ...] = ()  # a whole protocol: every case its items touched

    @property
    def touched(self) -> tuple[int, ...]:
        return self.case_ids or ((self.case_id,) if self.case_id is not None else ())


def list_files(paths: list[str | os.PathLike]) -> list[Path]:
    """Files named, and the documents directly inside folders named (sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.iterdir()
                          if f.suffix.lower() in DOCUMENT_SUFFIXES and not f.name.startswith(IGNORED_PREFIXES) and f.is_file())
        else:
            out.append(p)
    return out


def ingest_file(store: Store, path: str | os.PathLike) -> FileResult:
    """Read, extract and store one file in this process (the flow uses a worker pool)."""
    path = Path(path)
    digest = sha256_of(path)
    if digest:
        known = store.known(digest)
        if known:
            return FileResult(str(path), FileAction.DUPLICATE, known.status, None, known.dnr_key, known.case_id,
                                 known.document_id, message="samma fil finns redan")
    fmt = path.suffix.lower().lstrip(".") or None
    try:
        record = extract_file(path)
    except MotionsError as e:
        return record_failure(store, path, digest, fmt, e.reason, e.message)
    except Exception as e:  # noqa: BLE001 - one bad file must not end the batch
        return record_failure(store, path, digest, fmt, Reason.INTERNAL_ERROR, f"{type(e).__name__}: {e}")
    return store_record(store, path, digest, fmt, record)


def store_record(store: Store, path: Path, digest: str | None, fmt: str | None, record) -> FileResult:
    """Store one extracted record; a store error is recorded as the file's failure."""
    try:
        result = _store_with_retry(store, record, path.name)
    except Exception as e:  # noqa: BLE001 - e.g. the database went away: record it, go on
        if is_transient(e):
            return _retry_later(path, e)
        return record_failure(store, path, digest, fmt, Reason.STORE_ERROR, f"{type(e).__name__}: {e}")
    first_warning = record.warnings[0] if record.warnings else None
    return FileResult(
        str(path), result.action, result.status, record.doc_type, result.dnr_key, result.case_id,
        result.document_id, first_warning.code if first_warning else None, result.message, result.needs_review,
        case_ids=result.case_ids,
    )


def _store_with_retry(store: Store, record, name: str):
    # Two ingests racing on PostgreSQL can both try to create the case for a new Dnr;
    # the loser gets a unique violation, and on a second try finds the case.
    from sqlalchemy.exc import IntegrityError

    try:
        return store.add_record(record, name=name)
    except IntegrityError:
        return store.add_record(record, name=name)


def record_failure(store: Store, path: Path, digest: str | None, fmt: str | None, reason: str,
                   message: str) -> FileResult:
    # A file we could not even hash still gets a row: keyed by its path, so the
    # register lists it; the same path failing again updates that row.
    key = digest or hashlib.sha256(f"unreadable:{path.resolve()}".encode()).hexdigest()
    try:
        doc_id = store.add_failure(sha256=key, name=path.name, fmt=fmt, reason=reason, message=message).document_id
    except Exception as e:  # noqa: BLE001 - the store itself fails: report, never raise
        if is_transient(e):
            return _retry_later(path, e)  # else the register would never list this file
        doc_id, message = None, f"{message} (kunde inte sparas: {type(e).__name__})"
    return FileResult(str(path), FileAction.FAILURE, DocStatus.FAILURE, None, None, None, doc_id, reason, message)


def is_transient(error: BaseException) -> bool:
    """A failure that a later try can get past: disk full, a lock held past the
    busy timeout, a database that went away. A bad document is never one."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    if isinstance(error, (OperationalError, InterfaceError, OSError)):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)


def transient_message(error: BaseException) -> str:
    detail = (str(getattr(error, "orig", None) or error).strip().splitlines() or [type(error).__name__])[0][:200]
    return f"Registret gick inte att skriva till just nu ({detail}); filen läses in vid nästa körning."


def _retry_later(path: Path, error: BaseException) -> FileResult:
    return FileResult(str(path), FileAction.RETRY, DocStatus.FAILURE, None, None, None, None, Reason.STORE_UNAVAILABLE,
                         transient_message(error))


def ingest(store: Store, paths: list[str | os.PathLike]) -> list[FileResult]:
    return [ingest_file(store, p) for p in list_files(paths)]
