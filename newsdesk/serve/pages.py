"""The reader's HTML pages: server-rendered, usable without JavaScript."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from newsdesk.serve import charts, detail, facts
from newsdesk.serve.markup import Span, render_body
from newsdesk.serve.reader import Filters, Reader, in_session
from newsdesk.serve.search import KINDS, search
from newsdesk.serve.security import RAW_CSP
from newsdesk.serve.views import templates

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
PER_PAGE = 20


def _reader(request: Request) -> Reader:
    return request.app.state.reader


def _page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    return templates.TemplateResponse(request, name, context, status_code=status)


def parse_day(value: str | None, name: str) -> date | None:
    """A YYYY-MM-DD form field, or a 400 that says which field is wrong and why."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise HTTPException(400, f"{name}: {value!r} is not a date (use YYYY-MM-DD)") from None


def _chart(points: list[tuple[str, str | None, float]], title: str) -> dict[str, Any]:
    data = charts.bucket(
        (name, day, value) for name, iso, value in points if (day := charts.parse_day(iso))
    )
    return {
        "svg": charts.time_chart(data, title),
        "title": title,
        "columns": list(data.series) if data else [],
        "rows": charts.table_rows(data),
        "unit": data.unit if data else "day",
    }


@router.get("/")
@in_session
def home(request: Request) -> Response:
    reader = _reader(request)
    stats = reader.stats()
    return _page(
        request,
        "home.html",
        stats=stats,
        stories=reader.top_stories(12),
        ticker=reader.ticker(15),
        sections=reader.sections(),
        regions=reader.regions(),
        outlets=reader.outlets(12),
        entities=reader.top_entities(15),
        latest=reader.latest_articles(10),
    )


@router.get("/stories")
@in_session
def stories(request: Request, page: int = Query(1, ge=1, le=10_000)) -> Response:
    items, total = _reader(request).stories(Filters(), PER_PAGE, (page - 1) * PER_PAGE)
    return _page(request, "stories.html", stories=items, total=total, page=page, per=PER_PAGE)


@router.get("/stories/{story_id}")
@in_session
def story(request: Request, story_id: str) -> Response:
    found = detail.story_detail(_reader(request), story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id!r}")
    chart = _chart([(o, d, 1) for o, d in found["timeline_points"]], "Articles per outlet")
    return _page(request, "story.html", story=found, chart=chart)


def _article_spans(enrichment: dict[str, Any] | None) -> list[Span]:
    if not enrichment:
        return []
    spans = [
        Span(m["start"], m["end"], "entity", e["name"], e.get("type") or "")
        for e in enrichment["entities"]
        for m in e.get("mentions") or []
        if isinstance(m.get("start"), int) and isinstance(m.get("end"), int)
    ]
    spans.extend(
        Span(q["start"], q["end"], "quote", q.get("speaker") or "",
             "direct" if q.get("direct") else "indirect")
        for q in enrichment["quotes"]
        if isinstance(q.get("start"), int) and isinstance(q.get("end"), int)
    )  # fmt: skip
    return spans


@router.get("/articles/{article_id}")
@in_session
def article(request: Request, article_id: str) -> Response:
    found = detail.article_detail(_reader(request), article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    paragraphs = render_body(found["body"], _article_spans(found["enrichment"]), found["headings"])
    return _page(request, "article.html", article=found, paragraphs=paragraphs)


@router.get("/search")
@in_session
def search_page(
    request: Request,
    q: str = "",
    outlet: str = "",
    since: str = "",
    until: str = "",
    kind: str = "",
    entity: str = "",
    page: int = Query(1, ge=1, le=500),
) -> Response:
    filters = Filters(
        outlet=outlet,
        since=parse_day(since, "since"),
        until=parse_day(until, "until"),
        kind=kind,
        entity=entity,
    )
    if kind and kind not in KINDS:
        raise HTTPException(400, f"kind: {kind!r} is not one of {', '.join(KINDS)}")
    store = request.app.state.store
    result = search(_reader(request), store, q, filters, PER_PAGE, (page - 1) * PER_PAGE)
    params = {"q": q, "outlet": outlet, "since": since, "until": until, "kind": kind,
              "entity": entity}  # fmt: skip
    return _page(
        request,
        "search.html",
        status=400 if result.error else 200,
        result=result,
        params=params,
        page=page,
        per=PER_PAGE,
        kinds=KINDS,
        outlets=_reader(request).outlets(),
    )


@router.get("/entities")
@in_session
def entities(
    request: Request, q: str = "", type: str = "", page: int = Query(1, ge=1, le=10_000)
) -> Response:
    items, total = facts.entities(_reader(request), q, type, 50, (page - 1) * 50)
    return _page(request, "entities.html", entities=items, total=total, page=page, per=50, q=q,
                 type=type)  # fmt: skip


@router.get("/entities/{name:path}")
@in_session
def entity(request: Request, name: str) -> Response:
    found = detail.entity_detail(_reader(request), name)
    if found is None:
        raise HTTPException(404, f"no entity named {name!r}")
    chart = _chart(found["mention_points"], f"Mentions of {name} per outlet")
    return _page(request, "entity.html", entity=found, chart=chart)


@router.get("/outlets")
@in_session
def outlets(request: Request) -> Response:
    return _page(request, "outlets.html", outlets=_reader(request).outlets(1000))


@router.get("/outlets/{name:path}")
@in_session
def outlet(request: Request, name: str) -> Response:
    found = detail.outlet_detail(_reader(request), name)
    if found is None:
        raise HTTPException(404, f"no outlet named {name!r}")
    chart = _chart(found["day_points"], f"Articles from {name}")
    return _page(request, "outlet.html", outlet=found, chart=chart)


@router.get("/failed")
@in_session
def failed(request: Request, page: int = Query(1, ge=1, le=10_000)) -> Response:
    items, total = facts.failures(_reader(request), PER_PAGE, (page - 1) * PER_PAGE)
    return _page(request, "failed.html", failures=items, total=total, page=page, per=PER_PAGE)


@router.get("/charts")
@in_session
def chart_page(request: Request) -> Response:
    reader = _reader(request)
    coverage = _chart(list(facts.coverage_points(reader)), "Articles per outlet over time")
    counts = _chart(list(facts.count_points(reader)), "Largest reported figure per kind")
    return _page(request, "charts.html", coverage=coverage, counts=counts)


@router.get("/captures/{sha256}")
@in_session
def capture(request: Request, sha256: str) -> Response:
    found = facts.capture(_reader(request), sha256)
    if found is None:
        raise HTTPException(404, f"no capture {sha256!r}")
    return _page(request, "capture.html", capture=found)


@router.get("/captures/{sha256}/raw")
@in_session
def capture_raw(request: Request, sha256: str) -> Response:
    """The capture exactly as stored, as text that no browser will render or run."""
    data = facts.capture_bytes(_reader(request), sha256)
    if data is None:
        raise HTTPException(404, f"no capture {sha256!r}")
    return Response(
        content=data,
        media_type="text/plain; charset=utf-8",
        headers={
            "Content-Security-Policy": RAW_CSP,
            "X-Content-Type-Options": "nosniff",
            "Content-Disposition": f'inline; filename="{sha256[:16]}.txt"',
            "Cache-Control": "private, max-age=3600",
        },
    )
