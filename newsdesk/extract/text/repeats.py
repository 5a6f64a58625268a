"""What a page prints twice, told apart from the story it holds: a story does not say a sentence
twice, a page does. Two ways, asked by the body (body.py) at two times:

- while it walks the lines: lines printed twice in a row (a picture's alt text, then its
  caption; a teaser's picture link, then its text link), or one line saying itself twice, glued
  (`doubled_lines`);
- while it assembles the paragraphs: a paragraph that says again what an earlier one said (a
  teaser, a metadata block, a print version), compared by their runs of four words
  (`SaidBefore`, `shingles`, with the cheap gate `may_repeat` in front).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Final

from newsdesk.extract.text.kept import lowered_words
from newsdesk.extract.text.lines import Line

_DOUBLED_WORDS: Final = 4  # a line printed twice in a row, of this many words or more
_CREDIT_WORDS: Final = 5  # a credit between a caption and its second print, at most
_SHARED_WORDS: Final = 12  # a line opening like the next, or said twice glued, of this many
_TWICE_WORDS: Final = 10  # a line said twice over, spaced, nearly alike, of this many words
_TWICE_MOST: Final = 40  # and at most this many (a title said twice: a paragraph runs longer)
_RUNS: Final = 8  # runs of four words a paragraph needs to be found said again
_SAID_SHARE: Final = 0.8  # of its runs said before


def doubled_lines(lines: list[Line]) -> set[int]:
    """Indices of lines printed twice in a row: the second repeats the first, perhaps with a few
    words more (a credit glued on), or both open alike for most of their length (a caption
    folded and unfolded); of a line printed again under a short line that ends no sentence (a
    caption, its credit, the caption again), unless that line stands over the first print too
    (a block printed twice); and of long lines that say themselves twice, glued or spaced (a
    teaser's title, then its blurb saying it again). A story does not say a sentence twice
    running; a picture (alt text, then caption) and a teaser (picture link, then text link) do.
    """
    found: set[int] = set()
    for n in range(len(lines)):
        a, b = lines[n].text, lines[n + 1].text if n + 1 < len(lines) else ""
        # Rows of a table share their padding, not their words: columns are not repeats.
        if lines[n].words < _DOUBLED_WORDS or lines[n].listed or "  " in a:
            continue
        if b and b.startswith(a) and len(b) - len(a) <= 60:
            found.update((n, n + 1))
        elif lines[n].words >= _SHARED_WORDS and a[:40] == b[:40] and _shared_opening(a, b):
            found.update((n, n + 1))  # a caption and its "... more" / "... less" twin
        elif lines[n].words >= _SHARED_WORDS and _says_itself_twice(a):
            found.add(n)  # alt text and caption glued into one line
        elif (
            n + 2 < len(lines)
            and lines[n + 2].text == a
            and lines[n + 1].words <= _CREDIT_WORDS
            and not lines[n + 1].text.endswith((".", "!", "?"))
            # A label over each print is a block printed twice, the label with it: no credit.
            and not (n > 0 and lines[n - 1].text == lines[n + 1].text)
        ):
            found.update((n, n + 2))  # a caption, its credit, the caption again
        elif _TWICE_WORDS <= lines[n].words <= _TWICE_MOST and _says_itself_twice_spaced(a):
            found.add(n)  # a teaser's title, then its blurb saying the title again
    return found


def _shared_opening(a: str, b: str) -> bool:
    """Whether two lines open alike for most of the shorter one: one text printed twice, cut
    off differently (a caption folded "The team ... more", then unfolded)."""
    short = min(len(a), len(b))
    same = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        same += 1
    return same >= 0.8 * short


def _says_itself_twice(text: str) -> bool:
    """Whether the line is one text said twice over, glued ("A caption.A caption.")."""
    again = text.find(text[:30], 30)
    if again < 0:
        return False
    first, rest = text[:again], text[again:]
    # The second may be cut short, or carry the credit glued on; nothing more.
    return first.startswith(rest) or (rest.startswith(first) and len(rest) - len(first) <= 60)


def _says_itself_twice_spaced(text: str) -> bool:
    """Whether the line is one text said twice over, spaced, the second nearly alike ("Port
    reopens after storm. Port reopens after the storm"): its first three words open its second
    half again, and three quarters of the words of the longer half are the other's. A teaser
    prints its title, then a blurb that says the title again; a story says a short line twice
    at most ("Are we there yet? Are we there yet?", under _TWICE_WORDS words)."""
    space = text.find(" ")
    if space < 1 or text.find(" " + text[:space] + " ", len(text) // 3) < 0:
        return False  # (most lines: their first word is not said again past their first third)
    words = [w.strip(_PUNCTUATION) for w in lowered_words(text)]
    if len(words) < _TWICE_WORDS or not all(words[:3]):
        return False  # (marks and boxes, not words: "( ) ( ) ( )")
    n = len(words)
    for half in range(max(3, n // 2 - 2), min(n - 3, n // 2 + 3)):
        if words[half : half + 3] == words[:3] and len(set(words[:half])) >= 0.8 * half:
            # (the first half a title, its words said once: not a run of a few words over and
            # over, a chant's or a list's)
            first, second = Counter(words[:half]), Counter(words[half:])
            if sum((first & second).values()) >= 0.75 * max(half, n - half):
                return True
    return False


_PUNCTUATION: Final = ".,;:!?¿¡\"'“”‘’«»()[]-–—…"


@lru_cache(maxsize=16384)
def shingles(text: str) -> tuple[str, ...]:
    """The paragraph's distinct runs of four words (a shorter paragraph is one run of all its
    words), each joined by single spaces (words hold no spaces: two runs are equal as strings
    exactly when they are equal word for word)."""
    # Cached: pages of one site print the same paragraphs (a standfirst, a boilerplate line).
    # Strings, not tuples: a tuple is an object the garbage collector tracks, and the tens of
    # thousands a batch keeps here made it collect a hundred times a pass (a tenth of the time).
    # Kept as a tuple of the distinct runs, not a frozenset: the collector walks every entry of
    # a set at each collection, while a tuple of strings it stops tracking at the first.
    words = lowered_words(text)
    if len(words) < 4:
        return (" ".join(words),)
    # Each run is sliced out of the words joined once: the very string " ".join makes of its
    # four words, at a fraction of the cost (a join a run cost five times the slice).
    joined = " ".join(words)
    # Gathered straight into a set (not a list, then a frozenset of it: two passes a run).
    runs: set[str] = set()
    # Where the run's first three words start in `joined` (a, b, c), and where its last word
    # does (at): kept in native ints, one step a word.
    a, b, c = 0, len(words[0]) + 1, len(words[0]) + len(words[1]) + 2
    at = c + len(words[2]) + 1
    for i in range(3, len(words)):
        end = at + len(words[i])
        runs.add(joined[a:end])
        a, b, c, at = b, c, at, end + 1
    return tuple(runs)


def may_repeat(words: tuple[str, ...], seen_words: set[str]) -> bool:
    """False when a paragraph of `words` cannot have 8 runs of four words or more, 80% of them
    already said: a run said before has its four words among the words said (`seen_words`), so
    at most as many distinct runs were said as places where four such words follow each other;
    and a paragraph has at least as many distinct runs as distinct words from its fourth on
    (each the last word of a run)."""
    if len(words) < 11:
        return False  # fewer than 8 runs
    together = said = 0
    for word in words:
        if word in seen_words:
            together += 1
            if together >= 4:
                said += 1
        else:
            together = 0
    if said < 7:
        return False  # fewer than 0.8 * 8
    return said >= 0.8 * len(set(words[3:]))


class SaidBefore:
    """The paragraphs a story has said so far, asked of each next one whether it says one of
    them again (pages print their text twice: a teaser, a metadata block, a print version).

    Runs of words are made only when a paragraph may repeat earlier ones (`may_repeat`, on the
    words said so far): most pages repeat none. Until then the texts wait in `pending`."""

    def __init__(self) -> None:
        self.first: str | None = None  # the first paragraph said
        self.runs: set[str] = set()  # the runs of four words of the paragraphs shingled
        self.words: set[str] = set()  # the words of every paragraph said
        self.pending: list[str] = []  # paragraphs said, not shingled yet

    def repeats(self, text: str) -> tuple[str, ...] | None:
        """The paragraph's runs of four words where it says again what was said (8 runs or
        more, 80% of them said before: the caller drops it); else None, and it is said."""
        words = lowered_words(text)
        if self.first is not None and may_repeat(words, self.words):
            for said in self.pending:
                self.runs.update(shingles(said))
            self.pending.clear()
            grams = shingles(text)  # distinct: the shared ones are counted once each
            if len(grams) >= _RUNS and len(self.runs.intersection(grams)) >= _SAID_SHARE * len(
                grams
            ):
                return grams
            self.runs.update(grams)
        else:
            self.pending.append(text)
        if self.first is None:
            self.first = text
        self.words.update(words)
        return None
