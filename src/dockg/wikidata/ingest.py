"""``dockg ingest wikidata``: what Wikidata states of linked or named items, each fact sourced.

The items are those the project links to (``--linked``: ``owl:sameAs`` or
``skos:exactMatch`` to a Wikidata item, as ``dockg reconcile wikidata`` writes), those named
(``--items Q…``), or those a SPARQL file selects (``--query``). Their full statements
(``p:``/``ps:``, with time precision, quantity unit, qualifiers and references) are read and
stated of the project's entity when the item is linked, else of the item's own IRI:

* films: director (P57), publication date (P577), duration (P2047), main subject (P921),
  genre (P136), country (P495), language (P364, as its ISO 639-1 code P218), festival
  nominations and awards (P1411, P166) whose edition qualifier (P805) names a festival
  edition: the edition (P179 its festival, P393 its number, P580/P585 its date) and the
  film's selection at it;
* people: birth date (P569), birthplace (P19), education (P69), occupation (P106);
* festivals: inception (P571), country (P17);
* events: dates (P585, P580, P582) and place (P276);
* identifiers: IMDb (P345), VIAF (P214), KMDb film (P3704), KMDb documentary film
  (P3750) and KOBIS (P8921), as ``schema:identifier`` property values and, where the
  record's page is known from the code's form, ``schema:sameAs`` URLs.

A value stated with a reference is also a ``dockg:Claim`` whose evidence names the
reference, so ``dockg conflicts`` shows it beside a source that disagrees. Deprecated
statements are skipped; a date without its precision, a duration in an unknown unit or a
language without a code is reported, not guessed. The graph (``data/imported/wikidata.ttl``)
says in its PROV-O account where it came from, when, and that its data are CC0.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from dockg.errors import InputError, UsageError
from dockg.ingest.output import ImportSummary, is_added
from dockg.iris import Kind, kind_of, mint, mint_graph
from dockg.namespaces import DCTERMS, DOCKG, OWL, RDF, SDO, SKOS, WD, WDP, WDPQ, WDPR, WIKIBASE, XSD
from dockg.prefixes import compact_iri
from dockg.project import Project
from dockg.resolution import apply_resolution, resolve_incoming
from dockg.resolution.identifiers import record_url
from dockg.wikidata.client import WikidataClient
from dockg.wikidata.links import IMPORTED_PATH, project_without, provenance, write_graph
from dockg.wikidata.vocabulary import IDENTIFIER_PROPERTIES

#: The graph and file of the import.
GRAPH = mint_graph(IMPORTED_PATH.stem)
SLUG = IMPORTED_PATH.stem
#: Wikidata's data are in the public domain (CC0 1.0).
CC0 = URIRef("https://creativecommons.org/publicdomain/zero/1.0/")

_ITEM = re.compile(r"^Q[1-9][0-9]*$")


class Shape:
    """How a Wikidata property's value becomes a dockg value."""

    ITEM = "item"  #: an item: its linked entity, else its IRI
    DATE = "date"  #: a time value, at its precision
    TEXT = "text"  #: a string
    NUMBER = "number"  #: an integer
    DURATION = "duration"  #: a quantity in minutes or seconds
    LANGUAGE = "language"  #: a language item, as its ISO 639-1 code


#: Wikidata property → (dockg property, value shape). One table for every kind of item:
#: a property a kind of item does not have simply never occurs.
PROPERTIES: dict[str, tuple[URIRef, str]] = {
    "P57": (SDO.director, Shape.ITEM),
    "P577": (SDO.datePublished, Shape.DATE),
    "P2047": (SDO.duration, Shape.DURATION),
    "P921": (DOCKG.isAbout, Shape.ITEM),
    "P136": (SDO.genre, Shape.ITEM),
    "P495": (SDO.countryOfOrigin, Shape.ITEM),
    "P364": (SDO.inLanguage, Shape.LANGUAGE),
    "P569": (SDO.birthDate, Shape.DATE),
    "P19": (SDO.birthPlace, Shape.ITEM),
    "P69": (SDO.alumniOf, Shape.ITEM),
    "P106": (SDO.hasOccupation, Shape.ITEM),
    "P571": (SDO.foundingDate, Shape.DATE),
    "P17": (SDO.location, Shape.ITEM),
    "P585": (SDO.startDate, Shape.DATE),
    "P580": (SDO.startDate, Shape.DATE),
    "P582": (SDO.endDate, Shape.DATE),
    "P276": (SDO.location, Shape.ITEM),
    "P179": (DOCKG.editionOf, Shape.ITEM),
    "P393": (DOCKG.editionNumber, Shape.NUMBER),
}
#: What an item value of a property is, when it is not the project's: stated so the value
#: is a described node (a school attended is an educational organization, a birthplace a
#: place, a director a person).
VALUE_CLASSES: dict[str, URIRef] = {
    "P57": SDO.Person,
    "P69": SDO.EducationalOrganization,
    "P19": SDO.Place,
    "P17": SDO.Place,
    "P276": SDO.Place,
    "P495": SDO.Place,
}
#: A point in time is both the start and the end of an event.
_ALSO_END = {"P585": SDO.endDate}
#: Nominations and awards, whose edition qualifier (P805) is a festival edition.
_AT_FESTIVALS = ("P1411", "P166")
_PRECISION = {9: XSD.gYear, 10: XSD.gYearMonth, 11: XSD.date}
_UNITS = {"minute": "M", "second": "S"}


@dataclass
class Statement:
    """One statement as read, with what qualifies and supports it."""

    iri: URIRef
    item: URIRef
    pid: str
    value: Node
    precision: int | None = None
    unit: URIRef | None = None
    deprecated: bool = False
    qualifiers: dict[str, list[Node]] | None = None
    references: list[str] | None = None


def _pid(prop: Node, namespace: object) -> str:
    return str(prop).removeprefix(str(namespace))


def parse_items(values: Iterable[str]) -> list[URIRef]:
    """Wikidata item ids (``Q42``, or their full IRIs) as IRIs.

    Raises:
        UsageError: naming a value that is not an item id.
    """
    items = []
    for raw in values:
        for value in filter(None, (v.strip() for v in raw.split(","))):
            local = value.removeprefix(str(WD)).removeprefix("wd:")
            if not _ITEM.match(local):
                raise UsageError(f"--items: {value!r} is not a Wikidata item id such as Q42")
            items.append(WD[local])
    return items


def linked_items(graph: Graph) -> dict[URIRef, URIRef]:
    """Each Wikidata item the project links to → the project's entity."""
    found: dict[URIRef, URIRef] = {}
    for prop in (OWL.sameAs, SKOS.exactMatch):
        for entity, item in sorted(graph.subject_objects(prop), key=str):
            if (
                isinstance(item, URIRef)
                and isinstance(entity, URIRef)
                and str(item).startswith(str(WD) + "Q")
                and kind_of(entity) is not None
            ):
                found.setdefault(item, entity)
    return found


def query_items(client: WikidataClient, path: Path) -> list[URIRef]:
    """The Wikidata items a user's SELECT query returns, in any column.

    Raises:
        InputError: if the file cannot be read.
    """
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the query: {error}") from error
    found = []
    for row in client.run(text):
        for value in row.values():
            if isinstance(value, URIRef) and _ITEM.match(str(value).removeprefix(str(WD))):
                found.append(value)
    return sorted(set(found), key=str)


def _statements(client: WikidataClient, items: Iterable[URIRef]) -> list[Statement]:
    statements: dict[URIRef, Statement] = {}
    for row in client.select("statements", "item", items):
        iri, item, claim, value = (row.get(k) for k in ("statement", "item", "claim", "value"))
        if not isinstance(iri, URIRef) or not isinstance(item, URIRef) or value is None:
            continue
        if claim is None:
            continue
        precision = row.get("precision")
        unit = row.get("unit")
        statements[iri] = Statement(
            iri,
            item,
            _pid(claim, WDP),
            value,
            precision=int(str(precision)) if precision is not None else None,
            unit=unit if isinstance(unit, URIRef) else None,
            deprecated=row.get("rank") == WIKIBASE.DeprecatedRank,
            qualifiers={},
            references=[],
        )
    labels: dict[Node, str] = {}
    details = client.select("details", "statement", statements)
    for row in details:
        value, label = row.get("value"), row.get("valueLabel")
        if value is not None and isinstance(label, Literal):
            labels[value] = str(label)
    references: defaultdict[tuple[URIRef, Node], list[str]] = defaultdict(list)
    for row in sorted(details, key=lambda r: sorted((k, v.n3()) for k, v in r.items())):
        found = row.get("statement")
        statement = statements.get(found) if isinstance(found, URIRef) else None
        prop, value = row.get("property"), row.get("value")
        if statement is None or prop is None or value is None:
            continue
        if str(row.get("part")) == "qualifier":
            assert statement.qualifiers is not None
            statement.qualifiers.setdefault(_pid(prop, WDPQ), []).append(value)
        else:
            pid = _pid(prop, WDPR)
            shown = labels.get(value, str(value))
            words = {"P854": f"reference URL {shown}", "P248": f"stated in {shown}"}
            if pid in words:
                references[(statement.iri, row["reference"])].append(words[pid])
    for (iri, _), parts in sorted(references.items(), key=lambda r: str(r[0])):
        refs = statements[iri].references
        assert refs is not None
        refs.append(", ".join(sorted(parts)))
    return sorted(statements.values(), key=lambda s: str(s.iri))


@dataclass
class _Builder:
    """Turns statements into the import's triples."""

    links: dict[URIRef, URIRef]
    labels: dict[URIRef, dict[str, str]]
    codes: dict[URIRef, str]
    graph: Graph
    unparsed: list[tuple[int, str]]

    def entity(self, item: URIRef) -> URIRef:
        return self.links.get(item, item)

    def report(self, statement: Statement, why: str) -> None:
        self.unparsed.append((len(self.unparsed) + 1, f"{compact_iri(statement.iri)}: {why}"))

    def date(self, statement: Statement) -> Literal | None:
        text = str(statement.value)
        datatype = _PRECISION.get(statement.precision or 0)
        if datatype is None:
            self.report(statement, f"{statement.pid}: a date without a precision dockg reads")
            return None
        stamp = text.lstrip("+")[: {XSD.gYear: 4, XSD.gYearMonth: 7, XSD.date: 10}[datatype]]
        return Literal(stamp, datatype=datatype)

    def value(self, statement: Statement, shape: str) -> Node | None:
        value = statement.value
        if shape == Shape.ITEM:
            if not isinstance(value, URIRef):
                return None
            self.name(value)
            if value not in self.links and statement.pid in VALUE_CLASSES:
                self.graph.add((value, RDF.type, VALUE_CLASSES[statement.pid]))
            return self.entity(value)
        if shape == Shape.DATE:
            return self.date(statement)
        if shape == Shape.NUMBER:
            try:
                return Literal(int(str(value)))
            except ValueError:
                self.report(statement, f"{statement.pid}: {str(value)!r} is not a number")
                return None
        if shape == Shape.DURATION:
            unit = self.labels.get(statement.unit, {}).get("en") if statement.unit else None
            letter = _UNITS.get(unit or "")
            try:
                amount = Decimal(str(value))
            except InvalidOperation:
                amount = None
            if letter is None or amount is None or amount != amount.to_integral_value():
                self.report(
                    statement, f"{statement.pid}: a duration of {value} {unit or 'in no unit'}"
                )
                return None
            return Literal(f"PT{int(amount)}{letter}", datatype=XSD.duration)
        if shape == Shape.LANGUAGE:
            code = self.codes.get(value) if isinstance(value, URIRef) else None
            if code is None:
                self.report(
                    statement,
                    f"{statement.pid}: language {value} has no ISO 639-1 code",
                )
            return Literal(code) if code else None
        return Literal(str(value))

    def name(self, item: URIRef) -> None:
        """Name an item that stays a Wikidata IRI, so a reader sees what it is."""
        if item in self.links:
            return
        for language, text in sorted(self.labels.get(item, {}).items()):
            self.graph.add((item, SDO.name, Literal(text, lang=language)))

    def claim(self, statement: Statement, subject: Node, predicate: URIRef, value: Node) -> None:
        if not statement.references:
            return
        local = str(statement.iri).rsplit("/", 1)[-1]
        claim = mint(Kind.CLAIM, "wikidata", local, compact_iri(predicate).split(":")[-1])
        self.graph.add((claim, RDF.type, DOCKG.Claim))
        self.graph.add((claim, RDF.subject, subject))
        self.graph.add((claim, RDF.predicate, predicate))
        self.graph.add((claim, RDF.object, value))
        evidence = f"Wikidata {statement.pid} statement; " + "; ".join(statement.references)
        self.graph.add((claim, DOCKG.evidence, Literal(evidence)))
        self.graph.add(
            (claim, DOCKG.sourceLocation, Literal(f"Wikidata statement {statement.iri}"))
        )

    def identifier(self, statement: Statement, subject: URIRef) -> None:
        scheme = IDENTIFIER_PROPERTIES[statement.pid]
        code = str(statement.value)
        node = mint(Kind.CLAIM, "identifier", scheme, code)
        self.graph.add((subject, SDO.identifier, node))
        self.graph.add((node, RDF.type, SDO.PropertyValue))
        self.graph.add((node, SDO.propertyID, Literal(scheme)))
        self.graph.add((node, SDO.value, Literal(code)))
        page = record_url(scheme, code, film=kind_of(subject) is Kind.FILM)
        if page is not None:
            self.graph.add((subject, SDO.sameAs, page))

    def festival(self, statement: Statement, film: URIRef) -> None:
        """A nomination or award at a festival edition: the film's selection there."""
        editions = (statement.qualifiers or {}).get("P805", [])
        award = statement.value
        if statement.pid == "P166" and isinstance(award, URIRef):
            label = self.labels.get(award, {}).get("en")
            if label:
                self.graph.add((film, SDO.award, Literal(label, lang="en")))
        for edition in editions:
            if not isinstance(edition, URIRef):
                continue
            at = self.entity(edition)
            selection = mint(
                Kind.SELECTION,
                "wikidata",
                compact_iri(film).replace(":", "-"),
                str(edition).rsplit("/", 1)[-1],
            )
            self.graph.add((selection, RDF.type, DOCKG.FestivalSelection))
            self.graph.add((selection, SDO.workFeatured, film))
            self.graph.add((selection, SDO.superEvent, at))
            name = self.labels.get(award, {}).get("en") if isinstance(award, URIRef) else None
            if name:
                self.graph.add((selection, SDO.name, Literal(name, lang="en")))

    def add(self, statement: Statement) -> None:
        if statement.deprecated:
            return
        subject = self.entity(statement.item)
        if statement.pid in IDENTIFIER_PROPERTIES:
            self.identifier(statement, subject)
            return
        if statement.pid in _AT_FESTIVALS:
            self.festival(statement, subject)
            return
        if statement.pid not in PROPERTIES:
            return
        predicate, shape = PROPERTIES[statement.pid]
        value = self.value(statement, shape)
        if value is None:
            return
        self.graph.add((subject, predicate, value))
        self.claim(statement, subject, predicate, value)
        if statement.pid in _ALSO_END:
            self.graph.add((subject, _ALSO_END[statement.pid], value))


#: What an item is, by the labels of its types, for an item the project does not have.
_KINDS = (
    ("human", DOCKG.Person),
    ("festival edition", DOCKG.FestivalEdition),
    ("festival", DOCKG.FestivalSeries),
    ("film", DOCKG.Film),
)


def _type_unlinked(builder: _Builder, statements: list[Statement]) -> None:
    """Type and name the items that are not the project's, from their P31 labels."""
    types: defaultdict[URIRef, set[str]] = defaultdict(set)
    for statement in statements:
        if statement.pid == "P31" and isinstance(statement.value, URIRef):
            types[statement.item] |= set(builder.labels.get(statement.value, {}).values())
        if statement.pid == "P179":  # part of a festival series: an edition of it
            types[statement.item].add("festival edition")
    for item in sorted({s.item for s in statements}, key=str):
        if item in builder.links:
            continue
        builder.name(item)
        for words, cls in _KINDS:
            if any(words in label.lower() for label in types.get(item, ())):
                builder.graph.add((item, RDF.type, cls))
                break


def _labels(client: WikidataClient, items: Iterable[URIRef]) -> dict[URIRef, dict[str, str]]:
    labels: defaultdict[URIRef, dict[str, str]] = defaultdict(dict)
    for row in client.select("labels", "item", items):
        item, prop, text = row.get("item"), row.get("property"), row.get("text")
        if isinstance(item, URIRef) and isinstance(text, Literal) and str(prop).endswith("#label"):
            labels[item].setdefault(text.language or "en", str(text))
    return dict(labels)


def ingest_wikidata(
    project: Project,
    client: WikidataClient,
    *,
    items: Iterable[URIRef] = (),
    query: Path | None = None,
    linked: bool = False,
    dry_run: bool = False,
    now: datetime | None = None,
) -> ImportSummary:
    """Import what Wikidata states of some items into ``data/imported/wikidata.ttl``.

    Args:
        project: the project.
        client: the endpoint.
        items: items named by the user.
        query: a SPARQL SELECT file whose answers name items.
        linked: also every item the project links to.
        dry_run: compute everything, write nothing.
        now: the time of the import.

    Returns:
        The import's summary (as page and spreadsheet imports give).

    Raises:
        UsageError: if no item is asked for.
        RemoteError: if the endpoint fails (nothing is written).
        OutputError: if the file cannot be written.
    """
    path = project.data_dir / IMPORTED_PATH
    existing = project_without(project, path)
    links = linked_items(existing)
    wanted = set(items)
    if query is not None:
        wanted |= set(query_items(client, query))
    if linked:
        wanted |= set(links)
    if not wanted:
        raise UsageError("no Wikidata item to import: give --items, --query or --linked")
    statements = _statements(client, wanted)
    # the festival editions that nominations and awards name, and their own statements
    editions = {
        e
        for s in statements
        if s.pid in _AT_FESTIVALS
        for e in (s.qualifiers or {}).get("P805", [])
        if isinstance(e, URIRef) and e not in wanted
    }
    if editions:
        statements += _statements(client, editions)
    values = {s.value for s in statements if isinstance(s.value, URIRef)}
    values |= {s.unit for s in statements if s.unit is not None}
    values |= {s.item for s in statements}
    labels = _labels(client, values)
    codes: dict[URIRef, str] = {}
    languages = {s.value for s in statements if s.pid == "P364" and isinstance(s.value, URIRef)}
    for row in client.select("facts", "item", languages):
        if str(row.get("property", "")).endswith("P218") and isinstance(row.get("item"), URIRef):
            codes[row["item"]] = str(row["value"])  # type: ignore[index]
    builder = _Builder(links, labels, codes, Graph(), [])
    for statement in statements:
        builder.add(statement)
    _type_unlinked(builder, statements)
    incoming = builder.graph
    resolution = resolve_incoming(incoming, existing)
    resolved = apply_resolution(incoming, resolution, existing=existing)
    graph = Graph()
    graph += resolved
    graph += provenance(
        GRAPH,
        endpoint=client.endpoint,
        when=now or datetime.now(UTC),
        slug=SLUG,
        title="Facts Wikidata states of the project's entities",
        activity="dockg ingest wikidata",
    )
    graph.add((GRAPH, DCTERMS.license, CC0))
    header = (
        f"Imported by `dockg ingest wikidata` from {client.endpoint}.\n"
        "Wikidata's data are CC0 1.0 (public domain). Generated file: re-run the import\n"
        "rather than editing it by hand."
    )
    turtle, unchanged = write_graph(path, graph, header, dry_run=dry_run)
    added = sorted({e for e in resolved.subjects(RDF.type, None) if is_added(e, existing)}, key=str)
    return ImportSummary(
        path=path,
        graph=GRAPH,
        triples=len(graph),
        written=not dry_run and not unchanged,
        added=tuple(added),  # type: ignore[arg-type]
        merges=resolution.merges,
        candidates=resolution.candidates,
        unparsed=tuple(builder.unparsed),
        unchanged=unchanged,
        turtle=turtle,
    )
