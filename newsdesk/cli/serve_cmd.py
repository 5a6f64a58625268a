"""Reader commands: `newsdesk serve` (the site and API over a corpus) and `newsdesk demo`.

`demo` ingests the bundled sample captures into a fresh database and serves it: the README's
first command. Both bind 127.0.0.1 unless told otherwise; writes need NEWSDESK_TOKEN.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from newsdesk.cli._app import app
from newsdesk.settings import setting

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {escape(message)}")
    raise typer.Exit(code)


def run_server(db: str, host: str, port: int) -> None:
    """Serve the reader over `db` until interrupted (uvicorn, one process)."""
    import uvicorn

    from newsdesk.serve import create_app

    token = str(setting("token")) or None
    try:
        reader = create_app(db, token)
    except ValueError as exc:  # not a database, or another program's (newsdesk.corpus.open_store)
        _fail(str(exc))
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]note:[/yellow] listening on {escape(host)}: reachable from other hosts")
    writes = "on (bearer token)" if token else "off (NEWSDESK_TOKEN unset)"
    out.print(f"newsdesk reader on http://{host}:{port}/ (database {escape(db)}); writes {writes}")
    uvicorn.run(reader, host=host, port=port, log_level="warning")


@app.command()
def serve(
    db: str = typer.Option(None, "--db", help="Database: a SQLite path or postgresql:// URL."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
) -> None:
    """Serve the reader site and JSON API over a corpus."""
    database = db or str(setting("db"))
    if "://" not in database and not Path(database).exists():
        _fail(f"{database}: no such database (ingest captures first, or run `newsdesk demo`)")
    run_server(database, host, port)


def build_demo(db: Path) -> dict[str, int]:
    """Ingest the bundled samples into a fresh database at `db`; the ingest report as a dict."""
    from newsdesk.corpus.ingest import ingest

    # As a URL: a path is then a path, whatever it looks like ("postgres-notes.db").
    report = ingest([str(SAMPLES)], db=f"sqlite:///{db.resolve()}", workers=1)
    return report.to_dict()


@app.command()
def demo(
    db: Path = typer.Option(
        None, "--db", help="Where to create the demo database (must not exist)."
    ),
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    no_serve: bool = typer.Option(False, "--no-serve", help="Build the database, do not serve."),
) -> None:
    """Ingest the bundled sample captures into a fresh database and serve it."""
    if db is None:
        db = Path(tempfile.mkdtemp(prefix="newsdesk-demo-")) / "demo.db"
    elif db.exists():
        _fail(f"{db}: already exists; demo builds a fresh database (pick another --db path)")
    elif not db.parent.is_dir():  # "sqlite:/x.db" lands here too: a path, in no folder
        _fail(f"{db}: demo --db takes the path of a new SQLite file in an existing folder")
    out.print(f"Ingesting the sample captures from {escape(str(SAMPLES))} into {escape(str(db))} …")
    report = build_demo(db)
    out.print(", ".join(f"{k}: {v}" for k, v in report.items()))
    if no_serve:
        out.print(f"Database ready: newsdesk serve --db {escape(str(db))}")
        return
    run_server(str(db), host, port)
