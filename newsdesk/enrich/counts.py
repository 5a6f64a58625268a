"""Human counts: how many were killed, wounded, executed, arrested, displaced, missing.

Each number written in digits or words ("111", "two", "a thousand", "dozens") is read with the
words around it: a qualifier before it ("at least"), the group after it ("326 Druze fighters"),
and what happened to them, found after the group ("were killed"), before the number ("the
killing of", "death toll rose to"), in the noun itself ("940 deaths"), by inheritance ("including
39 children", "182 of whom were executed"), or from the sentence ("the dead included ...",
carried to a following "They also included ..."). The place is the nearest place name in the
sentence and the reporter is the speaker of the quote the count sits in ("a war monitor said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsdesk.enrich.nlp import entities_in, sentences, text_of
from newsdesk.records import Count

# Word forms to the kind of count they signal.
TRIGGERS = {
    **dict.fromkeys(["killed", "dead", "died", "slain", "deaths", "fatalities"], "killed"),
    **dict.fromkeys(["wounded", "injured", "hurt", "injuries", "wounding", "injuring"], "wounded"),
    **dict.fromkeys(["executed", "execution", "executions"], "executed"),
    **dict.fromkeys(["martyred", "martyrs", "martyrdom"], "martyred"),
    **dict.fromkeys(["arrested", "arrests", "arrest"], "arrested"),
    **dict.fromkeys(["detained", "detainees", "detention", "jailed", "imprisoned"], "detained"),
    **dict.fromkeys(["displaced", "uprooted", "evacuated", "fled"], "displaced"),
    **dict.fromkeys(["missing", "disappeared"], "missing"),
    **dict.fromkeys(["kidnapped", "abducted", "abductions"], "abducted"),
    **dict.fromkeys(["killing", "kill", "kills"], "killed"),
}
# Nouns that make a whole sentence about the dead: "the dead included 326 fighters and ...".
CONTEXT_NOUNS = {"dead": "killed", "toll": "killed", "victims": "killed", "casualties": "killed"}
QUALIFIERS = (
    "at least", "at most", "more than", "less than", "fewer than", "up to", "nearly", "almost",
    "around", "about", "approximately", "roughly", "some", "over", "an estimated", "estimated",
    "as many as", "no fewer than", "close to", "dozens of", "hundreds of", "thousands of",
)  # fmt: skip
_JOINERS = {"and", "-"}
_QUALIFIER_AT_END = re.compile(
    r"\b(" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)) + r")\s*$", re.I
)
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12,
}  # fmt: skip
# Vague plurals, read as the smallest amount they can mean (twice the unit), qualifier kept.
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens": 20}
_SKIP_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_GROUP_TAGS = {"JJ", "NN", "NNS", "NNP", "NNPS"}
_BRIDGE = {
    "were", "was", "have", "has", "had", "been", "be", "being", "are", "is", "reportedly",
    "summarily", "also", "later", "allegedly", "who", "and", "or", "all", "since", "so", "far",
    "now", "either", "both", "subsequently", "\"", "“", "”", "'", ",",
}  # fmt: skip
# After a group these start a new count ("12 children, and wounding more than 140").
_NEW_CLAUSE_TRIGGERS = {"killing", "wounding", "injuring", "kill", "kills", "arrest"}
_INHERIT_BEFORE = {"including", "among", "includes", "include", "included"}


@dataclass
class _Number:
    start: int  # token index
    end: int
    value: int
    text: str


def _value(tokens: list[Token]) -> int | None:
    words = [t.lower_.replace(",", "") for t in tokens if t.lower_ not in ("a", "an", *_JOINERS)]
    if len(words) == 1 and words[0] in VAGUE:
        return VAGUE[words[0]]
    total, current = 0, 0
    for w in words:
        if re.fullmatch(r"\d+(\.\d+)?", w):
            current += int(float(w))
        elif w in WORD_NUMBERS:
            n = WORD_NUMBERS[w]
            if n >= 100:
                current = max(current, 1) * n
                if n >= 1000:
                    total, current = total + current, 0
            else:
                current += n
        else:
            return None
    value = total + current
    return value or None


def _numbers(sent: Span) -> list[_Number]:
    found: list[_Number] = []
    i = sent.start
    doc = sent.doc
    while i < sent.end:
        tok = doc[i]
        is_num = (tok.tag_ == "CD" or tok.lower_ in VAGUE) and tok.ent_type_ not in _SKIP_ENTS
        if not is_num:
            i += 1
            continue
        start = i
        if i > sent.start and doc[i - 1].lower_ in ("a", "an") and tok.lower_ in WORD_NUMBERS:
            start = i - 1  # "a thousand"
        j = i + 1
        while j < sent.end and doc[j].lower_ in _JOINERS | WORD_NUMBERS.keys():
            j += 1  # "two hundred and fifty", "thirty - one"
        while j > i + 1 and doc[j - 1].lower_ in _JOINERS:
            j -= 1
        value = _value(list(doc[start:j]))
        if value is not None and not (1900 <= value <= 2100 and tok.text.isdigit()):
            found.append(_Number(start, j, value, doc[start:j].text))
        i = j
    return found


def _group(doc: Doc, n: _Number, sent: Span) -> tuple[str | None, int, bool]:
    """The group counted, the token index after it, and whether it refers back ("of whom")."""
    i = n.end
    refers_back = False
    if (
        i + 1 < sent.end
        and doc[i].lower_ == "of"
        and doc[i + 1].lower_ in ("whom", "them", "which")
    ):
        refers_back, i = True, i + 2
    elif i < sent.end and doc[i].lower_ == "of":
        i += 1  # "dozens of civilians"
        while i < sent.end and doc[i].tag_ == "DT":
            i += 1
        if i < sent.end and doc[i].lower_ in CONTEXT_NOUNS | TRIGGERS.keys():
            # "31 of the dead were women": the group is what they were
            j = i + 1
            while j < sent.end and doc[j].lower_ in ("were", "was", "are", "included"):
                j += 1
            if j > i + 1 and j < sent.end and doc[j].tag_ in ("NNS", "NN"):
                return doc[j].text, i, True
            return None, i, True
    start = i
    while (
        i < sent.end
        and i - start < 5
        and doc[i].tag_ in _GROUP_TAGS
        and doc[i].lower_ not in TRIGGERS
    ):
        i += 1
    group = doc[start:i].text if i > start else None
    return group, i, refers_back


def _kind_after(doc: Doc, i: int, sent: Span) -> str | None:
    steps = 0
    while i < sent.end and steps < 6:
        word = doc[i].lower_
        if word in TRIGGERS and word not in _NEW_CLAUSE_TRIGGERS:
            return TRIGGERS[word]
        if word == "forced" and doc[i + 1 : i + 3].text.lower() in ("from their", "to flee"):
            return "displaced"  # "thousands were forced from their homes"
        if word not in _BRIDGE and doc[i].tag_ not in ("RB", "``", "''"):
            return None
        i += 1
        steps += 1
    return None


def _kind_before(doc: Doc, n: _Number, sent: Span) -> str | None:
    i = n.start - 1
    steps = 0
    while i >= sent.start and steps < 8:
        word = doc[i].lower_
        if word in TRIGGERS:
            return TRIGGERS[word]
        if word == "toll":
            prev = doc[i - 1].lower_ if i > sent.start else ""
            return "wounded" if prev in ("injury", "wounded") else "killed"
        if doc[i].tag_ in (".", ":", ",") or word in (";", "and", "but", "while", "whereas"):
            return None  # another clause: "23 were killed and thousands were forced ..."
        i -= 1
        steps += 1
    return None


def _context_kind(sent: Span) -> str | None:
    for tok in sent:
        kind = CONTEXT_NOUNS.get(tok.lower_)
        if kind and tok.tag_.startswith("NN"):
            return kind
    return None


def find_counts(
    doc: Doc, reporters: list[tuple[int, int, str | None]] | None = None
) -> list[Count]:
    """Every casualty or other human count in a parsed text; ``reporters`` are (start, end,
    speaker) spans of quotes, so a count inside one is credited to its speaker."""
    text = text_of(doc)
    counts: list[Count] = []
    previous_context: str | None = None
    last_place: str | None = None
    last_reporter: str | None = None
    for sent in sentences(doc):
        context = _context_kind(sent)
        first = sent[0].lower_ if len(sent) else ""
        inherited_context = False
        if context is None and previous_context and first in ("they", "these", "those", "among"):
            context, inherited_context = previous_context, True
        places = [e for e in entities_in(doc, sent) if e.label_ in ("GPE", "LOC", "FAC")]
        sent_counts: list[Count] = []
        for n in _numbers(sent):
            group, after, refers_back = _group(doc, n, sent)
            kind = _kind_after(doc, after, sent)
            if kind is None and group and group.split()[-1].lower() in TRIGGERS:
                kind = TRIGGERS[group.split()[-1].lower()]
            if kind is None:
                kind = _kind_before(doc, n, sent)
            before = doc[max(sent.start, n.start - 2) : n.start].text.lower()
            if kind is None and sent_counts and any(w in before.split() for w in _INHERIT_BEFORE):
                kind = sent_counts[-1].kind
            from_context = kind is None
            if kind is None:
                kind = context
            if kind is None:
                continue
            if refers_back and sent_counts:
                group = sent_counts[-1].group if group is None else group
            start_char = doc[n.start].idx
            window = max(sent.start_char, start_char - 20)
            q = _QUALIFIER_AT_END.search(text[window:start_char])
            qualifier = q.group(1).lower() if q else None
            count_start = window + q.start() if q else start_char
            if n.text.lower() in VAGUE:
                qualifier = n.text.lower()
            place = _nearest(places, start_char)
            if place is None and (from_context or sent_counts):
                place = last_place
            reporter = next((s for a, b, s in reporters or [] if a <= start_char < b), None)
            if reporter is None and inherited_context:
                reporter = last_reporter
            last_token = doc[max(after, n.end) - 1]
            count = Count(
                kind, n.value, n.text, qualifier, group, place, reporter,
                count_start, last_token.idx + len(last_token.text),
            )  # fmt: skip
            sent_counts.append(count)
            last_place = place or last_place
            last_reporter = reporter or last_reporter
        counts.extend(sent_counts)
        previous_context = context if sent_counts or context else None
    return counts


def _nearest(places: list[Span], position: int) -> str | None:
    """The place the sentence sets things in ("in Sweida province"), else the nearest one."""
    if not places:
        return None
    located = [e for e in places if e.start > 0 and e.doc[e.start - 1].lower_ in _PLACE_PREPS]
    return min(located or places, key=lambda e: abs(e.start_char - position)).text


_PLACE_PREPS = {"in", "near", "at", "across", "around", "outside", "inside", "on"}
