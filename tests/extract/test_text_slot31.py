"""A writer's name alone in the header's slot (between the headline and the story), told by a
fact of the header's beside it: the writer's addresses, the headline printed again, the writer's
portrait named for the writer. Alone there, a name is as often a picture's credit."""

from __future__ import annotations

from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main


def test_a_name_over_the_writers_addresses_is_the_writer() -> None:
    text = page("Harbour Times", HEADLINE, "Bo Example", "bo.example@harbour.example @boexample",
                *STORY)  # fmt: skip
    assert _main(text).authors == ["Bo Example"]
    # the headline printed twice over them
    text = page("Harbour Times", HEADLINE, HEADLINE, "Bo Example", "bo@harbour.example", *STORY)
    assert _main(text).authors == ["Bo Example"]
    # the addresses glued onto the name
    text = page("Harbour Times", HEADLINE, "Bo Examplebo@harbour.example@boexample", *STORY)
    assert _main(text).authors == ["Bo Example"]


def test_a_name_under_the_writers_portrait_is_the_writer() -> None:
    text = page("Harbour Times", HEADLINE, "Image of Bo Example", "Bo Example", *STORY)
    assert _main(text).authors == ["Bo Example"]


def test_a_name_alone_or_under_a_pictures_mark_is_no_writer() -> None:
    # A credit: no fact of the header's beside it, or the picture's own mark over it.
    assert _main(page("Harbour Times", HEADLINE, "Bo Example", *STORY)).authors == []
    text = page("Harbour Times", HEADLINE, "[harbour-ferry]", "Bo Example", "bo@harbour.example",
                *STORY)  # fmt: skip
    assert _main(text).authors == []
    # Two names there: a list, not a byline; "From" a source's name
    text = page("Harbour Times", HEADLINE, "Bo Example", "Cy Example", "bo@harbour.example",
                *STORY)  # fmt: skip
    assert _main(text).authors == []
    text = page("Harbour Times", HEADLINE, "From Harbourwiki", "bo@harbour.example", *STORY)
    assert _main(text).authors == []
