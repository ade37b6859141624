"""Clause references in running text: "att-sats 2, 3 och 4", "den första att-satsen"."""

from __future__ import annotations

import re

from pipeline.extract.rules import Hit, RuleSet, rules

# The reference shapes, and the words joining numbers ("2, 3 och 4") and ranges
# ("2-4"): patterns/clause_refs.jsonl; ordinal words: patterns/ordinals.jsonl.


def _ordinals(rs: RuleSet) -> dict[str, int | str]:
    """Ordinal word -> clause number, or "last" for the last clause ("sista")."""
    found: dict[str, int | str] = {}
    for words, meta in rs.word_rules("ORDINAL"):
        for word in words:
            found.setdefault(word.lower(), meta["value"])
    return found


def _number_syntax(rs: RuleSet) -> tuple[re.Pattern, re.Pattern]:
    joiner = re.compile(rf"\s*{rs.alternation('JOINER')}\s*")
    span = re.compile(rf"(\d{{1,2}})\s*{rs.alternation('RANGE')}\s*(\d{{1,2}})")
    return joiner, span


def parse_numbers(nums: str, n_clauses: int) -> list[int]:
    joiner, span_of = rules("clause_refs").derived("number_syntax", _number_syntax)
    ordinals = rules("ordinals").derived("by_word", _ordinals)
    out: list[int] = []
    for token in joiner.split(nums.lower()):
        token = token.strip()
        if not token:
            continue
        span = span_of.fullmatch(token)
        if span:
            out.extend(range(int(span.group(1)), int(span.group(2)) + 1))
        elif token.isdigit():
            out.append(int(token))
        elif ordinals.get(token) == "last":
            if n_clauses:
                out.append(n_clauses)
        elif token in ordinals:
            out.append(ordinals[token])
    return [n for n in dict.fromkeys(out) if n >= 1]


def clause_refs(text: str, n_clauses: int) -> list[tuple[Hit, list[int]]]:
    """Non-overlapping references with the clause numbers they name."""
    found: list[tuple[Hit, list[int]]] = []
    last_end = -1
    for hit in rules("clause_refs").find(text, "CLAUSE_REF"):
        if hit.start < last_end:
            continue
        numbers = parse_numbers(hit.groups.get("nums") or "", n_clauses)
        if not numbers and hit.meta.get("single") and n_clauses == 1:
            numbers = [1]  # "Attsatsen …" where the motion has only one
        if numbers:
            found.append((hit, numbers))
            last_end = hit.end
    return found
