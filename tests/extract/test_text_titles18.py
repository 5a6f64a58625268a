"""The text reader's title (session 18): a headline in a script without case (Arabic, Hindi,
Korean), a trail of links (breadcrumbs) taken for the headline. Pages written here, about
fictional outlets."""

from __future__ import annotations

from newsdesk.extract import bare_bylines
from newsdesk.extract.text import meta
from newsdesk.extract.text.headline import is_trail
from newsdesk.extract.text.lines import Line
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_titles17 import HEADLINE, _title


def test_a_headline_in_a_script_without_case() -> None:
    for headline in ["عودة عبارة الميناء إلى الجزيرة بعد الشتاء الطويل",
                     "बंदरगाह की नौका सर्दी के बाद फिर से द्वीप पर लौटी",
                     "항구 여객선 겨울 지나 섬 항로 운항 재개"]:  # fmt: skip
        text = page("Harbour Times", headline, "May 16, 2025", *STORY)
        assert _title(text) == headline, headline


def test_a_short_line_in_a_script_without_case_is_no_headline() -> None:
    # A name and its town, a picture's label: no capital tells them, their length does.
    for line in ["سامي المثال - القاهرة", "फ़ाइल फ़ोटो"]:
        text = page("Harbour Times", HEADLINE, line, "May 16, 2025", *STORY)
        assert _title(text) == HEADLINE, line
    # Letters a converter lost (U+FFFD) say nothing that can be read as a headline.
    lost = "عودة عبارة \ufffd\ufffd\ufffd إلى الجزيرة بعد الشتاء"
    text = page("Harbour Times", HEADLINE, lost, "May 16, 2025", *STORY)
    assert _title(text) == HEADLINE


def test_a_trail_of_links_is_no_headline() -> None:
    for trail in ["Primo Piano > Cronaca", "Foto Galeri » Haber", "Home › Region › Harbour Town",
                  "Main page → Business → Ferries", "Sie sind hier: Startseite / Hafen",
                  "Home / Politics / Harbour"]:  # fmt: skip
        assert is_trail(trail), trail
        text = page("Harbour Times", HEADLINE, trail, "May 16, 2025", *STORY)
        assert _title(text) == HEADLINE, trail
    # A headline parts words by slashes too; a site's name before its headline is no trail.
    for headline in ["Oil / gas prices rise at the harbour", f"Harbour Times » {HEADLINE}"]:
        assert not is_trail(headline), headline


def test_a_trails_last_step_names_the_page_where_no_headline_stands() -> None:
    trail = "You are here: Home / Ferries / Winter timetable for the island"
    text = page("Harbour Times", "Menu", trail, *STORY)
    assert _title(text) == "Winter timetable for the island"


def test_a_byline_without_by_is_no_headline() -> None:
    for byline in ["Ann B. Example Senior Contributor", "Ann Example Harbour editor",
                   "Ann Example @annexample / 2 days", "Ann Example-Sample @AnnSample",
                   "ANN EXAMPLE, HARBOURTIMES"]:  # fmt: skip
        assert bare_bylines.is_bare_byline(byline), byline
        text = page("Harbour Times", HEADLINE, byline, "May 16, 2025", *STORY)
        assert _title(text) == HEADLINE, byline
    for headline in ["Harbour Times names a new editor", "Harbour council answers @annexample"]:
        assert not bare_bylines.is_bare_byline(headline), headline


def test_a_pages_own_button_is_no_headline() -> None:
    for label in ["Back to Gallery", "Zurück zur Übersicht", "Change Cookies Settings",
                  "Donate to Harbour Watch", "Forgot your Harbour username or password?",
                  "MORE STORIES LIKE THIS ONE"]:  # fmt: skip
        text = page("Harbour Times", HEADLINE, label, "May 16, 2025", *STORY)
        assert _title(text) == HEADLINE, label


def test_a_trail_atop_the_body_is_a_fact_line() -> None:
    # Atop the body (where the standfirst would be taken), before any paragraph: the page's.
    lines = [Line(text) for text in ["Sie sind hier: Startseite / Hafen", *STORY]]
    found = meta.read_inline_header(lines, 0, len(lines), meta.Meta(), None)
    assert 0 in found
    lines = [Line(text) for text in [*STORY[:2], "Home › Ferries › Island"]]
    assert 2 not in meta.read_inline_header(lines, 0, len(lines), meta.Meta(), None)
