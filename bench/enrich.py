"""Enrichment speed: newsdesk's whole enrichment vs spaCy's small pipeline alone, same texts.

    uv run python bench/enrich.py            # measure and write the section to BENCHMARKS.md
    uv run python bench/enrich.py --no-write # measure and print only

The texts are the 84 PolNeAR dev articles (real news, about 67,000 words). In one process,
after a warm-up of each, the two are timed in turn (``--repeat`` rounds, best kept):

- spaCy alone: ``en_core_web_sm`` with every component, ``nlp.pipe`` over the texts;
- newsdesk: ``enrich_pages`` with one worker (so both use one core) over Pages holding the same
  texts: parse (the components enrichment needs) + entities, quotes, counts, places, events,
  framing and summary.

The target is a ratio of at most 1.35. CPU time of the process is the measure (the machine is
shared; wall time is printed too). Quote quality (`newsdesk eval quotes`) is written alongside.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from importlib.metadata import version
from pathlib import Path

from _machine import describe  # bench/ is on sys.path when a bench runs
from _sections import write_section

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsdesk.enrich import enrich_pages  # noqa: E402  (the repo must be importable first)
from newsdesk.enrich.nlp import load_nlp  # noqa: E402
from newsdesk.eval.quotes import evaluate_quotes, load_polnear  # noqa: E402
from newsdesk.records import Article, Page  # noqa: E402

POLNEAR = REPO.parent / "shared" / "bench" / "polnear"
BEGIN = "<!-- bench/enrich.py: begin -->"
END = "<!-- bench/enrich.py: end -->"


def _pages(texts: list[str]) -> list[Page]:
    pages = []
    for i, text in enumerate(texts):
        page = Page(source=f"polnear-{i}", format="text", kind="article")
        page.articles.append(Article(role="main", title="", body=text))
        pages.append(page)
    return pages


def _time(run) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def measure(texts: list[str], repeat: int) -> dict[str, float]:
    full = load_nlp(full=True)
    spacy_run = lambda: list(full.pipe(texts, batch_size=32))  # noqa: E731
    enrich_run = lambda: list(enrich_pages(_pages(texts), workers=1))  # noqa: E731
    spacy_run(), enrich_run()  # warm-up: models loaded, gazetteer index built
    best_spacy = best_enrich = (float("inf"), float("inf"))
    for _ in range(repeat):
        best_spacy = min(best_spacy, _time(spacy_run))
        best_enrich = min(best_enrich, _time(enrich_run))
    words = sum(len(re.findall(r"\S+", t)) for t in texts)
    return {
        "articles": len(texts),
        "words": words,
        "spacy_cpu": best_spacy[0],
        "spacy_wall": best_spacy[1],
        "enrich_cpu": best_enrich[0],
        "enrich_wall": best_enrich[1],
        "ratio": best_enrich[0] / best_spacy[0],
    }


def render(m: dict[str, float], q: dict[str, float]) -> str:
    machine = describe()
    rows = [
        ("spaCy en_core_web_sm alone (all components)", m["spacy_cpu"], m["spacy_wall"]),
        ("newsdesk enrichment (parse + every finder)", m["enrich_cpu"], m["enrich_wall"]),
    ]
    lines = [
        BEGIN,
        "## Enrichment (bench/enrich.py, `newsdesk eval quotes`)",
        "",
        f"Measured {dt.date.today().isoformat()} on {machine}, spaCy {version('spacy')}, "
        f"one core each, same run, best of the rounds; {m['articles']} PolNeAR dev articles, "
        f"{m['words']} words.",
        "",
        "| pipeline | CPU s | words/s | articles/s | wall s |",
        "|---|---|---|---|---|",
    ]
    for name, cpu, wall in rows:
        lines.append(
            f"| {name} | {cpu:.2f} | {m['words'] / cpu:,.0f} | {m['articles'] / cpu:.1f} "
            f"| {wall:.2f} |"
        )
    lines += [
        "",
        f"Enrichment costs **{m['ratio']:.2f}x** spaCy's small pipeline alone (target <= 1.35).",
        "",
        f"Quotes on PolNeAR dev ({q['documents']} annotations): content by token overlap "
        f"P {q['token_precision']:.3f} R {q['token_recall']:.3f} **F1 {q['token_f1']:.3f}** "
        f"(target >= 0.80); by quote overlap P {q['quote_precision']:.3f} "
        f"R {q['quote_recall']:.3f} "
        f"F1 {q['quote_f1']:.3f}; **speaker accuracy {q['speaker_accuracy']:.3f}** "
        f"(target >= 0.85) over {q['speakers_scored']} found quotes with a gold source.",
        END,
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if not POLNEAR.is_dir():
        sys.exit(f"{POLNEAR}: PolNeAR not found")
    texts = sorted({d.text for d in load_polnear(POLNEAR, "dev")})
    m = measure(texts, args.repeat)
    q = evaluate_quotes(POLNEAR, "dev").as_dict()
    section = render(m, q)
    print(section)
    if not args.no_write:
        write_section(REPO / "BENCHMARKS.md", BEGIN, END, section)


if __name__ == "__main__":
    main()
