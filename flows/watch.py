"""Watch an inbox: run the ingest flow when complete files arrive.

watchdog wakes the loop on file events (PollingObserver with --poll, for network
shares where inotify sees nothing). A file is taken only when complete: its size
and mtime unchanged across two checks `interval` apart (a Windows copy
pre-allocates the full size, so size alone is not enough). Lock files, hidden and
temporary files are ignored (pipeline.inbox decides). A full rescan every
`rescan` seconds catches whatever an event queue dropped. One process, one
Prefect start: flow runs after the first are cheap.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path

from flows import settings  # noqa: F401  - Prefect settings before Prefect
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from pipeline.inbox import Inbox

log = logging.getLogger("motions.watch")


class _Wake(FileSystemEventHandler):
    def __init__(self, event: threading.Event) -> None:
        self.event = event

    def on_any_event(self, event) -> None:
        self.event.set()


class Stability:
    """A file is complete when its (size, mtime) stayed the same over `looks`
    consecutive checks (two by default: `interval` seconds apart, so one stall of a
    slow copy shorter than two intervals is not mistaken for the end). An empty
    file must stay empty for `empty_grace` seconds: some copy tools create the file
    first and write it a moment later."""

    def __init__(self, empty_grace: float = 10.0, looks: int = 2) -> None:
        self.seen: dict[str, tuple[tuple[int, int], float, int]] = {}
        self.empty_grace = empty_grace
        self.looks = looks

    def complete(self, paths: list[Path]) -> list[Path]:
        ready, now_seen = [], {}
        now = time.monotonic()
        for p in paths:
            try:
                st = os.lstat(p)
            except OSError:
                continue
            sig = (st.st_size, st.st_mtime_ns)
            before = self.seen.get(p.name)
            if before and before[0] == sig:
                since, same = before[1], before[2] + 1
            else:
                since, same = now, 0
            now_seen[p.name] = (sig, since, same)
            if same >= self.looks and (st.st_size > 0 or now - since >= self.empty_grace):
                ready.append(p)
        self.seen = now_seen
        return ready


# A watcher whose runs keep failing (Prefect's temporary server gone, the database
# unreachable) ends with exit code 3 after this many in a row, so that the service
# manager that keeps it alive (systemd Restart=on-failure) starts it afresh.
MAX_FAILED_RUNS = 3


def watch(inbox: str, *, db: str | None = None, governance: str | None = None, outputs: str | None = "outputs",
          poll: bool = False, interval: float = 2.0, rescan: float = 60.0, once: bool = False,
          stop: threading.Event | None = None) -> int:
    box = Inbox(inbox).ensure()
    stop = stop or threading.Event()
    wake = threading.Event()
    observer = PollingObserver(timeout=interval) if poll else Observer()
    observer.schedule(_Wake(wake), str(box.root), recursive=False)
    observer.start()
    _stop_on_sigterm(stop)
    stability = Stability()
    print(f"Bevakar {box.root} (avsluta med Ctrl-C)", flush=True)
    last_full, failed, reported_folders = 0.0, 0, set()
    try:
        while not stop.is_set() and failed < MAX_FAILED_RUNS:
            wake.wait(timeout=interval)
            wake.clear()
            now = time.monotonic()
            full = now - last_full >= rescan
            if full:
                last_full = now
            # A stray (FIFO, link) has no size to settle: it is set aside at once.
            waiting = box.waiting(strays=True)
            regular = [p for p in waiting if p.is_file() and not p.is_symlink()]
            ready = stability.complete(regular) + [p for p in waiting if p not in regular]
            # Files of other runs (alive or gone) and files waiting for another try
            # are looked at on the full rescan only: a run of another process may
            # hold them, and a full disk needs time, not a retry every interval.
            if not ready and not (full and (box.unfinished() or box.retrying())):
                if once and not waiting:
                    break
                continue
            ok = _run(box, ready, full, reported_folders, db=db, governance=governance, outputs=outputs)
            failed = 0 if ok else failed + 1
            _stop_on_sigterm(stop)  # a flow run may have put Prefect's own handler in place
            if once and not box.waiting(strays=True) and not box.unfinished():
                break
    except KeyboardInterrupt:
        pass
    finally:
        observer.stop()
        observer.join(timeout=5)
    if failed >= MAX_FAILED_RUNS:
        print(f"FEL: {failed} inläsningar i rad misslyckades; bevakningen avslutas. Filerna ligger kvar och läses "
              f"när den startas igen.", file=sys.stderr, flush=True)
        return 3
    print("Bevakningen avslutad.", flush=True)
    return 0


def _stop_on_sigterm(stop: threading.Event) -> None:
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())


def _run(box: Inbox, ready: list[Path], full: bool, reported_folders: set[str], **flow_args) -> bool:
    """One ingest run over the files that are ready; prints its line. False if it failed."""
    from flows.ingest import ingest_flow, run_errors

    try:
        summary = ingest_flow(str(box.root), only=[p.name for p in ready], retry=full, **flow_args)
    except Exception as e:  # noqa: BLE001 - the watcher outlives any one run
        log.exception("watch run failed")
        print(f"FEL under inläsningen: {type(e).__name__}: {e}. Filerna ligger kvar och läses vid nästa "
              f"genomgång.", file=sys.stderr, flush=True)
        return False
    c = summary["counts"]
    print(f"{time.strftime('%H:%M:%S')} inläst: {c.get('stored', 0)} nya, {c.get('duplicate', 0)} "
          f"dubbletter, {c.get('quarantined', 0)} i karantän", flush=True)
    for f in summary["files"]:
        if f["location"] == "quarantine":
            print(f"  i karantän: {f['name']}: {f['message']}", flush=True)  # the code stays in .reason.json
    if c.get("retry"):
        print(f"  {c['retry']} filer väntar i retry/: registret gick inte att skriva till.", flush=True)
    for error in run_errors(summary):
        print(f"FEL: {error}", file=sys.stderr, flush=True)
    for name in summary.get("folders_ignored", []):
        if name not in reported_folders:
            reported_folders.add(name)
            print(f"  OBS: mappen {name} läses inte; lägg filerna direkt i inkorgen.", flush=True)
    return not summary.get("error")
