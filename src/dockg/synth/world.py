"""The generated documentary world: who made what, where it was shown, what it is about.

One :class:`World` writes source after source (each a named graph with its PROV-O
provenance) until the target number of triples is reached:

- a gazetteer (countries, cities), a venue directory per city (cinemas and their
  screens), a chronology of historical events that are also topics;
- filmography pages, one per director: a heavy-tailed number of films each (Pareto),
  with crew drawn mostly from people already known, so a few people work on many films;
- festival programmes, one per edition of an annual festival: numbered editions whose
  number agrees with the year, sections, selections and screenings at dated times with
  the city's UTC offset in the festival city's screens;
- film databases that disagree with a filmography on a runtime or a year, recording
  each value as a ``dockg:Claim`` with its evidence.

Everything written is valid against the project's shapes and checks, except the defects
injected on purpose; each defect records the validation results it must cause.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from rdflib import URIRef
from rdflib.namespace import FOAF

from dockg.iris import Kind, mint, mint_graph, mint_person
from dockg.namespaces import DCTERMS, DOCKG, PROV, RDF, SDO, SH, SKOS, XSD
from dockg.synth import pools
from dockg.synth.writer import QuadWriter, iri, literal
from dockg.validation.checks import CHECK

T = iri(str(RDF.type))
NAME = iri(str(SDO.name))
EN = "en"
LAST_YEAR = 2025


def _p(term: URIRef) -> str:
    return iri(str(term))


def _date(year: int, month: int, day: int) -> str:
    return literal(f"{year:04d}-{month:02d}-{day:02d}", datatype=str(XSD.date))


def _year(year: int) -> str:
    return literal(f"{year:04d}", datatype=str(XSD.gYear))


def _duration(minutes: int) -> str:
    return literal(f"PT{minutes}M", datatype=str(XSD.duration))


def _integer(value: int) -> str:
    return literal(str(value), datatype=str(XSD.integer))


TRUE = literal("true", datatype=str(XSD.boolean))


@dataclass(frozen=True)
class Defect:
    """One injected defect and the validation results it must cause.

    Attributes:
        kind: what was broken, e.g. ``film-without-title``.
        focus: the IRI of the node made wrong.
        results: ``(path IRI or None, constraint component IRI)`` of each result expected
            for ``focus``; a SPARQL check counts as the component ``dockg:check/<stem>``.
    """

    kind: str
    focus: str
    results: tuple[tuple[str | None, str], ...]


def _component(name: str) -> str:
    return str(SH[f"{name}ConstraintComponent"])


def _check(stem: str) -> str:
    return str(CHECK[stem])


class _Film(NamedTuple):
    iri: str
    year: int
    minutes: int
    title: str
    #: the copy its screenings show (schema:videoFormat is a screening's, not a film's)
    video_format: str


@dataclass
class _Festival:
    iri: str
    name: str
    city: pools.City
    first_year: int
    editions: int = 0


class World:
    """Writes a generated world, source by source, through a :class:`QuadWriter`.

    Args:
        writer: where the quads go.
        rng: the one source of randomness (so a seed gives one world).
        defect_rate: the chance that an entity which can carry a defect gets one.
        topics: IRIs of the project's topics, for what films are about.
        taken: IRIs already described (the project's), never minted again.
        implied: property → the superproperties the writer adds for it.
    """

    def __init__(
        self,
        writer: QuadWriter,
        rng: random.Random,
        *,
        defect_rate: float,
        topics: list[str],
        taken: set[str],
        implied: dict[str, tuple[str, ...]],
    ) -> None:
        self.w = writer
        self.rng = rng
        self.defect_rate = defect_rate
        self.topics = [iri(t) for t in topics]
        self.taken = taken
        self.implied = implied
        self.defects: list[Defect] = []
        self.counts: Counter[str] = Counter()
        self.people: list[str] = []
        self.crew_use: Counter[str] = Counter()
        self.films: list[_Film] = []
        self.film_use: Counter[int] = Counter()
        self.defective_films: set[int] = set()
        self.contested: set[int] = set()
        self.festivals: list[_Festival] = []
        self.events: list[str] = []
        self.places: list[str] = []
        self.place_use: Counter[str] = Counter()
        self.topic_use: Counter[str] = Counter()
        self.city_place: dict[str, str] = {}
        self.screens: dict[str, list[str]] = {}
        self.director_films: Counter[str] = Counter()
        self.director_given: dict[str, str] = {}
        self.graph_sizes: Counter[str] = Counter()
        self.sources = 0
        self.agent = iri(str(mint(Kind.AGENT, "dockg synth")))
        self.festival_triples = 0

    # -- helpers ---------------------------------------------------------------------

    def _mint(self, kind: Kind, *parts: str | int) -> str:
        """A fresh entity IRI (as a term); a number is appended if the name is taken."""
        value = str(mint(kind, *parts))
        n = 1
        while value in self.taken:
            n += 1
            value = str(mint(kind, *parts, n))
        self.taken.add(value)
        return iri(value)

    def _defect(self, kinds: tuple[str, ...]) -> str | None:
        if self.defect_rate and self.rng.random() < self.defect_rate:
            return self.rng.choice(kinds)
        return None

    def _record(self, kind: str, focus: str, *results: tuple[str | None, str]) -> None:
        self.defects.append(Defect(kind=kind, focus=focus[1:-1], results=tuple(results)))

    def _paths(self, predicate: str) -> list[str]:
        """The property and the superproperties written with it, as plain IRIs."""
        return [predicate[1:-1], *(p[1:-1] for p in self.implied.get(predicate, ()))]

    def _source(self, kind: str, title: str, identifier: str, year: int) -> str:
        """Begin a new source graph and describe where its facts come from."""
        self.sources += 1
        graph = iri(str(mint_graph("synth", kind, self.sources)))
        document = iri(str(mint(Kind.SOURCE, "synth", kind, self.sources)))
        add = self.w.add
        self.w.graph(graph)
        self._current_graph = graph
        add(graph, T, _p(DOCKG.SourceGraph))
        add(graph, _p(DCTERMS.title), literal(f"Facts from {title}", lang=EN))
        add(graph, _p(PROV.wasDerivedFrom), document)
        add(graph, _p(PROV.wasAttributedTo), self.agent)
        add(document, T, _p(DOCKG.SourceDocument))
        add(document, _p(DCTERMS.title), literal(title, lang=EN))
        add(document, _p(DCTERMS.identifier), literal(identifier))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        add(document, _p(DOCKG.capturedOn), _date(min(year + 1, LAST_YEAR), month, day))
        self.counts["sources"] += 1
        return graph

    # -- fixed parts -------------------------------------------------------------------

    def gazetteer(self) -> None:
        """Countries, cities, cinemas and their screens, and the generator as an agent."""
        add = self.w.add
        self._source("gazetteer", "a gazetteer of festival cities", "gazetteer.html", 2020)
        add(self.agent, T, _p(PROV.SoftwareAgent))
        add(self.agent, NAME, literal("dockg synth, the world generator", lang=EN))
        countries: dict[str, str] = {}
        for city in pools.CITIES:
            if city.country not in countries:
                country = iri(str(mint(Kind.PLACE, city.country)))
                countries[city.country] = country
                add(country, T, _p(SDO.Country))
                add(country, NAME, literal(city.country, lang=EN))
                self.places.append(country)
            place = iri(str(mint(Kind.PLACE, city.name)))
            add(place, T, _p(SDO.City))
            add(place, NAME, literal(city.name, lang=EN))
            add(place, _p(SDO.containedInPlace), countries[city.country])
            self.city_place[city.name] = place
            self.places.append(place)
        for city in pools.CITIES:
            self._source(
                "venues", f"the cinema directory of {city.name}", f"venues-{city.name}.html", 2021
            )
            self.screens[city.name] = []
            for name in self.rng.sample(pools.THEATRE_NAMES, self.rng.randint(1, 4)):
                theatre = self._mint(Kind.VENUE, city.name, name)
                add(theatre, T, _p(DOCKG.MovieTheater))
                add(theatre, NAME, literal(f"{city.name} {name}", lang=EN))
                add(theatre, _p(SDO.containedInPlace), self.city_place[city.name])
                for number in range(1, self.rng.randint(1, 6) + 1):
                    screen = self._mint(Kind.VENUE, city.name, name, number)
                    add(screen, T, _p(DOCKG.Screen))
                    add(screen, NAME, literal(f"{city.name} {name}, screen {number}", lang=EN))
                    add(screen, _p(SDO.identifier), literal(str(number)))
                    add(screen, _p(SDO.containedInPlace), theatre)
                    self.screens[city.name].append(screen)
                    self.counts["screens"] += 1

    def chronology(self, count: int) -> None:
        """Historical events that films can depict: dated and placed, each with its subject
        heading in a scheme (a concept whose foaf:focus is the event)."""
        add = self.w.add
        self._source("chronology", "a chronology of twentieth-century events", "events.html", 2020)
        scheme = self._mint(Kind.TOPIC, "synth history")
        add(scheme, T, _p(SKOS.ConceptScheme))
        add(scheme, _p(DCTERMS.title), literal("Generated historical events", lang=EN))
        for _ in range(count):
            city = self.rng.choice(pools.CITIES)
            year = self.rng.randint(1900, 2015)
            kind = self.rng.choice(pools.EVENT_KINDS)
            label = f"the {year} {kind} in {city.name}"
            event = self._mint(Kind.EVENT, year, kind, city.name)
            heading = self._mint(Kind.TOPIC, year, kind, city.name)
            add(heading, T, _p(DOCKG.Topic))
            add(heading, _p(SKOS.prefLabel), literal(label, lang=EN))
            add(heading, _p(SKOS.inScheme), scheme)
            add(heading, _p(SKOS.broader), self.rng.choice(self.topics))
            add(heading, _p(FOAF.focus), event)
            add(event, T, _p(DOCKG.HistoricalEvent))
            add(event, _p(SDO.name), literal(label, lang=EN))
            add(event, _p(SDO.startDate), _year(year))
            if self.rng.random() < 0.4:
                add(event, _p(SDO.endDate), _year(year + self.rng.randint(0, 4)))
            add(event, _p(SDO.location), self.city_place[city.name])
            self.events.append(event)
            self.counts["events"] += 1

    # -- people ------------------------------------------------------------------------

    def person(self, *, job: str | None = None) -> str:
        """Describe a new person (Korean with all name variants, or Western)."""
        rng, add = self.rng, self.w.add
        defect = None
        if rng.random() < 0.6:
            family, family_hangul = rng.choice(pools.KOREAN_FAMILY)
            first, second = rng.choice(pools.KOREAN_SYLLABLES), rng.choice(pools.KOREAN_SYLLABLES)
            given = (first[0] + second[0]).capitalize()
            person = self._mint(Kind.PERSON, family, given)
            add(person, T, _p(DOCKG.Person))
            add(person, NAME, literal(f"{given} {family}"))
            add(person, _p(DOCKG.nameInWesternOrder), literal(f"{given} {family}"))
            add(person, _p(DOCKG.nameInKoreanOrder), literal(f"{family} {given}"))
            hyphenated = f"{first[0].capitalize()}-{second[0]} {family}"
            add(person, _p(SDO.alternateName), literal(hyphenated))
            hangul = family_hangul + first[1] + second[1]
            defect = self._defect(("latin-in-hangul", "unknown-gender"))
            if defect == "latin-in-hangul":
                hangul = hangul[:1] + given
                self._record(defect, person, (str(DOCKG.nameInHangul), _component("Pattern")))
            add(person, _p(DOCKG.nameInHangul), literal(hangul))
        else:
            family, given = rng.choice(pools.WESTERN_FAMILY), rng.choice(pools.WESTERN_GIVEN)
            person = self._mint(Kind.PERSON, family, given)
            add(person, T, _p(DOCKG.Person))
            add(person, NAME, literal(f"{given} {family}"))
            defect = self._defect(("unknown-gender",))
        add(person, _p(SDO.familyName), literal(family))
        add(person, _p(SDO.givenName), literal(given))
        if defect == "unknown-gender":
            add(person, _p(SDO.gender), iri(f"{SDO}Woman"))  # not a schema.org term
            self._record(defect, person, (str(SDO.gender), _component("In")))
        elif rng.random() < 0.7:
            add(person, _p(SDO.gender), _p(rng.choice((SDO.Female, SDO.Male))))
        if rng.random() < 0.5:
            add(person, _p(SDO.birthDate), _year(rng.randint(1925, 1998)))
        if rng.random() < 0.3:
            add(person, _p(SDO.birthPlace), self.rng.choice(list(self.city_place.values())))
        if job:
            add(person, _p(SDO.jobTitle), literal(job, lang=EN))
        self.people.append(person)
        if job == "Director":
            self.director_given[person] = given
        self.counts["people"] += 1
        return person

    def _known_person(self) -> str | None:
        """Someone already described, the first-described more often (frequent crews)."""
        if not self.people:
            return None
        n = len(self.people)
        return self.people[min(n - 1, int((n + 1) ** self.rng.random()) - 1)]

    # -- filmographies -----------------------------------------------------------------

    def _title(self) -> str:
        rng = self.rng
        noun, other = rng.choice(pools.TITLE_NOUNS), rng.choice(pools.TITLE_NOUNS)
        pattern = rng.randrange(5)
        if pattern == 0:
            return f"The {noun} of {rng.choice(pools.CITIES).name}"
        if pattern == 1:
            return f"{rng.choice(pools.TITLE_ADJECTIVES)} {noun}"
        if pattern == 2:
            return f"{noun} and {other}"
        if pattern == 3:
            return f"Letters from the {noun}"
        return f"After the {noun}"

    def filmography(self) -> None:
        """A director's filmography page: the director, their films, new crew members."""
        rng = self.rng
        source_year = rng.randint(2010, LAST_YEAR)
        number = self.counts["filmographies"] + 1
        self.counts["filmographies"] += 1
        self._source(
            "filmography",
            f"filmography page {number} of a documentary database",
            f"filmography-{number}.html",
            source_year,
        )
        director = self.person(job="Director")
        count = min(60, int(rng.paretovariate(1.3)))
        year = rng.randint(1955, LAST_YEAR - count)
        films: list[int] = []
        for _ in range(count):
            year = min(source_year, year + rng.randint(0, 3))
            films.append(self._film(director, year))
        if len(films) >= 3 and rng.random() < 0.3:
            self._series(director, films[: rng.randint(2, 3)])
        self.director_films[director] += len(films)

    def _film(self, director: str, year: int) -> int:
        """Describe one film, after the new people among its crew."""
        rng, add = self.rng, self.w.add
        crew: list[tuple[URIRef, str]] = []
        for role, job in (
            (SDO.producer, "Producer"),
            (DOCKG.cinematographer, "Cinematographer"),
            (DOCKG.filmEditor, "Film editor"),
        ):
            if rng.random() < 0.5:
                known = self._known_person() if rng.random() < 0.7 else None
                crew.append((role, known or self.person(job=job)))
        title = self._title()
        film = self._mint(Kind.FILM, title)
        index = len(self.films)
        minutes = rng.randint(12, 150)
        defect = self._defect(
            (
                "film-without-title",
                "runtime-as-text",
                "year-out-of-range",
                "subtitle-not-a-language-tag",
                "two-colours",
                "documentary-and-fiction",
                "undescribed-director",
                "misspelt-dockg-term",
                "unrecorded-conflict",
            )
        )
        if defect:
            self.defective_films.add(index)
        cls = DOCKG.DocumentaryFilm if rng.random() < 0.85 else DOCKG.Film
        add(film, T, _p(cls))
        if defect == "documentary-and-fiction":
            add(film, T, _p(DOCKG.DocumentaryFilm))
            add(film, T, _p(DOCKG.FictionFilm))
            not_ = _component("Not")
            self._record(defect, film, (None, not_))
        if defect == "film-without-title":
            self._record(defect, film, (str(SDO.name), _component("MinCount")))
        else:
            add(film, NAME, literal(title, lang=EN))
            if rng.random() < 0.2:
                add(film, NAME, literal(rng.choice(pools.KOREAN_TITLE_WORDS), lang="ko"))
        if defect == "undescribed-director":
            ghost = iri(str(mint_person("Nobody", "Known", str(len(self.films)))))
            add(film, _p(SDO.director), ghost)
            paths = self._paths(_p(SDO.director))
            self._record(
                defect,
                film,
                (str(SDO.director), _component("Class")),
                *((p, _check("broken-reference-violation")) for p in paths),
            )
        else:
            add(film, _p(SDO.director), director)
        for role, person in crew:
            add(film, _p(role), person)
            self.crew_use[person] += 1
        if defect == "year-out-of-range":
            add(film, _p(SDO.dateCreated), _year(1850))
            self._record(defect, film, (str(SDO.dateCreated), _component("SPARQL")))
        else:
            add(film, _p(SDO.dateCreated), _year(year))
        if defect == "runtime-as-text":
            add(film, _p(SDO.duration), literal(f"{minutes} min"))
            self._record(defect, film, (str(SDO.duration), _component("Datatype")))
        else:
            add(film, _p(SDO.duration), _duration(minutes))
        if defect == "unrecorded-conflict":
            add(film, _p(SDO.duration), _duration(minutes + 7))
            self._record(
                defect, film, (str(SDO.duration), _check("undocumented-conflict-violation"))
            )
        colours = (DOCKG.Colour, DOCKG.BlackAndWhite, DOCKG.ColourAndBlackAndWhite)
        if defect == "two-colours":
            add(film, _p(DOCKG.colour), _p(DOCKG.Colour))
            add(film, _p(DOCKG.colour), _p(DOCKG.BlackAndWhite))
            self._record(defect, film, (str(DOCKG.colour), _component("MaxCount")))
        elif rng.random() < 0.8:
            add(film, _p(DOCKG.colour), _p(colours[0 if year > 1970 else rng.randrange(3)]))
        video_format = rng.choice(pools.VIDEO_FORMATS)
        if defect == "subtitle-not-a-language-tag":
            add(film, _p(SDO.subtitleLanguage), literal("English subtitles"))
            self._record(defect, film, (str(SDO.subtitleLanguage), _component("Pattern")))
        elif rng.random() < 0.6:
            add(film, _p(SDO.subtitleLanguage), literal(rng.choice(pools.SUBTITLE_LANGUAGES)))
        for topic in rng.sample(self.topics, rng.randint(1, 3)):
            add(film, _p(DOCKG.isAbout), topic)
            self.topic_use[topic] += 1
        if defect == "misspelt-dockg-term":
            topic = rng.choice(self.topics)
            add(film, iri(str(DOCKG) + "isAbuot"), topic)
            self._record(defect, film, (str(DOCKG) + "isAbuot", _check("unknown-term-violation")))
        if self.events and rng.random() < 0.3:
            add(film, _p(DOCKG.depicts), rng.choice(self.events))
        if rng.random() < 0.5:
            place = rng.choice(self.places)
            add(film, _p(DOCKG.isSetIn), place)
            self.place_use[place] += 1
        if rng.random() < 0.15:
            known = self._known_person()
            if known:
                add(film, _p(DOCKG.featuresPerson), known)
        self.films.append(_Film(film, year, minutes, title, video_format))
        self.counts["films"] += 1
        return index

    def _series(self, director: str, parts: list[int]) -> None:
        add = self.w.add
        first = self.films[parts[0]]
        series = self._mint(Kind.SERIES, first.title, "series")
        add(series, T, _p(DOCKG.FilmSeries))
        add(series, NAME, literal(f"{first.title} series", lang=EN))
        add(series, _p(SDO.creator), director)
        add(series, _p(DOCKG.partCount), _integer(len(parts) + self.rng.randint(0, 1)))
        for position, index in enumerate(parts, start=1):
            film = self.films[index].iri
            add(series, _p(SDO.hasPart), film)
            add(film, _p(SDO.isPartOf), series)
            add(film, _p(DOCKG.positionInSeries), _integer(position))
        self.counts["series"] += 1

    # -- festivals ---------------------------------------------------------------------

    def _festival(self) -> _Festival:
        """An annual festival whose next edition is not in the future (new if needed)."""
        open_ = [f for f in self.festivals if f.first_year + f.editions <= LAST_YEAR]
        if open_ and (len(open_) >= 6 or self.rng.random() < 0.8):
            return self.rng.choice(open_)
        city = self.rng.choice(pools.CITIES)
        name = f"{city.local} {self.rng.choice(pools.FESTIVAL_KINDS)}"
        festival = _Festival(
            iri=self._mint(Kind.FESTIVAL, name),
            name=name,
            city=city,
            first_year=self.rng.randint(1975, 2018),
        )
        self.festivals.append(festival)
        return festival

    def _pick_film(self, year: int, taken: set[int]) -> int | None:
        for _ in range(12):
            index = self.rng.randrange(len(self.films))
            if self.films[index].year <= year and index not in taken:
                return index
        return None

    def programme(self) -> None:
        """One edition of a festival: sections, selections and screenings."""
        rng, add = self.rng, self.w.add
        start = self.w.triples
        festival = self._festival()
        festival.editions += 1
        number = festival.editions
        year = festival.first_year + number - 1
        self._source(
            "programme",
            f"the programme of the {festival.name} {year}",
            f"programme-{year}.html",
            year,
        )
        if number == 1:
            add(festival.iri, T, _p(DOCKG.FestivalSeries))
            add(festival.iri, NAME, literal(festival.name, lang=EN))
            add(festival.iri, _p(DOCKG.isAnnual), TRUE)
            add(festival.iri, _p(DOCKG.firstEditionYear), _year(festival.first_year))
            self.counts["festivals"] += 1
        tail = festival.iri[1:-1].rsplit("/", 1)[-1]
        edition = self._mint(Kind.EDITION, tail, year)
        month, day = rng.randint(1, 11), rng.randint(1, 20)
        add(edition, T, _p(DOCKG.FestivalEdition))
        add(edition, NAME, literal(f"{festival.name} {year}", lang=EN))
        add(edition, _p(DOCKG.editionOf), festival.iri)
        add(edition, _p(DOCKG.editionNumber), _integer(number))
        add(edition, _p(SDO.startDate), _date(year, month, day))
        self.counts["editions"] += 1
        shown: set[int] = set()
        edition_tail = edition[1:-1].rsplit("/", 1)[-1]
        for section_name in rng.sample(pools.SECTION_NAMES, rng.randint(2, 6)):
            section = self._mint(Kind.SECTION, edition_tail, section_name)
            add(section, T, _p(DOCKG.FestivalSection))
            add(section, NAME, literal(section_name, lang=EN))
            add(section, _p(DOCKG.sectionOf), edition)
            self.counts["sections"] += 1
            for _ in range(rng.randint(4, 30)):
                index = self._pick_film(year, shown)
                if index is None:
                    continue
                shown.add(index)
                self.film_use[index] += 1
                film = self.films[index]
                film_tail = film.iri[1:-1].rsplit("/", 1)[-1]
                selection = self._mint(Kind.SELECTION, edition_tail, film_tail)
                add(selection, T, _p(DOCKG.FestivalSelection))
                add(selection, _p(SDO.workFeatured), film.iri)
                add(selection, _p(SDO.superEvent), section)
                self.counts["selections"] += 1
                for _ in range(rng.randint(1, 2)):
                    when = (year, month, day + rng.randint(0, 7))
                    self._screening(edition_tail, film, section, festival.city, when)
        self.festival_triples += self.w.triples - start

    def _screening(
        self,
        edition_tail: str,
        film: _Film,
        section: str,
        city: pools.City,
        when: tuple[int, int, int],
    ) -> None:
        rng, add = self.rng, self.w.add
        year, month, day = when
        hour, minute = rng.randint(10, 22), rng.choice((0, 15, 30, 45))
        film_tail = film.iri[1:-1].rsplit("/", 1)[-1]
        screening = self._mint(
            Kind.SCREENING, edition_tail, film_tail, f"{month:02d}-{day:02d}-{hour:02d}{minute:02d}"
        )
        stamp = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00"
        defect = self._defect(("start-without-offset",))
        if defect:
            self._record(defect, screening, (str(SDO.startDate), _component("Or")))
        else:
            stamp += city.offset
        add(screening, T, _p(DOCKG.Screening))
        add(screening, _p(SDO.workPresented), film.iri)
        add(screening, _p(SDO.superEvent), section)
        add(screening, _p(SDO.startDate), literal(stamp, datatype=str(XSD.dateTime)))
        add(screening, _p(SDO.location), rng.choice(self.screens[city.name]))
        add(screening, _p(SDO.videoFormat), literal(film.video_format))
        if rng.random() < 0.5:
            add(screening, _p(SDO.subtitleLanguage), literal(rng.choice(("en", "ko"))))
        self.counts["screenings"] += 1

    # -- disagreements -----------------------------------------------------------------

    def film_database(self) -> None:
        """A film database that disagrees with filmographies; every value becomes a claim."""
        rng, add = self.rng, self.w.add
        number = self.counts["databases"] + 1
        self._source(
            "database", f"film database extract {number}", f"database-{number}.csv", LAST_YEAR
        )
        self.counts["databases"] += 1
        for _ in range(rng.randint(3, 20)):
            index = rng.randrange(len(self.films))
            if index in self.defective_films or index in self.contested:
                continue
            self.contested.add(index)
            film = self.films[index]
            tail = film.iri[1:-1].rsplit("/", 1)[-1]
            if rng.random() < 0.5:
                predicate, old, new = (
                    SDO.duration,
                    _duration(film.minutes),
                    _duration(film.minutes + rng.randint(1, 9)),
                )
                label = ("runtime", film.minutes)
            else:
                predicate, old, new = SDO.dateCreated, _year(film.year), _year(film.year + 1)
                label = ("year", film.year)
            add(film.iri, _p(predicate), new)
            for value, where, preferred in ((old, "filmography", True), (new, "database", False)):
                claim = self._mint(Kind.CLAIM, tail, label[0], where)
                add(claim, T, _p(DOCKG.Claim))
                add(claim, _p(RDF.subject), film.iri)
                add(claim, _p(RDF.predicate), _p(predicate))
                add(claim, _p(RDF.object), value)
                defect = self._defect(("claim-without-evidence",))
                if defect:
                    self._record(defect, claim, (str(DOCKG.evidence), _component("MinCount")))
                else:
                    evidence = f"{film.title}: {label[0]} {value.split('^^')[0]}"
                    add(claim, _p(DOCKG.evidence), literal(evidence))
                add(claim, _p(DOCKG.sourceLocation), literal(f"{where} entry of {film.title}"))
                if preferred:
                    add(claim, _p(DOCKG.isPreferred), TRUE)
                self.counts["claims"] += 1
