"""Benchmark: the film–topic projection and PageRank, dockg's way against the plain way.

``python -m dockg.explore.bench FILE.nq`` loads any N-Quads file twice and measures, in
one run:

* **dockg**: pyoxigraph bulk load into a :class:`pyoxigraph.Store`, the packaged
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
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef, Variable
from rdflib.namespace import RDF, XSD
from rdflib.query import Result
from rdflib.term import Identifier, Node

from dockg.errors import InputError, UsageError
from dockg.explore.projection import project
from dockg.explore.vocabulary import with_values
from dockg.namespaces import DOCKG
from dockg.store.base import Quad

#: The properties and film classes of the film–topic projection, for the baseline loop.
FILM_TOPIC_PROPERTIES = frozenset({DOCKG.isAbout, DOCKG.depicts, DOCKG.featuresGroup})
FILM_CLASSES = frozenset({DOCKG.Film, DOCKG.DocumentaryFilm, DOCKG.FictionFilm})


def _to_rdflib(term: object) -> Identifier:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = URIRef(term.datatype.value)
        # Oxigraph types plain literals xsd:string; rdflib keeps them plain.
        return (
            Literal(term.value)
            if datatype == XSD.string
            else Literal(term.value, datatype=datatype)
        )
    raise TypeError(f"unexpected term {term!r}")


class OxigraphSelectStore:
    """A minimal :class:`~dockg.store.base.Store` over a pyoxigraph store (SELECT only).

    Enough for the benchmark; the full store (CONSTRUCT, persistence, ``--store``) is
    ``dockg.store``'s business.
    """

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def query(
        self,
        text: str,
        *,
        bindings: Mapping[str, Identifier] | None = None,
        default_graphs: Sequence[URIRef] | None = None,
        named_graphs: Sequence[URIRef] | None = None,
    ) -> Result:
        """Run a SELECT query with the union of all graphs as default graph."""
        if default_graphs is not None or named_graphs is not None:
            raise UsageError("this benchmark store reads the whole dataset only")
        try:
            solutions = self.store.query(
                with_values(text, list(bindings), [list(bindings.values())]) if bindings else text,
                use_default_graph_as_union=True,
            )
        except SyntaxError as error:
            raise UsageError(f"SPARQL syntax error: {error}") from error
        if not isinstance(solutions, ox.QuerySolutions):
            raise UsageError("this benchmark store answers SELECT queries only")
        names = [v.value for v in solutions.variables]
        result = Result("SELECT")
        result.vars = [Variable(n) for n in names]
        result.bindings = [
            {Variable(n): _to_rdflib(solution[n]) for n in names if solution[n] is not None}
            for solution in solutions
        ]
        return result

    def named_graphs(self) -> list[URIRef]:
        """The graphs in the store, sorted."""
        return sorted((URIRef(g.value) for g in self.store.named_graphs()), key=str)

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        """Every quad (or those of one graph)."""
        context = ox.NamedNode(str(graph)) if graph is not None else None
        for quad in self.store.quads_for_pattern(None, None, None, context):
            name = quad.graph_name
            yield (
                _to_rdflib(quad.subject),
                _to_rdflib(quad.predicate),
                _to_rdflib(quad.object),
                URIRef(name.value) if isinstance(name, ox.NamedNode) else None,
            )

    def __len__(self) -> int:
        return len(self.store)

    def close(self) -> None:
        """Nothing to release (the store is in memory)."""


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
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    except (OSError, SyntaxError, ValueError) as error:
        raise InputError(f"{path}: cannot load N-Quads: {error}") from error
    started = _timed(stages, "load", started)
    projection = project(OxigraphSelectStore(store), "film-topic")
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
