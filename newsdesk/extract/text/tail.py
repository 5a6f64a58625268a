"""Where a story's body ends (see body.py): what follows its last real paragraph and is the
page's, not the story's: tags and their label, a contact line, a sign-off's address, an
author's box, a comment form, a notice to the reader, an app promo; and the list a story
closes on, which stays.
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract.text.kept import GAPS, spaced_words
from newsdesk.extract.text.line_chrome import contains_any
from newsdesk.extract.text.line_prose import ends_sentence
from newsdesk.extract.text.lines import lowered
from newsdesk.extract.text.sign_off import credits_story

# The tags' label, as sites write it: "Tags:", "TAGS/ ...", "Topics |", "Filed under:", "Themen:";
# or a line of its own naming the article's topics ("Themen in diesem Artikel", "Temas
# relacionados").
_TAGS_LABEL: Final = re.compile(
    r"^(?:tags|tagged(?: with| in| as)?|topics|filed under|keywords|themen|schlagw(?:ö|oe)rter"
    r"|etiquetas|mots[- ]cl[ée]s)\s*[:/|»]"
    r"|^(?:topics in this article|themen (?:in )?diese[sm] (?:artikels?|beitrags?)|verwandte themen"
    r"|temas relacionados|sujets (?:liés|associés)|argomenti correlati)\s*:?$",
    re.I,
)
# A line that gives the reporter's address ("Contact reporter Jo Example at jo@example.com or
# 555-0100, and follow her on Twitter."): the page's contact line under the story.
_CONTACT: Final = re.compile(
    r"^(?:contact|reach|write to|e-?mail|kontakt|contacto|contato|contatti)\b.{0,80}?"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.I,
)
# Text ending in an e-mail address ("... Seoul=Kim Min-su reporter kms@example.com").
_SIGN_OFF: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+[.)]?$")

# A form's fields as converters print them ("Display Name ____ Email-Id ____ Post your comment",
# "Enter Code*: ____", "CAPTCHA"), or its labels: no story holds them, a comment form does. A
# field is a run of a few underscores by its label: a longer run is a rule drawn across the page,
# and a run alone on its line may be a rule or a text box's row.
_FORM: Final = re.compile(
    r"(?<!_)_{4,40}(?!_)|\bcaptcha\b|\b(?:post|submit) (?:your|a) comment\b"
    r"|\bleave a (?:reply|comment)\b|^(?:your )?(?:name|e-?mail(?: address)?|website)\s*\*\s*:?$",
    re.I,
)
_FORM_WORDS: Final = 30  # a form's line is short (a story's line naming a captcha is longer)
# The page talking to the reader of a browser without scripts ("JavaScript is disabled", "Twoja
# przeglądarka nie ma włączonej obsługi JavaScript"): a short line, never a story's own.
_NOTICE_WORDS: Final = 15
# "Download the Android and iOS app": an app promo names both stores' systems in one line.
_APP_PROMO: Final = re.compile(r"(?=.*\bandroid\b)(?=.*\b(?:ios|iphone)\b)(?=.*\bapps?\b)", re.I)
_APP_PROMO_WORDS: Final = 40
# What every line _is_form or _talks_to_reader takes holds (lowercased): the short lines of a
# body are looked for these first, as the patterns are slow to try on every line.
_NOTICE_CUES: Final = (
    "____", "captcha", "your comment", "a comment", "leave a reply", "*", "javascript", "android",
)  # fmt: skip


def _is_form(text: str, words: int) -> bool:
    """A line of a comment form: a field by its label, a captcha, the button's words."""
    return words <= _FORM_WORDS and _FORM.search(text) is not None and text.strip("_ ") != ""


def _talks_to_reader(text: str, words: int) -> bool:
    """A line of a box after the story where the page talks to its reader: a notice that
    scripts are off, a promo for the site's app."""
    if words > _APP_PROMO_WORDS:
        return False
    low = lowered(text)
    if words <= _NOTICE_WORDS and "javascript" in low:
        return True
    return "android" in low and _APP_PROMO.match(low) is not None


def _has_cue(text: str) -> bool:
    """Whether a text holds one of _NOTICE_CUES: only such a line can be a form's or a notice's."""
    return contains_any(lowered(text), _NOTICE_CUES)


def _notice_cut(kept: list[tuple[str, str]]) -> int:
    """Where a box that talks to the reader ends the story: its first line after a real
    paragraph, when the paragraphs from there on say less than those before it (a box under
    the story, not a story about apps), or less than twice as much for a comment form's line
    (a story never holds one; the page's footer may say much after it); else len(kept)."""
    said = 0
    for i, (kind, text) in enumerate(kept):
        if kind in GAPS:
            continue
        words = spaced_words(text)
        if said and words <= _APP_PROMO_WORDS and _has_cue(text):
            form = _is_form(text, words)
            if form or _talks_to_reader(text, words):
                rest = sum(spaced_words(t) for k, t in kept[i:] if k == "p")
                if rest < (2 * said if form else said):
                    return i
        if kind == "p" and words >= 12:
            said += words
    return len(kept)


def _trim_tail(kept: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """After the last real paragraph, only short lines that follow it directly belong to the
    story ("We rate the statement Mostly True."); tags, share prompts and labels after a gap
    do not, nor a box that talks to the reader (a comment form, a notice, an app promo)."""
    kept = kept[: _notice_cut(kept)]
    last = _last_real_paragraph(kept, len(kept))
    if last < 0:
        return kept
    said = [spaced_words(t) if k == "p" else 0 for k, t in kept]  # each paragraph's words
    contact = next(
        (i for i, (k, t) in enumerate(kept) if k in ("p", "h") and "@" in t and _CONTACT.match(t)),
        -1,
    )
    if (
        contact > 0
        and spaced_words(kept[contact][1]) <= 60
        and _says_little(said, contact, contact)
    ):
        return kept[:contact]  # what follows the contact line is the page's too
    # A paragraph that ends in the reporter's e-mail address signs the story off: the few lines
    # after it are the page's ("▲" teasers, a subscription pitch), not more of the story.
    signed = max(
        (i for i, (k, t) in enumerate(kept) if k == "p" and "@" in t and _SIGN_OFF.search(t)),
        default=-1,
    )
    # A story quoting an address in its own sentence ("Sender of the mail: x@example.com.")
    # runs on for paragraphs after it: a few short lines follow a sign-off, not many of them.
    if (
        signed >= 0
        and _says_little(said, signed + 1, signed + 1)
        and sum(n >= _REAL_WORDS for n in said[signed + 1 :]) <= _AFTER_SIGN_OFF
    ):
        return kept[: signed + 1]
    story_end = _story_before_labels(kept, said, _story_before_tags(kept, said, last))
    end = story_end + 1
    while end < len(kept) and kept[end][0] == "p":
        end += 1
    end = _closing_line_end(kept, _credit_end(kept, end))
    # A list the story closes on, unless the tags or an author's box were found to close it.
    return kept[: _closing_list_end(kept, end) if story_end == last else end]


def _credit_end(kept: list[tuple[str, str]], end: int) -> int:
    """Past the story's last lines at kept[end] and a gap (a rule drawn under the story), the
    line that credits its reporting ("Jo Example contributed to this report."), which the
    stretch took in for the story (sign_off.extend_over_credit): the story's, so it stays."""
    at = end
    while at < len(kept) and kept[at][0] in GAPS:
        at += 1
    if at > end and at < len(kept) and kept[at][0] == "p" and credits_story(kept[at][1]):
        return at + 1
    return end


_CLOSING_WORDS: Final = 5  # a closing line's words at least ("You are what you search.")


def _closing_line_end(kept: list[tuple[str, str]], end: int) -> int:
    """Past the story's last lines at kept[end] and one gap (an embedded video, a picture),
    a short sentence that is the last line of the stretch closes the story ("The lesson, as
    always: you are what you search."): a sentence of _CLOSING_WORDS words or more, opening
    as one does and ending on a stop, with nothing but gaps after it. read_body has set the
    page's prompts, captions and chrome apart as gaps already."""
    at = end + 1
    if not (at < len(kept) and kept[end][0] in GAPS and kept[at][0] == "p"):
        return end
    text = kept[at][1]
    if (
        spaced_words(text) < _CLOSING_WORDS
        or not text[:1].isupper()
        or not ends_sentence(text)
        or any(k not in GAPS for k, _ in kept[at + 1 :])
    ):
        return end
    return at + 1


def _closing_list_end(kept: list[tuple[str, str]], end: int) -> int:
    """Past the story's last lines at kept[end], a list it closes on under a heading of its
    own ("Qualified teams", "Answer:" then the points), or under several (the winners of each
    category): the headings, each over one item or more, three items or more in all, and
    nothing of the story's after them (what follows is the region's edge, gaps only)."""
    stop, items = end, 0
    while stop < len(kept) and kept[stop][0] == "h":
        head = stop + 1
        while head < len(kept) and kept[head][0] == "h":
            head += 1  # a label over the list's own headings ("Industry awards:", each award)
        under = head
        while under < len(kept) and kept[under][0] == "p":
            under += 1
        if under == head:
            break
        stop, items = under, items + under - head
    # Headings with nothing under them to the region's edge say nothing (_assemble drops them).
    if items < 3 or any(k not in ("gap", "h") for k, _ in kept[stop:]):
        return end
    return stop


_REAL_WORDS: Final = 12  # a real paragraph's words at least
# Real paragraphs a sign-off's address may have under it (teasers' blurbs, a pitch).
_AFTER_SIGN_OFF: Final = 3


def _last_real_paragraph(kept: list[tuple[str, str]], end: int) -> int:
    """The last paragraph of _REAL_WORDS words or more before kept[end], else -1."""
    return max(
        (i for i in range(end) if kept[i][0] == "p" and spaced_words(kept[i][1]) >= _REAL_WORDS),
        default=-1,
    )


def _says_little(said: list[int], before: int, after: int) -> bool:
    """Whether the paragraphs from `after` on say under a third of those before `before`
    (`said`: each paragraph's words, 0 for other lines)."""
    return 3 * sum(said[after:]) < sum(said[:before])


def _story_before_tags(kept: list[tuple[str, str]], said: list[int], last: int) -> int:
    """The story's last real paragraph before the tags' label ("Tags:", "Topics: Culture, ..."),
    when what follows the label says little next to the story (a comment policy, teasers)."""
    label = -1
    for i in range(last):
        text = kept[i][1]
        if _may_open_label(text) and _TAGS_LABEL.match(text) is not None:
            label = i
            break
    if label < 0:
        return last
    earlier = _last_real_paragraph(kept, label)
    if earlier < 0 or not _says_little(said, label, label):
        return last
    return earlier


def _may_open_label(text: str) -> bool:
    """False for a text _TAGS_LABEL cannot match: one opening on an ASCII character that is no
    letter its words open with (t, f, k, s, e, m, v, a, either case; case-blind, sre folds no
    other ASCII character onto them), or an empty one. A text opening beyond ASCII ("ſ" folds
    onto "s", the Kelvin sign onto "k") is asked."""
    if not text:
        return False
    c = ord(text[0])
    if c >= 128:
        return True
    return (c | 32) in (116, 102, 107, 115, 101, 109, 118, 97) and (65 <= c <= 90 or 97 <= c <= 122)


def _story_before_labels(kept: list[tuple[str, str]], said: list[int], last: int) -> int:
    """The story's last real paragraph, when the one found is an author's box under the
    story: a name alone on its line ("Jo Example"), then at most two paragraphs that name
    them again ("Jo joined the paper in 2018 ...") and say little next to the story."""
    start = last
    while start > 0 and kept[start - 1][0] == "p":
        start -= 1
    cut = start
    while cut > 0 and kept[cut - 1][0] != "p":
        cut -= 1
    tail = [t for k, t in kept[start:] if k == "p"]
    if len(tail) > 2 or cut == start:
        return last
    opening = set(tail[0].split()[:12])  # as written: "Next" in a heading is no "next"
    named = any(
        k == "h" and _is_name(t) and not opening.isdisjoint(t.split()) for k, t in kept[cut:start]
    )
    if not named:
        return last
    earlier = _last_real_paragraph(kept, cut)
    return earlier if earlier >= 0 and _says_little(said, cut, start) else last


# Two link texts printed with no space between ("All VideosYouTube"): a capital right after
# three small letters, which a name's own inner capital ("McAdam", "DeLuca") never follows.
_GLUED_WORDS: Final = re.compile(r"[^\W\d_]*[a-zß-ÿ]{3}[A-ZÀ-Þ]")


def _is_name(text: str) -> bool:
    """A person's name alone on its line: two to four capitalised words of letters, none two
    words glued (_GLUED_WORDS: a video box's links, whose first word may open the story's
    next paragraph, "All")."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and w.isalpha() and _GLUED_WORDS.match(w) is None for w in words
    )
