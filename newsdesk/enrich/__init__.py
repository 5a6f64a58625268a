"""Enrichment: who said what, what happened where, to how many, and in which words.

``enrich_page(page)`` fills each article's ``entities``, ``quotes``, ``counts``, ``places``,
``events``, ``labels`` and ``summary`` (every item with ``start``/``end`` offsets into the
article's body); ``enrich_pages(pages)`` does the same for many pages, parsing in batches
(``nlp.pipe``) and, for large runs, in a process pool. spaCy runs once per article; every
finder below reads that one parse.

An article whose enrichment fails keeps its lists unset (``None`` = not enriched) and the
failure goes to ``on_error``; the page is never dropped.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from spacy.tokens import Doc

from newsdesk.enrich.attribution import QuoteSpan
from newsdesk.enrich.counts import find_counts
from newsdesk.enrich.cues import PERSON_NOUNS, PRONOUNS
from newsdesk.enrich.entities import MentionIndex, find_entities
from newsdesk.enrich.events import find_events
from newsdesk.enrich.framing import find_labels
from newsdesk.enrich.nlp import MAX_CHARS, parse_many
from newsdesk.enrich.places import find_places
from newsdesk.enrich.quotes import colon_attributions, find_quotes
from newsdesk.enrich.summary import summarize
from newsdesk.records import Article, Entity, Page, Quote
from newsdesk.settings import setting

__all__ = ["ENRICH_VERSION", "enrich_article", "enrich_page", "enrich_pages"]

ENRICH_VERSION = "enrich-0.1"
log = logging.getLogger(__name__)
ErrorHandler = Callable[[Page, Article, Exception], None]
_POOL_MIN_ARTICLES = 64  # below this a process pool costs more (model loading) than it saves
_CHUNK_PAGES = 16


def _log_error(page: Page, article: Article, error: Exception) -> None:
    log.warning("enrich: %s: article %r not enriched: %s", page.source, article.title, error)


_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_REACH = 1500  # characters: a pronoun a few paragraphs after a quote may still mean its speaker


def _one_person(speaker_text: str, entity: Entity | None) -> bool:
    """Whether a later "he" or "she" may mean this speaker: a named person, or someone unnamed
    written as one person ("our correspondent", "the source"), not "they" or "Iran"."""
    phrase = re.split(r"\s(?:in|from|at|of)\s", speaker_text.lower())[0]
    words = phrase.split()
    if words and words[-1] in PERSON_NOUNS:  # "Al Mayadeen's correspondent in Damascus"
        return True
    return entity is not None and entity.type == "PERSON"


def _named_in(speaker_text: str, span: tuple[int, int], index: MentionIndex) -> list[Entity]:
    """Entities named in the speaker's words, leaving out where they are ("correspondent in
    Damascus") unless nothing else is named."""
    named = index.within(*span)
    body_start = span[0]
    kept = [
        e
        for e in named
        if not any(
            re.search(r"\b(in|from|at)\s+(the\s+)?$", speaker_text[: m.start - body_start])
            for m in e.mentions
            if span[0] <= m.start < span[1]
        )
    ]
    return kept or named


def _resolve_speakers(spans: list[QuoteSpan], index: MentionIndex) -> list[Quote]:
    """Quotes with their speaker as a canonical entity: a name in the speaker's words, a
    pronoun's last person, or a role ("the Iranian leader") matched to a person's titles."""
    quotes: list[Quote] = []
    previous: tuple[int, Entity | None] | None = None  # end of the last one-person quote, speaker
    for q in spans:
        speaker_text = q.speaker_text
        entity: Entity | None = None
        if q.speaker and speaker_text:
            named = _named_in(speaker_text, q.speaker, index)
            word = speaker_text.strip().lower()
            people = [e for e in named if e.type == "PERSON"]
            if people:
                entity = people[-1]
            elif named:
                # "the Iranian leader": a role first, the country or group it names otherwise
                entity = index.by_role(speaker_text) or named[-1]
            elif word in _PERSON_PRONOUNS:
                # "he" is whoever was named last: the last quote's speaker (even one with no
                # name, like "our correspondent") or a person mentioned after that quote
                person, at = index.last_before_at(q.speaker[0], {"PERSON"})
                if previous is not None and previous[0] > at and q.start - previous[0] < _REACH:
                    entity = previous[1]
                else:
                    entity = person
            elif word not in PRONOUNS:
                entity = index.by_role(speaker_text)
        if q.speaker and speaker_text and _one_person(speaker_text, entity):
            # names inside this attribution ("Marandi tells Sputnik") do not displace him
            previous = (max(q.end, q.speaker[1]), entity)
        quotes.append(
            Quote(
                entity.name if entity else None,
                speaker_text,
                q.cue_text,
                q.content_text,
                q.direct,
                q.start,
                q.end,
            )
        )
    return quotes


def enrich_article(article: Article, doc: Doc) -> Article:
    """Fill one article's enrichment lists from the parse of its body."""
    entities = find_entities(doc)
    places, place_ids = find_places(entities)
    for e in entities:
        if e.id in place_ids:
            e.type, e.roles = "GPE", []
    index = MentionIndex(entities)
    spans = find_quotes(doc)
    quotes = _resolve_speakers(spans, index)
    # a count's reporter as the text names it ("Syrian state TV"), a pronoun as whom it means
    reporters = [
        (q.start, q.end, q.speaker if q.speaker_text.lower() in PRONOUNS else q.speaker_text)
        for q in quotes
        if q.speaker_text
    ]
    counts = find_counts(doc, reporters)
    article.entities = entities
    article.quotes = quotes
    article.counts = counts
    article.places = places
    article.events = find_events(doc, entities, places, counts, article.published, place_ids)
    article.labels = find_labels(doc, entities)
    article.summary = summarize(doc)
    return article


def _attribute_ticker(page: Page) -> None:
    """Ticker lines "Speaker: statement" get their attribution when the extractor left none."""
    for item in page.ticker:
        if item.attribution is None:
            found = colon_attributions(item.text)
            if found and found[0].speaker_text and found[0].start > 0:
                item.attribution = found[0].speaker_text


def _enrich_batch(pages: list[Page], on_error: ErrorHandler | None = None) -> list[Page]:
    handler = on_error or _log_error
    articles = [(p, a) for p in pages for a in p.articles if a.body.strip()]
    for page, article in articles:
        if len(article.body) > MAX_CHARS:
            log.warning(
                "enrich: %s: %r: only the first %d characters of the body are enriched",
                page.source, article.title, MAX_CHARS,
            )  # fmt: skip
    docs = parse_many(a.body[:MAX_CHARS] for _p, a in articles)
    for (page, article), doc in zip(articles, docs, strict=True):
        try:
            enrich_article(article, doc)
        except Exception as error:  # one article's failure must not lose the page
            for name in ("entities", "quotes", "counts", "places", "events", "labels", "summary"):
                setattr(article, name, None)
            handler(page, article, error)
    for page in pages:
        for article in page.articles:
            if not article.body.strip() and article.entities is None:
                article.entities, article.quotes, article.counts = [], [], []
                article.places, article.events, article.labels = [], [], []
                article.summary = ""
        _attribute_ticker(page)
    return pages


def enrich_page(page: Page) -> Page:
    """One page, enriched in place and returned."""
    return _enrich_batch([page])[0]


def _chunks(pages: Iterable[Page], size: int) -> Iterator[list[Page]]:
    it = iter(pages)
    while chunk := list(islice(it, size)):
        yield chunk


def enrich_pages(
    pages: Iterable[Page], workers: int | None = None, on_error: ErrorHandler | None = None
) -> Iterator[Page]:
    """Many pages, in input order. ``workers`` (default: the ``workers`` setting, 0 = one per
    core) > 1 runs chunks of pages in a process pool once there are enough articles to pay for
    loading the model in each worker; ``on_error`` is called in-process only (workers log)."""
    wanted = workers if workers is not None else setting("workers")
    wanted = wanted or os.cpu_count() or 1
    if multiprocessing.parent_process() is not None:
        wanted = 1  # already a worker (ingest's pool): never nest pools
    chunks = _chunks(pages, _CHUNK_PAGES)
    head: list[list[Page]] = []
    articles = 0
    for chunk in chunks:
        head.append(chunk)
        articles += sum(len(p.articles) for p in chunk)
        if articles >= _POOL_MIN_ARTICLES:
            break
    if wanted <= 1 or articles < _POOL_MIN_ARTICLES:
        for chunk in head:
            yield from _enrich_batch(chunk, on_error)
        for chunk in chunks:
            yield from _enrich_batch(chunk, on_error)
        return
    with ProcessPoolExecutor(max_workers=wanted) as pool:
        pending = [pool.submit(_enrich_batch, chunk) for chunk in head]
        for chunk in chunks:
            pending.append(pool.submit(_enrich_batch, chunk))
            if len(pending) > 2 * wanted:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()
