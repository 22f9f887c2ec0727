"""The schema.org view: exactly the supertype and superproperty triples, in the right graph."""

from __future__ import annotations

from rdflib import BNode, Graph, URIRef

from dockg.loading import LoadedDataset, load_dataset
from dockg.materialize import materialize, superterm_closure
from dockg.namespaces import DOCKG, OWL, PROV, RDF, RDFS, SDO, SKOS
from dockg.project import Project

BASE = "https://w3id.org/dockg/"
FILM = BASE + "id/film/"
PERSON = BASE + "id/person/"
TOPIC = BASE + "id/topic/"
CLAIM = BASE + "id/claim/"
GRAPH = BASE + "graph/"


def _added_by_materializing(project: Project) -> tuple[LoadedDataset, dict[str, set]]:
    loaded = load_dataset(project)
    before = {str(g.identifier): set(g) for g in loaded.named_graphs()}
    result = materialize(loaded)
    added = {str(g.identifier): set(g) - before[str(g.identifier)] for g in loaded.named_graphs()}
    assert {str(k): v for k, v in result.added.items()} == {
        k: len(v) for k, v in added.items() if v
    }
    return loaded, added


def test_exact_triples_added_to_each_graph(mini_project: Project) -> None:
    _, added = _added_by_materializing(mini_project)
    heart, thaw = URIRef(FILM + "heart-of-snow"), URIRef(FILM + "short-thaw")
    kim, lee = URIRef(PERSON + "kim-soyoung"), URIRef(PERSON + "lee-min")
    koryo, deportation = URIRef(TOPIC + "koryo-saram"), URIRef(TOPIC + "deportation-1937")
    assert added[GRAPH + "mini-films"] == {
        *((film, RDF.type, cls) for film in (heart, thaw) for cls in (DOCKG.Film, SDO.Movie)),
        (heart, RDF.type, SDO.CreativeWork),
        (thaw, RDF.type, SDO.CreativeWork),
        (kim, RDF.type, SDO.Person),
        (lee, RDF.type, SDO.Person),
        (koryo, RDF.type, SKOS.Concept),
        (deportation, RDF.type, SKOS.Concept),
        (URIRef(CLAIM + "heart-of-snow-made-2017"), RDF.type, RDF.Statement),
        (URIRef(GRAPH + "mini-films"), RDF.type, PROV.Entity),
        (heart, SDO.contributor, lee),  # dockg:cinematographer
        (thaw, SDO.contributor, lee),  # dockg:filmEditor
        (heart, SDO.about, koryo),
        (thaw, SDO.about, deportation),
    }
    assert added[GRAPH + "mini-festival"] == {
        (URIRef(GRAPH + "mini-festival"), RDF.type, PROV.Entity),
        (URIRef(CLAIM + "heart-of-snow-made-2018"), RDF.type, RDF.Statement),
    }
    assert added[GRAPH + "mini-ontology"] == {
        (URIRef(GRAPH + "mini-ontology"), RDF.type, PROV.Entity)
    }


def test_no_top_terms_blank_nodes_or_reflexive_triples(mini_project: Project) -> None:
    _, added = _added_by_materializing(mini_project)
    for s, p, o in set().union(*added.values()):
        assert o not in (OWL.Thing, RDFS.Resource)
        assert not isinstance(o, BNode) or p != RDF.type
        assert (s, p, o) != (s, RDF.type, s)


def test_materializing_twice_adds_nothing(mini_project: Project) -> None:
    loaded, _ = _added_by_materializing(mini_project)
    assert materialize(loaded).total == 0


def test_closure_is_transitive_and_skips_restrictions(mini_raw: LoadedDataset) -> None:
    closure = superterm_closure(mini_raw.dataset, RDFS.subClassOf)
    assert closure[DOCKG.DocumentaryFilm] == {DOCKG.Film, SDO.Movie, SDO.CreativeWork}
    assert closure[DOCKG.FestivalEdition] == {SDO.Festival}
    assert closure[DOCKG.Person] == {SDO.Person}


def test_closure_survives_cycles_without_reflexive_entries() -> None:
    a, b, c = (URIRef(f"https://example.org/{x}") for x in "abc")
    graph = Graph()
    graph.add((a, RDFS.subPropertyOf, b))
    graph.add((b, RDFS.subPropertyOf, a))
    graph.add((b, RDFS.subPropertyOf, c))
    closure = superterm_closure(graph, RDFS.subPropertyOf)
    assert closure == {a: {b, c}, b: {a, c}}
