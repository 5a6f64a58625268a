"""A line's score by its own shape: how much it looks like the story's prose (long prose gains)
or like the page around it (menus, chrome, teasers and calls to subscribe cost; a list header, a
footer, a drawn rule or the start of readers' comments is a barrier no story runs across).
Worked out once per text and kept on its Traits. weigh.py weighs the scores with the page's
context; region.py chooses the story's stretch over them.
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract.text import line_chrome, line_marks, line_prose, shapes
from newsdesk.extract.text.line_prose import is_prose
from newsdesk.extract.text.lines import Line, Traits

# Final: compiled, read as constants (here and where imported), not looked up by name.
BARRIER: Final = -60.0
PARAGRAPH: Final = 10.0  # a score a paragraph of the story's reaches
_RULE: Final = -30.0  # a drawn rule mostly ends a story; a long story may still run across one
# Where the page moves on from the story to its neighbours or its home page: the links to the
# previous and next posts ("« Previous Next »", "Article précédent", "Nächster Beitrag") or
# back to the front page ("Zur Startseite"), alone on a line. English, French, Spanish,
# Portuguese, German, Italian, Dutch.
_POST_LINKS: Final = (
    r"(?:previous|prev|next|older|newer) (?:post|article|story|entry)"
    r"|(?:article|billet) (?:précédent|suivant)"
    r"|(?:artículo|entrada|noticia) (?:anterior|siguiente)"
    r"|(?:artigo|notícia) (?:anterior|seguinte)|(?:vorherige[rs]?|nächste[rs]?) (?:artikel|beitrag)"
    r"|(?:articolo|post) (?:precedente|successivo)|(?:vorig|volgend) artikel"
)
POST_NAVIGATION: Final = re.compile(
    r"^\W{0,3}(?:" + _POST_LINKS + r"|(?:previous|prev)\W+next"
    r"|zur startseite|back to (?:the )?home(?: ?page)?"
    r"|retour à l'accueil|volver a (?:la )?portada|torna alla home(?:page)?"
    r"|terug naar (?:de )?home(?:page)?|voltar (?:à|para a) página inicial)\W*$",
    re.I,
)
# The link to the previous or next post printed with its title glued on ("Previous postHarbour
# ferry saved", "Article précédentLe bac sauvé": the label, then the title's capital with no
# space between), however long the title: the page's neighbours, not the story.
_GLUED_POST_LINK: Final = re.compile(r"(?:" + _POST_LINKS + r")(?=\w)", re.I)
# Its labels' first and second letters (pnoabev, then roelinä, either case), and first three
# (lower-cased): asked of every text once (a first pass reads some 10,000), most are turned
# away by a letter or two compared as code points, without a slice, a hash or the case-blind
# alternation. A code point with bit 5 set (| 32) is a letter's small form exactly when it is
# that letter or its capital ("ä" 228, "Ä" 196); none beyond ASCII but those two folds onto
# these.
_GLUED_OPENINGS: Final = frozenset(
    ("pre", "nex", "old", "new", "art", "bil", "ent", "not", "vor", "näc", "pos", "vol")
)


def glued_post_link(text: str) -> bool:
    """Whether the line opens with a link to a neighbour post glued to its title (see
    _GLUED_POST_LINK): the title's first letter is a capital."""
    if len(text) < 12:
        return False
    first = ord(text[0]) | 32
    if first not in (112, 110, 111, 97, 98, 101, 118):  # p n o a b e v
        return False
    if ord(text[1]) | 32 not in (114, 111, 101, 108, 105, 110, 228):  # r o e l i n ä
        return False
    if text[:3].lower() not in _GLUED_OPENINGS:
        return False
    found = _GLUED_POST_LINK.match(text)
    return found is not None and text[found.end()].isupper()


# Every alternative of POST_NAVIGATION opens with one of these letters (either case; none folds
# to another character under IGNORECASE), right after at most three non-word characters.
# _may_navigate compares their small forms as code points.
_NAVIGATION_FIRST: Final = frozenset("pnoabevzrtPNOABEVZRT")
# And with one of these words (lower-cased, as far as tells them apart): "prev" for "previous"
# and "prev", "arti" for "article", "articolo" and "artigo", "vor" for "vorherige" and "vorig",
# "vol" for "volgend", "volver" and "voltar".
_NAVIGATION_HEADS: Final = (
    "prev", "next", "older", "newer", "arti", "artí", "billet", "entrada", "notic", "notíc", "vor",
    "nächste", "vol", "post", "zur", "back", "retour", "torna", "terug",
)  # fmt: skip
# Their first three letters: one set look-up rules out most heads before the words are matched.
_NAVIGATION_OPENINGS: Final = frozenset(head[:3] for head in _NAVIGATION_HEADS)


def _tail(text: str) -> int:
    """The text's last word character (\\w: a letter, a digit, "_"; past the ASCII marks after
    it) and the two before it, as one int of their small forms ((first << 16) | (second << 8)
    | last) where the three are ASCII: an ASCII letter's small form is its code point | 32, no
    other ASCII character's is a letter, and among ASCII characters only a letter's capital
    folds onto it. -1 where a character beyond ASCII stands among them or after them (it may
    be one sre folds: "ſ", "ı", "İ", the Kelvin sign), -2 where fewer than three characters
    lead up to the last word character (or there is none)."""
    end = len(text)
    while end:  # the ASCII marks closing the text (\\W)
        code = ord(text[end - 1])
        if code >= 128:
            return -1
        if 48 <= code <= 57 or code == 95 or 97 <= code | 32 <= 122:  # a word character
            break
        end -= 1
    if end < 3:
        return -2
    first, second = ord(text[end - 3]), ord(text[end - 2])
    if first >= 128 or second >= 128:
        return -1
    return ((first | 32) << 16) | ((second | 32) << 8) | (ord(text[end - 1]) | 32)


def _tail_codes(*tails: str) -> frozenset[int]:
    """Three-letter endings as _tail reads them."""
    return frozenset((ord(t[0]) << 16) | (ord(t[1]) << 8) | ord(t[2]) for t in tails)


# How each alternative of POST_NAVIGATION ends, before the non-word characters closing the line
# (\W*$): post, article, story, entry, précédent, suivant, anterior, siguiente, seguinte,
# artikel, beitrag, precedente, successivo, next, startseite, home, homepage, accueil, portada,
# inicial. A line ending otherwise (most) cannot be the links to the neighbour posts.
_NAVIGATION_TAILS: Final = _tail_codes(
    "ost", "cle", "ory", "try", "ent", "ant", "ior", "nte", "kel", "rag", "ivo", "ext", "ite",
    "ome", "age", "eil", "ada", "ial",
)  # fmt: skip


def _may_navigate(text: str) -> bool:
    """Whether POST_NAVIGATION may match: its first word character (\\w: a letter, a digit or
    "_"), among the text's first four, is one an alternative opens with, and the word there
    opens as one of theirs (line_chrome.may_hold's lower-casing: a head with "İ", "ı" or "ſ",
    which sre folds and str.lower() does not, is let through). Most short lines are settled
    here, without the case-blind alternation (5,000 instructions a line). First of all, the
    line must end as an alternative does (_NAVIGATION_TAILS), where its _tail tells."""
    tail = _tail(text)
    if tail == -2:
        return False
    # _NAVIGATION_TAILS written out (a tuple display compiles to comparisons of native ints,
    # where a set look-up boxes the int and hashes it); a test holds them the same.
    if tail >= 0 and tail not in (
        0x6F7374, 0x636C65, 0x6F7279, 0x747279, 0x656E74, 0x616E74, 0x696F72, 0x6E7465, 0x6B656C,
        0x726167, 0x69766F, 0x657874, 0x697465, 0x6F6D65, 0x616765, 0x65696C, 0x616461, 0x69616C,
    ):  # fmt: skip
        return False
    for at in range(min(len(text), 4)):
        # Compared as code points: an ASCII letter's small form is its code point | 32, and
        # no other ASCII character's is a small letter; a word character beyond ASCII (or an
        # ASCII digit, "_") opens no alternative.
        code = ord(text[at])
        if code >= 128:
            if text[at].isalnum():
                return False
            continue
        small = code | 32
        if not 97 <= small <= 122:
            if 48 <= code <= 57 or code == 95:  # a digit or "_"
                return False
            continue  # a mark: the word may start after it
        if small not in (112, 110, 111, 97, 98, 101, 118, 122, 114, 116):  # p n o a b e v z r t
            return False
        if at + 3 <= len(text):
            second, third = ord(text[at + 1]), ord(text[at + 2])
            if second < 128 and third < 128:
                # Three ASCII characters: their small forms (| 32 makes no other character a
                # letter) must open an alternative ("näc" has a letter beyond ASCII) ...
                opening = (small << 16) | ((second | 32) << 8) | (third | 32)
                if opening not in _NAVIGATION_CODES:
                    # ... else only a letter sre folds, among the next five, lets it through.
                    return _folds_in(text, at + 3, at + 8)
        low = text[at : at + 8].lower()
        if low[:3] in _NAVIGATION_OPENINGS and low.startswith(_NAVIGATION_HEADS):
            return True
        # ("İ" lower-cases to "i" and a combining dot: the dot tells it)
        return "ı" in low or "ſ" in low or "\u0307" in low
    return False


# _NAVIGATION_OPENINGS of ASCII letters as code points, three to an int, packed as _tail packs
# an ending ("näc", beyond ASCII, is read as a string).
_NAVIGATION_CODES: Final = _tail_codes(*(o for o in _NAVIGATION_OPENINGS if o.isascii()))


def _folds_in(text: str, start: int, stop: int) -> bool:
    """Whether text[start:stop] holds a character whose lower case holds "ı", "ſ" or the
    combining dot (U+0307): those three, and "İ" (lowered to "i" and the dot)."""
    for k in range(start, min(stop, len(text))):
        code = ord(text[k])
        if code == 0x131 or code == 0x17F or code == 0x130 or code == 0x307:
            return True
    return False


# A box of the site's picks under its name ("DW recommends", "Recommends", "Unsere
# Empfehlungen", "Die Redaktion empfiehlt"): a list of other stories, as line_marks.LIST_HEADERS
# are. Asked of lines of three words or fewer only (the name leads, so the marks' gate
# cannot take it).
RECOMMENDS: Final = re.compile(r"(?:\brecommends|\bempfiehlt|\bempfehlungen)\W*$", re.I)
_RECOMMENDS_KEYS: Final = ("recommends", "empf")  # what it cannot match without


def _may_recommend(text: str) -> bool:
    """Whether RECOMMENDS may match: one of its words (nine letters or more) ends the text but
    for non-word characters (\\W*$), so that where ASCII, the last word character and the two
    before it read "nds", "hlt" or "gen" case-blind: an ASCII letter's small form is its code
    point | 32, no other ASCII character's is a letter, and among ASCII characters only a
    letter's capital folds onto it. A character beyond ASCII among them or after them (it may
    be one sre folds: "ſ", "ı", "İ") leaves it to line_chrome.may_hold, as do the three read
    so. Most short lines are settled without may_hold's lower-casing."""
    end = len(text)
    while end:  # the ASCII marks closing the text (\\W)
        code = ord(text[end - 1])
        if code >= 128:
            return line_chrome.may_hold(text, _RECOMMENDS_KEYS)
        if 48 <= code <= 57 or code == 95 or 97 <= code | 32 <= 122:  # a word character
            break
        end -= 1
    if end < 9:  # "empfiehlt", the shortest, has nine letters (sre matches one a letter)
        return False
    last = ord(text[end - 1]) | 32
    if last != 115 and last != 116 and last != 110:  # s t n
        return False
    first, second = ord(text[end - 3]), ord(text[end - 2])
    if first >= 128 or second >= 128:
        return line_chrome.may_hold(text, _RECOMMENDS_KEYS)
    tail = ((first | 32) << 16) | ((second | 32) << 8) | last
    if tail not in (0x6E6473, 0x686C74, 0x67656E):  # "nds", "hlt", "gen"
        return False
    return line_chrome.may_hold(text, _RECOMMENDS_KEYS)


def line_score(line: Line) -> float:
    """How much a line looks like the story's prose (positive) or like the page around it."""
    traits = line.traits
    parts = traits.score
    # (The new parts read as worked out, boxed once to be kept: `parts = traits.score = ...`
    # boxed them for the attribute and again for the name, which compiled code then unboxes.)
    if parts is None:
        fresh = _score_parts(traits)
        traits.score = fresh
        settled, plain, bulleted = fresh
    else:
        settled, plain, bulleted = parts
    if settled is not None:
        return settled
    if line.chrome:  # recurs across the site's captures, or printed again and again
        return -6.0
    return bulleted if line.bullet else plain


def line_score_parts(traits: Traits) -> tuple[float | None, float, float]:
    """_score_parts of a text, worked out once (kept on its Traits)."""
    parts = traits.score
    if parts is None:
        fresh = _score_parts(traits)
        traits.score = fresh  # (boxed once: see line_score)
        return fresh
    return parts


def _score_parts(traits: Traits) -> tuple[float | None, float, float]:
    """The score a text settles whatever its line (a rule, a list header, a footer), else its
    score as a plain line and as a list item: worked out once per text (see Traits).

    The facts are read off the Traits where the page scan settled them (page_scan.py: most
    lines) and asked of shapes.py only where not: a field read, not a call, for each."""
    text, words = traits.text, traits.words
    marks = traits.marks
    if marks is None:
        marks = line_marks.marks_of(traits)
    if marks & line_marks.IMAGE:
        return -2.0, 0.0, 0.0
    if marks & line_marks.RULED:
        return _RULE, 0.0, 0.0
    if glued_post_link(text):
        return BARRIER, 0.0, 0.0
    if words < 8:
        if marks & line_marks.INSERT:
            return -4.0, 0.0, 0.0
        if marks & (line_marks.LIST | line_marks.CONTINUE) or (
            _may_navigate(text) and POST_NAVIGATION.match(text)
        ):
            return BARRIER, 0.0, 0.0
        if words <= 3 and _may_recommend(text) and RECOMMENDS.search(text):
            return BARRIER, 0.0, 0.0
        footer = traits.footer
        # A picture's credit ("© Agency/Name") says "©" as the page's copyright does, but
        # stands inside the story, under its picture: no barrier.
        if (
            footer if footer is not None else line_chrome.is_footer(traits)
        ) and not line_chrome.picture_credit(text, words):
            return BARRIER, 0.0, 0.0
    if words < 16:
        if marks & line_marks.LIST:  # a list header naming where from ("Latest in « Sport » :")
            return BARRIER, 0.0, 0.0
        comments = traits.comments
        if comments if comments is not None else line_chrome.starts_comments(traits):
            return BARRIER, 0.0, 0.0
    score = _unsettled_score(traits, marks)
    if score is not None:
        return None, score, score
    prose = traits.prose
    if prose is None:
        prose = traits.prose = line_prose.is_prose_text(text, words)
    if prose:
        weight = float(min(words, 120))
        if words >= 40 and line_prose.is_unfinished(text):
            weight *= 0.3  # headlines glued into one line: weighs less
        return None, weight, weight * 0.5
    chrome = traits.chrome
    if chrome is None:
        chrome = traits.chrome = line_chrome.chrome_text(traits)
    if chrome:
        return None, -4.0, -4.0
    return None, 1.0 if line_prose.ends_sentence(text) and words >= 3 else -2.0, -4.0


def _unsettled_score(traits: Traits, marks: int) -> float | None:
    """The score of a text that is no prose whether or not it is a list item."""
    text, words = traits.text, traits.words
    if marks & line_marks.EMBEDDED:
        return -6.0
    if marks & line_marks.SHARE:
        return _RULE  # a share bar mostly closes a story, as a drawn rule does
    if words < 80:
        consent = traits.consent
        if consent if consent is not None else line_chrome.is_consent(traits):
            return -10.0
    if words >= 12 and shapes.is_timed_feed(text, words):
        return -4.0  # the site's latest headlines, not a paragraph however long
    glue = traits.glue
    if (
        # (a glued teaser's headline holds four words or more: no text of fewer is one)
        (words >= 4 and glue is not False and shapes.is_glued_teaser(text, glue))
        or (words <= 15 and ends_cut(text))
        or (words >= 8 and shapes.repeats_headline(text))
        or shapes.is_glued_shop_row(text)
        or (words >= 12 and shapes.repeats_opening(text))
    ):
        # A teaser: its headline glued to its blurb or printed twice, or cut short with an
        # ellipsis; or a shop's row of products glued to their prices, or a row of a series'
        # titles.
        return -3.0
    if words < 30:
        promo = traits.promo
        # A call to follow or subscribe is a short line; a long paragraph that ends on one
        # ("... Follow him on Instagram to watch.") is still the story's.
        if promo if promo is not None else line_chrome.is_promo(traits):
            return -6.0
    elif words < 80 and line_chrome.is_long_promo(traits):
        return -6.0  # the site's terms for its newsletters, however long
    return None


def ends_cut(text: str) -> bool:
    """text.endswith(("…", "...")), its last code point read first: no tuple made for each line,
    and a line ending on neither "…" nor "." (most) settled by one comparison."""
    if not text:
        return False
    last = ord(text[-1])
    return last == 0x2026 or (last == 46 and text.endswith("..."))


def is_story_prose(line: Line) -> bool:
    """Prose that is not the page talking (a cookie banner, a call to subscribe)."""
    traits = line.traits
    return (
        is_prose(line) and not line_chrome.is_consent(traits) and not line_chrome.is_promo(traits)
    )
