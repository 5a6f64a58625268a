"""Rules from the studied half of the fresh set, second round (session 13), written here about
fictional outlets: a server's error messages above the page, a share link's address that keeps
its text's spaces, ..."""

from __future__ import annotations

from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import STORY, body_of, page
from tests.extract.test_text_wrapped import _wrapped


def test_a_servers_php_warnings_above_the_page_are_not_its_story():
    # A blog's server printed its PHP warnings before the page; they read like long sentences,
    # and a menu item "About Me" under them looked like the notes after a story.
    warnings = [
        f"Warning: Use of undefined constant HARBOUR_WIDGET_{n} - assumed 'HARBOUR_WIDGET_{n}' "
        f"(this will throw an Error in a future version of PHP) in "
        f"/var/www/harbourblog/wp-content/plugins/widget{n}.php on line {n * 17}"
        for n in range(1, 4)
    ]
    text = page(*warnings, "HOME", "NEWS", "About Me", "TALKS", "Ferry strike ends after talks",
                *STORY[:5], "Leave a Reply")  # fmt: skip
    body = body_of(text)
    assert body.startswith(STORY[0])
    assert "Warning" not in body


def test_a_share_links_address_with_spaces_does_not_say_the_dump_is_unwrapped():
    # elinks prints a share button's address with the spaces of its text ("&text=Title, by
    # Name"): a long line with spaces, no paragraph left unwrapped.
    share = ("\thttps://social.example/intent/post/?url=https://harbourcourier.example/ferry-"
             "strike-ends&text=Ferry strike ends after talks, by Ann Example (Harbour Courier, "
             "March 2025)")  # fmt: skip
    assert len(share) > 160
    story = _wrapped(STORY[:4], 77, "   ")
    text = "\n".join(["Harbour Courier", share, "", "   Ferry strike ends after talks", "",
                      *story, "   Most Read", "   [20]Crane breaks down"])  # fmt: skip
    lines = [line.text for line in normalise(text)]
    assert all(p in lines for p in STORY[:4])


def test_a_box_asking_readers_to_report_a_typo_ends_the_story():
    # Under the story, the page asks its readers to report mistakes by Ctrl+Enter (as many
    # Baltic and Slavic outlets do), then offers its weekly letter: neither is the story's.
    box = ["Kļūda rakstā?",
           "Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu kļūdu redaktoram!",
           "Ziņot par kļūdu",
           "Šo vēstuli mēs izsūtīsim aptuveni reizi nedēļā, un no tās var atteikties jebkurā "
           "brīdī, uzspiežot saiti katras vēstules beigās.",
           "Lai pārliecinātos, ka pats pieņēmi lēmumu, to nepieciešams apstiprināt e-pastā, "
           "ko mēs tev tūlīt nosūtīsim uz norādīto adresi."]  # fmt: skip
    text = page("Ostas Vēstis", "Prāmju streiks beidzies", "Šodien, 17:40", *STORY[:4], *box,
                "Saistītie raksti", "Ostā nolūzt celtnis", "Jauns prāmis")  # fmt: skip
    body = body_of(text)
    assert body.startswith(STORY[0]) and STORY[3] in body
    assert "Ctrl+Enter" not in body and "reizi nedēļā" not in body


def test_a_first_paragraph_leading_into_videos_is_the_storys_not_a_standfirst():
    # A blogger's first paragraph ends in a colon and two embedded videos follow it (lynx
    # prints each as an IFRAME line): it leads into them, no standfirst set above the story.
    lead = ("Last week I dug out the first game I ever wrote, a puzzle for telephones of the "
            "nineties, and since nobody owns such a telephone now I ran it in an emulator and "
            "filmed the whole thing for you:")  # fmt: skip
    frames = [f"IFRAME: https://video.example/player/{n}?color=ff9933&byline=0" for n in (1, 2)]
    text = page("Tinkerer's Harbour", "Old puzzle, new screen", "Thursday, 15.2.2018, 19:51",
                lead, *frames, *STORY[:2], "Filed under Games", "Leave a Reply")  # fmt: skip
    body = body_of(text)
    assert body.startswith(lead)
    assert STORY[1] in body


def test_the_authors_box_under_the_byline_is_not_the_storys_first_paragraph():
    # Under the byline, the page prints the author's box: the name alone, then who she is.
    bio = (
        "Ann Example joined the Harbour Courier in 2001 after training at the city's school "
        "of journalism and has covered the ports, the ferries and the shipyards since 2013."
    )
    text = page("Harbour Courier", "Ferry strike ends after talks", "By Ann Example, Portsmouth",
                "Ann Example", bio, "Follow on Twitter", *STORY[:4], "Leave a Reply")  # fmt: skip
    body = body_of(text)
    assert body.startswith(STORY[0]) and STORY[3] in body
    assert "joined the Harbour Courier" not in body
