"""Block kinds the later sample batches need beyond docxlib.py (passed to
docxlib.build_docx as `extra`):

  ("hang", text[, opts])          hanging indent with a tab stop at the indent, for
                                  "att<TAB>kommunen ..." clause lines; opts: left_cm
                                  (default 1.25), bold_first (bold the part before the tab)
  ("numlist_bare", [item, ...])   a real Word numbered list whose number has no
                                  punctuation ("1", "2", ...; lvlText "%1")
  ("lines", [text, ...][, opts])  consecutive Normal paragraphs with no space after
                                  them (signature lines, address blocks)

and widow_off(doc, startswith), for a spec's "post" hook: lets one paragraph split
across a page boundary.
"""

from __future__ import annotations

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

import docxlib


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


def _bare_num(doc):
    num_id = docxlib.new_num(doc, "decimal_dot")
    numbering = doc.part.numbering_part.element
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            abs_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
            break
    for a in numbering.findall(qn("w:abstractNum")):
        if a.get(qn("w:abstractNumId")) == abs_id:
            a.find(qn("w:lvl")).find(qn("w:lvlText")).set(qn("w:val"), "%1")
            return num_id
    raise RuntimeError("abstractNum not found")


def _numlist_bare(doc, block):
    num_id = _bare_num(doc)
    for item in block[1]:
        par = doc.add_paragraph(style="List Paragraph")
        docxlib.set_numpr(par, num_id)
        par.add_run(item)


def _lines(doc, block):
    opts = dict(block[2]) if len(block) > 2 else {}
    opts["space_after"] = 0
    for line in block[1]:
        docxlib.add_block(doc, ("p", line, opts))


EXTRA_BLOCKS = {"hang": _hang, "numlist_bare": _numlist_bare, "lines": _lines}


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
