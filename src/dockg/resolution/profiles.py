"""What resolution knows of each entity of a graph: its kind, names, years and links.

A :class:`GraphIndex` is built once per graph (the incoming facts of one source, or the
project as it is) and holds a :class:`Profile` per entity plus the links the rules weigh
as evidence: who is credited on which film in which role, which films were selected at
which festival edition, the editions of each festival. The incoming graph is not
materialized and the project graph is, so the kinds are read through both dockg's and
schema.org's classes, and personal names through dockg's name sub-properties as well.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from dockg.names import (
    festival_key,
    has_hangul,
    main_title_key,
    name_keys,
    ordinal_in,
    title_key,
    variant_keys,
    year_in,
)
from dockg.namespaces import DOCKG, OWL, RDF, SDO
from dockg.resolution.identifiers import Identifiers, identifiers_of


class Category(StrEnum):
    """The kinds of entity resolution matches, each by rules of its own."""

    FESTIVAL = "festival"
    EDITION = "edition"
    SECTION = "section"
    FILM = "film"
    PERSON = "person"
    SELECTION = "selection"
    SCREENING = "screening"


#: Classes of each category, most specific category first (an exhibition that is also a
#: screening is a screening; a festival edition is never taken for its series).
CATEGORY_TYPES: tuple[tuple[Category, frozenset[URIRef]], ...] = (
    (Category.SELECTION, frozenset({DOCKG.FestivalSelection})),
    (Category.SCREENING, frozenset({DOCKG.Screening})),
    (Category.SECTION, frozenset({DOCKG.FestivalSection})),
    (Category.EDITION, frozenset({DOCKG.FestivalEdition})),
    (Category.FESTIVAL, frozenset({DOCKG.FestivalSeries})),
    (
        Category.FILM,
        frozenset({DOCKG.Film, DOCKG.DocumentaryFilm, DOCKG.FictionFilm, SDO.Movie}),
    ),
    (Category.PERSON, frozenset({DOCKG.Person, SDO.Person})),
)

PERSON_NAME_PROPERTIES = (
    SDO.name,
    SDO.alternateName,
    DOCKG.nameInKoreanOrder,
    DOCKG.nameInWesternOrder,
    DOCKG.nameInHangul,
)
TITLE_PROPERTIES = (SDO.name, SDO.alternateName)

#: The roles in which a person is credited on a film: the evidence of "same film, same role".
CREDIT_PROPERTIES: tuple[URIRef, ...] = (
    SDO.director,
    SDO.producer,
    DOCKG.cinematographer,
    DOCKG.filmEditor,
    SDO.author,
    SDO.creator,
    SDO.musicBy,
    SDO.actor,
)

_YEAR = re.compile(r"^(\d{4})")


def year_of(value: Node | None) -> int | None:
    """The year of a ``gYear``, ``date`` or ``dateTime`` literal (or of a bare year)."""
    if not isinstance(value, Literal):
        return None
    found = _YEAR.match(str(value).strip())
    return int(found.group(1)) if found else None


def int_of(value: Node | None) -> int | None:
    """The integer value of a literal, if it has one."""
    if isinstance(value, Literal):
        try:
            return int(str(value))
        except ValueError:
            return None
    return None


@dataclass
class Profile:
    """One entity as resolution sees it.

    Attributes:
        iri: the entity.
        category: its kind.
        names: every written name (titles for films and sections).
        keys: exact keys of the names (:func:`~dockg.names.name_keys` for people,
            :func:`~dockg.names.title_key` for films and sections,
            :func:`~dockg.names.festival_key` for festivals).
        loose: looser keys (romanization :func:`~dockg.names.variant_keys` for people,
            :func:`~dockg.names.main_title_key` for films).
        hangul: names written in Hangul (folded keys).
        years: years of creation, birth or start.
        number: an edition's number (recorded, else the ordinal of its name).
        parent: an edition's festival, a section's edition or parent section.
        identifiers: external identifiers of films and people, by scheme (IMDb, VIAF...).
    """

    iri: URIRef
    category: Category
    names: list[str] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    loose: set[str] = field(default_factory=set)
    hangul: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    number: int | None = None
    parent: URIRef | None = None
    identifiers: Identifiers = field(default_factory=dict)

    @property
    def label(self) -> str:
        """The first name, else the IRI."""
        return self.names[0] if self.names else str(self.iri)


class GraphIndex:
    """The profiles of a graph's entities and the links between them, indexed by key."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.profiles: dict[URIRef, Profile] = {}
        self.by_key: dict[Category, defaultdict[str, set[URIRef]]] = {
            c: defaultdict(set) for c in Category
        }
        self.by_loose: dict[Category, defaultdict[str, set[URIRef]]] = {
            c: defaultdict(set) for c in Category
        }
        #: film → {(role, person)}; person → {(role, film)}
        self.credits_of_film: defaultdict[URIRef, set[tuple[URIRef, URIRef]]] = defaultdict(set)
        self.credits_of_person: defaultdict[URIRef, set[tuple[URIRef, URIRef]]] = defaultdict(set)
        self.children: defaultdict[URIRef, set[URIRef]] = defaultdict(set)
        #: (work, superEvent) of selections; (work, start) of screenings
        self.showing_key: dict[URIRef, tuple[Node, Node]] = {}
        self.by_showing: defaultdict[tuple[Node, Node], set[URIRef]] = defaultdict(set)
        self.same_as: set[frozenset[URIRef]] = set()
        self.annual: dict[URIRef, bool] = {}
        self.first_year: dict[URIRef, int] = {}
        self._film_events: defaultdict[URIRef, set[URIRef]] | None = None
        self._by_property: dict[URIRef, defaultdict[Node, list[Node]]] = {}
        self._build()

    # -- construction -----------------------------------------------------------------

    def _objects(self, subject: Node, prop: URIRef) -> list[Node]:
        """The values of a property, read for all subjects in one pass over the graph."""
        if prop not in self._by_property:
            table: defaultdict[Node, list[Node]] = defaultdict(list)
            for s, o in self.graph.subject_objects(prop):
                table[s].append(o)
            self._by_property[prop] = table
        return self._by_property[prop].get(subject, [])

    def _value(self, subject: Node, prop: URIRef) -> Node | None:
        values = self._objects(subject, prop)
        return min(values, key=str) if values else None

    def _literals(self, subject: URIRef, properties: tuple[URIRef, ...]) -> list[str]:
        names: list[str] = []
        for prop in properties:
            for value in sorted(self._objects(subject, prop), key=str):
                text = str(value).strip()
                if isinstance(value, Literal) and text and text not in names:
                    names.append(text)
        return names

    def _category(self, types: set[Node]) -> Category | None:
        for category, classes in CATEGORY_TYPES:
            if types & classes:
                return category
        return None

    def _build(self) -> None:
        g = self.graph
        types: defaultdict[URIRef, set[Node]] = defaultdict(set)
        for s, o in g.subject_objects(RDF.type):
            if isinstance(s, URIRef):
                types[s].add(o)
        for iri in sorted(types, key=str):
            category = self._category(types[iri])
            if category is not None:
                self._add(iri, category)
        for prop in CREDIT_PROPERTIES:
            for work, person in g.subject_objects(prop):
                if isinstance(work, URIRef) and isinstance(person, URIRef):
                    self.credits_of_film[work].add((prop, person))
                    self.credits_of_person[person].add((prop, work))
        for a, b in g.subject_objects(OWL.sameAs):
            if isinstance(a, URIRef) and isinstance(b, URIRef):
                self.same_as.add(frozenset((a, b)))

    def _add(self, iri: URIRef, category: Category) -> None:
        profile = Profile(iri, category)
        if category is Category.PERSON:
            profile.names = self._literals(iri, PERSON_NAME_PROPERTIES)
            family, given = self._value(iri, SDO.familyName), self._value(iri, SDO.givenName)
            if isinstance(family, Literal) and isinstance(given, Literal):
                full = f"{family} {given}"
                if not any(name_keys(full) & name_keys(n) for n in profile.names):
                    profile.names.append(full)
            for name in profile.names:
                keys = name_keys(name)
                profile.keys |= keys
                profile.loose |= variant_keys(name)
                if has_hangul(name):
                    profile.hangul |= keys
            profile.years = {y for y in map(year_of, self._objects(iri, SDO.birthDate)) if y}
        elif category in (Category.FILM, Category.SECTION):
            profile.names = self._literals(iri, TITLE_PROPERTIES)
            profile.keys = {k for k in map(title_key, profile.names) if k}
            profile.loose = {k for k in map(main_title_key, profile.names) if k}
            profile.years = {y for y in map(year_of, self._objects(iri, SDO.dateCreated)) if y}
            parent = self._value(iri, DOCKG.sectionOf)
            profile.parent = parent if isinstance(parent, URIRef) else None
        elif category is Category.FESTIVAL:
            profile.names = self._literals(iri, TITLE_PROPERTIES)
            profile.keys = {k for k in map(festival_key, profile.names) if k}
            annual = self._value(iri, DOCKG.isAnnual)
            if isinstance(annual, Literal):
                self.annual[iri] = str(annual).lower() in ("true", "1")
            first = year_of(self._value(iri, DOCKG.firstEditionYear))
            if first:
                self.first_year[iri] = first
        elif category is Category.EDITION:
            profile.names = self._literals(iri, TITLE_PROPERTIES)
            parent = self._value(iri, DOCKG.editionOf)
            profile.parent = parent if isinstance(parent, URIRef) else None
            profile.number = int_of(self._value(iri, DOCKG.editionNumber))
            if profile.number is None:
                profile.number = next(filter(None, map(ordinal_in, profile.names)), None)
            profile.years = {y for y in map(year_of, self._objects(iri, SDO.startDate)) if y}
            if not profile.years:
                profile.years = {y for y in map(year_in, profile.names) if y}
        else:  # selections and screenings: what is shown, and where or when
            work = self._value(
                iri, SDO.workFeatured if category is Category.SELECTION else SDO.workPresented
            )
            where = self._value(
                iri, SDO.superEvent if category is Category.SELECTION else SDO.startDate
            )
            if work is not None and where is not None:
                self.showing_key[iri] = (work, where)
                self.by_showing[(work, where)].add(iri)
        if category in (Category.FILM, Category.PERSON):
            profile.identifiers = identifiers_of(self.graph, iri, self._objects)
        self.profiles[iri] = profile
        for key in profile.keys:
            self.by_key[category][key].add(iri)
        for key in profile.loose:
            self.by_loose[category][key].add(iri)
        if profile.parent is not None:
            self.children[profile.parent].add(iri)

    # -- queries ----------------------------------------------------------------------

    def of(self, category: Category) -> list[Profile]:
        """The profiles of one category, sorted by IRI."""
        return [p for p in self.profiles.values() if p.category is category]

    def matching(self, category: Category, keys: set[str], *, loose: bool = False) -> set[URIRef]:
        """The entities of a category that have one of ``keys`` (exact or loose keys)."""
        index = (self.by_loose if loose else self.by_key)[category]
        found: set[URIRef] = set()
        for key in keys:
            found |= index.get(key, set())
        return found

    def editions_of(self, festival: URIRef) -> list[Profile]:
        """The editions of a festival, sorted by IRI."""
        return self._children(festival, Category.EDITION)

    def sections_under(self, parent: URIRef) -> list[Profile]:
        """The sections whose ``dockg:sectionOf`` is ``parent``."""
        return self._children(parent, Category.SECTION)

    def _children(self, parent: URIRef, category: Category) -> list[Profile]:
        found = (self.profiles[c] for c in self.children.get(parent, ()))
        return sorted((p for p in found if p.category is category), key=lambda p: str(p.iri))

    def edition_above(self, event: Node) -> URIRef | None:
        """The festival edition an edition, section or nested section belongs to."""
        seen: set[Node] = set()
        while isinstance(event, URIRef) and event not in seen:
            seen.add(event)
            profile = self.profiles.get(event)
            if profile is None:
                return None
            if profile.category is Category.EDITION:
                return event
            if profile.parent is None:
                return None
            event = profile.parent
        return None

    def events_showing(self, film: URIRef) -> set[URIRef]:
        """The sections and editions in which a film was selected."""
        if self._film_events is None:
            self._film_events = defaultdict(set)
            for selection, (work, where) in self.showing_key.items():
                if (
                    self.profiles[selection].category is Category.SELECTION
                    and isinstance(work, URIRef)
                    and isinstance(where, URIRef)
                ):
                    self._film_events[work].add(where)
        return self._film_events.get(film, set())

    def editions_showing(self, film: URIRef) -> set[URIRef]:
        """The festival editions at which a film was selected."""
        return {e for e in map(self.edition_above, self.events_showing(film)) if e is not None}
