"""Streams of whole stories whose headers are not English (session 16): a byline after a by-word
of another language ("von ...", "Par ..."), a month and year alone ("März 2019"), a standfirst
between headline and byline, a headline in quotation marks („...“). Each story of the stream is
printed whole under such a header; the page's own is the first."""

from __future__ import annotations

from newsdesk.extract.text import headers
from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import body_of, page, para

_HEADLINES = [
    "Hafenkräne bleiben über den Winter im Nordbecken",
    "Fährleute kehren nach dem Streik an die Kais zurück",
    "Laternenmacher bitten den Rat um einen längeren Markt",
    "Sturmwarnung für den nördlichen Kanal aufgehoben",
]
_BYLINES = [
    "von Anna Beispiel , Tom Muster",
    "von Lea Kaimauer",
    "von Anna Beispiel , Jan von Hafen",
    "von Tom Muster",
]
_MONTHS = ["März 2019", "Februar 2019", "Januar 2019", "Dezember 2018"]


def _standfirst(n: int) -> str:
    return (
        f"Standfirst {n} of the harbour paper sums up the story below in a few sentences for the "
        f"readers who scroll on. It names the quay, the crews and the council once more."
    )


# What the page prints under each story before the next: a share row and a newsletter box.
_AFTER = [
    "Teilen", "Facebook", "Twitter", "E-Mail", "Recherchen per Mail",
    "Wir informieren Sie regelmäßig über den Hafen und über unsere Arbeit.",
    "E-Mail-Adresse", "Abonnieren",
]  # fmt: skip


def _teasers(k: int) -> list[str]:
    """A box of three teasers to other stories, their blurbs cut short."""
    out = []
    for t in range(3):
        out += ["Hafen", f"Teaser {k}-{t} about the pier and its cranes",
                f"Teaser {k}-{t} tells of the pier where the cranes stand idle since the…",
                "weiterlesen 4 Minuten"]  # fmt: skip
    return out


def _stream(lengths: list[int], stamps: list[list[str]], first: str | None = None):
    """A page of whole stories, each under kicker, headline, standfirst, a read-on line and its
    stamps (byline, date), its paragraphs after, then a share row, a newsletter box and a box
    of teasers."""
    parts = ["Hafenblatt", "Menü", "Aktuelle Artikel", "Alle Artikel zu unseren Recherchen"]
    stories = []
    n = 1
    for k, length in enumerate(lengths):
        story = [para(n + m) for m in range(length)]
        n += length
        stories.append(story)
        headline = first if first is not None and k == 0 else _HEADLINES[k]
        parts += ["Hafen", headline, _standfirst(k), "weiterlesen 5 Minuten", *stamps[k], *story]
        parts += _AFTER + _teasers(k)
    return page(*parts, "Impressum"), stories


def _assert_first_story_only(text: str, stories: list[list[str]]) -> None:
    body = body_of(text)
    assert all(p in body for p in stories[0])
    assert not any(p in body for story in stories[1:] for p in story)


def test_a_stream_under_bylines_of_another_language_and_a_standfirst_is_parted():
    # The third story is the longest; each header holds a standfirst and a "von" byline only.
    text, stories = _stream([4, 3, 8, 3], [[b] for b in _BYLINES])
    _assert_first_story_only(text, stories)


def test_a_stream_dated_by_month_and_year_alone_is_parted():
    text, stories = _stream([4, 3, 8, 3], [[m] for m in _MONTHS])
    _assert_first_story_only(text, stories)


def test_a_stream_under_english_bylines_over_a_standfirst_is_parted():
    bylines = ["By Ann Example", "By Tom Sample", "By Lea Quayside", "By Ann Example"]
    text, stories = _stream([4, 3, 8, 3], [[b] for b in bylines])
    _assert_first_story_only(text, stories)


def test_the_pages_own_story_under_a_quoted_headline_is_the_first_of_the_stream():
    # Unless its quoted headline counts, the stream's first header is the second story's,
    # which is longer than the page's own and would be read in its place.
    text, stories = _stream(
        [4, 7, 3, 3], [[b, m] for b, m in zip(_BYLINES, _MONTHS, strict=True)],
        first="„Wir haben die Kräne längst bestellt“",
    )  # fmt: skip
    _assert_first_story_only(text, stories)


def test_month_and_year_alone_is_a_stream_fact_and_a_sentence_is_not():
    lines = normalise(page("März 2019", "Sept. 2018", "Mayday 2019", "Seite 2019", "von Anna"))
    assert headers.stream_facts(lines) == [True, True, False, False, True]


def test_one_story_under_a_standfirst_and_a_foreign_byline_is_read_whole():
    story = [para(n) for n in range(1, 7)]
    teasers = []
    for k in range(1, 4):
        teasers += ["Hafen", _HEADLINES[k], _standfirst(k), "weiterlesen 4 Minuten", _BYLINES[k]]
    text = page("Hafenblatt", "Menü", "Hafen", _HEADLINES[0], _standfirst(0),
                _BYLINES[0], _MONTHS[0], *story, "Mehr zum Thema", *teasers,
                "Impressum")  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in story)


def test_teasers_timed_over_their_headlines_are_no_stream_of_whole_stories():
    # "22:50" / headline / two paragraphs of blurb, one after another: the blurb over the next
    # time is no standfirst of the next story's header (its headline is the time's above).
    items = []
    for k in range(8):
        blurb = [para(40 + 2 * k, f"the quay item {k}"), para(41 + 2 * k, f"the quay item {k}")]
        items += [f"2{k % 4}:{k}0", f"Quay item {k} reaches the harbour council today", *blurb]
    lines = normalise(page("Quay Wire", "Menu", "Latest", *items, "Contact us"))
    assert headers.stream_heads(lines) == []
