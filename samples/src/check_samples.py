"""Sanity checks for the sample corpus (not part of the product).

* every truth JSON parses and has every key with the right type/vocabulary;
* clause numbers are 1..n, comment clause numbers exist;
* every truth file has at least one document, every document a truth file;
* the truth strings (title, dnr, clause texts, comment texts, decision text,
  author names) occur in the document's own text (whitespace-normalised;
  tracked deletions excluded) - a guard against typos between text and truth;
* every .docx has a .pdf whose text (pdftotext) contains the title;
* prints counts per doc_type, outcome and file format.

Run: .venv/bin/python samples/src/check_samples.py
"""
from __future__ import annotations

import collections
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from lxml import etree

SAMPLES = Path(__file__).resolve().parent.parent
TRUTH = SAMPLES / "truth"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KEYS = ["doc_type", "dnr", "dnr_key", "title", "municipality", "body", "date", "officer",
        "authors", "clauses", "comments", "decision", "warnings"]
DOC_TYPES = {"motion", "answer", "protocol_extract", "citizen_proposal", "other"}
OUTCOMES = {"bifall", "avslag", "besvarad", "delvis_bifall", "aterremiss", "bordlagd",
            "avskriven", "overlamnad"}
WARNINGS = {"placeholder_left", "empty_send_to", "clause_without_comment", "answer_without_decision"}

errors: list[str] = []

# Declared per-document allowances, applied to the document's text before the truth
# strings are looked up (the same ones, as the same explicit lists, that the case
# modules of samples/src/styles_a declare as "check_strip" / "check_replace").
# They exist because the issue-11 truth conventions (samples/README.md, "Truth
# conventions for proposal blocks and retold clauses") make these truths differ from
# the raw text on purpose; no other document gets any allowance.
TEXT_ALLOWANCES: dict[str, dict[str, list]] = {
    # "att1 "/"att2 "/"att3 ": the number glued to "att" is not clause text, so the
    # truth clauses start with "att ".
    "ollestad-2024-lekplatser_1_motion": {
        "replace": [("att1 ", "att "), ("att2 ", "att "), ("att3 ", "att ")],
    },
    # The page number "1 (2)" and the running header break into clause 2; a page
    # number or running header is never clause text, so they are removed first.
    "prasttorp-2024-skolmat_1_motion": {
        "strip": ["\n\n1 (2)\n\nPRÄSTTORPSPARTIET – för hela Prästtorp"],
    },
}


def err(msg):
    errors.append(msg)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path: Path) -> str:
    parts = []
    with zipfile.ZipFile(path) as z:
        names = ["word/document.xml"] + [n for n in z.namelist()
                                         if re.match(r"word/(header|footer)\d*\.xml", n)]
        for name in names:
            root = etree.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t":
                        buf.append(el.text or "")
                    elif el.tag in (W + "br", W + "cr"):
                        buf.append("\n")
                    elif el.tag == W + "tab":
                        buf.append("\t")
                parts.append("".join(buf))
    return "\n".join(parts)


def txt_text(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def check_truth(stem: str, t: dict):
    for k in KEYS:
        if k not in t:
            err(f"{stem}: missing key {k}")
    extra = set(t) - set(KEYS)
    if extra:
        err(f"{stem}: extra keys {extra}")
    if t.get("doc_type") not in DOC_TYPES:
        err(f"{stem}: bad doc_type {t.get('doc_type')}")
    if (t["dnr"] is None) != (t["dnr_key"] is None):
        err(f"{stem}: dnr/dnr_key null mismatch")
    if t["dnr_key"] and not re.fullmatch(r"[A-ZÅÄÖ]+ \d{4}/[1-9]\d*", t["dnr_key"]):
        err(f"{stem}: bad dnr_key {t['dnr_key']}")
    if t["dnr"] and t["dnr"].lower().startswith("dnr"):
        err(f"{stem}: dnr keeps the word Dnr")
    if t["date"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", t["date"]):
        err(f"{stem}: bad date {t['date']}")
    if t["title"].endswith("."):
        err(f"{stem}: title ends with period")
    for a in t["authors"]:
        if set(a) != {"name", "party"}:
            err(f"{stem}: author keys {a}")
    nums = [c["number"] for c in t["clauses"]]
    if nums != list(range(1, len(nums) + 1)):
        err(f"{stem}: clause numbers {nums}")
    for c in t["clauses"]:
        if set(c) != {"number", "text"}:
            err(f"{stem}: clause keys {c}")
    for c in t["comments"]:
        if c["clause_number"] not in nums:
            err(f"{stem}: comment for missing clause {c['clause_number']}")
    d = t["decision"]
    if d is not None:
        if set(d) != {"outcome", "proposed", "text", "clause_outcomes"}:
            err(f"{stem}: decision keys {set(d)}")
        if d["outcome"] not in OUTCOMES:
            err(f"{stem}: bad outcome {d['outcome']}")
        if not isinstance(d["proposed"], bool):
            err(f"{stem}: proposed not bool")
        for co in d["clause_outcomes"]:
            if co["clause_number"] not in nums or co["outcome"] not in OUTCOMES:
                err(f"{stem}: bad clause outcome {co}")
    for w in t["warnings"]:
        if w["code"] not in WARNINGS:
            err(f"{stem}: bad warning {w}")
        if w["code"] == "clause_without_comment":
            if w.get("clause_number") not in nums:
                err(f"{stem}: clause_without_comment without valid clause_number")
            if any(c["clause_number"] == w["clause_number"] for c in t["comments"]):
                err(f"{stem}: clause_without_comment but comment exists")
    if t["doc_type"] == "answer":
        has_w = any(w["code"] == "answer_without_decision" for w in t["warnings"])
        if (t["decision"] is None) != has_w:
            err(f"{stem}: answer decision/warning mismatch")
    if t["officer"] and t["doc_type"] != "answer":
        err(f"{stem}: officer on non-answer")


def apply_allowances(stem: str, text: str) -> str:
    """The document's text with its declared TEXT_ALLOWANCES applied (unchanged for
    every document that has none)."""
    allow = TEXT_ALLOWANCES.get(stem)
    if not allow:
        return text
    text = text.replace("\r\n", "\n")
    for s in allow.get("strip", []):
        if s not in text:
            err(f"{stem}: allowance strip string not in text: {s!r}")
        text = text.replace(s, "\n")
    for a, b in allow.get("replace", []):
        if a not in text:
            err(f"{stem}: allowance replace string not in text: {a!r}")
        text = text.replace(a, b)
    return text


def check_text(stem: str, t: dict, text: str, label: str):
    nt = norm(text)
    wanted = [("title", t["title"])]
    if t["dnr"]:
        wanted.append(("dnr", t["dnr"]))
    if t["municipality"]:
        wanted.append(("municipality", t["municipality"]))
    wanted += [(f"clause {c['number']}", c["text"]) for c in t["clauses"]]
    wanted += [(f"comment {c['clause_number']}", c["text"]) for c in t["comments"]]
    wanted += [("author", a["name"]) for a in t["authors"]]
    if t["officer"]:
        wanted.append(("officer", t["officer"]))
    if t["decision"]:
        wanted.append(("decision", t["decision"]["text"]))
    for what, s in wanted:
        # Letterheads print the municipality in capitals ("HEDSUNDS KOMMUN").
        found = norm(s).lower() in nt.lower() if what == "municipality" else norm(s) in nt
        if not found:
            err(f"{label}: {what} not found in text: {s[:70]!r}")


def check_seed_fidelity():
    """The seed .docx body must hold the seed text's lines, in order."""
    txt = SAMPLES / "seed_ange_ks-20-399_svar.txt"
    docx = SAMPLES / "seed_ange_ks-20-399_svar.docx"
    if not (txt.exists() and docx.exists()):
        err("seed files missing")
        return
    lines = [re.sub(r"^- ", "", ln) for ln in txt.read_text(encoding="utf-8").splitlines()
             if ln.strip() and ln.strip() != "Dnr KS 20/399"]
    with zipfile.ZipFile(docx) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    paras = ["".join(t.text or "" for t in p.iter(W + "t")) for p in body.iter(W + "p")]
    paras = [x for x in paras if x.strip()]
    if lines != paras:
        for i, (a, b) in enumerate(zip(lines, paras)):
            if a != b:
                err(f"seed docx differs at line {i}: {a[:50]!r} vs {b[:50]!r}")
                break
        else:
            err(f"seed docx has {len(paras)} paragraphs, text has {len(lines)} lines")


def main():
    check_seed_fidelity()
    truths = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(TRUTH.glob("*.json"))}
    docs = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".docx", ".txt", ".pdf"))
    by_stem = collections.defaultdict(list)
    for p in docs:
        by_stem[p.stem].append(p)
    for stem in by_stem:
        if stem not in truths:
            err(f"{stem}: document without truth")
    protocols = {stem for stem, t in truths.items() if "items" in t}
    for stem in protocols:
        # Whole protocols (item truth) are checked by their own scripts
        # (samples/src/protocols_*/check.py); only the pairing is checked here.
        if stem not in by_stem:
            err(f"{stem}: truth without document")
        truths.pop(stem)
    for stem, t in truths.items():
        check_truth(stem, t)
        files = by_stem.get(stem, [])
        if not files:
            err(f"{stem}: truth without document")
        for p in files:
            if p.suffix == ".docx":
                check_text(stem, t, apply_allowances(stem, docx_text(p)), p.name)
                pdf = p.with_suffix(".pdf")
                if not pdf.exists():
                    err(f"{p.name}: no pdf")
                else:
                    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                                         text=True).stdout
                    if norm(t["title"]) not in norm(out):
                        err(f"{pdf.name}: title not in pdftotext output")
            elif p.suffix == ".txt":
                check_text(stem, t, apply_allowances(stem, txt_text(p)), p.name)
    # counts
    fmt = collections.Counter(p.suffix for p in docs)
    types = collections.Counter(t["doc_type"] for t in truths.values())
    outcomes = collections.Counter((t["decision"]["outcome"], t["decision"]["proposed"])
                                   for t in truths.values() if t["decision"])
    warns = collections.Counter(w["code"] for t in truths.values() for w in t["warnings"])
    print(f"documents (truth records): {len(truths)}; whole protocols (item truth): {len(protocols)}; "
          f"files: {dict(fmt)}")
    print("per doc_type:", dict(types))
    print("per outcome (outcome, proposed):", dict(sorted(outcomes.items())))
    print("warnings:", dict(warns))
    print("clauses:", sum(len(t['clauses']) for t in truths.values()),
          "comments:", sum(len(t['comments']) for t in truths.values()))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
