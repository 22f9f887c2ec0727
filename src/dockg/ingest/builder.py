"""Building an importer's graph: entities under minted IRIs, and claims for contestable facts.

The builder mints IRIs the way curators do (``film:heart-of-snow-afterlife``,
``edition:busan-international-film-festival-2017``), so an import of a page meets the
hand-encoded facts of the same page under the same IRIs before resolution even starts.
A fact that sources may contradict (a film's year or runtime, a birth date, an edition
number) is stated and also recorded as a ``dockg:Claim`` with the quoted evidence and the
line it is read from, so ``dockg conflicts`` can show where each value comes from.
"""

from __future__ import annotations

import re

from anyascii import anyascii
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from dockg.ingest.people import PersonName, parse_person_name
from dockg.ingest.text import text_language
from dockg.iris import Kind, mint, mint_person, mint_source_document
from dockg.namespaces import DOCKG, PROV, RDF, SDO, XSD

_CJK = re.compile(r"[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7a3\uf900-\ufaff]")
_HANGUL_NAME = re.compile(
    r"[\uac00-\ud7a3]{2,5}|[\uac00-\ud7a3]{1,5}(?: [\uac00-\ud7a3]{1,5}){1,2}"
)


def mint_named(kind: Kind, *parts: str | int) -> URIRef:
    """Mint an IRI from names, transliterating a script with no ASCII form (Hangul).

    :func:`dockg.iris.mint` refuses ``쌀의 노래``; a page that prints only the Hangul
    title still names a film, so its key is the title's letter-by-letter transliteration
    (``ssalui-nolae``), stable for the same title. The name itself is kept as printed.

    Raises:
        SlugError: if even the transliteration leaves nothing.
    """
    # a part in a script slugify drops (Hangul, kana, hanzi) is transliterated whole, so
    # that '망각과 기억2' does not shrink to '2' and meet another title's IRI
    return mint(kind, *(anyascii(p) if isinstance(p, str) and _CJK.search(p) else p for p in parts))


_PARTICLE = re.compile(
    r"^(?P<given>(?:[A-ZÀ-Þ][\w'’-]*\s+)+)(?P<family>(?:van|von|de|der|den|da|di|du|del|della|la|le|ten|ter|zu)(?:\s+\S+)+)$"
)


def _with_particle(text: str) -> PersonName | None:
    """``Jaap van Hoewijk``: the family name with its particle (``van Hoewijk``)."""
    found = _PARTICLE.fullmatch(text.strip())
    if found is None or not all(w[0].isupper() for w in found["family"].split()[1:]):
        return None
    return PersonName(text.strip(), found["family"], found["given"].strip())


#: Languages not written in Latin script: a Latin-script name on such a page is in some
#: other language, so it is stated without a tag.
NON_LATIN = frozenset({"ko", "ja", "zh", "ru", "uk", "ar", "he", "th", "hi", "el"})


def name_language(text: str, page_language: str | None) -> str | None:
    """The language tag of a name or text printed on a page: ``ko`` for Hangul; for Latin
    script the page's language when there is evidence for it and it is written in Latin
    script; else None (no tag: a wrong language is a wrong fact).

    Args:
        text: the name or text.
        page_language: the page's language, from evidence (HTML ``lang``, a site profile,
            the page's labels), or None.
    """
    if text_language(text) == "ko":
        return "ko"
    if page_language is None or page_language.split("-")[0].lower() in NON_LATIN:
        return None
    return page_language


def slug_of(iri: URIRef) -> str:
    """The last path segment of a dockg entity IRI (``film:drifting-city`` → ``drifting-city``)."""
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def ordinal(number: int) -> str:
    """``1`` → ``1st``, ``22`` → ``22nd``, ``43`` → ``43rd``, ``12`` → ``12th``."""
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def year_literal(year: int) -> Literal:
    """A year as ``xsd:gYear``."""
    return Literal(f"{year:04d}", datatype=XSD.gYear)


def _local(value: Node) -> str:
    """A short slug part for a claim IRI: an IRI's last segment or a literal's text."""
    if isinstance(value, URIRef):
        text = str(value).rsplit("#", 1)[-1]
        return text.rsplit("/", 1)[-1]
    return str(value)


class GraphBuilder:
    """Collects the triples an importer finds in one source.

    Args:
        source_slug: the import's slug; claim IRIs start with it so claims of different
            sources about the same fact never share an IRI.
        language: the source's language, from evidence (None if nothing says): the tag of
            the Latin-script names and texts it prints (:func:`name_language`).
    """

    def __init__(self, source_slug: str, *, language: str | None = None) -> None:
        self.graph = Graph()
        self.source_slug = source_slug
        self.language = language

    def lang(self, text: str) -> str | None:
        """The language tag of a name or text the source prints (:func:`name_language`)."""
        return name_language(text, self.language)

    def _english_made(self, text: str) -> str | None:
        """The tag of a name made here with English words around a printed name (``7th
        …``, ``…, screen 2``): ``en`` only if the printed name is English too."""
        tag = self.lang(text)
        return tag if tag in ("ko", "en") else None

    def text(self, paragraphs: list[str]) -> Literal:
        """Paragraphs of running text as one literal, blank-line separated, tagged by
        :meth:`lang`."""
        joined = "\n\n".join(paragraphs)
        return Literal(joined, lang=self.lang(joined))

    def add(self, subject: Node, predicate: URIRef, value: Node) -> None:
        """State one triple."""
        self.graph.add((subject, predicate, value))

    def fact(
        self, subject: URIRef, predicate: URIRef, value: Node, *, evidence: str, location: str
    ) -> None:
        """State a contestable fact and record it as a claim with its evidence.

        Args:
            subject: the entity.
            predicate: the property (a single-valued one, e.g. ``schema:dateCreated``).
            value: the value.
            evidence: the source text stating it, quoted as printed.
            location: where, e.g. ``"line 8, film header"``.
        """
        self.add(subject, predicate, value)
        claim = mint(
            Kind.CLAIM, self.source_slug, slug_of(subject), _local(predicate), _local(value)
        )
        self.add(claim, RDF.type, DOCKG.Claim)
        self.add(claim, RDF.subject, subject)
        self.add(claim, RDF.predicate, predicate)
        self.add(claim, RDF.object, value)
        self.add(claim, DOCKG.evidence, Literal(evidence))
        self.add(claim, DOCKG.sourceLocation, Literal(location))
        # The claim names its document itself, so it keeps its source in a union of
        # graphs (dockg.ttl), where the graph it was in is lost.
        self.add(claim, PROV.wasQuotedFrom, mint_source_document(self.source_slug))

    # People -----------------------------------------------------------------

    def person(self, name: str | PersonName) -> URIRef | None:
        """Describe a person by a printed name; None if the text is not a personal name.

        The first form seen becomes ``schema:name``; each order seen is kept as
        ``dockg:nameInWesternOrder`` or ``dockg:nameInKoreanOrder``.
        """
        if isinstance(name, str) and _HANGUL_NAME.fullmatch(name.strip()):
            return self._hangul_person(name.strip())
        parsed = parse_person_name(name) if isinstance(name, str) else name
        if parsed is None and isinstance(name, str):
            parsed = _with_particle(name)
        if parsed is None:
            return None
        iri = parsed.iri
        if (iri, RDF.type, DOCKG.Person) not in self.graph:
            self.add(iri, RDF.type, DOCKG.Person)
            self.add(iri, SDO.name, Literal(parsed.display))
            self.add(iri, SDO.familyName, Literal(parsed.family))
            self.add(iri, SDO.givenName, Literal(" ".join([parsed.given, *parsed.additional])))
        order = DOCKG.nameInKoreanOrder if parsed.korean_order else DOCKG.nameInWesternOrder
        self.add(iri, order, Literal(parsed.display))
        return iri

    def _hangul_person(self, name: str) -> URIRef:
        """A person printed in Hangul: a Korean name family name first (its first
        syllable); a foreign name in Hangul (words apart) family name last."""
        words = name.split()
        if len(words) > 1:
            iri = mint_person(anyascii(words[-1]), anyascii(" ".join(words[:-1])))
        else:
            iri = mint_person(anyascii(name[0]), anyascii(name[1:]))
        if (iri, RDF.type, DOCKG.Person) not in self.graph:
            self.add(iri, RDF.type, DOCKG.Person)
            self.add(iri, SDO.name, Literal(name, lang="ko"))
        self.add(iri, DOCKG.nameInHangul, Literal(name))
        return iri

    # Works -----------------------------------------------------------------

    def film(self, title: str, *, documentary: bool = False, language: str | None = None) -> URIRef:
        """Describe a film by its title (``film:{title slug}``).

        A film is a ``dockg:Film`` until a source calls it a documentary; a more specific
        type already stated is kept. The title is tagged ``language`` if the source names
        the title's language (``English title: …``), else by :meth:`lang`.
        """
        title = title.replace("\u2019", "'")
        iri = mint_named(Kind.FILM, title)
        if documentary:
            self.graph.remove((iri, RDF.type, DOCKG.Film))
            self.add(iri, RDF.type, DOCKG.DocumentaryFilm)
        elif (iri, RDF.type, None) not in self.graph:
            self.add(iri, RDF.type, DOCKG.Film)
        self.add(iri, SDO.name, Literal(title, lang=language or self.lang(title)))
        return iri

    def place(self, name: str, kind: URIRef, *, within: URIRef | None = None) -> URIRef:
        """Describe a place (``schema:City``, ``schema:Country``...) by its English name."""
        iri = mint(Kind.PLACE, name)
        self.add(iri, RDF.type, kind)
        self.add(iri, SDO.name, Literal(name, lang="en"))
        if within is not None:
            self.add(iri, SDO.containedInPlace, within)
        return iri

    # Festivals -------------------------------------------------------------

    def festival(self, name: str) -> URIRef:
        """Describe a festival series by its name (``festival:{name slug}``)."""
        iri = mint_named(Kind.FESTIVAL, name)
        self.add(iri, RDF.type, DOCKG.FestivalSeries)
        self.add(iri, SDO.name, Literal(name, lang=self.lang(name)))
        return iri

    def edition(
        self,
        festival: URIRef,
        festival_name: str,
        year: int,
        number: int | None = None,
        *,
        evidence: str = "",
        location: str = "",
    ) -> URIRef:
        """Describe the edition of a festival in a year, with its number if printed.

        The edition number is a contestable fact: with ``evidence`` it is also a claim.
        """
        iri = mint(Kind.EDITION, slug_of(festival), year)
        self.add(iri, RDF.type, DOCKG.FestivalEdition)
        self.add(iri, DOCKG.editionOf, festival)
        self.add(iri, SDO.startDate, year_literal(year))
        if number is None:
            name = f"{festival_name} {year}"
            self.add(iri, SDO.name, Literal(name, lang=self.lang(name)))
        else:
            name = f"{ordinal(number)} {festival_name}"
            self.add(iri, SDO.name, Literal(name, lang=self._english_made(festival_name)))
            value = Literal(number)
            if evidence:
                self.fact(iri, DOCKG.editionNumber, value, evidence=evidence, location=location)
            else:
                self.add(iri, DOCKG.editionNumber, value)
        return iri

    def section(self, parent: URIRef, name: str) -> URIRef:
        """Describe a section of an edition, or a sub-section of a section."""
        iri = mint_named(Kind.SECTION, slug_of(parent), name)
        self.add(iri, RDF.type, DOCKG.FestivalSection)
        self.add(iri, SDO.name, Literal(name, lang=self.lang(name)))
        self.add(iri, DOCKG.sectionOf, parent)
        return iri

    def selection(self, event: URIRef, film: URIRef) -> URIRef:
        """Record that a film was selected for an edition or section."""
        iri = mint(Kind.SELECTION, slug_of(event), slug_of(film))
        self.add(iri, RDF.type, DOCKG.FestivalSelection)
        self.add(iri, SDO.workFeatured, film)
        self.add(iri, SDO.superEvent, event)
        return iri

    # Venues ----------------------------------------------------------------

    def theater(self, name: str, *, within: URIRef | None = None) -> URIRef:
        """Describe a cinema (``dockg:MovieTheater``)."""
        iri = mint_named(Kind.VENUE, name)
        self.add(iri, RDF.type, DOCKG.MovieTheater)
        self.add(iri, SDO.name, Literal(name, lang=self.lang(name)))
        if within is not None:
            self.add(iri, SDO.containedInPlace, within)
        return iri

    def screen(self, theater_name: str, screen: str) -> URIRef:
        """Describe a numbered screen of a cinema (``venue:{cinema}-{number}``)."""
        theater = self.theater(theater_name)
        iri = mint_named(Kind.VENUE, theater_name, screen)
        self.add(iri, RDF.type, DOCKG.Screen)
        label = f"{theater_name}, screen {screen}"
        self.add(iri, SDO.name, Literal(label, lang=self._english_made(theater_name)))
        self.add(iri, SDO.identifier, Literal(screen))
        self.add(iri, SDO.containedInPlace, theater)
        return iri
