"""What a headline looks like, line by line: title-like (in a script with case or one without),
words of letters, no list item, trail of links, button's label, picture's line, share bar or line of
dates (headline_candidate); and a headline among the body's first lines (headline_inside). meta.py
walks the header with these; page_chrome.py and body.py ask them too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from newsdesk.extract import dates, facts
from newsdesk.extract.text import captions, line_chrome, line_marks, line_prose
from newsdesk.extract.text.kept import spaced_words
from newsdesk.extract.text.line_prose import is_prose
from newsdesk.extract.text.lines import Line


def has_words(text: str) -> bool:
    """Two words of letters at least: a headline, not a counter ("1 / 9") or a score. A word
    counts with two letters or more; a word of letters alone is told by one call (compiled, each
    character's str.isalpha is a call of its own), another letter by letter, up to two."""
    found = 0
    for word in text.split():
        if word.isalpha():
            letters = len(word)
        else:
            letters = 0
            for char in word:
                if char.isalpha():
                    letters += 1
                    if letters == 2:
                        break
        if letters >= 2:
            found += 1
            if found == 2:
                return True
    return False


# Stops that end a sentence in scripts without case (Chinese and Japanese, Arabic, Urdu, Hindi).
_CASELESS_STOPS: Final = (".", "。", "۔", "।")
# Words a headline in a script without case holds at least: no capital tells a headline from a
# name and its place, a picture's label or a menu's item, so it is told by length alone.
_CASELESS_WORDS: Final = 5


def _opens_caseless(text: str) -> bool:
    """Whether a text opens with a letter of a script without case (Arabic, Hebrew, Thai,
    Devanagari, Chinese, Japanese, Korean), perhaps after a quotation mark."""
    first = text[1:2] if text[:1] in line_prose.HUGGING_QUOTES or text[:1] in '"“‘' else text[:1]
    return first.isalpha() and not first.isupper() and not first.islower()


def _title_like(line: Line) -> bool:
    """line_prose.is_title_like, or its like in a script without case, where no capital opens a
    headline: five words of letters to thirty (as lines count words of unspaced scripts), no
    stop at its end, no footer or chrome word ("تركى آل الشيخ بعد إصابة يسرا بكورونا")."""
    if line_prose.is_title_like(line):
        return True
    text = line.text
    return (
        _CASELESS_WORDS <= line.words <= 30
        and _opens_caseless(text)
        # Words of letters, not the marks between them: "Ann Example - Cairo", "Section : Town
        # » Town" are a byline and a trail of parts, too short for a headline.
        and line.words - sum(1 for w in text.split() if not any(c.isalpha() for c in w))
        >= _CASELESS_WORDS
        and not text.endswith(_CASELESS_STOPS)
        and "\ufffd" not in text  # letters a converter lost: no telling what it says
        and not line_chrome.is_footer(line.traits)
        and not line_marks.marks(line) & line_marks.CHROME_WORD
    )


# The marks a trail of links parts its steps at ("Home › World › Europe", "Sport » Football"),
# spaced; a slash too, but a headline parts its words by slashes too ("Oil / gas prices rise").
TRAIL_MARK: Final = re.compile(r"\s+(?:>>?|»|›|→|/)\s+")
_TRAIL_STEP: Final = 5  # words of a step: a section's name, a page's short title
# The label a trail opens with ("You are here: Home / News"), in several languages.
_TRAIL_LABEL: Final = re.compile(
    r"^(?:you are here|sie sind hier|vous êtes ici|vous êtes sur|usted está en|está en"
    r"|estás en|você está em|você está aqui|sei in|sei qui|u bent hier|u bevindt zich hier"
    r"|jesteś tutaj|jesteś w|du är här|du er her|olet tässä|вы здесь|buradasınız)\s*:?\s*",
    re.IGNORECASE,
)


# The marks TRAIL_MARK parts steps at, one of which a trail holds.
_TRAIL_MARKS: Final = (">", "»", "›", "→", "/")


def is_trail(text: str) -> bool:
    """A trail of links to where the page stands (breadcrumbs), never the headline: steps of a
    few words parted by ">", "»", "›" or "→" ("Primo Piano > Sanità", "Foto Galeri » HABER",
    "Main page → Business → Licensing"), or by slashes where the trail says so ("You are here:
    Home / Showbiz / <headline>") or opens at a section's name ("Home / Politics")."""
    if not line_chrome.contains_any(text, _TRAIL_MARKS):
        return False  # (no step: TRAIL_MARK would be tried at every space)
    steps = TRAIL_MARK.split(text)
    if len(steps) < 2:
        return False
    if any(spaced_words(step) > _TRAIL_STEP for step in steps):
        return False  # "You are here: Home / <the headline>": the headline's line, say
    return (
        any(m.group().strip() != "/" for m in TRAIL_MARK.finditer(text))
        or _TRAIL_LABEL.match(text) is not None
        or facts.is_section_name(steps[0])
    )


# What a page's own buttons and links say, never a headline: a way back or on ("Back to
# Gallery", "Zurück zur Übersicht", "Retour à l'accueil"), its settings, an appeal, a prompt
# to log in, a list of more stories (English, German, French, Spanish, Portuguese, Italian,
# Dutch, Polish, Russian).
CHROME_LABEL: Final = re.compile(
    r"^(?:back to|return to|zurück zu[mr]?|retour (?:à|au|aux)|volver a|regresar a"
    r"|voltar (?:a|para)|torna (?:a|al|alla|alle)|terug naar|powrót do|назад (?:к|в)"
    r"|(?:change|manage) (?:your )?cookies?|cookie (?:settings|preferences)"
    r"|cookie-einstellungen|paramètres des cookies|donate to|support us|spenden"
    r"|forgot your|passwort vergessen|mot de passe oublié|more stories|related stories"
    r"|mehr zum thema|weitere artikel|plus d'articles|más noticias|mais notícias"
    # a prompt to comment: "Leave a comment", "Afficher les commentaires", "أضف تعليقاً ..."
    r"|(?:add|leave|post|write) a comment|(?:show|view|read) (?:all )?comments"
    r"|afficher les commentaires|kommentar schreiben|kommentare anzeigen|deja un comentario"
    r"|[اأ]ضف تعليق\w*"
    # a prompt to sign up, follow, click, print, buy or resize: "Sign up for Newsletters and
    # Alerts", "Siga O TEMPO no Google News", "Click for full results", "Larger font"
    r"|sign up (?:for|to)|subscribe (?:to|for|now)|abonnieren sie"
    r"|abonnez-vous|suscr[ií]bete|inscreva-se|join (?:the|our) [\w ]{0,30}newsletter"
    r"|want more [\w ]{0,20}\? join"
    r"|(?:follow|siga|sigue|folgen sie|suivez)\b.{0,40}\b(?:on|no|en|auf|sur) (?:google news"
    r"|twitter|facebook|instagram|telegram|whatsapp|youtube|linkedin)"
    r"|click (?:here|for|to|on)|clique (?:aqui|na|no|para|ici|sur)|cliquez|klicken sie"
    r"|haga clic|haz clic|activer l['’]option d['’]impression|print this|(?:larger|smaller) font"
    r"|(?:increase|decrease) (?:the )?(?:font|text) size|add to (?:cart|basket|bag)"
    r"|in den warenkorb|ajouter au panier|a[ñn]adir al carrito|why you can trust"
    r"|(?:these|this) (?:are|is an?) external links?|copy (?:this |the )?link"
    r"|(?:the )?video will (?:start|play) in|(?:newer|older) posts"
    # a label of the story's tags: "Filed Under: Harbour, Council", "Filed to: Harbour",
    # "Schlagwörter: ..."
    r"|(?:filed (?:under|to|in)|posted in|tagged|tags|topics|categor(?:y|ies)|schlagw[oö]rter"
    r"|mots-cl[ée]s|etiquetas)(?=\s*:))\b"
    r"|^thank you for (?:subscribing|signing up)",  # glued to what follows
    re.IGNORECASE,
)
# An author's box's label at a line's end: "Ann Example's Most Recent Stories".
_AUTHOR_BOX: Final = re.compile(
    r"['’]s (?:most recent|latest|recent) (?:stories|posts|articles)$", re.IGNORECASE
)


# A dateline alone on its line, where the story was written and perhaps by whom: "Em São Paulo
# (SP)", "Do UOL, em São Paulo", "Aus Berlin", "From our desk, in Lisbon" (a few capitalised
# words after a word of place, a state's mark).
_DATELINE: Final = re.compile(
    r"^(?:(?:do|da|de|del|from|von|vom|du|des|par|by) [^,]{1,30}, )?"
    r"(?:em|en|in|à|aus|desde|a partir de|na|no|nel|nella) "
    r"(?P<place>\w[\w.'’-]*(?: (?:d[aeo]s?|del|de la|du|am|an der|upon|\w[\w.'’-]*)){0,3})"
    r"(?: \([A-Z]{2,3}\))?$",
    re.IGNORECASE,
)
_NUMBER: Final = re.compile(r"^[+-]?\d[\d.,:/%-]*$")
_THREE_FIGURES: Final = re.compile(r"\d\D+\d+\D+\d")  # a cheap test first


def _numbers_row(text: str) -> bool:
    """A row of figures: a results row ("Harbour 18 22 13 17 — 70"), a counter ("Today 155
    Yesterday 181"), a date in figures: three numbers or more, half the words or more."""
    if _THREE_FIGURES.search(text) is None:
        return False
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    numbers = sum(1 for w in words if _NUMBER.match(w))
    # (a line of dates read as dates is a header's fact: the walk asks it apart)
    return numbers >= 3 and 2 * numbers >= len(words) and dates.first_date(text) is None


def _dateline(text: str) -> bool:
    """A dateline alone (_DATELINE) whose place is capitalised (its small words aside)."""
    if (m := _DATELINE.match(text)) is None:
        return False
    return all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in m["place"].split())


# Cached: the header's walks ask it of the same lines (nearly half the asks on a page are
# repeats), at five searches each.
@lru_cache(maxsize=8192)
def is_chrome_label(text: str) -> bool:
    """Whether a line is a page's button, link or label (CHROME_LABEL, an author's box's
    label, a label of parts left open by its separator: "Harbour Times Media |", "HT NATIONAL
    /"), never the headline."""
    return (
        CHROME_LABEL.match(text) is not None
        or _AUTHOR_BOX.search(text) is not None
        or text.endswith((" |", " /", " ·", " »", " ›"))
        or _numbers_row(text)
        or _dateline(text)
    )


_DATELINE_STEP: Final = 2  # lines under a dateline where the story's date stands


def chrome_label_at(lines: list[Line], i: int) -> bool:
    """is_chrome_label for line `i` of a page, where a dateline alone is the header's only with
    the story's date within _DATELINE_STEP lines under it ("Em Porto Lindo (PL)" / "17/03/2024"):
    a short headline of the same shape ("In Praise of Idleness", "In Memory of Ann Example") stands
    alone."""
    text = lines[i].text
    if _dateline(text):
        below = lines[i + 1 : i + 1 + _DATELINE_STEP]
        return any(dates.first_date(line.text) is not None for line in below)
    return is_chrome_label(text)


def title_candidate(line: Line) -> bool:
    """Whether a line may be the headline by its shape: title-like (in a script with case or
    one without), no list item, words of letters, no credited caption (a header's facts, share
    bars and dates are asked apart)."""
    return (
        _title_like(line)
        and not line.bullet
        and (has_words(line.text) or _opens_caseless(line.text))
        and not captions.caption_credit(line.text)
        and not line_marks.marks(line) & line_marks.PLACEHOLDER
    )


def printed_twice(text: str) -> bool:
    """Whether a line is one text printed twice, glued or spaced ("Ann ExampleAnn Example",
    "Harbour TV Harbour TV"): a picture's alt text run into its caption, a logo's name into
    its title, never a headline."""
    half = len(text) // 2
    if half < 4:
        return False
    first, second = text[:half], text[half:]
    return first == second or (second[:1] == " " and first == second[1:])


def headline_candidate(line: Line) -> bool:
    """A title candidate that is no share bar and no line of dates."""
    return (
        title_candidate(line)
        and not is_trail(line.text)
        and not is_chrome_label(line.text)
        and not captions.picture_line(line.text)
        and not facts.is_share_bar(line.text)
        and dates.first_date(line.text) is None
    )


def headline_inside(lines: list[Line], start: int, end: int) -> int | None:
    """A headline among the first lines of the body, above its first real paragraph."""
    for i in range(start, min(end, start + 6)):
        line = lines[i]
        if is_prose(line):
            return None
        if headline_candidate(line):
            return i
    return None
