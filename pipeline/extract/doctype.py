"""Document type from weighted cues (patterns/doctype.jsonl): the head of the
document weighs most, because a kallelse also lists "Motion om ..." titles."""

from __future__ import annotations

from pipeline.extract.rules import rules
from pipeline.extract.units import Unit

HEAD = 10
ORDER = ("protocol_extract", "answer", "citizen_proposal", "motion", "other")
MIN_SCORE = 3


# A type is a weak decision when the runner-up is close, or when few cues voted (a
# motion whose proposal was read has its clauses to show for it).
WEAK_SCORE = 6


def classify(units: list[Unit], headers: tuple[str, ...], has_clauses: bool) -> str:
    return classify_scored(units, headers, has_clauses)[0]


def classify_scored(units: list[Unit], headers: tuple[str, ...], has_clauses: bool) -> tuple[str, bool]:
    """(document type, weak): every cue of the whole document votes, the head's most;
    `weak` says the winner had few cues or a close runner-up."""
    scores = dict.fromkeys(ORDER, 0)
    fired: set[str] = set()
    head_texts = list(headers) + [u.text for u in units[:HEAD]]
    all_texts = list(headers) + [u.text for u in units]  # a footer's "Justerandes sign" counts
    for zone, texts in (("head", head_texts), ("any", all_texts)):
        for text in texts:
            for hit in rules("doctype").find(text):
                if hit.meta["zone"] != zone or hit.rule_id in fired:
                    continue
                fired.add(hit.rule_id)  # one vote per cue: repeated headers do not add up
                scores[hit.label] += hit.meta["weight"]
    # A medborgarförslag answered by staff is an answer; the title cue alone would not say so.
    best = max(ORDER, key=lambda label: (scores[label], -ORDER.index(label)))
    runner_up = max(scores[label] for label in ORDER if label != best)
    weak = scores[best] - runner_up < 2 or (scores[best] < WEAK_SCORE and not (best == "motion" and has_clauses))
    if scores[best] < MIN_SCORE:
        return ("motion" if has_clauses else "other"), True
    if best == "motion" and not has_clauses and scores["motion"] < 6:
        return "other", True
    return best, weak
