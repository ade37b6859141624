"""One vocabulary and one label table (issue 9): every code has one Swedish word,
and every table covers exactly its vocabulary."""

from __future__ import annotations

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
