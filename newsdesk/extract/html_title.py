"""The article's title from the page: the headline it prints over the story, the <h1> its
declared title or <title> agrees with, the declared title, or the <title>'s longest part that does
not name the site. html.read_html asks it once the body is chosen.
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract.html_blocks import Block
from newsdesk.extract.html_dom import TagIndex, clean_text, visible_text
from newsdesk.extract.html_meta import Declared

_TITLE_SPLIT: Final = re.compile(r"\s+[|–—\-:·•»]\s+")


def _compact(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _site_names(declared: Declared, domain: str) -> set[str]:
    """The site's own names, compacted: og:site_name, the domain and its name part."""
    names = {_compact(declared.site or ""), _compact(domain)}
    if domain:
        names.add(_compact(domain.rsplit(".", 1)[0]))
    return names - {""}


# An <h1> within a <title> or og:title covering less of it than this is a label when a fuller
# <h1> agrees too.
_HEADLINE_SHARE: Final = 0.4


def _coverage(h1: str, references: list[str]) -> float:
    """How much of a reference title the <h1> is (or of the <h1> the title): 0 if neither
    holds the other."""
    shares = [
        min(len(h1), len(ref)) / max(len(h1), len(ref), 1)
        for ref in references
        if h1 in ref or ref in h1
    ]
    return max(shares, default=0.0)


def headline(
    index: TagIndex, declared: Declared, blocks: list[Block], body: list[Block], domain: str
) -> str:
    """The article's title: the <h1> printed right over the body (_printed_headline), else an
    <h1> the declared title or <title> agrees with (the fullest), else the declared one. An <h1>
    printing the site's name (its logo) is no headline, nor a <title> part naming the site; a
    site-named title stays when the page prints no other."""
    names = _site_names(declared, domain)
    # The headline printed over the body, where the page declares another (a search engine's
    # wording) or prints other <h1>s (its logo, its sections): the page's, as a reader copies it.
    if (printed := _printed_headline(blocks, body, names)) is not None:
        return printed
    title_element = index.head_child("title")
    page_title = clean_text(title_element.text or "" if title_element is not None else "")
    references = [t.lower() for t in (declared.title, page_title) if t and _compact(t) not in names]
    h1s = [h for h in (visible_text(h) for h in index.iter("h1")) if h]
    agreeing = [(h1, _coverage(h1.lower(), references)) for h1 in h1s if _compact(h1) not in names]
    agreeing = [(h1, share) for h1, share in agreeing if share > 0]
    if agreeing:
        # The first that covers a fair share of the title; a short label ("CNN", a section's
        # name) agrees with "Headline | Section | CNN" too but yields to a fuller <h1>.
        full = [h1 for h1, share in agreeing if share >= _HEADLINE_SHARE]
        return full[0] if full else agreeing[0][0]
    if declared.title:
        return declared.title
    if len(h1s) == 1 and _compact(h1s[0]) not in names:
        return h1s[0]
    if page_title:
        parts = [p for p in _TITLE_SPLIT.split(page_title) if _compact(p) not in names]
        if len(parts) > 1:
            return max(parts, key=len)
        if parts:
            return parts[0]
        h2s = [h for h in (visible_text(h) for h in index.iter("h2")) if h]
        return h2s[0] if len(h2s) == 1 and not h1s else page_title
    if len(h1s) == 1:
        return h1s[0]
    return body[0].text[:120] if body else ""


_PRINTED_REACH: Final = 8  # blocks over the body's first where its headline stands
_HEADLINE_WORDS: Final = 3  # an <h1> of fewer is a section's name or a button ("MENU")


def _printed_headline(blocks: list[Block], body: list[Block], names: set[str]) -> str | None:
    """The <h1> nearest over the body (or opening it), when it reads as a headline: words
    enough, not the site's name."""
    if not body:
        return None
    first = body[0].index
    for block in reversed(blocks[max(0, first - _PRINTED_REACH) : first + 1]):
        if block.element.tag == "h1":
            text = block.text
            if len(text.split()) >= _HEADLINE_WORDS and _compact(text) not in names:
                return text
    return None
