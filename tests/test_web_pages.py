"""The web pages through FastAPI's TestClient over a real SQLite store: register,
case page, search, unfinished motions, downloads, security headers.

Documents are stored in place (pipeline.register.ingest, no Prefect); the upload
path through the flow is in test_web_upload.py."""

from __future__ import annotations

import io
import os
import re

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from web_fixtures import MORE, SEED, TESTSERVER, TODAY, filled_store


def tree(response):
    assert response.status_code == 200, response.text[:500]
    return lxml_html.fromstring(response.text)


def text_of(node) -> str:
    return " ".join(node.text_content().split())


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from app.web import create_app

    base = tmp_path_factory.mktemp("web")
    store = filled_store(base / "m.db", [SEED, *MORE], archive=base / "inkorg" / "archive")
    calls = []
    app = create_app(store=store, inbox=base / "inkorg", today=TODAY, allowed_hosts=TESTSERVER,
                     runner=lambda names: calls.append(names) or {"files": []})
    with TestClient(app) as client:
        client.base = base
        yield client
    store.close()


def case_id(client, dnr: str) -> int:
    return client.get("/api/show", params={"dnr": dnr}).json()["case"]["id"]


def test_web_register_counts_filters_sorting_and_days_colours(site):
    page = tree(site.get("/"))
    counts = {text_of(c.find("span")): int(c.find("strong").text) for c in page.cssselect(".count")}
    # seed (no date), Bruksvik (decided), Bergsjö (overdue), Lövstad (47 days), Lindträsk (overdue)
    # att granska: Bruksvik's first answer has no proposal to read; the seed has a flagged step.
    assert counts == {"ärenden": 5, "under beredning": 4, "passerat tidsgränsen": 2,
                      "mindre än 60 dagar kvar": 1, "avgjorda": 1, "att granska": 2}
    rows = page.cssselect("table.register tbody tr")
    assert len(rows) == 5
    # Default order: fewest days left first, past the deadline at the top; no deadline last.
    first = [text_of(r.cssselect("td")[0]) for r in rows]
    assert first[:2] == ["KA 2013/198", "KSF-2023-024-539"] and first[-1] in ("KS 20/399", "KS/2014:443")
    days = {text_of(r.cssselect("td")[0]): (r.cssselect(".days")[0].get("class"), text_of(r.cssselect(".days")[0]))
            for r in rows}
    assert days["KA 2013/198"][0] == "days late" and days["KA 2013/198"][1].endswith("dagar över tidsgränsen")
    assert days["2025.368 KS"] == ("days soon", "47 dagar kvar")
    assert days["KS/2014:443"][0] == "days none"  # decided: no clock

    def dnrs(**params):
        return [text_of(r.cssselect("td")[0]) for r in tree(site.get("/", params=params)).cssselect("table.register tbody tr")]

    assert dnrs(overdue="1") == ["KA 2013/198", "KSF-2023-024-539"]
    assert dnrs(stage="beslutad") == ["KS/2014:443"]
    assert dnrs(year="2014") == ["KS/2014:443"]
    assert sorted(dnrs(party="VF")) == ["KS 20/399", "KS/2014:443"]
    assert dnrs(outcome="besvarad") == ["2025.368 KS", "KS 20/399"]
    # Dnr sorts by the normalized key: organ, year, serial (KS 2014/443 before KS 2020/399).
    by_key = ["KA 2013/198", "KS/2014:443", "KS 20/399", "2025.368 KS", "KSF-2023-024-539"]
    assert dnrs(sort="dnr") == by_key
    assert dnrs(sort="dnr", order="desc") == by_key[::-1]
    assert dnrs(sort="raised")[0] == "KA 2013/198"
    # Junk in the address never breaks the page.
    assert site.get("/", params={"year": "x' OR 1=1", "sort": "<b>", "order": "up", "sida": "-3"}).status_code == 200


def test_web_case_page_shows_clauses_with_comments_timeline_documents_and_warnings(site):
    cid = case_id(site, "KS 20/399")
    page = tree(site.get(f"/arende/{cid}"))
    assert text_of(page.cssselect("h1")[0]) == "Motion om strukturerat målstyrningsarbete"
    assert "Dnr KS 20/399" in text_of(page.cssselect(".lead")[0])
    facts = {text_of(d.find("dt")): text_of(d.find("dd")) for d in page.cssselect(".facts > div")}
    assert facts["Förslagsställare"] == "Joakim Bäckström (VF)"
    assert facts["Stadium"].startswith("förslag till svar")
    # An answer alone: neither inlämnad nor väckt is known, so there is no deadline.
    assert facts["Inlämnad"] == "–" and facts["Väckt"] == "ej väckt ännu" and facts["Ska beslutas senast"] == "–"
    clauses = page.cssselect("tr.clause")
    assert len(clauses) == 6
    for row in clauses:
        assert row.cssselect(".clause-text p")[0].text.startswith("att ")
        assert len(row.cssselect(".comment-item")) == 1
        assert text_of(row.cssselect("td")[3]).startswith("kommenterad")
    first = clauses[0]
    assert "kommunstyrelsen har mandat" in text_of(first.cssselect(".comment-item p")[0])
    source = first.cssselect(".clause-text .src a")[0]
    assert source.text == SEED.name and re.fullmatch(r"/dokument/\d+", source.get("href"))
    assert text_of(first.cssselect(".clause-text .src")[0]).endswith("stycke 12")
    assert "verksamhetsrelevans" in text_of(clauses[3])
    timeline = text_of(page.cssselect(".timeline")[0])
    assert "utan datum" in timeline and "Förslag till svar: att motionen anses besvarad" in timeline and "datum saknas" in timeline
    warnings = text_of(page.cssselect(".warnings")[0])
    assert "Klicka här för att skriva underrubrik" in warnings and "empty_send_to" not in warnings  # codes stay in the JSON
    docs = page.cssselect("table.docs tbody tr")
    assert [text_of(d.cssselect("td")[1]) for d in docs] == [SEED.name]
    # Superseded answers stay in the list, marked; the decided case shows its outcome per clause.
    bergsjo = tree(site.get(f"/arende/{case_id(site, 'KA 2013/198')}"))
    assert any("ersatt av" in text_of(d) for d in bergsjo.cssselect("table.docs tbody tr"))
    bruksvik = tree(site.get(f"/arende/{case_id(site, 'KS 2014/443')}"))
    assert [text_of(r.cssselect("td")[5]) for r in bruksvik.cssselect("tr.clause")] == ["bifall"] * 3
    assert site.get("/arende/999999").status_code == 404
    assert "Hittar inget ärende" in site.get("/arende/999999").text
    assert site.get("/arende", params={"dnr": "KS 2020/0399"}, follow_redirects=False).headers["location"] == f"/arende/{cid}"


def test_web_search_highlights_escaped_hits_and_links_to_their_case(site):
    cid = case_id(site, "KS 20/399")
    page = tree(site.get("/sok", params={"q": "verksamhetsrelevans"}))
    cases = page.cssselect("ol.hits > li")  # one per case, its hits under its heading
    assert len(cases) == 1
    link = cases[0].cssselect(".hit-head a")[0]
    assert link.get("href") == f"/arende/{cid}"
    first = cases[0].cssselect(".case-hit-list li")[0]
    assert [m.text for m in first.cssselect("mark")] == ["verksamhetsrelevans"]
    assert first.cssselect("a.hit-where")[0].get("href").startswith(f"/arende/{cid}#att-sats-")
    # Swedish stemming: the plural finds the singular, and the mark falls on the word in the text.
    marks = [m.text.lower() for m in tree(site.get("/sok", params={"q": "lekplatserna"})).cssselect("mark")]
    assert marks and all(m.startswith("lekplats") for m in marks)
    # A Dnr typed into the box leads to the case.
    direct = tree(site.get("/sok", params={"q": "KS 2020/0399"})).cssselect(".direct a")
    assert direct[0].get("href") == f"/arende/{cid}"
    assert "Inga träffar" in site.get("/sok", params={"q": "zzzyxq"}).text


def test_web_highlight_escapes_before_marking():
    from app.web.render import marked

    text = '<img src=x onerror="alert(1)"> motionerna & <b>motion</b>'
    out = marked(text, [(text.index("motionerna"), text.index("motionerna") + 10), (text.rindex("motion"), len(text) - 4)])
    assert str(out) == ('&lt;img src=x onerror=&#34;alert(1)&#34;&gt; <mark>motionerna</mark> &amp; '
                        '&lt;b&gt;<mark>motion</mark>&lt;/b&gt;')
    assert str(marked("<script>", [])) == "&lt;script&gt;"
    assert str(marked("mark</mark>", [(0, 4), (2, 6)])) == "<mark>mark</mark>&lt;/mark&gt;"  # an overlap is skipped


def test_web_unfinished_page_and_council_report_downloads(site):
    import openpyxl
    from docx import Document

    page = tree(site.get("/ej-fardigberedda"))
    late = page.cssselect("h2.late-head + .table-scroll table tbody tr")
    soon = page.cssselect("h2.soon-head + .table-scroll table tbody tr")
    assert [text_of(r.cssselect("td")[0]) for r in late] == ["KA 2013/198", "KSF-2023-024-539"]
    assert [text_of(r.cssselect("td")[0]) for r in soon] == ["2025.368 KS"]
    # The council report's own proposal per row: a finished proposal is never written off.
    assert [text_of(r.cssselect("td")[-1]) for r in late] == [
        "Föreslås avskrivas enligt KL 5 kap. 35 §", "Färdigberedd – till KF april 2026"]
    assert "KS/2014:443" not in text_of(page)  # decided
    r = site.get("/ej-fardigberedda/redovisning.docx")
    assert r.status_code == 200 and "redovisning-ej-fardigberedda-2026-04.docx" in r.headers["content-disposition"]
    text = "\n".join(c.text for t in Document(io.BytesIO(r.content)).tables for row in t.rows for c in row.cells)
    assert "KA 2013/198" in text and "Föreslås avskrivas" in text
    r = site.get("/ej-fardigberedda/redovisning.xlsx")
    assert r.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    assert "KA 2013/198" in [c.value for ws in book.worksheets for c in ws["A"]]
    assert site.get("/ej-fardigberedda/redovisning.exe").status_code == 404


def test_web_summary_docx_download_holds_the_clauses(site):
    from docx import Document

    cid = case_id(site, "KS 20/399")
    r = site.get(f"/arende/{cid}/sammanfattning.docx")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    assert 'filename="KS-2020-399.docx"' in r.headers["content-disposition"]
    doc = Document(io.BytesIO(r.content))
    cells = "\n".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert "att kommunstyrelsen får i uppdrag att utarbeta en årlig process för målstyrningsarbetet." in cells
    assert "kommunstyrelsen har mandat" in cells


def test_web_document_download_only_from_the_archive_by_id(site, tmp_path):
    from sqlalchemy import update

    from pipeline.store.models import Document

    store = site.app.state.store
    archive = site.base / "inkorg" / "archive"
    doc_id = site.get("/api/show", params={"dnr": "KS 20/399"}).json()["documents"][0]["id"]
    r = site.get(f"/dokument/{doc_id}")
    assert r.status_code == 200 and r.content == SEED.read_bytes()
    assert f'filename="{SEED.name}"' in r.headers["content-disposition"]
    # Paths in the request never reach the file system.
    for bad in ["../m.db", "..%2Fm.db", "%2e%2e%2fm.db", "1/../../m.db", "-1", "1e3", "99999999"]:
        assert site.get(f"/dokument/{bad}").status_code in (400, 404, 405, 422)
    # A stored name that would leave the folder is refused, even if the file exists there.
    secret = site.base / "hemlig.txt"
    secret.write_bytes(b"hemligt")
    with store.db.write() as s:
        other = s.get(Document, doc_id + 1)
        saved = (other.name, other.sha256)
        import hashlib
        s.execute(update(Document).where(Document.id == other.id)
                  .values(name="../hemlig.txt", sha256=hashlib.sha256(b"hemligt").hexdigest()))
    try:
        assert site.get(f"/dokument/{doc_id + 1}").status_code == 404
    finally:
        with store.db.write() as s:
            s.execute(update(Document).where(Document.id == doc_id + 1).values(name=saved[0], sha256=saved[1]))
    # A file swapped in the archive (other bytes) or replaced by a symlink is not served.
    target = archive / MORE[0].name
    target.unlink()
    os.symlink(MORE[0], target)
    bruksvik_doc = site.get("/api/show", params={"dnr": "KS 2014/443"}).json()["documents"][0]
    assert bruksvik_doc["name"] == MORE[0].name
    try:
        assert site.get(f"/dokument/{bruksvik_doc['id']}").status_code == 404
        target.unlink()
        target.write_bytes(b"andra bytes")
        assert site.get(f"/dokument/{bruksvik_doc['id']}").status_code == 404
        # The ingest flow keeps a later file of the same name as "x (2).docx": found by its hash.
        (archive / f"{target.stem} (2){target.suffix}").write_bytes(MORE[0].read_bytes())
        assert site.get(f"/dokument/{bruksvik_doc['id']}").content == MORE[0].read_bytes()
    finally:
        target.unlink(missing_ok=True)
        (archive / f"{target.stem} (2){target.suffix}").unlink(missing_ok=True)
        target.write_bytes(MORE[0].read_bytes())


def test_web_security_headers_on_every_response(site):
    for path in ["/", "/sok?q=x", "/static/style.css", "/api/cases", "/finns-inte", "/api/finns-inte"]:
        r = site.get(path)
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "'unsafe-inline'" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
    # No inline script or style anywhere in the templates (the CSP would block them).
    from app.web.render import TEMPLATES

    for template in TEMPLATES.glob("*.html"):
        source = template.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", source), template.name
        assert "style=" not in source and "<style" not in source, template.name
        assert not re.search(r"\son[a-z]+\s*=", source), template.name  # no inline event handlers


def test_web_templates_autoescape_whatever_the_name():
    from app.web.render import env

    e = env()
    assert e.autoescape is True
    assert e.from_string("{{ x }}").render(x="<script>") == "&lt;script&gt;"


def test_web_register_shows_why_a_case_needs_review(site):
    page = tree(site.get("/", params={"granska": "1"}))
    rows = page.cssselect("table.register tbody tr")
    assert sorted(text_of(r.cssselect("td")[0]) for r in rows) == ["KS 20/399", "KS/2014:443"]
    bruksvik = next(r for r in rows if text_of(r.cssselect("td")[0]) == "KS/2014:443")
    reasons = [text_of(li) for li in bruksvik.cssselect("details.review li")]
    assert reasons == ["bruksvik-ks-2014-443_2_svar.docx: Svaret har inget förslag till beslut som kunde läsas ut."]

