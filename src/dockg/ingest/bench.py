"""Benchmark: ``dockg ingest csv`` on generated spreadsheets of N rows, in bounded memory.

Run from the project root::

    python -m dockg.ingest.bench --rows 10000 --rows 100000 [--baseline-src DIR]

For each size a spreadsheet in the Cannes competition schema is generated
(:mod:`dockg.ingest.csv_synth`: repeated and co-directors, titles repeated across years,
one bad row in a hundred) and imported with the shipped mapping into a fresh copy of the
project, each import in its own process so that its peak memory (``ru_maxrss``) is its
own. The report gives wall-clock seconds, rows per second, peak MB, triples written and
the summary's counts. With ``--baseline-src`` (e.g. the sources of the main checkout)
the same import is also run with those sources, in the same run, up to
``--baseline-max-rows`` rows (the old import holds the whole graph in memory), and both
files are compared byte for byte, times aside.

``--csv FILE`` imports a given spreadsheet instead of generated ones (e.g. the real
Cannes file, 1,873 rows). The machine is noisy: wall clock includes other processes.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from dockg.ingest.csv_synth import write_cannes_csv
from dockg.project import copy_project

ROOT = Path.cwd()
MAPPING = Path("data") / "mappings" / "cannes-competition.toml"

#: The child: import one file and print the measurements as JSON.
_CHILD = """
import json, resource, sys, time
from pathlib import Path
from dockg.ingest.csv_import import import_csv
from dockg.project import Project
root, csv_path, mapping = (Path(a) for a in sys.argv[1:4])
start = time.perf_counter()
cpu = time.process_time()
summary = import_csv(Project.open(root), csv_path, mapping)
# the Turtle is rendered by this process and a forked one: both count (the peaks are
# added, an upper bound of what they held at once)
own = resource.getrusage(resource.RUSAGE_SELF)
forked = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({
    "seconds": time.perf_counter() - start,
    "cpu": time.process_time() - cpu + forked.ru_utime + forked.ru_stime,
    "peak_mb": (own.ru_maxrss + forked.ru_maxrss) / 1024,
    "triples": summary.triples,
    "added": len(summary.added),
    "merged": len(summary.merges),
    "unresolved": len(summary.candidates),
    "not_parsed": len(summary.unparsed),
    "path": str(summary.path),
}))
"""

_STAMP = re.compile(rb'"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\^\^xsd:dateTime')


@dataclass(frozen=True)
class Run:
    """One import, measured in its own process."""

    side: str
    rows: int
    seconds: float
    cpu: float
    peak_mb: float
    counts: dict[str, int]
    output: Path | None
    error: str = ""

    @property
    def rows_per_second(self) -> float:
        """Rows imported (good or bad) per wall-clock second."""
        return self.rows / self.seconds if self.seconds else 0.0


def measure(side: str, src: Path, csv_path: Path, rows: int, work: Path, timeout: float) -> Run:
    """Import ``csv_path`` into a fresh project copy with the dockg sources in ``src``."""
    root = copy_project(ROOT, work / f"project-{side}", leave_out=("imported",))
    env = {**os.environ, "PYTHONPATH": str(src)}
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(root), str(csv_path), str(root / MAPPING)],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Run(side, rows, timeout, 0.0, 0.0, {}, None, f"stopped after {timeout:.0f} s")
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return Run(side, rows, 0.0, 0.0, 0.0, {}, None, f"exit {done.returncode}: {last}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    counts = {k: data[k] for k in ("triples", "added", "merged", "unresolved", "not_parsed")}
    return Run(
        side, rows, data["seconds"], data["cpu"], data["peak_mb"], counts, Path(data["path"])
    )


def same_output(a: Path, b: Path) -> bool:
    """Whether two import files are byte-identical once the import times are taken out."""
    return _STAMP.sub(b"", a.read_bytes()) == _STAMP.sub(b"", b.read_bytes())


def _line(run: Run) -> str:
    if run.error:
        return f"{run.side:9} {run.rows:>9,} rows  {run.error}"
    c = run.counts
    return (
        f"{run.side:9} {run.rows:>9,} rows  {run.seconds:8.1f} s  {run.cpu:8.1f} s CPU  "
        f"{run.rows_per_second:8.0f} rows/s  {run.peak_mb:7.0f} MB peak  "
        f"{c['triples']:>10,} triples  added {c['added']}, merged {c['merged']}, "
        f"unresolved {c['unresolved']}, not parsed {c['not_parsed']}"
    )


def main() -> int:
    """Run the benchmark (see the module docs); exit 1 if the outputs differ."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rows", type=int, action="append", help="rows to generate (repeat)")
    parser.add_argument("--csv", type=Path, help="import this spreadsheet instead")
    parser.add_argument("--seed", type=int, default=1, help="generator seed")
    parser.add_argument("--baseline-src", type=Path, help="dockg sources to compare with")
    parser.add_argument("--baseline-max-rows", type=int, default=10_000)
    parser.add_argument("--timeout", type=float, default=3600.0, help="seconds per import")
    args = parser.parse_args()
    if not (ROOT / MAPPING).is_file():
        parser.error(f"run from the project root ({MAPPING} not found)")
    own = Path(__file__).resolve().parents[2]
    failed = False
    with tempfile.TemporaryDirectory(prefix="dockg-csv-bench-") as tmp:
        work = Path(tmp)
        # (file, rows, generated): only files generated here are deleted after their run
        jobs: list[tuple[Path, int, bool]] = []
        if args.csv is not None:
            with args.csv.open("rb") as given:
                jobs.append((args.csv.resolve(), sum(1 for _ in given) - 1, False))
        for rows in args.rows or ([] if args.csv else [10_000]):
            path = work / f"films-{rows}.csv"
            write_cannes_csv(path, rows, seed=args.seed)
            jobs.append((path, rows, True))
        print(f"dockg ingest csv, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
        for path, rows, generated in jobs:
            size = work / f"run-{rows}"
            size.mkdir()
            run = measure("streamed", own, path, rows, size, args.timeout)
            print(_line(run), flush=True)
            if args.baseline_src is not None and rows <= args.baseline_max_rows:
                base = measure("baseline", args.baseline_src, path, rows, size, args.timeout)
                print(_line(base), flush=True)
                if run.output and base.output:
                    same = same_output(run.output, base.output) and run.counts == base.counts
                    failed |= not same
                    ratio = base.seconds / run.seconds if run.seconds else 0.0
                    print(
                        f"{'':9} {ratio:.1f}x faster, "
                        f"{base.peak_mb / run.peak_mb if run.peak_mb else 0:.1f}x less memory; "
                        f"output {'identical' if same else 'DIFFERENT'}",
                        flush=True,
                    )
            if generated:
                path.unlink()
            shutil.rmtree(size, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
