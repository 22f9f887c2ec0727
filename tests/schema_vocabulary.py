"""Check a graph's use of schema.org against the vocabulary's own definitions.

Every ``schema:`` class used in ``rdf:type`` must exist; every ``schema:`` property must
exist, its subject must have a type within the property's ``schema:domainIncludes`` and
its object a type (or, for a literal, a datatype) within its ``schema:rangeIncludes``,
subclasses included. The schema.org role pattern is understood: a ``schema:Role`` node
stands between a subject and the value of the property it qualifies.

The vocabulary is the extract in ``tests/fixtures/schemaorg/`` (see its README).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.term import Node

SCHEMA = Namespace("https://schema.org/")
VOCABULARY = Path(__file__).resolve().parent / "fixtures" / "schemaorg" / "schemaorg-extract.ttl"

_INTEGERS = (XSD.integer, XSD.positiveInteger, XSD.nonNegativeInteger, XSD.int, XSD.long)
#: schema.org data type → which literals are of it.
LITERALS: dict[URIRef, Callable[[Literal], bool]] = {
    SCHEMA.Text: lambda lit: lit.datatype in (None, XSD.string),
    SCHEMA.URL: lambda lit: lit.datatype == XSD.anyURI,
    SCHEMA.Number: lambda lit: lit.datatype in (*_INTEGERS, XSD.decimal, XSD.double, XSD.float),
    SCHEMA.Integer: lambda lit: lit.datatype in _INTEGERS,
    # ISO 8601 dates of reduced precision (a year, a month) are dates too.
    SCHEMA.Date: lambda lit: lit.datatype in (XSD.date, XSD.gYear, XSD.gYearMonth),
    SCHEMA.DateTime: lambda lit: lit.datatype == XSD.dateTime,
    SCHEMA.Time: lambda lit: lit.datatype == XSD.time,
    SCHEMA.Boolean: lambda lit: lit.datatype == XSD.boolean,
    SCHEMA.Duration: lambda lit: lit.datatype == XSD.duration,
}


@cache
def vocabulary() -> Graph:
    """The schema.org extract, parsed once."""
    return Graph().parse(VOCABULARY, format="turtle")


def _superclasses(vocab: Graph) -> dict[Node, set[Node]]:
    direct: defaultdict[Node, set[Node]] = defaultdict(set)
    for sub, sup in vocab.subject_objects(RDFS.subClassOf):
        direct[sub].add(sup)
    closure: dict[Node, set[Node]] = {}
    for cls in list(direct):
        seen, stack = {cls}, [cls]
        while stack:
            for sup in direct.get(stack.pop(), ()):
                if sup not in seen:
                    seen.add(sup)
                    stack.append(sup)
        closure[cls] = seen
    return closure


def misuses(graph: Graph, vocab: Graph | None = None) -> list[str]:
    """Every use of a schema.org term outside its definition, one line each, sorted.

    Args:
        graph: the data (with its schema.org types materialized).
        vocab: the schema.org vocabulary (default: the vendored extract).

    Returns:
        ``"<subject> schema:p <object>: why"`` lines; empty when all is well.
    """
    vocab = vocab if vocab is not None else vocabulary()
    supers = _superclasses(vocab)
    types: defaultdict[Node, set[Node]] = defaultdict(set)
    for source in (graph, vocab):  # enumeration members are typed by the vocabulary
        for thing, cls in source.subject_objects(RDF.type):
            if str(cls).startswith(str(SCHEMA)):
                types[thing] |= supers.get(cls, {cls})
    properties = set(vocab.subjects(RDF.type, RDF.Property))
    classes = set(vocab.subjects(RDF.type, RDFS.Class))
    found: list[str] = []
    for s, p, o in graph:
        where = f"{s.n3()} {p.n3()} {o.n3()}"
        if p == RDF.type and str(o).startswith(str(SCHEMA)) and o not in classes:
            found.append(f"{where}: schema.org has no class {o.n3()}")
        if not str(p).startswith(str(SCHEMA)):
            continue
        if p not in properties:
            found.append(f"{where}: schema.org has no property {p.n3()}")
            continue
        domains = set(vocab.objects(p, SCHEMA.domainIncludes))
        if SCHEMA.Role not in types[s] and not types[s] & domains:
            found.append(f"{where}: the subject is none of the domain")
        ranges = set(vocab.objects(p, SCHEMA.rangeIncludes))
        values = [o]
        if SCHEMA.Role in types[o]:  # the role pattern: the value is on the role node
            values = list(graph.objects(o, p))
        for value in values:
            if not _in_range(value, ranges, types, supers):
                found.append(f"{where}: the object is none of the range")
    return sorted(found)


def _in_range(
    value: Node,
    ranges: set[Node],
    types: dict[Node, set[Node]],
    supers: dict[Node, set[Node]],
) -> bool:
    if isinstance(value, Literal):
        # A data type accepts the literals of its subtypes (a URL is Text, an Integer
        # a Number).
        accepted = [d for d in LITERALS if supers.get(d, {d}) & ranges or d in ranges]
        return any(LITERALS[d](value) for d in accepted)
    if SCHEMA.URL in ranges:  # an IRI is a URL
        return True
    return bool(types.get(value, set()) & ranges)
