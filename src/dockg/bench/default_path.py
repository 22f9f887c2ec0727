"""``dockg bench --default-path``: the commands a researcher types, against plain baselines.

Issue 11's targets are ratios measured in one run on the project a user has (by default
the seed, optionally with a spreadsheet imported, as a new user does with the Cannes
list). Every measurement runs a real command in a fresh process, as a user would:

- **build**: ``dockg build`` against pySHACL validating the same union
  (``python -m pyshacl -s ontology/shapes.ttl build/dockg.ttl``), with the same SHACL
  results (focus node and constraint component, both sides);
- **start-up**: ``dockg --help`` and ``dockg --version`` against ``python -c "import rdflib"``;
- **reading without --store**: a catalogue query, ``path`` and ``neighbours`` on the
  default store against the same command on a loaded ``--store oxigraph:PATH``; the
  first reading command after the project changed loads it and keeps a copy
  (:mod:`dockg.store.cache`), and is reported on its own;
- **import**: ``dockg ingest csv`` of the spreadsheet (seconds, rows per second);
- **seed query**: a catalogue query on the seed project, end to end.

Each timing is the median of ``repeat`` runs (build and import: one run each, they
write files).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import Graph

from dockg.bench import Stage
from dockg.errors import InputError
from dockg.namespaces import SH
from dockg.project import copy_project
from dockg.tables import format_table

#: The people issue 11 explored with, when the Cannes list is imported; else the seed's.
_CANNES_PEOPLE = ("Heung-Soon Im", "Hong Sang-soo")
_SEED_PEOPLE = ("Heung-Soon Im", "Soyoung Kim")
_QUERY = ("query", "films-about-topic")
_SEED_QUERY = ("query", "people-by-name", "--param", "search=김소영")


@dataclass(frozen=True)
class Comparison(Stage):
    """One stage (:class:`dockg.bench.Stage`: name, seconds on each side, target, met,
    ratio) with the two commands compared, as a user types them.

    Attributes:
        baseline_command: the baseline, as typed.
        dockg_command: dockg's command, as typed.
    """

    baseline_command: str = ""
    dockg_command: str = ""


@dataclass
class DefaultPathReport:
    """Everything one run measured.

    Attributes:
        project: the measured project (a temporary copy).
        triples: quads in its build.
        comparisons: the compared stages.
        absolute: stages with a target in seconds (name → (seconds, target, met)).
        same_results: whether dockg and pySHACL found the same SHACL results.
        notes: what else the run found (result counts, rows imported).
    """

    project: str
    triples: int = 0
    comparisons: list[Comparison] = field(default_factory=list)
    absolute: dict[str, tuple[float, str, bool]] = field(default_factory=dict)
    same_results: bool = True
    notes: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        """The report as plain data."""
        return {
            "project": self.project,
            "triples": self.triples,
            "comparisons": [asdict(c) | {"ratio": c.ratio} for c in self.comparisons],
            "absolute": {k: list(v) for k, v in self.absolute.items()},
            "sameResults": self.same_results,
            "notes": self.notes,
        }

    @property
    def failed(self) -> bool:
        """True if the two validators disagreed (targets missed are reported, not failed)."""
        return not self.same_results


def _dockg(*args: str) -> list[str]:
    return [sys.executable, "-m", "dockg", *args]


def _run(command: Sequence[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run a command; its wall time and outcome. A failure is an input error."""
    start = time.perf_counter()
    done = subprocess.run(list(command), cwd=cwd, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        shown = " ".join(command[2:] if command[:2] == [sys.executable, "-m"] else command)
        raise InputError(f"bench: `{shown}` failed ({done.returncode}): {done.stderr.strip()}")
    return seconds, done


def _median(command: Sequence[str], cwd: Path, repeat: int) -> float:
    return statistics.median(_run(command, cwd)[0] for _ in range(repeat))


def _shown(command: Sequence[str]) -> str:
    parts = list(command)
    if parts[:3] == [sys.executable, "-m", "dockg"]:
        parts = ["dockg", *parts[3:]]
    elif parts[:2] == [sys.executable, "-m"]:
        parts = ["python -m", *parts[2:]]
    elif parts[:1] == [sys.executable]:
        parts = ["python", *parts[1:]]
    return " ".join(f'"{p}"' if " " in p else p for p in parts)


def _shacl_keys_pyshacl(report_text: str) -> set[tuple[str, str]]:
    graph = Graph().parse(data=report_text, format="turtle")
    return {
        (str(graph.value(r, SH.focusNode)), str(graph.value(r, SH.sourceConstraintComponent)))
        for r in graph.subjects(SH.resultSeverity, None)
    }


def _shacl_keys_dockg(report_json: str) -> set[tuple[str, str]]:
    results = json.loads(report_json)["results"]
    return {
        (str(r["focus"]), str(r["component"]))
        for r in results
        if str(r["component"]).startswith(str(SH))
    }


def run_default_path(
    project: Path,
    *,
    csv: Path | None = None,
    mapping: Path | None = None,
    repeat: int = 5,
    workdir: Path | None = None,
) -> DefaultPathReport:
    """Measure the default path on a copy of a project.

    Args:
        project: the project to copy (its ontology/, data/, queries/).
        csv: a spreadsheet to import first, as a new user does.
        mapping: its mapping (required with ``csv``).
        repeat: runs per timed read-only command.
        workdir: where the copy goes (default: a temporary directory, removed after).

    Returns:
        The report.

    Raises:
        InputError: if a measured command fails.
    """
    owned = workdir is None
    base = Path(tempfile.mkdtemp(prefix="dockg-default-path-")) if owned else workdir
    assert base is not None
    # the copies reading commands keep of the project (dockg.store.cache) go in the bench's
    # folder, so a run starts without one and leaves none in the user's cache
    cache_dir = os.environ.get("DOCKG_CACHE_DIR")
    os.environ["DOCKG_CACHE_DIR"] = str(base / "cache")
    try:
        return _measure(project, base, csv=csv, mapping=mapping, repeat=repeat)
    finally:
        if cache_dir is None:
            os.environ.pop("DOCKG_CACHE_DIR", None)
        else:
            os.environ["DOCKG_CACHE_DIR"] = cache_dir
        if owned:
            shutil.rmtree(base, ignore_errors=True)


def _measure(
    project: Path, base: Path, *, csv: Path | None, mapping: Path | None, repeat: int
) -> DefaultPathReport:
    copy = base / "project"
    shutil.rmtree(copy, ignore_errors=True)
    copy_project(project, copy)
    report = DefaultPathReport(project=str(copy))

    seed_query = _median(_dockg(*_SEED_QUERY), copy, repeat)
    report.absolute["catalogue query on the seed, end to end"] = (
        seed_query,
        "< 0.5 s",
        seed_query < 0.5,
    )
    if csv is not None:
        if mapping is None:
            raise InputError("bench: --csv needs --mapping")
        seconds, _ = _run(
            _dockg("ingest", "csv", "--mapping", str(mapping.resolve()), str(csv.resolve())),
            copy,
        )
        rows = sum(1 for _ in csv.open(encoding="utf-8")) - 1
        report.absolute[f"dockg ingest csv ({rows:,} rows)"] = (
            seconds,
            "seconds, not minutes",
            seconds < 30,
        )
        report.notes.append(f"imported {rows:,} rows in {seconds:.1f} s ({rows / seconds:,.0f}/s)")

    rdflib = _median([sys.executable, "-c", "import rdflib"], copy, repeat)
    for flag in ("--help", "--version"):
        command = _dockg(flag)
        seconds = _median(command, copy, repeat)
        report.comparisons.append(
            Comparison(
                name=f"start-up ({flag})",
                baseline_command='python -c "import rdflib"',
                dockg_command=_shown(command),
                baseline=rdflib,
                dockg=seconds,
                target="within 2x of importing rdflib",
                met=seconds <= 2 * rdflib,
            )
        )

    build_seconds, _ = _run(_dockg("build"), copy)
    shapes = copy / "ontology" / "shapes.ttl"
    union = copy / "build" / "dockg.ttl"
    baseline_command = [
        sys.executable,
        "-m",
        "pyshacl",
        "-s",
        str(shapes),
        "-f",
        "turtle",
        str(union),
    ]
    pyshacl_seconds, pyshacl_done = _run(baseline_command, copy)
    report.triples = sum(1 for _ in (copy / "build" / "dockg.nq").open(encoding="utf-8"))
    report.comparisons.append(
        Comparison(
            name="build (validate + write) vs pySHACL validating the union",
            baseline_command="python -m pyshacl -s ontology/shapes.ttl build/dockg.ttl",
            dockg_command="dockg build",
            baseline=pyshacl_seconds,
            dockg=build_seconds,
            target="at least 10x faster",
            met=pyshacl_seconds >= 10 * build_seconds,
        )
    )
    _, validated = _run(_dockg("validate", "--format", "json"), copy)
    theirs = _shacl_keys_pyshacl(pyshacl_done.stdout)
    ours = _shacl_keys_dockg(validated.stdout)
    report.same_results = theirs == ours
    report.notes.append(
        f"SHACL results: pySHACL {len(theirs):,}, dockg {len(ours):,}"
        + ("" if report.same_results else f" (differ: {len(theirs ^ ours):,} not shared)")
    )

    store = base / "store"
    _run(_dockg("load", "--store", f"oxigraph:{store}"), copy)
    people = _CANNES_PEOPLE if csv is not None else _SEED_PEOPLE
    commands: list[tuple[str, list[str]]] = [
        ("catalogue query", list(_QUERY)),
        ("path", ["path", *people]),
        ("neighbours", ["neighbours", people[1], "--depth", "1"]),
    ]
    shutil.rmtree(base / "cache", ignore_errors=True)  # as after an edit: no copy kept yet
    first, _ = _run(_dockg(*_QUERY), copy)
    report.absolute["catalogue query, first after the project changed (loads it, keeps a copy)"] = (
        first,
        "paid once per change",
        True,
    )
    for name, args in commands:
        default = _median(_dockg(*args), copy, repeat)
        stored = _median(_dockg(*args, "--store", f"oxigraph:{store}"), copy, repeat)
        report.comparisons.append(
            Comparison(
                name=f"{name} without --store",
                baseline_command=_shown(_dockg(*args, "--store", "oxigraph:PATH")),
                dockg_command=_shown(_dockg(*args)),
                baseline=stored,
                dockg=default,
                target="within 3x of a loaded --store oxigraph:PATH",
                met=default <= 3 * stored,
            )
        )
    return report


def format_default_path(report: DefaultPathReport) -> str:
    """The report as tables: compared stages, then absolute targets and notes."""
    rows = [
        [
            c.name,
            f"{c.baseline:.2f}",
            f"{c.dockg:.2f}",
            f"{c.ratio:.1f}x",
            c.target,
            "met" if c.met else "NOT met",
        ]
        for c in report.comparisons
    ]
    lines = [
        f"default path on {report.triples:,} quads ({report.project})",
        format_table(["stage", "baseline s", "dockg s", "ratio", "target", ""], rows),
    ]
    absolute = [
        [name, f"{seconds:.2f}", target, "met" if met else "NOT met"]
        for name, (seconds, target, met) in report.absolute.items()
    ]
    lines.append(format_table(["stage", "seconds", "target", ""], absolute))
    lines.extend(report.notes)
    lines.append(
        "baselines: " + "; ".join(f"{c.name}: {c.baseline_command}" for c in report.comparisons)
    )
    return "\n".join(lines) + "\n"
