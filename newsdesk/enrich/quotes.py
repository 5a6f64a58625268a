"""Who said what: direct, indirect and colon-attributed quotes found on a parsed article.

Rules, cheapest first, all over one spaCy parse of the body:

1. quotation marks are paired over the raw text (double quotes, and single quotes that open at a
   word boundary), joining a quotation that runs over several paragraphs;
2. every speech or thought verb ("said", "stated", "believes") with a clause complement gives an
   attribution: the verb's subject is the speaker, the complement the content; a verb that is only
   a parenthetical ("..., he said.") takes the clause it interrupts; "according to X" and "X's
   claim that ..." work the same way;
3. a quotation no verb claimed is tied to a cue just before it ("He added: ...") or, when it is a
   full sentence or more, continues the last speaker's quote; short quoted phrases that nobody
   says stay scare quotes, not quotes;
4. short lines of the form "Speaker: statement" or "statement: Speaker" (tickers, sub-headings).

Speakers are returned as written (``speaker_text``); `newsdesk.enrich.entities` resolves them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from itertools import groupby, pairwise

from spacy.tokens import Doc, Token

from newsdesk.enrich.cues import INFINITIVE_FORMS, OBJECT_MESSAGE_VERBS, SPEECH_FORMS, SPEECH_NOUNS
from newsdesk.enrich.nlp import sentence_of, text_of
from newsdesk.enrich.nlp import sentences as all_sentences
from newsdesk.enrich.spans import Interval, SpanIndex


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


# --- quotation marks --------------------------------------------------------------------------

_DOUBLE = '"“”«»„'
_SINGLE = "'‘’"
_OPEN_BEFORE = set(" \n\t([{—–-/:")
_MIN_STANDALONE_WORDS = 6  # an unattributed quotation shorter than this is a term, not a quote
_MIN_PHRASE_WORDS = 3  # a quoted phrase credited to its sentence's subject, with no cue verb


def _is_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_BEFORE or before in _DOUBLE) and not after.isspace()


def _is_closing(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def quotation_spans(text: str) -> list[Interval]:
    """Character spans of quotations, marks included; a quote continued in the next paragraph
    (no closing mark, the next paragraph opens with one) is one span."""
    spans: list[Interval] = []
    spans += _pair(text, _DOUBLE, max_len=6000)
    inside = [False] * (len(text) + 1)
    for a, b in spans:
        for k in range(a, b):
            inside[k] = True
    singles = [s for s in _pair(text, _SINGLE, max_len=1500) if not inside[s[0]]]
    return sorted(spans + singles)


def _pair(text: str, marks: str, max_len: int) -> list[Interval]:
    spans: list[Interval] = []
    positions = [m.start() for m in re.finditer(f"[{re.escape(marks)}]", text)]
    open_at: int | None = None
    for i in positions:
        if open_at is None:
            if _is_opening(text, i):
                open_at = i
            continue
        if _is_closing(text, i) and i > open_at + 1:
            if i + 1 - open_at <= max_len:
                spans.append((open_at, i + 1))
            open_at = None
        elif _is_opening(text, i):
            # a new opening mark: either the quote runs on into a new paragraph, or the first
            # mark was not a quote (an apostrophe, a stray mark); keep the span only in the
            # first case.
            if "\n\n" in text[open_at:i] and text[i - 1] == "\n":
                continue
            open_at = i
    return spans


# --- attributions from the parse --------------------------------------------------------------

_TRIM = " \t\n,;:—–-"
_MESSAGE_DEPS = ("dobj", "oprd", "ccomp", "xcomp", "dative", "prep", "attr")


def _when_phrase(tok: Token) -> bool:
    """A preposition that only dates the saying ("proposed on Tuesday", "called for hours"):
    its object is a date or time, never the message."""
    if tok.dep_ != "prep":
        return False
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ in ("DATE", "TIME")


def _trim(text: str, a: int, b: int) -> Interval | None:
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
    trimmed = [t for p in pieces if (t := _trim(text, *p))]
    return [t for t in trimmed if any(c.isalnum() for c in text[t[0] : t[1]])]


def _extent(tok: Token) -> Interval:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)


def _token_span(tok: Token) -> Interval:
    return tok.idx, tok.idx + len(tok.text)


def _subject(verb: Token) -> Token | None:
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


def _speaker_interval(text: str, subj: Token) -> Interval:
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
    while a < cut and (text[a] in _TRIM or text[a] in _DOUBLE or text[a] in _SINGLE):
        a += 1
    return _trim(text, a, cut) or (a, b)


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
    subj = _subject(verb)
    cue = _token_span(verb)
    for child in verb.children:  # particles and auxiliaries belong to the cue ("pointed out")
        if child.dep_ in ("prt", "neg") or (child.dep_ == "aux" and child.i == verb.i - 1):
            cue = (min(cue[0], child.idx), max(cue[1], child.idx + len(child.text)))
    holes = [cue]
    speaker = _speaker_interval(text, subj) if subj is not None else None
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
    return QuoteSpan(pieces, _speaker_interval(text, source), cue, direct=False, text=text)


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
        owner = _subject(verb)
    speaker = _extent(owner) if owner is not None else None
    pieces = _subtract(text, _extent(clause), [])
    if not pieces:
        return None
    return QuoteSpan(pieces, speaker, _token_span(noun), direct=False, text=text)


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


# --- putting quotations and attributions together ---------------------------------------------


def _overlaps(a: Interval, b: Interval) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_BESIDE = re.compile(r"^[\s,”\"'’]*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*$")


def _speaker_beside_cue(text: str, cue: Interval, quotations: list[Interval]) -> Interval | None:
    """When the parser took a quotation for the subject ('"Very good reporter," Trump said'),
    the speaker is the name between the closing mark and the cue, or right after the cue."""
    before_end = max((b for a, b in quotations if b <= cue[0]), default=max(0, cue[0] - 60))
    m = _BESIDE.match(text[before_end : cue[0]])
    if m:
        return before_end + m.start("name"), before_end + m.end("name")
    m = re.match(
        r"\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})", text[cue[1] : cue[1] + 80]
    )
    if m:
        return cue[1] + m.start("name"), cue[1] + m.end("name")
    return None


def _is_name(text: str) -> bool:
    words = text.strip(" ,.'’").split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _cue_before(doc: Doc, start: int) -> QuoteSpan | None:
    """A speaker and cue ending in a colon right before a quotation: 'He added: "..."'."""
    window_start = max(0, start - 300)
    head = text_of(doc)[window_start:start].rstrip()
    if not head.endswith(":"):
        return None
    colon = window_start + len(head) - 1
    span = doc.char_span(colon, start, alignment_mode="expand")
    if span is None:
        return None
    sent = sentence_of(doc, span.start)
    for tok in reversed(list(sent)):
        if tok.idx >= start:
            continue
        if tok.lower_ in SPEECH_FORMS and tok.tag_.startswith("VB"):
            subj = _subject(tok)
            speaker = _speaker_interval(text_of(doc), subj) if subj is not None else None
            return QuoteSpan([], speaker, _token_span(tok), direct=True, text=text_of(doc))
    return None


_CUE_REACH = 8  # tokens into the next sentence where a quotation's cue may stand


def _cue_in_sentence(doc: Doc, qs: Interval, quotations: list[Interval]) -> QuoteSpan | None:
    """A cue verb in the sentence around a quotation, outside every quotation: '..." said Trump',
    'Huckabee called it "a blatant abuse"'."""
    span = doc.char_span(qs[0], qs[1], alignment_mode="expand")
    if span is None:
        return None
    sent = sentence_of(doc, span.start)
    fallback: QuoteSpan | None = None
    sentences = [sent]
    # '"That is false!" Maher replied.': the mark ended the sentence, the cue opens the next
    after = span[-1].i + 1
    while after < len(doc) and doc[after].is_space:
        after += 1
    if (
        after < len(doc)
        and not sent.start <= after < sent.end
        and "\n" not in text_of(doc)[qs[1] : doc[after].idx]
    ):
        sentences.append(doc[after : min(after + _CUE_REACH, sentence_of(doc, after).end)])
    for tok in (t for s in sentences for t in s):
        if any(a <= tok.idx < b for a, b in quotations):
            continue
        if tok.lower_ in SPEECH_FORMS and tok.tag_.startswith("VB"):
            subj = _subject(tok)
            if subj is not None:
                speaker = _speaker_interval(text_of(doc), subj)
                return QuoteSpan([], speaker, _token_span(tok), direct=True, text=text_of(doc))
    if sent.start_char < qs[0] or qs[1] < sent.end_char - 1:
        # a quoted phrase inside someone's sentence: that sentence's subject chose the words
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if (
            subj is not None
            and subj.lower_ not in ("it", "this", "that")
            and not any(a <= subj.idx < b for a, b in quotations)
        ):
            fallback = QuoteSpan(
                [], _speaker_interval(text_of(doc), subj), None, True, text_of(doc)
            )
    return fallback


def _colon_paragraphs(doc: Doc, taken: SpanIndex) -> list[QuoteSpan]:
    """A sentence that announces words with a colon at the end of its paragraph ("Brafman
    notes:", "The statement reads as follows:") attributes the next paragraph."""
    text = text_of(doc)
    found: list[QuoteSpan] = []
    for sent in all_sentences(doc):
        stripped = sent.text.rstrip()
        line_end = sent.start_char + len(stripped)
        if not stripped.endswith(":") or "\n" not in text[line_end : line_end + 3]:
            continue
        cue = next(
            (
                t
                for t in reversed(list(sent))
                if (t.lower_ in SPEECH_FORMS and t.tag_.startswith("VB")) or t.lower_ == "follows"
            ),
            None,
        )
        if cue is None:
            continue
        start = line_end
        while start < len(text) and text[start].isspace():
            start += 1
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        span = _trim(text, start, end)
        if span is None or taken.overlaps(span):
            continue
        if _COLON_LEAD.match(text[span[0] : span[1]]):
            continue  # "TAPPER: ..." after "Partial transcript as follows:" speaks for itself
        subj = _subject(cue)
        if subj is None and sent.root.tag_.startswith("NN") and sent.root.i < cue.i:
            subj = sent.root  # "Partial transcript as follows:"
        speaker = _speaker_interval(text, subj) if subj is not None else None
        if speaker and speaker[1] > cue.idx:
            speaker = _trim(text, speaker[0], cue.idx)
        found.append(QuoteSpan([span], speaker, _token_span(cue), direct=False, text=text))
    return found


def _absorb(q: QuoteSpan, quotations: list[Interval], claimed: list[bool]) -> None:
    """An attribution whose content touches quotations is direct speech, and its content runs
    to their marks (a quotation may run past the clause the parser gave, over sentences)."""
    touched: set[int] = set()
    for a, b in q.content:  # quotations are sorted and do not overlap one another
        k = bisect_left(quotations, (b,)) - 1
        while k >= 0 and quotations[k][1] > a:
            touched.add(k)
            k -= 1
    for k in sorted(touched):
        qs = quotations[k]
        claimed[k] = True
        q.direct = True
        if qs[1] > q.content[-1][1] and not (q.speaker and q.speaker[0] >= qs[1]):
            q.content[-1] = (q.content[-1][0], qs[1])
        if qs[0] < q.content[0][0]:
            q.content[0] = (qs[0], q.content[0][1])


def _unclaimed_quotation(
    doc: Doc, qs: Interval, quotations: list[Interval], spoken: list[tuple[int, Interval]]
) -> QuoteSpan | None:
    """A quotation no cue took: tied to a cue beside it, or, when it is a sentence or more,
    continuing the last speaker; a short quoted phrase nobody says is not a quote."""
    inner = text_of(doc)[qs[0] + 1 : qs[1] - 1]
    if _is_name(inner):
        return None  # 'Israel', "Hezbollah": a name in quotation marks is framing, not speech
    cue = _cue_before(doc, qs[0]) or _cue_in_sentence(doc, qs, quotations)
    if cue is not None and (cue.cue or _words(inner) >= _MIN_PHRASE_WORDS):
        cue.content = [qs]
        return cue
    if _words(inner) < _MIN_STANDALONE_WORDS:
        return None
    # the speaker of the quote that ended last before this one (``spoken``: sorted (end, speaker))
    i = bisect_right(spoken, (qs[0], (len(text_of(doc)), len(text_of(doc)))))
    speaker = spoken[i - 1][1] if i else None
    return QuoteSpan([qs], speaker, None, direct=True, text=text_of(doc))


def find_quotes(doc: Doc, colon_lines: bool = True) -> list[QuoteSpan]:
    """Every attribution in a parsed text, in reading order."""
    text = text_of(doc)
    quotations = quotation_spans(text)
    lines = colon_attributions(text) if colon_lines else []
    # a cue inside a quotation or a "Speaker: ..." line ("I think ...") is the speaker's words
    said = SpanIndex(quotations + [q.content[0] for q in lines])
    quoted = SpanIndex(quotations)
    attributions = [q for q in parse_attributions(doc) if not q.cue or not said.contains(q.cue)]
    claimed = [False] * len(quotations)
    for q in attributions:
        if q.speaker and q.cue and quoted.contains(q.speaker):
            q.speaker = _speaker_beside_cue(text, q.cue, quotations)
        _absorb(q, quotations, claimed)
    # "Brafman notes:" then a paragraph: announced words, quoted or not, one span
    announced = _colon_paragraphs(doc, SpanIndex([p for q in attributions for p in q.content]))
    for q in announced:
        _absorb(q, quotations, claimed)
        q.content = [(q.start, q.end)]
    results = attributions + announced
    spoken = sorted((q.end, q.speaker) for q in results if q.speaker)
    for k, qs in enumerate(quotations):
        if not claimed[k] and (q := _unclaimed_quotation(doc, qs, quotations, spoken)):
            results.append(q)
            if q.speaker:
                insort(spoken, (q.end, q.speaker))
    taken = SpanIndex([p for q in results for p in q.content])
    results += [q for q in lines if not taken.overlaps(q.content[0])]
    results.sort(key=lambda q: q.start)
    for prev, q in pairwise(results):
        # "..., explaining, "..."": a cue with no subject of its own continues the last speaker
        if q.speaker is None and q.cue and prev.speaker and "\n" not in text[prev.end : q.start]:
            q.speaker = prev.speaker
    return _drop_nested(results)


def _drop_nested(quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """A quote whose content lies wholly inside another with the same speaker is the same quote
    found twice (a parenthetical cue and the clause it interrupts)."""
    # one sweep in (start, -end) order: a quote is inside another of its speaker's when one
    # that comes before it in that order reaches as far
    reach: dict[Interval | None, int] = {}
    dropped: set[int] = set()
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
    for _key, group in groupby(ordered, key=lambda q: (q.start, -q.end)):
        same = list(group)
        for q in same:
            if reach.get(q.speaker, -1) >= q.end:
                dropped.add(id(q))
        for q in same:
            reach[q.speaker] = max(reach.get(q.speaker, -1), q.end)
    return [q for q in quotes if id(q) not in dropped]


# --- "Speaker: statement" lines ----------------------------------------------------------------

_COLON_LEAD = re.compile(r"^(?P<speaker>[A-Z][^:\n]{1,80}?)\s*:\s+(?P<content>\S[^\n]*)$", re.M)
_COLON_TAIL = re.compile(
    r"^(?P<content>\S[^\n]{10,}?)\s*:\s+(?P<speaker>[A-Z][\w'’ .-]{1,40})$", re.M
)
_MAX_LINE = 400  # a ticker item or a heading; longer lines are prose
_NOT_SPEAKERS = {"read more", "read also", "related news", "note", "update", "watch", "breaking"}


def _looks_like_name(s: str) -> bool:
    words = s.split()
    if not 1 <= len(words) <= 8 or s.lower() in _NOT_SPEAKERS:
        return False
    if any(w.lower() in SPEECH_FORMS for w in words):  # "He added: ..." is prose, not a line
        return False
    capitals = sum(w[:1].isupper() for w in words)
    return capitals >= max(1, len(words) // 2) and not s.rstrip().endswith((".", "?", "!"))


def colon_attributions(text: str, taken: list[list[Interval]] | None = None) -> list[QuoteSpan]:
    """Lines such as "Sheikh Qassem: We will not ..." or "Israel's actions ...: Kremlin"."""
    taken_spans = [p for pieces in taken or [] for p in pieces]
    found: list[QuoteSpan] = []
    for m in _COLON_LEAD.finditer(text):
        transcript = m["speaker"].isupper()  # "TAPPER: ..." lines of an interview transcript
        if len(m.group(0)) > _MAX_LINE and not transcript:
            continue
        if not _looks_like_name(m["speaker"]) or '"' in m["speaker"] or "“" in m["speaker"]:
            continue
        content = (m.start("content"), m.end("content"))
        if _words(m["content"]) < _MIN_PHRASE_WORDS or any(
            _overlaps(content, t) for t in taken_spans
        ):
            continue
        speaker = (m.start("speaker"), m.end("speaker"))
        found.append(QuoteSpan([content], speaker, None, direct=True, text=text))
    for m in _COLON_TAIL.finditer(text):
        line = m.group(0)
        if len(line) > _MAX_LINE or line.rstrip().endswith((".", "?", "!")):
            continue
        if not _looks_like_name(m["speaker"]) or len(m["speaker"].split()) > 4:
            continue
        content = (m.start("content"), m.end("content"))
        if any(_overlaps(content, t) for t in taken_spans) or any(
            _overlaps(content, q.content[0]) for q in found
        ):
            continue
        speaker = (m.start("speaker"), m.end("speaker"))
        found.append(QuoteSpan([content], speaker, None, direct=False, text=text))
    return found
