"""The online clusterer on fictional articles: the hard case, aging, revival, merges, batching."""

from __future__ import annotations

import pickle

import pytest

from newsdesk.corpus.stories.cluster import ClusterParams, StoryClusterer
from newsdesk.corpus.stories.features import StoryItem, to_days, tokenize, url_slug
from newsdesk.eval.stories import bcubed
from tests.corpus.stories.war_week import WAR_WEEK

DAY0 = to_days("2031-03-01") or 0.0


def war_items() -> tuple[list[StoryItem], dict[str, str]]:
    items = [
        StoryItem(f"w{n}", DAY0 + day + n / 100, title, body, outlet)
        for n, (_e, day, outlet, title, body) in enumerate(WAR_WEEK)
    ]
    return items, {f"w{n}": row[0] for n, row in enumerate(WAR_WEEK)}


def cluster(items: list[StoryItem], **params: float) -> tuple[StoryClusterer, dict[str, str]]:
    clusterer = StoryClusterer(ClusterParams(**params))  # type: ignore[arg-type]
    placed = {a.item_id: a.story_id for a in clusterer.add(items)}
    return clusterer, {k: clusterer.resolve(v) for k, v in placed.items()}


def test_tokenize_folds_plurals_possessives_and_drops_stopwords() -> None:
    assert tokenize("The missiles' launch: North Korea's missiles, U.S. says") == [
        "missile",
        "launch",
        "north",
        "korea",
        "missile",
        "us",
    ]


def test_tokenize_keeps_words_whole_through_their_marks() -> None:
    # Vowel signs and decomposed accents are marks, not word breaks.
    assert tokenize("नदी पर नया पुल") == ["नदी", "पर", "नया", "पुल"]
    assert tokenize("cafe\u0301 reopens") == ["cafe\u0301", "reopen"]


def test_many_stories_inside_one_war_are_kept_apart() -> None:
    # Five events of one week share the country, army, rebels, commander and two of them the
    # city (Vessa): each must still be one story, and no story may hold two events.
    items, gold = war_items()
    _, pred = cluster(items)
    score = bcubed(pred, gold)
    assert score.precision == 1.0
    assert score.recall == 1.0
    assert score.clusters == 5


def test_batched_products_give_the_same_result_as_one_by_one() -> None:
    items, _ = war_items()
    _, one = cluster(items, batch_size=1)
    _, batched = cluster(items, batch_size=64)
    _, odd = cluster(items, batch_size=4)
    assert one == batched == odd


def flood(n: int, day: float, title: str = "Varn river floods Castellor market") -> StoryItem:
    body = (
        "Floodwaters from the Varn river reached the market of Castellor, the council said. "
        "Twelve families were moved to the school gymnasium and engineers closed the bridge."
    )
    return StoryItem(f"f{n}", DAY0 + day, title, body, "Castellor Post")


def test_a_story_leaves_the_active_set_after_the_window_and_a_close_match_revives_it() -> None:
    clusterer = StoryClusterer(ClusterParams(window_days=4))
    first = list(clusterer.add([flood(1, 0), flood(2, 0.5)]))
    assert first[0].story_id == first[1].story_id
    unrelated = StoryItem("u1", DAY0 + 10, "Orchestra opens season", "A concert hall opened.")
    list(clusterer.add([unrelated]))
    assert first[0].story_id not in clusterer.active  # ten days without news: dormant
    assert first[0].story_id in clusterer.dormant_key
    # The same flood reported again a month later joins the dormant story and revives it,
    # also after the state went through the database (pickled).
    clusterer = pickle.loads(pickle.dumps(clusterer))
    again = list(clusterer.add([flood(3, 30, "Varn floods Castellor market again")]))
    assert again[0].story_id == first[0].story_id
    assert not again[0].new_story
    assert first[0].story_id in clusterer.active


def test_an_unrelated_article_after_the_window_starts_its_own_story() -> None:
    clusterer = StoryClusterer()
    a = list(clusterer.add([flood(1, 0)]))
    b = list(
        clusterer.add(
            [StoryItem("b", DAY0 + 9, "Tolvik bakers strike", "Bakers in Tolvik stopped work.")]
        )
    )
    assert b[0].new_story and b[0].story_id != a[0].story_id


def test_two_stories_that_turn_out_to_be_one_are_merged_and_the_merge_recorded() -> None:
    dam = "Engineers say the Varn dam breach flooded the valley; the dam breach was reported."
    flood_text = "Floodwaters from the Varn river reached Castellor market, the council said."
    items = [
        StoryItem("a", DAY0, "Castellor market flooded", flood_text),
        StoryItem("b", DAY0 + 0.1, "Varn dam breach reported", dam),
        StoryItem(
            "c", DAY0 + 0.2, "Varn dam breach floods Castellor market", f"{flood_text} {dam}"
        ),
    ]
    clusterer, pred = cluster(items, threshold=0.2, merge_threshold=0.1)
    assert len(set(pred.values())) == 1
    assert len(clusterer.merges) == 1
    merge = clusterer.merges[0]
    assert clusterer.resolve(merge.absorbed) == merge.into
    assert sorted(clusterer.stories[merge.into].members) == ["a", "b", "c"]
    # With the default merge threshold these two different centroids stay apart.
    clusterer, _ = cluster(items)
    assert clusterer.merges == []


def test_ticker_items_join_a_story_but_never_start_one() -> None:
    clusterer = StoryClusterer()
    list(clusterer.add([flood(1, 0)]))
    ticker = [
        StoryItem("t1", DAY0 + 0.2, "Castellor council: Varn flood market closed", kind="ticker"),
        StoryItem("t2", DAY0 + 0.3, "Orchestra wins prize", kind="ticker"),
    ]
    placed = list(clusterer.add(ticker))
    assert placed[0].story_id and not placed[0].new_story
    assert placed[1].story_id == ""
    assert len(clusterer.stories) == 1


def test_state_pickles_and_continues() -> None:
    items, gold = war_items()
    clusterer, _ = cluster(items[:8])
    restored = pickle.loads(pickle.dumps(clusterer))
    rest = {a.item_id: a.story_id for a in restored.add(items[8:])}
    whole = {m: sid for sid, s in restored.stories.items() for m in s.members}
    assert set(rest) <= set(whole)
    assert bcubed(whole, gold).f1 == pytest.approx(1.0)


def test_items_without_words_or_dates_are_placed_without_errors() -> None:
    clusterer = StoryClusterer()
    placed = list(
        clusterer.add(
            [
                StoryItem("empty", None, "", ""),
                StoryItem("undated", None, "Varn river floods Castellor market", "The Varn rose."),
                flood(1, 0),
                StoryItem("empty2", DAY0, "—", "…"),
            ]
        )
    )
    assert [p.item_id for p in placed] == ["empty", "undated", "f1", "empty2"]
    assert placed[0].new_story and placed[3].new_story
    assert placed[2].story_id == placed[1].story_id  # the undated report counts as "now"


def test_the_dormant_index_keeps_only_the_most_recently_active_stories() -> None:
    clusterer = StoryClusterer(ClusterParams(dormant_max_stories=1))
    [placed] = clusterer.add([flood(1, 0)])
    first = placed.story_id
    other = StoryItem("b1", DAY0 + 1, "Tolvik bakers strike over flour", "Bakers in Tolvik struck.")
    [placed] = clusterer.add([other])
    second = placed.story_id
    list(clusterer.add([StoryItem("x", DAY0 + 20, "Orchestra season opens", "A concert.")]))
    assert list(clusterer.dormant.live.values()) == [second]  # the flood story was closed
    [again] = clusterer.add([flood(2, 21)])
    assert again.new_story and again.story_id != first


def test_url_slug_is_the_headline_in_the_address_without_ids() -> None:
    assert url_slug("https://castellor.example/2031/03/01/varn-river-floods-market.html") == (
        "varn river floods market"
    )
    assert url_slug("http://x.example/news/article-3692450/Varn-Floods-Market-Again.cms?p=1") == (
        "Varn Floods Market Again"
    )
    assert url_slug("https://x.example/entry/varn-floods_us_59a4874fe4b050afa90c1eab") == (
        "varn floods us"
    )
    # Sections, ids and query strings are no headline.
    assert url_slug("https://x.example/world/2031-03/01/content_26104748.htm") == ""
    assert url_slug("https://x.example/?post_type=news&p=1352777") == ""
    assert url_slug("") == ""


def test_a_page_titled_with_the_outlet_name_joins_its_story_by_its_address() -> None:
    # A wire copy whose title is the site's name and whose body is the site's footer: only
    # the address says it is the flood story.
    footer = "External links are provided for reference. Copyright 2031 Tolvik Wire."
    stub = StoryItem("s", DAY0 + 0.5, "Tolvik Wire", footer)
    routes = [
        flood(1, 0),
        StoryItem("o", DAY0 + 0.2, "Orchestra opens season", "The Tolvik hall opened again."),
    ]
    without = {a.item_id: a.story_id for a in StoryClusterer().add([*routes, stub])}
    assert without["s"] != without["f1"]
    stub.url = "https://wire.example/world/wireStory/varn-river-floods-castellor-market-52044233"
    placed = {a.item_id: a.story_id for a in StoryClusterer().add([*routes, stub])}
    assert placed["s"] == placed["f1"]


def test_stories_going_quiet_inside_a_batch_give_the_one_by_one_result() -> None:
    # Three weeks of news: the flood story goes quiet for ten days and comes back, the war
    # stories arrive and go quiet in between, so stories age out in the middle of batches.
    war, _ = war_items()
    stream = [
        flood(1, 0),
        flood(2, 0.5),
        *[StoryItem(it.id, (it.time or DAY0) + 2, it.title, it.body) for it in war],
        StoryItem("b1", DAY0 + 6, "Tolvik bakers strike over flour", "Bakers in Tolvik struck."),
        flood(3, 12, "Varn floods Castellor market again"),
        StoryItem("b2", DAY0 + 13, "Tolvik bakers end strike", "Bakers in Tolvik went back."),
        flood(4, 21, "Castellor market reopens after Varn flood"),
    ]
    stream.sort(key=lambda it: it.time or 0.0)
    runs = []
    for size in (1, 3, 7, 64):
        # Few terms kept for dormant stories, so comparing the dormant way differs from the
        # whole-centroid way (bench-sized stories have more than the default 64 terms).
        params = ClusterParams(batch_size=size, dormant_terms=6, dormant_query_terms=6)
        clusterer = StoryClusterer(params)
        placed = [(a.item_id, a.score, a.new_story) for a in clusterer.add(stream)]
        members = sorted(sorted(s.members) for s in clusterer.stories.values())
        runs.append((placed, members))
    assert all(run == runs[0] for run in runs[1:])
    assert ["f1", "f2", "f3", "f4"] in runs[0][1]  # the flood story was revived twice


def test_late_articles_do_not_keep_old_stories_active_and_still_find_their_story() -> None:
    # A crawl of an archive arrives out of date order: the active set follows the newest news
    # seen, and an article of an older day meets its story in the dormant index.
    clusterer = StoryClusterer()
    list(clusterer.add([StoryItem("new", DAY0 + 60, "Orchestra opens season", "A concert.")]))
    late = [
        StoryItem(f"old{d}", DAY0 + d, f"Kelvar{d} quarry{d}", f"Miners{d} returned{d}.")
        for d in range(0, 40, 2)
    ]
    list(clusterer.add(late))
    [first] = clusterer.add([flood(1, 1)])
    [placed] = clusterer.add([flood(2, 1.5)])
    assert placed.story_id == first.story_id and not placed.new_story
    assert len(clusterer.active) <= 3  # the newest story, and what the last batches touched


def test_saved_state_is_exact_and_continues_as_if_never_saved() -> None:
    items, _ = war_items()
    early = [flood(1, -20), flood(2, -19.5), *items[:8]]  # the flood story is dormant by then
    later = [flood(3, 30, "Varn floods Castellor market again"), *items[8:]]
    kept, saved = StoryClusterer(), StoryClusterer()
    for clusterer in (kept, saved):
        list(clusterer.add(early[:2]))
        list(clusterer.add(early[2:]))  # retires the flood story
    saved = pickle.loads(pickle.dumps(saved))
    assert saved.stories.keys() == kept.stories.keys() and saved.dormant.live
    for sid, story in kept.stories.items():
        other = saved.stories[sid]
        assert (other.first, other.last, other.norm2, other.members) == (
            story.first,
            story.last,
            story.norm2,
            story.members,
        )
        a, b = story.centroid(), other.centroid()
        assert a.values.dtype == b.values.dtype and a.indices.dtype == b.indices.dtype
        assert a.indices.tolist() == b.indices.tolist() and a.values.tolist() == b.values.tolist()
    go_on = [(a.item_id, a.story_id, a.score) for a in kept.add(later)]
    assert [(a.item_id, a.story_id, a.score) for a in saved.add(later)] == go_on


_PLACE_WAR_WEEK = """
from newsdesk.corpus.stories.cluster import ClusterParams, StoryClusterer
from tests.corpus.stories.test_stories_cluster import war_items
clusterer = StoryClusterer(ClusterParams())
for a in clusterer.add(war_items()[0]):
    print(a.item_id, clusterer.resolve(a.story_id), repr(a.score))
print(clusterer.vocab.terms)
"""


def test_stories_do_not_depend_on_the_hash_seed() -> None:
    # Term ids were handed out in a set's order, which follows PYTHONHASHSEED; which of equally
    # weighted terms a story keeps followed the ids, and the same corpus clustered differently
    # from one run to the next.
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    outputs = [
        subprocess.run(
            [sys.executable, "-c", _PLACE_WAR_WEEK],
            capture_output=True,
            text=True,
            check=True,
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]
    assert outputs[0] == outputs[1]
