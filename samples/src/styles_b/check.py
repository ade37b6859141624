"""Check the style-b batch (does not use the pipeline).

For every document of this batch: each truth string (title, Dnr, municipality,
clauses, comments, decision text, author names, officer) occurs in the
document's own text (docx: body paragraphs, table cells, headers and footers,
tracked deletions excluded; .txt: the decoded text), whitespace-normalised;
and, for .docx, the title occurs in `pdftotext` output of the .pdf beside it.
Prints the counts.

    .venv/bin/python samples/src/styles_b/check.py
"""
from __future__ import annotations

import collections
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent
SAMPLES = SRC.parent
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(HERE))

from check_samples import check_truth, docx_text, errors, norm, txt_text  # noqa: E402
import cases  # noqa: E402
import importlib  # noqa: E402


def main() -> None:
    counts = collections.Counter()
    for name in cases.CASES:
        for spec in importlib.import_module(f"cases.{name}").DOCS:
            stem, fmt = spec["stem"], spec["format"]
            path = SAMPLES / f"{stem}.{fmt}"
            truth = json.loads((SAMPLES / "truth" / f"{stem}.json").read_text(encoding="utf-8"))
            if truth != spec["truth"]:
                errors.append(f"{stem}: truth file differs from the case module")
            check_truth(stem, truth)
            text = docx_text(path) if fmt == "docx" else txt_text(path)
            nt = norm(text)
            wanted = [("title", truth["title"]), ("dnr", truth["dnr"]),
                      ("municipality", truth["municipality"]), ("officer", truth["officer"])]
            wanted += [(f"clause {c['number']}", c["text"]) for c in truth["clauses"]]
            wanted += [(f"comment {c['clause_number']}", c["text"]) for c in truth["comments"]]
            wanted += [("author", a["name"]) for a in truth["authors"]]
            if truth["decision"]:
                wanted.append(("decision", truth["decision"]["text"]))
            for what, s in wanted:
                if not s:
                    continue
                # letterheads may print the municipality in capitals
                found = (norm(s).lower() in nt.lower()) if what == "municipality" else norm(s) in nt
                if not found:
                    errors.append(f"{stem}.{fmt}: {what} not found: {s[:70]!r}")
            if fmt == "docx":
                pdf = path.with_suffix(".pdf")
                out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                                     text=True).stdout if pdf.exists() else ""
                if not pdf.exists():
                    errors.append(f"{stem}: no pdf")
                elif norm(truth["title"]) not in norm(out):
                    # pdftotext without -layout joins wrapped title lines more faithfully
                    out2 = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                          text=True).stdout
                    if norm(truth["title"]) not in norm(out2):
                        errors.append(f"{stem}: title not in pdftotext output")
            counts["documents"] += 1
            counts[f"doc_type {truth['doc_type']}"] += 1
            counts[f"format {fmt}"] += 1
            counts["clauses"] += len(truth["clauses"])
            counts["comments"] += len(truth["comments"])
            counts["authors"] += len(truth["authors"])
            if truth["decision"]:
                d = truth["decision"]
                counts[f"outcome {d['outcome']} proposed={d['proposed']}"] += 1
                counts["clause_outcomes"] += len(d["clause_outcomes"])
            for w in truth["warnings"]:
                counts[f"warning {w['code']}"] += 1
    for k in sorted(counts):
        print(f"{k:45s} {counts[k]}")
    if errors:
        print(f"\n{len(errors)} ERROR(S)")
        for e in errors:
            print(" ", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
