"""Studied losses on the "more" pages (session 36, text36m): a technical post whose code
listings printed a statement a line read as a menu that parts the story. Pages written here,
about a fictional tide-table library."""

from __future__ import annotations

from newsdesk.extract.text import shapes
from newsdesk.extract.text.read import read_text

_INTRO = [
    "So you finally keep a tide table for your harbour in the browser? Good. The more the "
    "table is checked against the gauges, the more the pilots trust it, but how far can you?",
    "The idea behind a tide check is to compare each predicted high water with the gauge's "
    "reading of the same morning, and to keep a running record of how far the two drift.",
    "Not many harbour offices I know check their tables at all, and fewer still do it in the "
    "browser, mostly because there are few small tools for it that anyone keeps up to date.",
]
_LISTING = [
    "<!DOCTYPE html>",
    "<html>",
    "<head>",
    '  <meta charset="utf-8">',
    "  <title>Tides</title>",
    '  <link rel="stylesheet" href="vendor/tides.css">',
    "</head>",
    "<body>",
    '  <div id="table"></div>',
    '  <div id="gauges"></div>',
    '  <div id="notes"></div>',
    '  <script src="vendor/tidewatch.js"></script>',
    '  <script src="vendor/gauge.js"></script>',
    "  <script>tidewatch.setup('harbour');</script>",
    '  <script src="morrow.js" data-check></script>',
    '  <script src="morrow_test.js"></script>',
    "  <script>tidewatch.run();</script>",
    "</body>",
    "</html>",
]
_CLOSE = [
    "Running the check now gives a report like the one below, with a line for each morning.",
    "As the report shows, the spring tides were predicted well, but the neap tides drifted by "
    "up to twenty minutes, which is more than the pilots allow when the channel is dredged. "
    "We have been told so, nothing more: the check does not say why they drift, and it does "
    "not say whether the gauge or the table is the one at fault on those grey mornings.",
    "Just remember that a check only gives you numbers, not proof that the table is right on "
    "every morning of the year. If you ask me, the best guide is still the harbour master's "
    "own logbook, kept by hand for sixty years, and the pilots who read the water each day "
    "and say so at the quay when a prediction is off by more than a quarter of an hour.",
]


def test_a_code_listing_does_not_part_a_technical_post() -> None:
    # A listing of twenty lines that weigh nothing, each of a few "words", is no menu: the
    # post's opening paragraphs above it are read with the rest.
    text = (
        "Tide tables in the browser\n\n"
        + "\n\n".join(_INTRO)
        + "\n\nCreate the page for it, with the library and its gauge adapter:\n\n"
        + "\n".join(_LISTING)
        + "\n\nNotes:\n\n"
        + "\n\n".join(_CLOSE)
        + "\n\nHome\nCode\nPhotos\nTalks\nContact\n"
    )
    body = read_text(text).articles[0].body
    assert _INTRO[0] in body and _CLOSE[-1] in body


def test_a_menu_still_parts_the_page() -> None:
    # Twenty menu items (words, no code) between a blurb and the story still part them.
    menu = ["Home", "News", "Sport", "Weather", "Harbour", "Ferries", "Fishing", "Letters",
            "Events", "Obituaries", "Jobs", "Homes", "Cars", "Puzzles", "Archive", "About",
            "Contact", "Subscribe", "Log in", "Search"]  # fmt: skip
    text = (
        "\n\n".join(_INTRO)
        + "\n\n"
        + "\n".join(menu)
        + "\n\nTide tables in the browser\n\n"
        + "\n\n".join(_CLOSE)
        + "\n"
    )
    body = read_text(text).articles[0].body
    assert _INTRO[0] not in body or _CLOSE[0] not in body


_FERRY = [
    "The harbour board voted on Tuesday to keep the old ferry running for five more years, "
    "after a public meeting that filled the library and ran long past its closing time.",
    "The ferry, a wooden boat built in 1961, carries about two hundred people a day to the "
    "fishing village of Eastwick, and the council had wanted to replace it with a bus.",
    "People from Eastwick said the bus would take forty minutes against seven for the ferry, "
    "and that older people without cars would be cut off from the market on the quay.",
    "The harbour master said the hull had been checked in the spring and was sound, but that "
    "the engine would have to be rebuilt within two years at the board's expense.",
]
_BIO = (
    "Ann Example is an investigative reporter whose work has appeared in the Harbour Post, the "
    "Morrow Courier and the Eastwick Gazette. Her years of reporting on the port's contracts won "
    "the coast's press award twice, and she has taught reporting at the college on the hill. "
    "Before that she worked as a ferry deckhand for six summers and kept the tide tables."
)


def _body_around(insert: str) -> str:
    """The body read of the ferry story with `insert` (blocks parted by blank lines) after its
    second paragraph: the story's first and last paragraphs must be in it."""
    text = (
        "Ferry saved for five more years\n\nJune 9, 2025\n\n"
        + "\n\n".join(_FERRY[:2])
        + f"\n\n{insert}\n\n"
        + "\n\n".join(_FERRY[2:])
        + "\n"
    )
    body = read_text(text).articles[0].body
    assert _FERRY[0] in body and _FERRY[-1] in body
    return body


def test_a_long_bio_under_the_writers_name_is_left_out() -> None:
    # The writer's box under the story: the name alone, then a bio of 60 words that says who
    # she is. It is the page's, however long, not the story's last paragraph.
    text = (
        "Harbour Post\n\nHome\nNews\nSport\n\nFerry saved for five more years\n\n"
        "June 9, 2025\n\n"
        + "\n\n".join(_FERRY)
        + "\n\nAnn Example\n\n"
        + _BIO
        + "\n\nMore from the newsroom\n\nTrending\n\nSign up for our newsletters!\n\n"
        "© 2025 Harbour Post\n"
    )
    body = read_text(text).articles[0].body
    assert _FERRY[0] in body and _FERRY[-1] in body
    assert "investigative reporter" not in body


def test_a_long_paragraph_about_a_writer_inside_the_story_stays() -> None:
    # Not under a line of the name: a story's paragraph about a writer is the story's.
    text = (
        "Ferry saved for five more years\n\nBy Bo Other\n\n"
        + "\n\n".join(_FERRY[:2])
        + "\n\nAnn Example\n\nA photo of the ferry at dawn\n\n"
        + _BIO
        + "\n\n"
        + "\n\n".join(_FERRY[2:])
        + "\n"
    )
    body = read_text(text).articles[0].body
    assert "investigative reporter" in body


def test_a_call_to_sponsor_the_station_under_an_advert_label_is_left_out() -> None:
    # An advert's slot prints its label, then the station's call to sponsor it, its own name
    # between ("Become a Harbour FM sponsor"): the site's, as "Become a member" is.
    body = _body_around("Advertisement\n\nBecome a Harbour FM sponsor")
    assert "sponsor" not in body


def test_a_caption_printed_twice_around_its_credit_is_left_out() -> None:
    # A picture inside the story: its caption (alt text), the photographer, the caption again.
    # A story does not say a sentence twice with a name between; a picture does.
    caption = (
        "The old ferry leaves the quay at Eastwick on a grey morning, with the harbour master "
        "and a dozen passengers on its deck, June 9, 2025."
    )
    body = _body_around(f"{caption}\n\nBo Other\n\n{caption}")
    assert "grey morning" not in body


def test_a_teaser_card_cut_short_with_its_link_inside_the_story_is_left_out() -> None:
    # Another story's card dropped between the paragraphs: its picture, its headline, its
    # blurb cut short with the link glued on ("... Read more Read more").
    blurb = (
        "When the tide turns early in the spring, the pilots of the harbour have a trick for "
        "it that few… Read more Read more"
    )
    body = _body_around(f"[tide-card]\n\nHow Pilots Read the Tide\n\n{blurb}")
    assert "pilots of the harbour" not in body


def test_a_bulgarian_see_more_header_closes_the_story() -> None:
    # "Вижте още" ("See more") over a list of other stories' pictures and titles under the
    # story: a list header, as "Най-четени" is, so its titles are not read on as the story's.
    story = [
        "Общинският съвет на пристанищния град гласува във вторник да запази стария ферибот "
        "още пет години, след събрание, което напълни библиотеката до късно вечерта.",
        "Фериботът, дървена лодка от 1961 година, превозва около двеста души на ден до "
        "рибарското село Иствик, а общината искаше да го замени с автобус по брега.",
        "Жителите на Иствик казаха, че автобусът ще пътува четиридесет минути срещу седем за "
        "ферибота и че възрастните хора без коли ще останат откъснати от пазара.",
    ]
    teaser = "Какво ще стане с пристанището, когато морето се вдигне с още един метър?"
    text = (
        "Фериботът остава още пет години\n\n"
        + "\n\n".join(story)
        + f"\n\nВижте още\n\n[photo_1] Нов кей за рибарите в Иствик\n[photo_2] {teaser}\n"
    )
    body = read_text(text).articles[0].body
    assert story[0] in body and story[-1] in body
    assert teaser not in body


_JSON_LISTING = [
    "HTTP/1.1 200 OK",
    "Content-Type: application/json",
    "{",
    '  "gauges":[{',
    '    "href": "https://tides.example/gauge/north",',
    '    "rel": "gauge"',
    "  }, {",
    '    "href": "https://tides.example/gauge/south",',
    '    "rel": "gauge"',
    "  }, {",
    '    "href": "https://tides.example/table/2025",',
    '    "rel": "table",',
    '    "properties": {',
    '      "https://tides.example/spec/version": "draft-03"',
    "    }",
    "  }]",
    "}",
]


def test_a_json_listing_with_addresses_does_not_part_a_technical_post() -> None:
    # A server's answer printed a key a line, its values addresses: code, not a menu (nor
    # lynx's list of references, which is addresses alone).
    text = (
        "Tide tables in the browser\n\n"
        + "\n\n".join(_INTRO)
        + "\n\nThe server's answer might look like this:\n\n"
        + "\n".join(_JSON_LISTING)
        + "\n\nNotes:\n\n"
        + "\n\n".join(_CLOSE)
        + "\n\nHome\nCode\nPhotos\nTalks\nContact\n"
    )
    body = read_text(text).articles[0].body
    assert _INTRO[0] in body and _CLOSE[-1] in body


def test_a_paragraph_cut_mid_word_then_unfolded_is_no_headline_printed_twice() -> None:
    # A "more" link that unfolds a description prints its opening cut off mid-word, then the
    # whole of it, on one line: the text's own, not a teaser's headline said twice.
    whole = " ".join(_FERRY[:2])
    cut = whole[: whole.index("council") + 4]  # "... the coun" + the whole again
    line = f"{cut} {whole} ...more"
    assert not shapes.repeats_headline(line)
    text = "Ferry saved for five more years\n\nJune 9, 2025\n\n" + line + "\n"
    body = read_text(text).articles[0].body
    assert _FERRY[1] in body
    # A headline printed twice, then a blurb, still is.
    title = "Harbour board keeps the old ferry for five more years"
    assert shapes.repeats_headline(f"{title} {title} The board voted on Tuesday.")
