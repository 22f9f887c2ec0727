"""Benchmark: import the whole Cannes spreadsheet (the issue asks for under 10 s).

Run from the project root (the CSV is the shared Cannes file beside the project unless
``--csv`` names another)::

    python -m dockg.ingest.bench [--repeat 3] [--csv FILE] [--mapping FILE]

Each repetition imports ``../shared/data/cannes-competition/films.csv`` with
``data/mappings/cannes-competition.toml`` into a fresh temporary copy of the project,
then re-runs the import (which must leave the file unchanged). The baseline, measured
in the same run, is rdflib parsing the Turtle file the import wrote: the ratio says how
many times reading its own output an import costs (reading the CSV, minting, resolving
against the project, serializing). Times are the best of the repetitions, wall clock
and CPU, so other processes on the machine inflate wall clock more than CPU.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from rdflib import Graph

from dockg.ingest.csv_import import import_csv
from dockg.project import Project

ROOT = Path.cwd()
CANNES = ROOT.parent / "shared" / "data" / "cannes-competition" / "films.csv"
MAPPING = ROOT / "data" / "mappings" / "cannes-competition.toml"


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def copy_project(into: Path) -> Path:
    for part in ("ontology", "data", "queries"):
        shutil.copytree(ROOT / part, into / part, ignore=shutil.ignore_patterns("imported"))
    return into


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=3, help="repetitions (best is reported)")
    parser.add_argument("--csv", type=Path, default=CANNES, help="the spreadsheet")
    parser.add_argument("--mapping", type=Path, default=MAPPING, help="its mapping")
    args = parser.parse_args()
    if not args.csv.is_file() or not args.mapping.is_file():
        parser.error(f"run from the project root, or give --csv and --mapping ({args.csv})")
    results: dict[str, list[tuple[float, float]]] = {"import": [], "baseline": [], "re-run": []}
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            root = copy_project(Path(tmp))

            run = partial(import_csv, Project.open(root), args.csv, args.mapping)
            results["import"].append(timed(run))
            written = root / "data" / "imported" / "cannes-competition.ttl"
            results["baseline"].append(timed(partial(Graph().parse, written, format="turtle")))
            results["re-run"].append(timed(run))
    baseline = min(cpu for _, cpu in results["baseline"])
    print(f"Cannes spreadsheet, {sum(1 for _ in args.csv.open(encoding='utf-8')) - 1} rows")
    for name, runs in results.items():
        wall = min(w for w, _ in runs)
        cpu = min(c for _, c in runs)
        print(f"{name:9} {wall:6.2f} s wall  {cpu:6.2f} s CPU  {cpu / baseline:5.1f}x baseline CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
