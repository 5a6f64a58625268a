"""The site's calls to follow it and to sign up, in the languages the headers know, are chrome
as English's are (session 34). Lines written here, about fictional outlets."""

from __future__ import annotations

import pytest

from newsdesk.extract import extract_text_page
from newsdesk.extract.text import line_chrome
from newsdesk.extract.text.lines import traits_of
from tests.extract.test_text_body import STORY, page

CALLS = [
    "📲 Acompanhe o Diário do Cais no Facebook, no Instagram e no Twitter",
    "Síguenos en Facebook: Gaceta del Muelle y en Twitter: @gacetamuelle",
    "Folgen Sie uns auf Instagram und Facebook",
    "Suivez-nous sur Twitter",
    "Para se inscrever, entre ou crie uma conta Cais gratuita.",
]
MAILINGS = [
    "De segunda a sábado, as notícias que você não pode perder diretamente no seu e-mail.",
    "Las noticias del puerto, directamente en tu correo cada mañana.",
    "Die wichtigsten Nachrichten direkt in Ihr Postfach.",
]


@pytest.mark.parametrize("text", CALLS)
def test_calls_to_follow_or_sign_up_are_promos(text: str) -> None:
    assert line_chrome.is_promo(traits_of(text))


@pytest.mark.parametrize("text", MAILINGS)
def test_newsletter_blurbs_are_mailing_prompts(text: str) -> None:
    assert line_chrome.is_mailing_prompt(traits_of(text))


def test_a_story_sentence_with_the_verbs_is_no_promo() -> None:
    sentence = (
        "El concejo pidió que el alcalde siga en Twitter las quejas de los vecinos del puerto."
    )
    assert not line_chrome.is_promo(traits_of(sentence))


def test_the_calls_under_the_story_are_left_out_of_its_body() -> None:
    text = page("Ferry crews meet the council", "By Ann Example", *STORY, *CALLS[:1], *MAILINGS[:1])
    body = extract_text_page(text).articles[0].body
    assert body.endswith(STORY[-1])
