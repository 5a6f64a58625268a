"""Framing: the words an article chooses for each actor.

Three kinds of label, each pointing to its words in the body:

- ``descriptor``: a label noun set right beside an actor's name, in either order ("the HTS
  terrorist group", "the Assad regime", "Israeli occupation", "the regime of Bashar al-Assad");
- ``scare-quotes``: an actor's name set in quotation marks ('Israel', "Israel");
- ``loaded``: a word from the lexicon below, credited to the actor named nearest in its sentence.

The loaded-word lexicon (``LOADED``) maps each word to the plainer wording a neutral report would
use, so that per-outlet counts can say "martyred (vs killed)". It is deliberately small: words
whose choice marks a side in the coverage these tools were built for, not a sentiment lexicon.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from newsdesk.enrich.names import fold
from newsdesk.enrich.nlp import sentences, text_of
from newsdesk.enrich.quotation_marks import quotation_spans
from newsdesk.enrich.spans import ByStart
from newsdesk.records import Entity, Label

# Label nouns an outlet may attach to an actor (longest first so "terrorist group" wins).
DESCRIPTORS = sorted(
    [
        "terrorist group", "terrorist organization", "terrorist organisation", "terrorist",
        "terrorists", "militants", "militant group", "militant", "rebels", "rebel group",
        "rebel", "jihadists", "jihadist group", "jihadist", "extremists", "extremist group",
        "insurgents", "opposition", "opposition group", "regime", "government", "occupation",
        "authorities", "administration", "forces", "resistance", "takfiri", "gangs",
        "invaders", "proxies", "armed group", "armed groups", "factions", "entity",
    ],
    key=len,
    reverse=True,
)  # fmt: skip

# Loaded word -> the plainer word a neutral report would use.
LOADED = {
    "martyred": "killed",
    "martyr": "person killed",
    "martyrs": "people killed",
    "martyrdom": "death",
    "zionist entity": "Israel",
    "occupation": "control",  # "the Israeli occupation" for Israel or its army
    "regime": "government",
    "terrorist": "armed",
    "terrorists": "armed fighters",
    "massacre": "killing",
    "massacres": "killings",
    "genocide": "war",
    "genocidal": "deadly",
    "aggression": "attack",
    "liberated": "captured",
    "liberate": "capture",
    "so-called": "",
    "invaders": "forces",
    "puppet": "allied",
    "slaughter": "killing",
    "butchered": "killed",
    "thugs": "fighters",
    "crimes": "acts",
    "enemy": "opponent",
    "takfiri": "jihadist",
    "existential threat": "threat",
}

_DESCRIPTOR_RE = re.compile(r"\b(" + "|".join(re.escape(d) for d in DESCRIPTORS) + r")\b", re.I)
_LOADED_RE = re.compile(r"\b(" + "|".join(re.escape(w) for w in LOADED) + r")\b", re.I)
# What may stand between an actor and its label: "X's", "(HTS) ", "of the", "from the".
_GAP = re.compile(r"^[\s'’)]*(?:s\s+)?(?:(?:the|of|from|a|an)\s+)*$", re.I)
_MAX_GAP = 12
_LONGEST_MENTION = 300


Mentioned = tuple[int, int, Entity]


def _mention_spans(entities: list[Entity]) -> ByStart[Mentioned]:
    return ByStart(((m.start, m.end, e) for e in entities for m in e.mentions), lambda s: s[0])


def find_labels(doc: Doc, entities: list[Entity]) -> list[Label]:
    text = text_of(doc)
    spans = _mention_spans(entities)
    labels: list[Label] = []
    for m in _DESCRIPTOR_RE.finditer(text):
        entity = _adjacent(text, spans, m.start(), m.end())
        if entity is not None:
            labels.append(Label(entity.name, m.group(1).lower(), "descriptor", m.start(), m.end()))
    names = {fold(a): e for e in entities for a in [e.name, *e.aliases]}
    names.update({fold(m.text): e for e in entities for m in e.mentions})
    for a, b in quotation_spans(text):
        inner = text[a + 1 : b - 1]
        entity = names.get(fold(inner)) if len(inner.split()) <= 4 else None
        if entity is not None:
            labels.append(Label(entity.name, text[a:b], "scare-quotes", a, b))
    bounds = [(s.start_char, s.end_char) for s in sentences(doc)]
    for m in _LOADED_RE.finditer(text):
        entity = _nearest_in_sentence(spans, bounds, m.start())
        labels.append(
            Label(entity.name if entity else "", m.group(1).lower(), "loaded", m.start(), m.end())
        )
    labels.sort(key=lambda lab: (lab.start, lab.kind))
    return labels


def _adjacent(text: str, spans: ByStart[Mentioned], start: int, end: int) -> Entity | None:
    """The actor named right before the label ("HTS terrorist group") or right after it
    ("the regime of Bashar al-Assad"), with nothing but a possessive or "of the" between."""
    near = spans.between(start - _MAX_GAP - _LONGEST_MENTION, start)
    before = sorted(
        (s for s in near if s[1] <= start and start - s[1] <= _MAX_GAP), key=lambda s: s[1]
    )
    if before and _GAP.match(text[before[-1][1] : start]):
        return before[-1][2]
    after = spans.between(end, end + _MAX_GAP + 1)
    gap = text[end : after[0][0]] if after else ""
    if after and _GAP.match(gap) and re.search(r"\b(of|from)\b", gap):
        return after[0][2]  # "the regime of Bashar al-Assad", "militants from HTS"
    return None


def _nearest_in_sentence(
    spans: ByStart[Mentioned], bounds: list[tuple[int, int]], position: int
) -> Entity | None:
    i = bisect_left(bounds, (position + 1,)) - 1  # the last sentence starting at or before
    if i < 0 or not bounds[i][0] <= position < bounds[i][1]:
        return None
    inside = spans.between(*bounds[i])
    if not inside:
        return None
    return min(inside, key=lambda s: abs(s[0] - position))[2]
