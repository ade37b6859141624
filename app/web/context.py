"""What every page shares: the store, the governance model, the clock, the inbox
and its uploads, and the limits (datasette's shape: one object the routes are
handed, instead of closures inside create_app).

A route takes it as a dependency (`site: SiteDep`); create_app puts the one
instance on `app.state.site`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, Response

from app.web.archive import Archive
from app.web.errors import error_response
from app.web.render import render
from app.web.uploads import Uploads
from pipeline.governance import Governance
from pipeline.inbox import Inbox
from pipeline.store import Store


@dataclass
class Site:
    store: Store
    gov: Governance
    today: dt.date | None  # a fixed clock (--today), else the real one
    inbox: Inbox | None  # None: no upload, no download
    archive: Archive
    uploads: Uploads | None
    max_file_bytes: int
    max_files: int
    max_request_bytes: int

    def day(self, override: dt.date | None = None) -> dt.date:
        return override or self.today or dt.date.today()

    def page(self, name: str, request: Request, status: int = 200, **context) -> HTMLResponse:
        html = render(name, path=request.url.path, uploads_enabled=self.uploads is not None, **context)
        return HTMLResponse(html, status_code=status)

    def refuse(self, path: str, status: int, title: str, message: str, close: bool = False) -> Response:
        return error_response(path, status, title, message, uploads_enabled=self.uploads is not None, close=close)


async def site(request: Request) -> Site:
    return request.app.state.site


SiteDep = Annotated[Site, Depends(site)]
