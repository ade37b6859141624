"""Read + extract every sample several times; print documents/s per stage.

    .venv/bin/python bench/bench_extract.py [--rounds 3]

Figures, not a test: reading and extraction are timed in the same run so their
ratio holds on a noisy machine.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pipeline.extract import extract
from pipeline.readers import read_document

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".docx", ".pdf", ".txt"})
    extract(read_document(files[0]))  # warm up: spaCy tokenizer and pattern compilation
    by_format: dict[str, list[float]] = {}
    read_s = extract_s = 0.0
    for _ in range(args.rounds):
        for path in files:
            t0 = time.perf_counter()
            doc = read_document(path)
            t1 = time.perf_counter()
            extract(doc)
            t2 = time.perf_counter()
            read_s += t1 - t0
            extract_s += t2 - t1
            by_format.setdefault(path.suffix, []).append(t2 - t0)
    n = len(files) * args.rounds
    print(f"{len(files)} samples x {args.rounds} rounds = {n} documents")
    print(f"read:     {n / read_s:8.1f} docs/s  ({1000 * read_s / n:.1f} ms/doc)")
    print(f"extract:  {n / extract_s:8.1f} docs/s  ({1000 * extract_s / n:.1f} ms/doc)")
    print(f"together: {n / (read_s + extract_s):8.1f} docs/s")
    for suffix, times in sorted(by_format.items()):
        print(f"  {suffix:6} {1000 * sum(times) / len(times):6.1f} ms/doc (read + extract)")


if __name__ == "__main__":
    main()
