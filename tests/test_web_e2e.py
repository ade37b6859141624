"""End to end in a real headless Chromium (Debian's package, driven by Playwright):
the real server (uvicorn on a free 127.0.0.1 port) over a temporary inbox, store
and outputs, with uploads running through the real ingest flow.

The screenshots in docs/screenshots/ are made here (README)."""

from __future__ import annotations

import json
import re

import pytest

from web_fixtures import (  # noqa: F401  - chromium is a fixture
    HOSTILE_CLAUSE, HOSTILE_MOTION, MORE, SCREENSHOTS, SEED, TODAY, LiveServer, OtherSite, chromium,
)

TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def live(chromium, prefect_harness, tmp_path_factory):  # noqa: F811
    from app.cli.serve import flow_runner
    from app.web import create_app

    base = tmp_path_factory.mktemp("e2e")
    runner = flow_runner(base / "inkorg", db=str(base / "m.db"), governance=None, outputs=str(base / "out"),
                         today=TODAY)  # what `motions serve` hands the page
    app = create_app(db=str(base / "m.db"), inbox=base / "inkorg", today=TODAY, runner=runner)
    with LiveServer(app) as server:
        server.base = base
        yield server
    app.state.store.close()


@pytest.fixture
def page(chromium, live):  # noqa: F811
    context = chromium.new_context(viewport={"width": 1360, "height": 900}, accept_downloads=True, locale="sv-SE")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    yield page
    context.close()


def upload(page, live, files) -> None:
    """Choose files in the upload page's file input, press the button, wait for the results."""
    from playwright.sync_api import expect

    page.goto(f"{live.url}/ladda-upp")
    page.set_input_files("#files", [str(f) for f in files])
    page.click("#upload-button")
    expect(page.locator("#upload-status")).to_have_text(re.compile("^Klart"), timeout=TIMEOUT_MS)


def test_web_e2e_upload_seed_then_case_search_and_summary_docx(page, live, tmp_path):
    from docx import Document
    from playwright.sync_api import expect

    upload(page, live, [SEED])
    row = page.locator(f"table.results tbody tr[data-file='{SEED.name}']")
    expect(row.locator(".result")).to_have_text("sparad")
    expect(row.locator("td").nth(2)).to_have_text("KS 2020/399")

    # The result links to the case page: 6 clauses, each with its comment.
    row.locator("a").click()
    expect(page).to_have_url(re.compile(r"/arende/\d+$"))
    case_url = page.url
    expect(page.locator("h1")).to_have_text("Motion om strukturerat målstyrningsarbete")
    clauses = page.locator("tr.clause")
    expect(clauses).to_have_count(6)
    for i in range(6):
        expect(clauses.nth(i).locator(".clause-text p")).to_have_text(re.compile("^att "))
        expect(clauses.nth(i).locator(".comment-item")).to_have_count(1)
        assert len(clauses.nth(i).locator(".comment-item p").inner_text()) > 20
    expect(clauses.nth(0).locator(".comment-item p")).to_contain_text("kommunstyrelsen har mandat")
    expect(clauses.nth(3)).to_contain_text("verksamhetsrelevans")

    # Search for a word of clause 4 from the box in the header, land on the case.
    page.fill(".quick-search input", "verksamhetsrelevans")
    page.press(".quick-search input", "Enter")
    expect(page).to_have_url(re.compile(r"/sok\?q=verksamhetsrelevans$"))
    expect(page.locator("ol.hits mark").first).to_have_text("verksamhetsrelevans")
    page.locator("ol.hits .hit-head a").first.click()
    expect(page).to_have_url(case_url)

    # The summary as .docx, opened with python-docx.
    with page.expect_download() as info:
        page.click("text=Sammanfattning (.docx)")
    download = info.value
    assert download.suggested_filename == "KS-2020-399.docx"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    doc = Document(str(saved))
    text = "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    assert "Motion om strukturerat målstyrningsarbete" in text
    assert "att kommunstyrelsen får i uppdrag att utarbeta en årlig process för målstyrningsarbetet." in text
    assert "verksamhetsrelevans" in text


def test_web_e2e_register_and_case_page_screenshots(page, live):
    from playwright.sync_api import expect

    upload(page, live, [SEED, *MORE])
    results = page.locator("table.results tbody tr .result")
    expect(results).to_have_count(len(MORE) + 1)
    assert not [t for t in results.all_inner_texts() if t in ("i karantän", "avvisad", "okänt")]

    page.goto(f"{live.url}/")
    expect(page.locator("table.register tbody tr")).to_have_count(5)
    expect(page.locator(".count-late strong")).to_have_text("2")
    late = page.locator("table.register tbody tr", has_text="KA 2013/198").locator(".days")
    expect(late).to_have_class("days late")
    expect(page.locator("table.register tbody tr", has_text="2025.368 KS").locator(".days")).to_have_text(
        "47 dagar kvar")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "register.png"), full_page=True)

    # Sorting by a column header and filtering from the form work in the browser.
    page.click("th >> text=Dnr")
    expect(page.locator("table.register tbody tr td:first-child").first).to_have_text("KA 2013/198")
    page.check("input[name=overdue]")
    page.click("text=Filtrera")
    expect(page.locator("table.register tbody tr")).to_have_count(2)

    page.goto(f"{live.url}/")
    page.click("text=Motion om tillgänglighetsanpassade lekplatser")
    expect(page.locator("tr.clause")).to_have_count(3)
    expect(page.locator(".timeline li")).to_have_count(6)
    page.screenshot(path=str(SCREENSHOTS / "arende.png"), full_page=True)


def test_web_e2e_hostile_text_shows_literally_and_fires_no_dialog(page, live):
    from playwright.sync_api import expect

    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    # Dropped on the drop zone this time (the seed went through the file input).
    page.goto(f"{live.url}/ladda-upp")
    files = page.evaluate_handle(
        "(text) => { const dt = new DataTransfer();"
        " dt.items.add(new File([text], 'fientlig-motion.txt', {type: 'text/plain'})); return dt; }", HOSTILE_MOTION)
    page.dispatch_event("#drop", "drop", {"dataTransfer": files})
    expect(page.locator("#upload-status")).to_have_text(re.compile("^Klart"), timeout=TIMEOUT_MS)
    expect(page.locator("table.results .result")).to_have_text("sparad")
    page.locator("table.results tbody a").click()
    expect(page.locator("tr.clause .clause-text p").first).to_have_text(HOSTILE_CLAUSE)
    expect(page.locator("h1")).to_contain_text("<b>säkra</b>")
    for url in (page.url, f"{live.url}/", f"{live.url}/sok?q=alert", f"{live.url}/ej-fardigberedda"):
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.locator("main img, main svg, main script, a[href^='javascript:']").count() == 0, url
        assert page.locator("b", has_text="säkra").count() == 0, url
    page.goto(f"{live.url}/sok?q=alert")
    expect(page.locator("ol.hits").first).to_contain_text("<script>alert(1)</script>")
    expect(page.locator("ol.hits mark").first).to_have_text("alert")
    page.wait_for_timeout(300)
    assert dialogs == []
    # The listener does catch a dialog when one opens (a control for the assertion above).
    page.evaluate("() => setTimeout(() => alert('kontroll'), 0)")
    page.wait_for_timeout(300)
    assert dialogs == ["kontroll"]


# A page of another site that, once opened, posts a file to the upload form of the
# page at {target} (a file input can be filled from script through a DataTransfer).
CROSS_SITE_PAGE = """<!doctype html><html><body>
<form id="f" method="post" enctype="multipart/form-data" action="{target}/ladda-upp">
<input id="files" type="file" name="files"></form>
<script>
const files = new DataTransfer();
files.items.add(new File([{text}], "planterad-motion.txt", {{type: "text/plain"}}));
document.getElementById("files").files = files.files;
document.getElementById("f").submit();
</script></body></html>"""
PLANTED = "Motion om planterade filer\n\nDnr KS 2024/99\n\n1. att ingen annan sida kan ladda upp\n"


# localhost is another site than 127.0.0.1 (Sec-Fetch-Site: cross-site); 127.0.0.1 on
# another port is the same site but another origin (Sec-Fetch-Site: same-site).
@pytest.mark.parametrize("other_host", ["localhost", "127.0.0.1"])
def test_web_e2e_form_post_from_another_origin_is_refused(page, live, other_host):
    from playwright.sync_api import expect

    html = CROSS_SITE_PAGE.format(target=live.url, text=json.dumps(PLANTED))
    with OtherSite(html, other_host) as other:
        with page.expect_response(lambda r: r.request.method == "POST" and r.url == f"{live.url}/ladda-upp") as info:
            page.goto(other.url)
        assert info.value.status == 403
        expect(page.locator("main")).to_contain_text("annan webbplats")
    assert not list((live.base / "inkorg").rglob("planterad-motion*"))
    page.goto(f"{live.url}/sok?q=planterade")
    expect(page.locator("main")).to_contain_text("Inga träffar")


def test_web_e2e_own_form_without_javascript_still_uploads(chromium, live):  # noqa: F811
    """The same-origin form post passes the cross-site check. (The page's
    Referrer-Policy: no-referrer makes a browser send `Origin: null` on a form post,
    so the check must go by Sec-Fetch-Site where the browser sends it.)"""
    from playwright.sync_api import expect

    context = chromium.new_context(java_script_enabled=False, locale="sv-SE")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(f"{live.url}/ladda-upp")
        page.set_input_files("#files", [str(SEED)])
        with page.expect_response(lambda r: r.request.method == "POST") as info:
            page.click("#upload-button")
        assert info.value.status == 303, info.value.request.all_headers()
        expect(page.locator("#upload-status")).to_have_text(re.compile("^Klart"), timeout=TIMEOUT_MS)
        expect(page.locator("table.results .result")).to_have_text(re.compile("dubblett|sparad"))
    finally:
        context.close()


def test_web_e2e_upload_of_a_bad_file_says_why_in_swedish_without_its_code(page, live, tmp_path):
    # Issue 12: the reason code ("(unsupported_format)") stays in the data, never in the text.
    from playwright.sync_api import expect

    bad = tmp_path / "inskannad.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    page.goto(f"{live.url}/ladda-upp")
    page.set_input_files("#files", [str(bad)])
    page.click("#upload-button")
    row = page.locator("table.results tbody tr", has_text="inskannad.pdf")
    expect(row).to_have_count(1, timeout=TIMEOUT_MS)
    text = row.inner_text()
    assert "unsupported_format" not in text and "Filformatet stöds inte" in text, text
    assert row.locator("[data-reason=unsupported_format]").count() == 1  # the code stays in the data
