"""An article body as safe HTML, with its entity mentions and quotes marked.

Enrichment gives character offsets into the body. Here the body is cut at every paragraph break
and every span edge; each piece is escaped, then wrapped in the marks covering it. Pieces that
share the same marks are merged, so a quote reads as one highlighted run and an entity as one link.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote as url_quote

from markupsafe import Markup, escape

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Span:
    """One marked stretch of the body: an entity mention or a quote."""

    start: int
    end: int
    kind: str  # "entity" | "quote"
    key: str  # entity id, or the quote's speaker
    label: str  # entity type, or "direct"/"indirect"


@dataclass(frozen=True)
class Paragraph:
    html: Markup
    heading: bool


def _valid(spans: Iterable[Span], length: int) -> list[Span]:
    return [s for s in spans if 0 <= s.start < s.end <= length]


def _innermost(spans: Sequence[Span], start: int, end: int) -> Span | None:
    """The shortest span covering [start, end): nested marks show the most specific one."""
    best: Span | None = None
    for span in spans:
        if (
            span.start <= start
            and end <= span.end
            and (best is None or span.end - span.start < best.end - best.start)
        ):
            best = span
    return best


def _wrap(text: str, quote: Span | None, entity: Span | None) -> str:
    html = str(escape(text))
    if entity is not None:
        href = "/entities/" + url_quote(entity.key, safe="")
        html = f'<a class="ent t-{escape(entity.label)}" href="{escape(href)}">{html}</a>'
    if quote is not None:
        who = f"{quote.key} ({quote.label})" if quote.key else quote.label
        html = f'<span class="q q-{escape(quote.label)}" title="{escape(who)}">{html}</span>'
    return html


def _paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: the stretches between blank-line breaks."""
    bounds, cursor = [], 0
    for m in _PARAGRAPH_BREAK.finditer(body):
        bounds.append((cursor, m.start()))
        cursor = m.end()
    bounds.append((cursor, len(body)))
    return bounds


def _render_paragraph(body: str, start: int, end: int, marks: list[Span]) -> str:
    edges = sorted({start, end} | {x for s in marks for x in (s.start, s.end) if start < x < end})
    quotes = [s for s in marks if s.kind == "quote"]
    entities = [s for s in marks if s.kind == "entity"]
    out: list[str] = []
    run: list[str] = []
    previous: tuple[Span | None, Span | None] | None = None
    for a, b in itertools.pairwise(edges):
        state = (_innermost(quotes, a, b), _innermost(entities, a, b))
        if state != previous and run and previous is not None:
            out.append(_wrap("".join(run), *previous))
            run = []
        previous = state
        run.append(body[a:b])
    if run and previous is not None:
        out.append(_wrap("".join(run), *previous))
    return "".join(out).strip()


def render_body(body: str, spans: Iterable[Span], headings: Iterable[str] = ()) -> list[Paragraph]:
    """Paragraphs of escaped HTML with marks; a paragraph equal to a sub-heading is a heading."""
    marks = sorted(_valid(spans, len(body)), key=lambda s: s.start)
    heading_set = {h.strip() for h in headings if h and h.strip()}
    paragraphs: list[Paragraph] = []
    first = 0  # marks are sorted by start: skip those ending before this paragraph
    for start, end in _paragraphs(body):
        text = body[start:end].strip()
        if not text:
            continue
        while first < len(marks) and marks[first].end <= start:
            first += 1
        inside = []
        for span in marks[first:]:
            if span.start >= end:
                break
            if span.end > start:
                inside.append(span)
        html = _render_paragraph(body, start, end, inside)
        paragraphs.append(Paragraph(html=Markup(html), heading=text in heading_set))
    return paragraphs
