"""Checks for style batch A (not part of the product; does not use the pipeline).

For every document of styles_a/cases:
* the truth JSON in samples/truth equals the hand-written record in the case module,
  and passes check_samples.check_truth (keys, vocabulary, numbering);
* every truth string (title, dnr, municipality, clauses, comments, authors, officer,
  decision text) occurs in the document's own text: docx paragraphs (body, headers,
  footers) or the .txt, whitespace-normalised. A spec may list "check_strip"
  (exact strings removed first: a page number and running header that break into a
  clause) and "check_replace" ((from, to) pairs: "att1 " -> "att ", the glued number
  that the truth convention drops);
* the title occurs in `pdftotext -layout` output of the .docx's PDF.

Run from the repository root:  .venv/bin/python samples/src/styles_a/check.py
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent
SAMPLES = SRC.parent
sys.path.insert(0, str(SRC))

import check_samples as cs  # noqa: E402
from make_batch import load_docs  # noqa: E402


def main() -> None:
    docs = load_docs(HERE)
    n_clauses = n_comments = 0
    formats: dict[str, int] = {}
    for spec in docs:
        stem = spec["stem"]
        path = SAMPLES / f"{stem}.{spec['format']}"
        formats[spec["format"]] = formats.get(spec["format"], 0) + 1
        t = spec["truth"]
        n_clauses += len(t["clauses"])
        n_comments += len(t["comments"])
        tpath = SAMPLES / "truth" / f"{stem}.json"
        if not tpath.exists() or json.loads(tpath.read_text(encoding="utf-8")) != t:
            cs.err(f"{stem}: truth file missing or differs from the case module")
        cs.check_truth(stem, t)
        if not path.exists():
            cs.err(f"{stem}: document missing")
            continue
        text = cs.docx_text(path) if spec["format"] == "docx" else cs.txt_text(path)
        text = text.replace("\r\n", "\n")
        for s in spec.get("check_strip", []):
            if s not in text:
                cs.err(f"{stem}: check_strip string not in text: {s!r}")
            text = text.replace(s, "\n")
        for a, b in spec.get("check_replace", []):
            text = text.replace(a, b)
        cs.check_text(stem, t, text, path.name)
        if spec["format"] == "docx":
            pdf = path.with_suffix(".pdf")
            if not pdf.exists():
                cs.err(f"{pdf.name}: no pdf")
            else:
                out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                                     text=True).stdout
                if cs.norm(t["title"]) not in cs.norm(out):
                    cs.err(f"{pdf.name}: title not in pdftotext output")
    print(f"documents: {len(docs)} {formats}; clauses: {n_clauses}; comments: {n_comments}")
    if cs.errors:
        print(f"{len(cs.errors)} problem(s):")
        for e in cs.errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
