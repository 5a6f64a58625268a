"""`newsdesk demo` and `newsdesk serve`: build the demo corpus, serve it, refuse what is wrong."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from fastapi.testclient import TestClient
from serve_harness import free_port
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.serve import create_app

runner = CliRunner()


def test_demo_builds_a_fresh_database_the_reader_serves(tmp_path: Path) -> None:
    db = tmp_path / "postgres-notes.db"  # a file path, though it opens like a URL scheme
    result = runner.invoke(app, ["demo", "--no-serve", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "pages: 11" in result.output
    with TestClient(create_app(str(db), cache_seconds=0)) as client:
        home = client.get("/")
        assert home.status_code == 200
        assert "Radio Ardent" in home.text and "The Marlow Courier" in home.text
        hits = client.get("/api/search", params={"q": "Brask"}).json()
        assert hits["total"] >= 2
    again = runner.invoke(app, ["demo", "--no-serve", "--db", str(db)])
    assert again.exit_code == 2 and "already exists" in " ".join(again.output.split())


def test_demo_refuses_a_url_or_a_missing_folder(tmp_path: Path) -> None:
    for db in ("sqlite:/x.db", str(tmp_path / "no" / "demo.db")):
        result = runner.invoke(app, ["demo", "--no-serve", "--db", db])
        assert result.exit_code == 2, result.output
        assert "takes the path of a new SQLite file" in " ".join(result.output.split())


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2
    assert "no such database" in " ".join(result.output.split())


def test_demo_serves_on_loopback(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "NEWSDESK_TOKEN": ""}
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "newsdesk"), "demo", "--port", str(port),
         "--db", str(tmp_path / "demo.db")],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read().decode()  # type: ignore[union-attr]
                assert time.monotonic() < deadline, "demo did not start serving in 120 s"
                time.sleep(0.3)
        assert response.status_code == 200
        assert response.json()["articles"] >= 11
        write = httpx.post(f"http://127.0.0.1:{port}/api/captures", content=b"<p>x</p>")
        assert write.status_code == 403  # no token configured: writes are off
    finally:
        process.terminate()
        process.wait(timeout=20)
