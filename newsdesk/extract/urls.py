"""Addresses as pages write them: resolved against the page's, and their host, without failing
on the malformed ones pages also carry ("http://[broken", an unclosed IPv6 bracket, which
urllib.parse refuses with ValueError)."""

from __future__ import annotations

from urllib.parse import urljoin, urlparse


def resolved(base: str | None, href: str) -> str:
    """`href` resolved against `base` (the page's address), or as written where either cannot
    be parsed."""
    if not base:
        return href
    try:
        return urljoin(base, href)
    except ValueError:
        return href


def host(url: str | None) -> str:
    """The address's host without a leading "www.", or "" where there is none or it cannot be
    parsed."""
    if not url:
        return ""
    try:
        return urlparse(url).netloc.removeprefix("www.")
    except ValueError:
        return ""
