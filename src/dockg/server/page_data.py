"""What an entity page shows, gathered from a store with a few bound SPARQL queries.

A page lists every fact about an entity *with the graph that states it*, so a researcher
sees where each value comes from; the graphs are described once (title, the document
they were derived from, its site). Values the sources disagree on are shown side by side:
``dockg:Claim`` records (with their evidence) and single-valued properties that have
more than one value.

Triples that only restate another in schema.org terms (the materialized view:
``schema:alternateName`` beside ``dockg:nameInHangul``, ``schema:Movie`` beside
``dockg:DocumentaryFilm``) are folded into the more specific one, so each fact shows once.

Everything is read through :class:`~dockg.store.base.Store` with the entity bound as a
parameter; no user text ever becomes query text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import cast

from rdflib import BNode, Literal, URIRef
from rdflib.query import ResultRow
from rdflib.term import Identifier, Node

from dockg.namespaces import RDF, SDO
from dockg.prefixes import compact_iri
from dockg.readable import literal_text
from dockg.store.base import Store
from dockg.terms import term_sort_key

_PREFIXES = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX dockg: <https://w3id.org/dockg/ontology#>
"""

#: The entity's triples, graph by graph, with one level of blank-node values spelled out.
FACTS_QUERY = (
    _PREFIXES
    + """
SELECT ?g ?p ?o ?bp ?bo WHERE {
  GRAPH ?g {
    ?entity ?p ?o .
    OPTIONAL { ?o ?bp ?bo . FILTER(isBlank(?o)) }
  }
}"""
)

#: Named entities that point at this one (claims about it are listed apart).
INVERSE_QUERY = (
    _PREFIXES
    + """
SELECT ?g ?s ?p WHERE {
  GRAPH ?g { ?s ?p ?entity . }
  FILTER(isIRI(?s))
  FILTER NOT EXISTS { ?s a dockg:Claim }
}"""
)

#: The claims recorded about this entity, with their evidence.
CLAIMS_QUERY = (
    _PREFIXES
    + """
SELECT ?g ?claim ?p ?o ?evidence ?location ?preferred WHERE {
  GRAPH ?g {
    ?claim rdf:subject ?entity ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL { ?claim dockg:evidence ?evidence }
    OPTIONAL { ?claim dockg:sourceLocation ?location }
    OPTIONAL { ?claim dockg:isPreferred ?preferred }
  }
}"""
)

#: The types of an entity, for search results.
TYPES_QUERY = "SELECT DISTINCT ?type WHERE { ?entity a ?type . FILTER(isIRI(?type)) }"

#: What names an unnamed entity (a screening, a selection): its types, date and event.
BRIEF_QUERY = (
    _PREFIXES
    + """
SELECT ?type ?date ?eventName ?title WHERE {
  ?entity a ?type .
  OPTIONAL { ?entity schema:startDate ?date }
  OPTIONAL { ?entity schema:superEvent/schema:name ?eventName }
  OPTIONAL { ?entity dcterms:title ?title }
}"""
)

#: Every source graph and what it was derived from.
SOURCES_QUERY = (
    _PREFIXES
    + """
SELECT ?g ?title ?doc ?docTitle ?docId ?site ?siteName WHERE {
  ?g a dockg:SourceGraph .
  OPTIONAL { ?g dcterms:title ?title }
  OPTIONAL {
    ?g prov:wasDerivedFrom ?doc .
    OPTIONAL { ?doc dcterms:title ?docTitle }
    OPTIONAL { ?doc dcterms:identifier ?docId }
    OPTIONAL { ?doc dockg:site ?site . OPTIONAL { ?site schema:name ?siteName } }
  }
}"""
)

#: Labels of vocabulary terms (classes and properties), English or untagged.
LABELS_QUERY = (
    _PREFIXES
    + """
SELECT ?term ?label WHERE {
  ?term rdfs:label ?label .
  FILTER(isIRI(?term) && !STRSTARTS(STR(?term), ?entityBase))
  FILTER(lang(?label) = "" || langMatches(lang(?label), "en"))
}"""
)

SUPERPROPERTIES_QUERY = (
    _PREFIXES
    + "SELECT ?sub ?super WHERE { ?sub rdfs:subPropertyOf+ ?super . FILTER(isIRI(?super)) }"
)
SUPERCLASSES_QUERY = (
    _PREFIXES + "SELECT ?sub ?super WHERE { ?sub rdfs:subClassOf+ ?super . FILTER(isIRI(?super)) }"
)
SINGLE_VALUED_QUERY = _PREFIXES + "SELECT ?p WHERE { ?p a dockg:SingleValuedProperty }"

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

#: Properties shown first on a page, in this order; the rest follow by label.
_FIRST = (SDO.name, RDF.type)


def _rows(result: Iterable[object]) -> list[ResultRow]:
    return [cast(ResultRow, row) for row in result]


def _english_first(row: ResultRow) -> tuple[bool, str]:
    label = cast(Literal, row[1])
    return label.language != "en", str(label)


def _closure(rows: Iterable[ResultRow]) -> dict[URIRef, frozenset[URIRef]]:
    found: defaultdict[URIRef, set[URIRef]] = defaultdict(set)
    for sub, sup in rows:
        if isinstance(sub, URIRef) and sub != sup:
            found[sub].add(cast(URIRef, sup))
    return {term: frozenset(sups) for term, sups in found.items()}


@dataclass(frozen=True)
class SourceInfo:
    """A named graph as a page cites it.

    Attributes:
        graph: the graph IRI.
        title: its ``dcterms:title``.
        document: the document it was derived from (``prov:wasDerivedFrom``).
        document_title: the document's title.
        identifier: the document's ``dcterms:identifier`` (the captured file).
        site: the web site the document is from (``dockg:site``).
        site_name: the site's name.
    """

    graph: URIRef
    title: str | None = None
    document: URIRef | None = None
    document_title: str | None = None
    identifier: str | None = None
    site: URIRef | None = None
    site_name: str | None = None

    @property
    def short(self) -> str:
        """The graph's compact IRI, e.g. ``graph:curated-general-knowledge``."""
        return compact_iri(self.graph)


class Vocabulary:
    """What pages need to know about the vocabulary, read once from the store.

    Args:
        store: the store to read.
        entity_base: the IRI prefix of entities (their labels come from the name index).
    """

    def __init__(self, store: Store, *, entity_base: str) -> None:
        self.store = store
        self.entity_base = entity_base

    @cached_property
    def labels(self) -> dict[URIRef, str]:
        """Class and property IRI → ``rdfs:label`` (English preferred)."""
        result = self.store.query(LABELS_QUERY, bindings={"entityBase": Literal(self.entity_base)})
        labels: dict[URIRef, str] = {}
        for term, label in sorted(_rows(result), key=_english_first):
            labels.setdefault(cast(URIRef, term), str(label))
        return labels

    @cached_property
    def superproperties(self) -> dict[URIRef, frozenset[URIRef]]:
        """Property → all its super-properties."""
        return _closure(_rows(self.store.query(SUPERPROPERTIES_QUERY)))

    @cached_property
    def superclasses(self) -> dict[URIRef, frozenset[URIRef]]:
        """Class → all its super-classes."""
        return _closure(_rows(self.store.query(SUPERCLASSES_QUERY)))

    @cached_property
    def single_valued(self) -> frozenset[URIRef]:
        """The properties typed ``dockg:SingleValuedProperty``."""
        return frozenset(
            cast(URIRef, row[0]) for row in _rows(self.store.query(SINGLE_VALUED_QUERY))
        )

    @cached_property
    def sources(self) -> dict[URIRef, SourceInfo]:
        """Every ``dockg:SourceGraph`` and its provenance."""
        found: dict[URIRef, SourceInfo] = {}
        for row in sorted(
            _rows(self.store.query(SOURCES_QUERY)), key=lambda r: tuple(map(term_sort_key, r))
        ):
            graph, title, doc, doc_title, doc_id, site, site_name = row
            found.setdefault(
                cast(URIRef, graph),
                SourceInfo(
                    graph=cast(URIRef, graph),
                    title=_text(title),
                    document=doc if isinstance(doc, URIRef) else None,
                    document_title=_text(doc_title),
                    identifier=_text(doc_id),
                    site=site if isinstance(site, URIRef) else None,
                    site_name=_text(site_name),
                ),
            )
        return found

    def label(self, term: URIRef) -> str:
        """A term's label; else its local name in words (``dateCreated`` → "date created")."""
        if term in self.labels:
            return self.labels[term]
        local = re.split(r"[/#:]", str(term).rstrip("/#"))[-1]
        words = _CAMEL.sub(" ", local).replace("_", " ").strip().lower()
        return words or compact_iri(term)

    def most_specific(self, types: Iterable[URIRef]) -> list[URIRef]:
        """The types that are not a super-class of another type in ``types``, sorted."""
        given = set(types)
        implied = {sup for t in given for sup in self.superclasses.get(t, ())}
        return sorted(given - implied, key=str) or sorted(given, key=str)

    def source(self, graph: URIRef) -> SourceInfo:
        """How to cite a graph (a bare :class:`SourceInfo` if it is not a source graph)."""
        return self.sources.get(graph) or SourceInfo(graph)


def _text(term: Node | None) -> str | None:
    return str(term) if term is not None else None


@dataclass(frozen=True)
class Value:
    """One value of a property, with the graphs that state it.

    Attributes:
        term: the value.
        graphs: the named graphs asserting it, sorted.
        nested: for a blank node, its own properties and values (one level).
    """

    term: Node
    graphs: tuple[URIRef, ...]
    nested: tuple[tuple[URIRef, Node], ...] = ()


@dataclass(frozen=True)
class PropertyValues:
    """A property of the entity and its values.

    Attributes:
        property: the property.
        values: its values, sorted.
        also: the schema.org (or other) super-properties these values are restated as.
        contested: True if the property should have one value but has several.
    """

    property: URIRef
    values: tuple[Value, ...]
    also: tuple[URIRef, ...] = ()
    contested: bool = False


@dataclass(frozen=True)
class Link:
    """An entity that points at the page's entity.

    Attributes:
        subject: the entity pointing here.
        graphs: the graphs stating the link.
    """

    subject: URIRef
    graphs: tuple[URIRef, ...]


@dataclass(frozen=True)
class InverseLinks:
    """Entities that point at the page's entity with one property ("films about this")."""

    property: URIRef
    links: tuple[Link, ...]


@dataclass(frozen=True)
class ClaimRecord:
    """A ``dockg:Claim`` about the entity: one value as a source states it.

    Attributes:
        claim: the claim node.
        property: ``rdf:predicate``.
        value: ``rdf:object``.
        evidence: the quoted evidence.
        location: where in the source it was read.
        preferred: True if the curators prefer this value.
        graphs: the graphs recording the claim.
    """

    claim: Node
    property: URIRef
    value: Node
    evidence: str | None
    location: str | None
    preferred: bool
    graphs: tuple[URIRef, ...]


@dataclass(frozen=True)
class ConflictValue:
    """One of the competing values of a property.

    Attributes:
        value: the value.
        graphs: the graphs asserting it (empty if only a claim records it).
        claims: the claims recording it, with their evidence.
    """

    value: Node
    graphs: tuple[URIRef, ...]
    claims: tuple[ClaimRecord, ...]


@dataclass(frozen=True)
class Conflict:
    """A property whose values compete, each value with its sources and evidence."""

    property: URIRef
    values: tuple[ConflictValue, ...]


@dataclass(frozen=True)
class EntityDescription:
    """Everything an entity page shows.

    Attributes:
        iri: the entity.
        types: its most specific types.
        properties: its properties and values, name and type first.
        inverse: entities pointing at it, grouped by property.
        claims: recorded claims about it, grouped by property in order.
        contested: the properties whose values compete (single-valued with several
            values, or with claims).
        graphs: every graph that states something on the page, sorted.
    """

    iri: URIRef
    types: tuple[URIRef, ...]
    properties: tuple[PropertyValues, ...]
    inverse: tuple[InverseLinks, ...]
    claims: tuple[ClaimRecord, ...]
    contested: tuple[URIRef, ...]
    graphs: tuple[URIRef, ...]

    def conflicts(self) -> list[Conflict]:
        """The contested properties, each value with the graphs and claims behind it."""
        asserted = {pv.property: pv.values for pv in self.properties}
        found = []
        for prop in self.contested:
            graphs: dict[Node, tuple[URIRef, ...]] = {
                v.term: v.graphs for v in asserted.get(prop, ())
            }
            claims = [c for c in self.claims if c.property == prop]
            values = sorted(set(graphs) | {c.value for c in claims}, key=term_sort_key)
            found.append(
                Conflict(
                    prop,
                    tuple(
                        ConflictValue(
                            value,
                            graphs.get(value, ()),
                            tuple(c for c in claims if c.value == value),
                        )
                        for value in values
                    ),
                )
            )
        return found


def _sorted_graphs(graphs: Iterable[URIRef]) -> tuple[URIRef, ...]:
    return tuple(sorted(set(graphs), key=str))


def _restating(
    triples: Iterable[tuple[URIRef, Node, URIRef]], vocab: Vocabulary
) -> dict[tuple[URIRef, Node, URIRef], URIRef]:
    """The triples that restate another one in super-property terms.

    Args:
        triples: (property, other end, graph) of every link to or from the entity.
        vocab: the vocabulary.

    Returns:
        Each restating triple → the most specific property it restates (same other end,
        same graph).
    """
    by_end: defaultdict[tuple[Node, URIRef], set[URIRef]] = defaultdict(set)
    for prop, end, graph in triples:
        by_end[(end, graph)].add(prop)
    restating: dict[tuple[URIRef, Node, URIRef], URIRef] = {}
    for (end, graph), props in by_end.items():
        specific = sorted(
            (p for p in props if not any(p in vocab.superproperties.get(q, ()) for q in props)),
            key=str,
        )
        for prop in props:
            below = [q for q in specific if prop in vocab.superproperties.get(q, ())]
            if below and prop != RDF.type:
                restating[(prop, end, graph)] = below[0]
    return restating


def describe_entity(store: Store, vocab: Vocabulary, iri: URIRef) -> EntityDescription | None:
    """Gather what a page says about an entity.

    Args:
        store: where the graph is.
        vocab: the vocabulary read from the same store.
        iri: the entity.

    Returns:
        The description, or None if the store has no triple with the entity as subject
        or object.
    """
    bindings: dict[str, Identifier] = {"entity": iri}
    facts: dict[tuple[URIRef, Node, URIRef], set[tuple[URIRef, Node]]] = {}
    for graph, prop, value, bprop, bvalue in _rows(store.query(FACTS_QUERY, bindings=bindings)):
        nested = facts.setdefault((cast(URIRef, prop), value, cast(URIRef, graph)), set())
        if bprop is not None and bvalue is not None:
            nested.add((cast(URIRef, bprop), bvalue))
    inverse_rows = [
        (cast(URIRef, p), cast(URIRef, s), cast(URIRef, g))
        for g, s, p in _rows(store.query(INVERSE_QUERY, bindings=bindings))
    ]
    if not facts and not inverse_rows:
        return None

    shown: defaultdict[URIRef, defaultdict[Node, set[URIRef]]] = defaultdict(
        lambda: defaultdict(set)
    )
    also: defaultdict[URIRef, set[URIRef]] = defaultdict(set)
    restating = _restating(facts, vocab)
    for fact in facts:
        if fact in restating:
            also[restating[fact]].add(fact[0])
        else:
            shown[fact[0]][fact[1]].add(fact[2])

    types = tuple(vocab.most_specific(t for t in shown.get(RDF.type, {}) if isinstance(t, URIRef)))
    claims = _claims(store, bindings)
    contested = {
        prop for prop, values in shown.items() if prop in vocab.single_valued and len(values) > 1
    } | {claim.property for claim in claims}

    properties = []
    for prop, values in shown.items():
        kept = {t: g for t, g in values.items() if prop != RDF.type or t in types}
        properties.append(
            PropertyValues(
                property=prop,
                values=tuple(
                    Value(
                        term,
                        _sorted_graphs(graphs),
                        _nested(facts, prop, term, vocab) if isinstance(term, BNode) else (),
                    )
                    for term, graphs in sorted(kept.items(), key=lambda tv: term_sort_key(tv[0]))
                ),
                also=tuple(sorted(also.get(prop, ()), key=str)),
                contested=prop in contested,
            )
        )
    properties.sort(key=lambda pv: _property_order(pv.property, vocab))

    links: defaultdict[URIRef, defaultdict[URIRef, set[URIRef]]] = defaultdict(
        lambda: defaultdict(set)
    )
    restated_links = _restating(inverse_rows, vocab)
    for prop, subject, graph in inverse_rows:
        if (prop, subject, graph) not in restated_links:
            links[prop][subject].add(graph)
    inverse = sorted(
        (
            InverseLinks(
                prop,
                tuple(Link(s, _sorted_graphs(g)) for s, g in sorted(subjects.items(), key=_by_iri)),
            )
            for prop, subjects in links.items()
        ),
        key=lambda group: _property_order(group.property, vocab),
    )

    every_graph = [g for (_, _, g) in facts]
    every_graph += [g for group in inverse for link in group.links for g in link.graphs]
    every_graph += [g for claim in claims for g in claim.graphs]
    return EntityDescription(
        iri=iri,
        types=types,
        properties=tuple(properties),
        inverse=tuple(inverse),
        claims=claims,
        contested=tuple(sorted(contested, key=str)),
        graphs=_sorted_graphs(every_graph),
    )


def _by_iri(item: tuple[URIRef, object]) -> str:
    return str(item[0])


def _nested(
    facts: Mapping[tuple[URIRef, Node, URIRef], set[tuple[URIRef, Node]]],
    prop: URIRef,
    node: Node,
    vocab: Vocabulary,
) -> tuple[tuple[URIRef, Node], ...]:
    """A blank node's own properties, as found in any graph (most specific types only)."""
    pairs = {
        pair for (p, o, _), nested in facts.items() if p == prop and o == node for pair in nested
    }
    types = {t for p, t in pairs if p == RDF.type and isinstance(t, URIRef)}
    kept = set(vocab.most_specific(types))
    pairs = {(p, o) for p, o in pairs if p != RDF.type or o in kept}
    return tuple(sorted(pairs, key=lambda pv: (str(pv[0]), term_sort_key(pv[1]))))


def _property_order(prop: URIRef, vocab: Vocabulary) -> tuple[int, str]:
    rank = _FIRST.index(prop) if prop in _FIRST else len(_FIRST)
    return rank, vocab.label(prop).casefold()


def _claims(store: Store, bindings: Mapping[str, Identifier]) -> tuple[ClaimRecord, ...]:
    grouped: dict[tuple[Node, URIRef, Node], dict[str, object]] = {}
    for graph, claim, prop, value, evidence, location, preferred in _rows(
        store.query(CLAIMS_QUERY, bindings=bindings)
    ):
        key = (claim, cast(URIRef, prop), value)
        entry = grouped.setdefault(
            key, {"graphs": set(), "evidence": None, "location": None, "preferred": False}
        )
        cast(set, entry["graphs"]).add(graph)
        entry["evidence"] = entry["evidence"] or _text(evidence)
        entry["location"] = entry["location"] or _text(location)
        entry["preferred"] = bool(entry["preferred"]) or (
            isinstance(preferred, Literal) and preferred.toPython() is True
        )
    records = [
        ClaimRecord(
            claim=claim,
            property=prop,
            value=value,
            evidence=cast("str | None", entry["evidence"]),
            location=cast("str | None", entry["location"]),
            preferred=bool(entry["preferred"]),
            graphs=_sorted_graphs(cast(set, entry["graphs"])),
        )
        for (claim, prop, value), entry in grouped.items()
    ]
    records.sort(key=lambda c: (str(c.property), term_sort_key(c.value), str(c.claim)))
    return tuple(records)


def brief_label(store: Store, vocab: Vocabulary, iri: URIRef) -> str | None:
    """A readable name for an entity that has none: its ``dcterms:title`` if it has one,
    else its type, start date and the event it is part of ("Screening,
    2019-03-23 11:00 (UTC+9), SIDOF Choice").

    Returns:
        The name, or None if the entity has neither title nor type.
    """
    rows = _rows(store.query(BRIEF_QUERY, bindings={"entity": iri}))
    titles = sorted({str(r[3]) for r in rows if r[3] is not None})
    if titles:
        return titles[0]
    types = vocab.most_specific(cast(URIRef, r[0]) for r in rows if isinstance(r[0], URIRef))
    if not types:
        return None
    dates = sorted(
        {
            literal_text(r[1]) if isinstance(r[1], Literal) else str(r[1])
            for r in rows
            if r[1] is not None
        }
    )
    events = sorted({str(r[2]) for r in rows if r[2] is not None})
    kind = vocab.label(types[0])
    return ", ".join([kind[:1].upper() + kind[1:], *dates, *events])


def entity_types(store: Store, vocab: Vocabulary, iri: URIRef) -> list[URIRef]:
    """The most specific types of an entity (for search results)."""
    rows = _rows(store.query(TYPES_QUERY, bindings={"entity": iri}))
    return vocab.most_specific(cast(URIRef, row[0]) for row in rows)


__all__ = [
    "ClaimRecord",
    "Conflict",
    "ConflictValue",
    "EntityDescription",
    "InverseLinks",
    "Link",
    "PropertyValues",
    "SourceInfo",
    "Value",
    "Vocabulary",
    "brief_label",
    "describe_entity",
    "entity_types",
]
