"""One vocabulary and one label table (issue 9): every code has one Swedish word,
and every table covers exactly its vocabulary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline import labels, vocab
from pipeline.errors import REASONS
from pipeline.extract.record import DOC_TYPES, OUTCOMES
from pipeline.governance import EVENT_KINDS, load_governance


@pytest.mark.parametrize("table,enum", [
    (labels.DOC_TYPE_SV, vocab.DocType), (labels.OUTCOME_SV, vocab.Outcome), (labels.EVENT_SV, vocab.EventKind),
    (labels.STATE_SV, vocab.ClauseState), (labels.STANCE_SV, vocab.Stance), (labels.STATUS_SV, vocab.DocStatus),
    (labels.LINK_SV, vocab.LinkMethod), (labels.FILE_ACTION_SV, vocab.FileAction),
    (labels.LOCATION_SV, vocab.Location), (labels.SUBJECT_SV, vocab.Subject),
    (labels.ITEM_EVENT_SV, vocab.ItemEvent), (labels.REVIEW_SV, vocab.ReviewCode),
])
def test_vocab_every_code_has_exactly_one_label(table, enum):
    assert set(table) == set(enum)
    assert all(isinstance(v, str) and v for v in table.values())


def test_vocab_codes_are_the_stored_strings():
    assert set(DOC_TYPES) == set(vocab.DocType)
    assert set(OUTCOMES) == set(vocab.Outcome)
    assert set(EVENT_KINDS) | {"linked", "reported"} == set(vocab.EventKind)
    assert set(REASONS) <= set(vocab.Reason)
    assert vocab.DocType.ANSWER == "answer" and f"{vocab.Outcome.DELVIS_BIFALL}" == "delvis_bifall"


def test_vocab_default_governance_uses_the_stage_codes():
    gov = load_governance()
    assert set(gov.stages) == set(vocab.Stage)
    assert set(gov.events) <= set(vocab.EventKind)


# ---- the glossary beside the label table ------------------------------------------

GLOSSARY = Path(__file__).resolve().parent.parent / "docs" / "glossary.md"


def _glossary_tables() -> dict[str, dict[str, str]]:
    """Each '### … (`NAME`)' section of docs/glossary.md as {code: Swedish}."""
    tables: dict[str, dict[str, str]] = {}
    current = None
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^### .*\(`(\w+)`\)$", line)
        if m:
            current = tables.setdefault(m.group(1), {})
            continue
        m = re.match(r"^\| `([^`]+)` \| (.+) \|$", line)
        if current is not None and m:
            current[m.group(1)] = m.group(2)
    return tables


def test_vocab_glossary_and_label_tables_agree():
    tables = _glossary_tables()
    assert len(tables) >= 15
    for name, words in tables.items():
        table = getattr(labels, name)
        assert {str(k): v for k, v in table.items()} == words, name
    # Every label table of pipeline/labels.py has its section.
    named = {n for n in dir(labels) if n.endswith("_SV") and isinstance(getattr(labels, n), dict)}
    assert named == set(tables)


def test_vocab_glossary_concepts_are_the_words_shown():
    text = GLOSSARY.read_text(encoding="utf-8")
    rows = {m.group(1).strip(): m.group(2).strip() for m in re.finditer(r"^\| ([^|]+) \| ([^|]+) \|", text, re.M)}
    assert rows["the deadline (KL 5 kap. 35 § or the local rule)"] == labels.DEADLINE_SV
    assert rows["days to the deadline"] == labels.days_left_text(12)
    assert rows["days past the deadline"] == labels.days_left_text(-34)
    assert rows["a case without a Dnr"] == labels.NO_DNR == labels.dnr_text(None)
    assert rows["KS has proposed KF a decision"] == labels.FINISHED_SV
    assert labels.formats_text("motion.docx", ["motion.pdf", "motion.txt"]) in text
    assert labels.clause_state_text("commented", "negative") == "kommenterad – svaret är negativt till förslaget"
