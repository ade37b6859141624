"""The extraction record: the stable JSON contract other tools read.

Every field of the contract is here and nowhere else; `to_dict` gives the exact
shape documented in the README (keys never renamed, only added).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum

from pipeline.vocab import DocType, Outcome

DOC_TYPES = tuple(DocType)  # the codes live in pipeline/vocab.py
OUTCOMES = tuple(Outcome)


@dataclass(frozen=True)
class Source:
    path: str
    sha256: str
    format: str


@dataclass(frozen=True)
class Author:
    name: str
    party: str | None


@dataclass(frozen=True)
class Clause:
    number: int
    text: str
    page: int | None
    block: int


@dataclass(frozen=True)
class Comment:
    clause_number: int
    text: str
    page: int | None
    block: int


@dataclass(frozen=True)
class ClauseOutcome:
    clause_number: int
    outcome: str


@dataclass(frozen=True)
class Decision:
    outcome: str
    proposed: bool
    text: str
    clause_outcomes: tuple[ClauseOutcome, ...] = ()


@dataclass(frozen=True)
class Warning:
    code: str
    message: str


@dataclass(frozen=True)
class ReviewFlag:
    """Why the record needs a person's eye: a code (pipeline.vocab.ReviewCode) and
    a Swedish message that names the detail."""

    code: str
    message: str


@dataclass(frozen=True)
class Item:
    """One item of a whole protocol, kallelse or föredragningslista: a §, or one of
    the matters a § lists (an announced motion, a row of a report table).

    `paragraph` is the § number as written ("42", "3 a"), or the agenda's item
    number where there is no §; `block`..`block_end` is its range of source blocks."""

    paragraph: str
    agenda_number: str | None
    dnr: str | None
    dnr_key: str | None
    title: str | None
    subject: str  # motion / citizen_proposal / none (pipeline.vocab.Subject)
    event: str  # raised / proposed / decided / ... (pipeline.vocab.ItemEvent)
    authors: tuple[Author, ...]
    clauses: tuple[Clause, ...]
    comments: tuple[Comment, ...]
    decision: Decision | None
    reason: str | None  # why it was sent back (återremiss) or written off
    estimated_done: str | None  # "beräknas klar", as a report table writes it
    page: int | None
    block: int
    block_end: int
    warnings: tuple[Warning, ...]


@dataclass(frozen=True)
class Record:
    source: Source
    doc_type: str
    dnr: str | None
    dnr_key: str | None
    title: str | None
    municipality: str | None
    body: str | None
    date: str | None
    officer: str | None
    authors: tuple[Author, ...]
    clauses: tuple[Clause, ...]
    comments: tuple[Comment, ...]
    decision: Decision | None
    warnings: tuple[Warning, ...]
    items: tuple[Item, ...] = ()  # a whole protocol's items (doc_type "protocol")
    review: tuple[ReviewFlag, ...] = ()  # why a person should check this record

    def to_dict(self) -> dict:
        """Plain JSON types: records hold tuples (frozen), the contract has lists."""
        return _plain(asdict(self))


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, StrEnum):
        return str(value)  # a code is its string in JSON and in the database
    return value
