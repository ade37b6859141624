"""Clause references in running text: "att-sats 2, 3 och 4", "den första att-satsen"."""

from __future__ import annotations

import re

from pipeline.extract.rules import Hit, rules

_ORDINALS = {
    "första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6,
    "sjunde": 7, "åttonde": 8, "nionde": 9, "tionde": 10, "elfte": 11, "tolfte": 12,
}


def parse_numbers(nums: str, n_clauses: int) -> list[int]:
    out: list[int] = []
    for token in re.split(r"\s*(?:,|och|samt|&)\s*", nums.lower()):
        token = token.strip()
        if not token:
            continue
        span = re.fullmatch(r"(\d{1,2})\s*[–-]\s*(\d{1,2})", token)
        if span:
            out.extend(range(int(span.group(1)), int(span.group(2)) + 1))
        elif token.isdigit():
            out.append(int(token))
        elif token == "sista" and n_clauses:
            out.append(n_clauses)
        elif token in _ORDINALS:
            out.append(_ORDINALS[token])
    return [n for n in dict.fromkeys(out) if n >= 1]


def clause_refs(text: str, n_clauses: int) -> list[tuple[Hit, list[int]]]:
    """Non-overlapping references with the clause numbers they name."""
    found: list[tuple[Hit, list[int]]] = []
    last_end = -1
    for hit in rules("clause_refs").find(text):
        if hit.start < last_end:
            continue
        numbers = parse_numbers(hit.groups.get("nums", ""), n_clauses)
        if numbers:
            found.append((hit, numbers))
            last_end = hit.end
    return found
