"""Article metadata the page declares: JSON-LD, OpenGraph and other meta tags, <time>, <html lang>.

Declared metadata is the publisher's own statement, so it wins over anything guessed from the text;
it is read once into a `Declared` record that the page reader combines with the DOM analysis.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, Final

from lxml import etree

from newsdesk.extract.html_dom import TagIndex, clean_text, element_text

_ARTICLE_TYPES: Final = {
    "newsarticle",
    "article",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "liveblogposting",
    "scholarlyarticle",
    "techarticle",
    "report",
    "posting",
    "socialmediaposting",
}
_ISO_DATE: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME: Final = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}")


@dataclass
class Declared:
    """What the page states about itself in machine-readable form."""

    title: str | None = None
    description: str | None = None
    site: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # as declared (ISO-ish)
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    url: str | None = None
    language: str | None = None
    modified: str | None = None  # as declared
    body: str | None = None  # JSON-LD articleBody
    is_article: bool = False  # an article type or og:type=article was declared


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _walk_ld(value: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object in a script, flattening lists and @graph."""
    found: list[dict[str, Any]] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            found.append(item)
            if "@graph" in item:
                stack.append(item["@graph"])
    return found


def json_ld_objects(index: TagIndex) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in index.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Publishers ship JSON-LD with trailing commas or stray control characters; a page's
            # metadata must not fail the page, so a broken block is skipped.
            continue
        objects.extend(_walk_ld(data))
    return objects


# A character reference left in a declared text once parsed: the site escaped it twice
# ("it&amp;#8217;s" in an attribute, "Gas &amp; Electric" in a JSON-LD string).
_LEFT_REFERENCE: Final = re.compile(
    r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)


def _declared_text(value: str) -> str:
    """A text the page declares (a <meta> content, a JSON-LD string), cleaned: what a feed or a
    link preview shows, its references escaped twice read once more."""
    if "&" in value and _LEFT_REFERENCE.search(value) is not None:
        value = html.unescape(value)
    return clean_text(value)


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return _declared_text(value) or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list) and value:
        return _name(value[0])
    return None


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = [_name(item) for item in items]
    return [n for n in names if n and not n.startswith("http")]


def meta_tags(index: TagIndex) -> dict[str, list[str]]:
    """<meta> content by lowercase property/name/itemprop, in page order (head and body).

    A <meta> with no content attribute but a value one says it there: pages saved by tools
    that rewrite content to value (mercury-parser's fixtures; some CMS templates) would
    otherwise declare nothing."""
    tags: dict[str, list[str]] = {}
    for meta in index.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if content is None:
            content = meta.get("value")
        if key and content and content.strip():
            tags.setdefault(key.strip().lower(), []).append(_declared_text(content))
    return tags


def _first(tags: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        if tags.get(key):
            return tags[key][0]
    return None


def _split_keywords(value: Any) -> list[str]:
    if isinstance(value, list):
        items = [str(v) for v in value]
    elif isinstance(value, str):
        items = value.split(",")
    else:
        return []
    return [text for text in map(_declared_text, items) if text]


# Schema types of a page as a whole that carry its publication date where no article object
# does: a CMS's schema graph (Yoast's WebPage node), a question-and-answer page.
_PAGE_TYPES: Final = {"webpage", "itempage", "qapage", "faqpage", "question"}


def _page_published(objects: list[dict[str, Any]]) -> str | None:
    """The datePublished of the page's own object when it is the only one of its kind to say:
    several dated page objects (a listing of pages) name no one date."""
    dated = {
        date for o in objects if _types(o) & _PAGE_TYPES and (date := _name(o.get("datePublished")))
    }
    return dated.pop() if len(dated) == 1 else None


def read_declared(root: etree._Element, index: TagIndex) -> Declared:
    tags = meta_tags(index)
    objects = json_ld_objects(index)
    articles = [o for o in objects if _types(o) & _ARTICLE_TYPES]
    ld = max(articles, key=lambda o: len(str(o.get("articleBody") or "")), default={})
    declared = Declared()
    declared.is_article = bool(articles) or (_first(tags, "og:type") or "").lower() == "article"
    declared.title = _name(ld.get("headline")) or _first(tags, "og:title", "twitter:title")
    declared.description = _name(ld.get("description")) or _first(
        tags, "og:description", "description"
    )
    publisher = _name(ld.get("publisher"))
    if not publisher:
        orgs = [o for o in objects if _types(o) & {"newsmediaorganization", "organization"}]
        publisher = _name(orgs[0]) if orgs else None
    declared.site = _first(tags, "og:site_name", "application-name") or publisher
    declared.authors = (
        _names(ld.get("author"))
        or [
            a
            for a in tags.get("author", []) + tags.get("article:author", [])
            if not a.startswith("http")
        ][:5]
    )
    declared.published = (
        _name(ld.get("datePublished"))
        or _first(
            tags,
            "article:published_time",
            "datepublished",
            "og:published_time",
            "pubdate",
            "publishdate",
            "date",
            "dc.date.issued",
            "dc.date",
            "sailthru.date",
            "parsely-pub-date",
        )
        or _name(ld.get("dateCreated"))
        or _page_published(objects)
    )
    declared.modified = _name(ld.get("dateModified")) or _first(
        tags, "article:modified_time", "og:updated_time", "datemodified"
    )
    declared.section = _name(ld.get("articleSection")) or _first(tags, "article:section")
    declared.tags = tags.get("article:tag", []) or _split_keywords(ld.get("keywords"))
    if not declared.tags:
        declared.tags = _split_keywords(_first(tags, "news_keywords", "keywords"))
    declared.url = _name(ld.get("url")) or _first(tags, "og:url")
    canonical = index.head_child("link", rel="canonical")
    if canonical is not None and canonical.get("href"):
        declared.url = canonical.get("href")
    lang = root.get("lang") or root.get("xml:lang") or _first(tags, "og:locale", "language")
    if lang:
        declared.language = re.split(r"[-_]", lang.strip())[0].lower() or None
    body = ld.get("articleBody")
    declared.body = body.strip() if isinstance(body, str) and body.strip() else None
    return declared


def iso_date(value: str | None) -> str | None:
    """An ISO-8601 form of a declared date, no more precise than the page is; None for a
    placeholder such as "0001-01-01" that some CMSs print for "no date"."""
    iso = _iso_date(value)
    return iso if iso is None or int(iso[:4]) >= 1900 else None


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    text = value.strip()
    if _ISO_DATE.match(text):
        return text
    if _ISO_DATETIME.match(text):
        candidate = text.replace(" ", "T", 1).replace("Z", "+00:00")
        candidate = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", candidate)
        try:
            return datetime.fromisoformat(candidate).isoformat()
        except ValueError:
            return text[:10] if _ISO_DATE.match(text[:10]) else None
    try:  # RFC 2822, as feeds and some meta tags write it: "Tue, 15 Sep 2020 10:01:41 EDT"
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    from newsdesk.extract.dates import parse_date

    parsed = parse_date(text, fallback=False)
    return parsed.iso if parsed else None


def first_time_element(
    root: etree._Element,
    scope: etree._Element | None,
    times: list[etree._Element] | None = None,
) -> tuple[str | None, str | None]:
    """(datetime attribute, text as written) of the first <time> in scope, else in the page.
    ``times``: the page's <time> elements in document order (TagIndex.iter("time")) when the
    caller has them; most pages have none or a few, and looking for them walks the tree."""
    if times is None:
        times = list(root.iter("time"))
    if not times:
        return None, None
    # The scope's own are found by libxml2 walking its subtree: cheaper than testing each of
    # the page's <time> elements (a listing's can be dozens) for an ancestor.
    found = _first_dated(scope.iter("time")) if scope is not None else None
    return found or _first_dated(times) or (None, None)


def _first_dated(times: Iterable[etree._Element]) -> tuple[str | None, str | None] | None:
    for el in times:
        stamp = el.get("datetime") or el.get("content")
        text = element_text(el)
        if stamp or text:
            return stamp, text or None
    return None


def latest_stated_date(index: TagIndex, declared: Declared) -> datetime | None:
    """The newest machine-readable date on the page (<time datetime>, declared publication or
    modification): the page cannot have been captured before it."""
    stamps = [el.get("datetime") for el in index.iter("time")]
    stamps += [declared.published, declared.modified]
    newest: datetime | None = None
    for stamp in stamps:
        iso = iso_date(stamp)
        if not iso:
            continue
        try:
            when = datetime.fromisoformat(iso).replace(tzinfo=None)
        except ValueError:
            continue
        if newest is None or when > newest:
            newest = when
    return newest
