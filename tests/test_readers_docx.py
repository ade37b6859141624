"""docx reader: text python-docx would lose, numbering, tables, headers."""

from __future__ import annotations

import io

import docx
import pytest

from pipeline.document import BlockKind, InputFormat
from pipeline.readers import read_document
from readers_fixtures import docx_with_body, p


def read_bytes(tmp_path, data: bytes, name: str = "motion.docx"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path)


def texts(doc) -> list[str]:
    return [b.text for b in doc.blocks]


def test_readers_docx_reading_order_with_table_between_paragraphs(tmp_path):
    table = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        # row 0: a cell spanning two grid columns, then one cell
        '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' + p("Rubrikcell") + "</w:tc>"
        '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' + p("Sammanslagen") + p("andra raden") + "</w:tc></w:tr>"
        # row 1: two cells, then the vertical-merge continuation (no text of its own)
        "<w:tr><w:tc>" + p("A") + "</w:tc><w:tc>" + p("B") + "</w:tc>"
        "<w:tc><w:tcPr><w:vMerge/></w:tcPr>" + p("") + "</w:tc></w:tr>"
        "</w:tbl>"
    )
    doc = read_bytes(tmp_path, docx_with_body(p("Före tabellen") + table + p("Efter tabellen")))
    assert texts(doc) == ["Före tabellen", "Rubrikcell", "Sammanslagen\nandra raden", "A", "B", "Efter tabellen"]
    cells = [b for b in doc.blocks if b.kind == BlockKind.TABLE_CELL]
    assert [c.table_pos for c in cells] == [(0, 0, 0), (0, 0, 2), (0, 1, 0), (0, 1, 1)]
    assert doc.format == InputFormat.DOCX and doc.pages is None
    assert all(b.page is None for b in doc.blocks)
    # offsets refer to doc.text
    for b in doc.blocks:
        assert doc.text[b.start:b.end] == b.text


def test_readers_docx_block_level_sdt_text_present(tmp_path):
    body = (
        p("Inledning")
        + '<w:sdt><w:sdtPr><w:alias w:val="Förslag"/></w:sdtPr><w:sdtContent>'
        + p("Text i innehållskontroll") + p("Andra stycket i kontrollen")
        + "</w:sdtContent></w:sdt>"
    )
    data = docx_with_body(body)
    # python-docx itself loses it; that is the reason for our own walk
    assert "Text i innehållskontroll" not in [x.text for x in docx.Document(io.BytesIO(data)).paragraphs]
    doc = read_bytes(tmp_path, data)
    assert texts(doc) == ["Inledning", "Text i innehållskontroll", "Andra stycket i kontrollen"]
    assert not any(b.placeholder for b in doc.blocks)


def test_readers_docx_inline_sdt_and_insertions_present_deletions_absent(tmp_path):
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Motionären </w:t></w:r>'
        '<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>Anna Svensson</w:t></w:r></w:sdtContent></w:sdt>'
        '<w:r><w:t xml:space="preserve"> föreslår </w:t></w:r>'
        '<w:ins w:id="1" w:author="x"><w:r><w:t xml:space="preserve">att kommunen </w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="x"><w:r><w:delText>inte </w:delText></w:r></w:del>'
        '<w:moveFrom w:id="3" w:author="x"><w:r><w:t>flyttad bort</w:t></w:r></w:moveFrom>'
        '<w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:hyperlink r:id="rIdX"><w:r><w:t>bygger</w:t></w:r></w:hyperlink>'
        '<w:r><w:tab/><w:t>cykelvägar.</w:t></w:r></w:p>'
    )
    doc = read_bytes(tmp_path, docx_with_body(body))
    assert texts(doc) == ["Motionären Anna Svensson föreslår att kommunen bygger\tcykelvägar."]
    assert "tracked_changes" in {w.code for w in doc.warnings}


def test_readers_docx_placeholder_flagged_and_kept(tmp_path):
    body = (
        '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
        + p("Klicka här för att ange text.")
        + "</w:sdtContent></w:sdt>"
        # label + inline placeholder: all visible text is not placeholder -> not flagged
        + '<w:p><w:r><w:t xml:space="preserve">Datum: </w:t></w:r><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr>'
        '<w:sdtContent><w:r><w:t>Klicka här för att ange datum.</w:t></w:r></w:sdtContent></w:sdt></w:p>'
        + p("Riktig text")
    )
    doc = read_bytes(tmp_path, docx_with_body(body))
    assert [(b.text, b.placeholder) for b in doc.blocks] == [
        ("Klicka här för att ange text.", True),
        ("Datum: Klicka här för att ange datum.", False),
        ("Riktig text", False),
    ]
    assert "placeholder_text" in {w.code for w in doc.warnings}


NUMBERING = """
<w:abstractNum w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="91">
  <w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="92">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl>
</w:abstractNum>
<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>
<w:num w:numId="91"><w:abstractNumId w:val="90"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="92"><w:abstractNumId w:val="90"/></w:num>
<w:num w:numId="93"><w:abstractNumId w:val="91"/></w:num>
<w:num w:numId="94"><w:abstractNumId w:val="92"/></w:num>
"""


def test_readers_docx_numbering_counters_continue_and_restart(tmp_path):
    body = "".join([
        p("ett", num=(90, 0)),
        p("ett a", num=(90, 1)),
        p("ett b", num=(90, 1)),
        p("ett b punkt", num=(90, 2)),
        p("Mellanliggande stycke"),
        p("två", num=(90, 0)),  # the count continues across the paragraph
        p("två a", num=(90, 1)),  # a deeper level restarts after a shallower one
        p("nytt ett", num=(91, 0)),  # startOverride on first use of num 91
        p("nytt två", num=(90, 0)),  # another num of the same abstractNum continues
        p("fem", num=(93, 0)),  # w:start 5
        p("sex", num=(93, 0)),
        p("Ingen markör", num=(94, 0)),  # numFmt none: no list item
        p("Borttagen numrering", num=(0, 0)),
    ])
    doc = read_bytes(tmp_path, docx_with_body(body, numbering_xml=NUMBERING))
    got = [(b.text, b.kind, b.list_marker, b.list_level) for b in doc.blocks]
    li = BlockKind.LIST_ITEM
    assert got == [
        ("ett", li, "1)", 0),
        ("ett a", li, "a)", 1),
        ("ett b", li, "b)", 1),
        ("ett b punkt", li, "1.1.", 2),
        ("Mellanliggande stycke", BlockKind.PARAGRAPH, None, None),
        ("två", li, "2)", 0),
        ("två a", li, "a)", 1),
        ("nytt ett", li, "1)", 0),
        ("nytt två", li, "2)", 0),
        ("fem", li, "5.", 0),
        ("sex", li, "6.", 0),
        ("Ingen markör", BlockKind.PARAGRAPH, None, None),
        ("Borttagen numrering", BlockKind.PARAGRAPH, None, None),
    ]


def test_readers_docx_bullet_and_number_through_style_chain(tmp_path):
    # "MinPunkt" has no numPr of its own: it inherits List Bullet's through basedOn.
    styles = (
        '<w:style w:type="paragraph" w:styleId="MinPunkt"><w:name w:val="Min punkt"/>'
        '<w:basedOn w:val="ListBullet"/></w:style>'
    )
    body = p("Punkt via arv", style="MinPunkt") + p("Första", style="ListNumber") + p("Andra", style="ListNumber")
    doc = read_bytes(tmp_path, docx_with_body(body, styles_extra=styles))
    assert [(b.kind, b.list_marker, b.style) for b in doc.blocks] == [
        (BlockKind.LIST_ITEM, "•", "Min punkt"),
        (BlockKind.LIST_ITEM, "1.", "List Number"),
        (BlockKind.LIST_ITEM, "2.", "List Number"),
    ]


@pytest.mark.parametrize(
    "text,marker,rest",
    [
        ("1. att kommunen bygger", "1.", "att kommunen bygger"),
        ("2) att det utreds", "2)", "att det utreds"),
        ("- att det utreds", "-", "att det utreds"),
        ("• punkt", "•", "punkt"),
        ("\uf0b7\tpunkt", "•", "punkt"),
        ("a) första", "a)", "första"),
    ],
)
def test_readers_docx_typed_marker_becomes_list_item(tmp_path, text, marker, rest):
    doc = read_bytes(tmp_path, docx_with_body(p(text)))
    (block,) = doc.blocks
    assert (block.kind, block.list_marker, block.text) == (BlockKind.LIST_ITEM, marker, rest)


def test_readers_docx_headings_from_style_names_and_outline_level(tmp_path):
    styles = (
        '<w:style w:type="paragraph" w:styleId="Egen"><w:name w:val="Egen rubrik"/>'
        '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    )
    body = p("Titel", style="Title") + p("Kapitel", style="Heading1") + p("Del", style="Heading2") + p("Egen", style="Egen") + p("Text")
    doc = read_bytes(tmp_path, docx_with_body(body, styles_extra=styles))
    assert [(b.kind, b.heading_level, b.style) for b in doc.blocks] == [
        (BlockKind.HEADING, 0, "Title"),
        (BlockKind.HEADING, 1, "Heading 1"),
        (BlockKind.HEADING, 2, "Heading 2"),
        (BlockKind.HEADING, 2, "Egen rubrik"),
        (BlockKind.PARAGRAPH, None, "Normal"),
    ]


def test_readers_docx_headers_and_footers_not_in_body(tmp_path):
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "Dnr KS 2024/123"
    section.footer.paragraphs[0].text = "Sida 1"
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Kommunfullmäktige"
    d.add_paragraph("Motionens text.")
    buf = io.BytesIO()
    d.save(buf)
    doc = read_bytes(tmp_path, buf.getvalue())
    assert texts(doc) == ["Motionens text."]
    assert set(doc.headers) == {"Dnr KS 2024/123", "Sida 1", "Kommunfullmäktige"}


def test_readers_docx_textbox_read_once_after_anchor(tmp_path):
    box = '<w:txbxContent>' + p("Text i textruta") + "</w:txbxContent>"
    body = (
        '<w:p><w:r><w:t>Ankare</w:t></w:r><w:r><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r></w:p>" + p("Efter")
    )
    doc = read_bytes(tmp_path, docx_with_body(body))
    assert texts(doc) == ["Ankare", "Text i textruta", "Efter"]


def test_readers_docx_named_pdf_is_read_as_docx_with_warning(tmp_path):
    doc = read_bytes(tmp_path, docx_with_body(p("Innehåll")), name="motion.pdf")
    assert doc.format == InputFormat.DOCX
    assert texts(doc) == ["Innehåll"]
    assert [w.code for w in doc.warnings] == ["extension_mismatch"]
    assert ".pdf" in doc.warnings[0].message


def test_readers_docx_main_part_found_through_package_relationships(tmp_path):
    import zipfile

    from readers_fixtures import rewrite_zip

    data = docx_with_body(p("Huvuddelen heter document2.xml"))
    z = zipfile.ZipFile(io.BytesIO(data))
    rels = z.read("_rels/.rels").replace(b"word/document.xml", b"word/document2.xml")
    types = z.read("[Content_Types].xml").replace(b"/word/document.xml", b"/word/document2.xml")
    data = rewrite_zip(
        data,
        {"word/document.xml": None, "_rels/.rels": rels, "[Content_Types].xml": types,
         "word/_rels/document.xml.rels": None},
        add={"word/document2.xml": z.read("word/document.xml"),
             "word/_rels/document2.xml.rels": z.read("word/_rels/document.xml.rels")},
    )
    assert texts(read_bytes(tmp_path, data)) == ["Huvuddelen heter document2.xml"]
