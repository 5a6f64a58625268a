"""The training data: each page-rendering's dump and reference (aeb, the even half of dates
and, with --with, the studied sets), cached per part beside the dumps, and whether each page's
reference is sound."""

from __future__ import annotations

import gzip
import json
import os
import pickle
from pathlib import Path

from line_model_fit import settings
from newsdesk.eval import unseen
from newsdesk.eval.metrics import score_page

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO.parent / "shared" / "bench"
BASE_CACHE = Path(os.environ.get("LINE_MODEL_CACHE", "/tmp/newsdesk-line-model/dumps.pkl"))
# The studied sets that may join the data (--with SET,...): the odd-a quarter of dates and the
# fresh set's studied half (the even places of bench/fresh_pages.py's pages; its odd half,
# fresh-b, is never read), and "more": other packages' test pages (bench/more_pages.py; no page
# or site of a held-out set), all of them. Each is cached in its own files beside the base ones.
EXTRA_SETS = ("odd-a", "fresh-a", "more")
FRESH_DIR = Path(
    os.environ.get("NEWSDESK_FRESH_PAGES", Path.home() / ".cache/newsdesk/fresh-pages")
)
RENDERERS = unseen.RENDERERS


# One training dump: where it came from, its rendering, the reference body and the dump's bytes.
Dump = tuple[str, str, str, str, bytes]  # (set, page, renderer, reference, dump)


def _aeb_dumps() -> list[Dump]:
    gold = json.loads((BENCH / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    out: list[Dump] = []
    for page in sorted(gold):
        reference = gold[page]["articleBody"]
        for renderer, folder in (("w3m", "text-w3m"), ("inscriptis", "text-inscriptis")):
            path = BENCH / "aeb" / folder / f"{page}.txt"
            if path.is_file():
                out.append(("aeb", page, renderer, reference, path.read_bytes()))
        html_path = BENCH / "aeb" / "html" / f"{page}.html.gz"
        if html_path.is_file():
            html = gzip.decompress(html_path.read_bytes())
            for renderer in ("w3m-80", "lynx", "elinks"):
                out.append(("aeb", page, renderer, reference, unseen.render(html, renderer)))
    return out


def dates_dumps(half: str = "even") -> list[Dump]:
    """The dumps of one studied part of dates ("even", "odd-a"; never "odd-b"), their set named
    "dates" for the even half and "odd-a" for odd-a."""
    if half not in ("even", "odd-a"):
        raise ValueError(f"{half}: only the studied parts of dates are read")
    kind = "dates" if half == "even" else half
    return _labelled(kind, unseen.load_pages(unseen.DEFAULT_DIR, half))


def fresh_dumps() -> list[Dump]:
    """The dumps of the fresh set's studied half ("fresh-a": unseen.load_pages(..., "even")),
    labelled and filtered as the dates pages; its odd half (fresh-b) is never read."""
    return _labelled("fresh-a", unseen.load_pages(FRESH_DIR, "even"))


def more_dumps() -> list[Dump]:
    """The dumps of bench/more_pages.py's pages (fetched first if not there), labelled and
    filtered as the fresh set's studied half."""
    return _labelled("more", pages_of("more"))


def _labelled(kind: str, pages: list[tuple[str, bytes]]) -> list[Dump]:
    """The pages' dumps by every renderer, with the HTML reader's body as their reference;
    pages with no reference and renderings that lost the article are left out, as the eval
    leaves them out."""
    out: list[Dump] = []
    for name, html in pages:
        silver = unseen._silver(name, html)
        if silver is None:
            continue
        for renderer in RENDERERS:
            dump = unseen.render(html, renderer)
            if score_page(silver, dump.decode("utf-8", "replace")).recall < (
                unseen.MIN_RENDERED_SHARE
            ):
                continue
            out.append((kind, name, renderer, silver, dump))
    return out


def part_file(part: str, kind: str = "dumps") -> Path:
    """The cache file of one part of the data ("base": aeb and the even half of dates; or one
    of EXTRA_SETS): its dumps, its table of rows, its pages' soundness."""
    suffix = "" if part == "base" else f"-{part}"
    name = {"dumps": BASE_CACHE.stem, "table": "table", "sound": "sound"}[kind] + suffix
    return BASE_CACHE.with_name(name + (".json" if kind == "sound" else ".pkl"))


def part_of(kind: str) -> str:
    return kind if kind in EXTRA_SETS else "base"


def _render_part(part: str) -> list[Dump]:
    if part == "base":
        return _aeb_dumps() + dates_dumps()
    if part == "more":
        return more_dumps()
    return dates_dumps("odd-a") if part == "odd-a" else fresh_dumps()


def cache() -> None:
    """Render the base dumps (again, unless --with names sets to add) and each set --with
    names, each part in its own file; and the soundness of each silver page's reference."""
    for part in ("base", *settings.WITH):
        path = part_file(part)
        if part == "base" and settings.WITH and path.is_file():
            continue  # rendering them again gives the same bytes
        dumps = _render_part(part)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(dumps))
        print(f"{len(dumps)} dumps cached in {path}")
        sound = part_file(part, "sound")
        sound.unlink(missing_ok=True)
        soundness(dumps)


def load_dumps() -> list[Dump]:
    dumps: list[Dump] = []
    for part in ("base", *settings.WITH):
        path = part_file(part)
        if not path.is_file():
            raise SystemExit(f"{path}: no cached dumps (run `train_line_model.py cache` first)")
        dumps.extend(pickle.loads(path.read_bytes()))
    return dumps


def more_dir() -> Path:
    """bench/more_pages.py's cache (NEWSDESK_MORE_PAGES, else its default: named by its sources)."""
    import more_pages  # bench/ is on sys.path when a bench runs

    return Path(os.environ.get("NEWSDESK_MORE_PAGES", more_pages.DEFAULT_CACHE))


def pages_of(kind: str) -> list[tuple[str, bytes]]:
    if kind == "fresh-a":
        return unseen.load_pages(FRESH_DIR, "even")
    if kind == "more":
        import more_pages  # bench/ is on sys.path when a bench runs

        return unseen.load_pages(more_pages.fetch(more_dir()), "all")
    return unseen.load_pages(unseen.DEFAULT_DIR, "even" if kind == "dates" else kind)


def soundness(dumps: list[Dump]) -> dict[tuple[str, str], bool]:
    """(set, page) -> whether the page's reference is sound: gold always; silver where
    trafilatura agrees with it (unseen.sound_reference), kept per part beside the dumps."""
    out: dict[tuple[str, str], bool] = {}
    for part in sorted({part_of(d[0]) for d in dumps}):
        path = part_file(part, "sound")
        known = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        wanted = {(d[0], d[1]) for d in dumps if part_of(d[0]) == part and d[0] != "aeb"}
        missing = {kind for kind, page in wanted if f"{kind}/{page}" not in known}
        for kind in sorted(missing):
            for name, html in pages_of(kind):
                if (kind, name) in wanted:
                    known[f"{kind}/{name}"] = unseen.sound_reference(name, html)
        if missing:
            path.write_text(json.dumps(known, indent=0, sort_keys=True), encoding="utf-8")
        out.update({(k, p): known[f"{k}/{p}"] for k, p in wanted})
    out.update({(d[0], d[1]): True for d in dumps if d[0] == "aeb"})
    return out
