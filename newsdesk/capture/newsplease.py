"""news-please JSON and JSON Lines files: one capture per article object.

The bytes of each capture are that object's JSON, so `newsdesk.extract` reads it back with the
news-please reader, and the capture time is the object's `date_download`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from newsdesk.records import Capture, PageError


def is_newsplease_file(name: str, head: bytes) -> bool:
    lowered = name.lower().removesuffix(".gz")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return lowered.endswith((".json", ".jsonl", ".ndjson")) and stripped[:1] in (b"{", b"[")


def _capture(obj: Any, source: str) -> Capture | PageError:
    if not isinstance(obj, dict):
        return PageError(source=source, error=f"{source}: not a JSON object", stage="capture")
    when = None
    if obj.get("date_download"):
        try:
            when = datetime.fromisoformat(str(obj["date_download"]).replace(" ", "T"))
        except ValueError:
            when = None
    data = json.dumps(obj, ensure_ascii=False, sort_keys=True).encode()
    return Capture(
        source=source,
        data=data,
        url=obj.get("url"),
        captured_at=when,
        content_type="application/json",
    )


def iter_newsplease(data: bytes, source: str) -> Iterator[Capture | PageError]:
    """A .json file (one object, or a list of objects) or a .jsonl file (one object a line)."""
    text = data.decode("utf-8-sig", errors="replace")
    stripped = text.lstrip()
    if stripped.startswith("[") or (stripped.startswith("{") and "\n{" not in stripped):
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError as exc:
            yield PageError(source=source, error=f"{source}: invalid JSON ({exc})", stage="capture")
            return
        if isinstance(parsed, list):
            for n, obj in enumerate(parsed, 1):
                yield _capture(obj, f"{source}#{n}")
        else:
            # A single object keeps its exact bytes: same file, same capture.
            single = _capture(parsed, source)
            if isinstance(single, Capture):
                single.data = data
            yield single
        return
    yield from iter_newsplease_lines(text.encode().splitlines(), source)


def iter_newsplease_lines(lines: Iterable[bytes], source: str) -> Iterator[Capture | PageError]:
    """JSON Lines, one object a line, read lazily: a crawl file of any size in flat memory."""
    for n, raw in enumerate(lines, 1):
        line = raw.decode("utf-8-sig", errors="replace")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield PageError(
                source=f"{source}#{n}",
                error=f"{source} line {n}: invalid JSON ({exc})",
                stage="capture",
            )
            continue
        yield _capture(obj, f"{source}#{n}")
