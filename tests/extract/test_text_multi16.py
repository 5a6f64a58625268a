"""Other languages' shapes of headlines, headers and chrome (session 16): headlines opening
with „German“, «French» or »German« quotation marks, ..."""

from __future__ import annotations

import pytest

from newsdesk.extract import extract_text_page
from newsdesk.extract.text import line_chrome, line_marks, line_prose
from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import body_of, page, para


@pytest.mark.parametrize(
    ("text", "title_like"),
    [
        ("„Wir bleiben am Kai“, sagt die Hafenmeisterin", True),
        ("«Le port ne fermera pas» : la capitaine répond", True),
        ("»Die Kräne stehen still« – ein Besuch am Nordbecken", True),
        ("‚Fährleute‘ kehren an die Kais zurück", True),
        # A link's arrow, not a quotation: the mark stands apart from the word.
        ("« Previous post Next post »", False),
        ("» Login » Registrierung", False),
    ],
)
def test_a_headline_may_open_with_another_language_s_quotation_mark(
    text: str, title_like: bool
) -> None:
    (line,) = normalise(text)
    assert line_prose.is_title_like(line) is title_like


def test_a_headline_in_quotation_marks_is_the_story_s_title() -> None:
    story = [para(n) for n in range(1, 5)]
    text = page("Hafenblatt", "Menü", "Alle Artikel zu unseren Recherchen",
                "„Wir haben die Kräne schon bestellt“", "4. März 2025", *story)  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert all(p in article.body for p in story)
    assert article.title == "„Wir haben die Kräne schon bestellt“"


def test_a_stream_s_stories_following_each_other_bare_are_not_joined_again() -> None:
    # Nothing between one story's last paragraph and the next story's kicker: no box, no share
    # row. Parted at each headline, the page's own story does not grow on across the next
    # header (growth._across_box stops at a barrier that weigh set).
    headlines = ["Hafenkräne bleiben über den Winter im Nordbecken",
                 "Fährleute kehren nach dem Streik an die Kais zurück",
                 "Laternenmacher bitten den Rat um einen längeren Markt",
                 "Sturmwarnung für den nördlichen Kanal aufgehoben"]  # fmt: skip
    bylines = ["von Anna Beispiel", "von Lea Kaimauer", "von Jan Hafen", "von Tom Muster"]
    parts = ["Hafenblatt", "Menü", "Aktuelle Artikel"]
    stories = []
    n = 1
    for k, length in enumerate([4, 3, 5, 3]):
        story = [para(n + m) for m in range(length)]
        n += length
        stories.append(story)
        parts += ["Hafen", headlines[k], bylines[k], *story]
    body = body_of(page(*parts, "Impressum"))
    assert all(p in body for p in stories[0])
    assert not any(p in body for story in stories[1:] for p in story)


@pytest.mark.parametrize(
    "text",
    ["Beitrag teilen:", "Partager :", "Partager cet article", "Compartilhe essa publicação",
     "Jaa artikkeli:", "Teilen auf Facebook", "Поделиться:", "Compartir en Twitter"],
)  # fmt: skip
def test_a_share_label_of_another_language_is_chrome(text: str) -> None:
    (line,) = normalise(text)
    assert line_chrome.is_chrome(line)


@pytest.mark.parametrize("text", ["Teilen Sie Ihre Meinung mit uns", "Partager la route"])
def test_share_words_opening_a_phrase_are_no_share_label(text: str) -> None:
    (line,) = normalise(text)
    assert not line_chrome.is_chrome(line)


@pytest.mark.parametrize("header", ["الأكثر تصفحاً", "الاكثر مشاهدة", "الأكثر قراءة"])
def test_arabic_most_read_headers_open_a_list_of_other_stories(header: str) -> None:
    (line,) = normalise(header)
    assert line_marks.marks(line) & line_marks.LIST


def test_a_share_label_under_the_story_is_not_read_into_it() -> None:
    story = [para(n) for n in range(1, 5)]
    # The page's share row under the story: its label, then the networks' empty items.
    text = page("Hafenblatt", "Menü", "Hafenkräne bleiben über den Winter im Nordbecken",
                "4. März 2025", *story, "Mehr über den Hafen erfährst du hier!",
                "Beitrag teilen:", "zurück zur Übersicht zum nächsten Artikel",
                "Link zum Hafenblatt auf Twitter", "Link zum Hafenblatt auf Facebook",
                "Link zum Hafenblatt auf Instagram")  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in story)
    assert "teilen" not in body
    assert "Link zum" not in body


def test_a_day_written_with_a_stop_before_its_month_is_no_numbered_item() -> None:
    from newsdesk.extract.text.lines import normalise

    for text in ("14. Mai 2019", "3. März 2020", "21. Juni 2019 von Ann Beispiel"):
        line = normalise(text)[0]
        assert (line.text, line.bullet) == (text, False), text
    # A numbered step stays a list item, even when a month's name follows it in a sentence.
    for text, item in (("1. Preheat the oven", "Preheat the oven"),
                       ("2. Mai ist ein Feiertag", "Mai ist ein Feiertag")):  # fmt: skip
        line = normalise(text)[0]
        assert (line.text, line.bullet) == (item, True), text
