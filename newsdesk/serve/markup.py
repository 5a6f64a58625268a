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


def render_body(body: str, spans: Iterable[Span], headings: Iterable[str] = ()) -> list[Paragraph]:
    """Paragraphs of escaped HTML with marks; a paragraph equal to a sub-heading is a heading."""
    marks = _valid(spans, len(body))
    quotes = [s for s in marks if s.kind == "quote"]
    entities = [s for s in marks if s.kind == "entity"]
    heading_set = {h.strip() for h in headings if h and h.strip()}
    edges = sorted({0, len(body)} | {s.start for s in marks} | {s.end for s in marks})
    for m in _PARAGRAPH_BREAK.finditer(body):
        edges.extend((m.start(), m.end()))
    edges = sorted(set(edges))
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(body)]

    paragraphs: list[Paragraph] = []
    current: list[str] = []
    current_text: list[str] = []
    previous: tuple[Span | None, Span | None] | None = None
    run: list[str] = []

    def flush_run() -> None:
        if run and previous is not None:
            current.append(_wrap("".join(run), *previous))
        run.clear()

    def flush_paragraph() -> None:
        nonlocal previous
        flush_run()
        previous = None
        text = "".join(current_text).strip()
        if text:
            paragraphs.append(
                Paragraph(html=Markup("".join(current).strip()), heading=text in heading_set)
            )
        current.clear()
        current_text.clear()

    for a, b in itertools.pairwise(edges):
        if any(bs <= a and b <= be for bs, be in breaks):
            flush_paragraph()
            continue
        piece = body[a:b]
        state = (_innermost(quotes, a, b), _innermost(entities, a, b))
        if state != previous:
            flush_run()
            previous = state
        run.append(piece)
        current_text.append(piece)
    flush_paragraph()
    return paragraphs
