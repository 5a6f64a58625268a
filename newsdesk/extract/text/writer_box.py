"""The writer's name where the header walk (meta.py) and the header's other readers found none.

Under the story: a writer's box on the first lines after its last paragraph, a label over the
name ("Author" / "Ann Example @annexample", "About the author" / "Ann Example"), a label and the
name or handle on one line ("Autor: annex"), or the name over the writer's role ("Ann Example" /
"Senior Writer at the Harbour Post", "Ann Example" / "Redaktion Harbour.de") (writer_box); further
down, past a list of teasers, the story's credits, the writer's label and name over the editor's
("Penulis: Ann Example" / "Editor: Bo Other") (credits_block). A name alone under the story with
no label or role (a teaser's, a picture's credit, a quotation's speaker) is not taken.

Over the headline: a byline with "By", labelled "Author:", "By" alone over the name, or a line of
facts opening with the name and handle, past what a header prints between that is no fact (a
picture's credit and caption, a section's label), which meta._byline_over (facts and share
buttons only) does not pass (byline_above). Under the headline or in the story's head: a "name |
outlet" line (name_bar_outlet).
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract import bare_bylines, bylines, dates
from newsdesk.extract.text import line_marks, line_prose
from newsdesk.extract.text.header_under import name_with_address
from newsdesk.extract.text.headline import title_candidate
from newsdesk.extract.text.lines import Line
from newsdesk.extract.text.writer_name import QUOTE_CLOSERS, by_alone

_BOX_REACH: Final = 2  # lines after the story where the box may open (a rule, then the label)

# A label over the writer's name, alone on its line (a colon may close it).
_LABELS: Final = frozenset(
    ["author", "the author", "about the author", "about the writer", "author bio", "autor",
     "autorin", "der autor", "die autorin", "über den autor", "über die autorin", "zum autor",
     "zur autorin", "auteur", "l'auteur", "l’auteur", "à propos de l'auteur",
     "à propos de l’auteur", "autore", "l'autore", "l’autore", "sobre el autor", "sobre la autora",
     "sobre o autor", "sobre a autora", "penulis", "tentang penulis", "over de auteur"]
)  # fmt: skip

# The writer's role on the line under the name: a role's word among its first words ("Senior
# Writer at the Harbour Post", "Redaktion Harbour.de", "Freelance journalist covering ...").
_ROLE_WORD: Final = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|redakteur(?:in)?"
    r"|redaktion|journalistin|korrespondent(?:in)?|autor(?:in)?|rédact(?:eur|rice)|journaliste"
    r"|redactor(?:a)?|periodista|giornalista|redattore|redattrice|jornalista|wartawan)\b(?!['’])",
    re.IGNORECASE,
)
_ROLE_LEAD: Final = 4  # words of the role line before its role's word at most
_ROLE_LINE_WORDS: Final = 16  # words of the role line at most (a role, an outlet, a beat)
_NAME_WORDS: Final = 6  # words of the name's line at most (a name, the writer's handle)


def writer_box(lines: list[Line], end: int) -> list[str]:
    """The writer's names in a box opening on the first lines after the story (`end`: the first
    line after its last paragraph), or []."""
    for k in range(end, min(len(lines) - 1, end + _BOX_REACH)):
        line = lines[k]
        if line.chrome or line.bullet:
            return []
        if line.text.strip().rstrip(":").strip().casefold() in _LABELS:
            if _book_facts(lines, k):
                return []
            return _name_of(lines[k + 1])  # "Author" / "Ann Example @annexample"
        if people := _labelled(line.text):
            return [] if _book_facts(lines, k) else people  # "Autor: annexample"
        if line.words <= _NAME_WORDS and (people := _name_of(line)):
            # "Ann Example" / "Senior Writer at the Harbour Post"; under a quotation closing
            # the story, its speaker and the speaker's role ("... for us all.”" / "Ann Example"
            # / "Editor, Harbour Weekly")
            quoted = end > 0 and lines[end - 1].text.rstrip().endswith(QUOTE_CLOSERS)
            return people if role_line(lines[k + 1]) and not quoted else []
        if line.words > _NAME_WORDS or line_marks.marks(line) & line_marks.LIST:
            return []
    return []


# The labels of a book's or a product's facts (a review's box under the story: "Title: ...",
# "Author: Ann Novelist", "Publisher: Harbour Books"): its author is the book's, not the story's.
_BOOK_LABEL: Final = re.compile(
    r"^(?i:publisher|publishing house|verlag|éditeur|éditions|editorial|editora|editore|isbn"
    r"|pages|seiten|pagine|páginas|title|titel|titre|título|titolo|price|preis|prix|precio"
    r"|genre|format|release date|erscheinungstermin|erschienen)\b\s*:?"
)
_BOOK_REACH: Final = 3  # lines either side of the label where the facts' other labels stand


def _book_facts(lines: list[Line], k: int) -> bool:
    """Whether the label at line `k` stands among a book's facts (another of _BOOK_LABEL's
    labels within _BOOK_REACH lines)."""
    return any(
        _BOOK_LABEL.match(lines[j].text) is not None
        for j in range(max(0, k - _BOOK_REACH), min(len(lines), k + _BOOK_REACH + 2))
        if j != k
    )


# A label and the writer's name or handle on one line: "Author: Ann Example", "Autor: annex".
_LABEL_AND_NAME: Final = re.compile(r"^([^:]{4,24}):\s*(\S.{0,60})$")
_LABELLED_WORDS: Final = 9  # words after the label at most (two names of four words, "and")


def _labelled(text: str) -> list[str]:
    """The writer a label names on its line ("Autor: Ann Example", "Penulis: annex"), or []:
    the label one of _LABELS, after it a handle or names of capitalised words, no sentence
    nor figure."""
    m = _LABEL_AND_NAME.match(text)
    if m is None or m.group(1).strip().casefold() not in _LABELS:
        return []
    name = m.group(2).strip()
    if len(name.split()) > _LABELLED_WORDS or name[-1] in ".!?" or any(c.isdigit() for c in name):
        return []
    if " " not in name:
        return [name]  # a handle: "Autor: annex"
    return _all_names(name)


# The editor's credit under the writer's in a story's credits: "Editor: Bo Other".
_EDITOR_LABEL: Final = re.compile(
    r"^(?i:editor|editing|edited by|redaktur|redakteur(?:in)?|redaksi|redacción|rédaction)\s*:"
)
_CREDITS_REACH: Final = 24  # lines after the story where its credits may stand (past teasers)


def credits_block(lines: list[Line], end: int) -> list[str]:
    """The writer of the story's credits printed after it, perhaps past a list of teasers: the
    writer's label and name over the editor's ("Penulis: Ann Example" / "Editor: Bo Other"), or
    the writer's card, the name with the writer's addresses over the role ("Ann
    Exampleann@harbour.example@annexample" / "Senior Writer at Harbour"), or []. A teaser's
    byline has neither an editor's credit nor the writer's addresses and role under it."""
    for k in range(end, min(len(lines) - 1, end + _CREDITS_REACH)):
        line = lines[k]
        if (
            "@" in line.text
            and line.words <= _NAME_WORDS
            and role_line(lines[k + 1])
            and (people := name_with_address(line.text) or _name_of(line))
        ):
            return people  # the writer's card: the name with the addresses over the role
        if _EDITOR_LABEL.match(lines[k + 1].text) and (people := _labelled(line.text)):
            return [] if _book_facts(lines, k) else people
    return []


def _all_names(text: str) -> list[str]:
    """The people a byline's text names, where each is a name of capitalised words, or []."""
    people = bylines.byline_people(text)
    return people if people and all(bylines.is_name(p) for p in people) else []


def _name_of(line: Line) -> list[str]:
    """The writer named alone on a box's line: a name, perhaps with the writer's handle or
    address ("Ann Example @annexample")."""
    if line.chrome or line.bullet or line.words > _NAME_WORDS:
        return []
    if (name := bare_bylines.handle_name(line.text)) is not None:
        return [name]
    return bare_bylines.lone_name(line.text)


def role_line(line: Line) -> bool:
    """Whether a line under a name is the writer's role: a role alone ("Staff Writer") or a
    role's word among its first words, on a short line not closed by a question or a quote."""
    if line.chrome or line.words > _ROLE_LINE_WORDS:
        return False
    if bylines.is_role(line.text):
        return True
    m = _ROLE_WORD.search(line.text)
    return m is not None and len(line.text[: m.start()].split()) <= _ROLE_LEAD


# A byline labelled so: "Author: Ann Example", "Authors: Ann Example, Bo Other", perhaps run on
# after a stop or a bar ("Author: Ann Example. Ann Example Science").
_LABELLED: Final = re.compile(r"^(?i:authors?|writers?)\s*:\s+([^.|•·]{4,80}?)\s*(?:[.|•·]\s.*)?$")


def labelled_name(text: str) -> list[str]:
    """The writers a line labels as its authors ("Author: Ann Example"), or []: each a name of
    capitalised words."""
    if text[:1] not in "AaWw" or (m := _LABELLED.match(text)) is None:
        return []
    return _all_names(m.group(1))


# The writer's name and handle opening a header's line of facts, the date after them ("Ann
# Example (@annexample) 12 minutes ago Wed 29th April 2025 | 03:32 PM").
_HANDLE_LEAD: Final = re.compile(r"^([^@()\d]{4,60}?),?\s+\(?@\w{2,}\)?\s+(\S.*)$")


def handle_lead(text: str) -> list[str]:
    """The writer named before the handle opening a line that holds a date, or []."""
    if "@" not in text or (m := _HANDLE_LEAD.match(text)) is None:
        return []
    if dates.first_date(m.group(2)) is None:
        return []
    return bare_bylines.lone_name(m.group(1))


def byline_under_dek(lines: list[Line], title: int, start: int) -> list[str]:
    """The names of a byline with "By" right under the standfirst under the headline (line
    `title`), over the story's first line (`start`): "<headline>" / "<standfirst>." / "By Ann
    Example Follow @annexample", which header_under.facts_under, stopping at the first paragraph
    of prose, does not reach; or []."""
    if title + 2 >= start or not line_prose.is_paragraph(lines[title + 1]):
        return []
    names = bylines.byline(lines[title + 2].text)
    return bylines.byline_people(names) if names is not None else []


def facts_in_slot(lines: list[Line], title: int, start: int) -> list[str]:
    """The writer of a line between the headline (line `title`) and the story's first line
    that byline_above reads over a headline: a labelled byline ("Author: Ann Example") or a
    line of facts opening with the name and handle ("Ann Example (@annexample) 12 minutes ago
    ..."), or []."""
    for i in range(title + 1, start):
        text = lines[i].text
        if people := handle_lead(text) or labelled_name(text):
            return people
    return []


_BAR_WORDS: Final = 10  # words of a "name | outlet" line at most
_BAR_REACH: Final = 5  # lines into the story where its "name | outlet" line may stand


def name_bar_outlet(lines: list[Line], title: int | None, start: int, end: int) -> list[str]:
    """The writer of a "name | outlet" line ("Ann Example | El Diario de Harbour", "Ann Example
    | The Harbour Post") under the headline (line `title`) or among the story's first lines,
    before its second paragraph, or []. Not right under a picture's mark (its credit)."""
    first = title + 1 if title is not None and title < start else start
    paragraphs = 0
    for i in range(first, min(end, start + _BAR_REACH)):
        line = lines[i]
        if line_prose.is_paragraph(line):
            paragraphs += 1
            if paragraphs > 1:
                return []
            continue
        text = line.text
        if text.count("|") != 1 or line.words > _BAR_WORDS or line.chrome:
            continue
        name, outlet = (part.strip() for part in text.split("|"))
        if (
            bylines.is_name(name)
            and bare_bylines.is_outlet_name(outlet)
            and not line_marks.marks(lines[i - 1]) & line_marks.PLACEHOLDER
            and (people := bare_bylines.lone_name(name))
        ):
            return people
    return []


_ABOVE_REACH: Final = 8  # lines over the headline where its byline may stand
_ABOVE_WORDS: Final = 12  # words of a line passed at most (no paragraph of prose)
_TITLE_WORDS: Final = 5  # words of a line shaped as a headline that stops the climb


def byline_above(lines: list[Line], title: int, floor: int) -> list[str]:
    """The names of a byline with "By" (or labelled "Author:", or "By" alone over the name)
    printed over the headline (line `title`) past what a header prints between them that is
    neither a fact nor a share bar (a picture's credit and caption, the section's label,
    buttons, short lines holding a date: "By Ann Example" / "Photo: Bo Other" / "The harbour at
    dawn." / "/ news" / the date / the headline), where no byline was read. Not past a paragraph
    of prose, a list or another headline's shape (a teaser's title: its byline is the
    teaser's): only short lines between."""
    for i in range(title - 1, max(floor, title - _ABOVE_REACH) - 1, -1):
        line = lines[i]
        if (names := bylines.byline(line.text)) is not None:
            return bylines.byline_people(names)
        if people := labelled_name(line.text):
            return people
        if people := handle_lead(line.text):
            return people
        if by_alone(line.text) and (people := bare_bylines.lone_name(lines[i + 1].text)):
            return people  # "By" / "Ann Example": the opener and the name as two links
        if dates.first_date(line.text) is not None and line.words <= _ABOVE_WORDS:
            continue  # "Date of Publication: 08.22.16" (a header's facts read as none)
        if (
            line.words > _ABOVE_WORDS
            or line_marks.marks(line) & (line_marks.LIST | line_marks.TICKER)
            or (
                line.words >= _TITLE_WORDS
                and title_candidate(line)
                and not line_prose.ends_sentence(line.text)
            )
        ):
            return []
    return []
