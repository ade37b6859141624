"""Search (/sok): one box over titles, clauses and comments; a Dnr typed in leads
to its case."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app.web.context import SiteDep
from app.web.params import holdable
from pipeline import queries
from pipeline.store import find_case_id
from pipeline.store.models import Case

HIT_SV = {"title": "titel", "clause": "att-sats", "comment": "kommentar"}

router = APIRouter()


@router.get("/sok", response_class=HTMLResponse, include_in_schema=False)
def search_page(site: SiteDep, request: Request, q: str = ""):
    q = q.strip()[:200]
    hits, direct = [], None
    if q:
        hits = queries.search(site.store, q, limit=50)
        with site.store.db.read() as s:
            cid = find_case_id(s, q) if any(ch.isdigit() for ch in q) and holdable(q) else None
            if cid is not None:
                direct = s.get(Case, cid)
    rows = [{"hit": h, "kind": HIT_SV.get(h.kind, h.kind), "dnr": h.dnr or f"#{h.case_id}"} for h in hits]
    return site.page("search.html", request, title="Sök" + (f": {q}" if q else ""), q=q, rows=rows, direct=direct)
