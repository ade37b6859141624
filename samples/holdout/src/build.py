"""Word builder for held-out batch 4.

Wraps samples/src/docxlib.py (imported unchanged) and adds what these
documents need beyond it:

  ("numlist_bare", [item, ...])  a real Word numbered list whose number has no
                                 punctuation ("1", "2", ...; lvlText "%1",
                                 followed by a tab). The list is made with
                                 docxlib.new_num and its level text is then
                                 changed in this document's numbering part.
  ("lines", [text, ...][, opts]) consecutive Normal paragraphs with no space
                                 after them (signature lines, address blocks);
                                 opts as for ("p", ...)
  spec["post"](doc)              hook run after all blocks are added
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx.oxml.ns import qn

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC.parent.parent / "src"))  # samples/src for docxlib

import docxlib  # noqa: E402


def _bare_num(doc):
    num_id = docxlib.new_num(doc, "decimal_dot")
    numbering = doc.part.numbering_part.element
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            abs_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
            break
    for a in numbering.findall(qn("w:abstractNum")):
        if a.get(qn("w:abstractNumId")) == abs_id:
            lvl = a.find(qn("w:lvl"))
            lvl.find(qn("w:lvlText")).set(qn("w:val"), "%1")
            return num_id
    raise RuntimeError("abstractNum not found")


def _numlist_bare(doc, items):
    num_id = _bare_num(doc)
    for item in items:
        par = doc.add_paragraph(style="List Paragraph")
        docxlib.set_numpr(par, num_id)
        par.add_run(item)


def build_docx(spec, path):
    doc = docxlib.new_document(font=spec.get("font", "Arial"), size=spec.get("size", 11))
    docxlib.set_core(doc, spec.get("core_title", ""), spec.get("core_author", ""))
    if spec.get("header"):
        docxlib.fill_header_footer(doc, spec["header"], "header")
    if spec.get("footer"):
        docxlib.fill_header_footer(doc, spec["footer"], "footer")
    for block in spec["blocks"]:
        if block[0] == "numlist_bare":
            _numlist_bare(doc, block[1])
        elif block[0] == "lines":
            opts = dict(block[2]) if len(block) > 2 else {}
            opts["space_after"] = 0
            for line in block[1]:
                docxlib.add_block(doc, ("p", line, opts))
        else:
            docxlib.add_block(doc, block)
    if spec.get("post"):
        spec["post"](doc)
    doc.save(path)
