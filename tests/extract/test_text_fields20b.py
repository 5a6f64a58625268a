"""A page's dates and bylines (session 20, second pass): a byline or a line of parts ending at a
clock's "a.m.", a German day's stop before an English month, a byline run on into a word saying
it was published. Lines and pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract import bylines, dates
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main


def test_a_fact_line_ending_at_a_clock_dates_the_story() -> None:
    # the line's stop is the clock's "a.m.", not a sentence's: the story's date all the same
    for facts_line in [
        "By Ann Example on Monday, November 17th, 2025 at 11:04 a.m.",
        "PUBLISHED: November 17, 2025 at 9:06 a.m. | UPDATED: November 17, 2025 at 9:26 a.m.",
    ]:
        text = page("Harbour Times", HEADLINE, facts_line, *STORY)
        assert (_main(text).published or "")[:10] == "2025-11-17", facts_line
    # a sentence with a date that ends at a clock is no line of facts
    text = page(
        "Harbour Times", HEADLINE,
        "The harbour board will meet on November 17, 2025 to vote at 11:04 a.m.", *STORY,
    )  # fmt: skip
    assert _main(text).published is None


def test_a_days_stop_before_an_english_month() -> None:
    parsed = dates.parse_absolute("14. May 2025")
    assert parsed is not None and parsed.iso == "2025-05-14"
    assert dates.parse_absolute("14. Mai 2025") is not None  # as before
    assert dates.parse_absolute("14.. May 2025") is None
    text = page("Hafenblatt", HEADLINE, "von Anna Beispiel", "14. May 2025", *STORY)
    assert (_main(text).published or "")[:10] == "2025-05-14"


def test_a_byline_run_on_into_published_keeps_the_names() -> None:
    for line, names in [
        ("Von Anna Beispiel publiziert am 30. Juli 2025", "Anna Beispiel"),
        ("Por Ana Ejemplo Publicado Jul 23, 2025", "Ana Ejemplo"),
        ("Par Anne Exemple publié le 21 juin 2025", "Anne Exemple"),
    ]:
        assert bylines.byline(line) == names, line
    # a sentence: no names before the word
    assert bylines.byline("Von Anfang an publiziert der Verlag alles") is None
    text = page("Hafenblatt", "Von Anna Beispiel publiziert am 30. Juli 2025", HEADLINE, *STORY)
    article = _main(text)
    assert article.authors == ["Anna Beispiel"]
    assert (article.published or "")[:10] == "2025-07-30"


def test_a_prompt_opening_with_by_is_no_header_fact() -> None:
    from newsdesk.extract.text import headers, line_features
    from newsdesk.extract.text.lines import Line

    prompt = Line("By signing up you accept our terms")
    assert not headers.is_header_fact(prompt)
    assert not line_features._is_header_line(prompt)
    byline = Line("By Ann Example")
    assert headers.is_header_fact(byline)
    assert line_features._is_header_line(byline)
    # nor does the prompt raise the stretch under it as an article's header would (region)
    from newsdesk.extract.text import region

    paragraph = Line(" ".join(["The harbour board met on Tuesday to weigh the plan."] * 3))
    assert not region._has_header([prompt, paragraph], 1)
    assert region._has_header([byline, paragraph], 1)


def test_a_bylines_person_without_what_it_runs_on_into() -> None:
    for names, people in [
        ("Ann ExampleHarbour Columnist", ["Ann Example"]),  # a role glued on
        ("Ann ExampleThe Associated Press", ["Ann Example"]),  # an agency glued on
        ("Ann Example The Associated Press", ["Ann Example"]),
        ("Ann Example - Harbour Contributor", ["Ann Example"]),
        ("Ann Example Harbour Columnist", ["Ann Example"]),
        ("Ann Example IN Fashion", ["Ann Example"]),  # a blog's section
        ("Ann Example Ann Example", ["Ann Example"]),  # a link and its label
    ]:
        assert bylines.byline_people(names) == people, names
    # names with capitals inside, a publication that is no agency, a name of one word: kept
    for names, people in [
        ("Ann McDonald and Bo LeBron", ["Ann McDonald", "Bo LeBron"]),
        ("Ann Example The Harbour Times", ["Ann Example The Harbour Times"]),
        ("Bo Bo", ["Bo Bo"]),
        ("Ann - Harbour Contributor", ["Ann - Harbour Contributor"]),
    ]:
        assert bylines.byline_people(names) == people, names
    text = page("Hafenblatt", HEADLINE, "Von Anna Beispiel IN Mode", "12. Januar 2025", *STORY)
    assert _main(text).authors == ["Anna Beispiel"]


def test_a_foreign_byline_run_on_into_its_day_keeps_its_names() -> None:
    # "Von X am 14. Mai ...", "Par X le 21 juin ...", "Por X el 3 de mayo ...": the names and the
    # day, not "Von X" as a name
    for outlet, facts_line, day in [
        ("Hafenblatt", "Von Anna Beispiel am 14. Mai 2025, 15:40 Uhr", "2025-05-14"),
        ("Le Port", "Par Ann Exemple le 21 juin 2025 à 10h12", "2025-06-21"),
        ("El Puerto", "Por Ana Ruiz el 3 de mayo de 2025", "2025-05-03"),
    ]:
        article = _main(page(outlet, HEADLINE, facts_line, *STORY))
        assert article.authors == [facts_line.split()[1] + " " + facts_line.split()[2]], facts_line
        assert (article.published or "")[:10] == day, facts_line
    # a figure must follow the word for "on": a place or a sentence is no byline's run-on
    assert bylines.byline("Von Anna Beispiel am Hafen") is None
    assert bylines.byline("Por su parte el 3 de mayo") is None
