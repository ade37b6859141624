"""Shared fixtures. Documents for extraction tests are written as compact lines:
"# text" heading, "- text" bullet item, "1. text" numbered item, else a paragraph."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from pipeline.document import BlockKind, InputFormat, NormalizedDocument, build_blocks

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def make_doc(text: str, headers: tuple[str, ...] = ()) -> NormalizedDocument:
    raw = []
    for line in text.strip("\n").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("# "):
            raw.append(dict(kind=BlockKind.HEADING, text=line[2:], heading_level=1))
        elif m := re.match(r"^(-|•|\d{1,2}[.)])\s+(.*)$", line):
            marker = "•" if m.group(1) in "-•" else m.group(1)
            raw.append(dict(kind=BlockKind.LIST_ITEM, text=m.group(2), list_marker=marker, list_level=0))
        else:
            raw.append(dict(kind=BlockKind.PARAGRAPH, text=line))
    digest = hashlib.sha256(text.encode()).hexdigest()
    return NormalizedDocument("test.txt", digest, InputFormat.TXT, build_blocks(raw), headers=headers)


@pytest.fixture
def doc_from():
    return make_doc


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in {".docx", ".pdf", ".txt"})


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API for the whole session (~10 s once, then ~1 s a flow)."""
    import flows  # noqa: F401  - Prefect settings first
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture(scope="session")
def prefect_home(tmp_path_factory):
    """A PREFECT_HOME shared by the CLI subprocesses of a session (migrated once)."""
    return tmp_path_factory.mktemp("prefect-home")


def run_cli(args, *, env_extra=None, cwd=None, prefect_home=None, timeout=180, **kwargs):
    """Run `motions ...` as a real process, as a person would."""
    import os
    import subprocess
    import sys

    env = dict(os.environ)
    if prefect_home is not None:
        env["PREFECT_HOME"] = str(prefect_home)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "app.cli", *map(str, args)], cwd=cwd or ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout, **kwargs)


# ---- the slow marker ------------------------------------------------------------
# `pytest -m "not slow"` is the inner loop (under a minute); CI runs everything. A
# test is slow when it needs a real Prefect API, PostgreSQL or Chromium, or runs the
# CLI as processes: said here once, by what the test uses, plus the few tests
# marked by hand.
SLOW_FIXTURES = {"prefect_harness", "prefect_home", "pg_server", "own_pg", "chromium"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())) or params.get("db_url") == "postgresql":
            item.add_marker(pytest.mark.slow)


# The timeline of the bruksvik sample case KS/2014:443 (motion, answer, KS, återremiss in
# KF, new answer, KF decision), one sentence a step: the queries and the case summary
# must both say it so.
BRUKSVIK_443_TIMELINE = [
    "Motionen lämnas in till KF (2014-09-22, bruksvik-ks-2014-443_1_motion.docx)",
    "Förslag till svar, utan förslag till beslut (KS 2015-02-10, bruksvik-ks-2014-443_2_svar.docx)",
    "KS föreslår KF att avslå motionen (KS 2015-03-16, bruksvik-ks-2014-443_3_ks-protokoll.docx)",
    "Återremitterad till kommunstyrelsen för utredning av kostnaderna för att tillgänglighetsanpassa "
    "lekplatserna (KF 2015-04-27, bruksvik-ks-2014-443_4_kf-protokoll.docx)",
    "Förslag till svar: att motionen bifalls (KS 2015-08-24, bruksvik-ks-2014-443_5_svar.docx)",
    "KF beslutar att bifalla motionen (KF 2015-10-26, bruksvik-ks-2014-443_6_kf-protokoll.docx)",
]

