"""Boxes the text reader takes for the story (session 14): the site's rules for readers'
comments, printed as paragraphs above or under the story."""

from __future__ import annotations

import pytest

from newsdesk.extract.text.page_chrome import _is_comment_rules
from tests.extract.test_text_body import body_of, page, para

# The Harbour Courier's notices for commenters, in the shapes sites print them (our own words).
_RULES = [
    "Welcome to the new comments of the Harbour Courier, which are open to subscribers only "
    "while we try whether the discussion can be kept friendly for everyone.",
    "You will need to register before adding a comment. Any comment typed before you have "
    "logged in is lost when the page reloads.",
    "Please be polite. Disagreeing with another reader's view is fine, but insults, threats "
    "and other breaches of our community guidelines lead to a ban from the comments.",
]


def test_the_rules_for_comments_above_the_story_do_not_join_it():
    story = [para(n) for n in range(1, 5)]
    text = page("Harbour Courier", "Menu", "Join the conversation", "Comments", *_RULES,
                "Ferry strike ends after nine days", *story, "Contact us")  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in story)
    assert "subscribers only" not in body
    assert "register before adding" not in body
    assert "Please be polite" not in body


@pytest.mark.parametrize(
    "text",
    [
        "You must be logged in to post a comment.",
        "Vos commentaires seront modérés et publiés s'ils respectent la nétiquette.",
        "Du musst eingeloggt sein, um einen Kommentar zu schreiben.",
        "Los comentarios son moderados y deben ser respetuosos.",
        "Comments are moderated and may take an hour to appear.",
    ],
)
def test_notices_for_commenters_in_several_languages(text):
    assert _is_comment_rules(text, len(text.split()))


@pytest.mark.parametrize(
    "text",
    [
        # A story's sentences about comments, not the site's rules for them.
        "The minister's comments on Tuesday came days after a letter from harbour groups "
        "urging the council to protect the civil liberties of the dock workers.",
        "The captain declined to comment on the cargo, the harbour master said.",
    ],
)
def test_a_story_speaking_of_comments_is_no_notice(text):
    assert not _is_comment_rules(text, len(text.split()))


def test_a_box_under_a_header_of_other_stories_does_not_outweigh_the_story():
    # A short story, then the site's box of other stories: each a picture's long caption and
    # a headline, heavier together than the story.
    story = [para(n) for n in range(1, 4)]
    box = []
    for n in range(6):
        caption = para(40 + n, "the cape") + " The picture shows the cape at dusk."
        box += [caption, f"Cape road {n} closed for repairs March 17, 2020, 7:{10 + n} p.m."]
    text = page("Harbour Courier", "Menu", "Ferry strike ends after nine days", *story,
                "Read or share this story", "More Stories", *box, "Contact us")  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in story)
    assert "the cape" not in body


def test_the_publishers_note_about_itself_closing_a_release_is_not_the_story():
    story = [para(n) for n in range(1, 5)]
    about = [
        "Quayline is a maker of harbour cranes and dock signals for small ports, with customers "
        "along the northern coast and a workshop at the old ferry quay.",
        "Quayline is headquartered in Port Example, runs offices in four countries and employs "
        "around 300 people.",
    ]
    text = page("Quayline", "Products", "Newsroom", "Quayline opens a second crane workshop",
                "4 March 2025", *story, *about, "Stay up to date with Quayline.",
                "Subscribe to our newsletter", "Contact us")  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in story)
    assert "headquartered" not in body
    assert "maker of harbour cranes" not in body


def test_a_story_sentence_is_no_publisher_note_without_the_name_in_the_chrome():
    # The publisher a sentence's first words seem to name ("There is a ..."), printed nowhere
    # else on the page: the paragraph stays.
    story = [para(n) for n in range(1, 4)]
    last = ("There is a lot to sort through here, as the harbour master said of the cargo "
            "ledgers, the tariffs and the pilots' rota for the winter.")  # fmt: skip
    text = page("Harbour Courier", "Menu", "Ferry strike ends after nine days", "4 March 2025",
                *story, last, "Contact us")  # fmt: skip
    assert "There is a lot to sort through" in body_of(text)
