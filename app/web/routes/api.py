"""JSON under /api/: the CLI's queries (cases, show, clauses, search) and the upload
status; the schema is at /api/openapi.json."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, File, Query, UploadFile
from pydantic import BaseModel

from app.web.context import SiteDep
from app.web.params import Dnr, Text, case_ref
from app.web.routes.upload import accept
from pipeline import queries
from pipeline.store import NotFoundError

router = APIRouter()


class UploadFileOut(BaseModel):
    name: str
    stored_as: str | None
    result: str
    label: str
    reason: str | None = None
    message: str | None = None
    dnr_key: str | None = None
    case_id: int | None = None
    document_id: int | None = None


class UploadJobOut(BaseModel):
    id: str
    created: str
    state: str
    state_label: str
    message: str | None = None
    finished: bool
    files: list[UploadFileOut]


class ErrorOut(BaseModel):
    detail: str


ERRORS = {404: {"model": ErrorOut, "description": "Finns inte"}}


@router.get("/api/cases", response_model=list[queries.CaseRow], tags=["register"],
            summary="Ärendena (motions cases)")
def api_cases(site: SiteDep, stage: Text | None = None, outcome: Text | None = None, party: Text | None = None,
              year: Annotated[int | None, Query(ge=1900, le=2200)] = None, overdue: bool = False,
              today: dt.date | None = None):
    return queries.cases(site.store, stage=stage, outcome=outcome, party=party, year=year, overdue=overdue,
                         today=site.day(today))


@router.get("/api/show", response_model=queries.CaseDetail, responses=ERRORS, tags=["register"],
            summary="Ett ärende med tidslinje (motions show)")
def api_show(site: SiteDep, dnr: Dnr,
             today: dt.date | None = None):
    return queries.show(site.store, case_ref(dnr), today=site.day(today))


@router.get("/api/clauses", response_model=queries.ClauseReport, responses=ERRORS, tags=["register"],
            summary="Att-satserna med kommentarer och beslut (motions clauses)")
def api_clauses(site: SiteDep, dnr: Dnr, today: dt.date | None = None):
    return queries.clauses(site.store, case_ref(dnr), today=site.day(today))


@router.get("/api/search", response_model=list[queries.SearchHit], tags=["register"],
            summary="Fritextsök med svensk ordstamning och delar av sammansatta ord (motions search --json)",
            description="Söker i titlar, diarienummer, förslagsställare, att-satser, kommentarer och beslut. "
                        "Träffarna kommer bäst först, var och en med sitt ärende, `clause_number` och `anchor` "
                        "(platsen på ärendesidan, /arende/<case_id>#<anchor>) och `marks` (de träffade orden "
                        "som teckenintervall i `text`).")
def api_search(site: SiteDep,
               q: Annotated[str, Query(min_length=1, max_length=200, examples=["trafik", "lekplats", "motionerna"])],
               limit: Annotated[int, Query(ge=1, le=200)] = 20):
    return queries.search(site.store, q, limit=limit)


@router.post("/api/uploads", response_model=UploadJobOut, status_code=202, tags=["uppladdning"],
             summary="Ladda upp dokument till inkorgen",
             responses={400: {"model": ErrorOut}, 403: {"model": ErrorOut, "description": "Från en annan webbplats"},
                        413: {"model": ErrorOut}, 503: {"model": ErrorOut}})
async def api_upload(site: SiteDep,
                     files: Annotated[list[UploadFile], File(description=".docx, .pdf, .txt eller .eml")]):
    results = await accept(site, files)
    return site.uploads.submit(results).to_dict()


@router.get("/api/uploads/{job_id}", response_model=UploadJobOut, responses=ERRORS, tags=["uppladdning"],
            summary="Status för en uppladdning")
def api_upload_status(site: SiteDep, job_id: str):
    job = site.uploads.get(job_id) if site.uploads else None
    if job is None:
        raise NotFoundError("Uppladdningen finns inte (servern kan ha startats om).")
    return job.to_dict()
