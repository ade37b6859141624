"""Search that fits Swedish, over a real store filled from sample documents: parts
of compounds ("trafik" in "kollektivtrafiken"), inflections the stemmer cuts apart
("lekplats"/"lekplatser"), proposer names, Dnr and decision texts; hits grouped by
case and linked to their clause; the migration that back-fills an older store; the
web page and the CLI. SQLite always, PostgreSQL (pg_trgm) when it is installed
(MOTIONS_TEST_PG=1 makes it required)."""

from __future__ import annotations

import json

import pytest
from alembic import command
from fastapi.testclient import TestClient
from lxml import html as lxml_html
from sqlalchemy import text

from conftest import SAMPLES
from store_fixtures import _reset_pg, pg_server  # noqa: F401

from pipeline.register import ingest
from pipeline.search import group_hits, query_terms, search, search_cases
from pipeline.store import open_store
from pipeline.store.engine import _alembic_config, current_revision, head_revision, writer

FILES = ([f"bruksvik-ks-2014-443_{n}.docx" for n in
          ("1_motion", "2_svar", "3_ks-protokoll", "4_kf-protokoll", "5_svar", "6_kf-protokoll")]
         + [f"sjobacka-ks2017-214_{n}.docx" for n in ("1_motion", "2_tjansteskrivelse", "4_kf-protokoll")]
         + [f"norrviken-ks-2018-124_{n}.docx" for n in ("1_motion", "2_tjansteutlatande", "4_kf-protokoll")]
         + ["ollestad-2024-lekplatser_1_motion.docx"])
LEKPLATSER, SKOLVAGAR, RESOR = "KS/2014:443", "KS2017/214/01", "KS 2018/124"
OLLESTAD = None  # the Ollestad motion has no Dnr yet


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def filled(request, tmp_path_factory):
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("search") / "m.db")
    else:
        url = request.getfixturevalue("pg_server")
        _reset_pg(url)
    store = open_store(url)
    ingest(store, [str(SAMPLES / f) for f in FILES])
    yield store
    store.close()


def dnrs(groups) -> list:
    return [g.dnr for g in groups]


def marked_words(hit) -> list[str]:
    return [hit.text[a:b].lower() for a, b in hit.marks]


def test_search_compound_part_finds_kollektivtrafiken_and_trafiksakra(filled):
    groups = search_cases(filled, "trafik")
    assert {SKOLVAGAR, RESOR} <= set(dnrs(groups)) and LEKPLATSER not in dnrs(groups)
    resor = next(g for g in groups if g.dnr == RESOR)
    clause = next(h for h in resor.hits if h.kind == "clause")
    assert "kollektivtrafiken" in marked_words(clause) and clause.anchor == f"att-sats-{clause.clause_number}"
    assert [resor.title[a:b] for a, b in resor.title_marks] == ["kollektivtrafiken"]
    skolvagar = next(g for g in groups if g.dnr == SKOLVAGAR)
    first = next(h for h in skolvagar.hits if h.kind == "clause" and "trafiksäkra" in marked_words(h))
    assert first.anchor == "att-sats-1" and first.document == "sjobacka-ks2017-214_1_motion.docx"
    # "trafik" is no whole word anywhere: every hit is part of a compound.
    assert not any(h.whole_word for g in groups for h in g.hits)


def test_search_lekplats_finds_lekplatser_and_lekplatserna(filled):
    groups = search_cases(filled, "lekplats")
    assert set(dnrs(groups)) == {LEKPLATSER, OLLESTAD}
    words = {w for g in groups for h in g.hits for w in marked_words(h)}
    assert {"lekplats", "lekplatser", "lekplatserna"} <= words
    ollestad = next(g for g in groups if g.dnr is None)
    by_clause = {h.clause_number: h for h in ollestad.hits if h.kind == "clause"}
    assert marked_words(by_clause[1]) == ["lekplatserna"] and by_clause[1].anchor == "att-sats-1"
    # Whole-word hits (the stem index) come before the compound-only ones.
    assert groups[0].hits and any(h.whole_word for h in groups[0].hits)


def test_search_proposer_name_dnr_and_decision_words(filled):
    groups = search_cases(filled, "Karin Sjöberg")
    assert dnrs(groups) == [RESOR]
    assert [(h.kind, h.text) for h in groups[0].hits] == [("proposer", "Karin Sjöberg (V); Olle Nyström (MP)")]
    assert dnrs(search_cases(filled, "Nyström")) == [RESOR]
    # A Dnr in another written form leads with its case's Dnr entry.
    hits = search(filled, "KS 2018/0124")
    assert (hits[0].dnr, hits[0].kind, hits[0].text) == (RESOR, "dnr", RESOR)
    assert search(filled, "KS2017/214/01")[0].dnr == SKOLVAGAR
    # Decision texts: the återremiss and the bordläggning, linked to the timeline.
    again = search_cases(filled, "återremitteras")
    assert dnrs(again) == [LEKPLATSER]
    assert [(h.kind, h.anchor) for h in again[0].hits] == [("decision", "tidslinje")]
    assert dnrs(search_cases(filled, "bordläggs")) == [SKOLVAGAR]
    proposals = {g.dnr for g in search_cases(filled, "avslås") if any(h.kind == "proposal" for h in g.hits)}
    assert proposals == {LEKPLATSER, RESOR}


def test_search_groups_hits_by_case_in_reading_order(filled):
    hits = search(filled, "lekplatser", limit=50)
    groups = group_hits(hits, "lekplatser")
    assert sorted(h.case_id for g in groups for h in g.hits) == sorted(h.case_id for h in hits)
    assert len({g.case_id for g in groups}) == len(groups)
    assert [g.rank for g in groups] == sorted((g.rank for g in groups), reverse=True)
    bruksvik = next(g for g in groups if g.dnr == LEKPLATSER)
    order = ["title", "dnr", "proposer", "clause", "comment", "proposal", "decision"]
    kinds = [order.index(h.kind) for h in bruksvik.hits]
    assert kinds == sorted(kinds) and {"title", "clause", "comment"} <= {h.kind for h in bruksvik.hits}
    comments = [h for h in bruksvik.hits if h.kind == "comment"]
    assert all(h.anchor == f"att-sats-{h.clause_number}" for h in comments)
    assert [h.clause_number for h in comments] == sorted(h.clause_number for h in comments)


def test_search_short_words_and_operators(filled):
    terms = query_terms("IT-stöd på KS 2018/124")
    assert terms.short == ("it", "ks") and terms.parts == ("stöd",) and "2018" in terms.words
    assert search(filled, "ks")  # whole word only: every Dnr entry "KS …"
    for hostile in ['"lekplats" OR *', "NEAR(trafik skola)", "lek*", "-", "och att"]:
        search(filled, hostile)  # quoted phrases: no FTS5 or tsquery syntax reaches the index
    assert search(filled, "och att") == []  # stopwords only


def test_search_migration_backfills_an_older_store(filled):
    """Down to 0003 (no trigram index, no new kinds, no clause numbers), then up
    again: the back-filled entries are exactly the ones a refresh writes."""
    def entries():
        with filled.db.read() as s:
            return sorted(s.execute(text("SELECT case_id, kind, clause_number, text FROM search_entries")).all(),
                          key=repr)

    before = entries()
    cfg = _alembic_config()
    with writer(filled.db.engine) as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    assert current_revision(filled.db.engine) == "0003"
    with filled.db.read() as s:
        kinds = set(s.scalars(text("SELECT DISTINCT kind FROM search_entries")))
    assert kinds == {"title", "clause", "comment"}
    with writer(filled.db.engine) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert current_revision(filled.db.engine) == head_revision()
    assert entries() == before
    assert {SKOLVAGAR, RESOR} <= set(dnrs(search_cases(filled, "trafik")))


def test_search_web_page_groups_hits_and_links_to_clauses(filled):
    from app.web import create_app

    app = create_app(store=filled, allowed_hosts=["testserver"])
    with TestClient(app) as client:
        page = lxml_html.fromstring(client.get("/sok", params={"q": "lekplats"}).text)
        cases = page.cssselect("ol.hits > li.case-hits")
        assert len(cases) == 2
        links = []
        for case in cases:  # each hit links into its own case
            base = case.cssselect("h3.hit-head a")[0].get("href")
            assert base.startswith("/arende/")
            own = [a.get("href") for a in case.cssselect("a.hit-where")]
            assert own and all(h == base or h.startswith(base + "#") for h in own)
            links += own
        assert any(h.endswith("#att-sats-1") for h in links) and any(h.endswith("#att-sats-2") for h in links)
        marks = {m.text.lower() for m in page.cssselect("mark")}
        assert {"lekplats", "lekplatser", "lekplatserna"} <= marks
        heading = " ".join(page.cssselect("#traffar")[0].text_content().split())
        assert heading.endswith("i 2 ärenden på ”lekplats”.")
        # The link's anchor is on the case page: the clause row of that number.
        target = next(h for h in links if h.endswith("#att-sats-2"))
        case_page = lxml_html.fromstring(client.get(target.split("#")[0]).text)
        assert case_page.cssselect("tr#att-sats-2")
        short = client.get("/sok", params={"q": "IT"}).text
        assert "”it” är kortare än tre tecken" in short


def test_search_cli_groups_by_case_and_json_is_complete(filled, capsys, monkeypatch):
    from app.cli import main

    monkeypatch.setenv("COLUMNS", "200")
    assert main(["search", "trafik", "--db", filled.url]) == 0
    out = capsys.readouterr().out.splitlines()
    rows = out[2:-1]
    case_rows = [r for r in rows if not r.startswith(" ")]
    assert {r.split("  ")[0] for r in case_rows} >= {SKOLVAGAR, RESOR}
    assert any(r.lstrip().startswith("att-sats 1") for r in rows if r.startswith(" "))
    assert out[-1].endswith("ärenden.")
    assert main(["search", "trafik", "--db", filled.url, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == json.loads(json.dumps([h.__dict__ for h in search(filled, "trafik")]))
    assert {"clause_number", "anchor", "marks", "whole_word", "document"} <= set(data[0])
