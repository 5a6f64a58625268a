"""The typer application every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="newsdesk",
    help="Turn raw captures of news pages into a searchable, cross-outlet record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score newsdesk on the benchmark data in ../shared/bench.")
app.add_typer(eval_app, name="eval")
