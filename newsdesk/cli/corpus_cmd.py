"""Corpus commands: ingest, errors, reprocess, search, show, stats, export.

Each is a thin wrapper over one library function in `newsdesk.corpus`; errors the user can fix
(a bad query, a bad date, an unreachable database) print one clear line and exit non-zero.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsdesk.cli._app import app

if TYPE_CHECKING:
    from newsdesk.corpus import Store

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DB_HELP = "Database: a SQLite path or postgresql:// URL (default NEWSDESK_DB or newsdesk.db)."


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {escape(message)}")
    raise typer.Exit(code)


@contextmanager
def _store(db: str | None, *, must_exist: bool = True) -> Iterator[Store]:
    """The corpus at `db`; `must_exist=False` for the commands that may start one (ingest)."""
    # Imported here, not at the top: `newsdesk extract` and `--help` need no database library.
    from sqlalchemy.exc import OperationalError, SQLAlchemyError

    from newsdesk.corpus import QueryError, open_store

    try:
        store = open_store(db, must_exist=must_exist)
    except ValueError as exc:
        _fail(str(exc))
    except OperationalError as exc:
        _fail(f"cannot open database {db or '(default)'}: {exc.orig}")
    try:
        yield store
    except QueryError as exc:
        _fail(str(exc))
    except SQLAlchemyError as exc:
        _fail(f"database error: {getattr(exc, 'orig', exc)}")
    finally:
        store.close()


def _when(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        _fail(f"--captured-at {value!r}: not an ISO date/time (e.g. 2025-07-20T09:00)")
    return None


def _progress_bar() -> tuple[Progress, Callable]:
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err,
        transient=False,
    )
    task = progress.add_task("starting", total=None)

    def update(report: object) -> None:
        r = report  # IngestReport
        progress.update(
            task,
            description=(
                f"captures {r.captures} (new {r.new_captures}, skipped {r.skipped}) · "
                f"pages {r.pages} · articles {r.articles} · errors {r.errors} · "
                f"{r.rate:.1f} pages/s"
            ),
        )

    return progress, update


@app.command()
def ingest(
    sources: list[str] = typer.Argument(
        ..., help="Files, dirs, globs, .gz, - (stdin), news-please JSON/JSONL, feeds, WARC, URLs."
    ),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    captured_at: str | None = typer.Option(
        None, "--captured-at", help="Capture time for inputs that do not carry one (ISO)."
    ),
    no_follow: bool = typer.Option(False, "--no-follow", help="Do not fetch feed entry links."),
    allow_private: bool = typer.Option(
        False, "--allow-private", help="Allow fetching loopback and private addresses."
    ),
    no_enrich: bool = typer.Option(False, "--no-enrich", help="Skip the enrichment stage."),
    no_hooks: bool = typer.Option(
        False, "--no-hooks", help="Skip post-ingest hooks (story clustering) for this run."
    ),
    workers: int | None = typer.Option(None, "--workers", help="Worker processes (0: per core)."),
    as_json: bool = typer.Option(False, "--json", help="Print the final counts as JSON."),
) -> None:
    """Store captures, extract and enrich them, and index everything for search."""
    from newsdesk.capture.sources import SourceOptions
    from newsdesk.corpus.ingest import ingest as run_ingest

    when = _when(captured_at)
    progress, update = _progress_bar()
    with _store(db, must_exist=False) as store, progress:
        report = run_ingest(
            sources,
            store=store,
            options=SourceOptions(follow=not no_follow, allow_private=allow_private),
            captured_at=when,
            enrich=not no_enrich,
            workers=workers,
            progress=update,
            hooks=not no_hooks,
        )
        update(report)
    if as_json:
        out.print(json.dumps(report.to_dict()))
    else:
        err.print(
            f"{report.captures} captures ({report.new_captures} new), {report.pages} pages, "
            f"{report.articles} articles, {report.errors} errors in {report.elapsed:.1f}s "
            f"({report.rate:.1f} pages/s)"
        )
    if report.errors:
        err.print("see [bold]newsdesk errors[/bold] for what failed")
        raise typer.Exit(1)


@app.command()
def errors(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    stage: str | None = typer.Option(None, "--stage", help="Only errors of this stage."),
    resolved: bool = typer.Option(False, "--all", help="Include errors a later run resolved."),
    as_json: bool = typer.Option(False, "--json", help="One error object per line."),
) -> None:
    """List captures a stage failed on, with the stage, its version and the error."""
    with _store(db) as store:
        for row in store.errors(stage=stage, include_resolved=resolved):
            if as_json:
                out.print(json.dumps(row, ensure_ascii=False))
            else:
                out.print(
                    f"[bold]{escape(row['stage'])}[/bold] {escape(row['stage_version'])} "
                    f"{escape(row['attempted_at'])}  {escape(row['error'])}"
                )


@app.command()
def reprocess(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    stage: str = typer.Option("extract", "--stage", help="extract or enrich."),
    everything: bool = typer.Option(False, "--all", help="Every capture, not only stale ones."),
    no_enrich: bool = typer.Option(False, "--no-enrich", help="Skip enrichment."),
    workers: int | None = typer.Option(None, "--workers", help="Worker processes (0: per core)."),
) -> None:
    """Re-run stages over stored captures (after an upgrade, or to retry failures)."""
    from newsdesk.corpus.ingest import reprocess as run_reprocess

    if stage not in ("extract", "enrich"):
        _fail(f"--stage {stage!r}: not one of extract, enrich")
    progress, update = _progress_bar()
    with _store(db) as store, progress:
        try:
            report = run_reprocess(
                store=store,
                stage=stage,
                everything=everything,
                enrich=not no_enrich,
                workers=workers,
                progress=update,
            )
        except ValueError as exc:
            _fail(str(exc))
    err.print(
        f"reprocessed {report.captures} captures: {report.pages} pages, {report.articles} "
        f"articles, {report.errors} errors in {report.elapsed:.1f}s"
    )


def _rich_snippet(snippet: str) -> str:
    marked = re.sub(r"<mark>(.*?)</mark>", "\x02\\1\x03", snippet)
    plain = escape(html.unescape(marked))
    return plain.replace("\x02", "[bold yellow]").replace("\x03", "[/bold yellow]")


@app.command()
def search(
    query: str = typer.Argument(..., help='Words, "phrases", prefix*, a OR b, -excluded.'),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    outlet: str | None = typer.Option(None, "--outlet", help="Only this outlet."),
    since: str | None = typer.Option(None, "--since", help="From this date (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Up to this date (inclusive)."),
    kind: str | None = typer.Option(
        None, "--kind", help="article, related, digest-entry or ticker."
    ),
    limit: int = typer.Option(20, "--limit", help="Hits to show."),
    as_json: bool = typer.Option(False, "--json", help="One hit per line (JSON Lines)."),
) -> None:
    """Full-text search, ranked by relevance with a recency boost."""
    with _store(db) as store:
        hits = store.search(query, outlet=outlet, since=since, until=until, kind=kind, limit=limit)
    for hit in hits:
        if as_json:
            out.print(json.dumps(hit.to_dict(), ensure_ascii=False))
            continue
        out.print(
            f"[bold]{escape(hit.title)}[/bold]  [dim]{escape(hit.outlet)} · "
            f"{escape(hit.published or '')} · {hit.kind} · {hit.id}[/dim]"
        )
        out.print(f"  {_rich_snippet(hit.snippet)}")
    if not hits and not as_json:
        err.print("no matches")


@app.command()
def show(
    article_id: str = typer.Argument(..., help="An article id (from search or export)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="The stored article as JSON."),
) -> None:
    """Print one stored article, with where it came from and its duplicates."""
    with _store(db) as store:
        stored = store.get_article(article_id)
        if stored is None:
            _fail(f"{article_id}: no such article")
        group = store.duplicates(article_id)
    if as_json:
        out.print(json.dumps({**stored.to_dict(), "duplicates": group}, ensure_ascii=False))
        return
    a = stored.article
    out.print(f"[bold]{escape(a.title)}[/bold]")
    meta = [a.outlet, a.published or a.published_text or "", ", ".join(a.authors), a.url or ""]
    out.print(f"[dim]{escape(' · '.join(m for m in meta if m))}[/dim]")
    out.print(f"[dim]from {escape(stored.source)} ({stored.page_kind}, {a.role})[/dim]")
    if a.standfirst:
        out.print(f"\n[italic]{escape(a.standfirst)}[/italic]")
    out.print("\n" + escape(a.body))
    members = group["members"]
    if members:
        out.print(f"\n[bold]Duplicates[/bold] (canonical {group['canonical']}):")
        for m in members:
            out.print(
                f"  {m['relation']}: {escape(m['outlet'])} — {escape(m['title'])} ({m['id']})"
            )


@app.command()
def stats(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="One JSON object."),
) -> None:
    """The corpus at a glance: captures, pages, articles, outlets, errors, date range."""
    with _store(db) as store:
        figures = store.stats()
    if as_json:
        out.print(json.dumps(figures))
        return
    for key, value in figures.items():
        out.print(f"{key:>13}  {value}")


@app.command()
def export(
    fmt: str = typer.Option("jsonl", "--format", help="jsonl, csv or parquet."),
    what: str = typer.Option("articles", "--what", help="articles, ticker or links."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    output: str | None = typer.Option(None, "-o", "--output", help="File (default stdout)."),
    outlet: str | None = typer.Option(None, "--outlet", help="Only this outlet."),
    since: str | None = typer.Option(None, "--since", help="From this date (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Up to this date (inclusive)."),
    kind: str | None = typer.Option(None, "--kind", help="Article role: main, related, ..."),
) -> None:
    """Stream articles, ticker items or links out as JSON Lines, CSV or Parquet."""
    from newsdesk.corpus.export import export as run_export

    filters: dict[str, object] = {"since": since, "until": until, "outlet": outlet}
    if what == "articles":
        filters["kind"] = kind
    if fmt == "parquet" and output is None:
        _fail("--format parquet needs -o FILE")
    with _store(db) as store:
        try:
            if fmt == "parquet":
                count = run_export(store, output, fmt=fmt, what=what, **filters)
            elif output is None:
                count = run_export(store, sys.stdout, fmt=fmt, what=what, **filters)
            else:
                with open(output, "w", encoding="utf-8", newline="") as handle:
                    count = run_export(store, handle, fmt=fmt, what=what, **filters)
        except ValueError as exc:
            _fail(str(exc))
    err.print(f"exported {count} {what}")
