"""A text dump to a Page: lines, then the ticker, the article, its lists, or a digest's excerpts.

The flow of one page: its publisher (site_name.py), its chrome flagged before the story is chosen
(page_chrome.py), the story's stretch chosen, grown and trimmed, the article built from it."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from newsdesk.extract.dates import four_figures, page_language, parse_relative
from newsdesk.extract.language import guess_language
from newsdesk.extract.profile import SiteProfile
from newsdesk.extract.text import (
    line_chrome,
    line_marks,
    model_choice,
    model_trim,
    page_scan,
    shapes,
)
from newsdesk.extract.text.body import build_article
from newsdesk.extract.text.growth import extend_across_inserts
from newsdesk.extract.text.headers import header_facts
from newsdesk.extract.text.line_score import BARRIER, line_score
from newsdesk.extract.text.lines import Line, normalise, text_counts
from newsdesk.extract.text.outlet import reported_site
from newsdesk.extract.text.own_name import persons_only
from newsdesk.extract.text.page_chrome import mark_page_chrome
from newsdesk.extract.text.region import choose_region, rescue_region
from newsdesk.extract.text.sections import find_digest_entries, find_ticker, read_list
from newsdesk.extract.text.site_name import find_site
from newsdesk.extract.text.story_close import extend_over_closing_list
from newsdesk.extract.text.weigh import weigh
from newsdesk.records import Article, Link, Page


def _capture_time(lines: list[Line], given: datetime | None) -> datetime | None:
    """The given capture time, else the newest absolute date the page itself shows."""
    if given is not None:
        return given.replace(tzinfo=None) if given.tzinfo else given
    newest = None
    for line in lines:
        # Lines the page scan found no date in (most) are passed over without a call; so are
        # lines with no four figures in a row: every absolute date read (by the fast forms or
        # dateparser, after a word saying "published" too) writes its year so, and a relative
        # one gives no time here.
        if line.words <= 9 and line.traits.datable is not False and four_figures(line.text):
            parsed = shapes.date_of(line, fallback=False)
            if parsed and parsed.when and not parsed.relative:
                newest = parsed.when if newest is None else max(newest, parsed.when)
    return newest


def _known_sections(lines: list[Line]) -> set[str]:
    """Section names from the site's own menus: short items in the page's top chrome (menus
    are bulleted in most dumps, but not in all, so bullets are not required)."""
    names: set[str] = set()
    for line in lines[: max(40, len(lines) // 3)]:
        if not 1 <= line.words <= 3:
            continue
        # No date where the page scan found none (datable False): no call to ask.
        dated = line.traits.datable is not False and shapes.date_of(line)
        if not dated and not line_chrome.is_chrome(line):
            names.add(line.text)
    return names


def _is_footer(line: Line, site: str | None) -> bool:
    return line.text == site or (line.words <= 8 and line_chrome.is_footer(line.traits))


def _resolve_relative(article: Article, now: datetime | None) -> None:
    if article.published is None and article.published_text:
        parsed = parse_relative(article.published_text, now)
        if parsed and parsed.iso:
            article.published = parsed.iso


def _lists(
    lines: list[Line],
    marked: line_marks.Marked,
    skip: set[int],
    sections: set[str],
    now: datetime | None,
    site: str | None,
) -> tuple[list[Link], list[Article], set[int]]:
    """Every link list outside the article: from its header to the next header or the footer.
    `marked`: line_marks.marked(lines)."""
    links: list[Link] = []
    related: list[Article] = []
    used: set[int] = set()
    headers = [
        i
        for i, found in marked
        if found & line_marks.LIST and i not in skip and not lines[i].bullet
    ]
    for n, h in enumerate(headers):
        stop = headers[n + 1] if n + 1 < len(headers) else len(lines)
        end = h + 1
        while end < stop and end not in skip and not _is_footer(lines[end], site):
            end += 1
        found_links, found_related = read_list(lines[h].text, lines[h + 1 : end], sections, now)
        links += found_links
        related += found_related
        used.update(range(h, end))
    return links, related, used


def _grown(
    lines: list[Line],
    scores: list[float],
    region: tuple[int, int] | None,
    known: model_choice.Values | None = None,
) -> tuple[int, int] | None:
    """The chosen stretch grown across boxes dropped into the story and over a list it closes
    on. Grown down across a box only where the model (`known`: the page's values, if given)
    finds the story in what the growth took in (model_trim.story_below): a box of teasers,
    an author's note or the site's blurb below one reads as two paragraphs to the hand
    scores."""
    if region is None:
        return None
    grown = extend_across_inserts(lines, scores, region)
    end = region[1]
    if known is not None and grown[1] > end and not model_trim.story_below(known, end, grown[1]):
        grown = grown[0], end
    return extend_over_closing_list(lines, grown, scores)


def _article_at(
    lines: list[Line],
    region: tuple[int, int] | None,
    now: datetime | None,
    ticker: set[int],
    counts: dict[str, int],
    facts: list[bool],
) -> tuple[Article | None, int, int]:
    """The main article read from its stretch (None without one), where its header starts and
    where its tags end. `counts`: how often each text is printed on the page; `facts`: the
    lines' header facts."""
    if region is None:
        return None, 0, 0
    floor = max((i + 1 for i in ticker if i < region[0]), default=0)
    return build_article(lines, region, now, floor, counts, facts)


def read_text(
    text: str,
    *,
    source: str = "-",
    captured_at: datetime | None = None,
    profile: SiteProfile | None = None,
) -> Page:
    """Read one text dump into a Page."""
    language = guess_language(text)
    token = page_language.set(language)
    try:
        page = _read(text, source, captured_at, profile)
    finally:
        page_language.reset(token)
    for article in page.articles:
        article.language = article.language or language
    return page


def _read(
    text: str, source: str, captured_at: datetime | None, profile: SiteProfile | None
) -> Page:
    from newsdesk.extract.core import ExtractError

    lines = normalise(text)
    page_scan.scan_page(lines)
    if profile is not None:
        for line in lines:
            line.chrome = profile.is_chrome(line.text)
    if not lines:
        raise ExtractError(f"{source}: no text")
    now = _capture_time(lines, captured_at)
    # One count of the page's texts for every stage that asks how often a line is printed.
    counts = Counter(text_counts(lines))
    # The site the chrome stages go by, and the outlet the page reports (outlet.py): the first
    # may be a menu's item printed twice, no name to show a user.
    site = find_site(lines, counts)
    page = Page(source=source, format="text", site=reported_site(lines, counts))
    page.captured_at = now.isoformat() if now else None
    # The few lines an anchored pattern matches, for the stages that look for one kind.
    marked = line_marks.marked(lines)
    page.ticker, ticker_lines = find_ticker(lines, marked)
    sections = _known_sections(lines)

    digest = find_digest_entries(lines, now, marked)
    if digest is not None:
        entries, first, last = digest
        page.kind = "digest"
        page.articles = entries
        rest = set(range(first, last)) | ticker_lines
        page.links, related, _ = _lists(lines, marked, rest, sections, now, site)
        page.articles += related
        return page

    mark_page_chrome(lines, counts, marked, site)
    scores = (
        [BARRIER / 6 if i in ticker_lines else line_score(line) for i, line in enumerate(lines)]
        if ticker_lines
        else [line_score(line) for line in lines]  # (most pages: no ticker to look up)
    )
    # The lines' bylines and dates, found once for the headers' walks and the title's choice.
    facts = header_facts(lines)
    weighed = weigh(lines, scores, marked, counts, facts)
    # The hand scores' choice, unless the learned line scores find no story in it and one
    # elsewhere (model_choice.py); grown, then its head's lines the model rates clearly not the
    # story left out.
    known = model_choice.page_values(lines, scores, weighed)
    chosen = model_choice.choose(lines, scores, weighed, choose_region, known)
    region = model_trim.trim_tail(
        model_trim.trim_head(_grown(lines, weighed, chosen, known), known), known
    )
    article, header_start, after = _article_at(lines, region, now, ticker_lines, counts, facts)
    # The net under the choice: no body, or one that reads like chrome, while a run of story
    # prose stands elsewhere on the page. The standfirst counts as read (_told).
    rescue = rescue_region(lines, scores, region, _told(article))
    if rescue is not None:
        region = _grown(lines, weighed, rescue, known)
        article, header_start, after = _article_at(lines, region, now, ticker_lines, counts, facts)
    if article is not None and not (article.body or article.title):
        article = None  # a stretch that gave nothing to read (all of it repeats) is no article
    if article is None:
        page.kind = "listing"
        page.links, page.articles, _ = _lists(lines, marked, ticker_lines, sections, now, site)
        return page
    article.authors = persons_only(article.authors, lines, site)
    article.outlet = article.outlet or page.site or ""
    if page.site and article.outlet != page.site:
        article.credit = article.credit or article.outlet  # an aggregator crediting the outlet
    page.kind = "article"
    page.articles = [article]
    skip = ticker_lines | set(range(header_start, after))
    page.links, related, _ = _lists(lines, marked, skip, sections, now, site)
    page.articles += related
    for a in page.articles:
        _resolve_relative(a, now)
    return page


def _told(article: Article | None) -> str:
    """The standfirst and body read from the chosen stretch: a story a renderer glued into one
    paragraph under its headline is read as the standfirst, and is no poor body."""
    if article is None:
        return ""
    return "\n\n".join(filter(None, (article.standfirst, article.body)))
