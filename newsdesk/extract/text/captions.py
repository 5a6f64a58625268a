"""Picture captions and their credits, as a text dump prints them: "Photo: ...", "... (AFP)",
"... in 2017. — AFP pic", "Ann Example / AFP". A caption is kept out of the story's body and
its credit goes with the image; a story's paragraph that merely ends in brackets or on an
agency's sign-off is not one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from newsdesk.extract.text.kept import lowered_words
from newsdesk.extract.text.line_prose import CLOSERS, STOPS, is_paragraph
from newsdesk.extract.text.lines import Line, broken_off
from newsdesk.extract.text.plain_patterns import NOT_PLAIN
from newsdesk.extract.text.prefixes import PrefixGate

_CAPTION_CREDIT: Final = re.compile(
    r"\s*[(\[]((?:photo|image|file|credit|via)?[:\s]*[^()\[\]]{2,60})[)\]]\s*\.?$", re.I
)
_DATED: Final = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d\b",
    re.I,
)
# A picture's file name or an agency's slug printed as its alt text ("harbour-quay-2018-05",
# "US-HARBOUR-STRIKE-FERRY", "IMG_2924_pier"): four parts or more joined by "-" or "_", or two
# or more joined by "_" (no word of prose is), no space; no heading.
FILE_NAME: Final = re.compile(r"^[^\W_]+(?:(?:[-_][^\W_]+){3,}|(?:_[^\W_]+)+)$")
# A picture a converter printed inside a paragraph, in brackets: its file name, with a
# picture's extension (perhaps a query after it: "[pier_03.jpg?w=640]"), or its slug, three
# parts or more joined by "-" or "_" with a digit in it, or four ("[pier-night-1024x704]"), or
# the bare word ("[IMG]", "[image2]"). A story's own brackets hold words, an insertion or a
# reference ("[Trump]", "[34]", "[…]", "[well-being]").
_PICTURE_FILE: Final = r"[^\]\s]{1,200}?\.(?:png|jpe?g|gif|webp|svg|bmp)(?:\?[^\]\s]*)?"
_PICTURE_SLUG: Final = (
    r"(?=[^\]]*[^\W\d_])(?:(?=[^\]]*\d)[^\W_]+(?:[-_][^\W_]+){2,}|[^\W_]+(?:[-_][^\W_]+){3,})"
)
_PICTURE: Final = rf"\[(?:img|image\d*|{_PICTURE_FILE}|{_PICTURE_SLUG})\]"
_INLINE_PICTURE: Final = re.compile(rf"(?:\s*{_PICTURE})+\s*", re.I)
# One picture without the spaces around it: found wherever _INLINE_PICTURE is (the spaces
# may be none), by a search that skips from one "[" to the next.
_PICTURE_MARK: Final = re.compile(_PICTURE, re.I)


def without_pictures(text: str) -> str:
    """The paragraph without the pictures a converter printed inside it (_INLINE_PICTURE)."""
    if "[" not in text:
        return text
    if _PICTURE_MARK.search(text) is None:
        # (no picture: the sub would strip the text only, its leading \s* tried at every
        # character)
        return text.strip()
    return _INLINE_PICTURE.sub(" ", text).strip()


_AGENCY_ACRONYM: Final = re.compile(r"^[A-Z]{2,6}$")
# "Photo:", and the same word in other languages ("Foto:", "Фото:", "Bild:", "Kuva:" ...).
_PHOTO_WORDS: Final = (
    r"photos?|photograph|image|picture|pic|file photo|credit|fotos?|fotó|фото|bild|kuva|zdjęcie"
    r"|imagen|imagem|immagine|φωτογραφία|снимка|사진"
)
# The label's mark: a colon, or "=" as Korean papers print it ("사진=Example 제공"); "Image
# copyright Example" (a label of two words, no colon); "Main image credit:", "Photo Credit:".
_CAPTION_PREFIX: Final = re.compile(
    rf"^(?:main |left |right )?(?:{_PHOTO_WORDS})(?:\s*[:=]|\s+copyright\b:?|\s+credits?\s*:)\s*",
    re.I,
)
# "Photograph by Ann Example, Example Trust": a credit line of its own, said with "by".
_CREDIT_BY: Final = re.compile(rf"^(?:{_PHOTO_WORDS}) by [A-Z]", re.I)
_CREDIT_BY_WORDS: Final = 12
# A credit closing a caption after a label, not a sentence's stop: "... im Porträt. © Bo
# Example/dpa", "... am größten Foto: CHIP", "... de Oro/ Foto Ana L. Example", "... Юрченку
# / Фото РБК", "... 회장. 사진=세종시 제공"; glued to the caption's stop by a converter: "... on
# October 11, 2023.Photograph: Ann Example/Getty Images". The credit may be missing (a
# converter moved it to the next line).
# A picture's or a chart's source closes its caption as a credit does ("Hurricane Matthew.
# Source: NASA", "Quelle: dpa"), never opening a line of its own here.
_SOURCE_WORDS: Final = r"source|quelle|fuente|fonte"
_LABELLED_CREDIT: Final = re.compile(
    rf"(?:©|(?<![^\s.!?])(?:{_PHOTO_WORDS}|{_SOURCE_WORDS})\s*[:=]|/\s*(?:{_PHOTO_WORDS})\b:?)"
    r"\s*([^©]{0,60})$",
    re.I,
)
_LABEL_MARKS: Final = ("©", ":", "/", "=")
# What each of _PHOTO_WORDS written in ASCII letters holds ("imag": image, imagen, imagem).
_PHOTO_KEYS: Final = ("photo", "pic", "imag", "immagine", "credit", "foto", "bild", "kuva")
_LEAD_KEYS: Final = (*_PHOTO_KEYS, "courtesy")  # _CREDIT_LEAD's
_LABEL_KEYS: Final = (*_PHOTO_KEYS, "source", "quelle", "fuente", "fonte")  # _LABELLED_CREDIT's


def _plain_without(text: str, keys: tuple[str, ...]) -> bool:
    """Whether `text` is plain (ASCII and caseless marks: plain_patterns.py) and its lower-cased
    text holds none of `keys` (lower-case ASCII): then a case-blind pattern that needs one of
    them (its words beyond ASCII need letters a plain text lacks) cannot match it. Beyond
    plain, IGNORECASE also folds other letters ("K", the Kelvin sign, to "k"): not told here."""
    if not (text.isascii() or NOT_PLAIN.search(text) is None):
        return False
    low = text.lower()
    for key in keys:  # noqa: SIM110 (a loop, compiled: any() over a generator costs more)
        if key in low:
            return False
    return True


# A copyright line's words ("All rights reserved", "Alle Rechte vorbehalten"): a page's
# footer, not a picture's credit.
_RIGHTS: Final = re.compile(
    r"rights|reserv|riserv|rechte|vorbehalten|droits|derechos|diritti|direitos|\d", re.I
)
_SENTENCE_INSIDE: Final = re.compile(r"\w\w[.!?;]\s")
# A credit's words: the agencies' names (Latin and Arabic script), picture libraries, and the
# words that say a picture was handed out ("Cedida", "Divulgação", "Reprodução", "Archivo").
_CREDIT_WORDS: Final = re.compile(
    r"\b(?:AP|AFP|Reuters|Getty|EPA|Anadolu|Xinhua|photo|images?|illustrat\w*|media|archive"
    r"|file|handout|courtesy|agency|press|news|pool|TV|English|Shutterstock|Wikimedia|via"
    r"|\w*fot(?:[oó]s?)?|фото\w*|bild|kuva|pic|사진|dpa|picture.alliance|imago|PAP|ANP"
    r"|EFE|ANSA|Keystone|Belga|istock\w*|pixabay|unsplash|alamy|agencja|agencia|agência|agence"
    r"|agentur"
    r"|cedid[ao]s?|cortes[ií]a|gentileza|divulga[çc][ãa]o|reprodu[çc][ãa]o|archivo|arquivo"
    r"|رويترز|الفرنسية|الأناضول|غيتي)\b",
    re.I,
)
# A caption whose credit follows its last sentence without brackets: "... in 2017. — AFP pic",
# "... la mairie. Photo VM /Eric NURDIN", "... keskiviikkona. Heikki Saukkomaa / Lehtikuva".
_CREDIT_CUTS: Final = (".", "!", "?", ")", " —", " –")
_CREDIT_LEAD: Final = re.compile(rf"^(?:{_PHOTO_WORDS}|courtesy)\b|\b(?:{_PHOTO_WORDS})$", re.I)


# A photographer's credit on a line of its own: "Ann Example / AFP", "Bo Example/Getty Images",
# "Bo Example/Daily Example/Getty Images" (the holder: the last part).
# The holder may be written small ("Bo Example/dpa"), and the line may open on "©" ("© Ann
# Example / Example Verlag": a picture's credit; a page's copyright names no one with a slash).
_NAME_SLASH_CREDIT: Final = re.compile(
    r"^(?:© ?)?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,3}"
    r"(?: ?/ ?([^\W\d_][\w&.-]*(?: [A-Z][\w&.-]*){0,2})){1,3}$"
)


def _trailing_credit(text: str) -> str | None:
    """The credit closing a caption after its last sentence, if the line ends so. A story's
    paragraph that ends without a stop ("... the agency said on Tuesday") ends in words that
    are not a credit; one that ends on an agency's sign-off ("... sufre. EFE") keeps it: a
    credit here is two words or more, led or closed by a photo word or naming its holders."""
    # After the last stop (or dash) of the line's last 70 characters, found by rfind in C:
    # sre would try a pattern at every space of the line.
    tail = text[-70:]
    cut = _last_cut(tail, len(tail))
    while cut > 0 and _initial_at(tail, cut):
        # "... legislation. Rogelio V. Example/AP": a name's initial, not a sentence's stop
        cut = _last_cut(tail, cut)
    if cut < 0:
        return None
    after = tail[cut + 1 :]
    if after[:1] not in ("—", "–"):
        after = after.lstrip(CLOSERS)
        if not after[:1].isspace():
            return None  # "U.S.A", "3.5": no sentence ends there
    credit = after.strip().lstrip("—–-").strip()
    if not 2 <= len(credit) <= 59:
        return None
    words = credit.split()
    if not 2 <= len(words) <= 8:
        return None
    if not _plain_without(credit, _LEAD_KEYS) and _CREDIT_LEAD.search(credit):
        return credit
    names = [w for w in words if w[:1].isalpha() and len(w) > 3]
    capitalised = sum(w[:1].isupper() for w in names)
    if (
        names
        and capitalised >= 0.75 * len(names)
        and ("/" in credit or _CREDIT_WORDS.search(credit))
    ):
        return credit
    return None


# A caption said as the wire services open one: "In this Feb. 17, 2016 file photo, ...", "In this
# screengrab, ...", "En esta imagen, ...", "Sur cette photo prise le ...", "Auf diesem Bild, ...".
_SAID_OF_PICTURE: Final = re.compile(
    r"(?:in this|en esta|sur cette|auf diesem|nesta|in questa|op deze) (?:[\w.,]+ ){0,4}?"
    r"(?:photo|photograph|image|screengrab|screen grab|picture|still|frame grab|foto|fotografía"
    r"|imagen|bild|imagem|immagine)(?:,| (?:taken|released|provided|made|shot|from|prise|tomada"
    r"|publicada|aufgenommen|vom)\b)",
    re.I,
)
# A portrait's alternative text: "Image of Ann Example", "Headshot of Bo Example", "Foto von Ann
# Beispiel" (a name of two to four capitalised words; "Photo of the Day" names no one).
_PORTRAIT_OF: Final = re.compile(
    r"(?i:image|photo|picture|headshot|portrait|avatar|foto|bild|imagen|imagem)"
    r" (?i:of|von|de|di|du) [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,3}$"
)


def _heads(patterns: list[re.Pattern[str]]) -> frozenset[str] | None:
    """The gate's heads; None where a pattern may begin with anything (no head refused)."""
    gate = PrefixGate(patterns)
    return None if gate.always else gate.heads


# The heads (first three characters, lower-cased) a picture's line can open with, as
# prefixes.py works them out from the patterns (their case folding sre's): most lines open
# otherwise ("The", "It ", "In ", "Por") and are not asked.
_PICTURE_HEADS: Final = _heads([_SAID_OF_PICTURE, _PORTRAIT_OF])
_LABEL_HEADS: Final = _heads([_CAPTION_PREFIX, _CREDIT_BY])


def _last_cut(tail: str, end: int) -> int:
    """max(tail.rfind(c, 0, end) for c in _CREDIT_CUTS), in a compiled loop (a generator, or
    a map of the bound method, is called through Python's protocol)."""
    cut = -1
    for c in _CREDIT_CUTS:
        at = tail.rfind(c, 0, end)
        if at > cut:
            cut = at
    return cut


def _may_open(text: str, heads: frozenset[str] | None) -> bool:
    """PrefixGate.may_match, compiled: False only for a text whose head is none of `heads`.
    A head shorter than three characters, or one beyond ASCII, goes through."""
    return _opens(_head(text), heads)


def _head(text: str) -> str:
    """The text's head as _may_open reads it (its first three characters, lower-cased), or ""
    where every head goes through: worked out once for the gates a line is asked by."""
    if len(text) < 3 or ord(text[0]) >= 128 or ord(text[1]) >= 128 or ord(text[2]) >= 128:
        return ""
    return text[:3].lower()


def _opens(head: str, heads: frozenset[str] | None) -> bool:
    """_may_open for a text of this head (_head)."""
    return heads is None or not head or head in heads


_HALF_CREDIT_WORDS: Final = 6
# The words a credit in brackets opens with: an agency's or a library's name, a photo word.
_HALF_LEAD: Final = re.compile(
    rf"(?:AP|AFP|EPA|Getty|Reuters|dpa|imago|picture.alliance|{_PHOTO_WORDS})\b", re.I
)


def _credit_opened(text: str) -> str | None:
    """The first half of a credit in brackets a converter broke over two lines, closing a
    caption of three words or more: "... instead. (Photo:", "... in Littleton, Colo. (AP",
    "... engines. (credit: Example". A bracket opened in the line's last 30 characters and not
    closed, a label or a credit's word right after it. "" when the label alone stands there."""
    opening = text.rfind("(", len(text) - 30)
    if opening < 0 or ")" in text[opening:] or text.count(" ", 0, opening) < 3:
        return None
    half = text[opening + 1 :]
    if _CAPTION_PREFIX.match(half):
        return _CAPTION_PREFIX.sub("", half, count=1).strip()
    return half.strip() if _HALF_LEAD.match(half) else None


def _initial_at(tail: str, cut: int) -> bool:
    """Whether tail[cut] is the stop of a name's initial ("V." after a space)."""
    return tail[cut] == "." and tail[cut - 1].isupper() and (cut == 1 or tail[cut - 2] == " ")


# A photographer's credit closing a caption without a stop before it, the names in capitals or
# capitalised and the holders after slashes: "... zmarło 10 tysięcy osób ANN EXAMPLE/PAP/EPA",
# "Harbour Cup final Photo by Ann Example/Example Images"; an agency's older picture said so
# ("Ann Example / AP file"), the name glued on to the caption's stop by a converter ("... on
# July 25, 2019.Ann Example / AP file").
_TRAILING_SLASH_CREDIT: Final = re.compile(
    r"(?:(?<!\S)|(?<=[a-z\d][.!?]))((?:[A-Z][\w.'-]* ){1,3}[A-Z][\w.'-]*"
    r"(?: ?/ ?([^\W\d_][\w&.-]*(?: [A-Z][\w&.-]*){0,2})){1,3}(?: file)?)$"
)


def _trailing_slash_credit(text: str) -> str | None:
    """The credit _TRAILING_SLASH_CREDIT reads closing the line's last 60 characters, after a
    caption of three words or more, when its last holder is an agency's."""
    tail = text[-60:]
    m = _TRAILING_SLASH_CREDIT.search(tail)
    if m is None:
        return None
    holder = m.group(2)
    if not (_AGENCY_ACRONYM.match(holder) or _CREDIT_WORDS.search(holder)):
        return None
    if len(text[: len(text) - len(tail) + m.start()].split()) < 3:
        return None
    return m.group(1)


@lru_cache(maxsize=65536)
def caption_credit(text: str) -> tuple[str, str | None] | None:
    """(caption, credit) if the line reads as an image caption, else None."""
    head = _head(text)
    if _opens(head, _PICTURE_HEADS) and (
        _SAID_OF_PICTURE.match(text) or (len(text) < 60 and _PORTRAIT_OF.match(text))
    ):
        return text, None
    if not text.rstrip(" .").endswith((")", "]")):
        label_first = _opens(head, _LABEL_HEADS)
        if label_first and _CAPTION_PREFIX.match(text):
            return text, None
        if (
            label_first
            and text[-1] not in STOPS
            and text.count(" ") < _CREDIT_BY_WORDS
            and _CREDIT_BY.match(text)
        ):
            return text, None
        if "/" in text and (m := _NAME_SLASH_CREDIT.match(text)):
            holder = m.group(1)
            if _AGENCY_ACRONYM.match(holder) or _CREDIT_WORDS.search(holder) or text[0] == "©":
                return text, holder
        # A credit holds no stop: a line ending on one (most paragraphs) is not asked.
        credit = _trailing_credit(text) if len(text) > 40 and text[-1] not in STOPS else None
        if credit:
            return text, credit
        if "/" in text[-40:] and (credit := _trailing_slash_credit(text)):
            return text, credit
        if (half := _credit_opened(text)) is not None:
            return text, half or None
        # A labelled credit ends on a name, or on its label's colon (the name moved on).
        if (text[-1:] not in STOPS or text[-1] == ":") and (
            labelled := _labelled_credit(text)
        ) is not None:
            return text, labelled or None
        return None
    if (
        text.count(" ") < _HALF_CREDIT_WORDS
        and "(" not in text
        and "[" not in text
        and _CREDIT_WORDS.search(text)
    ):
        # "Getty Images)", "Ann Example/The Example Union via AP)": the second half of a credit
        # in brackets a converter broke over two lines, alone on its line
        return text, text.rstrip(" .)]") or None
    m = _bracketed_credit(text)
    # A credit in brackets alone on its line is one when labelled ("(Foto: Bo Example/dpa)").
    if m and (len(text.split()) >= 4 or (m.start() == 0 and _CAPTION_PREFIX.match(m.group(1)))):
        credit = m.group(1).strip()
        if _CREDIT_WORDS.search(credit) or credit.startswith("©") or _CAPTION_PREFIX.match(credit):
            return text, credit
        if _told_at_length(text):
            # Names in brackets closing several long sentences ("... Avraham Dan On (seguridad
            # del expresidente) ... (ICCGSA)."): a story's paragraph listing who is who, not a
            # picture's caption, which a credit without a credit's word only ends when short.
            return None
        # "(KNA)", "(VNA)": a news agency's initials, unless they spell the words just before
        # ("... the Federal Election Commission (FEC)."): an abbreviation a sentence defines.
        # Bare initials credit a short caption; a sentence of _LONG_CAPTION words or more they
        # close is a story's paragraph signed off by its agency ("... a domicilio. (ACN).").
        if (
            _AGENCY_ACRONYM.match(credit)
            and text.count(" ") < _LONG_CAPTION - 1
            and not _spelled_before(text, m.start(), credit)
        ):
            return text, credit
        # "..., Saturday, March 8, 2025 (Halden Dispatch)": a dated scene credited to a name.
        names = credit.split()
        if len(names) <= 4 and all(n[:1].isupper() for n in names) and _DATED.search(text):
            return text, credit
    if _CAPTION_PREFIX.match(text):
        return text, None
    return None


_SENTENCE_BREAK: Final = re.compile(r"[.;] ([^\W\d_])")  # a stop, then a letter of any script
_LONG_CAPTION: Final = 40  # words: more than a picture's caption credited by a bare name takes


def _told_at_length(text: str) -> bool:
    """Two sentences or more, of _LONG_CAPTION words or more in all."""
    if text.count(" ") < _LONG_CAPTION - 1:
        return False
    return any(m.group(1).isupper() for m in _SENTENCE_BREAK.finditer(text))


def _spelled_before(text: str, at: int, initials: str) -> bool:
    """Whether the capitalised words right before `at` begin with `initials`, in order."""
    words = [w for w in text[:at].split() if w[:1].isupper()][-len(initials) :]
    return len(words) == len(initials) and "".join(w[0] for w in words) == initials


def _bracketed_credit(text: str) -> re.Match[str] | None:
    """_CAPTION_CREDIT.search(text), matched where it can only start: a credit in brackets
    holds no bracket, so it opens at the line's last "(" or "[" (a search tries every
    position of the line first)."""
    opening = max(text.rfind("("), text.rfind("["))
    return _CAPTION_CREDIT.match(text, opening) if opening >= 0 else None


def _labelled_credit(text: str) -> str | None:
    """The credit a label opens at the line's end ("©", "Foto:", "/ Фото"), after a caption of
    three words or more; "" when the label ends the line. A credit names its holders: a few
    words, no sentence in them, mostly capitalised after a photo word's label; a copyright
    line (a year, "All rights reserved") is the page's footer."""
    tail = text[-80:]
    if not any(mark in tail for mark in _LABEL_MARKS):
        return None
    # Most tails hold a colon or a slash, few a photo word: the pattern is tried at every
    # character. A plain tail without "©" needs a photo word in ASCII letters.
    if "©" not in tail and _plain_without(tail, _LABEL_KEYS):
        return None
    m = _LABELLED_CREDIT.search(tail)
    if m is None:
        return None
    before = text[: len(text) - len(tail) + m.start()]
    credit = m.group(1).strip()
    # A caption of three words or more, or of a sentence however short ("Weintrauben. Foto: X")
    if len(before.split()) < 3 and before.rstrip()[-1:] not in STOPS:
        return None
    if len(credit.split()) > 8 or _SENTENCE_INSIDE.search(credit):
        return None
    if _RIGHTS.search(credit):
        return None
    if not m.group(0).startswith("©"):
        names = [w for w in credit.split() if w[:1].isalpha() and len(w) > 3]
        if names and sum(w[:1].isupper() for w in names) < 0.75 * len(names):
            return None
    return credit


# A picture's line that caption_credit does not tell: a credit's label opening it
# ("Image Credit: ...", "Imagen ilustrativa: ...", "Снимка: ...", "Bron: ..."), a gallery's
# counter ("Image 1 of 9"), a picture agency closing it ("... via Getty Images", "(Credits: PTI)").
_PICTURE_HEAD: Final = re.compile(
    r"(?:image|photo|picture|foto|fotos|bild|imagen|imagem|immagine|снимка|фото|bron)"
    r"(?:(?:\s+credits?|\s+ilustrativa)?\s*:|\s+\d+\s*(?:of|von|de|di|/)(?:\s*/)?\s*\d+\W*$)",
    re.IGNORECASE,
)
_PICTURE_TAIL: Final = re.compile(
    r"(?:getty\s?images|istock(?:photo)?|shutterstock|\(credits?:[^)]*\))\W*$", re.IGNORECASE
)
_TAIL_KEYS: Final = ("getty", "stock", "(credit")  # what each of _PICTURE_TAIL's holds
_PICTURE_FIRST: Final = "ipfb"  # the first letters of _PICTURE_HEAD's ASCII words


def picture_line(text: str) -> bool:
    """Whether a line is a picture's that caption_credit does not tell (never a headline):
    _PICTURE_HEAD opening the line or _PICTURE_TAIL closing it (asked of its last 40
    characters only: a search from every character of a long line is slow)."""
    # (_PICTURE_HEAD's words open on these letters, case-blind: a line opening on another ASCII
    # character is not asked)
    head = text[:1]
    if (not head.isascii() or head.lower() in _PICTURE_FIRST) and _PICTURE_HEAD.match(
        text
    ) is not None:
        return True
    tail = text[-40:]
    return not _plain_without(tail, _TAIL_KEYS) and _PICTURE_TAIL.search(tail) is not None


_CREDIT_ALONE: Final = _CREDIT_LEAD
_CREDIT_ALONE_WORDS: Final = 4  # "BT FILE PHOTO", "Example Wire photo"
_ALT_WORDS: Final = (5, 40)  # words of a picture's alt text: a sentence, not a label
_ALIKE_ALT: Final = 15  # words of an alt text that says its caption's words, at most
_CREDIT_LINE_WORDS: Final = 8  # words of a credit's line under a caption at most (credit_below)
_CAPTION_WORDS: Final = 8  # words of a caption over its credit's line at least (credit_below)
_CAPTION_MAX: Final = 60  # words of a caption an alt text says again, at most


def credit_below(lines: list[Line], n: int, alt_above: bool = False) -> str | None:
    """The credit, when lines[n] is a picture's caption: a line of some length standing apart
    from the story's prose (none just above it, nor a paragraph's last sentence a wrapper
    broke off just above it) with a photographer's credit alone under it ("Evan Example / AP",
    "Photo: Bo Example"). A credit under a paragraph of the story is the next picture's (one
    without a caption). So is a credit under a line told at length (two
    sentences or more, of _LONG_CAPTION words or more): the story's paragraph, over a picture
    the converter printed no caption of. `alt_above`: the line above is the picture's alt
    text (alt_over_caption), not the story's prose."""
    line, below = lines[n], lines[n + 1]
    if line.words < _CAPTION_WORDS or below.words > _CREDIT_LINE_WORDS or "(" in below.text:
        return None
    if line.words >= _LONG_CAPTION and _told_at_length(line.text):
        return None
    if n > 0 and not alt_above:
        above = n - 1
        # A paragraph's last sentence a wrapper broke off (a soft break, no blank line over
        # it) is that paragraph's.
        while above > 0 and broken_off(lines[above]):
            above -= 1
        if is_paragraph(lines[n - 1]) or is_paragraph(lines[above]):
            return None
    credit = caption_credit(below.text)
    if credit:
        return credit[1] or below.text
    # A credit said by its photo word alone, no name or label after it ("BT FILE PHOTO",
    # "Courtesy of Bo Example"): a line of two words or more that opens with "courtesy" or a
    # photo word, or closes on one in a few words (a longer line closing on "image" is a
    # picture's alt text, printed by each picture of a story), with no stop of its own.
    text = below.text
    if below.words < 2 or text[-1:] in STOPS:
        return None
    found = _CREDIT_ALONE.search(text)
    if found and (found.start() == 0 or below.words <= _CREDIT_ALONE_WORDS):
        return text
    return None


def _says_alike(alt: str, caption: str) -> bool:
    """Whether a short line (an alt text, _ALIKE_ALT words at most) says half of its words or
    more, four at least, in a row as the line under it does (case-blind): a picture's alt text
    and its caption ("Ann Example speaks at a rally.", "Then-candidate Ann Example speaks at a
    rally in Portvale on May 2."), however the converter spaced them."""
    words = lowered_words(alt)
    if len(words) > _ALIKE_ALT:
        return False
    run = max(4, (len(words) + 1) // 2)
    said = lowered_words(caption)
    alike = set(words)
    if sum(1 for word in said if word in alike) < run:
        return False  # too few of its words at all (the cheap test: nearly every line)
    starts = {said[j : j + run] for j in range(len(said) - run + 1)}
    return any(words[i : i + run] in starts for i in range(len(words) - run + 1))


def alt_over_caption(lines: list[Line], n: int) -> bool:
    """lines[n] is a picture's alt text over its caption and credit, the three printed as one
    block apart from the story (a blank line over it, none inside it): "A bird sits on a lamp
    over the harbour on May 7, 2019.", "Smog hangs over the quay.", "Ann Example/Getty Images"."""
    if n + 2 >= len(lines) or not _ALT_WORDS[0] <= lines[n].words <= _ALT_WORDS[1]:
        return False
    if (
        (not lines[n].blank_before or lines[n + 1].blank_before or lines[n + 2].blank_before)
        # Not one block, unless the alt text says what the caption says (a credit under
        # them: a short line, as credit_below wants it; the cheap tests first).
        and (
            lines[n].words > _ALIKE_ALT
            or not _CAPTION_WORDS <= lines[n + 1].words <= _CAPTION_MAX
            or lines[n + 2].words > _CREDIT_LINE_WORDS
            or lines[n + 2].text[-1:] in STOPS  # a credit ends on no stop (a sentence does)
            or not _says_alike(lines[n].text, lines[n + 1].text)
        )
    ):
        return False
    if lines[n].bullet or lines[n + 1].bullet or lines[n + 2].bullet:
        return False  # a list's items (teasers under the story), no picture's
    if caption_credit(lines[n + 2].text) is None:
        return False  # a credit naming its holder (a bare "View photos" under a quote is none)
    return credit_below(lines, n + 1, alt_above=True) is not None
