"""Units: the blocks the extractor reasons about, each tagged with its section.

A unit is a block (or part of one: a PDF line join can glue "Kommentar:" onto the
quoted clause before it, so such a block is split there). Section headings are
recognised by their text, not only by style, because PDF and plain text lose styles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.document import BlockKind, InputFormat, NormalizedDocument
from pipeline.readers.common import split_marker
from pipeline.extract.rules import rules

# "Förslag till beslut: Motionen avslås." -> a section label inside the block.
_INLINE_LABEL = re.compile(r"^\s*(?P<label>[A-ZÅÄÖ][^:\n]{2,60}?)\s*:\s*(?P<rest>\S.*)$", re.S)
_WS = re.compile(r"\s+")
# What a section means to the extraction: the "roles" of its rule in patterns/sections.jsonl.
SECTION_ROLES = frozenset({"no_clauses", "no_comments", "no_authors", "comments", "no_inline_decision"})


@dataclass(frozen=True)
class Unit:
    index: int  # position in the unit list
    block: int  # index of the source block (provenance)
    page: int | None
    kind: BlockKind
    text: str  # whitespace folded, list marker removed
    marker: str | None
    list_level: int | None
    section: str | None  # label from patterns/sections.jsonl, None before the first
    is_section_heading: bool
    is_heading: bool
    placeholder: bool
    table_pos: tuple[int, int, int] | None = None  # (table, row, column) for table cells
    raw: str = ""  # the text with its line breaks (a signature: name, title, phone)


def fold(text: str) -> str:
    return _WS.sub(" ", text).strip()


def sections_with(role: str) -> frozenset[str]:
    """Section labels that have `role` (e.g. "comments": ASSESSMENT, CONCLUSION)."""
    if role not in SECTION_ROLES:
        raise ValueError(f"unknown section role {role!r}")
    return rules("sections").derived(f"role:{role}", lambda rs: rs.labels_with("roles", role))


def section_of(text: str) -> str | None:
    """The section label if the whole text is a known section heading."""
    if len(text) > 80:
        return None
    hit = rules("sections").first(text)
    return hit.label if hit else None


# A title that ends in a section's word is still one title: "Val av justerare och tid för justering".
_BEFORE_A_TITLE_END = frozenset({"för", "av", "om", "och", "till", "med", "i", "på", "vid", "samt"})


def _trailing_section(text: str) -> tuple[str, str] | None:
    words = text.split()
    for n in (1, 2, 3, 4):
        if len(words) > n + 1 and words[-n - 1].lower() not in _BEFORE_A_TITLE_END and section_of(" ".join(words[-n:])):
            return " ".join(words[:-n]), " ".join(words[-n:])
    return None


PARAGRAPH_MARK = re.compile(r"^(?:[A-ZÅÄÖ]{2,6}\s+)?§\s*\d+\b")


def split_soft_lines(text: str) -> list[str]:
    """A Word paragraph whose soft line breaks (Shift+Enter) hold an introducing line
    and its list, a whole list, or a whole section: one part per item or sentence-ended
    line, so one paragraph reads as the same paragraphs in many. Other soft breaks (a
    signature's lines, a clause broken in the middle) stay inside their part."""
    from pipeline.extract.proposals import is_intro, starts_item  # here: proposals reads units

    lines = text.split("\n")
    parts: list[list[str]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        sentence_ends = bool(re.search(r"[.!?:]\s*$", prev)) and line.strip()[:1].isupper()
        # A list item's line, then a line that starts with a capital: the text after the list.
        after_item = starts_item(prev.strip()) and line.strip()[:1].isupper() and not starts_item(line.strip())
        if line.strip() and (starts_item(line.strip()) or is_intro(prev.strip()) or sentence_ends or after_item):
            parts.append([line])
        else:
            parts[-1].append(line)
    return ["\n".join(p) for p in parts]


def _introduces(text: str) -> bool:
    from pipeline.extract.proposals import is_intro  # here: proposals reads units

    return is_intro(text)


def build_units(doc: NormalizedDocument) -> list[Unit]:
    units: list[Unit] = []
    section: str | None = None
    # Split a block where a comment label starts mid-block (PDF/TXT line joins).
    split_before = rules("comments").regex("comment_label_inside")
    quoted_att = rules("clauses").regex("att_quoted")
    soft_breaks = doc.format is InputFormat.DOCX
    for block in doc.blocks:
        parts = split_before.split(block.text)
        soft_split = soft_breaks and "\n" in block.text
        if soft_split:
            parts = [piece for part in parts for piece in split_soft_lines(part)]
        for part_no, part in enumerate(parts):
            text = fold(part)
            if not text:
                continue
            typed = split_marker(text) if soft_split and block.kind is BlockKind.PARAGRAPH else None
            label = section_of(text)
            inline_rest = None
            # (Not in a § heading: "§ 85 Val av justerare och tid för justering" is one title.)
            # A plain-text line between blank lines looks like a heading; an introducer
            # ("Motionären föreslår att kommunfullmäktige beslutar") is not one.
            introducer = block.kind is BlockKind.HEADING and label is None and _introduces(text)
            if (label is None and block.kind is BlockKind.HEADING and not PARAGRAPH_MARK.match(text)
                    and not introducer and (split := _trailing_section(text))):
                # Two bold lines read as one heading: "Svar på motion om X Ärendebeskrivning".
                title, label_text = split
                units.append(Unit(len(units), text=title, section=section, is_section_heading=False,
                                  is_heading=True, block=block.index, page=block.page, kind=block.kind,
                                  marker=None, list_level=None, placeholder=False, raw=title))
                text, label = label_text, section_of(label_text)
            if label is None:
                m = _INLINE_LABEL.match(text)
                if m and (inline := section_of(m.group("label"))):
                    label, inline_rest = inline, m.group("rest")
            # A bold line quoting a clause ("att kommunen ...") is not a heading.
            quoted_clause = quoted_att.match(text) is not None
            is_heading = (block.kind is BlockKind.HEADING and not quoted_clause and not introducer) or label is not None
            if label is not None:
                section = label
            elif PARAGRAPH_MARK.match(text):
                section = None  # a new § starts with no section of its own
            # A part split off a list item ("Kommentar: ...") is not itself an item.
            split_off = part_no > 0
            common = dict(
                block=block.index,
                page=block.page,
                kind=BlockKind.PARAGRAPH if split_off else block.kind,
                marker=None if split_off else block.list_marker,
                list_level=None if split_off else block.list_level,
                placeholder=block.placeholder,
                table_pos=block.table_pos,
                raw=part.strip(),
            )
            if typed:
                # "2. …" on a line of its own in one Word paragraph: the item the reader
                # would have made of a paragraph of its own.
                common.update(kind=BlockKind.LIST_ITEM, marker=typed[0], list_level=0)
                text = fold(typed[1])
            if inline_rest is not None:
                # The label becomes a heading unit, the rest a paragraph in its section.
                units.append(Unit(len(units), text=text[: len(text) - len(inline_rest)].strip(),
                                  section=section, is_section_heading=True, is_heading=True, **common))
                units.append(Unit(len(units), text=inline_rest, section=section,
                                  is_section_heading=False, is_heading=False, **common))
                continue
            units.append(Unit(len(units), text=text, section=section,
                              is_section_heading=label is not None, is_heading=is_heading, **common))
    return units
