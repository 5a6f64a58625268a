"""Read the article's parts from the stretch of lines that holds it (see region.py): title
and metadata just before it (meta.py) and tags just after it (tags.py), paragraphs,
sub-headings and captions in it, the lists and boxes inside it set apart (boxes.py), the page's
lines after its end cut off (tail.py), what the page prints twice dropped (repeats.py), the
standfirst told from the story's first paragraph (standfirst.py).

Here: the walk over the stretch's lines (`read_body`, each line kept as a paragraph, heading,
list item or gap), the pictures read from captions on the way, and the assembly of what it kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from rapidfuzz import fuzz

from newsdesk.extract import bylines
from newsdesk.extract.text import (
    captions,
    keywords,
    line_chrome,
    line_marks,
    line_prose,
    page_chrome,
    picture_lines,
    shapes,
    title_choice,
)
from newsdesk.extract.text.boxes import (
    _LOST,
    _glued_headlines,
    _heading_after_box,
    _keep_inner_lists,
    _lost_insert_header,
    onward_link,
)
from newsdesk.extract.text.header_under import facts_under, fill_from, name_in_slot
from newsdesk.extract.text.headline import headline_inside
from newsdesk.extract.text.kept import spaced_words
from newsdesk.extract.text.kept_once import kept_once
from newsdesk.extract.text.lines import Line, broken_off
from newsdesk.extract.text.meta import read_header, read_inline_header
from newsdesk.extract.text.repeats import doubled_lines
from newsdesk.extract.text.sign_off import credits_story
from newsdesk.extract.text.standfirst import (
    dek_over,
    first_is_standfirst,
    header_inside,
)
from newsdesk.extract.text.story_close import PICTURE
from newsdesk.extract.text.tags import read_tags
from newsdesk.extract.text.tail import _trim_tail
from newsdesk.extract.text.writer_box import (
    byline_above,
    byline_under_dek,
    facts_in_slot,
    name_bar_outlet,
)
from newsdesk.records import Article, Image

_COUNT: Final = re.compile(r"^[\d.,]+[kKmM]?$")  # "0", "1.2k": a share count, never a heading
# A media file's link printed bare ("http://cdn.example/...wav"): a player's or a picture's,
# never a heading (a story's sources, printed so too, are links to pages and stay). A player
# may label it ("Source http://..."), a converter cut it at the width (a space inside).
_MEDIA_URL: Final = (
    r"(?:https?://|www\.)\S+?(?: \S+?)?\.(?:wav|mp3|m4a|ogg|mp4|webm|jpe?g|png|gif|webp)(?:\?\S*)?"
)
_BARE_URL: Final = re.compile(r"^(?:[^\W\d_]+:? )?" + _MEDIA_URL + "$", re.I)
# The same glued on to the paragraph above it, after its last sentence's stop.
_GLUED_URL: Final = re.compile(
    r"(?<=[.!?][\"”’»)]) " + _MEDIA_URL + "$|(?<=[.!?]) " + _MEDIA_URL + "$", re.I
)
# An embedded post's signature under its text: a dash, the writer and their handle, the date.
_POST_SIGNATURE: Final = re.compile(r"^[—–-] ?[^()]{1,60} \(@\w{1,30}\) [^()]{4,40}$")


def _is_post_signature(text: str) -> bool:
    """An embedded post's signature line; asked of every body line, so its handle's "(@" is
    looked for before the pattern is tried."""
    return "(@" in text and _POST_SIGNATURE.match(text) is not None


_AD_MARK: Final = re.compile(
    r"^(?:advertisement|advert|ad|ads|sponsored|anzeige|publicité|" + line_marks.AD_BREAK + r")$",
    re.I,
)
# A call to subscribe, sign up or give as its button says it, under the offer it closes
# ("2 months for 1 euro", then "Subscribe"; "Je m'abonne").
_BUTTON: Final = re.compile(
    r"^(?:subscribe(?: now)?|sign[- ]?up(?: now)?|register(?: now)?|je m['’]abonne"
    r"|donate(?: now)?|support us)\W*$",
    re.I,
)
# A teaser's blurb cut short, its link to the story glued on ("Before walking up to… Read more",
# "... weiterlesen 5 Minuten"): perhaps the link twice, the site's name or a reading time after.
_CUT_READ_MORE: Final = re.compile(
    r"(?:…|\.\.\.) ?(?i:read more|continue reading|weiterlesen|lire la suite|leer más"
    r"|seguir leyendo|leia mais|continua a leggere|czytaj (?:więcej|dalej)|lees meer)\b\W*"
    r"(?:\S+\W*){0,2}$"
)
_CUT_BLURB_WORDS: Final = 40  # words of such a blurb at most (a paragraph runs longer)
# A link under another story's headline that leads to it, or under a caption that opens it
# in full ("Read more", "Weiterlesen", "More").
_READ_MORE: Final = re.compile(
    r"^(?:read more|more|weiterlesen|mehr|lire (?:la suite|plus)|leer más|leia mais|lees meer"
    r"|continua a leggere|czytaj (?:więcej|dalej))\W*$",
    re.I,
)


@dataclass
class Body:
    paragraphs: list[str]
    headings: list[str]
    images: list[Image]
    standfirst: str | None


def read_body(
    lines: list[Line],
    title: str | None,
    skip: set[int] | None = None,
    title_indent: int | None = None,
    dek: str | None = None,
    notes: set[int] | None = None,
) -> Body:
    """Paragraphs and headings of the body lines; inserts, captions and chrome set aside, and
    the lines in `skip` (header facts already read) too. `title_indent`: the headline's indent
    when the first line stands right under it (where a lead stands, above byline and date).
    `dek`: the standfirst the header printed under its headline, set aside like the title where
    the story prints it again (no heading of the story). `notes`: the lines that are the
    writer's note (page_chrome.writer_notes), left out as the page's."""
    kept: list[tuple[str, str]] = []  # (kind, text)
    indent_of: dict[str, int] = {}  # a paragraph's indent: where its first line starts
    track = title_indent is not None  # asked only of a body that begins under its headline
    images: list[Image] = []
    skip_insert = False
    skipped: list[Line] = []
    prose = [line for line in lines if line_prose.is_paragraph(line) and not line.soft_break]
    # Where blank lines separate paragraphs, an ambiguous wrap inside one is not a new paragraph.
    blank_separated = bool(prose) and sum(x.blank_before for x in prose) >= 0.5 * len(prose)
    doubled = doubled_lines(lines)
    if (
        len(lines) > 2
        and 0 in doubled
        and 1 in doubled
        and 2 not in doubled
        and lines[0].words >= _LEAD_TWICE
        and lines[1].words >= _LEAD_TWICE
        and line_prose.is_paragraph(lines[1])
    ):
        # The stretch opens on its lead said twice, alike or nearly: a summary, then the
        # story's first paragraph (no picture: its alt text and caption are seldom a long
        # paragraph's words). The first is the summary's; the second is the story's.
        doubled.discard(1)
    credited: set[int] = set()  # credit lines of captions already read
    under_alt: set[int] = set()  # captions under a picture's alt text
    for n, line in enumerate(lines):
        text = line.text
        if n == 0 and 0 in doubled and 1 not in doubled:
            kept.append(("gap", ""))  # the summary over the lead it says again
            continue
        if n in doubled:
            # A picture's alt text, then its caption (perhaps with the credit glued on); or a
            # teaser's picture link, then its text link: the page's, not the story's prose.
            if n + 1 in doubled and n - 1 not in doubled:
                after = lines[n + 1].text
                # The credit glued on the second, else the caption's own (said twice alike,
                # or in either of the two when they differ).
                credit = after[len(text) :].strip() if after.startswith(text) else None
                credit = credit or _credit_of(text) or _credit_of(after)
                _add_picture(images, text, credit)
            if n - 1 not in doubled:  # one gap for the pair: one element of the page
                kept.append(("gap", ""))
            continue
        if line.listed:
            if not PICTURE.match(text):  # an item of a list the story announced
                kept.append(("p", text))
            continue
        if notes and n in notes:
            kept.append(("gap", ""))  # the writer's note: who they are, not the story
            continue
        if skip and n in skip:
            # A byline or a date: a gap that says the header is here (unless it dates an
            # item of a box of other stories).
            kept.append(("gap" if skip_insert else "fact", ""))
            continue
        traits = line.traits
        # Facts read off the Traits where the page scan settled them (most lines), else asked.
        marks = traits.marks
        if marks is None:
            marks = line_marks.marks_of(traits)
        if kept and kept[-1][0] == "h" and line.words <= 4 and _READ_MORE.match(text):
            # Another story's headline, then its link: the page's, not the story's heading.
            kept[-1] = ("gap", "")
        if (
            marks & line_marks.INSERT
            or (line.words <= 6 and marks & line_marks.LIST)
            or (_LOST in text and _lost_insert_header(text))
        ):
            skip_insert, skipped = True, []
            while kept and kept[-1][0] == "h":
                # A headline right over the box's header is one of its teasers: the story
                # leads into no box with a sub-heading of its own.
                kept[-1] = ("gap", "")
            continue
        if skip_insert:
            # The article resumes with real prose; a headline in the box may end in "?".
            # A bullet of _LONG_BULLET words is no teaser's headline: a converter printed an
            # empty item before the paragraph.
            if (
                line_prose.is_paragraph(line)
                and line.words >= (_LONG_BULLET if line.bullet else 10)
                and not _glued_headlines(line)
            ):
                skip_insert = False
                heading = _heading_after_box(skipped)
                if heading:
                    kept.append(("h", heading))
            else:
                skipped.append(line)
                continue
        if marks & line_marks.INLINE:
            continue
        if _is_post_signature(text) or (
            n + 1 < len(lines) and _is_post_signature(lines[n + 1].text)
        ):
            # A post embedded in the story, its text over its signature ("— Ann Example
            # (@ann) March 2, 2025"): the story quotes it in full, link and all.
            kept.append(("p", text))
            continue
        if (
            line.words <= _CUT_BLURB_WORDS
            and ("…" in text or "..." in text)
            and _CUT_READ_MORE.search(text)
        ):
            kept.append(("gap", ""))  # another story's blurb, cut short, and its link
            continue
        if marks & line_marks.PLACEHOLDER:
            # A converter's placeholder ("[image]", lynx's "(BUTTON) Play ..."): the page's
            # element, never the story's line, however long a label it shows or how it ends.
            kept.append(("gap", ""))
            continue
        if (head := onward_link(text)) is not None:
            if not head:  # another story's headline, as a link: the page's
                kept.append(("gap", ""))
                continue
            text = head
        # An advert slot interrupts nothing: it neither ends nor splits a paragraph. Its labels
        # are all chrome words (a test holds them so): only those lines are asked.
        if marks & line_marks.CHROME_WORD and _AD_MARK.match(text):
            continue
        if marks & line_marks.EMBEDDED:
            kept.append(("gap", ""))  # a social post quoted in full: the page's, not the story's
            continue
        if (
            (title and shapes.same_line(text, title))
            or line.chrome
            # The header's standfirst printed again at the story's top (over it, or under its
            # first paragraph) is its reprint; further down the story quotes it as its own.
            or (dek and shapes.same_line(text, dek) and sum(k == "p" for k, _ in kept) < 2)
        ):
            kept.append(("gap", ""))
            continue
        if line.words < 60 and line_chrome.is_print_note(text):
            kept.append(("gap", ""))
            continue
        if line.words < 25 and (
            (traits.promo if traits.promo is not None else line_chrome.is_promo(traits))
            or (traits.consent if traits.consent is not None else line_chrome.is_consent(traits))
        ):
            kept.append(("gap", ""))
            continue
        if line_chrome.is_reader_prompt(text, line.words):
            kept.append(("gap", ""))  # the site asking the reader to comment or write in
            continue
        if line.words <= 20 and line_chrome.is_address_line(text):
            kept.append(("gap", ""))  # the page's own address under its label
            continue
        if line.words < 80 and line_chrome.is_mailing_prompt(traits):
            kept.append(("gap", ""))  # a newsletter box's blurb, the site's, at any length
            continue
        if (
            line_chrome.has_keys(traits, keywords.MONEY) and picture_lines.shop_credit(text)
        ) or picture_lines.shoot_credit(text):
            # The products a picture shows, their prices and shops; a photo shoot's crew.
            kept.append(("gap", ""))
            continue
        if picture_lines.source_line(text):
            continue  # a chart's or a picture's source, under what the gap above it stood for
        if picture_lines.player_label(text):
            if kept and kept[-1][0] == "h":
                kept[-1] = ("gap", "")  # the video's title over its player
            kept.append(("gap", ""))
            continue
        caption = captions.caption_credit(text)
        if caption is None and marks & line_marks.IMAGE:
            label = text.split(None, 2)
            if label[1].lower() == "caption" and len(label) == 3:
                caption = (label[2], None)
            else:
                kept.append(("gap", ""))
                continue
        below = None
        if caption is None and n + 1 < len(lines):
            if below := captions.credit_below(lines, n, n in under_alt):
                caption = (text, below)
                credited.add(n + 1)
            elif captions.alt_over_caption(lines, n):
                under_alt.add(n + 1)  # the picture's alt text; its caption and credit below
                kept.append(("gap", ""))
                continue
        if not below and n in credited:
            kept.append(("gap", ""))
            continue
        if caption:
            _add_picture(images, *caption)
            kept.append(("gap", ""))
            continue
        if line.words <= 6 and line_chrome.is_chrome(line):
            if kept and kept[-1][0] == "h" and _BUTTON.match(text):
                kept[-1] = ("gap", "")  # an offer's line over its button: the site's, no heading
            kept.append(("gap", ""))  # "Share:", "Your e-mail * :": short, and said like a sentence
            continue
        if line_prose.is_paragraph(line) or (
            not line.bullet and line.words >= 3 and line_prose.ends_sentence(text)
        ):
            if "://" in text and (glued := _GLUED_URL.search(text)):
                text = text[: glued.start()]
            text = captions.without_pictures(text)
            if kept and kept[-1][0] == "h" and _signed_teaser(text):
                # Another story's headline, then its blurb signed by its writers ("... fordert
                # er. Von Ann Beispiel und Bo Beispiel"): a teaser inside the story.
                while kept and kept[-1][0] == "h":
                    kept.pop()
                kept.append(("gap", ""))
                continue
            continues = broken_off(line) and blank_separated
            if continues and kept and kept[-1][0] == "p":
                joined = kept[-1][1] + " " + text
                if track:
                    indent_of.setdefault(joined, indent_of.get(kept[-1][1], line.indent))
                kept[-1] = ("p", joined)
                continue
            kept.append(("p", text))
            if track:
                indent_of.setdefault(text, line.indent)
        elif line_chrome.is_chrome(line):
            kept.append(("gap", ""))
        elif line.bullet:
            kept.append(("li", text) if 3 <= line.words <= 60 else ("gap", ""))
        elif (
            broken_off(line)
            and blank_separated
            and kept
            and (kept[-1][0] == "gap" or (kept[-1][0] == "p" and text.endswith(":")))
        ):
            # The end of the line above, a wrapper moved onto a line of its own after a stop:
            # of a line set aside (a caption's credit), or of a paragraph, announcing what
            # follows ("... Month?" then "Read about:"); no heading of the story.
            if kept[-1][0] == "gap":
                kept.append(("gap", ""))
            else:
                kept[-1] = ("p", kept[-1][1] + " " + text)
        elif (
            line.words <= _CREDIT_WORDS
            and "contributed" in text.lower()
            and any(k == "p" for k, _ in kept)
            and credits_story(text)
        ):
            # The line crediting the story's reporting, under it ("Ann Example contributed to
            # this report", no stop): the story's own line, no heading (which leads nowhere).
            # An editor's credit ("Edited by: ...") is the page's, as the HTML reader has it.
            kept.append(("p", text))
        elif _goes_on(text, line.words):
            # An item of an enumeration the sentence above opened ("b) Monitoring of the
            # cells in the milk tests,") or a piece of a sentence a narrow box wrapped: it
            # runs on past its comma, so it heads nothing; a heading never ends on one.
            kept.append(("p", text))
        elif (
            1 <= line.words <= 20
            and not shapes.date_of(line)
            and not _COUNT.match(text)
            and not _BARE_URL.match(text)
            and not captions.FILE_NAME.match(text)
            and not line_marks.marks(line) & line_marks.RULED
        ):
            kept.append(("h", text))
        else:
            kept.append(("gap", ""))
    bulleted = {line.text for line in lines if line.bullet}
    return _assemble(_keep_inner_lists(kept, bulleted), images, indent_of, title_indent)


_TITLE_WORDS: Final = 20  # a headline's words at most (a lead taken for the title says more)
_GOES_ON_WORDS: Final = 4  # an item's words at least ("Liebe Grüße," signs off, no item)


def _goes_on(text: str, words: int) -> bool:
    """Whether a short line that is no paragraph runs on past its last word: it ends on a
    comma after a word (an enumeration's item, a wrapped sentence's piece), and has words
    enough to be more than a greeting or a sign-off. A line a label opens ("Keywords: ...,")
    is a field of the page's, no item."""
    return (
        text[-1:] == ","
        and words >= _GOES_ON_WORDS
        and text[-2:-1].isalnum()
        and not text.split(None, 1)[0].endswith(":")
    )


def _credit_of(text: str) -> str | None:
    """The credit of the line, if it reads as a credited caption."""
    found = captions.caption_credit(text)
    return found[1] if found else None


def _add_picture(images: list[Image], caption: str, credit: str | None) -> None:
    """A picture read from its caption, unless one captioned nearly the same is read already:
    that one takes this one's credit if it had none (alt text, then the caption credited)."""
    for img in images:
        if fuzz.ratio(caption, img.caption) >= 80:
            if img.credit is None and credit:
                img.credit = credit
            return
    images.append(Image(caption=caption, credit=credit))


def _signed_teaser(text: str) -> bool:
    """Whether the paragraph ends on a byline after its last sentence's stop, with no stop of
    its own: a teaser's blurb signed by its writers. A story's paragraph ends on a stop."""
    if text[-1:] in line_prose.STOPS:
        return False
    cut = max(text.rfind(". "), text.rfind("? "), text.rfind("! "))
    return cut > 0 and bylines.byline(text[cut + 2 :].strip()) is not None


_LONG_BULLET: Final = 40
_LEAD_TWICE: Final = 25  # words of a lead said twice at the stretch's top, no caption's
_CREDIT_WORDS: Final = 25  # a credit line's words at most (sign_off's)


def _assemble(
    kept: list[tuple[str, str]],
    images: list[Image],
    indent_of: dict[str, int] | None = None,
    title_indent: int | None = None,
) -> Body:
    """The body from the walk's kept texts, in three steps: where the story begins (after a
    header inside the stretch, whose standfirst it names), the paragraphs and headings kept
    (the tail cut off, none said twice, headings leading into prose), then whether the first
    of them is the standfirst after all."""
    start, standfirst = header_inside(kept)
    kept = kept[start:]
    result, again = kept_once(_trim_tail(kept))
    if standfirst is None and first_is_standfirst(kept, result, indent_of or {}, title_indent):
        standfirst = result.pop(0)[1]
        if again is not None:
            # The story says its standfirst again (a shop's short description, then the
            # full one): the body keeps its own copy, where it stands.
            result.insert(again[0] - 1, ("p", again[1]))
    paragraphs = [t for _, t in result]
    # A heading line that spells nothing ("“", "/", lost letters) still parts the story's
    # paragraphs, but it names no section.
    headings = [t for k, t in result if k == "h" and not line_prose.spells_nothing(t)]
    return Body(paragraphs=paragraphs, headings=headings, images=images, standfirst=standfirst)


def _title_opens_body(chosen: int, start: int, title: str, paragraphs: list[str]) -> bool:
    """Whether the headline the title's choice took is the stretch's first line, which the body
    read as its first paragraph (the walk found no headline above the stretch): the story's
    headline, said once as its title, not again as its first paragraph. A body of that line
    alone keeps it; so does one whose first paragraph is longer than a headline (a page with
    no headline, its lead taken for the title)."""
    return (
        chosen == start
        and len(paragraphs) >= 2
        and paragraphs[0] == title
        and spaced_words(title) <= _TITLE_WORDS
    )


def build_article(
    lines: list[Line],
    region: tuple[int, int],
    now: datetime | None,
    floor: int,
    counts: dict[str, int],
    facts: list[bool],
) -> tuple[Article, int, int]:
    """The main article from its body region; returns it with where its header starts and
    where its trailing tags end. `counts`: how often each text is printed on the page
    (lines.text_counts); `facts`: the lines' header facts (headers.header_facts)."""
    start, end = region
    meta = read_header(lines, start, now, floor)
    fact_lines = read_inline_header(lines, start, end, meta, now)
    if (head := headline_inside(lines, start, end)) is not None:
        # The stretch began above its own headline (a standfirst-like line led into it).
        meta.title, meta.title_index = lines[head].text, head
        fact_lines.add(head)
    under = meta.title_index is not None and meta.title_index + 1 == start
    title_indent = lines[start - 1].indent if under else None
    skip = {i - start for i in fact_lines}
    body = read_body(
        lines[start:end],
        meta.title,
        skip,
        title_indent,
        dek_over(lines, meta.title_index, start),
        page_chrome.writer_notes(lines, start, end),
    )
    tags, after = read_tags(lines, end, len(lines))
    title = meta.title or ""
    chosen = title_choice.choose(lines, start, end, floor, meta.title_index, counts, facts)
    paragraphs = body.paragraphs
    if chosen is not None and chosen != meta.title_index:
        title = lines[chosen].text  # (the body is read as under the walk's choice)
        if chosen < start:
            fill_from(meta, facts_under(lines, chosen, start, now))
        elif _title_opens_body(chosen, start, title, paragraphs):
            paragraphs = paragraphs[1:]
    at = chosen if chosen is not None else meta.title_index
    if not meta.authors and at is not None and at < start:
        meta.authors = (
            name_in_slot(lines, at, start, now)
            or byline_under_dek(lines, at, start)
            or facts_in_slot(lines, at, start)
            or byline_above(lines, at, floor)
        )
    if not meta.authors:
        meta.authors = name_bar_outlet(lines, at, start, end)
    article = Article(
        role="main",
        title=title,
        standfirst=body.standfirst,
        authors=meta.authors,
        outlet=meta.outlet or "",
        credit=meta.credit,
        published=meta.published,
        published_text=meta.published_text,
        reading_minutes=meta.reading_minutes,
        shares=meta.shares,
        tags=tags,
        images=body.images,
        headings=body.headings,
        body="\n\n".join(paragraphs),
    )
    header_start = meta.title_index if meta.title_index is not None else start
    return article, header_start, after
