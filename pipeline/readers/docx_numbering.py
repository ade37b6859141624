"""Paragraph styles and list numbering of a docx, resolved the way Word shows them.

python-docx gives neither: list numbers are not part of `paragraph.text`, and a
list item may get its numbering only through its style chain. Word keeps the
running count per abstract numbering definition (several w:num instances of one
abstractNum continue each other), restarts it where a w:num carries a
startOverride (on that num's first use), and restarts deeper levels whenever a
shallower level is used. We reproduce that, which is what the reader sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docx.styles import BabelFish

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_RE = re.compile(r"^(?:heading|rubrik)\s*([1-9])$", re.IGNORECASE)
_TITLE_NAMES = {"title", "rubrik"}  # "Rubrik" is the Swedish UI name of Title
_MAX_CHAIN = 32  # basedOn chains are short; a cycle must not loop forever


def wval(el, tag: str) -> str | None:
    """The w:val of child `tag` of `el` (None if either is missing)."""
    if el is None:
        return None
    child = el.find(W + tag)
    return None if child is None else child.get(W + "val")


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


@dataclass
class StyleInfo:
    name: str | None
    based_on: str | None
    num_id: int | None = None
    ilvl: int | None = None
    outline: int | None = None


class Styles:
    def __init__(self, styles_el) -> None:
        self.by_id: dict[str, StyleInfo] = {}
        self.default_id: str | None = None
        if styles_el is None:
            return
        for st in styles_el.iter(W + "style"):
            if st.get(W + "type") != "paragraph":
                continue
            sid = st.get(W + "styleId")
            ppr = st.find(W + "pPr")
            num_pr = ppr.find(W + "numPr") if ppr is not None else None
            name = wval(st, "name")
            self.by_id[sid] = StyleInfo(
                # "heading 1" in the XML is "Heading 1" in Word and python-docx
                name=BabelFish.internal2ui(name) if name else None,
                based_on=wval(st, "basedOn"),
                num_id=_int(wval(num_pr, "numId")),
                ilvl=_int(wval(num_pr, "ilvl")),
                outline=_int(wval(ppr, "outlineLvl")),
            )
            if st.get(W + "default") in ("1", "true", "on"):
                self.default_id = sid

    def chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id in self.by_id and style_id not in seen and len(seen) < _MAX_CHAIN:
            seen.add(style_id)
            info = self.by_id[style_id]
            yield info
            style_id = info.based_on

    def name(self, style_id: str | None) -> str | None:
        info = self.by_id.get(style_id or self.default_id or "")
        return info.name if info else style_id

    def numbering(self, style_id: str | None) -> tuple[int | None, int | None]:
        """(numId, ilvl) inherited through the style chain (nearest definition wins)."""
        num_id = ilvl = None
        for info in self.chain(style_id or self.default_id):
            if num_id is None and info.num_id is not None:
                num_id = info.num_id
            if ilvl is None and info.ilvl is not None:
                ilvl = info.ilvl
        return num_id, ilvl

    def heading_level(self, style_id: str | None, direct_outline: int | None) -> int | None:
        """Heading N / Rubrik N → N, Title/Rubrik → 0, else outlineLvl 0-8 → 1-9."""
        for info in self.chain(style_id or self.default_id):
            name = (info.name or "").strip()
            m = _HEADING_RE.match(name)
            if m:
                return int(m.group(1))
            if name.lower() in _TITLE_NAMES:
                return 0
        outline = direct_outline
        if outline is None:
            outline = next((i.outline for i in self.chain(style_id or self.default_id) if i.outline is not None), None)
        if outline is not None and 0 <= outline <= 8:  # 9 means "body text"
            return outline + 1
        return None


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # ilvl -> startOverride
    levels: dict[int, Level] = field(default_factory=dict)  # lvlOverride/lvl


def _level(lvl_el) -> Level:
    return Level(
        fmt=wval(lvl_el, "numFmt") or "decimal",
        text=wval(lvl_el, "lvlText") if lvl_el.find(W + "lvlText") is not None else "",
        start=_int(wval(lvl_el, "start"), 1),
    )


class Numbering:
    """Counters over the whole document; call `marker` once per paragraph, in order."""

    def __init__(self, numbering_el, styles: Styles) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.style_links: dict[str, str] = {}  # abstractNumId -> numbering style id
        self.nums: dict[int, _Num] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.used: set[tuple[int, int]] = set()
        self.styles = styles
        if numbering_el is None:
            return
        for ab in numbering_el.iter(W + "abstractNum"):
            aid = ab.get(W + "abstractNumId")
            self.abstracts[aid] = {_int(lvl.get(W + "ilvl"), 0): _level(lvl) for lvl in ab.iter(W + "lvl")}
            link = wval(ab, "numStyleLink")
            if link:
                self.style_links[aid] = link
        for num in numbering_el.iter(W + "num"):
            num_id = _int(num.get(W + "numId"))
            if num_id is None:
                continue
            entry = _Num(abstract=wval(num, "abstractNumId") or "")
            for ov in num.iter(W + "lvlOverride"):
                ilvl = _int(ov.get(W + "ilvl"), 0)
                start = _int(wval(ov, "startOverride"))
                if start is not None:
                    entry.starts[ilvl] = start
                lvl = ov.find(W + "lvl")
                if lvl is not None:
                    entry.levels[ilvl] = _level(lvl)
            self.nums[num_id] = entry

    def _abstract_id(self, num: _Num) -> str:
        # numStyleLink: the abstractNum only points at a numbering style whose numPr
        # names the num that really defines the levels (one hop is what Word writes).
        link = self.style_links.get(num.abstract)
        if link:
            linked_num, _ = self.styles.numbering(link)
            target = self.nums.get(linked_num) if linked_num is not None else None
            if target is not None and target.abstract in self.abstracts:
                return target.abstract
        return num.abstract

    def marker(self, num_id: int | None, ilvl: int | None) -> str | None:
        """The marker Word would show ("3.", "b)", "•"), or None for no list item."""
        if not num_id:  # numId 0 explicitly removes inherited numbering
            return None
        num = self.nums.get(num_id)
        if num is None:
            return None
        ilvl = min(max(ilvl or 0, 0), 8)
        aid = self._abstract_id(num)
        levels = self.abstracts.get(aid, {})
        level = num.levels.get(ilvl) or levels.get(ilvl)
        if level is None:
            return None
        counts = self.counters.setdefault(aid, {})
        if (num_id, ilvl) not in self.used:
            self.used.add((num_id, ilvl))
            if ilvl in num.starts:
                counts[ilvl] = num.starts[ilvl] - 1
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if level.fmt == "none":
            return None
        if level.fmt == "bullet":
            return "•"

        def render(m: re.Match) -> str:
            n = int(m.group(1)) - 1
            lvl = num.levels.get(n) or levels.get(n) or Level()
            value = counts.get(n, lvl.start)
            return format_number(value, "decimal" if n != ilvl and lvl.fmt == "bullet" else lvl.fmt)

        text = re.sub(r"%([1-9])", render, level.text or "").strip()
        return text or None


def format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        # Word repeats the letter after z: 27 -> "aa", 28 -> "bb"
        value = max(value, 1)
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)  # decimal, and the rare formats we do not spell out


def _roman(value: int) -> str:
    if not 0 < value < 4000:
        return str(value)
    out = []
    for n, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= n:
            out.append(s)
            value -= n
    return "".join(out)
