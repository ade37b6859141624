"""python-docx helpers for the Word reports: A4 pages, Swedish proofing language,
tables whose header row repeats on every page, shaded rows for what needs attention.

python-docx's blank template is US Letter with English proofing; a Swedish
secretariat prints on A4 and wants Word's spelling check in Swedish.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from pipeline.reports.labels import atomic_path, clean

GREY = RGBColor(0x55, 0x55, 0x55)


def new_document(title: str, *, landscape: bool = False):
    doc = Document()
    sec = doc.sections[0]
    width, height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    sec.page_width, sec.page_height = width, height
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin = sec.bottom_margin = Mm(18)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    _swedish(doc)
    doc.core_properties.title = clean(title) or ""
    doc.core_properties.language = "sv-SE"
    return doc


def _swedish(doc) -> None:
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "sv-SE")


def usable_width(doc) -> int:
    sec = doc.sections[-1]
    return sec.page_width - sec.left_margin - sec.right_margin


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _cant_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def set_cell(cell, lines, *, size: float = 9, bold: bool = False, small: set[int] = frozenset()) -> None:
    """Write one or more paragraphs into a cell; lines whose index is in `small`
    are set smaller and grey (a source reference under its text)."""
    if isinstance(lines, str) or lines is None:
        lines = [lines or ""]
    cell.text = ""
    for i, line in enumerate(lines):
        par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        par.paragraph_format.space_after = Pt(2)
        run = par.add_run(clean(line) or "")
        run.font.size = Pt(size - 1.5 if i in small else size)
        run.bold = bold
        if i in small:
            run.font.color.rgb = GREY
            run.italic = True


def add_table(doc, headers: list[str] | None, rows: list[list], *, widths: list[float] | None = None,
              size: float = 9, shade_rows: set[int] = frozenset(), small_lines: dict[int, set[int]] | None = None):
    """A grid table; `headers` None for a label/value table without a header row;
    `widths` are fractions of the text width; `shade_rows` body row indices
    (0-based) to shade; `small_lines` column → line indices shown small and grey."""
    cols = len(headers) if headers else len(rows[0])
    table = doc.add_table(rows=1 if headers else 0, cols=cols)
    table.style = "Table Grid"
    table.autofit = False
    if headers:
        for i, h in enumerate(headers):
            set_cell(table.rows[0].cells[i], h, size=size, bold=True)
            shade(table.rows[0].cells[i], "E7E6E6")
        _repeat_header(table.rows[0])
    for r, values in enumerate(rows):
        cells = table.add_row().cells
        for i, v in enumerate(values):
            set_cell(cells[i], v, size=size, small=(small_lines or {}).get(i, frozenset()))
            if r in shade_rows:
                shade(cells[i], "F8D7DA")
        _cant_split(table.rows[-1])
    if widths:
        # Word reads the cell widths, LibreOffice the table grid: set both.
        total = usable_width(doc)
        for i, frac in enumerate(widths):
            table.columns[i].width = int(total * frac)
            for cell in table.columns[i].cells:
                cell.width = int(total * frac)
    return table


def save(doc, path: Path) -> Path:
    with atomic_path(path) as tmp:
        doc.save(str(tmp))
    return path
