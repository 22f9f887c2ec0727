"""The default store: a project loaded into rdflib's in-memory dataset.

Simple and exact, fine for graphs of a few hundred thousand triples; see
``dockg.store`` for the faster ones.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from rdflib import Dataset, URIRef
from rdflib.graph import ReadOnlyGraphAggregate
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result
from rdflib.term import Identifier

from dockg.errors import InputError, UsageError
from dockg.loading import LoadedDataset, quiet_ill_typed_literals
from dockg.store.base import Quad


class MemoryStore:
    """A :class:`~dockg.store.base.Store` over an rdflib dataset.

    Args:
        loaded: the loaded (usually materialized) project.
    """

    def __init__(self, loaded: LoadedDataset) -> None:
        self.loaded = loaded
        self.dataset: Dataset = loaded.dataset

    def query(
        self,
        text: str,
        *,
        bindings: Mapping[str, Identifier] | None = None,
        default_graphs: Sequence[URIRef] | None = None,
        named_graphs: Sequence[URIRef] | None = None,
    ) -> Result:
        """Run a SPARQL query; see :meth:`dockg.store.base.Store.query`."""
        try:
            prepared = prepareQuery(text)
        except Exception as error:  # pyparsing's ParseException and friends
            raise UsageError(f"SPARQL syntax error: {error}") from error
        target = self._view(default_graphs, named_graphs)
        if target is not self.dataset:
            # A dataset given by the caller (the protocol's default-graph-uri and
            # named-graph-uri) replaces the query's FROM and FROM NAMED (SPARQL 1.1
            # Protocol 2.1.4); rdflib would otherwise build the dataset from the clauses.
            prepared.algebra["datasetClause"] = None
        try:
            with quiet_ill_typed_literals():
                result = target.query(prepared, initBindings=dict(bindings or {}))
                if result.type == "SELECT":
                    result.bindings  # evaluate now, so errors surface here  # noqa: B018
        except Exception as error:  # an evaluation error is the query's, not dockg's
            raise InputError(f"query failed: {error}") from error
        return result

    def _view(
        self, default_graphs: Sequence[URIRef] | None, named_graphs: Sequence[URIRef] | None
    ) -> Dataset | ReadOnlyGraphAggregate:
        if default_graphs is None and named_graphs is None:
            return self.dataset
        view = Dataset(default_union=default_graphs is None)
        for name in named_graphs if named_graphs is not None else self.named_graphs():
            graph = view.graph(name)
            graph += self.dataset.graph(name)
        if default_graphs is not None:
            default = view.default_context
            for name in default_graphs:
                default += self.dataset.graph(name)
        return view

    def named_graphs(self) -> list[URIRef]:
        """The graphs read from files, sorted by IRI."""
        return sorted(self.loaded.graph_files, key=str)

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        """Every quad of the named graphs, or of one."""
        names = [graph] if graph is not None else self.named_graphs()
        for name in names:
            for s, p, o in self.dataset.graph(name):
                yield s, p, o, name

    def __len__(self) -> int:
        return sum(len(self.dataset.graph(name)) for name in self.named_graphs())

    def close(self) -> None:
        """Nothing to release."""
