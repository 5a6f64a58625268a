"""Stories in a real corpus: clustered by the post-ingest hook, rebuilt by recluster, listed."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.corpus import open_store
from newsdesk.corpus.ingest import ingest
from newsdesk.corpus.stories import get_story, list_stories, recluster
from newsdesk.corpus.stories.state import story_merges
from newsdesk.eval.stories import DEFAULT_DIR, bcubed
from tests.corpus.stories.war_week import WAR_WEEK, newsplease_records


def write_war_week(folder: Path) -> dict[str, str]:
    """The fictional week as news-please files; returns file name -> event."""
    folder.mkdir(parents=True, exist_ok=True)
    gold = {}
    for (name, obj), row in zip(newsplease_records(), WAR_WEEK, strict=True):
        (folder / name).write_text(json.dumps(obj))
        gold[name] = row[0]
    return gold


def assignments(store) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """source file name -> story id, for every stored article."""
    return {Path(a.source).name: a.story_id for a in store.articles(with_body=False)}


def test_ingest_places_articles_in_stories_through_the_hook(tmp_path: Path, db_url: str) -> None:
    # On SQLite and on PostgreSQL (the state blob, the merge table, the story rows).
    gold = write_war_week(tmp_path / "in")
    db = db_url
    ingest([str(tmp_path / "in")], db=db, enrich=False)
    with open_store(db) as store:
        placed = assignments(store)
        assert None not in placed.values()
        assert bcubed(placed, gold).f1 == 1.0
        stories = list(list_stories(store))
        assert len(stories) == 5
        vessa = [s for s in stories if "Vessa" in s["title"]]
        assert len(vessa) == 2  # the market shelling and the power station: two stories
        one = get_story(store, stories[0]["id"])
        assert one is not None and one["articles"] and one["outlets"]
        assert one["first_seen"] <= one["last_seen"]


def test_stories_cli_prints_the_contract_shape(tmp_path: Path) -> None:
    write_war_week(tmp_path / "in")
    db = str(tmp_path / "c.db")
    ingest([str(tmp_path / "in")], db=db, enrich=False)
    runner = CliRunner()
    result = runner.invoke(app, ["stories", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 5
    for story in lines:
        assert list(story)[:6] == ["id", "title", "first_seen", "last_seen", "outlets", "articles"]
        for art in story["articles"]:
            assert {"id", "source", "title", "outlet"} <= set(art)
    exchange = next(s for s in lines if "Dorn" in s["title"])
    assert len(exchange["outlets"]) == 3
    filtered = runner.invoke(app, ["stories", "--json", "--db", db, "--outlet", "meridianwire"])
    assert len(filtered.output.splitlines()) == 5
    since = runner.invoke(app, ["stories", "--json", "--db", db, "--since", "2031-03-07"])
    assert 1 <= len(since.output.splitlines()) < 5
    shown = runner.invoke(app, ["story", exchange["id"], "--json", "--db", db])
    assert json.loads(shown.output)["id"] == exchange["id"]
    missing = runner.invoke(app, ["story", "st-nope", "--db", db])
    assert missing.exit_code == 1 and "no story" in missing.output


def test_recluster_matches_incremental_on_the_fictional_week(tmp_path: Path) -> None:
    write_war_week(tmp_path / "in")
    db = str(tmp_path / "c.db")
    ingest([str(tmp_path / "in")], db=db, enrich=False)
    with open_store(db) as store:
        before = assignments(store)
        report = recluster(store)
        after = assignments(store)
    assert report.placed == len(WAR_WEEK)
    assert bcubed(after, before).f1 == 1.0


def _pairs_agreement(a: dict[str, str], b: dict[str, str]) -> float:
    return bcubed(a, b).f1


@pytest.mark.skipif(not (DEFAULT_DIR / "labels.json").is_file(), reason="no stories bench data")
def test_incremental_in_arrival_order_agrees_with_recluster_on_the_bench(tmp_path: Path) -> None:
    # Articles arrive in several ingest runs, not in publication order (as a crawler delivers
    # them); recluster rebuilds in publication order. The two must agree within tolerance.
    labels = json.loads((DEFAULT_DIR / "labels.json").read_text())
    files = sorted(labels)
    random.Random(5).shuffle(files)
    db = str(tmp_path / "c.db")
    for start in range(0, len(files), 70):
        ingest(
            [str(DEFAULT_DIR / "articles" / f) for f in files[start : start + 70]],
            db=db,
            enrich=False,
        )
    with open_store(db) as store:
        incremental = assignments(store)
        recluster(store)
        rebuilt = assignments(store)
        merges = store.engine.connect().execute(story_merges.select()).all()
    gold = {f: str(e) for f, e in labels.items()}
    # Measured: agreement 0.959, incremental 0.958, rebuilt 0.9686 (B-cubed F1).
    agreement = _pairs_agreement(incremental, rebuilt)
    assert agreement >= 0.93, agreement
    assert bcubed(incremental, gold).f1 >= 0.94
    assert bcubed(rebuilt, gold).f1 >= 0.965
    assert isinstance(merges, list)


def test_a_merge_moves_articles_and_is_recorded_in_the_store(tmp_path: Path) -> None:
    from newsdesk.corpus.hooks import register_post_ingest, unregister_post_ingest
    from newsdesk.corpus.stories import _post_ingest
    from newsdesk.corpus.stories.cluster import ClusterParams, StoryClusterer
    from newsdesk.corpus.stories.place import place

    dam = "Engineers say the Varn dam breach flooded the valley; the dam breach was reported."
    flood = "Floodwaters from the Varn river reached Castellor market, the council said."
    docs = [
        ("a.json", "Castellor market flooded", flood, "2031-03-04 08:00:00"),
        ("b.json", "Varn dam breach reported", dam, "2031-03-04 09:00:00"),
        (
            "c.json",
            "Varn dam breach floods Castellor market",
            f"{flood} {dam}",
            "2031-03-04 10:00:00",
        ),
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    for name, title, body, date in docs:
        obj = {"title": title, "maintext": body, "date_publish": date, "source_domain": "x.example"}
        (folder / name).write_text(json.dumps(obj))
    db = str(tmp_path / "m.db")
    unregister_post_ingest("stories")  # place them ourselves, with a low merge threshold
    try:
        ingest([str(folder)], db=db, enrich=False)
    finally:
        register_post_ingest("stories", _post_ingest)
    with open_store(db) as store:
        clusterer = StoryClusterer(ClusterParams(merge_threshold=0.1))
        report = place(store, clusterer, list(store.articles()))
        assert report.merges == 1
        placed = assignments(store)
        assert len(set(placed.values())) == 1
        merges = store.engine.connect().execute(story_merges.select()).mappings().all()
        assert len(merges) == 1
        survivor = merges[0]["into_id"]
        assert set(placed.values()) == {survivor}
        assert {row["id"] for row in store.stories()} == {survivor}
        # The absorbed id still leads to the story, which lists what it absorbed.
        story = get_story(store, merges[0]["absorbed_id"])
        assert story is not None and story["id"] == survivor
        assert story["merged_from"][0]["story"] == merges[0]["absorbed_id"]
        assert story["article_count"] == 3
