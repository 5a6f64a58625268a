"""Site profiles kept in the corpus: what the text reader learns about each site, capture after
capture, so that a line one capture cannot judge (a menu item, a footer) is known as chrome once
the site has been seen a few times.

Workers note each new text capture's site and short lines (`capture_lines`); the writer adds
them to the site's counts in the batch's own transaction (`record_lines`); an ingest starts by
loading the profiles of sites seen often enough (`stored_profiles`) for the text reader.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, bindparam, select

from newsdesk.corpus import schema as s
from newsdesk.corpus.db import run_many
from newsdesk.corpus.write import now
from newsdesk.extract.profile import (
    SiteProfile,
    profile_from_counts,
    short_line_keys,
    site_key,
)

# A site needs this many captures in the store before its profile is used.
MIN_CAPTURES = 3
# Lines kept per site: the most frequent ones (chrome recurs; a story's lines do not). Bounds the
# row however many captures a site has.
MAX_LINES = 4000
# Stories remembered per site (their headline keys), so that a story counts once.
MAX_STORIES = 5000
# Only short lines can be chrome worth learning (menus, footers, share bars).
_MAX_WORDS = 12

_P = s.site_profiles.c
# Built once and run through the driver (see db.run_many): building a SQLAlchemy statement per
# site and batch cost more than the JSON work it stores.
_INSERT = s.site_profiles.insert()
_UPDATE = (
    s.site_profiles.update()
    .where(_P.site == bindparam("key"))
    .values(
        captures=bindparam("captures"),
        lines=bindparam("lines"),
        stories=bindparam("stories"),
        updated_at=bindparam("updated_at"),
    )
)


def capture_lines(data: bytes, text: str, story: str) -> tuple[str, str, list[str]] | None:
    """A text capture's site, a key for the story it tells (from its headline) and the lines of
    it that could be chrome (short ones); worked out where the capture is read, so the writer
    only adds counts."""
    site = site_key(data)
    if not site:
        return None
    normal = " ".join(story.lower().split()).encode("utf-8", "replace")
    keys = sorted(short_line_keys(text, _MAX_WORDS))
    return site[:200], hashlib.blake2b(normal, digest_size=8).hexdigest(), keys


def record_lines(conn: Connection, captures: Iterable[tuple[str, str, list[str]]]) -> None:
    """Count new text captures' lines under their sites, in the caller's transaction. A story
    counts once: its other captures and versions repeat its own lines, which are not chrome."""
    by_site: dict[str, list[tuple[str, list[str]]]] = {}
    for site, story, keys in captures:
        by_site.setdefault(site, []).append((story, keys))
    if not by_site:
        return
    rows = conn.execute(
        select(_P.site, _P.captures, _P.lines, _P.stories).where(_P.site.in_(sorted(by_site)))
    )
    stored = {
        row.site: (row.captures, Counter(json.loads(row.lines)), json.loads(row.stories or "[]"))
        for row in rows
    }
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    stamp = now()
    for site, seen in by_site.items():
        captures_seen, counts, stories = stored.get(site, (0, Counter(), []))
        known = set(stories)
        for story, keys in seen:
            if story in known:
                continue
            known.add(story)
            stories.append(story)
            counts.update(keys)
            captures_seen += 1
        # Only a site past MAX_LINES needs its commonest lines picked (a sort of them all).
        kept = counts if len(counts) <= MAX_LINES else dict(counts.most_common(MAX_LINES))
        values = {
            "captures": captures_seen,
            "lines": json.dumps(kept, ensure_ascii=False),
            "stories": json.dumps(stories[-MAX_STORIES:]),
            "updated_at": stamp,
        }
        if site in stored:
            updates.append({"key": site, **values})
        else:
            inserts.append({"site": site, **values})
    run_many(conn, _UPDATE, updates)
    run_many(conn, _INSERT, inserts)


def stored_profiles(store: Any, min_captures: int = MIN_CAPTURES) -> dict[str, SiteProfile]:
    """The profile of every site with at least `min_captures` text captures in the store."""
    with store.read() as conn:
        rows = conn.execute(
            select(_P.site, _P.captures, _P.lines).where(_P.captures >= min_captures)
        )
        return {
            row.site: profile_from_counts(row.site, row.captures, json.loads(row.lines))
            for row in rows
        }
