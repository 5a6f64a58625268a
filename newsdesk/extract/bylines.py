"""Writers' names as pages write them, whatever the markup: a byline's line ("By ...", "Par ...",
"كتب ..."), its names apart and without the roles, agencies and publications run on after them,
and the authors a page declares, tidied (tidy_authors). Bylines without their "By" are
bare_bylines.py's. Shared by the HTML and the text-dump readers, so both read a byline the same way.
"""

from __future__ import annotations

import html
import re
from typing import Final

from newsdesk.extract.facts import READING
from newsdesk.extract.month_names import word_months
from newsdesk.extract.non_persons import DOMAIN, no_person, outlet_cores

# The spaces after the opener taken whole (possessive), and the line's end asked of what follows
# the names without going back over its spaces: written "\s*:?\s+" and "\s*[|•·]?\s*$", the
# pattern tried every way of sharing a run of spaces between its quantifiers, and a line of
# "By", hundreds of spaces and "• MOTO GP" (a converter's padding between two cells) never
# came back.
BYLINE = re.compile(
    r"^(?:by|written by|words by|reporting by|posted by|published by)(?:\s*+:)?\s++"
    r"([^|•·]{2,120}?)\s*+(?:[|•·]\s*+)?$",
    re.IGNORECASE,
)

# "Written by" in other languages, two words each ("geschrieben von Eva Beispiel", "Escrito por
# Ana Ruiz"): _FOREIGN_BYLINE's openers, and what byline() tells lines opening so by.
_WRITTEN_OPENERS: Final = (
    "geschrieben von", "verfasst von", "escrito por", "écrit par", "rédigé par", "scritto da",
    "geschreven door", "skrevet av", "skrevet af", "skrivet av",
)  # fmt: skip

# "Par E. NURDIN - 05:01", "Por Ana Ruiz", "Von Jan Muster", "Af Ritzau", "Artikel von: Von
# Jan Muster", "Text: Eva Beispiel", "Escrito por Ana Ruiz": other languages' bylines. Those
# words also begin sentences ("Por su parte, ..."), so the names must look like names, and a
# dash after them parts a date ("Par E. NURDIN - 05:01") only with a space before it ("Av
# Oslo-båten ..."); a bar parts anything ("Par : Ann Example| Actu"), a colon may follow the
# opener, the writer's role may follow in brackets ("Autori: Anna Piemēra (redaktore)").
# A name's particles ("Justus von Daniels", "Ana de la Cruz") stand between its capitalised
# words, never first: "Af de tyve skibe" is a sentence.
# A word saying the story was published or updated, run on after the names: "Von Jan Muster
# publiziert am 30. Juli 2025", "Par Ann Example publié le 21 juin 2025".
_PUBLISHED = (
    r"(?i:publiziert|veröffentlicht|aktualisiert|publié|publiée|publicado|publicada"
    r"|pubblicato|gepubliceerd|publicerad|publisert)"
)

# The word for "on" before the day the names run on into (a figure must follow): "Von Jan
# Muster am 14. Mai 2025, 15:40 Uhr", "Par Ann Example le 21 juin", "Por Ana Ruiz el 3 de mayo".
_ON_DAY = r"(?i:am|le|el|il|op|em)(?=\s+\d)"
_PARTICLE = r"(?:von|vom|van|zu|zur|der|den|de|del|della|di|da|das|dos|du|le|la|ten|ter|bin|ibn|al)"

# A name's capital: Latin (with Central Europe's: "Łukasz", "Šárka", "Ūdre") or Cyrillic.
_CAP = "A-ZÀ-ÝĀ-žА-Я"
_NAME = rf"[{_CAP}][\w.'’-]*\s*(?:(?:{_PARTICLE}\s+){{0,2}}[{_CAP}][\w.'’-]*\s*){{0,3}}"
_FOREIGN_BYLINE = re.compile(
    r"^(?i:(?:artikel von:?\s+)?(?:" + "|".join(_WRITTEN_OPENERS) + "|par|por|von|door|oleh|af|av"
    r"|автор:?|autor(?:in)?:|autori:|text:|tekst:))(?:\s*:)?"
    rf"\s+({_NAME}(?:(?:,\s*|\s(?:und|et|y|en|og|och)\s+){_NAME})*)\s*"
    rf"(?:(?:\s[-|–—•·(]|\||,).*|(?<=\s)(?:{_PUBLISHED}|{_ON_DAY})\s.*)?$"
)

# "كتب ضحى عرفة", "كتبت: أسماء نصار", "بقلم علي حسن - القاهرة": Arabic's "wrote" and "by the
# pen of" before a name. No capital tells a name there, and "كتب" opens sentences too ("كتب
# الوزير في رسالته ..."), so the name is two to four words of letters, nothing after it but a
# part set off by a dash, a bar or a comma (a place, a date), and no stop closes the line.
_CASELESS_BYLINE = re.compile(
    r"^(?:كتب|كتبت|بقلم)(?:\s*+:)?\s+((?:[^\W\d_]{2,}\s+){1,3}[^\W\d_]{2,})"
    r"(?:\s*(?:\s[-|–—•·]|[،,])\s.*)?\s*(?<![.!?؟۔])$"
)
_CASELESS_OPENERS: Final = "كب"  # the first letters of _CASELESS_BYLINE's openers

# The first words of the lines BYLINE and _FOREIGN_BYLINE match, in lower case, a colon cut off:
# a line opening with none of them is no byline, told before either pattern is tried.
BYLINE_OPENERS = frozenset(
    ["by", "written", "words", "reporting", "posted", "published", "artikel", "par", "por", "von",
     "door", "oleh", "af", "av", "автор", "autor", "autorin", "autori", "text", "tekst", "كتب",
     "كتبت",
     "بقلم"]
)  # fmt: skip

# "and" in any case; other languages' "and" only in lower case ("Y. Chen", "Dan Reed" are names).
_NAME_JOIN = re.compile(r"\s*(?:,|\b(?i:and)\b|&)\s*|\s+(?:und|et|y|en|og|och)\s+")

# Where a byline runs on into its date: "Ann Example on Monday, November 18th, 2019 at 11:08".
_BYLINE_TAIL = re.compile(
    r"\s+(?:on|at|\||-|–|—)\s+(?=(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec|\d)).*$",
    re.IGNORECASE,
)

# A byline glued or run on to a date written in figures, no word between: "Ann Example
# 2019-11-18T20:51:19Z Science", "Ann Example2020-02-20 13:52 UTC", "06/01/2020 Business".
_BYLINE_STAMP = re.compile(r"\s*(?<!\d)(?:\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?!\d).*$")

# A byline run on into its date without a mark between: after a word saying so ("Ann Example
# Updated Nov 13, 2025", "Ann Example, Harbour Times, Posted: July 18, 2025") or a month, its
# day and year, perhaps after the weekday ("Ann Example Nov 19, 2025, 7:53pm EST", "Ann Example
# Monday, November 17, 2025").
_BYLINE_DATED = re.compile(
    r",?\s+(?:(?:updated|posted|published)\b:?|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b).*$",
    re.IGNORECASE,
)

# A byline run on into a date written day first, its month in words of any language ("Ann
# Example 10. Februar 2019 in Kolumne", "Ann Example 18 November 2025"): the month checked
# against month_names' words.
_DAY_MONTH_YEAR = re.compile(r",?\s+\d{1,2}\.?\s+([^\W\d_]{3,})\.?,?\s+\d{4}\b.*$")

# What a byline's line runs on into after the names that is the page's buttons, not a name: its
# comments' count or call ("Ann Example 2 Comments", "Ann Example Leave a Comment") or a row of
# sharing buttons ("Ann Example Twitter Facebook Email"), two buttons at least.
_BYLINE_CHATTER = re.compile(
    r"\s+(?:(?:\d+|no|leave an?|add an?|post an?)\s+(?:comments?|replies|responses)"
    r"|(?:(?:share|tweet|twitter|facebook|email|e-mail|print|linkedin|whatsapp|pinterest|reddit"
    r"|comments?)\b\s*){2,})\s*$",
    re.IGNORECASE,
)

# The writer's handle after the name, glued or spaced ("Ann Example@annexample"), perhaps
# behind its button ("Ann Example Follow @annexample"), not an address ("ann@example.org").
_HANDLE_IN = re.compile(r"\s*(?:\s(?i:follow)\s+)?@\w{2,}(?=[\s,;/|]|$)")

# "By signing in, you agree ...", "By continuing to browse ...": a prompt opening with "by" and
# a verb's -ing form in lower case, never a name.
_BY_DOING = re.compile(r"^[a-z]+ing\b")

# The first letters, in both cases, of the lines BYLINE (_BY_INITIALS) and _FOREIGN_BYLINE
# can match (no other letter folds onto these under IGNORECASE): most lines open otherwise,
# and are told so before the patterns are tried.
_BY_INITIALS: Final = frozenset("bBwWrRpP")
_BYLINE_INITIALS: Final = _BY_INITIALS | frozenset("aAvVdDoOtTаА")
# _WRITTEN_OPENERS' first and second letters in both cases, with what folds onto them under
# IGNORECASE besides (the long s onto "s", the Kelvin sign onto "k"): the lines that open on
# other letters are told so before their case-folded opening is compared.
_FOLDED_ONTO: Final = "\u017f\u212a"
_WRITTEN_INITIALS: Final = frozenset(
    "".join(w[0] + w[0].upper() for w in _WRITTEN_OPENERS) + _FOLDED_ONTO
)
_WRITTEN_SECONDS: Final = frozenset(
    "".join(w[1] + w[1].upper() for w in _WRITTEN_OPENERS) + _FOLDED_ONTO
)


# byline's answers by text: the header's stages ask it of the same lines (half the asks on a
# page are repeats). A plain dict, not lru_cache: compiled, a look-up is a native dict call
# (see text/lines.py's CACHE_SIZE); started again empty when full. _NOT_BYLINE stands for None.
_BYLINES: Final[dict[str, str]] = {}
_BY_BYLINES: Final[dict[str, bool]] = {}  # by_byline's, past its first letter's test
_BYLINES_SIZE: Final = 16384
_NOT_BYLINE: Final = "\x00"


def byline(text: str) -> str | None:
    """The names in a "By ..." line, or None if the line is not a byline."""
    found = _BYLINES.get(text)
    if found is None:
        if len(_BYLINES) >= _BYLINES_SIZE:
            _BYLINES.clear()
        names = _byline(text)
        found = _BYLINES[text] = _NOT_BYLINE if names is None else names
    return None if found == _NOT_BYLINE else found


def clear_caches() -> None:
    """Empty this module's caches (a measure of reading from cold, a test)."""
    _BYLINES.clear()
    _BY_BYLINES.clear()


def _byline(text: str) -> str | None:
    m: re.Match[str] | None = None
    if text[:1] in _BYLINE_INITIALS:
        m = BYLINE.match(text) or _FOREIGN_BYLINE.match(text)
    elif (
        text[:1] in _WRITTEN_INITIALS
        and text[1:2] in _WRITTEN_SECONDS
        # (the dotless i matches "i" under IGNORECASE; casefold keeps it)
        and text[:16].casefold().replace("\u0131", "i").startswith(_WRITTEN_OPENERS)
    ):
        m = _FOREIGN_BYLINE.match(text)
    if m is None and text[:1] in _CASELESS_OPENERS:
        m = _CASELESS_BYLINE.match(text)
    if m is None or _BY_DOING.match(m.group(1)):
        return None
    return m.group(1).strip()


def by_byline(text: str) -> bool:
    """Whether a line is a byline opening with "by" (BYLINE: "By Ann Example", "Written by
    ..."), not a prompt opening so ("By signing in, you agree ...")."""
    if text[:1] not in _BY_INITIALS:
        return False
    # Cached past the first letter's test: the header's walks ask every line of a page once
    # each (is_header_fact) and again around each candidate headline.
    found = _BY_BYLINES.get(text)
    if found is None:
        if len(_BY_BYLINES) >= _BYLINES_SIZE:
            _BY_BYLINES.clear()
        m = BYLINE.match(text)
        found = _BY_BYLINES[text] = m is not None and _BY_DOING.match(m.group(1)) is None
    return found


def split_authors(names: str | None) -> list[str]:
    """ "Ada Quill and Tom Reed", "Ada Quill, Tom Reed & Lea Moss" as separate names; a date the
    byline runs on into is cut off first."""
    if not names:
        return []
    names = _BYLINE_STAMP.sub("", _BYLINE_TAIL.sub("", names.strip()))
    names = _HANDLE_IN.sub("", _BYLINE_DATED.sub("", names))
    if " " in names:
        names = _BYLINE_CHATTER.sub("", names)
        dated = _DAY_MONTH_YEAR.search(names)
        if dated is not None and dated.group(1).casefold() in word_months():
            names = names[: dated.start()]
    if "min" in names and (reading := READING.search(names)) is not None and reading.start():
        names = names[: reading.start()]  # "Ann Example, Harbour News 7 minute read", run on
    # a dash left closing the line where the date went under it ("By Staff Reports -")
    return [n.strip(_NAME_EDGES) for n in _NAME_JOIN.split(names) if n.strip(_NAME_EDGES)]


_NAME_EDGES: Final = " ,.-–—"


def byline_people(names: str | None) -> list[str]:
    """The people of a byline's names (split_authors), what follows them that is no person left
    out as tidy_authors does: a role or an agency ("Ann Example, AP Sports Writer"), a
    publication or a one-word title after the first ("Ann Example, The Harbour Times")."""
    parts = [_person(part) for part in split_authors(names)]
    # "by admin", "by Redaktion", "by writer_2041", "by Example News Service": no person
    parts = [part for part in parts if not no_person(part, _NO_OUTLET)]
    if len(parts) < 2:
        return parts
    return [
        part
        for n, part in enumerate(parts)
        if not (
            ROLE_OR_AGENCY.search(part)
            or (n and (_affiliation(part, "") or _DESK.match(part) is not None))
        )
    ]


_NO_OUTLET: Final[frozenset[str]] = frozenset()  # a byline's line does not say whose page it is

# An outlet's desk after the people, its name's first word a capitals' acronym ("Ann Example,
# HNN Business", "Ann Example, HBC News"): no person's name is so written.
_DESK: Final = re.compile(r"^[A-Z]{3,5}(?:\s+[A-Z][a-z]+)?$")

# Where a name's last letter is glued to the capital of what follows it ("Ann ExampleThe
# Associated Press"), and what parts a name from its role or section ("Ann Example - Harbour
# Contributor", "Ann Example IN Fashion", a blog's "by <name> in <category>").
_GLUE: Final = re.compile(r"(?<=[a-zß-ÿ])(?=[A-Z])")
_NAME_TAIL: Final = re.compile(r"\s+(?:[-–—|]|in|IN)\s+(?=\S)|\s+(?=The\s)")


def _person(part: str) -> str:
    """A byline's person without what the line runs on into: a role, an agency or a
    publication glued on or after a dash ("Ann ExampleHarbour Columnist", "Ann ExampleThe
    Associated Press", "Ann Example - Harbour Contributor", "Ann Example Harbour Columnist"),
    a blog's section after "in" ("Ann Example IN Fashion"), an agency after "The" ("Ann Example
    The Associated Press"), the name printed twice ("Ann
    Example Ann Example", a link and its label), a picture's credit run on after it ("Ann Example
    Illustration by Bo Other"). Only where a name of capitalised words is left."""
    credit = _CREDIT_TAIL.search(part)
    if credit is not None and is_name(part[: credit.start()]):
        part = part[: credit.start()]  # "Ann Example Illustration by Bo Other": the picture's
    for glue in _GLUE.finditer(part):
        rest = part[glue.start() :]
        if (
            ROLE_OR_AGENCY.match(rest) or rest.startswith("The ") or role_at_end(" " + rest)
        ) and is_name(part[: glue.start()]):
            part = part[: glue.start()]
            break
    m = _NAME_TAIL.search(part)
    if m is not None and is_name(part[: m.start()]):
        rest = part[m.end() :]
        if m.group().strip() in ("in", "IN") or ROLE_OR_AGENCY.search(rest):
            part = part[: m.start()]
    role = role_at_end(part) or _AGENCY_AT_END.search(part)
    if role is not None and is_name(part[: role.start()]):
        part = part[: role.start()]  # (an agency after the last name: "... and Bo Other Reuters")
    words = part.split()
    half = len(words) // 2
    if half >= 2 and len(words) == 2 * half and words[:half] == words[half:]:
        part = " ".join(words[:half])
    half_at = len(part) // 2
    if part[:half_at] == part[half_at:] and is_name(part[:half_at]):
        part = part[:half_at]  # glued to itself: "Ann ExampleAnn Example", a link and its label
    glued = _GLUED_BY.search(part)
    if glued is not None and part[: glued.start()] == part[glued.end() :]:
        # the name, then its byline glued on: "Ann ExampleBy Ann Example"
        part = part[: glued.start()]
    return part


# A picture's credit run on after the writer's name: "Ann Example Illustration by Bo Other",
# "Ann Example Photographs by Bo Other".
_CREDIT_TAIL: Final = re.compile(
    r"\s+(?i:photo(?:graph)?s?|illustrations?|images?|videos?|artwork)\s+(?i:by)\s+\S.*$"
)

# A byline's word glued to the name before it, the name printed again after it.
_GLUED_BY: Final = re.compile(r"(?<=[a-zß-ÿ])(?:By|Von|Por|Par) (?=[A-Z])")

# What follows a name after a comma or a bar and is no person: the writer's role ("AP Sports
# Writer", "Staff Reporter") or an agency ("Associated Press", "dpa").
ROLE_OR_AGENCY: Final = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|contributor|columnist|staff|associated press"
    r"|press association|AP|AFP|dpa|Reuters|EFE|ANSA|PTI|IANS)\b",
    re.IGNORECASE,
)

# A role closing a byline without "By": "Harbour editor", "Senior Contributor", "Staff Writer".
ROLE_AT_END: Final = re.compile(
    r"(?:\s\w+)?\s(?i:writer|reporter|correspondent|editor|contributor|columnist)$"
)
_ROLES: Final = ("writer", "reporter", "correspondent", "editor", "contributor", "columnist")


def role_at_end(text: str) -> re.Match[str] | None:
    """ROLE_AT_END.search(text), searched only where the lower-cased text ends with a role (or
    before newlines there, as "$" also matches before a final one): case-blind, sre folds onto a
    role's letters their capitals only, and "ı", "İ" onto "i", "ſ" onto "s" (a text holding one
    is let through: str.lower() does not give their letter alone). The pattern is tried at every
    space of the text, and most texts end with no role."""
    if not text.lower().rstrip("\n").endswith(_ROLES) and (
        text.isascii() or not ("ı" in text or "İ" in text or "ſ" in text)
    ):
        return None
    return ROLE_AT_END.search(text)


# An agency after a name, a space between ("Ann Example Reuters", "Bo Other AP").
_AGENCY_AT_END: Final = re.compile(
    r"\s+(?:AP|AFP|dpa|Reuters|EFE|ANSA|PTI|IANS|ANI|Associated Press|The Associated Press)$"
)

# An agency named alone where a byline stands ("Reuters November 18, 2025", "AP - 16/05/2025").
AGENCY: Final = re.compile(r"(?:AP|AFP|dpa|Reuters|EFE|ANSA|PTI|IANS|ANI|Associated Press)")
_CAPITALISED: Final = re.compile(r"^[^\W\d_][\w.'’-]*$")


def is_name(part: str) -> bool:
    words = part.split()
    return 2 <= len(words) <= 4 and all(w[0].isupper() and _CAPITALISED.match(w) for w in words)


def is_role(text: str) -> bool:
    """A writer's role alone on a line ("News Reporter", "Senior Correspondent", "Staff")."""
    return len(text.split()) <= 3 and (
        role_at_end(" " + text.strip()) is not None or text.strip().casefold() == "staff"
    )


def is_role_or_agency(text: str) -> bool:
    """A writer's role (is_role) or an agency named alone on a line ("Associated Press", "AFP")."""
    return is_role(text) or AGENCY.fullmatch(text.strip()) is not None


_OPENER: Final = re.compile(r"^(?:by|von|par|por|door|av|af)\s+(?=\S)", re.IGNORECASE)


def _bare(name: str) -> str:
    """A name to compare publishers by: no case, no leading "The"."""
    name = name.strip().casefold()
    return name[4:] if name.startswith("the ") else name


def _affiliation(name: str, own: str) -> bool:
    """What a name's comma leads to when it is no second person: a one-word title or degree, a
    publication ("The Example Post"), the outlet itself or one of its desks."""
    bare = _bare(name)
    return (
        len(name.split()) == 1
        or name.casefold().startswith("the ")
        or bool(own and (own in bare or bare in own))
    )


def tidy_authors(names: list[str], outlet: str | None, host: str | None = None) -> list[str]:
    """The people a page declares as its authors, as a reader would write them: the byline's
    "By" off, a role or agency after a comma or a bar off ("By Ann Example, AP Sports Writer"),
    names joined by "and" apart, and the outlet itself or a bare domain ("Example.com") left
    out: a publisher is no author. Nor is what names no person (no_person): a newsroom or a
    role alone, a wire, a company, a web address, an account's handle, the outlet by its short
    name or its host's ("Sky" on "Sky News", "Weltwoche" on weltwoche.ch)."""
    own = _bare(outlet or "")
    cores = outlet_cores(outlet or "", host or "")
    out: list[str] = []
    for raw in names:
        text = html.unescape(raw).strip()
        text = _OPENER.sub("", text.split("|")[0].strip())  # "Ann Example | Harbour Times"
        parts = split_authors(text) if (_OPENER.match(raw.strip()) or "," in text) else [text]
        if len(parts) == 1 and _NAME_JOIN.search(text) is not None:
            pair = split_authors(text)  # "Ann Example and Bob Sample", two people declared as one
            if len(pair) > 1 and all(_full_name(p) for p in pair):
                parts = pair
        for n, name in enumerate(parts):
            name = _person(name.strip(" ,."))
            if not name or (len(parts) > 1 and ROLE_OR_AGENCY.search(name)):
                continue
            if n and "," in text and _affiliation(name, own):
                continue  # "Ann Example, Harbour Times", "Ann Example, MS, RDN"
            if _bare(name) == own or DOMAIN.match(name) or no_person(name, cores):
                continue
            if name not in out:
                out.append(name)
    return out


def _full_name(text: str) -> bool:
    """Two to four words, each capitalised: a person's name as a byline writes it."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
