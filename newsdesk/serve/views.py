"""The Jinja2 environment: autoescaping on, plus the few filters the templates need."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi.templating import Jinja2Templates
from jinja2 import select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates"

templates = Jinja2Templates(directory=TEMPLATE_DIR)
# Autoescape every template, whatever its suffix: captured text must never become markup.
templates.env.autoescape = select_autoescape(default=True, default_for_string=True)


def show_date(value: str | None) -> str:
    """'2024-12-12T05:45:00' -> '12 Dec 2024 05:45'; a bare date without the time."""
    if not value:
        return ""
    try:
        if len(value) <= 10:
            return datetime.fromisoformat(value).strftime("%-d %b %Y")
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return moment.strftime("%-d %b %Y %H:%M")


def path_part(value: Any) -> str:
    """A value made safe as one URL path segment (entity and outlet names hold '/', '?', ...)."""
    return quote(str(value), safe="")


def query_string(params: dict[str, Any], **changes: Any) -> str:
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "")}
    return urlencode(merged)


def short(value: str | None, limit: int = 220) -> str:
    if not value:
        return ""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1].rsplit(" ", 1)[0] + "…"


templates.env.filters.update(day=show_date, pathpart=path_part, short=short)
templates.env.globals.update(query_string=query_string)
