"""Furniture left inside a chosen body, recognised by its shape, on pages of fictional outlets:
captions written as credited paragraphs, "Read also" labels glued to their link, a closing
call to subscribe, a lead printed twice."""

from __future__ import annotations

import random
import re

from newsdesk.extract.core import extract
from newsdesk.extract.html_blocks import Block
from newsdesk.extract.html_cleanup import _PROMO_CUES, _PROMO_MIN_CUES, drop_repeats, is_promo
from newsdesk.extract.html_dom import parse_html
from newsdesk.extract.html_segment import segment
from newsdesk.records import Article, Capture
from tests.extract.fictional import LIGHTHOUSE_STORY

STORY = LIGHTHOUSE_STORY


def read(*inner: str) -> Article:
    html = (
        "<html><head><title>Cape Morrow tower reopens - Morrow Courier</title></head><body>"
        "<h1>Cape Morrow tower reopens</h1><article><div class='story'>"
        + "".join(inner)
        + "</div></article></body></html>"
    )
    page = extract(Capture(source="morrow.html", data=html.encode(), content_type="text/html"))
    return page.articles[0]


def paragraphs(texts: list[str]) -> list[str]:
    return [f"<p>{t}</p>" for t in texts]


def test_a_paragraph_ending_with_a_photo_credit_beside_an_image_is_a_caption() -> None:
    caption = "The lantern room after the storm — Foto: Ines Varga/Morrow Courier"
    article = read(
        *paragraphs(STORY[:2]),
        "<div class='media'><div><img src='a.jpg' alt='x'></div>"
        f"<p class='desc'>{caption}</p></div>",
        *paragraphs(STORY[2:]),
    )
    assert "Foto" not in article.body
    assert article.body.split("\n\n") == STORY
    assert [(i.caption, i.credit) for i in article.images] == [
        ("The lantern room after the storm", "Ines Varga/Morrow Courier")
    ]


def test_the_longest_credit_closing_a_long_caption_is_found() -> None:
    # The longest match the credit pattern allows (credited_caption searches only the end of
    # the text for it): 60 characters of credit after "— Photographs by", ending ").".
    credit = "Ines Varga and Tomas Reel of the Morrow Courier, Cape Morrow"
    assert len(credit) == 60
    lead = " ".join(STORY)[:290].rstrip()
    caption = f"{lead} — Photographs by {credit})."
    article = read(
        *paragraphs(STORY[:2]),
        f"<div class='media'><div><img src='a.jpg' alt='x'></div><p>{caption}</p></div>",
        *paragraphs(STORY[2:]),
    )
    assert [(i.caption, i.credit) for i in article.images] == [(lead, credit)]


def test_a_dateline_that_names_the_photo_credit_is_no_caption() -> None:
    dateline = "21/11/2031 - 04:30 - Source: Morrow Wire - Foto: Ines Varga/Morrow Courier"
    article = read(
        *paragraphs(STORY[:2]),
        "<div class='media'><div><img src='a.jpg' alt='x'></div>"
        f"<p class='desc'>{dateline}</p></div>",
        *paragraphs(STORY[2:]),
    )
    assert all(dateline not in (i.caption or "") + " " + (i.credit or "") for i in article.images)
    assert not any((i.caption or "").startswith("21/11/2031") for i in article.images)


def test_a_credit_shape_without_an_image_stays_in_the_body() -> None:
    ending = "The guild thanked the town for its patience — photo albums of the old tower."
    # No image anywhere near: a sentence, not a caption (and no credit shape at its end).
    article = read(*paragraphs([*STORY, ending]))
    assert article.body.endswith(ending)


def test_a_read_also_label_glued_to_its_link_is_left_out() -> None:
    article = read(
        *paragraphs(STORY[:2]),
        "<p>Читайте також <a href='/other'>Маяк на мисі Морроу: історія сторожів</a></p>",
        "<p>Mira también</p>",
        *paragraphs(STORY[2:]),
    )
    assert article.body.split("\n\n") == STORY


def test_a_paragraph_named_read_also_is_left_out() -> None:
    article = read(
        *paragraphs(STORY[:2]),
        "<p class='read-also'>On the topic <a href='/other'>Harbour levy passes</a></p>",
        *paragraphs(STORY[2:]),
    )
    assert article.body.split("\n\n") == STORY


def test_a_closing_call_to_subscribe_and_follow_is_left_out() -> None:
    promo = (
        "Get the best of the Morrow Courier delivered to your inbox - subscribe to Courier "
        "Dawn. Follow the Courier on Twitter, Instagram and Facebook."
    )
    article = read(*paragraphs([*STORY, promo]))
    assert article.body.split("\n\n") == STORY


def test_a_line_of_picture_credits_alone_is_left_out() -> None:
    article = read(
        *paragraphs(STORY[:2]),
        "<p>Image: Harbour Trust</p>",
        *paragraphs(STORY[2:]),
        "<p><em>Images: Morrow Archive; Ines Varga, Tomas Reed/Morrow Courier</em></p>",
    )
    assert article.body.split("\n\n") == STORY


def test_a_paragraph_opening_with_a_label_for_the_photos_is_the_story() -> None:
    ending = "Photos: the guild will show them in the oil store. Tickets are free for children."
    article = read(*paragraphs([*STORY, ending]))
    assert article.body.endswith(ending)


def test_a_closing_offer_of_the_newsletter_is_left_out() -> None:
    # Two cues only ("sign up", "newsletter"), but one sentence offering the newsletter.
    offer = (
        "<p><strong><em>Can't get enough of the cape? <a href='/letters/signup'>Sign up now "
        "for the</a></em> Morrow Courier<em> newsletter packed with tide tables and more!</em>"
        "</strong></p>"
    )
    article = read(*paragraphs(STORY), offer)
    assert article.body.split("\n\n") == STORY


def test_a_last_paragraph_about_signing_up_for_something_else_is_the_story() -> None:
    ending = (
        "Visitors can sign up for a tour at the harbour office, and the guild's newsletter "
        "will print the first week's names."
    )
    article = read(*paragraphs([*STORY, ending]))
    assert article.body.endswith(ending)


def test_a_last_paragraph_that_mentions_one_network_is_the_story() -> None:
    ending = (
        "Ms Penhallow said the guild would post the tower's opening hours on Facebook "
        "before the first visitors arrive."
    )
    article = read(*paragraphs([*STORY, ending]))
    assert article.body.endswith(ending)


def test_a_lead_printed_again_as_the_first_paragraph_is_given_once() -> None:
    lead = STORY[0].replace("Friday to", "Friday to ")  # spacing differs; words do not
    article = read(
        f"<h2>{lead}</h2>", "<p>" + STORY[0] + " " + STORY[1] + "</p>", *paragraphs(STORY[2:])
    )
    assert article.body.split("\n\n") == [STORY[0] + " " + STORY[1], *STORY[2:]]
    assert article.headings == []


def test_a_paragraph_given_twice_is_kept_once() -> None:
    article = read(*paragraphs([*STORY[:3], STORY[1], STORY[3]]))
    assert article.body.split("\n\n") == STORY


def _plain_drop_repeats(body: list[Block]) -> list[Block]:
    """drop_repeats as first written: every paragraph's text with each non-word run replaced
    by a space, compared whole."""

    def told(text: str) -> str:
        return re.sub(r"\W+", " ", text).strip().casefold()

    words = [told(b.text) for b in body]
    seen: set[str] = set()
    kept = []
    for i, block in enumerate(body):
        if words[i].count(" ") + 1 >= 8:
            if words[i] in seen:
                continue
            following = words[i + 1] if i + 1 < len(body) else ""
            if len(following) > len(words[i]) and following.startswith(words[i]):
                continue
            seen.add(words[i])
        kept.append(block)
    return kept


# Paragraphs that repeat one another give or take case, punctuation and spacing, open one
# another (at a word's end or inside a word), or fall short of eight words.
_VARIANTS = [
    STORY[0],
    STORY[0].upper(),
    STORY[0].replace(",", " —").replace("  ", " "),
    STORY[0] + " " + STORY[1],
    STORY[0] + "s and more",
    STORY[0].removesuffix(".") + "way.",
    STORY[1],
    "« " + STORY[1] + " »",
    "Ο ΦΎΛΑΚΑΣ ΤΟΥ ΦΆΡΟΥ ΕΊΠΕ ΌΤΙ Ο ΠΎΡΓΟΣ ΘΑ ΑΝΟΊΞΕΙ ΞΑΝΆ ΣΕ ΛΊΓΟ",
    "Ο φύλακας του φάρου είπε ότι ο πύργος θα ανοίξει ξανά σε λίγο",
    "Ο φύλακας του φάρου είπε ότι ο πύργος θα ανοίξει ξανά σε λίγο καιρό, όπως πάντα.",
    "Seven words only, said the guild today.",
    "Eight words here, said the guild on Friday.",
    "Seven words only, said the guild today. Eight now.",
    "No.",
    "No.",
]


def test_drop_repeats_keeps_what_comparing_whole_normalised_texts_keeps() -> None:
    html = "<html><body>" + "".join(f"<p>{t}</p>" for t in _VARIANTS) + "</body></html>"
    root = parse_html(html)
    assert root is not None
    pool = segment(root).blocks
    assert [b.text for b in pool] == _VARIANTS
    draw = random.Random(7)
    for _ in range(400):
        body = [draw.choice(pool) for _ in range(draw.randint(0, 8))]
        for block in body:  # word tokens not yet counted, as for a heading
            block._words = None if draw.random() < 0.3 else block.words
        assert drop_repeats(body) == _plain_drop_repeats(body)


def test_is_promo_counts_as_the_plain_sum_of_its_cues() -> None:
    cues = ["Subscribe", "our newsletter", "in your inbox", "sign up", "follow us on",
            "Twitter", "Facebook", "Instagram", "Telegram", "YouTube", "TikTok"]  # fmt: skip
    draw = random.Random(11)
    for _ in range(300):
        picked = draw.sample(cues, draw.randint(0, 5))
        text = " and ".join(["Thanks for reading", *picked]) + "."
        plain = sum(1 for cue in _PROMO_CUES if cue.search(text)) >= _PROMO_MIN_CUES
        assert is_promo(text) == plain
