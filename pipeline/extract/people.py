"""The motion's proposers with their parties.

In a motion they sign at the end: "Anna Berg (S)", "Joakim Bäckström, VF",
"Berg Anna (M)", several names over one "(fp)", or a name over "för Vänsterpartiet".
Answers and protocols name them in a sentence about the motion
("Joakim Bäckström, VF, har lämnat en motion ..."); people who make yrkanden at a
meeting are not proposers, so those sections are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.fields import find_dates
from pipeline.extract.rules import RuleSet, rules
from pipeline.extract.units import Unit, sections_with

# Name shapes, party marks and signing phrases: patterns/people.jsonl.
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


@dataclass(frozen=True)
class Person:
    name: str
    party: str | None


def _rx(rule_id: str) -> re.Pattern:
    return rules("people").regex(rule_id)


def _not_names(rs: RuleSet) -> frozenset[str]:
    return frozenset(rs.words("NOT_A_NAME"))


def party_from_words(text: str) -> str | None:
    hit = rules("parties").first(text)
    return hit.meta["abbr"] if hit else None


def _valid_name(name: str) -> bool:
    first = name.split()[0]
    not_names = rules("people").derived("not_names", _not_names)
    return first not in not_names and party_from_words(name) is None and not name.isupper()


def _split_names(names: str) -> list[str]:
    return _rx("name_separator").split(names)


def names_in(text: str) -> list[Person]:
    """Names with a party in a piece of text; a trailing shared party applies to
    the bare names listed before it ("Anna Berg, Per Ek och Lisa Holm (fp)")."""
    people: list[Person] = []
    for m in _rx("name_party").finditer(text):
        name = m.group("name")
        if _valid_name(name):
            people.append(Person(name, m.group("p1") or m.group("p2")))
    if not people:
        return people
    # Bare names joined to a named one by "," / "och" share its party.
    for m in _rx("shared_party").finditer(text):
        names = _split_names(m.group("names"))
        extra = [Person(n.strip(), m.group("party")) for n in names[:-1] if n.strip() and _valid_name(n.strip())]
        known = {p.name for p in people}
        people = [p for p in extra if p.name not in known] + people
    return people


def _party_through_name(text: str, match: re.Match | None) -> Person | None:
    """"Socialdemokraterna i Hedsund genom Kerstin Ahl": the person, for the party."""
    if match and _valid_name(match.group("name")) and party_from_words(match.group("party")):
        return Person(match.group("name"), party_from_words(match.group("party")))
    return None


@dataclass
class _Signatures:
    """The signature lines of a motion, read one at a time."""

    people: list[Person] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)  # bare names waiting for a party below them
    group_party: str | None = None  # "För Liberalerna i Kvarnby": the names below sign for it
    bare_signers: list[str] = field(default_factory=list)

    def read(self, line: str) -> None:
        if find_dates(line):
            self.pending, self.group_party = [], None
            return
        steps = (self._party_alone, self._for_party, self._names_with_party, self._names_then_party,
                 self._party_through_name, self._party_line)
        if not any(step(line) for step in steps):
            self._bare_names(line)

    def _sign_pending(self, party: str | None) -> None:
        self.people += [Person(n, party) for n in self.pending]
        self.pending = []

    def _party_alone(self, line: str) -> bool:
        """"(fp)" under the names it signs for."""
        only = _rx("only_party").match(line)
        if only and self.pending:
            self._sign_pending(only.group("party"))
            return True
        return False

    def _for_party(self, line: str) -> bool:
        """"för Vänsterpartiet" under the names, or over them."""
        fp = _rx("for_party").match(line)
        abbr = party_from_words(fp.group("party") or fp.group("party2")) if fp else None
        if not abbr:
            return False
        if self.pending:
            self._sign_pending(abbr)
        else:
            self.group_party = abbr  # the names below sign for this party
        return True

    def _names_with_party(self, line: str) -> bool:
        """"Anna Berg (S)"; "Anna Berg\\nPer Ek (M)": the party on the last line covers the group."""
        with_party = names_in(line)
        if not with_party:
            return False
        if self.pending:
            self._sign_pending(with_party[-1].party)
        self.people += with_party
        return True

    def _names_then_party(self, line: str) -> bool:
        """"Berit Holm, Kristdemokraterna", "A och B, Centerpartiet"."""
        named_party = _rx("names_then_party").fullmatch(line)
        if not named_party:
            return False
        abbr = party_from_words(named_party.group("party"))
        names = [n.strip() for n in _split_names(named_party.group("names"))]
        names = [n for n in names if _valid_name(n)]
        if abbr and names:
            self.people += [Person(n, abbr) for n in names]
            return True
        return False

    def _party_through_name(self, line: str) -> bool:
        person = _party_through_name(line, _rx("party_through_name").fullmatch(line))
        if person is not None:
            self.people.append(person)
        return person is not None

    def _party_line(self, line: str) -> bool:
        """A line naming the party under bare names: "Centerpartiet", "Moderaterna i
        Nordvalla", "Gruppledare och ledamot för Kristdemokraterna", "Norrhallalistan (NHL)"."""
        if not self.pending or len(line) > 90 or not (line[:1].isupper() or line.startswith("(")):
            return False  # "för …", "på uppdrag av …" are _for_party's (patterns: PARTY_FOR)
        abbr = party_from_words(line)
        if abbr is None and (local := _rx("local_party").search(line)):
            abbr = local.group("abbr")
        if abbr is None:
            return False
        self._sign_pending(abbr)
        return True

    def _bare_names(self, line: str) -> None:
        bare = _rx("bare_names").fullmatch(line)
        if not bare:
            self.pending = []
            return
        names = [n.strip() for n in _split_names(bare.group("names"))]
        names = [n for n in names if _valid_name(n)]
        if self.group_party:
            self.people += [Person(n, self.group_party) for n in names]
        else:
            self.pending += names
            self.bare_signers += names


def signature_people(units: list[Unit]) -> list[Person]:
    """People signing at the end of a motion.

    Shapes: "Anna Berg (S)"; "Joakim Lind, VF"; "Berit Holm, Kristdemokraterna";
    names over one "(fp)" or "för Vänsterpartiet"; or a party line first
    ("För Liberalerna i Kvarnby") over the names it signs for.
    """
    signatures = _Signatures()
    for u in units:
        for line in (u.raw or u.text).split("\n"):
            line = line.strip().rstrip(",")
            if line:
                signatures.read(line)
    if not signatures.people and signatures.bare_signers:
        # Signed without a party (a citizen, an independent member).
        return [Person(n, None) for n in signatures.bare_signers]
    return signatures.people


def find_authors(units: list[Unit], doc_type: str, last_clause_unit: int | None) -> list[Person]:
    if doc_type in ("motion", "citizen_proposal"):
        start = (last_clause_unit + 1) if last_clause_unit is not None else max(0, len(units) - 12)
        people = signature_people(units[start:])
        if not people:
            # "Motion från Anna Berg (S)" at the top.
            for u in units[:6]:
                if _rx("motion_from").search(u.text):
                    people += names_in(u.text)
        if not people and doc_type == "citizen_proposal":
            labelled = [m.group("name") for u in units if (m := _rx("name_label").search(u.text))]
            people = [Person(n, None) for n in (labelled[:1] or _bare_signers(units[start:]))]
        return _unique(people)
    from pipeline.extract.clauses import is_intro

    people = []
    skip = sections_with("no_authors")
    about_motion = rules("matters").regex("sentence_about_motion")
    for u in units:
        if u.section in skip:
            continue
        # A sentence about the motion, or the line that introduces its att-satser
        # ("Anna Berg (S) föreslår att kommunfullmäktige beslutar").
        intro = is_intro(u)
        for sentence in SENTENCE.split(u.text):
            if intro or about_motion.search(sentence):
                people += _named_in_sentence(sentence)
    return _unique(people)


def _named_in_sentence(sentence: str) -> list[Person]:
    """Proposers named in a sentence about the motion; a citizen has no party:
    "Maja Lund har i ett medborgarförslag föreslagit ..."."""
    named = names_in(sentence)
    group = _party_through_name(sentence, _rx("group_through_name").search(sentence))
    if group is not None:
        named.append(group)
    citizen = _rx("citizen").match(sentence)
    if not named and citizen and _valid_name(citizen.group("name")):
        named = [Person(citizen.group("name"), None)]
    return named


def _bare_signers(units: list[Unit]) -> list[str]:
    names = []
    for u in units:
        if _rx("person_alone").fullmatch(u.text) and _valid_name(u.text):
            names.append(u.text)
    return names[-1:]


def _unique(people: list[Person]) -> list[Person]:
    seen: dict[str, Person] = {}
    for p in people:
        if p.name not in seen or (seen[p.name].party is None and p.party):
            seen[p.name] = p
    return list(seen.values())
