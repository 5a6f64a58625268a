"""Site profiles: lines that recur across several captures of one site are its chrome.

One capture cannot tell a menu item from a one-word heading; five captures of the same site can.
A profile is learnt from captures given together (or loaded from a file, or kept in the store)
and marks those lines as chrome when a page of that site is read.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# A line must recur in this share of a site's captures (and in at least two) to count as chrome.
_MIN_SHARE = 0.5
# Lines this long are a story's paragraphs: shared by two captures, they make them one story.
_PARAGRAPH_WORDS = 15


_BULLETS = re.compile(r"^[\s•*□+\-▪◦·○●■‣–]+")


def _key(text: str) -> str:
    """Lines compare without bullets, indentation or case: converters differ in those."""
    return " ".join(_BULLETS.sub("", text).split()).lower()


@dataclass
class SiteProfile:
    site: str
    chrome: set[str] = field(default_factory=set)
    captures: int = 0

    def is_chrome(self, text: str) -> bool:
        return _key(text) in self.chrome

    def to_dict(self) -> dict:
        return {"site": self.site, "captures": self.captures, "chrome": sorted(self.chrome)}

    @classmethod
    def from_dict(cls, data: dict) -> SiteProfile:
        return cls(site=data["site"], chrome=set(data["chrome"]), captures=data.get("captures", 0))


def line_keys(text: str) -> set[str]:
    """The distinct lines of one capture, as profiles compare them."""
    return {_key(line) for line in text.splitlines() if line.strip()}


def short_line_keys(text: str, max_words: int) -> set[str]:
    """line_keys of the lines that are `max_words` words or fewer once keyed. Keying drops
    leading bullets and spacing, so a line of more words loses some only when a bullet leads it;
    the others (most of a dump's lines) are not keyed at all."""
    keys = set()
    for line in text.splitlines():
        words = line.split()
        if words and (len(words) <= max_words or _BULLETS.match(words[0])):
            key = _key(line)
            if len(key.split()) <= max_words:
                keys.add(key)
    return keys


def profile_from_counts(site: str, captures: int, counts: dict[str, int]) -> SiteProfile:
    """Lines found in at least half of the captures (and at least two) are chrome."""
    threshold = max(2, int(captures * _MIN_SHARE + 0.999))
    chrome = {line for line, count in counts.items() if count >= threshold}
    return SiteProfile(site=site, chrome=chrome, captures=captures)


def learn_profile(site: str, texts: Iterable[str]) -> SiteProfile:
    """A profile from captures given together. Captures of one story (the same bytes twice, or
    versions of an article updated in place) say nothing about chrome: a capture whose long lines
    mostly appeared in one already counted is not counted again."""
    seen: Counter[str] = Counter()
    digests: set[str] = set()
    paragraphs: set[str] = set()
    n = 0
    for text in texts:
        digest = hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()
        if digest in digests:
            continue
        digests.add(digest)
        keys = line_keys(text)
        long = {key for key in keys if len(key.split()) >= _PARAGRAPH_WORDS}
        if long and len(long & paragraphs) >= 0.5 * len(long):
            continue  # another version of a story already counted
        paragraphs |= long
        n += 1
        seen.update(keys)
    return profile_from_counts(site, n, seen)


def site_key(data: bytes) -> str | None:
    """The first short line of a text dump: how text captures of one site are grouped."""
    for raw in data[:2000].decode("utf-8", "replace").splitlines():
        line = raw.strip()
        if line and line.lower() != "logo":
            return line if len(line.split()) <= 6 else None
    return None


def load_profiles(path: str | Path) -> dict[str, SiteProfile]:
    """Profiles saved by `save_profiles`, keyed by site; a clear error for a bad file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return {p["site"]: SiteProfile.from_dict(p) for p in data["profiles"]}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path}: not a newsdesk site profile file ({exc})") from exc


def save_profiles(path: str | Path, profiles: Iterable[SiteProfile]) -> None:
    data = {"profiles": [p.to_dict() for p in profiles]}
    Path(path).write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
