"""Projections: exact edge sets on the seed graph, provenance kept, node attributes."""

from __future__ import annotations

import pytest

from dockg.errors import ExitCode, UsageError
from dockg.explore.projection import EmptyProjection, project, projection_specs
from dockg.explore.vocabulary import Vocabulary, _reading_table
from dockg.prefixes import compact_iri, expand_iri
from explore_support import seed_store, seed_vocabulary, tiny_store

SIDOF = "graph:sidof-2019-heart-of-snow-afterlife"
BIO = "graph:filmsite-im-heung-soon-bio"
CURATED = "graph:curated-general-knowledge"


def _edges(name: str, *, store=None) -> set[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    projection = project(
        store or seed_store(), name, vocabulary=None if store else seed_vocabulary()
    )
    return {
        (compact_iri(s), compact_iri(d["property"]), compact_iri(t), compact_iri(d["graph"]))
        for s, t, d in projection.graph.edges(data=True)
    }


def test_catalogue_names_every_projection() -> None:
    assert list(projection_specs()) == [
        "co-selection",
        "entity",
        "film-edition",
        "film-topic",
        "person-film",
        "person-person",
    ]
    assert all(spec.title and spec.question for spec in projection_specs().values())


def test_film_topic_edges_with_their_sources() -> None:
    assert _edges("film-topic") == {
        ("film:heart-of-snow-afterlife", "dockg:isAbout", "topic:koryo-saram", SIDOF),
        (
            "film:heart-of-snow-afterlife",
            "dockg:isAbout",
            "topic:deportation-of-koreans-1937",
            SIDOF,
        ),
        (
            "film:heart-of-snow-afterlife",
            "dockg:isAbout",
            "topic:koryo-settlement-russian-far-east",
            SIDOF,
        ),
        ("film:heart-of-snow-afterlife", "dockg:isAbout", "topic:russian-revolution", SIDOF),
        ("film:heart-of-snow-afterlife", "dockg:depicts", "event:sinhanchon-massacre-1920", SIDOF),
        (
            "film:heart-of-snow-afterlife",
            "dockg:featuresGroup",
            "topic:north-korean-defectors",
            SIDOF,
        ),
        ("film:heart-of-snow-heart-of-blood", "dockg:isAbout", "topic:koryo-saram", SIDOF),
        ("film:sound-of-nomad-koryo-arirang", "dockg:isAbout", "topic:koryo-saram", CURATED),
        ("film:goodbye-my-love-north-korea", "dockg:isAbout", "topic:koryo-saram", CURATED),
        ("film:drifting-city", "dockg:isAbout", "topic:african-traders-in-guangzhou", CURATED),
        ("film:the-day-after", "dockg:isAbout", "topic:sewol-ferry-disaster", BIO),
        ("film:the-last-day-of-the-year", "dockg:isAbout", "topic:north-korean-defectors", BIO),
        ("film:the-house-of-my-mother", "dockg:isAbout", "topic:family-relationships", BIO),
    }  # the Exile Trilogy is also about the Koryo-saram, but it is a series, not a film


def test_person_film_keeps_credits_once() -> None:
    edges = _edges("person-film")
    hos = "film:heart-of-snow-afterlife"
    assert {(p, t) for s, p, t, _ in edges if s == hos} == {
        ("schema:director", "person:kim-soyoung"),
        ("schema:producer", "person:kim-soyoung"),
        ("dockg:filmEditor", "person:kim-soyoung"),
        ("schema:producer", "person:kang-jinseok"),
        ("dockg:cinematographer", "person:kang-jinseok"),
        ("dockg:filmEditor", "person:kang-jinseok"),
        ("dockg:featuresPerson", "person:choi-kuk-in"),
        ("dockg:featuresPerson", "person:kim-jonghoon"),
        ("dockg:featuresPerson", "person:kae-haklim"),
        ("dockg:recallsPerson", "person:kim-alexandra-petrovna"),
    }  # no schema:editor beside dockg:filmEditor: it is only the materialized view
    directed = {s for s, p, t, _ in edges if p == "schema:director" and t == "person:im-heung-soon"}
    assert directed == {
        "film:the-day-after",
        "film:the-last-day-of-the-year",
        "film:the-house-of-my-mother",
    }
    assert len(edges) == 20


def test_film_edition_goes_through_nested_sections() -> None:
    projection = project(seed_store(), "film-edition", vocabulary=seed_vocabulary())
    edges = {
        (compact_iri(s), compact_iri(t), compact_iri(d["via"]), d["label"])
        for s, t, d in projection.graph.edges(data=True)
    }
    assert len(edges) == 12
    assert (
        "film:goodbye-my-love-north-korea",
        "edition:busan-international-film-festival-2017",
        "selection:busan-international-film-festival-2017-wide-angle-documentary-showcase-goodbye-my-love-north-korea",
        "selected at",
    ) in edges  # selection → Documentary Showcase → Wide Angle → the edition
    assert (
        "film:sound-of-nomad-koryo-arirang",
        "edition:toronto-korean-film-festival-2017",
        "selection:toronto-korean-film-festival-2017-sound-of-nomad-koryo-arirang",
        "selected at",
    ) in edges  # selected at the edition itself


def test_entity_graph_leaves_out_schema_bookkeeping_and_implied_links() -> None:
    projection = project(seed_store(), "entity", vocabulary=seed_vocabulary())
    nodes = {compact_iri(n) for n in projection.graph}
    properties = {compact_iri(d["property"]) for _, _, d in projection.graph.edges(data=True)}
    assert "person:kim-soyoung" in nodes and "topic:north-korean-defectors" in nodes
    assert not {"topic:subjects", "agent:dockg-curators", "source:sidof-website"} & nodes
    assert not any(n.startswith(("claim:", "source:", "schema:", "dockg:")) for n in nodes)
    assert "rdf:type" not in properties
    assert "schema:about" not in properties  # materialized beside dockg:isAbout
    assert {"dockg:isAbout", "schema:director", "skos:broader"} <= properties


def test_nodes_have_labels_and_most_specific_classes() -> None:
    graph = project(seed_store(), "film-topic", vocabulary=seed_vocabulary()).graph
    hos = expand_iri("film:heart-of-snow-afterlife")
    deportation = expand_iri("topic:deportation-of-koreans-1937")
    massacre = expand_iri("event:sinhanchon-massacre-1920")
    assert graph.nodes[hos]["label"] == "Heart of Snow: afterlife"
    assert graph.nodes[hos]["class"] == "dockg:DocumentaryFilm"
    assert graph.nodes[hos]["class_label"] == "documentary film"
    assert "schema:Movie" in graph.nodes[hos]["types"].split()
    assert graph.nodes[deportation]["label"] == "1937 deportation of Koreans to Central Asia"
    # a subject heading and the event a film depicts are two kinds of node
    assert graph.nodes[deportation]["class"] == "dockg:Topic"
    assert graph.nodes[massacre]["label"] == "1920 Sinhanchon massacre"
    assert graph.nodes[massacre]["class"] == "dockg:HistoricalEvent"


def test_derived_edges_list_both_sources() -> None:
    projection = project(tiny_store(), "co-selection")
    edges = {
        (compact_iri(s), compact_iri(t), compact_iri(d["via"]), d["graph"])
        for s, t, d in projection.graph.edges(data=True)
    }
    graph = "https://w3id.org/dockg/graph/explore-tiny"
    assert edges == {
        ("film:alpha", "film:beta", "edition:tiny-fest-2020", graph),
        ("film:alpha", "film:gamma", "edition:tiny-fest-2020", graph),
        ("film:beta", "film:gamma", "edition:tiny-fest-2020", graph),
    }


def test_person_person_via_films_and_topics() -> None:
    projection = project(seed_store(), "person-person", vocabulary=seed_vocabulary())
    pairs = {
        (compact_iri(s), compact_iri(t), compact_iri(d["via"]), d["label"])
        for s, t, d in projection.graph.edges(data=True)
    }
    assert (
        "person:choi-kuk-in",
        "person:kim-jonghoon",
        "topic:north-korean-defectors",
        "shares a topic with",
    ) in pairs
    assert (
        "person:kang-jinseok",
        "person:kim-soyoung",
        "film:heart-of-snow-afterlife",
        "shares a film with",
    ) in pairs
    assert all(s < t for s, t, _, _ in pairs)


def test_empty_projection_has_its_own_exit_code() -> None:
    with pytest.raises(EmptyProjection) as caught:
        project(seed_store(), "co-selection", vocabulary=seed_vocabulary())
    assert caught.value.exit_code is ExitCode.EMPTY_PROJECTION
    assert caught.value.message == (
        "the co-selection projection is empty: nothing in this graph answers "
        "'Which films were selected at the same festival edition?'"
    )


def test_unknown_projection_lists_the_known_ones() -> None:
    with pytest.raises(UsageError, match="unknown projection 'films'; known projections: co-sel"):
        project(seed_store(), "films")


def test_readings_table_uses_known_prefixes() -> None:
    table = _reading_table()
    assert table[expand_iri("schema:director")].label == "directed"
    assert table[expand_iri("schema:director")].inverse


def test_reading_falls_back_to_ontology_label_then_local_name() -> None:
    vocabulary: Vocabulary = seed_vocabulary()
    assert vocabulary.reading(expand_iri("dockg:isAbout") or "").label == "is about"
    assert vocabulary.reading("https://schema.org/subtitleLanguage").label == "subtitle language"
