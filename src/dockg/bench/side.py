"""One side of the benchmark, run in its own process so its peak memory is its own.

``python -m dockg.bench.side SIDE DATA CHANGE PROJECT REPEAT PARAMS BUDGET OUT [STORE]`` loads the
N-Quads file ``DATA``, validates it, replaces one graph by the triples of ``CHANGE`` and
validates again, runs the project's query catalogue ``REPEAT`` times, exports N-Quads,
and writes the timings, a digest of every answer and the peak memory to ``OUT`` (JSON).

- ``baseline``: what a user writes by hand: rdflib's memory store, pySHACL and the checks
  with rdflib's SPARQL (after the change: a full run again), rdflib's N-Quads writer;
- ``dockg``: a pyoxigraph store, compiled validation and incremental validation, SPARQL
  on Oxigraph, Oxigraph's N-Quads writer; also pyoxigraph's own bulk load, as a reference.
  With ``STORE`` (a directory), the store is persistent there, and so is the reference's.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import resource
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

import dockg  # noqa: F401  (literals stay as written)
from dockg.errors import InputError
from dockg.project import Project
from dockg.queries import QueryResult, catalogue, run_query
from dockg.store.convert import canonical_terms
from dockg.store.oxigraph import OxigraphStore
from dockg.synth.load import load_nquads
from dockg.validation.checks import load_checks, run_check
from dockg.validation.engine import compile_for, validate_native
from dockg.validation.incremental import replace_source
from dockg.validation.reference import shacl_results
from dockg.validation.report import ValidationReport, ValidationResult
from dockg.validation.shapes import project_shapes

#: The graph the benchmark's change replaces (or adds).
CHANGED_GRAPH = URIRef("https://w3id.org/dockg/graph/bench-change")


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    """Run ``action`` and return (seconds, its result)."""
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def results_digest(results: Iterable[ValidationResult]) -> tuple[int, str]:
    """Number and digest of the distinct (focus, path, component, severity) of results."""
    keys = sorted(
        {(str(r.focus), str(r.path), str(r.component), r.severity.label) for r in results}
    )
    return len(keys), hashlib.sha256(repr(keys).encode()).hexdigest()[:16]


def rows_digest(result: QueryResult) -> tuple[int, str]:
    """Number and digest of a query's rows, as a multiset of canonical terms."""
    terms = {t for row in result.rows for t in row if t is not None}
    canonical = canonical_terms(terms)
    rows = sorted(
        repr(tuple(None if t is None else canonical.get(t, t).n3() for t in row))
        for row in result.rows
    )
    return len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeoutError` in the block after ``seconds`` (main thread only)."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _change(path: Path) -> list[tuple[Node, Node, Node]]:
    return list(Graph().parse(path, format="ntriples"))


def run_side(
    side: str,
    data: Path,
    change: Path,
    project: Project,
    repeat: int,
    params: dict[str, dict],
    budget: float,
    store_dir: Path | None = None,
) -> dict[str, Any]:
    """Measure one side; see the module docstring.

    A catalogue query still running after ``budget`` seconds is stopped and recorded as
    taking ``budget`` seconds with ``timed_out`` (its ratio is then a lower bound).

    Returns:
        ``{"load": s, "validate": s, "incremental": s, "queries": {name: {...}}, ...}``.
    """
    out: dict[str, Any] = {"side": side}
    specs = catalogue(project)
    new_triples = _change(change)
    export = Path(tempfile.mkdtemp(prefix="dockg-bench-")) / "export.nq"
    if side == "baseline":
        out["load"], loaded = timed(lambda: load_nquads(data, project))
        shapes, checks = project_shapes(project), load_checks(project)

        def full() -> list[ValidationResult]:
            found = shacl_results(loaded.union(), shapes, display="shapes")
            for check in checks:
                found.extend(run_check(loaded, check))
            return found

        out["validate"], results = timed(full)

        def change_and_revalidate() -> list[ValidationResult]:
            loaded.dataset.remove_graph(CHANGED_GRAPH)
            target = loaded.dataset.graph(CHANGED_GRAPH)
            target.addN((s, p, o, target) for s, p, o in new_triples)
            return full()

        out["incremental"], after = timed(change_and_revalidate)
        source: Any = loaded
        out["export"], _ = timed(
            lambda: loaded.dataset.serialize(destination=str(export), format="nquads")
        )
    else:
        out["bulk_load"] = _reference_bulk_load(data, store_dir)
        if store_dir is not None:
            shutil.rmtree(store_dir, ignore_errors=True)
        store = OxigraphStore(store_dir)
        # A persistent store is left loaded (with its manifest) for later commands.
        load = store.load_file if store_dir is None else store.load_dump
        out["load"], _ = timed(lambda: load(data))
        validator = compile_for(store.native, project)
        out["validate"], results = timed(lambda: validate_native(store.native, validator))
        out["incremental"], revalidation = timed(
            lambda: replace_source(store.native, CHANGED_GRAPH, new_triples, validator, results)
        )
        after = revalidation.results
        source = store
        out["export"], _ = timed(
            lambda: store.native.dump(output=str(export), format=ox.RdfFormat.N_QUADS)
        )
    out["violations"] = ValidationReport.of(results).summary()
    out["results"] = results_digest(results)
    out["results_after_change"] = results_digest(after)
    out["queries"] = {}
    for spec in specs:
        chosen = params.get(spec.name, {})
        seconds = []
        answer = None
        try:
            for _ in range(repeat):
                start = time.perf_counter()
                with deadline(budget):
                    answer = run_query(source, spec, params=chosen)
                seconds.append(time.perf_counter() - start)
        except (TimeoutError, InputError) as error:
            # run_query reports any failure as an InputError caused by it
            if not isinstance(error, TimeoutError) and not isinstance(
                error.__cause__, TimeoutError
            ):
                raise
            out["queries"][spec.name] = {"median": budget, "rows": None, "timed_out": True}
            continue
        assert answer is not None
        out["queries"][spec.name] = {
            "median": statistics.median(seconds),
            "rows": rows_digest(answer),
        }
    export.unlink(missing_ok=True)
    # ru_maxrss is in KiB on Linux.
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _reference_bulk_load(data: Path, store_dir: Path | None) -> float:
    """Seconds pyoxigraph's own bulk load of ``data`` takes, in memory or beside ``store_dir``."""
    reference = None if store_dir is None else store_dir.with_name(store_dir.name + "-reference")
    if reference is not None:
        shutil.rmtree(reference, ignore_errors=True)
    native = ox.Store(None if reference is None else str(reference))
    start = time.perf_counter()
    native.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    seconds = time.perf_counter() - start
    del native  # releases the directory's lock
    if reference is not None:
        shutil.rmtree(reference, ignore_errors=True)
    return seconds


def main(argv: list[str]) -> None:
    """Entry point of the subprocess."""
    side, data, change, project, repeat, params, budget, out, *store = argv
    result = run_side(
        side,
        Path(data),
        Path(change),
        Project.open(project),
        int(repeat),
        json.loads(params),
        float(budget),
        Path(store[0]) if store else None,
    )
    Path(out).write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
