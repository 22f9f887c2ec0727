"""Benchmark: the film–topic projection and PageRank, dockg's way against the plain way.

``python -m dockg.explore.bench FILE.nq`` loads any N-Quads file twice and measures, in
one run:

* **dockg**: the file loaded into dockg's :class:`~dockg.store.oxigraph.OxigraphStore`
  (pyoxigraph, with the union kept as the default graph), the packaged
  ``film-topic`` projection (its SPARQL plus the names and classes of the nodes) through
  the :class:`~dockg.store.base.Store` interface, and PageRank;
* **baseline**: rdflib's N-Quads parser into a memory dataset, a Python loop over every
  quad picking the same edges, and the same PageRank.

It prints each stage's time and the ratio baseline / dockg, and checks that both found
the same edges. Timings are single runs; compare ratios, not seconds, across machines.
:func:`run_bench` is the core, for ``dockg bench`` and the tests.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import Dataset, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from dockg.errors import InputError, UsageError
from dockg.explore.projection import project
from dockg.namespaces import DOCKG
from dockg.store.oxigraph import OxigraphStore

#: The properties and film classes of the film–topic projection, for the baseline loop.
FILM_TOPIC_PROPERTIES = frozenset({DOCKG.isAbout, DOCKG.depicts, DOCKG.featuresGroup})
FILM_CLASSES = frozenset({DOCKG.Film, DOCKG.DocumentaryFilm, DOCKG.FictionFilm})


@dataclass(frozen=True)
class BenchResult:
    """Times (seconds) of each stage, both ways, and what was found.

    Attributes:
        quads: quads in the file.
        edges: film–topic edges found (the same both ways, checked).
        nodes: nodes of the projection.
        dockg: stage → seconds (load, projection, pagerank).
        baseline: stage → seconds (parse, loop, pagerank).
        max_pagerank_difference: the largest difference between the two PageRanks.
    """

    quads: int
    edges: int
    nodes: int
    dockg: dict[str, float]
    baseline: dict[str, float]
    max_pagerank_difference: float

    def total(self, side: dict[str, float]) -> float:
        """The sum of a side's stages."""
        return sum(side.values())


def _timed(stages: dict[str, float], name: str, started: float) -> float:
    now = time.perf_counter()
    stages[name] = now - started
    return now


def _baseline(path: Path) -> tuple[dict[str, float], nx.Graph, int]:
    stages: dict[str, float] = {}
    started = time.perf_counter()
    dataset = Dataset()
    dataset.parse(path, format="nquads")
    started = _timed(stages, "parse", started)
    films: set[Node] = set()
    candidates = []
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        if p == RDF.type and o in FILM_CLASSES:
            films.add(s)
        elif p in FILM_TOPIC_PROPERTIES and isinstance(o, URIRef):
            candidates.append((s, o))
    graph = nx.Graph()
    graph.add_edges_from((str(s), str(o)) for s, o in candidates if s in films)
    started = _timed(stages, "loop", started)
    return stages, graph, len(dataset)


def run_bench(path: Path) -> BenchResult:
    """Measure both ways on one N-Quads file.

    Args:
        path: an N-Quads file.

    Returns:
        The times and counts.

    Raises:
        InputError: if the file cannot be read or parsed, or the two ways disagree.
    """
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    nx.pagerank(nx.path_graph(3))  # import scipy now, not inside the first timing
    stages: dict[str, float] = {}
    started = time.perf_counter()
    store = OxigraphStore()
    store.load_file(path)
    started = _timed(stages, "load", started)
    projection = project(store, "film-topic")
    simple = projection.simple()
    started = _timed(stages, "projection", started)
    ranks = nx.pagerank(simple)
    _timed(stages, "pagerank", started)

    base, base_graph, quads = _baseline(path)
    started = time.perf_counter()
    base_ranks = nx.pagerank(base_graph)
    _timed(base, "pagerank", started)
    if set(map(frozenset, base_graph.edges())) != set(map(frozenset, simple.edges())):
        raise InputError(f"{path}: dockg and the baseline found different film–topic edges")
    difference = max((abs(ranks[n] - base_ranks[n]) for n in ranks), default=0.0)
    return BenchResult(
        quads=quads,
        edges=projection.graph.number_of_edges(),
        nodes=simple.number_of_nodes(),
        dockg=stages,
        baseline=base,
        max_pagerank_difference=difference,
    )


def format_bench(result: BenchResult) -> str:
    """The stages side by side, with ratios baseline / dockg."""
    lines = [
        f"{result.quads} quads; film-topic projection: {result.nodes} nodes, "
        f"{result.edges} edges (same edges both ways; PageRank differs by at most "
        f"{result.max_pagerank_difference:.1e})",
        "",
        f"{'stage':<22}{'dockg (s)':>11}{'baseline (s)':>14}{'ratio':>8}",
    ]
    pairs = [
        ("load / parse", "load", "parse"),
        ("projection / loop", "projection", "loop"),
        ("pagerank", "pagerank", "pagerank"),
    ]
    for title, ours, theirs in pairs:
        a, b = result.dockg[ours], result.baseline[theirs]
        lines.append(f"{title:<22}{a:>11.3f}{b:>14.3f}{b / a if a else 0:>7.1f}×")
    a, b = result.total(result.dockg), result.total(result.baseline)
    lines.append(f"{'total':<22}{a:>11.3f}{b:>14.3f}{b / a if a else 0:>7.1f}×")
    projection_pagerank = result.dockg["projection"] + result.dockg["pagerank"]
    lines.append(f"\ndockg projection + PageRank: {projection_pagerank:.2f} s")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m dockg.explore.bench FILE.nq``."""
    parser = argparse.ArgumentParser(prog="python -m dockg.explore.bench", description=__doc__)
    parser.add_argument("file", type=Path, help="an N-Quads file")
    args = parser.parse_args(argv)
    try:
        result = run_bench(args.file)
    except (InputError, UsageError) as error:
        print(f"bench: error: {error.message}", file=sys.stderr)
        return int(error.exit_code)
    print(format_bench(result), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
