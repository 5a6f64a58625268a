"""Events: what happened, by whom, to whom, where and when, one per sentence at most.

The types are a small ontology after ACLED's event types and PLOVER's verbs; a sentence gets
the first type (in the order below, most specific first) whose trigger words it contains. Actors
are the people, groups and states named before the trigger, targets those named after it; the
date is the sentence's own date, a weekday or "yesterday" resolved against the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from newsdesk.enrich.nlp import entities_in, sentences
from newsdesk.enrich.spans import ByStart
from newsdesk.records import Count, Entity, Event, Place

# type -> trigger word forms (lower case; two-word triggers are matched on the sentence text)
EVENT_TYPES: dict[str, set[str]] = {
    "air-or-drone-strike": {
        "airstrike", "airstrikes", "air strike", "air strikes", "drone strike", "drone strikes",
        "strikes", "struck", "bombed", "bombing", "bombings", "warplanes", "raids",
    },
    "shelling": {"shelling", "shelled", "artillery", "mortar", "mortars", "rocket fire"},
    "explosion": {"explosion", "explosions", "blast", "exploded", "car bomb", "explosive"},
    "attack-on-civilians": {
        "massacre", "massacres", "summarily", "stabbing", "shooting", "executed", "executions",
    },
    "armed-clash": {
        "clashes", "clash", "clashed", "confrontations", "fighting", "battles", "firefight",
        "skirmishes", "offensive", "assault",
    },
    "arrest": {"arrested", "arrests", "detained", "detention", "abducted", "kidnapped"},
    "protest": {"protest", "protests", "protesters", "demonstration", "demonstrations", "rally"},
    "seizure-of-territory": {
        "seized", "captured", "recaptured", "took control", "taken control", "regained control",
        "liberated", "advanced into", "taking control", "seize", "occupying", "toppled",
    },
    "agreement-or-ceasefire": {"ceasefire", "truce", "agreement", "accord", "deal", "armistice"},
    "talks-or-call": {
        "talks", "phone call", "conversation", "met", "meeting", "negotiations", "discussed",
        "visit", "summit",
    },
    "statement": {"statement", "announced", "declared", "said", "stated"},
}  # fmt: skip

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ACTOR_TYPES = {"PERSON", "ORG", "GPE", "NORP"}


_PATTERNS = {
    kind: re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(triggers)) + r")\b")
    for kind, triggers in EVENT_TYPES.items()
}


def _type_of(sentence: str) -> tuple[str, int] | None:
    lower = sentence.lower()
    for kind, pattern in _PATTERNS.items():
        m = pattern.search(lower)
        if m:
            return kind, m.start()
    return None


def resolve_date(text: str, published: date | None) -> str | None:
    """A date phrase as ISO: weekdays and "yesterday" count back from the publication date."""
    lower = text.lower()
    if published is None:
        return None
    if "yesterday" in lower or "last night" in lower:
        return (published - timedelta(days=1)).isoformat()
    if "today" in lower or "tonight" in lower or "this morning" in lower:
        return published.isoformat()
    for i, day in enumerate(_WEEKDAYS):
        if day in lower:
            back = (published.weekday() - i) % 7
            return (published - timedelta(days=back)).isoformat()
    return None


def _published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def find_events(
    doc: Doc,
    entities: list[Entity],
    places: list[Place],
    counts: list[Count],
    published: str | None,
    place_ids: Set[str] = frozenset(),
) -> list[Event]:
    pub = _published(published)
    spans = ByStart(
        (
            (m.start, e)
            for e in entities
            if e.type in _ACTOR_TYPES and e.id not in place_ids
            for m in e.mentions
        ),
        lambda s: s[0],
    )
    places_at = ByStart(places, lambda p: p.start)
    counts_at = ByStart(counts, lambda c: c.start)
    events: list[Event] = []
    for sent in sentences(doc):
        found = _type_of(sent.text)
        if found is None:
            continue
        kind, offset = found
        trigger_at = sent.start_char + offset
        inside = spans.between(sent.start_char, sent.end_char)
        actors = _unique(e.name for a, e in inside if a < trigger_at)
        targets = _unique(e.name for a, e in inside if a >= trigger_at and e.name not in actors)
        here = places_at.between(sent.start_char, sent.end_char)
        place = here[0].name if here else None
        when = _date_in(sent, pub)
        in_sentence = counts_at.between(sent.start_char, sent.end_char)
        dead = sum(c.number for c in in_sentence if c.kind in ("killed", "executed", "martyred"))
        wounded = sum(c.number for c in in_sentence if c.kind == "wounded")
        events.append(
            Event(
                kind,
                actors,
                targets,
                place,
                when,
                dead or None,
                wounded or None,
                sent.start_char,
                sent.end_char,
            )
        )
    return events


def _date_in(sent: Span, pub: date | None) -> str | None:
    for ent in entities_in(sent.doc, sent):
        if ent.label_ in ("DATE", "TIME"):
            resolved = resolve_date(ent.text, pub)
            if resolved:
                return resolved
    return None


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))
