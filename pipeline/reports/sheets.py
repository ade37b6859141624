"""Tables to .xlsx and .csv without ever writing a formula.

A cell from a document that starts with = + - @, a tab or a CR is what a spreadsheet
takes for a formula (CSV injection). In CSV such a cell gets a leading apostrophe.
In xlsx, openpyxl turns any string starting with "=" into a formula cell (data type
"f"), so after pandas has written a sheet every such cell is set back to a string
(stored as an inline string, which openpyxl reloads as that same str) and marked
quotePrefix, so Excel keeps it text even when someone edits the cell. The reports
never write a formula of their own, so every "f" cell is untrusted text.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from pipeline.reports.labels import atomic_path, clean

RISKY = ("=", "+", "-", "@", "\t", "\r")
HEADER_FILL = PatternFill("solid", fgColor="E7E6E6")
MARK_FILL = PatternFill("solid", fgColor="F8D7DA")
MAX_WIDTH = 60  # characters; longer text wraps
WIDTH_SAMPLE = 500  # rows looked at to size a column


def frame(rows: list[dict], columns: list[str], *, ints: tuple[str, ...] = ()) -> pd.DataFrame:
    """Rows as dicts → a DataFrame with the Swedish columns in order; text cleaned of
    XML-illegal characters; integer columns as nullable Int64 (not floats with NaN)."""
    df = pd.DataFrame([{c: r.get(c) for c in columns} for r in rows], columns=columns, dtype=object)
    for col in columns:
        if col in ints:
            df[col] = pd.array(df[col].tolist(), dtype="Int64")
        else:
            df[col] = df[col].map(lambda v: clean(v) if isinstance(v, str) else v)
    return df


def csv_safe(value):
    if isinstance(value, str) and value.startswith(RISKY):
        return "'" + value
    return value


def write_csv(df: pd.DataFrame, path: Path) -> Path:
    """Semicolon-separated UTF-8 with BOM: what Excel with Swedish settings opens
    directly (comma is the decimal separator there, so "," would split nothing)."""
    safe = df.copy()
    for col in safe.columns:
        # Not `dtype == object`: pandas 3 gives text its own "str" dtype.
        if not pd.api.types.is_integer_dtype(safe[col].dtype):
            safe[col] = safe[col].map(csv_safe)
    with atomic_path(path) as tmp:
        safe.to_csv(tmp, sep=";", index=False, encoding="utf-8-sig", lineterminator="\r\n")
    return path


def _format_sheet(ws, df: pd.DataFrame, marked_rows: set[int], wrap: set[str]) -> None:
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.value == "":
                cell.value = None  # pandas writes a missing value as an empty string
            elif cell.data_type == "f" or (isinstance(cell.value, str) and cell.value.startswith(RISKY)):
                cell.data_type = "s"
                cell.quotePrefix = True
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for i, col in enumerate(df.columns, start=1):
        letter = get_column_letter(i)
        # Longest line of the first rows (a date is 10 characters as text too).
        sample = [max(len(x) for x in str(v).split("\n")) for v in df[col].head(WIDTH_SAMPLE)
                  if v is not None and not pd.isna(v)]
        longest = max(sample, default=0)
        # The header needs room for the autofilter's drop-down button too.
        ws.column_dimensions[letter].width = min(max(len(col) + 4, longest + 2), MAX_WIDTH)
        if col in wrap:
            for cell in ws[letter][1:]:
                cell.alignment = Alignment(vertical="top", wrap_text=True)
    for r in marked_rows:
        for cell in ws[r + 2]:  # body row r (0-based) is sheet row r + 2
            cell.fill = MARK_FILL
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def write_xlsx(path: Path, sheets: list[tuple[str, pd.DataFrame]], *, marked: dict[str, set[int]] | None = None,
               wrap: dict[str, set[str]] | None = None, notes: dict[str, list[str]] | None = None) -> Path:
    """Sheets in order; `marked` sheet → body rows to highlight; `wrap` sheet → text
    columns to wrap; `notes` sheet name → lines for a plain text sheet (a report's
    title and intro), written after the tables."""
    with atomic_path(path) as tmp:
        with pd.ExcelWriter(tmp, engine="openpyxl", date_format="YYYY-MM-DD", datetime_format="YYYY-MM-DD") as xw:
            for name, df in sheets:
                df.to_excel(xw, sheet_name=name, index=False)
                _format_sheet(xw.sheets[name], df, (marked or {}).get(name, set()), (wrap or {}).get(name, set()))
            for name, lines in (notes or {}).items():
                ws = xw.book.create_sheet(name, 0)  # a report opens on its title and intro
                xw.book.active = 0
                for i, line in enumerate(lines, start=1):
                    cell = ws.cell(row=i, column=1)
                    cell.value = clean(line)
                    if cell.data_type == "f":
                        cell.data_type = "s"
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    if i == 1:
                        cell.font = Font(bold=True, size=14)
                ws.column_dimensions["A"].width = 110
                ws.page_setup.orientation = "landscape"  # prints like the tables after it
                ws.page_setup.paperSize = ws.PAPERSIZE_A4
                ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
                ws.sheet_properties.pageSetUpPr.fitToPage = True
    return path
