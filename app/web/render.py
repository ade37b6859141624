"""Templates and the small formatting rules of the web pages.

Document text is untrusted (a clause may hold `<script>`, an `onerror=` attribute
or a `javascript:` link). Three rules keep it inert:

- one Jinja2 Environment with `autoescape=True` for every template, whatever its
  name (select_autoescape would depend on the file name), and no `|safe` on data;
- links are built only from numbers (`/arende/12`) and URL-encoded query strings,
  never from document text;
- search highlighting (`marked`) escapes every piece of text first and only then wraps
  the matched spans in `<mark>`; the result is Markup built from escaped parts.

The Content-Security-Policy header (guards.py) forbids inline scripts as a second wall.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from pipeline.labels import days_left_text
from pipeline.reports.labels import DASH, MONTHS_SV

TEMPLATES = Path(__file__).resolve().parent / "templates"
SOON_DAYS = 60


def marked(text: str | None, spans: list[tuple[int, int]]) -> Markup:
    """`text` escaped piece by piece, the search's matched spans wrapped in <mark>
    (overlapping spans are skipped): document text never reaches the page unescaped."""
    text = "" if text is None else str(text)
    parts, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        parts += [str(escape(text[last:start])), f"<mark>{escape(text[start:end])}</mark>"]
        last = end
    parts.append(str(escape(text[last:])))
    return Markup("".join(parts))


def fmt_date(value) -> str:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else (str(value) if value else DASH)


def fmt_month(value) -> str:
    return f"{MONTHS_SV[value.month - 1]} {value.year}" if isinstance(value, dt.date) else DASH


def days_left(days: int | None, decided: bool) -> tuple[str, str]:
    """(text, css class) for the days left to the deadline: `late` past it, `soon`
    under SOON_DAYS, `ok` otherwise, `none` when decided or without a deadline."""
    if decided or days is None:
        return DASH, "none"
    return days_left_text(days), ("late" if days < 0 else "soon" if days < SOON_DAYS else "ok")


def url(path: str, **params) -> str:
    """A link with URL-encoded parameters; empty values left out."""
    clean = {k: v for k, v in params.items() if v not in (None, "", False)}
    return path + ("?" + urlencode(clean) if clean else "")


@lru_cache(maxsize=1)
def env() -> Environment:
    e = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                    trim_blocks=True, lstrip_blocks=True)
    e.filters.update(date=fmt_date, month=fmt_month)
    e.globals.update(days_left=days_left, days_left_text=days_left_text, url=url, DASH=DASH)
    return e


def render(name: str, **context) -> str:
    return env().get_template(name).render(**context)
