"""The layering as a contract (pyproject.toml [tool.importlinter], run by `make lint`):
the real tree keeps it, and an import that goes the wrong way breaks it and is named,
even one inside a function."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
PACKAGES = ("pipeline", "flows", "app")


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    """lint-imports over the packages under `root`, with the contracts of its pyproject.toml."""
    # PYTHONPATH first: the packages under `root` are analysed, not the installed ones.
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=root, env=dict(os.environ, PYTHONPATH=str(root)),
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def tree(tmp_path) -> Path:
    """A copy of the packages and the contracts, to break on purpose."""
    for name in PACKAGES:
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def add_function_import(path: Path, statement: str) -> None:
    """An import inside a function, where it runs only when called (and where a
    search for top-level imports would not see it)."""
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"\n\ndef _deliberate_upward_import():\n    {statement}\n")


def test_architecture_the_real_tree_keeps_every_contract():
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout and "BROKEN" not in done.stdout


@pytest.mark.parametrize("module,statement,contract,named", [
    # The library reaching up to the flows, Prefect, the web framework or the apps.
    ("pipeline/readers/common.py", "import flows", "The library imports no flow, app or web framework",
     "pipeline.readers.common -> flows"),
    ("pipeline/store/writes.py", "from prefect import flow", "The library imports no flow, app or web framework",
     "pipeline.store.writes -> prefect"),
    ("pipeline/queries.py", "import fastapi", "The library imports no flow, app or web framework",
     "pipeline.queries -> fastapi"),
    ("pipeline/status.py", "from app.cli import main", "Apps above flows above the library",
     "pipeline.status -> app.cli"),
    # Inside the library: the status replay asking the queries built on it.
    ("pipeline/status.py", "from pipeline import queries", "The library's layers",
     "pipeline.status -> pipeline.queries"),
    ("pipeline/extract/units.py", "from pipeline.store import open_store", "The library's layers",
     "pipeline.extract.units -> pipeline.store"),
    # The web page building its own ingest run instead of being handed one.
    ("app/web/uploads.py", "from flows.ingest import ingest_flow", "The web page imports no flows/ and no Prefect",
     "app.web.uploads -> flows.ingest"),
], ids=["pipeline->flows", "pipeline->prefect", "pipeline->fastapi", "pipeline->app", "status->queries",
        "extract->store", "web->flows"])
def test_architecture_an_upward_import_inside_a_function_breaks_the_contract(tree, module, statement, contract,
                                                                               named):
    assert lint_imports(tree).returncode == 0  # the copy keeps the contracts before it is broken
    add_function_import(tree / module, statement)
    done = lint_imports(tree)
    assert done.returncode != 0, done.stdout
    assert f"{contract} BROKEN" in done.stdout, done.stdout
    assert named in done.stdout, done.stdout


def test_architecture_register_questions_do_not_load_spacy():
    # `motions cases/show/search` and the web page ask the register: spaCy (about two
    # seconds) is loaded only when a document is extracted.
    code = "import sys, pipeline.queries, pipeline.reports; print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
