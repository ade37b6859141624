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


def watch(inbox: str, *, db: str | None = None, governance: str | None = None, outputs: str | None = "outputs",
          poll: bool = False, interval: float = 2.0, rescan: float = 60.0, once: bool = False,
          stop: threading.Event | None = None) -> int:
    from flows.ingest import ingest_flow

    box = Inbox(inbox).ensure()
    stop = stop or threading.Event()
    wake = threading.Event()
    observer = PollingObserver(timeout=interval) if poll else Observer()
    observer.schedule(_Wake(wake), str(box.root), recursive=False)
    observer.start()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stability = Stability()
    print(f"Bevakar {box.root} (avsluta med Ctrl-C)", flush=True)
    last_full = 0.0
    reported_folders: set[str] = set()
    try:
        while not stop.is_set():
            wake.wait(timeout=interval)
            wake.clear()
            now = time.monotonic()
            full = now - last_full >= rescan
            if full:
                last_full = now
            # A stray (FIFO, link) has no size to settle: it is set aside at once.
            waiting = box.waiting(strays=True)
            regular = [p for p in waiting if p.is_file() and not p.is_symlink()]
            strays = [p for p in waiting if p not in regular]
            ready = stability.complete(regular) + strays
            # Files of other runs (alive or gone) and files waiting for another try
            # are looked at on the full rescan only: a run of another process may
            # hold them, and a full disk needs time, not a retry every interval.
            if not ready and not (full and (box.unfinished() or box.retrying())):
                if once and not waiting:
                    break
                continue
            try:
                summary = ingest_flow(str(box.root), db=db, governance=governance, outputs=outputs,
                                      only=[p.name for p in ready], retry=full)
                c = summary["counts"]
                print(f"{time.strftime('%H:%M:%S')} inläst: {c.get('stored', 0)} nya, {c.get('duplicate', 0)} "
                      f"dubbletter, {c.get('quarantined', 0)} i karantän", flush=True)
                for f in summary["files"]:
                    if f["location"] == "quarantine":
                        print(f"  karantän: {f['name']}: {f['reason']}: {f['message']}", flush=True)
                if c.get("retry"):
                    print(f"  {c['retry']} filer väntar i retry/: registret gick inte att skriva till.", flush=True)
                for error in filter(None, [summary.get("error"), (summary.get("reports") or {}).get("error")]):
                    print(f"FEL: {error}", file=sys.stderr, flush=True)
                for name in summary.get("folders_ignored", []):
                    if name not in reported_folders:
                        reported_folders.add(name)
                        print(f"  OBS: mappen {name} läses inte; lägg filerna direkt i inkorgen.", flush=True)
            except Exception as e:  # noqa: BLE001 - the watcher outlives any one run
                print(f"FEL under inläsningen: {type(e).__name__}: {e}. Filerna ligger kvar och "
                      f"läses vid nästa genomgång.", file=sys.stderr, flush=True)
            if once and not box.waiting(strays=True) and not box.unfinished():
                break
    except KeyboardInterrupt:
        pass
    finally:
        observer.stop()
        observer.join(timeout=5)
    print("Bevakningen avslutad.", flush=True)
    return 0
