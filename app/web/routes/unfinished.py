"""Unfinished motions (/ej-fardigberedda): past the deadline, under 60 days, the
rest, undated; the council report itself is a download (routes/documents.py)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app.web.context import SiteDep
from app.web.render import days_left
from app.web.rows import outcome_text, sort_rows
from pipeline import queries
from pipeline.reports.council import proposal, report_date
from pipeline.reports.data import load_cases
from pipeline.reports.labels import kind_label

router = APIRouter()


@router.get("/ej-fardigberedda", response_class=HTMLResponse, include_in_schema=False)
def unfinished_page(site: SiteDep, request: Request):
    gov, t = site.gov, site.day()
    rows = [r for r in queries.cases(site.store, today=t) if r.final_outcome is None]
    # What the council report proposes for each (the same rule: a finished proposal goes
    # to KF and is never written off), so the page and the report never disagree.
    proposals = {d.case.id: proposal(gov, d, t) for d in load_cases(site.store, today=t, ids=[r.id for r in rows])}
    groups = {"late": [], "soon": [], "ok": [], "none": []}
    for r in sort_rows(rows, "days", "asc", gov):
        text, cls = days_left(r.days_left, False)
        groups[cls].append({"row": r, "dnr": r.dnr or r.dnr_key or f"#{r.id}", "kind": kind_label(gov, r.kind),
                            "outcome": outcome_text(gov, r), "days": (text, cls), "proposal": proposals.get(r.id)})
    return site.page("unfinished.html", request, title="Ej färdigberedda motioner", groups=groups, today=t,
                     report_month=report_date(gov, t), n=len(rows))
