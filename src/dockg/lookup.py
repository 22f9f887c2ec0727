"""Finding the entity a user means: by IRI, compact IRI, or any form of its name.

Every command that takes an entity (``dockg path A B``, the server's search box)
resolves it here, with the same rules: an IRI or compact IRI (``person:kim-soyoung``)
names one entity; otherwise the text is matched against every name an entity has
(``schema:name``, ``schema:alternateName`` and its sub-properties, ``rdfs:label``,
``skos:prefLabel``/``altLabel``) by the keys of :mod:`dockg.names` (any word order,
hyphens, case, accents, Hangul), then, if nothing matches whole, as a romanization
variant (:func:`dockg.names.variant_keys`: "Sin Su-won" finds "Shin Suwon"), then as a
substring.
A text that fits more than one entity is ambiguous: the candidates are listed, never
guessed between. One pair is not ambiguous: a subject heading and the historical event it
is about (``foaf:focus``) share their names by design, and the name means the heading,
which films are about; the event is one step from it.
"""

from __future__ import annotations

import contextlib
import weakref
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF
from rdflib.term import Node

from dockg.errors import DockgError, ExitCode
from dockg.names import fold, name_keys, variant_keys
from dockg.namespaces import BASE, DCTERMS, RDFS, SDO, SKOS
from dockg.prefixes import compact_iri, expand_iri
from dockg.store.base import Store

#: The properties whose values name an entity. Sub-properties of schema:alternateName
#: (nameInHangul, nameInKoreanOrder...) are seen through the materialized view.
NAME_PROPERTIES: tuple[URIRef, ...] = (
    SDO.name,
    SDO.alternateName,
    RDFS.label,
    SKOS.prefLabel,
    SKOS.altLabel,
)

ENTITY_BASE = f"{BASE}id/"

_BASES: weakref.WeakKeyDictionary[object, str] = weakref.WeakKeyDictionary()
_HAS_ENTITIES = "ASK { ?s ?p ?o FILTER (STRSTARTS(STR(?s), ?base)) }"
_NAMES_QUERY = """
SELECT ?entity ?property ?name WHERE {
  ?entity ?property ?name .
  FILTER(isIRI(?entity) && STRSTARTS(STR(?entity), ?base) && isLiteral(?name))
}
"""
# Whether a store says anything about an IRI, or names a graph with it.
_MENTIONED = "ASK { { ?iri ?p ?o } UNION { ?s ?p ?iri } UNION { GRAPH ?iri { ?s ?p ?o } } }"


def entity_base(store: Store) -> str:
    """The IRI prefix of the entities exploration shows in a store.

    dockg's own data names its entities under :data:`ENTITY_BASE` (ontology terms, graphs
    and source documents are not entities). Data that has none there, an archive's
    export loaded with ``dockg load --from``, has its own IRIs: every IRI is then an
    entity (the prefix is empty), so lookup, paths and neighbourhoods work on it.

    Args:
        store: the store (the answer is remembered per store).

    Returns:
        :data:`ENTITY_BASE`, or ``""``.
    """
    try:
        return _BASES[store]
    except (KeyError, TypeError):
        pass
    answer = store.query(_HAS_ENTITIES, bindings={"base": Literal(ENTITY_BASE)})
    base = ENTITY_BASE if answer.askAnswer else ""
    with contextlib.suppress(TypeError):  # a store that cannot be weakly referenced
        _BASES[store] = base
    return base


class UnknownEntity(DockgError):
    """No entity has the name or IRI given (exit code ``UNKNOWN_ENTITY``)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitCode.UNKNOWN_ENTITY)


class AmbiguousEntity(DockgError):
    """More than one entity has the name given; ``candidates`` lists them.

    Its exit code is ``AMBIGUOUS_ENTITY``.
    """

    def __init__(self, message: str, candidates: tuple[EntityMatch, ...]) -> None:
        super().__init__(message, ExitCode.AMBIGUOUS_ENTITY)
        self.candidates = candidates


@dataclass(frozen=True)
class EntityMatch:
    """An entity found for a text.

    Attributes:
        iri: the entity.
        label: its main name (``schema:name``, else the first name found).
        matched: the written form that matched the text.
        whole: True if the whole name matched, False for a romanization variant or a
            substring match.
    """

    iri: URIRef
    label: str
    matched: str
    whole: bool

    def describe(self) -> str:
        """``label (compact IRI)``, with the matched form when it differs."""
        also = f", as {self.matched!r}" if self.matched != self.label else ""
        return f"{self.label} ({compact_iri(self.iri)}{also})"


class NameIndex:
    """Every name of every entity, indexed by the keys of :func:`dockg.names.name_keys`.

    Build it once per graph with :meth:`from_graph` (or :meth:`from_names` when the
    names come from a SPARQL store), then look texts up with :meth:`find` or
    :meth:`resolve`.
    """

    def __init__(
        self,
        names: Iterable[tuple[URIRef, str, bool]],
        *,
        headings: Mapping[URIRef, URIRef] | None = None,
    ) -> None:
        #: event → the subject heading about it (foaf:focus)
        self._headings = dict(headings or {})
        self._names: dict[URIRef, list[str]] = defaultdict(list)
        self._labels: dict[URIRef, str] = {}
        self._by_key: dict[str, set[tuple[URIRef, str]]] = defaultdict(set)
        self._by_variant: dict[str, set[tuple[URIRef, str]]] = defaultdict(set)
        for entity, name, is_main in names:
            if name not in self._names[entity]:
                self._names[entity].append(name)
            if is_main and entity not in self._labels:
                self._labels[entity] = name
            for key in name_keys(name):
                self._by_key[key].add((entity, name))
            for key in variant_keys(name):
                self._by_variant[key].add((entity, name))
        self._folded = [
            (entity, name, fold(name)) for entity, names in self._names.items() for name in names
        ]

    @classmethod
    def from_graph(cls, graph: Graph, *, base: str = ENTITY_BASE) -> NameIndex:
        """Index the names of the entities under ``base`` in a graph."""

        def names() -> Iterable[tuple[URIRef, str, bool]]:
            for prop in NAME_PROPERTIES:
                for entity, _, value in graph.triples((None, prop, None)):
                    if (
                        isinstance(entity, URIRef)
                        and str(entity).startswith(base)
                        and isinstance(value, Literal)
                    ):
                        yield entity, str(value), prop == SDO.name

        headings = {
            event: heading
            for heading, event in graph.subject_objects(FOAF.focus)
            if isinstance(heading, URIRef) and isinstance(event, URIRef)
        }
        return cls(
            sorted(names(), key=lambda row: (not row[2], str(row[0]), row[1])),
            headings=headings,
        )

    @classmethod
    def from_store(cls, store: Store, *, base: str) -> NameIndex:
        """Index the names of the entities under ``base`` in a store, one query a property.

        Data dockg did not write (``base`` empty: every IRI is an entity) may name things
        with ``foaf:name`` or ``dcterms:title``; those count as main names there.

        Args:
            store: the store to read.
            base: the IRI prefix of the entities (see :func:`entity_base`).

        Returns:
            The index :meth:`from_graph` would build on the same data.
        """
        rows = set()
        foreign = (FOAF.name, DCTERMS.title) if base == "" else ()
        for prop in (*NAME_PROPERTIES, *foreign):
            result = store.query(_NAMES_QUERY, bindings={"property": prop, "base": Literal(base)})
            for entity, _, name in result:  # type: ignore[misc]
                rows.add((URIRef(str(entity)), str(name), prop in (SDO.name, *foreign)))
        return cls(
            sorted(rows, key=lambda row: (not row[2], str(row[0]), row[1])),
            headings=headings_of(store),
        )

    def __contains__(self, entity: Node) -> bool:
        return entity in self._names

    def label(self, entity: URIRef) -> str:
        """The main name of an entity, else its compact IRI."""
        if entity in self._labels:
            return self._labels[entity]
        names = self._names.get(entity)
        return names[0] if names else compact_iri(entity)

    def names(self, entity: URIRef) -> list[str]:
        """Every written name of an entity, main name first."""
        return list(self._names.get(entity, []))

    def _match(self, entity: URIRef, matched: str, whole: bool) -> EntityMatch:
        return EntityMatch(entity, self.label(entity), matched, whole)

    def _main_first(self, pair: tuple[URIRef, str]) -> tuple[str, bool, str]:
        entity, name = pair
        return str(entity), name != self.label(entity), name

    def find(self, text: str, *, every_tier: bool = False) -> list[EntityMatch]:
        """The entities a text may mean, best first.

        Args:
            text: an IRI, a compact IRI, or a name in any written form.
            every_tier: for browsing (``dockg search``): also the romanization variants
                and the names containing the text when some name equals it; whole
                matches still come first.

        Returns:
            One match for a known IRI; else the entities with a name equal to the text
            under some key; else those whose name is a romanization variant of it; else
            those with a name containing the folded text. Sorted by label, then IRI
            (with ``every_tier``: whole matches first).
        """
        text = text.strip()
        iri = expand_iri(text) or (text if text.startswith(("http://", "https://")) else None)
        if iri is not None:
            node = URIRef(iri)
            return [self._match(node, self.label(node), True)] if node in self else []
        best: dict[URIRef, EntityMatch] = {}
        for key in name_keys(text):
            for entity, name in sorted(self._by_key.get(key, ()), key=self._main_first):
                best.setdefault(entity, self._match(entity, name, True))
        if every_tier or not best:
            for key in variant_keys(text):
                for entity, name in sorted(self._by_variant.get(key, ()), key=self._main_first):
                    best.setdefault(entity, self._match(entity, name, False))
        if every_tier or not best:
            needle = fold(text)
            if needle:
                for entity, name, folded in self._folded:
                    if needle in folded:
                        best.setdefault(entity, self._match(entity, name, False))
        ranked = sorted(best.values(), key=lambda m: (m.label.casefold(), str(m.iri)))
        return sorted(ranked, key=lambda m: not m.whole) if every_tier else ranked

    def resolve(self, text: str) -> URIRef:
        """The one entity a text means.

        Raises:
            UnknownEntity: if nothing matches.
            AmbiguousEntity: if more than one entity matches; the message lists them.
        """
        found = self.find(text)
        if not found:
            raise UnknownEntity(f"no entity is called or identified by {text!r}")
        if len(found) > 1:  # an event found with its own heading: the name means the heading
            iris = {m.iri for m in found}
            found = [m for m in found if self._headings.get(m.iri) not in iris]
        if len(found) > 1:
            listed = "\n".join(f"  {m.describe()}" for m in found)
            raise AmbiguousEntity(
                f"{text!r} may mean {len(found)} entities; give one of their IRIs:\n{listed}",
                tuple(found),
            )
        return found[0].iri


_HEADINGS = """
SELECT ?heading ?event WHERE {
  ?heading <http://xmlns.com/foaf/0.1/focus> ?event .
  FILTER (isIRI(?heading) && isIRI(?event))
}
"""


def headings_of(store: Store) -> dict[URIRef, URIRef]:
    """Event → the subject heading about it (``foaf:focus``), for :class:`NameIndex`."""
    return {  # type: ignore[misc]
        URIRef(str(event)): URIRef(str(heading)) for heading, event in store.query(_HEADINGS)
    }


def as_iri(text: str) -> URIRef | None:
    """The IRI a text writes, if it writes one: ``<...>``, a compact IRI, or ``http(s)://``.

    Args:
        text: what the user typed.

    Returns:
        The IRI, or ``None`` when the text is to be read as a name.
    """
    text = text.strip()
    if len(text) > 2 and text.startswith("<") and text.endswith(">"):
        return URIRef(text[1:-1])
    iri = expand_iri(text) or (text if text.startswith(("http://", "https://", "urn:")) else None)
    return URIRef(iri) if iri is not None else None


class EntityFinder:
    """Resolves what a user typed for an entity against a store: a name in any written
    form, an IRI or a compact IRI.

    The name index is built on first use, so a command given only IRIs does not pay
    for it.

    Args:
        store: the store the entity must be in.
        index: the names of the store's entities, when the caller has them already.
    """

    def __init__(self, store: Store, *, index: NameIndex | None = None) -> None:
        self.store = store
        self._index = index

    @property
    def index(self) -> NameIndex:
        """The names of the store's entities."""
        if self._index is None:
            self._index = NameIndex.from_store(self.store, base=entity_base(self.store))
        return self._index

    def resolve(self, text: str) -> URIRef:
        """The one entity ``text`` means.

        Returns:
            The IRI of the entity.

        Raises:
            UnknownEntity: if no entity has the name, or the store says nothing of the IRI.
            AmbiguousEntity: if the name fits several entities; the message lists them.
        """
        iri = as_iri(text)
        if iri is None:
            return self.index.resolve(text)
        if (self._index is not None and iri in self._index) or self.store.query(
            _MENTIONED, bindings={"iri": iri}
        ).askAnswer:
            return iri
        raise UnknownEntity(f"the graph says nothing about {text.strip()!r}")
