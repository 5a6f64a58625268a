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

from tests.bench.loading import bench_module

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
    assert counts == {"pages": 5, "known": 1, "repeated": 1, "held_out_site": 1, "kept": 2}


def test_archive_pages_reads_the_named_folders_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip

    more = _module(monkeypatch)
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in {
            "pkg-1.0/tests/cache/ferry.html": FERRY,
            "pkg-1.0/tests/cache/goats.html.gz": gzip.compress(GOATS),
            "pkg-1.0/tests/other/nameless.html": NAMELESS,
            "pkg-1.0/tests/cache/notes.json": json.dumps({"a": 1}).encode(),
        }.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    buffer.seek(0)
    with tarfile.open(fileobj=buffer) as archive:
        pages = list(more.archive_pages(archive, ("tests/cache/",)))
    assert pages == [("ferry.html", FERRY), ("goats.html", GOATS)]


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
