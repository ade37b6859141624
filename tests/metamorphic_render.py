"""Metamorphic renderings of the sample documents: one truth, many renderings.

A sample document is a spec dict (samples/src/corpus/*.py, samples/src/batch*/cases/*.py):
"blocks" for a .docx (built with samples/src/docxlib.py) or "text" for a .txt, plus its
hand-written "truth". Every rendering here is a pure function spec -> spec that keeps
the truth: the same content, written another way. `write()` turns a spec into a file
(.docx, .txt or .pdf) and `differences()` says where an extracted record and the truth
disagree. A plain module, imported by tests/test_extract_metamorphic.py and
bench/metamorphic_table.py (tests/ is on sys.path under pytest, as readers_fixtures is).

Spec formats: "docx" (blocks), "txt" (text) and "pdf" (a list of hard-wrapped lines,
written with the minimal PDF writer of tests/readers_fixtures.py; no LibreOffice).
"""

from __future__ import annotations

import copy
import functools
import importlib
import importlib.util
import re
import sys
import textwrap
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "samples" / "src"
for _p in (str(SRC), str(Path(__file__).resolve().parent)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

import docx_extra  # noqa: E402  (samples/src)
import docxlib  # noqa: E402  (samples/src)

from pipeline.evaluate_common import align_clauses, norm  # noqa: E402

CORPUS_MODULES = ["seed_ange", "storasa", "norrviken", "alvdala", "bruksvik", "sjobacka",
                  "ostermark", "havsnas", "lindtrask", "bergsjo", "lovstad", "forsby"]
BATCHES = ["batch2", "batch3"]
# whole protocols and kallelser are out of scope (their truth is per item); .eml has no spec
DOC_TYPES = {"motion", "answer", "protocol_extract", "citizen_proposal"}
WRAP = 65

# ---------------------------------------------------------------- loading


@functools.lru_cache(maxsize=1)
def _all_specs() -> tuple[dict, ...]:
    docs = []
    for name in CORPUS_MODULES:
        for d in importlib.import_module(f"corpus.{name}").DOCS:
            docs.append(dict(d, _origin="corpus"))
    for batch in BATCHES:
        ns: dict = {}
        exec((SRC / batch / "cases" / "__init__.py").read_text(encoding="utf-8"), ns)
        for case in ns["CASES"]:
            spec = importlib.util.spec_from_file_location(f"_metamorphic_{batch}_{case}",
                                                          SRC / batch / "cases" / f"{case}.py")
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            for d in mod.DOCS:
                docs.append(dict(d, _origin=batch))
    return tuple(docs)


@functools.lru_cache(maxsize=1)
def truth_specs() -> dict[str, dict]:
    """stem -> spec, for every motion, answer, medborgarförslag and one-§ extract."""
    out = {}
    for d in _all_specs():
        if d["truth"].get("doc_type") not in DOC_TYPES:
            continue
        d = dict(d)
        if isinstance(d["format"], list):  # the seed: its .docx is the rebuilt Word version
            d["format"] = "docx"
        out[d["stem"]] = d
    return out


# ---------------------------------------------------------------- text helpers

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O"})


def fold(text):
    """Lost diacritics: å/ä -> a, ö -> o (upper case too)."""
    return text.translate(_FOLD) if isinstance(text, str) else text


def _fold_deep(obj):
    if isinstance(obj, str):
        return fold(obj)
    if isinstance(obj, tuple):
        return tuple(_fold_deep(x) for x in obj)
    if isinstance(obj, list):
        return [_fold_deep(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _fold_deep(v) for k, v in obj.items()}
    return obj


def _key(text: str) -> str:
    return fold(norm(text))


MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z]\)|l\.|[–\-•*·])\s*")
HEADINGS = ("title", "h1", "h2", "h3", "subtitle")
FMT_MARK = {"decimal_dot": "{n}. ", "decimal_paren": "{n}) ", "lower_paren": "{a}) ", "dash": "– "}


def _marker(fmt: str, n: int) -> str:
    return FMT_MARK.get(fmt, "{n}. ").format(n=n, a="abcdefghijklmnopqrstuvwxyz"[n - 1])


def _runs_of(item) -> list[tuple[str, str]]:
    """A list item or paragraph as runs [(kind, text)]; kinds as docxlib.add_runs."""
    if isinstance(item, str):
        return [("t", item)]
    if item[0] == "runs":
        return list(item[1])
    if item[0] == "cont":
        return [("t", item[1])]
    raise ValueError(item)


def _plain(runs) -> str:
    return "".join(t for k, t in runs if k != "del")


def _para_block(runs, opts=None) -> tuple:
    runs = [(k, t) for k, t in runs if t]
    if all(k == "t" for k, _ in runs):
        block = ("p", "".join(t for _, t in runs))
    else:
        block = ("runs", runs)
    return block + (dict(opts),) if opts else block


def _block_runs(block) -> list[tuple[str, str]] | None:
    """Runs of a one-paragraph body block (p, runs, hang), else None."""
    kind = block[0]
    if kind == "p":
        return [("b" if _opts(block).get("bold") else "t", block[1])]
    if kind == "runs":
        return list(block[1])
    if kind == "hang":
        return [("t", block[1].replace("\t", " "))]
    return None


def _opts(block) -> dict:
    return block[2] if len(block) > 2 and isinstance(block[2], dict) else {}


def _is_heading(block) -> bool:
    return block[0] in HEADINGS or (block[0] == "p" and _opts(block).get("bold"))


def _truth_texts(truth) -> list[str]:
    texts = [c["text"] for c in truth.get("clauses", [])]
    texts += [c["text"] for c in truth.get("comments", [])]
    if truth.get("decision"):
        texts.append(truth["decision"].get("text") or "")
    return [t for t in texts if t]


def _clause_index(text: str, clauses: list[str]) -> int | None:
    """Index of the truth clause this item/paragraph starts with (after its marker)."""
    k = _key(MARKER.sub("", text.replace("\t", " "), count=1))
    for i, c in enumerate(clauses):
        ck = _key(c)
        if ck and k.startswith(ck[: min(35, len(ck))]):
            return i
    return None


def _starts_att(text: str) -> bool:
    return re.match(r"(?i)\s*att(\b|(?=[a-zåäö]))", MARKER.sub("", text, count=1)) is not None


# ---------------------------------------------------------------- clause groups (docx)


@dataclass
class Group:
    """Where a clause list sits: one list block, or consecutive paragraph blocks."""
    kind: str              # "list" | "paras"
    start: int             # first block index
    end: int               # last block index (inclusive)
    fmt: str = "decimal_dot"


def clause_groups(spec) -> list[Group]:
    clauses = [c["text"] for c in spec["truth"].get("clauses", [])]
    if not clauses or spec["format"] != "docx":
        return []
    blocks = spec["blocks"]
    groups: list[Group] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] in ("numlist", "bullets", "numlist_bare"):
            items = b[2] if b[0] == "numlist" else b[1]
            if any(_clause_index(_plain(_runs_of(it)), clauses) is not None for it in items):
                fmt = b[1] if b[0] == "numlist" else ("bullet" if b[0] == "bullets" else "bare")
                groups.append(Group("list", i, i, fmt))
            i += 1
            continue
        runs = _block_runs(b)
        if runs is not None and not _is_heading(b) and _clause_index(_plain(runs), clauses) is not None:
            j = i
            while j + 1 < len(blocks):
                nr = _block_runs(blocks[j + 1])
                if nr is None or _is_heading(blocks[j + 1]) or _clause_index(_plain(nr), clauses) is None:
                    break
                j += 1
            groups.append(Group("paras", i, j))
            i = j + 1
            continue
        i += 1
    return groups


def _group_items(spec, g: Group) -> list[tuple[list, bool]]:
    """(runs without marker, is_continuation) for each item of a clause group."""
    blocks = spec["blocks"]
    out = []
    if g.kind == "list":
        b = blocks[g.start]
        items = b[2] if b[0] == "numlist" else b[1]
        for it in items:
            out.append((_runs_of(it), isinstance(it, tuple) and it[0] == "cont"))
    else:
        for b in blocks[g.start:g.end + 1]:
            runs = _block_runs(b)
            out.append((_strip_marker_runs(runs), False))
    return out


def _strip_marker_runs(runs):
    runs = list(runs)
    for n, (k, t) in enumerate(runs):
        if t.strip():
            if k != "del":
                runs[n] = (k, MARKER.sub("", t, count=1))
            break
    return [(k, t) for k, t in runs if t or k == "del"]


def _typed_items(spec, g: Group, style: str) -> list[list]:
    """The group's items as runs with typed markers: style dot | paren | none | l1 | keep."""
    clauses = [c["text"] for c in spec["truth"].get("clauses", [])]
    out, n = [], 0
    for pos, (runs, cont) in enumerate(_group_items(spec, g)):
        if cont:
            out.append(runs)
            continue
        # a quoted clause keeps its own number (lists split by comments do not restart)
        k = _clause_index(_plain(runs), clauses)
        n = k + 1 if k is not None else n + 1
        if style == "dot":
            mark = f"{n}. "
        elif style == "paren":
            mark = f"{n}) "
        elif style == "l1":
            mark = "l. " if n == 1 else f"{n}. "
        elif style == "none":
            mark = ""
        elif style == "keep":  # Word markers become text; typed paragraphs keep their own
            if g.kind == "paras":
                out.append(list(_block_runs(spec["blocks"][g.start + pos])))
                continue
            mark = {"bullet": "• ", "bare": f"{n} "}.get(g.fmt) or _marker(g.fmt, n)
        else:
            raise ValueError(style)
        out.append([("t", mark)] + runs if mark else runs)
    return out


def _replace_groups(spec, make: Callable[[Group], list]) -> dict:
    """Rebuild spec["blocks"], each clause group replaced by make(group) (a block list)."""
    spec = copy.deepcopy(spec)
    groups = clause_groups(spec)
    blocks, out, i = spec["blocks"], [], 0
    for g in groups:
        out += blocks[i:g.start]
        out += make(g)
        i = g.end + 1
    out += blocks[i:]
    spec["blocks"] = out
    spec.pop("post", None)  # hooks look up paragraphs by their text
    return spec


# ---------------------------------------------------------------- renderings: numbering


def _typed(style):
    def render(spec):
        if spec["format"] == "txt":
            return _txt_typed(spec, style)
        return _replace_groups(spec, lambda g: [_para_block(r) for r in _typed_items(spec, g, style)])
    return render


def _has_groups(spec):
    return bool(clause_groups(spec)) or bool(_txt_clause_lines(spec))


def _all_att(spec):
    clauses = [c["text"] for c in spec["truth"].get("clauses", [])]
    return bool(clauses) and all(_starts_att(c) for c in clauses) and _has_groups(spec)


def to_word(spec):
    """Typed or unmarked clause paragraphs -> a real Word numbered list ("1.")."""
    def make(g):
        if g.kind == "list":
            return spec["blocks"][g.start:g.end + 1]
        items = []
        for runs, _ in _group_items(spec, g):
            items.append(runs[0][1] if len(runs) == 1 and runs[0][0] == "t" else ("runs", runs))
        return [("numlist", "decimal_dot", items)]
    return _replace_groups(spec, make)


def _has_para_groups(spec):
    return any(g.kind == "paras" for g in clause_groups(spec))


# ---------------------------------------------------------------- renderings: breaks


def soft_break_list(spec):
    """The introducing paragraph and the clause list in ONE paragraph, joined by w:br."""
    spec = copy.deepcopy(spec)
    groups = clause_groups(spec)
    blocks = spec["blocks"]
    out, i = [], 0
    for g in groups:
        intro = g.start - 1
        while intro >= i and blocks[intro][0] == "empty":
            intro -= 1
        if intro < i or not _is_intro(blocks[intro]):
            continue
        out += blocks[i:intro]
        runs = [("t", blocks[intro][1])]
        for item in _typed_items(spec, g, "keep" if g.kind == "paras" else "dot"):
            runs += [("t", "\n")] + item
        out.append(_para_block(runs, _opts(blocks[intro])))
        i = g.end + 1
    out += blocks[i:]
    spec["blocks"] = out
    spec.pop("post", None)
    return spec


def _has_intro(spec):
    blocks = spec["blocks"]
    for g in clause_groups(spec):
        k = g.start - 1
        while k >= 0 and blocks[k][0] == "empty":
            k -= 1
        if k >= 0 and _is_intro(blocks[k]):
            return True
    return False


def _is_intro(block) -> bool:
    """A line that introduces a list ("… beslutar:", "Jag föreslår"), not a sentence."""
    return block[0] == "p" and not _is_heading(block) and not block[1].rstrip().endswith(".")


def hard_breaks(spec):
    """Every soft line break in a Normal paragraph becomes a paragraph of its own."""
    spec = copy.deepcopy(spec)
    out = []
    for b in spec["blocks"]:
        if b[0] == "p" and "\n" in b[1]:
            out += [("p", line, _opts(b)) if _opts(b) else ("p", line) for line in b[1].split("\n")]
        else:
            out.append(b)
    spec["blocks"] = out
    spec.pop("post", None)
    return spec


def _has_soft_breaks(spec):
    return any(b[0] == "p" and "\n" in b[1] for b in spec["blocks"])


def _break_points(clause: str) -> list[tuple[str, str]]:
    """(left, right) contexts of the spaces of a clause, nearest the middle first."""
    text = re.sub(r"\s+", " ", clause)
    spaces = [m.start() for m in re.finditer(" ", text)]
    mid = len(text) / 2
    return [(text[max(0, s - 14):s], text[s + 1:s + 15]) for s in sorted(spaces, key=lambda s: abs(s - mid))]


def _longest_clause(spec) -> str | None:
    clauses = [c["text"] for c in spec["truth"].get("clauses", [])]
    return max(clauses, key=len) if clauses else None


def _sub_once(text: str, left: str, right: str, sep: str) -> str | None:
    needle = f"{left} {right}"
    return text.replace(needle, f"{left}{sep}{right}", 1) if needle in text else None


def midclause_break(spec):
    """The longest clause broken mid-sentence by a soft line break (a newline in a .txt)."""
    clause = _longest_clause(spec)
    spec = copy.deepcopy(spec)
    spec.pop("post", None)
    folded = spec.get("_folded")
    for left, right in _break_points(fold(clause) if folded else clause):
        if spec["format"] == "txt":
            new = _sub_once(spec["text"], left, right, "\n")
            if new is not None:
                spec["text"] = new
                return spec
            continue
        for bi, b in enumerate(spec["blocks"]):
            nb = _break_block(b, left, right)
            if nb is not None:
                spec["blocks"][bi] = nb
                return spec
    raise ValueError(f"{spec['stem']}: clause not found for a mid-clause break")


def _break_block(b, left, right):
    kind = b[0]
    if kind in ("p", "hang"):
        new = _sub_once(b[1], left, right, "\n")
        return None if new is None else (kind, new) + tuple(b[2:])
    if kind == "runs":
        runs = _break_runs(b[1], left, right)
        return None if runs is None else ("runs", runs) + tuple(b[2:])
    if kind in ("numlist", "bullets", "numlist_bare"):
        items = list(b[2] if kind == "numlist" else b[1])
        for n, it in enumerate(items):
            if isinstance(it, str):
                new = _sub_once(it, left, right, "\n")
                if new is not None and kind != "numlist_bare":
                    items[n] = new
            elif it[0] == "runs":
                runs = _break_runs(it[1], left, right)
                new = None if runs is None else ("runs", runs)
                if new is not None:
                    items[n] = new
            else:
                new = _sub_once(it[1], left, right, "\n")
                if new is not None:
                    items[n] = ("cont", new)
            if new is not None:
                return (kind, b[1], items) if kind == "numlist" else (kind, items) + tuple(b[2:])
        return None
    if kind == "table":
        rows = [list(r) for r in b[1]]
        for r in rows:
            for c, cell in enumerate(r):
                new = _sub_once(cell, left, right, "\n")
                if new is not None:
                    r[c] = new
                    return ("table", rows) + tuple(b[2:])
    return None


def _break_runs(runs, left, right):
    """A w:br inside a run: split the run so the break is its own plain run."""
    for n, (k, t) in enumerate(runs):
        if k in ("t", "b", "i") and f"{left} {right}" in t:
            a, _, c = t.partition(f"{left} {right}")
            return runs[:n] + [(k, a + left), ("t", "\n"), (k, right + c)] + runs[n + 1:]
    return None


def _clause_breakable(spec):
    clause = _longest_clause(spec)
    if not clause:
        return False
    try:
        midclause_break(spec)
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------- renderings: sections and headings


SECTION_BREAK = HEADINGS + ("table", "sig_table", "sdt_block", "sdt_plh", "page_break")


def one_paragraph_per_section(spec):
    """All paragraphs (and list items, typed) between two headings in one paragraph."""
    spec = copy.deepcopy(spec)
    out, acc = [], []

    def flush():
        if acc:
            runs = []
            for r in acc:
                runs += ([("t", "\n")] if runs else []) + r
            out.append(_para_block(runs))
            acc.clear()

    for b in spec["blocks"]:
        kind = b[0]
        if kind in SECTION_BREAK or _is_heading(b) or kind not in ("p", "runs", "hang", "lines", "empty",
                                                                   "numlist", "bullets", "numlist_bare"):
            flush()
            out.append(b)
        elif kind == "empty":
            continue
        elif kind == "lines":
            acc.extend([("t", line)] for line in b[1])
        elif kind in ("numlist", "bullets", "numlist_bare"):
            fmt = b[1] if kind == "numlist" else ("bullet" if kind == "bullets" else "bare")
            g = Group("list", 0, 0, fmt)
            acc.extend(_typed_items({"blocks": [b], "truth": {}}, g, "keep"))
        else:
            acc.append(_block_runs(b))
    flush()
    spec["blocks"] = out
    spec.pop("post", None)
    return spec


def _has_sections(spec):
    before = sum(1 for b in spec["blocks"] if b[0] != "empty")
    after = len(one_paragraph_per_section(spec)["blocks"])
    return after < before


def bold_headings(spec):
    """Heading 1-3 and Subtitle paragraphs become bold Normal paragraphs."""
    spec = copy.deepcopy(spec)
    spec["blocks"] = [("p", b[1], {"bold": True}) if b[0] in ("h1", "h2", "h3", "subtitle") else b
                      for b in spec["blocks"]]
    return spec


def _has_headings(spec):
    return any(b[0] in ("h1", "h2", "h3") for b in spec["blocks"])


def lower_colon_headings(spec):
    """Headings in lower case with a trailing colon ("förslag till beslut:"); a heading
    that is the document's title is left alone."""
    spec = copy.deepcopy(spec)
    title = _key(spec["truth"].get("title") or "")
    out = []
    for b in spec["blocks"]:
        if b[0] in ("h1", "h2", "h3") and _key(b[1]) != title:
            text = b[1].lower().rstrip(" :")
            b = (b[0], text if text.endswith("?") else text + ":") + tuple(b[2:])
        out.append(b)
    spec["blocks"] = out
    return spec


def _has_section_headings(spec):
    title = _key(spec["truth"].get("title") or "")
    return any(b[0] in ("h1", "h2", "h3") and _key(b[1]) != title for b in spec["blocks"])


# ---------------------------------------------------------------- renderings: OCR-like noise


_NOISE_WORDS = ("föreslå", "foresla", "beslut", "yrka", "att-sats", "attsats", "dnr", "diarie", "motion")


def _protected(spec) -> list[str]:
    t = spec["truth"]
    keys = [_key(x)[:30] for x in _truth_texts(t)]
    keys += [_key(x) for x in (t.get("title"), t.get("dnr")) if x]
    keys += [_key(a["name"]) for a in t.get("authors", [])]
    return [k for k in keys if k]


def _word_to_split(text: str, protected: list[str]) -> str | None:
    k = _key(text)
    if any(p in k for p in protected) or len(text) < 60:
        return None
    words = [w for w in re.findall(r"[A-Za-zÅÄÖåäöé]{12,}", text)]
    return max(words, key=len) if words else None


def split_word(spec):
    """One extra space splitting a long word in a background paragraph (no clause, comment,
    decision, title, Dnr or author in it)."""
    spec = copy.deepcopy(spec)
    protected = _protected(spec)
    if spec["format"] == "txt":
        paras = spec["text"].split("\n\n")
        cands = sorted(((len(p), n) for n, p in enumerate(paras) if _word_to_split(p, protected)
                        and not any(w in p.lower() for w in _NOISE_WORDS)), reverse=True)
        if not cands:
            raise ValueError("no word to split")
        n = cands[0][1]
        w = _word_to_split(paras[n], protected)
        paras[n] = paras[n].replace(w, w[: len(w) // 2] + " " + w[len(w) // 2:], 1)
        spec["text"] = "\n\n".join(paras)
        return spec
    cands = sorted(((len(b[1]), n) for n, b in enumerate(spec["blocks"]) if b[0] == "p" and not _is_heading(b)
                    and _word_to_split(b[1], protected)
                    and not any(w in b[1].lower() for w in _NOISE_WORDS)), reverse=True)
    if not cands:
        raise ValueError("no word to split")
    n = cands[0][1]
    b = spec["blocks"][n]
    w = _word_to_split(b[1], protected)
    spec["blocks"][n] = ("p", b[1].replace(w, w[: len(w) // 2] + " " + w[len(w) // 2:], 1)) + tuple(b[2:])
    spec.pop("post", None)
    return spec


def _can_split(spec):
    try:
        split_word(spec)
        return True
    except ValueError:
        return False


def page_number(spec):
    """A stray page number line "2" between two paragraphs near the middle."""
    spec = copy.deepcopy(spec)
    spec.pop("post", None)
    if spec["format"] == "txt":
        paras = spec["text"].split("\n\n")
        if len(paras) < 3:
            raise ValueError("too few paragraphs")
        mid = len(paras) // 2
        spec["text"] = "\n\n".join(paras[:mid] + ["2"] + paras[mid:])
        return spec
    blocks = spec["blocks"]
    pairs = [n for n in range(len(blocks) - 1)
             if all(blocks[k][0] == "p" and not _is_heading(blocks[k]) for k in (n, n + 1))]
    if not pairs:
        raise ValueError("no two consecutive paragraphs")
    n = min(pairs, key=lambda k: abs(k - len(blocks) / 2))
    spec["blocks"] = blocks[: n + 1] + [("p", "2")] + blocks[n + 1:]
    return spec


def _can_page_number(spec):
    try:
        page_number(spec)
        return True
    except ValueError:
        return False


def no_diacritics(spec):
    """Lost diacritics throughout: å/ä -> a, ö -> o (the truth is compared folded)."""
    # "post" hooks look up paragraphs by their unfolded text: dropped
    spec = _fold_deep({k: v for k, v in spec.items() if k not in ("post", "truth")}) | {"truth": spec["truth"]}
    spec["_folded"] = True
    return spec


# ---------------------------------------------------------------- .txt specs: clause lines


TXT_MARK = re.compile(r"^(\s*)(?:\d{1,2}[.)]|l\.|[–\-•*])\s+")


def _txt_clause_lines(spec) -> list[int]:
    if spec["format"] != "txt":
        return []
    clauses = [c["text"] for c in spec["truth"].get("clauses", [])]
    return [n for n, line in enumerate(spec["text"].split("\n"))
            if line.strip() and _clause_index(line, clauses) is not None]


def _txt_typed(spec, style):
    spec = copy.deepcopy(spec)
    lines = spec["text"].split("\n")
    idx = _txt_clause_lines(spec)
    for n, li in enumerate(idx, start=1):
        body = TXT_MARK.sub("", lines[li], count=1).lstrip()
        mark = {"dot": f"{n}. ", "paren": f"{n}) ", "none": "", "l1": "l. " if n == 1 else f"{n}. "}[style]
        old_mark = len(lines[li]) - len(body)
        lines[li] = mark + body
        # continuation lines indented under the old marker follow the new one
        k = li + 1
        while k < len(lines) and lines[k].startswith(" ") and lines[k].strip() and k not in idx:
            lines[k] = " " * len(mark) + lines[k].lstrip() if old_mark else lines[k]
            k += 1
    spec["text"] = "\n".join(lines)
    return spec


# ---------------------------------------------------------------- hard-wrapped text (.txt, .pdf)


@dataclass
class Para:
    lines: list[str]          # the paragraph's own lines (soft breaks kept)
    kind: str = "p"           # p | h | item
    hang: int = 0             # continuation indent for list items (characters)


def _docx_paras(spec) -> list[Para]:
    """The document as a plain-text converter would see it: header, body, footer."""
    out: list[Para] = []

    def text_of(s: str) -> str:
        return s.replace("{PAGE}", "1").replace("{NUMPAGES}", "1").replace("\t", "   ")

    def table(rows):
        for row in rows:
            cells = [text_of(c) for c in row if c.strip()]
            joined = "   ".join(c.replace("\n", " ") for c in cells)
            if len(joined) <= WRAP:
                out.append(Para([joined]))
            else:
                for c in cells:
                    out.append(Para(c.split("\n")))

    for item in spec.get("header") or []:
        if isinstance(item, str):
            out.append(Para([text_of(item)]))
        elif item[0] == "table":
            table(item[1])

    def block(b):
        kind = b[0]
        if kind in HEADINGS:
            out.append(Para([b[1]], "h"))
        elif kind in ("p", "runs", "hang"):
            text = _plain(_block_runs(b))
            out.append(Para(text_of(text).split("\n"), "h" if _is_heading(b) else "p"))
        elif kind == "lines":
            out.extend(Para([text_of(x)]) for x in b[1])
        elif kind in ("numlist", "bullets", "numlist_bare"):
            fmt = b[1] if kind == "numlist" else ("bullet" if kind == "bullets" else "bare")
            items = b[2] if kind == "numlist" else b[1]
            n = 0
            for it in items:
                runs = _runs_of(it)
                if isinstance(it, tuple) and it[0] == "cont":
                    out.append(Para(text_of(_plain(runs)).split("\n"), "item", 3))
                    continue
                n += 1
                mark = {"bullet": "• ", "bare": f"{n} "}.get(fmt) or _marker(fmt, n)
                out.append(Para(text_of(mark + _plain(runs)).split("\n"), "item", len(mark)))
        elif kind == "table":
            table(b[1])
        elif kind == "sig_table":
            out.append(Para(["Justerandes sign   Utdragsbestyrkande"]))
        elif kind == "sdt_block":
            for inner in b[1]:
                block(inner)
        elif kind == "sdt_plh":
            out.append(Para([b[1]]))
        # empty, page_break: nothing

    for b in spec["blocks"]:
        block(b)
    for item in spec.get("footer") or []:
        if isinstance(item, str):
            out.append(Para([text_of(item).strip()]))
        elif item[0] == "table":
            table(item[1])
    return [p for p in out if any(x.strip() for x in p.lines)]


def _wrap_line(line: str, hang: int = 0) -> list[str]:
    if len(line) <= WRAP:
        return [line]
    indent = len(line) - len(line.lstrip(" "))
    return textwrap.wrap(line, WRAP, subsequent_indent=" " * (hang or indent), break_long_words=False,
                         break_on_hyphens=False, drop_whitespace=True) or [line]


def _txt_wrapped_lines(spec) -> list[str]:
    """Hard-wrapped lines; "" separates paragraphs."""
    if spec["format"] == "txt":
        out = []
        for line in spec["text"].replace("\r\n", "\n").split("\n"):
            m = TXT_MARK.match(line)
            out += _wrap_line(line.rstrip(), len(m.group(0)) if m else 0)
        return out
    out: list[str] = []
    prev = None
    for para in _docx_paras(spec):
        if out and not (para.kind == "item" and prev == "item"):
            out.append("")
        for k, line in enumerate(para.lines):
            if k and para.kind == "item":
                line = " " * para.hang + line
            out += _wrap_line(line, para.hang if para.kind == "item" else 0)
        prev = para.kind
    return out


def txt_wrapped(spec):
    """A .txt hard-wrapped at ~65 columns (Word list numbers written out as text)."""
    out = {k: v for k, v in spec.items() if k not in ("blocks", "header", "footer", "post")}
    out["text"] = "\n".join(_txt_wrapped_lines(spec)) + "\n"
    out["format"] = "txt"
    if spec["format"] != "txt":
        out.update(encoding="utf-8", newline="lf")
        out.pop("bom", None)
    return out


def pdf_wrapped(spec):
    """A PDF of the same hard-wrapped lines (one text line per line, pages of 52 lines)."""
    out = {k: v for k, v in spec.items() if k not in ("blocks", "header", "footer", "post", "text")}
    out["lines"] = _txt_wrapped_lines(spec)
    out["format"] = "pdf"
    return out


# ---------------------------------------------------------------- the catalogue


@dataclass(frozen=True)
class Rendering:
    name: str
    render: Callable[[dict], dict]
    applies: Callable[[dict], bool]
    formats: tuple[str, ...]       # spec formats it takes
    group: str                     # renderings of one group do not combine
    doc: str


RENDERINGS: dict[str, Rendering] = {r.name: r for r in [
    Rendering("typed_dot", _typed("dot"), _has_groups, ("docx", "txt"), "numbering",
              'clause list as typed "1. " numbers in plain paragraphs'),
    Rendering("typed_paren", _typed("paren"), _has_groups, ("docx", "txt"), "numbering",
              'clause list as typed "1) " numbers'),
    Rendering("unmarked", _typed("none"), _all_att, ("docx", "txt"), "numbering",
              "clause list as plain lines with no marker (att-clauses only)"),
    Rendering("word_numbering", to_word, _has_para_groups, ("docx",), "numbering",
              "typed or unmarked clause paragraphs as a real Word numbered list"),
    Rendering("ocr_l_for_1", _typed("l1"), _has_groups, ("docx", "txt"), "numbering",
              'typed numbers with OCR "l." for "1."'),
    Rendering("soft_break_list", soft_break_list, _has_intro, ("docx",), "paragraphs",
              "introducing line and clause list in ONE paragraph joined by w:br"),
    Rendering("hard_breaks", hard_breaks, _has_soft_breaks, ("docx",), "paragraphs",
              "every soft line break becomes a paragraph of its own"),
    Rendering("one_par_per_section", one_paragraph_per_section, _has_sections, ("docx",), "paragraphs",
              "all paragraphs of a section in one paragraph with soft breaks"),
    Rendering("midclause_break", midclause_break, _clause_breakable, ("docx", "txt"), "midclause",
              "the longest clause broken by a line break mid-sentence"),
    Rendering("bold_headings", bold_headings, _has_headings, ("docx",), "headings",
              "bold paragraphs instead of heading styles"),
    Rendering("lower_colon_headings", lower_colon_headings, _has_section_headings, ("docx",), "headings",
              'lower-case headings with a trailing colon ("bakgrund:")'),
    Rendering("ocr_split_word", split_word, _can_split, ("docx", "txt"), "split",
              "one extra space splitting a long word outside clauses"),
    Rendering("ocr_page_number", page_number, _can_page_number, ("docx", "txt"), "pagenum",
              'a stray page number line "2" between paragraphs'),
    Rendering("no_diacritics", no_diacritics, lambda s: True, ("docx", "txt"), "fold",
              "lost diacritics throughout (å/ä -> a, ö -> o)"),
    Rendering("txt_wrapped", txt_wrapped, lambda s: True, ("docx", "txt"), "output",
              "a .txt hard-wrapped at ~65 columns"),
    Rendering("pdf_wrapped", pdf_wrapped, lambda s: True, ("docx", "txt"), "output",
              "a PDF of the same hard-wrapped lines"),
]}
ORDER = list(RENDERINGS)  # combinations apply in this order (output formats last)


def applicable(spec) -> list[str]:
    """The renderings that apply to this spec (on their own)."""
    return [n for n, r in RENDERINGS.items() if spec["format"] in r.formats and r.applies(spec)]


@functools.lru_cache(maxsize=1)
def coverage() -> dict[str, list[str]]:
    """stem -> the renderings that apply to it (the README quotes this mapping)."""
    return {stem: applicable(spec) for stem, spec in truth_specs().items()}


def render(spec, names) -> dict:
    """Apply renderings in catalogue order; raises ValueError if one stops applying."""
    for name in sorted(names, key=ORDER.index):
        r = RENDERINGS[name]
        if spec["format"] not in r.formats or not r.applies(spec):
            raise ValueError(f"{name} does not apply after {names}")
        spec = r.render(spec)
    return spec


def compatible(names) -> bool:
    groups = [RENDERINGS[n].group for n in names]
    return len(set(groups)) == len(groups)


# ---------------------------------------------------------------- files


def _write_txt(spec, path: Path) -> None:
    text = spec["text"]
    if spec.get("newline") == "crlf":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    enc = spec.get("encoding", "utf-8")
    data = text.encode(enc)
    bom = spec.get("bom")
    if enc == "utf-16-le" and bom in (True, None):
        data = b"\xff\xfe" + data
    elif isinstance(bom, bytes):
        data = bom + data
    path.write_bytes(data)


_CP1252_FIX = str.maketrans({"\u2212": "-", "\u2192": "->", "\u00ad": "", "\u2009": " ", "\u202f": " "})


def _write_pdf(spec, path: Path) -> None:
    """The lines in Courier 10 pt (a printed text file: one character = 6 pt, so a line
    that stopped short really had no room for the next word). Pages break at a blank
    line after a short line once a page is nearly full, so a page break does not make
    a paragraph end look like a wrapped line (a page of 54 lines is the hard limit)."""
    from readers_fixtures import Line, make_pdf

    pages, page, y, last = [], [], 770.0, ""
    for line in spec["lines"]:
        if line.strip():
            short, last = len(last) < WRAP - 12, line
        else:
            short = len(last) < WRAP - 12
        if page and (y < 60 or (y < 200 and not line.strip() and short)):
            pages.append(page)
            page, y = [], 770.0
            if not line.strip():
                continue
        if line.strip():
            text = line.translate(_CP1252_FIX).encode("cp1252", "replace").decode("cp1252")
            indent = len(text) - len(text.lstrip(" "))
            page.append(Line(72 + 6.0 * indent, y, text.strip(), 10))
        y -= 13
    pages.append(page)
    data = make_pdf(pages)
    # readers_fixtures writes Helvetica as /F1; the same-length name swap keeps the xref
    old = b"/BaseFont /Helvetica /Encoding"
    assert data.count(old) == 1
    path.write_bytes(data.replace(old, b"/BaseFont /Courier   /Encoding"))


def write(spec, directory: Path, name: str | None = None) -> Path:
    """Write spec as a file in directory; returns its path."""
    path = Path(directory) / f"{name or spec['stem']}.{spec['format']}"
    if spec["format"] == "docx":
        docxlib.build_docx(spec, path, extra=docx_extra.EXTRA_BLOCKS)
    elif spec["format"] == "txt":
        _write_txt(spec, path)
    elif spec["format"] == "pdf":
        _write_pdf(spec, path)
    else:
        raise ValueError(spec["format"])
    return path


# ---------------------------------------------------------------- comparison


def _folded_clauses(clauses, folded):
    return [dict(c, text=fold(c["text"]) if folded else c["text"]) for c in clauses]


def differences(record: dict, truth: dict, *, folded: bool = False) -> list[str]:
    """What the record gets wrong against the truth: doc_type, dnr_key, clauses (count and
    alignment at >= 0.9), comment links, decision outcome/proposed, clause outcomes."""
    diffs = []
    for field in ("doc_type", "dnr_key"):
        if record.get(field) != truth.get(field):
            diffs.append(f"{field}: got {record.get(field)!r}, want {truth.get(field)!r}")
    pred = _folded_clauses(record.get("clauses") or [], folded)
    want = _folded_clauses(truth.get("clauses") or [], True if folded else False)
    mapping = align_clauses(pred, want)
    if len(pred) != len(want):
        diffs.append(f"clause count: got {len(pred)}, want {len(want)}")
    missed = [t for t in want if t["number"] not in mapping.values()]
    for t in missed:
        diffs.append(f"truth clause {t['number']} not found: {t['text'][:70]!r}")
    for p in pred:
        if p["number"] not in mapping:
            diffs.append(f"extra/garbled clause {p['number']}: {p['text'][:70]!r}")
    got_links = Counter(mapping.get(c.get("clause_number"), f"unaligned {c.get('clause_number')}")
                        for c in record.get("comments") or [])
    want_links = Counter(c["clause_number"] for c in truth.get("comments") or [])
    if got_links != want_links:
        diffs.append(f"comment links: got {sorted(got_links.elements(), key=str)}, "
                     f"want {sorted(want_links.elements())}")
    rd, td = record.get("decision") or {}, truth.get("decision") or {}
    for field in ("outcome", "proposed"):
        if rd.get(field) != td.get(field):
            diffs.append(f"decision.{field}: got {rd.get(field)!r}, want {td.get(field)!r}")
    got_co = Counter((mapping.get(c["clause_number"], f"unaligned {c['clause_number']}"), c["outcome"])
                     for c in rd.get("clause_outcomes") or [])
    want_co = Counter((c["clause_number"], c["outcome"]) for c in td.get("clause_outcomes") or [])
    if got_co != want_co:
        diffs.append(f"clause_outcomes: got {sorted(got_co.elements(), key=str)}, "
                     f"want {sorted(want_co.elements())}")
    return diffs


def extract(path: Path) -> dict:
    from pipeline.extract import extract_file

    return extract_file(path).to_dict()


def check(spec, names, directory: Path) -> list[str]:
    """Render, write, extract and compare: the list of differences (empty = agrees)."""
    rendered = render(spec, names) if names else spec
    label = "__".join(names) if names else "baseline"
    path = write(rendered, directory, f"{spec['stem']}__{label}")
    return differences(extract(path), spec["truth"], folded=bool(rendered.get("_folded")))


def cell(job) -> tuple[str, str, list[str]]:
    """One (stem, rendering-or-"baseline", folder) case for a process pool; a renderer
    error is reported as a difference (so it fails loudly, by name)."""
    stem, name, folder = job
    spec = truth_specs()[stem]
    names = [] if name == "baseline" else name.split("+")
    try:
        return stem, name, check(spec, names, Path(folder))
    except Exception as exc:  # noqa: BLE001 - shown in the failure message
        return stem, name, [f"renderer/extraction error {type(exc).__name__}: {exc}"]


def run_cells(jobs: list[tuple[str, str]], folder: Path, workers: int = 2) -> dict[tuple[str, str], list[str]]:
    """Run many cases on `workers` processes (spawned: no fork of a threaded parent)."""
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    work = [(s, n, str(folder)) for s, n in jobs]
    workers = max(1, min(workers, os.cpu_count() or 1, len(work)))
    if workers == 1 or len(work) < 8:
        results = [cell(j) for j in work]
    else:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            results = list(pool.map(cell, work, chunksize=8))
    return {(s, n): d for s, n, d in results}


def plain_text(spec) -> str:
    """The rendered document's text, whitespace-normalised (renderer self-check)."""
    if spec["format"] == "txt":
        text = spec["text"]
    elif spec["format"] == "pdf":
        text = "\n".join(spec["lines"])
    else:
        text = "\n".join("\n".join(p.lines) for p in _docx_paras(spec))
    return re.sub(r"\s+", " ", text)


# ---- cases that do not hold yet --------------------------------------------------

KNOWN_FAILURES = Path(__file__).resolve().parent / "metamorphic_known_failures.tsv"
_KNOWN_HEAD = [
    "# Metamorphic cases that do not agree with their truth yet (issue 11): truth, rendering, first difference.",
    "# tests/test_extract_metamorphic.py expects each of these to fail (strict): a case that starts to pass",
    "# fails the suite until its line is removed here. Regenerate: .venv/bin/python bench/metamorphic_table.py --known",
]


def known_failures() -> dict[tuple[str, str], str]:
    known = {}
    for line in KNOWN_FAILURES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            stem, name, why = line.split("\t", 2)
            known[stem, name] = why
    return known


def write_known_failures(results: dict[tuple[str, str], list[str]]) -> None:
    lines = _KNOWN_HEAD + [""] + [f"{s}\t{n}\t{d[0][:140]}" for (s, n), d in sorted(results.items()) if d]
    KNOWN_FAILURES.write_text("\n".join(lines) + "\n", encoding="utf-8")
