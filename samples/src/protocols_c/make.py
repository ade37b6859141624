"""Build helper C's whole protocols and kallelser: samples/<stem>.docx, .pdf and
samples/truth/<stem>.json.

    .venv/bin/python samples/src/protocols_c/make.py --pdf
    .venv/bin/python samples/src/protocols_c/check.py

The builder, its Word blocks and truth helpers are protocols_b's (make.py, blocks.py,
tlib.py); only the list of case modules is this batch's. Nothing here reads or runs the
extraction pipeline.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the doc_*.py modules of this batch
_spec = importlib.util.spec_from_file_location("protocols_b_make", HERE.parent / "protocols_b" / "make.py")
_b = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_b)  # puts protocols_b (blocks, tlib) on the path too

MODULES = ["doc_yxnaset", "doc_vedmora"]
SAMPLES = _b.SAMPLES


def load(only=None):
    return _b.load(only, MODULES)


if __name__ == "__main__":
    _b.main(MODULES)
