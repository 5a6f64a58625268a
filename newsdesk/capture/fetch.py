"""Fetch URLs with httpx: timeouts, a size cap, content-type checks, bounded redirects, a
newsdesk user-agent, and a guard that refuses loopback and private addresses.

The transport is a seam (`make_client(transport=...)`) so tests use httpx.MockTransport; the
address guard resolves names through `resolve` (also a seam) and checks every redirect hop.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import urljoin, urlparse

import httpx

from newsdesk.records import Capture
from newsdesk.settings import setting

MAX_REDIRECTS = 5
ACCEPTED_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "text/xml",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/json",
    "application/x-ndjson",
)

Resolver = Callable[[str], list[str]]


class FetchError(Exception):
    """A URL could not be fetched as a page; the message names the URL and the reason."""


def resolve_host(host: str) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r} ({exc})") from exc
    return sorted({str(info[4][0]) for info in infos})


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    return ip.is_global and not ip.is_multicast


def check_address(url: str, *, allow_private: bool, resolve: Resolver = resolve_host) -> None:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs can be fetched")
    host = parsed.hostname
    if not host:
        raise FetchError(f"{url}: no host in URL")
    if allow_private:
        return
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            addresses = resolve(host)
        except FetchError as exc:
            raise FetchError(f"{url}: {exc}") from exc
    blocked = [a for a in addresses if not _is_public(a)]
    if blocked or not addresses:
        raise FetchError(
            f"{url}: refusing to fetch a loopback/private address ({', '.join(blocked) or host}); "
            "pass --allow-private to allow it"
        )


def make_client(transport: httpx.BaseTransport | None = None) -> httpx.Client:
    timeout = float(setting("fetch_timeout"))
    return httpx.Client(
        transport=transport,
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        follow_redirects=False,  # followed by hand, so every hop passes the address guard
        headers={"User-Agent": str(setting("user_agent")), "Accept": "text/html,*/*;q=0.8"},
    )


def _content_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def fetch(
    url: str,
    client: httpx.Client,
    *,
    allow_private: bool = False,
    max_bytes: int | None = None,
    resolve: Resolver = resolve_host,
) -> Capture:
    """GET one URL as a Capture, or raise FetchError with a clear reason."""
    limit = int(setting("max_capture_bytes")) if max_bytes is None else max_bytes
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        check_address(current, allow_private=allow_private, resolve=resolve)
        try:
            with client.stream("GET", current) as response:
                if response.is_redirect:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(f"{url}: redirect without a Location header")
                    current = urljoin(current, location)
                    continue
                if response.status_code >= 400:
                    raise FetchError(
                        f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip()
                    )
                ctype = _content_type(response)
                if ctype and not ctype.startswith(ACCEPTED_TYPES):
                    raise FetchError(f"{url}: not a page (content-type {ctype})")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise FetchError(
                        f"{url}: {int(declared):,} bytes is over the {limit:,}-byte cap"
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(f"{url}: more than the {limit:,}-byte cap")
                    chunks.append(chunk)
                return Capture(
                    source=url,
                    data=b"".join(chunks),
                    url=str(response.url),
                    captured_at=datetime.now(UTC),
                    content_type=response.headers.get("content-type"),
                )
        except httpx.TimeoutException as exc:
            raise FetchError(f"{url}: timed out ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from exc
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
