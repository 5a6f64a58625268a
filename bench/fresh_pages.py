"""The text reader on a second page set, half of it held out: other extractors' test pages.

    uv run python bench/fresh_pages.py            # fetch once, measure, write BENCHMARKS.md
    uv run python bench/fresh_pages.py --no-write # measure and print only
    uv run python bench/fresh_pages.py --fetch-only

`bench/text_heldout.py` holds half of ../shared/bench/dates out of every study, but after many
sessions' aggregate looks that half is no longer a blind test on its own. These pages are: the
HTML test pages that ship in the source distributions of three extractors (pinned below, with
their SHA-256), which nobody here has read one by one and no rule or model was fitted on:
trafilatura 1.0.0 (tests/cache: German and English articles, blogs, institutional pages),
htmldate 1.2.0 (tests/cache: more of the same kind) and newspaper4k 0.9.6 (tests/data/html: news
articles in a dozen languages and scripts). Pages found in more than one are kept once.

They are other people's text: fetched with `pip download` (the machine's own index settings
apply) into a cache outside the repository (NEWSDESK_FRESH_PAGES, default
~/.cache/newsdesk/fresh-pages), never into the project, and never read by tests. The measure is
`newsdesk eval unseen`'s (newsdesk/eval/unseen.py): each page rendered by the five renderers,
read by the text reader, scored against newsdesk's HTML reader on the same HTML ("silver"),
with the same pages left out (no 50-word reference, or a rendering that lost the text). Many of
these pages are not news (shops, clubs, terms of service): the figure is a floor for news.

The HTML reader is checked on the pages trafilatura's own tests check: tests/realworld_tests.py
in its sdist asserts, page by page, phrases that must be in the extracted text ("with") and
phrases that must not ("without"). newsdesk, trafilatura (as installed) and readability-lxml
are held to the same phrases. The phrases were written for trafilatura, which passes all of them
in the version they ship with: the check favours it, and says where newsdesk's reading differs.
Some differences are by design: trafilatura keeps reader comments by default and newsdesk does
not (on the studied half, 10 of the 23 phrases newsdesk missed at first were in comments);
newsdesk puts a page's lede in the standfirst, which its text checked holds over the body, as
trafilatura's text holds the lede (from the 32nd session; before, only the body was checked).

From the thirteenth session the text reader's pages are split by place in name order, as
`newsdesk eval unseen` splits its set: the even ones ("a", `--pages` lists them worst first) may
be studied page by page, since rules drawn from the dates pages alone carried over weakly; the
odd ones ("b") stay held out, looked at only in aggregate. The HTML phrase checks keep their
own halves (below). Studying a held-out page one by one ends its use as a blind test.
"""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from _machine import describe  # bench/ is on sys.path when a bench runs
from _sections import page_set_parser, write_section

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extraction import SYSTEMS  # noqa: E402  (bench/extraction.py: the peers, as it runs them)

from newsdesk.eval import unseen  # noqa: E402  (the repo must be importable first)
from newsdesk.eval.extraction import BenchPage, newsdesk_extractor  # noqa: E402
from newsdesk.eval.metrics import combine, score_page  # noqa: E402

BEGIN = "<!-- bench/fresh_pages.py: begin -->"
END = "<!-- bench/fresh_pages.py: end -->"
# An HTML reader as bench/extraction.py runs it: (page, its bytes) -> the text it reads.
Extractor = Callable[[BenchPage, bytes], str]
DEFAULT_CACHE = Path.home() / ".cache" / "newsdesk" / "fresh-pages"

# (requirement, sdist SHA-256, folder of test pages inside the sdist)
SOURCES = (
    ("trafilatura==1.0.0",
     "10222e9475363091d38d4aa92349974a23363e8a98692b5f902d60bba3e53383", "tests/cache/"),
    ("htmldate==1.2.0",
     "9da929a1adbc3048f36730ab321b494dbfb060aae2d7ec87b2a4ec0a42999f29", "tests/cache/"),
    ("newspaper4k==0.9.6",
     "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e", "tests/data/html/"),
)  # fmt: skip


def _pip() -> list[str]:
    """A pip to download with: the running interpreter's, else the one on PATH."""
    probe = subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True)
    if probe.returncode == 0:
        return [sys.executable, "-m", "pip"]
    if shutil.which("pip"):
        return ["pip"]
    raise SystemExit("fresh_pages: no pip to download the test pages with (pip install pip)")


def _sdist(requirement: str, digest: str, downloads: Path) -> Path:
    """The source distribution of `requirement`, downloaded once and checked against `digest`."""
    name, version = requirement.split("==")
    stem = f"{name}-{version}.tar.gz".replace("-", "_").lower()
    found = [p for p in downloads.glob("*.tar.gz") if p.name.replace("-", "_").lower() == stem]
    if not found:
        command = [*_pip(), "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                   "--dest", str(downloads), requirement]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"fresh_pages: pip could not download {requirement}:\n{result.stderr}")
        found = [p for p in downloads.glob("*.tar.gz") if p.name.replace("-", "_").lower() == stem]
    if not found:
        raise SystemExit(f"fresh_pages: pip downloaded no {stem} into {downloads}")
    path = found[0]
    if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
        raise SystemExit(f"fresh_pages: {path} is not the pinned {requirement} (SHA-256 differs)")
    return path


def fetch(cache: Path) -> Path:
    """The page set's folder (its pages in html/), built from the pinned sdists if not yet there."""
    folder = cache / "html"
    if folder.is_dir() and any(folder.iterdir()):
        return cache
    downloads = cache / "sdists"
    downloads.mkdir(parents=True, exist_ok=True)
    building = cache / "html.partial"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir()
    seen: set[str] = set()
    for requirement, digest, inside in SOURCES:
        package = requirement.split("==")[0]
        with tarfile.open(_sdist(requirement, digest, downloads)) as archive:
            for member in archive.getmembers():
                relative = member.name.split("/", 1)[-1]
                if not (member.isfile() and relative.startswith(inside)):
                    continue
                if not relative.endswith((".html", ".htm")):
                    continue
                data = archive.extractfile(member).read()  # type: ignore[union-attr]
                key = hashlib.sha256(data).hexdigest()
                if key in seen:  # the same page in two packages' tests
                    continue
                seen.add(key)
                (building / f"{package}__{Path(relative).name}").write_bytes(data)
    building.rename(folder)  # whole or not at all: an interrupted fetch starts again
    return cache


def _asserted(
    statements: list[ast.stmt], files: dict[str, str], page: str | None = None
) -> list[tuple[str, str, bool]]:
    """The phrase checks of a test body, in source order: each assert is about the page the last
    `result = load_mock_page(URL, ...)` loaded."""
    checks: list[tuple[str, str, bool]] = []
    for statement in statements:
        if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call):
            call = statement.value
            if getattr(call.func, "id", "") == "load_mock_page" and call.args:
                page = files.get(ast.literal_eval(call.args[0]))
        elif isinstance(statement, ast.If):  # "if xmloutput is False: assert ..."
            checks += _asserted(statement.body, files, page)
        elif isinstance(statement, ast.Assert) and page:
            for node in ast.walk(statement.test):
                if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Constant)):
                    continue
                if isinstance(node.left.value, str) and isinstance(node.ops[0], ast.In | ast.NotIn):
                    checks.append((page, node.left.value, isinstance(node.ops[0], ast.In)))
    return checks


def phrase_checks(cache: Path) -> list[tuple[str, str, bool]]:
    """(page file, phrase, whether it must be in the text) from trafilatura's realworld tests."""
    requirement, digest, _ = SOURCES[0]
    with tarfile.open(_sdist(requirement, digest, cache / "sdists")) as archive:
        tests = next(m for m in archive.getmembers() if m.name.endswith("/realworld_tests.py"))
        tree = ast.parse(archive.extractfile(tests).read())  # type: ignore[union-attr]
    files: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "MOCK_PAGES":
            files = ast.literal_eval(node.value)
    checks = []
    for function in (node for node in tree.body if isinstance(node, ast.FunctionDef)):
        checks += _asserted(function.body, files)
    return [(f"trafilatura__{page}", phrase, wanted) for page, phrase, wanted in checks if page]


def _squeeze(text: str) -> str:
    # Composed (NFC) as well: a phrase copied from a page that sends decomposed letters is
    # judged on its words, whichever spelling a reader gives them (newsdesk composes).
    return " ".join(unicodedata.normalize("NFC", text).split())


HALVES = {"even": "studied", "odd": "held out"}


def phrase_pages(checks: list[tuple[str, str, bool]], half: str) -> list[str]:
    """The checked pages of one half, by their place in name order (as `newsdesk eval unseen`
    splits its set): the even ones may be studied page by page, the odd ones never."""
    names = sorted({name for name, _, _ in checks})
    return names[0::2] if half == "even" else names[1::2]


def texts_of(run: Extractor, pages: Iterable[Path]) -> dict[str, str]:
    """What an HTML reader (one of bench/extraction.py's SYSTEMS, readied) reads in each of
    `pages`, by file name, in their order."""
    return {
        path.name: run(BenchPage(id=path.stem, url="", gold="", path=path), path.read_bytes())
        for path in pages
    }


def check_phrases(
    run: Extractor, checks: list[tuple[str, str, bool]], cache: Path, half: str
) -> dict[str, float]:
    """Share of "with" phrases found and of "without" phrases absent in the text `run` reads
    (`checks`: phrase_checks'), on one half of the checked pages."""
    pages = [cache / "html" / name for name in phrase_pages(checks, half)]
    texts = {name: _squeeze(text) for name, text in texts_of(run, pages).items()}
    checks = [(name, _squeeze(phrase), wanted) for name, phrase, wanted in checks]
    found = [(phrase in texts[name], wanted) for name, phrase, wanted in checks if name in texts]
    kept = [present for present, wanted in found if wanted]
    dropped = [not present for present, wanted in found if not wanted]
    pages_ok = sum(
        all((phrase in text) == wanted for n, phrase, wanted in checks if n == name)
        for name, text in texts.items()
    )
    return {"pages": len(texts), "pages_ok": pages_ok,
            "with": sum(kept) / len(kept), "with_n": len(kept),
            "without": sum(dropped) / len(dropped), "without_n": len(dropped)}  # fmt: skip


def newspaper_texts(cache: Path) -> dict[str, str]:
    """newspaper4k's expected text of each of its test pages (tests/data/txt), by page file."""
    requirement, digest, _ = SOURCES[2]
    texts = {}
    with tarfile.open(_sdist(requirement, digest, cache / "sdists")) as archive:
        for member in archive.getmembers():
            if "/tests/data/txt/" in member.name and member.name.endswith(".txt"):
                data = archive.extractfile(member).read()  # type: ignore[union-attr]
                texts[f"newspaper4k__{Path(member.name).stem}.html"] = data.decode("utf-8")
    return texts


def scored_against(expected: dict[str, str]) -> list[str]:
    """The pages `agreement` scores, in name order: those whose expected text has 50 words or
    more, as the metric's shingles need words (whole pages of Chinese or Thai have none)."""
    return [name for name, text in sorted(expected.items())
            if len(text.split()) >= unseen.MIN_REFERENCE_WORDS]  # fmt: skip


def agreement(expected: dict[str, str], texts: dict[str, str]) -> tuple[int, float, float, float]:
    """(pages, F1, P, R) of the texts a reader read (`texts`, by page file) against the texts
    expected of those pages (`expected`: newspaper_texts', or a test's gold), on the pages of
    `texts` that scored_against keeps. newspaper4k's are the output of another extractor,
    checked by its maintainers: agreement, not truth."""
    scored = [name for name in scored_against(expected) if name in texts]
    total = combine([score_page(expected[name], texts[name]) for name in scored])
    return total.pages, total.f1, total.precision, total.recall


# The text reader's halves, as `newsdesk eval unseen` names its own: "even" is studied ("a"),
# "odd" held out ("b"), "all" both.
TEXT_HALVES = {"even": "a (studied)", "odd": "b (held out)", "all": "all"}


def _counts(r: unseen.UnseenResult) -> tuple[float, float, float]:
    """tp, fp, fn summed over a result's pages (each page's three sum to 1, so P, R and the page
    count give them back)."""
    if not r.precision or not r.recall:
        return 0.0, 0.0, float(r.pages)
    tp = r.pages / (1 + (1 - r.precision) / r.precision + (1 - r.recall) / r.recall)
    return tp, tp * (1 - r.precision) / r.precision, tp * (1 - r.recall) / r.recall


def pooled(a: unseen.UnseenResult, b: unseen.UnseenResult) -> unseen.UnseenResult:
    """The two halves as one set, as `newsdesk eval unseen --half all` would score it."""
    (tp, fp, fn), (tp2, fp2, fn2) = _counts(a), _counts(b)
    tp, fp, fn = tp + tp2, fp + fp2, fn + fn2
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return unseen.UnseenResult(
        a.renderer, "all", a.pages + b.pages, p, r, 2 * p * r / (p + r) if p + r else 0.0,
        a.errors + b.errors, a.failed + b.failed, a.lost_by_renderer + b.lost_by_renderer,
    )  # fmt: skip


def list_studied(cache: Path) -> None:
    """Each scored page of the studied half, per renderer, worst first (most shingles lost)."""
    for renderer in unseen.RENDERERS:
        for name, s in unseen.page_scores(cache, renderer, "even"):
            f1 = 2 * s.tp / (2 * s.tp + s.fp + s.fn) if s.tp else 0.0
            print(f"{renderer}\t{name}\tF1 {f1:.3f}\tP {s.precision:.3f}\tR {s.recall:.3f}")


def render_section(
    results: list[unseen.UnseenResult],
    sound: list[unseen.UnseenResult],
    pages: int,
    phrases: dict[tuple[str, str], dict[str, float]],
    agreement: dict[str, tuple[int, float, float, float]],
) -> str:
    rows = "\n".join(
        f"| {r.renderer} | {TEXT_HALVES[r.half]} | {r.pages} | {r.f1:.4f} | {r.precision:.4f} | "
        f"{r.recall:.4f} | {r.errors} | {len(r.lost_by_renderer)} |"
        for r in results
    )
    sound_rows = "\n".join(
        f"| {r.renderer} | {TEXT_HALVES[r.half]} | {r.pages} | {r.f1:.4f} | {r.precision:.4f} | "
        f"{r.recall:.4f} |"
        for r in sound
    )
    checks = "\n".join(
        f"| {system} | {HALVES[half]} | {p['pages']:.0f} | {p['with']:.3f} of {p['with_n']:.0f} | "
        f"{p['without']:.3f} of {p['without_n']:.0f} | {p['pages_ok']:.0f} |"
        for (system, half), p in phrases.items()
    )
    agrees = "\n".join(
        f"| {system} | {n} | {f1:.4f} | {p:.4f} | {r:.4f} |"
        for system, (n, f1, p, r) in agreement.items()
    )
    sources = ", ".join(requirement for requirement, _, _ in SOURCES)
    today = dt.date.today().isoformat()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"""{BEGIN}
## Text dumps of other extractors' test pages, half held out (bench/fresh_pages.py, {today})

Machine: {describe()}; load average at the end {load}. {pages} HTML pages from the test folders
of {sources} (source distributions from PyPI, pinned by SHA-256; duplicates kept once), rendered
and scored as in `newsdesk eval unseen`: the text reader against newsdesk's HTML reader on the
same HTML ("silver"), pages with under 50 words of reference or whose rendering lost half of it
left out. Many are not news (shops, clubs, terms of service). Half "a" (even places in name
order) may be studied page by page since the thirteenth session; half "b" is held out.

| rendering | half | scored | F1 vs silver | P | R | reader errors | rendering lost text |
|---|---|---|---|---|---|---|---|
{rows}

Where the reference is sound: the same pages, scored only where trafilatura, reading the same
HTML on its own, agrees with newsdesk's HTML reader (F1 >= {unseen.SOUND_AGREEMENT} between them).
Elsewhere the page is often no single story (a shop, a club's front page) and the reference is
in doubt.

| rendering | half | scored | F1 vs silver | P | R |
|---|---|---|---|---|---|
{sound_rows}

The HTML readers held to trafilatura's own test phrases (tests/realworld_tests.py, written for
trafilatura and passed by it when shipped): "with" phrases found, "without" phrases absent, and
pages where every phrase comes out as asserted. Some "with" phrases are in reader comments, which
trafilatura keeps by default and newsdesk leaves out. newsdesk's text here is its standfirst (a
lede it sets apart) over its body, as trafilatura's text holds the lede.
The checked pages are split by name order: the even ones may be studied page by page to find
where newsdesk's HTML reader fails, the odd ones are held out.

| HTML reader | half | pages | "with" found | "without" absent | pages passing every phrase |
|---|---|---|---|---|---|
{checks}

The HTML readers against newspaper4k's expected texts of its own test pages (another
extractor's output, kept by its maintainers: agreement, not gold; texts of under 50 words left
out):

| HTML reader | pages | F1 | P | R |
|---|---|---|---|---|
{agrees}
{END}
"""


def main() -> None:
    parser = page_set_parser(__doc__)
    parser.add_argument(
        "--pages", action="store_true", help="list the text reader on the studied half, worst first"
    )
    args = parser.parse_args()
    cache = fetch(Path(os.environ.get("NEWSDESK_FRESH_PAGES", DEFAULT_CACHE)))
    pages = len(list((cache / "html").iterdir()))
    print(f"fresh pages: {pages} in {cache / 'html'}", file=sys.stderr)
    if args.fetch_only:
        return
    if args.pages:
        list_studied(cache)
        return
    results, sound = [], []
    for renderer in unseen.RENDERERS:
        try:
            halves = [unseen.evaluate(cache, renderer, half) for half in ("even", "odd")]
            results += [*halves, pooled(*halves)]
            sound += [
                unseen.evaluate(cache, renderer, half, sound_only=True) for half in ("even", "odd")
            ]
        except unseen.RendererMissing as missing:
            print(f"fresh_pages: {renderer} skipped: {missing}", file=sys.stderr)
    checks, expected = phrase_checks(cache), newspaper_texts(cache)  # each sdist read once
    scored = (cache / "html" / name for name in scored_against(expected))
    newspaper_pages = [path for path in scored if path.exists()]
    phrases: dict[tuple[str, str], dict[str, float]] = {}
    agreements: dict[str, tuple[int, float, float, float]] = {}
    for system in ("newsdesk", "trafilatura", "readability-lxml"):
        run = SYSTEMS[system]("html")  # readied once (newsdesk warms its readers up)
        # newsdesk's lede may be its standfirst: the phrases are looked for in both.
        told = newsdesk_extractor("html", standfirst=True) if system == "newsdesk" else run
        for half in HALVES:
            phrases[(system, half)] = check_phrases(told, checks, cache, half)
        agreements[system] = agreement(expected, texts_of(run, newspaper_pages))
    section = render_section(results, sound, pages, phrases, agreements)
    print(section)
    if not args.no_write:
        write_section(REPO / "BENCHMARKS.md", BEGIN, END, section)


if __name__ == "__main__":
    main()
