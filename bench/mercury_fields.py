"""The readers' article fields on mercury-parser's fixtures, against the answers its own tests hold.

    uv run python bench/mercury_fields.py              # measure, write BENCHMARKS.md
    uv run python bench/mercury_fields.py --no-write   # measure and print only
    uv run python bench/mercury_fields.py --misses     # the studied half's misses, page by page

bench/mercury_pages.py scores the text reader's body against the HTML reader ("silver"): nothing
there says whether either reader got the title, the authors or the date right. The same npm
package ships, beside each fixture, the test its site's custom extractor must pass
(src/extractors/custom/<host>/index.test.js), written by hand by mercury's maintainers: the
page's title, author, date_published (ISO, in UTC), dek (standfirst) and the first 13 words of
the content's first element. Those are gold answers for fields, on pages of some ninety sites.

Each field is scored as a count of pages right out of the pages whose test names it:
- title: the same words (letters and digits, case folded; quote marks and dashes ignored);
- authors: the same set of names, each compared as title is; the answer's "A and B" / "A, B"
  are two names; an answer of null wants no author;
- date: the same calendar day (a time with a UTC offset is moved to UTC first, as mercury's
  answers are; a date with no offset is taken as written, and so also counted within a day);
- dek: the standfirst has the answer's words (a reader may print it whole where mercury cut it);
- lead: the answer's 13 words come, in order, somewhere in the body (mercury's first element is
  sometimes a caption or a dek, which a body rightly leaves out: no reader can score all).
The HTML reader and trafilatura (bare_extraction with metadata, the same run) read the HTML;
the text reader reads each of the five renderings. newsdesk's readers are told when each page
was captured (its file's name is the time, in milliseconds), as a capture's record tells them:
"4 hours ago" is then a date. Halves as bench/mercury_pages.py splits
them: merc-a is studied (`--misses` lists its misses), merc-b held out (aggregates only).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import tarfile
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import mercury_pages  # noqa: E402
from _machine import describe  # noqa: E402
from _sections import page_set_parser, write_section  # noqa: E402

from newsdesk.eval import unseen  # noqa: E402
from newsdesk.eval.extraction import main_body  # noqa: E402
from newsdesk.extract.core import ExtractError, extract  # noqa: E402
from newsdesk.records import Article, Capture  # noqa: E402

BEGIN, END = "<!-- mercury-fields:begin -->", "<!-- mercury-fields:end -->"
FIELDS = ("title", "authors", "date", "date ±1 day", "dek", "lead")
# The asserted names of a custom extractor's test, as the fields above.
_ASSERTED = {"title": "title", "author": "authors", "date_published": "date", "dek": "dek",
             "first13": "lead"}  # fmt: skip
_FIXTURE = re.compile(r"""['"`]\./fixtures/([^'"`]+\.html)['"`]""")
_ASSERT = re.compile(r"assert\.equal\(\s*(\w+)\s*,\s*")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}


def _js_value(text: str, at: int) -> tuple[str | None, bool]:
    """The JavaScript value at text[at:]: string literals joined by "+", or null. (value, read):
    read is False for anything else (a variable, a call), which is then not an answer."""
    if text.startswith("null", at):
        return None, True
    parts: list[str] = []
    while at < len(text) and text[at] in "'\"`":
        quote, at = text[at], at + 1
        out: list[str] = []
        while text[at] != quote:
            if text[at] == "\\":
                nxt = text[at + 1]
                if nxt == "u":
                    if text[at + 2] == "{":
                        close = text.index("}", at)
                        out.append(chr(int(text[at + 3 : close], 16)))
                        at = close + 1
                    else:
                        out.append(chr(int(text[at + 2 : at + 6], 16)))
                        at += 6
                    continue
                out.append(_ESCAPES.get(nxt, nxt))
                at += 2
                continue
            out.append(text[at])
            at += 1
        parts.append("".join(out))
        rest = re.match(r"\s*\+\s*", text[at + 1 :])
        if not rest:
            break
        at += 1 + rest.end()
    return ("".join(parts), True) if parts else (None, False)


def answers(archive: Path) -> dict[str, dict[str, str | None]]:
    """Each fixture's answers, by the page name mercury_pages gives it ("<host>__<n>.html"). An
    answer belongs to the fixture read last before it in the test file (a describe's beforeAll
    or the `it` block's own readFileSync)."""
    out: dict[str, dict[str, str | None]] = {}
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            if not (member.isfile() and member.name.endswith("index.test.js")
                    and "/extractors/custom/" in member.name):  # fmt: skip
                continue
            text = tar.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
            fixtures = [(m.start(), m.group(1)) for m in _FIXTURE.finditer(text)]
            for m in _ASSERT.finditer(text):
                field = _ASSERTED.get(m.group(1))
                before = [name for at, name in fixtures if at < m.start()]
                if field is None or not before:
                    continue
                value, read = _js_value(text, m.end())
                if read:
                    out.setdefault(before[-1].replace("/", "__"), {})[field] = value
    return out


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text or "").casefold())


def _names(answer: str) -> set[tuple[str, ...]]:
    """An author answer's names: "A and B", "A, B" and "A & B" are two."""
    names = re.split(r",|\band\b|&|;", answer)
    return {tuple(_words(n)) for n in names if _words(n)}


def _day(iso: str | None) -> dt.date | None:
    """The calendar day of an ISO date, in UTC when it says its offset."""
    if not iso:
        return None
    try:
        when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        try:
            return dt.date.fromisoformat(iso[:10])
        except ValueError:
            return None
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC)
    return when.date()


def _contains(words: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return n > 0 and any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


@dataclass
class Read:
    """What one reader found on one page."""

    title: str | None
    authors: list[str]
    date: str | None
    dek: str | None
    body: str


def judge(read: Read, answer: dict[str, str | None]) -> dict[str, bool]:
    """Each field the answer names: right or not."""
    out: dict[str, bool] = {}
    if "title" in answer:
        out["title"] = _words(read.title) == _words(answer["title"])
    if "authors" in answer:
        wanted = answer["authors"]
        found = {tuple(_words(a)) for a in read.authors if _words(a)}
        out["authors"] = (not found) if wanted is None else found == _names(wanted)
    if answer.get("date"):
        want, got = _day(answer["date"]), _day(read.date)
        out["date"] = got == want
        out["date ±1 day"] = got is not None and want is not None and abs((got - want).days) <= 1
    if answer.get("dek"):
        out["dek"] = _contains(_words(read.dek), _words(answer["dek"]))
    if answer.get("lead"):
        out["lead"] = _contains(_words(read.body), _words(answer["lead"]))
    return out


def _from_article(page_articles: list[Article], body: str) -> Read:
    main = next((a for a in page_articles if a.role == "main"), None)
    if main is None:
        return Read(None, [], None, None, body)
    return Read(main.title, main.authors, main.published, main.standfirst, body)


def captured_at(name: str) -> dt.datetime | None:
    """When the fixture was captured: its file's name is the time in milliseconds
    ("<host>__1481571585318.html"), as a capture's record would say."""
    stem = name.removesuffix(".html").rsplit("__", 1)[-1]
    if not (stem.isdigit() and len(stem) == 13):
        return None
    return dt.datetime.fromtimestamp(int(stem) / 1000, tz=dt.UTC)


def read_newsdesk(name: str, data: bytes, html: bool) -> Read:
    source = name if html else name + ".txt"
    try:
        page = extract(Capture(source=source, data=data, captured_at=captured_at(name),
                               content_type="text/html" if html else None))  # fmt: skip
    except ExtractError:
        return Read(None, [], None, None, "")
    return _from_article(page.articles, main_body(page))


def read_trafilatura(data: bytes) -> Read:
    import trafilatura  # a dev dependency: the peer

    document = trafilatura.bare_extraction(data, with_metadata=True)
    got = document.as_dict() if document is not None else {}
    authors = [a.strip() for a in (got.get("author") or "").split(";") if a.strip()]
    return Read(got.get("title"), authors, got.get("date"), got.get("description"),
                got.get("text") or "")  # fmt: skip


def readers() -> list[str]:
    return ["html", "trafilatura", *(f"text-{r}" for r in unseen.RENDERERS)]


def measure(
    half: str, cache: Path, gold: dict[str, dict[str, str | None]], misses: bool = False
) -> tuple[dict[str, Counter[str]], int]:
    """Per reader: right and asked counts per field ("<field>" and "<field>/asked"); and how
    many of the half's pages have answers."""
    pages = unseen.load_pages(mercury_pages.folder(half, cache), "all")
    tally: dict[str, Counter[str]] = {reader: Counter() for reader in readers()}
    answered = 0
    for name, html in pages:
        answer = gold.get(name)
        if not answer:
            continue
        answered += 1
        for reader in readers():
            if reader == "html":
                read = read_newsdesk(name, html, html=True)
            elif reader == "trafilatura":
                read = read_trafilatura(html)
            else:
                dump = unseen.render(html, reader.removeprefix("text-"))
                read = read_newsdesk(name, dump, html=False)
            for field, right in judge(read, answer).items():
                tally[reader][field + "/asked"] += 1
                tally[reader][field] += right
                if misses and not right and half == "a":
                    shown = {"title": read.title, "authors": read.authors, "date": read.date,
                             "date ±1 day": read.date, "dek": read.dek,
                             "lead": read.body[:160]}[field]  # fmt: skip
                    wanted = answer["authors" if field == "authors" else field.split()[0]]
                    print(f"{name}\t{reader}\t{field}\twant {wanted!r}\tgot {shown!r}")
    return tally, answered


def render_section(results: dict[str, dict[str, Counter[str]]], pages: dict[str, int]) -> str:
    rows = []
    for half, per_reader in results.items():
        for reader, tally in per_reader.items():
            cells = []
            for field in FIELDS:
                asked, right = tally[field + "/asked"], tally[field]
                cells.append(f"{right}/{asked} ({right / asked:.0%})" if asked else "-")
            rows.append(f"| merc-{half} | {reader} | " + " | ".join(cells) + " |")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    header = " | ".join(FIELDS)
    return f"""{BEGIN}
## Article fields on mercury-parser's fixtures (bench/mercury_fields.py, {dt.date.today()})

Machine: {describe()}; load average at the end {load}. The answers mercury-parser's own tests
hold for its fixtures (title, author, date_published, dek, the content's first 13 words; written
by its maintainers), on the halves of bench/mercury_pages.py (merc-a {pages["a"]} pages with
answers, studied; merc-b {pages["b"]}, held out). Right / asked: title and authors the same words;
date the same day in UTC (and within a day: offsets); dek words inside the standfirst; lead the
13 words inside the body. trafilatura (bare_extraction with metadata) in the same run.

| half | reader | {header} |
|---|---|{"---|" * len(FIELDS)}
{chr(10).join(rows)}
{END}
"""


def main() -> None:
    parser = page_set_parser(__doc__)
    parser.add_argument("--misses", action="store_true", help="print merc-a's misses, page by page")
    args = parser.parse_args()
    cache = mercury_pages.fetch()
    if args.fetch_only:
        return
    gold = answers(next((cache / "archives").glob("*.tgz")))
    halves = ("a",) if args.misses else mercury_pages.HALVES
    measured = {half: measure(half, cache, gold, misses=args.misses) for half in halves}
    results = {half: tally for half, (tally, _) in measured.items()}
    pages = {half: answered for half, (_, answered) in measured.items()}
    if args.misses:
        print(json.dumps({r: dict(t) for r, t in results["a"].items()}, ensure_ascii=False))
        return
    section = render_section(results, pages)
    print(section)
    if not args.no_write:
        write_section(REPO / "BENCHMARKS.md", BEGIN, END, section)


if __name__ == "__main__":
    main()
