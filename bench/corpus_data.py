"""Synthetic corpora for the corpus benchmarks, generated from the bench pages' own text.

The text is read from ../shared/bench at run time (never copied into the project): gold article
bodies of the AEB pages, news-please article texts and PolNeAR articles, split into paragraphs
and recombined at random into as many articles as a benchmark needs.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench"
OUTLETS = [f"{name}.example" for name in (
    "ledger", "courier", "herald", "tribune", "gazette", "sentinel", "monitor", "observer",
    "dispatch", "chronicle", "post", "times", "wire", "bulletin", "review", "register",
    "examiner", "standard", "journal", "mercury", "star", "globe", "beacon", "clarion",
    "record", "leader", "press", "telegraph", "pioneer", "daily",
)]  # fmt: skip


def shared_bench() -> Path:
    if not SHARED.is_dir():
        raise SystemExit(f"benchmark data not found at {SHARED}")
    return SHARED


def paragraphs() -> list[str]:
    """Every paragraph of at least 12 words in the bench articles."""
    root = shared_bench()
    texts: list[str] = []
    truth = json.loads((root / "aeb" / "ground-truth.json").read_text())
    texts += [v["articleBody"] for v in truth.values()]
    for path in sorted((root / "stories" / "articles").glob("*.json")):
        obj = json.loads(path.read_text())
        texts.append(obj.get("maintext") or "")
    for path in sorted((root / "polnear" / "data").glob("*/text/*.txt")):
        texts.append(path.read_text(errors="replace"))
    out = []
    for text in texts:
        for para in re.split(r"\n\s*\n|\n", text):
            para = " ".join(para.split())
            if len(para.split()) >= 12:
                out.append(para)
    return out


def synthetic_articles(n: int, seed: int = 1) -> Iterator[dict]:
    """n news-please-shaped records: 4-9 random paragraphs, a title from one of them, an outlet
    and a date in 2024-2025."""
    rng = random.Random(seed)
    paras = paragraphs()
    for i in range(n):
        chosen = rng.sample(paras, rng.randint(4, 9))
        words = chosen[0].split()
        title = " ".join(words[: rng.randint(6, 12)]).rstrip(",;:")
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        year = rng.choice((2024, 2025))
        yield {
            "title": title,
            "maintext": "\n".join(chosen),
            "source_domain": OUTLETS[i % len(OUTLETS)],
            "date_publish": f"{year}-{month:02d}-{day:02d} {rng.randint(0, 23):02d}:00:00",
            "date_download": f"{year}-{month:02d}-{day:02d} 23:00:00",
            "url": f"https://{OUTLETS[i % len(OUTLETS)]}/a/{i}",
            "language": "en",
            "authors": [],
        }
