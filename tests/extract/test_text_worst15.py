"""The text reader's outright failures (session 15): a story told in one long paragraph among a
box of teasers."""

from __future__ import annotations

from newsdesk.extract.text.line_score import line_score
from newsdesk.extract.text.lines import normalise
from newsdesk.extract.text.weigh import discount_lone_prose
from tests.extract.test_text_body import para

# One long paragraph: the whole of a short report, as some pages print it (our own words).
_LONG = " ".join(para(n, "the ferry") for n in range(20, 25))


def _teaser(n: int) -> list[str]:
    return [f"Ferry headline number {n} today", para(n, "another pier")]


def test_one_long_paragraph_among_teasers_keeps_its_weight():
    parts = ["Example Quay", _LONG, *_teaser(1), *_teaser(2), *_teaser(3)]
    lines = normalise("\n\n".join(parts) + "\n")
    scores = [line_score(line) for line in lines]
    weighed = discount_lone_prose(lines, scores)
    long_at = next(i for i, line in enumerate(lines) if line.words > 100)
    assert weighed[long_at] == scores[long_at]
    # The teasers' blurbs around it are still blurbs.
    blurbs = [i for i, line in enumerate(lines) if 20 <= line.words <= 60]
    assert blurbs and all(weighed[i] < scores[i] for i in blurbs)


def test_blurbs_of_one_length_are_discounted_alike():
    parts = [x for n in range(1, 5) for x in _teaser(n)]
    lines = normalise("\n\n".join(parts) + "\n")
    scores = [line_score(line) for line in lines]
    weighed = discount_lone_prose(lines, scores)
    assert all(w < s for w, s in zip(weighed, scores, strict=True) if s > 0)


def test_a_long_comment_among_short_ones_stays_discounted():
    story = [para(n) for n in range(1, 5)]
    thread = []
    for n, words in enumerate((para(30), _LONG, para(31), para(32))):
        thread += [f"Reader Number{n} replied on Monday", words]
    parts = ["Example Quay", *story, "Comments", *thread]
    lines = normalise("\n\n".join(parts) + "\n")
    scores = [line_score(line) for line in lines]
    weighed = discount_lone_prose(lines, scores)
    long_at = next(i for i, line in enumerate(lines) if line.words > 100)
    assert weighed[long_at] < scores[long_at]
