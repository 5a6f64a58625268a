"""Every setting newsdesk reads, declared once with its default and help text.

A setting is read from the environment (``NEWSDESK_<NAME>``) unless a command-line option
overrides it; nothing else in the code reads the environment directly.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return f"NEWSDESK_{self.name.upper()}"

    def get(self) -> Any:
        raw = os.environ.get(self.env)
        if raw is None:
            return self.default
        if isinstance(self.default, bool):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if isinstance(self.default, int):
            return int(raw)
        if isinstance(self.default, float):
            return float(raw)
        return raw


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("db", "newsdesk.db", "Database: a SQLite path or a postgresql:// URL."),
        Setting(
            "max_capture_bytes",
            50 * 1024 * 1024,
            "Largest capture accepted (after gzip decompression), in bytes.",
        ),
        Setting("workers", 0, "Worker processes for batch work; 0 means one per core."),
        Setting("token", "", "Bearer token required for API writes; empty disables writes."),
        Setting("fetch_timeout", 20.0, "Seconds before a URL fetch gives up."),
        Setting("user_agent", "newsdesk/0.1 (+https://example.org/newsdesk)", "HTTP User-Agent."),
        Setting(
            "story_threshold",
            0.2,
            "Cosine similarity (TF-IDF, headline + body) an article needs to join a story.",
        ),
        Setting(
            "story_window_days",
            4.0,
            "Days without news after which a story leaves the active set (revived only by a "
            "close match).",
        ),
        Setting(
            "cache_dir",
            "~/.cache/newsdesk",
            "Where compiled pattern databases are kept between runs; empty: build them each run.",
        ),
        Setting(
            "pure_python",
            False,
            "Run the readers from their Python source even where mypyc compiled them at install "
            "(same output, slower); also, set at install time, skips compiling them.",
        ),
    )
}


def setting(name: str) -> Any:
    """The current value of one declared setting."""
    return SETTINGS[name].get()
