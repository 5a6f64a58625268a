"""Studied losses on the fresh pages (session 36, text36f): an enumeration's item that ends on
its comma read as a heading and dropped. Pages written here, about a fictional harbour town."""

from __future__ import annotations

from newsdesk.extract.text.body import _goes_on, _title_opens_body
from newsdesk.extract.text.read import read_text


def _dump(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


_LEAD = [
    "Der Hafen von Portvale prüft seit dem Frühjahr jede Ladung Fisch, die an der Mole gelöscht "
    "wird, mit neuen Geräten, die der Fischereiverband im Winter angeschafft hat.",
    "Die Hafenmeisterin erklärt, dass die Prüfung der Frische in mehreren Schritten erfolgt, die "
    "nur zusammen eine verlässliche Aussage über die Qualität der Ladung erlauben:",
]
_ITEMS = [
    "a) Messung der Temperatur jeder einzelnen Kiste beim Löschen an der Mole mit einem Fühler, "
    "der die Werte gleich an das Hafenbüro schickt,",
    "b) Sichtprüfung der Kiemen und Augen durch den Hafenarzt,",
    "c) Stichproben im Labor der Genossenschaft, die am selben Tag ausgewertet und den Fischern "
    "gemeldet werden,",
    "d) Kontrolle der Eismenge in den Kisten vor dem Verladen.",
]
_REST = [
    "Seit die Geräte im Einsatz sind, hat der Hafen nach Angaben des Verbands deutlich weniger "
    "Reklamationen von den Händlern auf dem Festland erhalten als in den Jahren davor.",
    "Die Fischer selbst sehen die neuen Regeln gelassen, auch wenn das Löschen der Boote an "
    "manchen Tagen eine halbe Stunde länger dauert als früher, wie ein Kapitän erzählt.",
    "Im Herbst will der Verband entscheiden, ob die Prüfung auch auf die Muscheln ausgeweitet "
    "wird, die in der Bucht vor Eastwick gezogen und im Hafen verpackt werden.",
]


def test_an_enumerations_short_item_ending_on_a_comma_stays_in_the_body() -> None:
    # "b)" is short and no sentence: read as a heading, it was dropped with "c)" under it (two
    # headings in a row lead into nothing). An item that runs on past its comma heads nothing.
    # The paragraph and its items are one block, a line each (a paragraph's line breaks).
    block = "\n".join([_LEAD[1], *_ITEMS])
    text = _dump(["Startseite", "Hafen", "Fischerei", "Neue Prüfung für den Fang", _LEAD[0]])
    text += block + "\n\n" + _dump(_REST)
    page = read_text(text)
    body = page.articles[0].body
    assert all(item in body for item in _ITEMS)
    assert _REST[-1] in body


def test_a_greeting_or_a_labelled_field_ending_on_a_comma_is_no_item() -> None:
    # A greeting ("Liebe Grüße,") signs off; a line a label opens ("Stichworte: ...,", its list
    # cut at a converter's width) is a field of the page's, its tags: neither runs on as an
    # item of the story's. A piece of a sentence or an item does.
    assert not _goes_on("Liebe Grüße,", 2)
    assert not _goes_on("Mit freundlichen Grüßen,", 3)
    assert not _goes_on("Stichworte: Hafen, Fischerei, Portvale, Muscheln,", 6)
    assert not _goes_on("Seite 1 von 3 ...,", 5)
    assert _goes_on("b) Sichtprüfung der Kiemen und Augen durch den Hafenarzt,", 9)
    assert _goes_on("the harbour master said on Tuesday, and then,", 8)


_STORY = [
    "Die Fähre zwischen Portvale und Eastwick fährt vom kommenden Montag an wieder nach dem "
    "Sommerfahrplan, wie die Hafenverwaltung am Freitag mitteilte.",
    "Nach dem Sturm im Februar war die Anlegestelle in Eastwick wochenlang gesperrt, weil ein "
    "Teil der Mole abgesackt war und erst von Tauchern untersucht werden musste.",
    "Die Reparatur kostete nach Angaben der Verwaltung knapp zweihunderttausend Euro, die zur "
    "Hälfte vom Land und zur Hälfte aus der Rücklage des Hafens bezahlt werden.",
    "Die Pendler, die in den vergangenen Wochen den Umweg über die Küstenstraße nehmen mussten, "
    "sparen damit jeden Tag fast eine Stunde Fahrzeit, sagt die Sprecherin der Verwaltung.",
    "Im Sommer sollen zusätzliche Abendfahrten angeboten werden, damit auch die Besucher des "
    "Hafenfests am letzten Wochenende im Juli wieder sicher nach Hause kommen.",
]


def test_a_writers_role_under_their_name_in_the_stretch_is_their_box() -> None:
    # The author's box printed inside the story's stretch: the writer's name alone (the byline
    # names them), then their role on a line of its own. The role is theirs, not the story's.
    text = _dump(
        [
            "Startseite",
            "Fähre nach Eastwick fährt wieder",
            "Von Ann Beispiel und Bo Muster",
            _STORY[0],
            "Ann Beispiel",
            "Redakteurin im Ressort Hafen und Verkehr.",
            *_STORY[1:],
            "Bo Muster",
            "Korrespondent für die Küste der Portvale Zeitung.",
            "Zur Startseite",
        ]
    )
    body = read_text(text).articles[0].body
    assert _STORY[0] in body and _STORY[-1] in body
    assert "Redakteurin" not in body and "Korrespondent" not in body


def test_a_role_under_a_name_no_byline_names_stays() -> None:
    # A name the page's byline does not name, with a role under it, may be a person the story
    # quotes, set apart (a box of the story's own): it is left to the walk, as before.
    text = _dump(
        [
            "Startseite",
            "Fähre nach Eastwick fährt wieder",
            "Von Ann Beispiel",
            *_STORY[:3],
            "Carla Hafen",
            "Redakteurin der Schülerzeitung, fährt jeden Tag mit der Fähre zur Schule.",
            *_STORY[3:],
        ]
    )
    body = read_text(text).articles[0].body
    assert "Schülerzeitung" in body


def test_a_reading_time_under_the_lead_parts_it_from_the_story() -> None:
    # The header printed under the lead: its reading time ("4 Min.", a German header's minutes
    # alone), the page's address, the share bar. The reading time is the header's fact, as
    # "4 min read" is: the lead above it is the standfirst, not the story's first paragraph.
    lead = (
        "Die Fähre nach Eastwick fährt wieder: Nach dem Sturm im Februar ist die Mole repariert, "
        "und der Sommerfahrplan gilt vom Montag an."
    )
    text = _dump(
        [
            "Startseite",
            "Fähre nach Eastwick fährt wieder",
            "Von Ann Beispiel",
            lead,
            "4 Min.",
            "Permalink: https://portvale.example/-fz9",
            "Teilen abbrechen",
            *_STORY,
        ]
    )
    article = read_text(text).articles[0]
    assert article.standfirst == lead
    assert lead not in article.body and _STORY[0] in article.body


def test_reading_times_in_other_languages_are_read() -> None:
    from newsdesk.extract.text.fact_line import _reading_time

    assert _reading_time("Lesezeit: 3 Min.") == 3
    assert _reading_time("Temps de lecture : 4 min") == 4
    assert _reading_time("Tempo de leitura: 2 minutos") == 2
    assert _reading_time("5 min de lecture") == 5
    # A video's running time, a show's name: no reading time.
    assert _reading_time("9 min") is None
    assert _reading_time("60 Minutes") is None


def test_a_headline_chosen_at_the_stretchs_first_line_is_not_said_again() -> None:
    # A blog's post whose headline (a question of some length) the stretch took in as its first
    # line, the walk finding no headline above it: when the title's choice comes to that line,
    # the story says its headline once, as its title, and the body opens on its first paragraph.
    # (Asked of build_article's piece: compiled, a module's own calls are not patched.)
    question = "Verstößt die Pflicht zum Namensschild am Steg des Hafens gegen das Seerecht?"
    assert _title_opens_body(3, 3, question, [question, *_STORY])
    # The title chosen elsewhere, or a body of that line alone, keeps the body as it is.
    assert not _title_opens_body(2, 3, question, [question, *_STORY])
    assert not _title_opens_body(3, 3, question, [question])
    assert not _title_opens_body(3, 3, question, _STORY)
    # A lead taken for the title (a page with no headline) is longer than a headline: it stays.
    lead = _STORY[0] + " " + _STORY[1]
    assert not _title_opens_body(3, 3, lead, [lead, *_STORY[2:]])
