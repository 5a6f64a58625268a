"""Which of the body's first paragraphs is the standfirst (the lead the header prints between
headline and story) rather than the story's first paragraph.

A text rendering marks no standfirst: it is told by where it stands among the body's kept texts
(body.py's walk: paragraphs, headings, gaps, the header's facts). Three places say so: above
the article's byline or date inside the stretch (`header_inside`); cut off from the story by
chrome, images or the header's facts, above a dateline, or set apart by its indent
(`first_is_standfirst`). The header walk may have passed one already, under the headline
(`dek_over`): the body sets that aside where the story prints it again.
"""

from __future__ import annotations

from typing import Final

from newsdesk.extract import bylines
from newsdesk.extract.text import line_prose
from newsdesk.extract.text.kept import GAPS, spaced_words
from newsdesk.extract.text.lines import Line

Kept = list[tuple[str, str]]  # (kind, text) of the body's walk: "p", "h", "li", "gap", "fact"

_HEADER_WORDS: Final = 80  # words above the header's facts, at most, for them to be a header's
_HEADER_PARAGRAPHS: Final = 3
# Words of a paragraph said again that the body keeps when its first copy is the standfirst:
# a paragraph, not a headline printed again above the story.
_SAID_AGAIN_WORDS: Final = 30
_DEK_WORDS: Final = 6  # words of a standfirst under its headline, no label or button


def header_inside(kept: Kept) -> tuple[int, str | None]:
    """Where the story begins when the article's byline or date comes after a few of the
    stretch's first paragraphs (a standfirst, a picture's caption, a form): the index just past
    the last such fact, and the paragraph nearest above it (the standfirst); (0, None) when the
    header is not inside, or when what stands above it is too long to be a header's."""
    last_fact = max((i for i, (k, _) in enumerate(kept) if k == "fact"), default=-1)
    if last_fact < 0:
        return 0, None
    above = [t for k, t in kept[:last_fact] if k == "p"]
    below = [t for k, t in kept[last_fact + 1 :] if k == "p"]
    said = sum(map(spaced_words, above))
    if not above or len(above) > _HEADER_PARAGRAPHS or said > _HEADER_WORDS or len(below) < 2:
        return 0, None
    if sum(map(spaced_words, below)) < said:
        return 0, None
    return last_fact + 1, above[-1]


def first_is_standfirst(
    kept: Kept, result: Kept, indent_of: dict[str, int], title_indent: int | None
) -> bool:
    """Whether the first of the paragraphs the body keeps (`result`, read from `kept`) is the
    standfirst: cut off from the rest by chrome or images, or by the article's byline, date or
    dateline after it (it stands in the header, above the story), or indented apart; never one
    that leads on into what follows, nor one that tells most of the story."""
    if len(result) < 2 or result[0][0] != "p":
        return False
    first_p = next(i for i, (k, _) in enumerate(kept) if k == "p")
    second_p = next((i for i, (k, _) in enumerate(kept) if k == "p" and i > first_p), None)
    if not (
        _cut_off(kept, first_p, second_p)
        or _over_dateline(kept, first_p, second_p)
        or _indented_apart(result, indent_of, title_indent)
    ):
        return False
    return not (_leads_on(result[0][1]) or _tells_most(result))


def _cut_off(kept: Kept, first_p: int, second_p: int | None) -> bool:
    """Whether the page's first gap stands between the first two paragraphs, with a second gap
    or the header's facts among what parts them."""
    first_gap = next((i for i, (k, _) in enumerate(kept) if k in GAPS), None)
    if first_gap is None or second_p is None or not first_p < first_gap < second_p:
        return False
    between = [k for k, _ in kept[first_p:second_p]]
    return sum(1 for k in between if k in GAPS) >= 2 or "fact" in between


def _over_dateline(kept: Kept, first_p: int, second_p: int | None) -> bool:
    """Whether a dateline ("BAAR, SWITZERLAND") opens the story under the first paragraph: the
    paragraph above it is the header's."""
    if second_p is None:
        return False
    return any(k == "h" and _is_dateline(t) for k, t in kept[first_p:second_p])


def _is_dateline(text: str) -> bool:
    """A place in capitals alone on its line ("BAAR, SWITZERLAND"), as a story's first words."""
    return text.isupper() and len(text.split()) <= 4


def _indented_apart(result: Kept, indent_of: dict[str, int], title_indent: int | None) -> bool:
    """Whether the first paragraph, right under the headline, stands in a box of its own, set
    apart by its indent (a renderer that indents by nesting prints a lead outside the story's
    box, with its headline): it has the headline's indent, no other paragraph has it, and the
    story's paragraphs after it nearly all share one. A paragraph after the byline, date or
    picture is the story's: `title_indent` is None unless the body begins under the headline."""
    if title_indent is None or len(result) < 4 or result[1][0] != "p":
        return False
    first, second = result[0][1], result[1][1]
    if spaced_words(first) > 60 or spaced_words(second) < 10:
        return False
    lead = indent_of.get(first)
    rest = [indent_of.get(t) for k, t in result[1:] if k == "p"]
    if lead != title_indent or len(rest) < 3 or lead in rest:
        return False
    return rest.count(rest[0]) >= 0.8 * len(rest)


def _leads_on(first: str) -> bool:
    """Whether the paragraph ends in a colon, leading into what follows it (a video, a list):
    the story's, however far apart, never a standfirst. A label ("Reading time:") is no
    paragraph."""
    return first.rstrip().endswith(":") and spaced_words(first) >= 12


def _tells_most(result: Kept) -> bool:
    """Whether the first paragraph, a sentence to its end, says more than all the rest: a story
    a renderer printed as one paragraph, a teaser or two below it, not a standfirst over a
    longer story (nor the page's menus glued into one line, which end on no stop)."""
    text = result[0][1]
    if not line_prose.ends_sentence(text):
        return False
    return spaced_words(text) > sum(spaced_words(t) for k, t in result[1:] if k == "p")


def says_again(first: frozenset[str], grams: tuple[str, ...], text: str) -> bool:
    """Whether `text` (its runs of words `grams`) says the first paragraph again (`first`, its
    runs): nearly all its runs are that paragraph's, and it is a paragraph's length. Where the
    first is the standfirst, the body keeps this copy where it stands (a shop's short
    description, then the full one)."""
    return len(first.intersection(grams)) >= 0.8 * len(grams) and (
        spaced_words(text) >= _SAID_AGAIN_WORDS
    )


def dek_over(lines: list[Line], title_index: int | None, start: int) -> str | None:
    """The line right under the headline where the header walk passed it to reach the headline
    (a standfirst printed without its stop, buttons between it and the body): a sentence's
    length, no byline."""
    if title_index is None or title_index + 1 >= start:
        return None
    line = lines[title_index + 1]
    if line.words < _DEK_WORDS or bylines.byline(line.text) is not None:
        return None
    return line.text
