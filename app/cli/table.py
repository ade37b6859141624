"""Tables that fit the terminal: long cells cut with "…", the columns a person looks
up by (Dnr, stage, deadline) never cut.

The width is $COLUMNS when set, else the terminal's width; when stdout is no
terminal (a pipe, a file) and COLUMNS is unset, the table keeps its full width, so
`motions cases > lista.txt` or `| grep` sees every cell whole. `--json` is never cut.

rich (installed with Prefect) was tried: its shrinking cuts any column, the Dnr
included, once the flexible ones are at their minimum; the rules here are few
enough to keep in this module.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from dataclasses import dataclass

ELLIPSIS = "…"
GAP = "  "
FLEX_MIN = 8  # a cut cell narrower than this says nothing


@dataclass(frozen=True)
class Column:
    header: str
    keep: bool = False  # never cut (it may still be left out, see drop)
    drop: int = 0       # when even the minimums do not fit: left out, highest first (0 = never)
    min: int = FLEX_MIN
    weight: int = 1     # a cut column's share of the room left


def terminal_width(stream=None) -> int | None:
    """Columns to fit in, or None for no limit (not a terminal, COLUMNS unset)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    stream = stream or sys.stdout
    try:
        if not stream.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    return shutil.get_terminal_size().columns


def cut(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[:width]
    return text[: width - 1].rstrip() + ELLIPSIS


def _total(widths: list[int]) -> int:
    shown = [w for w in widths if w]
    return sum(shown) + len(GAP) * max(len(shown) - 1, 0)


def _widths(natural: list[int], least: list[int], columns: list[Column], width: int) -> list[int]:
    """Each column's width within `width`; 0 for a column left out. `least` is what a
    kept column needs: its longest value, and its header's longest word (a header
    wraps)."""
    if _total(natural) <= width:
        return natural
    natural = list(natural)
    mins = [lst if c.keep else min(n, c.min) for n, lst, c in zip(natural, least, columns)]
    # Leave out the least important columns until the minimums fit.
    for i in sorted((i for i, c in enumerate(columns) if c.drop), key=lambda i: -columns[i].drop):
        if _total(mins) <= width:
            break
        mins[i] = natural[i] = 0
    if _total(mins) > width:
        # A very narrow window: the cut columns go down to a few letters first ...
        mins = [m if c.keep else min(m, 3) for m, c in zip(mins, columns)]
    if _total(mins) > width:
        # ... and only then are the kept ones cut too, all alike.
        room = max(width - len(GAP) * (sum(1 for m in mins if m) - 1), 0)
        return [max(m * room // max(sum(mins), 1), 1) if m else 0 for m in mins]
    # Share what is left among the cut columns by weight, none past its natural width;
    # then let the kept ones unwrap their headers.
    out = list(mins)
    while (spare := width - _total(out)) > 0:
        lacking = [i for i in range(len(out)) if out[i] < natural[i] and not columns[i].keep] or \
                  [i for i in range(len(out)) if out[i] < natural[i]]
        if not lacking:
            break
        weights = sum(columns[i].weight for i in lacking)
        for i in lacking:
            out[i] = min(natural[i], out[i] + max(spare * columns[i].weight // weights, 1))
            if _total(out) >= width:
                out[i] -= _total(out) - width
                break
    return out


def render(columns: list[Column], rows: list[list], width: int | None = None) -> tuple[str, list[str]]:
    """The table as text, and the headers of the columns left out for lack of room."""
    cells = [[("" if v is None else str(v)) for v in r] for r in rows]
    values = [max([0] + [len(r[i]) for r in cells]) for i in range(len(columns))]
    natural = [max(len(c.header), v) for c, v in zip(columns, values)]
    least = [max([v] + [len(word) for word in c.header.split()]) for c, v in zip(columns, values)]
    widths = natural if width is None else _widths(natural, least, columns, width)
    shown = [i for i, w in enumerate(widths) if w]

    def line(r: list[str]) -> str:
        return GAP.join(cut(r[i], widths[i]).ljust(widths[i]) for i in shown).rstrip()

    # A header wider than its column wraps at its words ("Ska beslutas" / "senast").
    heads = [textwrap.wrap(c.header, widths[i]) or [""] if widths[i] else [""] for i, c in enumerate(columns)]
    head_lines = [line([h[n] if n < len(h) else "" for h in heads]) for n in range(max(map(len, heads)))]
    lines = head_lines + [line(["-" * w for w in widths])] + [line(r) for r in cells]
    return "\n".join(lines), [columns[i].header for i, w in enumerate(widths) if not w]


def print_table(columns: list[Column], rows: list[list], out=None) -> None:
    """Print a table fitted to the terminal, with a line naming any column left out."""
    out = out or sys.stdout
    width = terminal_width(out)
    text, hidden = render(columns, rows, width)
    print(text, file=out)
    if hidden:
        note = f"(får inte plats: {', '.join(hidden)}; bredda fönstret eller använd --json)"
        print(textwrap.fill(note, width) if width else note, file=out)
