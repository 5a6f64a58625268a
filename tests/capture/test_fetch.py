"""URL fetching: every refusal is a clear FetchError; the network edge is an httpx MockTransport."""

from __future__ import annotations

import httpx
import pytest

from newsdesk.capture.fetch import FetchError, check_address, fetch, make_client

PUBLIC = ["93.184.216.34"]


def _public(_host: str) -> list[str]:
    return PUBLIC


def _client(handler) -> httpx.Client:
    return make_client(httpx.MockTransport(handler))


def test_fetches_a_page_with_a_newsdesk_user_agent() -> None:
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen["ua"] = request.headers["user-agent"]
        return httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"},
                              content=b"<html><p>Hello</p></html>")  # fmt: skip

    capture = fetch("https://news.example/a", _client(handler), resolve=_public)
    assert capture.data == b"<html><p>Hello</p></html>"
    assert capture.url == "https://news.example/a" and capture.source == "https://news.example/a"
    assert capture.content_type.startswith("text/html") and capture.captured_at is not None
    assert "newsdesk" in seen["ua"]


def test_error_status_is_reported() -> None:
    client = _client(lambda r: httpx.Response(404, content=b"gone"))
    with pytest.raises(FetchError, match=r"https://news.example/x: HTTP 404"):
        fetch("https://news.example/x", client, resolve=_public)


def test_non_page_content_type_is_refused() -> None:
    client = _client(lambda r: httpx.Response(200, headers={"content-type": "image/png"}))
    with pytest.raises(FetchError, match=r"not a page \(content-type image/png\)"):
        fetch("https://news.example/pic", client, resolve=_public)


def test_size_cap_applies_to_the_streamed_body() -> None:
    client = _client(
        lambda r: httpx.Response(200, headers={"content-type": "text/html"}, content=b"x" * 5000)
    )
    with pytest.raises(FetchError, match="1,000-byte cap"):
        fetch("https://news.example/big", client, resolve=_public, max_bytes=1000)


def test_timeouts_are_reported() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(FetchError, match="timed out"):
        fetch("https://news.example/slow", _client(handler), resolve=_public)


def test_redirects_are_followed_but_bounded() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        n = int(request.url.path.strip("/") or 0)
        if n < 3:
            return httpx.Response(302, headers={"location": f"/{n + 1}"})
        return httpx.Response(200, headers={"content-type": "text/html"}, content=b"<p>end</p>")

    capture = fetch("https://news.example/0", _client(handler), resolve=_public)
    assert capture.url == "https://news.example/3" and capture.source == "https://news.example/0"

    loop = _client(lambda r: httpx.Response(302, headers={"location": "/again"}))
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch("https://news.example/loop", loop, resolve=_public)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/admin",
        "http://10.0.0.8/",
        "http://192.168.1.1/",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data",
    ],
)
def test_private_and_loopback_addresses_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="--allow-private"):
        check_address(url, allow_private=False)
    check_address(url, allow_private=True)


def test_names_resolving_to_private_addresses_are_refused_even_after_a_redirect() -> None:
    def resolve(host: str) -> list[str]:
        return ["10.1.2.3"] if host == "intranet.example" else PUBLIC

    client = _client(
        lambda r: httpx.Response(302, headers={"location": "http://intranet.example/"})
    )
    with pytest.raises(FetchError, match="loopback/private"):
        fetch("https://news.example/r", client, resolve=resolve)


def test_other_schemes_are_refused() -> None:
    with pytest.raises(FetchError, match="only http and https"):
        check_address("file:///etc/passwd", allow_private=True)
