"""Quotation marks paired over raw text: double quotes, and single quotes that open at a word
boundary, a quotation running over several paragraphs joined into one span."""

from __future__ import annotations

import re

from newsdesk.enrich.spans import Interval

DOUBLE_MARKS = '"“”«»„'
SINGLE_MARKS = "'‘’"
_OPEN_BEFORE = set(" \n\t([{—–-/:")


def _is_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_BEFORE or before in DOUBLE_MARKS) and not after.isspace()


def _is_closing(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def quotation_spans(text: str) -> list[Interval]:
    """Character spans of quotations, marks included; a quote continued in the next paragraph
    (no closing mark, the next paragraph opens with one) is one span."""
    spans: list[Interval] = []
    spans += _pair(text, DOUBLE_MARKS, max_len=6000)
    inside = [False] * (len(text) + 1)
    for a, b in spans:
        for k in range(a, b):
            inside[k] = True
    singles = [s for s in _pair(text, SINGLE_MARKS, max_len=1500) if not inside[s[0]]]
    return sorted(spans + singles)


def _pair(text: str, marks: str, max_len: int) -> list[Interval]:
    spans: list[Interval] = []
    positions = [m.start() for m in re.finditer(f"[{re.escape(marks)}]", text)]
    open_at: int | None = None
    for i in positions:
        if open_at is None:
            if _is_opening(text, i):
                open_at = i
            continue
        if _is_closing(text, i) and i > open_at + 1:
            if i + 1 - open_at <= max_len:
                spans.append((open_at, i + 1))
            open_at = None
        elif _is_opening(text, i):
            # a new opening mark: either the quote runs on into a new paragraph, or the first
            # mark was not a quote (an apostrophe, a stray mark); keep the span only in the
            # first case.
            if "\n\n" in text[open_at:i] and text[i - 1] == "\n":
                continue
            open_at = i
    return spans
