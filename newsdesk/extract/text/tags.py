"""The article's tags: a run of short items right after the body ("Tags:" / "Harbour" /
"Ferries"), bulleted or not, read after the body is found (body.py).
"""

from __future__ import annotations

from newsdesk.extract.text import line_chrome, line_marks, line_prose, shapes
from newsdesk.extract.text.lines import Line


def read_tags(lines: list[Line], start: int, stop: int) -> tuple[list[str], int]:
    """A run of short bulleted items right after the body: the article's tags."""
    tags: list[str] = []
    i = start
    header_seen = False
    while i < stop:
        line = lines[i]
        if not tags and not header_seen and line.text.lower().rstrip(":") in {"tags", "topics"}:
            header_seen = True
            i += 1
            continue
        if line_prose.spells_nothing(line.text):
            # A drawn rule, a stray mark: no tag. It closes a run of tags, or stands before one.
            if tags:
                break
            i += 1
            continue
        short_item = 1 <= line.words <= 6 and not line_prose.ends_sentence(line.text)
        # Without bullets (some converters drop them) a run of short items still reads as tags.
        unbulleted_run = (
            short_item
            and i + 1 < stop
            and 1 <= lines[i + 1].words <= 6
            and not line_marks.marks(lines[i + 1]) & line_marks.LIST
        )
        if (
            (line.bullet or header_seen or tags or unbulleted_run)
            and short_item
            and not (shapes.date_of(line) or line_marks.marks(line) & line_marks.LIST)
        ):
            if line_chrome.is_chrome(line):
                if tags:
                    break
                i += 1
                continue
            tags.append(line.text)
            i += 1
            continue
        if tags or not line_chrome.is_chrome(line):
            break
        i += 1
    return tags, i
