"""The governance model: bodies, case kinds, stages, transitions, deadlines, as data.

The shipped default (governance_default.yaml) describes a Swedish municipality under
Kommunallagen. A municipality's own file is laid over the default key by key, so a
file holding only `kinds: {motion: {days: 180}}` is a complete model. Errors name
the key and the line of the file the person wrote, taken from yaml's node marks,
because a pydantic location alone ("kinds.motion.days") is hard to find in a file.
"""

from __future__ import annotations

import datetime as dt
import os
from functools import lru_cache
from pathlib import Path

import yaml
from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pipeline.errors import MotionsError
from pipeline.vocab import EventKind

DEFAULT_PATH = Path(__file__).with_name("governance_default.yaml")
ENV_VAR = "MOTIONS_GOVERNANCE"
# Event kinds the status engine knows; the YAML maps each to a stage. "linked" (a
# person moved a link) and "reported" (a report listed the case) are audit events,
# not steps of the process.
EVENT_KINDS = tuple(k for k in EventKind if k not in (EventKind.LINKED, EventKind.REPORTED))


class GovernanceError(MotionsError):
    reason = "governance_invalid"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


PERIOD_KEYS = ("years", "months", "days")


class Kind(_Strict):
    """A kind of case and its time limit from väckt to decision: one of `years`,
    `months` or `days` (KL 5 kap. 35 §: one year, counted in calendar years, so
    a motion raised 2024-02-19 is to be decided by 2025-02-19)."""

    label: str
    years: int | None = Field(default=None, gt=0, le=10)
    months: int | None = Field(default=None, gt=0, le=120)
    days: int | None = Field(default=None, gt=0, le=3650)
    rule: str = ""

    @model_validator(mode="after")
    def _one_period(self) -> "Kind":
        given = [k for k in PERIOD_KEYS if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("ange tidsgränsen med exakt en av years, months eller days")
        return self

    def deadline(self, start: dt.date) -> dt.date:
        """`start` plus the period; a 29 February plus one year is 28 February."""
        return start + relativedelta(years=self.years or 0, months=self.months or 0, days=self.days or 0)

    def min_days(self) -> int:
        """The fewest days the period can span (a prefilter that must never drop a
        late case: a year has at least 365 days, a month at least 28)."""
        return (self.years or 0) * 365 + (self.months or 0) * 28 + (self.days or 0)


class Stage(_Strict):
    label: str
    final: bool = False


class Outcome(_Strict):
    label: str
    final: bool = False


class StanceWords(_Strict):
    positive: tuple[str, ...] = ()
    negative: tuple[str, ...] = ()
    neutral: tuple[str, ...] = ()


class CouncilSchedule(_Strict):
    """When the council meets, for the council report's estimated decision date.
    `meetings` are KF's meeting days where the municipality has given them; without
    them the next reporting month stands in (the report itself goes to that
    meeting). `preparation_days` is how long the model reckons the preparation
    still takes after the last step of a case that has no finished proposal."""

    meetings: tuple[dt.date, ...] = ()
    preparation_days: int = Field(default=90, gt=0, le=730)

    def next_meeting(self, on_or_after: dt.date, reporting_months: tuple[int, ...] = ()) -> tuple[dt.date, bool]:
        """(date, exact): the first meeting on or after the day; without a known
        meeting, the first day of the next reporting month (exact False), else the
        day itself."""
        later = sorted(d for d in self.meetings if d >= on_or_after)
        if later:
            return later[0], True
        for year in (on_or_after.year, on_or_after.year + 1):
            for month in sorted(reporting_months):
                day = dt.date(year, month, 1)
                if day >= on_or_after.replace(day=1):
                    return day, False
        return on_or_after, False


class Governance(_Strict):
    name: str
    bodies: dict[str, str]
    council: str
    board: str
    board_committee: str | None = None
    kinds: dict[str, Kind]
    stages: dict[str, Stage]
    events: dict[str, str | None]
    transitions: dict[str, tuple[str, ...]]
    outcomes: dict[str, Outcome]
    reporting_months: tuple[int, ...] = ()
    stance_words: StanceWords = StanceWords()
    council_schedule: CouncilSchedule = CouncilSchedule()
    source: str = ""  # the file(s) it was read from, for messages

    def kind(self, kind: str) -> Kind:
        return self.kinds.get(kind) or self.kinds["motion"]

    def deadline(self, kind: str, start: dt.date) -> dt.date:
        return self.kind(kind).deadline(start)

    def stage_label(self, stage: str | None) -> str:
        return self.stages[stage].label if stage in self.stages else (stage or "–")

    def outcome_label(self, outcome: str | None) -> str:
        return self.outcomes[outcome].label if outcome in self.outcomes else (outcome or "–")

    def is_final(self, stage: str | None) -> bool:
        return stage in self.stages and self.stages[stage].final


# ---- loading --------------------------------------------------------------------

def _lines(node: yaml.Node, path: tuple = ()) -> dict[tuple, int]:
    """Map every key path in a composed YAML tree to its 1-based line."""
    out = {path: node.start_mark.line + 1}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            sub = path + (key.value,)
            out[sub] = key.start_mark.line + 1
            out.update({k: v for k, v in _lines(value, sub).items() if k != sub})
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            out.update(_lines(item, path + (i,)))
    return out


# Limits on the file a person writes. The shipped default is ~4 KB, 248 nodes, 4
# levels deep and uses no anchors; these leave room for any real model and stop a
# hostile one: "billion laughs" (nine aliases of nine aliases ...) is a few hundred
# bytes that expand to 10^9 nodes for whatever walks the tree.
MAX_BYTES = 1024 * 1024
MAX_NODES = 100_000  # counted with every alias expanded
MAX_DEPTH = 50
MAX_NUMBER_CHARS = 30  # an int or float scalar; days are at most 3650


class _Refused(yaml.MarkedYAMLError):
    """A limit of _GuardedLoader, with the node's mark and a Swedish problem."""


class _GuardedLoader(yaml.SafeLoader):
    """SafeLoader that counts while composing: nesting depth, and the size of the
    tree with every alias expanded (an alias counts as all the nodes it stands
    for, so expansion is refused before anything walks it)."""

    def __init__(self, stream) -> None:
        super().__init__(stream)
        self._depth = 0
        self._sizes: dict[int, int] = {}  # id(node) -> expanded size, once composed

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            node = super().compose_node(parent, index)
            if id(node) not in self._sizes:  # "&a [*a]": the alias is inside its own anchor
                raise _Refused(None, None, "ett alias pekar på sig självt", event.start_mark)
            return node
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _Refused(None, None, f"för djupt nästlad (högst {MAX_DEPTH} nivåer)", self.peek_event().start_mark)
        try:
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        self._check(node)
        return node

    def _check(self, node: yaml.Node) -> None:
        if isinstance(node, yaml.ScalarNode):
            size = 1
            if node.tag.endswith((":int", ":float")) and len(node.value) > MAX_NUMBER_CHARS:
                raise _Refused(None, None, f"talet har {len(node.value)} tecken; det är för stort", node.start_mark)
        else:
            children = node.value if isinstance(node, yaml.SequenceNode) else [n for pair in node.value for n in pair]
            size = 1 + sum(self._sizes[id(child)] for child in children)
        if size > MAX_NODES:
            raise _Refused(None, None, f"för stor: mer än {MAX_NODES} värden när alias räknas ut "
                                       "(möjlig alias-bomb)", node.start_mark)
        self._sizes[id(node)] = size


def _text(path: Path) -> str:
    """The file as text: UTF-8 only, and small."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as e:
        raise GovernanceError(f"Kan inte läsa styrmodellen {path}: {e.strerror or e}") from e
    if len(raw) > MAX_BYTES:
        raise GovernanceError(f"Styrmodellen {path} är större än {MAX_BYTES // 1024} KB; det är inte en styrmodell.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise GovernanceError(
            f"Styrmodellen {path}, rad {line}: filen är inte sparad som UTF-8 (byte 0x{raw[e.start]:02X}). "
            "Spara den som UTF-8, t.ex. i Anteckningar: Spara som, Kodning UTF-8.") from None


def _read(path: Path) -> tuple[dict, dict[tuple, int]]:
    text = _text(path)
    try:
        loader = _GuardedLoader(text)  # checks the characters at once
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as e:
        raise GovernanceError(f"Styrmodellen {path}, {_yaml_problem(e, text)}") from None
    except (ValueError, OverflowError, RecursionError) as e:  # a constructor past its limits
        raise GovernanceError(f"Styrmodellen {path}: värdet går inte att läsa ({type(e).__name__})") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise GovernanceError(f"Styrmodellen {path}, rad 1: filen ska vara en mappning (nyckel: värde)")
    return data, (_lines(node) if node is not None else {})


# yaml's problems in Swedish, by the start of its English text; the rest keep it.
_YAML_PROBLEMS = [
    ("found character '\\t'", "tabbtecken får inte användas i YAML; dra in med mellanslag"),
    ("found character", "ett tecken som inte kan inleda ett värde här"),
    ("mapping values are not allowed here", "ett kolon står på fel ställe (saknas ett mellanslag eller citattecken?)"),
    ("could not find expected ':'", "ett kolon (:) saknas efter nyckeln"),
    ("expected <block end>", "indraget stämmer inte med raderna ovanför"),
    ("found undefined alias", "aliaset är inte definierat"),
    ("found duplicate anchor", "ankaret finns redan"),
    ("found unexpected end of stream", "filen tar slut mitt i ett värde (saknas ett citattecken eller en parentes?)"),
    ("expected ',' or ']'", "en lista saknar ',' eller ']'"),
    ("expected ',' or '}'", "en mappning saknar ',' eller '}'"),
    ("found unhashable key", "en nyckel får inte vara en lista eller mappning"),
    ("found unknown escape character", "okänd escape-sekvens i en text inom citattecken"),
]


def _yaml_problem(e: yaml.YAMLError, text: str) -> str:
    """'rad N: what is wrong', in Swedish."""
    if isinstance(e, yaml.reader.ReaderError):
        line = text.count("\n", 0, e.position) + 1
        name = " (NUL)" if e.character == 0 else ""
        return f"rad {line}: otillåtet tecken U+{e.character:04X}{name}; filen ska vara ren text"
    if isinstance(e, _Refused):
        return f"rad {e.problem_mark.line + 1}: {e.problem}"
    mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
    line = f"rad {mark.line + 1}" if mark else "rad okänd"
    problem = getattr(e, "problem", None) or str(e)
    for english, swedish in _YAML_PROBLEMS:
        if problem.startswith(english):
            return f"{line}: ogiltig YAML: {swedish}"
    return f"{line}: ogiltig YAML ({problem})"


def _merge(base: dict, over: dict, path: tuple = ()) -> dict:
    out = dict(base)
    if len(path) == 2 and path[0] == "kinds" and any(k in over for k in PERIOD_KEYS):
        # A kind's time limit is one setting: `days: 180` in a municipality's file
        # replaces the default's `years: 1` rather than adding to it.
        for key in PERIOD_KEYS:
            out.pop(key, None)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value, path + (key,))
        else:
            out[key] = value
    return out


# pydantic's messages are English; the person reads Swedish. Unknown types keep
# pydantic's own text rather than a vague translation.
_MESSAGES = {
    "missing": "saknas",
    "extra_forbidden": "okänd nyckel",
    "int_parsing": "ska vara ett heltal",
    "int_parsing_size": "talet är för stort",
    "int_type": "ska vara ett heltal",
    "int_from_float": "ska vara ett heltal",
    "greater_than": "ska vara större än {gt}",
    "less_than_equal": "får vara högst {le}",
    "string_type": "ska vara text",
    "bool_parsing": "ska vara true eller false",
    "bool_type": "ska vara true eller false",
    "dict_type": "ska vara en mappning (nyckel: värde)",
    "tuple_type": "ska vara en lista",
    "list_type": "ska vara en lista",
}


def _message(err: dict) -> str:
    if err["type"] == "value_error":  # our own validators write Swedish already
        return str((err.get("ctx") or {}).get("error") or err["msg"])
    template = _MESSAGES.get(err["type"])
    return template.format(**(err.get("ctx") or {})) if template else err["msg"]


def _where(loc: tuple, files: list[tuple[Path, dict]]) -> str:
    """'fil, rad N' for the longest prefix of `loc` found, the person's file first."""
    for cut in range(len(loc), 0, -1):
        for path, lines in files:
            if loc[:cut] in lines:
                return f"{path}, rad {lines[loc[:cut]]}"
    return str(files[0][0])


def _check_references(g: Governance) -> list[tuple[tuple, str]]:
    """Cross-references pydantic cannot see: every stage and body named must exist."""
    problems = []
    for event, stage in g.events.items():
        if event not in EVENT_KINDS:
            problems.append((("events", event), f"okänd händelse; kända: {', '.join(EVENT_KINDS)}"))
        elif stage is not None and stage not in g.stages:
            problems.append((("events", event), f"stadiet '{stage}' finns inte under stages"))
    for event in EVENT_KINDS:
        if event not in g.events:
            problems.append((("events",), f"händelsen '{event}' saknas"))
    for stage, targets in g.transitions.items():
        if stage not in g.stages:
            problems.append((("transitions", stage), f"stadiet '{stage}' finns inte under stages"))
        for i, target in enumerate(targets):
            if target not in g.stages:
                problems.append((("transitions", stage, i), f"stadiet '{target}' finns inte under stages"))
    for key in ("council", "board", "board_committee"):
        body = getattr(g, key)
        if body is not None and body not in g.bodies:
            problems.append(((key,), f"organet '{body}' finns inte under bodies"))
    if "motion" not in g.kinds:
        problems.append((("kinds",), "ärendeslaget 'motion' saknas"))
    for i, month in enumerate(g.reporting_months):
        if not 1 <= month <= 12:
            problems.append((("reporting_months", i), f"månad {month} ska vara 1–12"))
    return problems


def load_governance(path: str | os.PathLike | None = None) -> Governance:
    """The model from `path`, else $MOTIONS_GOVERNANCE, else the shipped default."""
    chosen = path or os.environ.get(ENV_VAR) or None
    return _load(str(chosen) if chosen else None)


@lru_cache(maxsize=8)
def _load(path: str | None) -> Governance:
    base, base_lines = _read(DEFAULT_PATH)
    files = [(DEFAULT_PATH, base_lines)]
    data = base
    if path:
        own, own_lines = _read(Path(path))
        files.insert(0, (Path(path), own_lines))
        data = _merge(base, own)
    try:
        g = Governance(**data, source=str(path or DEFAULT_PATH))
    except ValidationError as e:
        msgs = []
        for err in e.errors():
            loc = tuple(err["loc"])
            key = ".".join(str(p) for p in loc)
            msgs.append(f"{_where(loc, files)}: nyckeln '{key}': {_message(err)}")
        raise GovernanceError("Fel i styrmodellen:\n  " + "\n  ".join(msgs)) from None
    problems = _check_references(g)
    if problems:
        msgs = [f"{_where(loc, files)}: nyckeln '{'.'.join(map(str, loc))}': {msg}" for loc, msg in problems]
        raise GovernanceError("Fel i styrmodellen:\n  " + "\n  ".join(msgs))
    return g


__all__ = ["Governance", "GovernanceError", "load_governance", "EVENT_KINDS"]
