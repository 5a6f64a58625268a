"""Bad input gets a clear error naming the input; the other inputs still come out."""

from __future__ import annotations

import gzip
import json

import pytest
from typer.testing import CliRunner

from newsdesk.capture.files import CaptureError, read_capture
from newsdesk.cli import app
from newsdesk.extract import ExtractError, extract
from newsdesk.records import Capture

PROSE = "A paragraph of plain prose that runs on long enough to read as the body of a story. "
ARTICLE = (
    "Outlet\n\nA headline that is long enough\n\n"
    + "\n\n".join(f"Paragraph {n}. {PROSE * 3}" for n in range(4))
    + "\n"
)

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["extract", *args])


def lines_of(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run(str(path), "--json")
    assert result.exit_code == 1
    assert lines_of(result.stdout) == [{"source": str(path), "error": "empty file"}]


def test_binary_file(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 10)
    with pytest.raises(ExtractError, match="binary data"):
        extract(read_capture(path))


def test_oversized_file_has_a_clear_size_error(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # 100 MB, sparse: costs no disk
    with pytest.raises(CaptureError, match=r"104,857,600 bytes is over the 52,428,800-byte limit"):
        read_capture(path)
    monkeypatch.setenv("NEWSDESK_MAX_CAPTURE_BYTES", str(200 * 1024 * 1024))
    with pytest.raises(ExtractError):  # the limit is configurable; now it is read (and empty)
        extract(read_capture(path))


def test_gzip_bomb_is_stopped_at_the_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSDESK_MAX_CAPTURE_BYTES", "1000000")
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 5_000_000))
    with pytest.raises(CaptureError, match="once decompressed"):
        read_capture(path)


def test_corrupt_gzip(tmp_path):
    path = tmp_path / "broken.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode())[:40])
    with pytest.raises(CaptureError, match="corrupt gzip"):
        read_capture(path)


def test_invalid_bytes_are_replaced_not_fatal():
    data = ARTICLE.encode("utf-8").replace(b"plain", b"pl\xffin\xfe")
    page = extract(Capture(source="bad-bytes.txt", data=data))
    assert page.articles[0].title == "A headline that is long enough"


def test_latin1_and_utf16_are_detected():
    text = ARTICLE.replace("plain", "café à São Paulo")
    for encoding in ("latin-1", "utf-16"):
        page = extract(Capture(source="x.txt", data=text.encode(encoding)))
        assert "café à São Paulo" in page.articles[0].body


def test_gzip_input_is_read_transparently(tmp_path):
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode()))
    page = extract(read_capture(path))
    assert page.articles[0].title == "A headline that is long enough"


def test_html_with_no_article_is_a_listing():
    html = (
        b"<html><head><title>Index</title></head><body><ul>"
        + b"".join(b'<li><a href="/a%d">Headline number %d</a></li>' % (i, i) for i in range(12))
        + b"</ul></body></html>"
    )
    page = extract(Capture(source="index.html", data=html))
    assert page.kind == "listing"
    assert page.articles == []


def test_a_dump_with_nothing_to_read_is_a_listing_not_an_empty_article():
    """One long line of a word over and over: its stretch reads to no body and no title, so the
    page holds no article (it was an article with neither)."""
    page = extract(Capture(source="noise.txt", data=("word " * 2000).encode()))
    assert page.kind == "listing"
    assert page.articles == []


def test_a_dump_of_nothing_but_a_renderers_list_of_links_is_a_clear_error():
    """lynx prints a page's links as a numbered list under the text; a dump of that list alone
    leaves no line to read once the list is set aside: a clear error naming the input, not an
    internal one (it was ValueError from the wrap-width guess)."""
    dump = "References\n\n   1. https://harbour.example/a\n   2. https://harbour.example/b\n"
    with pytest.raises(ExtractError, match=r"links\.txt: no text"):
        extract(Capture(source="links.txt", data=dump.encode()))


def test_directory_with_one_bad_file_among_good_ones(tmp_path):
    for n in range(3):
        (tmp_path / f"good{n}.txt").write_text(ARTICLE)
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01\x02\x03" * 100)
    result = run(str(tmp_path), "--json")
    assert result.exit_code == 1
    pages = lines_of(result.stdout)
    assert [p["source"].rsplit("/", 1)[1] for p in pages] == [
        "bad.bin", "good0.txt", "good1.txt", "good2.txt",
    ]  # fmt: skip
    assert pages[0]["error"].startswith("binary data")
    assert all(p["kind"] == "article" for p in pages[1:])
    assert "1 input(s) failed" in result.stderr


def test_missing_file_and_stdin(tmp_path):
    result = runner.invoke(
        app, ["extract", "-", str(tmp_path / "nope.txt"), "--json"], input=ARTICLE
    )
    assert result.exit_code == 1
    first, second = lines_of(result.stdout)
    assert first["source"] == "-" and first["articles"][0]["title"].startswith("A headline")
    assert second == {"source": str(tmp_path / "nope.txt"), "error": "no such file"}


def test_bad_captured_at_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = run(str(tmp_path / "a.txt"), "--captured-at", "last tuesday")
    assert result.exit_code == 2
    assert "not an ISO date" in result.output


def _dump_showing_markup() -> bytes:
    # A text dump of a page about embedding, written by us: its first lines show markup as text.
    code = "\n".join(f'<div class="embed"><p>Step {i}: paste <br> this</p></div>' for i in range(8))
    story = " ".join(
        f"Paragraph {i} of the Lantern Works guide explains, in plain words, how a newsroom "
        "in the fictional town of Quillon embeds its weekly flood map in every story."
        for i in range(6)
    )
    return f"How to embed the Quillon flood map\n\n{code}\n\n{story}\n".encode()


def test_a_text_dump_that_shows_markup_is_read_as_text():
    page = extract(Capture(source="guide.txt", data=_dump_showing_markup()))
    assert page.format == "text"


def test_markup_without_a_name_that_says_text_is_still_html():
    page = extract(Capture(source="fragment", data=_dump_showing_markup()))
    assert page.format == "html"


def test_utf8_with_a_few_broken_sequences_is_read_as_utf8_not_guessed():
    # A converter cut a box-drawing rule's last character in half (elinks does): the many valid
    # quotes, dashes and rules say UTF-8, where a guesser handed the text picks a Mac charset.
    from newsdesk.extract.decode import decode

    line = "Home • World • Sport — “Quillon” news ═══\n"
    data = (line * 30).encode() + b"\xe2\x95\n"
    text, encoding = decode(data)
    assert encoding == "utf-8, invalid bytes replaced"
    assert text == line * 30 + "\ufffd\n"


def test_latin1_with_its_accents_is_not_taken_for_broken_utf8():
    from newsdesk.extract.decode import decode

    text = ("Le conseil de Quillon a décidé de rouvrir la ligne de bac fermée depuis onze ans; "
            "les élus ont voté à l'unanimité après un débat animé. ") * 8  # fmt: skip
    decoded, encoding = decode(text.encode("latin-1"))
    assert decoded == text and "utf-8" not in encoding
