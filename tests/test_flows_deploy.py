"""The served deployment against a real Prefect server, as README documents it."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

from conftest import ROOT, SAMPLES

import pytest

pytestmark = pytest.mark.slow  # a real Prefect server and a served deployment


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_flows_deployment_served_on_a_prefect_server_ingests_the_inbox(tmp_path):
    port = free_port()
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_API_URL=f"http://127.0.0.1:{port}/api")
    (tmp_path / "prefect").mkdir()
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                               "--port", str(port)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    served = None
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2).read() == b"true":
                    break
            except OSError:
                time.sleep(0.5)
        else:
            raise AssertionError("the Prefect server did not answer /api/health")
        inbox = tmp_path / "inkorg"
        inbox.mkdir()
        shutil.copy(SAMPLES / "seed_ange_ks-20-399_svar.docx", inbox)
        served = subprocess.Popen([sys.executable, "-m", "flows.deploy", str(inbox), "--every", "5",
                                   "--db", str(tmp_path / "m.db"), "--out", str(tmp_path / "out")],
                                  cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  start_new_session=True)
        archived = inbox / "archive" / "seed_ange_ks-20-399_svar.docx"
        summary = tmp_path / "out" / "summaries" / "KS-2020-399.md"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not summary.exists():
            time.sleep(0.5)
        assert archived.exists(), "the served flow did not ingest the inbox"
        assert "att sagda process skall inkludera alla nivåer" in summary.read_text(encoding="utf-8")
    finally:
        # serve() first: it hangs if the server goes away under it.
        for proc in (served, server):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
