"""Read and extract in worker processes that can be killed.

A hung or runaway parser (a PDF with stacked compression filters, a docx that
inflates to gigabytes) cannot be stopped from inside the process that runs it:
Prefect's task timeout does not interrupt a blocking C call. So reading and
extraction run in a pebble process pool with a wall-clock timeout per document
and an address-space cap per worker; a worker that dies is replaced.
"""

from __future__ import annotations

import os
import resource
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.errors import MotionsError

if TYPE_CHECKING:  # pipeline.extract loads spaCy and pebble multiprocessing: not for `motions --help`
    from pebble import ProcessPool

    from pipeline.extract.record import Record

DEFAULT_TIMEOUT_S = 60.0
DEFAULT_MEMORY_MB = 2048
MAX_TASKS = 1000


@dataclass(frozen=True)
class Extracted:
    """What a worker sends back: a record, or a reason a person can act on."""

    path: str
    record: Record | None = None
    reason: str | None = None
    message: str | None = None


def _limit_memory(memory_mb: int) -> None:
    # RLIMIT_AS bounds the whole address space of the worker: an allocation past
    # it raises MemoryError (or kills the worker), never the machine.
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def read_and_extract(path: str) -> Extracted:
    from pipeline.extract import extract_file

    try:
        return Extracted(path, record=extract_file(path))
    except MotionsError as e:
        return Extracted(path, reason=e.reason, message=e.message)
    except MemoryError:
        return Extracted(path, reason="memory_limit", message="Dokumentet kräver för mycket minne för att läsas.")
    except Exception as e:  # noqa: BLE001 - a parser bug becomes a quarantine reason, not a crash
        return Extracted(path, reason="internal_error", message=f"Oväntat fel vid läsning: {type(e).__name__}: {e}")


class ExtractionPool:
    """A pool of worker processes; use as a context manager.

        with ExtractionPool() as pool:
            for result in pool.map(paths): ...
    """

    def __init__(self, workers: int | None = None, timeout_s: float = DEFAULT_TIMEOUT_S,
                 memory_mb: int = DEFAULT_MEMORY_MB, worker=read_and_extract) -> None:
        self.worker = worker  # a module-level function (it is pickled to the workers)
        self.workers = workers or max(1, min(2, os.cpu_count() or 1))
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self._pool: ProcessPool | None = None

    def __enter__(self) -> "ExtractionPool":
        from pebble import ProcessPool

        # A worker is replaced after MAX_TASKS documents: spaCy's string store keeps
        # every new token, so a long-lived worker grows (1.25 GB after 5,000 documents).
        self._pool = ProcessPool(max_workers=self.workers, max_tasks=MAX_TASKS, initializer=_limit_memory,
                                 initargs=(self.memory_mb,))
        return self

    def __exit__(self, exc_type, *exc) -> None:
        assert self._pool is not None
        if exc_type is not None:
            # Ctrl-C or an error: nobody waits for the results, and a hung worker
            # must not hold the exit for the join timeout.
            self._pool.stop()
        else:
            self._pool.close()
        self._pool.join(timeout=30)
        self._pool = None

    def map(self, paths: list[str]) -> list[Extracted]:
        """Extract every path; results in the same order, one per path, never raises."""
        return self.collect(self.submit(paths))

    def submit(self, paths: list[str]) -> list[tuple[str, object]]:
        """Start extracting; the workers run ahead while the caller stores earlier results."""
        assert self._pool is not None, "use ExtractionPool as a context manager"
        return [(p, self._pool.schedule(self.worker, args=(p,), timeout=self.timeout_s)) for p in paths]

    def collect(self, futures: list[tuple[str, object]]) -> list[Extracted]:
        from pebble import ProcessExpired

        results = []
        for path, future in futures:
            try:
                results.append(future.result())
            except FutureTimeout:
                results.append(Extracted(path, reason="timeout",
                                         message=f"Läsningen tog mer än {self.timeout_s:.0f} s och avbröts."))
            except MemoryError:
                results.append(Extracted(path, reason="memory_limit",
                                         message="Dokumentet kräver för mycket minne för att läsas."))
            except ProcessExpired as e:
                results.append(Extracted(path, reason="worker_crashed",
                                         message=f"Läsningen avbröts: processen avslutades ({e.exitcode})."))
            except Exception as e:  # noqa: BLE001 - pickling or pool errors must not end the batch
                results.append(Extracted(path, reason="internal_error", message=f"{type(e).__name__}: {e}"))
        return results
