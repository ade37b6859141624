"""Ruled tables in PDFs: pdfplumber's table finder, only on pages that have rules.

pdfplumber costs ~60 ms a page, pdfium ~2 ms, so we first count thin path
objects with pdfium (cheap) and hand only pages with a grid of rules (at least 3
horizontal and 3 vertical, i.e. a 2x2 table with borders) to pdfplumber. A
letterhead rule or an underline does not qualify. Tables without rules (text
aligned with tabs) stay as lines: cells on one baseline come out as one block.

A table finder failure never fails the document: the table's text is still in
the line flow, only without the cell structure.
"""

from __future__ import annotations

import ctypes
import io
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

MAX_OBJECTS = 20_000  # a pathological page is not worth scanning for rules


@dataclass(frozen=True)
class PdfTable:
    page: int
    x0: float  # bbox in PDF units, origin bottom-left like PdfLine.y
    x1: float
    bottom: float
    top: float
    rows: tuple[tuple[str | None, ...], ...]

    def contains(self, x: float, y: float) -> bool:
        return self.x0 - 1 <= x <= self.x1 + 1 and self.bottom - 1 <= y <= self.top + 1


def has_ruled_grid(page) -> bool:
    """True when the page draws enough thin lines to form a bordered table."""
    raw = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, bottom, right, top)]
    horizontal = vertical = 0
    for i in range(min(pdfium_c.FPDFPage_CountObjects(raw), MAX_OBJECTS)):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        if not obj or pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
            continue
        w, h = right.value - left.value, top.value - bottom.value
        if h <= 3 and w >= 10:
            horizontal += 1
        elif w <= 3 and h >= 5:
            vertical += 1
        elif w > 3 and h > 3:  # a bordered cell drawn as one rectangle
            horizontal += 2
            vertical += 2
        if horizontal >= 3 and vertical >= 3:
            return True
    return False


def find_tables(data: bytes, pages: dict[int, float]) -> list[PdfTable]:
    """Tables with at least 2 rows and 2 columns on the given pages (number -> height)."""
    if not pages:
        return []
    import pdfplumber  # imported here: most documents never need it

    found: list[PdfTable] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number in sorted(pages):
                page = pdf.pages[number - 1]
                try:
                    for table in page.find_tables():
                        rows = table.extract()
                        if len(rows) < 2 or max((len(r) for r in rows), default=0) < 2:
                            continue  # a frame around text, not a table
                        x0, top, x1, bottom = table.bbox  # pdfplumber: origin top-left
                        height = pages[number]
                        found.append(PdfTable(
                            page=number, x0=x0, x1=x1, bottom=height - bottom, top=height - top,
                            rows=tuple(tuple(cell for cell in row) for row in rows),
                        ))
                finally:
                    page.close()
    except Exception:  # noqa: BLE001 - see module docstring: the text is kept anyway
        return []
    return found
