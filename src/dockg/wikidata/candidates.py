"""The project's entities as reconciliation sees them, and their Wikidata candidates.

Each person, film, festival, place, historical event and topic of the project is read with
every written form the project holds (``schema:name``, ``schema:alternateName`` and its
sub-properties such as the Korean-order, Western-order and Hangul names, ``skos:prefLabel``
and ``skos:altLabel``) and with the facts the evidence rules weigh. A personal name is also
written in the other word order and with its hyphenated given name joined, spaced and
re-capitalized (``Heung-Soon Im`` → ``Im Heung-soon``, ``Im Heungsoon``...), since a
label matches only as written.

A written form is looked up as a Wikidata label or alias in English, in Korean when it is
Hangul, in the language it is tagged with, and in the entity's other recorded languages
when it is in Latin letters.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF
from rdflib.term import Node

from dockg.iris import kind_of
from dockg.names import SURNAME_VARIANTS, has_hangul, name_keys, title_key
from dockg.namespaces import DOCKG, OWL, RDF, SDO, SKOS, WD
from dockg.resolution.identifiers import Identifiers, identifiers_of
from dockg.resolution.profiles import year_of
from dockg.wikidata.client import WikidataClient


class EntityType(StrEnum):
    """The kinds of entity reconciled, each with evidence rules of its own."""

    PERSON = "person"
    FILM = "film"
    FESTIVAL = "festival"
    PLACE = "place"
    EVENT = "event"
    TOPIC = "topic"


#: Classes of each kind, most specific kind first. A subject heading whose foaf:focus is a
#: historical event is not reconciled itself: Wikidata has one item for the event, and
#: the event is linked to it (see :func:`project_entities`).
TYPE_CLASSES: tuple[tuple[EntityType, frozenset[URIRef]], ...] = (
    (EntityType.PERSON, frozenset({DOCKG.Person})),
    (EntityType.FILM, frozenset({DOCKG.Film, SDO.Movie})),
    (EntityType.FESTIVAL, frozenset({DOCKG.FestivalSeries})),
    (EntityType.EVENT, frozenset({DOCKG.HistoricalEvent, DOCKG.HistoricalPeriod})),
    (EntityType.TOPIC, frozenset({DOCKG.Topic})),
    (EntityType.PLACE, frozenset({SDO.Place})),
)

#: Places too small for Wikidata to know: a screen in a cinema.
_NOT_RECONCILED = frozenset({DOCKG.Screen})

NAME_PROPERTIES = (
    SDO.name,
    SDO.alternateName,
    DOCKG.nameInKoreanOrder,
    DOCKG.nameInWesternOrder,
    DOCKG.nameInHangul,
    DOCKG.originalTitle,
    SKOS.prefLabel,
    SKOS.altLabel,
)

#: The project's credit properties and the Wikidata properties that say the same.
CREDIT_ROLES: dict[URIRef, str] = {
    SDO.director: "P57",
    SDO.author: "P58",
    DOCKG.cinematographer: "P344",
    DOCKG.filmEditor: "P1040",
    SDO.producer: "P162",
}

_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class Entity:
    """One project entity and the facts its evidence is weighed against.

    Attributes:
        iri: the entity.
        kind: what it is.
        classes: its rdf:types.
        names: every written form, as recorded (with language tags).
        preferred: its main names (``schema:name``, ``skos:prefLabel``).
        years: birth years (people), years of creation (films), start years (events).
        end_years: end years (events).
        films: title keys of the films a person is credited on.
        directors: name keys of a film's directors.
        places: names of the places it is located in or contained in, transitively
            (festivals, places), or where a person was born.
        first_year: a festival's first edition year.
        identifiers: its external identifiers by scheme (IMDb, KMDb...), from its
            ``schema:sameAs`` links and ``schema:identifier`` values.
        linked: Wikidata items a curator already linked it to.
        different: Wikidata items a curator said it is not (``owl:differentFrom``).
    """

    iri: URIRef
    kind: EntityType
    classes: set[Node] = field(default_factory=set)
    names: list[Literal] = field(default_factory=list)
    preferred: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    end_years: set[int] = field(default_factory=set)
    films: set[str] = field(default_factory=set)
    directors: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    first_year: int | None = None
    identifiers: Identifiers = field(default_factory=dict)
    linked: set[URIRef] = field(default_factory=set)
    different: set[URIRef] = field(default_factory=set)

    @property
    def label(self) -> str:
        """Its first preferred name, else its first name, else the IRI."""
        return (
            min(self.preferred)
            if self.preferred
            else str(self.names[0])
            if self.names
            else str(self.iri)
        )

    @property
    def languages(self) -> set[str]:
        """The languages its names are recorded in (Latin-script tags)."""
        return {n.language for n in self.names if n.language and _LATIN.search(str(n))}


def _kind(classes: set[Node]) -> EntityType | None:
    if classes & _NOT_RECONCILED:
        return None
    for kind, wanted in TYPE_CLASSES:
        if classes & wanted:
            return kind
    return None


def _place_names(graph: Graph, start: Iterable[Node]) -> set[str]:
    """Names of the places given and every place they are contained in."""
    names: set[str] = set()
    seen: set[Node] = set()
    stack = list(start)
    while stack:
        place = stack.pop()
        if place in seen:
            continue
        seen.add(place)
        names |= {str(n) for n in graph.objects(place, SDO.name)}
        names |= {str(n) for n in graph.objects(place, SDO.alternateName)}
        stack.extend(graph.objects(place, SDO.containedInPlace))
    return names


def project_entities(graph: Graph, kinds: Iterable[EntityType]) -> list[Entity]:
    """Every entity of the given kinds in the (materialized) project graph, sorted by IRI."""
    wanted = set(kinds)
    classes: defaultdict[URIRef, set[Node]] = defaultdict(set)
    for s, o in graph.subject_objects(RDF.type):
        if isinstance(s, URIRef):
            classes[s].add(o)
    entities = []
    for iri in sorted(classes, key=str):
        if kind_of(iri) is None:
            continue  # not the project's own (a Wikidata item an import describes)
        kind = _kind(classes[iri])
        if kind is None or kind not in wanted:
            continue
        if kind is EntityType.TOPIC and graph.value(iri, FOAF.focus) is not None:
            continue  # the heading of an event: the event is the one to link
        entities.append(_entity(graph, iri, kind, classes[iri]))
    return entities


def _entity(graph: Graph, iri: URIRef, kind: EntityType, classes: set[Node]) -> Entity:
    entity = Entity(iri, kind, classes)
    seen: set[Literal] = set()
    for prop in NAME_PROPERTIES:
        for name in sorted(graph.objects(iri, prop), key=lambda n: n.n3()):
            if isinstance(name, Literal) and str(name).strip() and name not in seen:
                seen.add(name)
                entity.names.append(name)
    entity.preferred = {str(n) for p in (SDO.name, SKOS.prefLabel) for n in graph.objects(iri, p)}
    for item in graph.objects(iri, OWL.sameAs):
        if isinstance(item, URIRef) and str(item).startswith(str(WD)):
            entity.linked.add(item)
    for item in graph.objects(iri, OWL.differentFrom):
        if isinstance(item, URIRef):
            entity.different.add(item)
    for item in graph.subjects(OWL.differentFrom, iri):
        if isinstance(item, URIRef):
            entity.different.add(item)
    if kind is EntityType.PERSON:
        entity.years = {y for y in map(year_of, graph.objects(iri, SDO.birthDate)) if y}
        for role in CREDIT_ROLES:
            for film in graph.subjects(role, iri):
                entity.films |= {title_key(str(t)) for t in graph.objects(film, SDO.name)}
        entity.places = _place_names(graph, graph.objects(iri, SDO.birthPlace))
        entity.identifiers = identifiers_of(graph, iri)
    elif kind is EntityType.FILM:
        entity.years = {y for y in map(year_of, graph.objects(iri, SDO.dateCreated)) if y}
        for director in graph.objects(iri, SDO.director):
            for prop in NAME_PROPERTIES[:5]:
                for name in graph.objects(director, prop):
                    entity.directors |= name_keys(str(name))
        entity.identifiers = identifiers_of(graph, iri)
    elif kind is EntityType.FESTIVAL:
        entity.places = _place_names(graph, graph.objects(iri, SDO.location))
        entity.first_year = year_of(graph.value(iri, DOCKG.firstEditionYear))
    elif kind is EntityType.PLACE:
        entity.places = _place_names(graph, graph.objects(iri, SDO.containedInPlace))
    elif kind is EntityType.EVENT:
        entity.years = {y for y in map(year_of, graph.objects(iri, SDO.startDate)) if y}
        entity.end_years = {y for y in map(year_of, graph.objects(iri, SDO.endDate)) if y}
    return entity


# -- written forms ---------------------------------------------------------------------


def _given_forms(word: str) -> set[str]:
    """A hyphenated given name as Wikidata may write it: ``Heung-Soon`` → four forms."""
    if "-" not in word:
        return {word}
    first, *rest = word.split("-")
    return {
        word,
        "-".join([first, *(r.lower() for r in rest)]),
        first + "".join(r.lower() for r in rest),
        " ".join([first, *rest]),
    }


#: One romanized Korean syllable (Revised Romanization and McCune-Reischauer, without
#: accents): an initial consonant, a vowel, a final consonant.
_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|k|g|n|d|t|r|l|m|b|p|s|j|h)?"
    r"(?:yae|yeo|you|wae|ae|ya|yo|yu|ye|eo|eu|oe|wa|wo|we|wi|ui|oo|ou|a|e|i|o|u)"
    r"(?:ng|k|n|t|l|m|p|g|d|b|r|s)?"
)


def syllable_splits(word: str) -> set[str]:
    """A joined two-syllable Korean given name, hyphenated: ``Jinseok`` → ``Jin-seok``.

    Every way of cutting the word into two romanized syllables is given (the evidence, not
    the spelling, decides which item is the person).
    """
    lower = word.lower()
    splits = set()
    for cut in range(2, len(lower) - 1):
        head, tail = lower[:cut], lower[cut:]
        if _SYLLABLE.fullmatch(head) and _SYLLABLE.fullmatch(tail):
            splits.add(f"{word[:cut]}-{word[cut:].lower()}")
    return splits


def _korean_given_names(words: list[str]) -> list[str]:
    """The words of a Korean name (a known family name first or last) that may be split."""
    if len(words) != 2:
        return []
    first, last = (w.lower() for w in words)
    if first in SURNAME_VARIANTS:
        return [words[1]]
    if last in SURNAME_VARIANTS:
        return [words[0]]
    return []


def person_forms(name: str) -> set[str]:
    """A personal name in both word orders and with its given name's spellings."""
    words = name.split()
    if len(words) < 2 or has_hangul(name):
        return {name}
    spellings = [words]
    for given in _korean_given_names(words):
        if "-" not in given and len(given) >= 4:
            for split in sorted(syllable_splits(given)):
                spellings.append([split if w == given else w for w in words])
    forms = {name}
    orders = [o for w in spellings for o in (w, [w[-1], *w[:-1]], [*w[1:], w[0]])]
    for order in orders:
        variants: list[list[str]] = [[]]
        for word in order:
            variants = [[*v, w] for v in variants for w in sorted(_given_forms(word))]
        forms |= {" ".join(v) for v in variants}
    return forms


def lookup_labels(entity: Entity) -> set[Literal]:
    """The language-tagged labels to look for: each written form in each likely language."""
    labels: set[Literal] = set()
    others = entity.languages
    for name in entity.names:
        text = str(name).strip()
        forms = person_forms(text) if entity.kind is EntityType.PERSON else {text}
        for form in forms:
            if has_hangul(form):
                languages = {"ko"}
            elif name.language and not _LATIN.search(form):
                languages = {name.language}
            else:
                languages = {"en", *others} | ({name.language} if name.language else set())
            labels |= {Literal(form, lang=lang) for lang in languages}
    return labels


@dataclass(frozen=True)
class Match:
    """A Wikidata item found under one of an entity's written forms."""

    item: URIRef
    label: Literal
    alias: bool


def find_candidates(
    client: WikidataClient, entities: list[Entity]
) -> dict[URIRef, dict[URIRef, list[Match]]]:
    """The Wikidata items whose label or alias is one of each entity's written forms.

    Returns:
        entity IRI → item → the matches that found it.
    """
    wanted: defaultdict[Literal, list[Entity]] = defaultdict(list)
    for entity in entities:
        for label in lookup_labels(entity):
            wanted[label].append(entity)
    found: dict[URIRef, dict[URIRef, list[Match]]] = {e.iri: {} for e in entities}
    for row in client.select("candidates", "label", wanted):
        found_label, item, prop = row.get("label"), row.get("item"), row.get("property")
        if not isinstance(found_label, Literal) or not isinstance(item, URIRef):
            continue
        for entity in wanted.get(found_label, ()):
            match = Match(item, found_label, prop == SKOS.altLabel)
            found[entity.iri].setdefault(item, [])
            if match not in found[entity.iri][item]:
                found[entity.iri][item].append(match)
    return found
