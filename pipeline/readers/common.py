"""Pieces every backend shares: typed list markers and building the result."""

from __future__ import annotations

import hashlib
import os
import re
from typing import Protocol

from pipeline.document import DocWarning, InputFormat, NormalizedDocument, build_blocks

# Bullet glyphs as they appear in text: Unicode bullets, and the private-use code
# points Word's Symbol/Wingdings bullets come out as (U+F0B7 "", U+F0A7 "§" box,
# U+F0D8 arrow, U+F0FC check, U+F076 diamond, U+F0A8). All become "•".
BULLETS = "•●▪■◦○‣∙◆◇►➢✓\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf0a8\uf06e\uf0e0"
DASHES = "-–—"

# A marker must be followed by whitespace, except a glyph bullet ("•Text" occurs
# when a PDF has no space glyph after the bullet). Numbers are 1-3 digits so a year
# ("2024. ...") is not a marker.
_MARKER_RE = re.compile(
    rf"^[ \t\u00a0]*(?:(?P<bullet>[{BULLETS}])[ \t\u00a0]*"
    rf"|(?P<star>\*)[ \t\u00a0]+"
    rf"|(?P<other>[{DASHES}]|\d{{1,3}}[.)]|[a-zåäö]\)|\(\d{{1,3}}\))[ \t\u00a0]+)(?=\S)"
)


def split_marker(text: str) -> tuple[str, str] | None:
    """("1.", "att ...") for a line that starts with a typed list marker, else None.

    Bullet glyphs are normalised to "•"; dashes and numbers are kept as printed.
    """
    m = _MARKER_RE.match(text)
    if not m:
        return None
    marker = "•" if m.group("bullet") or m.group("star") else m.group("other")
    return marker, text[m.end():]


def make_document(
    path: str | os.PathLike,
    data: bytes,
    fmt: InputFormat,
    raw_blocks: list[dict],
    *,
    headers: list[str] | tuple[str, ...] = (),
    warnings: list[DocWarning] | tuple[DocWarning, ...] = (),
    pages: int | None = None,
    repairs: tuple[str, ...] = (),
) -> NormalizedDocument:
    return NormalizedDocument(
        path=os.fspath(path),
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        blocks=build_blocks(raw_blocks),
        headers=tuple(dedupe(h.strip() for h in headers if h and h.strip())),
        warnings=tuple(warnings),
        pages=pages,
        repairs=repairs,
    )


def dedupe(items) -> list:
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


class Reader(Protocol):
    """What every backend is: bytes already loaded and sniffed in, document out."""

    def __call__(self, path: str | os.PathLike, data: bytes) -> NormalizedDocument: ...


# "barn- och ungdomar": a hyphen before these words is a shared compound part.
_KEEP_HYPHEN_BEFORE = {"och", "eller", "samt", "respektive", "resp", "resp.", "till", "som", "men", "utan", "&"}
# Line-end hyphens that belong to the word: "att-satserna" (the domain's own
# term), and one-letter prefixes ("e-post", "p-plats"); hyphenation software never
# leaves a single letter before the break.
_KEEP_HYPHEN_AFTER = {"att"}


def join_wrapped(prev: str, nxt: str) -> str:
    """Join a wrapped line to its block, undoing hyphenation where it is safe."""
    if prev.endswith("\u00ad"):  # a soft hyphen shown at the line end
        prev = prev[:-1] + "-"
    if prev.endswith("–") and len(prev) >= 2 and prev[-2].isalnum():
        return prev + nxt  # "januari–" + "augusti": a range dash, no space
    if prev.endswith("-") and len(prev) >= 2 and prev[-2].isalnum():
        word = nxt.split(" ", 1)[0].lower()
        if word in _KEEP_HYPHEN_BEFORE:
            return prev + " " + nxt  # "barn-" + "och ungdomar"
        stem = re.split(r"[^\w]", prev[:-1])[-1].lower()
        if nxt[:1].islower() and prev[-2].islower() and len(stem) > 1 and stem not in _KEEP_HYPHEN_AFTER:
            return prev[:-1] + nxt  # "kommun-" + "styrelsen"
        return prev + nxt  # "EU-" + "projekt", "2024-" + "2026": a real hyphen
    return prev + " " + nxt
