"""Clauses retold in prose: answers and protocols often say what the motion proposes
inside a sentence ("Anna Berg (S) föreslår i en motion att A och att B", "motionären
yrkar att …", "med förslag att …") instead of quoting its list. Each att-part is one
clause. Read only where no quoted clause is found, and never in the sections that hold
the body's own proposal or decision: a wrong clause is worse than a missing one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.people import names_in
from pipeline.extract.rules import rules
from pipeline.extract.units import Unit, sections_with

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


def _rx(rule_id: str) -> re.Pattern:
    return rules("proposals").regex(rule_id)


@dataclass(frozen=True)
class RetoldClause:
    text: str
    unit: int


def _about_motion(sentence: str) -> bool:
    return bool(rules("matters").regex("sentence_about_motion").search(sentence))


def _proposer_subject(subject: str) -> bool:
    """"Emelie Rosén (C) föreslår att …", "Bertil Strand föreslår att …": a person
    proposes, so the sentence retells a motion or a citizen's proposal."""
    subject = subject.strip()
    if names_in(subject):
        return True
    return len(subject.split()) <= 4 and bool(rules("people").regex("person_alone").fullmatch(subject))


def _parts(sentence: str, about: bool) -> list[str]:
    m = _rx("retold_lead").search(sentence)
    if m is None:
        # "en motion om att A, att B och att C" retells a list; "en motion om att A"
        # alone names the motion by its topic.
        m = _rx("retold_about").search(sentence)
        if m is None:
            return []
        parts = _split(m.group("clause"))
        return parts if len(parts) >= 2 and not _is_decision(parts) else []
    subject = sentence[: m.start()]
    if not (about or _about_motion(subject) or _proposer_subject(subject)):
        return []
    if _rx("retold_not_subject").search(subject) and not _about_motion(subject):
        return []  # "Förvaltningen föreslår att …": the body's own proposal
    parts = _split(_rx("retold_kf_frame").sub("", m.group("clause").strip()))
    return [] if _is_decision(parts) else parts


def _split(clause: str) -> list[str]:
    clause = re.sub(r"[.!?]\s*$", "", clause.strip())
    parts = [p.strip().rstrip(",") for p in _rx("retold_split").split(clause) if p.strip()]
    # "… föreslår att kommunfullmäktige beslutar" with the clauses elsewhere: a frame, no clause.
    return [p for p in parts if len(p.split()) >= 3 and not _rx("retold_bare_frame").match(p)]


def _is_decision(parts: list[str]) -> bool:
    """"att motionen ska anses besvarad": a decision, not the motion's clause."""
    decision_object = rules("clauses").regex("decision_object")
    return any(decision_object.search(p[:40]) or rules("outcomes").find(p) for p in parts)


def retold_in_text(text: str) -> list[str]:
    """The att-parts of the sentences of one paragraph that say what a motion proposes."""
    found: list[str] = []
    sentences = SENTENCE.split(text)
    for pos, sentence in enumerate(sentences):
        before = sentences[pos - 1] if pos else ""
        found += _parts(sentence, about=_about_motion(sentence) or _about_motion(before))
    return found


def retold_clauses(units: list[Unit]) -> list[RetoldClause]:
    """Att-parts of sentences that say what the motion proposes, in document order."""
    # The assessment discusses clauses ("I yrkande 2 föreslår motionären att …"): a comment, not a retelling.
    skip = sections_with("no_clauses") | sections_with("comments")
    found: list[RetoldClause] = []
    for u in units:
        if u.is_heading or u.section in skip or u.placeholder or u.table_pos is not None:
            continue
        found += [RetoldClause(p, u.index) for p in retold_in_text(u.text)]
    return found
