"""Checks for the held-out set (does not use the pipeline).

* every truth JSON parses, has exactly the keys of samples/truth, and uses
  the vocabulary of samples/README.md (doc_type, outcomes, warnings);
  clause numbers are 1..n, comment and clause-outcome numbers exist;
* every document has a truth file and every truth file a document;
* title, Dnr, municipality, clause texts, comment texts, decision text,
  author names and officer occur verbatim in the document's own text
  (.docx: body, headers, footers; .txt: decoded by BOM/UTF-8/cp1252), with
  whitespace normalised. The municipality is compared case-insensitively,
  because some headers print it in capitals ("BJÖRKFORS KOMMUN");
* every .docx has a .pdf whose pdftotext output holds the title, and the
  page count is printed (the two-page answers must be two pages);
* prints counts.

Run: .venv/bin/python samples/src/batch2/check_batch2.py
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

HOLDOUT = Path(__file__).resolve().parent.parent.parent  # samples/
TRUTH = HOLDOUT / "truth"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
KEYS = ["doc_type", "dnr", "dnr_key", "title", "municipality", "body", "date", "officer",
        "authors", "clauses", "comments", "decision", "warnings"]
DOC_TYPES = {"motion", "answer", "protocol_extract", "citizen_proposal", "other"}
OUTCOMES = {"bifall", "avslag", "besvarad", "delvis_bifall", "aterremiss", "bordlagd",
            "avskriven", "overlamnad"}
WARNINGS = {"placeholder_left", "empty_send_to", "clause_without_comment", "answer_without_decision"}
TWO_PAGES = {"granberg-ks-2023-45_2_svar", "ljungsater-klk-2024-311_1_svar"}

errors: list[str] = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
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


def txt_text(path):
    data = path.read_bytes()
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def check_truth(stem, t):
    if list(t) != KEYS:
        errors.append(f"{stem}: keys {list(t)}")
        return
    if t["doc_type"] not in DOC_TYPES:
        errors.append(f"{stem}: doc_type {t['doc_type']}")
    if (t["dnr"] is None) != (t["dnr_key"] is None):
        errors.append(f"{stem}: dnr/dnr_key null mismatch")
    if t["dnr_key"] and not re.fullmatch(r"[A-ZÅÄÖ]+ \d{4}/[1-9]\d*", t["dnr_key"]):
        errors.append(f"{stem}: dnr_key {t['dnr_key']}")
    if t["dnr"] and t["dnr"].lower().startswith("dnr"):
        errors.append(f"{stem}: dnr keeps the word Dnr")
    if t["date"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", t["date"]):
        errors.append(f"{stem}: date {t['date']}")
    if t["title"].endswith("."):
        errors.append(f"{stem}: title ends with a period")
    for a in t["authors"]:
        if set(a) != {"name", "party"}:
            errors.append(f"{stem}: author {a}")
    nums = [c["number"] for c in t["clauses"]]
    if nums != list(range(1, len(nums) + 1)):
        errors.append(f"{stem}: clause numbers {nums}")
    for c in t["comments"]:
        if c["clause_number"] not in nums:
            errors.append(f"{stem}: comment on missing clause {c['clause_number']}")
    d = t["decision"]
    if d is not None:
        if list(d) != ["outcome", "proposed", "text", "clause_outcomes"]:
            errors.append(f"{stem}: decision keys {list(d)}")
        if d["outcome"] not in OUTCOMES or not isinstance(d["proposed"], bool):
            errors.append(f"{stem}: decision {d['outcome']} {d['proposed']}")
        for co in d["clause_outcomes"]:
            if co["clause_number"] not in nums or co["outcome"] not in OUTCOMES:
                errors.append(f"{stem}: clause outcome {co}")
    for w in t["warnings"]:
        if w["code"] not in WARNINGS:
            errors.append(f"{stem}: warning {w}")
    if t["doc_type"] == "answer":
        has_w = any(w["code"] == "answer_without_decision" for w in t["warnings"])
        if (d is None) != has_w:
            errors.append(f"{stem}: answer decision/warning mismatch")
    if t["officer"] and t["doc_type"] != "answer":
        errors.append(f"{stem}: officer on a non-answer")


def check_text(t, text, label):
    nt = norm(text)
    wanted = [("title", t["title"])]
    if t["dnr"]:
        wanted.append(("dnr", t["dnr"]))
    wanted += [(f"clause {c['number']}", c["text"]) for c in t["clauses"]]
    wanted += [(f"comment {c['clause_number']}", c["text"]) for c in t["comments"]]
    wanted += [("author", a["name"]) for a in t["authors"]]
    if t["officer"]:
        wanted.append(("officer", t["officer"]))
    if t["decision"]:
        wanted.append(("decision", t["decision"]["text"]))
    for what, s in wanted:
        if norm(s) not in nt:
            errors.append(f"{label}: {what} not in text: {s[:70]!r}")
    if t["municipality"] and norm(t["municipality"]).lower() not in nt.lower():
        errors.append(f"{label}: municipality not in text: {t['municipality']!r}")


def main():
    truths = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(TRUTH.glob("*.json"))}
    docs = sorted(p for p in HOLDOUT.iterdir() if p.suffix in (".docx", ".txt", ".pdf"))
    by_stem = collections.defaultdict(list)
    for p in docs:
        by_stem[p.stem].append(p)
    for stem in by_stem:
        if stem not in truths:
            errors.append(f"{stem}: document without truth")
    for stem, t in truths.items():
        check_truth(stem, t)
        files = by_stem.get(stem, [])
        if not files:
            errors.append(f"{stem}: truth without document")
        for p in files:
            if p.suffix == ".docx":
                check_text(t, docx_text(p), p.name)
                pdf = p.with_suffix(".pdf")
                if not pdf.exists():
                    errors.append(f"{p.name}: no pdf")
                    continue
                out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                                     text=True).stdout
                if norm(t["title"]) not in norm(out):
                    errors.append(f"{pdf.name}: title not in pdftotext output")
                pages = out.count("\f")
                if stem in TWO_PAGES and pages != 2:
                    errors.append(f"{pdf.name}: {pages} pages, expected 2")
                print(f"  {pdf.name}: {pages} page(s)")
            elif p.suffix == ".txt":
                check_text(t, txt_text(p), p.name)
    fmt = collections.Counter(p.suffix for p in docs)
    types = collections.Counter(t["doc_type"] for t in truths.values())
    outcomes = collections.Counter((t["decision"]["outcome"], t["decision"]["proposed"])
                                   for t in truths.values() if t["decision"])
    warns = collections.Counter(w["code"] for t in truths.values() for w in t["warnings"])
    print(f"documents (truth records): {len(truths)}; files: {dict(fmt)}")
    print("per doc_type:", dict(types))
    print("per outcome (outcome, proposed):", dict(sorted(outcomes.items())))
    print("warnings:", dict(warns))
    print("clauses:", sum(len(t["clauses"]) for t in truths.values()),
          "comments:", sum(len(t["comments"]) for t in truths.values()),
          "per-clause outcomes:", sum(len(t["decision"]["clause_outcomes"])
                                      for t in truths.values() if t["decision"]))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
