"""The web page under hostile use (issue 8): request bodies that lie about their
size, cross-site form posts (CSRF), foreign Host headers (DNS rebinding), ids no
database can hold, and the test client's own deprecation warning.

The body-size tests talk raw HTTP to a real uvicorn server, because the attack is
in the framing (Transfer-Encoding against Content-Length) that a test client
never produces. The cross-site post from a real browser is in test_web_e2e.py."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import httpx
import pytest
from fastapi.testclient import TestClient

from conftest import ROOT
from web_fixtures import (
    SEED, TESTSERVER, TODAY, LiveServer, filled_store, raw_exchange, recording_runner, wait_for_job,
)

MOTION = "Motion om bänkar\n\nDnr KS 2024/7\n\n1. att kommunen ställer ut fler bänkar\n".encode()
BOUNDARY = "gransen"
LIMIT = 1024 * 1024  # the request limit of the raw-socket tests: small, so the tests stay quick
BIG = 64 * LIMIT  # what the client offers; far more than any socket buffer holds


def inbox_files(inbox) -> list[str]:
    return sorted(str(p.relative_to(inbox)) for p in inbox.rglob("*") if p.is_file())


# ---- item 9: the request body limit holds whatever the headers say ---------------

def multipart_head() -> bytes:
    """A valid upload of one motion, then the head of a second file whose bytes follow."""
    return (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"motion.txt\"\r\n"
            f"Content-Type: text/plain\r\n\r\n").encode() + MOTION + (
        f"\r\n--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"fyllnad.txt\"\r\n"
        f"Content-Type: text/plain\r\n\r\n").encode()


def chunked_upload(filler: int) -> list[bytes]:
    """The body as HTTP/1.1 chunks: the motion, `filler` bytes of a second file, the end."""
    block = b"att fler bankar\n" * 4096  # 64 KiB
    parts = [multipart_head()] + [block] * (filler // len(block)) + [f"\r\n--{BOUNDARY}--\r\n".encode()]
    return [f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in parts] + [b"0\r\n\r\n"]


def request_head(path: str, port: int, *headers: str) -> bytes:
    lines = [f"POST {path} HTTP/1.1", f"Host: 127.0.0.1:{port}",
             f"Content-Type: multipart/form-data; boundary={BOUNDARY}", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


@pytest.fixture(scope="module")
def limited(tmp_path_factory):
    """A real uvicorn server whose request limit is LIMIT, with a stub ingest."""
    from app.web import create_app

    base = tmp_path_factory.mktemp("limit")
    runner = recording_runner()
    app = create_app(db=str(base / "m.db"), inbox=base / "inkorg", today=TODAY, runner=runner,
                     max_request_bytes=LIMIT)
    with LiveServer(app) as server:
        server.inbox, server.runner = base / "inkorg", runner
        yield server
    app.state.store.close()


@pytest.mark.parametrize("path", ["/api/uploads", "/ladda-upp"])
def test_web_body_limit_holds_for_a_chunked_upload(limited, path):
    """No Content-Length at all: the bytes are counted as they arrive, and the server
    answers 413 and stops reading long before the client is done."""
    chunks = chunked_upload(BIG)
    status, headers, body, sent = raw_exchange(
        limited.port, request_head(path, limited.port, "Transfer-Encoding: chunked"), chunks)
    assert status == 413, body[:300]
    assert "för stor" in body.decode() and headers.get("connection") == "close"
    assert sent < sum(map(len, chunks)) // 2, "the server read the whole body"
    assert inbox_files(limited.inbox) == [] and limited.runner.calls == []


def test_web_body_limit_refuses_content_length_together_with_chunked(limited):
    """`Content-Length: 4` with `Transfer-Encoding: chunked` (the size check trusted the
    4, the server read the chunks): refused with 400 before the body is read."""
    head = request_head("/api/uploads", limited.port, "Content-Length: 4", "Transfer-Encoding: chunked")
    status, headers, body, _ = raw_exchange(limited.port, head, chunked_upload(2 * LIMIT))
    assert status == 400, body[:300]
    assert "Content-Length" in body.decode() and headers.get("connection") == "close"
    assert inbox_files(limited.inbox) == [] and limited.runner.calls == []


def test_web_body_limit_refuses_a_declared_oversize_before_reading(limited):
    head = request_head("/api/uploads", limited.port, f"Content-Length: {LIMIT + 1}")
    status, headers, body, _ = raw_exchange(limited.port, head)  # no body sent: the answer comes first
    assert status == 413 and "för stor" in body.decode() and headers.get("connection") == "close"
    for bad in ("4x", "-1"):  # uvicorn (h11) refuses these itself; the guard too behind another server
        status, _, _, _ = raw_exchange(limited.port, request_head("/api/uploads", limited.port,
                                                                  f"Content-Length: {bad}"))
        assert status == 400, bad


def test_web_body_limit_lets_a_small_chunked_upload_through(limited):
    """Chunked is legitimate HTTP/1.1 (the limit does not need a Content-Length)."""
    chunks = chunked_upload(0)
    status, _, body, _ = raw_exchange(limited.port, request_head("/api/uploads", limited.port,
                                                                 "Transfer-Encoding: chunked"), chunks)
    assert status == 202, body[:300]
    with httpx.Client(base_url=limited.url, timeout=30) as client:
        job = wait_for_job(client.get, json.loads(body)["id"])  # the flow runs in the background
    assert [(f["name"], f["result"]) for f in job["files"]] == [("motion.txt", "stored"), ("fyllnad.txt", "rejected")]
    assert limited.runner.calls == [["motion.txt"]]
    limited.runner.calls.clear()
    for name in inbox_files(limited.inbox):
        (limited.inbox / name).unlink()


# ---- item 10: no state change from another site (CSRF) ---------------------------

@pytest.fixture
def site(tmp_path):
    from app.web import create_app

    runner = recording_runner()
    app = create_app(db=str(tmp_path / "m.db"), inbox=tmp_path / "inkorg", today=TODAY, runner=runner,
                     allowed_hosts=TESTSERVER)
    with TestClient(app) as client:
        client.inbox, client.runner = tmp_path / "inkorg", runner
        yield client
    app.state.store.close()


def upload(client, path="/api/uploads", **headers):
    return client.post(path, files=[("files", ("motion.txt", io.BytesIO(MOTION)))], headers=headers,
                       follow_redirects=False)


CROSS = [
    {"origin": "http://evil.example"},
    {"origin": "null"},  # a sandboxed frame or a data: page
    {"origin": "http://testserver.evil.example"},
    {"origin": "https://testserver"},  # another scheme is another origin
    {"origin": "http://testserver:8080"},
    {"sec-fetch-site": "cross-site"},
    {"sec-fetch-site": "same-site"},  # another port or subdomain: still not this page
    {"sec-fetch-site": "cross-site", "origin": "http://testserver"},
]


@pytest.mark.parametrize("headers", CROSS, ids=lambda h: ",".join(f"{k}={v}" for k, v in h.items()))
@pytest.mark.parametrize("path", ["/ladda-upp", "/api/uploads"])
def test_web_csrf_cross_site_upload_is_refused_and_writes_nothing(site, path, headers):
    r = upload(site, path, **headers)
    assert r.status_code == 403, r.text[:300]
    assert "annan webbplats" in r.text
    assert inbox_files(site.inbox) == [] and site.runner.calls == []


def test_web_csrf_every_state_changing_method_is_checked(site):
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        for path in ("/ladda-upp", "/api/uploads", "/", "/arende/1", "/finns-inte"):
            r = site.request(method, path, headers={"origin": "http://evil.example"})
            assert r.status_code == 403, (method, path, r.status_code)
    # Reading is not a state change: a link from another site still works.
    assert site.get("/", headers={"origin": "http://evil.example", "sec-fetch-site": "cross-site"}).status_code == 200


def test_web_csrf_same_origin_and_scripts_still_upload(site):
    jobs = []

    def accepted(response, status):
        assert response.status_code == status, response.text[:300]
        jobs.append(response.json()["id"] if status == 202 else response.headers["location"].rsplit("/", 1)[1])

    accepted(upload(site, **{"origin": "http://testserver", "sec-fetch-site": "same-origin"}), 202)
    accepted(upload(site, **{"sec-fetch-site": "same-origin"}), 202)
    accepted(upload(site, "/ladda-upp", **{"origin": "http://testserver"}), 303)
    accepted(upload(site), 202)  # curl and scripts send neither header
    accepted(upload(site, **{"sec-fetch-site": "none"}), 202)  # typed by the person
    # What Chromium sends for the page's own form under Referrer-Policy: no-referrer.
    accepted(upload(site, "/ladda-upp", **{"origin": "null", "sec-fetch-site": "same-origin"}), 303)
    for job in jobs:
        assert wait_for_job(site.get, job)["files"][0]["result"] == "stored"
    assert len(site.runner.calls) == 6


# ---- item 11: only the page's own host names (DNS rebinding) ---------------------

def test_web_foreign_host_gets_400_for_reading_and_uploading(tmp_path):
    from app.web import create_app

    runner = recording_runner()
    store = filled_store(tmp_path / "m.db", [SEED])
    app = create_app(store=store, inbox=tmp_path / "inkorg", today=TODAY, runner=runner)  # default: loopback
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/").status_code == 200
        for host in ("localhost:8000", "127.0.0.1", "[::1]:8000", "LOCALHOST"):
            assert client.get("/api/cases", headers={"host": host}).status_code == 200, host
        for host in ("evil.example", "evil.example:8000", "127.0.0.1.evil.example", "testserver", "[::2]"):
            for path in ("/", "/api/cases", "/api/show?dnr=%231", "/dokument/1", "/static/style.css"):
                r = client.get(path, headers={"host": host})
                assert r.status_code == 400 and "Okänd adress" in r.text, (host, path)
                assert "KS 20/399" not in r.text
            r = upload(client, **{"host": host})
            assert r.status_code == 400 and "Okänd adress" in r.text
        assert r.headers["content-security-policy"].startswith("default-src 'none'")
    assert runner.calls == [] and inbox_files(tmp_path / "inkorg") == []
    store.close()


def test_web_create_app_allows_the_hosts_it_is_given(tmp_path):
    from app.web import create_app

    app = create_app(db=str(tmp_path / "m.db"), today=TODAY, allowed_hosts=["motioner.kommun.se", "*.intra.se"])
    with TestClient(app, base_url="http://motioner.kommun.se") as client:
        assert client.get("/").status_code == 200
        assert client.get("/", headers={"host": "a.intra.se"}).status_code == 200
        assert client.get("/", headers={"host": "127.0.0.1:8000"}).status_code == 400


def test_web_serve_allowed_hosts_default_to_the_bound_address():
    from app.cli import build_parser
    from app.cli.serve import allowed_hosts

    def hosts(*argv):
        return allowed_hosts(build_parser().parse_args(["serve", *argv]))

    assert hosts() == ["127.0.0.1", "localhost", "[::1]"]
    assert hosts("--host", "::1") == ["[::1]", "127.0.0.1", "localhost"]
    assert hosts("--host", "192.0.2.7") == ["192.0.2.7"]
    assert hosts("--host", "192.0.2.7", "--allowed-host", "Motioner.Kommun.se", "--allowed-host", "::1") == [
        "192.0.2.7", "motioner.kommun.se", "[::1]"]
    wildcard = hosts("--host", "0.0.0.0")
    assert wildcard[:3] == ["127.0.0.1", "localhost", "[::1]"] and "0.0.0.0" not in wildcard
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--allowed-host", "evil.example/x"])
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--allowed-host", "*"])  # would switch the check off


# ---- item 12: ids past 2^63 are not found, not a server error --------------------

@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    from app.web import create_app

    base = tmp_path_factory.mktemp("ids")
    store = filled_store(base / "m.db", [SEED], archive=base / "inkorg" / "archive")
    app = create_app(store=store, inbox=base / "inkorg", today=TODAY, runner=recording_runner(),
                     allowed_hosts=TESTSERVER)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client
    store.close()


@pytest.mark.parametrize("number", [2**63, 2**64, -1, 0, 10**40])
@pytest.mark.parametrize("url", ["/dokument/{n}", "/arende/{n}", "/arende/{n}/sammanfattning.docx",
                                 "/api/show?dnr=%23{n}", "/api/clauses?dnr=%23{n}", "/arende?dnr=%23{n}"])
def test_web_ids_past_64_bits_are_not_found(filled, url, number):
    r = filled.get(url.format(n=number), follow_redirects=False)
    assert r.status_code == 404, (r.status_code, r.text[:300])
    if url.startswith("/api/"):
        assert r.json()["detail"].startswith("Hittar inget ärende")


def test_web_ids_at_the_64_bit_edge_still_work(filled):
    assert filled.get("/arende/1").status_code == 200
    assert filled.get("/api/show?dnr=%231").status_code == 200
    assert filled.get(f"/arende/{2**63 - 1}").status_code == 404  # in range, just not there
    assert filled.get(f"/dokument/{2**63 - 1}").status_code == 404
    assert filled.get(f"/sok?q=%23{2**63}").status_code == 200  # the search box looks the number up too
    # "#²": a digit to str.isdigit(), not to int().
    assert filled.get("/sok?q=%23%C2%B2").status_code == 200
    assert filled.get("/api/show?dnr=%23%C2%B2").status_code == 404
    assert filled.get("/arende?dnr=%23%C2%B2").status_code == 404


# ---- the test client itself ------------------------------------------------------

def test_web_test_client_imports_without_a_deprecation_warning():
    """Starlette's TestClient warns on import when it finds only `httpx`; with `httpx2`
    installed (the test dependency) it is silent."""
    code = "import fastapi.testclient"
    result = subprocess.run([sys.executable, "-W", "error", "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
