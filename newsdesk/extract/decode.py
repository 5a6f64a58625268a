"""Bytes to text: BOM, then the charset the page declares, then detection. Never assumed."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""")


def _known(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    if content_type:
        m = re.search(r"charset=([\w\-:.]+)", content_type, re.IGNORECASE)
        if m and _known(m.group(1)):
            return _known(m.group(1))
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if m:
        return _known(m.group(1).decode("ascii", "replace"))
    return None


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _mostly_utf8(data: bytes) -> str | None:
    """The text, when bytes that fail as UTF-8 are nonetheless UTF-8 but for a few broken
    sequences (a converter that cuts a character in two, a truncated copy): their many valid
    multi-byte characters say so, where a guesser would read the whole text as another charset.
    A single-byte charset's accented letters seldom form valid UTF-8 sequences, so text in one
    has few or none."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    valid = len(_NON_ASCII.findall(text)) - invalid
    return text if valid >= 20 * invalid else None


def decode(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return (text, encoding). Invalid bytes are replaced, never fatal; the encoding says so
    then. An encoding of exactly "utf-8" means `data` is the text's UTF-8 form, byte for byte."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    declared = declared_charset(data, content_type)
    if declared:
        # Pages often declare latin-1 and send UTF-8; trust the declaration only if it decodes.
        if declared in {"latin-1", "iso8859-1", "cp1252", "ascii"}:
            try:
                return data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                pass
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly, "utf-8, invalid bytes replaced"
    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best else "utf-8"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        # Named apart, so that a plain "utf-8" always means the text is exactly these bytes.
        return data.decode(encoding, errors="replace"), f"{encoding}, invalid bytes replaced"
