"""The checks the header walk (meta.read_header) asks of the line it would take for the headline:
whether it is headline-shaped, a standfirst under the real headline, a headline printed twice, a
caption under the header's facts, whether a header's fact stands under it, and whether it only names
the writers of the byline under it.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

from newsdesk.extract import bare_bylines, bylines, dates, facts
from newsdesk.extract.text import captions, line_prose, shapes
from newsdesk.extract.text.fact_line import Meta, is_meta_parts, read_meta_line
from newsdesk.extract.text.headline import headline_candidate
from newsdesk.extract.text.lines import Line
from newsdesk.extract.text.wrap_width import ends_like_sentence


def headline_shaped(line: Line, now: datetime | None) -> bool:
    """A headline's shape: title-like, no paragraph, no lead-in ending with a colon, no list
    item, chrome, caption or fact."""
    return (
        not line.chrome
        and not line_prose.is_paragraph(line)
        and not line.text.endswith((":", "："))  # a lead-in ("The minister said:")
        and headline_candidate(line)
        and not read_meta_line(line, Meta(), now)
    )


_DEK_WORDS: Final = 8  # a standfirst without its stop: a line longer than its headline
HEADLINE_WORDS: Final = 5  # a headline over it, not a kicker or a section's label
_SHORT_DEK_WORDS: Final = 6  # a standfirst shorter than that or than its headline: a sentence
_GLUED: Final = re.compile(r"[^\W\d_A-Z]{2}(?<=[a-zà-ÿ]{2})[A-ZÀ-Ý]")  # "zprávyJanovická"
_PARTS: Final = (" / ", " | ")  # a title of parts or a row of links, no sentence


def dek_under(above: Line, line: Line, now: datetime | None, short: bool = False) -> bool:
    """Whether `line` (taken for the headline) is the standfirst printed without its stop under
    the headline `above`: longer than it and of _DEK_WORDS, or shorter where `short` says so
    (_short_dek_under; the walk passed no fact under the line: a headline stands over its date,
    a label over it), the headline no kicker ("Sport") and no chrome, and not the one of the two
    set in headline case."""
    if line.words < _SHORT_DEK_WORDS or above.words < HEADLINE_WORDS:
        return False
    longer = line.words >= _DEK_WORDS and line.words > above.words
    if not (longer or (short and _short_dek_under(above, line))) or any(
        sep in line.text for sep in _PARTS
    ):
        return False
    return headline_shaped(above, now) and not (
        line_prose.is_title_case(line.text) and not line_prose.is_title_case(above.text)
    )


def _short_dek_under(above: Line, line: Line) -> bool:
    """Whether `line` may be a standfirst of a short sentence's length (_SHORT_DEK_WORDS) or no
    longer than its headline `above` ("Harbour ferry returns to the island run after the winter"
    / "The crossing was shut for four months"): the line over it no row of links (parted by
    slashes or bars, or set further in than the line: a text browser sets the page's heading to
    the left of its links) and not the line again with the site's name or a trail glued to it;
    the line itself glued to a name ("Harbour.newsYour newsFerry returns ...": the headline with
    the site's links run into it, no standfirst)."""
    return (
        above.indent <= line.indent
        and not any(sep in above.text for sep in _PARTS)
        and line.text.casefold() not in above.text.casefold()
        and _GLUED.search(line.text) is None
    )


def printed_whole(line: Line) -> bool:
    """Whether a line is printed whole, not cut short ("Harbour ferry returns to the …"), as a
    teaser's link or a trail's last step is (glued to the steps before it: "NewsTestsHarbour
    ferry returns to the …"). (Glued capitals alone tell nothing: "AirPods", "YouTube".)"""
    return not line.text.rstrip().endswith("…")


_TWICE_REACH: Final = 4  # lines over a headline where its first print may stand


def twice_above(lines: list[Line], i: int, floor: int, now: datetime | None) -> bool:
    """Whether the line over `i` (taken for the headline) is a headline the page printed twice,
    its first print a few lines further up (the page's title, then the article's, a date
    between), and longer than the line: that one is the headline, the line under it a
    standfirst without its stop or a subheading ("Harbour Council Votes to Close the Old Pier"
    twice, then "A short vote")."""
    above, line = lines[i - 1], lines[i]
    if above.words < HEADLINE_WORDS or above.words <= line.words:
        return False  # (a line longer than the one printed twice may be the headline under it)
    if shapes.same_line(above.text, line.text) or line.text.lower() in above.text.lower():
        return False  # (the headline glued to the site's name over it: "OutletNewsHeadline")
    reach = range(i - 2, max(floor, i - 2 - _TWICE_REACH) - 1, -1)
    return any(shapes.same_line(lines[j].text, above.text) for j in reach) and headline_shaped(
        above, now
    )


_CAPTION_REACH: Final = 6  # lines over a caption where the header's facts and headline stand


def headline_over_facts(lines: list[Line], i: int, floor: int, now: datetime | None) -> int | None:
    """The headline over the header's facts where the line taken for it (line `i`) stands between
    those facts and the body: a picture's caption or credit under the byline and date
    ("<headline>" / "By Ann Example" / "May 3, 2025" / "Harbour at dawn" / the body). A header
    prints its headline over its byline and date; a caption stands under them, over the body.
    Only share buttons, names, credits and lines printing the caption or a name again may stand
    between the facts and the line; the headline found is headline-shaped and longer than the
    line, unless the line is told in sentences (a caption); a standfirst may stand between the
    headline and the facts. (The walk asks this only where it passed no fact under the line: a
    headline stands over its byline.)"""
    line, fact = lines[i], False
    for j in range(i - 1, max(floor, i - 1 - _CAPTION_REACH), -1):
        above = lines[j]
        text = above.text
        if (
            header_fact(above, now)
            or read_meta_line(above, Meta(), now)
            or dates.first_date(text) is not None
        ):
            fact = True
        elif not (
            facts.is_share_bar(text)
            or bare_bylines.lone_name(text)
            or captions.caption_credit(text)
            or _printed_again(lines, j, line.text)
            or _button_like(above, line, now)
        ):
            if not fact:
                return None
            # A caption told in sentences ("Harbour at dawn. Ann Example/Agency") is no
            # headline however long; a shorter line may be a headline's kicker.
            told = line.text.endswith(".") or ". " in line.text
            if (
                j > floor
                and _dek_told(above.text)
                and dek_under(lines[j - 1], above, now, short=True)
                and _headline_over(lines[j - 1], line, now, told)
            ):
                return j - 1  # "<headline>" / "<its standfirst>" / "By Ann Example" / the caption
            return j if _headline_over(above, line, now, told) else None
    return None


_QUOTES: Final = "'\"‘’“”«»"


def _dek_told(text: str) -> bool:
    """A standfirst's telling: a sentence, or a quotation printed whole ("'Nobody had looked
    there'"); a second headline-shaped line under a teaser's title is neither."""
    return ends_like_sentence(text) or quoted_whole(text)


def quoted_whole(text: str) -> bool:
    """Whether a line is a quotation printed whole, in its quote marks: under a headline, its
    standfirst (a pull quote, "'... waiting for someone.'"), never the headline itself."""
    return len(text) > 2 and text[0] in _QUOTES and text[-1] in _QUOTES


def _headline_over(above: Line, line: Line, now: datetime | None, told: bool) -> bool:
    """Whether `above`, over the header's facts, is the headline rather than `line` under them."""
    return (
        above.words >= HEADLINE_WORDS
        and (line.words < above.words or told)
        and not shapes.same_line(above.text, line.text)
        and headline_shaped(above, now)
    )


_BUTTON_WORDS: Final = 6  # a button's or a label's words at most


def _button_like(above: Line, line: Line, now: datetime | None) -> bool:
    """Whether a short line between the header's facts and the line taken for the headline is
    another of its kind (a row of buttons: "FOLLOW Harbour on Google News" / "FOLLOW Harbour
    News") or chrome."""
    if above.words > _BUTTON_WORDS + 4:
        return False
    return (above.chrome and above.words <= _BUTTON_WORDS) or (
        above.text.split()[0] == line.text.split()[0]
    )


def _printed_again(lines: list[Line], j: int, caption: str) -> bool:
    """Whether line `j` between the header's facts and the line taken for the headline only
    prints again what stands beside it: the caption's opening with its picture's alt text glued
    on ("[pic] Harbour at dawn.Harbour at dawn."), or the name over it with the writer's handle
    ("Ann Example" / "Ann Example annexample")."""
    return (len(caption) >= 20 and caption[:40] in lines[j].text) or name_with_handle(lines, j)


def name_with_handle(lines: list[Line], j: int) -> bool:
    """Whether line `j` prints the writer's name over it again with the writer's handle ("Ann
    Example" / "Ann Example annexample"): a header's line, never its headline."""
    text = lines[j].text
    above = lines[j - 1].text if j > 0 else ""
    return (
        len(text) > len(above)
        and text.startswith(above + " ")
        and " " not in text[len(above) + 1 :]
        and bool(bare_bylines.lone_name(above))
    )


def fact_below(lines: list[Line], i: int, now: datetime | None) -> bool:
    """Whether the line under lines[i] is a byline or a date (a header's fact, not a credit)."""
    if i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    return (
        below.text.rstrip(":").lower() == "by"
        or bylines.byline(below.text) is not None
        or shapes.date_of(below, now) is not None
        or is_meta_parts(below, now)
    )


def header_fact(line: Line, now: datetime | None) -> bool:
    """A header's fact: a byline, a line of facts or the story's date (no credited caption)."""
    return (
        bylines.byline(line.text) is not None
        or is_meta_parts(line, now)
        or (shapes.date_of(line, now) is not None and not captions.caption_credit(line.text))
    )


def names_of_byline(line: Line, below: Line) -> bool:
    """Whether `line` only names the writers of the byline `below` it ("Ann Example Bo Example"
    / "By Ann Example and Bo Example, Harbour Times"): their pictures' names, no headline."""
    if line.words >= below.words or bylines.byline(below.text) is None:
        return False
    named = set(below.text.casefold().replace(",", " ").split())
    return set(line.text.casefold().split()) <= named


_HANDLE_AT_END: Final = re.compile(r"\s+@\w{2,}$")  # "News reporter @annexample"
_NAME_BY_NAME: Final = re.compile(r"^(?P<name>\S.{1,40}?) [Bb]y (?P=name)(?:\s|$)")


def writer_line(lines: list[Line], i: int) -> bool:
    """Whether line `i`, taken for the headline, is the writer's line of the header, never the
    headline: the writer's role alone, perhaps with the writer's handle ("News reporter
    @annexample", "Senior Contributor"); a name glued to its byline ("Harbour Desk By Harbour
    Desk"); or a name alone over the same name with its role ("Ann Example" / "Ann Example
    Senior Contributor"). The headline stands over it."""
    text = lines[i].text
    if bylines.is_role(_HANDLE_AT_END.sub("", text) if "@" in text else text):
        return True
    if (" By " in text or " by " in text) and _NAME_BY_NAME.match(text) is not None:
        return True
    if i + 1 < len(lines) and (below := lines[i + 1].text).startswith(text):
        # (a cheap test first: the line under it opens with it)
        rest = below[len(text) :].strip(" ,·|-–—")
        return bool(rest) and bylines.is_role(rest) and bool(bare_bylines.lone_name(text))
    return False
