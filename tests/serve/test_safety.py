"""Captured content is hostile: it must be shown as text, never run (checked in real Chromium)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from serve_corpus import PAYLOADS

from newsdesk.serve.security import PAGE_CSP

HOSTILE_PAGES = ("/", "/stories/s-empty", "/search?q=Hostile", "/search?q=Brask", "/failed",
                 "/charts", "/outlets", "/entities", "/stories")  # fmt: skip


def test_headers_on_pages_and_api(client) -> None:
    for path in ("/", "/api/articles", "/static/newsdesk.css", "/nope"):
        headers = client.get(path).headers
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["content-security-policy"] == PAGE_CSP
        assert "'unsafe-inline'" not in headers["content-security-policy"]
        assert headers["x-frame-options"] == "SAMEORIGIN"


def test_raw_capture_is_plain_text_in_a_sandbox(client, ids) -> None:
    response = client.get(f"/captures/{ids['hostile_capture']}/raw")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in response.headers["content-security-policy"]
    assert PAYLOADS[0].encode() in response.content  # exactly as stored


def test_payloads_are_escaped_in_the_html(client, ids) -> None:
    for path in (f"/articles/{ids['hostile']}", f"/articles/{ids['hostile_capture'][:16]}-0",
                 "/stories/s-empty", "/search?q=Hostile", "/"):  # fmt: skip
        html = client.get(path).text
        for payload in PAYLOADS:
            assert payload not in html, (path, payload)
        assert "<script>window" not in html and 'onerror="window' not in html


@pytest.mark.browser
def test_no_payload_runs_in_chromium(browser, live_server, ids) -> None:
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    evil_entity = "/entities/" + quote("Evil " + PAYLOADS[0], safe="")
    capture = ids["hostile_capture"]
    paths = [*HOSTILE_PAGES, f"/articles/{ids['hostile']}", f"/articles/{capture[:16]}-0",
             f"/captures/{capture}", f"/captures/{capture}/raw", evil_entity]  # fmt: skip
    for path in paths:
        page.goto(live_server.url + path)
        page.wait_for_load_state("load")
        # Click every link a payload could have become; none may navigate to javascript:.
        for link in page.locator("a").all():
            href = link.get_attribute("href") or ""
            assert not href.strip().lower().startswith("javascript:"), (path, href)
        for frame in page.frames:
            assert frame.evaluate("typeof window.__pwned") == "undefined", path
    page.goto(f"{live_server.url}/articles/{ids['hostile']}")
    # The payload text is visible to the reader as text.
    assert "<script>window.__pwned=1</script>" in page.locator("main").inner_text()
    assert dialogs == []
    context.close()


@pytest.mark.browser
def test_inline_script_is_blocked_by_csp(browser, live_server) -> None:
    """Even if markup slipped through, the CSP would stop an inline script: prove the CSP bites."""
    context = browser.new_context()
    page = context.new_page()
    violations: list[str] = []
    page.on(
        "console", lambda m: violations.append(m.text) if "Content Security" in m.text else None
    )
    page.goto(live_server.url + "/")
    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.__pwned=9';"
        " document.body.appendChild(s); }"
    )
    assert page.evaluate("typeof window.__pwned") == "undefined"
    context.close()
