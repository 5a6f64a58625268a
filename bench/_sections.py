"""BENCHMARKS.md sections: each benchmark rewrites the text between its own begin and end markers
(or appends its section when they are missing) and leaves every other section as it was."""

from __future__ import annotations

import argparse
from pathlib import Path


def page_set_parser(doc: str | None) -> argparse.ArgumentParser:
    """The options every page-set benchmark takes: --no-write and --fetch-only."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print, do not touch BENCHMARKS.md")
    parser.add_argument("--fetch-only", action="store_true", help="build the page set and stop")
    return parser


def write_section(path: Path, begin: str, end: str, section: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        text = head + section.rstrip("\n") + rest.split(end, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")
