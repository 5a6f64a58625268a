"""What a story closes on: the chosen stretch grown over a list the story closes on or announces
(tour dates, what a hospital asks for, winners by category), a short story that is mostly a list,
records of labelled fields, the line that credits the story's reporting, and a block of contact
details. Never past the page's own lists of other stories (growth.PAGE_LISTS, opens_other_stories).
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract.text import captions, line_chrome, line_marks, line_prose, shapes
from newsdesk.extract.text.growth import is_hard_stop, names_other_stories, run_from
from newsdesk.extract.text.line_prose import is_prose
from newsdesk.extract.text.line_score import BARRIER, is_story_prose, line_score
from newsdesk.extract.text.lines import Line
from newsdesk.extract.text.weigh import labels_blurb


def extend_over_closing_list(
    lines: list[Line], region: tuple[int, int], scores: list[float] | None = None
) -> tuple[int, int]:
    """A story may close on a list (tour dates, results): three or more items of five words or
    more, right after the last paragraph, perhaps under a heading of their own. A list the
    story announces ("the hospital asks for:", "see below for the winners") may also be
    followed by more of the story, read on where a paragraph comes right after it (`scores`:
    weigh()'s, if given). Then records may close it (extend_over_records), and the line that
    credits the story's reporting (extend_over_credit)."""
    region = extend_over_list_story(lines, region)
    region = extend_over_credit(
        lines, extend_over_records(lines, _over_closing_list(lines, region, scores))
    )
    return extend_over_contact(lines, region)


_LIST_STORY_LINES: Final = 16  # a stretch of a list story is short: its items weigh little
_ITEM_WORDS: Final = 40
_ITEM_MEAN_WORDS: Final = 3
_LABEL_WORDS: Final = 3  # a block's label: "Zutaten:", "Ingredients:", "What you need:"
_BLOCK_ITEM_WORDS: Final = 8  # an ingredient, a date, a name


def extend_over_list_story(lines: list[Line], region: tuple[int, int]) -> tuple[int, int]:
    """A short story that is mostly a list (a recipe's steps, a meeting's agenda) is chosen by
    its few long items only: the hand scores weigh short items as a menu's. Where half or more
    of a short stretch's lines are list items (a third would take in a box of headlines
    dropped into a short story), the stretch grows over the items of its list right above
    its first and below its last (bullets in a row; one- or two-word bullets are a menu, not
    more of the list), and up over blocks of short lines under a label of their own
    ("Zutaten:" over the ingredients, above "Zubereitung:"); its items are marked `listed` so
    that read_body keeps them, short as they are."""
    start, end = region
    if not 0 < end - start <= _LIST_STORY_LINES:
        return region
    span = lines[start:end]
    if sum(line.bullet for line in span) * 2 < len(span):
        return region
    first, last = start, end
    if lines[start].bullet:
        while first > 0 and _list_story_item(lines[first - 1]):
            first -= 1
        first = first if _items_said(lines[first:start]) else start
    first = _labelled_blocks_above(lines, first)
    if lines[end - 1].bullet:
        while last < len(lines) and _list_story_item(lines[last]):
            last += 1
        last = last if _items_said(lines[end:last]) else end
    for line in lines[first:last]:
        if line.bullet and _list_story_item(line):
            line.listed = True
    return first, last


def _list_story_item(line: Line) -> bool:
    """A bullet of a list story: not the page's chrome, nor a list or box header."""
    return (
        line.bullet
        and 1 <= line.words <= _ITEM_WORDS
        and not line.chrome
        and not line_chrome.is_chrome(line)
        and not line_marks.marks(line) & (line_marks.LIST | line_marks.INSERT)
        and not line_chrome.is_footer(line.traits)
        and not is_hard_stop(line)
    )


def _items_said(items: list[Line]) -> bool:
    """Whether a run of bullets says something, three words an item or more on the whole
    ("Small groups (30 mins)"), not a menu's one or two ("Home", "About us")."""
    return sum(line.words for line in items) >= _ITEM_MEAN_WORDS * len(items)


def _is_label(line: Line) -> bool:
    return 1 <= line.words <= _LABEL_WORDS and line.text.endswith(":") and not line.chrome


def _labelled_blocks_above(lines: list[Line], at: int) -> int:
    """Where blocks of short lines under labels of their own end, walking up from `at`: a
    label right above `at` ("Zubereitung:"), then three or more short lines under another
    label ("Zutaten:"), and so on. Each block's lines are marked `listed`."""
    top = at
    if top == 0 or not _is_label(lines[top - 1]):
        return at
    lines[top - 1].listed = True
    top -= 1
    while True:
        i = top - 1
        while i >= 0 and _block_item(lines[i]):
            i -= 1
        if top - i - 1 < 3 or i < 0 or not _is_label(lines[i]):
            return top
        for line in lines[i:top]:
            line.listed = True
        top = i


def _block_item(line: Line) -> bool:
    return (
        1 <= line.words <= _BLOCK_ITEM_WORDS
        and not line.text.endswith(":")
        and not line.chrome
        and not line_chrome.is_chrome(line)
        and not line_marks.marks(line) & (line_marks.LIST | line_marks.INSERT)
        and not shapes.date_of(line, fallback=False)
    )


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
    return _CREDIT.search(text) is not None or _NAME_CREDIT.match(text) is not None


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


def _phone_at(lines: list[Line], i: int, first: int) -> bool:
    """Whether lines[i] holds a telephone number (eight digits or more in three groups or more,
    not part of an address on the web) under its label, on the line or on the one above
    (within the block, which starts at `first`)."""
    text = lines[i].text
    if not _has_digits(text):
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
    if not any(_has_digits(lines[i].text) for i in range(end, reach)):
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


def _over_closing_list(
    lines: list[Line], region: tuple[int, int], scores: list[float] | None
) -> tuple[int, int]:
    start, end = region
    inside = [i for i in range(start, end - 1) if lines[i + 1].bullet and lines[i].text[-1:] == ":"]
    closing = end < len(lines) and is_prose(lines[end - 1])
    closing = closing and (lines[end - 1].text.endswith(":") or _points_below(lines[end - 1]))
    if inside or closing:
        # Where most paragraphs end on a colon, it is the script's full stop (Armenian pages
        # print "։" so), not a list announced.
        said = [line for line in lines[start:end] if is_prose(line)]
        if sum(line.text.endswith(":") for line in said) * 2 > len(said):
            return region
        for i in inside:
            if is_prose(lines[i]):
                _announced_list_end(lines, i + 1)  # a bulleted list inside: its items kept
        if closing:
            # A list pointed to below may run under headings of its own (winners by category).
            headed = not lines[end - 1].text.endswith(":")
            listed = _announced_list_end(lines, end, headed)
            if listed > end and scores is not None:
                listed = _story_after_list(lines, scores, listed)
            return start, listed
    i = end
    if i < len(lines) and 1 <= lines[i].words <= 8 and labels_blurb(lines[i]):
        if names_other_stories(lines[i]):  # other stories' list, not the story's
            return region
        i += 1  # the list's own heading
    items = i
    while items < len(lines) and _list_item(lines[items]):
        items += 1
    grown = (start, items) if items - i >= 3 else region
    if scores is None:
        return grown
    # The story may resume below (under a subhead) with a list it announces.
    at = grown[1]
    if at < len(lines) and 1 <= lines[at].words <= 8 and labels_blurb(lines[at]):
        if names_other_stories(lines[at]):
            return grown
        at += 1
    resumed = _resumes_on_list(lines, scores, at)
    return (start, resumed) if resumed > at else grown


# A paragraph that sends the reader to what follows it ("See below for the full list of
# winners", "die Ergebnisse im Überblick unten", "la liste ci-dessous"): the story goes on in
# a list or a table below, however unlike prose its lines are.
_BELOW: Final = re.compile(
    r"\b(?:(?:see|listed|shown|found|is|are|list|table|results?|winners?|here)\s+below"
    r"|below\s+(?:is|are|you)\b|siehe unten|nachfolgend|im folgenden|ci-dessous"
    r"|a continuación|qui sotto|di seguito|abaixo|a seguir)",
    re.I,
)


# What _BELOW cannot match without: a paragraph without any of them (nearly all) is not
# searched (13 us a paragraph, case-blind).
_BELOW_KEYS: Final = (
    "below", "siehe unten", "nachfolgend", "im folgenden", "ci-dessous", "a continuación",
    "qui sotto", "di seguito", "abaixo", "a seguir",
)  # fmt: skip


def _points_below(line: Line) -> bool:
    text = line.text
    return line_chrome.may_hold(text, _BELOW_KEYS) and _BELOW.search(text) is not None


# A field of a record: a short label, a colon, its value ("Producer: Jay Joyce", "Farbe: grün",
# "落札価格：62,000,000円"). Not a time ("10:30"): the label opens on a letter.
_FIELD: Final = re.compile(r"^([^\W\d_][^:：]{0,30}?)\s*[:：]\s*[^\s/]")
_RECORD_GAP: Final = 8  # lines between one record's fields and the next record's


def _field(line: Line) -> str | None:
    """The label of a line that is one field of a record, if it is one; not a post's dated
    byline ("Author: Jo | Posted on 16.12.2012")."""
    if line.words > 20 or line.text[:4].lower() in ("http", "www."):
        return None
    if line.traits.datable is not False and shapes.date_of(line, fallback=False):
        return None
    m = _FIELD.match(line.text)
    if m is None or len(m.group(1).split()) > 4 or _URL_LINE.match(line.text[m.end() - 1 :]):
        return None
    return m.group(1).lower()


def extend_over_records(lines: list[Line], region: tuple[int, int]) -> tuple[int, int]:
    """A story may close on records (a product's data sheet; each winner's race, price and
    trainer): fields, "Label: value", from right after its last line (or in its last lines),
    four or more (three are a post's author, category and tags); and further records where
    their labels come again within _RECORD_GAP lines of the last field. The records are the
    story's, kept whatever their length (`listed`)."""
    start, end = region
    labels: set[str] = set()
    fields, new = 0, 0
    since = 0  # lines since the last field (or since the stretch's end), pictures not counted
    for j in range(max(start, end - _RECORD_GAP), end):  # the records' first fields, read in
        since += 1
        if (label := _field(lines[j])) is not None:
            labels.add(label)
            fields, since = fields + 1, 0
    if not fields:
        since = 0
    last, i = end, end
    while i < len(lines) and i - end < 400:
        line = lines[i]
        i += 1
        if line_marks.marks(line) & line_marks.PLACEHOLDER or PICTURE.match(line.text):
            continue  # a record's picture
        if (
            line.words > 80
            or line_marks.marks(line) & (line_marks.LIST | line_marks.INSERT)
            or line_chrome.is_footer(line.traits)
            or is_hard_stop(line)
        ):
            break
        label = _field(line)
        if label is not None and (since <= 1 or label in labels):
            labels.add(label)
            fields, new, since, last = fields + 1, new + 1, 0, i
        elif since >= (1 if not fields else _RECORD_GAP):
            break
        else:
            since += 1
    if not new or fields < 4:
        return region
    for line in lines[end:last]:
        line.listed = True
    return start, last


def _resumes_on_list(lines: list[Line], scores: list[float], at: int) -> int:
    """Where the story ends that resumes at `at` (perhaps under a subhead) with a paragraph
    announcing a list ("the farmer can watch these signs:"), the list, then more of the story
    (_story_after_list); `at` where it does not: the paragraph alone, weighed as a teaser's
    blurb, would not carry the stretch, nor the list's short items."""
    if at + 1 >= len(lines) or not lines[at].text.endswith(":"):
        return at
    line = lines[at]
    if line.words < 8 or line.chrome or not is_story_prose(line):
        return at
    listed = _announced_list_end(lines, at + 1)
    if listed == at + 1:
        return at
    after = _story_after_list(lines, scores, listed)
    if after > listed:
        return after
    for item in lines[at + 1 : listed]:
        item.listed = False  # not read on: the list was not the story's
    return at


def _story_after_list(lines: list[Line], scores: list[float], at: int) -> int:
    """Where the story ends that goes on under the list it announced: a paragraph right after
    the list's last item (not the page's prompt) opens a run read to where its weight peaks
    (run_from), else the list ends the story."""
    if at >= len(lines) or lines[at].chrome:
        return at
    if not is_story_prose(lines[at]) and not _closing_sentence(lines[at]):
        return at
    last = run_from(lines, scores, at, 1)
    return last + 1 if sum(scores[at : last + 1]) > 0 else at


def _closing_sentence(line: Line) -> bool:
    """A short sentence closing the story under its list ("So, have you found yours?"): a
    complete sentence (line_prose.is_paragraph), not the page's prompt or consent."""
    traits = line.traits
    return (
        line_prose.is_paragraph(line)
        and not line_chrome.is_consent(traits)
        and not line_chrome.is_promo(traits)
    )


PICTURE: Final = re.compile(r"^\[[^\]]{0,80}\]$")  # a converter's placeholder for an image
_URL_LINE: Final = re.compile(r"^(?:https?://|www\.)\S+$")


def _announced_list_end(lines: list[Line], at: int, headed: bool = False) -> int:
    """Where a list the story announces ("the offers not to miss:") ends. Its items may be
    short (product names, links, dates); a bulleted list ends after its last bullet (and the
    link or picture that goes with it), any other at the first chrome or section line. A
    `headed` list (one the story points to below) is bulleted under headings of its own: it
    ends where more than two lines pass without a bullet. The items are marked `listed` so
    that read_body keeps them whatever their length (a headed list's bullets only)."""
    i, last = at, None
    bulleted = headed or (at < len(lines) and lines[at].bullet)
    while i < len(lines) and i - at < (400 if headed else 80):
        line = lines[i]
        if PICTURE.match(line.text) or (bulleted and _URL_LINE.match(line.text)):
            i += 1  # the item's picture or link
            continue
        if (
            (line.words > 40 and not (headed and line.bullet))
            # An item named under several headings is printed again and again (marked chrome).
            or (line.chrome and not (headed and line.bullet))
            or line_chrome.is_chrome(line)
            or line_marks.marks(line) & (line_marks.LIST | line_marks.INSERT)
            or line_chrome.is_footer(line.traits)
            or is_hard_stop(line)
            or (bulleted and not line.bullet and last is None and not headed)
            or (bulleted and not line.bullet and last is not None and i - last > 2)
            or (last is None and i - at > 2)
        ):
            break
        last = i if line.bullet or not bulleted else last
        i += 1
    if last is None or last + 1 - at < 3:
        return at
    end = last + 1
    while end < i and (_URL_LINE.match(lines[end].text) or PICTURE.match(lines[end].text)):
        end += 1
    for line in lines[at:end]:
        # Under headings of its own, the headings are read as headings (read_body).
        line.listed = line.bullet or not headed
    return end


def _list_item(line: Line) -> bool:
    return (
        5 <= line.words <= 30
        and not line_chrome.is_chrome(line)
        and not captions.caption_credit(line.text)
        and not line_marks.marks(line) & line_marks.LIST
        and not line_chrome.is_footer(line.traits)
        and not line.chrome
    )
