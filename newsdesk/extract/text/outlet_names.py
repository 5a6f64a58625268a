"""A name a page prints, as compared and as reported, and the holder its copyright line names
("(c) 2031 Harbour Times Ltd. All rights reserved": "Harbour Times Ltd", compared as
"harbourtimes"). What text/outlet.py weighs its signs with."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from newsdesk.extract.text.line_chrome import may_hold

# The copyright's sign, and what surrounds the holder's name in its line.
_MARK: Final = re.compile(r"©|\((?:c|C)\)|ⓒ|(?i:\bcopyrights?\b)")
# What parts a copyright line's pieces: its sign, its words ("All rights reserved", in a few
# languages; who built the site), years, separators. The words' alternatives are tried at every
# character and cost nearly all of a search: a line holding none of their keys (case-blind, as
# IGNORECASE matches) is searched without them (_NOT_NAME_PLAIN), to the same pieces.
_NAME_MARKS: Final = r"©|\((?:c|C)\)|ⓒ"
_NAME_WORDS: Final = (
    r"|(?i:\bcopyrights?\b|all rights reserved|rights reserved"
    r"|todos los derechos reservados|todos os direitos reservados|tous droits réservés"
    r"|alle rechte vorbehalten|tutti i diritti riservati|\ball\b"
    # Who built the site, not who holds it: "Powered by WordPress VIP", "Theme by Example".
    r"|(?:powered|designed|developed|hosted|theme|website|site) by\s[^|•·,;©]*)"
)
_NAME_WORD_KEYS: Final = (
    "copyright", "rights", "derechos", "direitos", "droits", "rechte", "diritti", "all", " by",
)  # fmt: skip
_NAME_STOPS: Final = (
    r"|\b(?:1[89]|20)\d\d\b(?:\s*[-–—/]\s*(?:(?:1[89]|20)?\d\d\b)?)?"
    r"|\s[|·•–—-]\s|[|•]|\.\s|\.$|,|;|:\s"
)
_NOT_NAME: Final = re.compile(_NAME_MARKS + _NAME_WORDS + _NAME_STOPS)
_NOT_NAME_PLAIN: Final = re.compile(_NAME_MARKS + _NAME_STOPS)
# Words a holder's or a line's name carries beyond the outlet's name: the company's form, a logo.
_SUFFIXES: Final = frozenset(
    [
        "inc",
        "ltd",
        "llc",
        "limited",
        "co",
        "corp",
        "gmbh",
        "ag",
        "sa",
        "spa",
        "srl",
        "bv",
        "nv",
        "plc",
        "lp",
        "kg",
        "media",
        "group",
        "newspapers",
        "network",
        "logo",
        "homepage",
    ]
)
DOMAIN: Final = re.compile(r"^(?:www\.)?([\w-]+)\.[a-z]{2,6}$")
_NOT_WORD: Final = re.compile(r"[^\w&]+")
MAX_WORDS: Final = 6  # a name's words at most
_HOLDER_CHARS: Final = 120  # after a copyright's sign, where its holder is named


def name_key(text: str) -> str:
    """A name as compared: case-blind, letters and digits only, without a leading "the", a
    company's form ("Ltd.") or a web address's ending ("harbourtimes.example" as "harbourtimes").
    Cached: a menu's items ("Home", "News") recur on every site's pages."""
    return _name_key(text)


@lru_cache(maxsize=16384)
def _name_key(text: str) -> str:
    low = text.lower().strip()
    if "." in low:  # initials with stops, a web address: the patterns only where they may match
        low = " ".join([_squeezed(word) for word in low.split()])
        if low.startswith("www."):
            low = low[4:]
        domain = DOMAIN.match(low)
        if domain:
            low = domain.group(1)
    if not low.replace(" ", "").isalnum():
        low = _NOT_WORD.sub(" ", low)
    words = low.split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return "".join([w for w in words if w != "&"])


def _squeezed(word: str) -> str:
    """A company's form written with stops as one word: "s.a." as "sa", "l.p." as "lp"."""
    bare = word.replace(".", "")
    if len(bare) == 2 and len(word) <= 4 and word[1:2] == "." and bare.isalpha():
        return bare
    return word


def holders(text: str) -> dict[str, str]:
    """The name a copyright line gives its holder, by its key: the stretch right after its
    sign and years ("(c) 2031 Harbour Times Ltd. All rights reserved"), else right before them
    ("Harbour Times (c) 2031"), up to the next separator."""
    found = {}
    for mark in _MARK.finditer(text):
        piece = _first_piece(text[mark.end() : mark.end() + _HOLDER_CHARS])
        if not piece:
            before = [p for p in _pieces(text[: mark.start()]) if p]
            piece = before[-1] if before else ""
        if piece and len(piece.split()) <= MAX_WORDS and any(c.isalpha() for c in piece):
            key = name_key(piece)
            if key:
                found[key] = piece
    return found


def _first_piece(text: str) -> str:
    """The first stretch of a copyright line's text between its signs, years and separators."""
    at = 0
    for m in _not_name(text).finditer(text):
        piece = text[at : m.start()].strip(_STRIP)
        if piece:
            return piece
        at = m.end()
    return text[at:].strip(_STRIP)


def _pieces(text: str) -> list[str]:
    return [p.strip(_STRIP) for p in _not_name(text).split(text)]


def _not_name(text: str) -> re.Pattern[str]:
    """_NOT_NAME, or its equal on this text without the words' alternatives where they cannot
    match (line_chrome.may_hold: none of their keys, case-blind as sre is)."""
    return _NOT_NAME if may_hold(text, _NAME_WORD_KEYS) else _NOT_NAME_PLAIN


_STRIP: Final = " .-–—'\"«»"


def may_mark(text: str) -> bool:
    """Whether _MARK may match: a few substring tests, where sre would try every character."""
    return (
        "©" in text
        or "opyright" in text
        or "OPYRIGHT" in text
        or "(c)" in text
        or "(C)" in text
        or "ⓒ" in text
    )


def display(text: str) -> str:
    """The name as reported: without a trailing logo's or home page's word."""
    words = text.split()
    while len(words) > 1 and words[-1].casefold() in ("logo", "homepage"):
        words.pop()
    return " ".join(words)


def holder_name(piece: str) -> str:
    """A holder's name as reported: without its company's form ("Harbour Times Ltd")."""
    words = piece.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in _SUFFIXES:
        words.pop()
    return " ".join(words).rstrip(",")
