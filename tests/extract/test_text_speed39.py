"""The lead's speed gates of session 39 answer as the code they stand before."""

from __future__ import annotations

import pytest

from newsdesk.extract.text import captions, sign_off

_PICTURE_TEXTS = [
    "Harbour at dawn [img] as the ferries leave.",
    "Harbour at dawn   [image2]   as the ferries leave.",
    "[img][image] Two pictures first, then the story.",
    "The council [voted] on the bridge.",
    "  Spaces around [ but no picture ]  ",
    "A slug [harbour-at-dawn-ferries-leave] printed as a picture.",
    "A file [ferry_2024.jpg] inside the paragraph.",
    "Brackets [1] for a footnote, [a] for a note.",
    "[",
    "Nothing [ here",
]


@pytest.mark.parametrize("text", _PICTURE_TEXTS)
def test_without_pictures_as_the_sub_alone(text: str) -> None:
    assert captions.without_pictures(text) == captions._INLINE_PICTURE.sub(" ", text).strip()


_CREDIT_TEXTS = [
    "Reporting by Ann Example; editing by Bo Example",
    "(Additional reporting by Ann Example)",
    "Ann Example in Portvale contributed.",
    "Ann Example contributed reporting to this story.",
    "ANN EXAMPLE CONTRIBUTED TO THIS REPORT.",
    "This article was originally published by the Harbour Times.",
    "With inputs from agencies",
    "Autor: Jo Example schreibt",
    "Avec AFP",
    "Mit Material von dpa",
    "The ferry left at dawn, as it has every day since the bridge fell.",
    "Ann Example, who contributed nothing, left early.",
    "홍길동 기자",
    "Ann Exämple contributed.",
    "(Ann Example)",
    "",
]


@pytest.mark.parametrize("text", _CREDIT_TEXTS)
def test_credits_story_as_the_search(text: str) -> None:
    expected = (
        sign_off._CREDIT.search(text) is not None or sign_off._NAME_CREDIT.match(text) is not None
    )
    assert sign_off.credits_story(text) is expected
