"""A whole protocol in the register (issue 10, deliverable 3): stored once, each item
joins its case in any order of arrival, a rerun changes nothing, a corrected protocol
supersedes the old one, and a report table is checked against the register."""

from __future__ import annotations

import itertools
import shutil

import pytest

from app.cli import main
from conftest import SAMPLES
from pipeline import queries
from pipeline.register import ingest_file
from pipeline.store import open_store

PROTOCOL = SAMPLES / "hedsund-kf-2024-09-23_protokoll.docx"
MOTION = SAMPLES / "hedsund-ks-2024-173_1_motion.docx"
KEY = "KS 2024/173"


def _kf(write_doc, name: str, paragraph_88: str, extra: str = "") -> object:
    return write_doc(name, f"""
        Sammanträdesprotokoll
        Hedsunds kommun
        Kommunfullmäktige
        Sammanträdesdatum 2024-09-23
        § 87 Meddelanden
        Meddelandena läggs till handlingarna.
        § 88 Anmälan av motioner
        {paragraph_88}
        # Kommunfullmäktiges beslut
        Motionerna överlämnas till kommunstyrelsen för beredning.
        {extra}
    """)


def _state(db) -> tuple:
    with open_store(db) as st:
        rows = queries.cases(st)
        return tuple(sorted((r.dnr_key, r.title, r.stage, str(r.raised_on)) for r in rows))


@pytest.fixture()
def write_doc(tmp_path):
    def write(name: str, text: str):
        path = tmp_path / name
        # One paragraph per line (a blank line between): plain text joins wrapped lines.
        lines = [line.strip().lstrip("# ") for line in text.strip().splitlines() if line.strip()]
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        return path
    return write


def test_store_protocol_items_join_cases_in_any_order(tmp_path):
    states = set()
    for n, order in enumerate(itertools.permutations([PROTOCOL, MOTION])):
        db = tmp_path / f"r{n}.db"
        with open_store(db) as st:
            for path in order:
                ingest_file(st, path)
        states.add(_state(db))
        with open_store(db) as st:
            detail = queries.show(st, KEY)
        kinds = [t.kind for t in detail.timeline]
        assert kinds[:3] == ["submitted", "raised", "remitted"]
        assert str(detail.case.raised_on) == "2024-09-23" and str(detail.case.deadline) == "2025-09-23"
        assert [t.where for t in detail.timeline][1] == "§ 88, KF 2024-09-23"
    assert len(states) == 1  # the same register whichever came first


def test_store_protocol_is_stored_once_and_a_rerun_changes_nothing(tmp_path):
    db = tmp_path / "r.db"
    with open_store(db) as st:
        first = ingest_file(st, PROTOCOL)
        assert first.action == "stored" and first.doc_type == "protocol" and len(first.case_ids) == 7
        before = _state(db)
        again = ingest_file(st, PROTOCOL)
        twin = ingest_file(st, PROTOCOL.with_suffix(".pdf"))
    assert again.action == "duplicate"
    assert twin.action == "same_content" and twin.case_ids == ()
    assert _state(db) == before


def test_store_corrected_protocol_supersedes_the_old_one_in_every_case(tmp_path, write_doc):
    db = tmp_path / "r.db"
    wrong = _kf(write_doc, "kf.txt", "Motion om trygga skolvägar\nKerstin Ahl (S), Dnr KS 2024/173.\n"
                                     "Motion om en ny simhall\nLisa Holm (M), Dnr KS 2024/177.")
    right = _kf(write_doc, "kf-rättad.txt", "Motion om trygga skolvägar\nKerstin Ahl (S), Dnr KS 2024/173.")
    with open_store(db) as st:
        assert len(ingest_file(st, wrong).case_ids) == 2
        result = ingest_file(st, right)
        assert result.action == "supersedes"
        swim = queries.show(st, "KS 2024/177")
        school = queries.show(st, KEY)
    # The case only the old version named keeps its history, but nothing stands.
    assert all(t.superseded for t in swim.timeline) and swim.case.raised_on is None
    assert [t.superseded for t in school.timeline if t.kind == "raised"] == [True, False]
    assert str(school.case.raised_on) == "2024-09-23"


def test_store_report_table_is_checked_against_the_register(tmp_path, write_doc):
    db = tmp_path / "r.db"
    raised = _kf(write_doc, "kf1.txt", "Motion om trygga skolvägar\nKerstin Ahl (S), Dnr KS 2024/173.\n"
                                       "Motion om en ny simhall\nLisa Holm (M), Dnr KS 2024/177.")
    report = write_doc("kf2.txt", """
        Sammanträdesprotokoll
        Hedsunds kommun
        Kommunfullmäktige
        Sammanträdesdatum 2024-10-21
        § 101 Val av justerare
        Kommunfullmäktige utser Anna Berg (S) att justera.
        § 102 Redovisning av motioner som inte har beretts färdigt
        Dnr KS 2024/2
    """)
    with open_store(db) as st:
        ingest_file(st, raised)
    # The report (a table) lists one raised motion and one the register has never seen.
    from pipeline.document import BlockKind, NormalizedDocument, build_blocks, InputFormat
    from pipeline.extract import extract
    from pipeline.readers import read_document

    base = read_document(report)
    rows = [("Dnr", "Motion", "Motionär", "Beräknas klar"),
            ("KS 2024/173", "Motion om trygga skolvägar", "Kerstin Ahl (S)", "Februari 2025"),
            ("KS 2024/190", "Motion om fler bänkar", "Olle Ek (C)", "Mars 2025")]
    cells = [dict(kind=BlockKind.TABLE_CELL, text=v, table_pos=(0, r, c)) for r, row in enumerate(rows)
             for c, v in enumerate(row)]
    blocks = [dict(kind=b.kind, text=b.text) for b in base.blocks] + cells
    record = extract(NormalizedDocument(str(report), "1" * 64, InputFormat.DOCX, build_blocks(blocks)))
    with open_store(db) as st:
        result = st.add_record(record, name="kf2.docx")
        assert result.needs_review and "1 pågående ärenden saknas i redovisningen" in result.message
        unknown = queries.show(st, "KS 2024/190")
    flagged = [t for t in unknown.timeline if t.kind == "reported"]
    assert flagged and flagged[0].flagged and "motionen saknas" in flagged[0].flag_reason


def test_store_protocol_without_items_is_partial_for_review(tmp_path, write_doc):
    cover = write_doc("försättsblad.txt", """
        Sammanträdesprotokoll
        Kommunfullmäktige
        Sammanträdesdatum 2024-09-23
        Paragrafer §§ 85–98
    """)
    with open_store(tmp_path / "r.db") as st:
        result = ingest_file(st, cover)
    assert (result.doc_type, result.status, result.reason) == ("protocol", "partial", "no_items")
    assert result.case_ids == () and result.case_id is None


def test_store_cli_ingest_of_a_protocol_names_items_and_cases(tmp_path, capsys):
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy(PROTOCOL, inbox)
    assert main(["ingest", "--keep", str(inbox), "--db", str(tmp_path / "r.db")]) == 0
    out = capsys.readouterr().out
    assert "hedsund-kf-2024-09-23_protokoll.docx: sparad, protokoll, 16 punkter, 7 ärenden berörda" in out
