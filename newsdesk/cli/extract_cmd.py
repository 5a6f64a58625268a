"""`newsdesk extract`: captures to Page records (JSON Lines, Markdown or a summary)."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsdesk.capture.files import expand_paths
from newsdesk.cli._app import app
from newsdesk.extract.batch import extract_paths, learn_profiles
from newsdesk.extract.profile import SiteProfile, load_profiles, save_profiles
from newsdesk.markdown import page_to_markdown
from newsdesk.records import Page, PageError

err = Console(stderr=True, soft_wrap=True)


def parse_when(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise typer.BadParameter(
            f"{value!r} is not an ISO date/time (e.g. 2025-07-20T09:00)"
        ) from exc


def _summary(page: Page) -> str:
    main = next((a for a in page.articles if a.role == "main"), None)
    head = f"{page.source}: {page.kind}"
    if page.site:
        head += f" · {page.site}"
    parts = [head]
    if main:
        parts.append(f"  {main.title!r} ({main.outlet}, {main.published or main.published_text})")
        parts.append(
            f"  {len(main.body.split())} words, {len(main.headings)} headings, "
            f"{len(main.tags)} tags, {len(main.images)} images"
        )
    others = [a for a in page.articles if a.role != "main"]
    if others:
        parts.append(
            f"  {len(others)} {'digest entries' if page.kind == 'digest' else 'related'}: "
            + ", ".join(sorted({a.outlet for a in others if a.outlet}))
        )
    parts.append(f"  ticker {len(page.ticker)}, links {len(page.links)}")
    return "\n".join(parts)


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, directories (recursed) or - for stdin."),
    as_json: bool = typer.Option(False, "--json", help="One Page object per line (JSON Lines)."),
    as_md: bool = typer.Option(False, "--md", help="A readable Markdown rendering."),
    captured_at: str | None = typer.Option(
        None, help="When the captures were taken (ISO); relative dates resolve against it."
    ),
    site_profile: Path | None = typer.Option(
        None, help="Site profiles (JSON) saved by `newsdesk profile`; chrome lines they list."
    ),
    workers: int = typer.Option(0, help="Worker processes; 0 means one per core."),
) -> None:
    """Read captures (HTML, text dumps, news-please JSON; .gz too) into Page records."""
    when = parse_when(captured_at)
    profiles: dict[str, SiteProfile] | None = None
    if site_profile is not None:
        try:
            profiles = load_profiles(site_profile)
        except ValueError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from exc
    failed = 0
    out = sys.stdout
    show_progress = not out.isatty() and err.is_terminal
    with Progress(
        TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, disable=not show_progress, transient=True,
    ) as progress:  # fmt: skip
        task = progress.add_task("extract", total=None)
        for result in extract_paths(
            paths, captured_at=when, profiles=profiles, workers=workers or None
        ):
            progress.advance(task)
            if isinstance(result, PageError):
                failed += 1
                if as_json:
                    out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
                err.print(f"[red]error:[/red] {result.source}: {result.error}", highlight=False)
                continue
            if as_json:
                out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            elif as_md:
                out.write(page_to_markdown(result) + "\n")
            else:
                out.write(_summary(result) + "\n")
    if failed:
        err.print(f"{failed} input(s) failed")
        raise typer.Exit(1)


@app.command()
def profile(
    paths: list[str] = typer.Argument(..., help="Several text captures of the same site(s)."),
    output: Path = typer.Option(..., "-o", "--output", help="Where to write the profiles (JSON)."),
) -> None:
    """Learn site profiles (lines that recur across a site's captures are chrome)."""
    profiles = learn_profiles(expand_paths(paths))
    if not profiles:
        err.print("no site had enough captures (3 or more) to learn a profile from")
        raise typer.Exit(1)
    save_profiles(output, profiles.values())
    for p in profiles.values():
        err.print(f"{p.site}: {len(p.chrome)} chrome lines from {p.captures} captures")
