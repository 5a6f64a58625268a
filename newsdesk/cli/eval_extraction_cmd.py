"""`newsdesk eval extraction`: article extraction scored on ../shared/bench/aeb."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from newsdesk.cli._app import eval_app

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


@eval_app.command("extraction")
def eval_extraction_command(
    fmt: str = typer.Option(
        "all", "--format", help="html, text-w3m, text-inscriptis, or all of them."
    ),
    bench: Path = typer.Option(None, "--bench", help="The aeb folder (../shared/bench/aeb)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per format."),
) -> None:
    """Shingle F1, precision, recall and pages/s of newsdesk's article extraction."""
    from newsdesk._speedups import status
    from newsdesk.eval.extraction import DEFAULT_DIR, FORMATS, evaluate

    formats = FORMATS if fmt == "all" else (fmt,)
    if any(f not in FORMATS for f in formats):
        err.print(f"error: --format must be one of {', '.join(FORMATS)} or all (got {fmt!r})")
        raise typer.Exit(2)
    readers = status().describe()  # the speed depends on it: say which ran
    table = Table(caption=f"readers: {readers}")
    table.add_column("format", no_wrap=True)
    # pages/s: wall clock; per core: pages per CPU-second of this process.
    for name in ("pages", "F1", "precision", "recall", "pages/s", "per core"):
        table.add_column(name, justify="right")
    try:
        for result in evaluate(bench or DEFAULT_DIR, formats):
            if as_json:
                typer.echo(json.dumps({**result.to_dict(), "readers": readers}))
                continue
            table.add_row(
                result.format,
                str(result.pages),
                f"{result.f1:.4f}",
                f"{result.precision:.4f}",
                f"{result.recall:.4f}",
                f"{result.pages_per_second:.1f}",
                f"{result.pages_per_cpu_second:.1f}",
            )
    except FileNotFoundError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(1) from exc
    if not as_json:
        out.print(table)
