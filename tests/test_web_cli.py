"""`motions serve` as a person starts it: a real process, a real port."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request

from conftest import ROOT
from web_fixtures import free_port


def test_web_serve_binds_loopback_by_default():
    from pipeline.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.out, args.inbox) == ("127.0.0.1", 8000, "outputs", None)


def test_web_serve_warns_that_there_is_no_login_on_another_host_and_serves(tmp_path):
    port = free_port()
    env = {**os.environ, "MOTIONS_STATE": str(tmp_path / "state")}
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "serve", "--host", "0.0.0.0", "--port", str(port),
                             "--db", str(tmp_path / "m.db"), "--out", str(tmp_path / "out")],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                    body, headers = r.read().decode(), r.headers
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(proc.stderr.read() if proc.poll() is not None else "servern svarar inte")
                time.sleep(0.2)
        assert "Ärenderegister" in body and "default-src 'none'" in headers["content-security-policy"]
        assert "server" not in {k.lower() for k in headers}
        assert (tmp_path / "out" / "inkorg" / "archive").is_dir()  # the default inbox under --out
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=15)
    assert "VARNING" in err and "ingen inloggning" in err and "0.0.0.0" in err
    assert f"http://0.0.0.0:{port}/" in out
    assert "prefect" not in err.lower()


def test_web_app_never_imports_prefect_until_an_upload_runs(tmp_path):
    """pipeline/ must not import Prefect: the pages and the API work without it."""
    code = (
        "import sys, datetime\n"
        "from fastapi.testclient import TestClient\n"
        "from pipeline.web import create_app\n"
        f"app = create_app(db={str(tmp_path / 'm.db')!r}, inbox={str(tmp_path / 'in')!r})\n"
        "c = TestClient(app)\n"
        "assert [c.get(u).status_code for u in ('/', '/sok?q=x', '/ej-fardigberedda', '/ladda-upp', '/api/cases')] "
        "== [200] * 5\n"
        "assert 'prefect' not in sys.modules and 'flows' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-W", "ignore", "-c", code], cwd=ROOT, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
