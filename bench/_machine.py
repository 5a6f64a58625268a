"""The machine a benchmark ran on, as every section of BENCHMARKS.md names it."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_gb() -> int | None:
    try:
        return round(int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024)
    except (OSError, ValueError, IndexError):
        return None


def python() -> str:
    """ "3.11.2 (/usr/bin/python3.11)": the version and the interpreter (builds of one version
    differ in speed: optimised with PGO and LTO, as Debian's, or not, as pyenv's by default)."""
    return f"{platform.python_version()} ({os.path.realpath(sys.executable)})"


def describe(*, memory: bool = False) -> str:
    """ "AMD EPYC, 2 cores, 24 GB RAM, Python 3.11.2 (/usr/bin/python3.11)" """
    ram = memory_gb() if memory else None
    parts = [cpu_model(), f"{os.cpu_count()} cores"]
    if ram:
        parts.append(f"{ram} GB RAM")
    parts.append(f"Python {python()}")
    return ", ".join(parts)


def readers() -> str:
    """Whether the readers ran compiled (mypyc) or as pure Python: speed figures depend on it."""
    from newsdesk._speedups import status

    return status().describe()
