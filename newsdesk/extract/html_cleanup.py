"""Furniture the body reader's choice still holds, recognised by its shape in any markup:
captions written as paragraphs with a photo credit ("... — Foto: Ana Lima/G1"), a "Read also"
label glued to its link, the call to subscribe that closes many articles, and a paragraph
printed twice (a lead shown as a heading, then again as the first paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsdesk.extract.furniture import READ_ALSO, any_of
from newsdesk.extract.html_blocks import Block, words_only
from newsdesk.extract.html_dom import NameWords, names_match
from newsdesk.records import Image

# A caption's credit closes it after a dash, slash, bar or inside brackets: "— Foto: X/G1",
# "/ Фото РБК", "(Photo: Reuters)". Running prose does not end that way.
_CAPTION_CREDIT: Final = re.compile(
    r"(?:\s[—–|/-]\s*|\(\s*)(?:photo(?:graph)?|image|picture|credit|foto|bild|imagem|imagen|"
    r"crédito|фото|φωτο|zdjęcie)s?\s*(?::|by\b|\s)\s*([^.!?()]{1,60}?)\)?\s*\.?$",
    re.IGNORECASE,
)
_CAPTION_MAX_CHARS: Final = 400
# The longest text _CAPTION_CREDIT can match, in a block's text (single spaces, as segment cuts
# it): separator 3 + "photographs" 11 + " by " 4 + credit 60 + ")." and a space 3 = 81. Its
# match ends the text, so it starts within this many characters of the end: searched there
# only (a fifth of a caption-length block, not all of it).
_CREDIT_REACH: Final = 100
# A line of picture credits alone: "Images: Agency; A. Name, B. Name/Outlet", "Photo: Wire".
_CREDIT_LINE: Final = re.compile(
    r"^(?:photo(?:graph)?s?|images?|pictures?|(?:photo|image) credits?|fotos?)\s*(?:by\s*)?:\s*\S",
    re.IGNORECASE,
)
_CREDIT_LINE_MAX_WORDS: Final = 20
# A line that opens with a numeric date (and often a time and the source) is the story's
# dateline, whatever photo credit it also names.
_OPENS_WITH_DATE: Final = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
# "Read also" in front of the linked title, with no colon between ("Читайте також <a>...</a>").
_READ_ALSO_LEAD: Final = re.compile(r"^(?:" + any_of(*READ_ALSO) + r")\s", re.IGNORECASE)
# A paragraph named like a "Read also" box by its own class or id.
_READ_ALSO_NAME: Final = NameWords(
    frozenset({"read-also", "readalso", "also-read", "alsoread", "see-also", "seealso"})
)
# What a closing call to subscribe or follow says; a story's own last paragraph may say one
# of these, never three.
_PROMO_CUES: Final = (
    re.compile(r"\bsubscri(?:be|ption)\b", re.I),
    re.compile(r"\bnewsletters?\b", re.I),
    re.compile(r"\binbox\b", re.I),
    re.compile(r"\bsign(?:ing)? up\b", re.I),
    re.compile(r"\bfollow (?:us|\S+) on\b", re.I),
    *(
        re.compile(rf"\b{network}\b", re.I)
        for network in ("twitter", "facebook", "instagram", "telegram", "youtube", "tiktok")
    ),
)
_PROMO_MIN_CUES: Final = 3
# An offer of the outlet's newsletter in one clause ("Sign up now for the X newsletter",
# "Subscribe to our daily newsletter"): a closing paragraph making it is a call to subscribe
# whatever else it says ("Can't get enough? ..."); not "sign up for a tour, and the newsletter".
_NEWSLETTER_OFFER: Final = re.compile(
    r"\b(?:sign(?:ing)? up|subscribe)\b[^.!?,;]{0,40}\bnewsletters?\b", re.IGNORECASE
)
_PROMO_MAX_CHARS: Final = 400
# Repeats shorter than this may be a refrain the story itself repeats ("No.", a chorus).
_REPEAT_MIN_WORDS: Final = 8


def credited_caption(block: Block) -> Image | None:
    """The caption a short block is, when it ends with a photo credit and an image sits in it
    or beside it (a caption written as a paragraph, with no <figure> or caption class)."""
    text = block.text
    size = len(text)
    if size > _CAPTION_MAX_CHARS:
        return None
    if (match := _CAPTION_CREDIT.search(text, max(0, size - _CREDIT_REACH))) is None:
        return None
    if match.start() == 0:
        return None  # a credit alone is not a caption of anything
    if _OPENS_WITH_DATE.match(text):
        return None  # "22/11/2020 - 04:30 - Source: X - Photo: Y": the story's dateline
    element = block.element
    parent = element.getparent()
    near = element if parent is None else parent
    if next(near.iter("img", "picture", "video"), None) is None:
        return None
    return Image(caption=text[: match.start()].strip(), credit=match.group(1).strip())


def is_credit_line(block: Block) -> bool:
    """A line of picture credits standing alone in the body ("Images: Agency; A. Name/Outlet"):
    short, one clause, no sentence after the label."""
    text = block.text
    return (
        len(block.words) <= _CREDIT_LINE_MAX_WORDS
        and _CREDIT_LINE.match(text) is not None
        and not any(end in text for end in (". ", "! ", "? "))
    )


def is_read_also(block: Block) -> bool:
    """A "Read also" paragraph: so named, or its label glued to a linked title."""
    if names_match(block.element, _READ_ALSO_NAME):
        return True
    return block.link_density > 0.5 and _READ_ALSO_LEAD.match(block.text) is not None


def is_promo(text: str) -> bool:
    """Whether a paragraph is a call to subscribe or follow the outlet."""
    if len(text) > _PROMO_MAX_CHARS:
        return False
    # Counted until the verdict is sure: three found, or too few cues left to find three.
    found = 0
    left = len(_PROMO_CUES)
    for cue in _PROMO_CUES:
        if found + left < _PROMO_MIN_CUES:
            return False
        left -= 1
        if cue.search(text):
            found += 1
            if found >= _PROMO_MIN_CUES:
                return True
    return False


def drop_closing_promos(body: list[Block]) -> list[Block]:
    """The body without the calls to subscribe that close it."""
    end = len(body)
    while end > 1 and (is_promo(body[end - 1].text) or _offers_newsletter(body[end - 1].text)):
        end -= 1
    return body[:end]


def _offers_newsletter(text: str) -> bool:
    return len(text) <= _PROMO_MAX_CHARS and _NEWSLETTER_OFFER.search(text) is not None


def drop_repeats(body: Sequence[Block]) -> list[Block]:
    """The body with each paragraph once: a paragraph the next one opens with (a lead shown
    twice) and a paragraph already given earlier are left out.

    Only paragraphs of _REPEAT_MIN_WORDS words or more are compared, and only they need their
    words joined: a paragraph opening with such a one has at least as many words."""
    seen: set[str] = set()
    kept: list[Block] = []
    last = len(body) - 1
    told_next: str | None = None  # the next paragraph's words, when joined already
    for i, block in enumerate(body):
        told, told_next = told_next, None
        size = len(block.words)
        if size >= _REPEAT_MIN_WORDS:
            if told is None:
                told = words_only(block)
            if told in seen:
                continue
            if i < last and len(body[i + 1].words) >= size:
                told_next = words_only(body[i + 1])
                if len(told_next) > len(told) and told_next.startswith(told):
                    continue
            seen.add(told)
        kept.append(block)
    return kept
