"""A text dump to a Page: lines, then the ticker, the article, its lists, or a digest's excerpts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from itertools import pairwise
from typing import Final

from newsdesk.extract import facts
from newsdesk.extract.dates import page_language, parse_relative
from newsdesk.extract.language import guess_language
from newsdesk.extract.profile import SiteProfile
from newsdesk.extract.text import (
    keywords,
    line_chrome,
    line_marks,
    line_prose,
    model_choice,
    model_trim,
    page_scan,
    shapes,
)
from newsdesk.extract.text.body import build_article
from newsdesk.extract.text.growth import extend_across_inserts, extend_over_closing_list
from newsdesk.extract.text.lines import Line, normalise, text_counts, traits_of
from newsdesk.extract.text.meta import headline_candidate
from newsdesk.extract.text.region import _BARRIER, choose_region, line_score, rescue_region, weigh
from newsdesk.extract.text.sections import find_digest_entries, find_ticker, read_list
from newsdesk.records import Article, Link, Page

_NAME: Final = r"([A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*){0,3})"
# How a page names its publisher in its chrome: "Download Daily8 app", "Fieldnotes republishes".
_APP_PHRASE: Final = re.compile(
    rf"(?i:download|get|explore what|welcome to|about)\s+(?:the\s+)?{_NAME}\s+(?i:app|ai)\b"
)
_CAN_PHRASE: Final = re.compile(rf"(?i:explore what)\s+{_NAME}\s+(?i:can)\b")
_IS_PHRASE: Final = re.compile(rf"^{_NAME}\s+(?:republishes|publishes|gathers|is an?|brings you)\b")
# What _APP_PHRASE cannot match without: unanchored, it is slow to fail on a long paragraph
# with "about" or "get" in it (~18 us), this test fast (~3 us).
_APP_WORD: Final = re.compile(r"\s(?i:app|ai)\b")


def _phrase_matches(text: str) -> Iterator[re.Match[str] | None]:
    """The phrases' matches in order, each searched for only where the text holds what it
    needs."""
    yield _APP_PHRASE.search(text) if _APP_WORD.search(text) else None
    # Case-blind "explore what" has no letter that matches outside ASCII (no ı, ſ or K).
    yield _CAN_PHRASE.search(text) if "explore what" in text.lower() else None
    yield _IS_PHRASE.search(text)


def _may_name_site(text: str) -> bool:
    """A cheap look at every line; the phrases (slow to fail) only where they may match."""
    return line_chrome.contains_any(text.lower(), keywords.SITE_LEADS) or line_chrome.contains_any(
        text, keywords.SITE_VERBS
    )


@lru_cache(maxsize=65536)
def _site_named(text: str) -> str | None:
    """The publisher one line names ("Download the Daily8 app"), if any. Cached: leads such as
    "get" and "about" are common words, and pages of one site repeat their lines."""
    named = traits_of(text).named  # the page's scan may have looked for the words already
    if not (_may_name_site(text) if named is None else named):
        return None
    for m in _phrase_matches(text):
        if m and m.group(1).lower() not in {"the", "our", "app", "we", "it", "this"}:
            return m.group(1)
    return None


def _site(lines: list[Line], counts: Counter[str] | None = None) -> str | None:
    """The publisher of the page: a short name heading the page and repeated in its chrome.
    `counts`: how often each text is printed on the page (counted here if not given)."""
    counts = counts if counts is not None else _text_counts(lines)
    for line in lines[:8]:
        repeated = line.words <= 5 and counts[line.text] >= 2 and not line_chrome.is_chrome(line)
        if (
            repeated
            and not shapes.date_of(line)
            and line.text[:1].isupper()
            and not facts.is_section_name(line.text)
        ):
            return line.text
    # The bottom-most line naming it; those the page scan found without the phrases' words
    # (named False: nearly all) are not even asked.
    for line in reversed(lines):
        if line.traits.named is not False and (name := _site_named(line.text)):
            return name
    return None


def _text_counts(lines: list[Line]) -> Counter[str]:
    """How often each text is printed on the page (lines.text_counts), as a Counter."""
    return Counter(text_counts(lines))


def _capture_time(lines: list[Line], given: datetime | None) -> datetime | None:
    """The given capture time, else the newest absolute date the page itself shows."""
    if given is not None:
        return given.replace(tzinfo=None) if given.tzinfo else given
    newest = None
    for line in lines:
        # Lines the page scan found no date in (most) are passed over without a call.
        if line.words <= 9 and line.traits.datable is not False:
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


def _mark_repeated_lines(lines: list[Line], counts: Counter[str] | None = None) -> None:
    """A line printed three times or more on one page is a widget (share bar, sidebar teaser),
    whatever its length (three words or more); twice is common for a headline, so that is left
    alone (unless long and twice in a row). The story's own headline printed again (in a trail,
    a share text, a list of the latest stories) keeps its print right above the story for the
    header's walk: the one such print on the page (_opens_story; a list of teasers, each over
    its date, has many). `counts`: as for _site."""
    counts = counts if counts is not None else _text_counts(lines)
    # Each walk only on pages that have such lines (asked in C first): most have none.
    if max(counts.values(), default=0) >= 3:
        heads: dict[str, int] = {}
        for i, line in enumerate(lines):
            if line.words >= 3 and counts[line.text] >= 3:
                line.chrome = True
                if line.text not in heads and _opens_story(lines, i):
                    heads[line.text] = i
        if len(heads) == 1:
            lines[next(iter(heads.values()))].chrome = False
    # A long line printed twice in a row is a picture's alt text and title (a carousel), never
    # two paragraphs of a story; a headline over its story printed twice is the story's.
    for i, (line, after) in enumerate(pairwise(lines)):
        if line.words >= 12 and line.text == after.text and not _opens_story(lines, i + 1):
            line.chrome = after.chrome = True


_STORY_REACH: Final = 3  # lines under a headline where its story's byline, date or prose stands
_STORY_WORDS: Final = 15  # a paragraph of the story (or its standfirst), not a teaser's line


def _story_prose(line: Line) -> bool:
    return line.words >= _STORY_WORDS and line_prose.is_paragraph(line)


def _opens_story(lines: list[Line], i: int) -> bool:
    """Whether lines[i] is a headline standing right above its story: a headline's shape (no
    paragraph), and a byline, a date or a paragraph of some length within _STORY_REACH lines
    under it (its own second print passed over)."""
    line = lines[i]
    if line_prose.is_paragraph(line) or not headline_candidate(line):
        return False
    # A line between the story's paragraphs ("Story continues below advertisement") is none.
    if any(_story_prose(above) for above in lines[max(0, i - 2) : i]):
        return False
    for below in lines[i + 1 : i + 1 + _STORY_REACH]:
        if below.text == line.text:
            continue
        if (
            _story_prose(below)
            or facts.byline(below.text) is not None
            or shapes.date_of(below) is not None
        ):
            return True
    return False


_RUN_PRINTS: Final = 4  # prints of one line, a few lines apart, that make a gallery's run
_RUN_STRIDE: Final = 5  # lines at most from one print to the next in such a run
_RUN_CONTEXT: Final = 15  # lines on either side where the story's prose must stand


def _print_runs(lines: list[Line], counts: Counter[str]) -> Iterator[list[int]]:
    """Runs of one line (three words or more) printed _RUN_PRINTS times or more, each print
    two to _RUN_STRIDE lines after the last: the prints' positions."""
    prints: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.words >= 3 and counts[line.text] >= _RUN_PRINTS:
            prints.setdefault(line.text, []).append(i)
    for at in prints.values():
        run = [at[0]]
        for i in [*at[1:], -1]:
            if i >= 0 and 2 <= i - run[-1] <= _RUN_STRIDE:
                run.append(i)
                continue
            if len(run) >= _RUN_PRINTS:
                yield run
            run = [i]


def _is_slide(lines: list[Line]) -> bool:
    """A gallery's slide: a short heading that ends no sentence, and a long paragraph (its
    caption). A picture's own caption ("An alfresco area overlooks the pool.") is a
    sentence; a story's paragraph between two prints of a picture's alt text has no
    heading."""
    return (
        any(line.words <= 8 and not line_prose.ends_sentence(line.text) for line in lines)
        and _long_paragraphs(lines) >= 1
    )


def _long_paragraphs(lines: list[Line]) -> int:
    return sum(1 for line in lines if line.words >= 20 and line_prose.is_paragraph(line))


def _mark_gallery(lines: list[Line], counts: Counter[str]) -> None:
    """A gallery printed inside the story: one line (its title) printed again over each of
    its slides (a heading and a caption, _is_slide), a few lines apart, four times or more.
    Where the story's prose stands on both sides (two long paragraphs within _RUN_CONTEXT
    lines above its first print and below its last slide), the slides between are the
    gallery's, not the story's: chrome. A story whose own paragraphs run between a picture's
    caption printed again and again has no such prose around the run: it is the story."""
    for run in _print_runs(lines, counts):
        stride = max(b - a for a, b in pairwise(run))
        end = min(len(lines), run[-1] + stride)  # the last print's slide
        slides = [lines[a + 1 : b] for a, b in pairwise([*run, end])]
        if 4 * sum(map(_is_slide, slides)) < 3 * len(slides):
            continue
        above = lines[max(0, run[0] - _RUN_CONTEXT) : run[0]]
        below = lines[end : end + _RUN_CONTEXT]
        if _long_paragraphs(above) >= 2 and _long_paragraphs(below) >= 2:
            for line in lines[run[0] : end]:
                line.chrome = True


def _is_code(text: str, words: int) -> bool:
    """Script or style a converter printed as text (a page's minified JavaScript, its CSS):
    a long line (a story's code listing has short ones) with long runs without a space (over
    12 characters a word where prose has 5-8; unspaced scripts are counted in words already),
    or a very long one with a brace (style rules, spaced), then braces, brackets, semicolons
    and equals signs, which prose hardly uses, in one character of twenty."""
    size = len(text)
    if size < 120 or (size <= 12 * words and (size < 400 or "{" not in text)):
        return False
    marks = text.count("{") + text.count("}") + text.count(";") + text.count("=")
    return (marks + text.count("(")) * 20 >= size


# How PHP opens the errors a server prints above a page ("Warning: Use of undefined constant
# ... in /srv/www/site.php on line 9"); converters print them as the page's first lines.
_SERVER_ERRORS: Final = (
    "Warning: ", "Notice: ", "Deprecated: ", "Fatal error: ", "Parse error: ", "Strict Standards: ",
)  # fmt: skip


def _is_server_error(text: str) -> bool:
    """A server's error message printed into the page: PHP's label, then the file and line it
    names at its end ("... in /srv/www/site.php on line 46"), a sentence no story ends on."""
    if text[:1] not in "WNDFPS" or not text.startswith(_SERVER_ERRORS):
        return False
    at = text.rfind(" on line ")
    return at > 0 and text[at + 9 :].isdigit()


def _mark_code(lines: list[Line]) -> None:
    """Lines of script, and a server's error messages, are chrome, however many words they
    hold."""
    for line in lines:
        if _is_code(line.text, line.words) or _is_server_error(line.text):
            line.chrome = True


# The page's head links as lynx prints them atop the dump, numbered: "#[1]RSS 2.0 [2]Atom
# [3]Site » Story title" (feeds, alternates, the previous and next posts).
_HEAD_LINKS: Final = re.compile(r"#\[1\]")


def _mark_head_links(lines: list[Line]) -> None:
    """The line of the page's head links (the first lines only) is chrome: its feeds and the
    story's own title in a link read as a sentence."""
    for line in lines[:3]:
        if _HEAD_LINKS.match(line.text):
            line.chrome = True


# The site's rules for readers' comments, in a line of their own above or under the thread
# ("Please be polite ...", "You must be logged in to post a comment", "Vos commentaires seront
# modérés", "Du musst eingeloggt sein, um einen Kommentar zu posten"): the word for comments
# ("comment", "Kommentar", "commentaire", "commento", "comentario", "comentário", Dutch "reactie",
# "reageren"; asked only of lines the page's keyword scan finds a comments word in, see
# _mark_comment_rules), then the rules' words (login, registration, moderation, etiquette).
_COMMENT_STEM: Final = re.compile(r"(?i:omment|omentari|omentári|reactie|reageren)")
_COMMENT_RULES: Final = re.compile(
    r"\b(?:log(?:ged)? in|sign(?:ed)? in|register\w*|moderat\w*|guidelines|polite|be respectful"
    r"|civil (?:discussion|forum|conversation)|netiquette|subscribers only|character limit"
    r"|eingeloggt|angemeldet|anmelden|registrier\w*|moderiert\w*|freigeschalte\w*|höflich"
    r"|connecté\w*|connectez|inscri\w*|modér\w*|nétiquette|courtois\w*"
    r"|moderad\w*|respetuos\w*|inicia(?:r)? sesión|registrad\w*"
    r"|moderat[io]\w*|rispettos\w*|accedi|registrat[io]\w*"
    r"|ingelogd|gemodereerd|huisregels)\b",
    re.I,
)
# What _COMMENT_RULES cannot match without (its words, or stems of several: "regist",
# "moder", "connect", "sesión"): a line holding none is not searched.
_RULES_KEYS: Final = (
    "log", "sign", "regist", "moder", "modér", "guidelines", "polite", "respect", "civil ",
    "netiquette", "nétiquette", "subscribers only", "character limit", "eingeloggt",
    "angemeldet", "anmelden", "freigeschalte", "höflich", "connect", "inscri", "courtois",
    "respetuos", "sesión", "rispettos", "accedi", "ingelogd", "huisregels",
)  # fmt: skip
_RULES_WORDS: Final = 60  # a notice of rules is short; a story's paragraph about comments longer


def _is_comment_rules(text: str, words: int) -> bool:
    """A short line that speaks of comments in the words of the site's rules for them."""
    if words > _RULES_WORDS or not line_chrome.may_hold(text, _RULES_KEYS):
        return False
    return _COMMENT_STEM.search(text) is not None and _COMMENT_RULES.search(text) is not None


def _mark_comment_rules(lines: list[Line]) -> None:
    """The rules for readers' comments are the page's, however they read: chrome. Asked only of
    lines holding a comments keyword (the page's one keyword scan, which holds _COMMENT_STEM's
    stems): a case-blind search of every line cost a third of the whole text reader."""
    for line in lines:
        if line_chrome.has_keys(line.traits, keywords.COMMENTS) and _is_comment_rules(
            line.text, line.words
        ):
            line.chrome = True


def _is_name(line: Line) -> bool:
    """A line of two to four capitalised words and nothing else: a person's name alone."""
    return 2 <= line.words <= 4 and all(w[:1].isupper() and w.isalpha() for w in line.text.split())


def _mark_author_bio(lines: list[Line]) -> None:
    """Under the byline, the author's box: the name alone, then a paragraph opening with the
    name that says who the author is ("Jo Example joined the paper in 2001 ..."), where the
    byline just above names the same person. The box is the page's, not the story's first
    paragraph: chrome."""
    for i in range(1, len(lines) - 1):
        name, bio = lines[i], lines[i + 1]
        # Word counts first: most lines fail them, and the prefix test builds a string.
        if bio.words < 12 or not 2 <= name.words <= 4:
            continue
        if not bio.text.startswith(name.text + " ") or not _is_name(name):
            continue
        if any(
            lines[j].words <= 10 and name.text in lines[j].text for j in range(max(0, i - 3), i)
        ):
            bio.chrome = True


# "Ascom is a global solutions provider ...": a press release's note about the company.
_ABOUT_COMPANY: Final = re.compile(
    r"^[A-Z][\w&.'-]*(?: [A-Z(][\w&.'()-]*){0,4} (?:is|are) (?:a|an|the)\b"
)


def _mark_boilerplate(lines: list[Line], marked: line_marks.Marked) -> None:
    """Below a drawn rule, paragraphs that open by saying what a company is are the release's
    boilerplate about its sender, not the story: chrome. `marked`: line_marks.marked(lines)."""
    for i, found in marked:
        if i + 1 == len(lines) or not found & line_marks.RULED:
            continue
        if not _ABOUT_COMPANY.match(lines[i + 1].text):
            continue
        for after in lines[i + 1 :]:
            if not line_prose.is_paragraph(after):
                break
            after.chrome = True


def _mark_site_blurb(lines: list[Line], site: str | None) -> None:
    """A paragraph that opens by saying what the page's own publisher is ("Ascom is a global
    provider of ..."), and the paragraphs right after it that open with the name too ("Ascom
    is headquartered in ..."), are the release's note about its sender, not the story: chrome.
    `site`: the page's publisher (_site), which the page's chrome must name as well ("Stay up
    to date with Ascom."): a sentence's first words taken for a name ("There is a lot ...")
    are no publisher's."""
    if not site or len(site) < 3:
        return
    lead = site + " "
    notes = [
        i
        for i, line in enumerate(lines)
        if line.words >= 12
        and line.text.startswith(lead)
        and _ABOUT_COMPANY.match(line.text)
        and line_prose.is_paragraph(line)
    ]
    if not notes:
        return
    named = re.compile(r"\S.*\b" + re.escape(site) + r"\b")
    if not any(line.words <= 8 and named.match(line.text) for line in lines):
        return
    for i in notes:
        lines[i].chrome = True
        at = i + 1
        while at < len(lines) and lines[at].text.startswith(lead) and lines[at].words >= 8:
            lines[at].chrome = True
            at += 1


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
    lines: list[Line], region: tuple[int, int] | None, now: datetime | None, ticker: set[int]
) -> tuple[Article | None, int, int]:
    """The main article read from its stretch (None without one), where its header starts and
    where its tags end."""
    if region is None:
        return None, 0, 0
    floor = max((i + 1 for i in ticker if i < region[0]), default=0)
    return build_article(lines, region, now, floor)


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
    counts = _text_counts(lines)
    page = Page(source=source, format="text", site=_site(lines, counts))
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
        page.links, related, _ = _lists(lines, marked, rest, sections, now, page.site)
        page.articles += related
        return page

    _mark_repeated_lines(lines, counts)
    _mark_gallery(lines, counts)
    _mark_code(lines)
    _mark_head_links(lines)
    _mark_comment_rules(lines)
    _mark_author_bio(lines)
    _mark_boilerplate(lines, marked)
    _mark_site_blurb(lines, page.site)
    scores = [
        _BARRIER / 6 if i in ticker_lines else line_score(line) for i, line in enumerate(lines)
    ]
    weighed = weigh(lines, scores, marked, counts)
    # The hand scores' choice, unless the learned line scores find no story in it and one
    # elsewhere (model_choice.py); grown, then its head's lines the model rates clearly not the
    # story left out.
    known = model_choice.page_values(lines, scores, weighed)
    chosen = model_choice.choose(lines, scores, weighed, choose_region, known)
    region = model_trim.trim_tail(
        model_trim.trim_head(_grown(lines, weighed, chosen, known), known), known
    )
    article, header_start, after = _article_at(lines, region, now, ticker_lines)
    # The net under the choice: no body, or one that reads like chrome, while a run of story
    # prose stands elsewhere on the page. The standfirst counts as read (_told).
    rescue = rescue_region(lines, scores, region, _told(article))
    if rescue is not None:
        region = _grown(lines, weighed, rescue, known)
        article, header_start, after = _article_at(lines, region, now, ticker_lines)
    if article is not None and not (article.body or article.title):
        article = None  # a stretch that gave nothing to read (all of it repeats) is no article
    if article is None:
        page.kind = "listing"
        page.links, page.articles, _ = _lists(lines, marked, ticker_lines, sections, now, page.site)
        return page
    article.outlet = article.outlet or page.site or ""
    if page.site and article.outlet != page.site:
        article.credit = article.credit or article.outlet  # an aggregator crediting the outlet
    page.kind = "article"
    page.articles = [article]
    skip = ticker_lines | set(range(header_start, after))
    page.links, related, _ = _lists(lines, marked, skip, sections, now, page.site)
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
