"""bench/more_pages.py's selection, on made-up pages and a made-up archive (the fetched pages are
never read by tests)."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

from tests.bench.loading import bench_module, tarball

BENCH = Path(__file__).resolve().parents[2] / "bench"
FERRY = (
    b'<html><head><link rel="canonical" href="https://www.harbour-gazette.example/ferry">'
    b"</head><body><p>The Harbour Gazette heard the ferry bell.</p></body></html>"
)
GOATS = (
    b'<html><head><meta content="https://news.meadow-post.co.uk/goats" property="og:url">'
    b"</head><body><p>Meadow Post: the goats left the hill at dawn.</p></body></html>"
)
NAMELESS = b"<html><body><p>Tidings Weekly names no address of its own.</p></body></html>"
KNOWN = b"<html><body><p>A page the fresh set holds already.</p></body></html>"


def _module(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return bench_module(monkeypatch, "more_pages")


def test_page_sites_from_its_own_address_and_its_file_name(monkeypatch: pytest.MonkeyPatch) -> None:
    more = _module(monkeypatch)
    assert more.page_sites("ferry.html", FERRY) == {"harbour-gazette.example"}
    assert more.page_sites("goats.html", GOATS) == {"meadow-post.co.uk"}  # content before property
    assert more.page_sites("tidings.example.com.weekly.html", NAMELESS) == {"example.com"}
    assert more.page_sites("test.html", NAMELESS) == set()


def test_select_leaves_out_known_repeated_and_held_out_sites(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    more = _module(monkeypatch)
    pages = [
        ("pkg", "ferry.html", FERRY),
        ("pkg", "goats.html", GOATS),  # a site of a held-out set
        ("pkg", "known.html", KNOWN),  # bytes of a page of another set
        ("pkg", "nameless.html", NAMELESS),
        ("other", "again.html", FERRY),  # the same bytes met before
    ]
    known = {hashlib.sha256(KNOWN).hexdigest()}
    kept, sites, counts = more.select(pages, known, {"meadow-post.co.uk"})
    assert sorted(kept) == ["pkg__ferry.html", "pkg__nameless.html"]
    assert sites == {
        "pkg__ferry.html": "harbour-gazette.example",
        "pkg__nameless.html": "more/pkg__nameless.html",  # a site of its own
    }
    assert counts == {
        "pages": 5, "known": 1, "repeated": 1, "held_out_site": 1, "made_up": 0, "same_story": 0,
        "kept": 2,
    }  # fmt: skip


def test_select_reads_a_held_out_site_off_the_address_the_tests_name_and_the_file_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    more = _module(monkeypatch)
    pages = [
        ("pkg", "0a1b.html", NAMELESS, "https://news.meadow-post.co.uk/tidings"),
        ("pkg", "meadow-post-1_source.html", KNOWN),  # its folder names the site
        ("pkg", "meadowpostweekly.html", FERRY + b" "),  # a name opening on the site's label
        ("pkg", "tidings.html", NAMELESS + b" "),
    ]
    kept, _, counts = more.select(pages, set(), {"meadow-post.co.uk"})
    assert sorted(kept) == ["pkg__tidings.html"]
    assert counts["held_out_site"] == 3


def test_select_leaves_out_the_same_story_in_other_markup(monkeypatch: pytest.MonkeyPatch) -> None:
    more = _module(monkeypatch)
    story = " ".join(
        f"The ferry left the quay at dawn with {n} crates of pears aboard." for n in range(9)
    )
    stories = {
        "a.html": story,
        "b.html": story + " A late word.",
        "c.html": None,
        "d.html": "Goats.",
    }
    stories["e.html"] = "Lorem ipsum dolor sit amet, the test's placeholder."
    pages = [("pkg", name, name.encode()) for name in stories]
    kept, _, counts = more.select(pages, set(), set(), lambda name, html: stories[name])
    assert sorted(kept) == ["pkg__a.html", "pkg__c.html", "pkg__d.html"]
    assert counts["same_story"] == 1
    assert counts["made_up"] == 1


def test_link_site_is_where_most_links_go(monkeypatch: pytest.MonkeyPatch) -> None:
    more = _module(monkeypatch)
    own = b'<a href="https://www.tidings.example/a">a</a><a href="http://tidings.example/b">b</a>'
    away = b'<img src="https://cdn.pictures.example/x.png">'
    assert more.link_site(own + away) == {"tidings.example"}
    other = b'<a href="https://other.example/z">z</a>'
    assert more.link_site(own + away + other * 2) == set()  # under half of the links
    assert more.link_site(away) == set()  # one link is no site


def test_held_out_label_matches_a_first_label_or_its_opening(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    more = _module(monkeypatch)
    held = {"harbour-gazette.example", "fresh-a/ebb"}
    assert more.name_labels("harbour-gazette-2_source.html") == {"harbourgazette"}
    assert more.held_out_label({"harbourgazette"}, held)
    assert more.held_out_label({"harbourgazetteweekend"}, held)
    assert more.held_out_label({"ebb"}, held)
    assert not more.held_out_label({"ebbtide"}, held)  # under four letters: the same label only
    assert not more.held_out_label({"meadowpost"}, held)


def test_address_book_names_pages_by_their_addresss_md5(monkeypatch: pytest.MonkeyPatch) -> None:
    more = _module(monkeypatch)
    url = "https://tidings.example/2024/05/pears"
    source = f'URLS = ["{url}", "https://other.example/x"]\n'.encode()
    data = tarball({"pkg-1.0/pkg/test/test_pages.py": source})
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        book = more.address_book(archive)
    assert book[hashlib.md5(url.encode()).hexdigest() + ".html"] == url


def test_archive_pages_reads_the_named_folders_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip

    more = _module(monkeypatch)
    data = tarball({
        "pkg-1.0/tests/cache/ferry.html": FERRY,
        "pkg-1.0/tests/cache/goats.html.gz": gzip.compress(GOATS),
        "pkg-1.0/tests/other/nameless.html": NAMELESS,
        "pkg-1.0/tests/cache/notes.json": json.dumps({"a": 1}).encode(),
    })  # fmt: skip
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        pages = list(more.archive_pages(archive, ("tests/cache/",)))
    assert pages == [("ferry.html", FERRY), ("goats.html", GOATS)]


def test_archive_pages_names_a_shared_file_name_by_its_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    more = _module(monkeypatch)
    data = tarball({
        "package/test/pages/ferry-1/source.html": FERRY,
        "package/test/pages/ferry-1/expected.html": KNOWN,  # what the test expects: no page
        "package/test/pages/goats/source.html": GOATS,
        "package/test/pages/tidings.html": NAMELESS,
    })  # fmt: skip
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        pages = list(more.archive_pages(archive, ("test/pages/",)))
    assert pages == [
        ("ferry-1_source.html", FERRY), ("goats_source.html", GOATS), ("tidings.html", NAMELESS),
    ]  # fmt: skip


def test_held_out_sites_of_the_fresh_sets_odd_half(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    more = _module(monkeypatch)
    fresh = tmp_path / "fresh" / "html"
    fresh.mkdir(parents=True)
    for name in ("a__alpha.example.com.one.html", "a__beta.example.org.two.html"):
        (fresh / name).write_bytes(NAMELESS)
    # The odd places in name order are held out: beta's site, not alpha's.
    sites = more.held_out_sites(tmp_path / "fresh", tmp_path / "blind", tmp_path / "bench")
    assert sites == {"example.org"}
