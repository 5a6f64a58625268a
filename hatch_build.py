"""Build hook: compile the readers' hot modules with mypyc (the way black ships its wheels).

The modules named in pyproject.toml (`[tool.hatch.build.targets.wheel.hooks.custom] compiled`)
are compiled together into C extensions and placed in `newsdesk/_compiled/` with a manifest of the
exact sources they were built from; `newsdesk/_speedups.py` loads them at run time only while every
source still matches. An editable install (`uv sync`) compiles into the source tree (the folder is
git-ignored); a wheel carries them inside. The Python sources ship either way and stay the
reference: where compiling is impossible (no C compiler) or turned off
(`NEWSDESK_PURE_PYTHON=1` at build time), the build warns and newsdesk runs as pure Python.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

GROUP = "newsdesk_speedups"  # mypyc's shared library: <GROUP>__mypyc<suffix>

# mypy's types only steer the compiler here: the tests, not the type checker, hold the compiled
# modules to the source's behaviour (and every compiled call checks its arguments' types).
_MYPY_CONFIG = """\
[mypy]
ignore_missing_imports = True
follow_imports = silent
[mypy-newsdesk.*]
ignore_errors = True
"""

_SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="newsdesk-compiled",
    packages=[],
    ext_modules=mypycify(
        ["--config-file", "mypy.ini", *sys.argv.pop(1).split(",")], group_name={group!r}
    ),
)
"""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _module_name(relative: str) -> str:
    return relative.removesuffix(".py").replace("/", ".")


def compile_modules(root: Path, modules: list[str], out: Path) -> dict[str, Any]:
    """Compile `modules` (paths relative to `root`) into `out`; returns the manifest written.

    mypy reads the whole package to type the compiled modules, so a copy of its sources is
    compiled in a scratch folder: nothing is written beside the sources but `out`."""
    suffix = EXTENSION_SUFFIXES[0]
    with tempfile.TemporaryDirectory(prefix="newsdesk-mypyc-") as scratch:
        work = Path(scratch)
        shutil.copytree(root / "newsdesk", work / "newsdesk", ignore=_not_python)
        (work / "mypy.ini").write_text(_MYPY_CONFIG)
        (work / "setup.py").write_text(_SETUP.format(group=GROUP))
        command = [sys.executable, "setup.py", ",".join(modules), "build_ext"]
        built = subprocess.run(
            [*command, "--build-lib", "lib", "--build-temp", "tmp"],
            cwd=work,
            capture_output=True,
            text=True,
        )
        if built.returncode:
            raise RuntimeError(built.stdout[-4000:] + built.stderr[-4000:])
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        lib = work / "lib"
        manifest: dict[str, Any] = {
            "suffix": suffix,
            "group": f"{GROUP}__mypyc{suffix}",
            "modules": {},
        }
        shutil.copy2(lib / manifest["group"], out / manifest["group"])
        for relative in modules:
            name = _module_name(relative)
            target = f"{name}{suffix}"
            shutil.copy2(lib / f"{relative.removesuffix('.py')}{suffix}", out / target)
            manifest["modules"][name] = {
                "source": relative,
                "sha256": _sha256(root / relative),
                "file": target,
            }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    return manifest


def _not_python(folder: str, names: list[str]) -> list[str]:
    return [
        n
        for n in names
        if not (n.endswith((".py", ".pyi")) or (Path(folder) / n).is_dir())
        or n in ("__pycache__", "_compiled", "samples")
    ]


def pure_python_requested() -> bool:
    # As newsdesk/settings.py reads a boolean setting: the build cannot import newsdesk itself.
    return os.environ.get("NEWSDESK_PURE_PYTHON", "").strip().lower() in {"1", "true", "yes", "on"}


class CompileHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        editable = version == "editable"
        if pure_python_requested():
            shutil.rmtree(root / "newsdesk" / "_compiled", ignore_errors=True)
            self.app.display_info("newsdesk: NEWSDESK_PURE_PYTHON set, not compiling the readers")
            return
        # An editable install runs from the source tree, so the modules go there; a wheel takes
        # them from a scratch folder, removed once the wheel is written (finalize).
        if editable:
            out = root / "newsdesk" / "_compiled"
        else:
            out = self._scratch = Path(tempfile.mkdtemp(prefix="newsdesk-compiled-"))
        modules = list(self.config.get("compiled", []))
        try:
            compile_modules(root, modules, out)
        except Exception as exc:  # no compiler, no headers...: pure Python still works
            self.app.display_warning(
                f"newsdesk: compiling the readers with mypyc failed; they will run as pure "
                f"Python (slower, same output).\n{exc}"
            )
            return
        self.app.display_info(f"newsdesk: compiled {len(modules)} reader modules with mypyc")
        if not editable:
            build_data["force_include"][str(out)] = "newsdesk/_compiled"
            build_data["pure_python"] = False
            build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
