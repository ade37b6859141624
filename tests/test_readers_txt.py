"""Plain-text reader: encodings, paragraphs, list items; binary is refused."""

from __future__ import annotations

import codecs
import random

import pytest

from pipeline.document import BlockKind, InputFormat
from pipeline.errors import DocumentLoadError
from pipeline.readers import read_document, sniff_format

TEXT = "Motion om älgar, ängar och öar\r\n\r\nVi föreslår att Åsa får ett svar på frågan om älgarna.\r\n"


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # no BOM: recognised by the NUL pattern
        TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be", "cp1252"],
)
def test_readers_txt_encodings_round_trip(tmp_path, encoded):
    path = tmp_path / "motion.txt"
    path.write_bytes(encoded)
    doc = read_document(path)
    assert doc.format == InputFormat.TXT
    assert [b.text for b in doc.blocks] == [
        "Motion om älgar, ängar och öar",
        "Vi föreslår att Åsa får ett svar på frågan om älgarna.",
    ]
    assert "\r" not in doc.text and "\ufeff" not in doc.text
    assert all(b.page is None for b in doc.blocks)


def test_readers_txt_paragraphs_lists_and_heading(tmp_path):
    text = (
        "Motion om cykelvägar\n\n"
        "Kommunen har länge arbetat med frågan\n"
        "men mycket återstår att göra för barnen.\n\n"
        "Jag yrkar\n"
        "- att kommunen bygger fler cykelvägar\n"
        "  längs skolvägarna\n"
        "1. att arbetet redovisas\n"
        "• att det sker snart\n\n"
        "Anna Andersson (S)\n"
    )
    path = tmp_path / "m.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert [(b.kind, b.list_marker, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, None, "Motion om cykelvägar"),
        (BlockKind.PARAGRAPH, None, "Kommunen har länge arbetat med frågan men mycket återstår att göra för barnen."),
        (BlockKind.PARAGRAPH, None, "Jag yrkar"),
        (BlockKind.LIST_ITEM, "-", "att kommunen bygger fler cykelvägar längs skolvägarna"),
        (BlockKind.LIST_ITEM, "1.", "att arbetet redovisas"),
        (BlockKind.LIST_ITEM, "•", "att det sker snart"),
        (BlockKind.PARAGRAPH, None, "Anna Andersson (S)"),
    ]


@pytest.mark.parametrize(
    "data",
    [
        random.Random(0).randbytes(4096),
        b"ABC\x00\x01\x02\x03DEF" * 100,
        b"text" + bytes(range(1, 32)) * 20,
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
        b"<html><body>Motion</body></html>",
    ],
    ids=["random", "nuls", "controls", "png", "html"],
)
def test_readers_txt_binary_rejected(tmp_path, data):
    path = tmp_path / "motion.txt"
    path.write_bytes(data)
    with pytest.raises(DocumentLoadError) as e:
        sniff_format(path)
    assert e.value.reason == "unsupported_format"
    with pytest.raises(DocumentLoadError) as e:
        read_document(path)
    assert e.value.reason == "unsupported_format"


def test_readers_txt_named_docx_is_read_as_text_with_warning(tmp_path):
    path = tmp_path / "motion.docx"
    path.write_text("Bara text.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.format == InputFormat.TXT
    assert [w.code for w in doc.warnings] == ["extension_mismatch"]


def test_readers_txt_hard_wrapped_att_line_inside_a_sentence_or_item_is_its_rest(tmp_path):
    # Issue 11: a .txt wrapped at 65 columns. A line starting with "att" is a new
    # block only where it can be a clause: not under a bullet's hanging indent, and
    # not after a full line mid-sentence.
    from pipeline.readers import read_document

    text = ("Vi föreslår att kommunfullmäktige beslutar\n\n"
            "• att kommunen inrättar ett ungdomsråd för unga i åldern 13–19\n"
            "  år, med ledamöter från samtliga högstadieskolor och\n"
            "  gymnasieskolan\n"
            "• att ungdomsrådet får en egen budget på 100 000 kronor per år\n"
            "  att fördela till projekt som unga själva föreslår\n\n"
            "Kartläggningen kan göras inom befintlig budget och ger underlag för\n"
            "att prioritera åtgärder och för dialogen med Trafikverket i år.\n"
            "att kommunen redovisar arbetet\n")
    path = tmp_path / "m.txt"
    path.write_text(text, encoding="utf-8")
    blocks = [(b.kind.value, b.text) for b in read_document(path).blocks]
    assert blocks[1:] == [
        ("list_item", "att kommunen inrättar ett ungdomsråd för unga i åldern 13–19 år, med ledamöter från "
                      "samtliga högstadieskolor och gymnasieskolan"),
        ("list_item", "att ungdomsrådet får en egen budget på 100 000 kronor per år att fördela till projekt "
                      "som unga själva föreslår"),
        ("paragraph", "Kartläggningen kan göras inom befintlig budget och ger underlag för att prioritera "
                      "åtgärder och för dialogen med Trafikverket i år."),
        # after a line that ended its sentence short of the margin: a clause line of its own
        ("paragraph", "att kommunen redovisar arbetet"),
    ]
