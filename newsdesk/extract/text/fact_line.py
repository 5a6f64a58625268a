"""One line of a header's facts read (meta.py walks the lines around the body): its byline,
date, credit, reading time or shares (read_meta_line), a line of parts ("Text: Ann Example ·
11 October 2024", is_meta_parts), a date written as a header writes it (fact_date: "Posted:
9:21 a.m.", a year of two figures), and the people a date's line names. Meta is what they tell
of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from newsdesk.extract import bare_bylines, bylines, dates, facts
from newsdesk.extract.dates import ParsedDate
from newsdesk.extract.text import line_prose, shapes
from newsdesk.extract.text.kept import spaced_words
from newsdesk.extract.text.keywords import PUBLISHED_WORDS, UPDATE_CUE_WORDS, word_search
from newsdesk.extract.text.line_chrome import contains_any, may_hold
from newsdesk.extract.text.lines import Line


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
    date_line: int | None = None  # the line the story's date was read from
    # The date read says less than another of the header would: an update's ("Updated: Feb 17,
    # 2025") or one counted back from the capture ("1 hr ago").
    weak_date: bool = False
    floor: int = 0  # no further back than this line may the story's header stand


# A reading time in the languages the headers know, where facts.READING (English, "4 min
# read", shared with the HTML reader) finds none: labelled ("Lesezeit: 3 Min.", "Temps de
# lecture : 4 min", "Tempo de leitura: 2 minutos"), labelled after ("4 Min. Lesezeit", "3 min de
# lecture"), or a German header's minutes alone, abbreviated with a capital and a stop ("4
# Min."): a video's running time ("9 min") says it otherwise.
_READING_TIME: Final = re.compile(
    r"^(?:(?:lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura"
    r"|tempo de leitura|leestijd|czas czytania)\s*:?\s*(?:ca\.\s*)?(\d{1,3})\s*"
    r"(?:min\.?|minuten?|minutes?|minutos|minuti|minut)"
    r"|(\d{1,3})\s*(?:min\.?|minuten|minutes|minutos|minuti)\s*(?:lesezeit|lesedauer|de lecture"
    r"|di lettura|de lectura|de leitura|leestijd|czytania)"
    r"|(?-i:(\d{1,2}) ?Min\.))$",
    re.IGNORECASE,
)
_READING_CHARS: Final = 40  # a reading time's line, label and all, is short
_READING_LEADS: Final = "LlTtCc"  # the labels' first letters; else the minutes open the line


def _reading_time(text: str) -> int | None:
    """The minutes of a reading time facts.reading_minutes does not read, or None."""
    if len(text) >= _READING_CHARS or not (text[:1].isdigit() or text[:1] in _READING_LEADS):
        return None
    if "in" not in text and "IN" not in text:
        return None
    m = _READING_TIME.match(text.strip())
    return None if m is None else int(next(g for g in m.groups() if g))


def read_meta_line(line: Line, meta: Meta, now: datetime | None) -> bool:
    """Fill `meta` from one line if it is metadata; True if it was."""
    text = line.text
    if (names := bylines.byline(text)) is not None:
        meta.authors = meta.authors or bylines.byline_people(names)
        return True
    if (credit := facts.credit(text)) is not None:
        meta.credit = meta.credit or credit
        return True
    if (minutes := facts.reading_minutes(text) or _reading_time(text)) is not None:
        meta.reading_minutes = meta.reading_minutes or minutes
        return True
    if (count := facts.shares(text)) is not None:
        meta.shares = meta.shares or count
        return True
    if (parsed := shapes.date_of(line, now) or _short_year_fact(line, now)) is not None:
        if issue_date(text, parsed):
            return True  # a magazine's print issue, not the story's publication
        parsed, weak = _published_first(text, parsed, now)
        weak = weak or parsed.relative
        if meta.published_text is None or (meta.weak_date and not weak):
            # A date printed with the header's other date as its update's, or counted back from
            # the capture, gives way to it ("Posted: Feb 16, 2025 |" over "Updated: Feb 17,
            # 2025", "Sep 30, 2025" over "1 hr ago": the walk reads up).
            if meta.published_text is not None:
                meta.date_line = None  # (the line read now says when)
            meta.published_text = parsed.text
            meta.published = parsed.iso
            meta.weak_date = weak
        return True
    return False


# A word after a date saying it names a print issue or edition ("December 19, 2025 Issue"):
# a magazine dates its issue after the story was put online.
_ISSUE_AFTER: Final = re.compile(
    r"\W*(?:issue|edition|ausgabe|édition|edición|edizione|editie|edição)\b", re.I
)


def issue_date(text: str, parsed: ParsedDate) -> bool:
    """Whether the date `parsed`, read from `text`, is followed by a word naming a print issue
    ("December 19, 2025 Issue", "19. Dezember 2025 Ausgabe"): the issue's date."""
    at = text.find(parsed.text)
    return at >= 0 and _ISSUE_AFTER.match(text, at + len(parsed.text)) is not None


# A word saying the date after it is the story's last change, not its publication ("Updated",
# "Last modified", "Aktualisiert", "Mis à jour", "Actualizado", "Обновлено").
_UPDATE_CUE: Final = word_search(UPDATE_CUE_WORDS)
# What _UPDATE_CUE cannot match without ("tualiz" for "actualizado", "atualizado").
_UPDATE_KEYS: Final = (
    "updated", "modified", "aktualisiert", "mis à jour", "tualiz", "aggiornat", "bijgewerkt",
    "zaktualizowano", "обновлено", "оновлено", "güncellendi", "päivitetty", "opdateret",
    "oppdatert", "uppdaterad",
)  # fmt: skip


def _published_first(
    text: str, parsed: ParsedDate, now: datetime | None
) -> tuple[ParsedDate, bool]:
    """The date a line of facts gives for the story's publication, and whether it is an update's
    all the same: after a word saying the story was updated, the date before that word where
    the line prints one ("April 21, 2025 at 5:52 pm Updated April 22, 2025 at 7:07 am"), else
    the update's, flagged."""
    at = text.find(parsed.text)
    if at <= 0 or not may_hold(text, _UPDATE_KEYS):
        return parsed, False
    cues = list(_UPDATE_CUE.finditer(text, 0, at))
    if not cues:
        return parsed, False
    if (before := dates.first_date(text[: cues[-1].start()], now)) is not None:
        return before[1], False
    if (later := published_after(text, at + len(parsed.text), now)) is not None:
        return later, False  # "UPDATED: December 10, 2025 | PUBLISHED: December 9, 2025"
    return parsed, True


_PUBLISHED_CUE: Final = word_search(PUBLISHED_WORDS)
_CUE_TO_DATE: Final = 2  # words between "Published" and its date: "on", a weekday


def published_after(text: str, at: int, now: datetime | None) -> ParsedDate | None:
    """The date right after a word saying the story was published, after `at` in `text`."""
    if (cue := _PUBLISHED_CUE.search(text, at)) is None:
        return None
    if (found := dates.first_date(text[cue.end() :], now)) is None:
        return None
    gap, parsed = found
    return parsed if spaced_words(text[cue.end() : cue.end() + gap]) <= _CUE_TO_DATE else None


# The parts of a header's line printed as one: "PTI | July 9, 2020 | Updated 08:24 IST",
# "Par A. Name - 05:01 - Temps de lecture :", "November 20, 2019 / 1:07 AM / Daily Example".
_META_PARTS: Final = re.compile(r"\s*\|\s*|\s+[·•/]\s+|\s+[-–—]\s+")
# What _META_PARTS parts a line at, spaced as it needs (asked of a line with one space between
# its words), and the marks alone (asked of the line as it is, before that copy is made).
_SEPARATORS: Final = ("|", " · ", " • ", " / ", " - ", " – ", " — ")
_SEPARATOR_CHARS: Final = "".join(sep.strip() for sep in _SEPARATORS)
PART_WORDS: Final = 7  # a part of a header's line is a label, a name, a date: a few words
# A time of day alone, perhaps with its zone or a word saying so ("7:09 am", "Updated 08:24 IST").
CLOCK_PART: Final = re.compile(
    r"^(?:[^\W\d_]+:?\s+)?\d{1,2}[:.h]\d\d(?:\s*(?:[ap]\.?\s?m\.?|uhr|h))?(?:\s+[A-Z]{2,4})?\W{0,2}$",
    re.I,
)


def is_meta_parts(line: Line, now: datetime | None) -> bool:
    """A header's facts printed as one line of short parts, one of them a date, a time of day
    or a byline: "El Mundo Política | octubre 7, 2020 | 7:09 am | Agencia Efe.", "PUBLISHED:
    April 24, 2020 at 9:06 a.m. | UPDATED: April 24, 2020 at 9:26 a.m." No sentence is
    parted so ("Smith - who left in May 2019 - said ..." has a part too long)."""
    if line.words > 4 * PART_WORDS or not any(c in line.text for c in _SEPARATOR_CHARS):
        return False
    # One space between words: a converter pads a table's cells with runs of hundreds of spaces,
    # over which the separators' patterns would backtrack at every space (5 ms a line).
    text = " ".join(line.text.split())
    # With one space between words, _META_PARTS finds a part only where one of these stands.
    if not any(sep in text for sep in _SEPARATORS):
        return False
    parts = [p for p in _META_PARTS.split(text) if p.strip(" .:")]
    if len(parts) < 2 or any(spaced_words(p) > PART_WORDS for p in parts):
        return False
    for part in parts:
        part = part.strip()
        if CLOCK_PART.match(part) or bylines.byline(part) is not None:
            return True
        if shapes.date_of(Line(part), now, fallback=False) is not None:
            return True
    return False


# A byline's opener inside a line of facts, after a date or a time ("11/19/2025 by Ann Example",
# "October 12, 2025/0 Comments/in News /by ann": a slash for a space).
_INNER_BY: Final = re.compile(r"[\s/](?=(?i:by|von|par|por)\s)")
_TIME: Final = re.compile(r"\d{1,2}[:.]\d\d")


def byline_of_facts(line: Line, now: datetime | None) -> list[str]:
    """The people of a byline among a header's line of facts: one of its parts ("September 10,
    2025 | By Ann Example", "By Ann Example | Harbour Radio • 16 hours ago") or what follows a
    date or a time in a part ("11/19/2025 by Ann Example"), never a picture's credit ("Photo by
    Ann Example")."""
    if line.words > 4 * PART_WORDS:
        return []
    text = " ".join(line.text.split())
    # With one space between words, _META_PARTS finds a part only where a separator stands:
    # a line without one is one part (the split would try its pattern at every space).
    for part in _META_PARTS.split(text) if contains_any(text, _SEPARATORS) else [text]:
        if (names := bylines.byline(part)) is not None:
            return bylines.byline_people(names)
        for m in _INNER_BY.finditer(part):
            head = part[: m.start()]
            if _TIME.search(head) is None and dates.first_date(head, now) is None:
                continue
            if (names := bylines.byline(part[m.end() :])) is not None:
                return bylines.byline_people(names)
    return []


_FACT_LABEL: Final = 4  # words before a date in a line of facts: "Posted:", an outlet, a name
# Words in a line of facts, its separators not counted ("Posted: Oct 6, 2025 / 03:38 PM MDT /
# Updated: Oct 6, 2025 / 03:38 PM MDT" has 13): a longer line is prose or a list.
_FACT_WORDS: Final = 16


# A line ending at a time of day and its half ("at 11:04 a.m."), whose stop ends no sentence.
_CLOCK_END: Final = re.compile(r"\d{1,2}[:.]\d\d\s*[ap]\.\s?m\.\W*$", re.IGNORECASE)


def _spelled_words(text: str) -> int:
    """Words with a letter or a figure: a separator ("/", "|", "·") is none."""
    return sum(1 for word in text.split() if any(ch.isalnum() for ch in word))


def fact_date(line: Line, now: datetime | None) -> ParsedDate | None:
    """The first date of a header's line of facts, which is the story's where the line names
    more (a byline, an outlet, "Updated" and another date): the line holds a date after a few
    words of label, or is a byline, or a line of parts ("PTI | July 9, 2025 | Updated 08:24")."""
    if line.words > _FACT_WORDS and _spelled_words(line.text) > _FACT_WORDS:
        return None
    found = dates.first_date(line.text, now)
    if found is None:
        return _short_year_fact(line, now) or _relative_part(line, now)
    at, parsed = found
    if at > 0 and may_hold(line.text, _UPDATE_KEYS):
        parsed = _published_first(line.text, parsed, now)[0]  # "Updated: ... | Published: ..."
    if line_prose.is_prose(line):
        # A sentence, unless its stop is a clock's ("By Ann Example on Monday, November 17,
        # 2025 at 11:04 a.m.", "PUBLISHED: April 24, 2025 at 9:06 a.m. | UPDATED: ..."): a
        # byline or a line of parts ending at a time of day is a header's facts all the same.
        if _CLOCK_END.search(line.text) is None:
            return None
        if bylines.byline(line.text) is not None or is_meta_parts(line, now):
            return parsed
        return None
    if (
        spaced_words(line.text[:at]) <= _FACT_LABEL
        or bylines.byline(line.text) is not None
        or is_meta_parts(line, now)
    ):
        return parsed
    return None


_COUNTED_BACK: Final = ("ago", "today", "yesterday", "just now")  # dates.parse_relative's words


def _relative_part(line: Line, now: datetime | None) -> ParsedDate | None:
    """A date counted back from the capture as one part of a header's line of parts ("By Ann
    Example | 4 hours ago", "Ann Example · 3h ago"): its first such part (iso None without
    the capture time, which the reader resolves later)."""
    folded = line.traits.text.casefold()
    if not any(word in folded for word in _COUNTED_BACK) or not is_meta_parts(line, now):
        return None  # (substring tests first: most lines with figures count nothing back)
    for part in _META_PARTS.split(" ".join(line.text.split())):
        if (parsed := dates.parse_relative(part.strip(" ."), now)) is not None:
            return parsed
    return None


# A line opening on a word saying the story was published ("Published on", "publié le",
# "Veröffentlicht am", "First published"), before its date.
_OPENS_PUBLISHED: Final = re.compile(
    r"^\W*(?:(?:first|originally)\s+)?" + word_search(PUBLISHED_WORDS).pattern, re.I
)
_OPENED_WORDS: Final = 14  # words of such a line at most: a header's fact, no paragraph


def opens_published(line: Line) -> bool:
    """Whether a short line opens on a word saying the story was published and holds a date
    that a header's line of facts would (fact_date): "Publié le 26/12/2025 à 21:00, mis à
    jour à 21:40". A sentence saying a report was published ("The report, published on ...")
    opens otherwise."""
    if line.words > _OPENED_WORDS or not shapes.may_hold_date(line):
        return False
    return _OPENS_PUBLISHED.match(line.text) is not None


# A wire story's dateline opening its first paragraph: the place in capitals, perhaps its region,
# the day, perhaps the year, the agency, a dash ("PORTVALE, Dec. 9 (Harbour Wire) - The ...",
# "PORTVALE, Harbour Isles, December 9, 2025 — ...").
_DATELINE: Final = re.compile(
    r"[A-Z][A-Z.'’ -]{2,40}(?:,\s+[A-Z][\w.'’ -]{1,30})?,\s+"
    rf"((?i:{dates.MONTH})\s+\d{{1,2}}(?:,\s+\d{{4}})?)\s*(?:\([^)]{{2,40}}\)\s*)?[-—–]\s"
)


def dateline_date(text: str, now: datetime | None) -> ParsedDate | None:
    """The day of a wire story's dateline opening `text`, read against the capture time where
    it names no year ("PORTVALE, Dec. 9 (Harbour Wire) - ..."); None without one."""
    if not text[:1].isupper() or (m := _DATELINE.match(text)) is None:
        return None
    day = m.group(1)
    if (found := dates.first_date(day, now)) is not None:
        return found[1]
    return dates.parse_relative(day, now) if now is not None else None


_SHORT_YEAR_LINE: Final = 10  # words of a line of facts with a year of two figures at most
_SHORT_YEAR_AFTER: Final = 2  # words after its date besides a time of day ("à", "Uhr", "A.W.")


def _short_year_fact(line: Line, now: datetime | None = None) -> ParsedDate | None:
    """The date of a header's line of facts written with a year of two figures ("11/20/19
    6:38 AM", "Publié le 27 Mar 20 à 9:21", "By Ann Example - 11/18/19 11:04 PM EST", "10/12/20
    - 10h02"): a short line, no sentence, a few words of label or a byline before the date, a
    time of day at most after it. Figures so in a sentence or a list ("version 2.3.14 adds
    ...", "Rule 3.5.12 says ...") are no date."""
    if line.words > _SHORT_YEAR_LINE:
        return None
    # Most header lines hold no figure (answered once per text).
    if not shapes.may_hold_date(line) or line_prose.is_prose(line):
        return None
    text = line.text
    found = dates.short_year_date(text, now)
    if found is None:
        return None
    at, parsed = found
    if spaced_words(text[:at]) > _FACT_LABEL and bylines.byline(text) is None:
        return None
    after = [w for w in text[at + len(parsed.text) :].split() if not _CLOCKISH.match(w)]
    return parsed if spaced_words(" ".join(after)) <= _SHORT_YEAR_AFTER else None


# A time of day or its half as a word ("6:38", "10h02", "AM", "p.m."), or a zone ("EST").
_CLOCKISH: Final = re.compile(r"^(?:\d{1,2}[:.h]\d\d|[ap]\.?m\.?|[A-Z]{2,4})\W*$", re.I)


# Italian's "by" after the story's date ("Domenica 19 Aprile 2025 di Ann Example"); before it
# and alone "di" is "of" (and Indonesian's "in"), so only a name of capitalised words after a date.
_DI_AFTER: Final = re.compile(r"^\s*[,|·-]?\s*di\s+(.+?)\s*$")


def people_of_date_line(line: Line, now: datetime | None) -> list[str]:
    """The people the line the story's date was read from names, where no byline was read: a
    byline among its parts or after its date or time ("5:45 AM 11/19/2025 by Ann Example",
    "19 Aprile 2025 di Ann Example"), or a name or an agency before its date ("Ann Example -
    Nov 19, 2025", "Reuters November 18, 2025": bare_bylines.dated_name)."""
    text = line.text
    if len(text) > 160:
        return []
    if people := byline_of_facts(line, now):
        return people
    found = dates.first_date(text, now)
    if found is None:
        return []
    at, parsed = found
    if (di := _DI_AFTER.match(text[at + len(parsed.text) :])) is not None:
        return bare_bylines.dated_name(di.group(1))
    return bare_bylines.dated_name(text[:at])


_STAMP_WORDS: Final = 2  # words beside a date and a time alone ("Cuma", "um", "at")


def stamp_alone(text: str, date_text: str) -> bool:
    """Whether a line holds a date and a time of day and at most a word or two beside them."""
    rest = text.replace(date_text, " ")
    has_time = _TIME.search(text) is not None
    return has_time and spaced_words(" ".join(w for w in rest.split() if not _TIME.match(w))) <= (
        _STAMP_WORDS
    )


def date_of_facts(line: Line, meta: Meta, now: datetime | None) -> None:
    """The first date of a line of facts among the body's first lines as the story's, where
    none was read yet ("PUBLISHED: 00:01, Tue, Nov 19, 2025 | UPDATED: 10:43, ...")."""
    if meta.published_text is None and (parsed := fact_date(line, now)) is not None:
        meta.published_text, meta.published = parsed.text, parsed.iso
