"""Pages that are a stream of whole stories (session 14): an endless-scroll page prints the
page's own story first, then the next ones, each under the same header (kicker, headline,
time of day) with its paragraphs after."""

from __future__ import annotations

from tests.extract.test_text_body import body_of, page, para

_STREAM = [
    ("Quay news", "Ferry crews return to the harbour after the strike", "6:14 a.m."),
    ("Night shift", "Lantern makers ask the council for a longer market", "5:28 p.m."),
    ("Weather", "Storm warning lifted for the northern channel", "4:02 p.m."),
    ("Trade", "Tariff on cargo cranes doubles from Monday", "3:41 p.m."),
]


def _stream(lengths: list[int]) -> tuple[str, list[list[str]]]:
    parts = ["Harbour Daily", "Menu", "Subscribe"]
    stories = []
    n = 1
    for (kicker, headline, time), length in zip(_STREAM, lengths, strict=True):
        story = [para(n + k) for k in range(length)]
        n += length
        stories.append(story)
        parts += [kicker, "Edit", headline, time, *story]
    return page(*parts, "Contact us"), stories


def test_the_first_story_of_a_stream_is_the_page_and_not_its_neighbours():
    # The third story is the longest: the heaviest is not the page's own.
    text, stories = _stream([3, 3, 6, 3])
    body = body_of(text)
    assert all(p in body for p in stories[0])
    assert not any(p in body for story in stories[1:] for p in story)


def test_one_story_under_a_clock_time_is_read_whole():
    story = [para(n) for n in range(1, 6)]
    text = page("Harbour Daily", "Menu", "Quay news", _STREAM[0][1], "6:14 a.m.", *story,
                "Contact us")  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in story)


def test_a_box_of_the_sites_picks_under_its_name_does_not_join_the_story():
    story = [para(n) for n in range(1, 6)]
    picks = [para(n, "the lantern market") for n in range(20, 23)]
    text = page("Harbour Daily", "Menu", "Ferry crews return to the harbour", *story,
                "HD recommends", "Lantern makers ask for a longer market", picks[0],
                "Storm warning lifted for the channel", picks[1],
                "Tariff on cargo cranes doubles", picks[2], "Contact us")  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in story)
    assert not any(p in body for p in picks)


_GLOSSAIRE = [
    "Le collectif du Journal des Quais réunit des personnes qui veulent raconter la vie du port, "
    "des docks et des marchés, loin des communiqués des armateurs et de la mairie.",
    "Marée : mouvement de la mer qui monte et qui descend deux fois par jour, et que les pilotes "
    "du chenal surveillent avant de laisser entrer les cargos dans le bassin.",
    "Lamaneur : personne qui amarre les navires au quai et qui les libère au départ, de jour "
    "comme de nuit, par tous les temps et sur tous les bassins du port.",
]
_HISTOIRE = [
    "Les lamaneurs du port ont voté la grève lundi soir, après trois semaines de discussions "
    "avec la direction du bassin sur les horaires de nuit et les primes de marée.",
    "Selon le syndicat, les équipes de nuit ont perdu deux postes depuis janvier, alors que le "
    "nombre de cargos accueillis au quai nord a doublé depuis l'ouverture du nouveau chenal.",
    "La direction du port répond que les horaires seront revus au printemps, et que les primes "
    "seront versées dès que le budget des bassins aura été voté par le conseil.",
    "Les marins des ferries ont annoncé leur soutien aux lamaneurs et pourraient rejoindre le "
    "mouvement la semaine prochaine si aucun accord n'est trouvé avant vendredi.",
]


def test_a_dateline_after_its_published_word_heads_the_story_in_the_pages_language():
    # "Publié le 3 mars 2021" under the headline parts the story from the site's column of
    # definitions above it, which reads as long prose too.
    text = page("Journal des Quais", "Menu", "Texte d'intention", *_GLOSSAIRE, "recherche",
                "Grève des lamaneurs au port", "Publié le 3 mars 2021", *_HISTOIRE,
                "Partager")  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in _HISTOIRE)
    assert not any(p in body for p in _GLOSSAIRE)


def test_lynx_head_links_atop_the_dump_are_not_the_story():
    head = (
        "#[1]RSS 2.0 [2]RSS .92 [3]Atom 0.3 [4]Harbour Daily » Ferry crews return to the "
        "harbour after nine days of strike on the quay, and the pilots say they are glad"
    )
    story = [para(n) for n in range(1, 4)]
    text = page(head, "Harbour Daily", "17.7.11", "Ferry crews return to the harbour", *story,
                "Comments (3)")  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in story)
    assert "RSS 2.0" not in body


def test_a_live_blog_under_its_own_dated_header_is_read_whole():
    # The page's header carries a date, its entries only the hour: one story, not a stream.
    parts = ["Harbour Daily", "Menu", "Live: the ferry strike, hour by hour", "3 March 2025",
             para(1), para(2)]  # fmt: skip
    entries = []
    for n, (_, headline, time) in enumerate(_STREAM[1:]):
        entry = [para(10 + 3 * n), para(11 + 3 * n)]
        entries += entry
        parts += [headline, time, *entry]
    body = body_of(page(*parts, "Contact us"))
    assert all(p in body for p in entries)
