"""The shingle metric of DESIGN.md on hand-made texts."""

from __future__ import annotations

import pytest

from newsdesk.eval.extraction import main_body, with_standfirst
from newsdesk.eval.metrics import combine, score_page, shingles
from newsdesk.records import Article, Page


def test_shingles_are_4_token_multisets_over_word_tokens() -> None:
    grams = shingles("a b, c d e a b c d")
    assert grams[("a", "b", "c", "d")] == 2
    assert sum(grams.values()) == 6
    assert shingles("too short") == {("too", "short"): 1}
    assert shingles("") == {}


def test_page_counts_are_normalised_to_sum_one() -> None:
    gold = "one two three four five six"  # 3 shingles
    pred = "one two three four five seven eight"  # 4 shingles, 1 shared with gold... and 1 more
    score = score_page(gold, pred)
    assert score.tp + score.fp + score.fn == pytest.approx(1.0)
    # shared: (one two three four), (two three four five) -> tp=2, fp=2, fn=1
    assert (score.tp, score.fp, score.fn) == pytest.approx((2 / 5, 2 / 5, 1 / 5))


def test_every_page_weighs_the_same_however_long() -> None:
    long_gold = " ".join(f"w{i}" for i in range(1000))
    perfect_long = score_page(long_gold, long_gold)
    empty_short = score_page("a b c d e", "")
    total = combine([perfect_long, empty_short])
    assert total.precision == pytest.approx(1.0)
    assert total.recall == pytest.approx(0.5)
    assert total.f1 == pytest.approx(2 * 0.5 / 1.5)


def test_both_empty_scores_nothing() -> None:
    score = score_page("", "")
    assert (score.tp, score.fp, score.fn) == (0.0, 0.0, 0.0)
    assert combine([]).f1 == 0.0


def test_the_text_with_standfirst_holds_the_lede_over_the_main_body() -> None:
    lede = "The keepers open their tower again after three winters."
    main = Article(
        role="main", title="Tower opens", body="Visitors climb in groups.", standfirst=lede
    )
    teaser = Article(role="related", title="Gull Rock", body="A teaser's blurb.")
    page = Page(source="t.html", format="html", kind="article", articles=[main, teaser])
    assert main_body(page) == "Visitors climb in groups."
    assert with_standfirst(page) == f"{lede}\n\nVisitors climb in groups."
    main.standfirst = None
    assert with_standfirst(page) == main_body(page)
