"""The text tests the title chooser's signals are made of (title_choice.py): a candidate's words
and whether the body's first lines say them, and the shapes of lines no headline has (a form's
controls, the site's machinery, a caption closed by a credit, the header's facts, a nested list's
mark, a run of teasers printed alike).

Compiled with the chooser: the word tests read strings a character at a time, where mypyc's
native loops are a few times cheaper than sre (tests/extract hold them to the patterns they
stand for).
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract import dates
from newsdesk.extract.text.lines import Line

TOKEN_CHARS: Final = 4  # letters of a word counted as said
# A word of TOKEN_CHARS letters or more (what long_words finds without sre).
LONG_WORD: Final = re.compile(rf"\w{{{TOKEN_CHARS},}}")
# Scripts written without spaces: their words are read as pairs of characters.
UNSPACED: Final = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")
# A sentence's stop inside a line, the next opening with a capital or a bracket: a caption told
# in sentences ("Harbour at dawn. (Agency)").
_TOLD: Final = re.compile(r"[.!?]\s+[(\[]?[A-Z]")
# A form's controls as text browsers print them: a radio button "( )", "(*)", a check box "[ ]",
# "[X]", a text field "____": a poll's or a search's line, never a headline.
_FORM: Final = re.compile(r"\(\s?\*?\s?\)|\[\s?[*xX]?\s?\]|_{4,}")
# Words that name the site's machinery, not the world's: its forms, buttons, players, widgets
# and errors. A headline may hold one ("Search for the missing climbers", "Report: ..."); a line
# holding two is the page speaking of itself ("Need to report the video?", "This error message
# is only visible to admins", "Recommendation image", "Benötigen Sie Hilfe bei der
# Registrierung"). Case folded; a word is a run of word characters (\w+).
_MACHINERY: Final = frozenset(
    (
        "error", "errors", "admin", "admins", "administrator", "administrators", "input",
        "field", "fields", "required", "search", "searching", "login", "logout", "signin",
        "signup", "password", "username", "user", "users", "account", "accounts", "register",
        "registration", "captcha", "cookie", "cookies", "browser", "browsers", "javascript",
        "settings", "notification", "notifications", "subscribe", "subscribed", "unsubscribe",
        "newsletter", "newsletters", "comment", "comments", "reply", "share", "email", "click",
        "tap", "download", "upload", "submit", "menu", "button", "page", "website", "link",
        "links", "video", "image", "photo", "gallery", "report", "view", "loading",
        "recommended", "recommendation", "recommendations", "sponsored", "advertisement",
        "message", "visible", "enable", "help", "hilfe", "registrierung", "anmelden", "suche",
        "fehler", "kommentar", "kommentare", "teilen", "buscar", "comentarios", "recherche",
        "connexion", "erreur",
    )
)  # fmt: skip
# The same words printed as two ("log in", "sign up", "e-mail").
_MACHINERY_PAIRS: Final = frozenset(("log in", "log out", "sign in", "sign up", "e mail"))
_PAIR_FIRST: Final = frozenset(("log", "sign", "e"))  # the pairs' first words
_WORD: Final = re.compile(r"\w+")
# A sentence closed by a credit in brackets: a picture's caption ("Boats at the quay. (Agency)").
# Its full stop only: a headline may end on a question or a call and what it shows ("Who
# won? (Video)").
_CREDITED: Final = re.compile(r"\.\s*\([^()]{1,40}\)$")
# The mark of a nested list's item as converters print it and lines.py takes for no bullet
# (w3m's "☆", lynx's and inscriptis' "o" before a capital or a figure): a menu's item.
_NESTED_MARK: Final = re.compile(r"[☆★]\s|o\s(?=[A-ZÀ-ÖØ-Þ0-9])")
# A line of the header's facts opening on the word that stamps it ("Published in the May issue").
_STAMPED: Final = re.compile(
    r"(?i:published|posted|updated|erschienen|veröffentlicht|publié|publicado|pubblicato)\b"
)


def told(text: str) -> bool:
    """_TOLD found in the text (asked only of one holding a stop, which each match opens with)."""
    return ("." in text or "?" in text or "!" in text) and _TOLD.search(text) is not None


def form(text: str) -> bool:
    """_FORM found in the text (asked only of one holding what each alternative opens with)."""
    return ("(" in text or "[" in text or "____" in text) and _FORM.search(text) is not None


def tokens(text: str) -> set[str]:
    """A text's words of four letters or more, case folded (in a script without spaces, its
    pairs of characters)."""
    return folded_tokens(text.casefold())


def folded_tokens(folded: str) -> set[str]:
    """tokens of a text already case folded."""
    if not folded.isascii() and UNSPACED.search(folded) is not None:
        chars = [c for c in folded if c.isalnum()]
        return {chars[k] + chars[k + 1] for k in range(len(chars) - 1)}
    return long_words(folded)


def word_char(char: str) -> bool:
    """Whether a character is a word character as \\w reads one."""
    return char.isalnum() or char == "_"


def stands(text: str, word: str) -> bool:
    """Whether `word` (word characters) stands whole in `text`: no word character either side."""
    size = len(word)
    at = text.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not word_char(text[at - 1])) and (
            end == len(text) or not word_char(text[end])
        ):
            return True
        at = text.find(word, at + 1)
    return False


def long_words(text: str) -> set[str]:
    """The runs of word characters of TOKEN_CHARS or more in a text, each whole: the set of
    LONG_WORD.findall(text), read off its space-parted pieces instead (a few times cheaper
    compiled). No space character is a word character (a letter or figure, or "_", as \\w
    reads them: tests/extract check both against every code point), so a run never spans two
    pieces; a piece of letters and figures alone is one run, another is walked."""
    words: set[str] = set()
    for piece in text.split():
        size = len(piece)
        if size < TOKEN_CHARS:
            continue
        if piece.isalnum():
            words.add(piece)
            continue
        run = 0
        for k in range(size):
            char = piece[k]
            if word_char(char):
                run += 1
                continue
            if run >= TOKEN_CHARS:
                words.add(piece[k - run : k])
            run = 0
        if run >= TOKEN_CHARS:
            words.add(piece[size - run :])
    return words


_DIGITS: Final = re.compile(r"\d")
_PERIODS: Final = range(2, 6)  # lines of one teaser in a run of them


def alike(lines: list[Line], a: int, b: int) -> bool:
    """Whether lines `a` and `b` print the same text but for their figures (two teasers'
    dates, "Harbour Times 10/06/2024" / "Harbour Times 11/06/2024"; their pictures' marks)."""
    if not (0 <= a < len(lines) and 0 <= b < len(lines)):
        return False
    x, y = lines[a].text, lines[b].text
    return x == y or (len(x) == len(y) and _DIGITS.sub("0", x) == _DIGITS.sub("0", y))


def in_run(lines: list[Line], i: int) -> bool:
    """Whether line `i` is a teaser's title in a run of teasers printed alike: the line under
    it (or over it) printed alike in three teasers a teaser's length apart, the line itself
    not (it says something else each time)."""
    for p in _PERIODS:
        for n in (i - 1, i + 1):
            run = [alike(lines, n, n + q) for q in (-2 * p, -p, p, 2 * p)]
            if ((run[0] and run[1]) or (run[1] and run[2]) or (run[2] and run[3])) and not (
                alike(lines, i, i + p) or alike(lines, i, i - p)
            ):
                return True
    return False


def machinery(text: str) -> bool:
    """Whether the text holds two words or more of _MACHINERY (a pair of _MACHINERY_PAIRS
    counts as one)."""
    words = _WORD.findall(text.casefold())
    found = 0
    k = 0
    while k < len(words) and found < 2:
        word = words[k]
        if (
            word in _PAIR_FIRST
            and k + 1 < len(words)
            and word + " " + words[k + 1] in _MACHINERY_PAIRS
        ):
            found += 1
            k += 2
            continue
        if word in _MACHINERY:
            found += 1
        k += 1
    return found >= 2


def credited(text: str) -> bool:
    """A sentence closed by a credit in brackets: a picture's caption."""
    return text.endswith(")") and _CREDITED.search(text) is not None


def dated(text: str) -> bool:
    """A full date inside the text, or the word that stamps a header's facts opening it."""
    return _STAMPED.match(text) is not None or dates.first_date(text) is not None


def marked(text: str) -> bool:
    """Opening on a nested list item's mark no line takes for a bullet."""
    return text[:1] in "☆★o" and _NESTED_MARK.match(text) is not None
