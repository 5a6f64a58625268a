"""The converters' own link apparatus in a text dump, which is not the page's text.

lynx and elinks number every link ("[12]Sign in"), list the numbered addresses at the dump's end
(lynx's "References", elinks's "Visible links") and print the page's <link> elements at its top
("#[1]alternate [2]Feed", "Link: [1]dns-prefetch"). lines.normalise takes these off before the
lines are shaped; the page's own numbers in brackets ("democracy [1].") stay.
"""

from __future__ import annotations

import re
from typing import Final

# A converter's list of the links it numbered (lynx's "References", w3m's with link numbers):
# "  12. https://example.org/a", under a header, at the very end of the dump. Any scheme, its
# address right after the colon ("mailto:", "tel:", "whatsapp://", "feed:https://...").
_LINK_ENTRY: Final = re.compile(r"^\s*\d+\.\s+[a-z][a-z0-9+.-]*:\S")
# elinks gives a link with a title its title on the entry's line ("  61. Read more about it")
# and the address alone on the next, indented by a tab: that line belongs to the list too.
_LINK_ADDRESS: Final = re.compile(r"^\s+(?:[a-z][a-z0-9+.-]*://|mailto:|javascript:)\S*$")
_LINK_LIST_HEADER: Final = re.compile(
    r"^\s*(?:references|(?:visible |hidden )?links)\s*:?\s*$", re.I
)
# The number such a converter prints before each link's text: "[12]Sign in", "see [12]the report".
_LINK_NUMBER: Final = re.compile(r"\[(\d+)\]")


def _converter_numbers(numbers: list[int]) -> list[bool]:
    """Which of the numbers in brackets, in the dump's order, are the converter's: it numbers
    the page's links one after another, so its numbers are the longest run that rises through
    the dump; the others are the page's own ("democracy [1].", a citation's "[34], [35]", a
    note's "[22]" before its link), printed among them."""
    # Patience sorting: tails[k] is the index of the smallest last number of a rising run of
    # k + 1 numbers so far; back[i] the index before numbers[i] in its run.
    tails: list[int] = []
    back = [-1] * len(numbers)
    for i, n in enumerate(numbers):
        low, high = 0, len(tails)
        while low < high:
            mid = (low + high) // 2
            if numbers[tails[mid]] < n:
                low = mid + 1
            else:
                high = mid
        if low:
            back[i] = tails[low - 1]
        if low == len(tails):
            tails.append(i)
        else:
            tails[low] = i
    ours = [False] * len(numbers)
    at = tails[-1] if tails else -1
    while at >= 0:
        ours[at] = True
        at = back[at]
    return ours


def without_link_numbers(raw: list[str]) -> list[str]:
    """The lines without the converter's link numbers (_converter_numbers); the page's own
    numbers in brackets stay, as the page printed them."""
    found: list[tuple[int, int, int, int]] = []  # (line, start, end, number)
    for index, s in enumerate(raw):
        if "[" in s:
            for m in _LINK_NUMBER.finditer(s):
                found.append((index, m.start(), m.end(), int(m.group(1))))
    if not found:
        return raw
    ours = _converter_numbers([f[3] for f in found])
    out = list(raw)
    cuts: dict[int, list[tuple[int, int]]] = {}
    for (index, start, end, _), converter in zip(found, ours, strict=True):
        if converter:
            cuts.setdefault(index, []).append((start, end))
    for index, spans in cuts.items():
        s = raw[index]
        pieces: list[str] = []
        at = 0
        for start, end in spans:
            pieces.append(s[at:start])
            at = end
        pieces.append(s[at:])
        out[index] = "".join(pieces)
    return out


# elinks opens a dump with the page's <link> elements, one a line: "Link: [1]dns-prefetch",
# "Link: [2]Harbour Courier feed (alternate)". The converter's, not the page's text.
_LINK_ELEMENT: Final = re.compile(r"^\s*Link: ")


# lynx prints them on the dump's first line, "#" then each numbered ("#[1]alternate [2]Harbour
# Courier » Feed"), wrapped over the lines below it as one paragraph.
_LYNX_LINK_ELEMENTS: Final = re.compile(r"^\s*#\[1\]")
# A line of them this long (in columns) was wrapped: the next line, if not blank, goes on with it.
_WRAPPED_ELEMENTS: Final = 60


def link_elements_end(raw: list[str]) -> int:
    """Where the converter's opening run of the page's <link> elements ends (0 if none). A long
    title wraps onto a line of its own between two elements."""
    start = 0
    while start < len(raw) and not raw[start].strip():
        start += 1
    if start == len(raw):
        return 0
    if _LYNX_LINK_ELEMENTS.match(raw[start]):
        end = start + 1
        while end < len(raw) and raw[end].strip() and len(raw[end - 1]) >= _WRAPPED_ELEMENTS:
            end += 1
        return end
    if not _LINK_ELEMENT.match(raw[start]):
        return 0
    end = index = start
    while index < len(raw) and index <= end + 1:
        if _LINK_ELEMENT.match(raw[index]):
            end = index + 1
        index += 1
    return end


def link_list_start(raw: list[str]) -> int | None:
    """Where the converter's trailing list of numbered links begins (its header included), or
    None if the dump does not end with one. Every line from there on is the list: chrome.
    A link whose address held a line break spills a line or two between entries."""
    end = len(raw)
    while end and not raw[end - 1].strip():
        end -= 1
    if not end or not (_LINK_ENTRY.match(raw[end - 1]) or _LINK_ADDRESS.match(raw[end - 1])):
        return None  # the common case, settled by the last line
    start = first = end
    entries = strays = 0
    headed = False
    while start and strays < 3:
        s = raw[start - 1]
        start -= 1
        if _LINK_ENTRY.match(s):
            entries += 1
            strays = 0
            first = start
        elif _LINK_ADDRESS.match(s):
            entries += 1  # a titled entry's address: its title is the line above
            strays = 0
        elif _LINK_LIST_HEADER.match(s):
            first = start
            headed = True
        elif s.strip():
            strays += 1
    # A page with one link gives a list of one: its header ("References") says what it is.
    return first if entries >= 2 or (entries and headed) else None
