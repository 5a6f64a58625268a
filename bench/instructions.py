"""Instructions per pass of the readers over one aeb format, counted by callgrind.

    uv run python bench/instructions.py                    # text-w3m: first pass, steady pass
    uv run python bench/instructions.py --top 30           # and the 30 costliest functions
    uv run python bench/instructions.py --format html --passes 1

A speed figure that does not move with the machine's load: a process readied as
bench/extraction.py readies newsdesk's (imports, `warm_up`, `settle_heap`, one page read as its
warm-up), then reads the format's pages once (the first pass: date parsers and caches cold, the
pass bench/extraction.py times) and again (a steady pass), each pass counted on its own.
PYTHONHASHSEED=0, so a run repeats to within a few hundred thousand instructions.

How: the script runs itself under `valgrind --tool=callgrind --collect-atstart=no` and runs each
pass through `sys.call_tracing` (a C function nothing else calls), which callgrind is told to
count (`--toggle-collect`) and to dump after (`--dump-after`): one profile per pass. --top prints
callgrind_annotate's inclusive list of each pass; --keep DIR keeps the profiles.
callgrind finds that function by its symbol: Debian's interpreter (/usr/bin/python3.11, the one
.python-versions names) is stripped, its symbols are in `apt-get install python3.11-dbg`.
Under callgrind a pass takes about 100 times its CPU time (a minute or two for text-w3m).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

FORMATS = ("html", "text-w3m", "text-inscriptis")
# The C function each pass runs in (sys.call_tracing), by the names interpreters give it: a build
# with link-time optimisation calls it "sys_call_tracing.lto_priv.0". Not a pattern: where the
# function is not inlined, "sys_call_tracing*" also names its _impl, and entering that toggles
# the count off again.
MARKS = ("sys_call_tracing", "sys_call_tracing.lto_priv.0")


def child(fmt: str, passes: int) -> None:
    """Under callgrind: ready the readers as bench/extraction.py does, then run the passes."""
    from newsdesk.eval.extraction import DEFAULT_DIR, load_bench, newsdesk_extractor, read_bytes
    from newsdesk.extract.core import ExtractError

    pages = load_bench(DEFAULT_DIR, fmt)
    run = newsdesk_extractor(fmt)  # warm_up() and settle_heap()
    inputs = [(p, read_bytes(p.path)) for p in pages]

    def one(page, data) -> None:
        with contextlib.suppress(ExtractError):
            run(page, data)

    one(*inputs[0])  # bench/extraction.py's warm-up page

    def read_all() -> None:
        for page, data in inputs:
            one(page, data)

    for _ in range(passes):
        sys.call_tracing(read_all, ())


_TOTALS = re.compile(r"^(?:totals|summary):\s+(\d+)", re.M)


def _total(profile: Path) -> int:
    found = _TOTALS.findall(profile.read_text(errors="replace"))
    return int(found[-1]) if found else 0


def _callgrind(mark: str, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--toggle-collect={mark}"]
    cmd += [f"--dump-after={mark}", f"--callgrind-out-file={out}", sys.executable, *args]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    return subprocess.run(cmd, env=env, capture_output=True, text=True)


def _mark(folder: Path) -> str:
    """The name this interpreter's sys.call_tracing has for callgrind: the one a call counts."""
    probe = folder / "probe.out"
    for mark in MARKS:
        _callgrind(mark, probe, "-c", "import sys; sys.call_tracing(sum, ((1, 2),))")
        counted = any(_total(p) > 0 for p in folder.glob("probe.out*"))
        for p in folder.glob("probe.out*"):
            p.unlink()
        if counted:
            return mark
    sys.exit(
        f"callgrind finds none of {', '.join(MARKS)} in {sys.executable}: a stripped "
        "interpreter (on Debian, apt-get install python3.11-dbg)"
    )


def measure(fmt: str, passes: int, top: int, keep: Path | None) -> list[int]:
    if not shutil.which("valgrind"):
        sys.exit("valgrind is not installed (apt-get install -y valgrind)")
    folder = Path(tempfile.mkdtemp(prefix="instructions-")) if keep is None else keep
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("callgrind.out*"):
        old.unlink()
    done = _callgrind(
        _mark(folder),
        folder / "callgrind.out",
        __file__,
        "--child",
        "--format",
        fmt,
        "--passes",
        str(passes),
    )
    if done.returncode != 0:
        sys.exit(f"valgrind failed ({done.returncode}):\n{done.stderr[-3000:]}")
    dumps = sorted(
        (p for p in folder.glob("callgrind.out.*") if p.suffix[1:].isdigit()),
        key=lambda p: int(p.suffix[1:]),
    )
    counts = [_total(p) for p in dumps if _total(p) > 0][:passes]
    names = ["first pass", "steady pass"] + [f"pass {i + 1}" for i in range(2, passes)]
    for name, count, profile in zip(names, counts, dumps, strict=False):
        print(f"{fmt} {name}: {count / 1e6:,.1f} M instructions")
        if top:
            annotate = subprocess.run(
                ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(profile)],
                capture_output=True,
                text=True,
            )
            lines = [ln for ln in annotate.stdout.splitlines() if re.match(r"^\s*[\d,]+ \(", ln)]
            print("\n".join(lines[: top + 1]))
    if keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--format", default="text-w3m", choices=FORMATS)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--top", type=int, default=0, help="the N costliest functions (inclusive)")
    parser.add_argument("--keep", type=Path, help="keep the callgrind profiles in this folder")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.format, args.passes)
    else:
        measure(args.format, args.passes, args.top, args.keep)


if __name__ == "__main__":
    main()
