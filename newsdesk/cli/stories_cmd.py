"""Story commands: stories, story, recluster, eval stories (thin wrappers over the library)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsdesk.cli._app import app, eval_app
from newsdesk.cli.corpus_cmd import DB_HELP, _fail, _store

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

# The contract fields of DESIGN.md come first; the rest of the record follows.
_CONTRACT = ("id", "title", "first_seen", "last_seen", "outlets", "articles")


def _contract_order(story: dict) -> dict:
    head = {k: story.get(k) for k in _CONTRACT}
    return {**head, **{k: v for k, v in story.items() if k not in head}}


@app.command("stories")
def stories_command(
    since: str = typer.Option(
        None, "--since", help="Only stories with news on or after this date."
    ),
    entity: str = typer.Option(None, "--entity", help="Only stories naming this actor or place."),
    outlet: str = typer.Option(None, "--outlet", help="Only stories this outlet reported."),
    limit: int = typer.Option(None, "--limit", help="At most this many stories."),
    as_json: bool = typer.Option(False, "--json", help="One story per line (JSON Lines)."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Stories across outlets, latest news first."""
    from newsdesk.corpus.stories import list_stories

    with _store(db) as store:
        rows = list_stories(store, since=since, entity=entity, outlet=outlet, limit=limit)
        if as_json:
            for row in rows:
                typer.echo(json.dumps(_contract_order(row), ensure_ascii=False))
            return
        table = Table("id", "last seen", "articles", "outlets", "title")
        for row in rows:
            table.add_row(
                row["id"],
                (row.get("last_seen") or "")[:16],
                str(row.get("article_count") or 0),
                str(len(row.get("outlets") or [])),
                escape(row.get("title") or ""),
            )
        out.print(table)


@app.command("story")
def story_command(
    story_id: str = typer.Argument(..., help="A story id (from `newsdesk stories`)."),
    as_json: bool = typer.Option(False, "--json", help="The whole story record as JSON."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """One story: every outlet's articles, timeline, quotes, figures, places and framing."""
    from newsdesk.corpus.stories import get_story

    with _store(db) as store:
        story = get_story(store, story_id)
    if story is None:
        _fail(f"no story {story_id!r} (see `newsdesk stories`)", code=1)
        return
    if as_json:
        typer.echo(json.dumps(_contract_order(story), ensure_ascii=False))
        return
    out.print(f"[bold]{escape(story.get('title') or '')}[/bold]  ({story['id']})")
    out.print(f"{story.get('first_seen')} → {story.get('last_seen')}")
    if story.get("summary"):
        out.print(escape(story["summary"]))
    out.print(f"\n[bold]Outlets[/bold] ({len(story.get('outlets') or [])})")
    for art in story.get("articles") or []:
        copies = art.get("copies") or []
        extra = (
            f"  (+{len(copies)} copies: {', '.join(c['outlet'] for c in copies)})" if copies else ""
        )
        out.print(
            f"  {art.get('published') or ''}  {escape(art['outlet'])}: "
            f"{escape(art['title'])}{extra}"
        )
    for kind in story.get("counts") or []:
        figures = "; ".join(
            f"{f['number']} ({', '.join(_who(r) for r in f['reported_by'])})"
            for f in kind["figures"]
        )
        out.print(f"[bold]{escape(kind['kind'])}[/bold]: {escape(figures)}")
    for actor, by_outlet in (story.get("framing") or {}).items():
        cells = "; ".join(f"{o}: {', '.join(labels)}" for o, labels in by_outlet.items())
        out.print(f"[bold]{escape(actor)}[/bold] — {escape(cells)}")
    for speaker, quotes in list((story.get("quotes") or {}).items())[:10]:
        out.print(f"[bold]{escape(speaker)}[/bold]: {len(quotes)} quote(s)")


def _who(reporter: dict) -> str:
    via = reporter.get("reporter")
    return f"{via}, via {reporter['outlet']}" if via else reporter["outlet"]


@app.command("recluster")
def recluster_command(db: str = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Forget every story and cluster the whole corpus again, oldest article first."""
    from newsdesk.corpus.stories import recluster

    with _store(db) as store:
        report = recluster(store)
    err.print(
        f"placed {report.placed} articles in {report.stories_updated} stories "
        f"({report.merges} merges, {report.ticker_items} ticker items)"
    )


@eval_app.command("stories")
def eval_stories_command(
    directory: Path = typer.Option(
        None, "--dir", help="Benchmark folder (../shared/bench/stories)."
    ),
    enrich: bool = typer.Option(False, "--enrich", help="Run enrichment first (spaCy; slower)."),
    splits: int = typer.Option(
        3, "--splits", help="Random halvings of the events for the held-out threshold check."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as one JSON object."),
) -> None:
    """B-cubed precision, recall and F1 of story clustering, with a TF-IDF baseline."""
    from newsdesk.eval.stories import DEFAULT_DIR, evaluate

    try:
        result = evaluate(directory or DEFAULT_DIR, enrich=enrich, splits=splits)
    except FileNotFoundError as exc:
        _fail(str(exc))
        return
    if as_json:
        typer.echo(json.dumps(result))
        return
    table = Table("system", "precision", "recall", "F1", "clusters")
    rows = [("newsdesk", "newsdesk"), ("TF-IDF single pass (tuned)", "baseline")]
    if "newsdesk_with_entities" in result:
        rows.insert(1, ("newsdesk + enrichment entities", "newsdesk_with_entities"))
    for name, key in rows:
        r = result[key]
        table.add_row(
            name,
            f"{r['precision']:.4f}",
            f"{r['recall']:.4f}",
            f"{r['f1']:.4f}",
            str(r["clusters"]),
        )
    out.print(f"{result['articles']} articles, {result['events']} events")
    out.print(table)
    if result["held_out"]:
        out.print(
            f"threshold tuned on half the events, scored on the other half: mean F1 "
            f"{result['held_out_mean_f1']:.4f} over {len(result['held_out'])} halves"
        )
