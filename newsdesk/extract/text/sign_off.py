"""The story's sign-off, printed right under its last sentence: the line that credits its
reporting ("(Reporting by ...)", "... contributed to this report.") and a block of contact
details (a label over a telephone number). Short and no sentences, the hand scores leave both
out of the stretch; they are the story's. Apart from story_close.py because they are known by
their wording (credits, telephone numbers under a label), not by the shape of a list.
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract.text import line_chrome, line_marks, line_prose, shapes
from newsdesk.extract.text.growth import is_hard_stop
from newsdesk.extract.text.line_score import BARRIER, line_score
from newsdesk.extract.text.lines import Line

# The line a story closes on that credits its reporting: "(Reporting by Jo Example; Editing by
# Al Sample)", "Additional reporting by ...", "Kim Example contributed to this report.", "(With
# inputs from agencies)", "D'après les informations de ...", "Mit Material von dpa", "Autor: ...",
# a Korean paper's "Kim Example 기자" (reporter) or "칼럼니스트" (columnist), perhaps with the
# address. Short and no sentence, the hand scores leave it out of the stretch: it is the story's.
_CREDIT: Final = re.compile(
    r"^[(\[]?\s*(?:(?:additional|further|more)\s+)?(?:reporting|writing|editing|edited|written"
    r"|compiled|reported)\s+by\b"
    r"|^[(\[]?\s*(?:with\s+)?inputs?\s+from\b"
    r"|\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\b"
    r"|^[(\[]?\s*(?:d['’]après\s+(?:les\s+informations|un\s+reportage)\s+d|avec\s+(?:l['’])?"
    r"(?:afp|ap|reuters|agences?)\b|mit\s+material\s+(?:von|der)\b|con\s+información\s+de\b"
    r"|com\s+informações\s+d)"
    r"|^autor(?:in|en)?\s*:\s*(?-i:[A-ZÀ-ÖØ-Þ])[\w.-]+\s"  # a name: "Autor: Jo Example"
    r"|^\S+(?:\s\S+)?\s(?:기자|특파원|칼럼니스트)(?:\s+\S+@\S+)?$"
    # "Ann Example in Portvale contributed.", "This article was originally published by ...".
    r"|\bcontributed(?:\s+reporting)?\.?$"
    r"|^(?:this\s+(?:article|story|post|piece)\s+(?:was\s+|is\s+)?)?(?:originally|first)"
    r"\s+published\s+(?:by|on|in|at)\b",
    re.I,
)
# A name alone in brackets under the story: its writer ("(Ed Example)", "(Ana de Sample)").
_NAME_CREDIT: Final = re.compile(
    r"^\([A-Z][\w'’.-]+\s+(?:(?:[A-Z][\w'’.-]+|d[aeiu]|del|van|von|der|la|le)\s+){0,2}"
    r"[A-Z][\w'’.-]+\)$"
)
_CREDIT_WORDS: Final = 25


def extend_over_credit(lines: list[Line], region: tuple[int, int]) -> tuple[int, int]:
    """The stretch with the line that credits the story's reporting (_CREDIT, _NAME_CREDIT),
    where one comes right after its last sentence (perhaps past a rule of dashes); the line
    is marked `listed` so that read_body keeps it, short and no sentence as it is."""
    start, end = region
    if end >= len(lines) or not line_prose.ends_sentence(lines[end - 1].text):
        return region
    at = end + 1 if line_prose.spells_nothing(lines[end].text) else end
    if at >= len(lines) or not _is_credit(lines[at]):
        return region
    lines[at].listed = True
    return start, at + 1


def _is_credit(line: Line) -> bool:
    if line.words > _CREDIT_WORDS or line.chrome or line_chrome.is_footer(line.traits):
        return False
    return credits_story(line.text) and not shapes.date_of(line, fallback=False)


def credits_story(text: str) -> bool:
    """Whether a text is worded as the line that credits the story's reporting (_CREDIT,
    _NAME_CREDIT); tail.py keeps such a line the stretch took in (extend_over_credit)."""
    if text.isascii() and "contributed" not in text.lower():
        # Only _CREDIT's anchored branches can match (its others need "contributed", which
        # an ASCII text holds in no other case-blind spelling): tried at the start alone,
        # not at every character.
        found = _CREDIT.match(text) is not None
    else:
        found = _CREDIT.search(text) is not None
    return found or _NAME_CREDIT.match(text) is not None


# Where to reach the people or the event the story is about, printed right under it: a block
# of short lines (a label, a name, an address, a price) holding a telephone number under its
# label ("Inquiry", then "02-555-0100"; "Tél : 04 00 00 00 00"; "Telefon: +43 (0) 1 555 - 0100").
# A number without a label (a hotline in the page's footer) or an e-mail address alone (the
# reporter's, which papers print under the story and references leave out) is not enough.
_CONTACT_REACH: Final = 12  # lines below the story the block may reach
_CONTACT_LINE_WORDS: Final = 10
# The block stands in the story's box: a renderer that indents by nesting (inscriptis) prints
# the page's boxes after the story (a search field, the site's own address) further out.
_CONTACT_INDENT: Final = 2
_PHONE: Final = re.compile(r"(?:\+\s?)?\(?\d{1,5}\)?(?:\s?[ ./–-]\s?\(?\d{1,5}\)?){2,6}")
_PHONE_DIGITS: Final = 8
_PHONE_LABEL: Final = re.compile(
    r"\b(?:tel|tél|telefon|telefono|teléfono|telefone|telephone|téléphone|phone|fax|mobile"
    r"|handy|inquir(?:y|ies)|enquir(?:y|ies)|contact|kontakt|contacto|contato|contatti"
    r"|reservations?|buchung|réservations?|тел|телефон)\b|문의|전화|電話|电话",
    re.I,
)
_PHONE_LABEL_WORDS: Final = 3  # a label alone on its line above the number: "Inquiry"


def _has_digits(text: str) -> bool:
    return sum(ch.isdigit() for ch in text) >= _PHONE_DIGITS


_FIGURES: Final = "0123456789"


def _line_has_digits(line: Line) -> bool:
    """_has_digits of a line's text. A plain text (ASCII and marks, none of which is a digit)
    has no digit but ASCII figures: none where the page scan found no digit (datable False),
    else counted by str.count, in C, not character by character."""
    traits = line.traits
    if not traits.plain:
        return _has_digits(traits.text)
    if traits.datable is False:
        return False
    text = traits.text
    figures = 0
    for figure in _FIGURES:
        figures += text.count(figure)
    return figures >= _PHONE_DIGITS


def _phone_at(lines: list[Line], i: int, first: int) -> bool:
    """Whether lines[i] holds a telephone number (eight digits or more in three groups or more,
    not part of an address on the web) under its label, on the line or on the one above
    (within the block, which starts at `first`)."""
    text = lines[i].text
    if not _line_has_digits(lines[i]):
        return False
    bare = " ".join(w for w in text.split() if "/" not in w and "www." not in w)
    m = _PHONE.search(bare)
    if m is None or not _has_digits(m.group()):
        return False
    if _PHONE_LABEL.search(bare[: m.start()]):
        return True
    if i <= first:
        return False
    above = lines[i - 1]
    return above.words <= _PHONE_LABEL_WORDS and _PHONE_LABEL.search(above.text) is not None


def extend_over_contact(lines: list[Line], region: tuple[int, int]) -> tuple[int, int]:
    """The stretch with a block of contact details right under it (see _CONTACT_REACH): short
    lines in the story's column, none of them chrome, a date, a barrier or a list's header, to
    the last that holds a
    telephone number under its label. The lines are marked `listed` so that read_body keeps
    them, short and no sentences as they are."""
    start, end = region
    if end <= start or end >= len(lines):
        return region
    # Cheap first: most stories have no line of eight digits or more below them.
    reach = min(len(lines), end + _CONTACT_REACH)
    if not any(_line_has_digits(lines[i]) for i in range(end, reach)):
        return region
    last = -1
    indent = lines[end - 1].indent
    for i in range(end, reach):
        line = lines[i]
        if (
            line.words > _CONTACT_LINE_WORDS
            or line.indent < indent - _CONTACT_INDENT
            or line.chrome
            or is_hard_stop(line)
            or line_chrome.is_chrome(line)
            or line_chrome.is_footer(line.traits)
            or line_marks.marks(line)
            & (line_marks.LIST | line_marks.INSERT | line_marks.SHARE | line_marks.IMAGE)
            or line_score(line) <= BARRIER
            or (line.traits.datable is not False and shapes.date_of(line, fallback=False))
        ):
            break
        if _phone_at(lines, i, end):
            last = i
    if last < 0:
        return region
    for line in lines[end : last + 1]:
        line.listed = True
    return start, last + 1
