"""Score the items of whole protocols and kallelser against their truth.

    python -m pipeline.evaluate_items samples/                      # table
    python -m pipeline.evaluate_items samples/holdout_protocols/ -v # and every mismatch

A truth file with an "items" list (`truth/<stem>.json`) describes every § of the
document. Items are aligned within their § (paragraph): by Dnr, else by title, else
one to one when the § has one item on each side. Item precision/recall/F1 count the
alignment; event, outcome, Dnr, subject, title, authors, reason and estimated_done
accuracies are taken over the aligned pairs ("case items": those the truth says are
about a motion or medborgarförslag); clauses, comment links and clause outcomes are
scored inside each pair as in `pipeline.evaluate`.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.document import DOCUMENT_SUFFIXES
from pipeline.errors import MotionsError
from pipeline.evaluate_common import Tally, align_clauses, extracted, multiset, norm, run_scorer, similarity

TITLE_MATCH = 0.85  # a title counts as right at this similarity (case and punctuation ignored)
ALIGN_TITLE = 0.6  # two items of one § are the same item from this title similarity


@dataclass
class ItemScores:
    documents: int = 0
    failed: list[str] = field(default_factory=list)
    items: Tally = field(default_factory=Tally)
    case_items: Tally = field(default_factory=Tally)
    exact: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    sets: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    mismatches: list[str] = field(default_factory=list)


def _pair_score(p: dict, t: dict) -> float:
    if p.get("dnr_key") and p.get("dnr_key") == t.get("dnr_key"):
        return 2.0 + similarity(p.get("title") or "", t.get("title") or "")
    return similarity(p.get("title") or "", t.get("title") or "")


def align_items(pred: list[dict], truth: list[dict]) -> list[tuple[int, int]]:
    """(pred index, truth index) pairs, one to one, only within the same §."""
    by_par: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i, p in enumerate(pred):
        by_par[str(p.get("paragraph"))][0].append(i)
    for j, t in enumerate(truth):
        by_par[str(t.get("paragraph"))][1].append(j)
    pairs: list[tuple[int, int]] = []
    for ps, ts in by_par.values():
        if len(ps) == 1 and len(ts) == 1:
            pairs.append((ps[0], ts[0]))
            continue
        scored = sorted(((_pair_score(pred[i], truth[j]), i, j) for i in ps for j in ts), reverse=True)
        used_p, used_t = set(), set()
        for score, i, j in scored:
            if score >= ALIGN_TITLE and i not in used_p and j not in used_t:
                pairs.append((i, j))
                used_p.add(i)
                used_t.add(j)
    return sorted(pairs)


def _is_case(item: dict) -> bool:
    return item.get("subject") not in (None, "none")


def score_items(name: str, pred: list[dict], truth: list[dict], scores: ItemScores) -> None:
    scores.documents += 1
    pairs = align_items(pred, truth)
    scores.items.add(len(pairs), len(pred) - len(pairs), len(truth) - len(pairs))
    paired_p, paired_t = {i for i, _ in pairs}, {j for _, j in pairs}
    case_pairs = [(i, j) for i, j in pairs if _is_case(truth[j]) or _is_case(pred[i])]
    case_tp = sum(1 for i, j in case_pairs if _is_case(truth[j]) and _is_case(pred[i]))
    n_pred_case, n_truth_case = sum(map(_is_case, pred)), sum(map(_is_case, truth))
    scores.case_items.add(case_tp, n_pred_case - case_tp, n_truth_case - case_tp)
    for i, p in enumerate(pred):
        if i not in paired_p:
            scores.mismatches.append(f"{name}: item: extra § {p.get('paragraph')}: {(p.get('title') or '')[:60]!r}")
    for j, t in enumerate(truth):
        if j not in paired_t:
            scores.mismatches.append(f"{name}: item: missing § {t.get('paragraph')}: {(t.get('title') or '')[:60]!r}")
    for i, j in pairs:
        _score_pair(f"{name} § {truth[j].get('paragraph')}", pred[i], truth[j], scores)


def _check(scores: ItemScores, where: str, field_name: str, got, want, ok: bool | None = None) -> None:
    ok = (got == want) if ok is None else ok
    scores.exact[field_name][0] += ok
    scores.exact[field_name][1] += 1
    if not ok:
        scores.mismatches.append(f"{where}: {field_name}: fick {got!r}, väntat {want!r}")


def _score_pair(where: str, p: dict, t: dict, scores: ItemScores) -> None:
    _check(scores, where, "subject", p.get("subject"), t.get("subject"))
    _check(scores, where, "event", p.get("event"), t.get("event"))
    if not _is_case(t):
        return
    pd, td = p.get("decision"), t.get("decision")
    _check(scores, where, "outcome", (pd or {}).get("outcome"), (td or {}).get("outcome"))
    _check(scores, where, "proposed", bool((pd or {}).get("proposed")), bool((td or {}).get("proposed")))
    _check(scores, where, "dnr_key", p.get("dnr_key"), t.get("dnr_key"))
    title_ok = similarity(p.get("title") or "", t.get("title") or "") >= TITLE_MATCH
    _check(scores, where, "title", p.get("title"), t.get("title"), title_ok)
    _check(scores, where, "reason", norm(p.get("reason")), norm(t.get("reason")))
    _check(scores, where, "estimated_done", norm(p.get("estimated_done")), norm(t.get("estimated_done")))
    pa = [(norm(a["name"]), (a.get("party") or "").lower()) for a in p.get("authors", [])]
    ta = [(norm(a["name"]), (a.get("party") or "").lower()) for a in t.get("authors", [])]
    if not multiset(scores.sets["authors"], pa, ta):
        scores.mismatches.append(f"{where}: authors: fick {pa}, väntat {ta}")
    mapping = align_clauses(p.get("clauses", []), t.get("clauses", []))
    tp = len(mapping)
    scores.sets["clauses"].add(tp, len(p.get("clauses", [])) - tp, len(t.get("clauses", [])) - tp)
    if tp != len(t.get("clauses", [])) or tp != len(p.get("clauses", [])):
        scores.mismatches.append(f"{where}: clauses: fick {len(p.get('clauses', []))}, väntat {len(t.get('clauses', []))}"
                                 f" ({tp} lika)")
    pl = [mapping.get(c["clause_number"], -c["clause_number"]) for c in p.get("comments", [])]
    tl = [c["clause_number"] for c in t.get("comments", [])]
    if not multiset(scores.sets["comment_links"], pl, tl):
        scores.mismatches.append(f"{where}: comments: fick {sorted(pl)}, väntat {sorted(tl)}")
    pco = [(mapping.get(c["clause_number"], -1), c["outcome"]) for c in (pd or {}).get("clause_outcomes", [])]
    tco = [(c["clause_number"], c["outcome"]) for c in (td or {}).get("clause_outcomes", [])]
    if not multiset(scores.sets["clause_outcomes"], pco, tco):
        scores.mismatches.append(f"{where}: clause_outcomes: fick {sorted(pco)}, väntat {sorted(tco)}")


def truth_for(path: Path) -> Path:
    return path.parent / "truth" / f"{path.stem}.json"


def has_items(truth_path: Path) -> bool:
    try:
        return "items" in json.loads(truth_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False


def evaluate_items(folder: Path, read=extracted) -> tuple[ItemScores, dict[str, ItemScores]]:
    overall = ItemScores()
    by_format: dict[str, ItemScores] = defaultdict(ItemScores)
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in DOCUMENT_SUFFIXES or not truth_for(path).exists():
            continue
        truth = json.loads(truth_for(path).read_text(encoding="utf-8"))
        if "items" not in truth:
            continue
        try:
            pred = read(path)
        except MotionsError as e:
            overall.failed.append(f"{path.name}: {e}")
            continue
        fmt = path.suffix.lower().lstrip(".")
        for scores in (overall, by_format[fmt]):
            _check(scores, path.name, "doc_type", pred.get("doc_type"), "protocol")
            score_items(path.name, pred.get("items", []), truth["items"], scores)
    return overall, by_format


def format_table(overall: ItemScores, by_format: dict[str, ItemScores]) -> str:
    formats = sorted(by_format)
    every = [overall] + [by_format[f] for f in formats]
    lines = [f"documents: {overall.documents}" + "".join(f", {f}: {by_format[f].documents}" for f in formats),
             f"{'field':<28}{'all':>8}" + "".join(f"{f:>8}" for f in formats)]

    def row(label: str, values: list[float]) -> None:
        lines.append(f"{label:<28}" + "".join(f"{v:>8.3f}" for v in values))

    for label, get in (("items", lambda s: s.items), ("case items", lambda s: s.case_items)):
        for metric in ("precision", "recall", "f1"):
            row(f"{label} {metric}", [getattr(get(s), metric) for s in every])
    for name in overall.exact:
        row(f"{name} accuracy", [s.exact[name][0] / max(s.exact[name][1], 1) for s in every])
    for name in overall.sets:
        row(f"{name} f1", [s.sets[name].f1 for s in every])
    lines.append(f"items in truth: {overall.items.tp + overall.items.fn}, found: {overall.items.tp + overall.items.fp}")
    if overall.failed:
        lines.append("failed: " + "; ".join(overall.failed))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    return run_scorer("python -m pipeline.evaluate_items", __doc__, evaluate_items, format_table,
                      "Inga protokoll med facit över punkterna i {folder}/truth/", argv)


if __name__ == "__main__":
    sys.exit(main())
