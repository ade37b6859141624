"""Units: the blocks the extractor reasons about, each tagged with its section.

A unit is a block (or part of one: a PDF line join can glue "Kommentar:" onto the
quoted clause before it, so such a block is split there). Section headings are
recognised by their text, not only by style, because PDF and plain text lose styles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.document import BlockKind, NormalizedDocument
from pipeline.extract.rules import rules

# Split a block where a comment label starts mid-block (PDF/TXT line joins).
_SPLIT_BEFORE = re.compile(r"(?<=[.;:!?])\s+(?=(?:Kommentar|Kommentarer|Förvaltningens kommentar)\s*:)")
# "Förslag till beslut: Motionen avslås." -> a section label inside the block.
_INLINE_LABEL = re.compile(r"^\s*(?P<label>[A-ZÅÄÖ][^:\n]{2,60}?)\s*:\s*(?P<rest>\S.*)$", re.S)
_WS = re.compile(r"\s+")


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


def section_of(text: str) -> str | None:
    """The section label if the whole text is a known section heading."""
    if len(text) > 80:
        return None
    hit = rules("sections").first(text)
    return hit.label if hit else None


def build_units(doc: NormalizedDocument) -> list[Unit]:
    units: list[Unit] = []
    section: str | None = None
    for block in doc.blocks:
        parts = _SPLIT_BEFORE.split(block.text)
        for part_no, part in enumerate(parts):
            text = fold(part)
            if not text:
                continue
            label = section_of(text)
            inline_rest = None
            if label is None:
                m = _INLINE_LABEL.match(text)
                if m and (inline := section_of(m.group("label"))):
                    label, inline_rest = inline, m.group("rest")
            is_heading = block.kind is BlockKind.HEADING or label is not None
            if label is not None:
                section = label
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
