"""Weighing a Wikidata candidate against a project entity: evidence before a link.

A name is never enough. Each kind of entity has its evidence, read from Wikidata's truthy
statements (``wdt:``). Types (P31) and occupations (P106) are judged by their Q-ids where
``dockg.wikidata.vocabulary`` knows them (human, film, documentary film, film festival,
country; film, art and other occupations), and only otherwise by the words of their English
or Korean labels:

* **people**: a human (P31 Q5); occupations (P106) of film, art or documentary work; the
  birth year (P569); the place of birth (P19); the films Wikidata credits them on as
  director, screenwriter, cinematographer, editor or producer (P57, P58, P344, P1040,
  P162) against the project's credits; the IMDb id (P345).
* **films**: a film (P31); the year (P577) within one year of the project's; the director
  (P57) by name; the IMDb, KMDb and KOBIS ids (P345, P3704, P3750, P8921).
* **festivals**: a festival (P31); the country (P17) among the places the project locates
  it in; the year of the first edition (P571).
* **places**: the country (P17) or the place it lies in (P131) among the project's; a
  country is a country.
* **events**: a date (P585, P580, P582) in the project's years.
* **topics**: not a person, a work or an event; found under the preferred label or under
  written forms in two languages.

Something that contradicts (another occupation, another birth year, films by someone else,
another director, another IMDb, KMDb or KOBIS id, dates elsewhere in time) rules the candidate out,
whatever else agrees. A candidate is linked only if it has enough evidence and is the only
one that has; two with enough evidence are reported as candidate pairs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.term import Node

from dockg.names import fold, has_hangul, name_keys, title_key
from dockg.namespaces import SDO, WDT
from dockg.resolution.identifiers import normalized
from dockg.resolution.profiles import year_of
from dockg.wikidata.candidates import Entity, EntityType, Match
from dockg.wikidata.client import WikidataClient
from dockg.wikidata.vocabulary import (
    COUNTRY_CLASSES,
    FESTIVAL_CLASSES,
    FILM_CLASSES,
    FITTING_OCCUPATIONS,
    HUMAN,
    IDENTIFIER_PROPERTIES,
    KNOWN,
)

#: Years of one film in two sources may differ by this much (as in resolution).
YEAR_TOLERANCE = 1

#: What is neither a place, nor an event, nor a topic: a person, a film, a festival.
_NOT_A_PLACE_OR_CONCEPT: Mapping[URIRef, str] = {
    HUMAN: "human",
    **FILM_CLASSES,
    **FESTIVAL_CLASSES,
}

#: Words in an occupation's label that fit the people of this project (for an occupation
#: whose Q-id is not in ``dockg.wikidata.vocabulary``).
_OCCUPATION_WORDS = (
    "film",
    "director",
    "cinematograph",
    "producer",
    "editor",
    "documentar",
    "artist",
    "screenwriter",
    "video",
    "photograph",
    "curator",
    "critic",
    "actor",
    "actress",
    "writer",
    "scholar",
    "professor",
    "activist",
    "revolutionar",
    "independence",
    "영화",
    "감독",
    "미술",
    "작가",
)
#: Words in a type's label (P31) that a kind of entity must have one of (for a type whose
#: Q-id is not known).
_TYPE_WORDS: dict[EntityType, tuple[str, ...]] = {
    EntityType.FILM: ("film", "movie", "documentary", "영화"),
    EntityType.FESTIVAL: ("festival", "영화제"),
}
#: Words in a type's label that rule out a topic or an event (a person, a work).
_NOT_A_CONCEPT = (
    "human",
    "film",
    "painting",
    "sculpture",
    "book",
    "novel",
    "album",
    "song",
    "ship",
    "artwork",
    "work of art",
    "literary work",
    "television series",
)
_COUNTRY_WORDS = ("country", "sovereign state", "state")


@dataclass
class ItemFacts:
    """What Wikidata says of one item, as the evidence rules need it.

    Attributes:
        values: property id (``P31``) → the values.
        labels: value → its English and Korean labels.
        credits: (property id, title key of the film, its label) for each credit of a person.
    """

    values: defaultdict[str, list[Node]] = field(default_factory=lambda: defaultdict(list))
    labels: defaultdict[Node, set[str]] = field(default_factory=lambda: defaultdict(set))
    credits: set[tuple[str, str, str]] = field(default_factory=set)

    def named(self, prop: str) -> list[str]:
        """The labels (folded) of the values of a property, sorted."""
        return sorted({fold(label) for v in self.values.get(prop, []) for label in self.labels[v]})

    def shown(self, prop: str) -> list[str]:
        """The values of a property as a reader sees them, sorted: their labels (folded),
        else the English name of an item known by its Q-id, else the Q-id itself."""
        names: set[str] = set()
        for value in self.values.get(prop, []):
            labels = self.labels.get(value)
            if labels:
                names |= {fold(label) for label in labels}
            elif isinstance(value, URIRef) and value in KNOWN:
                names.add(KNOWN[value])
            else:
                names.add(str(value).rsplit("/", 1)[-1])
        return sorted(names)

    def years(self, *props: str) -> set[int]:
        return {y for p in props for y in map(year_of, self.values.get(p, [])) if y}

    def strings(self, prop: str) -> set[str]:
        return {str(v) for v in self.values.get(prop, []) if isinstance(v, Literal)}


def fetch_facts(
    client: WikidataClient, items: set[URIRef], *, people: set[URIRef]
) -> dict[URIRef, ItemFacts]:
    """The facts of each item, and the film credits of those that may be people."""
    facts: defaultdict[URIRef, ItemFacts] = defaultdict(ItemFacts)
    for row in client.select("facts", "item", items):
        item, prop, value = row.get("item"), row.get("property"), row.get("value")
        if not isinstance(item, URIRef) or not isinstance(prop, URIRef) or value is None:
            continue
        pid = str(prop).removeprefix(str(WDT))
        record = facts[item]
        if value not in record.values[pid]:
            record.values[pid].append(value)
        label = row.get("valueLabel")
        if isinstance(label, Literal):
            record.labels[value].add(str(label))
    for row in client.select("credits", "person", people):
        person, role, label = row.get("person"), row.get("role"), row.get("filmLabel")
        if isinstance(person, URIRef) and isinstance(role, URIRef) and isinstance(label, Literal):
            pid = str(role).removeprefix(str(WDT))
            facts[person].credits.add((pid, title_key(str(label)), str(label)))
    return dict(facts)


@dataclass(frozen=True)
class Verdict:
    """One candidate weighed.

    Attributes:
        item: the Wikidata item.
        reasons: the evidence, in words, then what speaks against.
        enough: enough evidence to link.
        contradicted: something rules it out.
    """

    item: URIRef
    reasons: tuple[str, ...]
    enough: bool
    contradicted: bool


def _has_word(labels: list[str], words: tuple[str, ...], *, whole: bool = False) -> bool:
    """Whether a label contains one of the words (as a whole word if ``whole``)."""
    if whole:
        return any(re.search(rf"\b{re.escape(w)}\b", label) for label in labels for w in words)
    return any(word in label for label in labels for word in words)


def _fits(
    facts: ItemFacts,
    prop: str,
    known: Mapping[URIRef, str],
    words: tuple[str, ...],
    *,
    whole: bool = False,
) -> bool | None:
    """Whether the values of a property fit: True if one does, False if some can be judged
    and none fits, None if nothing can be judged.

    A value is judged by its Q-id when ``dockg.wikidata.vocabulary`` knows it (it fits if
    it is in ``known``), else by the words of its English or Korean labels; a value with
    neither cannot be judged.
    """
    judged = False
    for value in facts.values.get(prop, []):
        if value in known:
            return True
        if value in KNOWN:
            judged = True
            continue
        labels = [fold(label) for label in facts.labels.get(value, ())]
        if labels:
            if _has_word(labels, words, whole=whole):
                return True
            judged = True
    return False if judged else None


def _record(verdict: bool | None, reasons: list[str], against: list[str], yes: str, no: str) -> int:
    """Write down a verdict of :func:`_fits`: ``yes`` as a reason if it fits (and return 1),
    ``no`` against it if it does not, nothing if nothing could be judged."""
    if verdict:
        reasons.append(yes)
        return 1
    if verdict is False:
        against.append(no)
    return 0


def _shown(labels: list[str]) -> str:
    return ", ".join(labels) if labels else "no label"


def _places(
    entity: Entity, theirs: list[str], reasons: list[str], against: list[str], yes: str, no: str
) -> int:
    """Compare Wikidata's places with the project's: 1 if one agrees, 0 otherwise."""
    if not theirs or not entity.places:
        return 0
    ours = {fold(p) for p in entity.places} & set(theirs)
    if ours:
        reasons.append(f"{yes} {min(ours)}")
        return 1
    against.append(f"{no}: {_shown(theirs)}")
    return 0


def _name_reason(entity: Entity, matches: list[Match]) -> str:
    match = sorted(matches, key=lambda m: (m.alias, m.label.n3()))[0]
    what = "alias" if match.alias else "label"
    return f"{what} {str(match.label)!r}@{match.label.language}"


def weigh(entity: Entity, item: URIRef, matches: list[Match], facts: ItemFacts) -> Verdict:
    """Weigh one candidate item against a project entity (see the module docs)."""
    weigh_kind = _RULES[entity.kind]
    reasons, against, strong, weak = weigh_kind(entity, facts, matches)
    reasons = [_name_reason(entity, matches), *reasons]
    for scheme, ours, theirs in _identifiers(entity, facts):
        if ours & theirs:
            reasons.append(f"same {scheme} id {min(ours & theirs)}")
            strong += 1
        else:
            against.append(
                f"{scheme} ids differ: {', '.join(sorted(ours))} here, "
                f"{', '.join(sorted(theirs))} on Wikidata"
            )
    enough = not against and (strong >= 1 or weak >= 2)
    if not strong and not weak and not against:
        reasons.append("no evidence beyond the name")
    return Verdict(item, (*reasons, *against), enough, bool(against))


def _identifiers(entity: Entity, facts: ItemFacts) -> list[tuple[str, set[str], set[str]]]:
    """The schemes both sides have ids of: (scheme, the project's ids, Wikidata's ids)."""
    theirs: defaultdict[str, set[str]] = defaultdict(set)
    for pid, scheme in IDENTIFIER_PROPERTIES.items():
        theirs[scheme] |= {normalized(scheme, code) for code in facts.strings(pid)}
    return [
        (scheme, set(entity.identifiers[scheme]), theirs[scheme])
        for scheme in sorted(entity.identifiers.keys() & theirs.keys())
        if entity.identifiers[scheme] and theirs[scheme]
    ]


Weighed = tuple[list[str], list[str], int, int]


def _person(entity: Entity, facts: ItemFacts, matches: list[Match]) -> Weighed:
    reasons: list[str] = []
    against: list[str] = []
    strong = weak = 0
    types = facts.values.get("P31", [])
    if types and HUMAN not in types:
        against.append(f"not a human: instance of {_shown(facts.shown('P31'))}")
    occupations = facts.shown("P106")
    fits = _fits(facts, "P106", FITTING_OCCUPATIONS, _OCCUPATION_WORDS)
    shown = _shown(occupations)
    weak += _record(fits, reasons, against, f"occupation {shown}", f"another occupation: {shown}")
    if fits is None and occupations:
        reasons.append(f"occupation not judged: {shown} (no known Q-id or label)")
    born = facts.years("P569")
    if born and entity.years:
        if born & entity.years:
            reasons.append(f"same birth year {min(born & entity.years)}")
            strong += 1
        else:
            against.append(
                f"birth years differ: {', '.join(map(str, sorted(entity.years)))} here, "
                f"{', '.join(map(str, sorted(born)))} on Wikidata"
            )
    weak += _places(entity, facts.named("P19"), reasons, against, "born in", "born elsewhere")
    shared = sorted({(role, title) for role, key, title in facts.credits if key in entity.films})
    if shared:
        films = sorted({title for _, title in shared})
        reasons.append(
            f"credited on the same film{'s' if len(films) > 1 else ''}: {', '.join(films)}"
        )
        strong += 1
    elif facts.credits and entity.films and not occupations:
        reasons.append("credited on other films only")
    hangul = [m for m in matches if has_hangul(str(m.label))]
    latin = [m for m in matches if not has_hangul(str(m.label))]
    if hangul and latin:
        reasons.append("found under the Hangul name too")
        weak += 1
    return reasons, against, strong, weak


def _film(entity: Entity, facts: ItemFacts, matches: list[Match]) -> Weighed:
    reasons: list[str] = []
    against: list[str] = []
    strong = weak = 0
    types = facts.shown("P31")
    film = _fits(facts, "P31", FILM_CLASSES, _TYPE_WORDS[EntityType.FILM])
    shown = _shown(types)
    _record(film, reasons, against, f"instance of {shown}", f"not a film: instance of {shown}")
    years = facts.years("P577")
    close = False
    if years and entity.years:
        gap, ours, theirs = min((abs(a - b), a, b) for a in entity.years for b in years)
        if gap <= YEAR_TOLERANCE:
            close = True
            reasons.append(f"published {theirs}, the project says {ours}")
            weak += 1
        else:
            against.append(f"years differ: {ours} here, {theirs} on Wikidata")
    directors = facts.named("P57")
    if directors and entity.directors:
        same = [d for d in directors if name_keys(d) & entity.directors]
        if same:
            reasons.append(f"directed by {', '.join(same)}")
            strong += 1
        else:
            against.append(f"directed by someone else: {_shown(directors)}")
    elif close and not entity.directors:
        weak += 1  # no director to compare: the same year must carry it, as in resolution
    return reasons, against, strong, weak


def _festival(entity: Entity, facts: ItemFacts, matches: list[Match]) -> Weighed:
    reasons: list[str] = []
    against: list[str] = []
    weak = 0
    types = facts.shown("P31")
    festival = _fits(facts, "P31", FESTIVAL_CLASSES, _TYPE_WORDS[EntityType.FESTIVAL])
    shown = _shown(types)
    weak += _record(
        festival, reasons, against, f"instance of {shown}", f"not a festival: instance of {shown}"
    )
    weak += _places(entity, facts.named("P17"), reasons, against, "in", "in another country")
    founded = facts.years("P571")
    if founded and entity.first_year:
        if entity.first_year in founded:
            reasons.append(f"founded {entity.first_year}")
            weak += 1
        elif min(founded) > entity.first_year:
            against.append(
                f"founded {min(founded)}, after its first edition in {entity.first_year}"
            )
    return reasons, against, 0, weak


def _place(entity: Entity, facts: ItemFacts, matches: list[Match]) -> Weighed:
    reasons: list[str] = []
    against: list[str] = []
    strong = 0
    types = facts.shown("P31")
    if _fits(facts, "P31", _NOT_A_PLACE_OR_CONCEPT, ("human", "film"), whole=True):
        against.append(f"not a place: instance of {_shown(types)}")
    is_country = SDO.Country in entity.classes
    if is_country:
        country = _fits(facts, "P31", COUNTRY_CLASSES, _COUNTRY_WORDS)
        shown = _shown(types)
        strong += _record(
            country, reasons, against, f"instance of {shown}", f"not a country: instance of {shown}"
        )
        return reasons, against, strong, 0
    within = set(facts.named("P17")) | set(facts.named("P131"))
    if within and entity.places:
        ours = {fold(p) for p in entity.places}
        if ours & within:
            reasons.append(f"in {', '.join(sorted(ours & within))}")
            strong += 1
        else:
            against.append(f"elsewhere: in {_shown(sorted(within))}")
    return reasons, against, strong, 0


def _event(entity: Entity, facts: ItemFacts, matches: list[Match]) -> Weighed:
    reasons: list[str] = []
    against: list[str] = []
    strong = 0
    types = facts.shown("P31")
    if _fits(facts, "P31", _NOT_A_PLACE_OR_CONCEPT, _NOT_A_CONCEPT, whole=True):
        against.append(f"not an event: instance of {_shown(types)}")
    starts = facts.years("P585", "P580")
    ends = facts.years("P585", "P582")
    ours_start, ours_end = entity.years, entity.end_years or entity.years
    if not starts and not ends:
        reasons.append("no date on Wikidata")
        return reasons, against, 0, 0
    for what, theirs, ours in (("starts", starts, ours_start), ("ends", ends, ours_end)):
        if not theirs or not ours:
            continue
        if theirs & ours:
            reasons.append(f"{what} {min(theirs & ours)}")
            strong += 1
        else:
            against.append(
                f"{what} {', '.join(map(str, sorted(theirs)))} on Wikidata, "
                f"{', '.join(map(str, sorted(ours)))} here"
            )
    return reasons, against, strong, 0


def _topic(entity: Entity, facts: ItemFacts, matches: list[Match]) -> Weighed:
    reasons: list[str] = []
    against: list[str] = []
    weak = 0
    types = facts.shown("P31")
    if _fits(facts, "P31", _NOT_A_PLACE_OR_CONCEPT, _NOT_A_CONCEPT, whole=True):
        against.append(f"not a subject: instance of {_shown(types)}")
    languages = {m.label.language or "" for m in matches}
    if len(languages) > 1:
        reasons.append(f"found under names in {' and '.join(sorted(languages))}")
        weak += 2
    elif any(str(m.label) in entity.preferred and not m.alias for m in matches):
        reasons.append("the preferred label is its label")
        weak += 2
    return reasons, against, 0, weak


_RULES = {
    EntityType.PERSON: _person,
    EntityType.FILM: _film,
    EntityType.FESTIVAL: _festival,
    EntityType.PLACE: _place,
    EntityType.EVENT: _event,
    EntityType.TOPIC: _topic,
}
