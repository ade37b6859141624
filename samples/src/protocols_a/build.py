"""Build helper A's whole protocols and kallelser: samples/<stem>.docx, .pdf and
samples/truth/<stem>.json.

    .venv/bin/python samples/src/protocols_a/build.py            # all, with PDF
    .venv/bin/python samples/src/protocols_a/build.py hedsund_kf # one case module
    .venv/bin/python samples/src/protocols_a/build.py --no-pdf

The texts and their truth are typed by hand in the case modules listed in CASES;
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
SAMPLES = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))   # docxlib, docx_extra
sys.path.insert(0, str(HERE))          # common + case modules

import docx_extra  # noqa: E402
import docxlib  # noqa: E402

CASES = ["hedsund_kf", "lervik_ks", "sandhamra_kf", "nyaker_kf", "kvistbro_kallelse"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cases", nargs="*", help="only these case modules")
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args()
    (SAMPLES / "truth").mkdir(exist_ok=True)
    docx_files = []
    for name in args.cases or CASES:
        spec = importlib.import_module(name).DOC
        stem = spec["stem"]
        path = SAMPLES / f"{stem}.docx"
        docxlib.build_docx(spec, path, extra=docx_extra.EXTRA_BLOCKS)
        (SAMPLES / "truth" / f"{stem}.json").write_text(
            json.dumps(spec["truth"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        docx_files.append(str(path))
        print("built", path.name, len(spec["truth"]["items"]), "items")
    if not args.no_pdf:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(SAMPLES),
                        *docx_files], check=True, stdout=subprocess.DEVNULL)
        print("converted", len(docx_files), "to pdf")


if __name__ == "__main__":
    main()
