"""The upload page (/ladda-upp): files into the inbox and through the ingest run,
and each upload's result as the run finishes. `accept` is shared with the API."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.datastructures import UploadFile as StarletteUploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.web.context import Site, SiteDep
from app.web.uploads import FileResult, UploadRejected, check_upload, clean_name, place_in_inbox
from pipeline.store import NotFoundError

router = APIRouter()


async def accept(site: Site, files: list[UploadFile]) -> list[FileResult]:
    """Each file checked in memory, then the accepted ones placed in the inbox."""
    if site.uploads is None:
        raise StarletteHTTPException(503, "Uppladdning är avstängd: ingen inkorg är inställd (--inbox).")
    files = [f for f in files if isinstance(f, StarletteUploadFile)]
    if not files:
        raise StarletteHTTPException(400, "Inga filer i uppladdningen.")
    if len(files) > site.max_files:
        raise StarletteHTTPException(413, f"Högst {site.max_files} filer åt gången.")
    results = []
    for f in files:
        name = clean_name(f.filename)
        data = await f.read(site.max_file_bytes + 1)
        await f.close()
        try:
            check_upload(name, data, max_bytes=site.max_file_bytes)
        except UploadRejected as e:
            results.append(FileResult(name, None, "rejected", "avvisad", e.reason, e.message))
            continue
        stored = place_in_inbox(site.uploads.box, name, data)
        results.append(FileResult(name, stored, "queued", "väntar"))
    return results


@router.get("/ladda-upp", response_class=HTMLResponse, include_in_schema=False)
def upload_page(site: SiteDep, request: Request):
    return site.page("upload.html", request, title="Ladda upp", job=None,
                     max_mb=site.max_file_bytes / (1024 * 1024), max_files=site.max_files)


@router.post("/ladda-upp", include_in_schema=False)
async def upload_form(site: SiteDep, files: Annotated[list[UploadFile], File()]):
    results = await accept(site, files)
    job = site.uploads.submit(results)
    return RedirectResponse(f"/ladda-upp/{job.id}", status_code=303)


@router.get("/ladda-upp/{job_id}", response_class=HTMLResponse, include_in_schema=False)
def upload_job_page(site: SiteDep, request: Request, job_id: str):
    job = site.uploads.get(job_id[:64]) if site.uploads else None
    if job is None:
        raise NotFoundError("Uppladdningen finns inte (servern kan ha startats om).")
    return site.page("upload.html", request, title="Ladda upp", job=job,
                     max_mb=site.max_file_bytes / (1024 * 1024), max_files=site.max_files)
