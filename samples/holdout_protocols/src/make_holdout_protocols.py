"""Build held-out batch 5 (whole protocols and kallelser): .docx, .pdf and truth/*.json.

    .venv/bin/python samples/holdout_protocols/src/make_holdout_protocols.py [--no-pdf] [case ...]

Each module in cases/ (listed in cases/__init__.py) has DOCS: document specs in the
format of samples/src/docxlib.py, each with its hand-typed truth record. The texts
are Python constants used both in the document and in the truth. A spec may carry
"rebuild" (a function pages -> spec) and "toc_regex": the document is then built
twice, the second time with the page numbers of its contents list filled in from
the first PDF. Nothing here reads or runs the extraction pipeline.
"""
from __future__ import annotations

import argparse
import importlib
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(OUT.parent / "src"))  # samples/src: docxlib, docx_extra

import docx_extra  # noqa: E402
import docxlib  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402


def _head(doc, block):
    """("head", text, opts): a heading paragraph. opts: style (default Heading 2),
    page_break (start on a new page), bold, size, space_before."""
    opts = block[2] if len(block) > 2 else {}
    par = doc.add_paragraph(style=opts.get("style", "Heading 2"))
    run = par.add_run(block[1])
    if opts.get("bold") is not None:
        run.bold = opts["bold"]
    if opts.get("size"):
        run.font.size = Pt(opts["size"])
    pf = par.paragraph_format
    pf.keep_with_next = True
    if opts.get("page_break"):
        pf.page_break_before = True
    if opts.get("space_before") is not None:
        pf.space_before = Pt(opts["space_before"])


def _pbtable(doc, block):
    """("ptable", rows, opts): a table like docxlib's, plus opts: header_row (repeat
    the first row on each page), font_pt."""
    opts = dict(block[2]) if len(block) > 2 else {}
    docxlib.add_block(doc, ("table", block[1], dict(opts, no_spacer=True)))
    tbl = doc.tables[-1]
    widths = opts.get("widths_cm")
    if widths:
        tbl.autofit = False
        grid = tbl._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 567)))
    for row in tbl.rows:  # a row never splits over a page break
        cs = OxmlElement("w:cantSplit")
        row._tr.get_or_add_trPr().append(cs)
    if opts.get("header_row"):
        trpr = tbl.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trpr.append(th)
    if opts.get("font_pt"):
        for row in tbl.rows:
            for cell in row.cells:
                for par in cell.paragraphs:
                    for run in par.runs:
                        run.font.size = Pt(opts["font_pt"])
    sp = doc.add_paragraph()
    sp.paragraph_format.space_after = Pt(0)


def _lab(doc, block):
    """("lab", text): a bold run-in label paragraph (Ärendebeskrivning, Yrkanden ...)
    kept with the next paragraph, with some space before it."""
    par = doc.add_paragraph()
    par.add_run(block[1]).bold = True
    pf = par.paragraph_format
    pf.keep_with_next = True
    pf.space_before = Pt(8)
    pf.space_after = Pt(3)


def _lines(doc, block):
    """("lines", [...][, opts]) as in docx_extra, but the last line keeps the normal
    space after it."""
    docx_extra.EXTRA_BLOCKS["lines"](doc, block)
    doc.paragraphs[-1].paragraph_format.space_after = Pt(6)


EXTRA = dict(docx_extra.EXTRA_BLOCKS, head=_head, ptable=_pbtable, lab=_lab, lines=_lines)


def load_docs(only=None):
    sys.path.insert(0, str(HERE))
    package = importlib.import_module("cases")
    docs = []
    for name in package.CASES:
        if not only or name in only:
            docs.extend(importlib.import_module(f"cases.{name}").DOCS)
    return docs


def to_pdf(paths):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT),
                    *map(str, paths)], check=True, stdout=subprocess.DEVNULL)


def pdf_pages(pdf):
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")


def heading_pages(pdf, regex):
    """{number: page} for each heading line; the last page wins (the contents
    list comes first and repeats the headings)."""
    found = {}
    for i, page in enumerate(pdf_pages(pdf), start=1):
        for line in page.splitlines():
            m = re.match(regex, line)
            if m:
                found[m.group(1)] = i
    return found


def write(spec):
    path = OUT / f"{spec['stem']}.docx"
    docxlib.build_docx(spec, path, extra=EXTRA)
    (OUT / "truth" / f"{spec['stem']}.json").write_text(
        json.dumps(spec["truth"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("cases", nargs="*")
    args = ap.parse_args()
    (OUT / "truth").mkdir(exist_ok=True)
    specs = load_docs(args.cases)
    stems = [s["stem"] for s in specs]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stem")
    paths = [write(s) for s in specs]
    if args.no_pdf:
        print(f"built {len(paths)} .docx (no pdf)")
        return
    to_pdf(paths)
    for spec in specs:
        if "rebuild" not in spec:
            continue
        pdf = OUT / f"{spec['stem']}.pdf"
        for _ in range(3):
            pages = heading_pages(pdf, spec["toc_regex"])
            new = spec["rebuild"](pages)
            to_pdf([write(new)])
            if heading_pages(pdf, spec["toc_regex"]) == pages:
                break
        else:
            raise SystemExit(f"{spec['stem']}: contents page numbers do not settle")
    for spec in specs:
        n = len(pdf_pages(OUT / f"{spec['stem']}.pdf")) - 1
        print(f"{spec['stem']}: {n} pages, {len(spec['truth']['items'])} items")


if __name__ == "__main__":
    main()
