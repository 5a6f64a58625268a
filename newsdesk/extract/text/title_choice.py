"""The article's headline chosen by general signals, not by the header walk's shapes alone.

The header walk (meta.read_header) climbs from the body line by line and takes the first line
no rule passes; where the header holds something no rule foresaw (a poll's buttons, a caption
under the facts, a label in another language) it takes that, or nothing. Here every line near
the body's start (ABOVE lines over it, BELOW lines into it) is a candidate, scored on signals
any headline shows:

- its shape: title-like (no final stop, a title's length, capitalised), no list item, no label,
  trail, share bar, caption or name, no lead-in ending with a colon;
- its place: near the body, the first line under a list of links (the menus' end), a header's
  fact (byline, date) right under or over it, set in from the body;
- what it says: the words of the body's first lines (a headline names what the story tells),
  the same text printed again on the page (a page title, a trail's last step, a share link);
- the walk's own choice, a signal among the others.

The score is a weighted sum of those signals (WEIGHTS: a conditional logit fitted once over the
candidates of the studied pages, the HTML reader's title as the answer, then rounded). The best
candidate is the headline where it scores MARGIN over the walk's choice or more (or the walk
found none); else the walk's choice stands.

Cost: a few dozen candidates a page, each a handful of pattern tests (the label and name tests
the walk asks too) and a set intersection; one pass over the page's lines to count prints.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

from newsdesk.extract import bare_bylines, bylines, facts
from newsdesk.extract.text import captions, line_marks, line_prose
from newsdesk.extract.text.headers import is_header_fact
from newsdesk.extract.text.headline import has_words, is_chrome_label, is_trail, title_candidate
from newsdesk.extract.text.lines import Line

ABOVE: Final = 40  # lines over the body's start a candidate may stand at most
BELOW: Final = 4  # lines of the body's head a candidate may stand in
_TOP: Final = 3  # the page's first lines, where a page title is printed
_BODY_LINES: Final = 8  # lines of the body whose words a headline may repeat
_MAX_WORDS: Final = 40  # words of a candidate at most
_SAID_WORDS: Final = 4  # words of the body's a headline says, counted up to
_ECHO_CHARS: Final = 12  # characters of a text another line may print again, at least
_WORD: Final = re.compile(r"\w{4,}")
_KEY_WORD: Final = re.compile(r"\w+")
# Scripts written without spaces: their words are read as pairs of characters.
_UNSPACED: Final = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]"
)
# A sentence's stop inside a line, the next opening with a capital or a bracket: a caption told
# in sentences ("Harbour at dawn. (Agency)").
_TOLD: Final = re.compile(r"[.!?]\s+[(\[]?[A-Z]")
# A form's controls as text browsers print them: a radio button "( )", "(*)", a check box "[ ]",
# "[X]", a text field "____": a poll's or a search's line, never a headline.
_FORM: Final = re.compile(r"\(\s?\*?\s?\)|\[\s?[*xX]?\s?\]|_{4,}")
_ASKS: Final = ("?", "!", "?”", '?"')  # a headline may end as a question or a call

FEATURES: Final = (
    "walk",  # the header walk's choice
    "inside",  # in the body's head, not over it
    "distance",  # lines from the body's start (1 at ABOVE)
    "title_like",  # headline.title_candidate, words of letters
    "stop",  # ends with a sentence's stop (not a question's)
    "short",  # two words or fewer
    "long",  # over twenty words
    "chrome",  # recurs across the site's captures, or holds a chrome word
    "label",  # a button's label, a trail, a share bar, a picture's line, a credited caption or
    # a form's controls
    "name",  # a byline, or a name alone
    "fact_below",  # a byline or date within three lines under it
    "fact_above",  # a byline or date within two lines over it
    "after_list",  # the first line under a list item, only short lines between
    "again",  # the same words printed elsewhere on the page
    "colon",  # ends with a colon: a lead-in, a label
    "near",  # two or three lines over the body's start
    "indent",  # set in otherwise than the body's first line
    "caps",  # in capitals
    "top",  # printed in the page's first lines (a page title: "<headline> | <site>")
    "mid",  # four to fifteen words
    "said",  # words the body's first lines say (_SAID_WORDS at most, scaled to 1)
    "echo",  # printed again inside a longer candidate (a trail's step, a labelled link)
    "told",  # a sentence's stop inside it
    "reprinted",  # printed again in the body's first lines (a standfirst, a caption)
    "teaser",  # one of a run printed alike (a picture's mark, a title, a date, again and again)
)
# Fitted over the studied pages' candidates (conditional logit, L2 1.0), rounded to quarters.
WEIGHTS: Final = (
    1.25,  # walk
    -1.5,  # inside
    -1.25,  # distance
    1.0,  # title_like
    -0.5,  # stop
    0.5,  # short
    -1.75,  # long
    0.5,  # chrome
    -1.75,  # label
    -0.25,  # name
    1.5,  # fact_below
    0.5,  # fact_above
    0.75,  # after_list
    0.75,  # again
    -0.5,  # colon
    0.25,  # near
    1.25,  # indent
    0.5,  # caps
    0.75,  # top
    1.0,  # mid
    4.25,  # said
    1.25,  # echo
    -0.5,  # told
    -0.75,  # reprinted
    -1.5,  # teaser
)
MARGIN: Final = 1.0  # the score over the walk's choice another candidate needs to be taken
_ECHO: Final = FEATURES.index("echo")
_REPRINTED: Final = FEATURES.index("reprinted")


def _tokens(text: str) -> set[str]:
    """A text's words of four letters or more, case folded; in a script without spaces, its
    pairs of characters."""
    folded = text.casefold()
    if _UNSPACED.search(folded) is not None:
        chars = [c for c in folded if c.isalnum()]
        return {chars[k] + chars[k + 1] for k in range(len(chars) - 1)}
    return set(_WORD.findall(folded))


def _key(text: str) -> str:
    """A line's text for comparing prints of it: its words, case folded."""
    return " ".join(_KEY_WORD.findall(text.casefold()))


def _body_words(
    lines: list[Line], start: int, end: int, skip: frozenset[int] | set[int] = frozenset()
) -> set[str]:
    """The words of the body's first lines (_BODY_LINES), lines `skip` left out."""
    out: set[str] = set()
    for k in range(start, min(end, start + _BODY_LINES)):
        if k not in skip:
            out |= _tokens(lines[k].text)
    return out


_DIGITS: Final = re.compile(r"\d")
_PERIODS: Final = range(2, 6)  # lines of one teaser in a run of them


def _alike(lines: list[Line], a: int, b: int) -> bool:
    """Whether lines `a` and `b` print the same text but for their figures (two teasers'
    dates, "Harbour Times 10/06/2024" / "Harbour Times 11/06/2024"; their pictures' marks)."""
    if not (0 <= a < len(lines) and 0 <= b < len(lines)):
        return False
    x, y = lines[a].text, lines[b].text
    return x == y or (len(x) == len(y) and _DIGITS.sub("0", x) == _DIGITS.sub("0", y))


def _in_run(lines: list[Line], i: int) -> bool:
    """Whether line `i` is a teaser's title in a run of teasers printed alike: the line under
    it (or over it) printed alike in three teasers a teaser's length apart, the line itself
    not (it says something else each time)."""
    for p in _PERIODS:
        for n in (i - 1, i + 1):
            run = [_alike(lines, n, n + q) for q in (-2 * p, -p, p, 2 * p)]
            if ((run[0] and run[1]) or (run[1] and run[2]) or (run[2] and run[3])) and not (
                _alike(lines, i, i + p) or _alike(lines, i, i - p)
            ):
                return True
    return False


def features(
    lines: list[Line],
    i: int,
    start: int,
    walk: int | None,
    body_words: set[str],
    printed: dict[str, int],
) -> list[float]:
    """The signals of line `i` as a candidate headline (FEATURES, in order; echo is set by
    candidates, which sees them all)."""
    line = lines[i]
    text = line.text
    words = line.words
    key = _key(text)
    label = bool(
        is_chrome_label(text)
        or is_trail(text)
        or facts.is_share_bar(text)
        or captions.picture_line(text)
        or captions.caption_credit(text)
        or _FORM.search(text) is not None
    )
    after_list = False
    for k in range(i - 1, max(-1, i - 3), -1):
        if lines[k].bullet:
            after_list = True
            break
        if lines[k].words > 3:
            break
    body_indent = lines[start].indent if start < len(lines) else line.indent
    return [
        float(i == walk),
        float(i >= start),
        min(abs(start - i), ABOVE) / ABOVE,
        float(bool(title_candidate(line)) and has_words(text)),
        float(bool(line_prose.ends_sentence(text)) and not text.endswith(_ASKS)),
        float(words <= 2),
        float(words > 20),
        float(line.chrome or bool(line_marks.marks(line) & line_marks.CHROME_WORD)),
        float(label),
        float(bylines.byline(text) is not None or bool(bare_bylines.lone_name(text))),
        float(any(is_header_fact(below) for below in lines[i + 1 : i + 4])),
        float(any(is_header_fact(above) for above in lines[max(0, i - 2) : i])),
        float(after_list),
        float(printed.get(key, 0) > 1),
        float(text.endswith((":", "："))),
        float(start - 3 <= i < start - 1),
        float(line.indent != body_indent),
        float(text.isupper()),
        float(words >= 3 and any(key in _key(lines[k].text) for k in range(min(_TOP, i)))),
        float(4 <= words <= 15),
        min(len(_tokens(text) & body_words), _SAID_WORDS) / _SAID_WORDS,
        0.0,
        float(_TOLD.search(text) is not None),
        0.0,
        float(_in_run(lines, i)),
    ]


def candidates(
    lines: list[Line], start: int, end: int, floor: int, walk: int | None
) -> list[tuple[int, list[float]]]:
    """Each candidate line near the body's start (no list item, some words, no drawn rule;
    the walk's choice wherever it stands) with its signals."""
    body_words = _body_words(lines, start, end)
    printed: dict[str, int] = {}
    for line in lines:
        if 1 <= line.words <= _MAX_WORDS:
            key = _key(line.text)
            printed[key] = printed.get(key, 0) + 1
    body_keys = [_key(line.text) for line in lines[start : min(end, start + _BODY_LINES)]]
    found: list[tuple[int, list[float]]] = []
    top = max(floor, start - ABOVE)
    for i in range(top, min(end, start + BELOW)):
        line = lines[i]
        if line.bullet or not 1 <= line.words <= _MAX_WORDS or line_prose.spells_nothing(line.text):
            continue
        key = _key(line.text)
        reprints = [
            start + k
            for k, body_key in enumerate(body_keys)
            if start + k != i and len(key) >= _ECHO_CHARS and key in body_key
        ]
        said = body_words if i < start else _body_words(lines, start, end, {i})
        signals = features(lines, i, start, walk, said, printed)
        signals[_REPRINTED] = float(bool(reprints))
        found.append((i, signals))
    if walk is not None and not top <= walk < start + BELOW:
        found.append((walk, features(lines, walk, start, walk, body_words, printed)))
    keys = [_key(lines[i].text) for i, _ in found]
    for (_, signals), key in zip(found, keys, strict=True):
        if len(key) >= _ECHO_CHARS and any(
            len(other) > len(key) and key in other for other in keys
        ):
            signals[_ECHO] = 1.0
    return found


def score(signals: list[float]) -> float:
    """A candidate's score: its signals weighed."""
    return sum(w * s for w, s in zip(WEIGHTS, signals, strict=True))


def choose(
    lines: list[Line],
    start: int,
    end: int,
    floor: int,
    walk: int | None,
    now: datetime | None = None,
) -> int | None:
    """The headline's line: the best-scored candidate where it scores MARGIN over the walk's
    choice (`walk`) or more, or the walk found none; else the walk's choice."""
    best: int | None = None
    best_score = 0.0
    walk_score: float | None = None
    for i, signals in candidates(lines, start, end, floor, walk):
        s = score(signals)
        if i == walk:
            walk_score = s
        if best is None or s > best_score:
            best, best_score = i, s
    if best is None or walk_score is None or best_score - walk_score >= MARGIN:
        return best if best is not None else walk
    return walk
