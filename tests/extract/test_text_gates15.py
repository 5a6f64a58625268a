"""The cheap tests in front of the text reader's slow case-blind searches let through every text
the search matches (line_chrome.may_hold and the keys of each pattern), and the page's header facts
worked out once give the headlines the stages found before.

Each search is checked against its gate on lines written for each of the pattern's words (in
other cases, with the letters sre folds that str.lower() does not: "İ", "ı", "ſ"), then on
every line of the sample and seed dumps.
"""

from __future__ import annotations

import re

import pytest

from newsdesk.extract.text import headers, line_chrome, line_score, page_chrome, shapes, story_close
from newsdesk.extract.text.lines import normalise
from tests.extract.dump_lines import dump_lines

# Lines holding each word of the four patterns, in several cases and spellings.
CRAFTED = [
    # shapes._PUBLISHED
    "Jo Example | Published: 3 May 2024", "PUBLİSHED 3 May 2024 by The Harbour Times",
    "Poſted on 4 May 2020 by Ann Example", "Last updated on 5 June 2021",
    "Publié le 9 juin 2019 par Jean Exemple", "Mis à jour le 9 juin 2019",
    "Publicado el 9 de junio de 2019", "Actualizado: 10/06/2019 12:00", "Atualizado em 10/06/2019",
    "Veröffentlicht am 9. Juni 2019", "Aktualisiert am 10.06.2019 um 12:00",
    "Pubblicato il 9 giugno 2019", "Aggiornato il 10 giugno 2019", "Opublikowano 9 czerwca 2019",
    "Gepubliceerd op 9 juni 2019", "Опубликовано 9 июня 2019", "Обновлено 10 июня 2019",
    "تم نشره في 9 يونيو 2019", "نشر في 9 يونيو 2019", "기사입력 2019.06.09 12:00",
    "입력 2019.06.09",
    # story_close._BELOW
    "See below for the full list of winners", "The results are listed BELOW", "Below are the",
    "Die Ergebnisse siehe unten", "Nachfolgend die Liste", "Im Folgenden die Übersicht",
    "La liste ci-dessous", "A continuación, la lista", "Qui sotto la classifica",
    "Di seguito la lista", "Veja abaixo a lista", "Confira a seguir a lista",
    # line_score.RECOMMENDS
    "Harbour recommends", "HARBOUR RECOMMENDS", "Die Redaktion empfiehlt", "Unsere Empfehlungen",
    "Harbour recommendſ",
    # page_chrome._COMMENT_RULES (with a comments word)
    "You must be logged in to post a comment.", "Log in to comment", "Sign in to comment",
    "Please register to comment", "Comments are moderated", "Read our comment guidelines",
    "Please be polite in the comments", "Be respectful in the comments",
    "Comments: keep a civil discussion", "Comment netiquette", "Comments for subscribers only",
    "Comment (character limit 500)", "Du musst eingeloggt sein, um einen Kommentar zu posten",
    "Kommentare nur angemeldet", "Zum Kommentieren anmelden", "Kommentare werden moderiert",
    "Kommentare werden freigeschaltet", "Bitte bleiben Sie in den Kommentaren höflich",
    "Vous devez être connecté pour commenter", "Connectez-vous pour commenter",
    "Inscrivez-vous pour commenter", "Les commentaires sont modérés", "Nétiquette des commentaires",
    "Restez courtois dans les commentaires", "Los comentarios son moderados",
    "Sea respetuoso en los comentarios", "Inicia sesión para comentar",
    "Inicia SESİÓN para comentar", "Commenti moderati", "Sii rispettoso nei commenti",
    "Accedi per commentare", "Registrati per commentare", "Je moet ingelogd zijn om te reageren",
    "Reacties worden gemodereerd", "Lees onze huisregels voor reacties",
    "Comments: LOGGED İN users only",
]  # fmt: skip

GATED = [
    (shapes._PUBLISHED, shapes._PUBLISHED_KEYS),
    (story_close._BELOW, story_close._BELOW_KEYS),
    (line_score.RECOMMENDS, line_score._RECOMMENDS_KEYS),
    (page_chrome._COMMENT_RULES, page_chrome._RULES_KEYS),
]


@pytest.mark.parametrize(("pattern", "keys"), GATED, ids=lambda x: getattr(x, "pattern", "")[:20])
def test_gate_lets_through_every_match(pattern: re.Pattern[str], keys: tuple[str, ...]) -> None:
    # POST_NAVIGATION's keys are asked of the line's first nine characters only.
    size = 9 if pattern is line_score.POST_NAVIGATION else None
    missed = [
        t
        for t in dump_lines(CRAFTED)
        if pattern.search(t) and not line_chrome.may_hold(t[:size], keys)
    ]
    assert missed == []


def test_crafted_lines_match_their_patterns() -> None:
    """Every crafted line is one its pattern matches (else it checks nothing)."""
    unmatched = [t for t in CRAFTED if not any(p.search(t) for p, _ in GATED)]
    assert unmatched == []


def test_gate_rules_out_lines_without_the_words() -> None:
    assert not line_chrome.may_hold(
        "The council met on 3 May 2024 in the harbour", shapes._PUBLISHED_KEYS
    )
    assert not line_chrome.may_hold("Les élus se réunissent le 3 mai", shapes._PUBLISHED_KEYS)
    # Letters sre folds onto ASCII ones that lower() leaves alone: the pattern decides.
    assert line_chrome.may_hold("İstanbul, 3 May 2024", shapes._PUBLISHED_KEYS)
    assert line_chrome.may_hold("Poſt", ("post",))


PAGE = """The Harbour Times

Council votes on the bridge
By Ann Example
3 May 2024

The council voted on Tuesday to repair the old bridge over the harbour, after two years of talks.

The repairs will start in June and last until the spring, the council's engineer said on the day.

Ferry fares rise again
10:30

Fares on the harbour ferry rise by a tenth from June, the operator said in a short note on Monday.

The operator blamed the price of fuel and the cost of the new pier, which opened last autumn.

School roof fixed
11:45

The roof of the harbour school was fixed over the holiday, the head teacher told parents by letter.

Pupils return on Monday to classrooms that were closed for most of the last term of the year.
"""


def test_header_facts_once_give_the_same_headlines() -> None:
    lines = normalise(PAGE)
    facts = headers.header_facts(lines)
    assert headers.headlines(lines, facts=facts) == headers.headlines(lines) == [1]
    stream = headers.headlines(lines, stream=True)
    assert headers.headlines(lines, stream=True, facts=facts) == stream
    assert headers.stream_heads(lines, facts) == headers.stream_heads(lines)
    # The clock times stamp the stream's stories: the page's own story, then two more.
    assert stream == [1, 6, 10]
