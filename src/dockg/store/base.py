"""The interface every store offers to the commands that read the graph.

Results come back as rdflib objects whatever the store: a
:class:`rdflib.query.Result` for SPARQL (it serializes to the SPARQL result formats and
iterates as rows of rdflib terms), rdflib terms in quads. Parameters are always passed
as bindings (``initBindings`` or ``VALUES``), never pasted into the query text.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import Protocol, runtime_checkable

from rdflib import URIRef
from rdflib.query import Result
from rdflib.term import Identifier, Node

#: A triple and the named graph it is in (``None`` for the default graph).
Quad = tuple[Node, Node, Node, URIRef | None]


@runtime_checkable
class Store(Protocol):
    """A graph of named graphs that dockg can read with SPARQL."""

    def query(
        self,
        text: str,
        *,
        bindings: Mapping[str, Identifier] | None = None,
        default_graphs: Sequence[URIRef] | None = None,
        named_graphs: Sequence[URIRef] | None = None,
    ) -> Result:
        """Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE).

        Args:
            text: the query.
            bindings: variable name → term, bound before evaluation.
            default_graphs: if given, the default graph is the union of these graphs
                (SPARQL protocol ``default-graph-uri``); else the union of all graphs.
            named_graphs: if given, only these graphs are visible to ``GRAPH``
                (``named-graph-uri``); else all named graphs.

        Returns:
            The result, as rdflib represents it.

        Raises:
            dockg.errors.UsageError: if the query does not parse.
            dockg.errors.InputError: if it fails while running.
        """
        ...

    def named_graphs(self) -> list[URIRef]:
        """The names of the graphs in the store, sorted."""
        ...

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        """Every quad, or those of one named graph."""
        ...

    def __len__(self) -> int:
        """The number of quads."""
        ...

    def close(self) -> None:
        """Release the store (files, connections)."""
        ...


def is_memory_store(store: object) -> bool:
    """True for rdflib's :class:`~dockg.store.memory.MemoryStore`, without importing it.

    The memory store brings rdflib's SPARQL engine; a store cannot be one unless its
    module was imported, so commands on other stores never load that engine.
    """
    memory = sys.modules.get("dockg.store.memory")
    return memory is not None and isinstance(store, memory.MemoryStore)


def is_remote_store(store: object) -> bool:
    """True for a :class:`~dockg.store.sparql.SparqlStore`, without importing SPARQLWrapper."""
    sparql = sys.modules.get("dockg.store.sparql")
    return sparql is not None and isinstance(store, sparql.SparqlStore)
