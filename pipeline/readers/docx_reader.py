"""docx: python-docx opens the package; we walk the body XML ourselves.

Why not `doc.paragraphs`: python-docx silently drops block-level content
controls (w:sdt), and `paragraph.text` loses inline content controls and tracked
insertions. So we walk w:body in document order and collect text from the run
level: w:t, tabs and breaks, inside hyperlinks, fields, smart tags, inline
w:sdt and w:ins/w:moveTo; never w:del/w:moveFrom/w:delText (deleted text) nor
w:instrText (field codes). The result is the document with all tracked changes
accepted, and a warning says so.

Not read, on purpose: footnotes, endnotes and comments (not part of a motion's
running text; the extractor would mistake them for body content), embedded
objects and images. Text boxes are read, after the paragraph that anchors them.
"""

from __future__ import annotations

import io
import os

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from pipeline.document import BlockKind, DocWarning, InputFormat, NormalizedDocument
from pipeline.errors import DocumentLoadError, load_error
from pipeline.readers.common import make_document, split_marker
from pipeline.readers.docx_numbering import W, Numbering, Styles, _int, wval
from pipeline.readers.sniff import check_docx_zip
from pipeline.readers.xml_guard import check_xml_parts

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"

# Subtrees that hold no visible text of the paragraph (or deleted text).
_SKIP = {W + t for t in ("del", "moveFrom", "delText", "instrText", "delInstrText", "pPr", "rPr", "sdtPr",
                         "sdtEndPr", "footnoteReference", "endnoteReference", "commentReference")}
_SKIP.add(MC + "Fallback")  # same content as mc:Choice, in an older dialect
_CHARS = {W + "tab": "\t", W + "ptab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
_CONTAINERS = {W + "sdt", W + "customXml"}  # block wrappers whose content is body content


class _Walker:
    def __init__(self, doc) -> None:
        part = doc.part
        self.styles = Styles(doc.styles.element)
        try:
            numbering_el = part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering_el = None
        self.numbering = Numbering(numbering_el, self.styles)
        self.tables = 0
        self.placeholders = False
        self.tracked = False
        self.alt_chunks = False

    # -- run level -------------------------------------------------------------
    def para_text(self, p, placeholder: bool, boxes: list | None) -> tuple[str, bool]:
        """Visible text of a paragraph and whether all of it is placeholder text.

        Text boxes met on the way are appended to `boxes` (read separately) or, for
        headers/footers where every w:p is visited anyway, skipped (boxes=None).
        """
        parts: list[str] = []
        counts = [0, 0]  # non-space chars: all, placeholder

        def visit(el, ph: bool) -> None:
            for child in el:
                tag = child.tag
                if not isinstance(tag, str) or tag in _SKIP:
                    if tag in (W + "del", W + "moveFrom"):
                        self.tracked = True
                    continue
                if tag == W + "txbxContent":
                    if boxes is not None:
                        boxes.append(child)
                    continue
                if tag == W + "t" or tag == M_T:
                    text = child.text or ""
                    parts.append(text)
                    n = len(text) - text.count(" ")
                    counts[0] += n
                    counts[1] += n if ph else 0
                elif tag in _CHARS:
                    parts.append(_CHARS[tag])
                elif tag == W + "sym":
                    code = child.get(W + "char")
                    try:
                        parts.append(chr(int(code, 16)))
                    except (TypeError, ValueError):
                        pass
                elif tag == W + "sdt":
                    visit(child, ph or _showing_placeholder(child))
                else:
                    if tag in (W + "ins", W + "moveTo"):
                        self.tracked = True
                    visit(child, ph)

        visit(p, placeholder)
        is_placeholder = counts[0] > 0 and counts[1] == counts[0]
        if counts[1]:
            self.placeholders = True
        return "".join(parts), is_placeholder

    # -- block level -----------------------------------------------------------
    def walk(self, container, out: list[dict], placeholder: bool = False, in_cell: bool = False) -> None:
        for child in container:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child, out, placeholder, in_cell)
            elif tag == W + "tbl":
                self.table(child, out, placeholder, in_cell)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.walk(content, out, placeholder or _showing_placeholder(child), in_cell)
            elif tag in _CONTAINERS:
                self.walk(child, out, placeholder, in_cell)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    self.walk(choice, out, placeholder, in_cell)
            elif tag == W + "altChunk":
                self.alt_chunks = True

    def paragraph(self, p, out: list[dict], placeholder: bool, in_cell: bool) -> None:
        boxes: list = []
        text, is_ph = self.para_text(p, placeholder, boxes)
        ppr = p.find(W + "pPr")
        style_id = wval(ppr, "pStyle")
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        style_num, style_ilvl = self.styles.numbering(style_id)
        num_id = _int(wval(num_pr, "numId"), style_num)
        ilvl = _int(wval(num_pr, "ilvl"), style_ilvl)
        level = self.styles.heading_level(style_id, _int(wval(ppr, "outlineLvl")))
        # Always ask for the marker, even for headings: the counters must advance.
        marker = self.numbering.marker(num_id, ilvl) if num_id else None
        item: dict = {"text": text, "style": self.styles.name(style_id), "placeholder": is_ph}
        if level is not None:
            item.update(kind=BlockKind.HEADING, heading_level=level, list_marker=marker)
        elif marker is not None:
            item.update(kind=BlockKind.LIST_ITEM, list_marker=marker, list_level=ilvl or 0)
        else:
            typed = split_marker(text)
            if typed:
                item.update(kind=BlockKind.LIST_ITEM, list_marker=typed[0], list_level=0, text=typed[1])
            else:
                item.update(kind=BlockKind.PARAGRAPH)
        out.append(item)
        for box in boxes:
            self.walk(box, out, placeholder, in_cell)

    def table(self, tbl, out: list[dict], placeholder: bool, in_cell: bool) -> None:
        table_index = self.tables
        if not in_cell:
            self.tables += 1
        row_index = 0
        for tr in _children(tbl, W + "tr"):
            trpr = tr.find(W + "trPr")
            if trpr is not None and trpr.find(W + "del") is not None:
                self.tracked = True
                continue  # a tracked row deletion
            col = _int(wval(trpr, "gridBefore"), 0) or 0
            for tc in _children(tr, W + "tc"):
                tcpr = tc.find(W + "tcPr")
                span = _int(wval(tcpr, "gridSpan"), 1) or 1
                vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
                if vmerge is None or vmerge.get(W + "val") == "restart":
                    inner: list[dict] = []
                    self.walk(tc, inner, placeholder, in_cell=True)
                    lines = [(f"{i['list_marker']} " if i.get("list_marker") else "") + i["text"]
                             for i in inner if i["text"].strip()]
                    out.append({
                        "kind": BlockKind.TABLE_CELL,
                        "text": "\n".join(lines),
                        "table_pos": (table_index, row_index, col),
                        "placeholder": bool(inner) and all(i.get("placeholder") for i in inner if i["text"].strip()),
                        "style": None,
                    })
                col += span  # a vMerge continuation occupies its column without text
            row_index += 1


def _children(el, tag: str):
    """Children `tag` of `el`, looking through sdt/customXml wrappers (rows, cells)."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == W + "customXml":
            yield from _children(child, tag)


def _showing_placeholder(sdt) -> bool:
    pr = sdt.find(W + "sdtPr")
    if pr is None:
        return False
    flag = pr.find(W + "showingPlcHdr")
    return flag is not None and flag.get(W + "val", "true") not in ("0", "false", "off")


def _header_texts(doc, walker: _Walker) -> list[str]:
    """Text of every header/footer part the sections reference, in section order."""
    texts: list[str] = []
    seen: set[str] = set()
    body = doc.element.body
    for sect in body.iter(W + "sectPr"):
        for ref in sect:
            if ref.tag not in (W + "headerReference", W + "footerReference"):
                continue
            rid = ref.get(R_ID)
            if not rid or rid in seen or rid not in doc.part.rels:
                continue
            seen.add(rid)
            rel = doc.part.rels[rid]
            if rel.is_external or rel.reltype not in (RT.HEADER, RT.FOOTER):
                continue
            element = rel.target_part.element
            for p in element.iter(W + "p"):
                if any(a.tag == MC + "Fallback" for a in p.iterancestors()):
                    continue
                text, _ = walker.para_text(p, False, None)
                texts.extend(line for line in text.split("\n") if line.strip())
    return texts


def read_docx(path: str | os.PathLike, data: bytes) -> NormalizedDocument:
    zf = check_docx_zip(data)  # again here, so a direct call is just as safe
    check_xml_parts(zf)
    try:
        doc = docx.Document(io.BytesIO(data))
        walker = _Walker(doc)
        raw: list[dict] = []
        walker.walk(doc.element.body, raw)
        headers = _header_texts(doc, walker)
    except DocumentLoadError:
        raise
    except Exception as e:  # python-docx/lxml failures all mean a broken package
        raise load_error("truncated", f"{type(e).__name__}: {e}" if str(e) else type(e).__name__) from e
    warnings: list[DocWarning] = []
    if walker.placeholders:
        warnings.append(DocWarning("placeholder_text", "Dokumentet innehåller ej ifylld malltext (platshållare)."))
    if walker.tracked:
        warnings.append(DocWarning(
            "tracked_changes", "Dokumentet innehåller spårade ändringar; texten är läst som om alla godkänts."))
    if walker.alt_chunks:
        warnings.append(DocWarning("embedded_content", "Dokumentet innehåller inbäddat innehåll (altChunk) som inte lästs."))
    if not any(item["text"].strip() for item in raw):
        raise load_error("no_text")
    return make_document(path, data, InputFormat.DOCX, raw, headers=headers, warnings=warnings)
