"""Check helper C's protocols and kallelser (does not use the product).

    .venv/bin/python samples/src/protocols_c/check.py

The checks are protocols_b's check.py, run over this batch's modules (make.MODULES here).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make  # noqa: E402,F401  - this batch's module list; protocols_b's check imports it by name

_spec = importlib.util.spec_from_file_location("protocols_b_check", HERE.parent / "protocols_b" / "check.py")
_b = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_b)

if __name__ == "__main__":
    sys.exit(_b.main())
