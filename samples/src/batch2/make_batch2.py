"""Build the held-out set: samples/holdout/*.docx, *.txt and truth/*.json.

Run from the repository root:
    .venv/bin/python samples/src/batch2/make_batch2.py --pdf
    .venv/bin/python samples/src/check_samples.py  # checks every document in samples/, this batch included

The texts and their truth records are typed by hand in cases/*.py. Nothing
here reads or runs the extraction pipeline. The Word features come from the
main corpus's samples/src/docxlib.py, imported unchanged.
"""
from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent
HOLDOUT = SRC.parent.parent  # samples/: batch 2 was held out, then used for tuning and moved in
TRUTH = HOLDOUT / "truth"
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(SRC.parent))  # samples/src for docxlib

import docxlib  # noqa: E402

CASE_MODULES = ["granberg", "salvik", "kvarnby", "bjorkfors", "ljungsater", "mossala"]


def load_docs():
    docs = []
    for name in CASE_MODULES:
        docs.extend(importlib.import_module(f"cases.{name}").DOCS)
    return docs


def write_txt(spec, path):
    text = spec["text"]
    if spec.get("newline") == "crlf":
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode(spec.get("encoding", "utf-8")))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pdf", action="store_true", help="also convert the .docx files with LibreOffice")
    args = ap.parse_args()
    TRUTH.mkdir(exist_ok=True)
    stems = set()
    docs = load_docs()
    for spec in docs:
        stem = spec["stem"]
        if stem in stems:
            raise SystemExit(f"duplicate stem {stem}")
        stems.add(stem)
        path = HOLDOUT / f"{stem}.{spec['format']}"
        if spec["format"] == "docx":
            docxlib.build_docx(spec, path)
        elif spec["format"] == "txt":
            write_txt(spec, path)
        else:
            raise ValueError(spec["format"])
        (TRUTH / f"{stem}.json").write_text(
            json.dumps(spec["truth"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"built {len(docs)} documents")
    if args.pdf:
        docx_files = sorted(str(p) for p in HOLDOUT.glob("*.docx"))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HOLDOUT),
                        *docx_files], check=True, stdout=subprocess.DEVNULL)
        print(f"converted {len(docx_files)} docx to pdf")


if __name__ == "__main__":
    main()
