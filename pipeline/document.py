"""The normalized document every reader returns and every extractor reads.

Readers turn a file into blocks in reading order; extraction never looks at the
file format again. Records are small frozen dataclasses (spaCy style).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class InputFormat(str, enum.Enum):
    DOCX = "docx"
    PDF = "pdf"
    TXT = "txt"
    EML = "eml"  # an e-mail saved as a file (RFC 822 / MIME)


# File endings of the documents the product reads (the format itself is sniffed
# from the bytes; these choose which files in a folder a command picks up).
DOCUMENT_SUFFIXES = (".docx", ".pdf", ".txt", ".eml")


class BlockKind(str, enum.Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"


@dataclass(frozen=True)
class DocWarning:
    """Something a person should know about a document; `message` is Swedish."""

    code: str
    message: str


@dataclass(frozen=True)
class Block:
    """One unit of text in reading order.

    `index` is the block's position in `NormalizedDocument.blocks` (0-based);
    `start`/`end` are character offsets into `NormalizedDocument.text`.
    `list_marker` is the marker as the source shows it ("•", "1.", "a)", "-"),
    whether it came from Word numbering or from the text itself.
    """

    index: int
    kind: BlockKind
    text: str
    start: int = 0
    end: int = 0
    page: int | None = None
    style: str | None = None
    heading_level: int | None = None
    list_marker: str | None = None
    list_level: int | None = None
    table_pos: tuple[int, int, int] | None = None  # (table, row, column)
    placeholder: bool = False  # template placeholder (e.g. w:showingPlcHdr)


@dataclass(frozen=True)
class NormalizedDocument:
    path: str
    sha256: str
    format: InputFormat
    blocks: tuple[Block, ...]
    headers: tuple[str, ...] = ()  # running headers/footers, kept apart from the body
    warnings: tuple[DocWarning, ...] = ()
    pages: int | None = None
    repairs: tuple[str, ...] = ()  # what normalisation mended, in Swedish ("avstavning", "å/ä/ö")

    @property
    def text(self) -> str:
        """The body text: blocks joined by newlines (offsets in Block refer to this)."""
        return "\n".join(b.text for b in self.blocks)


def build_blocks(raw: list[dict]) -> tuple[Block, ...]:
    """Number blocks and compute their offsets; readers call this last.

    Each dict holds Block fields except index/start/end. Empty texts are dropped.
    """
    blocks: list[Block] = []
    offset = 0
    for item in raw:
        text = item.get("text", "")
        if not text.strip():
            continue
        block = Block(index=len(blocks), start=offset, end=offset + len(text), **item)
        blocks.append(block)
        offset += len(text) + 1
    return tuple(blocks)


@dataclass(frozen=True)
class Provenance:
    page: int | None
    block: int


def provenance(block: Block) -> Provenance:
    return Provenance(page=block.page, block=block.index)


__all__ = [
    "Block",
    "BlockKind",
    "DocWarning",
    "InputFormat",
    "NormalizedDocument",
    "build_blocks",
]
