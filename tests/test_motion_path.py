"""The motion's path through `motions show` (issue 10, deliverable 4): before a KF
protocol raises the motion its deadline is provisional, counted from inlämnad; once
the protocol is in, väckt is the meeting date and the deadline one calendar year on."""

from __future__ import annotations

import datetime as dt

from store_fixtures import motion_text, protocol_text, write_doc  # noqa: F401

from app.cli import main

DNR = "KS 2024/31"


def show(db, capsys) -> str:
    capsys.readouterr()
    assert main(["show", DNR, "--db", str(db), "--today", "2024-06-01"]) == 0
    return capsys.readouterr().out


def test_motion_path_provisional_until_raised_then_one_year_from_the_meeting(tmp_path, write_doc, capsys):
    db = tmp_path / "m.db"
    motion = write_doc("motion.txt", motion_text(DNR, "en ny simhall", ["kommunen bygger en ny simhall"],
                                                 "2024-02-05"))
    assert main(["ingest", "--keep", str(motion), "--db", str(db)]) == 0
    before = show(db, capsys)
    assert "Inlämnad:            2024-02-05" in before
    assert "Väckt:               ej väckt ännu (inlämnad 2024-02-05)" in before
    assert "Ska beslutas senast: 2025-02-05 (preliminärt, räknat från inlämningsdagen)" in before

    kf = write_doc("kf.txt", protocol_text("KF", DNR, "en ny simhall", "2024-02-19",
                                           "Motionen överlämnas till kommunstyrelsen för beredning.",
                                           heading="Anmälan av motion om en ny simhall"))
    assert main(["ingest", "--keep", str(kf), "--db", str(db)]) == 0
    after = show(db, capsys)
    assert "Väckt:               2024-02-19" in after
    assert "Ska beslutas senast: 2025-02-19 enligt Kommunallagen 5 kap. 35 §" in after  # not 2025-02-18: 2024 is a leap year
    assert "preliminärt" not in after


def test_motion_path_case_page_shows_inlamnad_and_a_provisional_deadline(tmp_path, write_doc):
    from fastapi.testclient import TestClient
    from web_fixtures import TESTSERVER

    from app.web import create_app
    from pipeline.register import ingest
    from pipeline.store import open_store

    motion = write_doc("motion.txt", motion_text(DNR, "en ny simhall", ["kommunen bygger en ny simhall"],
                                                 "2024-02-05"))
    with open_store(tmp_path / "m.db") as store:
        case_id = ingest(store, [motion])[0].case_id
        page = TestClient(create_app(store=store, today=dt.date(2024, 6, 1), allowed_hosts=TESTSERVER)).get(
            f"/arende/{case_id}").text
    assert "<dt>Inlämnad</dt><dd>2024-02-05</dd>" in page
    assert "ej väckt ännu" in page and "preliminärt, räknat från inlämningsdagen" in page
