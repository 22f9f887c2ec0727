"""``dockg ingest wikidata`` against the Wikidata-shaped fixture: facts of linked items,
each sourced, identifiers, festival editions, claims that ``dockg conflicts`` shows.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from conftest import Run
from dockg.errors import UsageError
from dockg.namespaces import DCTERMS, DOCKG, RDF, SDO, WD, XSD
from dockg.prefixes import compact_iri
from dockg.project import Project, copy_project
from dockg.wikidata.client import WikidataClient
from dockg.wikidata.ingest import CC0, GRAPH, ingest_wikidata, parse_items
from dockg.wikidata.links import reconcile
from oxigraph_server import OxigraphServer
from wikidata_support import wikidata_server

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
ID = "https://w3id.org/dockg/id/"
IM = URIRef(ID + "person/im-heung-soon")
DAY_AFTER = URIRef(ID + "film/the-day-after")
EDITION_2017 = URIRef(ID + "edition/busan-international-film-festival-2017")


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    yield from wikidata_server(tmp_path_factory.mktemp("wikidata"))


@pytest.fixture
def linked_project(tmp_path: Path, endpoint: OxigraphServer) -> Path:
    """A copy of the seed project reconciled with the fixture."""
    root = copy_project(ROOT, tmp_path / "project")
    shutil.rmtree(root / "data" / "reconciled", ignore_errors=True)
    shutil.rmtree(root / "data" / "imported", ignore_errors=True)
    reconcile(Project.open(root), WikidataClient(endpoint.query_url), now=NOW)
    return root


def _facts(graph: Graph, subject: URIRef) -> set[tuple[str, str]]:
    return {
        (compact_iri(p), o.n3() if isinstance(o, Literal) else compact_iri(o))
        for p, o in graph.predicate_objects(subject)
    }


def _ingest(project: Path, endpoint: OxigraphServer) -> Graph:
    summary = ingest_wikidata(
        Project.open(project), WikidataClient(endpoint.query_url), linked=True, now=NOW
    )
    assert summary.written and summary.unparsed == ()
    return Graph().parse(summary.path)


def test_linked_items_bring_their_facts_onto_the_projects_entities(
    linked_project: Path, endpoint: OxigraphServer
) -> None:
    graph = _ingest(linked_project, endpoint)
    gyear = XSD.gYear.n3()
    assert _facts(graph, IM) == {
        ("schema:birthDate", f'"1969"^^{gyear}'),
        ("schema:birthPlace", "place:seoul"),
        ("schema:alumniOf", "wd:Q99000918"),
        ("schema:hasOccupation", "wd:Q2526255"),
        ("schema:hasOccupation", "wd:Q483501"),
        ("schema:identifier", "claim:identifier-imdb-nm9900001"),
        ("schema:identifier", "claim:identifier-viaf-99000001"),
        ("schema:sameAs", "<https://www.imdb.com/name/nm9900001/>"),
        ("schema:sameAs", "<https://viaf.org/viaf/99000001>"),
    }
    assert _facts(graph, DAY_AFTER) == {
        ("schema:director", "person:im-heung-soon"),
        ("schema:datePublished", f'"2017"^^{gyear}'),
        ("schema:duration", f'"PT77M"^^{XSD.duration.n3()}'),
        ("dockg:isAbout", "topic:human-rights"),
        ("schema:genre", "wd:Q93204"),
        ("schema:countryOfOrigin", "place:south-korea"),
        ("schema:inLanguage", '"ko"'),
        ("schema:identifier", "claim:identifier-imdb-tt9900101"),
        ("schema:identifier", "claim:identifier-kmdb-k99101"),
        ("schema:identifier", "claim:identifier-kobis-20179901"),
        ("schema:sameAs", "<https://www.imdb.com/title/tt9900101/>"),
        ("schema:sameAs", "<https://www.kmdb.or.kr/db/kor/detail/movie/K/99101>"),
        (
            "schema:sameAs",
            "<https://www.kobis.or.kr/kobis/business/mast/mvie/searchMovieDtl.do?code=20179901>",
        ),
    }
    imdb = URIRef(ID + "claim/identifier-imdb-tt9900101")
    assert _facts(graph, imdb) == {
        ("rdf:type", "schema:PropertyValue"),
        ("schema:propertyID", '"IMDb"'),
        ("schema:value", '"tt9900101"'),
    }
    kmdb = URIRef(ID + "claim/identifier-kmdb-k99101")
    assert _facts(graph, kmdb) == {
        ("rdf:type", "schema:PropertyValue"),
        ("schema:propertyID", '"KMDb"'),
        ("schema:value", '"K99101"'),
    }
    # the unlinked values are named, so a reader sees what they are
    assert (WD.Q99000918, SDO.name, Literal("Kyonggi University", lang="en")) in graph
    assert (WD.Q99000918, RDF.type, SDO.EducationalOrganization) in graph
    # the graph says where it came from and that Wikidata's data are CC0
    assert (GRAPH, DCTERMS.license, CC0) in graph
    assert (GRAPH, RDF.type, DOCKG.SourceGraph) in graph


def test_a_nomination_at_an_edition_is_a_selection_at_the_projects_edition(
    linked_project: Path, endpoint: OxigraphServer
) -> None:
    graph = _ingest(linked_project, endpoint)
    selections = set(graph.subjects(RDF.type, DOCKG.FestivalSelection))
    assert len(selections) == 1
    (selection,) = selections
    assert _facts(graph, selection) == {
        ("rdf:type", "dockg:FestivalSelection"),
        ("schema:name", '"Wide Angle Documentary Award"@en'),
        ("schema:workFeatured", "film:the-day-after"),
        ("schema:superEvent", "edition:busan-international-film-festival-2017"),
    }
    # the edition item was merged into the project's 2017 edition by resolution
    assert (WD.Q99000311, DOCKG.editionNumber, None) not in graph
    assert (EDITION_2017, DOCKG.editionNumber, Literal(22)) in graph


def test_referenced_values_are_claims_that_conflicts_show(
    linked_project: Path, endpoint: OxigraphServer, dockg: Callable[..., Run]
) -> None:
    graph = _ingest(linked_project, endpoint)
    claims = {
        (s, o)
        for s in graph.subjects(RDF.type, DOCKG.Claim)
        for o in graph.objects(s, DOCKG.evidence)
    }
    evidence: dict[Node, str] = {graph.value(s, RDF.object): str(e) for s, e in claims}
    assert evidence == {
        Literal("1969", datatype=XSD.gYear): "Wikidata P569 statement; reference URL "
        "https://example.org/artists/im-heung-soon, stated in A reference work on Korean artists",
        Literal("PT77M", datatype=XSD.duration): "Wikidata P2047 statement; reference URL "
        "https://example.org/films/the-day-after",
    }
    run = dockg("--project", linked_project, "conflicts", "--format", "json")
    assert run.code == 0, run.stderr
    assert "data/imported/wikidata.ttl" in run.stdout
    rows = dockg("--project", linked_project, "conflicts", "--format", "table")
    birth = [line for line in rows.stdout.splitlines() if "schema:birthDate" in line]
    assert len(birth) == 2
    assert "data/imported/wikidata.ttl" in next(line for line in birth if "1969" in line)
    assert "filmsite-im-heung-soon-bio" in next(line for line in birth if "1970" in line)
    validated = dockg("--project", linked_project, "validate")
    assert validated.code == 0, validated.stdout


def test_a_re_run_is_unchanged(linked_project: Path, endpoint: OxigraphServer) -> None:
    client = WikidataClient(endpoint.query_url)
    first = ingest_wikidata(Project.open(linked_project), client, linked=True, now=NOW)
    later = datetime(2027, 1, 1, tzinfo=UTC)
    again = ingest_wikidata(Project.open(linked_project), client, linked=True, now=later)
    assert again.unchanged and again.path.read_text("utf-8") == first.turtle


def test_named_items_and_a_query_file(
    linked_project: Path, endpoint: OxigraphServer, tmp_path: Path
) -> None:
    client = WikidataClient(endpoint.query_url)
    named = ingest_wikidata(
        Project.open(linked_project),
        client,
        items=parse_items(["Q99000301"]),
        dry_run=True,
        now=NOW,
    )
    graph = Graph().parse(data=named.turtle, format="turtle")
    festival = URIRef(ID + "festival/busan-international-film-festival")
    assert _facts(graph, festival) == {
        ("schema:foundingDate", f'"1996"^^{XSD.gYear.n3()}'),
        ("schema:location", "place:south-korea"),
    }
    query = tmp_path / "festivals.rq"
    query.write_text(
        "PREFIX wdt: <http://www.wikidata.org/prop/direct/>\n"
        "PREFIX wd: <http://www.wikidata.org/entity/>\n"
        "SELECT ?festival WHERE { ?festival wdt:P31 wd:Q220505 ; wdt:P17 wd:Q884 }\n",
        encoding="utf-8",
    )
    queried = ingest_wikidata(
        Project.open(linked_project), client, query=query, dry_run=True, now=NOW
    )
    # the query selects the one festival in South Korea: the same import as naming it
    assert Graph().parse(data=queried.turtle, format="turtle").isomorphic(graph)


def test_a_bad_item_id_is_refused() -> None:
    with pytest.raises(UsageError, match="'P31' is not a Wikidata item id"):
        parse_items(["Q1,P31"])
    assert parse_items(["Q1,wd:Q2", str(WD.Q3)]) == [WD.Q1, WD.Q2, WD.Q3]


def test_wikidatas_own_facts_are_no_evidence_for_a_re_reconciliation(
    linked_project: Path, endpoint: OxigraphServer
) -> None:
    links = linked_project / "data" / "reconciled" / "wikidata.ttl"
    before = links.read_bytes()
    _ingest(linked_project, endpoint)  # brings IMDb ids and birth years from Wikidata
    again = reconcile(Project.open(linked_project), WikidataClient(endpoint.query_url), now=NOW)
    assert again.unchanged
    assert links.read_bytes() == before
