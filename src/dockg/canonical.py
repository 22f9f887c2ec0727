"""A stable snapshot of a dataset: blank nodes labelled by content, triples sorted.

Parsers give blank nodes random labels and rdflib's memory store iterates in hash order,
both different in every process. Outputs written from a snapshot come out byte for byte
the same for the same data, so a diff between two builds shows what changed in the data.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.term import Node

from dockg.loading import LoadedDataset
from dockg.prefixes import bind_prefixes
from dockg.terms import nt_term

Triple = tuple[Node, Node, Node]

#: Rounds of blank node hash refinement; chains of blank nodes deeper than this are rare.
REFINEMENT_ROUNDS = 8


def bnode_labels(triples: Iterable[Triple]) -> dict[BNode, BNode]:
    """Give each blank node a label computed from its surroundings.

    A label hashes the triples a blank node is in, with neighbouring blank nodes stood in
    for by their own hash, refined round after round until the partition stops changing
    (colour refinement). rdflib's exact canonical labelling (``rdflib.compare``) would do
    too, but takes minutes for a few thousand blank nodes. Blank nodes that still share a
    hash get numbered suffixes: in all but contrived graphs they are symmetric, so the
    output is the same whichever gets which number.

    Args:
        triples: the triples of one graph.

    Returns:
        Each blank node → its new label (``b`` and 16 hex digits).
    """
    edges: defaultdict[BNode, list[tuple[str, Node, Node]]] = defaultdict(list)
    for s, p, o in triples:
        if isinstance(s, BNode):
            edges[s].append(("out", p, o))
        if isinstance(o, BNode):
            edges[o].append(("in", p, s))
    hashes: dict[BNode, str] = dict.fromkeys(edges, "")
    for _ in range(REFINEMENT_ROUNDS):
        refined = {}
        for node, node_edges in edges.items():
            signature = sorted(
                f"{way} {nt_term(p)} {hashes[o] if isinstance(o, BNode) else nt_term(o)}"
                for way, p, o in node_edges
            )
            refined[node] = hashlib.sha256("\n".join(signature).encode()).hexdigest()[:16]
        stable = len(set(refined.values())) == len(set(hashes.values()))
        hashes = refined
        if stable:
            break
    labels: dict[BNode, BNode] = {}
    seen: Counter[str] = Counter()
    for node in sorted(hashes, key=hashes.__getitem__):
        digest = hashes[node]
        seen[digest] += 1
        suffix = f"_{seen[digest]}" if seen[digest] > 1 else ""
        labels[node] = BNode(f"b{digest}{suffix}")
    return labels


class _Writer:
    """N-Triples text of terms, remembered: the same IRIs recur in most triples."""

    def __init__(self, labels: dict[BNode, BNode]) -> None:
        self.labels = labels
        self.memo: dict[Node, str] = {}

    def term(self, term: Node) -> str:
        text = self.memo.get(term)
        if text is None:
            text = self.memo[term] = nt_term(self.relabel(term))
        return text

    def relabel(self, term: Node) -> Node:
        return self.labels.get(term, term) if isinstance(term, BNode) else term


def _snapshot_graph(triples: list[Triple]) -> dict[str, Triple]:
    """N-Triples line (without the final dot) → relabelled triple, in line order."""
    writer = _Writer(bnode_labels(triples))
    lines = {
        f"{writer.term(s)} {writer.term(p)} {writer.term(o)}": (
            writer.relabel(s),
            p,
            writer.relabel(o),
        )
        for s, p, o in triples
    }
    return dict(sorted(lines.items()))


class _SortedSubjectsGraph(Graph):
    """A graph that lists all its subjects in sorted order.

    rdflib's RDF/XML writer takes subjects from ``subjects()``, which the memory store
    answers in hash order; each subject's properties come in insertion order, which
    :meth:`Snapshot.union` makes sorted.
    """

    def subjects(  # type: ignore[override]
        self,
        predicate: Node | None = None,
        object: Node | None = None,  # the name rdflib gives it
        unique: bool = False,
    ) -> Iterator[Node]:
        if predicate is None and object is None:
            yield from sorted(set(super().subjects()), key=nt_term)
        else:
            yield from super().subjects(predicate, object, unique)


@dataclass(frozen=True)
class Snapshot:
    """The named graphs of a dataset as sorted, stably labelled triples.

    Attributes:
        graphs: graph IRI → (N-Triples line without its final `` .`` → triple), graphs
            in IRI order and triples in line order.
    """

    graphs: dict[URIRef, dict[str, Triple]]

    @classmethod
    def of(cls, loaded: LoadedDataset) -> Snapshot:
        """Take a snapshot.

        Args:
            loaded: the dataset.

        Returns:
            Its named graphs, relabelled and sorted.
        """
        # One pass over each graph: iterating rdflib's store is the slow part.
        graphs = {g.identifier: _snapshot_graph(list(g)) for g in loaded.named_graphs()}
        return cls(graphs)  # type: ignore[arg-type]

    @classmethod
    def of_quads(cls, quads: Iterable[tuple[Node, Node, Node, URIRef | None]]) -> Snapshot:
        """Take a snapshot of quads, e.g. a store's (default-graph quads are left out).

        Args:
            quads: subject, predicate, object, graph.

        Returns:
            The named graphs, relabelled and sorted.
        """
        grouped: defaultdict[URIRef, list[Triple]] = defaultdict(list)
        for s, p, o, g in quads:
            if g is not None:
                grouped[g].append((s, p, o))
        return cls({g: _snapshot_graph(grouped[g]) for g in sorted(grouped, key=str)})

    def union_lines(self) -> dict[str, Triple]:
        """The distinct triples of all graphs, in line order."""
        merged: dict[str, Triple] = {}
        for lines in self.graphs.values():
            merged.update(lines)
        return dict(sorted(merged.items()))

    def dataset(self) -> Dataset:
        """A new dataset holding the graphs, filled in sorted order, prefixes bound."""
        dataset = Dataset()
        bind_prefixes(dataset)
        for iri, lines in self.graphs.items():
            graph = dataset.graph(iri)
            dataset.addN((s, p, o, graph) for s, p, o in lines.values())
        return dataset

    def union(self) -> Graph:
        """A new graph holding the union, filled in sorted order, prefixes bound."""
        union = _SortedSubjectsGraph()
        bind_prefixes(union)
        union.addN((s, p, o, union) for s, p, o in self.union_lines().values())
        return union
