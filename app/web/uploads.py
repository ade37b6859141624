"""Uploads from the browser: check, place in the inbox, run the ingest flow.

Order matters. Everything that can reject a file runs on the bytes in memory,
before anything is written to the inbox: the name, the size, and the format
sniffed from the bytes (pipeline.readers.sniff, the same checks the readers run).
An accepted file appears in the inbox atomically (written under an ignored
".upload-…" name, then hard-linked to a free name, never overwriting), so a
watcher on the same inbox never sees half a file. The ingest flow then runs in a
single background thread, one run at a time, with `only=` the names written, and
each file's result is kept in memory for the page to poll.

The runner (the ingest flow) is handed in by whoever starts the page (`motions
serve` builds it from flows.ingest); this package never imports flows/ or Prefect.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import threading
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from pipeline.document import DOCUMENT_SUFFIXES
from pipeline.errors import REASONS, MotionsError
from pipeline.inbox import Inbox
from pipeline.readers.sniff import DEFAULT_MAX_BYTES, sniff_bytes
from pipeline.labels import FILE_ACTION_SV, JOB_STATE_SV, UPLOAD_RESULT_SV

MAX_FILES = 20
MAX_NAME = 120
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")

class UploadRejected(MotionsError):
    reason = "rejected"


def reject(reason: str, detail: str | None = None) -> UploadRejected:
    message = REASONS.get(reason, "Filen tas inte emot.")
    return UploadRejected(f"{message} ({detail})" if detail else message, reason=reason)


def clean_name(raw: str | None) -> str:
    """The file name a person gave, safe for the inbox: the last path part only, no
    control or reserved characters, no leading dots or lock-file prefixes (the inbox
    ignores those), at most MAX_NAME characters with the suffix kept."""
    name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE.sub("_", name).strip().lstrip(".")
    while name.startswith(("~$", "._")):
        name = name[2:]
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    suffix = suffix.lower()
    stem = stem.strip(" .")[: MAX_NAME - len(suffix) - 1] or "dokument"
    return f"{stem}.{suffix}" if suffix else stem


def check_upload(name: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The sniffed format ("docx", "pdf", "txt") of an upload, or UploadRejected with a
    reason code and a Swedish message. Runs on bytes in memory; writes nothing."""
    suffix = Path(name).suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        raise reject("unsupported_format", "endast .docx, .pdf, .txt och .eml tas emot")
    if not data:
        raise reject("empty_file")
    if len(data) > max_bytes:
        raise reject("oversized", f"{len(data) // 1024} kB, gränsen är {max_bytes // 1024} kB")
    try:
        fmt = sniff_bytes(data).value
    except MotionsError as e:
        raise UploadRejected(e.message, reason=e.reason) from None
    if f".{fmt}" != suffix:
        raise reject("wrong_extension", f"innehållet är {fmt}, filen heter {suffix}")
    return fmt


def place_in_inbox(box: Inbox, name: str, data: bytes) -> str:
    """Write `data` into the inbox under `name` or a free variant ("x (2).docx"); return
    the name used. Never overwrites, and the file appears complete or not at all."""
    box.ensure()
    tmp = box.root / f".upload-{uuid.uuid4().hex}.part"  # ignored by the inbox and the watcher
    with open(tmp, "xb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 1
    try:
        while True:
            candidate = name if n == 1 else f"{stem} ({n}){suffix}"
            n += 1
            if os.path.lexists(box.processing / candidate):
                continue  # a claimed file of that name would rename ours on claim
            try:
                os.link(tmp, box.root / candidate)
            except FileExistsError:
                continue
            return candidate
    finally:
        tmp.unlink(missing_ok=True)


@dataclass
class FileResult:
    name: str  # as uploaded (cleaned)
    stored_as: str | None  # the name in the inbox, None when rejected
    result: str  # queued / stored / duplicate / quarantined / rejected / unknown
    label: str
    reason: str | None = None
    message: str | None = None
    dnr_key: str | None = None
    case_id: int | None = None
    document_id: int | None = None


@dataclass
class Job:
    id: str
    created: str
    state: str = "queued"  # queued / running / done / failed
    state_label: str = JOB_STATE_SV["queued"]
    message: str | None = None
    files: list[FileResult] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.state in ("done", "failed")

    def to_dict(self) -> dict:
        return {**asdict(self), "finished": self.finished}


def file_result(entry: dict) -> tuple[str, str, str | None, str | None]:
    """(result, Swedish label, reason, message) for one file of the flow's summary."""
    if entry.get("location") == "quarantine":
        return "quarantined", UPLOAD_RESULT_SV["quarantined"], entry.get("reason"), entry.get("message")
    if entry.get("location") != "archive":
        return ("unknown", "inte färdigbehandlad; läses in vid nästa körning", entry.get("reason"),
                entry.get("message"))
    action = entry.get("action")
    if action == "duplicate":
        return "duplicate", UPLOAD_RESULT_SV["duplicate"], None, entry.get("message")
    return "stored", FILE_ACTION_SV.get(action, UPLOAD_RESULT_SV["stored"]), None, entry.get("message")


Runner = Callable[[list[str]], dict]


class Uploads:
    """Upload jobs and the one background thread that runs the ingest flow."""

    def __init__(self, box: Inbox, runner: Runner, *, keep: int = 200) -> None:
        self.box = box
        self.runner = runner
        self.keep = keep
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="motions-upload")

    def submit(self, files: list[FileResult]) -> Job:
        job = Job(uuid.uuid4().hex, dt.datetime.now().astimezone().isoformat(timespec="seconds"), files=files)
        if not any(f.stored_as for f in files):
            job.state, job.state_label = "done", JOB_STATE_SV["done"]
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > self.keep:
                self._jobs.popitem(last=False)
        if not job.finished:
            self._pool.submit(self._run, job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def _run(self, job: Job) -> None:
        job.state, job.state_label = "running", JOB_STATE_SV["running"]
        names = [f.stored_as for f in job.files if f.stored_as]
        try:
            summary = self.runner(names)
        except Exception as e:  # noqa: BLE001 - shown to the person; the files wait in the inbox
            job.message = (f"Inläsningen misslyckades ({type(e).__name__}). Filerna ligger kvar i inkorgen "
                           "och läses in vid nästa körning.")
            for f in job.files:
                if f.stored_as:
                    f.result, f.label = "unknown", "inte inläst ännu"
            job.state, job.state_label = "failed", JOB_STATE_SV["failed"]
            return
        by_name = {entry["name"]: entry for entry in summary.get("files", [])}
        for f in job.files:
            if not f.stored_as:
                continue
            entry = by_name.get(f.stored_as)
            if entry is None:
                f.result, f.label = "unknown", "togs om hand av en annan inläsning (t.ex. motions watch)"
                continue
            f.result, f.label, f.reason, f.message = file_result(entry)
            f.dnr_key, f.case_id, f.document_id = entry.get("dnr_key"), entry.get("case_id"), entry.get("document_id")
        job.state, job.state_label = "done", JOB_STATE_SV["done"]

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

