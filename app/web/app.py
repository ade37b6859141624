"""The secretariat's web page: FastAPI, server-rendered Jinja2, Swedish text.

    from app.web import create_app
    app = create_app(db="outputs/motions.db", inbox="outputs/inkorg", runner=flow_runner(...))

Pages: the register (/), a case (/arende/<id>), search (/sok), unfinished motions
(/ej-fardigberedda), upload (/ladda-upp). JSON under /api/ mirrors the CLI
queries (cases, show, clauses, search) plus the upload status; the schema is at
/api/openapi.json. Reading goes through pipeline.queries and pipeline.reports, so
the page shows what `motions show` and the .docx summaries show.

Files are served only from the inbox's archive/ folder, found by the document id
and checked against the stored sha256; no path from the request reaches the file
system.

Every request passes, outermost first: the security headers; the Host allow-list
(Starlette's TrustedHostMiddleware); RequestGuard (ambiguous framing, a declared
size over the limit, state-changing requests from another site); and Starlette's
RequestBodyLimitMiddleware, which counts the body bytes as they arrive.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import os
import stat
import tempfile
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Callable
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, File, Path as PathParam, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from sqlalchemy import select
from starlette.datastructures import Headers, UploadFile as StarletteUploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.body_limit import RequestBodyLimitMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from pipeline import queries
from pipeline.errors import MotionsError
from pipeline.inbox import Inbox
from pipeline.readers.sniff import DEFAULT_MAX_BYTES
from pipeline.reports.data import load_case
from pipeline.reports.labels import (
    DOC_TYPE_SV, LINK_SV, STANCE_SV, STATE_SV, STATUS_SV, body_name, event_label, kind_label, location,
    parties_of,
)
from pipeline.store import NotFoundError, Store, find_case_id, open_store
from pipeline.store.models import Case, Document
from app.web.render import days_left, render
from app.web.uploads import MAX_FILES, FileResult, Runner, UploadRejected, Uploads, check_upload, clean_name, \
    place_in_inbox

STATIC = Path(__file__).resolve().parent / "static"
PAGE_SIZE = 200
MAX_REQUEST_BYTES = 100 * 1024 * 1024
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
MEDIA = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "txt": "text/plain",
}
SORTS = ("dnr", "title", "proposers", "stage", "outcome", "raised", "deadline", "days")
HIT_SV = {"title": "titel", "clause": "att-sats", "comment": "kommentar"}
# The names a page bound to loopback is reached by; TrustedHostMiddleware compares
# the Host header's name, IPv6 literals with their brackets.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
MAX_ID = 2**63 - 1  # the largest id SQLite (and PostgreSQL's bigint) can hold
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
# The detail of Starlette's RequestBodyLimitMiddleware when the counted body passes the limit.
STARLETTE_TOO_LARGE = "Content Too Large"

Refuse = Callable[..., Response]


def too_large_text(limit: int) -> str:
    size = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} kB"
    return f"Uppladdningen är för stor (högst {size} åt gången)."


class SecurityHeaders:
    """Adds the CSP and friends to every response, the refusals of the guards inside included."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class AllowedHosts:
    """Starlette's TrustedHostMiddleware, answering in Swedish. A Host other than the
    page's own names is refused with 400: a foreign domain pointed at 127.0.0.1 (DNS
    rebinding) would otherwise let any web page read the register and upload."""

    def __init__(self, app, allowed_hosts: list[str], refuse: Refuse) -> None:
        self.app = app
        self.refuse = refuse
        self.check = TrustedHostMiddleware(self._allowed, allowed_hosts=allowed_hosts, www_redirect=False)

    async def _allowed(self, scope, receive, send):
        scope["motions.host_ok"] = True
        await self.app(scope, receive, send)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def unless_refused(message):  # drops the middleware's own English refusal
            if scope.get("motions.host_ok"):
                await send(message)

        await self.check(scope, receive, unless_refused)
        if not scope.get("motions.host_ok"):
            response = self.refuse(scope["path"], 400, "Okänd adress",
                                   "Okänd adress: sidan svarar bara på de namn den startades för "
                                   "(motions serve --allowed-host).", close=True)
            await response(scope, receive, send)


def _origin(url: str) -> tuple[str, str, int | None] | None:
    """(scheme, host, port) of an origin or URL, the default port filled in; None when unreadable."""
    try:
        parts = urlsplit(url)
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    except ValueError:
        return None
    return (parts.scheme, parts.hostname, port) if parts.scheme and parts.hostname else None


def from_another_site(scope, headers: Headers) -> bool:
    """True when the browser says the request was made by another origin's page.

    Sec-Fetch-Site decides where it is sent (every current browser; a page cannot
    forge it). `same-site` counts as foreign: another port on this machine or another
    subdomain is someone else's page. Origin is only the fallback for browsers without
    it: our Referrer-Policy (no-referrer) makes a browser send `Origin: null` even on
    the page's own form post. A request with neither header does not come from a
    browser page (curl, scripts, the README's examples): such a client carries no
    cookie or login a foreign page could borrow, so it is let through rather than
    asked for a per-session token, which would break `curl -F` and the form without
    JavaScript while adding nothing against a browser."""
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site not in ("same-origin", "none")  # "none": typed or bookmarked by the person
    origin = headers.get("origin")
    if origin is None:
        return False
    own = _origin(f"{scope.get('scheme', 'http')}://{headers.get('host', '')}")
    return own is None or _origin(origin) != own


class RequestGuard:
    """Refuses before a byte of the body is read: a request framed two ways
    (Content-Length and Transfer-Encoding: the size check would trust one and the
    server read the other), a declared size over the limit, and a state-changing
    request from another site (CSRF). The bytes actually received are counted by
    Starlette's RequestBodyLimitMiddleware inside, for chunked bodies too."""

    def __init__(self, app, max_request_bytes: int, refuse: Refuse) -> None:
        self.app = app
        self.max_request_bytes = max_request_bytes
        self.refuse = refuse

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = Headers(scope=scope)
        refusal = self._framing(headers)
        if refusal is None and scope["method"] not in SAFE_METHODS and from_another_site(scope, headers):
            refusal = (403, "Avvisad", "Begäran kom från en annan webbplats och avvisades. Öppna den här "
                                       "sidan och gör om det härifrån.")
        if refusal is None:
            return await self.app(scope, receive, send)
        status, title, text = refusal
        # Connection: close, so the server stops reading a body it refused instead of draining it.
        await self.refuse(scope["path"], status, title, text, close=True)(scope, receive, send)

    def _framing(self, headers: Headers) -> tuple[int, str, str] | None:
        raw = headers.get("content-length")
        if raw is not None and "transfer-encoding" in headers:
            return 400, "Ogiltig förfrågan", "Begäran har både Content-Length och Transfer-Encoding."
        if raw is None:
            return None
        try:
            length = int(raw)
        except ValueError:
            return 400, "Ogiltig förfrågan", "Ogiltig Content-Length."
        if length > self.max_request_bytes:
            return 413, "För stor", too_large_text(self.max_request_bytes)
        return None


def error_response(path: str, status: int, title: str, message: str, *, uploads_enabled: bool,
                   close: bool = False) -> Response:
    """A refusal as the page shows it: JSON under /api/, else the error page."""
    headers = {"connection": "close"} if close else None
    if path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status, headers=headers)
    html = render("error.html", path=path, uploads_enabled=uploads_enabled, title=title, message=message)
    return HTMLResponse(html, status_code=status, headers=headers)


# ---- API models (the OpenAPI schema) ---------------------------------------------

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


Text = Annotated[str, Query(max_length=200)]
Dnr = Annotated[str, Query(min_length=1, max_length=200, description="Diarienummer i valfri skrivform, eller #id",
                           examples=["KS 2020/0399", "KS 20/399", "#1"])]


class ErrorOut(BaseModel):
    detail: str


ERRORS = {404: {"model": ErrorOut, "description": "Finns inte"}}


# ---- helpers ---------------------------------------------------------------------

def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() and len(value) <= 9 else None


DbId = Annotated[int, PathParam(ge=1, le=MAX_ID)]  # out of range: 404 (see `invalid` below)


def _holdable(ref: str) -> bool:
    """False for a "#N" reference (a case by its number) whose N no database id can
    be: past MAX_ID, or digits that str.isdigit() takes and int() does not ("#²").
    Looking such a number up would overflow in the driver."""
    ref = ref.strip()
    if not (ref.startswith("#") and ref[1:].isdigit()):
        return True
    digits = ref[1:]
    return len(digits) <= 19 and digits.isdecimal() and 1 <= int(digits) <= MAX_ID


def _case_ref(dnr: str) -> str:
    """`dnr` for pipeline.queries, or NotFoundError when it is a "#N" no case can have."""
    if not _holdable(dnr):
        raise NotFoundError(f"Hittar inget ärende med diarienummer ”{dnr}”.")
    return dnr


def _dnr_sort(r: queries.CaseRow):
    key = r.dnr_key or ""
    org, _, rest = key.partition(" ")
    year, _, serial = rest.partition("/")
    return (org, _int(year) or 0, _int(serial) or 0, r.id) if key else None


def _sort_rows(rows: list[queries.CaseRow], sort: str, order: str, gov) -> list[queries.CaseRow]:
    stage_index = {k: i for i, k in enumerate(gov.stages)}

    def key(r):
        if sort == "dnr":
            return _dnr_sort(r)
        if sort == "title":
            return (r.title or "").lower() or None
        if sort == "proposers":
            return (r.proposers or "").lower() or None
        if sort == "stage":
            return stage_index.get(r.stage)
        if sort == "outcome":
            o = r.final_outcome or r.proposed_outcome
            return (r.final_outcome is None, gov.outcome_label(o)) if o else None
        if sort == "raised":
            return r.raised_on
        if sort == "deadline":
            return r.deadline
        return r.days_left if r.final_outcome is None else None

    have = [r for r in rows if key(r) is not None]
    missing = [r for r in rows if key(r) is None]
    have.sort(key=key, reverse=order == "desc")
    return have + missing


def _outcome_text(gov, row: queries.CaseRow) -> str:
    if row.final_outcome:
        return gov.outcome_label(row.final_outcome)
    if row.proposed_outcome:
        return f"förslag: {gov.outcome_label(row.proposed_outcome)}"
    return "–"


def _disposition(name: str) -> str:
    ascii_name = "".join(c if c.isascii() and (c.isalnum() or c in "-_. ()") else "_" for c in name) or "fil"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


def _download(data: bytes, name: str, fmt: str) -> Response:
    return Response(data, media_type=MEDIA.get(fmt, "application/octet-stream"),
                    headers={"content-disposition": _disposition(name), "cache-control": "no-store"})


class Archive:
    """The inbox's archive/ folder, read by document id only."""

    def __init__(self, box: Inbox | None) -> None:
        self.folder = box.archive.resolve() if box else None
        self._sha: dict[tuple, str] = {}

    def _candidates(self, name: str) -> list[Path]:
        if not self.folder or not name or "/" in name or "\\" in name or name in (".", "..") or "\x00" in name:
            return []
        stem, suffix = Path(name).stem, Path(name).suffix
        # The inbox never overwrites: a later file of the same name became "x (2).docx".
        return [self.folder / name] + sorted(Path(p) for p in glob.glob(
            os.path.join(glob.escape(str(self.folder)), f"{glob.escape(stem)} (*){glob.escape(suffix)}")))

    def read(self, name: str, sha256: str) -> bytes | None:
        """The archived bytes of the document, or None. Only regular files directly
        inside the archive folder, opened without following links, whose content
        hashes to the stored sha256."""
        for path in self._candidates(name):
            if path.parent != self.folder:
                continue
            try:
                fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
            except OSError:
                continue
            with os.fdopen(fd, "rb") as fh:
                st = os.fstat(fh.fileno())
                if not stat.S_ISREG(st.st_mode) or st.st_size > DEFAULT_MAX_BYTES:
                    continue
                data = fh.read()
            if hashlib.sha256(data).hexdigest() == sha256:
                return data
        return None

    def has(self, name: str, sha256: str) -> bool:
        for path in self._candidates(name):
            try:
                st = os.lstat(path)
            except OSError:
                continue
            if path.parent != self.folder or not stat.S_ISREG(st.st_mode):
                continue
            key = (str(path), st.st_mtime_ns, st.st_size)
            if key not in self._sha:
                if len(self._sha) > 10_000:
                    self._sha.clear()
                try:
                    self._sha[key] = hashlib.sha256(path.read_bytes()).hexdigest()
                except OSError:
                    continue
            if self._sha[key] == sha256:
                return True
        return False


# ---- the app ---------------------------------------------------------------------

def create_app(*, db: str | None = None, governance: str | None = None, inbox: str | os.PathLike | None = None,
               today: dt.date | None = None,
               max_file_bytes: int = DEFAULT_MAX_BYTES, max_files: int = MAX_FILES,
               max_request_bytes: int = MAX_REQUEST_BYTES, runner: Runner | None = None, store: Store | None = None,
               allowed_hosts: list[str] | tuple[str, ...] = LOOPBACK_HOSTS) -> FastAPI:
    """The web app over one store. `inbox` enables upload and document download;
    it needs `runner(names) -> summary`, which ingests the named inbox files (`motions
    serve` hands in the Prefect ingest flow, app.cli.serve.flow_runner; tests a stand-in).
    `allowed_hosts`: the Host names answered (TrustedHostMiddleware patterns, such
    as "motioner.kommun.se" or "*.kommun.se"), by default the loopback names;
    TestClient's is "testserver"."""
    if inbox and runner is None:
        raise TypeError("create_app(inbox=...) needs runner=: the ingest run for uploaded files "
                        "(app.cli.serve.flow_runner, as `motions serve` passes it)")
    store = store or open_store(db, governance)
    gov = store.gov
    box = Inbox(inbox).ensure() if inbox else None
    archive = Archive(box)
    uploads = Uploads(box, runner) if box is not None else None

    def day(override: dt.date | None = None) -> dt.date:
        return override or today or dt.date.today()

    @asynccontextmanager
    async def lifespan(_app):
        yield
        if uploads is not None:
            uploads.close()

    app = FastAPI(title="motions", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Ärenderegistret för motioner och medborgarförslag: samma frågor som kommandot "
                              "motions (cases, show, clauses, search) och status för uppladdningar.")
    app.state.store = store
    app.state.uploads = uploads
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    def page(name: str, request: Request, status: int = 200, **context) -> HTMLResponse:
        html = render(name, path=request.url.path, uploads_enabled=uploads is not None, **context)
        return HTMLResponse(html, status_code=status)

    def refuse(path: str, status: int, title: str, message: str, close: bool = False) -> Response:
        return error_response(path, status, title, message, uploads_enabled=uploads is not None, close=close)

    # ---- errors ----------------------------------------------------------------

    def _is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError):
        if _is_api(request):
            return JSONResponse({"detail": exc.message}, status_code=404)
        return page("error.html", request, 404, title="Hittades inte", message=exc.message)

    @app.exception_handler(MotionsError)
    async def motions_error(request: Request, exc: MotionsError):
        if _is_api(request):
            return JSONResponse({"detail": exc.message, "reason": exc.reason}, status_code=400)
        return page("error.html", request, 400, title="Det gick inte", message=exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 413 and exc.detail == STARLETTE_TOO_LARGE:
            # The body passed the limit as it arrived (chunked, or longer than declared).
            return refuse(request.url.path, 413, "För stor", too_large_text(max_request_bytes), close=True)
        text = {404: "Sidan finns inte."}.get(exc.status_code, str(exc.detail))
        if _is_api(request):
            return JSONResponse({"detail": text if exc.status_code == 404 else exc.detail},
                                status_code=exc.status_code, headers=getattr(exc, "headers", None))
        return page("error.html", request, exc.status_code, title="Fel", message=text)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        if any(tuple(e.get("loc", ()))[:1] == ("path",) for e in exc.errors()):
            # /arende/abc, /arende/-1, /dokument/<past 2^63>: no such page, rather than a
            # lookup the database driver cannot even express.
            return await not_found(request, NotFoundError("Sidan finns inte."))
        if _is_api(request):
            return JSONResponse({"detail": jsonable_errors(exc)}, status_code=422)
        return page("error.html", request, 400, title="Ogiltig förfrågan",
                    message="Adressen innehåller ett ogiltigt värde.")

    # ---- JSON API --------------------------------------------------------------

    @app.get("/api/cases", response_model=list[queries.CaseRow], tags=["register"],
             summary="Ärendena (motions cases)")
    def api_cases(stage: Text | None = None, outcome: Text | None = None, party: Text | None = None,
                  year: Annotated[int | None, Query(ge=1900, le=2200)] = None, overdue: bool = False,
                  today: dt.date | None = None):
        return queries.cases(store, stage=stage, outcome=outcome, party=party, year=year, overdue=overdue,
                             today=day(today))

    @app.get("/api/show", response_model=queries.CaseDetail, responses=ERRORS, tags=["register"],
             summary="Ett ärende med tidslinje (motions show)")
    def api_show(dnr: Dnr,
                 today: dt.date | None = None):
        return queries.show(store, _case_ref(dnr), today=day(today))

    @app.get("/api/clauses", response_model=queries.ClauseReport, responses=ERRORS, tags=["register"],
             summary="Att-satserna med kommentarer och beslut (motions clauses)")
    def api_clauses(dnr: Dnr, today: dt.date | None = None):
        return queries.clauses(store, _case_ref(dnr), today=day(today))

    @app.get("/api/search", response_model=list[queries.SearchHit], tags=["register"],
             summary="Fritextsök med svensk ordstamning (motions search)")
    def api_search(q: Annotated[str, Query(min_length=1, max_length=200, examples=["solceller", "motionerna"])],
                   limit: Annotated[int, Query(ge=1, le=200)] = 20):
        return queries.search(store, q, limit=limit)

    async def _accept(files: list[UploadFile]) -> list[FileResult]:
        if uploads is None:
            raise StarletteHTTPException(503, "Uppladdning är avstängd: ingen inkorg är inställd (--inbox).")
        files = [f for f in files if isinstance(f, StarletteUploadFile)]
        if not files:
            raise StarletteHTTPException(400, "Inga filer i uppladdningen.")
        if len(files) > max_files:
            raise StarletteHTTPException(413, f"Högst {max_files} filer åt gången.")
        results = []
        for f in files:
            name = clean_name(f.filename)
            data = await f.read(max_file_bytes + 1)
            await f.close()
            try:
                check_upload(name, data, max_bytes=max_file_bytes)
            except UploadRejected as e:
                results.append(FileResult(name, None, "rejected", "avvisad", e.reason, e.message))
                continue
            stored = place_in_inbox(uploads.box, name, data)
            results.append(FileResult(name, stored, "queued", "väntar"))
        return results

    @app.post("/api/uploads", response_model=UploadJobOut, status_code=202, tags=["uppladdning"],
              summary="Ladda upp dokument till inkorgen",
              responses={400: {"model": ErrorOut}, 403: {"model": ErrorOut, "description": "Från en annan webbplats"},
                         413: {"model": ErrorOut}, 503: {"model": ErrorOut}})
    async def api_upload(files: Annotated[list[UploadFile], File(description=".docx, .pdf, .txt eller .eml")]):
        results = await _accept(files)
        return uploads.submit(results).to_dict()

    @app.get("/api/uploads/{job_id}", response_model=UploadJobOut, responses=ERRORS, tags=["uppladdning"],
             summary="Status för en uppladdning")
    def api_upload_status(job_id: str):
        job = uploads.get(job_id) if uploads else None
        if job is None:
            raise NotFoundError("Uppladdningen finns inte (servern kan ha startats om).")
        return job.to_dict()

    # ---- pages -----------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def register_page(request: Request, stage: str | None = None, outcome: str | None = None,
                      party: str | None = None, year: str | None = None, overdue: str | None = None,
                      sort: str = "days", order: str = "asc", page_no: Annotated[str | None, Query(alias="sida")] = None):
        t = day()
        everything = queries.cases(store, today=t)
        filters = {"stage": (stage or "").strip()[:64] or None, "outcome": (outcome or "").strip()[:64] or None,
                   "party": (party or "").strip()[:32] or None, "year": _int(year), "overdue": bool(overdue)}
        active = any(filters.values())
        rows = queries.cases(store, today=t, **filters) if active else everything
        sort = sort if sort in SORTS else "days"
        order = "desc" if order == "desc" else "asc"
        rows = _sort_rows(rows, sort, order, gov)
        n_pages = max(1, -(-len(rows) // PAGE_SIZE))
        current = min(max(_int(page_no) or 1, 1), n_pages)
        shown = rows[(current - 1) * PAGE_SIZE: current * PAGE_SIZE]
        open_rows = [r for r in everything if r.final_outcome is None]
        counts = {
            "total": len(everything),
            "open": len(open_rows),
            "overdue": sum(1 for r in open_rows if r.overdue),
            "soon": sum(1 for r in open_rows if r.days_left is not None and 0 <= r.days_left < 60),
            "decided": len(everything) - len(open_rows),
        }
        with store.db.read() as s:
            years = sorted({y for y in s.scalars(select(Case.year).distinct()) if y}, reverse=True)
        parties = sorted({p for r in everything for p in parties_of(r.proposers)}, key=str.lower)
        table = [{
            "row": r, "dnr": r.dnr or r.dnr_key or f"#{r.id}", "kind": kind_label(gov, r.kind),
            "outcome": _outcome_text(gov, r), "days": days_left(r.days_left, r.final_outcome is not None),
        } for r in shown]
        return page("register.html", request, title="Ärenderegister", rows=table, counts=counts,
                    filters=filters, raw_year=year or "", sort=sort, order=order, page_no=current,
                    n_pages=n_pages, n_rows=len(rows), active=active, today=t, years=years, parties=parties,
                    stages=[(k, v.label) for k, v in gov.stages.items()],
                    outcomes=[(k, v.label) for k, v in gov.outcomes.items()])

    @app.get("/arende", include_in_schema=False)
    def case_lookup(request: Request, dnr: str = ""):
        with store.db.read() as s:
            cid = find_case_id(s, dnr[:200]) if dnr.strip() and _holdable(dnr[:200]) else None
        if cid is None:
            raise NotFoundError(f"Hittar inget ärende med diarienummer ”{dnr[:200]}”.")
        return RedirectResponse(f"/arende/{cid}", status_code=303)

    @app.get("/arende/{case_id}", response_class=HTMLResponse, include_in_schema=False)
    def case_page(request: Request, case_id: DbId):
        t = day()
        data = load_case(store, case_id, today=t)
        detail, c = data.detail, data.case
        docs = detail.documents
        # A clause or comment names its document; link the active rendering of that name.
        by_name: dict[str, queries.DocumentInfo] = {}
        for d in sorted(docs, key=lambda d: (d.superseded_by is None, d.same_as is None, d.id)):
            by_name[d.name] = d
        with store.db.read() as s:
            shas = dict(s.execute(select(Document.id, Document.sha256).where(Document.case_id == c.id)).all())
        downloadable = {d.id for d in docs if d.id in shas and archive.has(d.name, shas[d.id])}

        def source(name: str, page: int | None, block: int | None) -> dict:
            d = by_name.get(name)
            return {"name": name, "doc_id": d.id if d and d.id in downloadable else None,
                    "where": location(page, block), "page": page}

        clauses = [{
            "number": x.number, "text": x.text, "source": source(x.document, x.page, x.block),
            "state": STATE_SV.get(x.state, x.state), "state_key": x.state,
            "stance": STANCE_SV.get(x.stance) if x.stance else None,
            "proposed": gov.outcome_label(x.proposed_outcome) if x.proposed_outcome else None,
            "outcome": gov.outcome_label(x.outcome) if x.outcome else None,
            "comments": [{"text": k.text, "stance": STANCE_SV.get(k.stance) if k.stance else None,
                          "source": source(k.document, k.page, k.block)} for k in x.comments],
        } for x in data.clauses]
        timeline = [{
            "date": ev.date, "event": event_label(ev.kind), "body": body_name(gov, ev.body) if ev.body else None,
            "document": ev.document, "doc_id": ev.document_id if ev.document_id in downloadable else None,
            "flag": ev.flag_reason if ev.flagged else None, "superseded": ev.superseded,
        } for ev in detail.timeline]
        documents, warnings = [], []
        for d in docs:
            notes = []
            if d.superseded_by:
                notes.append(f"ersatt av #{d.superseded_by}")
            if d.same_as:
                notes.append(f"samma innehåll som #{d.same_as}")
            if d.link_method:
                notes.append(f"kopplad via {LINK_SV.get(d.link_method, d.link_method)}")
            documents.append({"id": d.id, "name": d.name, "type": DOC_TYPE_SV.get(d.doc_type, d.doc_type or "–"),
                              "status": STATUS_SV.get(d.status, d.status), "status_key": d.status,
                              "date": d.date, "note": "; ".join(notes), "downloadable": d.id in downloadable})
            codes = {w.get("code") for w in d.warnings}
            if d.reason_code and d.reason_code not in codes:
                warnings.append({"document": d.name, "code": d.reason_code,
                                 "message": d.reason_message or d.reason_code})
            warnings += [{"document": d.name, "code": w.get("code"), "message": w.get("message")}
                         for w in d.warnings]
        kind = gov.kinds.get(c.kind)
        decided = c.final_outcome is not None
        return page("case.html", request, title=c.title or f"Ärende #{c.id}", case=c, detail=detail,
                    dnr=c.dnr or c.dnr_key or f"#{c.id}", kind=kind_label(gov, c.kind),
                    rule=kind.rule if kind else "", days=days_left(c.days_left, decided),
                    proposed=data.proposed, final=data.final if decided else None,
                    outcome_label=gov.outcome_label, body_name=lambda b: body_name(gov, b),
                    current_body=data.current_body, clauses=clauses, timeline=timeline, documents=documents,
                    warnings=warnings, today=t)

    @app.get("/arende/{case_id}/sammanfattning.docx", include_in_schema=False)
    def case_summary(case_id: DbId):
        from pipeline.reports.summary import write_case_summary

        with tempfile.TemporaryDirectory(prefix="motions-web-") as tmp:
            paths = write_case_summary(store, case_id, tmp, today=day())
            path = next(p for p in paths if p.suffix == ".docx")
            return _download(path.read_bytes(), path.name, "docx")

    @app.get("/dokument/{doc_id}", include_in_schema=False)
    def document_file(doc_id: DbId):
        with store.db.read() as s:
            row = s.execute(select(Document.name, Document.sha256, Document.format)
                            .where(Document.id == doc_id)).first()
        data = archive.read(row.name, row.sha256) if row else None
        if data is None:
            raise NotFoundError("Filen finns inte i inkorgens arkiv (den kan ha lästs in på annat sätt "
                                "eller flyttats).")
        fmt = row.format or Path(row.name).suffix.lstrip(".").lower()
        return _download(data, row.name, fmt)

    @app.get("/sok", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = ""):
        q = q.strip()[:200]
        hits, direct = [], None
        if q:
            hits = queries.search(store, q, limit=50)
            with store.db.read() as s:
                cid = find_case_id(s, q) if any(ch.isdigit() for ch in q) and _holdable(q) else None
                if cid is not None:
                    direct = s.get(Case, cid)
        rows = [{"hit": h, "kind": HIT_SV.get(h.kind, h.kind), "dnr": h.dnr or f"#{h.case_id}"} for h in hits]
        return page("search.html", request, title="Sök" + (f": {q}" if q else ""), q=q, rows=rows, direct=direct)

    @app.get("/ej-fardigberedda", response_class=HTMLResponse, include_in_schema=False)
    def unfinished_page(request: Request):
        t = day()
        rows = [r for r in queries.cases(store, today=t) if r.final_outcome is None]
        groups = {"late": [], "soon": [], "ok": [], "none": []}
        for r in _sort_rows(rows, "days", "asc", gov):
            text, cls = days_left(r.days_left, False)
            groups[cls].append({"row": r, "dnr": r.dnr or r.dnr_key or f"#{r.id}", "kind": kind_label(gov, r.kind),
                                "outcome": _outcome_text(gov, r), "days": (text, cls)})
        from pipeline.reports.council import report_date

        return page("unfinished.html", request, title="Ej färdigberedda motioner", groups=groups, today=t,
                    report_month=report_date(gov, t), n=len(rows))

    @app.get("/ej-fardigberedda/redovisning.{fmt}", include_in_schema=False)
    def council_report(fmt: str):
        if fmt not in ("docx", "xlsx"):
            raise NotFoundError("Redovisningen finns som .docx och .xlsx.")
        from pipeline.reports.council import write_council_report

        with tempfile.TemporaryDirectory(prefix="motions-web-") as tmp:
            paths = write_council_report(store, tmp, today=day())
            path = next(p for p in paths if p.suffix == f".{fmt}")
            return _download(path.read_bytes(), path.name, fmt)

    @app.get("/ladda-upp", response_class=HTMLResponse, include_in_schema=False)
    def upload_page(request: Request):
        return page("upload.html", request, title="Ladda upp", job=None, max_mb=max_file_bytes / (1024 * 1024),
                    max_files=max_files)

    @app.post("/ladda-upp", include_in_schema=False)
    async def upload_form(files: Annotated[list[UploadFile], File()]):
        results = await _accept(files)
        job = uploads.submit(results)
        return RedirectResponse(f"/ladda-upp/{job.id}", status_code=303)

    @app.get("/ladda-upp/{job_id}", response_class=HTMLResponse, include_in_schema=False)
    def upload_job_page(request: Request, job_id: str):
        job = uploads.get(job_id[:64]) if uploads else None
        if job is None:
            raise NotFoundError("Uppladdningen finns inte (servern kan ha startats om).")
        return page("upload.html", request, title="Ladda upp", job=job, max_mb=max_file_bytes / (1024 * 1024),
                    max_files=max_files)

    # add_middleware puts each one outside the ones before: the last added runs first.
    app.add_middleware(RequestBodyLimitMiddleware, max_body_size=max_request_bytes)
    app.add_middleware(RequestGuard, max_request_bytes=max_request_bytes, refuse=refuse)
    app.add_middleware(AllowedHosts, allowed_hosts=list(allowed_hosts), refuse=refuse)
    app.add_middleware(SecurityHeaders)
    return app


def jsonable_errors(exc: RequestValidationError) -> list[dict]:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(exc.errors())
