"""Word output: A4 pages, Swedish proofing language, headings, paragraphs and tables
whose header row repeats on every page, shaded rows for what needs attention.

python-docx prepares a blank document once (A4, margins, Calibri, sv-SE); each report
then only writes its own word/document.xml into a copy of that package. Through
python-docx's object API a case summary cost 72 ms to build plus 15 ms to open the
template and save (it resolves styles by name and walks the XML for every cell); the
flow writes one per touched case after every ingest, so this path (a few ms) matters.
Every text goes through `_t`, which cleans XML-illegal characters and escapes
& < >: document text can only ever become the text of a <w:t> node. The tests
reload every file with python-docx.
"""

from __future__ import annotations

import io
import re
import zipfile
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from pipeline.reports.labels import atomic_path, clean

HEADER_FILL = "E7E6E6"
MARK_FILL = "F8D7DA"
GREY = "555555"
MARGIN = Mm(18)
_TITLE = "\ue000TITLE\ue000"  # placeholder in the template's core.xml
_HEADER = "\ue000HEADER\ue000"  # placeholder in the template's page header
HEADER_PART = "word/header1.xml"
VARIABLE = ("word/document.xml", "docProps/core.xml", HEADER_PART)  # the parts each report writes
# Calibri's average advance is about half an em; 0.58 leaves room for wide letters
# (m, w, Ö) so a column sized by it holds its longest word on one line.
CHAR_EM = 0.58
CELL_PADDING = 2 * 108  # twips: Word's default left and right cell margins


@lru_cache(maxsize=2)
def _template(landscape: bool) -> tuple[bytes, str, str, str, int]:
    """A prepared blank document: (the zip without its variable parts, document.xml
    before the section properties, the rest of it, core.xml, text width in twips)."""
    doc = Document()
    sec = doc.sections[0]
    width, height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    sec.page_width, sec.page_height = width, height
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = MARGIN
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    # Word's spelling check in Swedish: the default run language of the styles.
    rpr = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is not None:
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "sv-SE")
    _page_furniture(sec)
    props = doc.core_properties
    props.title, props.language, props.creator = _TITLE, "sv-SE", "motions – ärenderegistret"
    props.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    # Every part but the two that differ is compressed once, here: the template's
    # styles are 0.8 MB of XML and deflating them took most of a summary's time.
    base = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(base, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            if name not in VARIABLE:
                dst.writestr(name, src.read(name))
        xml, core, header = (src.read(n).decode("utf-8") for n in VARIABLE)
    cut = xml.index("<w:sectPr")
    return base.getvalue(), xml[:cut], xml[cut:], (core, header), int((width - 2 * MARGIN) / 635)  # EMU → twips


def _field(paragraph, instr: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays out the pages."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), f" {instr} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _page_furniture(sec) -> None:
    """A running header (the report's title, filled in per report) and "Sida N av M"
    in the footer: a printed report must say what it is and where a page belongs."""
    head = sec.header.paragraphs[0]
    head.text = _HEADER
    head.runs[0].font.size = Pt(8.5)
    foot = sec.footer.paragraphs[0]
    foot.alignment = 2  # right
    foot.add_run("Sida ").font.size = Pt(8.5)
    _field(foot, "PAGE")
    foot.add_run(" av ").font.size = Pt(8.5)
    _field(foot, "NUMPAGES")


_BREAKS = re.compile(r"\s+|(?<=[-/–])")  # where Word may break a line


def longest_word(value) -> str:
    lines = [value] if isinstance(value, str) or value is None else list(value)
    words = [w for line in lines for w in _BREAKS.split(clean(line) or "") if w]
    return max(words, key=len, default="")


def word_twips(word: str, size: float, *, bold: bool = False) -> int:
    """The width a word needs in a cell, in twips (a point is 20 twips)."""
    return int(len(word) * size * (CHAR_EM + (0.04 if bold else 0)) * 20) + CELL_PADDING


def fit_widths(wanted: list[int], headers: list[str] | None, rows: list[list], size: float) -> list[int]:
    """Column widths that hold every column's longest word on one line ("kommenterad",
    never "komment|erad"), taken from the others in proportion to what they wanted.
    A word longer than a third of the table (a long file name) may still wrap."""
    total = sum(wanted)
    need = []
    for i in range(len(wanted)):
        words = [word_twips(longest_word(r[i]), size) for r in rows if i < len(r)]
        if headers:
            words.append(word_twips(longest_word(headers[i]), size, bold=True))
        need.append(min(max(words, default=0), total // 3))
    widths = list(wanted)
    for _ in range(len(widths)):
        short = [i for i, w in enumerate(widths) if w < need[i]]
        if not short:
            break
        for i in short:
            widths[i] = need[i]
        free = [i for i in range(len(widths)) if widths[i] > need[i]]
        excess = sum(widths) - total
        room = sum(widths[i] - need[i] for i in free)
        if room <= 0:
            break
        for i in free:
            widths[i] -= int(excess * (widths[i] - need[i]) / room) + 1
    return widths


def _t(text) -> str:
    """A run's content: escaped text, tabs as <w:tab/>, line breaks as <w:br/>."""
    text = clean(text) or ""
    out = []
    for i, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        if i:
            out.append("<w:br/>")
        for j, part in enumerate(line.split("\t")):
            if j:
                out.append("<w:tab/>")
            if part:
                out.append(f'<w:t xml:space="preserve">{escape(part)}</w:t>')
    return "".join(out)


def _run(text, *, size: float | None = None, bold: bool = False, small: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + (f'<w:i/><w:color w:val="{GREY}"/>' if small else "")
    if size:
        half = round((size - 1.5 if small else size) * 2)  # w:sz is in half-points
        props += f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
    return f"<w:r>{'<w:rPr>' + props + '</w:rPr>' if props else ''}{_t(text)}</w:r>"


def _cell(value, width: int, *, size: float, bold: bool, fill: str | None, small: set[int]) -> str:
    lines = [value] if isinstance(value, str) or value is None else list(value)
    shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    paras = "".join('<w:p><w:pPr><w:spacing w:before="0" w:after="40"/></w:pPr>'
                    f"{_run(line, size=size, bold=bold, small=i in small)}</w:p>"
                    for i, line in enumerate(lines or [""]))
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}</w:tcPr>{paras}</w:tc>'


class WordDocument:
    """Headings, paragraphs and tables in order; `save` writes the .docx atomically."""

    def __init__(self, title: str, *, landscape: bool = False, header: str | None = None) -> None:
        self.title = clean(title) or ""
        self.header = clean(header) if header is not None else self.title
        self.landscape = landscape
        self.width = _template(landscape)[4]
        self.body: list[str] = []

    def heading(self, text: str, level: int = 1) -> None:
        self.body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading{level}"/></w:pPr>{_run(text)}</w:p>')

    def paragraph(self, text: str = "", *, bold: bool = False) -> None:
        self.body.append(f"<w:p>{_run(text, bold=bold) if text else ''}</w:p>")

    def table(self, headers: list[str] | None, rows: list[list], *, widths: list[float] | None = None,
              size: float = 9, shade_rows: set[int] = frozenset(),
              small_lines: dict[int, set[int]] | None = None) -> None:
        """A grid table. `headers` None: a label/value table without a header row
        (else the header repeats on every page). `widths` are fractions of the text
        width; `shade_rows` body rows (0-based) to shade; a cell is a str or a list
        of lines, one paragraph each; `small_lines` column → indices of the lines
        shown small and grey (a source reference under its text)."""
        cols = len(headers) if headers else len(rows[0])
        twips = fit_widths([int(self.width * f) for f in (widths or [1 / cols] * cols)], headers, rows, size)
        small_lines = small_lines or {}
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
               f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
               'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
               + "".join(f'<w:gridCol w:w="{w}"/>' for w in twips) + "</w:tblGrid>"]
        if headers:
            out.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
                       + "".join(_cell(h, twips[i], size=size, bold=True, fill=HEADER_FILL, small=set())
                                 for i, h in enumerate(headers)) + "</w:tr>")
        for r, values in enumerate(rows):
            fill = MARK_FILL if r in shade_rows else None
            out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>"
                       + "".join(_cell(v, twips[i], size=size, bold=False, fill=fill, small=small_lines.get(i, set()))
                                 for i, v in enumerate(values)) + "</w:tr>")
        out.append("</w:tbl>")
        self.body.append("".join(out))
        self.paragraph()  # Word joins two tables with nothing between them into one

    def save(self, path: Path) -> Path:
        base, head, tail, (core, header), _ = _template(self.landscape)
        buf = io.BytesIO(base)
        with zipfile.ZipFile(buf, "a", zipfile.ZIP_DEFLATED) as z:  # append the variable parts
            z.writestr(VARIABLE[0], head + "".join(self.body) + tail)
            z.writestr(VARIABLE[1], core.replace(_TITLE, escape(self.title)))
            z.writestr(VARIABLE[2], header.replace(_HEADER, escape(self.header)))
        with atomic_path(path) as tmp:
            tmp.write_bytes(buf.getvalue())
        return path
