"""Check helper A's whole protocols and kallelser (does not use the product).

* every truth file: keys in order, vocabulary, event/decision agreement, reason and
  estimated_done only where allowed, clause_outcomes only for delvis_bifall (one per
  clause), comment clause numbers exist, dnr_key derived correctly from dnr, items of
  one § adjacent;
* every § heading of the .docx (Heading style or bold paragraph starting with
  "§", "KS §", "KF §" or "<n>.<TAB>§") is in the truth, in order, and nothing else;
  in a kallelse the printed item number is the agenda_number;
* every title, dnr, clause, comment, decision text, author name, reason and
  estimated_done occurs verbatim (whitespace-normalised) in the .docx body text and
  in `pdftotext` output (tolerating "§ 1" -> "§1" and words joined at a line-end
  hyphen);
* prints page counts and item counts by event and subject.

Run: .venv/bin/python samples/src/protocols_a/check.py
"""
from __future__ import annotations

import collections
import importlib
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from build import CASES  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TOP = ["doc_type", "kind", "municipality", "body", "meeting_date", "items"]
ITEM = ["paragraph", "agenda_number", "dnr", "dnr_key", "title", "subject", "event", "authors",
        "clauses", "comments", "decision", "reason", "estimated_done"]
DECISION = ["outcome", "proposed", "text", "clause_outcomes"]
SUBJECTS = {"motion", "citizen_proposal", "none"}
PARTIES = {"S", "M", "V", "KD", "SD", "C", "L", "MP", None}
ALLOWED = {  # event -> (allowed outcomes or None for "no decision", proposed flag or None=any)
    "other": ({None}, None),
    "raised": ({None, "overlamnad"}, False),
    "decided": ({"bifall", "avslag", "besvarad", "delvis_bifall"}, False),
    "proposed": ({"bifall", "avslag", "besvarad", "delvis_bifall", "aterremiss", "bordlagd",
                  "avskriven", "overlamnad"}, True),
    "referred_back": ({"aterremiss"}, False),
    "postponed": ({"bordlagd"}, False),
    "written_off": ({"avskriven"}, False),
    "reported": ({None}, None),
}
HEAD_RE = re.compile(r"^(?:(\d+)\.\s+)?(?:K[SF]\s+)?§\s?(\d+(?: ?[a-z])?)(?=\s|$)")

errors: list[str] = []


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def norm(s: str) -> str:
    s = re.sub(r"§\s+", "§", s)
    return re.sub(r"\s+", " ", s).strip()


def para_text(p) -> str:
    buf = []
    for el in p.iter():
        if el.tag == W + "t":
            buf.append(el.text or "")
        elif el.tag in (W + "br", W + "cr"):
            buf.append("\n")
        elif el.tag == W + "tab":
            buf.append("\t")
    return "".join(buf)


def is_bold(p) -> bool:
    runs = [r for r in p.iter(W + "r") if "".join(t.text or "" for t in r.iter(W + "t")).strip()]
    return bool(runs) and all(r.find(f"{W}rPr/{W}b") is not None for r in runs)


def docx_read(path: Path):
    """(body text, [(agenda_no, paragraph_no, heading text)])"""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    texts = [para_text(p) for p in body.iter(W + "p")]
    heads = []
    for p in body.findall(W + "p"):     # top level only: not table cells
        t = para_text(p)
        m = HEAD_RE.match(t)
        if not m:
            continue
        style = p.find(f"{W}pPr/{W}pStyle")
        styled = style is not None and style.get(W + "val", "").startswith("Heading")
        if styled or is_bold(p):
            heads.append((m.group(1), m.group(2), t))
    return "\n".join(texts), heads


def pdf_variants(path: Path) -> list[str]:
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [norm(raw), norm(re.sub(r"(\w)-\n\s*(\w)", r"\1-\2", raw)),
            norm(re.sub(r"(\w)-\n\s*(\w)", r"\1\2", raw))]


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", out)
    return int(m.group(1)) if m else -1


def key_of(dnr: str) -> str | None:
    organ = re.search(r"[A-ZÅÄÖ]{2,}", dnr)
    year = re.search(r"(?<!\d)(19|20)\d\d(?!\d)", dnr)
    if not organ or not year:
        return None
    serial = re.search(r"\d+", dnr[year.end():])
    if not serial:
        return None
    return f"{organ.group(0)} {year.group(0)}/{int(serial.group(0))}"


def check_item(stem, i, it):
    where = f"item {i} (§ {it.get('paragraph')})"
    if list(it) != ITEM:
        err(stem, f"{where}: keys {list(it)}")
        return
    if it["subject"] not in SUBJECTS:
        err(stem, f"{where}: subject {it['subject']}")
    if it["event"] not in ALLOWED:
        err(stem, f"{where}: event {it['event']}")
        return
    outcomes, proposed = ALLOWED[it["event"]]
    d = it["decision"]
    if d is None:
        if None not in outcomes:
            err(stem, f"{where}: event {it['event']} needs a decision")
    else:
        if list(d) != DECISION:
            err(stem, f"{where}: decision keys {list(d)}")
        if d["outcome"] not in outcomes:
            err(stem, f"{where}: outcome {d['outcome']} with event {it['event']}")
        if proposed is not None and d["proposed"] is not proposed:
            err(stem, f"{where}: proposed {d['proposed']} with event {it['event']}")
        if not d["text"]:
            err(stem, f"{where}: empty decision text")
        if d["outcome"] == "delvis_bifall":
            nums = [c["clause_number"] for c in d["clause_outcomes"]]
            if nums != [c["number"] for c in it["clauses"]] or not nums:
                err(stem, f"{where}: clause_outcomes {nums} vs clauses")
            for c in d["clause_outcomes"]:
                if c["outcome"] not in {"bifall", "avslag", "besvarad"}:
                    err(stem, f"{where}: clause outcome {c['outcome']}")
        elif d["clause_outcomes"]:
            err(stem, f"{where}: clause_outcomes without delvis_bifall")
    if it["event"] == "other" and it["subject"] != "none":
        err(stem, f"{where}: event other with subject {it['subject']}")
    if it["event"] != "other" and it["subject"] == "none":
        err(stem, f"{where}: subject none with event {it['event']}")
    out = d["outcome"] if d else None
    if it["reason"] is not None and out not in {"aterremiss", "avskriven"}:
        err(stem, f"{where}: reason with outcome {out}")
    if out in {"aterremiss", "avskriven"} and not it["reason"]:
        err(stem, f"{where}: {out} without reason")
    if it["reason"] and (it["reason"].endswith(".") or
                         re.match(r"(med motiveringen att|för att|eftersom)\b", it["reason"])):
        err(stem, f"{where}: reason not trimmed: {it['reason']!r}")
    if (it["estimated_done"] is not None) != (it["event"] == "reported"):
        err(stem, f"{where}: estimated_done {it['estimated_done']!r} with event {it['event']}")
    for k, c in enumerate(it["clauses"], 1):
        if c["number"] != k or not c["text"]:
            err(stem, f"{where}: clause numbering")
    nums = {c["number"] for c in it["clauses"]}
    for c in it["comments"]:
        if c["clause_number"] not in nums:
            err(stem, f"{where}: comment for missing clause {c['clause_number']}")
    for a in it["authors"]:
        if list(a) != ["name", "party"] or a["party"] not in PARTIES:
            err(stem, f"{where}: author {a}")
        if it["subject"] == "citizen_proposal" and a["party"] is not None:
            err(stem, f"{where}: citizen with a party")
    if (it["dnr"] is None) != (it["dnr_key"] is None):
        err(stem, f"{where}: dnr/dnr_key mismatch")
    if it["dnr"]:
        if it["dnr"].lower().startswith("dnr"):
            err(stem, f"{where}: dnr keeps its label")
        if key_of(it["dnr"]) != it["dnr_key"]:
            err(stem, f"{where}: dnr_key {it['dnr_key']} but {it['dnr']} gives {key_of(it['dnr'])}")
    if it["subject"] != "none" and it["event"] != "reported" and not it["dnr"]:
        err(stem, f"{where}: motion item without dnr")


def strings(it):
    yield "title", it["title"]
    if it["dnr"]:
        yield "dnr", it["dnr"]
    for c in it["clauses"]:
        yield "clause", c["text"]
    for c in it["comments"]:
        yield "comment", c["text"]
    if it["decision"]:
        yield "decision", it["decision"]["text"]
    for a in it["authors"]:
        yield "author", a["name"]
    if it["reason"]:
        yield "reason", it["reason"]
    if it["estimated_done"]:
        yield "estimated_done", it["estimated_done"]


def check_doc(name):
    spec = importlib.import_module(name).DOC
    stem = spec["stem"]
    tpath = SAMPLES / "truth" / f"{stem}.json"
    docx, pdf = SAMPLES / f"{stem}.docx", SAMPLES / f"{stem}.pdf"
    for p in (tpath, docx, pdf):
        if not p.exists():
            err(stem, f"missing {p.name}")
            return None
    t = json.loads(tpath.read_text(encoding="utf-8"))
    if t != spec["truth"]:
        err(stem, "truth file differs from the case module (rebuild)")
    if list(t) != TOP:
        err(stem, f"top keys {list(t)}")
        return None
    if t["doc_type"] != "protocol" or t["kind"] not in {"protocol", "kallelse"}:
        err(stem, "doc_type/kind")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", t["meeting_date"]):
        err(stem, "meeting_date")
    if not t["municipality"].endswith("kommun"):
        err(stem, "municipality")
    suffix = "_kallelse" if t["kind"] == "kallelse" else "_protokoll"
    if not stem.endswith(suffix):
        err(stem, f"stem should end in {suffix}")
    for i, it in enumerate(t["items"]):
        check_item(stem, i, it)
    # § order
    seen, order = set(), []
    for it in t["items"]:
        key = (it["agenda_number"], it["paragraph"])
        if order and order[-1] == key:
            continue
        if key in seen:
            err(stem, f"items of § {it['paragraph']} not adjacent")
        seen.add(key)
        order.append(key)
    body, heads = docx_read(docx)
    found = [(a, p) for a, p, _ in heads]
    if t["kind"] == "protocol":
        found = [(None, p) for _, p in found]
    if found != order:
        err(stem, f"§ headings in docx {found}\n   truth {order}")
    # verbatim strings
    nbody = norm(body)
    variants = pdf_variants(pdf)
    for i, it in enumerate(t["items"]):
        for kind, s in strings(it):
            ns = norm(s)
            if ns not in nbody:
                err(stem, f"item {i} (§ {it['paragraph']}) {kind} not in docx: {s!r}")
            if not any(ns in v for v in variants) and \
                    not any(ns.replace("-", "") in v.replace("-", "") for v in variants):
                err(stem, f"item {i} (§ {it['paragraph']}) {kind} not in pdf: {s!r}")
    return t, pdf_pages(pdf)


def main():
    total_ev, total_su = collections.Counter(), collections.Counter()
    for name in sys.argv[1:] or CASES:
        res = check_doc(name)
        if not res:
            continue
        t, pages = res
        ev = collections.Counter(it["event"] for it in t["items"])
        su = collections.Counter(it["subject"] for it in t["items"])
        total_ev.update(ev)
        total_su.update(su)
        stem = importlib.import_module(name).DOC["stem"]
        nsec = len({(it["agenda_number"], it["paragraph"]) for it in t["items"]})
        print(f"{stem}: {pages} pages, {nsec} §, {len(t['items'])} items")
        print(f"   events {dict(sorted(ev.items()))}")
        print(f"   subjects {dict(sorted(su.items()))}")
    print(f"TOTAL events {dict(sorted(total_ev.items()))}")
    print(f"TOTAL subjects {dict(sorted(total_su.items()))}")
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
