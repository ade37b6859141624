"""A case (/arende/<id>): the att-satser with comments and outcomes, each with the
document and paragraph it came from, the timeline, warnings and source documents.
/arende?dnr= finds a case by its Dnr."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select

from app.web.context import Site, SiteDep
from app.web.params import DbId, holdable
from app.web.render import days_left
from pipeline import queries
from pipeline.labels import clause_state_text, text_versions
from pipeline.reports.data import load_case
from pipeline.reports.labels import (
    DOC_TYPE_SV, LINK_SV, STANCE_SV, STATUS_SV, body_name, event_label, kind_label, location,
)
from pipeline.store import NotFoundError, find_case_id
from pipeline.store.models import Document

router = APIRouter()


@router.get("/arende", include_in_schema=False)
def case_lookup(site: SiteDep, request: Request, dnr: str = ""):
    with site.store.db.read() as s:
        cid = find_case_id(s, dnr[:200]) if dnr.strip() and holdable(dnr[:200]) else None
    if cid is None:
        raise NotFoundError(f"Hittar inget ärende med diarienummer ”{dnr[:200]}”.")
    return RedirectResponse(f"/arende/{cid}", status_code=303)


@router.get("/arende/{case_id}", response_class=HTMLResponse, include_in_schema=False)
def case_page(site: SiteDep, request: Request, case_id: DbId):
    gov, t = site.gov, site.day()
    data = load_case(site.store, case_id, today=t)
    detail, c = data.detail, data.case
    downloadable = _downloadable(site, c.id, detail.documents)
    source = _sources(detail.documents, downloadable)
    clauses = [{
        "number": x.number, "text": x.text, "source": source(x.document, x.page, x.block),
        "state": clause_state_text(x.state, x.stance, x.proposed_outcome), "state_key": x.state,
        "stance": None,  # explained in "state" (pipeline.labels.clause_state_text)
        "proposed": gov.outcome_label(x.proposed_outcome) if x.proposed_outcome else None,
        "outcome": gov.outcome_label(x.outcome) if x.outcome else None,
        "comments": [{"text": k.text, "stance": STANCE_SV.get(k.stance) if k.stance else None,
                      "source": source(k.document, k.page, k.block)} for k in x.comments],
    } for x in data.clauses]
    timeline = [{
        "date": ev.date, "event": event_label(ev.kind), "body": body_name(gov, ev.body) if ev.body else None,
        "document": ev.document, "where": ev.where, "text": ev.text,
        "doc_id": ev.document_id if ev.document_id in downloadable else None,
        "flag": ev.flag_reason if ev.flagged else None, "superseded": ev.superseded,
    } for ev in detail.timeline]
    documents, warnings = _documents(detail.documents, downloadable)
    kind = gov.kinds.get(c.kind)
    decided = c.final_outcome is not None
    return site.page("case.html", request, title=c.title or f"Ärende #{c.id}", case=c, detail=detail,
                     dnr=c.dnr or c.dnr_key or f"#{c.id}", kind=kind_label(gov, c.kind),
                     rule=kind.rule if kind else "", days=days_left(c.days_left, decided),
                     proposed=data.proposed, final=data.final if decided else None,
                     outcome_label=gov.outcome_label, body_name=lambda b: body_name(gov, b),
                     current_body=data.current_body, clauses=clauses, timeline=timeline, documents=documents,
                     warnings=warnings, today=t)


def _downloadable(site: Site, case_id: int, docs: list[queries.DocumentInfo]) -> set[int]:
    """The ids of the case's documents whose file is in the inbox's archive."""
    with site.store.db.read() as s:
        shas = dict(s.execute(select(Document.id, Document.sha256).where(Document.case_id == case_id)).all())
    return {d.id for d in docs if d.id in shas and site.archive.has(d.name, shas[d.id])}


def _sources(docs: list[queries.DocumentInfo], downloadable: set[int]):
    """source(name, page, block): where a clause or comment came from. It names its
    document; the link goes to the active rendering of that name."""
    by_name: dict[str, queries.DocumentInfo] = {}
    for d in sorted(docs, key=lambda d: (d.superseded_by is None, d.same_as is None, d.id)):
        by_name[d.name] = d

    def source(name: str, page: int | None, block: int | None) -> dict:
        d = by_name.get(name)
        return {"name": name, "doc_id": d.id if d and d.id in downloadable else None,
                "where": location(page, block), "page": page}

    return source


def _documents(docs: list[queries.DocumentInfo], downloadable: set[int]) -> tuple[list[dict], list[dict]]:
    """The source documents table and the warnings of every document."""
    documents, warnings = [], []
    for d, others in text_versions(docs):  # one row per text version, its other formats named on it
        notes = []
        if d.superseded_by:
            notes.append(f"ersatt av #{d.superseded_by}")
        if others:
            notes.append(f"även som {', '.join(others)}")
        if d.link_method:
            notes.append(f"kopplad via {LINK_SV.get(d.link_method, d.link_method)}")
        documents.append({"id": d.id, "name": d.name, "type": DOC_TYPE_SV.get(d.doc_type, d.doc_type or "–"),
                          "status": STATUS_SV.get(d.status, d.status), "status_key": d.status,
                          "date": d.date, "note": "; ".join(notes), "downloadable": d.id in downloadable})
        codes = {w.get("code") for w in d.warnings}
        if d.reason_code and d.reason_code not in codes:
            warnings.append({"document": d.name, "code": d.reason_code,
                             "message": d.reason_message or STATUS_SV.get(d.status, d.status)})  # never the bare code
        warnings += [{"document": d.name, "code": w.get("code"), "message": w.get("message")}
                     for w in d.warnings]
    return documents, warnings
