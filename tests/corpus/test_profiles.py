"""Site profiles kept in the store: a site's recurring lines, learnt over ingests, are chrome
for the text reader on its later captures (a fictional site, written here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from newsdesk.corpus import open_store, profiles
from newsdesk.corpus import schema as s
from newsdesk.corpus.ingest import ingest, reprocess
from newsdesk.corpus.profiles import stored_profiles

# Printed on every page of the site, in the middle of the story: a widget only several
# captures can tell from a sub-heading.
WIDGET = "Tide tables for the week"
TOPICS = ["ferry", "crane", "lantern", "beacon", "market"]


def _dump(n: int) -> str:
    topic = TOPICS[n]
    para = (
        f"The {topic} story number {n} begins at the quay, where the {topic} keepers met on "
        f"Monday morning to talk about the season ahead and the work still to do, item {n}."
    )
    later = (
        f"By the evening the {topic} keepers of story {n} had agreed on a plan, and the harbour "
        f"office said it would publish the details on Friday, number {n} in the series."
    )
    return "\n\n".join(
        ["Harbour Weekly", "Home", "News", "Sport", f"The {topic} season opens", para, WIDGET,
         later, para.replace("begins", "goes on"), "Contact us", "All rights reserved"]
    ) + "\n"  # fmt: skip


def _write(folder: Path, numbers: range) -> list[str]:
    folder.mkdir(exist_ok=True)
    paths = []
    for n in numbers:
        path = folder / f"harbour-weekly-{n}.txt"
        path.write_text(_dump(n), encoding="utf-8")
        paths.append(str(path))
    return paths


def _headings(db: str) -> list[str]:
    with open_store(db) as store:
        return [h for a in store.articles() for h in a.article.headings]


def test_a_sites_recurring_lines_become_chrome_for_its_later_captures(
    tmp_path: Path, db_url: str
) -> None:
    alone = str(tmp_path / "alone.db")
    ingest(_write(tmp_path / "a", range(4, 5)), db=alone, enrich=False, hooks=False)
    assert WIDGET in _headings(alone)  # one capture alone: the widget reads as a sub-heading

    db = db_url
    ingest(_write(tmp_path / "b", range(0, 3)), db=db, enrich=False, hooks=False)
    with open_store(db) as store:
        profile = stored_profiles(store)["Harbour Weekly"]
    assert profile.captures == 3 and profile.is_chrome(WIDGET)
    ingest(_write(tmp_path / "c", range(4, 5)), db=db, enrich=False, hooks=False)
    with open_store(db) as store:
        latest = [a for a in store.articles() if "story number 4" in a.article.body]
    assert latest and WIDGET not in latest[0].article.headings


def test_a_capture_counts_once_in_its_sites_profile(tmp_path: Path, db_url: str) -> None:
    db = db_url
    paths = _write(tmp_path / "b", range(0, 3))
    ingest(paths, db=db, enrich=False, hooks=False)
    ingest(paths, db=db, enrich=False, hooks=False)  # the same bytes again: nothing new
    reprocess(db=db, everything=True, enrich=False, hooks=False)
    with open_store(db) as store, store.read() as conn:
        captures = conn.scalar(select(s.site_profiles.c.captures))
    assert captures == 3


def test_versions_of_one_story_do_not_teach_its_own_lines_as_chrome(
    tmp_path: Path, db_url: str
) -> None:
    folder = tmp_path / "v"
    folder.mkdir()
    paths = []
    for version in range(4):  # one story captured four times, updated a little each time
        text = _dump(1).replace("Friday", f"Friday (update {version})")
        path = folder / f"harbour-weekly-v{version}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    ingest(paths, db=db_url, enrich=False, hooks=False)
    with open_store(db_url) as store, store.read() as conn:
        captures = conn.scalar(select(s.site_profiles.c.captures))
    assert captures == 1  # one story, however many captures of it


def test_a_site_keeps_only_its_commonest_lines(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past MAX_LINES a site's row keeps the lines found in most captures (chrome recurs; a
    story's own lines do not), so the row stays bounded however many captures the site has."""
    monkeypatch.setattr(profiles, "MAX_LINES", 6)
    ingest(_write(tmp_path / "b", range(0, 3)), db=db_url, enrich=False, hooks=False)
    with open_store(db_url) as store, store.read() as conn:
        lines = json.loads(conn.scalar(select(s.site_profiles.c.lines)))
    assert len(lines) == 6
    assert set(lines.values()) == {3}  # the six kept are among those in all three captures


def test_capture_lines_keys_only_lines_that_can_be_short() -> None:
    """A capture's candidate chrome is every line whose key (bullets, spacing and case dropped)
    has at most MAX_WORDS words; lines of more words are skipped unkeyed unless a bullet leads
    them, since dropping bullets can bring such a line under the limit."""
    from newsdesk.extract.profile import line_keys

    lines = [
        "Quillon Courier",
        "  •  Home  ",
        "* * * Harbour works close the east quay for all the winter months",
        "- - - - - - - - - - - - - - - - - -",
        "The ferry from Lower Quillon runs again from Monday after the storm damage was repaired",
        "Sport   News   Weather",
        "•••",
    ]
    text = "\n".join(lines)
    data = text.encode()
    site, _story, keys = profiles.capture_lines(data, text, "Harbour works")
    limit = profiles._MAX_WORDS
    assert site == "Quillon Courier"
    assert keys == sorted(k for k in line_keys(text) if len(k.split()) <= limit)
    assert "harbour works close the east quay for all the winter months" in keys
    assert not any(k.startswith("the ferry") for k in keys)
