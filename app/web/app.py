"""The secretariat's web page: FastAPI, server-rendered Jinja2, Swedish text.

    from app.web import create_app
    app = create_app(db="outputs/motions.db", inbox="outputs/inkorg", runner=flow_runner(...))

Pages: the register (/), a case (/arende/<id>), search (/sok), unfinished motions
(/ej-fardigberedda), upload (/ladda-upp), downloads (/dokument/<id>, the case
summary and the council report). JSON under /api/ mirrors the CLI queries (cases,
show, clauses, search) plus the upload status; the schema is at /api/openapi.json.
Reading goes through pipeline.queries and pipeline.reports, so the page shows what
`motions show` and the .docx summaries show.

create_app is the factory: it builds the shared context (context.Site), includes
one router per page (routes/), and wraps them in the walls of guards.py. Files are
served only from the inbox's archive/ folder (archive.py); no path from the request
reaches the file system.

Every request passes, outermost first: the security headers; the Host allow-list
(Starlette's TrustedHostMiddleware); RequestGuard (ambiguous framing, a declared
size over the limit, state-changing requests from another site); and Starlette's
RequestBodyLimitMiddleware, which counts the body bytes as they arrive.
"""

from __future__ import annotations

import datetime as dt
import os
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.body_limit import RequestBodyLimitMiddleware

from app.web import errors
from app.web.archive import Archive
from app.web.context import Site
from app.web.guards import LOOPBACK_HOSTS, MAX_REQUEST_BYTES, AllowedHosts, RequestGuard, SecurityHeaders
from app.web.routes import ROUTERS
from app.web.uploads import MAX_FILES, Runner, Uploads
from pipeline.inbox import Inbox
from pipeline.readers.sniff import DEFAULT_MAX_BYTES
from pipeline.store import Store, open_store

STATIC = Path(__file__).resolve().parent / "static"


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
    box = Inbox(inbox).ensure() if inbox else None
    site = Site(store=store, gov=store.gov, today=today, inbox=box, archive=Archive(box),
                uploads=Uploads(box, runner) if box is not None else None, max_file_bytes=max_file_bytes,
                max_files=max_files, max_request_bytes=max_request_bytes)

    @asynccontextmanager
    async def lifespan(_app):
        yield
        if site.uploads is not None:
            site.uploads.close()

    app = FastAPI(title="motions", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Ärenderegistret för motioner och medborgarförslag: samma frågor som kommandot "
                              "motions (cases, show, clauses, search) och status för uppladdningar.")
    app.state.site = site
    app.state.store = store
    app.state.uploads = site.uploads
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    errors.install(app)
    for router in ROUTERS:
        app.include_router(router)
    # add_middleware puts each one outside the ones before: the last added runs first.
    app.add_middleware(RequestBodyLimitMiddleware, max_body_size=max_request_bytes)
    app.add_middleware(RequestGuard, max_request_bytes=max_request_bytes, refuse=site.refuse)
    app.add_middleware(AllowedHosts, allowed_hosts=list(allowed_hosts), refuse=site.refuse)
    app.add_middleware(SecurityHeaders)
    return app
