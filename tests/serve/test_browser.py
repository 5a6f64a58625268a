"""The reader in real Chromium: follow the pages a reader would, take screenshots, check that no
captured payload runs, and that the pages work on a phone and without JavaScript."""

from __future__ import annotations

import pytest
from serve_harness import screenshot

pytestmark = pytest.mark.browser


def test_reader_walkthrough(page, live_server) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(live_server.url + "/")
    assert page.locator("h1").first.inner_text() == "Top stories"
    assert page.locator(".ticker-items li").count() > 5
    screenshot(page, "01-home")

    page.click("text=Shelling of Brask market")
    page.wait_for_url("**/stories/s-brask")
    assert page.locator(".outlet-column").count() >= 2
    assert page.locator("table.framing").is_visible()
    screenshot(page, "02-story")

    page.click(".outlet-column >> text=Brask market toll rises as Northern Front denies shelling")
    page.wait_for_url("**/articles/**")
    assert page.locator("#article-text a.ent").count() >= 3
    assert page.locator("#article-text .q").count() == 1
    # "Listen" is revealed by the external script where speech synthesis exists.
    assert page.locator("#listen").is_visible()
    screenshot(page, "03-article")

    page.click("#article-text >> text=Lev Orsolin")
    page.wait_for_url("**/entities/Lev%20Orsolin")
    assert "did not fire a single shell" in page.locator(".quotes").inner_text()
    assert page.locator("svg.chart").count() == 1
    screenshot(page, "04-entity")

    page.fill("#quick-q", "Brask")
    page.press("#quick-q", "Enter")
    page.wait_for_url("**/search?q=Brask")
    assert page.locator(".hit").count() >= 3
    assert page.locator(".snippet mark").count() >= 1
    page.click(".facets >> text=Hollow Bay Herald")
    assert "outlet=Hollow+Bay+Herald" in page.url
    assert page.locator(".hit").count() == 2
    screenshot(page, "05-search")

    page.goto(live_server.url + "/charts")
    assert page.locator("svg.chart").count() == 2
    screenshot(page, "06-charts")
    assert errors == []


def test_listen_speaks_the_article(page, live_server, ids) -> None:
    page.add_init_script(
        "window.__spoken = [];"
        "window.speechSynthesis.speak = (u) => { window.__spoken.push(u.text); };"
    )
    page.goto(f"{live_server.url}/articles/{ids['enriched']}")
    page.click("#listen")
    spoken = page.evaluate("window.__spoken")
    assert len(spoken) == 1
    assert spoken[0].startswith("Brask market toll rises as Northern Front denies shelling.")
    assert "did not fire a single shell" in spoken[0]


def test_phone_layout_and_no_javascript(browser, live_server, ids) -> None:
    phone = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, java_script_enabled=False
    )
    page = phone.new_page()
    for path, name in (("/", "07-phone-home"), ("/stories/s-brask", "08-phone-story"),
                       (f"/articles/{ids['enriched']}", "09-phone-article")):  # fmt: skip
        page.goto(live_server.url + path)
        # Nothing wider than the screen except the deliberately scrollable strips.
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} is {width}px wide on a 390px phone"
        screenshot(page, name)
    assert not page.locator("#listen").is_visible()  # no JS, no Listen button
    page.goto(live_server.url + "/search?q=Brask&kind=article")  # forms are plain GET forms
    assert page.locator(".hit").count() >= 2
    phone.close()
