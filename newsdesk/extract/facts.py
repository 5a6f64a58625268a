"""Header facts as pages write them, whatever the markup: "By ...", "Source: ...", "4 Min Read",
"2 Shares". Shared by the HTML and the text-dump readers, so both read a byline the same way.
"""

from __future__ import annotations

import html
import re
from collections.abc import Set as AbstractSet
from typing import Final

BYLINE = re.compile(
    r"^(?:by|written by|words by|reporting by|posted by|published by)\s*:?\s+([^|•·]{2,120}?)\s*$",
    re.IGNORECASE,
)
# "Par E. NURDIN - 05:01", "Por Ana Ruiz", "Von Jan Muster", "Af Ritzau", "Artikel von: Von
# Jan Muster", "Text: Eva Beispiel": other languages' bylines. Those words also begin
# sentences ("Por su parte, ..."), so the names must look like names, and a dash after them
# parts a date ("Par E. NURDIN - 05:01") only with a space before it ("Av Oslo-båten ..."); a
# bar parts anything ("Par : Ann Example| Actu"), a colon may follow the opener, the writer's
# role may follow in brackets ("Autori: Anna Piemēra (redaktore)").
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
    r"^(?i:(?:artikel von:?\s+)?(?:par|por|von|door|oleh|af|av|автор:?|autor(?:in)?:|autori:"
    r"|text:|tekst:))(?:\s*:)?"
    rf"\s+({_NAME}(?:(?:,\s*|\s(?:und|et|y|en|og|och)\s+){_NAME})*)\s*"
    rf"(?:(?:\s[-|–—•·(]|\||,).*|(?<=\s)(?:{_PUBLISHED}|{_ON_DAY})\s.*)?$"
)
# "كتب ضحى عرفة", "كتبت: أسماء نصار", "بقلم علي حسن - القاهرة": Arabic's "wrote" and "by the
# pen of" before a name. No capital tells a name there, and "كتب" opens sentences too ("كتب
# الوزير في رسالته ..."), so the name is two to four words of letters, nothing after it but a
# part set off by a dash, a bar or a comma (a place, a date), and no stop closes the line.
_CASELESS_BYLINE = re.compile(
    r"^(?:كتب|كتبت|بقلم)\s*:?\s+((?:[^\W\d_]{2,}\s+){1,3}[^\W\d_]{2,})"
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
CREDIT = re.compile(r"^(?:source|sources|via|credit)\s*:\s*(.{2,80})$", re.IGNORECASE)
_READING = re.compile(
    r"(\d{1,3})\s*(?:-\s*)?min(?:ute)?s?\.?\s*(?:read|reading(?: time)?)\b", re.IGNORECASE
)
_SHARES = re.compile(r"^([\d,.]+)\s*(k)?\s+shares?$", re.IGNORECASE)
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
# The writer's handle after the name, glued or spaced ("Ann Example@annexample"), not an
# address ("ann@example.org").
_HANDLE_IN = re.compile(r"\s*@\w{2,}(?=[\s,;/|]|$)")


# "By signing in, you agree ...", "By continuing to browse ...": a prompt opening with "by" and
# a verb's -ing form in lower case, never a name.
_BY_DOING = re.compile(r"^[a-z]+ing\b")


# The first letters, in both cases, of the lines BYLINE (_BY_INITIALS) and _FOREIGN_BYLINE
# can match (no other letter folds onto these under IGNORECASE): most lines open otherwise,
# and are told so before the patterns are tried.
_BY_INITIALS: Final = frozenset("bBwWrRpP")
_BYLINE_INITIALS: Final = _BY_INITIALS | frozenset("aAvVdDoOtTаА")


def byline(text: str) -> str | None:
    """The names in a "By ..." line, or None if the line is not a byline."""
    m: re.Match[str] | None = None
    if text[:1] in _BYLINE_INITIALS:
        m = BYLINE.match(text) or _FOREIGN_BYLINE.match(text)
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
    m = BYLINE.match(text)
    return m is not None and _BY_DOING.match(m.group(1)) is None


def split_authors(names: str | None) -> list[str]:
    """ "Ada Quill and Tom Reed", "Ada Quill, Tom Reed & Lea Moss" as separate names; a date the
    byline runs on into is cut off first."""
    if not names:
        return []
    names = _BYLINE_STAMP.sub("", _BYLINE_TAIL.sub("", names.strip()))
    names = _HANDLE_IN.sub("", _BYLINE_DATED.sub("", names))
    if "min" in names and (reading := _READING.search(names)) is not None and reading.start():
        names = names[: reading.start()]  # "Ann Example, Harbour News 7 minute read", run on
    return [n.strip(" ,.") for n in _NAME_JOIN.split(names) if n.strip(" ,.")]


def byline_people(names: str | None) -> list[str]:
    """The people of a byline's names (split_authors), what follows them that is no person left
    out as tidy_authors does: a role or an agency ("Ann Example, AP Sports Writer"), a
    publication or a one-word title after the first ("Ann Example, The Harbour Times")."""
    parts = [_person(part) for part in split_authors(names)]
    # "by admin", "by Redaktion", "by writer_2041", "by Example News Service": no person
    parts = [part for part in parts if not _no_person(part, _NO_OUTLET)]
    if len(parts) < 2:
        return parts
    return [
        part
        for n, part in enumerate(parts)
        if not (
            _ROLE_OR_AGENCY.search(part)
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
    Example Ann Example", a link and its label). Only where a name of capitalised words is left."""
    for glue in _GLUE.finditer(part):
        rest = part[glue.start() :]
        if (
            _ROLE_OR_AGENCY.match(rest)
            or rest.startswith("The ")
            or _ROLE_AT_END.search(" " + rest)
        ) and _name(part[: glue.start()]):
            part = part[: glue.start()]
            break
    m = _NAME_TAIL.search(part)
    if m is not None and _name(part[: m.start()]):
        rest = part[m.end() :]
        if m.group().strip() in ("in", "IN") or _ROLE_OR_AGENCY.search(rest):
            part = part[: m.start()]
    role = _ROLE_AT_END.search(part) or _AGENCY_AT_END.search(part)
    if role is not None and _name(part[: role.start()]):
        part = part[: role.start()]  # (an agency after the last name: "... and Bo Other Reuters")
    words = part.split()
    half = len(words) // 2
    if half >= 2 and len(words) == 2 * half and words[:half] == words[half:]:
        part = " ".join(words[:half])
    glued = _GLUED_BY.search(part)
    if glued is not None and part[: glued.start()] == part[glued.end() :]:
        # the name, then its byline glued on: "Ann ExampleBy Ann Example"
        part = part[: glued.start()]
    return part


# A byline's word glued to the name before it, the name printed again after it.
_GLUED_BY: Final = re.compile(r"(?<=[a-zß-ÿ])(?:By|Von|Por|Par) (?=[A-Z])")


def credit(text: str) -> str | None:
    m = CREDIT.match(text)
    return m.group(1).strip() if m else None


def reading_minutes(text: str) -> int | None:
    """ "4 Min Read", "Reading time: 5 minutes read" in a short line."""
    if len(text) >= 60:
        return None
    m = _READING.search(text)
    return int(m.group(1)) if m else None


def shares(text: str) -> int | None:
    """ "2 Shares", "1,204 shares", "3.4k shares"."""
    m = _SHARES.match(text.strip())
    if not m:
        return None
    try:
        count = float(m.group(1).replace(",", ""))
    except ValueError:
        return None
    return int(count * (1000 if m.group(2) else 1))


# The names of a site's sections and its front page, as its menu prints them (English, German,
# French, Spanish, Portuguese, Italian, Dutch, Scandinavian, Finnish, Polish, Russian, Ukrainian,
# Turkish, Indonesian): printed at the top and again in the footer they repeat as a site's name
# does, but name no publisher.
_SECTION_NAMES: Final = frozenset(
    ["news", "latest news", "top stories", "latest", "sport", "sports", "home", "homepage",
     "home page", "front page", "startseite", "nachrichten", "accueil", "actualités", "actualité",
     "infos", "inicio", "portada", "noticias", "notícias", "últimas notícias", "notizie", "nieuws",
     "nyheter", "nyheder", "uutiset", "wiadomości", "новости", "новини", "haberler", "haber",
     "berita", "beranda", "business", "politics", "world", "opinion", "entertainment", "lifestyle",
     "tech", "technology", "local", "weather", "culture", "health", "science", "video", "videos",
     "photos", "blog", "blogs", "menu", "sections"]
)  # fmt: skip


def is_section_name(text: str) -> bool:
    """A section's or the front page's name alone ("News", "SPORTS", "Startseite"): never the
    publisher's name."""
    return " ".join(text.split()).strip(" :»›>|").casefold() in _SECTION_NAMES


# What follows a name after a comma or a bar and is no person: the writer's role ("AP Sports
# Writer", "Staff Reporter") or an agency ("Associated Press", "dpa").
_ROLE_OR_AGENCY: Final = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|contributor|columnist|staff|associated press"
    r"|press association|AP|AFP|dpa|Reuters|EFE|ANSA|PTI|IANS)\b",
    re.IGNORECASE,
)
_OPENER: Final = re.compile(r"^(?:by|von|par|por|door|av|af)\s+(?=\S)", re.IGNORECASE)
_DOMAIN: Final = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)


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
    out: a publisher is no author. Nor is what names no person (_no_person): a newsroom or a
    role alone, a wire, a company, a web address, an account's handle, the outlet by its short
    name or its host's ("Sky" on "Sky News", "Weltwoche" on weltwoche.ch)."""
    own = _bare(outlet or "")
    cores = _outlet_cores(outlet or "", host or "")
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
            name = name.strip(" ,.")
            if not name or (len(parts) > 1 and _ROLE_OR_AGENCY.search(name)):
                continue
            if n and "," in text and _affiliation(name, own):
                continue  # "Ann Example, Harbour Times", "Ann Example, MS, RDN"
            if _bare(name) == own or _DOMAIN.match(name) or _no_person(name, cores):
                continue
            if name not in out:
                out.append(name)
    return out


# Words that name a newsroom, a desk, a role or a site's account, never a person: a declared
# author made of them alone ("Redaktion", "Online News Editor", "Staff", "subject", a blog
# theme's "Posted on May 3, 2025 by admin") names no writer.
_NO_PERSON_WORDS: Final = frozenset(
    ["subject", "editor", "editors", "staff", "admin", "administrator", "webmaster", "wpadmin",
     "redaktion",
     "rédaction", "redaction", "redacción", "redação", "redazione", "redactie", "redaksi",
     "newsroom", "desk", "team", "online", "news", "web", "digital", "editorial", "board",
     "reporter", "reporters", "writer", "writers", "author", "autor", "auteur", "guest", "user",
     "contributor", "contributors", "site", "de", "da", "della", "der", "la", "le", "the"]
)  # fmt: skip
# A newsroom named first ("Redazione ANSA", "Redaktion Example"), a wire or a news service
# last ("CNN Wire"), a company's legal form last ("Example Media GmbH").
_NEWSROOM_FIRST: Final = re.compile(
    r"^(?:redaktion|rédaction|redacción|redação|redazione|redactie|redaksi|newsroom)\b", re.I
)
_WIRE: Final = re.compile(r"\b(?:wire|newswire|news service|news agency)$", re.I)
_FIRM: Final = re.compile(r"\s(?:GmbH|AG|Ltd\.?|Inc\.?|LLC|plc|S\.A\.|d\.o\.o\.)$", re.I)
# A web address inside a name ("Example Post (www.example.com)", "Example.de GmbH").
_WEB_ADDRESS: Final = re.compile(
    r"https?://|www\.|\b[\w-]{2,}\.(?:com|net|org|info|de|ch|at|fr|es|it|nl|uk|ru|br|in|io|co|jp|pl"
    r"|be|dk|se|no|fi|ca|au|us|tv)\b"
)
# Words a publication's name carries beside its own ("Sky News", "Example Magazine").
_MEDIA_WORDS: Final = frozenset(
    ["news", "magazine", "magazin", "international", "online", "times", "daily", "tv", "radio",
     "the", "die", "der", "das", "la", "le", "el", "il", "articles", "blog", "media", "com",
     "www", "herald", "post", "gazette", "journal", "tribune", "chronicle", "observer",
     "express", "telegraph", "today", "weekly", "zeitung", "zeitschrift", "nachrichten",
     "noticias", "notizie", "nieuws", "diario", "jornal", "gazeta", "revista",
     "rivista"]
)  # fmt: skip


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _outlet_cores(outlet: str, host: str) -> set[str]:
    """The outlet's name as a byline could declare it: whole, without the words around a
    publication's own ("Sky" of "Sky News"), and its host's labels ("weltwoche" of
    www.weltwoche.ch); its first part only where a bar or a dash adds a slogan."""
    cores: set[str] = set()
    name = re.split(r"\s[|–—:-]\s", outlet)[0]
    for text in (name, host):
        if _DOMAIN.match(text.strip()):
            labels = text.strip().casefold().split(".")[:-1]
            cores.update(_squash(lb) for lb in labels if lb not in ("www", "m", "news", "co"))
            text = ".".join(labels)
        words = re.findall(r"\w+", text.casefold())
        cores.add(_squash(text))
        cores.add("".join(w for w in words if w not in _MEDIA_WORDS))
    cores.discard("")
    return cores


def _no_person(name: str, cores: AbstractSet[str]) -> bool:
    """A declared author that names no person (see tidy_authors)."""
    words = re.findall(r"\w+", name.casefold())
    if not words or all(w in _NO_PERSON_WORDS for w in words):
        return True
    if declared_source(name) or _FIRM.search(name) or _WEB_ADDRESS.search(name):
        return True
    if " " not in name.strip() and (
        any(ch.isdigit() or ch == "_" for ch in name) or (name.islower() and "admin" in name)
    ):
        return True  # an account's handle or address: "writer_2041", "jdadmin", "192.0.2.7"
    squashed = _squash(name)
    bare = "".join(w for w in words if w not in _MEDIA_WORDS)
    head = _squash(re.split(r"\s[–—:-]\s", name)[0])  # "Example - the Example news site"
    return squashed in cores or (bool(bare) and bare in cores) or head in cores


def declared_source(name: str) -> str | None:
    """A wire, a news service or a newsroom declared as the author ("CNN Wire", "Redazione
    Example"): no person, but the story's source, kept as the article's credit."""
    name = html.unescape(name).split("|")[0].strip()
    return name if _WIRE.search(name) or _NEWSROOM_FIRST.match(name) else None


def _full_name(text: str) -> bool:
    """Two to four words, each capitalised: a person's name as a byline writes it."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


# A share bar's words, glued or spaced ("Share on FacebookShare on Twitterwhatsapp", "0Email
# this to someone", "Delen via Whatsapp Delen via Facebook", "Close share panel", "Bookmark and
# Share"), networks found inside glued words, the small words around them only whole.
_SHARE_WORD: Final = re.compile(
    r"share|sharing|e-?mail|tweet|facebook|twitter|whatsapp|linkedin|pinterest|telegram|reddit"
    r"|messenger|flipboard|tumblr|google ?plus|google\+|blogthis|teilen|partager|partagez|compartir"
    r"|compartilh[ae]r?|condividi|delen|udostępnij|поделиться|مشاركة",
    re.IGNORECASE,
)
_SHARE_FILLER: Final = re.compile(
    r"(?<!\w)(?:on|via|this|to|about|someone|the|and|or|pin|more|connect|comments?|print|close"
    r"|open|panel|options?|all|extra|is|caring|bookmark|page|article|story|post|it|link|copy"
    r"|with|your|friends?|a|an|x|sur|auf|per|en|por|par|su|op|dit|diesen|artikel|cet|article"
    r"|beitrag)(?!\w)",
    re.IGNORECASE,
)

_SHARE_LABEL: Final = re.compile(r"^(?:share|sharing)\b[^:]{0,40}\b(?:for|on|via)\s*:\s", re.I)
# What every match of _SHARE_WORD holds once the text is casefolded, its dotless "ı" read as
# "i" and the dot a casefolded "İ" leaves dropped: the letters IGNORECASE matches to ASCII
# letters other than their own cases ("ı", "İ" for "i", "ſ" for "s", "K" for "k") casefold to
# them so, and so do the Cyrillic ones. A case-blind alternation is tried at every position
# of the line (0.1 ms on a long paragraph); these substring tests rule out nearly every line.
_SHARE_KEYS: Final = (
    "shar", "mail", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest",
    "telegram", "reddit", "messenger", "flipboard", "tumblr", "google", "blogthis", "teilen",
    "partag", "compart", "condividi", "delen", "udostępnij", "поделиться", "مشاركة",
)  # fmt: skip


def _may_share(text: str) -> bool:
    """False for a text _SHARE_WORD cannot match (see _SHARE_KEYS)."""
    folded = text.casefold()
    if "ı" in folded:
        folded = folded.replace("ı", "i")
    if "\u0307" in folded:
        folded = folded.replace("\u0307", "")
    return any(key in folded for key in _SHARE_KEYS)


def _holds_share_word(text: str) -> bool:
    """Whether a text holds a word of sharing (_SHARE_WORD), searched only where _may_share."""
    return _may_share(text) and _SHARE_WORD.search(text) is not None


def is_share_bar(text: str) -> bool:
    """A share bar or button printed as a line: its words are networks, share verbs and the
    small words between them, one other word at most ("Share this page:", "Tweet on Twitter",
    "Sharing is caring!"). A headline about a network says more ("Harbour Times quits
    Facebook over ads", "Share prices fall ...")."""
    if not _holds_share_word(text):
        return False
    if _SHARE_LABEL.match(text):
        return True  # "Share All sharing options for: <the headline>": the button's label
    rest = _SHARE_FILLER.sub(" ", _SHARE_WORD.sub(" ", text))
    return sum(1 for word in rest.split() if any(ch.isalpha() for ch in word)) <= 1


def share_label_title(text: str) -> str | None:
    """The headline a share button names in its label ("Share All sharing options for: <the
    headline>"), or None."""
    m = _SHARE_LABEL.match(text)
    rest = text[m.end() :].strip() if m else ""
    return rest if len(rest.split()) >= 2 else None


_CAPITALISED: Final = re.compile(r"^[^\W\d_][\w.'’-]*$")
_NAME_PARTS: Final = re.compile(r"\s*(?:,|\||\band\b|&)\s*")


# A name and the writer's handle, perhaps after a comma or in brackets, perhaps more facts after
# them: "Ann Example @annexample / 2 days", "Ann Example, @annexample", "Ann Example (@annexample)".
_HANDLE: Final = re.compile(r"^([^@(]+?),?\s+(\()?@\w{2,}(?(2)\))(?:\s*(?:[/|·•-]\s.*)?)?$")
# A role closing a byline without "By": "Harbour editor", "Senior Contributor", "Staff Writer".
_ROLE_AT_END: Final = re.compile(
    r"(?:\s\w+)?\s(?i:writer|reporter|correspondent|editor|contributor|columnist)$"
)
# An agency after a name, a space between ("Ann Example Reuters", "Bo Other AP").
_AGENCY_AT_END: Final = re.compile(
    r"\s+(?:AP|AFP|dpa|Reuters|EFE|ANSA|PTI|IANS|ANI|Associated Press|The Associated Press)$"
)
_ROLE_LINE: Final = 6  # words of a name and its role at most


def is_role(text: str) -> bool:
    """A writer's role alone on a line ("News Reporter", "Senior Correspondent", "Staff")."""
    return len(text.split()) <= 3 and (
        _ROLE_AT_END.search(" " + text.strip()) is not None or text.strip().casefold() == "staff"
    )


def is_role_or_agency(text: str) -> bool:
    """A writer's role (is_role) or an agency named alone on a line ("Associated Press", "AFP")."""
    return is_role(text) or _AGENCY.fullmatch(text.strip()) is not None


def _name(part: str) -> bool:
    words = part.split()
    return 2 <= len(words) <= 4 and all(w[0].isupper() and _CAPITALISED.match(w) for w in words)


# An agency named alone where a byline stands ("Reuters November 18, 2025", "AP - 16/05/2025").
_AGENCY: Final = re.compile(r"(?:AP|AFP|dpa|Reuters|EFE|ANSA|PTI|IANS|ANI|Associated Press)")
# Words that label a date or open a header's line, never a name's ("Last Updated", "Posted On").
_DATE_LABELS: Final = frozenset(
    ["updated", "published", "posted", "modified", "created", "last", "date", "on", "at",
     "original", "originally", "edited", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "today", "aktualisiert", "veröffentlicht", "publié", "publiée",
     "publicado", "publicada", "actualizado", "atualizado", "pubblicato", "aggiornato",
     "gepubliceerd", "bijgewerkt", "opublikowano", "zaktualizowano"]
)  # fmt: skip


def dated_name(text: str) -> list[str]:
    """The person or agency a header's line of facts names before its date, where no "By" says
    so: the words left of the date ("Ann Example - Nov 19, 2025, 10:31 pm", "Ann Example
    15.06.2025, 12.11 Uhr", "Reuters November 18, 2025", "Ann Example, The Harbour News
    Published 7:40 p.m. March 17, 2025"), cut of a label and a time, are a name of two to four
    capitalised words, an agency, or a name and its outlet. A label ("Last Updated"), a place
    of one word ("London"), a section's name ("Latest News") is none."""
    text = text.strip(_TRIM)
    while True:
        rest = _TRAILING_LABEL.sub("", text).strip(_TRIM)
        if rest == text:
            break
        text = rest
    if not text or is_section_name(text):
        return []
    if _AGENCY.fullmatch(text):
        return [text]
    words = [w.casefold().strip(":") for w in text.split()]
    if any(w in _DATE_LABELS for w in words) or words[0] in _ARTICLES:
        return []
    if _name(text) and not any(w in _OUTLET_WORDS for w in words):
        return [text]
    if is_bare_byline(text, role=False) and "," in text:
        return bare_byline_people(text)
    # "Show - Ann Example (The Harbour Star) -": the part nearest the date, its outlet or the
    # writer's handle in brackets cut off ("Ann Example (@annexample)")
    parts = _DATED_PARTS.split(text)
    last = _BRACKETED.sub("", parts[-1]).strip(_TRIM)
    if last and last != text and _BRACKETED.search(parts[-1]) is not None:
        return dated_name(last)
    return []


_DATED_PARTS: Final = re.compile(r"\s+[-–—|/]\s+")
_BRACKETED: Final = re.compile(r"\s*\([^()]{2,40}\)\s*$")


# A publication's name opens with an article ("La Información", "The Harbour") or holds a word
# of the trade ("Harbour News Australia"), as a person's never does.
_ARTICLES: Final = frozenset(
    ["the", "la", "el", "le", "il", "lo", "les", "los", "las", "der", "die", "das", "het", "o",
     "os"]
)  # fmt: skip
_OUTLET_WORDS: Final = frozenset(
    ["news", "times", "post", "daily", "journal", "herald", "tribune", "press", "media", "tv",
     "radio", "online", "magazine", "gazette", "network", "staff", "desk", "team", "newsroom",
     "agency", "agencia", "agência", "agenzia", "agentur", "redaktion", "redacción", "rédaction"]
)  # fmt: skip


def lone_name(text: str) -> list[str]:
    """A name printed alone on its line beside the story's date (dated_name), told more
    strictly: not set in capitals (a post's title, a section, as often as a name), no word of
    a share bar or a button's ("Email Bio Follow"), no article opening it ("Ein Albtraum")."""
    if text.lstrip()[:1] in "-–—―~" or (text.isupper() and not _AGENCY.fullmatch(text.strip())):
        # "— Ann Example": a quotation's speaker
        return []
    if _holds_share_word(text) or any(w.casefold() in _LONE_STOPS for w in text.split()):
        return []
    return dated_name(text)


# Words of a page's labels and buttons that dated_name lets pass as a name's beside a date.
_LONE_STOPS: Final = frozenset(
    ["a", "an", "ein", "eine", "un", "una", "uno", "une", "um", "uma", "een", "sponsored",
     "advertisement", "anzeige", "blog", "review", "follow", "bio", "more", "comments",
     "comment", "print", "read", "share", "subscribe", "login", "menu", "home"]
)  # fmt: skip
_TRIM: Final = " \t-–—|·•/,:"
# A time of day or a date's label closing what stands before the date ("... Published 7:40 pm").
_TRAILING_LABEL: Final = re.compile(
    r"(?:\s|^)(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?|(?i:updated|published"
    r"|posted|on|at|am|le|el|il|vom|aktualisiert|veröffentlicht|publié|publicado|pubblicato):?)$"
)


def handle_name(text: str) -> str | None:
    """The name before the writer's handle on a line of a byline without "By" ("Ann Example,
    @annexample"), or None: a writer's, never a picture's credit."""
    handle = _HANDLE.match(text)
    return handle.group(1).strip(" ,") if handle is not None and _name(handle.group(1)) else None


def bare_byline_people(text: str) -> list[str]:
    """The people of a byline without "By" (a line is_bare_byline holds): the name before the
    writer's handle ("Ann Example @annexample / 2 days") or before a role closing the line
    ("Ann Example Harbour editor"), else its names without the roles, agencies and publications
    after them ("Ann Example and Bo Example, Associated Press")."""
    if (name := handle_name(text)) is not None:
        return [name]
    text = text.split("|")[0]  # "Ann Example, Bo Example | Harbour Times"
    if len(_NAME_PARTS.split(text.strip())) == 1 and (named := _ROLE_AT_END.search(text)):
        return [text[: named.start()].strip()]
    return byline_people(text)


def is_bare_byline(text: str, *, role: bool = False) -> bool:
    """A byline without its "By", as a header prints it over the date: "Ann Example, The
    Associated Press", "Ann Example Harbour editor", "Ann Example, Bo Example | Harbour Times",
    "Ann Example and Bo ExampleHarbour Times" (names of two to four capitalised words, an agency
    or role after them). A headline has words of another shape ("Ann Example wins the vote").
    `role`: only with a role or an agency named ("Ann Example, AP Sports Writer"), as where no
    date was read under the line, a headline of two names ("Ann Example and Bo Example") is not
    rare."""
    if len(text.split()) > 12 or text.rstrip().endswith((".", "?", "!")):
        return False
    if handle_name(text) is not None:
        return True  # "Ann Example @annexample / 2 days": a name and the writer's handle
    if role and _ROLE_OR_AGENCY.search(text) is None:
        return False
    parts = [p for p in _NAME_PARTS.split(text.strip()) if p]
    if len(parts) == 1 and (named := _ROLE_AT_END.search(text)) is not None:
        # "Ann Example Harbour editor", "Ann B. Example Senior Contributor": a name, then a role
        # of a word or two closing a short line
        return len(text.split()) <= _ROLE_LINE and _name(text[: named.start()])
    if not parts or not _name(parts[0]):
        return False
    if len(parts) == 1:
        return False
    if len(parts) == 2 and text.isupper() and " " not in parts[1].strip():
        return True  # "ANN EXAMPLE, HARBOURTIMES": a name and its outlet, set in capitals
    return all(
        _name(p) or _ROLE_OR_AGENCY.search(p) or p.casefold().startswith("the ") for p in parts[1:]
    )
