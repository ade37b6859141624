"""Score extraction against hand-checked ground truth.

    python -m pipeline.evaluate samples/            # table per field
    python -m pipeline.evaluate samples/ -v         # and every mismatch

Ground truth lives in `samples/truth/<stem>.json` (one per document; the .docx,
.pdf and .txt renderings of a document share it). Clauses are matched by text
(leading "att" and punctuation ignored), so a clause numbered differently but
found counts; comments and clause outcomes are compared through that matching.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.document import DOCUMENT_SUFFIXES
from pipeline.errors import MotionsError
from pipeline.evaluate_common import Tally, align_clauses, extracted, run_scorer
from pipeline.evaluate_common import multiset as _multiset
from pipeline.evaluate_common import norm as _norm

# Reader warnings (needs_ocr, tracked_changes, extension_mismatch ...) are tested
# with the readers; ground truth speaks of what extraction finds.
EXTRACTION_WARNINGS = {"placeholder_left", "empty_send_to", "clause_without_comment", "answer_without_decision"}
SCALAR_FIELDS = ("doc_type", "dnr", "dnr_key", "title", "municipality", "body", "date", "officer")


@dataclass
class Scores:
    documents: int = 0
    failed: list[str] = field(default_factory=list)
    exact: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    sets: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    mismatches: list[str] = field(default_factory=list)


def score_document(name: str, pred: dict, truth: dict, scores: Scores) -> None:
    scores.documents += 1

    def check(field_name: str, got, want) -> None:
        ok = (_norm(got) == _norm(want)) if isinstance(want, str) or isinstance(got, str) else got == want
        scores.exact[field_name][0] += ok
        scores.exact[field_name][1] += 1
        if not ok:
            scores.mismatches.append(f"{name}: {field_name}: fick {got!r}, väntat {want!r}")

    for f in SCALAR_FIELDS:
        check(f, pred.get(f), truth.get(f))

    mapping = align_clauses(pred["clauses"], truth["clauses"])
    tp = len(mapping)
    scores.sets["clauses"].add(tp, len(pred["clauses"]) - tp, len(truth["clauses"]) - tp)
    for c in pred["clauses"]:
        if c["number"] not in mapping:
            scores.mismatches.append(f"{name}: clause: extra {c['number']}: {c['text'][:70]!r}")
    found = set(mapping.values())
    for c in truth["clauses"]:
        if c["number"] not in found:
            scores.mismatches.append(f"{name}: clause: missing {c['number']}: {c['text'][:70]!r}")
    order_ok = all(pn == tn for pn, tn in mapping.items())
    check("clause_numbering", order_ok, True)

    pred_links = [mapping.get(c["clause_number"], -c["clause_number"]) for c in pred["comments"]]
    truth_links = [c["clause_number"] for c in truth["comments"]]
    _multiset(scores.sets["comment_links"], pred_links, truth_links)
    if Counter(pred_links) != Counter(truth_links):
        scores.mismatches.append(f"{name}: comments: fick {sorted(pred_links)}, väntat {sorted(truth_links)}")

    pd, td = pred.get("decision"), truth.get("decision")
    got = (pd["outcome"], pd["proposed"]) if pd else None
    want = (td["outcome"], td["proposed"]) if td else None
    check("decision", got, want)
    pco = [(mapping.get(c["clause_number"], -1), c["outcome"]) for c in (pd or {}).get("clause_outcomes", [])]
    tco = [(c["clause_number"], c["outcome"]) for c in (td or {}).get("clause_outcomes", [])]
    _multiset(scores.sets["clause_outcomes"], pco, tco)
    if Counter(pco) != Counter(tco):
        scores.mismatches.append(f"{name}: clause_outcomes: fick {sorted(pco)}, väntat {sorted(tco)}")

    pa = [(_norm(a["name"]), (a["party"] or "").lower()) for a in pred["authors"]]
    ta = [(_norm(a["name"]), (a.get("party") or "").lower()) for a in truth["authors"]]
    _multiset(scores.sets["authors"], pa, ta)
    if Counter(pa) != Counter(ta):
        scores.mismatches.append(f"{name}: authors: fick {pa}, väntat {ta}")

    pw = [w["code"] for w in pred["warnings"] if w["code"] in EXTRACTION_WARNINGS]
    tw = [w["code"] for w in truth.get("warnings", [])]
    _multiset(scores.sets["warnings"], pw, tw)
    if Counter(pw) != Counter(tw):
        scores.mismatches.append(f"{name}: warnings: fick {sorted(pw)}, väntat {sorted(tw)}")


def truth_for(path: Path) -> Path:
    return path.parent / "truth" / f"{path.stem}.json"


def evaluate(folder: Path, keep=None, read=extracted) -> tuple[Scores, dict[str, Scores]]:
    """Scores over the documents in `folder` with a truth (those whose name `keep`
    accepts, if given). `read` gives a document's record: extracted now, or (the
    tests) the golden record the golden test has just checked against extraction."""
    overall = Scores()
    by_format: dict[str, Scores] = defaultdict(Scores)
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in DOCUMENT_SUFFIXES or not truth_for(path).exists():
            continue
        if keep is not None and not keep(path.name):
            continue
        truth = json.loads(truth_for(path).read_text(encoding="utf-8"))
        if "items" in truth:
            continue  # a whole protocol: scored item by item (pipeline/evaluate_items.py)
        try:
            pred = read(path)
        except MotionsError as e:
            overall.failed.append(f"{path.name}: {e}")
            continue
        score_document(path.name, pred, truth, overall)
        score_document(path.name, pred, truth, by_format[path.suffix.lower().lstrip(".")])
    return overall, by_format


def format_table(overall: Scores, by_format: dict[str, Scores]) -> str:
    formats = sorted(by_format)
    head = f"{'field':<26}{'all':>8}" + "".join(f"{f:>8}" for f in formats)
    lines = [f"documents: {overall.documents}" + "".join(f", {f}: {by_format[f].documents}" for f in formats), head]
    for name in overall.exact:
        ok, n = overall.exact[name]
        row = f"{name + ' accuracy':<26}{ok / n:>8.3f}"
        row += "".join(f"{by_format[f].exact[name][0] / max(by_format[f].exact[name][1], 1):>8.3f}" for f in formats)
        lines.append(row)
    for name, tally in overall.sets.items():
        for metric in ("precision", "recall", "f1"):
            row = f"{name + ' ' + metric:<26}"
            row += f"{getattr(tally, metric):>8.3f}"
            row += "".join(f"{getattr(by_format[f].sets[name], metric):>8.3f}" for f in formats)
            lines.append(row)
    if overall.failed:
        lines.append("failed: " + "; ".join(overall.failed))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    return run_scorer("python -m pipeline.evaluate", __doc__, evaluate, format_table,
                      "Inga dokument med facit i {folder}/truth/", argv)


if __name__ == "__main__":
    sys.exit(main())
