"""A short extractive summary: the article's most central sentences, in their order.

Sentences are scored by how many of the article's frequent content words they hold (divided by
their length, so long sentences do not win by size) with a bonus for coming early, as news puts
the essentials first. No model is involved.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from newsdesk.enrich.nlp import sentences, text_of

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
_STOP = {
    "that", "this", "with", "from", "have", "were", "which", "their", "they", "been", "will",
    "would", "said", "also", "about", "after", "there", "into", "more", "than", "when", "while",
    "what", "over", "such", "only", "other", "some", "these", "those", "being", "could", "should",
    "according", "stated", "added", "says", "told",
}  # fmt: skip
MAX_SENTENCES = 3
MAX_WORDS = 90
_MIN_WORDS = 6


def summarize(doc: Doc) -> str:
    candidates = [
        s for s in sentences(doc) if len(s) >= _MIN_WORDS and s.text.rstrip()[-1:] in '.!?"”’'
    ]
    if not candidates:
        return text_of(doc).strip().split("\n", 1)[0][:300]
    freq = Counter(w.lower() for w in _WORD.findall(text_of(doc)) if w.lower() not in _STOP)
    scored = []
    for rank, sent in enumerate(candidates):
        words = [w.lower() for w in _WORD.findall(sent.text) if w.lower() not in _STOP]
        weight = sum(freq[w] for w in set(words)) / (len(words) + 4)
        scored.append((weight * (1.0 + 1.0 / (1 + rank)), rank, sent))
    chosen: list[tuple[int, str]] = []
    total = 0
    for _score, rank, sent in sorted(scored, key=lambda s: -s[0]):
        size = len(sent.text.split())
        if chosen and total + size > MAX_WORDS:
            continue
        chosen.append((rank, sent.text.strip()))
        total += size
        if len(chosen) == MAX_SENTENCES:
            break
    return " ".join(t for _r, t in sorted(chosen))
