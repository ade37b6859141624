"""Which case a document belongs to, and which motion clause a comment speaks of.

A document joins a case by its normalized Dnr key (pipeline.extract.fields.dnr_key:
"KS 20/399" and "KS 2020/0399" are both "KS 2020/399"). Without a Dnr — motions
are often written before the registry gives one — by title and proposers with
rapidfuzz: a score of at least STRONG links, one between WEAK and STRONG links but
flags the case for a person to confirm (`motions link`), below WEAK starts a case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

STRONG = 0.90
WEAK = 0.65
TITLE_WEIGHT = 0.75  # title vs proposers, when both sides name proposers
CLAUSE_TEXT_MIN = 80  # rapidfuzz score (0-100) for a quoted clause to count as the same

# Words that frame a title rather than say what it is about: "Förslag till svar på
# motion om X", "Svar på motion om X" and "Motion om X" are all about "om X".
TITLE_FRAMES = (
    r"^(protokollsutdrag|utdrag)\s*[:–-]?\s*",
    r"^(förslag till )?(svar|yttrande|beslut) (på|över|om)\s+",
    r"^(återremitterad |ny )?(motion|medborgarförslag|e-förslag)(en|et)?\s*(från \S+ \S+ (\(\w+\) )?)?",
    r"^(angående|ang\.|gällande)\s+",
)
_FRAMES = [re.compile(p, re.IGNORECASE) for p in TITLE_FRAMES]
_SPACE = re.compile(r"\s+")


def title_core(title: str | None) -> str:
    text = _SPACE.sub(" ", (title or "").strip().lower())
    for _ in range(3):  # frames nest: "Svar på motion om ..."
        for rx in _FRAMES:
            text = rx.sub("", text)
    return text.strip(" .:–-")


@dataclass(frozen=True)
class Candidate:
    case_id: int
    title: str | None
    proposers: tuple[str, ...]  # names


@dataclass(frozen=True)
class Link:
    case_id: int | None
    method: str  # dnr / fuzzy / new
    confidence: float | None
    weak: bool


def score(title: str | None, names: tuple[str, ...], cand: Candidate) -> float:
    a, b = title_core(title), title_core(cand.title)
    if not a or not b:
        return 0.0
    title_score = fuzz.token_sort_ratio(a, b) / 100
    mine = {n.lower() for n in names}
    theirs = {n.lower() for n in cand.proposers}
    if not mine or not theirs:
        return title_score
    people = len(mine & theirs) / len(mine | theirs)
    return TITLE_WEIGHT * title_score + (1 - TITLE_WEIGHT) * people


def best_match(title: str | None, names: tuple[str, ...], candidates: list[Candidate]) -> Link:
    """The best candidate case for a document without a Dnr (or a Dnr no case has)."""
    best, best_score = None, 0.0
    for cand in candidates:
        s = score(title, names, cand)
        if s > best_score:
            best, best_score = cand, s
    if best is None or best_score < WEAK:
        return Link(None, "new", None, False)
    return Link(best.case_id, "fuzzy", round(best_score, 3), best_score < STRONG)


def map_clauses(quoted: dict[int, str], motion: dict[int, str]) -> dict[int, int]:
    """An answer's clause numbers → the motion's, by quoted text, else by number.

    Answers quote the att-satser but may skip or reorder them; the quoted text is
    the better key when it is there."""
    out: dict[int, int] = {}
    choices = {n: t.lower() for n, t in motion.items()}
    for n, text in quoted.items():
        hit = process.extractOne(text.lower(), choices, scorer=fuzz.ratio, score_cutoff=CLAUSE_TEXT_MIN) if text else None
        if hit:
            out[n] = hit[2]
        elif n in motion:
            out[n] = n
    return out
