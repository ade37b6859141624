"""The items of a whole protocol, kallelse or föredragningslista, one record each.

`items.split_items` finds where each item starts and ends; this module reads one
item: its number, Dnr, title, what it is about (a motion, a medborgarförslag or
neither), what happened (the event) and, for an item about a motion, the clauses,
comments and decision read by the same extractors as a one-§ extract.

Two kinds of § list several matters: an announcement ("Anmälan av motioner") gives
one item per motion listed, and a report on unfinished motions gives one item per
row of its table. A § with several Dnr about motions gives one item per Dnr.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.extract import fields
from pipeline.extract.items import Span, item_units
from pipeline.extract.listed import announced, author_cell, make_item, reported, written_off
from pipeline.extract.people import find_authors, names_in
from pipeline.extract.record import Author, Clause, Decision, Item, Warning
from pipeline.extract.retold import SENTENCE, retold_in_text
from pipeline.extract.rules import rules
from pipeline.extract.units import Unit, fold
from pipeline.vocab import ItemEvent, Outcome, Subject

HEAD_ZONE = 6  # units after the heading that may still hold its Dnr and reference lines

# An outcome's event, for a decision that is not a proposal.
EVENT_OF = {
    Outcome.OVERLAMNAD: ItemEvent.RAISED,
    Outcome.ATERREMISS: ItemEvent.REFERRED_BACK,
    Outcome.BORDLAGD: ItemEvent.POSTPONED,
    Outcome.AVSKRIVEN: ItemEvent.WRITTEN_OFF,
}
WITH_REASON = {Outcome.ATERREMISS, Outcome.AVSKRIVEN}


@dataclass(frozen=True)
class Context:
    """What the whole document says that each item needs."""

    kallelse: bool  # every decision in a kallelse is a proposal
    read_matter: Callable[[list[Unit]], tuple]  # (clauses, comments, decision, warnings) of one item's units


def _rx(rule_id: str) -> re.Pattern:
    return rules("items").regex(rule_id)


def _head_zone(units: list[Unit]) -> list[Unit]:
    """The heading and the reference lines under it, up to its first section."""
    zone = [units[0]]
    for u in units[1: HEAD_ZONE + 1]:
        if u.is_section_heading:
            break
        zone.append(u)
    return zone


# A heading wrapped onto a second line (PDF) ends in a word that cannot end a title.
_OPEN_END = re.compile(r"(?i)(?:\b(?:och|för|av|om|i|till|med|på|vid|samt|från|mellan|inom)|-)$")


def _title(head_rest: str, zone: list[Unit]) -> str | None:
    # "A3 Anmälan av nya motioner (kl 18.04)": the item's code and the time it was called are no title.
    text = _rx("clock_time").sub("", _rx("item_code").sub("", head_rest or "", count=1))
    for raw, _key, _pos in fields.find_dnrs(text):
        text = text.replace(raw, " ")
    text = re.sub(r"(?i)\b(?:dnr|diarienummer|diarienr)\b\.?:?", " ", text)
    text = fold(text).strip(" .,:–-")
    if len(text) < 3:
        text = next((u.text for u in zone[1:] if (u.is_heading or u.kind.value == "paragraph")
                     and not fields.find_dnrs(u.text) and not _rx("agenda_number_line").match(u.text)
                     and len(u.text) <= 200), "")
    nxt = next((u for u in zone[1:] if u.text not in text), None)
    if text and _OPEN_END.search(text) and nxt is not None and nxt.is_heading and not nxt.is_section_heading \
            and not fields.find_dnrs(nxt.text):
        text = f"{text} {nxt.text}"
    text = _rx("title_reference").sub("", text).strip().rstrip(".")
    return text or None


def _subject(title: str | None, zone: list[Unit]) -> str:
    texts = [title or ""] + [u.text for u in zone[1:] if len(u.text) <= 200]
    if _rx("not_about_motion").match(title or ""):
        return Subject.NONE
    for rule_id, subject in (("about_citizen_proposal", Subject.CITIZEN_PROPOSAL), ("about_motion", Subject.MOTION)):
        if any(_rx(rule_id).search(t) for t in texts):
            return subject
    return Subject.NONE


def _dnrs(zone: list[Unit]) -> list[tuple[str, str]]:
    out: dict[str, str] = {}
    for u in zone:
        for raw, key, _pos in fields.find_dnrs(u.text):
            out.setdefault(key, raw)
    return [(raw, key) for key, raw in out.items()]


def item_event(outcome: str | None, proposed: bool) -> str:
    """The event a decision makes: the one owner of this mapping (the store's
    version slots read it for one-§ extracts too)."""
    if outcome is None:
        return ItemEvent.OTHER
    if proposed:
        return ItemEvent.PROPOSED
    return EVENT_OF.get(outcome, ItemEvent.DECIDED)


def _reason(units: list[Unit], decision: Decision) -> str | None:
    """Why it was sent back or written off: the text after "med motiveringen att",
    "för att" or "eftersom", first in the decision's own sentence, then in the
    sentences of the item that name the outcome."""
    if decision.outcome not in WITH_REASON:
        return None
    outcome_words = rules("outcomes")
    texts = [decision.text] + [s for u in units for s in re.split(r"(?<=[.!?])\s+", u.text)
                               if any(h.label == decision.outcome for h in outcome_words.find(s))]
    for text in texts:
        m = _rx("reason").search(text)
        if m:
            return m.group("reason").strip()
    return None


def read_span(all_units: list[Unit], span: Span, ctx: Context) -> list[Item]:
    units = item_units(all_units, span)
    zone = _head_zone(units)
    title = _title(span.head.rest, zone)
    where = dict(page=units[0].page, block=units[0].block, block_end=units[span.end - span.start - 1].block)
    if title and _rx("announcement").match(title):
        return announced(units, span, title, where, ctx)
    if title and _rx("report_unfinished").match(title):
        return reported(units, span, title, where)
    subject = _subject(title, zone)
    dnrs = _dnrs(zone)
    if subject == Subject.NONE:
        return [make_item(span, dnr=dnrs[0] if len(dnrs) == 1 else None, title=title, **where)]
    clauses, comments, decision, warnings = ctx.read_matter(units)
    if decision is not None and ctx.kallelse and not decision.proposed:
        decision = Decision(decision.outcome, True, decision.text, decision.clause_outcomes)
    event = item_event(decision.outcome if decision else None, bool(decision and decision.proposed))
    authors = _labelled_authors(units) or [Author(p.name, p.party) for p in find_authors(units, "protocol_extract", None)]
    warnings = list(warnings)
    if decision is None:
        warnings.append(Warning("item_without_decision",
                                f"§ {span.head.paragraph} handlar om ett ärende men inget beslut eller förslag hittades."))
    reason = _reason(units, decision) if decision else None
    if decision is not None and decision.outcome == Outcome.AVSKRIVEN and title and _rx("bulk_write_off").match(title):
        listed = written_off(units, span, decision, reason, where)
        if listed:
            return listed
    common = dict(subject=subject, event=event, authors=authors, clauses=clauses, comments=comments,
                  decision=decision, reason=reason, warnings=warnings, **where)
    if len(dnrs) <= 1:
        return [make_item(span, dnr=dnrs[0] if dnrs else None, title=title, **common)]
    # One § treating several motions: one item per Dnr. Where the decision names each
    # motion in a line of its own ("Motionen från Ewa Holm (C) … bifalls."), in the
    # order of the Dnr lines, each item takes its line; else all share the § decision.
    titles = _listed_titles(units, len(dnrs)) or [title] * len(dnrs)
    own = _decision_per_motion(units, len(dnrs), decision)
    retold = _retold_per_motion(units, len(dnrs), clauses)
    out = []
    for n, (d, t) in enumerate(zip(dnrs, titles)):
        mine = dict(common)
        if retold:
            mine.update(clauses=retold[n])
        if own:
            line, people = own[n]
            mine.update(decision=line, event=item_event(line.outcome, line.proposed), authors=people or authors,
                        reason=_reason(units, line))
        out.append(make_item(span, dnr=d, title=t, **mine))
    return out


def _retold_per_motion(units: list[Unit], n: int, clauses) -> list[tuple[Clause, ...]] | None:
    """Each motion's own clauses when the § retells the n motions in n sentences, in
    the order of their Dnr lines ("Anna Ek (S) föreslår att A. Per Holm (M) föreslår
    att B."); None when the clauses were quoted, or the sentences do not match up."""
    if not clauses:
        return None
    groups: list[tuple[Clause, ...]] = []
    for u in units:
        for sentence in SENTENCE.split(u.text):
            parts = retold_in_text(sentence)
            if parts:
                groups.append(tuple(Clause(k, text, u.page, u.block) for k, text in enumerate(parts, 1)))
    told = [c.text for g in groups for c in g]
    if len(groups) != n or sorted(told) != sorted(c.text for c in clauses):
        return None
    return groups


def _decision_per_motion(units: list[Unit], n: int, decision: Decision | None):
    """[(decision, proposers)] for each of n motions decided line by line, or None."""
    if decision is None:
        return None
    about = rules("matters").regex("sentence_about_motion")
    section = decision_section(units, decision)
    lines = []
    for u in units:
        if u.section != section or u.is_section_heading or not about.search(u.text):
            continue
        hits = rules("outcomes").find(u.text)
        if hits:
            people = [Author(p.name, p.party) for p in names_in(u.text)]
            lines.append((Decision(hits[-1].label, decision.proposed, u.text.strip(), ()), people))
    return lines if len(lines) == n else None


def decision_section(units: list[Unit], decision: Decision) -> str | None:
    """The section that holds the decision's sentence."""
    for u in units:
        if decision.text and decision.text in u.text:
            return u.section
    return None


def _labelled_authors(units: list[Unit]) -> list[Author]:
    """A label/value table under the heading: "Förslagsställare | Bertil Strand"."""
    cells = {u.table_pos: u for u in units[:16] if u.table_pos is not None}
    for (t, r, c), u in cells.items():
        hit = rules("items").first(u.text, "COLUMN")
        if hit and hit.meta["value"] == "authors" and (value := cells.get((t, r, c + 1))) is not None:
            return author_cell(value.raw or value.text, Subject.CITIZEN_PROPOSAL)
    return []


def _listed_titles(units: list[Unit], n: int) -> list[str] | None:
    """The motions' own titles when the § lists exactly one per Dnr."""
    found: list[str] = []
    for u in units[1:]:
        m = _rx("entry_title").match(u.text)
        if m and (t := m.group("title").strip().rstrip(".")) not in found:
            found.append(t)
    return found if len(found) == n else None


__all__ = ["Context", "item_event", "read_span"]
