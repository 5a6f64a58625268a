"""A Page as readable Markdown: what `newsdesk extract --md` prints."""

from __future__ import annotations

from newsdesk.records import Article, Page


def _article_md(article: Article, level: str) -> list[str]:
    out = [f"{level} {article.title or '(untitled)'}", ""]
    meta = []
    if article.outlet:
        meta.append(f"**{article.outlet}**")
    if article.authors:
        meta.append("by " + ", ".join(article.authors))
    if article.published_text or article.published:
        when = article.published_text or ""
        if article.published and article.published != when:
            when = f"{when} ({article.published})" if when else article.published
        meta.append(when)
    if article.credit:
        meta.append(f"source: {article.credit}")
    if article.reading_minutes:
        meta.append(f"{article.reading_minutes} min read")
    if article.shares is not None:
        meta.append(f"{article.shares} shares")
    if meta:
        out += [" · ".join(meta), ""]
    if article.standfirst:
        out += [f"*{article.standfirst}*", ""]
    for image in article.images:
        credit = f" ({article.images and image.credit})" if image.credit else ""
        out += [f"> 🖼 {image.caption}{credit if credit not in image.caption else ''}", ""]
    headings = set(article.headings)
    for para in article.body.split("\n\n"):
        if para in headings:
            out += [f"{level}# {para}", ""]
        elif para.strip():
            out += [para, ""]
    if article.tags:
        out += ["Tags: " + ", ".join(article.tags), ""]
    return out


def page_to_markdown(page: Page) -> str:
    out = [f"<!-- {page.source} · {page.format} · {page.kind} -->", ""]
    if page.site:
        out += [f"# {page.site}", ""]
    if page.ticker:
        out += ["## Breaking", ""]
        for item in page.ticker:
            who = f"**{item.attribution}**: " if item.attribution else ""
            text = item.text
            if item.attribution and text.startswith(item.attribution):
                text = text[len(item.attribution) :].lstrip(" :")
            out.append(f"- {who}{text}")
        out.append("")
    for article in page.articles:
        level = "##" if article.role == "main" else "###"
        if article.role != "main":
            out += ["---", f"*{article.role}*", ""]
        out += _article_md(article, level)
    lists: dict[str, list[str]] = {}
    for link in page.links:
        extra = ", ".join(x for x in (link.section, link.date) if x)
        lists.setdefault(link.list, []).append(f"- {link.title}" + (f" ({extra})" if extra else ""))
    for name, items in lists.items():
        out += [f"## {name}", "", *items, ""]
    return "\n".join(out).rstrip() + "\n"
