"""The worker pool: a hung, crashing or memory-hungry read ends as a reason, and
the documents after it are still extracted."""

import pytest
import os
import time

from conftest import SAMPLES
from pipeline.isolation import ExtractionPool, Extracted, read_and_extract


def hang_or_extract(path):
    if path.endswith("hang.txt"):
        time.sleep(60)
    if path.endswith("crash.txt"):
        os._exit(9)
    if path.endswith("hog.txt"):
        block = bytearray(3 * 1024**3)  # past the 512 MB cap below
        return Extracted(path, reason="unexpected", message=str(len(block)))
    return read_and_extract(path)


@pytest.mark.slow
def test_isolation_bad_workers_end_as_reasons_and_the_batch_goes_on(tmp_path):
    seed = str(SAMPLES / "seed_ange_ks-20-399_svar.txt")
    paths = [str(tmp_path / "hang.txt"), str(tmp_path / "crash.txt"), str(tmp_path / "hog.txt"), seed]
    started = time.monotonic()
    with ExtractionPool(workers=2, timeout_s=3, memory_mb=512, worker=hang_or_extract) as pool:
        results = pool.map(paths)
    assert time.monotonic() - started < 30
    assert [r.path for r in results] == paths
    assert results[0].reason == "timeout"
    assert results[1].reason == "worker_crashed"
    assert results[2].reason in {"memory_limit", "worker_crashed"}
    assert results[3].record is not None and results[3].record.dnr == "KS 20/399"


def test_isolation_reader_errors_come_back_as_reasons(tmp_path):
    empty = tmp_path / "tom.pdf"
    empty.write_bytes(b"")
    with ExtractionPool(workers=1) as pool:
        [result] = pool.map([str(empty)])
    assert (result.record, result.reason) == (None, "empty_file")
    assert result.message == "Filen är tom."
