"""Rules kept as data: JSONL pattern files with ids, compiled once.

Each line of `patterns/<name>.jsonl` is one rule:
  {"id": "...", "label": "...", "pattern": [<spaCy token pattern>]}   token rule
  {"id": "...", "label": "...", "regex": "..."}                      regex rule
Extra keys (e.g. "weight", "zone", "value") are kept on the rule for the caller.
Token rules run on `spacy.blank("sv")`'s tokenizer (no model can be downloaded);
regex rules cover what tokens cannot say, such as diarienummer shapes.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.matcher import Matcher

PATTERN_DIR = Path(__file__).parent / "patterns"


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
def nlp() -> spacy.language.Language:
    return spacy.blank("sv")


class RuleSet:
    def __init__(self, name: str) -> None:
        self.name = name
        self.meta: dict[str, dict] = {}
        self.regexes: list[tuple[str, str, re.Pattern]] = []
        self.matcher = Matcher(nlp().vocab, validate=True)
        self.order: dict[str, int] = {}
        path = PATTERN_DIR / f"{name}.jsonl"
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            rule = json.loads(line)
            rule_id, label = rule.pop("id"), rule.pop("label")
            if rule_id in self.meta:
                raise ValueError(f"{path}:{lineno}: duplicate rule id {rule_id!r}")
            self.order[rule_id] = len(self.order)
            if "regex" in rule:
                self.regexes.append((rule_id, label, re.compile(rule.pop("regex"))))
            else:
                self.matcher.add(rule_id, [rule.pop("pattern")])
            self.meta[rule_id] = {"label": label, **rule}
        self.has_tokens = len(self.matcher) > 0

    def find(self, text: str) -> list[Hit]:
        """All hits in `text`, in order of position (longest first at one position)."""
        hits: list[Hit] = []
        for rule_id, label, rx in self.regexes:
            for m in rx.finditer(text):
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                hits.append(Hit(rule_id, label, m.start(), m.end(), m.group(0), groups, self.meta[rule_id]))
        if self.has_tokens:
            doc = nlp().make_doc(text)
            for match_id, start, end in self.matcher(doc):
                rule_id = nlp().vocab.strings[match_id]
                span = doc[start:end]
                meta = self.meta[rule_id]
                hits.append(Hit(rule_id, meta["label"], span.start_char, span.end_char, span.text, {}, meta))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start), self.order[h.rule_id]))
        return hits

    def first(self, text: str) -> Hit | None:
        hits = self.find(text)
        return hits[0] if hits else None

    def labels(self, text: str) -> set[str]:
        return {h.label for h in self.find(text)}


@functools.lru_cache(maxsize=None)
def rules(name: str) -> RuleSet:
    return RuleSet(name)
