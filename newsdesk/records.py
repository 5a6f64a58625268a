"""The plain records every stage passes along: the Page contract of DESIGN.md.

Stages are pure functions over these records, so they must stay plain data (dataclasses of
str/int/float/list) that pickle across processes and serialise to the JSON contract unchanged.
Field names are the contract: extend, never rename.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

PageKind = Literal["article", "digest", "listing"]
ArticleRole = Literal["main", "related", "digest-entry"]


@dataclass
class Capture:
    """Raw bytes of one captured page, with where and when they came from."""

    source: str  # path or URL as given
    data: bytes
    url: str | None = None
    captured_at: datetime | None = None
    content_type: str | None = None

    @property
    def sha256(self) -> str:
        # Asked several times a capture on the ingest path (about 0.1 ms for a 150 KB page each
        # time): kept beside the very bytes object it hashes, so replacing `data` re-hashes.
        known = self.__dict__.get("_sha256")
        if known is None or known[0] is not self.data:
            known = self.__dict__["_sha256"] = (self.data, hashlib.sha256(self.data).hexdigest())
        return known[1]


@dataclass
class Image:
    caption: str
    credit: str | None = None


@dataclass
class Mention:
    text: str
    start: int
    end: int


@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


@dataclass
class Quote:
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    content: str
    direct: bool
    start: int
    end: int


@dataclass
class Count:
    kind: str
    number: int
    number_text: str
    qualifier: str | None
    group: str | None
    place: str | None
    reporter: str | None
    start: int
    end: int


@dataclass
class Place:
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    start: int
    end: int


@dataclass
class Event:
    type: str
    actors: list[str]
    targets: list[str]
    place: str | None
    date: str | None
    dead: int | None
    wounded: int | None
    start: int
    end: int


@dataclass
class Label:
    entity: str
    label: str
    kind: Literal["descriptor", "scare-quotes", "loaded"]
    start: int
    end: int


@dataclass
class Article:
    role: ArticleRole
    title: str
    body: str = ""
    standfirst: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str = ""
    credit: str | None = None
    published: str | None = None  # ISO-8601, as precise as the page says
    published_text: str | None = None  # as written
    reading_minutes: int | None = None
    shares: int | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    url: str | None = None
    language: str | None = None
    # Added by enrichment; None means "not enriched", [] means "enriched, nothing found".
    entities: list[Entity] | None = None
    quotes: list[Quote] | None = None
    counts: list[Count] | None = None
    places: list[Place] | None = None
    events: list[Event] | None = None
    labels: list[Label] | None = None
    summary: str | None = None


@dataclass
class TickerItem:
    text: str
    attribution: str | None = None


@dataclass
class Link:
    list: str
    title: str
    section: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass
class Page:
    source: str
    format: str
    kind: PageKind = "listing"
    site: str | None = None
    captured_at: str | None = None
    articles: list[Article] = field(default_factory=list)
    ticker: list[TickerItem] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return page_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Page:
        return page_from_dict(data)


@dataclass
class PageError:
    """A capture a stage could not handle: kept, with its reason, never dropped."""

    source: str
    error: str
    stage: str = "extract"

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "error": self.error}


_ENRICHMENT_FIELDS = ("entities", "quotes", "counts", "places", "events", "labels", "summary")


def article_to_dict(article: Article) -> dict[str, Any]:
    data = dataclasses.asdict(article)
    for name in _ENRICHMENT_FIELDS:
        if data[name] is None:
            del data[name]
    return data


def page_to_dict(page: Page) -> dict[str, Any]:
    return {
        "source": page.source,
        "format": page.format,
        "kind": page.kind,
        "site": page.site,
        "captured_at": page.captured_at,
        "articles": [article_to_dict(a) for a in page.articles],
        "ticker": [dataclasses.asdict(t) for t in page.ticker],
        "links": [dataclasses.asdict(link) for link in page.links],
    }


def _build(cls: type, data: dict[str, Any]) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def article_from_dict(data: dict[str, Any]) -> Article:
    article = _build(Article, data)
    article.images = [_build(Image, i) for i in data.get("images") or []]
    if data.get("entities") is not None:
        article.entities = []
        for e in data["entities"]:
            entity = _build(Entity, e)
            entity.mentions = [_build(Mention, m) for m in e.get("mentions") or []]
            article.entities.append(entity)
    for name, cls in (
        ("quotes", Quote),
        ("counts", Count),
        ("places", Place),
        ("events", Event),
        ("labels", Label),
    ):
        if data.get(name) is not None:
            setattr(article, name, [_build(cls, item) for item in data[name]])
    return article


def page_from_dict(data: dict[str, Any]) -> Page:
    page = _build(Page, data)
    page.articles = [article_from_dict(a) for a in data.get("articles") or []]
    page.ticker = [_build(TickerItem, t) for t in data.get("ticker") or []]
    page.links = [_build(Link, link) for link in data.get("links") or []]
    return page
