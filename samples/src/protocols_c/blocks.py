"""Block kinds these protocols need beyond docxlib.py / docx_extra.py.

  ("hx", level, text[, opts])   Heading <level> (1-3). opts:
                                  pbb         page break before (Word property, no empty paragraph)
                                  right       text after a right-aligned tab stop at the text edge
                                  hang_cm     hanging indent with a tab stop ("14<TAB>Rubrik")
                                  keep_next   keep with next (default True for headings)
  ("ptab", left, right[, opts]) Normal paragraph "left<TAB>right" with a right tab stop;
                                  opts: bold
  ("label_table", rows[, opts]) two-column label/value table without borders, label bold
  ("numtyped", [text, ...][, opts])  typed "1.<TAB>" proposals (no Word numbering), hanging
                                  indent; opts: indent_cm (left edge of the number)
"""
from __future__ import annotations

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

import docxlib

TEXT_WIDTH_CM = 16.4


def _hx(doc, block):
    level, text = block[1], block[2]
    opts = block[3] if len(block) > 3 else {}
    par = doc.add_paragraph(style=f"Heading {level}")
    pf = par.paragraph_format
    if opts.get("pbb"):
        pf.page_break_before = True
    pf.keep_with_next = opts.get("keep_next", True)
    if opts.get("hang_cm"):
        h = opts["hang_cm"]
        pf.left_indent = Cm(h)
        pf.first_line_indent = Cm(-h)
        pf.tab_stops.add_tab_stop(Cm(h), WD_TAB_ALIGNMENT.LEFT)
    par.add_run(text)
    if opts.get("right"):
        pf.tab_stops.add_tab_stop(Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT)
        r = par.add_run("\t" + opts["right"])
        r.bold = False
        r.font.size = Pt(10)


def _ptab(doc, block):
    opts = block[3] if len(block) > 3 else {}
    par = doc.add_paragraph()
    par.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT)
    r = par.add_run(block[1])
    r.bold = opts.get("bold", False)
    par.add_run("\t" + block[2])
    if opts.get("space_after") is not None:
        par.paragraph_format.space_after = Pt(opts["space_after"])


def _label_table(doc, block):
    opts = dict(block[2]) if len(block) > 2 else {}
    opts.setdefault("widths_cm", [3.6, 12.8])
    opts["bold_first_col"] = True
    docxlib.add_block(doc, ("table", block[1], opts))


def _numtyped(doc, block):
    base = (block[2] if len(block) > 2 else {}).get("indent_cm", 0)
    for k, text in enumerate(block[1], 1):
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.left_indent = Cm(base + 0.8)
        pf.first_line_indent = Cm(-0.8)
        pf.tab_stops.add_tab_stop(Cm(base + 0.8), WD_TAB_ALIGNMENT.LEFT)
        par.add_run(f"{k}.\t{text}")


EXTRA = {"hx": _hx, "ptab": _ptab, "label_table": _label_table, "numtyped": _numtyped}


def fix_grid(doc):
    """Copy each table's first-row cell widths into its w:tblGrid, so LibreOffice keeps the
    column widths (python-docx sets only w:tcW); use as a spec's "post" hook."""
    from docx.oxml.ns import qn
    for tbl in doc.tables:
        grid = tbl._tbl.tblGrid
        cols = grid.findall(qn("w:gridCol"))
        cells = tbl.rows[0].cells
        for col, cell in zip(cols, cells):
            if cell.width is not None:
                col.set(qn("w:w"), str(int(cell.width.twips)))
    for sec in doc.sections:
        for part in (sec.header, sec.footer):
            for tbl in part.tables:
                cols = tbl._tbl.tblGrid.findall(qn("w:gridCol"))
                for col, cell in zip(cols, tbl.rows[0].cells):
                    if cell.width is not None:
                        col.set(qn("w:w"), str(int(cell.width.twips)))
