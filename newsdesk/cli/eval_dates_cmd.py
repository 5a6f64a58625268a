"""`newsdesk eval dates`: publication dates scored on ../shared/bench/dates."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from newsdesk.cli._app import eval_app

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


@eval_app.command("dates")
def eval_dates_command(
    bench: Path = typer.Option(None, "--bench", help="The dates folder (../shared/bench/dates)."),
    peer: bool = typer.Option(True, "--peer/--no-peer", help="Also run htmldate alone."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per reader."),
) -> None:
    """Exact-day accuracy of the publication dates newsdesk reads from HTML, and htmldate's."""
    from newsdesk.eval.dates import DEFAULT_DIR, evaluate

    try:
        results = evaluate(bench or DEFAULT_DIR, peer=peer)
    except FileNotFoundError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(1) from exc
    if as_json:
        for result in results:
            typer.echo(json.dumps(result.to_dict()))
        return
    table = Table()
    table.add_column("reader", no_wrap=True)
    for name in ("pages", "right", "accuracy", "pages per CPU-s"):
        table.add_column(name, justify="right")
    for result in results:
        rate = result.pages / result.cpu_seconds if result.cpu_seconds else 0.0
        table.add_row(
            result.name, str(result.pages), str(result.correct), f"{result.accuracy:.3f}",
            f"{rate:.0f}",
        )  # fmt: skip
    out.print(table)
