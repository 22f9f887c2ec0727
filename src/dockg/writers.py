"""Turtle, TriG and JSON-LD as dockg writes them: rdflib's writers, fed from a snapshot.

The formats are rdflib's (prefix choice, ordering, nesting, literal forms and JSON-LD
compaction are rdflib's code), with two changes of dockg's: literals are written so they
read back unchanged, and JSON-LD arrays are sorted so the document is stable.

rdflib's serializers ask their store for every subject's properties, every list cell and
every class member; on rdflib's memory store those lookups, and copying the snapshot
into a store first, were most of a build's time. Here the same serializer classes read
indexes of the snapshot instead (:class:`_IndexedGraph`), and the documents are the ones
rdflib writes from a store filled with that snapshot, byte for byte
(tests/test_writers.py compares them on the seed, the imported Cannes data and generated
worlds).

Where rdflib's own output depends on hash order, a choice is made: objects that rdflib's
ordering calls equal (``"1"^^xsd:integer`` and ``"1.0"^^xsd:decimal``) keep the order in
which the snapshot first lists them, as rdflib's memory store does; and prefixes rdflib
has to invent (``ns1``) are numbered in snapshot order, where rdflib numbers them in set
order, which changes from run to run.
"""

from __future__ import annotations

import io
import json
from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any, cast

from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.plugins.serializers.jsonld import Converter
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.plugins.serializers.turtle import VERB, TurtleSerializer
from rdflib.plugins.shared.jsonld.context import Context
from rdflib.term import Node

from dockg.canonical import Snapshot, Triple
from dockg.namespaces import XSD
from dockg.prefixes import bind_prefixes, jsonld_context


def _keeps_lexical_form(literal: Literal) -> bool:
    """Tell whether Turtle's bare number/boolean syntax would read back the same literal.

    rdflib writes ``"080"^^xsd:integer`` as ``80``, ``"1.5"^^xsd:double`` as ``1.5e+00`` and
    ``"1"^^xsd:boolean`` as ``1`` (which reads back as an integer): lossy, so only
    canonical integers and booleans keep the short form.
    """
    lexical = str(literal)
    if literal.datatype == XSD.integer:
        return lexical == str(literal.value) and literal.value is not None
    if literal.datatype == XSD.boolean:
        return lexical in ("true", "false")
    return literal.datatype not in (XSD.decimal, XSD.double)


class LosslessTurtleSerializer(TurtleSerializer):
    """rdflib's Turtle serializer, writing literals so they read back unchanged."""

    def label(self, node: Node, position: int) -> str:
        if isinstance(node, Literal) and not _keeps_lexical_form(node):
            return node._literal_n3(use_plain=False, qname_callback=self._datatype_name)
        return super().label(node, position)

    def _datatype_name(self, datatype: str) -> str | None:
        # Never mint a prefix here: the prefix lines are already written.
        return self.get_pname(URIRef(datatype), False)


class LosslessTrigSerializer(TrigSerializer, LosslessTurtleSerializer):
    """The same for TriG, with graphs in IRI order rather than hash order."""

    def __init__(self, store: Graph) -> None:
        super().__init__(store)
        self.contexts.sort(key=lambda graph: str(graph.identifier))


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


def jsonld_document(dataset: Dataset | _IndexedDataset) -> bytes:
    """A dataset as dockg's JSON-LD: compacted with dockg's context, arrays sorted."""
    context_data = jsonld_context()["@context"]
    converter = Converter(Context(context_data), use_native_types=False, use_rdf_type=False)
    # rdflib turns on native JSON numbers whenever a context is used; they lose lexical
    # forms ("080"^^xsd:integer, "x"^^xsd:string) and so would not round-trip.
    converter.use_native_types = False
    converted = converter.convert(dataset)  # type: ignore[arg-type]
    graphs = converted if isinstance(converted, list) else converted.get("@graph", [converted])
    document = {"@context": context_data, "@graph": _normalized(graphs)}
    text = json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True)
    return (text + "\n").encode("utf-8")


Properties = dict[Node, dict[Node, list[Node]]]


class _Index:
    """One graph's triples, by subject then predicate, objects in first-seen order.

    Args:
        triples: the graph's triples in snapshot order.
        rank: each triple's position in the dataset's first-seen order (see
            :func:`_first_seen`), which orders objects that rdflib's sort calls equal.
    """

    def __init__(self, triples: list[Triple], rank: Mapping[Triple, int] | None = None) -> None:
        self.triples = triples
        spo: Properties = defaultdict(lambda: defaultdict(list))
        ordered = triples if rank is None else sorted(triples, key=rank.__getitem__)
        for s, p, o in ordered:
            spo[s][p].append(o)
        self.spo = spo
        referrers: defaultdict[Node, list[Node]] = defaultdict(list)
        for s, _, o in triples:
            referrers[o].append(s)
        self.referrers = referrers

    def value(self, subject: Node, predicate: Node) -> Node | None:
        objects = self.spo.get(subject, {}).get(predicate)
        return objects[0] if objects else None

    def property_count(self, subject: Node) -> int:
        return sum(len(objects) for objects in self.spo.get(subject, {}).values())

    def members(self, cls: Node) -> list[Node]:
        return [s for s, props in self.spo.items() if cls in props.get(RDF.type, ())]


class _IndexedGraph:
    """What rdflib's serializers read of a store, answered from an :class:`_Index`.

    Prefix lookups go to ``names``, an empty rdflib graph holding the bound prefixes
    (rdflib's own qname computation, including the prefixes it invents).
    """

    context_aware = False

    def __init__(self, identifier: Node, index: _Index, names: Graph) -> None:
        self.identifier = identifier
        self.index = index
        self.names = names
        self.store = names.store
        self.base = None

    def __len__(self) -> int:
        return len(self.index.triples)

    def __iter__(self) -> Iterator[Triple]:
        return iter(self.index.triples)

    def __hash__(self) -> int:
        return hash(self.identifier)

    def __eq__(self, other: object) -> bool:
        return self is other

    def compute_qname(self, uri: str, generate: bool = True) -> tuple[str, URIRef, str]:
        return self.names.compute_qname(uri, generate=generate)

    def triples(self, pattern: tuple[Any, Any, Any]) -> Iterator[Triple]:
        subject, predicate, obj = pattern
        if subject is None and predicate is None and obj is None:
            yield from self.index.triples
            return
        raise NotImplementedError(pattern)  # rdflib's serializers ask nothing else

    def subjects(self, predicate: Node | None = None, obj: Node | None = None) -> Iterator[Node]:
        if predicate is None and obj is None:
            yield from self.index.spo
        elif predicate is None:
            yield from self.index.referrers.get(obj, ())  # type: ignore[arg-type]
        elif predicate == RDF.type:
            yield from self.index.members(obj)  # type: ignore[arg-type]
        else:
            raise NotImplementedError(predicate)  # rdflib's writers ask nothing else

    def value(self, subject: Node, predicate: Node) -> Node | None:
        return self.index.value(subject, predicate)

    def predicate_objects(self, subject: Node) -> Iterator[tuple[Node, Node]]:
        for p, objects in self.index.spo.get(subject, {}).items():
            for o in objects:
                yield p, o


class _Fast:
    """The store-reading and writing parts of rdflib's serializers, made cheap.

    Mixed in before rdflib's classes: predicate tables come from the index, text is
    collected in a list, and each node's label is worked out once.
    """

    encoding: str

    @property
    def _index(self) -> _Index:
        return cast(_IndexedGraph, self.store).index  # type: ignore[attr-defined]

    def _start_output(self) -> None:
        self._parts: list[str] = []
        self._labels: dict[tuple[Node, bool], str] = {}
        self._labelling = False
        self._pnames: dict[Node, str] = {}

    def write(self, text: str) -> None:
        self._parts.append(text)

    def output(self) -> bytes:
        return "".join(self._parts).encode(self.encoding, "replace")

    def buildPredicateHash(self, subject: Node) -> dict[Node, list[Node]]:
        return {p: list(objects) for p, objects in self._index.spo.get(subject, {}).items()}

    def isValidList(self, l_: Node) -> bool:
        index = self._index
        if index.value(l_, RDF.first) is None:
            return False
        while l_:
            if l_ != RDF.nil and index.property_count(l_) != 2:
                return False
            l_ = index.value(l_, RDF.rest)  # type: ignore[assignment]
        return True

    def get_pname(self, uri: Node, gen_prefix: bool = True) -> str | None:
        # A name found stays right (rdflib remembers qnames once computed); a miss is
        # asked again, as a prefix invented later for a predicate may now cover it.
        name = self._pnames.get(uri)
        if name is None:
            name = super().get_pname(uri, gen_prefix)  # type: ignore[misc]
            if name is not None:
                self._pnames[uri] = name
        return name

    def startDocument(self) -> None:
        super().startDocument()  # type: ignore[misc]
        self._labelling = True  # every prefix is known now: labels can be remembered

    def label(self, node: Node, position: int) -> str:
        if not self._labelling:
            return super().label(node, position)  # type: ignore[misc]
        key = (node, position == VERB)
        text = self._labels.get(key)
        if text is None:
            text = self._labels[key] = super().label(node, position)  # type: ignore[misc]
        return text


def _names() -> Graph:
    names = Graph()
    bind_prefixes(names)
    return names


def _first_seen(snapshot: Snapshot) -> dict[Triple, int]:
    """Each triple's position when the graphs are added to one store in snapshot order."""
    rank: dict[Triple, int] = {}
    for lines in snapshot.graphs.values():
        for triple in lines.values():
            rank.setdefault(triple, len(rank))
    return rank


class _IndexedDataset:
    """What rdflib's TriG serializer reads of a dataset: its graphs, none of them default."""

    context_aware = True
    base = None

    def __init__(self, graphs: list[_IndexedGraph], names: Graph) -> None:
        self.graphs = graphs
        self.default_context = _IndexedGraph(URIRef("urn:x-rdflib:default"), _Index([]), names)

    def contexts(self) -> list[_IndexedGraph]:
        return list(self.graphs)


def _run(writer: _Fast) -> bytes:
    writer._start_output()
    stream = io.BytesIO()  # rdflib writes the document's last newline to the stream itself
    writer.serialize(stream, encoding="utf-8")  # type: ignore[attr-defined]
    return writer.output() + stream.getvalue()


def write_turtle(snapshot: Snapshot) -> bytes:
    """The union of the snapshot's graphs as Turtle, as dockg's rdflib writer gives it.

    Args:
        snapshot: the dataset.

    Returns:
        The UTF-8 encoded document.
    """

    class Writer(_Fast, LosslessTurtleSerializer):
        pass

    union = _Index(list(snapshot.union_lines().values()))
    return _run(Writer(_IndexedGraph(URIRef("urn:x-dockg:union"), union, _names())))  # type: ignore[arg-type]


def write_trig(snapshot: Snapshot) -> bytes:
    """The snapshot's named graphs as TriG, as dockg's rdflib writer gives it.

    Args:
        snapshot: the dataset.

    Returns:
        The UTF-8 encoded document.
    """

    class Writer(_Fast, LosslessTrigSerializer):
        pass

    names = _names()
    rank = _first_seen(snapshot)
    graphs = [
        _IndexedGraph(iri, _Index(list(lines.values()), rank), names)
        for iri, lines in snapshot.graphs.items()
    ]
    return _run(Writer(_IndexedDataset(graphs, names)))  # type: ignore[arg-type]


def write_jsonld(snapshot: Snapshot) -> bytes:
    """The snapshot's named graphs as JSON-LD, as dockg's rdflib writer gives it.

    Args:
        snapshot: the dataset.

    Returns:
        The UTF-8 encoded document.
    """
    names = _names()
    graphs = [
        _IndexedGraph(iri, _Index(list(lines.values())), names)
        for iri, lines in snapshot.graphs.items()
    ]
    return jsonld_document(_IndexedDataset(graphs, names))
