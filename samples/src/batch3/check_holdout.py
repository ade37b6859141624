"""Checks for the held-out set (does not use the pipeline).

* every truth JSON parses, has exactly the keys of samples/truth (in that
  order), and uses the vocabulary of samples/README.md (doc_type, outcomes,
  warnings); clause numbers are 1..n; comment, clause-outcome and
  clause_without_comment numbers exist; an answer has a decision unless it
  carries answer_without_decision; officers only on answers;
* every document has a truth file and every truth file a document;
* title, Dnr, municipality, clause texts, comment texts, decision text,
  author names and officer occur verbatim in the document's own text
  (.docx: body, headers, footers, tracked deletions excluded; .txt: decoded by
  BOM / UTF-8 / cp1252), whitespace normalised; the municipality is compared
  case-insensitively, because two protocol headers print it in capitals only;
* every .docx has a .pdf whose pdftotext output holds the title;
* layout facts the truth relies on: in hedsund-..._2_svar clause 2 starts on
  page 1 and ends on page 2 of the PDF; the Hedsund KF extract holds two §;
* prints counts.

Run from the repository root: .venv/bin/python samples/src/batch3/check_holdout.py
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

errors: list[str] = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        names = ["word/document.xml"] + sorted(n for n in z.namelist()
                                               if re.match(r"word/(header|footer)\d*\.xml", n))
        for name in names:
            root = etree.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t":  # w:delText (deletions) is not w:t
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


def pdf_pages(path):
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def check_truth(stem, t):
    if list(t) != KEYS:
        errors.append(f"{stem}: keys {list(t)}")
        return False
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
    if not t["title"] or t["title"].endswith("."):
        errors.append(f"{stem}: title {t['title']!r}")
    if not t["body"]:
        errors.append(f"{stem}: no body")
    for a in t["authors"]:
        if list(a) != ["name", "party"]:
            errors.append(f"{stem}: author {a}")
    nums = [c["number"] for c in t["clauses"]]
    if nums != list(range(1, len(nums) + 1)):
        errors.append(f"{stem}: clause numbers {nums}")
    for c in t["clauses"]:
        if list(c) != ["number", "text"] or not c["text"]:
            errors.append(f"{stem}: clause {c}")
    for c in t["comments"]:
        if list(c) != ["clause_number", "text"] or c["clause_number"] not in nums:
            errors.append(f"{stem}: comment {c}")
    d = t["decision"]
    if d is not None:
        if list(d) != ["outcome", "proposed", "text", "clause_outcomes"]:
            errors.append(f"{stem}: decision keys {list(d)}")
        elif d["outcome"] not in OUTCOMES or not isinstance(d["proposed"], bool):
            errors.append(f"{stem}: decision {d['outcome']} {d['proposed']}")
        else:
            for co in d["clause_outcomes"]:
                if co["clause_number"] not in nums or co["outcome"] not in OUTCOMES:
                    errors.append(f"{stem}: clause outcome {co}")
    for w in t["warnings"]:
        if w.get("code") not in WARNINGS:
            errors.append(f"{stem}: warning {w}")
        if w.get("code") == "clause_without_comment":
            n = w.get("clause_number")
            if n not in nums or any(c["clause_number"] == n for c in t["comments"]):
                errors.append(f"{stem}: clause_without_comment {n}")
    if t["doc_type"] == "answer":
        has_w = any(w["code"] == "answer_without_decision" for w in t["warnings"])
        if (d is None) != has_w:
            errors.append(f"{stem}: answer decision/warning mismatch")
    if t["officer"] and t["doc_type"] != "answer":
        errors.append(f"{stem}: officer on a non-answer")
    return True


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
    # some headers print the municipality in capitals only ("HEDSUNDS KOMMUN")
    if t["municipality"] and norm(t["municipality"]).lower() not in nt.lower():
        errors.append(f"{label}: municipality not in text: {t['municipality']!r}")


def check_layout(stem, pages, truths):
    """Layout facts that the README promises."""
    if stem == "hedsund-ks-2024-173_2_svar":
        c2 = norm(truths[stem]["clauses"][1]["text"])
        words = c2.split()
        head, tail = " ".join(words[:6]), " ".join(words[-4:])
        p1, p2 = norm(pages[0]), norm(pages[1]) if len(pages) > 1 else ""
        if head not in p1 or tail not in p2 or c2 in p1 or c2 in p2:
            errors.append(f"{stem}.pdf: clause 2 does not run across the page 1/2 boundary")
    if stem == "hedsund-ks-2024-173_4_kf-protokoll":
        text = norm(" ".join(pages))
        if len(re.findall(r"§ 1[45] Dnr", text)) != 2:
            errors.append(f"{stem}.pdf: expected § 14 and § 15")


def main():
    truths = {}
    for p in sorted(TRUTH.glob("*.json")):
        try:
            truths[p.stem] = json.loads(p.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            errors.append(f"{p.name}: {e}")
    docs = sorted(p for p in HOLDOUT.iterdir() if p.suffix in (".docx", ".txt", ".pdf"))
    by_stem = collections.defaultdict(list)
    for p in docs:
        by_stem[p.stem].append(p)
    for stem in by_stem:
        if stem not in truths:
            errors.append(f"{stem}: document without truth")
    page_counts = {}
    for stem, t in truths.items():
        ok = check_truth(stem, t)
        files = by_stem.get(stem, [])
        if not files:
            errors.append(f"{stem}: truth without document")
        if not ok:
            continue
        for p in files:
            if p.suffix == ".docx":
                check_text(t, docx_text(p), p.name)
                pdf = p.with_suffix(".pdf")
                if not pdf.exists():
                    errors.append(f"{p.name}: no pdf")
                    continue
                pages = pdf_pages(pdf)
                page_counts[pdf.name] = len(pages)
                if norm(t["title"]) not in norm(" ".join(pages)):
                    errors.append(f"{pdf.name}: title not in pdftotext output")
                check_layout(stem, pages, truths)
            elif p.suffix == ".txt":
                check_text(t, txt_text(p), p.name)
    fmt = collections.Counter(p.suffix for p in docs)
    types = collections.Counter(t["doc_type"] for t in truths.values())
    outcomes = collections.Counter((t["decision"]["outcome"], t["decision"]["proposed"])
                                   for t in truths.values() if t["decision"])
    warns = collections.Counter(w["code"] for t in truths.values() for w in t["warnings"])
    print("pdf pages:", ", ".join(f"{k} {v}" for k, v in sorted(page_counts.items())))
    print(f"documents (truth records): {len(truths)}; files: {dict(sorted(fmt.items()))}")
    print("per doc_type:", dict(sorted(types.items())))
    print("per outcome (outcome, proposed):", dict(sorted(outcomes.items())))
    print("warnings:", dict(sorted(warns.items())))
    print("clauses:", sum(len(t["clauses"]) for t in truths.values()),
          "comments:", sum(len(t["comments"]) for t in truths.values()),
          "per-clause outcomes:", sum(len(t["decision"]["clause_outcomes"])
                                      for t in truths.values() if t["decision"]),
          "authors:", sum(len(t["authors"]) for t in truths.values()))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
