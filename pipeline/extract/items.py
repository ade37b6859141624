"""Splitting a whole protocol, a kallelse or a föredragningslista into its items.

An item starts at a § heading ("§ 12 Rubrik", "KS § 145 Dnr …", "§142 Rubrik",
"6. § 123", "§ 112" alone with "Ärende 14" below it) or, in an agenda with no § at
all, at a numbered item heading ("14<TAB>Rubrik"). It ends where the next one
starts, or at the signatures and appendices after the last one ("Vid protokollet",
"Bilaga 1 Närvarolista"). The readers have already set running heads and footers
aside, so an item runs on over page breaks. The shapes are rule data
(patterns/items.jsonl); this module only orders and checks what they find.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.extract.rules import rules
from pipeline.extract.units import Unit

MIN_ITEMS = 2  # a document with fewer § heads is a one-§ extract (or no protocol)


@dataclass(frozen=True)
class Head:
    unit: int  # position of the heading unit
    paragraph: str  # "12", "3 a"; an agenda's item number where there is no §
    agenda_number: str | None
    rest: str  # the heading's text after the number (title, Dnr)


@dataclass(frozen=True)
class Span:
    head: Head
    start: int  # first unit (the heading)
    end: int  # one past the last unit
    # Appendices after the last item that belong to this one ("Bilaga 1 till § 74"
    # with the list of motions the § writes off): (start, end) unit ranges.
    appendices: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Split:
    spans: tuple[Span, ...]
    warnings: tuple[tuple[str, str], ...]  # (code, Swedish message)
    cover_range: tuple[int, int] | None


def _rx(rule_id: str) -> re.Pattern:
    return rules("items").regex(rule_id)


def _paragraph(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _number(paragraph: str) -> int | None:
    m = re.match(r"\d+", paragraph)
    return int(m.group()) if m else None


def _paragraph_head(u: Unit) -> Head | None:
    if u.table_pos is not None or len(u.text) > 300:
        return None
    if _rx("toc_line").search(u.raw or u.text):
        return None
    m = _rx("agenda_paragraph_head").match(u.text)
    if m:
        return Head(u.index, _paragraph(m.group("p")), m.group("a"), (m.group("rest") or "").strip())
    m = _rx("paragraph_head").match(u.text)
    if m:
        # "6. § 23" read as a numbered list item: the number is the agenda's.
        agenda = re.fullmatch(r"(\d{1,3})[.)]", u.marker or "")
        return Head(u.index, _paragraph(m.group("p")), agenda.group(1) if agenda else None,
                    (m.group("rest") or "").strip())
    return None


def _agenda_heads(units: list[Unit]) -> list[Head]:
    """Numbered item headings of an agenda without §, kept only as a run 1, 2, 3 … (or
    118, 119, 120 … where the numbers run on through the year)
    (a gap of a few is allowed), so that numbered beslutssatser inside an item
    ("1. Kulturnämnden får i uppdrag …") are never taken for items."""
    out: list[Head] = []
    for u in units:
        if u.table_pos is not None or u.is_section_heading:
            continue
        raw = (u.raw or u.text).split("\n")[0]
        m = _rx("agenda_head").match(raw)
        numbered_heading = m and (u.is_heading or "\t" in raw)
        if not numbered_heading:
            continue
        n = int(m.group("a"))
        if not out and n > 3 and not any(_rx("agenda_head").match((v.raw or v.text).split("\n")[0])
                                        for v in units[u.index + 1:] if v.is_heading):
            continue  # a lone numbered heading starts no run
        last = int(out[-1].paragraph) if out else n - 1  # numbers may run on through the year: 118, 119 …
        if last < n <= last + 3:
            out.append(Head(u.index, str(n), str(n), re.sub(r"\s+", " ", m.group("rest")).strip()))
    return out


def _agenda_number_below(units: list[Unit], head: Head) -> Head:
    """"§ 112" alone, then "Ärende 14" on the next line: the agenda number."""
    for u in units[head.unit + 1: head.unit + 3]:
        m = _rx("agenda_number_line").match(u.text)
        if m:
            return replace(head, agenda_number=m.group("a"))
    return head


def _drop_contents_lists(heads: list[Head], units: list[Unit]) -> list[Head]:
    """A list of contents names each § once more before the §§ themselves: a head
    followed straight by another head, whose number comes again later, is an entry
    of that list."""
    kept = []
    for i, h in enumerate(heads):
        nxt = heads[i + 1].unit if i + 1 < len(heads) else len(units)
        empty = nxt == h.unit + 1
        again = any(o.paragraph == h.paragraph for o in heads[i + 1:])
        if empty and again:
            continue
        kept.append(h)
    return kept


def _end_of_last(units: list[Unit], start: int) -> int:
    end_rx = _rx("end_of_items")
    for u in units[start + 1:]:
        if end_rx.match(u.text) and u.table_pos is None:
            return u.index
    return len(units)


def find_cover_range(units: list[Unit]) -> tuple[int, int] | None:
    """"Paragrafer §§ 1–24" on the cover: what the protocol says it holds."""
    head = units[:80]
    for i, u in enumerate(head):
        m = _rx("cover_range").search(u.text)
        if m is None and _rx("cover_range_label").match(u.text) and i + 1 < len(head):
            m = _rx("bare_range").match(head[i + 1].text)  # "Paragrafer" | "18–29"
        if m and int(m.group("first")) <= int(m.group("last")):
            return int(m.group("first")), int(m.group("last"))
    return None


def _numbering_warnings(heads: list[Head], cover: tuple[int, int] | None) -> list[tuple[str, str]]:
    out = []
    seen: dict[str, int] = {}
    for h in heads:
        seen[h.paragraph] = seen.get(h.paragraph, 0) + 1
    for p, n in seen.items():
        if n > 1:
            out.append(("duplicate_paragraph", f"§ {p} förekommer {n} gånger; varje förekomst är läst som en egen punkt."))
    numbers = [n for h in heads if h.agenda_number is None or h.paragraph != h.agenda_number
               if (n := _number(h.paragraph)) is not None]
    for a, b in zip(numbers, numbers[1:]):
        if b < a:
            out.append(("paragraph_order", f"§ {b} kommer efter § {a}; kontrollera numreringen."))
        elif b > a + 1:
            missing = f"§ {a + 1}" if b == a + 2 else f"§§ {a + 1}–{b - 1}"
            out.append(("paragraph_gap", f"{missing} saknas mellan § {a} och § {b}."))
    if cover:
        found = set(numbers)
        lost = [n for n in range(cover[0], cover[1] + 1) if n not in found]
        if lost:
            shown = ", ".join(str(n) for n in lost[:10]) + (" …" if len(lost) > 10 else "")
            out.append(("paragraphs_missing",
                        f"Protokollet anger §§ {cover[0]}–{cover[1]}, men § {shown} hittades inte "
                        "(dokumentet kan vara avkortat)."))
    return out


def split_items(units: list[Unit]) -> Split:
    """The item spans of a document (none when it holds fewer than two items)."""
    heads = [h for u in units if (h := _paragraph_head(u))]
    heads = _drop_contents_lists(heads, units)
    if len(heads) < MIN_ITEMS:
        agenda = _agenda_heads(units)
        if len(agenda) >= MIN_ITEMS:
            heads = agenda
    heads = [_agenda_number_below(units, h) for h in heads]
    cover = find_cover_range(units)
    if len(heads) < MIN_ITEMS:
        return Split((), (), cover)
    spans = []
    last_end = _end_of_last(units, heads[-1].unit)
    appendices = _appendices(units, heads[-1].unit, last_end)
    for i, h in enumerate(heads):
        end = heads[i + 1].unit if i + 1 < len(heads) else min([last_end] + [a[1] for a in appendices])
        own = tuple((a[1], a[2]) for a in appendices if a[0] == h.paragraph)
        spans.append(Span(h, h.unit, end, own))
    return Split(tuple(spans), tuple(_numbering_warnings(heads, cover)), cover)


def _appendices(units: list[Unit], last_head: int, last_end: int) -> list[tuple[str, int, int]]:
    """(paragraph, start, end) of each "Bilaga 1 till § 74" after the last item: it
    runs to the next such heading, or to the signatures after it."""
    rx = _rx("appendix_to_paragraph")
    found = [(m.group("paragraph").replace(" ", ""), u.index) for u in units[last_head + 1:]
             if u.table_pos is None and (m := rx.match(u.text))]
    out = []
    for n, (paragraph, start) in enumerate(found):
        nxt = found[n + 1][1] if n + 1 < len(found) else None
        end = nxt if nxt is not None else (last_end if last_end > start else _end_of_last(units, start))
        out.append((paragraph, start, end))
    return out


def item_units(units: list[Unit], span: Span) -> list[Unit]:
    """The units of one item, renumbered so that a unit's index is its position.
    An item starts outside any section: the last section of the item before does
    not reach into this one's heading and reference lines."""
    out, in_section = [], False
    for i, u in enumerate(units[span.start: span.end]):
        in_section = in_section or u.is_section_heading
        out.append(replace(u, index=i, section=u.section if in_section else None))
    for start, end in span.appendices:
        out += [replace(u, index=len(out) + i, section=None) for i, u in enumerate(units[start:end])]
    return out


def says_protocol(units: list[Unit], front: list[Unit], headers: tuple[str, ...]) -> bool:
    """The front matter or the running heads call the document a protocol, an
    extract or an agenda, or it is signed as one ("Justerandes sign"). Rules of
    procedure and reglementen are numbered "§ 1", "§ 2" too, and do neither."""
    cue, signed = _rx("protocol_cue"), _rx("protocol_signature")
    return (any(cue.search(t) for t in list(headers) + [u.text for u in front[:40]])
            or any(signed.search(u.text) for u in units))


def is_kallelse(units: list[Unit], headers: tuple[str, ...]) -> bool:
    rx = _rx("kallelse")
    head = list(headers) + [u.text for u in units[:8]]
    return any(rx.search(t) for t in head)
