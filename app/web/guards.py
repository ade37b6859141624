"""The walls every request passes, outermost first: the security headers; the Host
allow-list (Starlette's TrustedHostMiddleware); RequestGuard (ambiguous framing, a
declared size over the limit, state-changing requests from another site); and
Starlette's RequestBodyLimitMiddleware, which counts the body bytes as they arrive
(create_app adds them in that order).
"""

from __future__ import annotations

from typing import Callable
from urllib.parse import urlsplit

from fastapi.responses import Response
from starlette.datastructures import Headers
from starlette.middleware.trustedhost import TrustedHostMiddleware

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
# The names a page bound to loopback is reached by; TrustedHostMiddleware compares
# the Host header's name, IPv6 literals with their brackets.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
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
