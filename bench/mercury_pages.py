"""A fourth page set for the text reader, split by site into a studied and a held-out half.

    uv run python bench/mercury_pages.py            # fetch once, measure, write BENCHMARKS.md
    uv run python bench/mercury_pages.py --no-write # measure and print only
    uv run python bench/mercury_pages.py --fetch-only

After many sessions the studied sets (bench/study.py) no longer hold the shapes the held-out
sets lose points on, and the held-out sets have been looked at in aggregate many times. These
pages are new to the project: the news-article fixtures that ship in the npm package
@postlight/mercury-parser 1.1.1 (fixtures/<host>/<time>.html: about a hundred pages of some
ninety news and magazine sites), fetched once with `npm pack` (pinned by SHA-256) into a cache
outside the repository (NEWSDESK_MERCURY_PAGES, default ~/.cache/newsdesk/mercury-pages), never
into the project and never read by tests. They are other people's text.

The set is split by site, not by page, so that the held-out half ("merc-b") holds sites nobody
studied: the sites in name order, alternately to merc-a (studied page by page) and merc-b (held
out, aggregates only). A site that is a site of an older held-out set (odd-b, fresh-b, blind:
bench/more_pages.py's held_out_sites) goes to merc-b whatever its place, so that studying merc-a
never reads a held-out site. A page whose bytes are those of a page of another set is left out.
Only counts are printed, never a page's or a site's name; merc-b's folder holds unseen's blind
marker, so `newsdesk eval unseen` lists none of its pages either.

The measure is `newsdesk eval unseen`'s (newsdesk/eval/unseen.py), as bench/fresh_pages.py
measures the fresh set: each page rendered by the five renderers, read by the text reader and
scored against newsdesk's HTML reader on the same HTML ("silver"), on all pages and on those
whose reference trafilatura agrees with ("sound").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import blind_pages  # noqa: E402  (bench/: the other sets' caches)
import fresh_pages  # noqa: E402
import more_pages  # noqa: E402
from _machine import describe  # noqa: E402
from _sections import page_set_parser, write_section  # noqa: E402
from line_model_fit.sites import site_of  # noqa: E402

from newsdesk.eval import unseen  # noqa: E402

DEFAULT_CACHE = Path.home() / ".cache" / "newsdesk" / "mercury-pages"
REQUIREMENT = "@postlight/mercury-parser@1.1.1"
DIGEST = "f15f33e2c98dab28c7e462bf8dc0c167e6fba5db164942e2346b653eb1b6431d"
HALVES = ("a", "b")
BEGIN, END = "<!-- mercury-pages:begin -->", "<!-- mercury-pages:end -->"


def _pages(archive: tarfile.TarFile) -> Iterator[tuple[str, str, bytes]]:
    """(site, file name, HTML) of the package's top-level fixtures: fixtures/<host>/<n>.html,
    and fixtures/<n>.html, whose site is its own address (else its name)."""
    for member in sorted(archive.getmembers(), key=lambda m: m.name):
        parts = member.name.split("/")[1:]  # below the package's top folder
        if not member.isfile() or parts[0] != "fixtures" or not parts[-1].endswith(".html"):
            continue
        html = archive.extractfile(member).read()  # type: ignore[union-attr]
        if len(parts) == 3:  # fixtures/<host>/<n>.html
            yield site_of("http://" + parts[1]), f"{parts[1]}__{parts[2]}", html
        elif len(parts) == 2:
            found = more_pages.page_sites(parts[1], html)
            yield (min(found) if found else Path(parts[1]).stem), f"_{parts[1]}", html


def split(
    pages: list[tuple[str, str, bytes]], known: set[str], held_out: set[str]
) -> tuple[dict[str, dict[str, bytes]], dict[str, int]]:
    """The pages of each half by file name, and the counts (left out as known, per half)."""
    counts = {"pages": len(pages), "known": 0, "held_out_site": 0}
    kept = [(site, name, html) for site, name, html in pages
            if hashlib.sha256(html).hexdigest() not in known]  # fmt: skip
    counts["known"] = len(pages) - len(kept)
    sites = sorted({site for site, _, _ in kept})
    half_of = {site: HALVES[i % 2] for i, site in enumerate(sites)}
    for site in sites:
        if site in held_out:
            half_of[site] = "b"
            counts["held_out_site"] += 1
    halves: dict[str, dict[str, bytes]] = {half: {} for half in HALVES}
    for site, name, html in kept:
        halves[half_of[site]][name] = html
    for half in HALVES:
        counts[f"pages_{half}"] = len(halves[half])
        counts[f"sites_{half}"] = sum(1 for s in sites if half_of[s] == half)
    return halves, counts


def folder(half: str, cache: Path | None = None) -> Path:
    """The folder of one half (pages in html/, as newsdesk.eval.unseen.load_pages reads)."""
    cache = cache or Path(os.environ.get("NEWSDESK_MERCURY_PAGES", DEFAULT_CACHE))
    return cache / half


def fetch(cache: Path | None = None) -> Path:
    """Both halves, built once."""
    cache = cache or Path(os.environ.get("NEWSDESK_MERCURY_PAGES", DEFAULT_CACHE))
    if (cache / "counts.json").is_file():
        return cache
    fresh = Path(os.environ.get("NEWSDESK_FRESH_PAGES", fresh_pages.DEFAULT_CACHE))
    blind = Path(os.environ.get("NEWSDESK_BLIND_PAGES", blind_pages.DEFAULT_CACHE))
    more = Path(os.environ.get("NEWSDESK_MORE_PAGES", more_pages.DEFAULT_CACHE))
    downloads = cache / "archives"
    downloads.mkdir(parents=True, exist_ok=True)
    path = more_pages._archive("npm", REQUIREMENT, DIGEST, downloads)
    with tarfile.open(path) as archive:
        pages = list(_pages(archive))
    known = more_pages.known_hashes([fresh / "html", blind / "html", more / "html",
                                     more_pages.BENCH])  # fmt: skip
    halves, counts = split(pages, known, more_pages.held_out_sites(fresh, blind))
    for half, kept in halves.items():
        building = cache / f"{half}.partial" / "html"
        shutil.rmtree(building.parent, ignore_errors=True)
        building.mkdir(parents=True)
        for name, html in kept.items():
            (building / name).write_bytes(html)
        if half == "b":  # held out: unseen names none of its pages
            (building.parent / unseen.BLIND_MARKER).touch()
        shutil.rmtree(cache / half, ignore_errors=True)
        building.parent.rename(cache / half)
    # Written last: a fetch interrupted before it starts again.
    (cache / "counts.json").write_text(json.dumps(counts), encoding="utf-8")
    return cache


def measure(cache: Path) -> dict[str, list[unseen.UnseenResult]]:
    """Each half's figures, all pages then sound ones, per renderer."""
    out: dict[str, list[unseen.UnseenResult]] = {}
    for half in HALVES:
        for sound_only in (False, True):
            key = f"merc-{half}" + (" sound" if sound_only else "")
            out[key] = [unseen.evaluate(folder(half, cache), renderer, "all", sound_only=sound_only)
                        for renderer in unseen.RENDERERS]  # fmt: skip
    return out


def render_section(counts: dict[str, int], results: dict[str, list[unseen.UnseenResult]]) -> str:
    rows = "\n".join(
        f"| {key} | {r.renderer} | {r.pages} | {r.f1:.4f} | {r.precision:.4f} | {r.recall:.4f} | "
        f"{r.errors} | {len(r.lost_by_renderer)} |"
        for key, per_renderer in results.items()
        for r in per_renderer
    )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"""{BEGIN}
## A fourth page set: mercury-parser's fixtures (bench/mercury_pages.py, {dt.date.today()})

Machine: {describe()}; load average at the end {load}. The {counts["pages"]} news-article
fixtures of the npm package {REQUIREMENT} (fetched with `npm pack`, pinned by SHA-256), split by
site, alternately in name order: merc-a ({counts["pages_a"]} pages of {counts["sites_a"]} sites)
is studied page by page; merc-b ({counts["pages_b"]} pages of {counts["sites_b"]} sites, with the
{counts["held_out_site"]} sites that are sites of the older held-out sets) is held out and only
these aggregates are looked at. The text reader, on five renderings, against newsdesk's HTML
reader on the same HTML ("silver"), scored as `newsdesk eval unseen` scores (pages with under 50
words of reference, or whose rendering lost half of it, left out); "sound": the pages whose
reference trafilatura agrees with (F1 >= {unseen.SOUND_AGREEMENT}).

| half | rendering | scored | F1 vs silver | P | R | reader errors | rendering lost text |
|---|---|---|---|---|---|---|---|
{rows}
{END}
"""


def main() -> None:
    parser = page_set_parser(__doc__)
    args = parser.parse_args()
    cache = fetch()
    counts = json.loads((cache / "counts.json").read_text(encoding="utf-8"))
    print(
        f"{counts['pages']} pages in {REQUIREMENT}: {counts['known']} known (other sets), "
        f"{counts['held_out_site']} sites of an older held-out set put in merc-b; merc-a "
        f"{counts['pages_a']} pages of {counts['sites_a']} sites, merc-b {counts['pages_b']} "
        f"pages of {counts['sites_b']} sites, in {cache}",
        file=sys.stderr,
    )
    if args.fetch_only:
        return
    section = render_section(counts, measure(cache))
    print(section)
    if not args.no_write:
        write_section(REPO / "BENCHMARKS.md", BEGIN, END, section)


if __name__ == "__main__":
    main()
