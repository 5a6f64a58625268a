"""What keeps captured content harmless in a browser, and who may write.

Everything in the corpus came from someone else's web page, so the reader treats all of it as
hostile: templates autoescape, the page CSP allows scripts only from our own static files, and the
raw capture is only ever sent as text/plain inside its own sandbox.
"""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No inline script, no inline event handler, no javascript: URL can run under this policy:
# script-src lists only 'self' (our /static files), and nothing from another origin loads at all.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; frame-src 'self'; media-src 'none'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
)
# The raw capture runs in an opaque origin with nothing allowed, even when opened directly.
RAW_CSP = "default-src 'none'; sandbox; frame-ancestors 'self'"

COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "SAMEORIGIN",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}


class SecurityHeaders:
    """ASGI middleware adding the safety headers to every response.

    A route may set its own, stricter Content-Security-Policy (the raw capture does); the
    defaults fill in whatever a response leaves out. Plain ASGI rather than BaseHTTPMiddleware:
    it costs nothing per request.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.defaults = [(k.lower().encode(), v.encode()) for k, v in COMMON_HEADERS.items()]
        self.defaults.append((b"content-security-policy", PAGE_CSP.encode()))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers.extend(item for item in self.defaults if item[0] not in present)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def check_write_token(request: Request, token: str | None) -> None:
    """Refuse a write unless writes are on and the request carries the configured bearer token."""
    if not token:
        raise HTTPException(
            status_code=403,
            detail="writes are disabled: start the server with NEWSDESK_TOKEN set to enable them",
        )
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(
            status_code=401,
            detail="this endpoint needs 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(
            status_code=401,
            detail="the bearer token is not the one configured",
            headers={"WWW-Authenticate": "Bearer"},
        )
