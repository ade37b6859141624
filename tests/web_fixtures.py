"""Fixtures for the web tests: stores filled from samples, hostile documents, a real
uvicorn server on a free loopback port, and Debian's Chromium driven by Playwright.

Chromium comes from Debian (`apt-get install chromium`); Playwright is only the
Python driver (never `playwright install`). Without /usr/bin/chromium the browser
tests skip with the reason, or fail when MOTIONS_TEST_BROWSER=1 (CI installs it).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = ROOT / "docs" / "screenshots"
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
