"""Review flags: why a record needs a person's eye, in Swedish, with the detail.

Precision first: where extraction is unsure it leaves a field empty rather than
guess, and says so here. Each flag is a code (pipeline.vocab.ReviewCode) with a
message naming what to check; the register page and `motions cases --review` show them.
"""

from __future__ import annotations

from statistics import median

from pipeline.extract.record import Clause, Comment, Decision, ReviewFlag
from pipeline.vocab import DocType, ReviewCode

LONG_FACTOR = 2.5  # a clause this many times its siblings' median length ...
LONG_MIN_CHARS = 220  # ... and at least this long is likely two clauses run together
PROPOSING = (DocType.MOTION, DocType.CITIZEN_PROPOSAL)
ANSWERING = (DocType.ANSWER, DocType.PROTOCOL_EXTRACT)


def clause_flags(doc_type: str, clauses: tuple[Clause, ...], comments: tuple[Comment, ...]) -> list[ReviewFlag]:
    flags = []
    if doc_type in PROPOSING and not clauses:
        flags.append(ReviewFlag(ReviewCode.NO_CLAUSES, "Inga att-satser hittades i förslaget; läs det och "
                                                       "kontrollera vad som föreslås."))
    if doc_type == DocType.ANSWER and not clauses:
        flags.append(ReviewFlag(ReviewCode.NO_CLAUSES, "Svaret återger inga att-satser ur motionen; "
                                                       "kommentarerna kan inte kopplas till dem."))
    commented = {c.clause_number for c in comments}
    if doc_type == DocType.ANSWER and clauses and len(commented) < len(clauses):
        flags.append(ReviewFlag(ReviewCode.FEWER_COMMENTS,
                                f"Svaret kommenterar {len(commented)} av {len(clauses)} att-satser var för sig."))
    if len(clauses) >= 2:
        lengths = [len(c.text) for c in clauses]
        typical = median(lengths)  # once: a hostile document may hold thousands of clauses
        for c, n in zip(clauses, lengths):
            other = (sum(lengths) - n) if len(clauses) == 2 else typical
            if n >= LONG_MIN_CHARS and n >= LONG_FACTOR * other:
                flags.append(ReviewFlag(ReviewCode.LONG_CLAUSE,
                                        f"Att-sats {c.number} är mycket längre än de andra; kanske är två "
                                        "att-satser sammanslagna."))
    return flags


def decision_flags(doc_type: str, decision: Decision | None) -> list[ReviewFlag]:
    if doc_type == DocType.ANSWER and (decision is None or not decision.proposed):
        return [ReviewFlag(ReviewCode.NO_DECISION, "Svaret har inget förslag till beslut som kunde läsas ut.")]
    if doc_type == DocType.PROTOCOL_EXTRACT and decision is None:
        return [ReviewFlag(ReviewCode.NO_DECISION, "Protokollet har inget beslut eller förslag som kunde läsas ut.")]
    return []


def dnr_flags(chosen: str | None, candidates: list[str]) -> list[ReviewFlag]:
    others = [c for c in candidates if c != chosen]
    if chosen and others:
        listed = ", ".join(others[:3])
        return [ReviewFlag(ReviewCode.SEVERAL_DNR, f"Dokumentets början har flera diarienummer; {chosen} valdes, "
                                                   f"inte {listed}. Kontrollera att det är ärendets eget.")]
    return []


def doc_type_flags(doc_type: str, weak: bool) -> list[ReviewFlag]:
    if weak:
        return [ReviewFlag(ReviewCode.WEAK_DOC_TYPE, "Dokumenttypen bestämdes på få kännetecken; "
                                                     "kontrollera att dokumentet är rätt sorterat.")]
    return []


def repair_flags(repairs: list[str]) -> list[ReviewFlag]:
    if not repairs:
        return []
    return [ReviewFlag(ReviewCode.REPAIRED_TEXT, "Texten lagades före läsningen (" + ", ".join(repairs)
                       + "); jämför med originalet.")]
