"""Writing the knowledge graph in the usual RDF formats, in a stable order.

N-Quads, TriG and JSON-LD keep the named graphs (one per source); Turtle, N-Triples and
RDF/XML cannot, and hold the union of all graphs. Output is stable so that a diff of two
builds shows what changed in the data: lines of line-based formats are sorted, graphs and
nodes come in IRI order, and blank nodes get labels computed from their content
(rdflib's canonical labelling) instead of the random ones a parser gives them.
"""

from __future__ import annotations

import io
import json
from collections.abc import Generator
from enum import StrEnum
from pathlib import Path
from typing import Any

from rdflib import BNode, Dataset, Graph
from rdflib.compare import to_canonical_graph
from rdflib.plugins.serializers.jsonld import Converter
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.plugins.shared.jsonld.context import Context
from rdflib.term import Node

from dockg.atomic import write_atomic
from dockg.errors import OutputError
from dockg.loading import LoadedDataset
from dockg.prefixes import bind_prefixes, jsonld_context


class ExportFormat(StrEnum):
    """RDF serialization formats ``dockg export`` writes."""

    TURTLE = "turtle"
    NTRIPLES = "ntriples"
    NQUADS = "nquads"
    TRIG = "trig"
    JSONLD = "jsonld"
    RDFXML = "rdfxml"

    @property
    def keeps_graphs(self) -> bool:
        """True for the formats that keep named graphs (N-Quads, TriG, JSON-LD)."""
        return self in (ExportFormat.NQUADS, ExportFormat.TRIG, ExportFormat.JSONLD)

    @property
    def suffix(self) -> str:
        """The usual file extension, with its dot."""
        return _SUFFIXES[self]

    @property
    def rdflib_format(self) -> str:
        """The name rdflib's parsers know this format by."""
        return _RDFLIB_FORMATS[self]


_SUFFIXES = {
    ExportFormat.TURTLE: ".ttl",
    ExportFormat.NTRIPLES: ".nt",
    ExportFormat.NQUADS: ".nq",
    ExportFormat.TRIG: ".trig",
    ExportFormat.JSONLD: ".jsonld",
    ExportFormat.RDFXML: ".rdf",
}
_RDFLIB_FORMATS = {
    ExportFormat.TURTLE: "turtle",
    ExportFormat.NTRIPLES: "nt",
    ExportFormat.NQUADS: "nquads",
    ExportFormat.TRIG: "trig",
    ExportFormat.JSONLD: "json-ld",
    ExportFormat.RDFXML: "xml",
}


def _triple_key(triple: tuple[Node, Node, Node]) -> tuple[str, str, str]:
    s, p, o = triple
    return (s.n3(), p.n3(), o.n3())


def _canonical(graph: Graph) -> Graph:
    """Copy ``graph`` with content-based blank node labels and triples in sorted order."""
    triples = graph
    if any(isinstance(t, BNode) for triple in graph for t in triple):
        triples = to_canonical_graph(graph)
    copy = Graph(identifier=graph.identifier)
    # Insertion order is iteration order in rdflib's memory store, and serializers that
    # do not sort (RDF/XML, JSON-LD) follow it.
    for triple in sorted(triples, key=_triple_key):
        copy.add(triple)
    return copy


def stable_dataset(loaded: LoadedDataset) -> Dataset:
    """Copy the named graphs into a new dataset, canonically labelled and sorted.

    Args:
        loaded: the dataset to copy.

    Returns:
        A dataset with the same graphs and the project prefixes bound.
    """
    dataset = Dataset()
    bind_prefixes(dataset)
    for graph in loaded.named_graphs():
        target = dataset.graph(graph.identifier)
        target.addN((s, p, o, target) for s, p, o in _canonical(graph))
    return dataset


class _SortedSubjectsGraph(Graph):
    """A graph that lists all its subjects in sorted order.

    rdflib's RDF/XML writer takes subjects from ``subjects()``, which the memory store
    answers in hash order (different in every process); each subject's properties come in
    insertion order, which :func:`_union` makes sorted.
    """

    def subjects(
        self,
        predicate: Any = None,
        object: Any = None,  # the name rdflib gives the argument
        unique: bool = False,
    ) -> Generator[Any, None, None]:
        if predicate is None and object is None:
            yield from sorted(set(super().subjects()), key=lambda node: node.n3())
        else:
            yield from super().subjects(predicate, object, unique)


def _union(dataset: Dataset) -> Graph:
    union = _SortedSubjectsGraph()
    bind_prefixes(union)
    triples = {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
    for triple in sorted(triples, key=_triple_key):
        union.add(triple)
    return union


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted({line for line in data.decode("utf-8").splitlines() if line.strip()})
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


class _SortedTrigSerializer(TrigSerializer):
    """rdflib's TriG serializer, with graphs in IRI order rather than hash order."""

    def __init__(self, store: Graph) -> None:
        super().__init__(store)
        self.contexts.sort(key=lambda graph: str(graph.identifier))


def _trig(dataset: Dataset) -> bytes:
    stream = io.BytesIO()
    _SortedTrigSerializer(dataset).serialize(stream, encoding="utf-8")
    return stream.getvalue()


def _normalized(value: object, *, ordered: bool = False) -> object:
    """Sort every JSON array except ``@list`` ones, whose order is the data.

    rdflib emits nodes, types and values in hash order, which changes from run to run.
    """
    if isinstance(value, dict):
        return {k: _normalized(v, ordered=(k == "@list")) for k, v in value.items()}
    if isinstance(value, list):
        items = [_normalized(v) for v in value]
        return items if ordered else sorted(items, key=_json_sort_key)
    return value


def _json_sort_key(value: object) -> tuple[str, str]:
    """Nodes by ``@id`` first (graphs and nodes read in IRI order), then by content."""
    node_id = value.get("@id", "") if isinstance(value, dict) else ""
    return (str(node_id), json.dumps(value, sort_keys=True))


def _jsonld(dataset: Dataset) -> bytes:
    context_data = jsonld_context()["@context"]
    converter = Converter(Context(context_data), use_native_types=False, use_rdf_type=False)
    # rdflib turns on native JSON numbers whenever a context is used; they lose lexical
    # forms ("080"^^xsd:integer, "x"^^xsd:string) and so would not round-trip.
    converter.use_native_types = False
    converted = converter.convert(dataset)
    graphs = converted if isinstance(converted, list) else converted.get("@graph", [converted])
    document = {"@context": context_data, "@graph": _normalized(graphs)}
    text = json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True)
    return (text + "\n").encode("utf-8")


def serialize(loaded: LoadedDataset, *, fmt: ExportFormat) -> bytes:
    """Serialize the dataset in one format.

    Args:
        loaded: the dataset.
        fmt: the format; Turtle, N-Triples and RDF/XML get the union of all graphs.

    Returns:
        The UTF-8 encoded document.

    Raises:
        OutputError: if the data cannot be expressed in the format (RDF/XML needs every
            predicate IRI to end in an XML name).
    """
    dataset = stable_dataset(loaded)
    if fmt is ExportFormat.NQUADS:
        return _sorted_lines(dataset.serialize(format="nquads", encoding="utf-8"))
    if fmt is ExportFormat.TRIG:
        return _trig(dataset)
    if fmt is ExportFormat.JSONLD:
        return _jsonld(dataset)
    union = _union(dataset)
    if fmt is ExportFormat.NTRIPLES:
        return _sorted_lines(union.serialize(format="nt", encoding="utf-8"))
    try:
        return union.serialize(format=fmt.rdflib_format, encoding="utf-8")
    except Exception as error:  # rdflib raises a bare Exception for unsplittable predicates
        raise OutputError(f"cannot write {fmt.value}: {error}") from error


def export(loaded: LoadedDataset, *, fmt: ExportFormat, output: Path) -> None:
    """Serialize the dataset to a file, atomically.

    Args:
        loaded: the dataset.
        fmt: the format.
        output: the file; its directory is created if needed.

    Raises:
        OutputError: if the file cannot be written (the old file is then unchanged).
    """
    write_atomic(output, serialize(loaded, fmt=fmt))


def context_document() -> bytes:
    """The JSON-LD context file written beside ``dockg.jsonld``."""
    return (json.dumps(jsonld_context(), indent=2) + "\n").encode("utf-8")
