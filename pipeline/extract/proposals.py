"""Proposal blocks: what a motion proposes, as blocks of items in many shapes.

A block opens at a proposal heading ("Förslag till beslut", "Yrkanden") or at an
introducing line ("yrkar Vänsterpartiet:", "föreslår jag kommunfullmäktige besluta
att", "Därför föreslår vi följande;"), and ends at the signature, the date line, a
closing formula, the next heading, or body prose after the items. Its items are
segmented by structure, not by the word "att": Word numbering and bullets, typed
markers ("1.", "1)", "l.", "-", "•"), att-lines, soft line breaks, inline
"1. … 2. …" runs. The patterns are data (patterns/proposals.jsonl); what they cannot
say (where a block ends, when a line carries on the item before it) is here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.document import BlockKind
from pipeline.extract.fields import find_dates
from pipeline.extract.people import names_in, party_from_words
from pipeline.extract.rules import rules
from pipeline.extract.units import Unit, sections_with

TERMINAL = re.compile(r"[.!?]\s*$")
_HYPHEN_END = re.compile(r"(?<=[a-zåäöé])-\s*$")
# "ladd- och laddstolpar": a hyphen before a conjunction is a compound's, not a line split.
_KEEP_HYPHEN_BEFORE = frozenset({"och", "eller", "samt", "som", "respektive", "resp."})
MAX_PLAIN_ITEM = 600  # a longer plain paragraph is prose, not a proposal item


def _rx(rule_id: str) -> re.Pattern:
    return rules("proposals").regex(rule_id)


@dataclass(frozen=True)
class Line:
    unit: Unit
    text: str
    first_of_unit: bool


@dataclass
class ProposalItem:
    parts: list[str]
    first_unit: int
    last_unit: int
    style: str  # "att", "marker", "list", "plain"
    level: int | None = None

    @property
    def text(self) -> str:
        return join_lines(self.parts)


def join_lines(parts: list[str]) -> str:
    """Lines of one item joined; a word split by a line-end hyphen is mended
    ("beslu-" + "tar" -> "beslutar"), a compound's hyphen is kept ("ladd- och")."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        nxt_word = part.split()[0].lower()
        if out and _HYPHEN_END.search(out) and part[:1].islower() and nxt_word not in _KEEP_HYPHEN_BEFORE:
            out = out.rstrip()[:-1] + part
        else:
            out = f"{out} {part}" if out else part
    return out


def is_intro(text: str) -> bool:
    text = text.strip()
    return len(text) > 5 and any(_rx(r).search(text) for r in ("intro_ends_att", "intro_ends_verb", "intro_following", "intro_colon"))


def is_ending(text: str) -> bool:
    """A signature, a date line, a closing formula: the proposal is over."""
    text = text.strip()
    if _rx("closing").match(text):
        return True
    if len(text) <= 90 and text.lower().startswith("för ") and party_from_words(text):
        return True
    if is_date_line(text):
        return True
    return len(text) <= 90 and bool(names_in(text)) and not starts_item(text) and not is_intro(text)


def is_date_line(text: str) -> bool:
    """"Sjöbacka 27.05.2017", "Ort den 3 mars 2024", "2024-03-03": a short line that
    is a date, not a clause that names one ("arbetet redovisas senast den 31 december")."""
    return len(text) <= 60 and len(text.split()) <= 6 and not text[:1].islower() and bool(find_dates(text))


def starts_item(text: str) -> bool:
    """The line starts an item: a typed marker or "att"."""
    clause_rules = rules("clauses")
    return bool(_rx("marker").match(text) or clause_rules.regex("clause_start").match(text)
                or clause_rules.regex("clause_glued").match(text))


def strip_item_marker(text: str) -> str:
    text = _rx("marker").sub("", text, count=1)
    return _rx("att_number").sub(lambda m: m.group("att") + " ", text, count=1)


def _split_inline_run(text: str) -> list[str]:
    """"1. A 2. B 3. C" in one line -> three lines, when the numbers run 1, 2, 3;
    "följande; • A • B" -> the lead-in and two bulleted lines. A web page's "Ladda
    ner: …" glued to the last item ("utomhusLadda ner") becomes a line of its own,
    which closes the block."""
    glued = _rx("closing_glued").search(text)
    if glued:
        return _split_inline_run(text[: glued.start()]) + [text[glued.start():].strip()]
    bullets = _rx("inline_bullet").split(text)
    if len(bullets) >= 3 or (len(bullets) == 2 and is_intro(bullets[0])):
        return [b.strip() for b in bullets if b.strip()]
    hits = list(_rx("inline_number").finditer(text))
    if len(hits) < 2:
        return [text]
    numbers = [1 if h.group("n") == "l" else int(h.group("n")) for h in hits]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))) or numbers[0] not in (1, 2):
        return [text]
    if numbers[0] == 2 or hits[0].start() > 0:
        # The first item has no number of its own only when it follows the marker
        # of the line itself ("1." stripped already); otherwise keep the lead-in.
        lead = text[: hits[0].start()].strip()
        pieces = [lead] if lead else []
    else:
        pieces = []
    bounds = [h.start() for h in hits] + [len(text)]
    pieces += [text[bounds[i]: bounds[i + 1]].strip() for i in range(len(hits))]
    return [p for p in pieces if p]


def lines_of(units: list[Unit], soft_lines: bool) -> list[Line]:
    """The lines of the units: a block's line breaks are soft breaks in Word
    (each a deliberate line) and visual wraps in PDF and text files."""
    out: list[Line] = []
    for u in units:
        raw = u.raw if "\n" in (u.raw or "") else u.text
        first = True
        for line in raw.split("\n"):
            line = " ".join(line.split())
            if not line:
                continue
            for piece in _split_inline_run(line):
                out.append(Line(u, piece, first))
                first = False
    return out


@dataclass
class _Block:
    """One proposal block being read: its items and the style they set."""

    plain_ok: bool  # plain paragraphs may be items (a heading or an intro opened it)
    items: list[ProposalItem] = field(default_factory=list)

    @property
    def style(self) -> str | None:
        return self.items[0].style if self.items else None


@dataclass
class _Reader:
    soft_lines: bool
    blocks: list[_Block] = field(default_factory=list)
    block: _Block | None = None
    skip_sections: frozenset[str] = frozenset()
    repeated: frozenset[str] = frozenset()  # short lines seen twice or more: running heads

    def close(self) -> None:
        if self.block is not None and self.block.items:
            self.blocks.append(self.block)
        self.block = None

    def open(self, plain_ok: bool) -> None:
        self.close()
        self.block = _Block(plain_ok=plain_ok)

    def start_item(self, line: Line, text: str, style: str) -> None:
        assert self.block is not None
        u = line.unit
        self.block.items.append(ProposalItem([text], u.index, u.index, style, u.list_level))

    def read(self, line: Line, after: list[Line]) -> None:
        u, text = line.unit, line.text
        if u.is_heading and line.first_of_unit and not (self.block is not None and starts_item(text)):
            self.close()
            if (_rx("heading_open").match(text) or is_intro(text)
                    or u.section in ("PROPOSAL", "MOTIONS_AT_MEETING") and u.is_section_heading):
                self.open(plain_ok=True)  # "Jag yrkar därför på" read as a heading is still an introducer
            return
        if u.section in self.skip_sections or u.placeholder:
            self.close()
            return
        if _rx("page_number").match(text) or text in self.repeated:
            return  # a page number or a running head that broke into the text
        if is_ending(text) and not (u.kind is BlockKind.LIST_ITEM and self.block is not None):
            self.close()
            return
        if self._intro(line, after):
            return
        if self.block is None:
            return
        self._item_line(line)

    def _intro(self, line: Line, after: list[Line]) -> bool:
        text = line.text
        wrapped_on = (not self.soft_lines and after and after[0].unit is line.unit
                      and not starts_item(after[0].text))
        if wrapped_on:
            return False  # a PDF or text line that ends in "att" mid-sentence
        if self.block is not None and self.block.items and starts_item(text) and not text.rstrip().endswith(":"):
            return False  # an item may end in a verb: "… projekt som unga själva föreslår"
        if is_intro(text):
            self.open(plain_ok=True)
            return True
        if (m := _rx("intro_colon_rest").match(text)) and not starts_item(text):
            self.open(plain_ok=True)
            self._item_line(Line(line.unit, m.group("clause"), line.first_of_unit))
            return True
        m = _rx("inline_first").search(text)
        if m and self.block is None and not self.blocks and _closes_soon(after):
            # "Jag föreslår därför att kommunen …" right before the signature: a single clause.
            self.open(plain_ok=False)
            self.start_item(line, m.group("clause").strip(), "att")
            return True
        return False

    def _item_line(self, line: Line) -> None:
        block = self.block
        assert block is not None
        u, text = line.unit, line.text
        cur = block.items[-1] if block.items else None
        list_start = u.kind is BlockKind.LIST_ITEM and line.first_of_unit
        marked = bool(_rx("marker").match(text))
        att = bool(rules("clauses").regex("clause_start").match(text)) or bool(
            rules("clauses").regex("clause_glued").match(text))
        if cur is not None and self._is_sub_item(cur, u, list_start, marked, text):
            cur.parts.append(strip_item_marker(text) if marked else text)
            cur.last_unit = u.index
            return
        if list_start or marked or att:
            style = "list" if list_start else ("marker" if marked else "att")
            self.start_item(line, strip_item_marker(text), style)
            return
        if cur is not None and self._continues(cur, line):
            cur.parts.append(text)
            cur.last_unit = u.index
            return
        if block.plain_ok and block.style in (None, "plain") and len(text) <= MAX_PLAIN_ITEM:
            self.start_item(line, text, "plain")
            return
        self.close()

    @staticmethod
    def _is_sub_item(cur: ProposalItem, u: Unit, list_start: bool, marked: bool, text: str) -> bool:
        """A nested list inside one clause: a deeper Word level, or typed sub-markers
        after an item that ends with a colon."""
        if list_start and cur.level is not None and u.list_level is not None and u.list_level > cur.level:
            return True
        return (marked or list_start) and cur.text.rstrip().endswith(":") and cur.style != "plain"

    def _continues(self, cur: ProposalItem, line: Line) -> bool:
        text = line.text
        prev = cur.parts[-1]
        if prev.strip().lower() in ("att", "att:"):
            return True  # "ATT" alone on its line, the clause below it
        if prev.isupper() and text.isupper() and not TERMINAL.search(prev):
            return True  # a clause in capitals over several lines
        if not line.first_of_unit:
            if not self.soft_lines:
                return True  # a wrapped line of a PDF or a text file
            return text[:1].islower() or not TERMINAL.search(prev) and not text[:1].isupper()
        return text[:1].islower() and not TERMINAL.search(prev)


def _closes_soon(after: list[Line]) -> bool:
    """Only a signature, a date or the end of the document follows."""
    for line in after[:6]:
        if _rx("page_number").match(line.text):
            continue
        return is_ending(line.text) or line.unit.is_heading
    return True


def proposal_items(units: list[Unit], soft_lines: bool) -> list[ProposalItem]:
    """Every item of every proposal block, in document order."""
    lines = lines_of(units, soft_lines)
    counts = Counter(line.text for line in lines if len(line.text) <= 80)
    reader = _Reader(soft_lines=soft_lines, skip_sections=sections_with("no_clauses") - {"PROPOSAL", "MOTIONS_AT_MEETING"},
                     repeated=frozenset(t for t, n in counts.items() if n >= 2 and not starts_item(t)))
    for pos, line in enumerate(lines):
        reader.read(line, lines[pos + 1: pos + 7])
    reader.close()
    return [item for block in reader.blocks for item in block.items if item.text.strip()]
