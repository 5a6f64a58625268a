"""The JSON API under /api: paginated, filterable reads, and the one write (POST /api/captures).

Every list answers {"items", "total", "limit", "offset", "next"}; every error answers
{"error": {"status", "message"}} (see app.error_response). OpenAPI: /openapi.json.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, NamedTuple

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field

from newsdesk.serve import detail, facts
from newsdesk.serve.ingest import ingest_upload
from newsdesk.serve.reader import Filters, Reader, in_session
from newsdesk.serve.search import KINDS, search
from newsdesk.serve.security import check_write_token

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=200, description="Items per page (1-200).")]
Offset = Annotated[int, Query(ge=0, le=100_000, description="Items to skip.")]
Outlet = Annotated[str | None, Query(description="Only this outlet (exact name).")]
Since = Annotated[date | None, Query(description="Only items dated on or after (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="Only items dated on or before (YYYY-MM-DD).")]
Kind = Annotated[
    str | None,
    Query(
        pattern="^(article|related|digest-entry|ticker)$",
        description="article (main article of a page), related, digest-entry or ticker.",
    ),
]
Entity = Annotated[str | None, Query(description="Only articles naming this canonical entity.")]
SearchWords = Annotated[
    str,
    Query(min_length=1, max_length=500, description='Words, "phrases", prefix*, OR, -excluded.'),
]
NamePrefix = Annotated[str | None, Query(max_length=200, description="Name prefix.")]
EntityType = Annotated[str | None, Query(max_length=40, description="PERSON, ORG, GPE, NORP...")]
Speaker = Annotated[str | None, Query(max_length=300, description="Canonical speaker name.")]
CountKind = Annotated[
    str | None, Query(max_length=40, description="killed, wounded, arrested, displaced...")
]
EventType = Annotated[str | None, Query(max_length=80, description="Event type.")]
Failed = Annotated[
    bool | None, Query(description="true: only captures with open errors; false: only clean ones.")
]


class ErrorBody(BaseModel):
    status: int
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


class ListResponse(BaseModel):
    items: list[dict[str, Any]]
    total: int = Field(description="Items matching the filters (search: hits in the window).")
    limit: int
    offset: int
    next: str | None = Field(description="URL of the next page, if any.")


class SearchResponse(ListResponse):
    capped: bool = Field(description="True when more hits exist than were counted.")
    facets: dict[str, dict[str, int]] = Field(description="outlet/kind/entity -> value -> hits.")


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "Bad query"},
    404: {"model": ErrorResponse, "description": "Not found"},
    422: {"model": ErrorResponse, "description": "Invalid parameter"},
}


def _reader(request: Request) -> Reader:
    return request.app.state.reader


class _Window(NamedTuple):
    """Which page of a list: `limit` items after the first `offset`."""

    limit: int
    offset: int


def _window(limit: Limit = 20, offset: Offset = 0) -> _Window:
    return _Window(limit, offset)


def _checked(filters: Filters) -> Filters:
    if filters.since and filters.until and filters.since > filters.until:
        raise HTTPException(400, f"since ({filters.since}) is after until ({filters.until})")
    return filters


def _outlet_dates(
    outlet: Outlet = None, since: Since = None, until: Until = None, entity: Entity = None
) -> Filters:
    return _checked(Filters(outlet=outlet, since=since, until=until, entity=entity))


def _outlet_dates_kind(
    outlet: Outlet = None,
    since: Since = None,
    until: Until = None,
    kind: Kind = None,
    entity: Entity = None,
) -> Filters:
    return _checked(Filters(outlet=outlet, since=since, until=until, kind=kind, entity=entity))


# The query parameters most lists share, declared once: FastAPI reads them from the functions.
Window = Annotated[_Window, Depends(_window)]
ByOutletDate = Annotated[Filters, Depends(_outlet_dates)]
ByOutletDateKind = Annotated[Filters, Depends(_outlet_dates_kind)]


def _page(
    request: Request, items: list[dict[str, Any]], total: int, window: _Window
) -> ListResponse:
    limit, offset = window
    following = None
    if offset + limit < total:
        following = str(request.url.include_query_params(offset=offset + limit, limit=limit))
    return ListResponse(items=items, total=total, limit=limit, offset=offset, next=following)


@router.get("/stats", responses=ERRORS)
@in_session
def stats(request: Request) -> dict[str, Any]:
    """The corpus at a glance: captures, pages, articles, outlets, stories, open errors, dates."""
    return _reader(request).stats()


@router.get("/articles", response_model=ListResponse, responses=ERRORS)
@in_session
def list_articles(
    request: Request,
    filters: ByOutletDateKind,
    window: Window,
) -> ListResponse:
    """Articles newest first (no body; fetch one article for its full record)."""
    if filters.kind == "ticker":
        raise HTTPException(400, "kind 'ticker' names ticker items, not articles: use /api/search")
    items, total = _reader(request).articles(filters, *window)
    return _page(request, items, total, window)


@router.get("/articles/{article_id}", responses=ERRORS)
@in_session
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """One article: the contract fields, its enrichment, provenance, duplicate link and story."""
    stored = request.app.state.store.get_article(article_id)
    if stored is None:
        raise HTTPException(404, f"no article {article_id!r}")
    data = stored.to_dict()
    data["raw_url"] = f"/captures/{stored.capture_sha256}/raw"
    return data


@router.get("/stories", response_model=ListResponse, responses=ERRORS)
@in_session
def list_stories(
    request: Request,
    filters: ByOutletDate,
    window: Window,
) -> ListResponse:
    """Stories, most recently active first, each with its outlets."""
    items, total = _reader(request).stories(filters, *window)
    return _page(request, items, total, window)


@router.get("/stories/{story_id}", responses=ERRORS)
@in_session
def get_story(request: Request, story_id: str) -> dict[str, Any]:
    """One story: its articles by outlet, quotes by speaker, counts, places, events, framing."""
    found = detail.story_detail(_reader(request), story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id!r}")
    found.pop("timeline_points", None)
    found["coverage"] = {outlet: [a["id"] for a in items] for outlet, items in found["coverage"]}
    found["quotes"] = {speaker or "": items for speaker, items in found["quotes"]}
    found["framing"] = {name: cells for name, cells in found["framing"]}
    return found


@router.get("/search", response_model=SearchResponse, responses=ERRORS)
@in_session
def search_api(
    request: Request,
    q: SearchWords,
    filters: ByOutletDateKind,
    window: Window,
) -> SearchResponse:
    """Full-text search, best first; `facets` counts outlets, kinds and entities of the top hits."""
    result = search(_reader(request), request.app.state.store, q, filters, *window)
    if result.error:
        raise HTTPException(400, result.error)
    items = [{**hit, "snippet": str(hit["snippet"])} for hit in result.hits]
    page = _page(request, items, result.total, window)
    facets = {field: dict(values) for _, field, values in result.facets}
    return SearchResponse(**page.model_dump(), capped=result.capped, facets=facets)


@router.get("/entities", response_model=ListResponse, responses=ERRORS)
@in_session
def list_entities(
    request: Request,
    window: Window,
    q: NamePrefix = None,
    type: EntityType = None,
) -> ListResponse:
    """Canonical entities by the number of articles naming them."""
    items, total = facts.entities(_reader(request), q, type, *window)
    return _page(request, items, total, window)


@router.get("/entities/{name:path}", responses=ERRORS)
@in_session
def get_entity(request: Request, name: str) -> dict[str, Any]:
    """One entity: aliases, roles, quotes, the labels each outlet gives it, latest articles."""
    found = detail.entity_detail(_reader(request), name)
    if found is None:
        raise HTTPException(404, f"no entity named {name!r}")
    found["labels"] = {outlet: labels for outlet, labels in found["labels"]}
    found["mentions"] = [
        {"outlet": o, "date": d, "mentions": n} for o, d, n in found.pop("mention_points")
    ]
    return found


@router.get("/quotes", response_model=ListResponse, responses=ERRORS)
@in_session
def list_quotes(
    request: Request,
    filters: ByOutletDate,
    window: Window,
    speaker: Speaker = None,
) -> ListResponse:
    """Quotes newest first, with speaker, cue, content and the article they come from."""
    items, total = facts.quotes(_reader(request), filters, speaker, *window)
    return _page(request, items, total, window)


@router.get("/counts", response_model=ListResponse, responses=ERRORS)
@in_session
def list_counts(
    request: Request,
    filters: ByOutletDate,
    window: Window,
    kind: CountKind = None,
) -> ListResponse:
    """Human counts (killed, wounded, ...) with qualifier, group, place and who reports them."""
    items, total = facts.counts(_reader(request), filters, kind, *window)
    return _page(request, items, total, window)


@router.get("/events", response_model=ListResponse, responses=ERRORS)
@in_session
def list_events(
    request: Request,
    filters: ByOutletDate,
    window: Window,
    type: EventType = None,
) -> ListResponse:
    """Events with actors, targets, place, date and casualties."""
    items, total = facts.events(_reader(request), filters, type, *window)
    return _page(request, items, total, window)


@router.get("/captures", response_model=ListResponse, responses=ERRORS)
@in_session
def list_captures(request: Request, window: Window, failed: Failed = None) -> ListResponse:
    """Stored captures, newest first, with their page and count of open errors."""
    items, total = facts.captures(_reader(request), failed, *window)
    return _page(request, items, total, window)


@router.get("/captures/{sha256}", responses=ERRORS)
@in_session
def get_capture(request: Request, sha256: str) -> dict[str, Any]:
    """One capture's provenance, page, errors and articles; the bytes are at `raw_url`."""
    found = facts.capture(_reader(request), sha256)
    if found is None:
        raise HTTPException(404, f"no capture {sha256!r}")
    found["raw_url"] = f"/captures/{sha256}/raw"
    return found


@router.post(
    "/captures",
    status_code=201,
    responses={
        **ERRORS,
        401: {"model": ErrorResponse},
        403: {"model": ErrorResponse},
        413: {"model": ErrorResponse},
    },
)
async def post_capture(request: Request) -> dict[str, Any]:
    """Ingest one capture (needs `Authorization: Bearer <NEWSDESK_TOKEN>`).

    Send the page as the request body (its Content-Type is kept) with `?source=` naming it and
    optional `url` and `captured_at`, or as multipart form data with a `file` field.
    """
    check_write_token(request, request.app.state.token)
    result = await ingest_upload(request)
    request.app.state.reader.cache.clear()
    return result


__all__ = ["KINDS", "router"]
