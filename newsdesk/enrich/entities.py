"""Named entities of one article, each mention linked to one canonical entity.

Mentions come from spaCy's recogniser; they are grouped, longest names first, when a later
mention is the same folded name ("Hay'at Tahrir al-Sham" = "Hayat Tahrir al-Sham"), its acronym
("HTS", also from "Name (ACR)"), a person's surname or a part of the full name ("Austin" ->
"Lloyd Austin", "Sayyed Khamenei" -> "Ali Khamenei"), or a near spelling (rapidfuzz). The
canonical name is the fullest one written; the roles are the titles written before or in
apposition to a person ("Kremlin spokesperson").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from newsdesk.enrich.names import DEMONYMS, TITLES, acronym, clean_name, entity_key, fold
from newsdesk.enrich.nlp import text_of
from newsdesk.enrich.spans import ByStart
from newsdesk.records import Entity, Mention

KEPT_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# Types one canonical entity may mix (spaCy labels the same group ORG here, PERSON there).
_COMPATIBLE = {
    "PERSON": {"PERSON", "ORG"},
    "ORG": {"ORG", "PERSON", "NORP", "GPE"},
    "NORP": {"NORP", "ORG", "GPE"},
    "GPE": {"GPE", "LOC", "NORP", "ORG"},
    "LOC": {"LOC", "GPE", "FAC"},
    "FAC": {"FAC", "LOC"},
}
_FUZZY_MIN = 92
_ROLE_TAGS = {"NN", "NNS", "NNP", "NNPS", "JJ", "VBN", "POS"}
_MAX_ROLE_WORDS = 6
_MAX_NAME_EXTENSION = 3
_LONGEST_MENTION = 300  # characters; only for looking up mentions around a point
# Role nouns that name the same post ("the Hezbollah leader" for "Hezbollah chief").
_ROLE_SYNONYMS = (
    {"leader", "chief", "head", "secretary-general"},
    {"spokesperson", "spokesman", "spokeswoman"},
    {"minister", "secretary"},
    {"president", "head"},
)
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")


@dataclass
class Cluster:
    name: str
    type: str
    key: str  # folded canonical name
    aliases: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    type_votes: dict[str, int] = field(default_factory=dict)

    def acronyms_written(self) -> set[str]:
        written = {m.text for m in self.mentions}
        return {a for a in self.acronyms if a in written}

    def entity(self) -> Entity:
        kind = max(self.type_votes, key=lambda k: self.type_votes[k])
        if kind == "PERSON" and any(a.isupper() and len(a) > 1 for a in self.acronyms_written()):
            kind = "ORG"  # people go by no acronym: "Hay'at Tahrir al-Sham" (HTS) is a group
        names = self.aliases | self.acronyms_written()
        aliases = sorted(a for a in names if a != self.name)
        mentions = sorted(self.mentions, key=lambda m: m.start)
        return Entity(entity_key(self.name), self.name, kind, aliases, mentions, list(self.roles))


def _role_before(ent: Span) -> str | None:
    """Title words written right before a person: "Kremlin spokesperson", "Russian Deputy
    Foreign Minister". Read from the tags, not the parse, which often splits such runs."""
    doc = ent.doc
    start = ent.start
    while start > 0 and ent.start - start < _MAX_ROLE_WORDS:
        tok = doc[start - 1]
        if tok.tag_ not in _ROLE_TAGS or tok.ent_type_ == "PERSON" or "\n" in tok.whitespace_:
            break
        if tok.tag_ == "VBN" and tok.dep_ != "amod":  # "ousted" yes, "told" no
            break
        start -= 1
    words = [t for t in doc[start : ent.start]]
    while words and words[0].tag_ == "POS":
        words.pop(0)
    if not words or not any(t.text.islower() or fold(t.text) in TITLES for t in words):
        return None
    return text_of(doc)[words[0].idx : ent.start_char].strip(" ,") or None


def _role_apposed(ent: Span) -> str | None:
    """A role set beside a person by commas, either way round: "X, political analyst at Y" or
    "The Leader of the Islamic Revolution in Iran, X"."""
    root = ent.root
    doc = ent.doc
    for child in root.rights:
        if child.dep_ == "appos":
            span = doc[child.left_edge.i : child.right_edge.i + 1]
            return span.text.strip(" ,")
    if root.dep_ == "appos" and root.head.i < ent.start:
        head = root.head
        end = ent.start
        while end > head.i and doc[end - 1].is_punct:
            end -= 1
        span = doc[head.left_edge.i : end]
        if span.text and not any(t.ent_type_ == "PERSON" for t in span):
            return re.sub(r"^(the|a|an)\s+", "", span.text.strip(" ,"), flags=re.I)
    return None


def _whole_name(ent: Span) -> Span:
    """The recogniser often keeps only the end of a transliterated name ("al-Sham" of "Hay'at
    Tahrir al-Sham"): take back the proper nouns right before it, titles aside."""
    doc = ent.doc
    start = ent.start
    while (
        start > 0
        and ent.start - start < _MAX_NAME_EXTENSION
        and doc[start - 1].tag_ == "NNP"
        and not doc[start - 1].ent_type_
        and fold(doc[start - 1].text) not in TITLES
        and "\n" not in doc[start - 1].whitespace_
    ):
        start -= 1
    if start == ent.start:
        return ent
    return Span(doc, start, ent.end, label=ent.label_)


def _acronyms_in_text(text: str, ents: list[Span]) -> dict[str, str]:
    """Acronyms defined in the text: "Hay'at Tahrir al-Sham (HTS)" -> {"HTS": folded name}."""
    found: dict[str, str] = {}
    for ent in ents:
        m = _ACRONYM_AFTER.match(text, ent.end_char)
        if m:
            found[m.group(1)] = fold(clean_name(ent.text, ent.label_))
    return found


def _matches(cluster: Cluster, name: str, key: str, kind: str) -> bool:
    if key == cluster.key or key in {fold(a) for a in cluster.aliases}:
        return True
    if kind not in _COMPATIBLE.get(cluster.type, {cluster.type}):
        return False
    if name.isupper() and len(name) >= 2 and name in cluster.acronyms:
        return True
    if kind in ("PERSON", "ORG") and cluster.type == "PERSON":
        words, full = key.split(), cluster.key.split()
        # a surname, or a shorter part of the full name in order ("ali khamenei" / "khamenei")
        if words and len(words) < len(full) and words == full[-len(words) :]:
            return True
        if words and len(words) < len(full) and set(words) <= set(full) and len(words[-1]) > 2:
            return True
    return len(key) > 5 and fuzz.ratio(key, cluster.key) >= _FUZZY_MIN


def find_entities(doc: Doc) -> list[Entity]:
    """The article's canonical entities, each with its mentions (offsets into the body)."""
    text = text_of(doc)
    ents = [_whole_name(e) for e in doc.ents if e.label_ in KEPT_TYPES and e.text.strip()]
    defined = _acronyms_in_text(text, ents)
    clusters: list[Cluster] = []
    # fullest names first, so that "Austin" finds "Lloyd Austin" wherever it comes first
    order = sorted(ents, key=lambda e: (-len(clean_name(e.text, e.label_).split()), e.start))
    for ent in order:
        kind = ent.label_
        name = clean_name(ent.text, kind)
        if not name or not any(c.isalpha() for c in name):
            continue
        if kind in ("NORP", "GPE") and fold(name) in DEMONYMS:
            # "Iranian" is a mention of Iran, "U.S." of the United States
            name, kind = DEMONYMS[fold(name)], "GPE"
        key = fold(name)
        if name.isupper() and name in defined:
            key = defined[name]
        target = next((c for c in clusters if _matches(c, name, key, kind)), None)
        if target is None:
            target = Cluster(name, kind, key)
            clusters.append(target)
        target.aliases.add(name)
        abbreviation = acronym(name)
        if len(abbreviation) >= 2 and len(name.split()) >= 2:
            target.acronyms.add(abbreviation)
        target.acronyms.update(a for a, k in defined.items() if k == key)
        target.type_votes[kind] = target.type_votes.get(kind, 0) + 1
        target.mentions.append(Mention(ent.text, ent.start_char, ent.end_char))
        if kind == "PERSON":
            for role in (_role_before(ent), _role_apposed(ent)):
                if role and role not in target.roles and len(role) < 120 and _plain(role, name):
                    target.roles.append(role)
    _sweep(text, clusters, defined)
    return [c.entity() for c in sorted(clusters, key=lambda c: min(m.start for m in c.mentions))]


def _plain(role: str, name: str) -> bool:
    return name not in role and not any(c in role for c in '()[]"“”')


def _sweep(text: str, clusters: list[Cluster], defined: dict[str, str]) -> None:
    """Mentions the recogniser missed: a known person's surname ("Bogdanov") and a defined or
    derived acronym ("HTS") wherever they stand as whole words."""
    taken = [(m.start, m.end) for c in clusters for m in c.mentions]
    for cluster in clusters:
        words: set[str] = set()
        if cluster.type == "PERSON" and len(cluster.name.split()) > 1:
            surname = cluster.name.split()[-1]
            if len(surname) > 3 and surname[0].isupper():
                words.add(surname)
        words |= {a for a in cluster.acronyms if len(a) >= 3 or a in defined}
        for word in words:
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                cluster.mentions.append(Mention(word, m.start(), m.end()))
                taken.append(m.span())


class MentionIndex:
    """Which entity a stretch of the body names, and who was named last before a point."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self._spans = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda s: s[0]
        )
        self._by_start = ByStart(self._spans, lambda s: s[0])

    def within(self, start: int, end: int) -> list[Entity]:
        near = self._by_start.between(start - _LONGEST_MENTION, end)
        return [e for a, b, e in near if a < end and start < b]

    def last_before_at(self, position: int, types: set[str]) -> tuple[Entity | None, int]:
        """The entity of these types named last before a position, and where (-1: none)."""
        best, at = None, -1
        for a, _b, e in self._spans:
            if a >= position:
                break
            if e.type in types:
                best, at = e, a
        return best, at

    def by_role(self, phrase: str) -> Entity | None:
        """The person whose written role shares the phrase's head word and most other words:
        "the Iranian leader" -> the person titled "Leader of the Islamic Revolution in Iran"."""
        words = [w for w in fold(phrase).split() if w not in ("the", "a", "an", "this", "that")]
        if not words or phrase.split()[-1][:1].isupper():  # a name, not a role noun
            return None
        head = words[-1]
        heads = next((group for group in _ROLE_SYNONYMS if head in group), {head})
        wanted = {fold(DEMONYMS.get(w, w)) for w in words}
        best, best_score = None, 0
        for e in self.entities:
            for role in e.roles:
                role_words = set(fold(role).split())
                if not heads & role_words:
                    continue
                score = 1 + len(wanted & role_words)
                if score > best_score:
                    best, best_score = e, score
        return best
