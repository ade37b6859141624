"""Upload from the browser's point of view, through FastAPI's TestClient: checks
before anything is written, then the real ingest flow (Prefect test harness) in
the background thread, and hostile document text rendered as text."""

from __future__ import annotations

import io

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from pipeline.readers.sniff import OLE_MAGIC
from web_fixtures import HOSTILE_CLAUSE, HOSTILE_MOTION, HOSTILE_TITLE, SEED, TESTSERVER, TODAY, wait_for_job


def inbox_files(inbox) -> list[str]:
    """Everything in the inbox folder itself and in processing/ (the flow's input)."""
    out = [p.name for p in inbox.iterdir() if p.is_file()]
    if (inbox / "processing").exists():
        out += [f"processing/{p.name}" for p in (inbox / "processing").iterdir()]
    return sorted(out)


def test_web_upload_rejects_bad_files_before_writing_anything(tmp_path):
    from app.web import create_app

    calls = []

    def runner(names):
        calls.append(list(names))
        return {"files": [{"name": n, "location": "archive", "action": "stored", "dnr_key": None, "case_id": None,
                           "document_id": None, "reason": None, "message": None} for n in names]}

    inbox = tmp_path / "inkorg"
    app = create_app(db=str(tmp_path / "m.db"), inbox=inbox, today=TODAY, runner=runner,
                     max_file_bytes=4000, max_files=8, max_request_bytes=200_000, allowed_hosts=TESTSERVER)
    ole = OLE_MAGIC + b"\x00" * 600 + "WordDocument".encode("utf-16-le") + b"\x00" * 100
    bad = [
        ("bild.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "unsupported_format"),
        ("tom.txt", b"", "empty_file"),
        ("stor.txt", b"att " * 2000, "oversized"),
        ("program.exe", b"MZ\x90\x00", "unsupported_format"),
        ("omdopt.txt", b"%PDF-1.4\n" + b"x" * 100, "wrong_extension"),  # a PDF named .txt
        ("gammal.docx", ole, "legacy_doc"),
        ("sida.txt", b"<!DOCTYPE html><html><body>x</body></html>", "unsupported_format"),
    ]
    with TestClient(app) as client:
        r = client.post("/api/uploads", files=[("files", (n, io.BytesIO(d))) for n, d, _ in bad])
        assert r.status_code == 202
        job = r.json()
        assert job["finished"] and job["state"] == "done"
        assert [(f["name"], f["result"], f["reason"]) for f in job["files"]] == [
            (n, "rejected", reason) for n, _, reason in bad]
        assert all(f["message"] and f["stored_as"] is None for f in job["files"])
        assert "lösenord" not in job["files"][5]["message"] and "Gammalt Word-format" in job["files"][5]["message"]
        assert calls == [] and inbox_files(inbox) == []

        # Too large as a whole: refused before the body is read; of unknown length
        # (chunked): counted as it arrives, refused once past the limit.
        r = client.post("/api/uploads", files=[("files", ("a.txt", io.BytesIO(b"att x\n" * 40_000)))])
        assert r.status_code == 413 and "för stor" in r.json()["detail"]

        def chunks(n):
            yield b'--x\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\n'
            for _ in range(n):
                yield b"att x\n" * 1000

        r = client.post("/api/uploads", content=chunks(40), headers={"content-type": "multipart/form-data; boundary=x"})
        assert r.status_code == 413 and "för stor" in r.json()["detail"]
        r = client.post("/api/uploads", files=[("files", (f"{i}.txt", io.BytesIO(b"att x"))) for i in range(9)])
        assert r.status_code == 413 and "Högst 8 filer" in r.json()["detail"]
        assert client.post("/api/uploads", data={"x": "1"}).status_code in (400, 422)
        assert calls == [] and inbox_files(inbox) == []

        # A name is only a name: the last part, cleaned; a taken name gets " (2)".
        text = "Motion om bänkar\n\n1. att kommunen ställer ut fler bänkar\n".encode()
        r = client.post("/api/uploads", files=[("files", ("../../etc/passwd.txt", io.BytesIO(text))),
                                               ("files", ("C:\\Users\\x\\passwd.txt", io.BytesIO(text))),
                                               ("files", ("~$.hidden.txt", io.BytesIO(text)))])
        job = wait_for_job(client.get, r.json()["id"])
        assert [f["stored_as"] for f in job["files"]] == ["passwd.txt", "passwd (2).txt", "hidden.txt"]
        assert [f["result"] for f in job["files"]] == ["stored"] * 3
        assert calls == [["passwd.txt", "passwd (2).txt", "hidden.txt"]]
        assert inbox_files(inbox) == ["hidden.txt", "passwd (2).txt", "passwd.txt"]
        assert not list(tmp_path.glob("**/etc"))


@pytest.fixture(scope="module")
def flow_site(tmp_path_factory, prefect_harness):
    """The app with the real ingest flow (Prefect test harness) behind the upload."""
    from app.cli.serve import flow_runner
    from app.web import create_app

    base = tmp_path_factory.mktemp("web-flow")
    runner = flow_runner(base / "inkorg", db=str(base / "m.db"), governance=None, outputs=str(base / "out"),
                         today=TODAY)  # what `motions serve` hands the page
    app = create_app(db=str(base / "m.db"), inbox=base / "inkorg", today=TODAY, runner=runner,
                     allowed_hosts=TESTSERVER)
    with TestClient(app) as client:
        client.base = base
        yield client
    app.state.store.close()


def test_web_upload_runs_the_ingest_flow_and_shows_each_files_result(flow_site):
    client, inbox = flow_site, flow_site.base / "inkorg"
    broken = b"%PDF-1.4\n" + b"garbage " * 100  # passes the sniff, fails in the PDF reader
    r = client.post("/api/uploads", files=[("files", (SEED.name, io.BytesIO(SEED.read_bytes()))),
                                           ("files", ("kopia av svar.docx", io.BytesIO(SEED.read_bytes()))),
                                           ("files", ("trasig.pdf", io.BytesIO(broken)))])
    assert r.status_code == 202 and r.json()["state"] in ("queued", "running")
    job = wait_for_job(client.get, r.json()["id"])
    results = {f["name"]: f for f in job["files"]}
    assert job["state"] == "done"
    assert results[SEED.name]["result"] == "stored" and results[SEED.name]["dnr_key"] == "KS 2020/399"
    assert results["kopia av svar.docx"]["result"] == "duplicate"
    assert results["trasig.pdf"]["result"] == "quarantined" and results["trasig.pdf"]["reason"] == "truncated"
    assert results["trasig.pdf"]["message"].startswith("Filen är trasig eller ofullständig.")
    assert sorted(p.name for p in (inbox / "archive").iterdir()) == ["kopia av svar.docx", SEED.name]
    assert "trasig.pdf.reason.json" in [p.name for p in (inbox / "quarantine").iterdir()]
    case = client.get(f"/arende/{results[SEED.name]['case_id']}")
    assert case.status_code == 200 and case.text.count('class="comment-item"') == 6
    # The archived file is downloadable from the case page.
    assert client.get(f"/dokument/{results[SEED.name]['document_id']}").content == SEED.read_bytes()
    # Reports were written by the flow, as after `motions ingest`.
    assert (flow_site.base / "out" / "summaries" / "KS-2020-399.docx").exists()

    # Without JavaScript: a plain form post, then a page that refreshes until done.
    r = client.post("/ladda-upp", files=[("files", (SEED.name, io.BytesIO(SEED.read_bytes())))],
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/ladda-upp/")
    job = wait_for_job(client.get, r.headers["location"].rsplit("/", 1)[1])
    assert job["files"][0]["result"] == "duplicate"
    page = lxml_html.fromstring(client.get(r.headers["location"]).text)
    row = page.cssselect("table.results tbody tr")[0]
    assert [" ".join(td.text_content().split()) for td in row.cssselect("td")][:3] == [
        SEED.name, "dubblett (samma fil finns redan)", "KS 2020/399"]
    assert not page.cssselect('meta[http-equiv="refresh"]')  # finished: no more refreshing
    assert client.get("/ladda-upp/finns-inte").status_code == 404


def test_web_xss_hostile_upload_renders_as_plain_text(flow_site):
    r = flow_site.post("/api/uploads", files=[("files", ("fientlig.txt", io.BytesIO(HOSTILE_MOTION.encode())))])
    job = wait_for_job(flow_site.get, r.json()["id"])
    f = job["files"][0]
    assert f["result"] == "stored", job
    pages = {
        "case": flow_site.get(f"/arende/{f['case_id']}").text,
        "register": flow_site.get("/").text,
        "search": flow_site.get("/sok", params={"q": "alert script"}).text,
        "unfinished": flow_site.get("/ej-fardigberedda").text,
    }
    for name, html in pages.items():
        assert "<script>alert" not in html and "<img src=x" not in html, name
        assert "<svg" not in html and "<b>säkra" not in html, name
        assert 'href="javascript:' not in html and "onerror=alert(2)>" not in html, name
        tree = lxml_html.fromstring(html)
        assert [s.get("src") for s in tree.iter("script")] in ([], ["/static/upload.js"]), name
        assert not list(tree.iter("img")) and not list(tree.iter("svg")), name
        assert not [a for a in tree.iter("a") if not (a.get("href") or "").startswith(("/", "?", "#"))], name
    case = pages["case"]
    assert "att &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; " \
           "[länk](javascript:alert(3))" in case
    tree = lxml_html.fromstring(case)
    assert tree.cssselect("tr.clause .clause-text p")[0].text == HOSTILE_CLAUSE
    assert tree.cssselect("h1")[0].text == HOSTILE_TITLE
    # Search: escaped first, then the words marked.
    assert "&lt;<mark>script</mark>&gt;<mark>alert</mark>(1)&lt;/<mark>script</mark>&gt;" in pages["search"]
    # The JSON API returns the text as it is (JSON is not HTML), served as JSON.
    api = flow_site.get("/api/clauses", params={"dnr": "KS 2024/66"})
    assert api.headers["content-type"] == "application/json"
    assert api.json()["clauses"][0]["text"] == HOSTILE_CLAUSE


def test_web_upload_is_off_without_an_inbox(tmp_path):
    from app.web import create_app

    with TestClient(create_app(db=str(tmp_path / "m.db"), today=TODAY, allowed_hosts=TESTSERVER)) as client:
        r = client.post("/api/uploads", files=[("files", ("a.txt", io.BytesIO(b"att x")))])
        assert r.status_code == 503 and "ingen inkorg" in r.json()["detail"]
        assert "Uppladdning är avstängd" in client.get("/ladda-upp").text
        assert 'href="/ladda-upp"' not in client.get("/").text


def test_web_upload_needs_the_runner_it_is_handed(tmp_path):
    """The page never builds the ingest run itself (it imports no flows/): whoever
    starts it with an inbox hands it one, as `motions serve` does."""
    from app.web import create_app

    with pytest.raises(TypeError, match="runner="):
        create_app(db=str(tmp_path / "m.db"), inbox=tmp_path / "inkorg", allowed_hosts=TESTSERVER)
