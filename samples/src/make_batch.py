"""Build a batch of sample documents from its case modules: .docx, .txt and truth/*.json.

    .venv/bin/python samples/src/make_batch.py samples/src/batch2 --out samples --pdf
    .venv/bin/python samples/src/make_batch.py samples/src/batch3 --out samples --pdf
    .venv/bin/python samples/src/make_batch.py samples/holdout/src --out samples/holdout --pdf

A batch folder holds `cases/` (one module per case, each with DOCS; `cases/__init__.py`
lists them in CASES). Texts and their hand-written truth records live side by side in
the case modules; nothing here reads or runs the extraction pipeline. Rebuilt files are
not byte-identical (zip and PDF timestamps); their text is.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))  # docxlib, docx_extra, truthlib

import docx_extra  # noqa: E402
import docxlib  # noqa: E402


def load_docs(batch: Path, only: list[str] | None = None) -> list[dict]:
    sys.path.insert(0, str(batch))
    package = importlib.import_module("cases")
    docs = []
    for name in package.CASES:
        if not only or name in only:
            docs.extend(importlib.import_module(f"cases.{name}").DOCS)
    return docs


def write_txt(spec: dict, path: Path) -> None:
    text = spec["text"]
    if spec.get("newline") == "crlf":
        text = text.replace("\n", "\r\n")
    data = text.encode(spec.get("encoding", "utf-8"))
    if spec.get("bom"):
        data = spec["bom"] + data
    path.write_bytes(data)


def build(batch: Path, out: Path, *, pdf: bool = False, only: list[str] | None = None) -> list[Path]:
    truth_dir = out / "truth"
    truth_dir.mkdir(parents=True, exist_ok=True)
    stems: set[str] = set()
    written, docx_files = [], []
    for spec in load_docs(batch, only):
        stem = spec["stem"]
        if stem in stems:
            raise SystemExit(f"duplicate stem {stem}")
        stems.add(stem)
        path = out / f"{stem}.{spec['format']}"
        if spec["format"] == "docx":
            docxlib.build_docx(spec, path, extra=docx_extra.EXTRA_BLOCKS)
            docx_files.append(str(path))
        elif spec["format"] == "txt":
            write_txt(spec, path)
        else:
            raise ValueError(spec["format"])
        (truth_dir / f"{stem}.json").write_text(
            json.dumps(spec["truth"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    if pdf and docx_files:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), *docx_files],
                       check=True, stdout=subprocess.DEVNULL)
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batch", type=Path, help="the batch folder (holding cases/)")
    ap.add_argument("--out", type=Path, required=True, help="where the documents go (truth/ below it)")
    ap.add_argument("--pdf", action="store_true", help="also convert the .docx files with LibreOffice")
    ap.add_argument("cases", nargs="*", help="only these case modules")
    args = ap.parse_args()
    written = build(args.batch.resolve(), args.out, pdf=args.pdf, only=args.cases)
    print(f"built {len(written)} documents in {args.out}/")


if __name__ == "__main__":
    main()
