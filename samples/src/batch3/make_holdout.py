"""Build the held-out set: samples/holdout/*.docx, *.txt and truth/*.json.

Run from the repository root:
    .venv/bin/python samples/src/batch3/make_holdout.py --pdf
    .venv/bin/python samples/src/check_samples.py  # checks every document in samples/, this batch included

The texts and their truth records are typed by hand in cases/*.py. Nothing
here reads or runs the extraction pipeline. The Word features come from
samples/src/docxlib.py (imported unchanged) through build.py.
"""
from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent
HOLDOUT = SRC.parent.parent  # samples/: batch 3 was held out, then used for tuning and moved in
TRUTH = HOLDOUT / "truth"
sys.path.insert(0, str(SRC))

import build  # noqa: E402

CASE_MODULES = ["hedsund", "vastana", "rodby", "ekeryd", "ulvsby", "tjarnby"]


def load_docs(only=None):
    docs = []
    for name in CASE_MODULES:
        if only and name not in only:
            continue
        docs.extend(importlib.import_module(f"cases.{name}").DOCS)
    return docs


def write_txt(spec, path):
    text = spec["text"]
    if spec.get("newline") == "crlf":
        text = text.replace("\n", "\r\n")
    data = text.encode(spec.get("encoding", "utf-8"))
    if spec.get("bom"):
        data = spec["bom"] + data
    path.write_bytes(data)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pdf", action="store_true", help="also convert the .docx files with LibreOffice")
    ap.add_argument("cases", nargs="*", help="only these case modules")
    args = ap.parse_args()
    TRUTH.mkdir(exist_ok=True)
    stems = set()
    docs = load_docs(args.cases)
    built = []
    for spec in docs:
        stem = spec["stem"]
        if stem in stems:
            raise SystemExit(f"duplicate stem {stem}")
        stems.add(stem)
        path = HOLDOUT / f"{stem}.{spec['format']}"
        if spec["format"] == "docx":
            build.build_docx(spec, path)
            built.append(str(path))
        elif spec["format"] == "txt":
            write_txt(spec, path)
        else:
            raise ValueError(spec["format"])
        (TRUTH / f"{stem}.json").write_text(
            json.dumps(spec["truth"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"built {len(docs)} documents")
    if args.pdf and built:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HOLDOUT),
                        *built], check=True, stdout=subprocess.DEVNULL)
        print(f"converted {len(built)} docx to pdf")


if __name__ == "__main__":
    main()
