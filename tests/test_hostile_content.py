"""Hostile content: declarations hidden in renamed or re-encoded docx parts.
Every input is generated here."""

from __future__ import annotations

import io
import zipfile

import pytest

from pipeline.errors import DocumentLoadError
from pipeline.readers import read_document
from readers_fixtures import docx_with_body, p, rewrite_zip

# ---------------------------------------------------------------------------
# Item 6: a DOCTYPE in any XML part, whatever its name or encoding

ENTITY_CLAUSE = "att kommunen &xxe; bygger en ny skola."
DOCTYPE = '<!DOCTYPE w:document [<!ENTITY xxe "i Storåsa">]>'


def _document_xml(body: str) -> str:
    return zipfile.ZipFile(io.BytesIO(docx_with_body(body))).read("word/document.xml").decode("utf-8")


def renamed_main_part(body: str, part: str = "word/document.dat", encode=lambda xml: xml.encode("utf-8")) -> bytes:
    """A docx whose main part is `part`: [Content_Types].xml, _rels/.rels and the
    part's own relationships follow the new name, so Word and python-docx open it."""
    data = docx_with_body(body)
    z = zipfile.ZipFile(io.BytesIO(data))
    content_types = z.read("[Content_Types].xml").decode().replace('PartName="/word/document.xml"', f'PartName="/{part}"')
    rels = z.read("_rels/.rels").decode().replace('Target="word/document.xml"', f'Target="{part}"')
    assert f'PartName="/{part}"' in content_types and f'Target="{part}"' in rels
    own_rels = f"word/_rels/{part.rsplit('/', 1)[1]}.rels"
    return rewrite_zip(
        data,
        {"word/document.xml": None, "word/_rels/document.xml.rels": None,
         "[Content_Types].xml": content_types.encode(), "_rels/.rels": rels.encode()},
        add={part: encode(z.read("word/document.xml").decode()), own_rels: z.read("word/_rels/document.xml.rels")},
    )


def _with_doctype(xml: str) -> str:
    head, rest = xml.split("?>", 1)
    return head + "?>" + DOCTYPE + rest


def _redeclared(xml: str, encoding: str) -> str:
    return xml.replace("encoding='UTF-8'", f"encoding='{encoding}'").replace('encoding="UTF-8"', f'encoding="{encoding}"')


def _utf7(xml: str) -> bytes:
    # UTF-7 may write "<" as "+ADw-": the declarations vanish from a byte search.
    head, rest = _redeclared(xml, "UTF-7").split("?>", 1)
    hidden = '+ADw-!DOCTYPE w:document +AFs-+ADw-!ENTITY xxe "i Storasa"+AD4-+AF0-+AD4-'
    return (head + "?>" + hidden + rest).encode("ascii")


def _custom_xml_item(body: str) -> bytes:
    data = docx_with_body(body)
    return rewrite_zip(data, {}, add={"customXml/item9.data": ('<?xml version="1.0"?>' + DOCTYPE + "<r/>").encode()})


HIDDEN_DECLARATIONS = {
    "main part renamed word/document.dat": lambda: renamed_main_part(p(ENTITY_CLAUSE), encode=lambda x: _with_doctype(x).encode()),
    "renamed main part in UTF-16": lambda: renamed_main_part(
        p(ENTITY_CLAUSE), encode=lambda x: _redeclared(_with_doctype(x), "UTF-16").encode("utf-16")),
    "document.xml in UTF-32": lambda: rewrite_zip(docx_with_body(p(ENTITY_CLAUSE)), {
        "word/document.xml": _redeclared(_with_doctype(_document_xml(p(ENTITY_CLAUSE))), "UTF-32").encode("utf-32")}),
    "document.xml declared UTF-7": lambda: rewrite_zip(docx_with_body(p(ENTITY_CLAUSE)), {
        "word/document.xml": _utf7(_document_xml(p(ENTITY_CLAUSE)))}),
    "custom XML item not named .xml": lambda: _custom_xml_item(p("att kommunen bygger en ny skola.")),
}


@pytest.mark.parametrize("case", list(HIDDEN_DECLARATIONS))
def test_hostile_docx_declaration_in_any_xml_part_is_refused(tmp_path, case):
    path = tmp_path / "motion.docx"
    path.write_bytes(HIDDEN_DECLARATIONS[case]())
    with pytest.raises(DocumentLoadError) as e:
        doc = read_document(path)
        pytest.fail(f"read, not refused: {[b.text for b in doc.blocks]}")
    assert e.value.reason == "xml_doctype"
    assert e.value.message.startswith("Dokumentet innehåller XML-deklarationer")


def test_hostile_docx_renamed_main_part_names_the_part(tmp_path):
    path = tmp_path / "motion.docx"
    path.write_bytes(HIDDEN_DECLARATIONS["main part renamed word/document.dat"]())
    with pytest.raises(DocumentLoadError) as e:
        read_document(path)
    assert "word/document.dat" in e.value.message and "DOCTYPE" in e.value.message


def test_hostile_docx_renamed_main_part_without_declarations_is_read(tmp_path):
    # The renamed package itself is fine: only the declarations make it hostile.
    path = tmp_path / "motion.docx"
    path.write_bytes(renamed_main_part(p("att kommunen bygger en ny skola.")))
    assert [b.text for b in read_document(path).blocks] == ["att kommunen bygger en ny skola."]


def test_hostile_docx_svg_image_with_doctype_is_still_read(tmp_path):
    # Illustrator SVGs carry a DOCTYPE; python-docx keeps images as bytes.
    data = docx_with_body(p("att kommunen bygger en ny skola."))
    types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml").decode()
    types = types.replace("<Default ", '<Default Extension="svg" ContentType="image/svg+xml"/><Default ', 1)
    svg = ('<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
           '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg/>')
    path = tmp_path / "motion.docx"
    path.write_bytes(rewrite_zip(data, {"[Content_Types].xml": types.encode()}, add={"word/media/image1.svg": svg.encode()}))
    assert [b.text for b in read_document(path).blocks] == ["att kommunen bygger en ny skola."]
