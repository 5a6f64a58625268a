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

Quotation marks: `quotation_marks.py`; attributions from the parse (and `QuoteSpan`):
`attribution.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from itertools import groupby, pairwise

from spacy.tokens import Doc

from newsdesk.enrich.attribution import (
    QuoteSpan,
    parse_attributions,
    speaker_interval,
    subject_of,
    token_span,
    trim_span,
)
from newsdesk.enrich.cues import SPEECH_FORMS
from newsdesk.enrich.nlp import sentence_of, text_of
from newsdesk.enrich.nlp import sentences as all_sentences
from newsdesk.enrich.quotation_marks import quotation_spans
from newsdesk.enrich.spans import Interval, SpanIndex

_MIN_STANDALONE_WORDS = 6  # an unattributed quotation shorter than this is a term, not a quote
_MIN_PHRASE_WORDS = 3  # a quoted phrase credited to its sentence's subject, with no cue verb


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
            subj = subject_of(tok)
            speaker = speaker_interval(text_of(doc), subj) if subj is not None else None
            return QuoteSpan([], speaker, token_span(tok), direct=True, text=text_of(doc))
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
            subj = subject_of(tok)
            if subj is not None:
                speaker = speaker_interval(text_of(doc), subj)
                return QuoteSpan([], speaker, token_span(tok), direct=True, text=text_of(doc))
    if sent.start_char < qs[0] or qs[1] < sent.end_char - 1:
        # a quoted phrase inside someone's sentence: that sentence's subject chose the words
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if (
            subj is not None
            and subj.lower_ not in ("it", "this", "that")
            and not any(a <= subj.idx < b for a, b in quotations)
        ):
            fallback = QuoteSpan([], speaker_interval(text_of(doc), subj), None, True, text_of(doc))
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
        span = trim_span(text, start, end)
        if span is None or taken.overlaps(span):
            continue
        if _COLON_LEAD.match(text[span[0] : span[1]]):
            continue  # "TAPPER: ..." after "Partial transcript as follows:" speaks for itself
        subj = subject_of(cue)
        if subj is None and sent.root.tag_.startswith("NN") and sent.root.i < cue.i:
            subj = sent.root  # "Partial transcript as follows:"
        speaker = speaker_interval(text, subj) if subj is not None else None
        if speaker and speaker[1] > cue.idx:
            speaker = trim_span(text, speaker[0], cue.idx)
        found.append(QuoteSpan([span], speaker, token_span(cue), direct=False, text=text))
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


def colon_attributions(text: str) -> list[QuoteSpan]:
    """Lines such as "Sheikh Qassem: We will not ..." or "Israel's actions ...: Kremlin"."""
    found: list[QuoteSpan] = []
    for m in _COLON_LEAD.finditer(text):
        transcript = m["speaker"].isupper()  # "TAPPER: ..." lines of an interview transcript
        if len(m.group(0)) > _MAX_LINE and not transcript:
            continue
        if not _looks_like_name(m["speaker"]) or '"' in m["speaker"] or "“" in m["speaker"]:
            continue
        content = (m.start("content"), m.end("content"))
        if _words(m["content"]) < _MIN_PHRASE_WORDS:
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
        if any(_overlaps(content, q.content[0]) for q in found):
            continue
        speaker = (m.start("speaker"), m.end("speaker"))
        found.append(QuoteSpan([content], speaker, None, direct=False, text=text))
    return found
