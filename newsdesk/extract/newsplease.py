"""news-please JSON (the common output of news crawlers): one object is one article."""

from __future__ import annotations

from typing import Any

from newsdesk.extract.urls import host
from newsdesk.records import Article, Page


def _outlet(obj: dict[str, Any]) -> str:
    domain = obj.get("source_domain") or ""
    if not domain and obj.get("url"):
        domain = host(obj["url"])
    return domain.removeprefix("www.")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def read_newsplease(obj: dict[str, Any], *, source: str) -> Page:
    """A news-please record as a one-article Page."""
    if not isinstance(obj, dict) or not (obj.get("title") or obj.get("maintext")):
        from newsdesk.extract.core import ExtractError

        raise ExtractError(f"{source}: JSON without a news-please title or maintext")
    published = _text(obj.get("date_publish"))
    if published:
        published = published.replace(" ", "T")
    body = (obj.get("maintext") or obj.get("text") or "").strip()
    article = Article(
        role="main",
        title=(_text(obj.get("title")) or "").strip(),
        standfirst=_text(obj.get("description")),
        authors=[a for a in obj.get("authors") or [] if a],
        outlet=_outlet(obj),
        published=published,
        published_text=_text(obj.get("date_publish")),
        body="\n\n".join(p.strip() for p in body.split("\n") if p.strip()),
        url=_text(obj.get("url")),
        language=_text(obj.get("language")),
    )
    return Page(
        source=source,
        format="newsplease",
        kind="article",
        site=article.outlet or None,
        captured_at=_text(obj.get("date_download")),
        articles=[article],
    )
