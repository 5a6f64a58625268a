"""The lists and boxes inside a story's body (see body.py): short lines that are the story's
own list (kept as paragraphs), boxes of other stories' headlines and "read also" inserts (set
aside), and a sub-heading standing right after such a box.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from newsdesk.extract.furniture import READ_ALSO
from newsdesk.extract.text import line_marks, line_prose
from newsdesk.extract.text.kept import GAPS, spaced_words, words_at_least
from newsdesk.extract.text.lines import Line

_HEADER_LINES: Final = 6  # short lines under a story's first paragraph that its header holds
# A link to another page: a headline or a label that ends in an arrow-like guillemet ("Flooded
# town learns to prepare »", "More on the storm ›", "... Read more. »"). Not a quote's closing
# guillemet: a line holding an opening one («, or German »...«), or whose words end a sentence
# or a clause before it ("... la chaîne alimentaire. »"), is left to the story.
_ONWARD_LINK: Final = re.compile(
    r"^[^«]*[^\W_][)\]'’]?[ \u00a0]+[»›]$|^[^«]*\b(?i:read more|more|weiterlesen)\.?[ \u00a0]+[»›]$"
)

_LINK_WORDS: Final = 25  # words of another story's headline at most
# Words of a list item that is a point told at length: more than any headline holds.
_TOLD_ITEM: Final = 30
# A paragraph's last sentence end before a link glued on under it (the link's own "?" aside).
_GLUED_HEAD: Final = re.compile(r"^(.*[.!?…][\"”’)]?) (?=\S)")


def onward_link(text: str) -> str | None:
    """What is left of the story's text when a line links on to another page (see
    _ONWARD_LINK): nothing when the line is the link; the paragraph before it when a converter
    glued the link on under the paragraph (lynx); None when the line is no such link."""
    if text[-1:] not in "»›" or _ONWARD_LINK.match(text) is None:
        return None
    if len(text.split()) <= _LINK_WORDS:
        return ""
    head = _GLUED_HEAD.match(text)
    if head is None or len(text[head.end() :].split()) > _LINK_WORDS:
        return None  # a long paragraph that ends so: not told from the story's own
    return head.group(1)


def _keep_inner_lists(
    kept: list[tuple[str, str]], bulleted: set[str] | frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """Short lines in a run of three or more, with prose before and after them (or closing the
    story, if they are not one-word tags), are a list in the story (tour dates, key points),
    not headings or menus: they stay, as paragraphs; so does a list item alone between two
    (`bulleted`: the texts of the stretch's list items)."""
    out = list(kept)
    # Real paragraphs on both sides, not a one-line aside ("Share your thoughts with friends.").
    # Words as the line reader counts them: a paragraph in an unspaced script (Japanese, Thai)
    # has few spaces.
    prose_at = [
        i for i, (kind, text) in enumerate(kept) if kind == "p" and words_at_least(text, 12)
    ]
    if not prose_at:
        return out
    i = 0
    while i < len(kept):
        if kept[i][0] not in ("h", "li"):
            i += 1
            continue
        j = i
        while j < len(kept) and kept[j][0] in ("h", "li"):
            j += 1
        # At the end of the story a list needs items of some length (tour dates, not tags).
        # The list may come under a short heading of its own ("Tour Dates").
        first = i + 1 if j - i > 3 and not words_at_least(kept[i][1], 5) else i
        closing = all(words_at_least(kept[k][1], 5) for k in range(first, j))
        # Under the first paragraph alone, short lines are the header's (a credit, a date, a
        # share row), unless that paragraph announces them or they are a sentence's wrapped
        # lines (a quote in a narrow column reads on in lower case). A header holds a few such
        # lines; six or more are a list (a product's advantages under their heading).
        header = (
            j - i < _HEADER_LINES
            and len(prose_at) > 1
            and prose_at[1] > j
            and not kept[prose_at[0]][1].endswith(":")
            and not (j < len(kept) and kept[j][1][:1].islower())
        )
        # Inside the story (its prose on both sides): a box of other stories' headlines; after
        # it, a list the page announces as more of its stories.
        if (prose_at[0] < i and prose_at[-1] > j and _headline_box(kept, i, j, bulleted)) or (
            prose_at[-1] < i and _more_announced(kept, i)
        ):
            i = j
            continue
        if j - first >= 3 and prose_at[0] < i and (prose_at[-1] > j or closing) and not header:
            if first > i:
                out[i] = ("h", kept[i][1])
            for k in range(first, j):
                out[k] = ("p", kept[k][1])
        i = j
    for i in range(1, len(out) - 1):
        # A list item alone between the story's paragraphs is one of its points, numbered or
        # bulleted ("2. Never urged Ukraine to ...", "• Live below your means"), not a menu;
        # under another item (a list of headlines ending in a sentence) or a headline, it is
        # that list's or the header's, unless that item is a point told at length (_TOLD_ITEM
        # words: no headline): the story's list, closing on a short point. A listicle's
        # numbered sub-heading, written as a title (_titled: no picture's caption, no logo's
        # link), has its picture under it (gaps), then the point told.
        above = i - 1
        if above > 0 and _post_signature(out[above][1]) and out[above - 1][0] == "p":
            above -= 1  # a post the story quotes, over its signature: the story's paragraph
        if (
            out[i][0] == "li"
            and out[above][0] == "p"
            and words_at_least(out[above][1], 12)
            and (out[above][1] not in bulleted or words_at_least(out[above][1], _TOLD_ITEM))
            and (
                out[i + 1][0] in ("p", "h")
                or (
                    _titled(out[i][1])
                    and next((k for k, _ in out[i + 1 :] if k not in GAPS), None) == "p"
                )
            )
        ):
            out[i] = ("p", out[i][1])
    return out


def _post_signature(text: str) -> bool:
    """An embedded post's signature line ("— Ann Example (@ann) March 2, 2025")."""
    return text[:1] in "—–-" and "(@" in text and len(text) < 120


def _titled(text: str) -> bool:
    """Written as a title: two words of four letters or more, each capitalised ("Check Your
    Motivations"), as a caption's sentence ("A man walks by the pier") is not."""
    long = [word for word in text.split() if len(word) > 3]
    return len(long) >= 2 and all(word[:1].isupper() for word in long)


_LOST: Final = "\ufffd"  # a letter the converter could not decode (elinks prints a run of them)
# "Read also" headers written out as plain words (no pattern), as a header lost letters is matched.
_PLAIN_INSERTS: Final = tuple(h for h in READ_ALSO if re.escape(h) == h.replace(" ", "\\ "))


@lru_cache(maxsize=1024)
def _lost_insert_header(text: str) -> bool:
    """A "read also" header some of whose letters the converter lost ("Read als\ufffd\ufffd"):
    a short line whose known letters, four or more, stand where the header's do, each run of
    lost ones for one to three letters."""
    text = text.strip()
    if len(text.split()) > 4 or len(text.replace(_LOST, "")) < 4:
        return False
    parts = [re.escape(p) for p in re.split(_LOST + "+", text)]
    shape = re.compile(".{1,3}".join(parts), re.I)
    return any(shape.fullmatch(header) for header in _PLAIN_INSERTS)


def _glued_headlines(line: Line) -> bool:
    """A box's headlines a converter printed as one line ("Maps of farmland go online in the
    north Quay tunnel opens under the river"): words that end no sentence and hold no stop or
    comma anywhere, or nearly all capitalised ("Pier Lights Go Back On: 'A Long Winter' Board
    Picks A New Chair"). Prose the story resumes with is punctuated, and in sentence case."""
    return not line_prose.ends_sentence(line.text) and (
        line_prose._PUNCTUATION.search(line.text) is None or line_prose.is_title_case(line.text)
    )


def _headline_box(
    kept: list[tuple[str, str]], i: int, j: int, bulleted: set[str] | frozenset[str]
) -> bool:
    """Whether the run kept[i:j] is a box of other stories inside the story: a header of its
    own ("More on the outbreak", "Most read stories") over three bulleted headlines or more,
    none ending a sentence (a button's label of a word or two among them), and nothing above
    announcing them (a paragraph or a header ending in a colon leads into the story's own
    list)."""
    head = kept[i][1]
    if kept[i][0] != "h" or head in bulleted or head.rstrip().endswith(":") or j - i < 4:
        return False
    above = next((t for k, t in reversed(kept[:i]) if k not in GAPS), "")
    if above.rstrip().endswith(":"):
        return False
    run = kept[i + 1 : j]
    items = [t for k, t in run if k == "li" and t in bulleted]
    # A button's label between two items ("View") is the box's too.
    labels = [
        t
        for n, (k, t) in enumerate(run)
        if 0 < n < len(run) - 1 and k == "h" and spaced_words(t) <= 2
    ]
    if len(items) < 3 or len(items) + len(labels) < len(run):
        return False
    # Headlines run five words or more (a recipe's items, a list of things to take, fewer).
    return not any(line_prose.ends_sentence(t) or spaced_words(t) < 5 for t in items)


# A line announcing more of the page's stories on a topic ("Related coverage from Money:",
# "More on the strike:", "Mehr zu Anna Example und ihrer Familie:"): not the story's list.
_MORE_ON: Final = re.compile(
    r"^(?:related|more (?:on|about|from)|mehr (?:zu[mr]?|über|von)|plus (?:sur|de)"
    r"|más (?:sobre|de)|mais (?:sobre|de)|altro su|meer over)\b.{0,80}:$",
    re.I,
)


def _more_announced(kept: list[tuple[str, str]], i: int) -> bool:
    """Whether the list at kept[i] comes under a line announcing more of the page's stories
    (the line above it, or its own heading)."""
    above = next((t for k, t in reversed(kept[:i]) if k not in GAPS), "")
    return any(_MORE_ON.match(t) and spaced_words(t) <= 12 for t in (above, kept[i][1]))


def _heading_after_box(skipped: list[Line]) -> str | None:
    """A box of linked headlines may end right where the story's next sub-heading stands.
    Headlines in such boxes run seven words or more; a sub-heading is shorter, and no chrome
    word ("Advertisement", "Story continues below advertisement")."""
    if len(skipped) < 2:
        return None
    last = skipped[-1]
    if (
        last.bullet
        or last.words > 6
        or line_prose.ends_sentence(last.text)
        or line_marks.marks(last) & line_marks.CHROME_WORD
    ):
        return None
    return last.text
