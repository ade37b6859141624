"""Golden files: the full record of every sample, reviewed as a diff.

Regenerate after an intended change with `make golden` (MOTIONS_REGEN_GOLDEN=1)
and read the diff before committing it.
"""

import json
import os

import pytest

from conftest import ROOT, SAMPLES
from pipeline.extract import extract_file

GOLDEN = SAMPLES / "golden"
REGEN = os.environ.get("MOTIONS_REGEN_GOLDEN") == "1"
FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in {".docx", ".pdf", ".txt", ".eml"})


def record_of(path):
    return extract_file(path.relative_to(ROOT)).to_dict()


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_golden_sample_matches(path, monkeypatch):
    monkeypatch.chdir(ROOT)  # source.path is stored relative to the repository
    golden = GOLDEN / f"{path.name}.json"
    record = record_of(path)
    if REGEN:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden file for {path.name}: run `make golden` and review the diff"
    assert record == json.loads(golden.read_text(encoding="utf-8"))


def test_golden_every_sample_has_truth_and_golden():
    assert len(FILES) >= 60
    missing_truth = [p.name for p in FILES if not (SAMPLES / "truth" / f"{p.stem}.json").exists()]
    assert missing_truth == []
    stale = sorted(g.name for g in GOLDEN.glob("*.json") if not (SAMPLES / g.name[: -len(".json")]).exists())
    assert stale == [], "golden files without a sample"
