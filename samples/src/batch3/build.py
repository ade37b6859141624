"""Word builder for the held-out set.

Wraps samples/src/docxlib.py (imported unchanged) and adds what these
documents need beyond it:

  ("hang", text[, opts])   paragraph with a hanging indent and a tab stop at
                           the indent, for "att<TAB>kommunen ..." clause lines;
                           opts: left_cm (default 1.25), bold_first (bold the
                           part before the tab)
  spec["post"](doc)        hook run after all blocks are added (used to turn
                           off widow/orphan control on one paragraph so that it
                           can split across a page boundary)
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC.parent))  # samples/src for docxlib

import docxlib  # noqa: E402


def _hang(doc, block):
    opts = block[2] if len(block) > 2 else {}
    left = opts.get("left_cm", 1.25)
    par = doc.add_paragraph()
    pf = par.paragraph_format
    pf.left_indent = Cm(left)
    pf.first_line_indent = Cm(-left)
    pf.tab_stops.add_tab_stop(Cm(left), WD_TAB_ALIGNMENT.LEFT)
    head, _, rest = block[1].partition("\t")
    r = par.add_run(head)
    if opts.get("bold_first"):
        r.bold = True
    par.add_run("\t" + rest)
    return par


def widow_off(doc, startswith):
    """Allow the paragraph whose text starts with `startswith` to break
    anywhere across pages (w:widowControl w:val=0)."""
    for par in doc.paragraphs:
        if par.text.startswith(startswith):
            ppr = par._p.get_or_add_pPr()
            wc = OxmlElement("w:widowControl")
            wc.set(qn("w:val"), "0")
            ppr.insert(0, wc) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(wc)
            return par
    raise ValueError(f"no paragraph starts with {startswith!r}")


def build_docx(spec, path):
    doc = docxlib.new_document(font=spec.get("font", "Arial"), size=spec.get("size", 11))
    docxlib.set_core(doc, spec.get("core_title", ""), spec.get("core_author", ""))
    if spec.get("header"):
        docxlib.fill_header_footer(doc, spec["header"], "header")
    if spec.get("footer"):
        docxlib.fill_header_footer(doc, spec["footer"], "footer")
    for block in spec["blocks"]:
        if block[0] == "hang":
            _hang(doc, block)
        else:
            docxlib.add_block(doc, block)
    if spec.get("post"):
        spec["post"](doc)
    doc.save(path)
