"""Read the article's parts from the stretch of lines that holds it (see region.py): title
and metadata just before it, paragraphs, sub-headings and captions in it, tags just after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Final

from rapidfuzz import fuzz

from newsdesk.extract import facts
from newsdesk.extract.furniture import READ_ALSO
from newsdesk.extract.text import captions, shapes
from newsdesk.extract.text.growth import PICTURE
from newsdesk.extract.text.lines import Line, count_words
from newsdesk.extract.text.region import is_prose
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


@dataclass
class Meta:
    title: str | None = None
    title_index: int | None = None
    authors: list[str] = field(default_factory=list)
    credit: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_text: str | None = None
    reading_minutes: int | None = None
    shares: int | None = None


def _read_meta_line(line: Line, meta: Meta, now: datetime | None) -> bool:
    """Fill `meta` from one line if it is metadata; True if it was."""
    text = line.text
    if (names := facts.byline(text)) is not None:
        meta.authors = meta.authors or facts.split_authors(names)
        return True
    if (credit := facts.credit(text)) is not None:
        meta.credit = meta.credit or credit
        return True
    if (minutes := facts.reading_minutes(text)) is not None:
        meta.reading_minutes = meta.reading_minutes or minutes
        return True
    if (count := facts.shares(text)) is not None:
        meta.shares = meta.shares or count
        return True
    if (parsed := shapes.date_of(line, now)) is not None:
        if meta.published_text is None:
            meta.published_text = parsed.text
            meta.published = parsed.iso
        return True
    return False


# The parts of a header's line printed as one: "PTI | July 9, 2020 | Updated 08:24 IST",
# "Par A. Name - 05:01 - Temps de lecture :".
_META_PARTS: Final = re.compile(r"\s*\|\s*|\s+[·•]\s+|\s+[-–—]\s+")
_SEPARATOR_CHARS: Final = "|·•-–—"  # what _META_PARTS parts a line at: asked before it
_SEPARATORS: Final = ("|", " · ", " • ", " - ", " – ", " — ")  # the same, spaced as it needs
_PART_WORDS: Final = 7  # a part of a header's line is a label, a name, a date: a few words
# A time of day alone, perhaps with its zone or a word saying so ("7:09 am", "Updated 08:24 IST").
_CLOCK_PART: Final = re.compile(
    r"^(?:[^\W\d_]+:?\s+)?\d{1,2}[:.h]\d\d(?:\s*(?:[ap]\.?\s?m\.?|uhr|h))?(?:\s+[A-Z]{2,4})?\W{0,2}$",
    re.I,
)


def is_meta_parts(line: Line, now: datetime | None) -> bool:
    """A header's facts printed as one line of short parts, one of them a date, a time of day
    or a byline: "El Mundo Política | octubre 7, 2020 | 7:09 am | Agencia Efe.", "PUBLISHED:
    April 24, 2020 at 9:06 a.m. | UPDATED: April 24, 2020 at 9:26 a.m." No sentence is
    parted so ("Smith - who left in May 2019 - said ..." has a part too long)."""
    if line.words > 4 * _PART_WORDS or not any(c in line.text for c in _SEPARATOR_CHARS):
        return False
    # One space between words: a converter pads a table's cells with runs of hundreds of spaces,
    # over which the separators' patterns would backtrack at every space (5 ms a line).
    text = " ".join(line.text.split())
    # With one space between words, _META_PARTS finds a part only where one of these stands.
    if not any(sep in text for sep in _SEPARATORS):
        return False
    parts = [p for p in _META_PARTS.split(text) if p.strip(" .:")]
    if len(parts) < 2 or any(_words(p) > _PART_WORDS for p in parts):
        return False
    for part in parts:
        part = part.strip()
        if _CLOCK_PART.match(part) or facts.byline(part) is not None:
            return True
        if shapes.date_of(Line(part), now, fallback=False) is not None:
            return True
    return False


def read_header(lines: list[Line], start: int, now: datetime | None, floor: int) -> Meta:
    """Title and metadata in the lines before the body (no further back than `floor`)."""
    meta = Meta()
    saw_meta = False
    i = start - 1
    while i >= max(floor, start - 40):
        line = lines[i]
        if shapes.marks(line) & (shapes.LIST | shapes.TICKER):
            break
        if _read_meta_line(line, meta, now):
            saw_meta = True
        elif line.glued and i + 1 < len(lines) and shapes.date_of(lines[i + 1], now):
            meta.outlet = line.text
            saw_meta = True
        elif (
            shapes.is_title_like(line)
            and not line.bullet
            and not line.chrome
            and not captions.caption_credit(line.text)
        ):
            meta.title, meta.title_index = line.text, i
            # A headline printed twice (page title, then article title): take the first.
            if i > floor and shapes.same_line(lines[i - 1].text, line.text):
                meta.title_index = i - 1
            break
        elif saw_meta and shapes.is_paragraph(line):
            break
        i -= 1
    return meta


@dataclass
class Body:
    paragraphs: list[str]
    headings: list[str]
    images: list[Image]
    standfirst: str | None


def read_body(lines: list[Line], title: str | None, skip: set[int] | None = None) -> Body:
    """Paragraphs and headings of the body lines; inserts, captions and chrome set aside, and
    the lines in `skip` (header facts already read) too."""
    kept: list[tuple[str, str]] = []  # (kind, text)
    images: list[Image] = []
    skip_insert = False
    skipped: list[Line] = []
    prose = [line for line in lines if shapes.is_paragraph(line) and not line.soft_break]
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
                if after.startswith(text):
                    credit = after[len(text) :].strip() or None
                else:  # the two differ: the credit, if any, is the caption's own
                    credit = (captions.caption_credit(text) or (text, None))[1]
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
            marks = shapes.marks_of(traits)
        if (
            marks & shapes.INSERT
            or (line.words <= 6 and marks & shapes.LIST)
            or (_LOST in text and _lost_insert_header(text))
        ):
            skip_insert, skipped = True, []
            continue
        if skip_insert:
            # The article resumes with real prose; a headline in the box may end in "?".
            # A bullet of _LONG_BULLET words is no teaser's headline: a converter printed an
            # empty item before the paragraph.
            if (
                shapes.is_paragraph(line)
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
        if marks & shapes.INLINE:
            continue
        # An advert slot interrupts nothing: it neither ends nor splits a paragraph. Its labels
        # are all chrome words (a test holds them so): only those lines are asked.
        if marks & shapes.CHROME_WORD and _AD_MARK.match(text):
            continue
        if marks & shapes.EMBEDDED:
            kept.append(("gap", ""))  # a social post quoted in full: the page's, not the story's
            continue
        if (title and shapes.same_line(text, title)) or line.chrome:
            kept.append(("gap", ""))
            continue
        if line.words < 25 and (
            (traits.promo if traits.promo is not None else shapes.is_promo(traits))
            or (traits.consent if traits.consent is not None else shapes.is_consent(traits))
        ):
            kept.append(("gap", ""))
            continue
        caption = captions.caption_credit(text)
        if caption is None and marks & shapes.IMAGE:
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
        if line.words <= 6 and shapes.is_chrome(line):
            kept.append(("gap", ""))  # "Share:", "Your e-mail * :": short, and said like a sentence
            continue
        if shapes.is_paragraph(line) or (
            not line.bullet and line.words >= 3 and shapes.ends_sentence(text)
        ):
            if "://" in text and (glued := _GLUED_URL.search(text)):
                text = text[: glued.start()]
            continues = line.soft_break and blank_separated and not line.blank_before
            if continues and kept and kept[-1][0] == "p":
                kept[-1] = ("p", kept[-1][1] + " " + text)
                continue
            kept.append(("p", text))
        elif shapes.is_chrome(line):
            kept.append(("gap", ""))
        elif line.bullet:
            kept.append(("li", text) if 3 <= line.words <= 60 else ("gap", ""))
        elif (
            1 <= line.words <= 20
            and not shapes.date_of(line)
            and not _COUNT.match(text)
            and not _BARE_URL.match(text)
        ):
            kept.append(("h", text))
        else:
            kept.append(("gap", ""))
    bulleted = {line.text for line in lines if line.bullet}
    return _assemble(_keep_inner_lists(kept, bulleted), images)


def _add_picture(images: list[Image], caption: str, credit: str | None) -> None:
    """A picture read from its caption, unless one captioned nearly the same is read already."""
    if not any(fuzz.ratio(caption, img.caption) >= 80 for img in images):
        images.append(Image(caption=caption, credit=credit))


_GAPS: Final = ("gap", "fact")
_LONG_BULLET: Final = 40
_TAGS_LABEL: Final = re.compile(r"^(?:tags|topics)\s*:", re.I)  # as read_tags knows them
# Text ending in an e-mail address ("... Seoul=Kim Min-su reporter kms@example.com").
_SIGN_OFF: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+[.)]?$")
# A line that gives the reporter's address ("Contact reporter Jo Example at jo@example.com or
# 555-0100, and follow her on Twitter."): the page's contact line under the story.
_CONTACT: Final = re.compile(
    r"^(?:contact|reach|write to|e-?mail|kontakt|contacto|contato|contatti)\b.{0,80}?"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.I,
)
_DOUBLED_WORDS: Final = 4  # a line printed twice in a row, of this many words or more
# A form's fields as converters print them ("Display Name ____ Email-Id ____ Post your comment",
# "Enter Code*: ____", "CAPTCHA"), or its labels: no story holds them, a comment form does. A
# field is a run of a few underscores by its label: a longer run is a rule drawn across the page,
# and a run alone on its line may be a rule or a text box's row.
_FORM: Final = re.compile(
    r"(?<!_)_{4,40}(?!_)|\bcaptcha\b|\b(?:post|submit) (?:your|a) comment\b"
    r"|\bleave a (?:reply|comment)\b|^(?:your )?(?:name|e-?mail(?: address)?|website)\s*\*\s*:?$",
    re.I,
)
_FORM_WORDS: Final = 30  # a form's line is short (a story's line naming a captcha is longer)
# The page talking to the reader of a browser without scripts ("JavaScript is disabled", "Twoja
# przeglądarka nie ma włączonej obsługi JavaScript"): a short line, never a story's own.
_NOTICE_WORDS: Final = 15
# "Download the Android and iOS app": an app promo names both stores' systems in one line.
_APP_PROMO: Final = re.compile(r"(?=.*\bandroid\b)(?=.*\b(?:ios|iphone)\b)(?=.*\bapps?\b)", re.I)
_APP_PROMO_WORDS: Final = 40
# What every line _is_form or _talks_to_reader takes holds (lowercased): the short lines of a
# body are looked for these first, as the patterns are slow to try on every line.
_NOTICE_CUES: Final = (
    "____", "captcha", "your comment", "a comment", "leave a reply", "*", "javascript", "android",
)  # fmt: skip


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


def _credit_below(lines: list[Line], n: int) -> str | None:
    """The credit, when lines[n] is a picture's caption: a line of some length standing apart
    from the story's prose (none just above it) with a photographer's credit alone under it
    ("Evan Example / AP", "Photo: Bo Example"). A credit under a paragraph of the story is the
    next picture's (one without a caption)."""
    line, below = lines[n], lines[n + 1]
    if line.words < 8 or below.words > 8 or "(" in below.text:
        return None
    if n > 0 and shapes.is_paragraph(lines[n - 1]):
        return None
    credit = captions.caption_credit(below.text)
    return (credit[1] or below.text) if credit else None


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


@lru_cache(maxsize=65536)
def _lowered_words(text: str) -> tuple[str, ...]:
    """A kept text's words, lower-cased: counted by two stages below and shingled by the last,
    which would each split the paragraph again (pages of one site also repeat paragraphs)."""
    return tuple(text.lower().split())


def _words(text: str) -> int:
    """How many words a kept text has, split at spaces as a reader of the body counts them.
    Lower-casing makes no space and unmakes none (each character lower-cases to spaces only
    if it is one), so the lower-cased text splits into as many words."""
    return len(_lowered_words(text))


def _has_words(text: str, n: int) -> bool:
    """count_words(text) >= n, asked of the cached split first: a reader counts at least the
    words a split does (an unspaced script only adds), and an ASCII text exactly those. Most
    kept texts settle here, with no scan for unspaced scripts over a long paragraph."""
    return _words(text) >= n or (not text.isascii() and count_words(text) >= n)


_HEADER_LINES: Final = 6  # short lines under a story's first paragraph that its header holds


def _keep_inner_lists(
    kept: list[tuple[str, str]], bulleted: set[str] | frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """Short lines in a run of three or more, with prose before and after them (or closing the
    story, if they are not one-word tags), are a list in the story (tour dates, key points),
    not headings or menus: they stay, as paragraphs; so does a list item alone between two
    (`bulleted`: the texts of the stretch's list items)."""
    out = list(kept)
    # Real paragraphs on both sides, not a one-line aside ("Share your thoughts with friends.").
    # Words as the line reader counts them: a paragraph in an unspaced script (Japanese, Thai)
    # has few spaces.
    prose_at = [i for i, (kind, text) in enumerate(kept) if kind == "p" and _has_words(text, 12)]
    if not prose_at:
        return out
    i = 0
    while i < len(kept):
        if kept[i][0] not in ("h", "li"):
            i += 1
            continue
        j = i
        while j < len(kept) and kept[j][0] in ("h", "li"):
            j += 1
        # At the end of the story a list needs items of some length (tour dates, not tags).
        # The list may come under a short heading of its own ("Tour Dates").
        first = i + 1 if j - i > 3 and not _has_words(kept[i][1], 5) else i
        closing = all(_has_words(kept[k][1], 5) for k in range(first, j))
        # Under the first paragraph alone, short lines are the header's (a credit, a date, a
        # share row), unless that paragraph announces them or they are a sentence's wrapped
        # lines (a quote in a narrow column reads on in lower case). A header holds a few such
        # lines; six or more are a list (a product's advantages under their heading).
        header = (
            j - i < _HEADER_LINES
            and len(prose_at) > 1
            and prose_at[1] > j
            and not kept[prose_at[0]][1].endswith(":")
            and not (j < len(kept) and kept[j][1][:1].islower())
        )
        # Inside the story (its prose on both sides): a box of other stories' headlines; after
        # it, a list the page announces as more of its stories.
        if (prose_at[0] < i and prose_at[-1] > j and _headline_box(kept, i, j, bulleted)) or (
            prose_at[-1] < i and _more_announced(kept, i)
        ):
            i = j
            continue
        if j - first >= 3 and prose_at[0] < i and (prose_at[-1] > j or closing) and not header:
            if first > i:
                out[i] = ("h", kept[i][1])
            for k in range(first, j):
                out[k] = ("p", kept[k][1])
        i = j
    for i in range(1, len(out) - 1):
        # A list item alone between the story's paragraphs is one of its points, numbered or
        # bulleted ("2. Never urged Ukraine to ...", "• Live below your means"), not a menu;
        # under another item (a list of headlines ending in a sentence) or a headline, it is
        # that list's or the header's.
        if (
            out[i][0] == "li"
            and out[i - 1][0] == "p"
            and _has_words(out[i - 1][1], 12)
            and out[i - 1][1] not in bulleted
            and out[i + 1][0] in ("p", "h")
        ):
            out[i] = ("p", out[i][1])
    return out


_LOST: Final = "\ufffd"  # a letter the converter could not decode (elinks prints a run of them)
# "Read also" headers written out as plain words (no pattern), as a header lost letters is matched.
_PLAIN_INSERTS: Final = tuple(h for h in READ_ALSO if re.escape(h) == h.replace(" ", "\\ "))


@lru_cache(maxsize=1024)
def _lost_insert_header(text: str) -> bool:
    """A "read also" header some of whose letters the converter lost ("Read als\ufffd\ufffd"):
    a short line whose known letters, four or more, stand where the header's do, each run of
    lost ones for one to three letters."""
    text = text.strip()
    if len(text.split()) > 4 or len(text.replace(_LOST, "")) < 4:
        return False
    parts = [re.escape(p) for p in re.split(_LOST + "+", text)]
    shape = re.compile(".{1,3}".join(parts), re.I)
    return any(shape.fullmatch(header) for header in _PLAIN_INSERTS)


def _glued_headlines(line: Line) -> bool:
    """A box's headlines a converter printed as one line ("Maps of farmland go online in the
    north Quay tunnel opens under the river"): words that end no sentence and hold no stop or
    comma anywhere. Prose the story resumes with is punctuated."""
    return not shapes.ends_sentence(line.text) and shapes._PUNCTUATION.search(line.text) is None


def _headline_box(
    kept: list[tuple[str, str]], i: int, j: int, bulleted: set[str] | frozenset[str]
) -> bool:
    """Whether the run kept[i:j] is a box of other stories inside the story: a header of its
    own ("More on the outbreak", "Most read stories") over three bulleted headlines or more,
    none ending a sentence (a button's label of a word or two among them), and nothing above
    announcing them (a paragraph or a header ending in a colon leads into the story's own
    list)."""
    head = kept[i][1]
    if kept[i][0] != "h" or head in bulleted or head.rstrip().endswith(":") or j - i < 4:
        return False
    above = next((t for k, t in reversed(kept[:i]) if k not in _GAPS), "")
    if above.rstrip().endswith(":"):
        return False
    run = kept[i + 1 : j]
    items = [t for k, t in run if k == "li" and t in bulleted]
    # A button's label between two items ("View") is the box's too.
    labels = [
        t for n, (k, t) in enumerate(run) if 0 < n < len(run) - 1 and k == "h" and _words(t) <= 2
    ]
    if len(items) < 3 or len(items) + len(labels) < len(run):
        return False
    # Headlines run five words or more (a recipe's items, a list of things to take, fewer).
    return not any(shapes.ends_sentence(t) or _words(t) < 5 for t in items)


# A line announcing more of the page's stories on a topic ("Related coverage from Money:",
# "More on the strike:", "Mehr zu Anna Example und ihrer Familie:"): not the story's list.
_MORE_ON: Final = re.compile(
    r"^(?:related|more (?:on|about|from)|mehr (?:zu[mr]?|über|von)|plus (?:sur|de)"
    r"|más (?:sobre|de)|mais (?:sobre|de)|altro su|meer over)\b.{0,80}:$",
    re.I,
)


def _more_announced(kept: list[tuple[str, str]], i: int) -> bool:
    """Whether the list at kept[i] comes under a line announcing more of the page's stories
    (the line above it, or its own heading)."""
    above = next((t for k, t in reversed(kept[:i]) if k not in _GAPS), "")
    return any(_MORE_ON.match(t) and _words(t) <= 12 for t in (above, kept[i][1]))


def _heading_after_box(skipped: list[Line]) -> str | None:
    """A box of linked headlines may end right where the story's next sub-heading stands.
    Headlines in such boxes run seven words or more; a sub-heading is shorter."""
    if len(skipped) < 2:
        return None
    last = skipped[-1]
    if last.bullet or last.words > 6 or shapes.ends_sentence(last.text):
        return None
    return last.text


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
    words = _lowered_words(text)
    if len(words) < 4:
        return (" ".join(words),)
    # Each run is sliced out of the words joined once: the very string " ".join makes of its
    # four words, at a fraction of the cost (a join a run cost five times the slice).
    joined = " ".join(words)
    runs: list[str] = []
    # Where the run's first three words start in `joined` (a, b, c), and where its last word
    # does (at): kept in native ints, one step a word.
    a, b, c = 0, len(words[0]) + 1, len(words[0]) + len(words[1]) + 2
    at = c + len(words[2]) + 1
    for i in range(3, len(words)):
        end = at + len(words[i])
        runs.append(joined[a:end])
        a, b, c, at = b, c, at, end + 1
    return tuple(frozenset(runs))


def _is_form(text: str, words: int) -> bool:
    """A line of a comment form: a field by its label, a captcha, the button's words."""
    return words <= _FORM_WORDS and _FORM.search(text) is not None and text.strip("_ ") != ""


def _talks_to_reader(text: str, words: int) -> bool:
    """A line of a box after the story where the page talks to its reader: a notice that
    scripts are off, a promo for the site's app."""
    if words > _APP_PROMO_WORDS:
        return False
    low = text.lower()
    if words <= _NOTICE_WORDS and "javascript" in low:
        return True
    return "android" in low and _APP_PROMO.match(low) is not None


def _has_cue(text: str) -> bool:
    """Whether a text holds one of _NOTICE_CUES: only such a line can be a form's or a notice's."""
    low = text.lower()
    return any(cue in low for cue in _NOTICE_CUES)


def _notice_cut(kept: list[tuple[str, str]]) -> int:
    """Where a box that talks to the reader ends the story: its first line after a real
    paragraph, when the paragraphs from there on say less than those before it (a box under
    the story, not a story about apps), or less than twice as much for a comment form's line
    (a story never holds one; the page's footer may say much after it); else len(kept)."""
    said = 0
    for i, (kind, text) in enumerate(kept):
        if kind in _GAPS:
            continue
        words = _words(text)
        if said and words <= _APP_PROMO_WORDS and _has_cue(text):
            form = _is_form(text, words)
            if form or _talks_to_reader(text, words):
                rest = sum(_words(t) for k, t in kept[i:] if k == "p")
                if rest < (2 * said if form else said):
                    return i
        if kind == "p" and words >= 12:
            said += words
    return len(kept)


def _trim_tail(kept: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """After the last real paragraph, only short lines that follow it directly belong to the
    story ("We rate the statement Mostly True."); tags, share prompts and labels after a gap
    do not, nor a box that talks to the reader (a comment form, a notice, an app promo)."""
    kept = kept[: _notice_cut(kept)]
    last = _last_real_paragraph(kept, len(kept))
    if last < 0:
        return kept
    said = [_words(t) if k == "p" else 0 for k, t in kept]  # each paragraph's words
    contact = next(
        (i for i, (k, t) in enumerate(kept) if k in ("p", "h") and "@" in t and _CONTACT.match(t)),
        -1,
    )
    if contact > 0 and _words(kept[contact][1]) <= 60 and _says_little(said, contact, contact):
        return kept[:contact]  # what follows the contact line is the page's too
    # A paragraph that ends in the reporter's e-mail address signs the story off: the few lines
    # after it are the page's ("▲" teasers, a subscription pitch), not more of the story.
    signed = max(
        (i for i, (k, t) in enumerate(kept) if k == "p" and "@" in t and _SIGN_OFF.search(t)),
        default=-1,
    )
    if signed >= 0 and _says_little(said, signed + 1, signed + 1):
        return kept[: signed + 1]
    story_end = _story_before_labels(kept, said, _story_before_tags(kept, said, last))
    end = story_end + 1
    while end < len(kept) and kept[end][0] == "p":
        end += 1
    # A list the story closes on, unless the tags or an author's box were found to close it.
    return kept[: _closing_list_end(kept, end) if story_end == last else end]


def _closing_list_end(kept: list[tuple[str, str]], end: int) -> int:
    """Past the story's last lines at kept[end], a list it closes on under a heading of its
    own ("Qualified teams", "Answer:" then the points), or under several (the winners of each
    category): the headings, each over one item or more, three items or more in all, and
    nothing of the story's after them (what follows is the region's edge, gaps only)."""
    stop, items = end, 0
    while stop < len(kept) and kept[stop][0] == "h":
        under = stop + 1
        while under < len(kept) and kept[under][0] == "p":
            under += 1
        if under == stop + 1:
            break
        stop, items = under, items + under - stop - 1
    if items < 3 or any(k != "gap" for k, _ in kept[stop:]):
        return end
    return stop


def _last_real_paragraph(kept: list[tuple[str, str]], end: int) -> int:
    """The last paragraph of 12 words or more before kept[end], else -1."""
    return max(
        (i for i in range(end) if kept[i][0] == "p" and _words(kept[i][1]) >= 12), default=-1
    )


def _says_little(said: list[int], before: int, after: int) -> bool:
    """Whether the paragraphs from `after` on say under a third of those before `before`
    (`said`: each paragraph's words, 0 for other lines)."""
    return 3 * sum(said[after:]) < sum(said[:before])


def _story_before_tags(kept: list[tuple[str, str]], said: list[int], last: int) -> int:
    """The story's last real paragraph before the tags' label ("Tags:", "Topics: Culture, ..."),
    when what follows the label says little next to the story (a comment policy, teasers)."""
    label = next((i for i in range(last) if _TAGS_LABEL.match(kept[i][1])), -1)
    if label < 0:
        return last
    earlier = _last_real_paragraph(kept, label)
    if earlier < 0 or not _says_little(said, label, label):
        return last
    return earlier


def _story_before_labels(kept: list[tuple[str, str]], said: list[int], last: int) -> int:
    """The story's last real paragraph, when the one found is an author's box under the
    story: a name alone on its line ("Jo Example"), then at most two paragraphs that name
    them again ("Jo joined the paper in 2018 ...") and say little next to the story."""
    start = last
    while start > 0 and kept[start - 1][0] == "p":
        start -= 1
    cut = start
    while cut > 0 and kept[cut - 1][0] != "p":
        cut -= 1
    tail = [t for k, t in kept[start:] if k == "p"]
    if len(tail) > 2 or cut == start:
        return last
    opening = set(tail[0].split()[:12])  # as written: "Next" in a heading is no "next"
    named = any(
        k == "h" and _is_name(t) and not opening.isdisjoint(t.split()) for k, t in kept[cut:start]
    )
    if not named:
        return last
    earlier = _last_real_paragraph(kept, cut)
    return earlier if earlier >= 0 and _says_little(said, cut, start) else last


def _is_dateline(text: str) -> bool:
    """A place in capitals alone on its line ("BAAR, SWITZERLAND"), as a story's first words."""
    return text.isupper() and len(text.split()) <= 4


def _is_name(text: str) -> bool:
    """A person's name alone on its line: two to four capitalised words of letters."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)


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
    said = sum(map(_words, above))
    if not above or len(above) > 3 or said > 80 or len(below) < 2:
        return 0, None
    if sum(map(_words, below)) < said:
        return 0, None
    return last_fact + 1, above[-1]


def _assemble(kept: list[tuple[str, str]], images: list[Image]) -> Body:
    start, standfirst = _header_inside(kept)
    kept = kept[start:]
    items = _trim_tail(kept)
    result: list[tuple[str, str]] = []
    seen: set[str] = set()
    for i, (kind, text) in enumerate(items):
        if kind == "h":
            # A heading must lead into prose; a short line followed by nothing is chrome.
            following = next((k for k, _ in items[i + 1 :] if k not in _GAPS), None)
            if following != "p" or not result:
                continue
        if kind == "p":
            # Pages print their text twice (a teaser, a metadata block, a print version): a
            # paragraph already said is not said again.
            grams = _shingles(text)  # distinct: the shared ones are counted once each
            if len(grams) >= 8 and len(seen.intersection(grams)) >= 0.8 * len(grams):
                continue
            seen.update(grams)
        if kind in ("p", "h"):
            result.append((kind, text))
    # A first paragraph cut off from the rest by chrome or images is the standfirst; so is one
    # the article's byline, date or dateline comes after (it stands in the header, above the story).
    if standfirst is None and len(result) >= 2 and result[0][0] == "p":
        first_gap = next((i for i, (k, _) in enumerate(kept) if k in _GAPS), None)
        first_p = next(i for i, (k, _) in enumerate(kept) if k == "p")
        second_p = next((i for i, (k, _) in enumerate(kept) if k == "p" and i > first_p), None)
        between = [k for k, _ in kept[first_p:second_p]] if second_p else []
        gaps = sum(1 for k in between if k in _GAPS)
        cut_off = first_gap is not None and second_p is not None and first_p < first_gap < second_p
        # A dateline ("BAAR, SWITZERLAND") opens the story: a paragraph above it is the header's.
        dateline = any(k == "h" and _is_dateline(t) for k, t in kept[first_p : second_p or 0])
        # A paragraph ending in a colon leads into what follows it (a video, a list): the
        # story's, however far apart, never a standfirst. A label ("Reading time:") is no
        # paragraph.
        first = result[0][1]
        leads_on = first.rstrip().endswith(":") and _words(first) >= 12
        if ((cut_off and (gaps >= 2 or "fact" in between)) or dateline) and not leads_on:
            standfirst = result.pop(0)[1]
    paragraphs = [t for _, t in result]
    headings = [t for k, t in result if k == "h"]
    return Body(paragraphs=paragraphs, headings=headings, images=images, standfirst=standfirst)


def read_tags(lines: list[Line], start: int, stop: int) -> tuple[list[str], int]:
    """A run of short bulleted items right after the body: the article's tags."""
    tags: list[str] = []
    i = start
    header_seen = False
    while i < stop:
        line = lines[i]
        if not tags and not header_seen and line.text.lower().rstrip(":") in {"tags", "topics"}:
            header_seen = True
            i += 1
            continue
        short_item = 1 <= line.words <= 6 and not shapes.ends_sentence(line.text)
        # Without bullets (some converters drop them) a run of short items still reads as tags.
        unbulleted_run = (
            short_item
            and i + 1 < stop
            and 1 <= lines[i + 1].words <= 6
            and not shapes.marks(lines[i + 1]) & shapes.LIST
        )
        if (
            (line.bullet or header_seen or tags or unbulleted_run)
            and short_item
            and not (shapes.date_of(line) or shapes.marks(line) & shapes.LIST)
        ):
            if shapes.is_chrome(line):
                if tags:
                    break
                i += 1
                continue
            tags.append(line.text)
            i += 1
            continue
        if tags or not shapes.is_chrome(line):
            break
        i += 1
    return tags, i


def read_inline_header(
    lines: list[Line], start: int, end: int, meta: Meta, now: datetime | None
) -> set[int]:
    """Byline, date and credit lines among the first lines of the body (a standfirst often
    comes before them); "By" alone on a line takes the name on the next. Returns their indices."""
    found: set[int] = set()
    for i in range(start, min(end, start + 14)):
        line = lines[i]
        if i in found:
            continue
        if line.words <= 14 and (not is_prose(line) or facts.BYLINE.match(line.text)):
            if (
                line.text.rstrip(":").lower() == "by"
                and i + 1 < end
                and 1 <= lines[i + 1].words <= 6
            ):
                meta.authors = meta.authors or facts.split_authors(lines[i + 1].text)
                found.update({i, i + 1})
                # A name printed again right after (a link, then its label) is the byline's.
                if i + 2 < end and lines[i + 2].text == lines[i + 1].text:
                    found.add(i + 2)
                continue
            if _read_meta_line(line, meta, now):
                found.add(i)
                continue
        if is_meta_parts(line, now):
            # A header's line of parts read as no fact whole: a fact line all the same, its
            # facts unread (which of its dates is the story's, it does not say).
            found.add(i)
    return found


def _headline_inside(lines: list[Line], start: int, end: int) -> int | None:
    """A headline among the first lines of the body, above its first real paragraph."""
    for i in range(start, min(end, start + 6)):
        line = lines[i]
        if is_prose(line):
            return None
        if (
            shapes.is_title_like(line)
            and not line.bullet
            and not captions.caption_credit(line.text)
        ):
            return i
    return None


def build_article(
    lines: list[Line], region: tuple[int, int], now: datetime | None, floor: int
) -> tuple[Article, int, int]:
    """The main article from its body region; returns it with where its header starts and
    where its trailing tags end."""
    start, end = region
    meta = read_header(lines, start, now, floor)
    fact_lines = read_inline_header(lines, start, end, meta, now)
    if (head := _headline_inside(lines, start, end)) is not None:
        # The stretch began above its own headline (a standfirst-like line led into it).
        meta.title, meta.title_index = lines[head].text, head
        fact_lines.add(head)
    body = read_body(lines[start:end], meta.title, skip={i - start for i in fact_lines})
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
