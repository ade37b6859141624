"""Search (/sok): one box over titles, Dnr, proposers, att-satser, comments and
decisions; hits grouped by case, each linking to its place on the case page; a Dnr
typed in leads to its case."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app.web.context import SiteDep
from app.web.params import holdable
from app.web.render import marked
from pipeline.labels import SEARCH_KIND_SV
from pipeline.search import CaseHits, SearchHit, query_terms, search_cases
from pipeline.store import find_case_id
from pipeline.store.models import Case

PAGE_HITS = 100

router = APIRouter()


def hit_label(h: SearchHit) -> str:
    """Where the hit is, in the page's words: "att-sats 2", "kommentar till att-sats 2"."""
    label = SEARCH_KIND_SV.get(h.kind, h.kind)
    if h.clause_number is not None and h.kind == "clause":
        return f"{label} {h.clause_number}"
    if h.clause_number is not None and h.kind == "comment":
        return f"{label} till att-sats {h.clause_number}"
    return label


def case_view(g: CaseHits) -> dict:
    url = f"/arende/{g.case_id}"
    return {
        "url": url, "dnr": g.dnr or f"#{g.case_id}",
        "title": marked(g.title, g.title_marks) if g.title else "(utan titel)",
        # The title is the case's heading (marked there); the rest are listed under it.
        "hits": [{"where": hit_label(h), "url": url + (f"#{h.anchor}" if h.anchor else ""),
                  "text": marked(h.text, h.marks), "document": h.document}
                 for h in g.hits if h.kind != "title"],
    }


@router.get("/sok", response_class=HTMLResponse, include_in_schema=False)
def search_page(site: SiteDep, request: Request, q: str = ""):
    q = q.strip()[:200]
    groups, direct = [], None
    if q:
        groups = search_cases(site.store, q, limit=PAGE_HITS)
        with site.store.db.read() as s:
            cid = find_case_id(s, q) if any(ch.isdigit() for ch in q) and holdable(q) else None
            if cid is not None:
                direct = s.get(Case, cid)
    cases = [case_view(g) for g in groups]
    n_hits = sum(len(g.hits) for g in groups)
    return site.page("search.html", request, title="Sök" + (f": {q}" if q else ""), q=q, cases=cases,
                     n_hits=n_hits, short=query_terms(q).short if q else (), direct=direct)
