"""The schema.org view: superclass types and superproperty triples, kept in their graphs.

dockg's own classes and properties are aligned to schema.org by ``rdfs:subClassOf`` and
``rdfs:subPropertyOf``. Materializing those axioms lets a consumer that only knows
schema.org (a search engine, a SPARQL user) query the graph without reasoning. Each
inferred triple goes into the named graph of the triple it was inferred from, so the
provenance of a fact does not change when it is restated in schema.org terms.

This is deliberately not full RDFS (owlrl): no domain/range typing, no ``rdfs:Resource``.

One more derivation makes dates comparable: a ``schema:startDate`` may be a year, a
month, a date or a date-time, which SPARQL does not order against each other, so each
gets ``dockg:earliestStart`` and ``dockg:latestStart``, the first and last
``xsd:dateTime`` it allows (:func:`start_bounds`); a range filter on those finds every
event whatever the precision of its date.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef

from dockg.loading import LoadedDataset
from dockg.namespaces import DOCKG, OWL, RDF, RDFS, SDO, XSD

#: Superterms that hold of everything and would only add noise.
TOP_TERMS = frozenset({OWL.Thing, RDFS.Resource, OWL.topObjectProperty, OWL.topDataProperty})

Closure = dict[URIRef, frozenset[URIRef]]


def superterm_closure(graph: Graph, relation: URIRef) -> Closure:
    """Compute the transitive closure of ``rdfs:subClassOf`` or ``rdfs:subPropertyOf``.

    Only IRIs count: blank-node superclasses (OWL restrictions) are not named classes.
    A term is never its own superterm, even in a cycle, and :data:`TOP_TERMS` are left out.

    Args:
        graph: where the axioms are (the dataset's union graph works).
        relation: ``RDFS.subClassOf`` or ``RDFS.subPropertyOf``.

    Returns:
        Each subterm with at least one superterm → all its superterms.
    """
    direct: defaultdict[URIRef, set[URIRef]] = defaultdict(set)
    for sub, sup in graph.subject_objects(relation):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef) and sup not in TOP_TERMS:
            direct[sub].add(sup)
    closure: Closure = {}
    for term in direct:
        seen: set[URIRef] = set()
        stack = list(direct[term])
        while stack:
            sup = stack.pop()
            if sup not in seen:
                seen.add(sup)
                stack.extend(direct.get(sup, ()))
        seen.discard(term)
        if seen:
            closure[term] = frozenset(seen)
    return closure


@dataclass(frozen=True)
class MaterializationResult:
    """What :func:`materialize` added.

    Attributes:
        added: named graph IRI → number of new triples in it (graphs with none left out).
    """

    added: dict[URIRef, int]

    @property
    def total(self) -> int:
        """All triples added."""
        return sum(self.added.values())


_ZONE = r"(Z|[+-]\d{2}:\d{2})?"
_PARTIAL_DATES = {
    str(XSD.gYear): re.compile(rf"^(\d{{4}}){_ZONE}$"),
    str(XSD.gYearMonth): re.compile(rf"^(\d{{4}})-(\d{{2}}){_ZONE}$"),
    str(XSD.date): re.compile(rf"^(\d{{4}})-(\d{{2}})-(\d{{2}}){_ZONE}$"),
}
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")


def start_bounds(lexical: str, datatype: str | None) -> tuple[str, str] | None:
    """The first and last ``xsd:dateTime`` a date of any precision allows.

    Args:
        lexical: the literal's lexical form (``"2019"``, ``"2019-03"``, ``"2019-03-21"``).
        datatype: its datatype IRI (``xsd:gYear``, ``xsd:gYearMonth``, ``xsd:date`` or
            ``xsd:dateTime``).

    Returns:
        The lexical forms of the earliest and latest date-time, in the literal's time
        zone if it has one (``"2019-01-01T00:00:00"``, ``"2019-12-31T23:59:59"``); the
        value itself twice for a date-time; None for another datatype or a malformed or
        impossible date (nothing is derived from it).
    """
    if datatype == str(XSD.dateTime):
        return (lexical, lexical) if _DATE_TIME.match(lexical) else None
    pattern = _PARTIAL_DATES.get(datatype or "")
    match = pattern.match(lexical) if pattern is not None else None
    if match is None:
        return None
    *parts, zone = match.groups()
    zone = zone or ""
    year = int(parts[0])
    months = (int(parts[1]),) * 2 if len(parts) > 1 else (1, 12)
    if year < 1 or not 1 <= months[0] <= 12:
        return None
    last_day = calendar.monthrange(year, months[1])[1]
    days = (int(parts[2]),) * 2 if len(parts) > 2 else (1, last_day)
    if not 1 <= days[0] <= calendar.monthrange(year, months[0])[1]:
        return None
    return (
        f"{year:04d}-{months[0]:02d}-{days[0]:02d}T00:00:00{zone}",
        f"{year:04d}-{months[1]:02d}-{days[1]:02d}T23:59:59{zone}",
    )


def start_properties(properties: Closure) -> list[URIRef]:
    """``schema:startDate`` and its sub-properties (``dockg:firstEditionYear``)."""
    subs = sorted(p for p, supers in properties.items() if SDO.startDate in supers)
    return [SDO.startDate, *subs]


def _start_bounds(graph: Graph, properties: Closure) -> Iterable[tuple]:
    """Yield the comparable bounds of every start (see :func:`start_properties`)."""
    starts = (
        (event, start)
        for prop in start_properties(properties)
        for event, start in graph.subject_objects(prop)
    )
    for event, start in starts:
        if not isinstance(start, Literal):
            continue
        bounds = start_bounds(str(start), str(start.datatype) if start.datatype else None)
        if bounds is not None:
            yield (event, DOCKG.earliestStart, Literal(bounds[0], datatype=XSD.dateTime))
            yield (event, DOCKG.latestStart, Literal(bounds[1], datatype=XSD.dateTime))


def _inferred(graph: Graph, classes: Closure, properties: Closure) -> Iterable[tuple]:
    """Yield the superproperty and supertype triples implied by ``graph``'s own triples."""
    for prop, supers in properties.items():
        for s, o in graph.subject_objects(prop):
            for sup in supers:
                yield (s, sup, o)
    for cls, supers in classes.items():
        for s in graph.subjects(RDF.type, cls):
            for sup in supers:
                yield (s, RDF.type, sup)
    yield from _start_bounds(graph, properties)


def materialize(loaded: LoadedDataset) -> MaterializationResult:
    """Add the schema.org view to every named graph, in place.

    Uses the ``rdfs:subClassOf`` / ``rdfs:subPropertyOf`` axioms of all loaded graphs.
    For each ``(s, rdf:type, C)`` adds ``(s, rdf:type, Super)``, for each ``(s, p, o)`` adds
    ``(s, superP, o)``, into the graph that holds the original triple. Types implied by a
    superproperty of ``rdf:type`` are not chained further. Running it twice adds nothing.

    Args:
        loaded: the dataset to extend.

    Returns:
        How many triples each graph gained.
    """
    dataset = loaded.dataset
    classes = superterm_closure(dataset, RDFS.subClassOf)
    properties = superterm_closure(dataset, RDFS.subPropertyOf)
    added: dict[URIRef, int] = {}
    for graph in loaded.named_graphs():
        # Collect first: adding to a graph while iterating over it is undefined.
        new = {t for t in _inferred(graph, classes, properties) if t not in graph}
        if new:
            graph.addN((s, p, o, graph) for s, p, o in new)
            added[graph.identifier] = len(new)  # type: ignore[index]
    return MaterializationResult(added=added)
