"""The motion's proposers with their parties.

In a motion they sign at the end: "Anna Berg (S)", "Joakim Bäckström, VF",
"Berg Anna (M)", several names over one "(fp)", or a name over "för Vänsterpartiet".
Answers and protocols name them in a sentence about the motion
("Joakim Bäckström, VF, har lämnat en motion ..."); people who make yrkanden at a
meeting are not proposers, so those sections are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.fields import PERSON, find_dates
from pipeline.extract.rules import rules
from pipeline.extract.units import Unit

PARTY_ABBR = r"(?:[A-ZÅÄÖ]{1,4}|fp|kd|mp|sd|[A-ZÅÄÖ][a-zåäö]?)"
NAME_PARTY = re.compile(
    rf"(?P<name>{PERSON})\s*(?:\(\s*(?P<p1>{PARTY_ABBR})\s*\)|,\s*(?P<p2>[A-ZÅÄÖ]{{1,4}})(?=\s*(?:[,.;)]|och\b|$)))"
)
ONLY_PARTY = re.compile(rf"^\(\s*(?P<party>{PARTY_ABBR})\s*\)\.?$")
FOR_PARTY = re.compile(r"(?i)^(?:för|på uppdrag av|å)\s+(?P<party>.+)$")
NOT_NAMES = {
    "Kommunstyrelsen", "Kommunfullmäktige", "Motion", "Dnr", "Tel", "Jag", "Vi", "Den", "Det", "Att", "Förslag",
    "Beslut", "Sida", "Bilaga", "Datum", "Med", "Mot", "För", "Till", "Från", "Vår", "Svar", "Ärendet", "Kommunen",
    "Bakgrund", "Yrkande", "Sammanfattning", "Handläggare", "Ordförande", "Sekreterare", "Justerare",
}
MOTION_WORD = re.compile(r"(?i)\b(motion\w*|medborgarförslag\w*|förslagsställ\w*|motionär\w*|e-förslag\w*)\b")
SKIP_SECTIONS = {"MOTIONS_AT_MEETING", "VOTING", "RESERVATION", "DECISION", "SIGNATURES", "SEND_TO", "PROPOSAL"}
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
# A citizen has no party: "Maja Lund har i ett medborgarförslag föreslagit ...".
CITIZEN = re.compile(rf"^(?P<name>{PERSON})\s+(?:har|föreslår|vill|lämnade|lämnar|skriver)\b.*\b(?:medborgarförslag|e-förslag)")
# "Socialdemokraterna i Hedsund genom Kerstin Ahl har i en motion ..."
GROUP_BY = re.compile(rf"(?P<party>[A-ZÅÄÖ][\wåäö]+(?: i [A-ZÅÄÖ][\wåäö]+)?)\s+genom\s+(?P<name>{PERSON})")
NAME_LABEL = re.compile(rf"(?i:namn|förslagsställare|inlämnat av|avsändare)\s*:\s*(?P<name>{PERSON})")


@dataclass(frozen=True)
class Person:
    name: str
    party: str | None


def party_from_words(text: str) -> str | None:
    hit = rules("parties").first(text)
    return hit.meta["abbr"] if hit else None


def _valid_name(name: str) -> bool:
    first = name.split()[0]
    return first not in NOT_NAMES and party_from_words(name) is None and not name.isupper()


def _names_in(text: str) -> list[Person]:
    """Names with a party in a piece of text; a trailing shared party applies to
    the bare names listed before it ("Anna Berg, Per Ek och Lisa Holm (fp)")."""
    people: list[Person] = []
    for m in NAME_PARTY.finditer(text):
        name = m.group("name")
        if _valid_name(name):
            people.append(Person(name, m.group("p1") or m.group("p2")))
    if not people:
        return people
    # Bare names joined to a named one by "," / "och" share its party.
    shared = re.compile(rf"(?P<names>(?:{PERSON})(?:\s*(?:,|och)\s*(?:{PERSON}))+)\s*\(\s*(?P<party>{PARTY_ABBR})\s*\)")
    for m in shared.finditer(text):
        names = re.split(r"\s*(?:,|\boch\b)\s*", m.group("names"))
        extra = [Person(n.strip(), m.group("party")) for n in names[:-1] if n.strip() and _valid_name(n.strip())]
        known = {p.name for p in people}
        people = [p for p in extra if p.name not in known] + people
    return people


def signature_people(units: list[Unit]) -> list[Person]:
    """People signing at the end of a motion.

    Shapes: "Anna Berg (S)"; "Joakim Lind, VF"; "Berit Holm, Kristdemokraterna";
    names over one "(fp)" or "för Vänsterpartiet"; or a party line first
    ("För Liberalerna i Kvarnby") over the names it signs for.
    """
    people: list[Person] = []
    pending: list[str] = []
    group_party: str | None = None
    bare_signers: list[str] = []
    for u in units:
        for line in (u.raw or u.text).split("\n"):
            line = line.strip().rstrip(",")
            if not line:
                continue
            if find_dates(line):
                pending, group_party = [], None
                continue
            only = ONLY_PARTY.match(line)
            if only and pending:
                people += [Person(n, only.group("party")) for n in pending]
                pending = []
                continue
            fp = FOR_PARTY.match(line)
            if fp:
                abbr = party_from_words(fp.group("party"))
                if abbr and pending:
                    people += [Person(n, abbr) for n in pending]
                    pending = []
                    continue
                if abbr and not pending:
                    group_party = abbr  # the names below sign for this party
                    continue
            with_party = _names_in(line)
            if with_party:
                if pending:
                    # "Anna Berg\nPer Ek (M)": the party on the last line covers the group.
                    people += [Person(n, with_party[-1].party) for n in pending]
                    pending = []
                people += with_party
                continue
            named_party = re.fullmatch(
                rf"(?P<names>{PERSON}(?:\s*(?:,|och)\s*{PERSON})*),?\s+(?:(?:för|på uppdrag av)\s+)?(?P<party>.+)", line)
            if named_party:
                abbr = party_from_words(named_party.group("party"))
                names = [n.strip() for n in re.split(r"\s*(?:,|\boch\b)\s*", named_party.group("names"))]
                names = [n for n in names if _valid_name(n)]
                if abbr and names:  # "Berit Holm, Kristdemokraterna", "A och B, Centerpartiet"
                    people += [Person(n, abbr) for n in names]
                    continue
            group = re.fullmatch(rf"(?P<party>.+?)\s+genom\s+(?P<name>{PERSON})", line)
            if group and _valid_name(group.group("name")) and party_from_words(group.group("party")):
                # "Socialdemokraterna i Hedsund genom Kerstin Ahl"
                people.append(Person(group.group("name"), party_from_words(group.group("party"))))
                continue
            bare = re.fullmatch(rf"(?P<names>{PERSON}(?:\s*(?:,|och)\s*{PERSON})*)", line)
            if bare:
                names = [n.strip() for n in re.split(r"\s*(?:,|\boch\b)\s*", bare.group("names"))]
                names = [n for n in names if _valid_name(n)]
                if group_party:
                    people += [Person(n, group_party) for n in names]
                else:
                    pending += names
                    bare_signers += names
            else:
                pending = []
    if not people and bare_signers:
        # Signed without a party (a citizen, an independent member).
        people = [Person(n, None) for n in bare_signers]
    return people


def find_authors(units: list[Unit], doc_type: str, last_clause_unit: int | None) -> list[Person]:
    if doc_type in ("motion", "citizen_proposal"):
        start = (last_clause_unit + 1) if last_clause_unit is not None else max(0, len(units) - 12)
        people = signature_people(units[start:])
        if not people:
            # "Motion från Anna Berg (S)" at the top.
            for u in units[:6]:
                if re.search(r"(?i)\b(från|av)\b", u.text):
                    people += _names_in(u.text)
        if not people and doc_type == "citizen_proposal":
            labelled = [m.group("name") for u in units if (m := NAME_LABEL.search(u.text))]
            people = [Person(n, None) for n in (labelled[:1] or _bare_signers(units[start:]))]
        return _unique(people)
    from pipeline.extract.clauses import is_intro

    people = []
    for u in units:
        if u.section in SKIP_SECTIONS:
            continue
        # A sentence about the motion, or the line that introduces its att-satser
        # ("Anna Berg (S) föreslår att kommunfullmäktige beslutar").
        intro = is_intro(u)
        for sentence in SENTENCE.split(u.text):
            if intro or MOTION_WORD.search(sentence):
                named = _names_in(sentence)
                group = GROUP_BY.search(sentence)
                if group and _valid_name(group.group("name")) and party_from_words(group.group("party")):
                    named.append(Person(group.group("name"), party_from_words(group.group("party"))))
                citizen = CITIZEN.match(sentence)
                if not named and citizen and _valid_name(citizen.group("name")):
                    named = [Person(citizen.group("name"), None)]
                people += named
    return _unique(people)


def _bare_signers(units: list[Unit]) -> list[str]:
    names = []
    for u in units:
        if re.fullmatch(PERSON, u.text) and _valid_name(u.text):
            names.append(u.text)
    return names[-1:]


def _unique(people: list[Person]) -> list[Person]:
    seen: dict[str, Person] = {}
    for p in people:
        if p.name not in seen or (seen[p.name].party is None and p.party):
            seen[p.name] = p
    return list(seen.values())
