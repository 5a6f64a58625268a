"""The story's kept paragraphs and headings, each said once (body.read_body's last step): a
paragraph the page printed already is not said again (pages print their text twice: a teaser, a
metadata block, a print version); a heading must lead into prose (a short line followed by
nothing is chrome); another story's teaser dropped into the story, its label over its headline,
is left out.
"""

from __future__ import annotations

from typing import Final

from newsdesk.extract.text.kept import GAPS, lowered_words, spaced_words
from newsdesk.extract.text.repeats import SaidBefore, shingles
from newsdesk.extract.text.standfirst import says_again

_KICKER_WORDS: Final = 4  # words of a teaser's label over its headline at most
_TEASER_HEADLINE: Final = (6, 20)  # words of the teaser's headline


def kicker_over_headline(label: str, text: str) -> bool:
    """Whether a heading right under another (which leads into nothing) is another story's
    headline under its label, a teaser dropped into the story ("The Two-Way", then "In Taped
    Confession, Ex-Mayor Says ..."; "Explore further", then a headline): the label a few
    words, no figure, no colon (a list's own label), not a picture's alt text printed twice
    ("Grey owlGrey owl", "Grey owl Grey owl"); the headline of a headline's length, opening
    on a capital, not shouted, one sentence. A story's sub-heading stands alone."""
    words = spaced_words(text)
    glued = label.replace(" ", "")
    half = len(glued) // 2
    return (
        spaced_words(label) <= _KICKER_WORDS
        and label[:1].isalpha()
        and not label.endswith(":")
        and not any(c.isdigit() for c in label)
        and not (len(glued) % 2 == 0 and glued[:half] == glued[half:])
        and _TEASER_HEADLINE[0] <= words <= _TEASER_HEADLINE[1]
        and text[:1].isupper()
        and not text.isupper()
        and ". " not in text
    )


_NAMED_WORDS: Final = 40  # words of the paragraph under a heading it may name


def _names_what_follows(text: str, items: list[tuple[str, str]], i: int) -> bool:
    """Whether a heading names a word (of four letters or more) of the paragraph under it, as
    a sub-heading does what its section tells ("Installing the tools", "To install the
    tools ..."); another story's headline has nothing to do with the story's next paragraph."""
    under = next((t for k, t in items[i + 1 :] if k == "p"), "")
    said = {w.strip(_PUNCTUATION) for w in lowered_words(under)[:_NAMED_WORDS]}
    return any(
        len(word) >= 4 and word in said
        for word in (w.strip(_PUNCTUATION) for w in lowered_words(text))
    )


_PUNCTUATION: Final = ".,;:!?\"'“”‘’«»()[]"


def kept_once(
    items: list[tuple[str, str]],
) -> tuple[list[tuple[str, str]], tuple[int, str] | None]:
    """The paragraphs and headings of the story: a paragraph the page said already is not said
    again (pages print their text twice: a teaser, a metadata block, a print version), and a
    heading must lead into prose (a short line followed by nothing is chrome). With them, the
    first paragraph said again at a paragraph's length, where it would stand (its index among
    them, its text), else None."""
    result: list[tuple[str, str]] = []
    said = SaidBefore()
    again: tuple[int, str] | None = None
    for i, (kind, text) in enumerate(items):
        if kind == "h":
            following = next((k for k, _ in items[i + 1 :] if k not in GAPS), None)
            if following != "p" or not result:
                continue
            if (
                i > 0
                and items[i - 1][0] == "h"
                and kicker_over_headline(items[i - 1][1], text)
                and not _names_what_follows(text, items, i)
            ):
                continue  # another story's teaser inside the story: its label, its headline
        if kind == "p":
            grams = said.repeats(text)
            if grams is not None:
                first = said.first
                if (
                    again is None
                    and first is not None
                    and says_again(frozenset(shingles(first)), grams, text)
                ):
                    again = len(result), text
                continue
        if kind in ("p", "h"):
            result.append((kind, text))
    return result, again
