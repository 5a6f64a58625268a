"""The clusterer's state in the database: saved piece by piece with each batch, loaded back
exactly, converted from the pickled form of earlier versions; records completed on read."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from newsdesk.corpus import open_store
from newsdesk.corpus.ingest import ingest
from newsdesk.corpus.stories import get_story, list_stories
from newsdesk.corpus.stories import place as stories_place
from newsdesk.corpus.stories.cluster import ClusterParams, StoryClusterer
from newsdesk.corpus.stories.place import article_item, load_clusterer, place
from newsdesk.corpus.stories.records import story_records
from newsdesk.corpus.stories.state import (
    LEGACY_NAME,
    STATE_NAME,
    load_state,
    stale_ids,
    story_clusters,
    story_state,
    story_vocab,
)
from newsdesk.serve.detail import story_detail
from newsdesk.serve.reader import Reader
from tests.corpus.stories.war_week import newsplease_records

# A short window and a small dormant index: stories go quiet, are revived and closed for good
# while the fictional week is placed, so every part of the state is saved and loaded.
PARAMS = ClusterParams(window_days=1.0, dormant_max_stories=2, batch_size=4)


def _corpus(tmp_path: Path, db: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, obj in newsplease_records():
        (folder / name).write_text(json.dumps(obj))
    ingest([str(folder)], db=db, enrich=False, hooks=False)


def _batches(store) -> list[list]:  # type: ignore[no-untyped-def]
    arts = sorted(store.articles(), key=lambda a: a.id)
    return [arts[n::3] for n in range(3)]  # out of date order, as a crawl delivers them


def _in_memory(batches: list[list]) -> tuple[StoryClusterer, dict[str, str]]:
    clusterer = StoryClusterer(PARAMS)
    placed = {}
    for batch in batches:
        items = sorted(
            (article_item(a) for a in batch), key=lambda it: (it.time is None, it.time, it.id)
        )
        placed.update({a.item_id: a.story_id for a in clusterer.add(items)})
    return clusterer, {k: clusterer.resolve(v) for k, v in placed.items()}


def _stored(store) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {a.id: a.story_id for a in store.articles(with_body=False)}


def _same_state(a: StoryClusterer, b: StoryClusterer) -> None:
    assert a.vocab.terms == b.vocab.terms and a.vocab.documents == b.vocab.documents
    n = len(a.vocab)
    assert a.vocab.df[:n].tolist() == b.vocab.df[:n].tolist()
    assert list(a.active) == list(b.active)
    assert a.dormant_key == b.dormant_key and a.dormant.live == b.dormant.live
    assert a.now == b.now and a.merged_into == b.merged_into
    for sid in [*a.active, *a.dormant_key]:
        x, y = a.stories[sid], b.stories[sid]
        assert (x.first, x.last, x.norm2, x.size) == (y.first, y.last, y.norm2, y.size)
        cx, cy = x.centroid(), y.centroid()
        assert cx.indices.tolist() == cy.indices.tolist()
        assert cx.values.tolist() == cy.values.tolist()


def test_state_saved_with_each_batch_loads_back_exactly(tmp_path: Path, db_url: str) -> None:
    _corpus(tmp_path, db_url)
    with open_store(db_url) as store:
        batches = _batches(store)
        kept, expected = _in_memory(batches)
        clusterer = StoryClusterer(PARAMS)
        for batch in batches:
            place(store, clusterer, batch)
            stories_place.LAST_SAVED.clear()  # as a new process would: load from the tables
            clusterer = load_clusterer(store)
        assert _stored(store) == expected
        _same_state(kept, clusterer)
        assert clusterer.params == PARAMS
        with store.read() as conn:
            closed = conn.scalars(
                select(story_clusters.c.id).where(story_clusters.c.status == "closed")
            ).all()
            assert closed  # closed stories stay in the table, not in memory
            assert not set(closed) & set(clusterer.stories)


def test_a_pickled_state_of_an_earlier_version_is_converted(tmp_path: Path, db_url: str) -> None:
    _corpus(tmp_path, db_url)
    with open_store(db_url) as store:
        batches = _batches(store)
        kept, expected = _in_memory(batches)
        first, _ = _in_memory(batches[:1])
        place(store, StoryClusterer(PARAMS), batches[0])
        with store.write() as conn:  # the database as the earlier version left it
            conn.execute(delete(story_clusters))
            conn.execute(delete(story_vocab))
            conn.execute(delete(story_state))
            conn.execute(
                story_state.insert().values(
                    name=LEGACY_NAME, data=pickle.dumps(first), updated_at="then"
                )
            )
        stories_place.LAST_SAVED.clear()
        for batch in batches[1:]:
            place(store, load_clusterer(store), batch)
        assert _stored(store) == expected
        with store.read() as conn:
            names = set(conn.scalars(select(story_state.c.name)))
            assert names == {STATE_NAME}
            _same_state(kept, load_state(conn))  # type: ignore[arg-type]


def test_a_record_waiting_for_its_rebuild_is_complete_when_read(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _corpus(tmp_path, db_url)
    with open_store(db_url) as store:
        batches = _batches(store)
        clusterer = StoryClusterer(ClusterParams())
        place(store, clusterer, batches[0])
        # From now on no record is rebuilt while its story grows.
        monkeypatch.setattr(stories_place, "SMALL_STORY", 0)
        monkeypatch.setattr(stories_place, "REBUILD_FRACTION", 100.0)
        for batch in batches[1:]:
            place(store, clusterer, batch)
        with store.read() as conn:
            stale = stale_ids(conn)
            fresh = story_records(conn, stale)
        assert stale
        rows = {row["id"]: row for row in store.stories()}
        listed = {row["id"]: row for row in list_stories(store)}
        for sid in stale:
            members = [a for a in store.articles(with_body=False) if a.story_id == sid]
            dates = sorted(a.date for a in members if a.date)
            # The row keeps the count and the dates exact; the record waits ...
            assert rows[sid]["article_count"] == len(members)
            assert (rows[sid]["first_seen"], rows[sid]["last_seen"]) == (dates[0], dates[-1])
            assert len(rows[sid]["articles"]) < len(members)
            # ... and is complete when read.
            story = get_story(store, sid)
            assert story is not None
            for key, value in fresh[sid].items():
                assert story[key] == value, key
                assert listed[sid][key] == value, key
            assert len(story["articles"]) == len(members)
            # ... and the reader site shows it complete too.
            page = story_detail(Reader(store.engine), sid)
            assert page is not None
            assert page["title"] == fresh[sid]["title"]
            assert page["summary"] == fresh[sid].get("summary")
            assert page["data"].get("timeline") == fresh[sid].get("timeline")
