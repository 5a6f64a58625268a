"""A fourth page set for the text reader, split by site into a studied and a held-out half.

    uv run python bench/mercury_pages.py            # fetch once (if not there), print the counts

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
Only counts are printed, never a page's or a site's name.
"""

from __future__ import annotations

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
from line_model_fit.sites import site_of  # noqa: E402

DEFAULT_CACHE = Path.home() / ".cache" / "newsdesk" / "mercury-pages"
REQUIREMENT = "@postlight/mercury-parser@1.1.1"
DIGEST = "f15f33e2c98dab28c7e462bf8dc0c167e6fba5db164942e2346b653eb1b6431d"
HALVES = ("a", "b")


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
        shutil.rmtree(cache / half, ignore_errors=True)
        building.parent.rename(cache / half)
    # Written last: a fetch interrupted before it starts again.
    (cache / "counts.json").write_text(json.dumps(counts), encoding="utf-8")
    return cache


def main() -> None:
    cache = fetch()
    counts = json.loads((cache / "counts.json").read_text(encoding="utf-8"))
    print(
        f"{counts['pages']} pages in {REQUIREMENT}: {counts['known']} known (other sets), "
        f"{counts['held_out_site']} sites of an older held-out set put in merc-b; merc-a "
        f"{counts['pages_a']} pages of {counts['sites_a']} sites, merc-b {counts['pages_b']} "
        f"pages of {counts['sites_b']} sites, in {cache}"
    )


if __name__ == "__main__":
    main()
