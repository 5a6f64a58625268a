"""The mypyc-compiled readers: loaded only while they match their sources, and reading every
page exactly as the Python sources do."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsdesk
from newsdesk import _speedups

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# Page JSON of every input given, one line each, with and without a fixed capture time.
_DUMP = """
import gzip, json, sys
from datetime import datetime
from pathlib import Path
from newsdesk._speedups import status
from newsdesk.extract.core import extract
from newsdesk.records import Capture
print(json.dumps({"compiled": status().compiled}))
for when in (None, datetime(2024, 5, 1, 12)):
    for name in sys.argv[1:]:
        path = Path(name)
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        try:
            page = extract(Capture(source=path.name, data=data, captured_at=when)).to_dict()
            print(path.name, json.dumps(page, ensure_ascii=False, sort_keys=True))
        except Exception as exc:
            print(path.name, "ERROR", type(exc).__name__, exc)
"""


def _inputs() -> list[str]:
    samples = Path(newsdesk.__file__).parent / "samples"
    paths = [p for p in sorted(samples.iterdir()) if p.is_file() and p.name != "README.md"]
    for folder in ("seeds", "bench/aeb/text-w3m", "bench/aeb/text-inscriptis", "bench/aeb/html",
                   "bench/dates/html"):  # fmt: skip
        if (SHARED / folder).is_dir():
            paths += sorted(p for p in (SHARED / folder).iterdir() if p.is_file())
    return [str(p) for p in paths]


def _dump(paths: list[str], *, pure: bool) -> tuple[bool, list[str]]:
    env = {**os.environ, "NEWSDESK_PURE_PYTHON": "1" if pure else "0"}
    run = subprocess.run(
        [sys.executable, "-c", _DUMP, *paths], env=env, capture_output=True, text=True, check=True
    )
    first, *pages = run.stdout.splitlines()
    return json.loads(first)["compiled"], pages


def test_compiled_readers_read_every_page_as_the_sources_do():
    if not _speedups.status().compiled:
        pytest.skip(f"this install runs the readers as {_speedups.status().describe()}")
    paths = _inputs()
    compiled, fast = _dump(paths, pure=False)
    pure, slow = _dump(paths, pure=True)
    assert compiled and not pure
    assert len(fast) == 2 * len(paths)
    for a, b in zip(fast, slow, strict=True):
        assert a == b


def test_the_pure_python_setting_loads_the_sources():
    code = (
        "import newsdesk.extract.text.lines as m; from newsdesk._speedups import status; "
        "print(m.__spec__.origin, status().describe())"
    )
    env = {**os.environ, "NEWSDESK_PURE_PYTHON": "1"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert out.split()[0].endswith("lines.py")
    assert "NEWSDESK_PURE_PYTHON" in out


def _fake_build(tmp_path: Path, source_text: str) -> tuple[Path, Path]:
    """A package with one module and a 'compiled' folder whose manifest records its source."""
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    source = package / "sub" / "mod.py"
    source.write_text(source_text)
    folder = package / "_compiled"
    folder.mkdir()
    suffix = _speedups.EXTENSION_SUFFIXES[0]
    (folder / f"pkg.sub.mod{suffix}").write_bytes(b"")
    (folder / f"group__mypyc{suffix}").write_bytes(b"")
    manifest = {
        "suffix": suffix,
        "group": f"group__mypyc{suffix}",
        "modules": {
            "pkg.sub.mod": {
                "source": "pkg/sub/mod.py",
                "sha256": hashlib.sha256(b"x = 1\n").hexdigest(),
                "file": f"pkg.sub.mod{suffix}",
            }
        },
    }
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return folder, package


def test_check_takes_compiled_modules_that_match_their_source(tmp_path):
    folder, package = _fake_build(tmp_path, "x = 1\n")
    files, reason = _speedups.check(folder, package)
    assert reason == ""
    assert set(files) == {"pkg.sub.mod", "group__mypyc"}


def test_check_refuses_them_all_once_a_source_changed(tmp_path):
    folder, package = _fake_build(tmp_path, "x = 2\n")
    files, reason = _speedups.check(folder, package)
    assert files == {}
    assert "pkg/sub/mod.py changed since it was compiled" in reason


def test_check_without_a_build_or_for_another_python(tmp_path):
    files, reason = _speedups.check(tmp_path / "nothing", tmp_path)
    assert files == {} and "not compiled" in reason
    folder, package = _fake_build(tmp_path, "x = 1\n")
    manifest = json.loads((folder / "manifest.json").read_text())
    (folder / "manifest.json").write_text(json.dumps({**manifest, "suffix": ".cpython-27.so"}))
    files, reason = _speedups.check(folder, package)
    assert files == {} and "another Python" in reason
    (folder / "manifest.json").write_text("{not json")
    files, reason = _speedups.check(folder, package)
    assert files == {} and "unreadable" in reason
    (folder / "manifest.json").write_text(json.dumps({**manifest, "modules": {"x": {}}}))
    files, reason = _speedups.check(folder, package)
    assert files == {} and "malformed" in reason


def test_the_compiled_modules_type_check(tmp_path):
    """Compiled code checks declared types as it runs: a value of another type than its
    annotation (a None where a str is declared) is a TypeError there, not in the sources. So
    every compiled module must type-check clean."""
    import tomllib

    root = Path(newsdesk.__file__).resolve().parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text())
    modules = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["compiled"]
    assert modules
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--ignore-missing-imports",
            "--follow-imports=silent",
            "--cache-dir",
            str(tmp_path),
            *modules,
        ],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_install_compiled_the_readers():
    """Where the readers are expected compiled (NEWSDESK_EXPECT_COMPILED=1: .ci/run sets it on
    a machine with a C compiler), they are: a module mypyc refuses (a string literal holding a
    surrogate, say, which mypy passes) makes the build fall back to pure Python with only a
    warning, and every test would still pass, slower."""
    if os.environ.get("NEWSDESK_EXPECT_COMPILED") != "1":
        pytest.skip("NEWSDESK_EXPECT_COMPILED is not set")
    assert _speedups.status().compiled, _speedups.status().describe()
