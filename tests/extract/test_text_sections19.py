"""A long story's later (or earlier) sections lost past a box between two of its sections
(issue 2, session 19): a list of related stories whose pictures or links a renderer prints on
lines of their own, a list of dated teasers, a newsletter's sign-up field. Pages written here,
about fictional places and outlets."""

from __future__ import annotations

from newsdesk.extract import extract_text_page

HEADER = ["Home", "News", "Sport", "Contact", "The river town that rebuilt its bridge by hand",
          "By Mara Quillfeather", "14 May 2025"]  # fmt: skip
FIRST = [
    "When the old stone bridge over the Ashwater gave way in February, the town of Lindenmoor "
    "lost its only road to the market on the far bank and its shortest way to work.",
    "The county engineers promised a new span within three years. The townspeople, tired of "
    "a forty-minute detour, decided that they would not wait that long for a bridge.",
    "Within a fortnight a committee of retired masons, two carpenters and a schoolteacher had "
    "drawn up a plan for a timber footbridge resting on the surviving stone piers.",
]
SECOND = [
    "Not everyone was convinced. The county's inspector warned in April that a footbridge "
    "built by volunteers would need a full survey before anyone could cross it.",
    "The committee invited him to every stage of the work, and by the end of the month he "
    "had signed off the foundations and asked only for stronger railings downstream.",
    "Insurance was harder. Three companies refused to cover the structure before a fourth "
    "agreed, on the condition that the bridge be closed whenever the river rose high.",
]
THIRD = [
    "The bridge opened on a sunny Saturday in May, when the oldest resident of the town, a "
    "former ferryman aged ninety-four, was wheeled across first to loud applause.",
    "The committee says it will keep meeting once a month to look after the timber, and it "
    "has begun collecting money for a proper stone crossing in the years to come.",
]
FOOTER = ["Most read", "Teaser headline number one about something else", "© 2025 Example Media",
          "Imprint", "Privacy"]  # fmt: skip
HEADLINES = ["Storm damage closes coast road", "School choir wins regional prize",
             "New bus line to the station", "Bakery celebrates its centenary",
             "Police appeal after break-in"]  # fmt: skip


def body_of(*parts: str) -> str:
    page = extract_text_page("\n\n".join([*HEADER, *parts, *FOOTER]) + "\n")
    assert page.kind == "article", page.kind
    return page.articles[0].body


def test_a_long_box_of_related_stories_between_sections_does_not_end_the_story() -> None:
    # Each teaser's picture printed on a line of its own: eleven lines, more than a short
    # insert's reach; the next section opens under its sub-heading.
    box = ["Related articles"]
    for n, headline in enumerate(HEADLINES):
        box += [f"[r{n}]", headline]
    body = body_of(*FIRST, "A question of safety", *SECOND, *box, "Opening day", *THIRD)
    assert FIRST[0] in body and SECOND[0] in body and THIRD[-1] in body
    assert "School choir" not in body


def test_the_story_does_not_run_on_past_a_long_box_into_prose_without_a_sub_heading() -> None:
    # Past the long box, prose with no sub-heading over it: not a section of the story.
    box = ["Related articles"]
    for n, headline in enumerate(HEADLINES):
        box += [f"[r{n}]", headline]
    body = body_of(*FIRST, *SECOND, *box, *THIRD)
    assert FIRST[0] in body and SECOND[-1] in body and THIRD[0] not in body


def test_a_list_of_dated_teasers_above_a_section_is_not_the_story_s_header() -> None:
    # Walking up from the section, the teasers' dates are a list's, not the story's header.
    box = ["Sur le même sujet"] + [f"{h} 1{n}.05.2025" for n, h in enumerate(HEADLINES)]
    body = body_of(*FIRST, *box, "A question of safety", *SECOND, "Opening day", *THIRD)
    assert FIRST[0] in body and SECOND[0] in body and THIRD[-1] in body
    assert "coast road" not in body


def test_a_box_heading_over_a_dated_teaser_is_no_next_story_s_header() -> None:
    # "Mehr zum Thema" over a teaser's headline and its date: the box's heading, not the
    # headline of the next story in a stream.
    # Printed as inscriptis prints an aside: the box indented, its items further.
    teasers = ["Sturm beschädigt Küstenstraße", "Schulchor gewinnt Preis",
               "Neue Buslinie zum Bahnhof", "Bäckerei feiert Jubiläum"]  # fmt: skip
    items = "\n".join(f"    {h} 1{n}.05.2025" for n, h in enumerate(teasers))
    body = body_of(*FIRST, "A question of safety", *SECOND, "  Mehr zum Thema", items,
                   "Opening day", *THIRD)  # fmt: skip
    assert FIRST[0] in body and SECOND[0] in body and THIRD[-1] in body


def test_a_newsletter_sign_up_field_between_sections_is_no_comment_form() -> None:
    box = ["Abonnieren Sie unseren Newsletter", "Die wichtigsten Nachrichten, jeden Morgen.",
           "_____________________ Abonnieren"]  # fmt: skip
    body = body_of(*FIRST, *box, "A question of safety", *SECOND, "Opening day", *THIRD)
    assert FIRST[0] in body and SECOND[0] in body and THIRD[-1] in body
    assert "Abonnieren" not in body


def test_a_comment_form_under_the_story_still_ends_it() -> None:
    form = ["Leave a comment", "Name ____ Email ____", "Post your comment"]
    body = body_of(*FIRST, *SECOND, *form, "Jo Reader", *THIRD)
    assert SECOND[-1] in body and THIRD[0] not in body
