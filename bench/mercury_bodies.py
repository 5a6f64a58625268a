"""The readers' bodies on mercury-parser's fixtures, against mercury-parser's own reading.

    uv run python bench/mercury_bodies.py              # measure, write BENCHMARKS.md
    uv run python bench/mercury_bodies.py --no-write   # measure and print only
    uv run python bench/mercury_bodies.py --pages      # merc-a, page by page

bench/mercury_pages.py scores the text reader against newsdesk's own HTML reader ("silver"):
where the HTML reader is wrong, so is the reference, and nothing there says which. The npm
package the fixtures come from is also a reader, with a custom extractor per site written by
hand (the content's selectors and what to clean out of it): for these sites its content is a
reference written by other people. This script installs @postlight/mercury-parser 1.1.1 (the
fixtures' version; npm, into NEWSDESK_MERCURY_PARSER, default ~/.cache/newsdesk/mercury-parser;
its three dependencies pinned to GitHub are swapped for registry releases, and the phantomjs one,
which it needs only to fetch pages, for an empty package), runs it under node on each fixture's
HTML (bench/mercury_content.js; no page is fetched), turns its content into lines of text, and
scores against it (the metric of DESIGN.md, each page weighing the same) newsdesk's HTML reader,
trafilatura (as bench/mercury_pages.py's "sound" test runs it) and the text reader on the five
renderings. Pages where mercury's content has under 50 words are left out. merc-a is studied;
merc-b held out: aggregates only, never a page.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import lxml.html

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import mercury_pages  # noqa: E402
from _machine import describe  # noqa: E402
from _sections import page_set_parser, write_section  # noqa: E402

from newsdesk.eval import unseen  # noqa: E402
from newsdesk.eval.extraction import main_body  # noqa: E402
from newsdesk.eval.metrics import PageScore, combine, score_page  # noqa: E402
from newsdesk.extract.core import ExtractError, extract  # noqa: E402
from newsdesk.extract.decode import decode  # noqa: E402
from newsdesk.records import Capture  # noqa: E402

BEGIN, END = "<!-- mercury-bodies:begin -->", "<!-- mercury-bodies:end -->"
PARSER = Path(os.environ.get("NEWSDESK_MERCURY_PARSER",
                             Path.home() / ".cache" / "newsdesk" / "mercury-parser"))  # fmt: skip
PACKAGE = {
    "name": "newsdesk-mercury-reference",
    "private": True,
    "dependencies": {"@postlight/mercury-parser": "1.1.1"},
    # Pinned to GitHub in the package, which this machine cannot reach.
    "overrides": {"difflib": "0.2.4", "request": "2.88.2", "browser-request": "0.3.3",
                  "phantomjs-prebuilt": "npm:noop-package@1.0.0"},
}  # fmt: skip
MIN_WORDS = 50
_BREAKS = re.compile(r"[\r\n]+")
_BLOCKS = frozenset(["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                     "figcaption", "br", "tr", "section", "article", "pre", "ul", "ol", "table",
                     "figure"])  # fmt: skip


def install() -> Path:
    """mercury-parser's install (npm), made once."""
    if not (PARSER / "node_modules" / "@postlight" / "mercury-parser").is_dir():
        PARSER.mkdir(parents=True, exist_ok=True)
        (PARSER / "package.json").write_text(json.dumps(PACKAGE, indent=1))
        subprocess.run(["npm", "install", "--ignore-scripts", "--no-audit", "--no-fund"],
                       cwd=PARSER, check=True, capture_output=True)  # fmt: skip
    return PARSER / "node_modules"


def as_text(fragment: str) -> str:
    """mercury's content (HTML) as lines of text: one line per block element."""
    fragment = "".join(c for c in fragment if c in "\n\t" or ord(c) >= 32)
    if not fragment.strip():
        return ""
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for el in root.iter():
        # The source's own line breaks inside a paragraph are spaces; a block's edges, lines.
        el.text = _BREAKS.sub(" ", el.text) if el.text else el.text
        el.tail = _BREAKS.sub(" ", el.tail) if el.tail else el.tail
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.text, el.tail = "\n" + (el.text or ""), "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def contents(half: str, modules: Path) -> dict[str, str]:
    """mercury's content of each page of one half, as text, by file name."""
    out = PARSER / f"content-{half}.jsonl"
    subprocess.run(["node", str(REPO / "bench" / "mercury_content.js"),
                    str(mercury_pages.folder(half) / "html"), str(out)],
                   check=True, env={**os.environ, "NODE_PATH": str(modules)})  # fmt: skip
    read = (json.loads(line) for line in out.read_text().splitlines() if line)
    return {entry["file"]: as_text(entry.get("content") or "") for entry in read}


def _body(capture: Capture) -> str:
    try:
        return main_body(extract(capture))
    except ExtractError:
        return ""


def readings(page: str, html: bytes) -> dict[str, str]:
    import trafilatura

    theirs = trafilatura.extract(decode(html)[0], include_comments=False) or ""
    out = {"html": _body(Capture(source=page, data=html, content_type="text/html")),
           "trafilatura": theirs}  # fmt: skip
    for renderer in unseen.RENDERERS:
        text = unseen.render(html, renderer)
        out[f"text-{renderer}"] = _body(Capture(source=page + ".txt", data=text))
    return out


def measure(half: str, reference: dict[str, str], pages: bool) -> dict[str, list[PageScore]]:
    scores: dict[str, list[PageScore]] = {}
    for page, html in unseen.load_pages(mercury_pages.folder(half), "all"):
        theirs = reference.get(page, "")
        if len(theirs.split()) < MIN_WORDS:
            continue
        row = {reader: score_page(theirs, body) for reader, body in readings(page, html).items()}
        for reader, score in row.items():
            scores.setdefault(reader, []).append(score)
        if pages and half == "a":
            print(f"{page[:48]:48}", " ".join(f"{r} {s.f1:.2f}" for r, s in row.items()))
    return scores


def render_section(results: dict[str, dict[str, list[PageScore]]]) -> str:
    rows = []
    for half, per_reader in results.items():
        for reader, scores in per_reader.items():
            total = combine(scores)
            rows.append(f"| merc-{half} | {reader} | {total.pages} | {total.f1:.4f} | "
                        f"{total.precision:.4f} | {total.recall:.4f} |")  # fmt: skip
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"""{BEGIN}
## Bodies against mercury-parser's own reading (bench/mercury_bodies.py, {dt.date.today()})

Machine: {describe()}; load average at the end {load}. mercury-parser 1.1.1 (its custom
extractor for each fixture's site, written by hand) read under node; its content as lines of
text is the reference (pages with {MIN_WORDS} words or more of it). merc-a studied, merc-b held
out (bench/mercury_pages.py's halves). trafilatura in the same run.

| half | reader | pages | F1 | precision | recall |
|---|---|---|---|---|---|
{chr(10).join(rows)}
{END}
"""


def main() -> None:
    parser = page_set_parser(__doc__)
    parser.add_argument("--pages", action="store_true", help="merc-a, page by page (studied)")
    args = parser.parse_args()
    mercury_pages.fetch()
    modules = install()
    if args.fetch_only:
        return
    halves = ("a",) if args.pages else mercury_pages.HALVES
    results = {half: measure(half, contents(half, modules), args.pages) for half in halves}
    if args.pages:
        return
    section = render_section(results)
    print(section)
    if not args.no_write:
        write_section(REPO / "BENCHMARKS.md", BEGIN, END, section)


if __name__ == "__main__":
    main()
