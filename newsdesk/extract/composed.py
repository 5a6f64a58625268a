"""Every string of a Page in Unicode NFC: one spelling for one letter, whatever the page sent.

Pages send some letters decomposed (a base letter and a combining accent: Vietnamese, Hindi,
pasted Mac text), and renderers disagree about them: w3m composes them, inscriptis and our HTML
reader keep what the page sent, elinks prints U+FFFD for a mark it cannot show. Left as sent,
the same word has two spellings: a search for "café" typed composed misses the decomposed one,
near-duplicate detection and story clustering count two words, and word-based scores split a
word at its accent. Readers stay as they are; their Page is composed once, here, on the way out,
so enrichment's character offsets are taken on the text the Page keeps.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import Any

from newsdesk.records import Page


def composed(page: Page) -> Page:
    """The page with every string in it in NFC (in place; the same object is returned)."""
    _compose_fields(page)
    return page


def _compose_fields(record: Any) -> None:
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        new = _composed_value(value)
        if new is not value:
            setattr(record, field.name, new)


def _composed_value(value: Any) -> Any:
    if isinstance(value, str):
        # The quick check answers yes for nearly every string without building a copy.
        return (
            value
            if unicodedata.is_normalized("NFC", value)
            else unicodedata.normalize("NFC", value)
        )
    if isinstance(value, list):
        items = [_composed_value(item) for item in value]
        if any(new is not old for new, old in zip(items, value, strict=True)):
            value[:] = items
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        _compose_fields(value)
    return value
