"""`motions serve` as a person starts it: a real process, a real port."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from conftest import ROOT
from web_fixtures import free_port


def test_web_serve_binds_loopback_by_default():
    from app.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.out, args.inbox) == ("127.0.0.1", 8000, "outputs", None)


def children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (read from /proc)."""
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == pid:
                        out.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return out


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_web_serve_warns_without_login_uploads_through_the_flow_and_stops_cleanly(tmp_path, prefect_home):
    """The real command: a warning for a non-loopback host, an upload through the
    real ingest flow (Prefect's temporary server, no test harness), and on SIGTERM
    no Prefect server left behind."""
    import httpx

    from web_fixtures import SEED, wait_for_job

    port = free_port()
    env = {**os.environ, "MOTIONS_STATE": str(tmp_path / "state"), "PREFECT_HOME": str(prefect_home)}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "serve", "--host", "0.0.0.0", "--port", str(port),
                             "--db", str(tmp_path / "m.db"), "--out", str(tmp_path / "out")],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    prefect_servers: list[int] = []
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
        # A foreign name pointed at this machine (DNS rebinding) gets nothing.
        foreign = urllib.request.Request(f"http://127.0.0.1:{port}/api/cases", headers={"Host": "evil.example"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(foreign, timeout=5)
        assert refused.value.code == 400 and "Okänd adress" in refused.value.read().decode()
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            r = client.post("/api/uploads", files=[("files", (SEED.name, SEED.read_bytes()))])
            assert r.status_code == 202
            job = wait_for_job(client.get, r.json()["id"], timeout=120)
        assert job["files"][0]["result"] == "stored" and job["files"][0]["dnr_key"] == "KS 2020/399"
        assert (tmp_path / "out" / "inkorg" / "archive" / SEED.name).exists()  # the default inbox under --out
        assert (tmp_path / "out" / "summaries" / "KS-2020-399.docx").exists()
        prefect_servers = [c for c in children(proc.pid) if "prefect.server" in open(f"/proc/{c}/cmdline").read()]
        assert prefect_servers, "the first upload starts Prefect's temporary server"
    finally:
        proc.terminate()
        try:
            out, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:  # an orphaned child holds the pipes open
            for pid in prefect_servers + [proc.pid]:
                if alive(pid):
                    os.kill(pid, 9)
            raise AssertionError("motions serve stannade inte, eller lämnade Prefect-servern kvar") from None
    assert proc.returncode == 0, err
    assert "VARNING" in err and "ingen inloggning" in err and "0.0.0.0" in err
    assert "Sidan svarar på namnen 127.0.0.1, localhost, [::1]" in err
    assert f"http://0.0.0.0:{port}/" in out
    deadline = time.monotonic() + 10
    while any(alive(p) for p in prefect_servers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [p for p in prefect_servers if alive(p)], "Prefect-servern blev kvar efter SIGTERM"


@pytest.mark.slow
def test_web_app_never_imports_prefect_until_an_upload_runs(tmp_path):
    """Neither pipeline/ nor the web app imports Prefect: the pages and the API work
    without it, and the runner `motions serve` hands in imports the flow only when an
    upload runs."""
    code = (
        "import sys, datetime\n"
        "from fastapi.testclient import TestClient\n"
        "from app.cli.serve import flow_runner\n"
        "from app.web import create_app\n"
        f"runner = flow_runner({str(tmp_path / 'in')!r}, db={str(tmp_path / 'm.db')!r}, governance=None, "
        "outputs=None, today=None)\n"
        f"app = create_app(db={str(tmp_path / 'm.db')!r}, inbox={str(tmp_path / 'in')!r}, runner=runner, "
        "allowed_hosts=['testserver'])\n"
        "c = TestClient(app)\n"
        "assert [c.get(u).status_code for u in ('/', '/sok?q=x', '/ej-fardigberedda', '/ladda-upp', '/api/cases')] "
        "== [200] * 5\n"
        "assert 'prefect' not in sys.modules and 'flows' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-W", "ignore", "-c", code], cwd=ROOT, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
