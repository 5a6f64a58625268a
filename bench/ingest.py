"""Ingest benchmark: pages/s into SQLite without enrichment, and peak RSS at 10k/100k captures.

    uv run python bench/ingest.py throughput [--copies 8] [--repeat 3]
    uv run python bench/ingest.py memory [--sizes 10000 100000]

Throughput: the AEB text dumps (w3m + inscriptis) and the AEB + dates HTML pages, each page
written `--copies` times with a different trailing byte run (distinct captures, same text), read
from files by `newsdesk ingest --no-enrich` with 2 workers into a fresh SQLite file, `--repeat`
times (best and median reported). Each run is paired with an ingest of a quarter of the copies:
the difference between the two (pages, wall-clock seconds, CPU seconds) is the steady-state
rate of a long ingest, with the one-off start-up (imports, warm-up, pool) dropped out, both as
wall-clock pages/s on this machine and as the rate the CPU time gives on 2 dedicated cores.
Peer, after each HTML run: trafilatura.extract alone over the HTML pages (one copy) in a
2-process pool (no storage).

Memory: `newsdesk ingest` over a JSON Lines crawl of N synthetic news-please records (text from
the bench pages, see corpus_data.py), RSS of the whole process tree sampled every 0.2 s.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import psutil

from newsdesk.corpus.ingest import CHUNK

sys.path.insert(0, str(Path(__file__).parent))
from _machine import readers
from corpus_data import shared_bench, synthetic_articles


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    mem = psutil.virtual_memory().total / 2**30
    return (
        f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, Python {platform.python_version()}, "
        f"load {os.getloadavg()[0]:.1f}; readers {readers()}"
    )


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def write_copies(sources: list[Path], out: Path, copies: int) -> int:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for path in sources:
        data = _read(path)
        stem = path.name.removesuffix(".gz")
        for c in range(copies):
            (out / f"{c}-{path.parent.name}-{stem}").write_bytes(data + b"\n" * (c + 1))
            n += 1
    return n


HOOKS: list[str] = ["--no-hooks"]  # corpus only; `--hooks` adds story clustering


# The ingest process writes its own CPU time (reader and writer, without its workers) at exit.
_INGEST = """
import atexit, os, resource
def _own_cpu():
    used = resource.getrusage(resource.RUSAGE_SELF)
    with open(os.environ["BENCH_OWN_CPU"], "w") as out:
        out.write(str(used.ru_utime + used.ru_stime))
atexit.register(_own_cpu)
from newsdesk.cli import main
main()
"""


def run_ingest(source: Path, db: Path, *extra: str) -> tuple[dict, float]:
    """Run `newsdesk ingest` in a subprocess; returns its JSON report (plus `cpu_seconds`, the
    user+system time of the process and its workers, and `writer_cpu_seconds`, the process's
    own: reading, storing and the workers' results) and peak tree RSS (MiB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    own_cpu = db.with_name(db.name + ".cpu")
    cmd = [sys.executable, "-c", _INGEST, "ingest", str(source),
           "--db", str(db), "--no-enrich", "--workers", "2", "--json", *HOOKS, *extra]  # fmt: skip
    env = {**os.environ, "BENCH_OWN_CPU": str(own_cpu)}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    parent = psutil.Process(proc.pid)
    peak = 0.0
    while proc.poll() is None:
        try:
            tree = [parent, *parent.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()) / 2**20)
        except psutil.Error:
            pass
        time.sleep(0.2)
    out = proc.stdout.read().decode()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = [line for line in out.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"ingest printed no report (exit {proc.returncode})")
    report = json.loads(lines[-1])
    report["cpu_seconds"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    report["writer_cpu_seconds"] = float(own_cpu.read_text())
    return report, peak


STARTUP_CPU = [0.0]  # CPU seconds of an ingest of one short page (33 times), measured once

# Written for the bench about a fictional town: the smallest capture that starts everything.
STARTUP_PAGE = b"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Bridge repairs finish early in Lower Quillon</title></head><body><article>
<h1>Bridge repairs finish early in Lower Quillon</h1>
<p>The footbridge over the Quill reopened on Friday, two weeks ahead of plan, the fictional
Quillon works office said. Crews replaced forty planks and both handrails.</p>
</article></body></html>"""


def measure_startup(root: Path) -> float:
    """CPU of an ingest of one short page, written as three chunks' worth of captures: the
    imports, the readers' warm-up in the parent before the pool forks (dateparser's languages,
    about 0.5 s) and the pool's start, which a large ingest pays once. (An ingest of nothing
    starts neither warm-up nor pool, and one of a single chunk is read in-process without
    either: subtracting those charged warm-up and pool to the pages.)"""
    one = root / "startup"
    one.mkdir(exist_ok=True)
    for n in range(2 * CHUNK + 1):
        (one / f"bridge-{n}.html").write_bytes(STARTUP_PAGE + b"\n" * n)
    report, _peak = run_ingest(one, root / "startup.db")
    STARTUP_CPU[0] = report["cpu_seconds"]
    return STARTUP_CPU[0]


def cpu_per_page(report: dict) -> float:
    """CPU seconds a page, all processes, start-up excluded."""
    return (report["cpu_seconds"] - STARTUP_CPU[0]) / max(report["pages"], 1)


def spread(runs: list[dict], peers: list[float]) -> str:
    """Best and median of repeated runs: on a shared host other tenants only ever add CPU time
    (contention for caches and cores), so the best run is the closest to the code's own cost,
    and the median says how a typical run fares. With a peer measured after each run, the
    median of the per-run ratios too."""
    per_page = sorted(cpu_per_page(r) for r in runs)
    best, median = per_page[0], statistics.median(per_page)
    line = (
        f"best {2 / best:.0f} pages/s on 2 dedicated cores ({best * 1000:.1f} ms CPU/page), "
        f"median {2 / median:.0f} ({median * 1000:.1f} ms)"
    )
    if peers:
        ratios = [cpu_per_page(r) / p for r, p in zip(runs, peers, strict=True)]
        line += f"; newsdesk / trafilatura CPU a page: median {statistics.median(ratios):.2f}"
    return line


def cpu_rate(report: dict) -> str:
    """Pages per second the same CPU time gives on 2 dedicated cores (the machine is shared:
    wall-clock rates depend on what else runs; CPU time does not). Start-up CPU excluded."""
    per_page = cpu_per_page(report)
    return f"{2 / per_page:.0f} pages/s on 2 dedicated cores ({per_page * 1000:.1f} ms CPU/page)"


def marginal(small: dict, large: dict) -> tuple[float, float, float]:
    """(wall-clock pages/s, CPU pages/s on 2 dedicated cores, the ingest process's own ms CPU a
    page) between a smaller and a larger run of the same pages: costs paid once per run
    (imports, the readers' warm-up, the pool's start, caches filling) drop out, as they do from
    a long ingest."""
    pages = max(large["pages"] - small["pages"], 1)
    wall = max(large["seconds"] - small["seconds"], 1e-9)
    cpu = (large["cpu_seconds"] - small["cpu_seconds"]) / pages
    writer = (large["writer_cpu_seconds"] - small["writer_cpu_seconds"]) / pages
    return pages / wall, 2 / cpu, writer * 1000


def steady_line(pairs: list[tuple[float, float, float]]) -> str:
    walls = sorted(p[0] for p in pairs)
    cpus = sorted(p[1] for p in pairs)
    writers = sorted(p[2] for p in pairs)
    return (
        f"steady state ({len(pairs)} pairs): wall-clock best {walls[-1]:.0f}, median "
        f"{statistics.median(walls):.0f} pages/s on this machine; CPU best {cpus[-1]:.0f}, median "
        f"{statistics.median(cpus):.0f} pages/s on 2 dedicated cores; ingest process "
        f"{statistics.median(writers):.2f} ms CPU a page (median)"
    )


def first_copies(folder: Path, copies: int) -> Path:
    """A folder of the first `copies` copies of every page (hard links to the full set)."""
    out = folder.with_name(f"{folder.name}-{copies}")
    out.mkdir()
    for f in folder.iterdir():
        if int(f.name.split("-", 1)[0]) < copies:
            os.link(f, out / f.name)
    return out


def _trafilatura_one(path: str) -> float:
    """CPU seconds trafilatura.extract takes on one file."""
    import trafilatura

    start = time.process_time()
    trafilatura.extract(Path(path).read_bytes().decode("utf-8", errors="replace"))
    return time.process_time() - start


def peer_trafilatura(folder: Path) -> tuple[float, float]:
    """Wall pages/s in a 2-process pool, and CPU seconds per page."""
    files = [str(p) for p in sorted(folder.iterdir())]
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_trafilatura_one, files[:4]))  # warm the workers
        start = time.perf_counter()
        cpu = sum(pool.map(_trafilatura_one, files, chunksize=8))
        return len(files) / (time.perf_counter() - start), cpu / len(files)


def throughput(copies: int, repeat: int) -> None:
    bench = shared_bench()
    text = sorted((bench / "aeb" / "text-w3m").iterdir()) + sorted(
        (bench / "aeb" / "text-inscriptis").iterdir()
    )
    html = sorted((bench / "aeb" / "html").iterdir()) + sorted((bench / "dates" / "html").iterdir())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        n_text = write_copies(text, root / "text", copies)
        n_html = write_copies(html, root / "html", copies)
        print(f"machine: {machine()}")
        startup = measure_startup(root)
        print(f"start-up (ingest of one short page, 33 times): {startup:.1f} s CPU, excluded below")
        quarter = max(copies // 4, 1)
        for name, folder, n in (
            ("text dumps", root / "text", n_text),
            ("HTML", root / "html", n_html),
        ):
            runs: list[dict] = []
            peers: list[float] = []
            pairs: list[tuple[float, float, float]] = []
            small_folder = first_copies(folder, quarter) if quarter < copies else None
            if copies == 1:
                one_copy = folder
            elif small_folder is not None and quarter == 1:
                one_copy = small_folder  # the quarter is the first copy already
            else:
                one_copy = first_copies(folder, 1)
            for r in range(repeat):
                if small_folder is not None:
                    small, _ = run_ingest(small_folder, root / f"{name[:4]}-small-{r}.db")
                report, peak = run_ingest(folder, root / f"{name[:4]}-{r}.db")
                runs.append(report)
                print(
                    f"{name}: {n} captures -> {report['pages']} pages, {report['articles']} "
                    f"articles, {report['errors']} errors in {report['seconds']:.1f}s = "
                    f"{report['pages_per_second']:.1f} pages/s wall; {cpu_rate(report)}; "
                    f"peak RSS {peak:.0f} MiB"
                )
                if small_folder is not None:
                    pairs.append(marginal(small, report))
                    wall, cpu, writer = pairs[-1]
                    print(
                        f"  against {small['pages']} pages ({quarter} copies): {wall:.0f} pages/s "
                        f"wall-clock, {cpu:.0f} on 2 dedicated cores at steady state (ingest "
                        f"process {writer:.2f} ms CPU a page)"
                    )
                if folder.name == "html":
                    # Right after, on the same pages: how busy the shared machine is moves both
                    # figures alike, so their ratio says more than either alone.
                    _rate, peer_cpu = peer_trafilatura(one_copy)
                    peers.append(peer_cpu)
                    ours = cpu_per_page(report)
                    print(
                        f"  peer on these HTML pages: trafilatura.extract {peer_cpu * 1000:.1f} "
                        f"ms CPU/page (no storage); newsdesk ingest = {ours / peer_cpu:.2f} of it"
                    )
            if repeat > 1:
                print(f"  {name}, {repeat} runs: {spread(runs, peers)}")
            if pairs:
                print(f"  {name}, {steady_line(pairs)}")
        both = root / "both"
        both.mkdir()
        for folder in (root / "text", root / "html"):
            for f in folder.iterdir():
                f.rename(both / f"{folder.name}-{f.name}")
        report, peak = run_ingest(both, root / "both.db")
        print(
            f"text + HTML: {report['pages']} pages in {report['seconds']:.1f}s = "
            f"{report['pages_per_second']:.1f} pages/s wall; {cpu_rate(report)}; "
            f"peak RSS {peak:.0f} MiB"
        )
        rate, cpu = peer_trafilatura(both)
        print(f"peer: trafilatura.extract alone, same {n_text + n_html} files, 2 processes: "
              f"{rate:.1f} pages/s wall; {2 / cpu:.0f} pages/s on 2 dedicated cores "
              f"({cpu * 1000:.1f} ms CPU/page; no storage)")  # fmt: skip


def memory(sizes: list[int]) -> None:
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        startup = measure_startup(root)
        print(f"start-up (ingest of one short page, 33 times): {startup:.1f} s CPU, excluded below")
        for n in sizes:
            crawl = root / f"crawl-{n}.jsonl"
            with crawl.open("w") as out:
                for record in synthetic_articles(n, seed=n):
                    out.write(json.dumps(record) + "\n")
            report, peak = run_ingest(crawl, root / f"mem-{n}.db")
            db_mib = (root / f"mem-{n}.db").stat().st_size / 2**20
            print(
                f"{n:,} captures: {report['pages']:,} pages in {report['seconds']:.0f}s "
                f"({report['pages_per_second']:.0f} pages/s wall; {cpu_rate(report)}), "
                f"peak RSS of ingest + workers "
                f"{peak:.0f} MiB, database {db_mib:.0f} MiB"
            )
            crawl.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    t = sub.add_parser("throughput")
    t.add_argument("--copies", type=int, default=8)
    t.add_argument("--repeat", type=int, default=3, help="runs of each ingest (best, median)")
    m = sub.add_parser("memory")
    m.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--hooks", action="store_true", help="run post-ingest hooks (stories)")
    args = parser.parse_args()
    if args.hooks:
        HOOKS.clear()
    print(f"post-ingest hooks: {'on' if args.hooks else 'off (--no-hooks)'}")
    if args.what == "throughput":
        throughput(args.copies, args.repeat)
    else:
        memory(args.sizes)


if __name__ == "__main__":
    main()
