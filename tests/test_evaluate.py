"""The evaluation over samples/ must stay above the issue's thresholds."""

import json

import pytest

from conftest import SAMPLES
from pipeline.evaluate import Scores, align_clauses, evaluate, score_document


def golden(path) -> dict:
    """The sample's golden record: tests/test_golden.py checks it equals a fresh
    extraction, so scoring it scores the extraction without reading every file twice."""
    return json.loads((SAMPLES / "golden" / f"{path.name}.json").read_text(encoding="utf-8"))


# The style batches (issue 11) were written from the catalogue of real habits in
# docs/styles.md after the rules were first tuned. They are scored with the rest, and on
# their own against a floor measured on 2026-12-02 (clauses 0.938, comment links 0.988,
# decision 71/72, doc_type 72/72): a ratchet, raised as the extraction improves, never lowered.
STYLE_CASES = tuple(sorted(p.stem for batch in ("styles_a", "styles_b")
                           for p in (SAMPLES / "src" / batch / "cases").glob("*.py") if p.stem != "__init__"))
FLOOR = {"clauses": 0.93, "comment_links": 0.98, "decision": 0.98, "doc_type": 1.0}


def _is_style(name: str) -> bool:
    return name.startswith(STYLE_CASES)


@pytest.fixture(scope="module")
def style_scores():
    return evaluate(SAMPLES, keep=_is_style, read=golden)


@pytest.fixture(scope="module")
def scores(style_scores):
    """All samples: the style batches' scores merged with the rest (each file is read once)."""
    rest = evaluate(SAMPLES, keep=lambda name: not _is_style(name), read=golden)
    return _merged(rest[0], style_scores[0]), {
        fmt: _merged(rest[1][fmt], style_scores[1][fmt]) if fmt in style_scores[1] else rest[1][fmt]
        for fmt in rest[1]}


def _merged(a: Scores, b: Scores) -> Scores:
    out = Scores(documents=a.documents + b.documents, failed=a.failed + b.failed,
                 mismatches=a.mismatches + b.mismatches)
    for part in (a, b):
        for name, (ok, n) in part.exact.items():
            out.exact[name][0] += ok
            out.exact[name][1] += n
        for name, tally in part.sets.items():
            out.sets[name].add(tally.tp, tally.fp, tally.fn)
    return out


def test_evaluate_style_samples_hold_their_floor(style_scores):
    overall, _ = style_scores
    assert overall.documents >= 60 and not overall.failed
    assert overall.sets["clauses"].f1 >= FLOOR["clauses"], overall.mismatches
    assert overall.sets["comment_links"].f1 >= FLOOR["comment_links"], overall.mismatches
    ok, n = overall.exact["decision"]
    assert ok / n >= FLOOR["decision"], [m for m in overall.mismatches if ": decision:" in m]
    ok, n = overall.exact["doc_type"]
    assert ok / n >= FLOOR["doc_type"], [m for m in overall.mismatches if ": doc_type:" in m]


@pytest.mark.slow
def test_evaluate_every_field_at_least_097(scores):
    """Issue 11: the samples, style batches included, stay at 0.97 or better on every field."""
    overall, _ = scores
    low = {f: round(ok / n, 3) for f, (ok, n) in overall.exact.items() if n and ok / n < 0.97}
    low |= {f: round(t.f1, 3) for f, t in overall.sets.items() if t.f1 < 0.97}
    assert low == {}, low


@pytest.mark.slow
def test_evaluate_clause_f1_at_least_097(scores):
    overall, by_format = scores
    assert overall.documents >= 60 and not overall.failed
    assert overall.sets["clauses"].f1 >= 0.97, overall.mismatches


def test_evaluate_decision_accuracy_at_least_095(scores):
    ok, n = scores[0].exact["decision"]
    assert ok / n >= 0.95, [m for m in scores[0].mismatches if ": decision:" in m]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_evaluate_each_format_holds_up(scores, fmt):
    part = scores[1][fmt]
    assert part.sets["clauses"].f1 >= 0.95
    assert part.exact["doc_type"][0] == part.exact["doc_type"][1]


def test_evaluate_scores_a_wrong_record_down():
    truth = {"doc_type": "motion", "clauses": [{"number": 1, "text": "att kommunen bygger en bro"}],
             "comments": [], "decision": None, "authors": [], "warnings": []}
    pred = {"doc_type": "other", "clauses": [{"number": 1, "text": "att kommunen river en bro"},
                                             {"number": 2, "text": "att något annat"}],
            "comments": [], "decision": {"outcome": "bifall", "proposed": True, "clause_outcomes": []},
            "authors": [], "warnings": []}
    s = Scores()
    score_document("x", pred, truth, s)
    assert s.sets["clauses"].tp == 0 and s.sets["clauses"].fp == 2 and s.sets["clauses"].fn == 1
    assert s.exact["decision"] == [0, 1] and s.exact["doc_type"] == [0, 1]


def test_evaluate_aligns_clauses_ignoring_att_and_punctuation():
    pred = [{"number": 1, "text": "Att kommunen bygger en bro."}]
    truth = [{"number": 1, "text": "kommunen bygger en bro"}]
    assert align_clauses(pred, truth) == {1: 1}


@pytest.mark.slow
def test_evaluate_protocol_items_every_field_at_least_097():
    """Issue 11: the whole protocols and kallelser of samples/, scored item by item,
    stay at 0.97 or better on every field (items, case items, each field of a pair)."""
    from pipeline.evaluate_items import evaluate_items

    overall, _ = evaluate_items(SAMPLES, read=golden)
    assert overall.documents >= 26 and not overall.failed
    low = {f: round(ok / n, 3) for f, (ok, n) in overall.exact.items() if n and ok / n < 0.97}
    low |= {f: round(t.f1, 3) for f, t in overall.sets.items() if t.f1 < 0.97}
    low |= {name: round(t.f1, 3) for name, t in (("items", overall.items), ("case items", overall.case_items))
            if t.f1 < 0.97}
    assert low == {}, (low, overall.mismatches)
