"""Declared authors that name no person: a newsroom, a desk or a role alone, a wire, a company,
a web address, an account's handle, the outlet itself by its name or its host's. Shared by the
HTML reader (tidy_authors) and the text reader (byline_people).
"""

from __future__ import annotations

import html
import re
from collections.abc import Set as AbstractSet
from typing import Final

DOMAIN: Final = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)

# Words that name a newsroom, a desk, a role or a site's account, never a person: a declared
# author made of them alone ("Redaktion", "Online News Editor", "Staff", "subject", a blog
# theme's "Posted on May 3, 2025 by admin") names no writer.
_NO_PERSON_WORDS: Final = frozenset(
    ["subject", "editor", "editors", "staff", "admin", "administrator", "webmaster", "wpadmin",
     "redaktion",
     "rédaction", "redaction", "redacción", "redação", "redazione", "redactie", "redaksi",
     "newsroom", "desk", "team", "online", "news", "web", "digital", "editorial", "board",
     "reporter", "reporters", "writer", "writers", "author", "autor", "auteur", "guest", "user",
     "contributor", "contributors", "site", "publisher", "publishers", "title", "de", "da", "della",
     "der", "la", "le", "the"]
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


_WORD: Final = re.compile(r"\w+")
# Where an outlet's name ends and its slogan begins: "Name | Slogan", "Name - Slogan".
_SLOGAN_BAR: Final = re.compile(r"\s[|–—:-]\s")
_SLOGAN_DASH: Final = re.compile(r"\s[–—:-]\s")


def squash(text: str) -> str:
    """A name as names are compared: case folded, letters and digits only."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def outlet_cores(outlet: str, host: str) -> set[str]:
    """The outlet's name as a byline could declare it: whole, without the words around a
    publication's own ("Sky" of "Sky News"), and its host's labels ("weltwoche" of
    www.weltwoche.ch); its first part only where a bar or a dash adds a slogan."""
    cores: set[str] = set()
    name = _SLOGAN_BAR.split(outlet)[0]
    for text in (name, host):
        if DOMAIN.match(text.strip()):
            labels = text.strip().casefold().split(".")[:-1]
            cores.update(squash(lb) for lb in labels if lb not in ("www", "m", "news", "co"))
            text = ".".join(labels)
        words = _WORD.findall(text.casefold())
        cores.add(squash(text))
        cores.add("".join(w for w in words if w not in _MEDIA_WORDS))
    cores.discard("")
    return cores


def no_person(name: str, cores: AbstractSet[str]) -> bool:
    """A declared author that names no person (see tidy_authors)."""
    words = _WORD.findall(name.casefold())
    if not words or all(w in _NO_PERSON_WORDS for w in words):
        return True
    if declared_source(name) or _FIRM.search(name) or _WEB_ADDRESS.search(name):
        return True
    if " " not in name.strip() and (
        any(ch.isdigit() or ch == "_" for ch in name) or (name.islower() and "admin" in name)
    ):
        return True  # an account's handle or address: "writer_2041", "jdadmin", "192.0.2.7"
    squashed = squash(name)
    bare = "".join(w for w in words if w not in _MEDIA_WORDS)
    head = squash(_SLOGAN_DASH.split(name)[0])  # "Example - the Example news site"
    return squashed in cores or (bool(bare) and bare in cores) or head in cores


# The words of _MEDIA_WORDS a person's name may hold too ("Jean le Example"): no sign of a
# publication.
_ARTICLE_WORDS: Final = frozenset(["the", "die", "der", "das", "la", "le", "el", "il"])


def publication_core(name: str) -> str:
    """The own part of a name written as a publication's ("zitrod" of "Zitrod Articles",
    "opapel" of "Jornal O Papel"): its words but those of the trade, squashed; "" where it holds
    no word of the trade (a person's name never does) or nothing else."""
    words = _WORD.findall(name.casefold())
    if not any(w in _MEDIA_WORDS and w not in _ARTICLE_WORDS for w in words):
        return ""
    return "".join(w for w in words if w not in _MEDIA_WORDS)


def declared_source(name: str) -> str | None:
    """A wire, a news service or a newsroom declared as the author ("CNN Wire", "Redazione
    Example"): no person, but the story's source, kept as the article's credit."""
    name = html.unescape(name).split("|")[0].strip()
    return name if _WIRE.search(name) or _NEWSROOM_FIRST.match(name) else None
