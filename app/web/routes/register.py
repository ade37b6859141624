"""The register (/): every case, counts at the top, filters, sorting, pages."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select

from app.web.context import Site, SiteDep
from app.web.params import small_int
from app.web.render import days_left
from app.web.rows import SORTS, outcome_text, sort_rows
from pipeline import queries
from pipeline.reports.labels import kind_label, parties_of
from pipeline.store.models import Case

PAGE_SIZE = 200

router = APIRouter()


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def register_page(site: SiteDep, request: Request, stage: str | None = None, outcome: str | None = None,
                  party: str | None = None, year: str | None = None, overdue: str | None = None,
                  review: Annotated[str | None, Query(alias="granska")] = None, sort: str = "days", order: str = "asc", page_no: Annotated[str | None, Query(alias="sida")] = None):
    gov, t = site.gov, site.day()
    everything = queries.cases(site.store, today=t)
    filters = {"stage": (stage or "").strip()[:64] or None, "outcome": (outcome or "").strip()[:64] or None,
               "party": (party or "").strip()[:32] or None, "year": small_int(year), "overdue": bool(overdue)}
    active = any(filters.values()) or bool(review)
    rows = queries.cases(site.store, today=t, **filters) if any(filters.values()) else everything
    if review:
        rows = [r for r in rows if r.to_review]
    filters["review"] = bool(review)
    sort = sort if sort in SORTS else "days"
    order = "desc" if order == "desc" else "asc"
    rows = sort_rows(rows, sort, order, gov)
    n_pages = max(1, -(-len(rows) // PAGE_SIZE))
    current = min(max(small_int(page_no) or 1, 1), n_pages)
    shown = rows[(current - 1) * PAGE_SIZE: current * PAGE_SIZE]
    table = [{
        "row": r, "dnr": r.dnr or r.dnr_key or f"#{r.id}", "kind": kind_label(gov, r.kind),
        "outcome": outcome_text(gov, r), "days": days_left(r.days_left, r.final_outcome is not None),
    } for r in shown]
    return site.page("register.html", request, title="Ärenderegister", rows=table, counts=_counts(everything),
                     filters=filters, raw_year=year or "", sort=sort, order=order, page_no=current,
                     n_pages=n_pages, n_rows=len(rows), active=active, today=t, years=_years(site),
                     parties=sorted({p for r in everything for p in parties_of(r.proposers)}, key=str.lower),
                     stages=[(k, v.label) for k, v in gov.stages.items()],
                     outcomes=[(k, v.label) for k, v in gov.outcomes.items()])


def _counts(everything: list[queries.CaseRow]) -> dict[str, int]:
    open_rows = [r for r in everything if r.final_outcome is None]
    return {
        "total": len(everything),
        "open": len(open_rows),
        "overdue": sum(1 for r in open_rows if r.overdue),
        "soon": sum(1 for r in open_rows if r.days_left is not None and 0 <= r.days_left < 60),
        "decided": len(everything) - len(open_rows),
        "review": sum(1 for r in everything if r.to_review),
    }


def _years(site: Site) -> list[int]:
    with site.store.db.read() as s:
        return sorted({y for y in s.scalars(select(Case.year).distinct()) if y}, reverse=True)
