"""Refusals and errors as the page shows them: JSON under /api/, else the error page
(in Swedish, with the status code the case calls for)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.web.guards import STARLETTE_TOO_LARGE, too_large_text
from app.web.render import render
from pipeline.errors import MotionsError
from pipeline.store import NotFoundError


def error_response(path: str, status: int, title: str, message: str, *, uploads_enabled: bool,
                   close: bool = False) -> Response:
    """A refusal as the page shows it: JSON under /api/, else the error page."""
    headers = {"connection": "close"} if close else None
    if path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status, headers=headers)
    html = render("error.html", path=path, uploads_enabled=uploads_enabled, title=title, message=message)
    return HTMLResponse(html, status_code=status, headers=headers)


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


async def not_found(request: Request, exc: NotFoundError):
    if _is_api(request):
        return JSONResponse({"detail": exc.message}, status_code=404)
    return request.app.state.site.page("error.html", request, 404, title="Hittades inte", message=exc.message)


async def motions_error(request: Request, exc: MotionsError):
    if _is_api(request):
        return JSONResponse({"detail": exc.message, "reason": exc.reason}, status_code=400)
    return request.app.state.site.page("error.html", request, 400, title="Det gick inte", message=exc.message)


async def http_error(request: Request, exc: StarletteHTTPException):
    site = request.app.state.site
    if exc.status_code == 413 and exc.detail == STARLETTE_TOO_LARGE:
        # The body passed the limit as it arrived (chunked, or longer than declared).
        return site.refuse(request.url.path, 413, "För stor", too_large_text(site.max_request_bytes), close=True)
    text = {404: "Sidan finns inte."}.get(exc.status_code, str(exc.detail))
    if _is_api(request):
        return JSONResponse({"detail": text if exc.status_code == 404 else exc.detail},
                            status_code=exc.status_code, headers=getattr(exc, "headers", None))
    return site.page("error.html", request, exc.status_code, title="Fel", message=text)


async def invalid(request: Request, exc: RequestValidationError):
    if any(tuple(e.get("loc", ()))[:1] == ("path",) for e in exc.errors()):
        # /arende/abc, /arende/-1, /dokument/<past 2^63>: no such page, rather than a
        # lookup the database driver cannot even express.
        return await not_found(request, NotFoundError("Sidan finns inte."))
    if _is_api(request):
        return JSONResponse({"detail": jsonable_errors(exc)}, status_code=422)
    return request.app.state.site.page("error.html", request, 400, title="Ogiltig förfrågan",
                                       message="Adressen innehåller ett ogiltigt värde.")


def jsonable_errors(exc: RequestValidationError) -> list[dict]:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(exc.errors())


def install(app: FastAPI) -> None:
    app.add_exception_handler(NotFoundError, not_found)
    app.add_exception_handler(MotionsError, motions_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
