"""A throwaway PostgreSQL server (initdb + pg_ctl in a temporary directory, on a free loopback
port), for the tests and benchmarks that run the corpus against a real PostgreSQL.

PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

PG_BIN = Path(os.environ.get("NEWSDESK_PG_BIN", "/usr/lib/postgresql/15/bin"))


class PostgresUnavailable(RuntimeError):
    """The binaries are missing or the server would not start; the message says which."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


class TempPostgres:
    def __init__(self, root: Path | None = None) -> None:
        self.root = root or Path(tempfile.mkdtemp(prefix="newsdesk-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> TempPostgres:
        for tool in ("initdb", "pg_ctl"):
            if not (PG_BIN / tool).exists():
                raise PostgresUnavailable(
                    f"{PG_BIN / tool} not found (apt-get install postgresql or set NEWSDESK_PG_BIN)"
                )
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                raise PostgresUnavailable("running as root and runuser is missing")
            shutil.chown(self.root, "postgres", "postgres")
        initdb = [str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--locale=C", "--no-sync"]  # fmt: skip
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        pg_ctl = [str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.root / "server.log"), "-w", "start"]  # fmt: skip
        try:
            subprocess.run(_as_postgres(initdb), check=True, capture_output=True)
            subprocess.run(_as_postgres(pg_ctl), check=True, capture_output=True)
        except subprocess.CalledProcessError as exc:
            log = self.root / "server.log"
            detail = (exc.stderr or b"").decode(errors="replace")[-400:]
            if log.exists():
                detail += log.read_text(errors="replace")[-400:]
            raise PostgresUnavailable(f"PostgreSQL could not start: {detail}") from exc
        return self

    def stop(self) -> None:
        stop = [str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]
        subprocess.run(_as_postgres(stop), capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def create_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`); returns its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        clause = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{clause}')
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"
