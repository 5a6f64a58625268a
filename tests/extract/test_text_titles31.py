"""The story's title in text dumps (session 31): the title chooser's signals against lines that
are the page's, not the story's: the site's machinery speaking of itself (a player's, a form's,
a widget's line), a picture's caption closed by its credit, a line of the header's facts (a full
date, "Published in ..."). Lines and pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text import title_choice, title_signals
from newsdesk.extract.text.headers import header_facts
from newsdesk.extract.text.lines import Line, normalise, text_counts
from tests.extract.test_text_body import STORY
from tests.extract.test_text_fields17 import HEADLINE


def _signals(text: str) -> dict[str, float]:
    lines = [Line(text)]
    signals = [0.0] * len(title_choice.FEATURES)
    title_choice._dear(lines, 0, signals)
    title_choice._vetoes(text, signals)
    return dict(zip(title_choice.FEATURES, signals, strict=True))


def test_two_words_of_the_sites_machinery() -> None:
    assert _signals("Want to flag the video as unsuitable? Sign in")["machinery"]
    assert _signals("This message is shown to the board's admins only")["machinery"]
    assert _signals("Gallery image")["machinery"]
    # one such word is a headline's as well as a widget's
    assert not _signals("Search for the missing kayaker ends at dawn")["machinery"]
    assert not _signals("Report: ferry fares to rise in the spring")["machinery"]


def test_a_caption_closed_by_its_credit() -> None:
    assert _signals("One of the new ferries moored at the quay. (Harbour Agency)")["credited"]
    assert not _signals("Ferry fares (and the timetable) change in May")["credited"]
    # a headline ending on a question and what it shows
    assert not _signals("Who rowed the fastest crossing? (Video)")["credited"]


def test_a_line_of_facts_is_dated() -> None:
    assert _signals("Published in the June 2024 issue of Harbour Monthly")["dated"]
    assert _signals("March 4, 2024 at 9:15 AM by Ann Example")["dated"]
    assert not _signals(HEADLINE)["dated"]


def _lines(texts: list[str]) -> list[Line]:
    """The lines of a dump printing `texts` one a line, then STORY's paragraphs."""
    return normalise("\n".join(texts) + "\n\n" + "\n\n".join(STORY) + "\n")


def _chosen(texts: list[str], walk: int | None) -> str | None:
    """The chooser's line where the header walk took the line printing texts[walk], or none
    (the story: STORY's lines, after `texts`)."""
    lines = _lines(texts)
    start = next(k for k, line in enumerate(lines) if line.text == STORY[0])
    at = (
        None
        if walk is None
        else next(k for k, line in enumerate(lines) if line.text == texts[walk].strip())
    )
    chosen = title_choice.choose(
        lines, start, len(lines), 0, at, text_counts(lines), header_facts(lines)
    )
    return None if chosen is None else lines[chosen].text


def test_a_players_prompt_taken_by_the_walk_is_overturned() -> None:
    texts = [
        "Harbour Times", "News", "Ferries", HEADLINE, "Harbour TV", "Loading...",
        "Want to report the video?", "Sign in to report it.",
    ]  # fmt: skip
    assert _chosen(texts, 6) == HEADLINE


def test_a_credited_caption_taken_by_the_walk_is_overturned() -> None:
    texts = [
        "Harbour Times", "News", "Ferries", HEADLINE, "By Ann Example", "Share",
        "The harbour captain watches the cargo at the quay. (Gullwing)",
    ]  # fmt: skip
    assert _chosen(texts, 6) == HEADLINE


def test_an_issues_line_taken_by_the_walk_is_overturned() -> None:
    texts = [
        "Harbour Monthly", "News", "Ferries", HEADLINE, "Facebook", "Twitter",
        "Published in the summer 2024 issue of Harbour Monthly",
    ]  # fmt: skip
    assert _chosen(texts, 6) == HEADLINE


def test_a_headline_printed_as_a_trails_last_step() -> None:
    # the trail's steps and the headline one list, where the header walk found no headline
    texts = [
        "Harbour Times", "  * Home", "  * Island", "  * Ferries", f"  * {HEADLINE}",
        "March 17, 2024", "Share",
    ]  # fmt: skip
    lines = _lines(texts)
    at = next(k for k, line in enumerate(lines) if line.text == HEADLINE)
    assert lines[at].bullet and title_choice._trail_end(lines, at)
    assert not title_choice._trail_end(lines, at - 1)  # a step
    assert _chosen(texts, None) == HEADLINE


def test_the_last_of_a_list_of_teasers_is_no_trails_end() -> None:
    lines = normalise("  * Gulls return to the quay\n  * Rope works to close\n\nStory\n")
    assert lines[1].bullet and not title_choice._trail_end(lines, 1)


def test_a_nested_items_mark_no_line_takes_for_a_bullet() -> None:
    # w3m marks a nested list's items "☆", lynx and inscriptis "o"
    assert _signals("☆ Harbour TV Magazine")["marked"]
    assert _signals("o Harbour TV Magazine")["marked"]
    assert not _signals("obituaries of the harbour")["marked"]
    assert not _signals(HEADLINE)["marked"]


def test_a_nested_menus_item_over_the_headline_is_no_title() -> None:
    # the walk found no headline; a nested menu's last item stands under the menus
    texts = [
        "Harbour Times", "  * News", "  * Ferries", "      ☆ Harbour TV Magazine", "Gulls again",
        "March 17, 2024", "Share",
    ]  # fmt: skip
    assert _chosen(texts, None) == "Gulls again"


def test_machinerys_words_printed_as_two() -> None:
    assert title_signals.machinery("Log in to e-mail the harbour master")
    assert title_signals.machinery("Sign up or log in")
    assert not title_signals.machinery("Sign of the tide in the harbour")
    assert not title_signals.machinery("Harbour report")
