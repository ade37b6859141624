"""Repairs before reading: what OCR and careless exports do to a text, mended where
it is safe. The file keeps the original (records point to its blocks and pages);
the record says what was mended (Record.review, "repaired_text").

- "l." or "I." for "1." at the start of a numbered line (OCR);
- markup left from a web page ("<strong>Förslag</strong><br />");
- lost diacritics (å/ä → a, ö → o) in part of a text: a word is restored only when
  its plain form is no Swedish word and exactly one word with diacritics folds to it
  (spacy-lookups-data's Swedish lexicon), or when the rule data names it.
Soft hyphens and line-end hyphenation are the readers' (pipeline.readers.common).
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from pipeline.document import BlockKind, NormalizedDocument
from pipeline.extract.rules import pattern_files, rules
from pipeline.readers.common import split_marker
from pipeline.readers.txt_reader import OCR_ONE_REPAIR

_FOLD = str.maketrans("åäöÅÄÖ", "aaoAAO")
_DIACRITIC = re.compile(r"[åäöÅÄÖ]")
_WORD = re.compile(r"[A-Za-zåäöÅÄÖé]+")
_HTML_BREAK = re.compile(r"(?i)<br\s*/?>|</?(?:p|li|ul|ol|div|h[1-6])(?:\s[^<>]{0,200})?\s*/?>")  # block tags end a line
_HTML_TAG = re.compile(r"(?i)</?(?:br|strong|b|i|em|u|p|span|div|li|ul|ol|h[1-6])(?:\s[^<>]{0,200})?\s*/?>")
MIN_WORDS = 6  # a shorter text says too little about its diacritics


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], frozenset[str]]:
    """(plain form -> its only word with diacritics, every plain word). Built once per
    process, and only for a document that needs it (about a second)."""
    data = resources.files("spacy_lookups_data") / "data" / "sv_lemma_lookup.json.gz"
    with data.open("rb") as fh:
        table = json.load(gzip.open(fh))
    words = set(table) | set(table.values())
    restored: dict[str, str | None] = {}
    plain: set[str] = set()
    for word in words:
        folded = word.translate(_FOLD)
        if folded == word:
            plain.add(word)
        else:
            restored[folded] = None if folded in restored and restored[folded] != word else word
    return {k: v for k, v in restored.items() if v is not None and k not in plain}, frozenset(plain)


def _common() -> dict[str, str]:
    return rules("repairs").meta["restore_common"]["map"]


@lru_cache(maxsize=1)
def _rule_words() -> dict[str, str]:
    """Plain form -> word, for every word with å, ä or ö that the rule data itself
    spells ("sammanträdesprotokoll", "kommunfullmäktiges"): the words the rules must
    find again in a text that lost its diacritics. A plain form two words share is left out."""
    found: dict[str, str | None] = {}
    for name in pattern_files():
        text = rules(name).path.read_text(encoding="utf-8").lower()
        for word in set(re.findall(r"[a-zåäöé]{3,}", text)):
            if _DIACRITIC.search(word) and "åäö" not in word:  # not a character class
                folded = word.translate(_FOLD)
                found[folded] = word if found.get(folded, word) == word else None
    return {k: v for k, v in found.items() if v}


def lost_diacritics(text: str) -> bool:
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS or _DIACRITIC.search(text):
        return False
    markers = set(rules("repairs").words("LOST_MARKER"))
    return sum(1 for w in words if w.lower() in markers) >= max(2, len(words) // 60)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.sv.stop_words import STOP_WORDS  # imported when first needed (see rules.py)

    return frozenset(STOP_WORDS)


def _restore_word(m: re.Match) -> str:
    word = m.group(0)
    lower = word.lower()
    if lower in rules("repairs").derived("keep_plain", lambda rs: frozenset(rs.words("KEEP_PLAIN"))):
        return word
    fixed = _common().get(lower) or _rule_words().get(lower)
    if fixed is None and lower not in _stop_words():  # "att" is a word, not a lost "ätt"
        fixed = _lexicon()[0].get(lower)
    if fixed is None:
        return word
    if word.isupper() and len(word) > 1:
        return fixed.upper()
    return fixed[:1].upper() + fixed[1:] if word[:1].isupper() else fixed


def restore_diacritics(text: str) -> str:
    return _WORD.sub(_restore_word, text)


def repair_document(doc: NormalizedDocument) -> NormalizedDocument:
    """The document with its blocks' text mended, and what was mended in `repairs`."""
    ocr_one = rules("repairs").regex("ocr_one")
    kinds: list[str] = []
    blocks = []
    # The blocks without å, ä and ö, read together: a short heading ("Forslag till
    # beslut") says nothing alone, but the text around it does.
    folded_doc = lost_diacritics(" ".join([b.text for b in doc.blocks if not _DIACRITIC.search(b.text)]
                                          + [h for h in doc.headers if not _DIACRITIC.search(h)]))
    # Markup is mended only in a page's source (line and paragraph tags): a "<b>" in a
    # motion's title is text, and shows as written.
    web_page = sum(len(_HTML_BREAK.findall(b.text)) for b in doc.blocks) >= 2
    for block in doc.blocks:
        text = block.text
        kind, marker = block.kind, block.list_marker
        if ocr_one.search(text) and _numbered_context(doc, block.index):
            text = ocr_one.sub(r"\g<1>1\g<2>", text)
            _note(kinds, OCR_ONE_REPAIR)
            typed = split_marker(text)
            if typed and block.kind is BlockKind.PARAGRAPH:
                # What the reader makes of a typed "1.": a list item, so "2." … "8." join it.
                kind, marker, text = BlockKind.LIST_ITEM, typed[0], typed[1]
        if web_page and _HTML_TAG.search(text):
            text = _HTML_BREAK.sub("\n", text)
            text = re.sub(r"\n\s*\n+", "\n", _HTML_TAG.sub("", text)).strip()
            _note(kinds, "html-taggar togs bort")
        if (folded_doc and not _DIACRITIC.search(text)) or lost_diacritics(text):
            restored = restore_diacritics(text)
            if restored != text:
                text = restored
                _note(kinds, "å, ä och ö saknades")
        changed = text != block.text or kind is not block.kind
        level = 0 if kind is not block.kind else block.list_level
        blocks.append(replace(block, text=text, kind=kind, list_marker=marker, list_level=level) if changed else block)
    headers = doc.headers
    if folded_doc:
        headers = tuple(h if _DIACRITIC.search(h) else restore_diacritics(h) for h in doc.headers)
    if not kinds:
        return doc
    return replace(doc, blocks=tuple(blocks), headers=headers, repairs=doc.repairs + tuple(kinds))


def _numbered_context(doc: NormalizedDocument, index: int) -> bool:
    """"l." is "1." only where "2." follows (the next blocks or the same block)."""
    window = doc.blocks[index: index + 10]
    if any((b.list_marker or "").strip() in ("2.", "2)") for b in window):
        return True  # the reader took "2." off as a list marker
    return re.search(r"(?m)(?:^|\s)2[.)]\s", "\n".join(b.text for b in window)) is not None


def _note(kinds: list[str], kind: str) -> None:
    if kind not in kinds:
        kinds.append(kind)
