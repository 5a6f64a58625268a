"""The text reader on pages it was never tuned on, scored against the HTML reader ("silver").

The text reader's rules were worked out on the aeb dumps, so its aeb F1 flatters it. Here the
HTML pages of another set (../shared/bench/dates: 200 pages, many sites and languages, no gold
article text) are rendered to text the way the aeb dumps were made (inscriptis, or w3m's
``-dump`` at 10,000 columns, which gives the aeb text-w3m files byte for byte), or as w3m dumps
by default (``w3m-80``: paragraphs wrapped at 80 columns), or by lynx and elinks (``-dump``:
wrapped, indented, numbered links and their list), and read by the text reader. With
no gold body, the reference is newsdesk's own HTML reader on the same HTML (0.98 F1 against the
aeb gold). Pages whose reference has under 50 words (listings, stubs) are
left out: there is nothing to agree on. So are pages whose rendering holds under half of the
reference's text (w3m stops early on a few pages): no reader could find what is not there.

The pages are split in two by their place in name order: the even ones may be studied to find
where the reader fails; the odd ones were never looked at, one page at a time, and kept the
figure honest. After eleven sessions of rules from the even half stopped carrying over to the
odd one, the odd half was split again by place (twelfth session): its first, third, fifth...
pages ("odd-a") may now be studied too; the others ("odd-b") stay held out, beside a second
set split the same way (bench/fresh_pages.py). `page_scores` lists only the studied halves.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newsdesk.eval.extraction import main_body
from newsdesk.eval.metrics import PageScore, combine, score_page
from newsdesk.extract.core import ExtractError, extract
from newsdesk.extract.decode import decode
from newsdesk.extract.html_blocks import SOFT_HYPHEN
from newsdesk.records import Capture

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "shared" / "bench" / "dates"
RENDERERS = ("inscriptis", "w3m", "w3m-80", "lynx", "elinks")
HALVES = ("even", "odd", "odd-a", "odd-b", "all")
STUDIED = ("even", "odd-a")  # the halves `page_scores` lists page by page
MIN_REFERENCE_WORDS = 50
# A set whose folder holds this file is blind (bench/blind_pages.py): no one reads its pages one
# by one, so neither its page list nor the names of pages that failed are ever printed.
BLIND_MARKER = "BLIND"
MIN_RENDERED_SHARE = 0.5  # of the reference's shingles, found anywhere in the rendering
# A reference is "sound" where another extractor, trafilatura on the same HTML, agrees with it
# this well: there the text reader's score is its own, not the reference's doubt.
SOUND_AGREEMENT = 0.9


class RendererMissing(RuntimeError):
    """The renderer is not installed here; the message says how to install it."""


@dataclass
class UnseenResult:
    renderer: str
    half: str
    pages: int
    precision: float
    recall: float
    f1: float
    errors: int  # pages the text reader failed on (scored as empty)
    sound_only: bool = False  # scored only on pages whose reference trafilatura agrees with
    failed: list[str] = field(default_factory=list)
    # Pages left out because the rendering itself holds under half of the reference's text.
    lost_by_renderer: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def _inscriptis(html: str) -> str:
    try:
        from inscriptis import get_text
    except ImportError as exc:  # a dev dependency: the eval runs from a checkout
        raise RendererMissing("inscriptis is not installed (uv sync installs it)") from exc
    return get_text(html)


# A <meta> naming the page's charset ("charset=iso-8859-1", "charset='windows-1252'").
_META_CHARSET = re.compile(r"""(<meta\b[^>]*?charset\s*=\s*["']?)[\w.:-]+""", re.IGNORECASE)


def _dump_with(program: str, args: list[str], html: str) -> str:
    """`program`'s text dump of `html`, handed over as UTF-8 on stdin."""
    if shutil.which(program) is None:
        raise RendererMissing(f"{program} is not installed (apt-get install {program})")
    # lynx and elinks believe a <meta> charset over what they are told on the command line, so
    # the page's own declaration (of the bytes it was decoded from) is rewritten to match
    # (w3m's -I wins over the page; the rewrite leaves its dump as it was).
    html = _META_CHARSET.sub(r"\1utf-8", html)
    done = subprocess.run(
        [program, *args],
        input=html.encode("utf-8", errors="replace"),
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8", errors="replace")


def _w3m(html: str, columns: int = 10_000) -> str:
    return _dump_with("w3m", ["-dump", "-T", "text/html", "-I", "utf-8", "-O", "utf-8",
                              "-cols", str(columns)], html)  # fmt: skip


def _lynx(html: str) -> str:
    return _dump_with("lynx", ["-dump", "-stdin", "-assume_charset=utf-8",
                               "-display_charset=utf-8"], html)  # fmt: skip


def _elinks(html: str) -> str:
    return _dump_with("elinks", ["-dump", "-dump-charset", "utf-8", "-no-home", "-no-connect"],
                      html)  # fmt: skip


_RENDER: dict[str, Callable[[str], str]] = {
    "inscriptis": _inscriptis,
    "w3m": _w3m,
    # w3m's own default: paragraphs wrapped at 80 columns, as `w3m -dump URL` gives them.
    "w3m-80": lambda html: _w3m(html, 80),
    # lynx's default dump: wrapped, indented, "[12]" before each link, a References list at the end.
    "lynx": _lynx,
    # elinks's default dump: like lynx's, with "•" bullets and the page's <link>s on top.
    "elinks": _elinks,
}


def render(html: bytes, renderer: str) -> bytes:
    """The page as a whole-page text dump, UTF-8, as the renderer writes it."""
    if renderer not in _RENDER:
        raise ValueError(f"unknown renderer {renderer!r}: one of {', '.join(RENDERERS)}")
    text, _ = decode(html)
    return _RENDER[renderer](text).encode("utf-8")


def load_pages(directory: Path, half: str) -> list[tuple[str, bytes]]:
    """(file name, HTML bytes) of one half of the set, in name order."""
    if half not in HALVES:
        raise ValueError(f"unknown half {half!r}: one of {', '.join(HALVES)}")
    folder = directory / "html"
    paths = sorted(folder.glob("*.html*"))
    if not paths:
        raise FileNotFoundError(f"no HTML pages in {folder}")
    chosen = {
        "all": paths,
        "even": paths[0::2],
        "odd": paths[1::2],
        "odd-a": paths[1::2][0::2],
        "odd-b": paths[1::2][1::2],
    }[half]
    pages = []
    for path in chosen:
        data = path.read_bytes()
        pages.append((path.name, gzip.decompress(data) if path.suffix == ".gz" else data))
    return pages


# The reference of each page read, by name and content: scoring both renderers reads it once.
_SILVER: dict[tuple[str, bytes], str | None] = {}


def _silver(name: str, html: bytes) -> str | None:
    """The HTML reader's body, or None when there is no reference (failed, or a stub)."""
    key = (name, hashlib.sha256(html).digest())
    if key not in _SILVER:
        try:
            page = extract(Capture(source=name, data=html, content_type="text/html"))
            body = main_body(page)
        except ExtractError:
            body = ""
        _SILVER[key] = body if len(body.split()) >= MIN_REFERENCE_WORDS else None
    return _SILVER[key]


_SOUND: dict[tuple[str, bytes], bool] = {}


def sound_reference(name: str, html: bytes) -> bool:
    """Whether trafilatura, reading the same HTML on its own (without comments), agrees with
    the reference (shingle F1 >= SOUND_AGREEMENT). Where two extractors differ, a page is
    often no story at all (a shop, a front page): the reference is in doubt, and so is any
    score against it."""
    key = (name, hashlib.sha256(html).digest())
    if key not in _SOUND:
        silver = _silver(name, html)
        if silver is None:
            _SOUND[key] = False
        else:
            import trafilatura  # the HTML reader's own dependency; imported when asked

            text, _ = decode(html)
            # Without readers' comments, which our reader leaves out by design: a page right
            # for that is no doubtful reference.
            second = trafilatura.extract(text, include_comments=False) or ""
            # Composed as our reader's Page is (extract/composed.py), so that a page sending
            # decomposed letters is judged on its words, not on their spelling.
            second = unicodedata.normalize("NFC", second)
            _SOUND[key] = score_page(silver, second).f1 >= SOUND_AGREEMENT
    return _SOUND[key]


@dataclass(frozen=True)
class Outcome:
    score: PageScore | None  # None: not scored (no reference, or the rendering lost the text)
    reader_failed: bool = False
    lost_by_renderer: bool = False


def score_rendering(name: str, html: bytes, renderer: str) -> Outcome:
    """One page rendered by `renderer` and read by the text reader, against the reference. Held-out
    halves are read through `evaluate` (aggregates) by every caller: no page score is printed."""
    silver = _silver(name, html)
    if silver is None:
        return Outcome(None)
    dump = render(html, renderer)
    # Soft hyphens inside words (inscriptis prints them) hide no text from a reader.
    text = dump.decode("utf-8", errors="replace").replace(SOFT_HYPHEN, "")
    if score_page(silver, text).recall < MIN_RENDERED_SHARE:
        # The renderer dropped the article (w3m stops early on some pages): no reader could
        # find it, so the page says nothing about the reader.
        return Outcome(None, lost_by_renderer=True)
    try:
        body = main_body(extract(Capture(source=name + ".txt", data=dump)))
    except ExtractError:  # counted: the text reader must read every dump
        return Outcome(score_page(silver, ""), reader_failed=True)
    return Outcome(score_page(silver, body))


def evaluate(
    directory: Path = DEFAULT_DIR,
    renderer: str = "inscriptis",
    half: str = "all",
    *,
    sound_only: bool = False,
) -> UnseenResult:
    """The text reader on one half of the set, rendered by `renderer`, against the HTML reader
    (`sound_only`: on the pages whose reference trafilatura agrees with, sound_reference)."""
    scores, failed, lost = [], [], []
    for name, html in load_pages(directory, half):
        if sound_only and not sound_reference(name, html):
            continue
        outcome = score_rendering(name, html, renderer)
        if outcome.lost_by_renderer:
            lost.append(name)
        if outcome.score is None:
            continue
        scores.append(outcome.score)
        if outcome.reader_failed:
            failed.append(name)
    total = combine(scores)
    if is_blind(directory):  # counts stay, names go
        failed = ["(a blind page)"] * len(failed)
        lost = ["(a blind page)"] * len(lost)
    return UnseenResult(renderer, half, total.pages, total.precision, total.recall, total.f1,
                        len(failed), sound_only, failed, lost)  # fmt: skip


def is_blind(directory: Path) -> bool:
    """Whether the set in `directory` is blind: measured only in aggregate (BLIND_MARKER)."""
    return (directory / BLIND_MARKER).exists()


def page_scores(
    directory: Path = DEFAULT_DIR, renderer: str = "inscriptis", half: str = "even"
) -> list[tuple[str, PageScore]]:
    """Each scored page of a studied half, worst first (most shingles lost), to study."""
    if half not in STUDIED:
        raise ValueError(
            f"only the studied halves ({', '.join(STUDIED)}) are listed page by page: "
            f"{half!r} is held out or holds held-out pages"
        )
    if is_blind(directory):
        raise ValueError(f"{directory} is a blind set: it is measured only in aggregate")
    rows = []
    for name, html in load_pages(directory, half):
        outcome = score_rendering(name, html, renderer)
        if outcome.score is not None:
            rows.append((name, outcome.score))
    return sorted(rows, key=lambda row: -(row[1].fp + row[1].fn))
