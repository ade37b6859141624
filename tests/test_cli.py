import json
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLES

CONTRACT_KEYS = {"source", "doc_type", "dnr", "dnr_key", "title", "municipality", "body", "date", "officer",
                 "authors", "clauses", "comments", "decision", "warnings", "items", "review"}
ITEM_KEYS = {"paragraph", "agenda_number", "dnr", "dnr_key", "title", "subject", "event", "authors", "clauses",
             "comments", "decision", "reason", "estimated_done", "page", "block", "block_end", "warnings"}
SEED = ["seed_ange_ks-20-399_svar.docx", "seed_ange_ks-20-399_svar.pdf", "seed_ange_ks-20-399_svar.txt"]


def motions(*args):
    return subprocess.run([sys.executable, "-m", "app.cli", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_cli_protocol_json_contract_has_items():
    result = motions("extract", SAMPLES / "hedsund-kf-2024-09-23_protokoll.docx", "--json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert set(record) == CONTRACT_KEYS and record["doc_type"] == "protocol"
    assert all(set(item) == ITEM_KEYS for item in record["items"]) and len(record["items"]) == 16
    raised = [i for i in record["items"] if i["event"] == "raised"]
    assert set(raised[0]["decision"]) == {"outcome", "proposed", "text", "clause_outcomes"}
    text = motions("extract", SAMPLES / "hedsund-kf-2024-09-23_protokoll.docx").stdout
    assert "Punkter:        16, varav 7 om motioner eller medborgarförslag" in text
    assert "§ 88             väckt        motion: Motion om trygga skolvägar" in text


@pytest.mark.slow
@pytest.mark.parametrize("name", SEED)
def test_cli_seed_json_contract(name):
    result = motions("extract", SAMPLES / name, "--json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert set(record) == CONTRACT_KEYS
    assert set(record["source"]) == {"path", "sha256", "format"}
    assert record["source"]["format"] == name.rsplit(".", 1)[1]
    assert (record["doc_type"], record["dnr"]) == ("answer", "KS 20/399")
    assert [c["number"] for c in record["clauses"]] == [1, 2, 3, 4, 5, 6]
    assert sorted(c["clause_number"] for c in record["comments"]) == [1, 2, 3, 4, 5, 6]
    assert set(record["clauses"][0]) == {"number", "text", "page", "block"}
    assert set(record["comments"][0]) == {"clause_number", "text", "page", "block"}
    assert record["decision"]["outcome"] == "besvarad" and record["decision"]["proposed"] is True
    assert set(record["decision"]) == {"outcome", "proposed", "text", "clause_outcomes"}
    assert record["authors"] == [{"name": "Joakim Bäckström", "party": "VF"}]
    placeholders = [w for w in record["warnings"] if w["code"] == "placeholder_left"]
    assert len(placeholders) >= 3
    assert {"code", "message"} == set(record["warnings"][0])


@pytest.mark.slow
def test_cli_summary_is_swedish():
    result = motions("extract", SAMPLES / SEED[0])
    assert result.returncode == 0
    for label in ("Dokumenttyp:", "Diarienummer:", "Att-satser:", "Kommentar:", "förslag till beslut", "Varningar:"):
        assert label in result.stdout


@pytest.mark.slow
def test_cli_bad_file_exits_nonzero_with_reason(tmp_path):
    bad = tmp_path / "trasig.docx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    result = motions("extract", bad)
    assert result.returncode != 0
    assert "truncated" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_cli_folder_keeps_going_past_a_bad_file(tmp_path):
    (tmp_path / "tom.pdf").write_bytes(b"")
    (tmp_path / "svar.txt").write_text((SAMPLES / SEED[2]).read_text(encoding="utf-8"), encoding="utf-8")
    result = motions("extract", tmp_path, "--out", tmp_path / "out")
    assert result.returncode == 1
    assert "empty_file" in result.stderr
    assert (tmp_path / "out" / "svar.txt.json").exists()


@pytest.mark.slow
def test_cli_missing_file_says_so():
    result = motions("extract", "finns-inte.docx")
    assert result.returncode == 1
    assert "not_found: Filen finns inte. (finns-inte.docx)" in result.stderr


def test_cli_version_names_the_installed_package(capsys):
    from importlib.metadata import version

    from app.cli import main

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"motions {version('motions')}"
