"""newsdesk.eval.unseen on pages we write: renderers, the halves, the held-out rule, the CLI."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.eval.unseen import evaluate, load_pages, page_scores, render, sound_reference

STORY = [
    "The tram depot of Lower Quillon reopened on Monday after a winter of repairs, the "
    "fictional Quillon Transit Board said, with twelve renovated cars back on the east line.",
    "Board chair Oda Renk told reporters that the work had cost less than planned because "
    "volunteers from the Quillon Rail Society restored the wooden seats by hand.",
    "Riders on the first morning service described the cars as quieter and warmer, though "
    "several complained that the new timetable still skips the harbour stop after nine.",
    "The board will decide in spring whether to extend the line across the river, a plan "
    "that has been debated in the town council for more than a decade without a vote.",
]


def page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} | The Quillon Courier</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/town">Town</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<main><article><h1>{title}</h1>{body}</article></main>
<footer><p>© 2031 The Quillon Courier</p><a href="/terms">Terms</a></footer>
</body></html>"""


@pytest.fixture
def pages_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "html"
    folder.mkdir()
    for i in range(4):
        html = page(f"Tram depot story {i}", STORY[i:] + STORY[:i]).encode()
        (folder / f"{i:04d}.html.gz").write_bytes(gzip.compress(html))
    (folder / "0004.html").write_bytes(b"<html><body><p>Too short to score.</p></body></html>")
    return tmp_path


def test_the_halves_split_the_pages_by_name_order(pages_dir: Path) -> None:
    names = lambda half: [name for name, _ in load_pages(pages_dir, half)]  # noqa: E731
    assert names("even") == ["0000.html.gz", "0002.html.gz", "0004.html"]
    assert names("odd") == ["0001.html.gz", "0003.html.gz"]
    assert names("all") == sorted(names("even") + names("odd"))
    # the odd half split again by place: odd-a (studied since the twelfth session), odd-b
    assert names("odd-a") == ["0001.html.gz"] and names("odd-b") == ["0003.html.gz"]
    assert load_pages(pages_dir, "even")[0][1].startswith(b"<!doctype html>")  # un-gzipped


def test_text_reader_agrees_with_the_html_reader_on_clean_pages(pages_dir: Path) -> None:
    result = evaluate(pages_dir, "inscriptis", "all")
    assert result.pages == 4  # the stub has no reference and is left out
    assert result.errors == 0
    assert result.f1 > 0.95


def test_only_the_studied_halves_are_listed_page_by_page(pages_dir: Path) -> None:
    rows = page_scores(pages_dir, "inscriptis", "even")
    assert [name for name, _ in rows] and all(name.startswith("000") for name, _ in rows)
    assert [name for name, _ in page_scores(pages_dir, "inscriptis", "odd-a")] == ["0001.html.gz"]
    for held_out in ("odd-b", "odd", "all"):
        with pytest.raises(ValueError, match="held out"):
            page_scores(pages_dir, "inscriptis", held_out)


def test_cli_lists_a_studied_half_page_by_page_and_refuses_a_held_out_one(pages_dir: Path) -> None:
    base = ["eval", "unseen", "--bench", str(pages_dir), "--renderer", "inscriptis", "--pages"]
    listed = CliRunner().invoke(app, [*base, "--half", "odd-a"])
    assert listed.exit_code == 0, listed.output
    assert "odd-a half" in listed.output and "0001.html.gz" in listed.output
    refused = CliRunner().invoke(app, [*base, "--half", "odd-b"])
    assert refused.exit_code == 1 and "held out" in refused.output
    assert "0003" not in refused.output


def test_unknown_renderer_and_half_are_named() -> None:
    with pytest.raises(ValueError, match="unknown renderer 'links2'"):
        render(b"<p>x</p>", "links2")
    with pytest.raises(ValueError, match="unknown half 'third'"):
        load_pages(Path("."), "third")


def test_a_folder_without_pages_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "unseen", "--bench", str(tmp_path)])
    assert result.exit_code == 1
    assert "no HTML pages in" in result.output


@pytest.mark.skipif(shutil.which("w3m") is None, reason="w3m not installed (apt-get install w3m)")
def test_w3m_renders_unwrapped_lines_as_the_aeb_dumps_were_made() -> None:
    long = " ".join(STORY)
    dump = render(page("Depot", [long]).encode(), "w3m").decode()
    assert long in dump.splitlines()  # one paragraph, one line: no wrapping at 80 columns
    wrapped = render(page("Depot", [long]).encode(), "w3m-80").decode().splitlines()
    assert long not in wrapped and max(map(len, wrapped)) <= 80  # w3m's default wraps
    assert " ".join(" ".join(wrapped).split()).count(STORY[1][:60]) == 1


def test_cli_prints_one_json_object_per_renderer_and_half(pages_dir: Path) -> None:
    args = ["eval", "unseen", "--bench", str(pages_dir), "--renderer", "inscriptis", "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["renderer"], r["half"]) for r in rows] == [
        ("inscriptis", "even"),
        ("inscriptis", "odd-a"),
        ("inscriptis", "odd-b"),
    ]
    assert [r["pages"] for r in rows] == [2, 1, 1]


def test_a_rendering_that_lost_the_article_is_left_out_and_named(
    pages_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # w3m stops early on a few real pages; a renderer keeping only the first 300 characters
    # (the menu) stands for it. No reader could find the article, so the page is not scored.
    from newsdesk.eval import unseen

    monkeypatch.setitem(unseen._RENDER, "inscriptis", lambda html: unseen._inscriptis(html)[:300])
    result = evaluate(pages_dir, "inscriptis", "all")
    assert result.pages == 0
    assert sorted(result.lost_by_renderer) == [f"{i:04d}.html.gz" for i in range(4)]


def test_a_blind_set_is_never_listed_nor_its_pages_named(
    pages_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # bench/blind_pages.py marks its set: only aggregate figures may come out of it.
    from newsdesk.eval import unseen

    (pages_dir / unseen.BLIND_MARKER).touch()
    with pytest.raises(ValueError, match="blind set"):
        page_scores(pages_dir, "inscriptis", "even")
    monkeypatch.setitem(unseen._RENDER, "inscriptis", lambda html: unseen._inscriptis(html)[:300])
    result = evaluate(pages_dir, "inscriptis", "all")
    assert len(result.lost_by_renderer) == 4
    assert not any(name.endswith(".html.gz") for name in result.lost_by_renderer)


@pytest.mark.skipif(
    shutil.which("lynx") is None, reason="lynx not installed (apt-get install lynx)"
)
def test_lynx_renders_its_default_dump_with_numbered_links_and_their_list() -> None:
    html = page("Depot", STORY).replace('<a href="/town">', '<a href="https://q.example/town">')
    dump = render(html.encode(), "lynx").decode()
    assert "[2]Town" in dump and "References" in dump and "https://q.example/town" in dump


@pytest.mark.skipif(
    shutil.which("lynx") is None, reason="lynx not installed (apt-get install lynx)"
)
def test_lynx_reads_a_latin1_page_by_its_decoded_text_not_its_declared_charset() -> None:
    story = "Le dépôt de tramways de Quillon a rouvert, à la grande joie des usagers fictifs."
    html = page("Dépôt", [story]).replace('charset="utf-8"', 'charset="iso-8859-1"')
    dump = render(html.encode("latin-1"), "lynx").decode()
    assert story in " ".join(dump.split())  # not "dÃ©pÃ´t"


BIO = [
    f"Reader {name} wrote that the depot should also open on Sundays, since the east line "
    f"carries most of the market traffic and the {thing} has been waiting for years now."
    for name in ("Ivo", "Maren")
    for thing in ("harbour quarter", "old mill district")
]


def test_a_reference_trafilatura_disputes_is_left_out_of_the_sound_score(pages_dir: Path) -> None:
    folder = pages_dir / "html"
    bio = "".join(f"<p>{p}</p>" for p in BIO)
    disputed = page("Tram depot story 5", STORY[:2]).replace(
        "</article>", f'<div class="author-bio">{bio}</div></article>'
    )
    (folder / "0005.html").write_text(disputed)
    named = dict(load_pages(pages_dir, "all"))
    # Our reader leaves the box named as the author's out; trafilatura keeps it: they disagree.
    assert not sound_reference("0005.html", named["0005.html"])
    assert sound_reference("0000.html.gz", named["0000.html.gz"])
    assert not sound_reference("0004.html", named["0004.html"])  # no reference at all
    everything = evaluate(pages_dir, "inscriptis", "all")
    sound = evaluate(pages_dir, "inscriptis", "all", sound_only=True)
    assert (everything.pages, sound.pages) == (5, 4)
    assert sound.sound_only and not everything.sound_only


def test_soft_hyphens_in_a_rendering_are_no_lost_text(tmp_path: Path) -> None:
    folder = tmp_path / "html"
    folder.mkdir()
    # A hyphenation plugin's soft hyphen in every long word; inscriptis prints them.
    hyphenated = [" ".join(w[:3] + "&shy;" + w[3:] if len(w) > 6 else w for w in p.split())
                  for p in STORY]  # fmt: skip
    (folder / "0000.html").write_text(page("Tram depot story", hyphenated))
    assert "\u00ad" in render((folder / "0000.html").read_bytes(), "inscriptis").decode()
    result = evaluate(tmp_path, "inscriptis", "all")
    assert (result.pages, result.lost_by_renderer) == (1, [])
    assert result.f1 > 0.95
