"""The text lines the reader's pattern tests run over: crafted edge cases, then every normalised
line of the bundled sample dumps and (when present) the seed dumps, each text once."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsdesk.extract.text.lines import normalise

SAMPLES = Path(__file__).resolve().parents[2] / "newsdesk" / "samples"
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def dump_lines(crafted: Iterable[str]) -> list[str]:
    texts = list(crafted)
    dumps = sorted(SAMPLES.glob("*.txt"))
    if SEEDS.is_dir():
        dumps += sorted(SEEDS.glob("*.txt"))
    for path in dumps:
        texts += [line.text for line in normalise(path.read_text(encoding="utf-8"))]
    return list(dict.fromkeys(texts))
