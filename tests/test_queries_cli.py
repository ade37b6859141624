"""The register's questions, through the library and through `motions` on the CLI."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from store_fixtures import answer_text, db_url, motion_text, pg_server, protocol_text, store, write_doc  # noqa: F401

from pipeline import queries
from app.cli import build_parser, main
from pipeline.register import ingest
from pipeline.store.stem import stem

TODAY = "2024-06-01"


def run(capsys, *argv) -> tuple[int, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.fixture
def two_cases(store, write_doc):
    old = motion_text("KS 2023/1", "motionerna i skolan", ["kommunen inför läxhjälp på alla skolor"], "2023-01-10",
                      author="Per Åkesson (C)")
    new = motion_text("KS 2023/2", "solceller på taken", ["kommunen installerar solceller på skolorna"], "2023-10-02")
    ingest(store, [write_doc("old.txt", old), write_doc("new.txt", new)])
    return store


@pytest.mark.parametrize("word,expected", [("motionerna", "motion"), ("motionen", "motion"), ("motioner", "motion"),
                                           ("besvarades", "besvar"), ("solcellerna", "solcell")])
def test_queries_swedish_stem(word, expected):
    assert stem(word) == expected


@pytest.mark.parametrize("query,dnrs", [
    ("motion", {"KS 2023/1", "KS 2023/2"}),
    ("motionerna", {"KS 2023/1", "KS 2023/2"}),
    ("solcellerna", {"KS 2023/2"}),
    ("skola", {"KS 2023/1", "KS 2023/2"}),
    ("läxhjälpen", {"KS 2023/1"}),
    ("badhus", set()),
])
def test_queries_search_is_swedish_aware(two_cases, query, dnrs):
    assert {h.dnr for h in queries.search(two_cases, query)} == dnrs


@pytest.mark.parametrize("kwargs,dnrs", [
    ({}, ["KS 2023/1", "KS 2023/2"]),
    ({"party": "c"}, ["KS 2023/1"]),
    ({"year": 2023, "party": "S"}, ["KS 2023/2"]),
    ({"year": 2022}, []),
    ({"stage": "inlamnad"}, ["KS 2023/1", "KS 2023/2"]),  # motions no KF protocol has raised yet
    ({"stage": "inlämnad"}, ["KS 2023/1", "KS 2023/2"]),
    ({"stage": "vackt"}, []),
    ({"stage": "beslutad"}, []),
    ({"overdue": True}, ["KS 2023/1"]),
])
def test_queries_cases_filters(two_cases, kwargs, dnrs):
    assert [r.dnr for r in queries.cases(two_cases, today=dt.date(2024, 6, 1), **kwargs)] == dnrs


def test_queries_outcome_filter(store, write_doc):
    ingest(store, [write_doc("m.txt", motion_text("KS 2023/3", "parker", ["kommunen planterar träd"], "2023-01-10")),
                   write_doc("a.txt", answer_text("KS 2023/3", "parker", "2023-03-01", "Motionen avslås.",
                                                  ["kommunen planterar träd"], ["Det finns ingen budget."]))])
    assert [r.dnr for r in queries.cases(store, outcome="avslag")] == ["KS 2023/3"]
    assert queries.cases(store, outcome="bifall") == []


def test_queries_cli_overdue_and_governance(db_url, write_doc, tmp_path, capsys):
    docs = tmp_path / "docs"
    write_doc("a.txt", motion_text("KS 2023/1", "gamla frågan", ["kommunen gör något"], "2023-01-10"))
    write_doc("b.txt", motion_text("KS 2023/2", "nyare frågan", ["kommunen gör något annat"], "2023-10-02"))
    assert run(capsys, "ingest", "--keep", str(docs), "--db", db_url)[0] == 0
    code, out = run(capsys, "cases", "--overdue", "--today", TODAY, "--db", db_url, "--json")
    assert code == 0 and [r["dnr"] for r in json.loads(out)] == ["KS 2023/1"]
    gov = tmp_path / "180.yaml"
    gov.write_text("kinds:\n  motion:\n    days: 180\n", encoding="utf-8")
    code, out = run(capsys, "cases", "--overdue", "--today", TODAY, "--db", db_url, "--governance", str(gov), "--json")
    assert [r["dnr"] for r in json.loads(out)] == ["KS 2023/1", "KS 2023/2"]
    code, out = run(capsys, "cases", "--overdue", "--today", TODAY, "--db", db_url)
    assert "FÖRSENAD" in out and "KS 2023/1" in out and "KS 2023/2" not in out and "Dagar kvar" in out


@pytest.mark.slow
def test_queries_cli_seed_from_samples(db_url, samples_dir, capsys, tmp_path):
    if not list(samples_dir.glob("seed_ange_ks-20-399_svar.*")):
        pytest.skip("seed-dokumentet finns inte i samples/")
    # The seed's three renderings among two other whole cases (every format): the seed
    # must come out as one case with one version, whatever lies beside it.
    folder = tmp_path / "urval"
    folder.mkdir()
    for pattern in ("seed_ange_*", "bruksvik-*", "lovstad-*"):
        for f in samples_dir.glob(pattern):
            if f.suffix in (".docx", ".pdf", ".txt"):
                shutil.copy(f, folder)
    code, out = run(capsys, "ingest", "--keep", str(folder), "--db", db_url)
    assert "seed_ange_ks-20-399_svar.docx: sparad" in out
    code, out = run(capsys, "clauses", "KS 20/399", "--db", db_url, "--json")
    rep = json.loads(out)
    assert code == 0 and len(rep["clauses"]) == 6
    assert [c["state"] for c in rep["clauses"]] == ["commented"] * 6
    assert rep["case"]["proposed_outcome"] == "besvarad"
    assert all(c["comments"] and c["comments"][0]["document"].startswith("seed_ange") for c in rep["clauses"])
    code, text = run(capsys, "clauses", "KS 20/399", "--db", db_url)
    assert text.count("Läge: kommenterad") == 6 and "föreslaget: besvarad" in text
    code, out = run(capsys, "show", "KS 2020/0399", "--db", db_url, "--json")
    assert code == 0 and json.loads(out)["case"]["id"] == rep["case"]["id"]
    # Every rendering of the same text (docx, pdf, txt) is one version: no doubled clauses.
    docs = json.loads(out)["documents"]
    assert len(docs) >= 2 and sum(1 for d in docs if d["same_as"] is None and d["superseded_by"] is None) == 1


def test_queries_cli_show_text_and_not_found(two_cases, capsys):
    url = two_cases.url
    code, out = run(capsys, "show", "KS 23/1", "--db", url, "--today", TODAY)
    assert code == 0 and ("Ska beslutas senast: 2024-01-10 (preliminärt, räknat från inlämningsdagen) enligt "
                          "Kommunallagen 5 kap. 35 §") in out
    assert "FÖRSENAD" in out and "Tidslinje:" in out and "old.txt" in out
    code, out = run(capsys, "show", "KS 1999/1", "--db", url)
    assert code == 1 and "Hittar inget ärende" in out


def test_queries_cli_search_and_link(two_cases, capsys):
    url = two_cases.url
    code, out = run(capsys, "search", "solcellerna", "--db", url)
    assert code == 0 and "KS 2023/2" in out and "att-sats" in out
    code, out = run(capsys, "link", "old.txt", "KS 2023/2", "--db", url)
    assert code == 0 and "kopplat till ärende KS 2023/2" in out


@pytest.mark.parametrize("command", ["ingest", "cases", "show", "clauses", "search", "link"])
def test_queries_cli_help_is_swedish_with_example(command):
    sub = build_parser()._subparsers._group_actions[0].choices[command]
    help_text = sub.format_help()
    assert "Exempel:" in help_text and "--db" in help_text and "--json" in help_text


def test_queries_cli_review_lists_cases_with_their_reasons(db_url, write_doc, tmp_path, capsys):
    docs = tmp_path / "docs"
    write_doc("ok.txt", motion_text("KS 2023/1", "läxhjälp", ["kommunen inför läxhjälp på alla skolor"], "2023-01-10"))
    # A motion whose proposal is prose only: no clause can be read, and it must say so.
    write_doc("prose.txt", "Dnr KS 2023/5\n\nTill kommunfullmäktige i Testby kommun\n\nMotion om parkbänkar\n\n"
                           "Det behövs fler bänkar i parkerna och något borde göras åt det snart.\n\n"
                           "Testby 2023-02-01\n\nEva Ström (L)\n")
    assert run(capsys, "ingest", "--keep", str(docs), "--db", db_url)[0] == 0
    code, out = run(capsys, "cases", "--review", "--today", TODAY, "--db", db_url)
    assert code == 0
    assert "KS 2023/5" in out and "KS 2023/1" not in out
    assert "prose.txt: Inga att-satser hittades i förslaget" in out and "1 ärenden att granska" in out
    code, out = run(capsys, "cases", "--review", "--today", TODAY, "--db", db_url, "--json")
    rows = json.loads(out)
    assert [r["dnr"] for r in rows] == ["KS 2023/5"] and rows[0]["review"][0].startswith("prose.txt: ")
    code, out = run(capsys, "cases", "--today", "2023-06-01", "--db", db_url)  # before the deadline
    assert "granska" in out.split("KS 2023/5", 1)[1].splitlines()[0]
    assert "granska" not in out.split("KS 2023/1", 1)[1].splitlines()[0]
