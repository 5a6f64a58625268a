"""The bundled sample captures, read against what a careful reader wrote down for each
(newsdesk/samples/.expected.json)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from newsdesk.capture.files import read_capture
from newsdesk.extract import extract

SAMPLES = Path(__file__).resolve().parents[2] / "newsdesk" / "samples"
EXPECTED = json.loads((SAMPLES / ".expected.json").read_text(encoding="utf-8"))["files"]


def _read(name: str):
    spec = EXPECTED[name]
    when = spec.get("captured_at")
    return extract(
        read_capture(SAMPLES / name),
        captured_at=datetime.fromisoformat(when) if when else None,
    ), spec


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_shape(name):
    page, spec = _read(name)
    assert page.kind == spec["kind"]
    if "site" in spec:
        assert page.site == spec["site"]
    assert len(page.ticker) == spec["ticker"]["count"]
    assert [t.attribution for t in page.ticker] == spec["ticker"]["attributions"]


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if EXPECTED[n].get("main")))
def test_main_article(name):
    page, spec = _read(name)
    want = spec["main"]
    main = next(a for a in page.articles if a.role == "main")
    for field in ("title", "outlet", "credit", "authors", "tags", "standfirst", "published_text"):
        if field in want:
            assert getattr(main, field) == want[field], field
    if want.get("published"):
        assert (main.published or "").startswith(want["published"])
    if "headings" in want:
        assert main.headings == want["headings"]
    paragraphs = main.body.split("\n\n")
    assert paragraphs[0].startswith(want["first_sentence"])
    assert paragraphs[-1].endswith(want["last_sentence"])
    if "paragraphs" in want:  # counted without the sub-headings
        assert len([p for p in paragraphs if p not in main.headings]) == want["paragraphs"]
    for text in want.get("not_in_body", []):
        assert text not in main.body


@pytest.mark.parametrize(
    "name", sorted(n for n in EXPECTED if EXPECTED[n].get("related") or EXPECTED[n].get("entries"))
)
def test_related_and_digest_entries(name):
    page, spec = _read(name)
    others = [a for a in page.articles if a.role != "main"]
    want = spec.get("related") or spec.get("entries")
    assert [(a.title, a.outlet) for a in others] == [(w["title"], w["outlet"]) for w in want]
