"""Fixtures for the web tests: stores filled from samples, hostile documents, a real
uvicorn server on a free loopback port, and Debian's Chromium driven by Playwright.

Chromium comes from Debian (`apt-get install chromium`); Playwright is only the
Python driver (never `playwright install`). Without /usr/bin/chromium the browser
tests skip with the reason, or fail when MOTIONS_TEST_BROWSER=1 (CI installs it).
"""

from __future__ import annotations

import datetime as dt
import http.client
import http.server
import os
import shutil
import socket
import threading
import time
from pathlib import Path
from typing import Iterable

import pytest

from conftest import ROOT, SAMPLES

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = ROOT / "docs" / "screenshots"
# The Host header of Starlette's TestClient: create_app answers only the names it is given.
TESTSERVER = ["testserver"]
TODAY = dt.date(2026, 1, 15)  # fixed: KS 2025/368 then has 47 days left, KA 2013/198 is long overdue

SEED = SAMPLES / "seed_ange_ks-20-399_svar.docx"
MORE = [SAMPLES / n for n in (
    "bruksvik-ks-2014-443_1_motion.docx", "bruksvik-ks-2014-443_2_svar.docx",
    "bruksvik-ks-2014-443_3_ks-protokoll.docx", "bruksvik-ks-2014-443_4_kf-protokoll.docx",
    "bruksvik-ks-2014-443_5_svar.docx", "bruksvik-ks-2014-443_6_kf-protokoll.docx",
    "bergsjo-ka-2013-198_1_motion.docx", "bergsjo-ka-2013-198_2_svar.docx", "bergsjo-ka-2013-198_2_svar_v2.docx",
    "lovstad-ks-2025-368_1_motion.docx", "lovstad-ks-2025-368_2_svar.docx",
    "lindtrask-ksf-2023-24_1_medborgarforslag.txt", "lindtrask-ksf-2023-24_2_svar.docx",
    "lindtrask-ksf-2023-24_3_ks-protokoll.docx",
)]

HOSTILE_CLAUSE = "att <script>alert(1)</script> <img src=x onerror=alert(2)> [länk](javascript:alert(3))"
HOSTILE_TITLE = "Motion om <b>säkra</b> webbsidor\"><svg onload=alert(4)>"
HOSTILE_MOTION = f"""Fientlig kommun
Kommunfullmäktige

MOTION

{HOSTILE_TITLE}

Dnr KS 2024/66

Vi vill att sidorna ska vara säkra.

Mot den bakgrunden yrkar vi att kommunfullmäktige beslutar:

1. {HOSTILE_CLAUSE}
2. att kommunen ser över sina rutiner

Fientlig 3 okt. 2024

Eva Hacker (S)
"""


def hostile_txt(folder: Path) -> Path:
    path = folder / "fientlig-motion.txt"
    path.write_text(HOSTILE_MOTION, encoding="utf-8")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def filled_store(db: Path, files: list[Path], archive: Path | None = None):
    """A SQLite store holding `files` (read in place, without Prefect); with
    `archive`, copies of the files are put there as the ingest flow would."""
    from pipeline.register import ingest
    from pipeline.store import open_store

    store = open_store(str(db))
    ingest(store, [str(f) for f in files])
    if archive is not None:
        archive.mkdir(parents=True, exist_ok=True)
        for f in files:
            shutil.copy(f, archive / f.name)
    return store


def wait_for_job(get, job_id: str, timeout: float = 90.0) -> dict:
    """Poll /api/uploads/<id> (get(url) -> response) until the job is finished."""
    deadline = time.monotonic() + timeout
    while True:
        job = get(f"/api/uploads/{job_id}").json()
        if job["finished"]:
            return job
        if time.monotonic() > deadline:
            raise AssertionError(f"uppladdningen blev inte klar: {job}")
        time.sleep(0.2)


def recording_runner():
    """A stand-in for the ingest flow: every file "stored"; the names asked for are
    kept in `.calls` (a test sees whether anything reached the flow)."""
    def runner(names):
        runner.calls.append(list(names))
        return {"files": [{"name": n, "location": "archive", "action": "stored", "dnr_key": None, "case_id": None,
                           "document_id": None, "reason": None, "message": None} for n in names]}

    runner.calls = []
    return runner


def raw_exchange(port: int, head: bytes, chunks: Iterable[bytes] = (), timeout: float = 60.0):
    """One request on a raw socket to 127.0.0.1:`port`: `head` (request line and
    headers as sent, however wrong), then `chunks`, sent by a second thread while the
    response is read, so an answer given before the body ends is seen. Returns
    (status, headers with lower-case names, body, bytes of `chunks` the server took)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    sent = 0

    def feed():
        nonlocal sent
        try:
            for chunk in chunks:
                sock.sendall(chunk)
                sent += len(chunk)
        except OSError:  # the server answered and closed: it wants no more
            pass

    try:
        sock.sendall(head)
        feeder = threading.Thread(target=feed, name="raw-body", daemon=True)
        feeder.start()
        response = http.client.HTTPResponse(sock)
        response.begin()
        body = response.read()
        headers = {k.lower(): v for k, v in response.getheaders()}
    finally:
        try:
            sock.shutdown(socket.SHUT_RDWR)  # also ends a feeder still sending
        except OSError:
            pass
        sock.close()
    feeder.join(timeout)
    return response.status, headers, body, sent


class OtherSite:
    """Another origin on this machine (http://`host`:<free port>/) serving one HTML
    page, as a site a colleague might have open in another tab."""

    def __init__(self, html: str, host: str = "127.0.0.1") -> None:
        page = html.encode()

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the stdlib's name
                self.send_response(200)
                self.send_header("content-type", "text/html; charset=utf-8")
                self.send_header("content-length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://{host}:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, name="other-site", daemon=True)

    def __enter__(self) -> "OtherSite":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


class LiveServer:
    """The app in a real uvicorn server on a free 127.0.0.1 port, in a thread."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, name="uvicorn-test", daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn startade inte")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def chromium():
    """One headless Debian Chromium for a test module (Playwright's sync API)."""
    # CI sets MOTIONS_TEST_BROWSER=1: there a missing browser is a failure, not a skip.
    missing = pytest.fail if os.environ.get("MOTIONS_TEST_BROWSER") == "1" else pytest.skip
    if not CHROMIUM.exists():
        missing("Debians chromium saknas (/usr/bin/chromium): apt-get install -y chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Python-paketet playwright saknas: pip install playwright (inga webbläsare laddas ner)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


# ---- accessibility (tests/test_web_a11y.py) ----------------------------------------
# axe-core from npm, pinned in package-lock.json; `make test` installs it (npm ci).
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def axe_source() -> str:
    """The text of axe.min.js; missing, it fails under MOTIONS_TEST_BROWSER=1, else skips."""
    if not AXE.exists():
        missing = pytest.fail if os.environ.get("MOTIONS_TEST_BROWSER") == "1" else pytest.skip
        missing(f"axe-core saknas ({AXE.relative_to(ROOT)}): npm ci --no-audit --no-fund")
    return AXE.read_text(encoding="utf-8")


def parse_color(css: str) -> tuple[float, float, float, float]:
    """A computed CSS colour ("rgb(1, 2, 3)" or "rgba(1, 2, 3, 0.5)") as (r, g, b, alpha)."""
    parts = [float(x) for x in css[css.index("(") + 1:css.rindex(")")].replace("/", ",").replace(",", " ").split()]
    return (parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else 1.0)


def contrast(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio of two opaque computed CSS colours."""
    def luminance(css: str) -> float:
        def channel(c: float) -> float:
            c /= 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        r, g, b_, _ = parse_color(css)
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b_)

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
