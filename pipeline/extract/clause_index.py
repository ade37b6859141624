"""Which earlier clause a new clause occurrence repeats, in near-linear time.

An occurrence is the clause numbered n when n is the first clause, in document
order, whose text is similar enough (difflib ratio >= SAME_CLAUSE on the
normalized texts). Asking every earlier clause with difflib is quadratic in the
number of clauses and, for long repetitive texts, in their length too: 10,000
att-lines took minutes. The index gives the same answer as that naive loop:

- empty normalized texts never match (the naive `similar` returns 0 for them);
- identical texts are found in a dict;
- rapidfuzz's indel ratio (2 * LCS / total length, computed in C) is an upper
  bound of difflib's ratio, because difflib's matching blocks are a common
  subsequence; only clauses passing that bound are asked with difflib, in
  document order, with the new text as difflib's `b` exactly as before.

Hostile input (tens of thousands of distinct, mutually similar lines) can still
make that exact search quadratic, so it runs under a work budget that grows
with the number of occurrences. Past the budget only identical texts match, and
`limited` tells the caller to warn. Real documents (a few dozen clauses) use a
tiny fraction of it.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from rapidfuzz import fuzz, process

SAME_CLAUSE = 0.86
# rapidfuzz scores in percent; a little below the threshold so rounding can never
# drop a clause difflib would accept (difflib has the final word).
_SCREEN_CUTOFF = SAME_CLAUSE * 100 - 0.1

# Work is counted in units of about 0.1 µs on the reference machine: one unit per
# clause screened (plus its length in 64-character words, rapidfuzz's bit-parallel
# step), and per difflib call a fixed overhead plus len(a) * len(b), the bound of
# its inner loop. The base covers ~2 s; every occurrence adds ~0.1 ms.
WORK_BASE = 20_000_000
WORK_PER_OCCURRENCE = 1_000
_RATIO_OVERHEAD = 200


def norm_clause(text: str) -> str:
    text = text.lower()
    text = re.sub(r"^\s*att\s*", "", text)
    text = re.sub(r"[^\wåäö ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def similar(a: str, b: str) -> float:
    na, nb = norm_clause(a), norm_clause(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    return SequenceMatcher(None, na, nb, autojunk=False).ratio()


class ClauseIndex:
    """Clause texts by number; `number_of` finds or adds the clause of an occurrence."""

    def __init__(self) -> None:
        self.texts: list[str] = []  # by number - 1
        self._first: dict[str, int] = {}  # normalized text -> first clause number
        self._norms: list[str] = []  # non-empty normalized texts, in clause order
        self._numbers: list[int] = []  # clause number of each entry in _norms
        self._chars = 0  # total length of _norms
        self.occurrences = 0
        self.work = 0
        self.ratio_calls = 0
        self.limited = False  # the budget ran out: only identical texts matched after that

    def number_of(self, text: str) -> tuple[int, bool]:
        """(clause number, first occurrence) for an occurrence with this text."""
        self.occurrences += 1
        norm = norm_clause(text)
        number = self._find(norm) if norm else None
        if number is not None:
            return number, False
        self.texts.append(text)
        number = len(self.texts)
        if norm:
            self._first.setdefault(norm, number)
            self._norms.append(norm)
            self._numbers.append(number)
            self._chars += len(norm)
        return number, True

    def _budget_left(self) -> int:
        return WORK_BASE + WORK_PER_OCCURRENCE * self.occurrences - self.work

    def _find(self, norm: str) -> int | None:
        exact = self._first.get(norm)
        screen_cost = len(self._norms) + (self._chars // 64 + len(self._norms)) * (len(norm) // 64 + 1)
        if screen_cost > self._budget_left():
            self.limited = self.limited or bool(self._norms)
            return exact
        self.work += screen_cost
        found = process.extract(norm, self._norms, scorer=fuzz.ratio, processor=None,
                                score_cutoff=_SCREEN_CUTOFF, limit=None)
        matcher = None
        for pos in sorted(pos for _, _, pos in found):
            number = self._numbers[pos]
            if exact is not None and number >= exact:
                break  # the identical clause comes first
            candidate = self._norms[pos]
            cost = _RATIO_OVERHEAD + len(candidate) * len(norm)
            if cost > self._budget_left():
                self.limited = True
                break
            self.work += cost
            self.ratio_calls += 1
            if matcher is None:  # b is the new text, as in similar(existing, new)
                matcher = SequenceMatcher(None, "", norm, autojunk=False)
            matcher.set_seq1(candidate)
            if matcher.ratio() >= SAME_CLAUSE:
                return number
        return exact
