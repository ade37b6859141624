"""A hostile or broken governance file ends in a GovernanceError with a Swedish
message naming the file and line: no traceback, no hang, no runaway memory.

Each case loads in a child process with a memory cap and a timeout, so a
regression (the alias bomb hung for minutes and grew past 2.4 GB) fails the test
instead of taking the suite or the machine with it.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT
from pipeline.governance import load_governance


def _alias_bomb() -> bytes:
    # "Billion laughs": nine levels of nine aliases, 9^9 nodes from ~1 KB.
    lines = ["l0: &l0 [ha, ha, ha, ha, ha, ha, ha, ha, ha]"]
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 10)]
    return ("\n".join(lines) + "\nkinds: *l9\n").encode()


CASES = {
    "alias bomb": (_alias_bomb, 6, "alias"),
    "5,000-digit number": (lambda: b"kinds:\n  motion:\n    days: " + b"9" * 5000 + b"\n", 3, "talet"),
    "5,000 nested lists": (lambda: b"kinds: " + b"[" * 5000 + b"]" * 5000 + b"\n", 1, "nästlad"),
    "NUL byte": (lambda: b"name: Kvarnby\nbodies:\n  KF: kommun\x00fullm\xc3\xa4ktige\n", 3, "NUL"),
    "Windows-1252 file": (lambda: "name: Kvarnby\nbodies:\n  KF: Kommunfullmäktige\n".encode("cp1252"), 3, "UTF-8"),
    "tab character": (lambda: b"kinds:\n  motion:\n\tdays: 180\n", 3, "tabbtecken"),
    "alias inside its own anchor": (lambda: b"transitions: &t\n  raised: *t\n", 2, "alias"),
}

_CHILD = r"""
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (1024 ** 3, 1024 ** 3))
from pipeline.governance import GovernanceError, load_governance
started = time.monotonic()
try:
    load_governance(sys.argv[1])
    result = {"outcome": "loaded"}
except GovernanceError as e:
    result = {"outcome": "GovernanceError", "message": e.message}
except BaseException as e:
    result = {"outcome": type(e).__name__, "message": str(e)[:300]}
result["seconds"] = time.monotonic() - started
print(json.dumps(result))
"""


def _load_in_child(path, timeout: float = 30) -> dict:
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], cwd=ROOT, capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"loading {path.name} did not return within {timeout} s")
    assert done.stdout.strip(), f"the child died: {done.returncode} {done.stderr[-500:]}"
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("case", list(CASES))
def test_governance_loader_refuses_hostile_file_in_swedish(tmp_path, case):
    build, line, word = CASES[case]
    path = tmp_path / "styrmodell.yaml"
    path.write_bytes(build())
    result = _load_in_child(path)
    assert result["outcome"] == "GovernanceError", result
    assert result["seconds"] < 5, result
    message = result["message"]
    assert f"Styrmodellen {path}, rad {line}: " in message, message
    assert word in message, message
    for english in ("found", "expected", "while ", "Traceback", "Error"):
        assert english not in message, message


def test_governance_loader_still_reads_anchors_within_its_budget(tmp_path):
    path = tmp_path / "styrmodell.yaml"
    path.write_text("kinds:\n  motion: &m {label: Motion, days: 180}\n  medborgarforslag: *m\n", encoding="utf-8")
    g = load_governance(path)
    assert g.kinds["medborgarforslag"].days == 180 == g.kind("motion").days


def test_governance_loader_reads_utf8_with_a_byte_order_mark(tmp_path):
    # Windows Notepad writes one; it is still UTF-8.
    path = tmp_path / "styrmodell.yaml"
    path.write_bytes("\ufeffname: Växjö kommun\n".encode("utf-8"))
    assert load_governance(path).name == "Växjö kommun"
