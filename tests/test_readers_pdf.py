"""PDF reader: paragraphs rebuilt from lines, running heads out, scans and garbage flagged.

Inputs are tiny PDFs written by tests/readers_fixtures.make_pdf (Helvetica text at
absolute positions on an A4 page: 595 x 842 pt).
"""

from __future__ import annotations

import pytest

from pipeline.document import BlockKind, InputFormat
from pipeline.errors import DocumentLoadError
from pipeline.readers import pdf_reader, read_document
from readers_fixtures import IMAGE, Line, body_lines, grid, make_pdf

# Lines of roughly equal width, as a justified or wrapped paragraph prints them.
WRAPPED = [
    "Kommunen har under lång tid arbetat med trafiksäkerheten kring skolorna i",
    "centralorten men mycket återstår. Föräldrar vittnar om farliga korsningar",
    "och bilar som kör för fort när barnen ska ta sig till skolan på morgonen.",
]


def read_pdf_bytes(tmp_path, data: bytes, name: str = "motion.pdf"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path)


def page(n: int, total: int, paragraphs: list[str], footer: str = "Sida {n}({total})") -> list[Line]:
    return (
        [Line(72, 800, "Dnr KS 2024/123", 9)]
        + body_lines(paragraphs, top=740)
        + [Line(280, 40, footer.format(n=n, total=total), 9)]
    )


@pytest.mark.parametrize("footer", ["Sida {n}({total})", "Sida {n} av {total}", "{n} ({total})", "{n}/{total}", "{n}", "- {n} -"])
def test_readers_pdf_running_heads_and_page_numbers_removed(tmp_path, footer):
    pages = [
        page(1, 3, ["Motionens första stycke."], footer),
        page(2, 3, ["Andra sidans text."], footer),
        page(3, 3, ["Tredje sidans text."], footer),
    ]
    doc = read_pdf_bytes(tmp_path, make_pdf(pages))
    assert [(b.text, b.page) for b in doc.blocks] == [
        ("Motionens första stycke.", 1),
        ("Andra sidans text.", 2),
        ("Tredje sidans text.", 3),
    ]
    assert doc.headers[0] == "Dnr KS 2024/123"
    assert doc.headers[1] == footer.format(n=1, total=3)  # one copy per distinct text
    assert len(doc.headers) == 2
    assert doc.pages == 3 and doc.format == InputFormat.PDF


def test_readers_pdf_single_page_dnr_in_top_band_is_body(tmp_path):
    # Not repeated on another page and not a page number: it is content.
    doc = read_pdf_bytes(tmp_path, make_pdf([[Line(72, 800, "Dnr KS 2024/123", 9), Line(72, 700, "Text.")]]))
    assert [b.text for b in doc.blocks] == ["Dnr KS 2024/123", "Text."]
    assert doc.headers == ()


def test_readers_pdf_body_line_at_page_top_not_mistaken_for_header(tmp_path):
    # The same sentence opens two pages at the same height, but it sits in the
    # body flow (normal line pitch below it), not apart in the margin.
    text = ["Samma mening överst.", "Mer text på sidan som fortsätter stycket."]
    pages = [body_lines(text, top=790), body_lines(text, top=790)]
    doc = read_pdf_bytes(tmp_path, make_pdf(pages))
    assert doc.headers == ()
    assert [b.page for b in doc.blocks if b.text.startswith("Samma mening")] == [1, 2]


def test_readers_pdf_wrapped_lines_joined_and_paragraphs_split_on_gap(tmp_path):
    lines = body_lines(WRAPPED + ["", "Nytt stycke efter en tom rad."])
    doc = read_pdf_bytes(tmp_path, make_pdf([lines]))
    assert [b.text for b in doc.blocks] == [" ".join(WRAPPED), "Nytt stycke efter en tom rad."]
    assert all(b.kind == BlockKind.PARAGRAPH and b.page == 1 for b in doc.blocks)


def test_readers_pdf_short_line_ends_paragraph_without_gap(tmp_path):
    # No spacing between paragraphs (Word "Normal" with 0 pt after): the first
    # paragraph's last line stops well short of the margin.
    lines = body_lines(WRAPPED[:2] + ["slut.", "Nästa stycke börjar här och är kort."])
    doc = read_pdf_bytes(tmp_path, make_pdf([lines]))
    assert [b.text for b in doc.blocks] == [" ".join(WRAPPED[:2]) + " slut.", "Nästa stycke börjar här och är kort."]


@pytest.mark.parametrize(
    "end,start,joined",
    [
        ("trafiksäkerheten måste förbättras och därför föreslår jag att kommun-",
         "styrelsen får i uppdrag att ta fram en plan för säkra skolvägar i hela",
         "att kommunstyrelsen får"),
        ("trafiksäkerheten måste förbättras och därför föreslår jag att alla våra barn-",
         "och ungdomar får en säker väg till skolan och till fritidsaktiviteterna",
         "alla våra barn- och ungdomar"),
        ("trafiksäkerheten måste förbättras och därför har förvaltningen kommenterat att-",
         "satserna var för sig i sitt yttrande till kommunstyrelsen i början av maj",
         "kommenterat att-satserna var för sig"),
        ("trafiksäkerheten måste förbättras och därför bör föräldrarna få information via e-",
         "post om de nya skolvägarna innan terminen börjar i augusti i hela kommunen",
         "via e-post om"),
        ("trafiksäkerheten måste förbättras och därför föreslår jag att fler EU-",
         "projekt söks för att finansiera de säkra skolvägarna i hela kommunen nu",
         "fler EU-projekt söks"),
    ],
)
def test_readers_pdf_hyphenation_rejoined_only_where_safe(tmp_path, end, start, joined):
    doc = read_pdf_bytes(tmp_path, make_pdf([body_lines([WRAPPED[0], end, start, "trafiksäkerhetsarbetet."])]))
    (block,) = doc.blocks
    assert joined in block.text


def test_readers_pdf_list_markers(tmp_path):
    lines = [
        Line(72, 760, "Jag yrkar"),
        Line(72, 740, "Första punkten med Symbol-punkt", symbol_bullet=True),
        Line(72, 726, "Andra punkten", symbol_bullet=True),
        Line(72, 706, "1. att kommunen bygger cykelvägar"),
        Line(72, 692, "2. att arbetet redovisas årligen"),
        Line(72, 672, "- att det görs snart"),
    ]
    doc = read_pdf_bytes(tmp_path, make_pdf([lines]))
    got = [(b.kind, b.list_marker, b.text) for b in doc.blocks]
    li = BlockKind.LIST_ITEM
    assert got == [
        (BlockKind.PARAGRAPH, None, "Jag yrkar"),
        (li, "•", "Första punkten med Symbol-punkt"),
        (li, "•", "Andra punkten"),
        (li, "1.", "att kommunen bygger cykelvägar"),
        (li, "2.", "att arbetet redovisas årligen"),
        (li, "-", "att det görs snart"),
    ]


def test_readers_pdf_dash_in_wrapped_sentence_is_not_a_marker(tmp_path):
    lines = body_lines([WRAPPED[0], "– och det gäller särskilt vid de stora korsningarna nära skolorna i", "trafiksäkerhetsarbetet."])
    doc = read_pdf_bytes(tmp_path, make_pdf([lines]))
    (block,) = doc.blocks
    assert block.kind == BlockKind.PARAGRAPH and "i – och det" in block.text


def test_readers_pdf_headings_by_size_and_bold(tmp_path):
    lines = [
        Line(72, 760, "Motion om cykelvägar", 16),
        Line(72, 730, "Bakgrund", 11, bold=True),
        Line(72, 712, "Brödtext som inte är rubrik."),
    ]
    doc = read_pdf_bytes(tmp_path, make_pdf([lines]))
    assert [(b.kind, b.heading_level, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, 1, "Motion om cykelvägar"),
        (BlockKind.HEADING, 2, "Bakgrund"),
        (BlockKind.PARAGRAPH, None, "Brödtext som inte är rubrik."),
    ]


def test_readers_pdf_paragraph_continues_across_page_break(tmp_path):
    pages = [
        page(1, 2, WRAPPED[:2]),  # ends mid-sentence at the margin
        page(2, 2, ["och bilar som kör för fort.", "", "Nytt stycke."]),
    ]
    doc = read_pdf_bytes(tmp_path, make_pdf(pages))
    assert [(b.text, b.page) for b in doc.blocks] == [
        (" ".join(WRAPPED[:2]) + " och bilar som kör för fort.", 1),
        ("Nytt stycke.", 2),
    ]


def test_readers_pdf_all_pages_without_text_need_ocr(tmp_path):
    with pytest.raises(DocumentLoadError) as e:
        read_pdf_bytes(tmp_path, make_pdf([IMAGE, IMAGE]))
    assert e.value.reason == "needs_ocr"


def test_readers_pdf_some_pages_without_text_warn(tmp_path):
    doc = read_pdf_bytes(tmp_path, make_pdf([[Line(72, 700, "Text på sidan ett.")], IMAGE, []]))
    assert [b.text for b in doc.blocks] == ["Text på sidan ett."]
    # page 2 is a scan; page 3 is blank (no image) and says nothing
    assert [(w.code, w.message) for w in doc.warnings] == [("needs_ocr", "Sida 2 saknar textlager och behöver OCR.")]


def test_readers_pdf_garbled_text_warns_or_fails(tmp_path):
    garbled = [Line(72, 700, "Denna text saknar teckenkodning helt och hållet", garbled=True)]
    good = [Line(72, 700, "Läsbar text.")]
    doc = read_pdf_bytes(tmp_path, make_pdf([good, garbled]))
    assert [w.code for w in doc.warnings] == ["garbled_text"]
    assert "Sida 2" in doc.warnings[0].message
    with pytest.raises(DocumentLoadError) as e:
        read_pdf_bytes(tmp_path, make_pdf([garbled, garbled]))
    assert e.value.reason == "unreadable_text"


def test_readers_pdf_page_count_guard(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2)
    with pytest.raises(DocumentLoadError) as e:
        read_pdf_bytes(tmp_path, make_pdf([[Line(72, 700, "x")]] * 3))
    assert e.value.reason == "oversized"


def test_readers_pdf_encrypted_fixture_is_real(tmp_path):
    # The RC4 fixture is a genuine encrypted PDF: with the password it opens.
    import pypdfium2

    data = make_pdf([[Line(72, 700, "Hemlig text")]], user_password="hemligt")
    pdf = pypdfium2.PdfDocument(data, password="hemligt")
    try:
        assert "Hemlig text" in pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()


def test_readers_pdf_ruled_table_becomes_cells_in_reading_order(tmp_path):
    rows = [["Nr", "Ärende", "Dnr"], ["1", "Upprop", ""], ["2", "Svar på motion om solceller", "KS 2023/0112"]]
    items = [Line(72, 760, "Föredragningslista")] + grid(72, 740, [40, 250, 120], rows) + [Line(72, 640, "Efter tabellen.")]
    doc = read_pdf_bytes(tmp_path, make_pdf([items]))
    assert [(b.kind, b.text, b.table_pos) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, "Föredragningslista", None),
        (BlockKind.TABLE_CELL, "Nr", (0, 0, 0)),
        (BlockKind.TABLE_CELL, "Ärende", (0, 0, 1)),
        (BlockKind.TABLE_CELL, "Dnr", (0, 0, 2)),
        (BlockKind.TABLE_CELL, "1", (0, 1, 0)),
        (BlockKind.TABLE_CELL, "Upprop", (0, 1, 1)),
        (BlockKind.TABLE_CELL, "2", (0, 2, 0)),
        (BlockKind.TABLE_CELL, "Svar på motion om solceller", (0, 2, 1)),
        (BlockKind.TABLE_CELL, "KS 2023/0112", (0, 2, 2)),
        (BlockKind.PARAGRAPH, "Efter tabellen.", None),
    ]
    assert all(b.page == 1 for b in doc.blocks)


def test_readers_pdf_single_rule_does_not_trigger_table_finder(tmp_path, monkeypatch):
    from pipeline.readers import pdf_tables
    from readers_fixtures import Rule

    called = []
    monkeypatch.setattr(pdf_tables, "find_tables", lambda data, pages: called.append(pages) or [])
    monkeypatch.setattr(pdf_reader, "find_tables", lambda data, pages: called.append(pages) or [])
    read_pdf_bytes(tmp_path, make_pdf([[Rule(72, 780, 520, 780), Line(72, 700, "Text.")]]))
    assert called == [{}]


def test_readers_pdf_two_row_small_header_removed(tmp_path):
    # Protocol letterhead: two 8 pt rows 13 pt apart, body in 12 pt with a 16 pt pitch.
    def protocol_page(n: int, texts: list[str]) -> list[Line]:
        head = [
            Line(72, 792, f"Norrvikens kommun SAMMANTRÄDESPROTOKOLL Sida {n} (2)", 8),
            Line(72, 779, "Kommunfullmäktige Sammanträdesdatum 27 maj 2019", 8),
        ]
        return head + body_lines(texts, top=740, size=12, lead=16) + [Line(72, 78, "Justerandes sign Utdragsbestyrkande", 8)]

    doc = read_pdf_bytes(tmp_path, make_pdf([protocol_page(1, ["§ 78", "Beslut."]), protocol_page(2, ["Skickas till"])]))
    assert [b.text for b in doc.blocks] == ["§ 78", "Beslut.", "Skickas till"]
    assert doc.headers == (
        "Norrvikens kommun SAMMANTRÄDESPROTOKOLL Sida 1 (2)",
        "Kommunfullmäktige Sammanträdesdatum 27 maj 2019",
        "Justerandes sign Utdragsbestyrkande",
    )
