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
    assert "Filen är trasig" in result.stderr and "Traceback" not in result.stderr
    assert "truncated" not in result.stderr  # the code stays in --json and the .reason.json


@pytest.mark.slow
def test_cli_folder_keeps_going_past_a_bad_file(tmp_path):
    (tmp_path / "tom.pdf").write_bytes(b"")
    (tmp_path / "svar.txt").write_text((SAMPLES / SEED[2]).read_text(encoding="utf-8"), encoding="utf-8")
    result = motions("extract", tmp_path, "--out", tmp_path / "out")
    assert result.returncode == 1
    assert "Filen är tom." in result.stderr and "empty_file" not in result.stderr
    assert (tmp_path / "out" / "svar.txt.json").exists()


@pytest.mark.slow
def test_cli_missing_file_says_so():
    result = motions("extract", "finns-inte.docx")
    assert result.returncode == 1
    assert "FEL finns-inte.docx: Filen finns inte. (finns-inte.docx)" in result.stderr


def test_cli_version_names_the_installed_package(capsys):
    from importlib.metadata import version

    from app.cli import main

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"motions {version('motions')}"


# ---- a CLI that never answers wrongly (issue 12, item 6) --------------------------

import os  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402

from app.cli import build_parser, main  # noqa: E402
from app.cli.table import Column, render  # noqa: E402

# Every command that only reads the register, with what it needs besides --db.
READ_COMMANDS = [["cases"], ["cases", "--overdue"], ["show", "KS 2020/0399"], ["clauses", "KS 20/399"],
                 ["search", "lekplats"], ["link", "svar.docx", "KS 2020/399"], ["report"], ["export"]]
REGISTER_SAMPLES = ["bergsjo-ka-2013-198", "bruksvik-ks-2014-443", "rodby-ks-2019-88", "kvarnby-ks-2021-87",
                    "lindtrask-ksf-2023-24", "seed_ange_ks-20-399"]


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def register_db(tmp_path_factory):
    """A real register built by `motions ingest --keep` from six sample cases (.docx)."""
    folder = tmp_path_factory.mktemp("urval")
    for prefix in REGISTER_SAMPLES:
        for f in SAMPLES.glob(f"{prefix}*.docx"):
            shutil.copy(f, folder)
    db = folder.parent / "register.db"
    assert main(["ingest", "--keep", str(folder), "--db", str(db)]) == 0
    return db


@pytest.mark.parametrize("argv", READ_COMMANDS, ids=lambda a: "-".join(a))
def test_cli_missing_db_is_refused_and_nothing_is_created(argv, tmp_path, capsys):
    missing = tmp_path / "felstavad" / "regsiter.db"
    code, out, err = cli(capsys, *argv, "--db", missing, "--out", tmp_path / "ut") if argv[0] in ("report", "export") \
        else cli(capsys, *argv, "--db", missing)
    assert code == 2 and out == ""
    assert err == (f"FEL: Databasen finns inte: {missing}. Kör 'motions ingest <mapp> --db {missing}' först, "
                   f"eller ange rätt sökväg med --db.\n")
    assert not missing.parent.exists() and not (tmp_path / "ut").exists()


def test_cli_missing_default_db_names_where_it_looked(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MOTIONS_DB_URL", raising=False)
    code, _, err = cli(capsys, "cases")
    assert code == 2 and "Databasen finns inte: outputs/motions.db (standard när --db saknas)" in err
    monkeypatch.setenv("MOTIONS_DB_URL", f"sqlite:///{tmp_path}/annan.db")
    code, _, err = cli(capsys, "show", "KS 1/1")
    assert code == 2 and f"Databasen finns inte: {tmp_path}/annan.db (från MOTIONS_DB_URL)" in err
    assert sorted(os.listdir(tmp_path)) == []


@pytest.mark.slow
def test_cli_missing_db_exit_code_of_the_real_process(tmp_path):
    result = motions("cases", "--db", tmp_path / "x.db")
    assert result.returncode == 2 and result.stdout == ""
    assert "Databasen finns inte" in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_cli_db_that_is_a_folder_or_no_register_is_refused(tmp_path, capsys):
    text = tmp_path / "anteckningar.txt"
    text.write_text("inte en databas\n", encoding="utf-8")
    other = tmp_path / "annat.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE kontakter (namn TEXT)")
    empty = tmp_path / "tom.db"
    empty.touch()
    before = other.read_bytes()
    cases = {tmp_path: "--db pekar på en mapp, inte en databasfil", text: "är ingen databas (inte SQLite)",
             other: "är en SQLite-databas men inget ärenderegister", empty: "är tom"}
    for db, message in cases.items():
        code, out, err = cli(capsys, "cases", "--db", db)
        assert code == 2 and out == "" and message in err and err.startswith("FEL: ")
    code, _, err = cli(capsys, "ingest", "--keep", SAMPLES / SEED[2], "--db", other)
    assert code == 2 and "inget ärenderegister" in err
    assert other.read_bytes() == before  # no tables migrated into another program's database
    assert empty.stat().st_size == 0


def test_cli_ingest_creates_the_store_and_says_so(tmp_path, capsys):
    db = tmp_path / "ny" / "motions.db"
    code, out, err = cli(capsys, "ingest", "--keep", SAMPLES / SEED[2], "--db", db)
    assert code == 0 and db.is_file() and "seed_ange_ks-20-399_svar.txt: sparad" in out
    assert err == f"OBS: nytt register skapat: {db}\n"
    code, out, err = cli(capsys, "cases", "--db", db)
    assert code == 0 and "KS 20/399" in out and err == ""
    code, out, err = cli(capsys, "ingest", "--keep", SAMPLES / SEED[2], "--db", db)
    assert code == 0 and err == ""  # an existing register: nothing to announce


def test_cli_unknown_stage_lists_the_stages_of_the_governance_file(register_db, tmp_path, capsys):
    own = tmp_path / "egen.yaml"
    own.write_text("stages:\n  namnd: {label: i nämnden}\n", encoding="utf-8")
    code, out, err = cli(capsys, "cases", "--stage", "foo", "--db", register_db, "--governance", own)
    assert code == 2 and out == ""
    assert err.startswith("användning: motions cases")
    assert ("motions cases: fel: okänt stadium ”foo”. Välj bland: inlamnad (inlämnad), vackt (väckt i KF), "
            "remitterad, beredning (under beredning), forslag (förslag till svar), ksau, ks, beslutad (beslut i KF), "
            "avskriven, namnd (i nämnden).") in err
    code, out, _ = cli(capsys, "cases", "--stage", "i nämnden", "--db", register_db, "--governance", own)
    assert code == 0 and out == "Inga ärenden matchar.\n"
    # Without the own file there is no such stage.
    code, _, err = cli(capsys, "cases", "--stage", "namnd", "--db", register_db)
    assert code == 2 and "namnd" not in err.split("Välj bland:")[1]
    # A code or a label, in any case, is the same stage.
    by_code = cli(capsys, "cases", "--stage", "forslag", "--db", register_db, "--json")[1]
    assert json.loads(by_code) and cli(capsys, "cases", "--stage", "Förslag till svar", "--db", register_db,
                                       "--json")[1] == by_code


def test_cli_unknown_outcome_lists_the_outcomes_and_a_label_works(register_db, capsys):
    code, _, err = cli(capsys, "cases", "--outcome", "ja", "--db", register_db)
    assert code == 2 and "okänt utfall ”ja”. Välj bland: bifall, avslag, besvarad, delvis_bifall (delvis bifall)" in err
    code, out, _ = cli(capsys, "cases", "--outcome", "delvis bifall", "--db", register_db, "--json")
    assert code == 0 and {r["dnr"] for r in json.loads(out)} == {"KA 2013/198"}


def test_cli_party_is_free_text_and_an_unknown_one_names_the_known(register_db, capsys):
    code, out, err = cli(capsys, "cases", "--party", "XYZ", "--db", register_db)
    assert code == 0 and err == ""
    assert out.startswith("Inga ärenden matchar.\nPartier i registret: ") and "VF" in out


def test_cli_year_must_have_four_digits(register_db, capsys):
    with pytest.raises(SystemExit) as done:
        main(["cases", "--year", "23", "--db", str(register_db)])
    assert done.value.code == 2 and "ogiltigt år ”23”, skriv året med fyra siffror" in capsys.readouterr().err


@pytest.mark.parametrize("columns", [60, 120])
def test_cli_cases_table_fits_columns_and_cuts_with_ellipsis(register_db, columns, monkeypatch, capsys):
    rows = json.loads(cli(capsys, "cases", "--today", "2024-06-01", "--db", register_db, "--json")[1])
    monkeypatch.setenv("COLUMNS", str(columns))
    code, out, _ = cli(capsys, "cases", "--today", "2024-06-01", "--db", register_db)
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= columns and "…" in out
    head = lines[: next(i for i, line in enumerate(lines) if line.startswith("---"))]
    assert head[0].startswith("Dnr ") and "Stadium" in head[0] and "senast" in " ".join(head).lower()
    for r in rows:  # the Dnr, the stage and the deadline are never cut
        line = next(line for line in lines if line.startswith(r["dnr"] + " "))
        assert r["stage_label"] in line and (r["deadline"] or "–") in line
    assert "(får inte plats: " in out  # what was left out is named
    # --json is never cut, whatever the width.
    assert json.loads(cli(capsys, "cases", "--today", "2024-06-01", "--db", register_db, "--json")[1]) == rows


def test_cli_table_keeps_full_width_when_not_a_terminal(register_db, monkeypatch, capsys):
    monkeypatch.delenv("COLUMNS", raising=False)
    rows = json.loads(cli(capsys, "cases", "--db", register_db, "--json")[1])
    out = cli(capsys, "cases", "--db", register_db)[1]  # captured: no terminal
    assert "…" not in out and all(r["title"] in out and r["proposers"] in out for r in rows)


@pytest.mark.parametrize("width", [20, 45, 60, 80, 200])
def test_cli_table_render_never_exceeds_the_width(width):
    columns = [Column("Dnr", keep=True), Column("Titel"), Column("Väckt", keep=True, drop=2),
               Column("Obs", keep=True, drop=1)]
    rows = [["KSF-2023-024-539", "Motion om en fritidsbank i Bergsjö med lång titel", "2023-01-10", "FÖRSENAD"]]
    text, hidden = render(columns, rows, width)
    assert max(len(line) for line in text.splitlines()) <= width
    if width >= 80:
        assert hidden == [] and "FÖRSENAD" in text
    if 45 <= width < 80:
        assert "KSF-2023-024-539" in text and "…" in text


def test_cli_table_header_wraps_at_its_words_before_a_kept_column_is_cut():
    columns = [Column("Dnr", keep=True), Column("Titel"), Column("Ska beslutas senast", keep=True)]
    rows = [["KS 2014/443", "Motion om tillgänglighetsanpassade lekplatser", "2015-09-22"]]
    text, _ = render(columns, rows, 40)
    lines = text.splitlines()
    assert [line.split()[-1] for line in lines[:3]] == ["Ska", "beslutas", "senast"]
    assert lines[4].endswith("2015-09-22") and lines[4].startswith("KS 2014/443") and "…" in lines[4]
    assert max(map(len, lines)) <= 40


def test_cli_closing_table_fits_the_terminal(monkeypatch, capsys):
    from app.cli.flow_commands import print_closing_table

    long = "ett mycket långt filnamn från diariet med datum och version 2024-05-12 slutlig.docx"
    summary = {"files": [{"name": long, "action": "quarantined", "location": "quarantine", "dnr_key": None,
                          "reason": "truncated", "message": "Filen är trasig eller ofullständig. (zip-arkivet går "
                                                            "inte att öppna: File is not a zip file)"},
                         {"name": "svar.docx", "action": "stored", "location": "archive", "dnr_key": "KS 2014/443",
                          "message": None, "reason": None}],
               "counts": {"stored": 1, "quarantined": 1}, "cases_touched": ["KS 2014/443"]}
    monkeypatch.setenv("COLUMNS", "60")
    print_closing_table(summary)
    table = capsys.readouterr().out.splitlines()[:4]
    assert max(len(line) for line in table) <= 60 and "KS 2014/443" in table[3] and "…" in table[2]


def _commands():
    return build_parser()._subparsers._group_actions[0].choices


@pytest.mark.parametrize("command", [None, *_commands()])
def test_cli_every_command_help_has_an_example(command):
    parser = build_parser() if command is None else _commands()[command]
    help_text = parser.format_help()
    example = help_text.split("Exempel:\n", 1)[1]
    assert example.lstrip().startswith("motions ") and help_text.startswith("användning: motions")


@pytest.mark.parametrize("command", ["serve", "watch"])
def test_cli_serve_and_watch_say_at_the_start_that_they_make_a_new_register(command, tmp_path, capsys):
    from app.cli.guard import announce_new_store, check_store

    missing = tmp_path / "ny.db"
    new = check_store(command, missing)
    announce_new_store(command, new, before=True)
    announce_new_store(command, new, before=False)
    assert new == missing and not missing.exists()
    assert capsys.readouterr().err == f"OBS: databasen {missing} finns inte; ett nytt, tomt register skapas.\n"
    assert check_store(command, f"sqlite:///{tmp_path}/../{tmp_path.name}/ny.db") is not None
    assert check_store(command, "postgresql+psycopg://motions@127.0.0.1:5439/register") is None


def test_cli_watch_refuses_a_missing_inbox_before_anything_is_made(tmp_path, capsys):
    code, out, err = cli(capsys, "watch", tmp_path / "inkrog", "--db", tmp_path / "ny.db", "--out", tmp_path / "ut")
    assert code == 2 and out == ""
    assert err == f"FEL: Inkorgen finns inte eller är ingen mapp: {tmp_path / 'inkrog'}. Ange en befintlig mapp " \
                  "(skapa den först om den ska vara ny).\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv,message", [
    (["ingest", "inkorg", "--workers", "0"], "argument --workers: ogiltigt antal ”0”"),
    (["ingest", "inkorg", "--timeout", "-5"], "argument --timeout: ogiltigt värde ”-5”"),
    (["watch", "inkorg", "--interval", "nan"], "argument --interval: ogiltigt värde ”nan”"),
])
def test_cli_counts_and_times_must_be_positive(argv, message, capsys):
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2 and message in capsys.readouterr().err


def test_cli_guard_resolves_db_as_the_store_does(tmp_path):
    from app.cli import guard
    from pipeline.store import engine

    assert (guard.ENV_VAR, guard.DEFAULT_PATH) == (engine.ENV_VAR, engine.DEFAULT_PATH)
    db = tmp_path / "y.db"
    assert engine.resolve_url(db) == f"sqlite:///{guard.sqlite_path(db)[0]}"
    assert guard.sqlite_path(engine.resolve_url(db)) == (db, "--db")


def test_cli_refusal_and_help_answer_without_loading_the_library(tmp_path):
    """A refused --db and --help must not wait for spaCy and the extraction rules."""
    code = ("import sys\nfrom app.cli import main\n"
            f"assert main(['cases', '--db', {str(tmp_path / 'x.db')!r}]) == 2\n"
            "assert 'spacy' not in sys.modules and 'pipeline.store' not in sys.modules, sorted(sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_cli_unreachable_database_server_is_one_fel_line(capsys):
    code, out, err = cli(capsys, "cases", "--db", "postgresql+psycopg://nobody@127.0.0.1:9/none")
    assert code == 1 and out == ""
    assert err.startswith("FEL: Databasen går inte att nå: ") and err.count("\n") == 1 and "Traceback" not in err
