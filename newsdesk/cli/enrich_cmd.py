"""`newsdesk enrich`, the corpus queries `quotes`, `entities`, `counts`, and `eval quotes`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from newsdesk.cli._app import app, eval_app
from newsdesk.cli.corpus_cmd import _store
from newsdesk.records import Page, PageError

err = Console(stderr=True, soft_wrap=True)
POLNEAR = Path(__file__).resolve().parents[3] / "shared" / "bench" / "polnear"


@app.command()
def enrich(
    paths: list[str] = typer.Argument(..., help="Captures (files, directories, -) to extract."),
    as_json: bool = typer.Option(False, "--json", help="One enriched Page per line."),
    workers: int = typer.Option(0, help="Worker processes; 0 means one per core."),
) -> None:
    """Extract captures and add entities, quotes, counts, places, events, labels, summary."""
    from newsdesk.enrich import enrich_pages
    from newsdesk.extract.batch import extract_paths

    failed = 0
    pages: list[Page] = []
    for result in extract_paths(paths, workers=workers or None):
        if isinstance(result, PageError):
            failed += 1
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            err.print(f"[red]error:[/red] {result.source}: {result.error}", highlight=False)
            continue
        pages.append(result)
    for page in enrich_pages(pages, workers=workers or None):
        if as_json:
            sys.stdout.write(json.dumps(page.to_dict(), ensure_ascii=False) + "\n")
            continue
        for a in page.articles:
            sys.stdout.write(
                f"{page.source}: {a.title!r}: {len(a.entities or [])} entities, "
                f"{len(a.quotes or [])} quotes, {len(a.counts or [])} counts, "
                f"{len(a.places or [])} places, {len(a.events or [])} events\n"
            )
    if failed:
        err.print(f"{failed} input(s) failed")
        raise typer.Exit(1)


def fact_query(
    table: str,
    *,
    entity: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    db: str | None = None,
) -> list[dict[str, Any]]:
    """Stored facts of one kind, for articles matching outlet/date filters; ``entity`` keeps the
    rows naming it (speaker, entity name or alias, counted group, place or reporter)."""
    from newsdesk.enrich.names import fold

    with _store(db) as store:  # a clear error, not a trace, for a bad --db or date
        articles = {
            a.id: a
            for a in store.articles(outlet=outlet, since=since, until=until, with_body=False)
        }
        rows = store.facts(table, article_ids=list(articles)) if articles else []
    wanted = fold(entity) if entity else None
    result = []
    for row in rows:
        if wanted:
            fields = [row.get(k) for k in ("speaker", "speaker_text", "name", "group", "place")]
            fields += row.get("aliases") or []
            fields.append(row.get("reporter"))
            if not any(f and f" {wanted} " in f" {fold(str(f))} " for f in fields):
                continue  # whole words: "HTS" must not match "Golan Heights"
        stored = articles[row["article_id"]]
        row = {**row, "outlet": stored.article.outlet, "date": stored.date,
               "title": stored.article.title}  # fmt: skip
        result.append(row)
    return result


def _print_facts(rows: list[dict[str, Any]], as_json: bool, fields: list[str]) -> None:
    for row in rows:
        if as_json:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        else:
            sys.stdout.write(" | ".join(str(row.get(f) or "") for f in fields) + "\n")


_ENTITY = typer.Option(None, "--entity", help="Only rows naming this entity.")
_OUTLET = typer.Option(None, "--outlet", help="Only articles from this outlet.")
_SINCE = typer.Option(None, "--since", help="Only articles dated on or after (ISO date).")
_UNTIL = typer.Option(None, "--until", help="Only articles dated before (ISO date).")
_JSON = typer.Option(False, "--json", help="One JSON object per line.")
_DB = typer.Option(None, "--db", help="SQLite path or postgresql:// URL (default: setting db).")


@app.command()
def quotes(
    entity: str | None = _ENTITY, outlet: str | None = _OUTLET, since: str | None = _SINCE,
    until: str | None = _UNTIL, as_json: bool = _JSON, db: str | None = _DB,
) -> None:  # fmt: skip
    """Who said what, from the corpus."""
    rows = fact_query("quotes", entity=entity, outlet=outlet, since=since, until=until, db=db)
    _print_facts(rows, as_json, ["date", "outlet", "speaker", "cue", "content"])


@app.command()
def entities(
    entity: str | None = _ENTITY, outlet: str | None = _OUTLET, since: str | None = _SINCE,
    until: str | None = _UNTIL, as_json: bool = _JSON, db: str | None = _DB,
) -> None:  # fmt: skip
    """Canonical entities per article, from the corpus."""
    rows = fact_query("entities", entity=entity, outlet=outlet, since=since, until=until, db=db)
    _print_facts(rows, as_json, ["date", "outlet", "entity_id", "name", "type", "roles"])


@app.command()
def counts(
    entity: str | None = _ENTITY, outlet: str | None = _OUTLET, since: str | None = _SINCE,
    until: str | None = _UNTIL, as_json: bool = _JSON, db: str | None = _DB,
) -> None:  # fmt: skip
    """Casualty and other human counts, from the corpus."""
    rows = fact_query("counts", entity=entity, outlet=outlet, since=since, until=until, db=db)
    _print_facts(rows, as_json, ["date", "outlet", "kind", "number", "group", "place", "reporter"])


@eval_app.command("quotes")
def eval_quotes(
    root: Path = typer.Option(POLNEAR, help="The PolNeAR folder (with data/dev)."),
    split: str = typer.Option("dev", help="Which split to score."),
    limit: int | None = typer.Option(None, help="Score only the first N annotation files."),
    every: int = typer.Option(1, help="Score one annotation file in N (a fixed sample)."),
    as_json: bool = _JSON,
) -> None:
    """Quote content F1 (token overlap) and speaker accuracy on PolNeAR."""
    from newsdesk.eval.quotes import evaluate_quotes

    try:
        scores = evaluate_quotes(root, split, limit, every)
    except FileNotFoundError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        sys.stdout.write(json.dumps(scores.as_dict()) + "\n")
        return
    s = scores
    sys.stdout.write(
        f"PolNeAR {split}: {s.documents} annotated documents\n"
        f"content (token overlap): P {s.token_precision:.3f}  R {s.token_recall:.3f}  "
        f"F1 {s.token_f1:.3f}\n"
        f"content (quote overlap): P {s.quote_precision:.3f}  R {s.quote_recall:.3f}  "
        f"F1 {s.quote_f1:.3f}\n"
        f"speaker accuracy: {s.speaker_accuracy:.3f} (of {s.speakers_scored} found quotes)\n"
    )
