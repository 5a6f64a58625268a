"""Read the article's parts from the stretch of lines that holds it (see region.py): title
and metadata just before it and tags just after it (meta.py), paragraphs, sub-headings and
captions in it, the lists and boxes inside it set apart (boxes.py), the page's lines after its
end cut off (tail.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Final

from rapidfuzz import fuzz

from newsdesk.extract import facts
from newsdesk.extract.text import captions, line_chrome, line_marks, line_prose, shapes
from newsdesk.extract.text.boxes import (
    _LOST,
    _glued_headlines,
    _heading_after_box,
    _keep_inner_lists,
    _lost_insert_header,
)
from newsdesk.extract.text.headline import headline_inside
from newsdesk.extract.text.kept import GAPS, lowered_words, spaced_words
from newsdesk.extract.text.lines import Line
from newsdesk.extract.text.meta import read_header, read_inline_header, read_tags
from newsdesk.extract.text.story_close import PICTURE
from newsdesk.extract.text.tail import _trim_tail
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
_AD_MARK: Final = re.compile(r"^(?:advertisement|advert|ad|ads|sponsored|anzeige|publicité)$", re.I)
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
) -> Body:
    """Paragraphs and headings of the body lines; inserts, captions and chrome set aside, and
    the lines in `skip` (header facts already read) too. `title_indent`: the headline's indent
    when the first line stands right under it (where a lead stands, above byline and date).
    `dek`: the standfirst the header printed under its headline, set aside like the title where
    the story prints it again (no heading of the story)."""
    kept: list[tuple[str, str]] = []  # (kind, text)
    indent_of: dict[str, int] = {}  # a paragraph's indent: where its first line starts
    track = title_indent is not None  # asked only of a body that begins under its headline
    images: list[Image] = []
    skip_insert = False
    skipped: list[Line] = []
    prose = [line for line in lines if line_prose.is_paragraph(line) and not line.soft_break]
    # Where blank lines separate paragraphs, an ambiguous wrap inside one is not a new paragraph.
    blank_separated = bool(prose) and sum(x.blank_before for x in prose) >= 0.5 * len(prose)
    doubled = _doubled_lines(lines)
    credited: set[int] = set()  # credit lines of captions already read
    for n, line in enumerate(lines):
        text = line.text
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
            kept.append(("gap", ""))
            continue
        if line.listed:
            if not PICTURE.match(text):  # an item of a list the story announced
                kept.append(("p", text))
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
        # An advert slot interrupts nothing: it neither ends nor splits a paragraph. Its labels
        # are all chrome words (a test holds them so): only those lines are asked.
        if marks & line_marks.CHROME_WORD and _AD_MARK.match(text):
            continue
        if marks & line_marks.EMBEDDED:
            kept.append(("gap", ""))  # a social post quoted in full: the page's, not the story's
            continue
        if any(t and shapes.same_line(text, t) for t in (title, dek)) or line.chrome:
            kept.append(("gap", ""))
            continue
        if line.words < 25 and (
            (traits.promo if traits.promo is not None else line_chrome.is_promo(traits))
            or (traits.consent if traits.consent is not None else line_chrome.is_consent(traits))
        ):
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
        if caption is None and n + 1 < len(lines) and (below := _credit_below(lines, n)):
            caption = (text, below)
            credited.add(n + 1)
        elif n in credited:
            kept.append(("gap", ""))
            continue
        if caption:
            _add_picture(images, *caption)
            kept.append(("gap", ""))
            continue
        if line.words <= 6 and line_chrome.is_chrome(line):
            kept.append(("gap", ""))  # "Share:", "Your e-mail * :": short, and said like a sentence
            continue
        if line_prose.is_paragraph(line) or (
            not line.bullet and line.words >= 3 and line_prose.ends_sentence(text)
        ):
            if "://" in text and (glued := _GLUED_URL.search(text)):
                text = text[: glued.start()]
            if kept and kept[-1][0] == "h" and _signed_teaser(text):
                # Another story's headline, then its blurb signed by its writers ("... fordert
                # er. Von Ann Beispiel und Bo Beispiel"): a teaser inside the story.
                while kept and kept[-1][0] == "h":
                    kept.pop()
                kept.append(("gap", ""))
                continue
            continues = line.soft_break and blank_separated and not line.blank_before
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
            1 <= line.words <= 20
            and not shapes.date_of(line)
            and not _COUNT.match(text)
            and not _BARE_URL.match(text)
            and not line_marks.marks(line) & line_marks.RULED
        ):
            kept.append(("h", text))
        else:
            kept.append(("gap", ""))
    bulleted = {line.text for line in lines if line.bullet}
    return _assemble(_keep_inner_lists(kept, bulleted), images, indent_of, title_indent)


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
    return cut > 0 and facts.byline(text[cut + 2 :].strip()) is not None


_LONG_BULLET: Final = 40

_DOUBLED_WORDS: Final = 4  # a line printed twice in a row, of this many words or more


def _doubled_lines(lines: list[Line]) -> set[int]:
    """Indices of lines printed twice in a row: the second repeats the first, perhaps with a few
    words more (a credit glued on), or both open alike for most of their length (a caption
    folded and unfolded); and of long lines that say themselves twice, glued. A story does not
    say a sentence twice running; a picture (alt text, then caption) and a teaser (picture
    link, then text link) do."""
    found: set[int] = set()
    for n in range(len(lines) - 1):
        a, b = lines[n].text, lines[n + 1].text
        # Rows of a table share their padding, not their words: columns are not repeats.
        if lines[n].words < _DOUBLED_WORDS or lines[n].listed or "  " in a:
            continue
        if b.startswith(a) and len(b) - len(a) <= 60:
            found.update((n, n + 1))
        elif lines[n].words >= _SHARED_WORDS and a[:40] == b[:40] and _shared_opening(a, b):
            found.update((n, n + 1))  # a caption and its "... more" / "... less" twin
        elif lines[n].words >= _SHARED_WORDS and _says_itself_twice(a):
            found.add(n)  # alt text and caption glued into one line
    return found


_SHARED_WORDS: Final = 12


_CREDIT_ALONE: Final = captions._CREDIT_LEAD
_CREDIT_ALONE_WORDS: Final = 4  # "BT FILE PHOTO", "Example Wire photo"


def _credit_below(lines: list[Line], n: int) -> str | None:
    """The credit, when lines[n] is a picture's caption: a line of some length standing apart
    from the story's prose (none just above it) with a photographer's credit alone under it
    ("Evan Example / AP", "Photo: Bo Example"). A credit under a paragraph of the story is the
    next picture's (one without a caption)."""
    line, below = lines[n], lines[n + 1]
    if line.words < 8 or below.words > 8 or "(" in below.text:
        return None
    if n > 0 and line_prose.is_paragraph(lines[n - 1]):
        return None
    credit = captions.caption_credit(below.text)
    if credit:
        return credit[1] or below.text
    # A credit said by its photo word alone, no name or label after it ("BT FILE PHOTO",
    # "Courtesy of Bo Example"): a line of two words or more that opens with "courtesy" or a
    # photo word, or closes on one in a few words (a longer line closing on "image" is a
    # picture's alt text, printed by each picture of a story), with no stop of its own.
    text = below.text
    if below.words < 2 or text[-1:] in line_prose.STOPS:
        return None
    found = _CREDIT_ALONE.search(text)
    if found and (found.start() == 0 or below.words <= _CREDIT_ALONE_WORDS):
        return text
    return None


def _shared_opening(a: str, b: str) -> bool:
    """Whether two lines open alike for most of the shorter one: one text printed twice, cut
    off differently (a caption folded "The team ... more", then unfolded)."""
    short = min(len(a), len(b))
    same = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        same += 1
    return same >= 0.8 * short


def _says_itself_twice(text: str) -> bool:
    """Whether the line is one text said twice over, glued ("A caption.A caption.")."""
    again = text.find(text[:30], 30)
    if again < 0:
        return False
    first, rest = text[:again], text[again:]
    # The second may be cut short, or carry the credit glued on; nothing more.
    return first.startswith(rest) or (rest.startswith(first) and len(rest) - len(first) <= 60)


@lru_cache(maxsize=16384)
def _shingles(text: str) -> tuple[str, ...]:
    """The paragraph's distinct runs of four words (a shorter paragraph is one run of all its
    words), each joined by single spaces (words hold no spaces: two runs are equal as strings
    exactly when they are equal word for word)."""
    # Cached: pages of one site print the same paragraphs (a standfirst, a boilerplate line).
    # Strings, not tuples: a tuple is an object the garbage collector tracks, and the tens of
    # thousands a batch keeps here made it collect a hundred times a pass (a tenth of the time).
    # Kept as a tuple of the distinct runs, not a frozenset: the collector walks every entry of
    # a set at each collection, while a tuple of strings it stops tracking at the first.
    words = lowered_words(text)
    if len(words) < 4:
        return (" ".join(words),)
    # Each run is sliced out of the words joined once: the very string " ".join makes of its
    # four words, at a fraction of the cost (a join a run cost five times the slice).
    joined = " ".join(words)
    # Gathered straight into a set (not a list, then a frozenset of it: two passes a run).
    runs: set[str] = set()
    # Where the run's first three words start in `joined` (a, b, c), and where its last word
    # does (at): kept in native ints, one step a word.
    a, b, c = 0, len(words[0]) + 1, len(words[0]) + len(words[1]) + 2
    at = c + len(words[2]) + 1
    for i in range(3, len(words)):
        end = at + len(words[i])
        runs.add(joined[a:end])
        a, b, c, at = b, c, at, end + 1
    return tuple(runs)


def _may_repeat(words: tuple[str, ...], seen_words: set[str]) -> bool:
    """False when a paragraph of `words` cannot have 8 runs of four words or more, 80% of them
    already said: a run said before has its four words among the words said (`seen_words`), so
    at most as many distinct runs were said as places where four such words follow each other;
    and a paragraph has at least as many distinct runs as distinct words from its fourth on
    (each the last word of a run)."""
    if len(words) < 11:
        return False  # fewer than 8 runs
    together = said = 0
    for word in words:
        if word in seen_words:
            together += 1
            if together >= 4:
                said += 1
        else:
            together = 0
    if said < 7:
        return False  # fewer than 0.8 * 8
    return said >= 0.8 * len(set(words[3:]))


def _is_dateline(text: str) -> bool:
    """A place in capitals alone on its line ("BAAR, SWITZERLAND"), as a story's first words."""
    return text.isupper() and len(text.split()) <= 4


def _header_inside(kept: list[tuple[str, str]]) -> tuple[int, str | None]:
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
    if not above or len(above) > 3 or said > 80 or len(below) < 2:
        return 0, None
    if sum(map(spaced_words, below)) < said:
        return 0, None
    return last_fact + 1, above[-1]


def _indented_apart(
    result: list[tuple[str, str]], indent_of: dict[str, int], title_indent: int | None
) -> bool:
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


def _assemble(
    kept: list[tuple[str, str]],
    images: list[Image],
    indent_of: dict[str, int] | None = None,
    title_indent: int | None = None,
) -> Body:
    start, standfirst = _header_inside(kept)
    kept = kept[start:]
    items = _trim_tail(kept)
    result: list[tuple[str, str]] = []
    seen: set[str] = set()
    # Runs of words are made only when a paragraph may repeat earlier ones (_may_repeat, on
    # the words kept so far): most pages repeat none. Until then the texts wait in `pending`.
    seen_words: set[str] = set()
    pending: list[str] = []
    first: str | None = None  # the first paragraph, whose runs _says_again compares
    again: tuple[int, str] | None = None  # the first paragraph said again: where, and its text
    for i, (kind, text) in enumerate(items):
        if kind == "h":
            # A heading must lead into prose; a short line followed by nothing is chrome.
            following = next((k for k, _ in items[i + 1 :] if k not in GAPS), None)
            if following != "p" or not result:
                continue
        if kind == "p":
            # Pages print their text twice (a teaser, a metadata block, a print version): a
            # paragraph already said is not said again.
            words = lowered_words(text)
            if first is not None and _may_repeat(words, seen_words):
                for said in pending:
                    seen.update(_shingles(said))
                pending.clear()
                grams = _shingles(text)  # distinct: the shared ones are counted once each
                if len(grams) >= 8 and len(seen.intersection(grams)) >= 0.8 * len(grams):
                    if again is None and _says_again(frozenset(_shingles(first)), grams, text):
                        again = len(result), text
                    continue
                seen.update(grams)
            else:
                pending.append(text)
            if first is None:
                first = text
            seen_words.update(words)
        if kind in ("p", "h"):
            result.append((kind, text))
    # A first paragraph cut off from the rest by chrome or images is the standfirst; so is one
    # the article's byline, date or dateline comes after (it stands in the header, above the story).
    if standfirst is None and len(result) >= 2 and result[0][0] == "p":
        first_gap = next((i for i, (k, _) in enumerate(kept) if k in GAPS), None)
        first_p = next(i for i, (k, _) in enumerate(kept) if k == "p")
        second_p = next((i for i, (k, _) in enumerate(kept) if k == "p" and i > first_p), None)
        between = [k for k, _ in kept[first_p:second_p]] if second_p else []
        gaps = sum(1 for k in between if k in GAPS)
        cut_off = first_gap is not None and second_p is not None and first_p < first_gap < second_p
        # A dateline ("BAAR, SWITZERLAND") opens the story: a paragraph above it is the header's.
        dateline = any(k == "h" and _is_dateline(t) for k, t in kept[first_p : second_p or 0])
        # A paragraph ending in a colon leads into what follows it (a video, a list): the
        # story's, however far apart, never a standfirst. A label ("Reading time:") is no
        # paragraph.
        first = result[0][1]
        leads_on = first.rstrip().endswith(":") and spaced_words(first) >= 12
        apart = _indented_apart(result, indent_of or {}, title_indent)
        if ((cut_off and (gaps >= 2 or "fact" in between)) or dateline or apart) and not (
            leads_on or _tells_most(result)
        ):
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


# Words of a paragraph said again that the body keeps when its first copy is the standfirst:
# a paragraph, not a headline printed again above the story.
_SAID_AGAIN_WORDS: Final = 30


def _says_again(first: frozenset[str], grams: tuple[str, ...], text: str) -> bool:
    """Whether `text` (its runs of words `grams`) says the first paragraph again (`first`, its
    runs): nearly all its runs are that paragraph's, and it is a paragraph's length."""
    return len(first.intersection(grams)) >= 0.8 * len(grams) and (
        spaced_words(text) >= _SAID_AGAIN_WORDS
    )


def _tells_most(result: list[tuple[str, str]]) -> bool:
    """Whether the first paragraph, a sentence to its end, says more than all the rest: a story
    a renderer printed as one paragraph, a teaser or two below it, not a standfirst over a
    longer story (nor the page's menus glued into one line, which end on no stop)."""
    text = result[0][1]
    if not line_prose.ends_sentence(text):
        return False
    return spaced_words(text) > sum(spaced_words(t) for k, t in result[1:] if k == "p")


_DEK_WORDS: Final = 6  # words of a standfirst under its headline, no label or button


def _dek_over(lines: list[Line], title_index: int | None, start: int) -> str | None:
    """The line right under the headline where the header walk passed it to reach the headline
    (a standfirst printed without its stop, buttons between it and the body): a sentence's
    length, no byline."""
    if title_index is None or title_index + 1 >= start:
        return None
    line = lines[title_index + 1]
    if line.words < _DEK_WORDS or facts.byline(line.text) is not None:
        return None
    return line.text


def build_article(
    lines: list[Line], region: tuple[int, int], now: datetime | None, floor: int
) -> tuple[Article, int, int]:
    """The main article from its body region; returns it with where its header starts and
    where its trailing tags end."""
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
        lines[start:end], meta.title, skip, title_indent, _dek_over(lines, meta.title_index, start)
    )
    tags, after = read_tags(lines, end, len(lines))
    article = Article(
        role="main",
        title=meta.title or "",
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
        body="\n\n".join(body.paragraphs),
    )
    header_start = meta.title_index if meta.title_index is not None else start
    return article, header_start, after
