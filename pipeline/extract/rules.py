"""Rules kept as data: JSONL pattern files with ids, compiled once.

Each line of `patterns/<name>.jsonl` is one rule with an "id", a "label" and one of
  {"pattern": [<spaCy token pattern>]}   a token rule
  {"regex": "..."}                       a regex rule
  {"words": ["...", ...]}                a word list
Extra keys (e.g. "weight", "zone", "value", "roles") are kept on the rule for the
caller. Lines starting with "//" are comments.

Token and regex rules are what `find` looks for. Token rules run on
`spacy.blank("sv")`'s tokenizer (no model can be downloaded); regex rules cover what
tokens cannot say, such as diarienummer shapes. Code that needs a match object, a
split or a named group takes one regex rule by id (`regex`).

A word list holds alternatives: plain words, or regex fragments where a word has
forms ("föreslå\\w*"). A regex names the lists of a label as `{=file:LABEL}` and reads
them as "(?:w1|w2|...)", so one list feeds every rule that needs it (the ordinals
feed the clause references); code reads them with `words`. A label without words
matches nothing.

The data is the owner: nothing here or in the extractors holds a copy. To show it,
`patterns_from(folder)` loads every rule from another folder for a while (tests edit
a copy and see the behaviour change).
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# spaCy is imported when the first rule set is built, not with this module: the
# store, the queries and the CLI's read commands import pipeline.extract for its
# record types and must not pay spaCy's two seconds of start-up.

PATTERN_DIR = Path(__file__).parent / "patterns"
_folder = PATTERN_DIR
_loading = threading.local()  # per thread: files being compiled (a word-list reference may load another)
_WORD_LIST_REF = re.compile(r"\{=(?P<file>[a-z_]+):(?P<label>[A-Z_]+)\}")
NEVER = "(?!)"


@dataclass(frozen=True)
class Hit:
    rule_id: str
    label: str
    start: int  # character offsets into the searched text
    end: int
    text: str
    groups: dict
    meta: dict


@functools.lru_cache(maxsize=1)
def nlp() -> spacy.language.Language:  # noqa: F821 - annotation only (lazy import)
    import spacy

    return spacy.blank("sv")


def _read_text(path: Path) -> str:
    """The one place a pattern file is read (a test records which files are used)."""
    return path.read_text(encoding="utf-8")


def _parse(path: Path) -> Iterator[tuple[int, dict]]:
    for lineno, line in enumerate(_read_text(path).splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("//"):
            yield lineno, json.loads(line)


class RuleSet:
    def __init__(self, name: str, folder: Path) -> None:
        self.name = name
        self.path = folder / f"{name}.jsonl"
        self.meta: dict[str, dict] = {}
        self.order: dict[str, int] = {}
        self.regexes: list[tuple[str, str, re.Pattern]] = []
        self.word_lists: list[tuple[str, str, tuple[str, ...]]] = []  # (id, label, words)
        from spacy.matcher import Matcher

        self.matcher = Matcher(nlp().vocab, validate=True)
        self._derived: dict[str, Any] = {}
        sources = self._load()
        for rule_id, label, source, lineno in sources:
            try:
                compiled = re.compile(self._expand(source))
            except (re.error, ValueError) as e:
                raise ValueError(f"{self.path}:{lineno}: rule {rule_id!r}: {e}") from e
            self.regexes.append((rule_id, label, compiled))
        self._by_id = {rule_id: rx for rule_id, _, rx in self.regexes}
        self._by_label: dict[str, list[tuple[str, str, re.Pattern]]] = {}
        for entry in self.regexes:
            self._by_label.setdefault(entry[1], []).append(entry)
        self.has_tokens = len(self.matcher) > 0

    def _load(self) -> list[tuple[str, str, str, int]]:
        """Read the file: token rules and word lists at once, regex sources for later
        (a regex may use this file's own word lists)."""
        sources = []
        for lineno, rule in _parse(self.path):
            rule_id, label = rule.pop("id"), rule.pop("label")
            if rule_id in self.meta:
                raise ValueError(f"{self.path}:{lineno}: duplicate rule id {rule_id!r}")
            self.order[rule_id] = len(self.order)
            if "regex" in rule:
                sources.append((rule_id, label, rule.pop("regex"), lineno))
            elif "words" in rule:
                self.word_lists.append((rule_id, label, tuple(rule.pop("words"))))
            elif "map" in rule:
                pass  # a lookup table, read through `meta` (e.g. repairs: plain form -> word)
            else:
                self.matcher.add(rule_id, [rule.pop("pattern")])
            self.meta[rule_id] = {"label": label, **rule}
        return sources

    def _expand(self, source: str) -> str:
        def alternation(m: re.Match) -> str:
            owner = self if m.group("file") == self.name else rules(m.group("file"))
            return owner.alternation(m.group("label"))

        return _WORD_LIST_REF.sub(alternation, source)

    # ---- searching ------------------------------------------------------------

    def find(self, text: str, label: str | None = None) -> list[Hit]:
        """All hits in `text` (of one label, if given), in order of position
        (longest first at one position)."""
        hits: list[Hit] = []
        regexes = self.regexes if label is None else self._by_label.get(label, ())
        for rule_id, rule_label, rx in regexes:
            for m in rx.finditer(text):
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                hits.append(Hit(rule_id, rule_label, m.start(), m.end(), m.group(0), groups, self.meta[rule_id]))
        if self.has_tokens:
            doc = nlp().make_doc(text)
            for match_id, start, end in self.matcher(doc):
                rule_id = nlp().vocab.strings[match_id]
                meta = self.meta[rule_id]
                if label is not None and meta["label"] != label:
                    continue
                span = doc[start:end]
                hits.append(Hit(rule_id, meta["label"], span.start_char, span.end_char, span.text, {}, meta))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start), self.order[h.rule_id]))
        return hits

    def first(self, text: str, label: str | None = None) -> Hit | None:
        hits = self.find(text, label)
        return hits[0] if hits else None

    def labels(self, text: str) -> set[str]:
        return {h.label for h in self.find(text)}

    def regex(self, rule_id: str) -> re.Pattern:
        """One regex rule, compiled, for a caller that needs match/split/groups."""
        try:
            return self._by_id[rule_id]
        except KeyError:
            raise KeyError(f"{self.path}: no regex rule {rule_id!r}") from None

    # ---- word lists and rule properties -----------------------------------------

    def words(self, label: str) -> list[str]:
        """The words of every list with this label, in file order."""
        return [w for _, list_label, ws in self.word_lists if list_label == label for w in ws]

    def word_rules(self, label: str) -> list[tuple[tuple[str, ...], dict]]:
        """(words, rule meta) of every list with this label, for lookups by value."""
        return [(ws, self.meta[rule_id]) for rule_id, list_label, ws in self.word_lists if list_label == label]

    def alternation(self, label: str) -> str:
        words = self.words(label)
        return f"(?:{'|'.join(words)})" if words else NEVER

    def labels_with(self, key: str, value: str) -> frozenset[str]:
        """Labels of the rules whose list under `key` holds `value` (section roles)."""
        return frozenset(meta["label"] for meta in self.meta.values() if value in meta.get(key, ()))

    def derived(self, key: str, build: Callable[[RuleSet], Any]) -> Any:
        """A value built from this file (a lookup table, a set), kept with it."""
        if key not in self._derived:
            self._derived[key] = build(self)
        return self._derived[key]


@functools.lru_cache(maxsize=None)
def rules(name: str) -> RuleSet:
    stack = _loading.__dict__.setdefault("stack", [])
    if name in stack:
        raise ValueError(f"word-list references loop: {' -> '.join(stack + [name])}")
    stack.append(name)
    try:
        return RuleSet(name, _folder)
    finally:
        stack.pop()


def pattern_files(folder: Path | None = None) -> list[str]:
    """Names of the pattern files in the folder (without .jsonl)."""
    return sorted(p.stem for p in (folder or _folder).glob("*.jsonl"))


@contextlib.contextmanager
def patterns_from(folder: Path) -> Iterator[None]:
    """Load every rule from `folder` instead of patterns/ until the block ends."""
    global _folder
    previous = _folder
    _folder = Path(folder)
    rules.cache_clear()
    try:
        yield
    finally:
        _folder = previous
        rules.cache_clear()
