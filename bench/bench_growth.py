"""How extraction time grows with the number of att-lines in one document.

    .venv/bin/python bench/bench_growth.py [--sizes 1000,10000,100000] [--shape x|bare|distinct]

Figures, not a test (tests/test_hostile_content.py counts work instead). Each
document is a motion: a title, "Jag föreslår att kommunfullmäktige beslutar" and
N att-lines, written as a .txt file and read by the normal reader; only the
extraction is timed. Linear growth shows as a ratio near 10 per 10x lines.
Shapes: x = "att kommunen gör X{i}." (the issue's text), bare = "att" alone,
distinct = six random words each (all different clauses, the worst case).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from pipeline.extract import extract
from pipeline.readers import read_document

_WORDS = ["kommunen", "bygger", "skola", "väg", "park", "bad", "utreder", "snabbt", "nya", "gamla", "cykel",
          "bibliotek", "förskola", "gata", "belysning", "plan", "budget", "äldre", "unga", "idrott"]


def att_line(shape: str, i: int) -> str:
    if shape == "bare":
        return "att"
    if shape == "distinct":
        rnd = random.Random(i)
        return "att " + " ".join(rnd.choice(_WORDS) for _ in range(6)) + f" nummer {i}."
    return f"att kommunen gör X{i}."


def motion_text(shape: str, n: int) -> str:
    lines = "\n".join(att_line(shape, i) for i in range(n))
    return f"Motion om många förslag\n\nJag föreslår att kommunfullmäktige beslutar\n\n{lines}\n\nAnna Berg (S)\n"


def time_extraction(shape: str, n: int, folder: Path) -> tuple[float, int]:
    path = folder / f"motion-{shape}-{n}.txt"
    path.write_text(motion_text(shape, n), encoding="utf-8")
    doc = read_document(path)
    started = time.perf_counter()
    record = extract(doc)
    return time.perf_counter() - started, len(record.clauses)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--shape", choices=("x", "bare", "distinct"), default="x")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        time_extraction(args.shape, 10, Path(tmp))  # warm up: spaCy and the rule files load once
        previous = None
        print(f"shape {args.shape!r}: extraction time by number of att-lines")
        for n in sizes:
            seconds, clauses = time_extraction(args.shape, n, Path(tmp))
            growth = f"  x{seconds / previous[1]:5.1f} for x{n / previous[0]:.0f} lines" if previous else ""
            print(f"{n:>8} att-lines: {seconds:8.2f} s  ({clauses} clauses){growth}")
            previous = (n, seconds)


if __name__ == "__main__":
    main()
