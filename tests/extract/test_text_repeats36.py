"""A teaser that says its title twice (session 36): a card prints the title, then a blurb that
says the title again, nearly alike, on one line. Dumps written here, about a fictional outlet."""

from __future__ import annotations

from newsdesk.extract.text.repeats import _says_itself_twice_spaced
from tests.extract.test_text_body import STORY, body_of, page

TEASERS = [
    "Ferry timetable changes for the winter season. Ferry timetable changes for the winter",
    "Lighthouse keepers mark a century on the point Lighthouse keepers mark a century on the point",
    "¿Qué cambia en el puerto este invierno? ¿Qué cambia en el puerto en invierno?",
]


def test_a_teaser_saying_its_title_twice_is_not_the_story() -> None:
    text = page("Harbour Times", "Harbour reopens after the storm", "By Ann Example",
                "3 March 2025", *STORY, "harbour ferries weather", *TEASERS)  # fmt: skip
    body = body_of(text)
    assert STORY[-1] in body
    for teaser in TEASERS:
        assert teaser not in body, teaser


def test_a_line_said_twice_is_a_teaser_only_when_long_and_nearly_alike() -> None:
    for teaser in TEASERS:
        assert _says_itself_twice_spaced(teaser), teaser
    # a story's short cry said twice; a sentence opening as it goes on; marks, not words
    assert not _says_itself_twice_spaced("Are we there yet? Are we there yet?")
    assert not _says_itself_twice_spaced(
        "The port said the ferry would run. The port said nothing of the bridge, the crane or "
        "the night shift at the quay."
    )
    assert not _says_itself_twice_spaced("( ) ( ) ( ) ( ) ( ) ( ) ( ) ( ) ( ) ( )")
