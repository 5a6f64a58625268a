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
from typing import Any, Final

from newsdesk.records import Page


def composed(page: Page) -> Page:
    """The page with every string in it in NFC (in place; the same object is returned)."""
    _compose_fields(page)
    return page


# Each record class's field names, looked up once: dataclasses.fields() filters every field of
# the class at each call, and a Page holds a few hundred records.
_FIELD_NAMES: Final[dict[type, tuple[str, ...]]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(field.name for field in dataclasses.fields(cls))
    return names


def _compose_fields(record: Any) -> None:
    for name in _field_names(type(record)):
        value = getattr(record, name)
        new = _composed_value(value)
        if new is not value:
            setattr(record, name, new)


def _composed_value(value: Any) -> Any:
    if isinstance(value, str):
        # ASCII is NFC as it is; the quick check answers yes for nearly every other string
        # without building a copy.
        if value.isascii() or unicodedata.is_normalized("NFC", value):
            return value
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        for i, item in enumerate(value):
            new = _composed_value(item)
            if new is not item:
                value[i] = new
        return value
    if value is not None and _is_record(value):
        _compose_fields(value)
    return value


# Whether values of a type are records (dataclass instances), looked up once a type: the
# answer is the type's (dataclasses.is_dataclass asks the instance's class), and a Page's
# fields are a handful of types asked a few hundred times.
_RECORD_TYPES: Final[dict[type, bool]] = {}


def _is_record(value: Any) -> bool:
    """dataclasses.is_dataclass(value) and not isinstance(value, type)."""
    kind = type(value)
    found = _RECORD_TYPES.get(kind)
    if found is None:
        found = _RECORD_TYPES[kind] = dataclasses.is_dataclass(value) and not isinstance(
            value, type
        )
    return found
