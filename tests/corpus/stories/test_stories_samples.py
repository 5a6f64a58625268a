"""The bundled sample captures (one fictional war, several outlets, a digest and an aggregator
page with related articles) ingested end to end: each event becomes its own story."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.corpus import open_store
from newsdesk.corpus.ingest import ingest

SAMPLES = Path(__file__).resolve().parents[3] / "newsdesk" / "samples"


def _event(title: str) -> str | None:
    t = title.lower()
    if "prisoner" in t or "swap" in t or "freed" in t:
        return "exchange"
    if "tolvik" in t or "dam breach" in t:
        return "flood"
    if "market" in t:
        return "market"
    return None  # truce and Sarnet coverage: the market story's sequel, left unlabelled


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="no bundled samples")
def test_samples_of_one_war_fall_into_separate_event_stories(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    ingest([str(SAMPLES)], db=db, enrich=False)
    with open_store(db) as store:
        arts = list(store.articles(with_body=False))
    assert arts and all(a.story_id for a in arts)
    by_event: dict[str, set[str]] = {}
    by_story: dict[str, set[str]] = {}
    for a in arts:
        event = _event(a.article.title)
        if event:
            by_event.setdefault(event, set()).add(a.story_id or "")
            by_story.setdefault(a.story_id or "", set()).add(event)
    assert set(by_event) == {"exchange", "flood", "market"}
    # The flood shares the army, the Front and the country with everything else, yet its
    # coverage (main articles, an aggregator's related articles, a digest entry) is one story
    # of its own: nothing else joins it, at most a 500-character teaser stands apart.
    flood_stories = [sid for sid, events in by_story.items() if "flood" in events]
    assert all(by_story[sid] == {"flood"} for sid in flood_stories)
    sizes = {sid: sum(1 for a in arts if a.story_id == sid) for sid in flood_stories}
    assert max(sizes.values()) >= 5
    # The market shelling: two main articles and two digest entries, one story.
    assert len(by_event["market"]) == 1
    # The exchange's own coverage from the north's side stays together and apart from the
    # shelling. (Known miss: the Kestrel agency's neutral swap report, three days after the
    # shelling, is only just closer to the shelling story - 0.225 against the 0.2 threshold.)
    freed = {a.story_id for a in arts if a.article.title.startswith(("Freed at last", "Heroes"))}
    assert len(freed) == 1
    assert not freed & by_event["market"]


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="no bundled samples")
def test_articles_a_killed_ingest_left_unplaced_join_stories_on_the_next_ingest(
    tmp_path: Path,
) -> None:
    from newsdesk.corpus.stories import store as stories_store

    files = sorted(p for p in SAMPLES.iterdir() if p.name[:2].isdigit())
    db = str(tmp_path / "k.db")
    ingest([str(p) for p in files[:4]], db=db, enrich=False)
    # Pages committed, hook never run: what a SIGKILL between the two leaves behind.
    ingest([str(p) for p in files[4:8]], db=db, enrich=False, hooks=False)
    with open_store(db) as store:
        unplaced = [a for a in store.articles(with_body=False) if not a.story_id]
    assert unplaced
    stories_store._TAIL_CHECKED.clear()  # as a new process would
    ingest([str(p) for p in files[8:]], db=db, enrich=False)
    with open_store(db) as store:
        arts = list(store.articles(with_body=False))
    assert len(arts) > len(unplaced) and all(a.story_id for a in arts)


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="no bundled samples")
def test_a_killed_ingests_unplaced_tail_is_placed_by_a_rerun_that_writes_nothing(
    tmp_path: Path,
) -> None:
    """The kill fell after the last batch was committed and before it was placed: the rerun
    finds every capture stored and writes nothing, and must still place that tail (a SIGKILL
    test under load caught 32 articles left out of any story)."""
    from newsdesk.corpus.stories import store as stories_store

    files = [str(p) for p in sorted(SAMPLES.iterdir()) if p.name[:2].isdigit()]
    db = str(tmp_path / "k.db")
    ingest(files[:4], db=db, enrich=False)
    ingest(files[4:], db=db, enrich=False, hooks=False)  # committed, never placed
    stories_store._TAIL_CHECKED.clear()  # as a new process would
    report = ingest(files, db=db, enrich=False)
    assert report.articles == 0  # nothing new written this run
    with open_store(db) as store:
        arts = list(store.articles(with_body=False))
    assert arts and all(a.story_id for a in arts)
