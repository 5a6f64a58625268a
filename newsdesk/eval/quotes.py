"""Scoring quote finding on PolNeAR (brat ``.ann`` files with Source/Cue/Content spans).

Figures:

- **content (token overlap)**: the text is split into ``\\w+`` tokens; a token is gold content
  when it lies in an annotated Content span, predicted content when it lies in a found quote's
  content; precision, recall and F1 are micro-averaged over all tokens of all documents.
- **content (quote overlap)**: a found quote is right when its content shares a token with some
  gold content (precision); a gold attribution is found when some found quote shares a token
  with it (recall). This is the span-overlap measure the BBC's Citron reports.
- **speaker accuracy**: over gold attributions that have a source and were found, the share whose
  best-overlapping found quote has a speaker sharing a token with the gold source, or (names and
  nouns, not pronouns) ending in the same word as it: another mention of the same name.

A text annotated by two people (``..._xxxx.ann`` twice) is scored once per annotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsdesk.enrich.attribution import QuoteSpan
from newsdesk.enrich.cues import PRONOUNS
from newsdesk.enrich.nlp import parse_many
from newsdesk.enrich.quotes import find_quotes
from newsdesk.enrich.spans import Interval

_TOKEN = re.compile(r"\w+")


@dataclass
class GoldAttribution:
    content: list[Interval]
    source: list[Interval] = field(default_factory=list)


@dataclass
class GoldDocument:
    name: str
    text: str
    attributions: list[GoldAttribution]


@dataclass
class QuoteScores:
    documents: int
    token_precision: float
    token_recall: float
    token_f1: float
    quote_precision: float
    quote_recall: float
    quote_f1: float
    speaker_accuracy: float
    speakers_scored: int

    def as_dict(self) -> dict[str, float | int]:
        return dict(self.__dict__)


def _spans(field_text: str) -> list[Interval]:
    # "Content 728 767;784 1029" -> [(728, 767), (784, 1029)]
    _kind, _, offsets = field_text.partition(" ")
    spans = []
    for part in offsets.split(";"):
        a, b = part.split()
        spans.append((int(a), int(b)))
    return spans


def read_ann(path: Path) -> list[GoldAttribution]:
    spans: dict[str, list[Interval]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            spans[parts[0]] = _spans(parts[1])
        elif parts[0].startswith("E"):
            roles = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            relations.append(roles)
    gold = []
    for roles in relations:
        if "Content" not in roles or roles["Content"] not in spans:
            continue
        source = spans.get(roles.get("Source", ""), [])
        gold.append(GoldAttribution(spans[roles["Content"]], source))
    return gold


def load_polnear(
    root: Path, split: str = "dev", limit: int | None = None, every: int = 1
) -> list[GoldDocument]:
    """Every annotation of a split, with its text; ``every`` keeps one file in N (sorted by
    name, so a fixed sample across publishers), ``limit`` the first N of those."""
    data = root / "data" / split if (root / "data").is_dir() else root / split
    if not data.is_dir():
        raise FileNotFoundError(f"{data}: no PolNeAR split {split!r} here")
    docs = []
    for ann in sorted((data / "attributions").glob("*.ann"))[::every][:limit]:
        stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        text_path = data / "text" / f"{stem}.txt"
        if not text_path.exists():
            continue
        docs.append(GoldDocument(ann.stem, text_path.read_text(encoding="utf-8"), read_ann(ann)))
    return docs


def _token_ids(tokens: list[Interval], spans: Iterable[Interval]) -> set[int]:
    ids: set[int] = set()
    for a, b in spans:
        ids.update(i for i, (t0, t1) in enumerate(tokens) if t0 < b and a < t1)
    return ids


def _head(text: str) -> str:
    words = _TOKEN.findall(text.lower())
    return words[-1] if words else ""


def _same_speaker(text: str, tokens: list[Interval], found: Interval, gold: list[Interval]) -> bool:
    """The found speaker is the gold source when the two phrases share a token, or (for names and
    nouns, not pronouns) when they end in the same word: "Kerry" found at another mention of
    "Secretary Kerry" names the same speaker."""
    if _token_ids(tokens, [found]) & _token_ids(tokens, gold):
        return True
    head = _head(text[found[0] : found[1]])
    gold_head = _head(" ".join(text[a:b] for a, b in gold))
    return bool(head) and head not in PRONOUNS and head == gold_head


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(docs: list[GoldDocument], found: list[list[QuoteSpan]]) -> QuoteScores:
    tp = fp = fn = 0
    pred_hit = pred_total = gold_hit = gold_total = 0
    speaker_ok = speaker_total = 0
    for doc, quotes in zip(docs, found, strict=True):
        tokens = [m.span() for m in _TOKEN.finditer(doc.text)]
        gold_sets = [_token_ids(tokens, g.content) for g in doc.attributions]
        pred_sets = [_token_ids(tokens, q.content) for q in quotes]
        gold_all = set().union(*gold_sets) if gold_sets else set()
        pred_all = set().union(*pred_sets) if pred_sets else set()
        tp += len(gold_all & pred_all)
        fp += len(pred_all - gold_all)
        fn += len(gold_all - pred_all)
        pred_total += len(pred_sets)
        pred_hit += sum(1 for p in pred_sets if p & gold_all)
        gold_total += len(gold_sets)
        for g, gset in zip(doc.attributions, gold_sets, strict=True):
            overlaps = [(len(gset & p), k) for k, p in enumerate(pred_sets) if gset & p]
            if not overlaps:
                continue
            gold_hit += 1
            if not g.source:
                continue
            speaker_total += 1
            best = quotes[max(overlaps)[1]]
            if best.speaker and _same_speaker(doc.text, tokens, best.speaker, g.source):
                speaker_ok += 1
    tp_p = tp / (tp + fp) if tp + fp else 0.0
    tp_r = tp / (tp + fn) if tp + fn else 0.0
    qp = pred_hit / pred_total if pred_total else 0.0
    qr = gold_hit / gold_total if gold_total else 0.0
    return QuoteScores(
        documents=len(docs),
        token_precision=round(tp_p, 4),
        token_recall=round(tp_r, 4),
        token_f1=round(_f1(tp_p, tp_r), 4),
        quote_precision=round(qp, 4),
        quote_recall=round(qr, 4),
        quote_f1=round(_f1(qp, qr), 4),
        speaker_accuracy=round(speaker_ok / speaker_total, 4) if speaker_total else 0.0,
        speakers_scored=speaker_total,
    )


def evaluate_quotes(
    root: Path, split: str = "dev", limit: int | None = None, every: int = 1
) -> QuoteScores:
    """Find quotes in the texts of a PolNeAR split and score them against the annotations."""
    docs = load_polnear(root, split, limit, every)
    # texts annotated twice are parsed once
    unique = {d.text for d in docs}
    parsed = dict(zip(unique, parse_many(unique), strict=True))
    found = [find_quotes(parsed[d.text]) for d in docs]
    return score(docs, found)
