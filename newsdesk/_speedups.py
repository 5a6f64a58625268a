"""Use the mypyc-compiled reader modules, but only while they match the source exactly.

The build (hatch_build.py) compiles the hot modules of the readers into `_compiled/` next to this
file, with a manifest of the SHA-256 of each source it compiled. `install()` (run when `newsdesk`
is imported) puts a finder first on `sys.meta_path` that loads those modules from their compiled
form, all of them or none: compiled modules call each other directly, so one edited source (until
the next `uv sync`) sends every one of them back to its Python source. `NEWSDESK_PURE_PYTHON=1`
does the same on purpose. Either way a page reads the same: a test holds them to each other.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from importlib.abc import MetaPathFinder
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader, ModuleSpec
from importlib.util import spec_from_file_location
from pathlib import Path
from types import ModuleType

PACKAGE = Path(__file__).parent
COMPILED = PACKAGE / "_compiled"


@dataclass(frozen=True)
class Status:
    compiled: bool
    modules: tuple[str, ...]  # the modules loaded compiled
    reason: str  # why not, when not

    def describe(self) -> str:
        if self.compiled:
            return f"compiled (mypyc: {len(self.modules)} reader modules)"
        return f"pure Python ({self.reason})"


class _CompiledFinder(MetaPathFinder):
    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files

    def find_spec(
        self, fullname: str, path: object = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        file = self.files.get(fullname)
        if file is None:
            return None
        return spec_from_file_location(
            fullname, file, loader=ExtensionFileLoader(fullname, str(file))
        )


def check(folder: Path = COMPILED, package: Path = PACKAGE) -> tuple[dict[str, Path], str]:
    """The compiled files to load by module name (the shared library included), or no files
    and the reason."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text())
    except FileNotFoundError:
        return {}, "the readers were not compiled: mypyc was off or failed at install"
    except (OSError, ValueError) as exc:
        return {}, f"{folder / 'manifest.json'} is unreadable: {exc}"
    try:
        return _matching(manifest, folder, package)
    except (KeyError, TypeError, AttributeError) as exc:  # `import newsdesk` must not fail here
        return {}, f"{folder / 'manifest.json'} is malformed: {exc!r}"


def _matching(manifest: dict, folder: Path, package: Path) -> tuple[dict[str, Path], str]:
    if manifest.get("suffix") not in EXTENSION_SUFFIXES:
        return {}, f"compiled for another Python ({manifest.get('suffix')})"
    files: dict[str, Path] = {}
    for name, entry in manifest["modules"].items():
        source = package.parent / entry["source"]
        try:
            current = hashlib.sha256(source.read_bytes()).hexdigest()
        except OSError:
            return {}, f"{entry['source']} is missing"
        if current != entry["sha256"]:
            return {}, (
                f"{entry['source']} changed since it was compiled "
                "(`uv sync --reinstall-package newsdesk` compiles it again)"
            )
        files[name] = folder / entry["file"]
    group = manifest["group"]
    files[group.split(".", 1)[0]] = folder / group  # mypyc's shared library, a top-level module
    if not all(f.is_file() for f in files.values()):
        return {}, f"{folder} is incomplete"
    return files, ""


_status = Status(compiled=False, modules=(), reason="not installed yet")


def install(pure_python: bool = False) -> Status:
    """Load the compiled modules from now on, if they match the source; once per process."""
    global _status
    if any(isinstance(f, _CompiledFinder) for f in sys.meta_path):
        return _status
    if pure_python:
        _status = Status(False, (), "NEWSDESK_PURE_PYTHON is set")
        return _status
    files, reason = check()
    if not files:
        _status = Status(False, (), reason)
        return _status
    already = [name for name in files if name in sys.modules]
    if already:  # imported from source before us: mixing the two would break the group
        _status = Status(False, (), f"imported before the compiled modules: {already}")
        return _status
    sys.meta_path.insert(0, _CompiledFinder(files))
    modules = tuple(sorted(n for n in files if n.startswith("newsdesk.")))
    _status = Status(True, modules, "")
    return _status


def status() -> Status:
    return _status
