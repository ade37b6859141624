"""What the two scorers share: text normalisation, set tallies, clause alignment."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

CLAUSE_MATCH = 0.9


def norm(text: str | None) -> str:
    if text is None:
        return ""
    text = text.lower().replace("\u00ad", "")
    text = re.sub(r"^\s*att\s*\d*\s*", "", text)
    text = re.sub(r"[^\wåäöé]+", " ", text)
    text = re.sub(r"\b(samt|och)\s*$", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


def similarity(a: str, b: str) -> float:
    a, b = norm(a), norm(b)
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def multiset(tally: Tally, predicted: list, truth: list) -> bool:
    """Count a multiset comparison; True when the two agree."""
    p, t = Counter(predicted), Counter(truth)
    tp = sum((p & t).values())
    tally.add(tp, sum(p.values()) - tp, sum(t.values()) - tp)
    return p == t


def align_clauses(predicted: list[dict], truth: list[dict]) -> dict[int, int]:
    """Predicted clause number -> truth clause number (one to one, best text match)."""
    pairs = sorted(
        ((similarity(p["text"], t["text"]), p["number"], t["number"]) for p in predicted for t in truth),
        reverse=True,
    )
    mapping: dict[int, int] = {}
    used: set[int] = set()
    for score, pn, tn in pairs:
        if score < CLAUSE_MATCH:
            break
        if pn not in mapping and tn not in used:
            mapping[pn] = tn
            used.add(tn)
    return mapping


def run_scorer(prog: str, doc: str | None, score, table, empty: str, argv: list[str] | None) -> int:
    """The two scorers' command line: score a folder, print the table, -v every mismatch."""
    import argparse
    import sys
    from pathlib import Path

    parser = argparse.ArgumentParser(prog=prog, description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, nargs="?", default=Path("samples"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    overall, by_format = score(args.folder)
    if not overall.documents:
        print(empty.format(folder=args.folder), file=sys.stderr)
        return 2
    print(table(overall, by_format))
    if args.verbose:
        print("\n".join(overall.mismatches))
    return 0


def extracted(path: Path) -> dict:
    """A document's record, extracted now (the scorers' default reader)."""
    from pipeline.extract import extract_file

    return extract_file(path).to_dict()

