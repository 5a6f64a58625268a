"""Attributions signalled by a cue word in a spaCy parse: a speech or thought verb with its
clause ("said", "believes"), "according to X", "X's claim that ...". Each is a `QuoteSpan`
with its content, speaker and cue located in the text."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsdesk.enrich.cues import INFINITIVE_FORMS, OBJECT_MESSAGE_VERBS, SPEECH_FORMS, SPEECH_NOUNS
from newsdesk.enrich.nlp import sentence_of, text_of
from newsdesk.enrich.quotation_marks import DOUBLE_MARKS, SINGLE_MARKS
from newsdesk.enrich.spans import Interval


@dataclass
class QuoteSpan:
    """One attribution with every part located in the text it was found in."""

    content: list[Interval]  # pieces, in order (a source or cue may split the content)
    speaker: Interval | None
    cue: Interval | None
    direct: bool
    text: str = field(repr=False, default="")

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]

    @property
    def content_text(self) -> str:
        return " ".join(self.text[a:b] for a, b in self.content)

    @property
    def speaker_text(self) -> str | None:
        return self.text[self.speaker[0] : self.speaker[1]] if self.speaker else None

    @property
    def cue_text(self) -> str | None:
        return self.text[self.cue[0] : self.cue[1]] if self.cue else None


_TRIM = " \t\n,;:—–-"
_MESSAGE_DEPS = ("dobj", "oprd", "ccomp", "xcomp", "dative", "prep", "attr")


def _when_phrase(tok: Token) -> bool:
    """A preposition that only dates the saying ("proposed on Tuesday", "called for hours"):
    its object is a date or time, never the message."""
    if tok.dep_ != "prep":
        return False
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ in ("DATE", "TIME")


def trim_span(text: str, a: int, b: int) -> Interval | None:
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return (a, b) if b > a else None


def _subtract(text: str, span: Interval, holes: list[Interval]) -> list[Interval]:
    pieces = [span]
    for h0, h1 in sorted(holes):
        nxt: list[Interval] = []
        for a, b in pieces:
            if h1 <= a or h0 >= b:
                nxt.append((a, b))
                continue
            if h0 > a:
                nxt.append((a, h0))
            if h1 < b:
                nxt.append((h1, b))
        pieces = nxt
    trimmed = [t for p in pieces if (t := trim_span(text, *p))]
    return [t for t in trimmed if any(c.isalnum() for c in text[t[0] : t[1]])]


def _extent(tok: Token) -> Interval:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)


def token_span(tok: Token) -> Interval:
    return tok.idx, tok.idx + len(tok.text)


def subject_of(verb: Token) -> Token | None:
    """The speaker of a cue verb: its own subject, else the subject of the verb it hangs from
    ("declined to say", "..., adding that")."""
    climbed = False
    for _ in range(4):
        if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "a statement saying", "emails showing"
            return verb.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                return child
            if child.dep_ == "agent":  # "it was said by X"
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild
        if verb.head is verb and verb.tag_ in ("NNP", "NNPS") and climbed:
            return verb  # misparsed "Trump defended ..., calling ..." with the name as root
        if verb.head is verb or verb.dep_ in ("relcl", "nsubj", "nsubjpass"):
            break
        if verb.dep_ == "pcomp" and verb.head.head.tag_.startswith("NN"):
            # "attacked voters and thinkers for opposing ...": the noun the clause qualifies
            noun = verb.head.head
            while noun.dep_ == "conj" and noun.head.tag_.startswith("NN"):
                noun = noun.head
            return noun
        verb = verb.head  # "declined to say", "..., adding that", "by saying", "vowing to"
        climbed = True
    return None


def speaker_interval(text: str, subj: Token) -> Interval:
    # the subject's phrase, cut before a relative clause or an apposition set off by commas
    a, b = _extent(subj)
    cut = b
    if subj.i < subj.head.i and subj.head.dep_ == "acl" and subj is subj.head.head:
        cut = subj.idx + len(subj.text)
    for child in subj.rights:
        if child.dep_ in ("relcl", "acl", "punct") and child.idx > subj.idx:
            cut = min(cut, child.left_edge.idx)
            break
    dash = max(text.rfind(" — ", a, cut), text.rfind(" – ", a, cut), text.rfind(" -- ", a, cut))
    if dash != -1:  # "WASHINGTON (AFP) — Clinton": the dateline is not the speaker
        a = dash + 3
    para = text.rfind("\n", a, cut)  # a dateline or time stamp glued on the line before
    if para != -1:
        a = para + 1
    while a < cut and (text[a] in _TRIM or text[a] in DOUBLE_MARKS or text[a] in SINGLE_MARKS):
        a += 1
    return trim_span(text, a, cut) or (a, b)


def _verb_attribution(text: str, verb: Token, verb_lower: str) -> QuoteSpan | None:
    base = SPEECH_FORMS[verb_lower]
    content_root: Token | None = None
    for child in verb.children:
        if child.dep_ == "ccomp" or (child.dep_ == "parataxis" and child.i > verb.i):
            content_root = child
            break
    if content_root is None and verb_lower in INFINITIVE_FORMS:
        content_root = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    object_span: Interval | None = None
    if content_root is None and base in OBJECT_MESSAGE_VERBS:
        # "accused you of ...", "called it a disgrace": the message is what follows the verb
        parts = [c for c in verb.rights if c.dep_ in _MESSAGE_DEPS and not _when_phrase(c)]
        if parts and (
            parts[0].dep_ in ("dobj", "oprd", "ccomp", "xcomp", "dative")
            or (parts[0].dep_ == "prep" and parts[0].lower_ in ("for", "on", "about"))
        ):
            object_span = (parts[0].left_edge.idx, _extent(parts[-1])[1])
    subj = subject_of(verb)
    cue = token_span(verb)
    for child in verb.children:  # particles and auxiliaries belong to the cue ("pointed out")
        if child.dep_ in ("prt", "neg") or (child.dep_ == "aux" and child.i == verb.i - 1):
            cue = (min(cue[0], child.idx), max(cue[1], child.idx + len(child.text)))
    holes = [cue]
    speaker = speaker_interval(text, subj) if subj is not None else None
    if speaker:
        holes.append(speaker)
    if content_root is not None:
        pieces = _subtract(text, _extent(content_root), holes)
    elif object_span is not None:
        pieces = _subtract(text, object_span, holes)
    elif verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i and subj is not None:
        # "The bases are still there, Bogdanov noted." parsed with the cue hanging off the clause
        head_span = _extent(verb.head)
        pieces = _subtract(text, head_span, [*holes, _extent(verb)])
    else:
        return None
    if not pieces:
        return None
    return QuoteSpan(pieces, speaker, cue, direct=False, text=text)


def _according_to(text: str, tok: Token) -> QuoteSpan | None:
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    cue = (tok.idx, to.idx + len(to.text))
    phrase = _extent(tok)
    sent = sentence_of(tok.doc, tok.i)
    clause = tok.head if tok.head is not tok else sent.root
    inside = sent.start <= clause.i < sent.end
    span = _extent(clause) if inside else (sent.start_char, sent.end_char)
    pieces = _subtract(text, span, [phrase])
    if not pieces:
        return None
    return QuoteSpan(pieces, speaker_interval(text, source), cue, direct=False, text=text)


def _noun_attribution(text: str, noun: Token) -> QuoteSpan | None:
    clause = next(
        (c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that"),
        None,
    )
    if clause is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ in ("dobj", "pobj"):
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        owner = subject_of(verb)
    speaker = _extent(owner) if owner is not None else None
    pieces = _subtract(text, _extent(clause), [])
    if not pieces:
        return None
    return QuoteSpan(pieces, speaker, token_span(noun), direct=False, text=text)


def parse_attributions(doc: Doc) -> list[QuoteSpan]:
    """Attributions signalled by a cue word in the parse."""
    text = text_of(doc)
    found: list[QuoteSpan] = []
    for tok in doc:
        lower = tok.lower_
        if lower in SPEECH_FORMS and tok.tag_.startswith("VB"):
            if tok.dep_ == "amod" or (tok.tag_ == "VBN" and tok.dep_ == "acl"):
                continue
            q = _verb_attribution(text, tok, lower)
        elif lower == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            q = _according_to(text, tok)
        elif lower in SPEECH_NOUNS and tok.tag_.startswith("NN"):
            q = _noun_attribution(text, tok)
        else:
            continue
        if q is not None:
            found.append(q)
    return found
