"""Build helper B's whole protocols and kallelser: samples/<stem>.docx, .pdf and
samples/truth/<stem>.json.

    .venv/bin/python samples/src/protocols_b/make.py --pdf
    .venv/bin/python samples/src/protocols_b/check.py

The texts and their hand-typed truth live side by side in the doc_*.py modules;
nothing here reads or runs the extraction pipeline.
"""
from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent
SAMPLES = SRC.parent
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(HERE))

import blocks  # noqa: E402
import docx_extra  # noqa: E402
import docxlib  # noqa: E402

MODULES = ["doc_vallhamn", "doc_tallmo", "doc_kalvsjo", "doc_ravmark", "doc_ekhamra"]
EXTRA = {**docx_extra.EXTRA_BLOCKS, **blocks.EXTRA}


def load(only=None, modules=None):
    """The DOC of each module (this batch's, or `modules` of a batch that reuses this builder)."""
    docs = []
    for name in modules or MODULES:
        if only and name not in only:
            continue
        try:
            docs.append(importlib.import_module(name).DOC)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            print(f"(skipping missing module {name})")
    return docs


def main(modules=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--pdf", action="store_true")
    ap.add_argument("modules", nargs="*")
    args = ap.parse_args()
    (SAMPLES / "truth").mkdir(exist_ok=True)
    built = []
    for spec in load(args.modules, modules):
        path = SAMPLES / f"{spec['stem']}.docx"
        docxlib.build_docx(spec, path, extra=EXTRA)
        (SAMPLES / "truth" / f"{spec['stem']}.json").write_text(
            json.dumps(spec["truth"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        built.append(str(path))
    if args.pdf and built:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(SAMPLES),
                        *built], check=True, stdout=subprocess.DEVNULL)
    print(f"built {len(built)} documents" + (" (+pdf)" if args.pdf else ""))


if __name__ == "__main__":
    main()
