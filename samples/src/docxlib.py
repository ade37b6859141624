"""Small helper layer over python-docx for building the sample corpus.

Documents are described as data (see corpus/*.py): a list of blocks plus page
header/footer specs. This module turns a block list into a real Word document
using real Word features: paragraph styles (Title, Heading 1/2), list
numbering (numPr pointing into the numbering part), tables, PAGE/NUMPAGES
fields, content controls (w:sdt) and tracked changes (w:ins / w:del).

Block forms (tuples):
  ("title", text)                 Title style
  ("h1"|"h2"|"h3", text)          Heading 1/2/3
  ("subtitle", text)              Subtitle style
  ("p", text[, opts])             Normal paragraph. "\n" in text = line break
                                  (w:br), "\t" = tab. opts: bold, italic,
                                  align ("right"/"center"), style, indent_cm,
                                  size
  ("runs", [(kind, text), ...][, opts])
                                  one paragraph from runs; kind in t (plain),
                                  b (bold), i (italic), ins (tracked insertion),
                                  del (tracked deletion)
  ("bullets", [item, ...])        "List Bullet" style (numPr via style)
  ("numlist", fmt, [item, ...])   own w:abstractNum/w:num, restarting at 1;
                                  fmt: "decimal_dot" (1.), "decimal_paren"
                                  (1)), "lower_paren" (a)), "dash" (–)
      an item is a str, or ("runs", [...]) for tracked runs, or
      ("cont", text) = an un-numbered continuation paragraph at list indent
  ("table", rows[, opts])         rows: list of list of str; opts: style,
                                  bold_first_row, widths_cm, bold_first_col
  ("sig_table",)                  "Justerandes sign | Utdragsbestyrkande"
  ("sdt_block", [blocks][, opts]) block content control holding real text
  ("sdt_plh", text[, opts])       content control showing its placeholder
                                  (w:showingPlcHdr), block level; opts: style
  ("page_break",)
  ("empty",)
"""
from __future__ import annotations

import copy
import itertools

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

_ids = itertools.count(1000)
REV_AUTHOR = "Lisa Strand"
REV_DATE = "2013-05-07T09:12:00Z"

ALIGN = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "left": WD_ALIGN_PARAGRAPH.LEFT}


# ---------------------------------------------------------------- document
def new_document(font="Arial", size=11):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    sec.header_distance, sec.footer_distance = Cm(1.0), Cm(1.0)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    pf = normal.paragraph_format
    pf.space_after = Pt(6)
    # Swedish proofing language for the whole document
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "sv-SE")
    rpr.append(lang)
    # headings in the document font, dark grey, as municipal templates do
    for name, sz in (("Title", 20), ("Heading 1", 14), ("Heading 2", 12),
                     ("Heading 3", 11), ("Subtitle", 12)):
        st = doc.styles[name]
        st.font.name = font
        st.font.size = Pt(sz)
        st.font.color.rgb = RGBColor(0x1F, 0x1F, 0x1F)
        f = st.element.get_or_add_rPr().find(qn("w:rFonts"))
        if f is not None:
            for a in list(f.attrib):
                del f.attrib[a]
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                f.set(qn(attr), font)
    doc.styles["Heading 1"].paragraph_format.space_before = Pt(14)
    doc.styles["Heading 2"].paragraph_format.space_before = Pt(10)
    # Subtitle in the default template carries a stray numPr; drop it
    sub_ppr = doc.styles["Subtitle"].element.find(qn("w:pPr"))
    if sub_ppr is not None and sub_ppr.find(qn("w:numPr")) is not None:
        sub_ppr.remove(sub_ppr.find(qn("w:numPr")))
    # character style used by Word for content-control placeholder text
    ph = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return doc


def set_core(doc, title, author, subject=""):
    cp = doc.core_properties
    cp.title, cp.author, cp.subject = title, author, subject
    cp.language = "sv-SE"
    cp.last_modified_by = author


# ---------------------------------------------------------------- runs
def _add_text_run(par, text, bold=False, italic=False, size=None, style=None):
    run = par.add_run()
    run.text = text  # python-docx turns \n into w:br and \t into w:tab
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if size:
        run.font.size = Pt(size)
    if style:
        run.style = style
    return run


def _rev(tag):
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(next(_ids)))
    el.set(qn("w:author"), REV_AUTHOR)
    el.set(qn("w:date"), REV_DATE)
    return el


def add_runs(par, runs):
    for kind, text in runs:
        if kind == "t":
            _add_text_run(par, text)
        elif kind == "b":
            _add_text_run(par, text, bold=True)
        elif kind == "i":
            _add_text_run(par, text, italic=True)
        elif kind == "ins":
            ins = _rev("w:ins")
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            r.append(t)
            ins.append(r)
            par._p.append(ins)
        elif kind == "del":
            d = _rev("w:del")
            r = OxmlElement("w:r")
            t = OxmlElement("w:delText")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            r.append(t)
            d.append(r)
            par._p.append(d)
        else:
            raise ValueError(kind)


def add_field(par, instr, cached="1", bold=False, size=None):
    """A complex field (fldChar begin/instrText/separate/result/end)."""
    def run_with(child):
        r = OxmlElement("w:r")
        if bold or size:
            rpr = OxmlElement("w:rPr")
            if bold:
                rpr.append(OxmlElement("w:b"))
            if size:
                sz = OxmlElement("w:sz")
                sz.set(qn("w:val"), str(int(size * 2)))
                rpr.append(sz)
            r.append(rpr)
        r.append(child)
        par._p.append(r)

    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); run_with(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} \\* MERGEFORMAT "; run_with(it)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); run_with(s)
    t = OxmlElement("w:t"); t.text = cached; run_with(t)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); run_with(e)


def add_text_with_fields(par, text, bold=False, size=None):
    """Text where {PAGE} and {NUMPAGES} become real fields."""
    import re
    for piece in re.split(r"(\{PAGE\}|\{NUMPAGES\})", text):
        if piece == "{PAGE}":
            add_field(par, "PAGE", "1", bold, size)
        elif piece == "{NUMPAGES}":
            add_field(par, "NUMPAGES", "1", bold, size)
        elif piece:
            _add_text_run(par, piece, bold=bold, size=size)


# ---------------------------------------------------------------- numbering
_FORMATS = {
    "decimal_dot": ("decimal", "%1."),
    "decimal_paren": ("decimal", "%1)"),
    "lower_paren": ("lowerLetter", "%1)"),
    "dash": ("bullet", "\u2013"),
}


def new_num(doc, fmt):
    """Append an own w:abstractNum + w:num to the numbering part; returns numId.
    Each call gives a list that starts again at 1."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abs_id = max(abs_ids + [0]) + 1
    num_id = max(num_ids + [0]) + 1
    numfmt, lvltext = _FORMATS[fmt]
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(abs_id))
    nsid = OxmlElement("w:nsid"); nsid.set(qn("w:val"), f"{0x5A000000 + abs_id:08X}"); a.append(nsid)
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "hybridMultilevel"); a.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", numfmt), ("w:lvlText", lvltext), ("w:lvlJc", "left")):
        el = OxmlElement(tag); el.set(qn("w:val"), val); lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "720"); ind.set(qn("w:hanging"), "360")
    ppr.append(ind); lvl.append(ppr)
    if numfmt == "bullet":
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts"); rf.set(qn("w:ascii"), "Arial"); rf.set(qn("w:hAnsi"), "Arial")
        rpr.append(rf); lvl.append(rpr)
    a.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)  # schema: all abstractNum before num
    else:
        numbering.append(a)
    n = OxmlElement("w:num"); n.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(abs_id)); n.append(an)
    ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); ov.append(so); n.append(ov)
    numbering.append(n)
    return num_id


def set_numpr(par, num_id, ilvl=0):
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl)); numpr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id)); numpr.append(ni)
    # numPr must follow pStyle / keepNext etc.; put it right after pStyle
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numpr)
    else:
        ppr.insert(0, numpr)


# ---------------------------------------------------------------- blocks
def _apply_opts(par, opts):
    if not opts:
        return
    if opts.get("align"):
        par.alignment = ALIGN[opts["align"]]
    if opts.get("indent_cm") is not None:
        par.paragraph_format.left_indent = Cm(opts["indent_cm"])
    if opts.get("space_after") is not None:
        par.paragraph_format.space_after = Pt(opts["space_after"])
    if opts.get("keep_next"):
        par.paragraph_format.keep_with_next = True


def _list_item(container, doc, item, style, num_id=None):
    if isinstance(item, tuple) and item[0] == "cont":
        par = container.add_paragraph(style="List Paragraph" if num_id else "List Continue")
        _add_text_run(par, item[1])
        return par
    par = container.add_paragraph(style=style)
    if num_id is not None:
        set_numpr(par, num_id)
    if isinstance(item, tuple) and item[0] == "runs":
        add_runs(par, item[1])
    else:
        _add_text_run(par, item)
    return par


def add_block(doc, block, container=None):
    """Render one block into container (document body, header, footer, cell).
    Returns the list of created top-level elements (for wrapping in sdt)."""
    c = container if container is not None else doc
    kind = block[0]
    opts = block[2] if len(block) > 2 and isinstance(block[2], dict) else {}
    made = []
    if kind in ("title", "h1", "h2", "h3", "subtitle"):
        style = {"title": "Title", "h1": "Heading 1", "h2": "Heading 2",
                 "h3": "Heading 3", "subtitle": "Subtitle"}[kind]
        par = c.add_paragraph(style=style)
        _add_text_run(par, block[1])
        made.append(par._p)
    elif kind == "p":
        par = c.add_paragraph(style=opts.get("style"))
        _add_text_run(par, block[1], bold=opts.get("bold", False),
                      italic=opts.get("italic", False), size=opts.get("size"))
        _apply_opts(par, opts)
        made.append(par._p)
    elif kind == "runs":
        par = c.add_paragraph(style=opts.get("style"))
        add_runs(par, block[1])
        _apply_opts(par, opts)
        made.append(par._p)
    elif kind == "bullets":
        for item in block[1]:
            made.append(_list_item(c, doc, item, "List Bullet")._p)
    elif kind == "numlist":
        num_id = new_num(doc, block[1])
        for item in block[2]:
            made.append(_list_item(c, doc, item, "List Paragraph", num_id)._p)
    elif kind == "table":
        made.append(_table(doc, c, block[1], opts)._tbl)
        # Word needs a paragraph between consecutive tables / after a table
        # at the end of a cell; a small spacer also reads naturally
        if not opts.get("no_spacer"):
            sp = c.add_paragraph()
            sp.paragraph_format.space_after = Pt(0)
            made.append(sp._p)
    elif kind == "sig_table":
        made.append(_table(doc, c, [["Justerandes sign", "Utdragsbestyrkande"], ["", ""]],
                           {"style": "Table Grid", "widths_cm": [8.2, 8.2], "small": True,
                            "row_heights_cm": [None, 1.1]})._tbl)
    elif kind == "sdt_block":
        inner = []
        for b in block[1]:
            inner += add_block(doc, b, c)
        sdt = _make_sdt(opts.get("alias", "Text"), opts.get("tag", "text"), placeholder=False,
                        rich=True)
        content = sdt.find(qn("w:sdtContent"))
        inner[0].addprevious(sdt)
        for el in inner:
            content.append(el)
        made.append(sdt)
    elif kind == "sdt_plh":
        par = c.add_paragraph(style=opts.get("style"))
        _add_text_run(par, block[1], style="Placeholder Text")
        sdt = _make_sdt(opts.get("alias", "Text"), opts.get("tag", "text"), placeholder=True,
                        rich=False)
        par._p.addprevious(sdt)
        sdt.find(qn("w:sdtContent")).append(par._p)
        made.append(sdt)
    elif kind == "page_break":
        par = c.add_paragraph()
        par.add_run().add_break(WD_BREAK.PAGE)
        made.append(par._p)
    elif kind == "empty":
        par = c.add_paragraph()
        made.append(par._p)
    else:
        raise ValueError(f"unknown block {kind}")
    return made


def _make_sdt(alias, tag, placeholder, rich):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    t = OxmlElement("w:tag"); t.set(qn("w:val"), tag); pr.append(t)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(next(_ids) * 7919)); pr.append(i)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    if not rich:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    sdt.append(OxmlElement("w:sdtEndPr"))
    sdt.append(OxmlElement("w:sdtContent"))
    return sdt


def _cell_text(doc, cell, text, bold=False, small=False):
    cell.paragraphs[0].text = ""
    lines = text.split("\n") if text else [""]
    for k, line in enumerate(lines):
        par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        par.paragraph_format.space_after = Pt(0)
        add_text_with_fields(par, line, bold=bold, size=8 if small else None)


def _table(doc, container, rows, opts):
    ncols = max(len(r) for r in rows)
    if hasattr(container, "add_table") and container is not doc:
        width = Cm(sum(opts.get("widths_cm", [16.4])))
        try:
            tbl = container.add_table(len(rows), ncols, width)
        except TypeError:
            tbl = container.add_table(len(rows), ncols)
    else:
        tbl = doc.add_table(len(rows), ncols)
    if opts.get("style"):
        tbl.style = doc.styles[opts["style"]]
    widths = opts.get("widths_cm")
    for ri, row in enumerate(rows):
        for ci in range(ncols):
            text = row[ci] if ci < len(row) else ""
            cell = tbl.cell(ri, ci)
            bold = (opts.get("bold_first_row") and ri == 0) or (opts.get("bold_first_col") and ci == 0)
            _cell_text(doc, cell, text, bold=bold, small=opts.get("small", False))
            if widths:
                cell.width = Cm(widths[ci])
    if opts.get("row_heights_cm"):
        for ri, h in enumerate(opts["row_heights_cm"]):
            if h:
                tbl.rows[ri].height = Cm(h)
    return tbl


# ---------------------------------------------------------------- header/footer
def fill_header_footer(doc, spec, which):
    """spec: list of items; str -> paragraph ({PAGE}/{NUMPAGES} become fields,
    "\t" tabs use the Header/Footer style's centre/right tab stops);
    ("table", rows, opts) -> table; ("sig_table",) -> signature table."""
    sec = doc.sections[0]
    hf = sec.header if which == "header" else sec.footer
    hf.is_linked_to_previous = False
    first = True
    for item in spec:
        if isinstance(item, str):
            par = hf.paragraphs[0] if first else hf.add_paragraph()
            par.style = doc.styles["Header" if which == "header" else "Footer"]
            add_text_with_fields(par, item, size=9)
        elif item[0] == "table":
            opts = item[2] if len(item) > 2 else {}
            opts = dict(opts, small=True)
            _table(doc, hf, item[1], opts)
        elif item[0] == "sig_table":
            _table(doc, hf, [["Justerandes sign", "Utdragsbestyrkande"], ["", ""]],
                   {"style": "Table Grid", "widths_cm": [8.2, 8.2], "small": True,
                    "row_heights_cm": [None, 0.9]})
        first = False
    # a header/footer must end with a paragraph
    body = hf._element
    if body[-1].tag == qn("w:tbl"):
        hf.add_paragraph()


def enable_track_changes_view(doc, show_markup=False):
    """Mark the document as having tracked changes; ask viewers to show the
    final text without markup (w:revisionView)."""
    settings = doc.settings.element
    rv = OxmlElement("w:revisionView")
    rv.set(qn("w:markup"), "0" if not show_markup else "1")
    rv.set(qn("w:insDel"), "0" if not show_markup else "1")
    # schema order: ... zoom, proofState, ..., revisionView, ..., defaultTabStop ...
    anchor = settings.find(qn("w:defaultTabStop"))
    if anchor is not None:
        anchor.addprevious(rv)
    else:
        settings.append(rv)


def build_docx(spec, path, extra=None):
    """Build one document from its spec. `extra` maps further block kinds to
    functions (doc, block) -> None (see docx_extra.py); spec["post"](doc) runs last."""
    extra = extra or {}
    doc = new_document(font=spec.get("font", "Arial"), size=spec.get("size", 11))
    set_core(doc, spec.get("core_title", ""), spec.get("core_author", ""))
    if spec.get("header"):
        fill_header_footer(doc, spec["header"], "header")
    if spec.get("footer"):
        fill_header_footer(doc, spec["footer"], "footer")
    # drop the empty first paragraph python-docx's template does not have one,
    # so start straight away
    for block in spec["blocks"]:
        if block[0] in extra:
            extra[block[0]](doc, block)
        else:
            add_block(doc, block)
    if spec.get("tracked"):
        enable_track_changes_view(doc, show_markup=False)
    if spec.get("post"):
        spec["post"](doc)
    doc.save(path)
