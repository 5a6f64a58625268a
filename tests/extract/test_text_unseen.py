"""Shapes the text reader met on pages of sites it was never tuned on (written here, about
fictional outlets): glued headline feeds, captions closed by a credit without brackets, stops
of other scripts."""

from __future__ import annotations

import pytest

from newsdesk.extract import extract_text_page
from newsdesk.extract.text import captions, line_chrome, line_marks, line_prose, shapes
from newsdesk.extract.text.lines import Traits
from tests.extract.test_text_body import STORY, body_of, page, para


def _feed(start: int) -> str:
    """A latest-news column glued into one line: "08:45 Title 08:38 Title ..."."""
    items = [
        f"{(start - n) % 24:02d}:{(59 - 7 * n) % 60:02d} «Harbour Courier». Lantern number {n} "
        f"relit on the north quay after the storm"
        for n in range(6)
    ]
    return " ".join(items)


def test_a_glued_feed_of_timed_headlines_is_not_the_story():
    feeds = [_feed(start) for start in (9, 3, 22)]
    text = page("Harbour Courier", "Latest", *feeds, "Ferry strike ends", "09:12, 4 March 2025",
                *STORY[:3], "Most Read", "Crane breaks down at dawn")  # fmt: skip
    body = body_of(text)
    assert body.startswith("Paragraph 1 about the harbour")
    assert "Lantern number" not in body
    assert all(p in body for p in STORY[:3])


@pytest.mark.parametrize(
    "text, feed",
    [
        (_feed(8), True),
        (
            "21:47 Ferry returns to the north quay 21:43 Crane fixed 21:30 Storm passes the cape "
            "21:02 Warden names new pilot for the night crossing",
            True,
        ),
        (
            "The ferry leaves at 08:15, reaches the cape at 09:30, and sails back at 11:45 when "
            "the tide turns, the warden said.",
            False,
        ),
        (
            "Boats sail at 08:15 am, 09:30 am and 11:45 am on weekdays, and at noon on Sundays "
            "when the harbour is open to visitors from the mainland.",
            False,
        ),
    ],
)
def test_a_feed_is_told_from_a_paragraph_that_gives_times(text: str, feed: bool) -> None:
    assert shapes.is_timed_feed(text, len(text.split())) is feed


@pytest.mark.parametrize(
    "text, credit",
    [
        ("The pilot guides the ferry past the cape at dusk, March 3, 2025. — Harbour pic",
         "Harbour pic"),
        ("Wardens cleared the quay before noon. Photo HC /Ann Example", "Photo HC /Ann Example"),
        ("The warden and the pilot at the north quay on Monday. Ann Example / Cape Pictures",
         "Ann Example / Cape Pictures"),
        ("The ferry's new lantern, lit for the first time. Courtesy of the Harbour Society",
         "Courtesy of the Harbour Society"),
        ("Die Fähre am Nordkai, kurz nach dem Sturm — Foto: Ann Beispiel/Hafenblatt",
         "Foto: Ann Beispiel/Hafenblatt"),
        ("Фото: Анна Пример", None),  # a credit line of its own: caption with no credit
        ("Ann Example / HCA", "HCA"),  # a photographer and an agency, on a line of their own
        ("Bo Example/Harbour Images", "Harbour Images"),
    ],
)  # fmt: skip
def test_a_caption_closed_by_its_credit_without_brackets_is_a_caption(
    text: str, credit: str | None
) -> None:
    assert captions.caption_credit(text) == (text, credit)


@pytest.mark.parametrize(
    "text",
    [
        "The strike ended on Monday. The news reached the quay on Tuesday",
        "Ferries will run again from March, the union said. EFE",  # an agency's sign-off
        "The crossing reopens at dawn. — Harbour Courier",
        "The warden thanked the crews. Said the pilot John Example",
        "Quay / HCA",  # a menu's items, not a photographer's name
        "Nation/World",
    ],
)
def test_a_paragraph_ending_without_a_stop_or_on_a_sign_off_is_no_caption(text: str) -> None:
    assert captions.caption_credit(text) is None


def test_captions_with_trailing_credits_stay_out_of_the_body():
    caption = "The ferry at the north quay after the storm, March 3, 2025. — Harbour pic"
    credited = "Wardens cleared the quay before noon. Photo HC /Ann Example"
    text = page("Harbour Courier", "Ferry strike ends", "4 March 2025", caption, *STORY[:2],
                credited, *STORY[2:4])  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert article.body.startswith("Paragraph 1 about the harbour")
    assert "Harbour pic" not in article.body and "Photo HC" not in article.body
    assert any(image.credit == "Photo HC /Ann Example" for image in article.images)


@pytest.mark.parametrize("stop", ["։", "۔", "።"])
def test_stops_of_other_scripts_end_a_sentence(stop: str) -> None:
    assert line_prose.ends_sentence(f"Lorem ipsum dolor sit amet consectetur{stop}")
    text = f"Lorem ipsum dolor sit amet, consectetur adipiscing elit sed do{stop}"
    assert line_prose.is_prose_text(text, len(text.split()))


def test_a_paragraph_above_the_byline_is_the_standfirst_not_the_story():
    standfirst = "The ferry strike is over after nine days, and the first boats sail at dawn."
    text = page("Harbour Courier", "Menu", "Ferry strike ends", standfirst, "Harbour Desk",
                "By Ann Example", "4 March 2025", *STORY)  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert article.standfirst == standfirst
    assert article.body.startswith("Paragraph 1 about the harbour")
    assert article.authors == ["Ann Example"]


def test_the_story_begins_below_a_header_standing_inside_the_stretch():
    # A picture's long caption, a send-to-a-friend line, the headline and its standfirst,
    # then the date and the byline.
    header = ["The ferry Lantern Queen leaves the north quay on the morning the strike ended, "
              "with the harbour master and the union's crew on the bridge.",
              "Send this story to a friend.", "Ferry strike ends after nine days",
              "The first boats sail at dawn, the union and the harbour board said tonight.",
              "4 March 2025", "By Ann Example"]  # fmt: skip
    text = page("Harbour Courier", "Menu", *header, *STORY)
    body = body_of(text)
    assert body.startswith("Paragraph 1 about the harbour")
    assert "Lantern Queen" not in body and "friend" not in body and "first boats" not in body


def test_dates_in_a_box_under_the_first_paragraphs_leave_them_in_the_story():
    box = ["Read also", "Crane number four breaks down at the quay", "3 March 2025",
           "Night ferry returns to the north quay", "2 March 2025"]  # fmt: skip
    text = page("Harbour Courier", "Ferry strike ends", *STORY[:2], *box, *STORY[2:])
    body = body_of(text)
    assert all(p in body for p in STORY)
    assert "Crane number four" not in body


def _glued_headlines(n: int) -> str:
    """Headlines of a "most read" box glued into one line: sentences, then a title that ends
    on no stop."""
    return " ".join(
        f"Crane number {n + k} breaks down at the north quay. Warden {k} names a new pilot "
        f"for the night crossing"
        for k in range(4)
    )


def test_a_colon_that_ends_every_paragraph_announces_no_list():
    # Some scripts' pages end their sentences on a colon: then a colon closing the last
    # paragraph announces nothing, and the lines after it are the page's, not a list.
    story = [p.removesuffix(".") + ":" for p in STORY[:4]]
    after = ["More of this story in today's printed paper", "Harbour Courier - news of the bay",
             "Print", "Read also", *(f"Lantern number {n} relit on the quay after the storm"
                                     for n in range(6)),
             "Most read", _glued_headlines(1), _glued_headlines(7)]  # fmt: skip
    body = body_of(page("Harbour Courier", "Ferry strike ends", *story, *after))
    assert all(p in body for p in story)
    assert "printed paper" not in body and "Lantern number" not in body
    assert "Crane number" not in body


def test_a_list_the_story_announces_ends_at_a_read_also_box():
    items = [f"Quay {n}: boats every hour from dawn" for n in range(1, 5)]
    box = ["Read also", "Night ferry returns to the north quay after the strike",
           "Crane number four breaks down at the quay again"]  # fmt: skip
    text = page("Harbour Courier", "Ferry strike ends", *STORY[:3],
                "The new timetable the harbour board published tonight runs quay by quay:", *items,
                *box)  # fmt: skip
    body = body_of(text)
    assert all(item in body for item in items)
    assert "Night ferry" not in body and "Crane number" not in body


def test_headlines_glued_into_long_lines_weigh_less_than_the_story():
    glued = _glued_headlines(1)
    assert line_prose.is_unfinished(glued)
    assert not line_prose.is_unfinished(STORY[0])
    assert not line_prose.is_unfinished("A long paragraph. It ends on a smile 🙂")


def test_a_long_paragraph_beyond_a_whole_menu_is_not_the_story():
    menu = [f"  * {name}" for name in ("Home", "News", "Crime", "Culture", "Opinion", "Sport",
            "Stars", "Video", "Archive", "Weather", "Radio", "TV guide", "Quay cam",
            "Ferries", "Tides", "Contact")]  # fmt: skip
    notice = (
        "This site is run by the Harbour Courier. Every text and picture on it is protected "
        "by the Courier's copyright, and the Courier keeps all rights to them: they may be "
        "taken over only with the Courier's written consent, naming the Courier as their "
        "source and linking to the page they came from, and never changed in any way, in "
        "print, on the radio, on television or online, by any outlet of any kind or anyone."
    )
    text = page("Harbour Courier", "Ferry strike ends", *STORY[:2], "read more...",
                "4 March 2025, 09:08", *menu, notice)  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in STORY[:2])
    assert "copyright" not in body


def test_a_list_of_some_words_inside_a_story_does_not_part_it():
    items = [f"  * Boat {n} leaves the north quay at dawn" for n in range(1, 17)]
    text = page("Harbour Courier", "Ferry strike ends", *STORY[:3], *items, *STORY[3:])
    body = body_of(text)
    assert all(p in body for p in STORY)


def test_a_prompt_to_unsubscribe_is_the_sites_not_the_storys():
    prompt = ("We will email you a link to each new story. You may change your settings or "
              "unsubscribe at any time.")  # fmt: skip
    assert line_chrome.is_promo(prompt)


@pytest.mark.parametrize("header", ["Temas relacionados:", "Tags relacionadas", "مطالب مرتبط"])
def test_related_topics_headers_end_the_story(header: str) -> None:
    teasers = [f"Lantern number {n} relit on the north quay after the long storm" for n in range(4)]
    body = body_of(page("Harbour Courier", "Ferry strike ends", *STORY[:3], header, *teasers))
    assert all(p in body for p in STORY[:3])
    assert "Lantern number" not in body


@pytest.mark.parametrize("header", ["Mira también", "Ver también", "Veja mais"])
def test_see_also_boxes_inside_the_story_are_left_out(header: str) -> None:
    box = [header, "Night ferry returns to the north quay after the strike"]
    body = body_of(page("Harbour Courier", "Ferry strike ends", *STORY[:3], *box, *STORY[3:]))
    assert all(p in body for p in STORY)
    assert "Night ferry" not in body


def test_a_long_paragraph_of_newsletter_terms_is_not_the_story():
    terms = ("When you subscribe we will use the details you give us to send you the Harbour "
             "Courier newsletter. Sometimes it will tell you about our other letters or "
             "services, and you can change your choices at any time in your account.")  # fmt: skip
    assert line_chrome.is_long_promo(Traits(terms))
    assert not line_chrome.is_long_promo(Traits(STORY[0]))
    body = body_of(page("Harbour Courier", "Ferry strike ends", terms, "Invalid email", *STORY[:3]))
    assert body.startswith("Paragraph 1 about the harbour") and "newsletters" not in body


def test_the_story_grows_across_a_box_but_not_into_a_teaser_list_below_it():
    # The story is cut by a box of other stories, resumes, and the page then lists its latest
    # stories (headline, blurb cut short, time) under a heading the reader does not know. The
    # growth across the box must weigh the blurbs as choosing the stretch does: as teasers.
    teasers = []
    for n in range(12):
        blurb = para(200 + n, f"regatta {n}")[:140] + "..."
        teasers += [f"Pilot number {n} wins the regatta off the cape", blurb, f"21/05/2025 1{n}h0"]
    text = page("Harbour Courier", "Ferry strike ends after talks", "21/05/2025 17h29",
                *STORY[:3], "Related stories", "Crane breaks down at dawn",
                "Gulls return to the quay", "Warden retires", *STORY[3:5], "Read right now",
                "Harbour Courier © 1996 - 2025 Harbour Courier. All rights kept",
                *teasers)  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in STORY[:5])
    assert "regatta" not in body


def test_a_short_wrapped_story_among_many_headlines_is_unwrapped():
    # A converter wrapped the page at 72 columns; its story is short and its menus and
    # headline lists are long, so few lines reach the width. Each wrapped line still runs on
    # into a line whose first word would not have fitted: the story must come out whole.
    import textwrap

    menus = [f"Section number {n} of the harbour pages" for n in range(40)]
    story = [line for p in STORY[:3] for line in [*textwrap.wrap(p, 72), ""]]
    text = "\n".join(["Harbour Courier", *menus[:20], "Ferry strike ends after talks",
                      "By Ann Example", "", *story, "Most Read", *menus[20:]])  # fmt: skip
    body = body_of(text)
    assert body.split("\n\n") == STORY[:3]


_MENUS = [f"Section {n}" for n in range(20)]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A story about cookies reads like a consent banner, line by line.
        [p[:-1] + ", and sites must ask for consent to cookies under the privacy policy."
         for p in STORY[:4]],
        # A story about a newsletter reads like a call to subscribe.
        [p[:-1] + ", and readers can subscribe to the newsletter or unsubscribe by email."
         for p in STORY[:4]],
    ],
)  # fmt: skip
def test_a_run_of_paragraphs_is_the_story_even_if_its_words_sound_like_chrome(paragraphs):
    text = page("Harbour Courier", *_MENUS, "Cookie rules tightened", "By Ann Example",
                "3 March 2025", *paragraphs, "Most Read", *_MENUS)  # fmt: skip
    assert body_of(text).split("\n\n") == paragraphs


def test_a_story_printed_three_times_comes_out_once():
    # A page printing its story in three tabs (print, app, web): each paragraph is printed
    # three times, as a widget is. The first copy is the story.
    text = page("Harbour Courier", *_MENUS, "Ferry strike ends", "By Ann Example", *STORY[:4],
                "Print", *STORY[:4], "App", *STORY[:4], "Most Read", *_MENUS)  # fmt: skip
    assert body_of(text).split("\n\n") == STORY[:4]


def test_the_net_takes_no_list_of_teasers_for_a_story():
    # The net looks for paragraphs in a run: a teaser list's blurbs stand one at a time.
    from newsdesk.extract.text import page_scan
    from newsdesk.extract.text.line_score import line_score
    from newsdesk.extract.text.lines import normalise
    from newsdesk.extract.text.region import rescue_region

    teasers = []
    for n in range(10):
        teasers += [f"Headline number {n} about the harbour", para(300 + n, f"teaser {n}")]
    lines = normalise(page("Harbour Courier", *_MENUS, *teasers, "Most Read", *_MENUS))
    page_scan.scan_page(lines)
    assert rescue_region(lines, [line_score(line) for line in lines], None, "") is None


@pytest.mark.parametrize("stop", ["။", "។", "॥", "།", "．"])
def test_stops_of_more_scripts_end_a_sentence(stop):
    # Burmese, Khmer, Devanagari's double danda, Tibetan, the fullwidth stop.
    assert line_prose.ends_sentence(f"word word word{stop}")
    assert line_prose.ends_sentence(f"word word word{stop}»")
    assert line_prose.SENTENCE_END.search(f"word word word{stop}") is not None


_THAI = ["เรือข้ามฟาก", "ท่าเรือเหนือ", "พายุฝนหนัก", "วันจันทร์นี้", "ผู้ดูแลท่าเรือ", "กล่าวว่า",
         "ลูกเรือทั้งหมด", "ปลอดภัยดี", "สินค้าในโกดัง", "เสียหายบางส่วน"]  # fmt: skip


def _thai(n: int) -> str:
    """A paragraph in a script written without spaces between words and without full stops."""
    return " ".join(_THAI[(n * 3 + i * (n % 4 + 1)) % 10] + _THAI[(n + i) % 10] for i in range(9))


def test_the_net_leaves_a_story_in_an_unspaced_script_alone():
    # Few spaces and no full stops: split at spaces the story looks short and unfinished, but
    # it is long as the lines count words (count_words). The English note about the outlet
    # further down must not replace it.
    story = [_thai(n) for n in range(1, 6)]
    about = ["About the Harbour Courier", *STORY[:4], "Contact us"]
    text = page("Harbour Courier", *_MENUS, "เรือข้ามฟากกลับมาแล่นแล้ว", "12/03/2025", *story,
                "Most Read", *_MENUS, *about)  # fmt: skip
    assert body_of(text).split("\n\n") == story


def test_a_paragraph_above_the_dateline_is_the_standfirst_not_the_story():
    # A press release: the summary, then the place in capitals the story opens with.
    standfirst = "Harbour Lines and Quay Works announce a ferry partnership for the north coast."
    text = page("Harbour Courier", "Menu", "Ferry partnership announced", "4 March 2025",
                standfirst, "NORTH QUAY, HARBOURLAND", *STORY)  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert article.standfirst == standfirst
    assert standfirst not in article.body
    assert all(p in article.body for p in STORY)


def test_a_caption_printed_folded_and_unfolded_is_not_the_story():
    # A gallery prints the caption twice, cut off differently ("... less", "... more").
    caption = ("Harbour master Ann Example (29) waves the first ferry out of the north quay "
               "after the strike, Tuesday, March 4, 2025. The crossing took an hour.")  # fmt: skip
    text = page("Harbour Courier", "Ferry strike ends", "4 March 2025", *STORY[:3],
                caption + " (Photo/Bo Example) less", caption[:120] + " ... more",
                *STORY[3:])  # fmt: skip
    body = body_of(text)
    assert "waves the first ferry" not in body
    assert all(p in body for p in STORY)


def test_a_caption_glued_to_its_alt_text_is_not_the_story():
    caption = "Pictured is the harbour master during a briefing held at the north quay office."
    text = page("Harbour Courier", "Ferry strike ends", "4 March 2025", *STORY[:3],
                caption + caption, *STORY[3:])  # fmt: skip
    body = body_of(text)
    assert "Pictured is" not in body
    assert all(p in body for p in STORY)


def test_a_caption_over_a_credit_alone_is_not_the_story_but_a_paragraph_over_one_is():
    caption = ("Harbour master Ann Example speaks as she meets the union's crew at the north "
               "quay office, in Harbourtown.")  # fmt: skip
    text = page("Harbour Courier", "Ferry strike ends", "4 March 2025", "[harbour_photo]",
                caption, "Bo Example / AP", *STORY[:3],
                "Cy Example/Reuters", *STORY[3:])  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert "speaks as she meets" not in article.body
    assert [(i.caption, i.credit) for i in article.images][:1] == [(caption, "AP")]
    # The credit under the third paragraph is the next picture's: the paragraph stays.
    assert all(p in article.body for p in STORY)


@pytest.mark.parametrize(
    "insert",
    ["Mira tambiénLa ferry vuelve al muelle norte tras la huelga",
     "До теми Пором повернувся до північного причалу",
     "Related post: Ferry timetable for the spring season",
     "On HarbourCourier.example: Crane breaks down at dawn on the north quay"],
)  # fmt: skip
def test_a_read_also_header_run_on_to_its_title_is_not_the_story(insert):
    text = page("Harbour Courier", "Ferry strike ends", "4 March 2025", *STORY[:3], insert,
                *STORY[3:])  # fmt: skip
    body = body_of(text)
    assert insert not in body
    assert all(p in body for p in STORY)
    # A sentence going on after the same words is the story's.
    assert line_marks.marks_of(Traits("Read more about the strike in the union's letter")) == 0


def test_a_short_list_the_story_closes_on_under_its_heading_is_the_story():
    crews = [
        "North Quay (Group A): tenth appearance",
        "Old Town (Group B): third appearance",
        "East Cape (Group C): first appearance",
        "Salt Bay (Group D): ninth appearance",
    ]
    text = page("Harbour Courier", "Rowing final set", "4 March 2025", *STORY, "Qualified crews",
                "\n".join(f"  • {c}" for c in crews), "Ann Example mugshot", "Ann Example",
                "Harbour Writer", "Latest Stories")  # fmt: skip
    body = body_of(text)
    assert all(c in body for c in crews) and "Qualified crews" in body
    assert "Writer" not in body and "Latest" not in body
    # Two short lines under a heading (a subscription pitch) are no list of the story's.
    text = page("Harbour Courier", "Rowing final set", "4 March 2025", *STORY,
                "Never miss a story", "Choose the plan that's right for you.",
                "Digital access or print delivery.")  # fmt: skip
    assert "plan" not in body_of(text)


def test_the_story_begins_above_a_long_box_dropped_into_it():
    box = ["Harbour Strike More", *(f"  • Crane number {n} came out of the yard with a new arm"
           for n in range(1, 6)), "More in Harbour Strike"]  # fmt: skip
    text = page("Harbour Courier", "Menu", "Ferry strike ends", "By Ann Example",
                "March 4, 2025 / 9:12 AM", *STORY[:2], *box, "Here is what was agreed:",
                "  • Day 3: the crews' statement", "Video 3: the crews' statement", *STORY[2:],
                "Most Popular", "Crane breaks down at dawn")  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in STORY)
    assert "Menu" not in body and "Ann Example" not in body


def test_a_point_alone_between_paragraphs_is_the_story():
    points = ["Keep the quay clear", "Ring the bell at dawn", "Light the north lantern"]
    story = [STORY[0], f"  • {points[0]}", STORY[1], f"  • {points[1]}", STORY[2],
             f"  • {points[2]}", *STORY[3:]]  # fmt: skip
    body = body_of(page("Harbour Courier", "Three rules of the quay", "4 March 2025", *story))
    assert all(p in body for p in points) and all(p in body for p in STORY)
    # Under a headline ending in a stop, an item is the header's, not a point of the story.
    text = page("Harbour Courier", "Menu", "Crane breaks down: 'We got it!'",
                "  • Updated on: March 4, 2025, 9:12 AM, by the Harbour Courier desk",
                *STORY)  # fmt: skip
    assert "Updated on" not in body_of(text)


@pytest.mark.parametrize(
    "text, credit",
    [
        ("The warden speaks to the crews at the north quay on Monday. (HCA)", "HCA"),
        ("Ann Example gave $2,800 to the crews in May, according to the Harbour Crews "
         "Association (HCA).", None),
    ],
)  # fmt: skip
def test_initials_a_sentence_spells_out_are_no_agency_credit(text, credit):
    found = captions.caption_credit(text)
    assert (found[1] if found else None) == credit
    if credit is None:  # the story's first paragraph, not a caption
        body = body_of(page("Harbour Courier", "Crews get gifts", "4 March 2025", text, *STORY))
        assert body.startswith("Ann Example gave")


_WHO_IS_WHO = (
    "The prosecutor charged the former mayor, Ann Example (head of the harbour board), Bo "
    "Sample and Cy Example (members of the ferry committee). The charges also name Dee "
    "Example and Eli Sample (Quayside Builders); Fay Example (North Cranes) and Gus Sample, "
    "who ran the tender for the crews (QWK)."
)


def test_a_long_paragraph_naming_who_is_who_is_no_caption():
    """Names with their roles in brackets, closing on an acronym: several long sentences are
    the story's, while a short line so credited is still a picture's caption."""
    assert captions.caption_credit(_WHO_IS_WHO) is None
    # Sentences open with capitals of any script ("... committee). Οι κατηγορίες ...").
    greek = _WHO_IS_WHO.replace(". The charges", ". Οι κατηγορίες").replace("; Fay", "; Φαίη")
    assert captions.caption_credit(greek) is None
    short = "The warden with Ann Example (head of the harbour board) at the quay (HCA)"
    assert captions.caption_credit(short) == (short, "HCA")
    body = body_of(page("Harbour Courier", "Crews charged", "4 March 2025", STORY[0],
                        _WHO_IS_WHO, *STORY[1:]))  # fmt: skip
    assert _WHO_IS_WHO in body


@pytest.mark.parametrize(
    "contact",
    ["Contact reporter Ann Example-Sample at ann@harbourcourier.example or 555-0100, and "
     "follow her on Twitter @AnnExample. Want more stories like this? Subscribe to get "
     "unlimited access and support local journalism.",
     "Write to Bo Example at bo.example@harbourcourier.example"],
)  # fmt: skip
def test_the_reporters_contact_line_and_what_follows_are_not_the_story(contact):
    text = page("Harbour Courier", "Ferry strike ends", "4 March 2025", *STORY, contact,
                "Never miss a story", "Choose the plan that's right for you.")  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in STORY)
    assert "Example at" not in body and "plan" not in body
    # Read into the story's stretch (a page that does not score the line down), it ends it.
    from newsdesk.extract.text.tail import _trim_tail

    kept = [("p", p) for p in STORY] + [("p", contact), ("h", "Never miss a story")]
    assert _trim_tail(kept) == kept[: len(STORY)]
