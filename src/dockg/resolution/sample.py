"""The part of a large incoming source that resolution needs, gathered as rows stream by.

Resolving a spreadsheet of a million rows does not need a million films in memory: an
incoming film or person can only be merged with, or be a candidate for, an existing entity
that shares one of its name keys (:class:`~dockg.resolution.profiles.GraphIndex` indexes
the project's entities by exact and loose key), or that has its very IRI. So each row is
looked at once, as it is read: a film or person whose keys hit the project's index, or
whose IRI the project has, is a *suspect*, and every row that mentions a suspect is kept
whole (the film's directors, the person's films and where they were selected are the
evidence the rules weigh). Festivals, editions and sections are few and are always kept.
The rules of :func:`~dockg.resolution.resolve.resolve_incoming` then run unchanged on what
was kept, and decide exactly what they would on the whole source: an entity that was not
kept shares no key with the project, so no rule would have found an option for it.

Facts of single-valued properties about entities the project already has are kept too, so
:func:`~dockg.resolution.record.claim_clashes` can record the values that now disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from dockg.names import main_title_key, name_keys, title_key, variant_keys
from dockg.namespaces import DOCKG, OWL, RDF, SDO
from dockg.resolution.profiles import (
    CATEGORY_TYPES,
    PERSON_NAME_PROPERTIES,
    TITLE_PROPERTIES,
    Category,
    GraphIndex,
)

Triple = tuple[Node, Node, Node]

#: Categories always kept whole: few entities, matched by parent and number, not by key.
_EVENTS = (Category.FESTIVAL, Category.EDITION, Category.SECTION)
_PERSON_NAMES = frozenset(PERSON_NAME_PROPERTIES)
_TITLES = frozenset(TITLE_PROPERTIES)
# sets, not terms: membership is a hash and an identity check, not rdflib's __eq__
_TYPE = frozenset({RDF.type})
_SAME_AS = frozenset({OWL.sameAs})
_FAMILY = frozenset({SDO.familyName})
_GIVEN = frozenset({SDO.givenName})
_SHOWN = frozenset({SDO.workPresented, SDO.workFeatured, SDO.superEvent})


@lru_cache(maxsize=50_000)
def _person_keys(name: str) -> tuple[frozenset[str], frozenset[str]]:
    return name_keys(name), variant_keys(name)


def _category(types: set[Node]) -> Category | None:
    for category, classes in CATEGORY_TYPES:
        if types & classes:
            return category
    return None


class ResolutionSample:
    """Collects, row by row, the incoming facts resolution needs (see the module docs).

    Args:
        existing: the materialized project graph resolved against.
        index: its index (built here if not given).

    Attributes:
        graph: the kept facts; resolve them with ``resolve_incoming(sample.graph, ...)``.
        clashing: facts of single-valued properties about entities the project has.
    """

    def __init__(self, existing: Graph, index: GraphIndex | None = None) -> None:
        self.existing = existing
        self.index = index if index is not None else GraphIndex(existing)
        self.graph = Graph()
        self.clashing = Graph()
        self.suspects: set[URIRef] = set()
        self._kept: set[Triple] = set()
        self._single = frozenset(existing.subjects(RDF.type, DOCKG.SingleValuedProperty))
        self._categories: dict[frozenset[Node], Category | None] = {}
        keys = self.index.by_key
        loose = self.index.by_loose
        # a film title meets the project's titles exactly, or once a subtitle is dropped
        # on either side (resolve_films looks in both indexes with both kinds of key)
        self._film_keys = set(keys[Category.FILM]) | set(loose[Category.FILM])
        self._person_keys = set(keys[Category.PERSON])
        self._person_loose = set(loose[Category.PERSON])

    def _in_project(self, iri: Node) -> bool:
        # not cached: one index lookup, and a cache would hold every film of a large file
        return (iri, None, None) in self.existing

    def add_row(self, triples: Sequence[Triple]) -> None:
        """Look at one row's triples and keep what resolution will need of them."""
        about: dict[Node, list[Triple]] = {}
        for triple in triples:
            found = about.get(triple[0])
            if found is None:
                about[triple[0]] = [triple]
            else:
                found.append(triple)
        suspect = False
        for subject, facts in about.items():
            category = self._category(frozenset(o for _, p, o in facts if p in _TYPE))
            if category is None or not isinstance(subject, URIRef):
                continue
            if category in _EVENTS:
                self._keep(facts)
            elif subject in self.suspects or self._suspect(subject, category, facts):
                self.suspects.add(subject)
                suspect = True
        if suspect:
            self._keep(triples)
        for triple in triples:
            s, p, _ = triple
            if p in _SAME_AS:
                self._keep((triple,))
            if p in self._single and self._in_project(s):
                self.clashing.add(triple)

    def _category(self, classes: frozenset[Node]) -> Category | None:
        if classes not in self._categories:
            self._categories[classes] = _category(set(classes))
        return self._categories[classes]

    def _keep(self, triples: Sequence[Triple]) -> None:
        for triple in triples:
            if triple not in self._kept:
                self._kept.add(triple)
                self.graph.add(triple)

    def _suspect(self, subject: URIRef, category: Category, facts: Sequence[Triple]) -> bool:
        """Whether an entity of the row may be one the project has (``facts`` are its own)."""
        if subject in self.index.profiles:
            return True
        if category in (Category.SELECTION, Category.SCREENING):
            # shown: a selection of a film the project has, in a section it has
            return any(p in _SHOWN and o in self.index.profiles for _, p, o in facts)
        if category is Category.FILM:
            names = [str(o).strip() for _, p, o in facts if p in _TITLES]
            found = {k for n in names for k in (title_key(n), main_title_key(n)) if k}
            return not self._film_keys.isdisjoint(found)
        if category is Category.PERSON:
            names = [
                str(o).strip() for _, p, o in facts if p in _PERSON_NAMES and isinstance(o, Literal)
            ]
            family = [o for _, p, o in facts if p in _FAMILY]
            given = [o for _, p, o in facts if p in _GIVEN]
            names += [f"{f} {g}" for f in family for g in given]
            for name in names:
                exact, loose = _person_keys(name)
                if not self._person_keys.isdisjoint(exact):
                    return True
                if not self._person_loose.isdisjoint(loose):
                    return True
            return False
        return False
