"""`newsdesk eval unseen`: the text reader on renderings of pages it was never tuned on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Table

from newsdesk.cli._app import eval_app

if TYPE_CHECKING:
    from newsdesk.eval.metrics import PageScore

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


@eval_app.command("unseen")
def eval_unseen_command(
    renderer: list[str] = typer.Option(
        ["inscriptis", "w3m"], "--renderer", help="inscriptis and/or w3m (repeat the option)."
    ),
    half: list[str] = typer.Option(
        ["even", "odd-a", "odd-b"],
        "--half",
        help="even and odd-a (may be studied), odd-b (held out), odd (odd-a and odd-b) or all.",
    ),
    pages: bool = typer.Option(
        False,
        "--pages",
        help="List each page of a studied half (--half: even or odd-a), worst first.",
    ),
    sound_only: bool = typer.Option(
        False,
        "--sound-only",
        help="Score only pages whose reference trafilatura agrees with (F1 >= 0.9 between them).",
    ),
    bench: Path = typer.Option(None, "--bench", help="The pages' folder (../shared/bench/dates)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per renderer and half."),
) -> None:
    """Shingle F1 of the text reader on text renderings of the dates pages, against the HTML
    reader on the same HTML."""
    from newsdesk.eval.unseen import DEFAULT_DIR, RendererMissing, evaluate, page_scores

    folder = bench or DEFAULT_DIR
    try:
        if pages:
            studied = half[0] if len(half) == 1 else "even"
            _print_pages(page_scores(folder, renderer[0], studied), studied)
            return
        results = [evaluate(folder, r, h, sound_only=sound_only) for r in renderer for h in half]
    except (FileNotFoundError, RendererMissing, ValueError) as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(1) from exc
    if as_json:
        for result in results:
            typer.echo(json.dumps(result.to_dict()))
        return
    table = Table(title="pages whose reference trafilatura agrees with" if sound_only else None)
    table.add_column("rendering", no_wrap=True)
    table.add_column("half", no_wrap=True)
    for name in ("pages", "F1", "precision", "recall", "reader errors", "renderer lost text"):
        table.add_column(name, justify="right")
    for r in results:
        table.add_row(
            r.renderer, r.half, str(r.pages), f"{r.f1:.4f}", f"{r.precision:.4f}",
            f"{r.recall:.4f}", str(r.errors), str(len(r.lost_by_renderer)),
        )  # fmt: skip
    out.print(table)


def _print_pages(rows: list[tuple[str, PageScore]], half: str) -> None:
    table = Table(title=f"{half} half, most shingles lost first")
    for name in ("page", "lost", "extra (fp)", "missed (fn)"):
        table.add_column(name, justify="right" if name != "page" else "left")
    for name, score in rows:
        table.add_row(name, f"{score.fp + score.fn:.3f}", f"{score.fp:.3f}", f"{score.fn:.3f}")
    out.print(table)
