"""Text dumps to normalised lines, whatever converter wrote them.

Converters differ in bullets ("•", "*", "□", "+", "-" or none), indentation, wrapping and how
they glue inline elements ("Al Mayadeen4 days ago"). Everything after this module sees one
shape: a `Line` with its text, indentation depth, whether it was a list item and whether a blank
line preceded it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_BULLET = re.compile(r"^([•*□+\-▪◦·○●■‣–]|\d{1,2}[.)])\s+")
_BARE_BULLET = re.compile(r"^[•*□+\-▪◦·○●■‣–]$")
# "Al Mayadeen4 days ago", "time9 hours ago": an icon word or a name glued to a relative date.
_GLUED_RELATIVE = re.compile(
    r"^(.*?[A-Za-z.)])(\d+\s*(?:second|minute|hour|day|week|month|year)s?\s+ago)$", re.I
)
_ICON_WORDS = {"time", "clock", "calendar", "date"}
_SENTENCE_END = re.compile(r"[.!?…:;,\"'”’)]$")


@dataclass
class Line:
    text: str
    indent: int = 0
    bullet: bool = False
    blank_before: bool = False
    raw_index: int = 0
    glued: bool = False  # the head of a glued pair ("Al Mayadeen" of "Al Mayadeen4 days ago")
    chrome: bool = False  # recurs across the site's captures (see extract/profile.py)
    words: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.words = len(self.text.split())


def _split_glued(text: str) -> list[str]:
    m = _GLUED_RELATIVE.match(text)
    if not m:
        return [text]
    head, date = m.group(1).strip(), m.group(2)
    if head.lower() in _ICON_WORDS:
        return [date]
    return [head, date]


def _wrap_width(raw: list[str]) -> int | None:
    """The column a wrapping converter broke lines at, or None if lines were not wrapped."""
    lengths = [len(s.rstrip()) for s in raw if len(s.strip()) > 20]
    if len(lengths) < 8:
        return None
    longest = max(lengths)
    if longest > 160:
        return None  # unwrapped paragraphs run long
    near = sum(1 for n in lengths if n >= longest - 15)
    return longest if near >= len(lengths) * 0.3 else None


def _unwrap(raw: list[str], width: int) -> list[str]:
    out: list[str] = []
    joinable = False
    for s in raw:
        stripped = s.strip()
        if joinable and stripped and not _BULLET.match(stripped) and out:
            out[-1] = out[-1].rstrip() + " " + stripped
        else:
            out.append(s)
        # A line that reaches the wrap column continues on the next line.
        joinable = (
            bool(stripped) and len(s.rstrip()) >= width - 15 and not _BARE_BULLET.match(stripped)
        )
    return out


def normalise(text: str) -> list[Line]:
    """Lines of a text dump with bullets, indentation and wrapping made uniform."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    raw = text.split("\n")
    width = _wrap_width(raw)
    if width:
        raw = _unwrap(raw, width)
    indents = Counter(len(s) - len(s.lstrip(" \t")) for s in raw if s.strip())
    steps = sorted(i for i in indents if i > 0)
    unit = steps[0] if steps else 1
    lines: list[Line] = []
    blank = False
    pending_bullet = False
    for index, s in enumerate(raw):
        expanded = s.expandtabs(4)
        stripped = expanded.strip()
        if not stripped:
            blank = True
            continue
        if _BARE_BULLET.match(stripped):
            pending_bullet = True  # the item's text follows on the next line
            continue
        indent = (len(expanded) - len(expanded.lstrip())) // max(unit, 1)
        bullet = pending_bullet
        pending_bullet = False
        m = _BULLET.match(stripped)
        if m and len(stripped) > len(m.group(0)):
            bullet = True
            stripped = stripped[m.end() :].strip()
            # "• • LIVE": nested bullets collapse into one item.
            while (m := _BULLET.match(stripped)) and len(stripped) > len(m.group(0)):
                stripped = stripped[m.end() :].strip()
        parts = _split_glued(stripped)
        for n, part in enumerate(parts):
            lines.append(
                Line(
                    text=part,
                    indent=indent,
                    bullet=bullet,
                    blank_before=blank,
                    raw_index=index,
                    glued=len(parts) == 2 and n == 0,
                )
            )
            blank = False
    return lines


def is_sentence_like(text: str) -> bool:
    return bool(_SENTENCE_END.search(text)) and len(text.split()) >= 6
