"""What the text reader's body keeps that the reference lacks, on the studied sets only.

    uv run python bench/surplus.py collect /tmp/surplus.jsonl      # every studied rendering
    uv run python bench/surplus.py census /tmp/surplus.jsonl       # by kind, weighted
    uv run python bench/surplus.py census /tmp/surplus.jsonl --where --sound
    uv run python bench/surplus.py census /tmp/surplus.jsonl --show "html caption" --sound

For each rendering of a studied set (even, odd-a, fresh-a, more, aeb; never a held-out one) the
body is split into its paragraphs; a paragraph's shingles (metrics.shingles, 4 words) that the
reference (unseen's silver: the HTML reader's body on the same HTML; aeb: its gold) lacks, or
holds fewer times than the body, are its surplus. Each is weighed as the page score weighs it
(its share of the page's tp + fp + fn), so a kind's sum over a set's pages, divided by their
number, is what it costs the set's precision share (bench/stops.py counts the text lost).

`census` sorts the surplus paragraphs into kinds: "unsound ref" (the reference is in doubt:
trafilatura disagrees with the HTML reader, mostly no story), "wrong stretch" (the rendering's
recall under --wrong: another text read), "html X" (the HTML reader put the text elsewhere on
its Page: the standfirst, the title, a picture's caption, a credit, another article, a link
list), "seam" (the reference holds the paragraph, but its last words run on into a neighbour
the reference does not print next to it: the cost of a line kept or lost beside it),
"repeated" (the reference holds the text, the body says it once more), then by shape
and words: a table row, a list item, a byline/date line, a related box's header, a caption or
credit, a share/newsletter prompt, an author's bio, a comment, a short line (under 8 words)
with or without a sentence's stop, another paragraph. `--where` splits them by the place in
the body (head: the first 3 paragraphs, tail: the last 3, middle).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import study  # noqa: E402

from newsdesk.eval import unseen  # noqa: E402
from newsdesk.eval.extraction import main_body  # noqa: E402
from newsdesk.eval.metrics import SHINGLE_SIZE, score_page, shingles, tokens  # noqa: E402
from newsdesk.extract.core import ExtractError, extract  # noqa: E402
from newsdesk.records import Capture  # noqa: E402


def _references(name: str, pages: list[tuple[str, bytes]]) -> dict[str, tuple[str, bool]]:
    """page -> (reference, sound); aeb's gold is sound."""
    out = {}
    for page, html in pages:
        ref = study.reference(name, page, html)
        if ref is not None:
            out[page] = (ref, name == "aeb" or unseen.sound_reference(page, html))
    return out


def _surplus(reference: str, body: str) -> tuple[float, list[dict]]:
    """The page's false-positive share and each body paragraph with surplus shingles. The
    body's shingles run across its paragraphs as the score counts them; each is the
    paragraph's its first word stands in (a short heading costs only what its words add)."""
    score = score_page(reference, body)
    true = shingles(reference)
    pred = shingles(body)
    total = sum(true.values()) + sum(pred.values()) - sum((true & pred).values())
    paragraphs = [p for p in body.split("\n") if p.strip()]
    words: list[str] = []
    owner: list[int] = []
    for index, text in enumerate(paragraphs):
        own = tokens(text)
        words += own
        owner += [index] * len(own)
    if not words:
        return score.fp, []
    size = min(SHINGLE_SIZE, len(words))
    left = Counter(true)  # reference shingles not yet matched, used up in body order
    extra: Counter[int] = Counter()
    for i in range(len(words) - size + 1):
        shingle = tuple(words[i : i + size])
        if left[shingle]:
            left[shingle] -= 1
        else:
            extra[owner[i]] += 1
    out = []
    for index, count in sorted(extra.items()):
        text = paragraphs[index]
        out.append({"i": index, "of": len(paragraphs), "text": text, "words": len(text.split()),
                    "extra": count, "share": count / total if total else 0.0,
                    "dup": _in(text, reference)})  # fmt: skip
    return score.fp, out


def _in(text: str, reference: str) -> bool:
    own = set(shingles(text))
    return bool(own) and len(own & set(shingles(reference))) >= 0.8 * len(own)


def _elsewhere(page: str, html: bytes) -> dict[str, set[tuple[str, ...]]]:
    """The shingles of each place the HTML reader put a text other than the main body: its
    standfirst, title, pictures' captions and credits, the other articles, the link lists."""
    try:
        read = extract(Capture(source=page, data=html, content_type="text/html"))
    except ExtractError:
        return {}
    places: dict[str, list[str]] = defaultdict(list)
    main = [a for a in read.articles if a.role == "main"][:1]
    for article in read.articles:
        if article in main:
            places["standfirst"].append(article.standfirst or "")
            places["title"].append(article.title)
            places["caption"] += [f"{i.caption} {i.credit or ''}" for i in article.images]
            places["credit"] += [article.credit or "", " ".join(article.authors)]
        else:
            places["other article"] += [article.title, article.standfirst or "", article.body]
    places["link"] += [f"{link.title} {link.date or ''}" for link in read.links]
    return {k: {s for t in v for s in shingles(t)} for k, v in places.items()}


def _placed(text: str, elsewhere: dict[str, set[tuple[str, ...]]]) -> str | None:
    own = set(shingles(text))
    for place, found in elsewhere.items():
        if own and len(own & found) >= 0.6 * len(own):
            return place
    return None


def _job(args: tuple[str, str]) -> list[dict]:
    name, renderer = args
    pages = study.studied_pages(name)
    references = _references(name, pages)
    rows = []
    for page, html in pages:
        if page not in references:
            continue
        elsewhere = _elsewhere(page, html)
        reference, sound = references[page]
        outcome = unseen.score_rendering(page, html, renderer) if name != "aeb" else None
        if outcome is not None and (outcome.score is None or outcome.reader_failed):
            continue
        source = (page.split(".")[0] if name == "aeb" else page) + ".txt"
        try:
            body = main_body(extract(Capture(source=source, data=unseen.render(html, renderer))))
        except ExtractError:
            continue
        fp, paragraphs = _surplus(reference, body)
        for p in paragraphs:
            p["html"] = _placed(p["text"], elsewhere)
        score = score_page(reference, body)
        rows.append({"set": name, "renderer": renderer, "page": page, "sound": sound,
                     "fp": fp, "recall": score.recall, "precision": score.precision,
                     "paragraphs": paragraphs})  # fmt: skip
    return rows


def collect(out: Path, sets: list[str], renderers: list[str], jobs: int) -> None:
    work = [(s, r) for s in sets for r in renderers]
    with ProcessPoolExecutor(jobs) as pool, out.open("w") as file:
        for rows in pool.map(_job, work):
            for row in rows:
                file.write(json.dumps(row) + "\n")


# --- kinds -----------------------------------------------------------------------------------

_MONTH = (r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil"
          r"|août|sept|déc|januar|februar|märz|mai|juni|juli|dezember|enero|febrero|marzo|abril"
          r"|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre")  # fmt: skip
_DATE = re.compile(rf"\b(\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d\d-\d\d"
                   rf"|({_MONTH})\w*\.?\s+\d{{1,2}}\b|\d{{1,2}}\.?\s+({_MONTH})\w*|\d{{1,2}}:\d\d|\b(updated|published|posted)\b)",
                   re.I)  # fmt: skip
_BY = re.compile(r"^(by|von|par|por|di|door|av|af)\s+\w", re.I)
_CREDIT = re.compile(r"(photo|foto|image|bild|picture|credit|getty|reuters|afp|\bap\b|©|\(c\)"
                     r"|shutterstock|istock|epa|dpa|courtesy|illustration)", re.I)  # fmt: skip
_PROMPT = re.compile(r"(subscribe|newsletter|sign up|signup|share|follow us|follow @|email|"
                     r"download|app store|google play|register|log ?in|read more|click here|"
                     r"advert|sponsored|cookie|podcast|whatsapp|telegram|facebook|twitter|"
                     r"instagram|linkedin|abonn|teilen|partager|compartir)",
                     re.I)  # fmt: skip
_RELATED = re.compile(r"^(related|more from|read also|see also|also read|you may|recommended|"
                      r"most read|popular|trending|more stories|lesen sie|à lire|lee también|"
                      r"leia também|read next|up next|latest)", re.I)  # fmt: skip
_BIO = re.compile(r"\b(is a|is an|is the)\b.*\b(writer|reporter|journalist|editor|correspondent|"
                  r"author|contributor|columnist|professor)\b", re.I)  # fmt: skip
_COMMENT = re.compile(r"(\breply\b|\bcomments?\b|\bkommentar|\bcommentaire|\blikes?\b|"
                      r"\d+\s+(hours?|days?|minutes?)\s+ago)", re.I)  # fmt: skip


def kind(p: dict) -> str:
    text, words = p["text"].strip(), p["words"]
    if p["dup"]:
        # The reference holds the paragraph: its last words run on into a neighbour the
        # reference does not print next to it (a line kept or lost beside it), or the body
        # says it once more.
        return "seam" if p["extra"] <= SHINGLE_SIZE - 1 else "repeated"
    if p.get("html"):
        return "html " + p["html"]
    if text.count("|") >= 2 or "\t" in text:
        return "table"
    if re.match(r"^[-*•·◦▪►>+]\s|^\d+[.)]\s", text):
        return "list item"
    if _BY.match(text) or (words <= 14 and _DATE.search(text)):
        return "byline/date"
    if _RELATED.match(text):
        return "related"
    if words <= 40 and _CREDIT.search(text):
        return "caption/credit"
    if words <= 25 and _PROMPT.search(text):
        return "prompt"
    if _BIO.search(text) and p["i"] >= p["of"] - 3:
        return "bio"
    if words <= 30 and _COMMENT.search(text):
        return "comment"
    if words < 8:
        return "short" if not text.endswith((".", "!", "?", '"', "”", "»")) else "short sentence"
    return "paragraph"


def _where_in(p: dict) -> str:
    if p["i"] < 3:
        return "head"
    if p["i"] >= p["of"] - 3:
        return "tail"
    return "middle"


def census(path: Path, show: str | None, by_where: bool, sound_only: bool, wrong: float) -> None:
    rows = [json.loads(line) for line in path.open()]
    pages: Counter[tuple[str, str]] = Counter()
    cost: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    fp_all: Counter[tuple[str, str]] = Counter()
    for row in rows:
        key = (row["set"], row["renderer"])
        pages[key] += 1
        fp_all[key] += row["fp"]
        if sound_only and not row["sound"]:
            continue
        for p in row["paragraphs"]:
            if not row["sound"]:
                k = "unsound ref"  # the reference in doubt: no story, or two readers differ
            else:
                k = "wrong stretch" if row["recall"] < wrong else kind(p)
            label = f"{k} @{_where_in(p)}" if by_where else k
            cost[key][label] += p["share"]
            if show and (k == show or label == show):
                where = f"{row['set']:<7} {row['renderer']:<10} {row['page'][:40]:<40}"
                print(f"{p['share']:.4f} {where} {p['i']:>3}/{p['of']:<3} {p['text'][:150]}")
    if show:
        return
    sets = sorted({k[0] for k in pages})
    print("precision share lost, per set (mean over renderers), by kind")
    print(f"{'kind':<26}" + "".join(f"{s:>9}" for s in sets) + f"{'mean':>9}")
    per_set: dict[str, Counter[str]] = {s: Counter() for s in sets}
    for (s, r), c in cost.items():
        renderers = sum(1 for k in pages if k[0] == s)
        for k, v in c.items():
            per_set[s][k] += v / pages[s, r] / renderers
    kinds = sorted(
        {k for c in per_set.values() for k in c}, key=lambda k: -sum(per_set[s][k] for s in sets)
    )
    for k in kinds:
        vals = [per_set[s][k] for s in sets]
        print(f"{k:<26}" + "".join(f"{v:9.4f}" for v in vals) + f"{sum(vals) / len(sets):9.4f}")
    fps = []
    for s in sets:
        renderers = [k for k in pages if k[0] == s]
        fps.append(sum(fp_all[k] / pages[k] for k in renderers) / len(renderers))
    print(f"{'(fp share, all)':<26}" + "".join(f"{v:9.4f}" for v in fps))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    c = commands.add_parser("collect")
    c.add_argument("out", type=Path)
    c.add_argument("--sets", nargs="+", choices=study.STUDIED, default=list(study.STUDIED))
    c.add_argument(
        "--renderers", nargs="+", choices=unseen.RENDERERS, default=list(unseen.RENDERERS)
    )
    c.add_argument("-j", "--jobs", type=int, default=2)
    s = commands.add_parser("census")
    s.add_argument("saved", type=Path)
    s.add_argument("--show", help="print each paragraph of this kind (or 'kind @where')")
    s.add_argument("--where", action="store_true", help="split kinds by head/middle/tail")
    s.add_argument("--sound", action="store_true", help="sound references only")
    s.add_argument(
        "--wrong",
        type=float,
        default=0.3,
        help="a rendering whose recall is below this read the wrong stretch",
    )
    args = parser.parse_args()
    if args.command == "collect":
        collect(args.out, args.sets, args.renderers, args.jobs)
    else:
        census(args.saved, args.show, args.where, args.sound, args.wrong)


if __name__ == "__main__":
    main()
