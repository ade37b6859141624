"""The evaluation over samples/ must stay above the issue's thresholds."""

import pytest

from conftest import SAMPLES
from pipeline.evaluate import Scores, align_clauses, evaluate, score_document


@pytest.fixture(scope="module")
def scores():
    return evaluate(SAMPLES)


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
