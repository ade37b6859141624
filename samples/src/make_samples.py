"""Build the sample corpus: samples/*.docx, samples/*.txt and samples/truth/*.json.

Run from the repository root:
    .venv/bin/python samples/src/make_samples.py
    cd samples && soffice --headless --convert-to pdf --outdir . *.docx
(or pass --pdf to run the conversion from here.)

The document texts and their ground truth live in samples/src/corpus/ as data,
written by hand. Nothing here reads or runs the extraction pipeline: the truth
records are typed in next to the texts they describe and only written out.
"""
from __future__ import annotations

import argparse
import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent
SAMPLES = SRC.parent
TRUTH = SAMPLES / "truth"
sys.path.insert(0, str(SRC))

import docxlib  # noqa: E402

CASE_MODULES = [
    "seed_ange", "storasa", "norrviken", "alvdala", "bruksvik", "sjobacka",
    "ostermark", "havsnas", "lindtrask", "bergsjo", "lovstad", "forsby",
]


def load_docs():
    docs = []
    for name in CASE_MODULES:
        try:
            mod = importlib.import_module(f"corpus.{name}")
        except ModuleNotFoundError as e:
            if e.name == f"corpus.{name}":
                print(f"(skipping missing module {name})")
                continue
            raise
        docs.extend(mod.DOCS)
    return docs


def write_txt(spec, path):
    if spec.get("copy_from"):
        shutil.copyfile(spec["copy_from"], path)
        return
    text = spec["text"]
    if spec.get("newline") == "crlf":
        text = text.replace("\n", "\r\n")
    enc = spec.get("encoding", "utf-8")
    data = text.encode(enc)
    if enc == "utf-16-le" and spec.get("bom", True):
        data = b"\xff\xfe" + data
    path.write_bytes(data)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pdf", action="store_true", help="also convert the .docx files with LibreOffice")
    args = ap.parse_args()
    TRUTH.mkdir(exist_ok=True)
    docs = load_docs()
    stems = set()
    for spec in docs:
        stem = spec["stem"]
        fmts = spec["format"] if isinstance(spec["format"], list) else [spec["format"]]
        for fmt in fmts:
            path = SAMPLES / f"{stem}.{fmt}"
            if fmt == "docx":
                docxlib.build_docx(spec, path)
            elif fmt == "txt":
                write_txt(spec, path)
            else:
                raise ValueError(fmt)
        if stem in stems:
            raise SystemExit(f"duplicate stem {stem}")
        stems.add(stem)
        (TRUTH / f"{stem}.json").write_text(
            json.dumps(spec["truth"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"built {len(docs)} documents")
    if args.pdf:
        docx_files = sorted(str(p) for p in SAMPLES.glob("*.docx"))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(SAMPLES),
                        *docx_files], check=True, stdout=subprocess.DEVNULL)
        print(f"converted {len(docx_files)} docx to pdf")


if __name__ == "__main__":
    main()
