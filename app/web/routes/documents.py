"""Downloads: a source document from the inbox's archive (/dokument/<id>), a case's
summary as .docx, and the council report on unfinished motions (.docx, .xlsx)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter
from fastapi.responses import Response
from sqlalchemy import select

from app.web.context import SiteDep
from app.web.params import DbId
from pipeline.store import NotFoundError
from pipeline.store.models import Document

MEDIA = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "txt": "text/plain",
}

router = APIRouter()


def _disposition(name: str) -> str:
    ascii_name = "".join(c if c.isascii() and (c.isalnum() or c in "-_. ()") else "_" for c in name) or "fil"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


def _download(data: bytes, name: str, fmt: str) -> Response:
    return Response(data, media_type=MEDIA.get(fmt, "application/octet-stream"),
                    headers={"content-disposition": _disposition(name), "cache-control": "no-store"})


@router.get("/arende/{case_id}/sammanfattning.docx", include_in_schema=False)
def case_summary(site: SiteDep, case_id: DbId):
    from pipeline.reports.summary import write_case_summary

    with tempfile.TemporaryDirectory(prefix="motions-web-") as tmp:
        paths = write_case_summary(site.store, case_id, tmp, today=site.day())
        path = next(p for p in paths if p.suffix == ".docx")
        return _download(path.read_bytes(), path.name, "docx")


@router.get("/dokument/{doc_id}", include_in_schema=False)
def document_file(site: SiteDep, doc_id: DbId):
    with site.store.db.read() as s:
        row = s.execute(select(Document.name, Document.sha256, Document.format)
                        .where(Document.id == doc_id)).first()
    data = site.archive.read(row.name, row.sha256) if row else None
    if data is None:
        raise NotFoundError("Filen finns inte i inkorgens arkiv (den kan ha lästs in på annat sätt "
                            "eller flyttats).")
    fmt = row.format or Path(row.name).suffix.lstrip(".").lower()
    return _download(data, row.name, fmt)


@router.get("/ej-fardigberedda/redovisning.{fmt}", include_in_schema=False)
def council_report(site: SiteDep, fmt: str):
    if fmt not in ("docx", "xlsx"):
        raise NotFoundError("Redovisningen finns som .docx och .xlsx.")
    from pipeline.reports.council import write_council_report

    with tempfile.TemporaryDirectory(prefix="motions-web-") as tmp:
        paths = write_council_report(site.store, tmp, today=site.day())
        path = next(p for p in paths if p.suffix == f".{fmt}")
        return _download(path.read_bytes(), path.name, fmt)
