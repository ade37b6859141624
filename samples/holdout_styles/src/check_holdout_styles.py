"""Checks for held-out batch 6 (does not use the pipeline).

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
  case-insensitively;
* every .docx has a .pdf whose pdftotext output holds the title;
* the document features the truth relies on (FEATURES below), read from the
  .docx XML or the .txt bytes;
* prints counts.

Run from the repository root:
    .venv/bin/python samples/holdout_styles/src/check_holdout_styles.py
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

OUT = Path(__file__).resolve().parent.parent
TRUTH = OUT / "truth"
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


def par_text(p):
    buf = []
    for el in p.iter():
        if el.tag == W + "t":  # w:delText (deletions) is not w:t
            buf.append(el.text or "")
        elif el.tag in (W + "br", W + "cr"):
            buf.append("\n")
        elif el.tag == W + "tab":
            buf.append("\t")
    return "".join(buf)


def docx_parts(path):
    """{part name: xml root} for the body, headers and footers."""
    out = {}
    with zipfile.ZipFile(path) as z:
        names = ["word/document.xml"] + sorted(n for n in z.namelist()
                                               if re.match(r"word/(header|footer)\d*\.xml", n))
        for name in names:
            out[name] = etree.fromstring(z.read(name))
        if "word/numbering.xml" in z.namelist():
            out["word/numbering.xml"] = etree.fromstring(z.read("word/numbering.xml"))
    return out


def docx_text(parts, only=None):
    texts = []
    for name, root in parts.items():
        if name == "word/numbering.xml" or (only and name != only):
            continue
        texts += [par_text(p) for p in root.iter(W + "p")]
    return "\n".join(texts)


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


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True).stdout


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
    if not t["body"] or not t["municipality"]:
        errors.append(f"{stem}: no body or municipality")
    for a in t["authors"]:
        if list(a) != ["name", "party"] or not a["name"]:
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
                if list(co) != ["clause_number", "outcome"] or co["clause_number"] not in nums \
                        or co["outcome"] not in OUTCOMES:
                    errors.append(f"{stem}: clause outcome {co}")
    if t["doc_type"] in ("motion", "citizen_proposal") and d is not None:
        errors.append(f"{stem}: a {t['doc_type']} has no decision")
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
    if norm(t["municipality"]).lower() not in nt.lower():
        errors.append(f"{label}: municipality not in text: {t['municipality']!r}")


# ---------------------------------------------------------------- features
def body_pars(parts):
    return list(parts["word/document.xml"].find(W + "body").iter(W + "p"))


def style_of(p):
    ps = p.find(f"{W}pPr/{W}pStyle")
    return ps.get(W + "val") if ps is not None else None


def num_id(p):
    n = p.find(f"{W}pPr/{W}numPr/{W}numId")
    return n.get(W + "val") if n is not None else None


def lvl_text(parts, nid):
    numbering = parts["word/numbering.xml"]
    for num in numbering.findall(W + "num"):
        if num.get(W + "numId") == nid:
            aid = num.find(W + "abstractNumId").get(W + "val")
            for a in numbering.findall(W + "abstractNum"):
                if a.get(W + "abstractNumId") == aid:
                    return a.find(f"{W}lvl/{W}lvlText").get(W + "val")
    return None


def _par_holding(parts, strings):
    for p in body_pars(parts):
        t = par_text(p)
        if all(s in t for s in strings):
            return p, t
    return None, None


def f_one_par_with_breaks(stem, parts, t):
    """the introducer and every clause sit in ONE paragraph, split by w:br"""
    p, text = _par_holding(parts, [c["text"] for c in t["clauses"]])
    if p is None or p.find(f".//{W}br") is None:
        errors.append(f"{stem}: clauses are not in one paragraph with soft line breaks")


def f_inline_run(stem, parts, t):
    """all clauses in one paragraph, no line breaks, typed '1. ... 2. ...'"""
    p, text = _par_holding(parts, [c["text"] for c in t["clauses"]])
    if p is None or "\n" in text or not text.startswith("1. "):
        errors.append(f"{stem}: clauses are not one inline '1. ... 2. ...' paragraph")


def f_tab_signers(stem, parts, t):
    names = [a["name"] for a in t["authors"]]
    if "\t".join(names) not in [par_text(p) for p in body_pars(parts)]:
        errors.append(f"{stem}: signers are not one tab-separated line")


def f_nested(stem, parts, t):
    pars = body_pars(parts)
    subs = [par_text(p) for p in pars if style_of(p) == "ListBullet2"]
    tops = [par_text(p) for p in pars if style_of(p) == "ListBullet"]
    if len(subs) != 3 or len(tops) != 3 or t["clauses"][1]["text"] != " ".join([tops[1]] + subs):
        errors.append(f"{stem}: clause 2 is not a List Bullet with three List Bullet 2 items")


def f_stockholm_header(stem, parts, t):
    body = docx_text(parts, "word/document.xml")
    if "Utlåtande 2024:57 RII (Dnr KS 2023/1190)" not in body \
            or "Föredragande borgarrådet" not in body:
        errors.append(f"{stem}: no Stockholm-style header / föredragande line")


def f_dash_decision(stem, parts, t):
    p, text = _par_holding(parts, [t["decision"]["text"]])
    if p is None or num_id(p) is None or lvl_text(parts, num_id(p)) != "\u2013":
        errors.append(f"{stem}: the proposal is not a Word dash bullet")


def f_wrapped_hyphenated(stem, data, text, t):
    if not data.startswith(b"\xef\xbb\xbf") or b"\r\n" not in data:
        errors.append(f"{stem}: not UTF-8 with BOM and CRLF")
    lines = text.replace("\r\n", "\n").split("\n")
    if any(len(line) > 72 for line in lines):
        errors.append(f"{stem}: a line is longer than 72")
    if sum(1 for line in lines if re.search(r"\w-$", line)) < 2:
        errors.append(f"{stem}: fewer than two hyphenated line ends")
    if "Sida 1 av 2" not in lines:
        errors.append(f"{stem}: no inline page number")
    for n in (1, 3):
        if t["clauses"][n - 1]["text"] in text:
            errors.append(f"{stem}: clause {n} is not hard-wrapped")


def f_ocr(stem, data, text, t):
    for s in ("\nl. att ", "BirgittaSandell (L)", "ytter områden", "kommunfullmaktige"):
        if s not in text:
            errors.append(f"{stem}: OCR feature missing: {s!r}")


def f_glued_dashes(stem, data, text, t):
    try:
        data.decode("utf-8")
        errors.append(f"{stem}: should be cp1252, decodes as UTF-8")
    except UnicodeDecodeError:
        pass
    for c, mark in zip(t["clauses"], ("-", "\u2013", "-")):
        if f"\r\n{mark}{c['text']}\r\n" not in text.replace("\n", "\r\n").replace("\r\r", "\r"):
            errors.append(f"{stem}: clause {c['number']} is not glued to {mark!r}")


FEATURES = {
    "lommeby-ks-2024-88_1_motion": [f_one_par_with_breaks],
    "skarvik-ks-2023-517_1_motion": [f_one_par_with_breaks, f_tab_signers],
    "tranholma-ks-2024-142_1_motion": [f_nested],
    "norrhalla-ks-2023-1190_2_utlatande": [f_stockholm_header],
    "hjortsjo-ks-2023-612_1_motion": [f_inline_run],
    "hjortsjo-ks-2023-612_3_ksau-protokoll": [f_dash_decision],
}
TXT_FEATURES = {
    "vindaker-ks-2022-301_1_motion": [f_wrapped_hyphenated],
    "krakmo-ks-2024-33_1_motion": [f_ocr],
    "salgered-kfn-2024-19_1_medborgarforslag": [f_glued_dashes],
}


def main():
    truths = {}
    for p in sorted(TRUTH.glob("*.json")):
        try:
            truths[p.stem] = json.loads(p.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            errors.append(f"{p.name}: {e}")
    docs = sorted(p for p in OUT.iterdir() if p.suffix in (".docx", ".txt", ".pdf"))
    by_stem = collections.defaultdict(list)
    for p in docs:
        by_stem[p.stem].append(p)
    for stem in by_stem:
        if stem not in truths:
            errors.append(f"{stem}: document without truth")
    valid = {}
    for stem, t in truths.items():
        ok = check_truth(stem, t)
        if ok:
            valid[stem] = t
        files = by_stem.get(stem, [])
        if not files:
            errors.append(f"{stem}: truth without document")
        if not ok:
            continue
        for p in files:
            if p.suffix == ".docx":
                parts = docx_parts(p)
                check_text(t, docx_text(parts), p.name)
                for f in FEATURES.get(stem, []):
                    f(stem, parts, t)
                pdf = p.with_suffix(".pdf")
                if not pdf.exists():
                    errors.append(f"{p.name}: no pdf")
                elif norm(t["title"]) not in norm(pdf_text(pdf)):
                    errors.append(f"{pdf.name}: title not in pdftotext output")
            elif p.suffix == ".txt":
                text = txt_text(p)
                check_text(t, text, p.name)
                for f in TXT_FEATURES.get(stem, []):
                    f(stem, p.read_bytes(), text, t)
    fmt = collections.Counter(p.suffix for p in docs)
    truths = valid  # count only records with all keys
    types = collections.Counter(t["doc_type"] for t in truths.values())
    outcomes = collections.Counter((t["decision"]["outcome"], t["decision"]["proposed"])
                                   for t in truths.values() if t["decision"])
    warns = collections.Counter(w["code"] for t in truths.values() for w in t["warnings"])
    print(f"documents (valid truth records): {len(truths)}; files: {dict(sorted(fmt.items()))}")
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
