"""The decision: proposed (an answer's "Förslag till beslut", a body proposing to
KF) or taken (a protocol's "Beslut"), as one outcome plus per-clause outcomes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.refs import clause_refs
from pipeline.extract.rules import rules
from pipeline.extract.units import Unit, sections_with

# Phrases that make a decision section a proposal to another body ("proposes"), a
# decision in running text ("inline_decision"), where a decision's parts split
# ("segment") and "i övrigt" ("rest"): patterns/decisions.jsonl.
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
# When one sentence names several outcomes, the most specific one is the decision.
PRIORITY = ["delvis_bifall", "aterremiss", "bordlagd", "avskriven", "besvarad", "overlamnad", "avslag", "bifall"]


def _rx(rule_id: str) -> re.Pattern:
    return rules("decisions").regex(rule_id)


@dataclass(frozen=True)
class DecisionHit:
    outcome: str
    proposed: bool
    text: str
    unit: int
    clause_outcomes: tuple[tuple[int, str], ...]


def _outcome(text: str) -> str | None:
    labels = {h.label for h in rules("outcomes").find(text)}
    for label in PRIORITY:
        if label in labels:
            return label
    return None


def _first_outcome(text: str) -> str | None:
    """The outcome named first (for a segment naming one clause's fate)."""
    hits = rules("outcomes").find(text)
    return hits[0].label if hits else None


# "om" alone is too weak a lead: "motionen om ensamhet bland äldre avslås" names the
# whole motion by its title, not one clause.
_CONTENT_LEAD = re.compile(r"(?i)\b(?:gällande|avseende|i fråga om|när det gäller|vad gäller|beträffande|"
                           r"i (?:den|de) del(?:ar)? som (?:avser|gäller|rör)|såvitt (?:avser|gäller|rör)|"
                           r"(?:förslaget|förslagen|delen|delarna) om)\b")
_CONTENT_SPLIT = re.compile(r"(?i)\s+(?:och|samt)\s+|,\s*")
_STEM_WORD = re.compile(r"[a-zåäöé]{4,}")


def _stems(text: str) -> set[str]:
    from spacy.lang.sv.stop_words import STOP_WORDS

    return {w[:5] for w in _STEM_WORD.findall(text.lower()) if w not in STOP_WORDS and w != "kommunen"}


def _clause_by_content(part: str, clause_texts: tuple[str, ...]) -> int | None:
    """The clause a phrase describes ("förslaget om inventering av skugga"): the one
    whose word stems occur in it most, if clearly more than any other."""
    words = part.lower()
    scores = sorted(((sum(1 for st in _stems(t) if st in words), n) for n, t in enumerate(clause_texts, 1)),
                    reverse=True)
    runner_up = scores[1][0] if len(scores) > 1 else 0
    if not scores or scores[0][0] == 0 or scores[0][0] == runner_up or (scores[0][0] == 1 and runner_up):
        return None
    return scores[0][1]


def _content_outcomes(segment: str, outcomes: list[tuple[int, str]], clause_texts: tuple[str, ...]) -> dict[int, str]:
    lead = _CONTENT_LEAD.search(segment)
    if lead is None or not clause_texts:
        return {}
    found: dict[int, str] = {}
    start = lead.start()
    for cut in [*_CONTENT_SPLIT.finditer(segment, start), None]:
        end = cut.start() if cut else len(segment)
        # "bifalls såvitt avser A och avslås i den del som gäller B": each part takes
        # the outcome named last before its end.
        named = [label for pos, label in outcomes if pos < end]
        label = named[-1] if named else outcomes[0][1]
        n = _clause_by_content(segment[start:end], clause_texts)
        if n is not None:
            found.setdefault(n, label)
        start = cut.end() if cut else end
    return found


def clause_outcomes(text: str, n_clauses: int, clause_texts: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    """Per-clause outcomes. Within a segment each reference takes the outcome on
    its side: "bifalls i fråga om att-sats 1, avslås i fråga om att-sats 2 och anses
    besvarad i fråga om att-sats 3" (outcome first) or "att-sats 1 bifalls,
    att-sats 2 avslås" (reference first)."""
    out: dict[int, str] = {}
    rest_outcome = None
    rest = _rx("rest")
    for segment in _rx("segment").split(text):
        if not segment:
            continue
        refs = clause_refs(segment, n_clauses)
        outcomes = [(h.start, h.label) for h in rules("outcomes").find(segment)]
        if not outcomes:
            continue
        if not refs:
            if rest.search(segment):
                rest_outcome = outcomes[0][1]
            else:
                # "dels bifalls gällande förslaget om X, dels avslås avseende Y": by content.
                for n, label in _content_outcomes(segment, outcomes, clause_texts).items():
                    out.setdefault(n, label)
            continue
        outcome_first = outcomes[0][0] < refs[0][0].start
        for hit, numbers in refs:
            if outcome_first:
                before = [label for pos, label in outcomes if pos < hit.start]
                label = before[-1] if before else outcomes[0][1]
            else:
                after = [label for pos, label in outcomes if pos >= hit.end]
                label = after[0] if after else outcomes[-1][1]
            for n in numbers:
                out.setdefault(n, label)
        if rest.search(segment):
            rest_outcome = outcomes[-1][1]
    if out and rest_outcome:
        for n in range(1, n_clauses + 1):
            out.setdefault(n, rest_outcome)
    return sorted(out.items())


def _sentence_with_outcome(text: str) -> str:
    for sentence in SENTENCE.split(text):
        if rules("outcomes").find(sentence):
            return sentence.strip()
    return text.strip()


def _candidates(units: list[Unit], doc_type: str) -> list[tuple[Unit, bool]]:
    """Units that can state the decision, best first, with `proposed`."""
    taken, proposals, inline = [], [], []
    proposes, inline_decision = _rx("proposes"), _rx("inline_decision")
    not_inline = sections_with("no_inline_decision")
    lead_in = _rx("lead_in")
    prev: Unit | None = None
    for u in units:
        after_lead_in = prev is not None and lead_in.search(prev.text) is not None
        prev = u
        if u.is_section_heading or u.is_heading and len(u.text) < 60:
            continue
        if u.placeholder:
            continue
        if u.section == "DECISION":
            taken.append((u, bool(proposes.search(u.text))))
        elif u.section == "PROPOSAL" or (after_lead_in and u.section is None):
            # Under a heading, or after "Kommunstyrelsen föreslår att kommunfullmäktige
            # beslutar följande." (a Stockholm utlåtande puts its proposal first, unheaded).
            proposals.append((u, True))
        elif inline_decision.match(u.text) and u.section not in not_inline:
            inline.append((u, bool(proposes.search(u.text))))
    if doc_type == "protocol_extract":
        # "Utbildningsnämnden beslutade … att tillstyrka" in the case description retells
        # another body's step; the § proposes or decides in its own sections first.
        told = [c for c in inline if c[0].section in ("SUMMARY", "BACKGROUND")]
        return taken + [c for c in inline if c not in told] + proposals + told
    if doc_type == "answer":
        return proposals + taken + inline
    return taken + proposals + inline


def find_decision(units: list[Unit], doc_type: str, n_clauses: int,
                  clause_texts: tuple[str, ...] = ()) -> DecisionHit | None:
    candidates = _candidates(units, doc_type)
    for pos, (unit, proposed) in enumerate(candidates):
        outcome = _outcome(unit.text)
        if outcome is None:
            continue
        # Per-clause outcomes may continue over the next lines of the same section
        # ("att bifalla att-sats 1", "att avslå att-sats 2").
        text = unit.text
        per_clause = clause_outcomes(unit.text, n_clauses, clause_texts)
        for nxt, _ in candidates[pos + 1: pos + 6]:
            if nxt.section != unit.section or nxt.index > unit.index + 6:
                break
            more = clause_outcomes(nxt.text, n_clauses, clause_texts)
            if not more:
                break
            per_clause += [m for m in more if m[0] not in dict(per_clause)]
        # "Kommunstyrelsen föreslår kommunfullmäktige besluta" on the line above the
        # att-line makes it a proposal.
        lead_in = [u for u in units[max(0, unit.index - 2): unit.index] if u.section == unit.section]
        proposed = proposed or any(_rx("proposes").search(u.text) for u in lead_in[-1:])
        outcomes = {o for _, o in per_clause}
        if {"bifall", "avslag"} <= outcomes or ("bifall" in outcomes and len(outcomes) > 1):
            outcome = "delvis_bifall"
        elif len(outcomes) == 1 and per_clause and outcome not in {"aterremiss", "bordlagd"}:
            outcome = next(iter(outcomes))
        return DecisionHit(outcome, proposed, _sentence_with_outcome(text), unit.index, tuple(sorted(per_clause)))
    return None
