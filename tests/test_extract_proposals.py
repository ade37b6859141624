"""Proposal blocks, clauses retold in prose, repairs and review flags (issue 11)."""

from __future__ import annotations

import docx
import pytest

from pipeline.document import BlockKind, InputFormat, NormalizedDocument, build_blocks
from pipeline.extract import extract, extract_file
from pipeline.extract.normalize import lost_diacritics, restore_diacritics


def _doc(paragraphs: list[str | tuple[str, BlockKind]], fmt=InputFormat.DOCX) -> NormalizedDocument:
    raw = []
    for p in paragraphs:
        text, kind = (p, BlockKind.PARAGRAPH) if isinstance(p, str) else p
        raw.append({"text": text, "kind": kind, **({"heading_level": 1} if kind is BlockKind.HEADING else {})})
    return NormalizedDocument("x.docx", "0" * 64, fmt, build_blocks(raw))


def _clauses(paragraphs, fmt=InputFormat.DOCX) -> list[str]:
    return [c.text for c in extract(_doc(paragraphs, fmt)).clauses]


TITLE = ("Motion om trygga skolvägar", BlockKind.HEADING)
SIGN = ["Testby den 3 mars 2024", "Anna Ek (V)"]


def test_proposals_soft_break_holds_introducer_and_clause(tmp_path):
    d = docx.Document()
    d.add_heading("Motion om fler bänkar", 1)
    d.add_paragraph("Många äldre vill kunna vila under promenaden.")
    p = d.add_paragraph()
    run = p.add_run("Med anledning av ovanstående yrkar Vänsterpartiet:")
    run.add_break()
    p.add_run("att kommunen ställer ut minst 20 nya bänkar i stadsparken")
    d.add_paragraph("Anna Ek, för Vänsterpartiet")
    d.save(tmp_path / "m.docx")
    record = extract_file(tmp_path / "m.docx")
    assert [c.text for c in record.clauses] == ["att kommunen ställer ut minst 20 nya bänkar i stadsparken"]
    assert record.doc_type == "motion"


def test_proposals_numbered_items_without_att_in_one_paragraph():
    got = _clauses([TITLE, "Förslag till beslut i kommunfullmäktige:",
                    "1. Kommunstyrelsen får i uppdrag att ta fram en plan. 2. Hastigheten sänks vid skolor. "
                    "3. Planen redovisas senast i december 2025.", *SIGN])
    assert got == ["Kommunstyrelsen får i uppdrag att ta fram en plan.", "Hastigheten sänks vid skolor.",
                   "Planen redovisas senast i december 2025."]


def test_proposals_glued_dashes_and_infinitive_items():
    got = _clauses([TITLE, "Gångvägen är mörk.", "Därför föreslår Centerpartiet följande;",
                    "-Att kommunen belyser gångvägen vid ån", "–Utreda belysning vid fler gångvägar", *SIGN])
    assert got == ["Att kommunen belyser gångvägen vid ån", "Utreda belysning vid fler gångvägar"]


def test_proposals_web_download_link_glued_to_the_last_item_ends_the_block():
    # A party site's page source: "Ladda ner: …" glued to the last inline bullet.
    got = _clauses([TITLE, "Därför föreslår Centerpartiet följande; • Kommunen belyser gångvägen • Hastigheten "
                    "sänks vid skolan utomhusLadda ner: Motion (C) Trygga skolvägar och hållplatser.pdf (212 kB)",
                    *SIGN])
    assert got == ["Kommunen belyser gångvägen", "Hastigheten sänks vid skolan utomhus"]


def test_proposals_att_ends_the_introducer_single_clause():
    got = _clauses([TITLE, "Jag föreslår därför att kommunfullmäktige beslutar att",
                    "kommunen erbjuder gratis simskola för alla barn i årskurs 2.", *SIGN])
    assert got == ["kommunen erbjuder gratis simskola för alla barn i årskurs 2."]


def test_proposals_body_wishes_and_att_sentences_are_not_clauses():
    got = _clauses([TITLE, "Att bo på landet innebär långa skolvägar för många barn.",
                    "Vi föreslår att kommunfullmäktige beslutar att:", "1. Att kommunen mäter trafiken vid skolorna",
                    "2. Skolorna får ett mål för trygga vägar", ("Bakgrund", BlockKind.HEADING),
                    "Trafiken har ökat. Vi vill att kommunen tar ansvar.", *SIGN])
    assert got == ["Att kommunen mäter trafiken vid skolorna", "Skolorna får ett mål för trygga vägar"]


def test_proposals_date_inside_a_clause_does_not_end_the_block():
    got = _clauses([TITLE, "Jag yrkar att kommunfullmäktige beslutar", ("att en plan tas fram", BlockKind.LIST_ITEM),
                    ("arbetet redovisas senast den 31 december 2025", BlockKind.LIST_ITEM), *SIGN])
    assert got == ["att en plan tas fram", "arbetet redovisas senast den 31 december 2025"]


def test_retold_clauses_in_an_answer():
    record = extract(_doc([("Förslag till svar på motion om läxhjälp", BlockKind.HEADING),
                           ("Förslag till beslut", BlockKind.HEADING), "Motionen avslås.",
                           ("Ärendet", BlockKind.HEADING),
                           "Per Åkesson (C) föreslår i en motion att kommunen erbjuder läxhjälp på alla skolor "
                           "och att läxhjälpen bemannas av lärare. Förvaltningen föreslår att motionen avslås."]))
    assert record.doc_type == "answer"
    assert [c.text for c in record.clauses] == ["att kommunen erbjuder läxhjälp på alla skolor",
                                                "att läxhjälpen bemannas av lärare"]
    assert record.decision.outcome == "avslag"


def test_retold_frame_alone_is_no_clause():
    # "… föreslår att kommunfullmäktige beslutar" with its clauses listed below it.
    record = extract(_doc([("Förslag till svar på motion om läxhjälp", BlockKind.HEADING),
                           ("Förslag till beslut", BlockKind.HEADING), "Motionen avslås.",
                           ("Ärendet", BlockKind.HEADING),
                           "Per Åkesson (C) föreslår i en motion att kommunfullmäktige beslutar",
                           ("att kommunen erbjuder läxhjälp på alla skolor", BlockKind.LIST_ITEM),
                           ("att läxhjälpen bemannas av lärare", BlockKind.LIST_ITEM)]))
    assert [c.text for c in record.clauses] == ["att kommunen erbjuder läxhjälp på alla skolor",
                                                "att läxhjälpen bemannas av lärare"]


def test_table_column_of_short_labels_under_a_proposal_header_is_no_clause():
    head = [dict(kind=BlockKind.HEADING, text="Förslag till svar på motion om läxhjälp", heading_level=1),
            dict(kind=BlockKind.PARAGRAPH, text="Motionen avslås.")]
    rows = [("Förslag", "Kommentar"), ("Förslag 1", "Läxhjälp finns redan på tre skolor och utökas i höst."),
            ("Belysning", "Gångvägen belyses under 2025 inom befintlig budget.")]
    cells = [dict(kind=BlockKind.TABLE_CELL, text=v, table_pos=(0, r, c))
             for r, row in enumerate(rows) for c, v in enumerate(row)]
    record = extract(NormalizedDocument("x.docx", "0" * 64, InputFormat.DOCX, build_blocks(head + cells)))
    assert [c.text for c in record.clauses] == []


def test_review_flags_a_motion_without_clauses():
    record = extract(_doc([TITLE, "Skolvägarna är farliga och något borde göras åt saken.", *SIGN]))
    codes = {f.code for f in record.review}
    assert "no_clauses" in codes
    assert all(f.message for f in record.review)


def test_review_flags_fewer_comments_than_clauses():
    record = extract(_doc([("Förslag till svar på motion om skolvägar", BlockKind.HEADING),
                           ("Förslag till beslut", BlockKind.HEADING), "Motionen anses besvarad.",
                           ("Bakgrund", BlockKind.HEADING), "Motionären föreslår att kommunfullmäktige beslutar",
                           ("att en plan tas fram", BlockKind.LIST_ITEM), ("att hastigheten sänks", BlockKind.LIST_ITEM),
                           ("Bedömning", BlockKind.HEADING), "Den första att-satsen genomförs redan i år."]))
    flags = {f.code: f.message for f in record.review}
    assert flags.get("fewer_comments") == "Svaret kommenterar 1 av 2 att-satser var för sig."


@pytest.mark.parametrize("plain,restored", [
    ("Jag foreslar att kommunfullmaktige beslutar att namnden far ett uppdrag for battre mat pa skolorna.",
     "Jag föreslår att kommunfullmäktige beslutar att nämnden far ett uppdrag för bättre mat på skolorna."),
])
def test_normalize_restores_lost_diacritics(plain, restored):
    assert lost_diacritics(plain)
    assert restore_diacritics(plain) == restored


def test_normalize_leaves_a_swedish_text_alone():
    text = "Kommunen har en plan för skolvägarna och den följs upp varje år."
    assert not lost_diacritics(text)


def test_normalize_repairs_are_flagged_for_review():
    record = extract(_doc([TITLE, "Vi foreslar att kommunfullmaktige beslutar:", "l. Att kommunen bygger en bro",
                           "2. Att bron far belysning for gaende och cyklister pa kvallstid", *SIGN],
                          fmt=InputFormat.TXT))
    assert [c.text for c in record.clauses][0] == "Att kommunen bygger en bro"
    assert "repaired_text" in {f.code for f in record.review}


def test_normalize_markup_is_mended_only_in_a_page_source():
    literal = extract(_doc([("Motion om <b>säkra</b> webbsidor", BlockKind.HEADING), "Vi yrkar att:",
                            "att kommunen ser över sina rutiner", *SIGN], fmt=InputFormat.TXT))
    assert literal.title == "Motion om <b>säkra</b> webbsidor"
    assert "repaired_text" not in {f.code for f in literal.review}
    page = extract(_doc(["<p><strong>Motion om säkra webbsidor</strong></p>",
                         "<p>Därför föreslår vi följande:<br />att kommunen ser över sina rutiner</p>", *SIGN],
                        fmt=InputFormat.TXT))
    assert [c.text for c in page.clauses] == ["att kommunen ser över sina rutiner"]
    assert "repaired_text" in {f.code for f in page.review}
