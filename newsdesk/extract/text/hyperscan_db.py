"""Hyperscan databases built once per machine, not once per process.

Compiling the text reader's patterns into an automaton takes Hyperscan about 0.2 s, as long as
reading 70 pages; a command reading one page would pay it every run. The compiled database is
kept in the cache directory (setting `cache_dir`), named by a digest of everything it was built
from (the expressions, their ids and flags, Hyperscan's version): a changed pattern gets a new
file, never a stale automaton. A file that is missing, unreadable, damaged or built for another
platform is compiled again; a cache that cannot be written is done without.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from newsdesk.settings import setting

try:
    import hyperscan
except ImportError:  # wheels for x86-64 only: without it, the text reader's tests ask sre
    hyperscan = None


def _cache_dir() -> Path | None:
    where = setting("cache_dir")
    return Path(where).expanduser() if where else None


def database(name: str, expressions: list[bytes], ids: list[int], flags: list[int]) -> object:
    """A block-mode database of `expressions`, loaded from the cache when it was built before
    (only where `hyperscan` imported)."""
    key = repr((hyperscan.__version__, expressions, ids, flags)).encode()
    path = None
    folder = _cache_dir()
    if folder is not None:
        path = folder / f"{name}-{hashlib.sha256(key).hexdigest()[:24]}.hsdb"
        try:
            db = hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
            db.scratch = hyperscan.Scratch(db)  # a loaded database comes without one
            return db
        except (OSError, hyperscan.error):
            pass  # not built yet here, or not usable: build it
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(expressions=expressions, ids=ids, elements=len(expressions), flags=flags)
    if path is not None:
        _store(path, hyperscan.dumpb(db))
    return db


def _store(path: Path, data: bytes) -> None:
    """Write the file whole or not at all (a process reading it meanwhile sees no half)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass  # a read-only home, a full disk: compile again next time
