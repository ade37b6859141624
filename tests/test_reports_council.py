"""The council report and the yearly follow-up, made from samples/ as `make run` makes
them: real documents through the real extraction into a real SQLite register, then
`write_all`, and the files opened with python-docx and openpyxl and read as the
secretariat and the councillors would read them."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from pipeline import queries
from pipeline.governance import load_governance
from pipeline.register import ingest_file
from pipeline.reports import write_all
from pipeline.reports.docx_util import word_twips
from pipeline.reports.council import write_council_report
from pipeline.store import open_store
from store_fixtures import motion_text, protocol_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TODAY = dt.date(2024, 6, 1)
SAMPLE_FILES = [
    # finished: KS has proposed KF a decision (overdue, yet never to be written off)
    "salvik-ks-2022-118_1_motion.docx", "salvik-ks-2022-118_2_tjansteutlatande.docx",
    "salvik-ks-2022-118_3_ks-protokoll.docx",
    "lindtrask-ksf-2023-24_1_medborgarforslag.txt", "lindtrask-ksf-2023-24_2_svar.docx",
    "lindtrask-ksf-2023-24_3_ks-protokoll.docx",
    # overdue without a finished proposal: an answer from a nämnd; raised only; no Dnr at all
    "havsnas-ks-2014-742_1_motion.txt", "havsnas-ks-2014-742_2_kf-protokoll.docx",
    "havsnas-ks-2014-742_3_bun-yttrande.docx",
    "ekeryd-ks-2022-317_1_motion.docx", "ekeryd-ks-2022-317_2_kf-protokoll.docx",
    "mossala-2022-badhuset_1_motion.txt",
    # granted in 2023: the follow-up's year when today is 2024-06-01
    "granberg-ks-2023-45_1_motion.docx", "granberg-ks-2023-45_2_svar.docx", "granberg-ks-2023-45_3_kf-protokoll.docx",
]
WRITE_OFF = "Föreslås avskrivas"


@pytest.fixture(scope="module")
def reg(tmp_path_factory):
    root = tmp_path_factory.mktemp("council")
    store = open_store(root / "motions.db")
    for name in SAMPLE_FILES:
        assert ingest_file(store, SAMPLES / name).action == "stored", name
    # A granted motion whose decision names the body, and a report back after it.
    docs = root / "docs"
    docs.mkdir()
    texts = {
        "testby_1_motion.txt": motion_text("KS 2023/77", "fler parkbänkar", ["kommunen ställer ut fler parkbänkar",
                                                                              "bänkarna får armstöd"], "2023-01-09"),
        "testby_2_kf.txt": protocol_text("KF", "KS 2023/77", "fler parkbänkar", "2023-05-15",
                                         "Kommunfullmäktige beslutar att bifalla motionen och uppdrar åt tekniska "
                                         "nämnden att genomföra förslaget.", para=31),
        "testby_3_ks.txt": protocol_text("KS", "KS 2023/77", "fler parkbänkar", "2024-02-05",
                                         "Kommunstyrelsen föreslår kommunfullmäktige att bifalla motionen.", para=9,
                                         heading="Återrapportering: motion om fler parkbänkar"),
    }
    for name, text in texts.items():
        (docs / name).write_text(text, encoding="utf-8")
        assert ingest_file(store, docs / name).action == "stored", name
    paths = write_all(store, root / "out", today=TODAY)
    yield store, paths
    store.close()


def rows_of(table) -> list[dict[str, str]]:
    head = [c.text for c in table.rows[0].cells]
    return [dict(zip(head, (c.text for c in r.cells))) for r in table.rows[1:]]


def test_reports_council_never_proposes_a_finished_motion_for_write_off(reg):
    _, paths = reg
    doc = docx.Document(str(paths.council[0]))
    motions, proposals = (rows_of(t) for t in doc.tables)
    every = motions + proposals
    by_title = {r["Ärende"]: r for r in every}
    # KS has proposed KF bifall for both; both are past the deadline.
    for title in ("Motion om en äldreombudsman i Sälviks kommun", "Medborgarförslag om hundrastgård i Backa"):
        row = by_title[title]
        assert "dagar över tidsgränsen" in row["Ska beslutas senast"]
        assert row["Förslag"] == "Färdigberedd – till KF oktober 2024"
    assert by_title["Motion om en äldreombudsman i Sälviks kommun"]["Vad som framkommit vid beredningen"].startswith(
        "KS föreslår KF att bifalla motionen (KS 2022-10-03, salvik-ks-2022-118_3_ks-protokoll.docx)")
    for row in every:
        finished = row["Förslag"].startswith("Färdigberedd")
        assert not (finished and WRITE_OFF in row["Förslag"])
        if "över tidsgränsen" in row["Ska beslutas senast"] and not finished:
            assert row["Förslag"] == "Föreslås avskrivas enligt " + (
                "KL 5 kap. 35 §" if row in motions else "fullmäktiges arbetsordning")
    # Only the rows proposed for write-off are shaded, and the decision asks only for them.
    for table in doc.tables:
        for tr, row in zip(table.rows[1:], rows_of(table)):
            assert ('w:fill="F8D7DA"' in tr._tr.xml) == row["Förslag"].startswith(WRITE_OFF)
    assert len([r for r in every if r["Förslag"].startswith(WRITE_OFF)]) == 3  # havsnas, ekeryd, mossala


def test_reports_council_every_row_says_what_emerged_when_and_its_dnr(reg):
    _, paths = reg
    doc = docx.Document(str(paths.council[0]))
    every = [r for t in doc.tables for r in rows_of(t)]
    assert len(every) == 5
    for row in every:
        emerged = row["Vad som framkommit vid beredningen"].split("\n")
        assert 1 <= len(emerged) <= 2 and all(line.strip() for line in emerged)
        # The first sentence names its source: a document (and § or paragraph) in parentheses.
        assert re.search(r"\((?:[^()]*, )?[\w.-]+\.(?:docx|txt|pdf)(?:, stycke \d+| § \d+)?\)", emerged[0]), emerged
        when, basis = row["Beräknat beslut"].split("\n")
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}|(?:januari|februari|mars|april|maj|juni|juli|augusti|september|"
                            r"oktober|november|december) \d{4}", when)
        assert basis  # says what the date rests on
        assert not re.fullmatch(r"#\d+", row["Dnr"])
    by_title = {r["Ärende"]: r for r in every}
    mossala = by_title["Längre öppettider och sänkta avgifter i Mossalabadet"]
    assert mossala["Dnr"] == "saknar diarienummer"
    assert mossala["Förslagsställare"] == "Gunnel Strid (S)\nPer Olsson (S)\nHanna Berg (S)"
    havsnas = by_title["Motion om läxhjälp på alla skolor"]
    assert havsnas["Dnr"] == "KS-2014/742.912"
    assert havsnas["Vad som framkommit vid beredningen"] == (
        "Förslag till svar: att motionen avslås (BUN 2015-01-20, havsnas-ks-2014-742_3_bun-yttrande.docx)\n"
        "Svaret om att-sats 1: ”Läxhjälp erbjuds i dag på tre skolor.” "
        "(havsnas-ks-2014-742_3_bun-yttrande.docx, stycke 11)")
    ekeryd = by_title["Motion angående simundervisning för alla elever"]
    assert ekeryd["Vad som framkommit vid beredningen"] == (
        "KF överlämnar motionen till KS för beredning (KF 2022-12-12, ekeryd-ks-2022-317_2_kf-protokoll.docx)\n"
        "Inget förslag till svar finns ännu i registret.")
    wb = openpyxl.load_workbook(paths.council[1])
    for name in ("Motioner", "Medborgarförslag"):
        ws = wb[name]
        head = [c.value for c in ws[1]]
        for values in ws.iter_rows(min_row=2, values_only=True):
            row = dict(zip(head, values))
            assert row["Vad som framkommit vid beredningen"] and row["Beräknat beslut"] and row["Grund för beräkningen"]
            assert row["Dnr"] and not str(row["Dnr"]).startswith("#")


def _grid(table) -> list[int]:
    return [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]


@pytest.mark.parametrize("report", ["council", "followup", "summary"])
def test_reports_docx_headings_header_rows_page_numbers_and_whole_words(reg, report):
    _, paths = reg
    path = {"council": paths.council[0], "followup": paths.followup[0],
            "summary": next(p for p in paths.summaries if p.name == "KS-2022-118.docx")}[report]
    doc = docx.Document(str(path))
    styles = [p.style.name for p in doc.paragraphs if p.text]
    assert styles[0] == "Heading 1" and "Heading 2" in styles
    # No paragraph pretends to be a heading by being bold alone.
    assert not [p.text for p in doc.paragraphs if p.style.name == "Normal" and p.runs and all(r.bold for r in p.runs)]
    for table in doc.tables:
        first = table.rows[0]._tr
        has_header = first.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
        assert has_header or report == "summary"  # the summary's fact tables have no header row
        if not has_header:
            continue
        # Every word fits its column at the table's font size: no "komment|erad".
        size = int(table._tbl.find(f".//{qn('w:sz')}").get(qn("w:val"))) / 2
        widths = _grid(table)
        for row in table.rows:
            for width, cell in zip(widths, row.cells):
                for word in re.split(r"\s+|(?<=[-/–])", cell.text):
                    if word and len(word) < 40:  # a long file name may wrap at the end of the table
                        assert word_twips(word, size, bold=row is table.rows[0]) <= width, (report, word, width)
    section = doc.sections[0]
    assert section.header.paragraphs[0].text  # a running header
    footer = zipfile.ZipFile(path).read("word/footer1.xml").decode()
    assert 'w:instr=" PAGE "' in footer and 'w:instr=" NUMPAGES "' in footer and "Sida " in footer


def test_reports_docx_summary_keeps_kommenterad_whole(reg):
    _, paths = reg
    path = next(p for p in paths.summaries if p.name == "KS-2022-118.docx")
    doc = docx.Document(str(path))
    clauses = next(t for t in doc.tables if t.rows[0].cells[0].text == "Nr")
    head = [c.text for c in clauses.rows[0].cells]
    state_col = head.index("Läge")
    states = [r.cells[state_col].text for r in clauses.rows[1:]]
    assert states[0] == "kommenterad – svaret är positivt till förslaget"
    assert set(states[1:]) == {"kommenterad"}  # no stance read: nothing to explain
    assert _grid(clauses)[state_col] >= word_twips("kommenterad", 8.5)


def test_reports_xlsx_print_on_a4_landscape(reg):
    _, paths = reg
    for path in (paths.council[1], paths.followup[1], paths.register[0]):
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
            assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
            if not ws.title.startswith("Om "):  # the report's title and intro has no header row
                assert ws.print_title_rows in ("1:1", "$1:$1")


def test_reports_followup_lists_each_granted_clause_with_its_body_and_what_came_since(reg):
    _, paths = reg
    assert [p.name for p in paths.followup] == ["uppfoljning-bifallna-motioner-2023.docx",
                                                "uppfoljning-bifallna-motioner-2023.xlsx"]
    doc = docx.Document(str(paths.followup[0]))
    assert doc.paragraphs[0].text == "Uppföljning av bifallna motioner 2023"
    rows = rows_of(doc.tables[0])
    granberg = [r for r in rows if r["Dnr"] == "2023/KS 0045"]
    # Clause 1 was granted; 2 was rejected and 3 answered, so they are not followed up.
    assert [r["Bifallen att-sats"][:2] for r in granberg] == ["1."]
    assert granberg[0]["Beslut"] == ("KF beslutar att bifalla att-sats 1, avslå att-sats 2 och anse att-sats 3 "
                                     "besvarad (KF 2023-09-25, granberg-ks-2023-45_3_kf-protokoll.docx)")
    assert granberg[0]["Sedan beslutet"] == "Inget i registret efter beslutet 2023-09-25."
    testby = [r for r in rows if r["Dnr"] == "KS 2023/77"]
    assert len(testby) == 2  # both clauses granted
    assert [r["Uppdraget till"] for r in testby] == ["tekniska nämnden\nbeslutet (testby_2_kf.txt)"] * 2, testby
    assert testby[0]["Sedan beslutet"] == "KS föreslår KF att bifalla motionen (KS 2024-02-05, testby_3_ks.txt)"
    assert not [r for r in rows if "äldreombudsman" in r["Ärende"]]  # not decided by KF
    wb = openpyxl.load_workbook(paths.followup[1])
    ws = wb["Bifallna att-satser"]
    head = [c.value for c in ws[1]]
    sheet = [dict(zip(head, v)) for v in ws.iter_rows(min_row=2, values_only=True)]
    assert len(sheet) == len(rows) and {r["Uppdraget till"] for r in sheet if r["Dnr"] == "KS 2023/77"} == {
        "tekniska nämnden"}


def test_reports_council_finished_goes_to_the_next_meeting_in_the_schedule(reg, tmp_path):
    store = reg[0]
    own = tmp_path / "egen.yaml"
    own.write_text("council_schedule:\n  meetings: [2024-06-17, 2024-09-23]\n  preparation_days: 30\n",
                   encoding="utf-8")
    gov = load_governance(own)
    assert gov.council_schedule.next_meeting(dt.date(2024, 6, 18)) == (dt.date(2024, 9, 23), True)
    assert load_governance().council_schedule.meetings == ()  # the default names no meetings
    with open_store(store.url, str(own)) as other:
        docx_path, _ = write_council_report(other, tmp_path, today=TODAY)
    rows = {r["Ärende"]: r for t in docx.Document(str(docx_path)).tables for r in rows_of(t)}
    salvik = rows["Motion om en äldreombudsman i Sälviks kommun"]
    assert salvik["Förslag"] == "Färdigberedd – till KF 2024-06-17"
    assert salvik["Beräknat beslut"].split("\n")[0] == "2024-06-17"
    # Raised 2022-12-12, nothing since: the model's 30 days after the last step are long past,
    # so the next meeting after today.
    assert rows["Motion angående simundervisning för alla elever"]["Beräknat beslut"].startswith("2024-06-17\n")


def test_reports_council_estimate_rests_on_the_date_an_earlier_report_gave(tmp_path):
    # lervik § 114 reports KS 2023/0381 as unfinished, "beräknas vara klar 2025-02-28".
    from pipeline.reports.data import load_cases
    from pipeline.reports.preparation import estimate

    store = open_store(tmp_path / "m.db")
    ingest_file(store, SAMPLES / "lervik-ks-2024-10-07_protokoll.docx")
    today = dt.date(2024, 12, 1)
    case_id = queries.show(store, "KS 2023/381").case.id
    [data] = load_cases(store, today=today, ids=[case_id])
    assert [t.estimated_done for t in data.detail.timeline if t.kind == "reported"] == ["2025-02-28"]
    est = estimate(data, store.gov, today)
    assert est.date > dt.date(2025, 2, 28) and "beräknas klar 2025-02-28" in est.basis, est
    store.close()
