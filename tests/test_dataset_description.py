"""The dataset describes itself (DCAT, VoID) with its licence, and every graph states one.

A consumer who knows only DCAT and VoID finds what the dataset is, who publishes it,
under which licence, how to download or query it, and the licence of each source graph.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, VOID

from dockg.dataset_description import DATASET, PUBLISHER, describe_dataset
from dockg.errors import InputError
from dockg.ingest.csv_import import source_of
from dockg.ingest.mapping import CsvMapping, load_mapping, project_terms
from dockg.ingest.output import provenance
from dockg.licences import CC_BY_4, MIT
from dockg.store.oxigraph import OxigraphStore
from queries_support import seed_loaded, seed_project
from server_support import ServerProcess, shared_seed_server

ROOT = Path(__file__).resolve().parents[1]


def _load(path: Path) -> CsvMapping:
    return load_mapping(path, project_terms(seed_project()))


SCHEMA_SUBSET = URIRef("https://w3id.org/dockg/graph/schema-org-subset")
CC_BY_SA_3 = URIRef("https://creativecommons.org/licenses/by-sa/3.0/")


@pytest.fixture(scope="module")
def description() -> Graph:
    store = OxigraphStore(None)
    store.load_project(seed_project())
    return describe_dataset(store)


def test_the_dataset_says_what_it_is_who_publishes_it_and_its_licence(
    description: Graph,
) -> None:
    assert {DCAT.Dataset, VOID.Dataset} <= set(description.objects(DATASET, RDF.type))
    assert description.value(DATASET, DCTERMS.title).language == "en"  # type: ignore[union-attr]
    assert len(str(description.value(DATASET, DCTERMS.description))) > 80
    assert description.value(DATASET, DCTERMS.publisher) == PUBLISHER
    assert (PUBLISHER, RDF.type, FOAF.Organization) in description
    assert description.value(DATASET, DCTERMS.license) == CC_BY_4
    assert description.value(DATASET, VOID.uriSpace) == Literal("https://w3id.org/dockg/id/")


def test_distributions_have_media_types_and_download_urls(description: Graph) -> None:
    distributions = {
        str(description.value(d, DCAT.downloadURL)): str(description.value(d, DCAT.mediaType))
        for d in description.objects(DATASET, DCAT.distribution)
    }
    iana = "https://www.iana.org/assignments/media-types/"
    assert distributions == {
        "https://w3id.org/dockg/dumps/dockg.trig": iana + "application/trig",
        "https://w3id.org/dockg/dumps/dockg.nq": iana + "application/n-quads",
        "https://w3id.org/dockg/dumps/dockg.ttl": iana + "text/turtle",
        "https://w3id.org/dockg/dumps/dockg.jsonld": iana + "application/ld+json",
    }
    assert set(map(str, description.objects(DATASET, VOID.dataDump))) == set(distributions)


def test_the_endpoint_is_a_data_service(description: Graph) -> None:
    endpoint = URIRef("https://w3id.org/dockg/sparql")
    assert description.value(DATASET, VOID.sparqlEndpoint) == endpoint
    service = description.value(DATASET, DCAT.accessService)
    assert description.value(service, DCAT.endpointURL) == endpoint
    assert description.value(service, DCAT.servesDataset) == DATASET


def test_counts_are_those_of_the_merged_graphs(description: Graph) -> None:
    loaded = seed_loaded()
    triples = {t for g in loaded.named_graphs() for t in g}
    assert description.value(DATASET, VOID.triples) == Literal(len(triples))
    assert description.value(DATASET, VOID.distinctSubjects) == Literal(
        len({s for s, _, _ in triples})
    )
    entities = {s for s, _, _ in triples if str(s).startswith("https://w3id.org/dockg/id/")}
    assert description.value(DATASET, VOID.entities) == Literal(len(entities))


def test_every_graph_is_a_subset_with_its_own_licence(description: Graph) -> None:
    loaded = seed_loaded()
    subsets = set(description.objects(DATASET, VOID.subset))
    assert subsets == {g.identifier for g in loaded.named_graphs()}
    licences = {s: list(description.objects(s, DCTERMS.license)) for s in subsets}
    assert licences.pop(SCHEMA_SUBSET) == [CC_BY_SA_3]  # schema.org's terms
    assert all(found == [CC_BY_4] for found in licences.values()), licences
    for graph in loaded.named_graphs():
        subset = graph.identifier
        assert description.value(subset, VOID.triples) == Literal(len(graph))
        assert description.value(subset, DCTERMS.title) == graph.value(subset, DCTERMS.title)


def test_the_build_writes_the_description(description: Graph, tmp_path: Path) -> None:
    from dockg.build import DESCRIPTION_OUTPUT, build

    result = build(seed_project(), out_dir=tmp_path / "build")
    assert DESCRIPTION_OUTPUT == "void.ttl"
    assert tmp_path / "build" / DESCRIPTION_OUTPUT in result.files
    parsed = Graph().parse(tmp_path / "build" / DESCRIPTION_OUTPUT, format="turtle")
    assert len(parsed) == len(description)
    assert parsed.value(DATASET, DCTERMS.license) == CC_BY_4


def _mapping(tmp_path: Path, license_line: str) -> Path:
    path = tmp_path / "m.toml"
    path.write_text(
        textwrap.dedent(
            f"""
            [source]
            title = "A spreadsheet"
            {license_line}
            [entities.film]
            kind = "film"
            key = ["{{title}}"]
            class = "schema:Movie"
            properties."schema:name" = {{ column = "title" }}
            """
        ),
        encoding="utf-8",
    )
    return path


def test_an_imported_graph_states_its_sources_licence(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    mapping = _load(_mapping(tmp_path, 'license = "https://spdx.org/licenses/MIT"'))
    source = source_of(tmp_path / "films.csv", mapping)
    graph = provenance(source, datetime(2026, 1, 1, tzinfo=UTC))
    assert graph.value(source.graph, DCTERMS.license) == MIT
    default = source_of(tmp_path / "films.csv", _load(_mapping(tmp_path, "")))
    assert (
        provenance(default, datetime(2026, 1, 1, tzinfo=UTC)).value(default.graph, DCTERMS.license)
        == CC_BY_4
    )


def test_the_cannes_mapping_states_mit() -> None:
    mapping = _load(ROOT / "data" / "mappings" / "cannes-competition.toml")
    assert mapping.license == str(MIT)


def test_a_licence_that_is_not_an_iri_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"source\.license.*not a licence IRI"):
        _load(_mapping(tmp_path, 'license = "MIT"'))


@pytest.fixture(scope="module")
def seed_server() -> ServerProcess:
    return shared_seed_server()


def test_the_server_answers_the_description_at_the_well_known_path(
    seed_server: ServerProcess,
) -> None:
    answer = httpx.get(seed_server.url + ".well-known/void", timeout=60)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/turtle")
    served = Graph().parse(data=answer.text, format="turtle")
    assert served.value(DATASET, DCTERMS.license) == CC_BY_4
    assert served.value(DATASET, VOID.sparqlEndpoint) == URIRef(seed_server.sparql)
    downloads = {
        str(served.value(d, DCAT.downloadURL)) for d in served.objects(DATASET, DCAT.distribution)
    }
    assert seed_server.url + "dumps/dockg.trig" in downloads
    for url in downloads:
        assert httpx.head(url, timeout=120).status_code == 200, url


def test_the_dataset_iri_redirects_to_its_description(seed_server: ServerProcess) -> None:
    answer = httpx.get(seed_server.url + "dataset", timeout=60)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/.well-known/void"
    jsonld = httpx.get(
        seed_server.url + ".well-known/void", headers={"Accept": "application/ld+json"}, timeout=60
    )
    assert jsonld.headers["content-type"] == "application/ld+json"
    assert (DATASET, RDF.type, DCAT.Dataset) in Graph().parse(data=jsonld.content, format="json-ld")
