"""``dockg reconcile wikidata`` against a real SPARQL server holding a Wikidata-shaped fixture.

The fixture (tests/fixtures/wikidata/wikidata.ttl) has namesakes on purpose; every expected
link is made, no namesake is linked, equal evidence gives candidate pairs, and a curator's
owl:differentFrom is respected. The links file builds clean and a re-run leaves it as it was.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from conftest import Run
from dockg.namespaces import OWL, SDO, SKOS, WD
from dockg.prefixes import compact_iri
from dockg.project import Project, copy_project
from dockg.wikidata.candidates import EntityType, person_forms, syllable_splits
from dockg.wikidata.client import WikidataClient
from dockg.wikidata.links import RECONCILED_PATH, reconcile
from oxigraph_server import OxigraphServer
from wikidata_support import wikidata_server

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)

#: Every link the fixture should give: entity → item.
EXPECTED_LINKS = {
    "event:russian-revolution": "wd:Q99000402",
    "event:sewol-ferry-disaster": "wd:Q99000401",
    "festival:busan-international-film-festival": "wd:Q99000301",
    "festival:toronto-korean-film-festival": "wd:Q99000302",
    "film:heart-of-snow-afterlife": "wd:Q99000103",
    "film:the-day-after": "wd:Q99000101",
    "person:im-heung-soon": "wd:Q99000001",
    "person:kim-alexandra-petrovna": "wd:Q99000005",
    "person:kim-soyoung": "wd:Q99000003",
    "place:canada": "wd:Q16",
    "place:seoul": "wd:Q8684",
    "place:south-korea": "wd:Q884",
    "place:toronto": "wd:Q172",
    "topic:human-rights": "wd:Q99000501",
    "topic:north-korean-defectors": "wd:Q99000502",
}
#: The namesakes that contradicting evidence rules out.
EXPECTED_RULED_OUT = {
    ("event:russian-revolution", "wd:Q99000403"),  # a painting
    ("film:the-day-after", "wd:Q99000102"),  # by another director
    ("person:im-heung-soon", "wd:Q99000002"),  # a footballer born in 1988
    ("person:kim-soyoung", "wd:Q99000004"),  # a politician
}
#: Reported for a curator: two items with equal evidence; an alias and nothing more.
EXPECTED_PAIRS = {
    ("person:kang-jinseok", "wd:Q99000006"),
    ("person:kang-jinseok", "wd:Q99000007"),
    ("topic:migration", "wd:Q99000503"),
}


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    yield from wikidata_server(tmp_path_factory.mktemp("wikidata"))


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    root = copy_project(ROOT, tmp_path / "project")
    shutil.rmtree(root / "data" / "reconciled", ignore_errors=True)
    shutil.rmtree(root / "data" / "imported", ignore_errors=True)
    return root


def _links(graph: Graph) -> dict[str, str]:
    found = {}
    for prop in (OWL.sameAs, SKOS.exactMatch):
        for entity, item in graph.subject_objects(prop):
            if str(item).startswith(str(WD)):
                found[compact_iri(entity)] = compact_iri(item)
    return found


def test_every_expected_link_is_made_and_no_namesake_is_linked(
    endpoint: OxigraphServer, project_dir: Path
) -> None:
    client = WikidataClient(endpoint.query_url)
    summary = reconcile(Project.open(project_dir), client, now=NOW)
    assert {
        compact_iri(link.entity): compact_iri(link.item) for link in summary.links
    } == EXPECTED_LINKS
    ruled_out = {(compact_iri(e), compact_iri(i)) for e, i, _ in summary.rejected}
    assert ruled_out == EXPECTED_RULED_OUT
    pairs = {(compact_iri(p.entity), compact_iri(p.item)) for p in summary.candidates}
    assert pairs == EXPECTED_PAIRS
    written = Graph().parse(project_dir / "data" / RECONCILED_PATH)
    assert _links(written) == EXPECTED_LINKS
    # people, films, festivals, places and events are owl:sameAs, with their schema.org
    # face; topics are skos:exactMatch
    topic = URIRef("https://w3id.org/dockg/id/topic/human-rights")
    assert (topic, SKOS.exactMatch, WD.Q99000501) in written
    assert (topic, OWL.sameAs, WD.Q99000501) not in written
    seoul = URIRef("https://w3id.org/dockg/id/place/seoul")
    assert (seoul, OWL.sameAs, WD.Q8684) in written
    assert (seoul, SDO.sameAs, WD.Q8684) in written


def test_each_link_carries_its_evidence(endpoint: OxigraphServer, project_dir: Path) -> None:
    summary = reconcile(Project.open(project_dir), WikidataClient(endpoint.query_url), now=NOW)
    im = next(link for link in summary.links if compact_iri(link.entity) == "person:im-heung-soon")
    assert im.reasons == (
        "label 'Im Heung-soon'@en",
        "occupation artist, film director",
        "same birth year 1969",
        "born in seoul",
        "credited on the same film: The Day After",
        "found under the Hangul name too",
    )
    footballer = next(r for e, i, r in summary.rejected if compact_iri(i) == "wd:Q99000002")
    assert "another occupation: association football player" in footballer
    assert "birth years differ: 1969, 1970 here, 1988 on Wikidata" in footballer
    kang = [p for p in summary.candidates if compact_iri(p.entity) == "person:kang-jinseok"]
    assert kang[0].reasons[-1] == "ambiguous: as much evidence for wd:Q99000007"


def test_occupations_labelled_only_in_french_are_judged_by_q_id(
    endpoint: OxigraphServer, project_dir: Path
) -> None:
    """The fixture's director Kim So-young has occupation Q3455803 and the politician
    Q82955, each labelled only in French: the link and the ruling out rest on the Q-ids."""
    summary = reconcile(Project.open(project_dir), WikidataClient(endpoint.query_url), now=NOW)
    kim = next(link for link in summary.links if compact_iri(link.entity) == "person:kim-soyoung")
    assert compact_iri(kim.item) == "wd:Q99000003"
    assert "occupation director" in kim.reasons
    politician = next(r for e, i, r in summary.rejected if compact_iri(i) == "wd:Q99000004")
    assert "another occupation: politician" in politician


def test_a_re_run_leaves_the_file_byte_for_byte(
    endpoint: OxigraphServer, project_dir: Path
) -> None:
    client = WikidataClient(endpoint.query_url)
    first = reconcile(Project.open(project_dir), client, now=NOW)
    before = first.path.read_bytes()
    again = reconcile(Project.open(project_dir), client, now=datetime(2027, 1, 1, tzinfo=UTC))
    assert again.unchanged and not again.written
    assert again.path.read_bytes() == before


def test_a_curators_different_from_keeps_an_entity_and_an_item_apart(
    endpoint: OxigraphServer, project_dir: Path
) -> None:
    (project_dir / "data" / "curated" / "not-on-wikidata.ttl").write_text(
        """@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix dockg: <https://w3id.org/dockg/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
<https://w3id.org/dockg/graph/curated-not-on-wikidata> a dockg:SourceGraph ;
    dcterms:title "Curators' decisions on Wikidata links"@en ;
    prov:wasAttributedTo <https://w3id.org/dockg/id/agent/dockg-curators> .
<https://w3id.org/dockg/id/person/kim-soyoung>
    owl:differentFrom <http://www.wikidata.org/entity/Q99000003> .
""",
        encoding="utf-8",
    )
    summary = reconcile(Project.open(project_dir), WikidataClient(endpoint.query_url), now=NOW)
    linked = {compact_iri(link.entity) for link in summary.links}
    assert "person:kim-soyoung" not in linked
    assert [(compact_iri(e), compact_iri(i)) for e, i in summary.kept_apart] == [
        ("person:kim-soyoung", "wd:Q99000003")
    ]
    assert len(linked) == len(EXPECTED_LINKS) - 1


def test_types_limit_what_is_reconciled(endpoint: OxigraphServer, project_dir: Path) -> None:
    summary = reconcile(
        Project.open(project_dir),
        WikidataClient(endpoint.query_url),
        kinds=[EntityType.FESTIVAL],
        dry_run=True,
        now=NOW,
    )
    assert {compact_iri(link.entity) for link in summary.links} == {
        "festival:busan-international-film-festival",
        "festival:toronto-korean-film-festival",
    }
    assert not summary.written
    assert not (project_dir / "data" / RECONCILED_PATH).exists()


def test_a_run_limited_to_some_kinds_keeps_the_links_of_the_others(
    endpoint: OxigraphServer, project_dir: Path
) -> None:
    client = WikidataClient(endpoint.query_url)
    reconcile(Project.open(project_dir), client, now=NOW)
    festivals = reconcile(Project.open(project_dir), client, kinds=[EntityType.FESTIVAL], now=NOW)
    assert festivals.unchanged
    written = Graph().parse(project_dir / "data" / RECONCILED_PATH)
    assert _links(written) == EXPECTED_LINKS


def test_the_cache_answers_a_re_run_without_asking(
    endpoint: OxigraphServer, project_dir: Path, tmp_path: Path
) -> None:
    first = WikidataClient(endpoint.query_url, cache_dir=tmp_path / "cache")
    reconcile(Project.open(project_dir), first, dry_run=True, now=NOW)
    assert first.requests == 3
    second = WikidataClient(endpoint.query_url, cache_dir=tmp_path / "cache")
    again = reconcile(Project.open(project_dir), second, dry_run=True, now=NOW)
    assert second.requests == 0
    assert {compact_iri(link.entity) for link in again.links} == set(EXPECTED_LINKS)


def test_the_cli_writes_links_that_build_clean_and_a_query_can_follow(
    endpoint: OxigraphServer, project_dir: Path, dockg: Callable[..., Run]
) -> None:
    run = dockg("--project", project_dir, "reconcile", "wikidata", "--endpoint", endpoint.query_url)
    assert run.code == 0, run.stderr
    assert f"linked {len(EXPECTED_LINKS)}" in run.stdout
    assert "person:im-heung-soon ≠ wd:Q99000002" in run.stdout
    query = project_dir / "follow.rq"
    query.write_text(
        "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?entity ?item WHERE {\n"
        "  ?entity owl:sameAs|skos:exactMatch ?item .\n"
        '  FILTER (STRSTARTS(STR(?entity), "https://w3id.org/dockg/id/"))\n'
        "}\n"
        "ORDER BY ?entity\n",
        encoding="utf-8",
    )
    rows = dockg("--project", project_dir, "query", query, "--format", "csv")
    assert rows.code == 0, rows.stderr
    followed = {
        tuple(line.split(","))
        for line in rows.stdout.splitlines()[1:]
        if line.split(",")[1].startswith(str(WD))
    }
    expected = {
        (str(compact_iri_to_iri(e)), str(compact_iri_to_iri(i))) for e, i in EXPECTED_LINKS.items()
    }
    assert followed == expected
    build = dockg("--project", project_dir, "validate")
    assert build.code == 0, build.stdout + build.stderr


def compact_iri_to_iri(text: str) -> URIRef:
    from dockg.prefixes import PREFIXES

    prefix, local = text.split(":", 1)
    return URIRef(PREFIXES[prefix] + local)


def test_personal_names_are_looked_up_in_both_orders_and_spellings() -> None:
    assert person_forms("Heung-Soon Im") >= {
        "Heung-Soon Im",
        "Im Heung-Soon",
        "Im Heung-soon",
        "Im Heungsoon",
        "Im Heung Soon",
        "Heung-soon Im",
    }
    assert person_forms("김소영") == {"김소영"}
    # a joined Korean given name is also cut into two romanized syllables
    assert {"Kang Jin-seok", "Jin-seok Kang"} <= person_forms("Kang Jinseok")
    assert syllable_splits("Soyoung") == {"So-young"}
    assert syllable_splits("Alexandra") == set()
