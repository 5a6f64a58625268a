"""Read mutated benchmark pages and report every failure that is not a clear ExtractError.

    uv run python bench/fuzz_pages.py                 # ten minutes of mutated pages
    uv run python bench/fuzz_pages.py --seconds 60 --first 1000
    uv run python bench/fuzz_pages.py --replay 1234   # one case again, with its traceback
    uv run python bench/fuzz_pages.py --replay 1234 --save case.html   # and its bytes

Each case is made from its number alone: a page of ../shared/bench/aeb (its HTML or one of its
text dumps), perhaps cut short, then changed a few times: a character a reader may trip on put
into a line (a long s, a dotless i, a zero-width space, a soft hyphen, a form feed, a digit of
another script, a word such as "Posted " or " ago", a bullet, a bracket), a line repeated,
dropped, split, moved, or set in capitals; sometimes bytes no decoder expects put in (a stray
byte of a multi-byte sequence, a NUL, another encoding's byte order mark); one HTML case in ten
is made legacy HTML (a <font> or a <b> opened in every paragraph, no paragraph closed, in half of
them no box either). A reader may refuse a page (ExtractError, with a message naming it); any
other exception fails the whole page, which a user loses. The failures are printed with their
case numbers, so a case is replayed from the shared pages and nothing of them is kept here.
Not a test: the cases it finds become tests, written by us (tests/extract/test_text_fuzz38.py,
test_html_copy_robust.py, test_urls.py, test_html_deep39.py).
"""

from __future__ import annotations

import argparse
import gzip
import random
import re
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsdesk.extract.core import ExtractError, extract, warm_up  # noqa: E402
from newsdesk.records import Capture  # noqa: E402

AEB = REPO.parent / "shared" / "bench" / "aeb"

# What is put into a line: characters and words readers have tripped on, or might.
SPICE = (
    "ſ", "İ", "ı", "\u212a", "\u200b", "\u00ad", "\ufeff", "\u0301", "٣", "۲", "१", "٫", "—",
    "•", "\t", "\r", "\x0b", "\x0c", "\x00", "\u2028", "\u2029", "𝟘", "①", "½", "²", "Ⅻ", "ﬁ",
    "ß", "ẞ", "Σ", "\U0001f600", "«", "»", "„", "\u202e", "By ", "Posted ", "Updated: ", " ago",
    "© 2020 ", "Jan 32, 2020", "31/02/2021", "9999-99-99", "0:00", "24:61", "Read more: ",
    "Related", "http://", "www.", "[", "]", "(BUTTON)", "____", "* ", "+ ", "□ ", "1. ", "•\n",
    "\n\n\n", "<", ">", "&amp;", "\"", "'",
)  # fmt: skip


def sources() -> list[Path]:
    files = sorted(AEB.glob("html/*")) + sorted(AEB.glob("text-*/*"))
    if not files:
        sys.exit(f"{AEB}: the aeb benchmark is missing")
    return files


def _mutated(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 12)):
        if not lines:
            lines = [""]
        op, i = rng.random(), rng.randrange(len(lines))
        if op < 0.4:
            line, at = lines[i], rng.randint(0, len(lines[i]))
            lines[i] = line[:at] + rng.choice(SPICE) + line[at:]
        elif op < 0.55:
            lines.insert(i, rng.choice(lines))
        elif op < 0.65:
            del lines[i]
        elif op < 0.75:
            lines[i] = lines[i].upper() if rng.random() < 0.5 else lines[i].lower()
        elif op < 0.85:
            line, at = lines[i], rng.randint(0, len(lines[i]))
            lines[i : i + 1] = [line[:at], line[at:]]
        else:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def case(number: int, files: list[Path]) -> Capture:
    """The mutated page of case `number`: the same bytes whenever it is made again."""
    rng = random.Random(number)
    path = rng.choice(files)
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    text = data.decode("utf-8", "replace")
    if rng.random() < 0.3:
        text = text[: rng.randint(0, len(text))]
    name = path.name.removesuffix(".gz")
    source = name if name.endswith((".html", ".txt")) else name + ".txt"
    text = _mutated(text, rng)
    if name.endswith(".html"):
        text = _legacy_nested(text, random.Random(f"nest {number}"))
    data = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.15:
        data = _bytes_mutated(data, rng)
    return Capture(source=source, data=data)


def _legacy_nested(html: str, rng: random.Random) -> str:
    """One HTML case in ten written as legacy HTML is: every paragraph opens an inline element
    it never closes, and no paragraph is closed (libxml2 nests the rest of the page inside
    each, two levels a paragraph, and stops reading at depth 256). Its own generator, so
    that the other cases are made as before."""
    if rng.random() >= 0.1:
        return html
    opener = rng.choice(("<font face=arial size=2>", "<b>", "<span class=t>", "<i>"))
    # Half of them leave their boxes open too, which would close what the paragraphs opened.
    closers = _CLOSED_BOX if rng.random() < 0.5 else _CLOSED_PARAGRAPH
    html = closers.sub("", html)
    return _PARAGRAPH.sub(lambda m: m.group(0) + opener, html)


_PARAGRAPH = re.compile(r"<p\b[^>]*>", re.IGNORECASE)
_CLOSED_PARAGRAPH = re.compile(r"</p\s*>", re.IGNORECASE)
_CLOSED_BOX = re.compile(r"</(?:p|div|li|section)\s*>", re.IGNORECASE)


def _bytes_mutated(data: bytes, rng: random.Random) -> bytes:
    """Bytes no decoder expects: a stray byte of a multi-byte sequence, a NUL, a byte order
    mark of another encoding, a run of Latin-1 in a UTF-8 page."""
    pieces = (b"\x80", b"\xc3", b"\xe2\x80", b"\xff\xfe", b"\xfe\xff", b"\x00", b"\xe9t\xe9")
    out = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        at = rng.randint(0, len(out))
        out[at:at] = rng.choice(pieces)
    return bytes(out)


def run(seconds: float, first: int) -> int:
    files = sources()
    warm_up()
    failures: Counter[str] = Counter()
    start, number = time.monotonic(), first
    while time.monotonic() - start < seconds:
        capture = case(number, files)
        try:
            extract(capture)
        except ExtractError:
            pass
        except Exception as error:  # what the fuzzer is for: any other failure
            where = traceback.extract_tb(error.__traceback__)[-1]
            kind = f"{type(error).__name__} at {Path(where.filename).name}:{where.lineno}"
            failures[kind] += 1
            print(f"case {number} ({capture.source}): {kind}: {error}", flush=True)
        number += 1
    print(f"{number - first} cases ({first}..{number - 1}), {sum(failures.values())} failures")
    for kind, count in failures.most_common():
        print(f"  {count:4d}  {kind}")
    return 1 if failures else 0


def replay(number: int, save: Path | None) -> int:
    capture = case(number, sources())
    if save is not None:
        save.write_bytes(capture.data)
    try:
        page = extract(capture)
    except ExtractError as error:
        print(f"case {number} ({capture.source}): refused: {error}")
        return 0
    except Exception:
        traceback.print_exc()
        return 1
    print(f"case {number} ({capture.source}): read, {page.kind}, {len(page.articles)} articles")
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600.0, help="how long to run")
    parser.add_argument("--first", type=int, default=0, help="the first case's number")
    parser.add_argument("--replay", type=int, help="read one case again, with its traceback")
    parser.add_argument("--save", type=Path, help="with --replay: write the case's bytes here")
    args = parser.parse_args()
    if args.replay is not None:
        sys.exit(replay(args.replay, args.save))
    sys.exit(run(args.seconds, args.first))


if __name__ == "__main__":
    main()
