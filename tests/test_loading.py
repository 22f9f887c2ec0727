"""Loading: one named graph per file, named by the file's dockg:SourceGraph subject."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from dockg.errors import ExitCode, InputError
from dockg.loading import LoadedDataset, load_dataset
from dockg.namespaces import DOCKG, RDFS, SDO, XSD
from dockg.project import Project

GRAPH = "https://w3id.org/dockg/graph/"
FILM = "https://w3id.org/dockg/id/film/"


def test_each_file_is_one_named_graph(mini_raw: LoadedDataset) -> None:
    names = {str(iri): mini_raw.project.display(path) for iri, path in mini_raw.graph_files.items()}
    assert names == {
        GRAPH + "mini-ontology": "ontology/mini.ttl",
        GRAPH + "mini-festival": "data/festival/catalogue.ttl",
        GRAPH + "mini-films": "data/films.ttl",
    }
    assert mini_raw.ontology_graphs == [URIRef(GRAPH + "mini-ontology")]


def test_every_triple_of_a_file_is_in_its_graph(mini_raw: LoadedDataset) -> None:
    for iri, path in mini_raw.graph_files.items():
        parsed = Graph().parse(path, format="turtle")
        graph = mini_raw.dataset.graph(iri)
        assert isomorphic(graph, parsed), path.name


def test_ontology_is_a_view_of_the_ontology_graphs(mini_raw: LoadedDataset) -> None:
    ontology = mini_raw.ontology
    assert (DOCKG.Film, RDFS.subClassOf, SDO.Movie) in ontology
    assert (URIRef(FILM + "heart-of-snow"), None, None) not in ontology


def test_the_default_graph_is_the_union(mini_raw: LoadedDataset) -> None:
    film = URIRef(FILM + "heart-of-snow")
    years = set(mini_raw.dataset.objects(film, SDO.dateCreated))
    assert years == {Literal("2017", datatype=XSD.gYear), Literal("2018", datatype=XSD.gYear)}
    rows = mini_raw.dataset.query(
        "SELECT ?g WHERE { GRAPH ?g { ?film <https://schema.org/dateCreated> ?y } }",
        initBindings={"film": film},
    )
    assert {str(r[0]) for r in rows} == {GRAPH + "mini-films", GRAPH + "mini-festival"}  # type: ignore[index]


def test_files_describing_a_node(mini_raw: LoadedDataset) -> None:
    film = URIRef(FILM + "heart-of-snow")
    files = [mini_raw.project.display(p) for p in mini_raw.files_describing(film)]
    assert files == ["data/festival/catalogue.ttl", "data/films.ttl"]


def test_ill_typed_literals_load_quietly(
    mini_project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="rdflib"):
        loaded = load_dataset(mini_project)
    assert not [r for r in caplog.records if r.name.startswith("rdflib")]
    duration = loaded.dataset.value(URIRef(FILM + "short-thaw"), SDO.duration)
    assert isinstance(duration, Literal)
    assert (str(duration), duration.datatype) == ("16min", XSD.duration)


def _load_error(mini_project: Project, file: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        load_dataset(mini_project, extra_files=[file])
    assert caught.value.exit_code == ExitCode.USAGE
    return caught.value


def test_syntax_error_names_file_and_line(mini_project: Project, bad_dir: Path) -> None:
    error = _load_error(mini_project, bad_dir / "syntax-error.ttl")
    assert error.message.endswith(
        'syntax-error.ttl:6: Turtle syntax error: Prefix "foo:" not bound'
    )


def test_extra_file_without_source_graph_is_its_own_graph(
    mini_project: Project, bad_dir: Path
) -> None:
    # Extra (user-given) files need not declare a source: they are validated as their
    # own graph, with a provenance violation (tests/test_validate_foreign.py).
    path = bad_dir / "no-source-graph.ttl"
    loaded = load_dataset(mini_project, extra_files=[path])
    home = URIRef(path.resolve().as_uri())
    assert loaded.undeclared == {home: path.resolve()}
    assert len(loaded.dataset.graph(home)) == 1


def test_file_with_two_source_graphs_is_an_error(mini_project: Project, bad_dir: Path) -> None:
    error = _load_error(mini_project, bad_dir / "two-source-graphs.ttl")
    assert "two-source-graphs.ttl: 2 subjects typed dockg:SourceGraph" in error.message
    assert f"<{GRAPH}first>" in error.message and f"<{GRAPH}second>" in error.message


def test_two_files_declaring_one_graph_are_named_both(mini_project: Project, bad_dir: Path) -> None:
    error = _load_error(mini_project, bad_dir / "duplicate-graph.ttl")
    assert "duplicate-graph.ttl: declares graph" in error.message
    assert "already declared by data/films.ttl" in error.message


def test_missing_extra_file_is_an_input_error(mini_project: Project, bad_dir: Path) -> None:
    with pytest.raises(InputError, match=r"no-such\.ttl: no such file"):
        load_dataset(mini_project, extra_files=[bad_dir / "no-such.ttl"])


def test_extra_file_already_in_the_project_is_loaded_once(mini_project: Project) -> None:
    again = mini_project.root / "data" / "films.ttl"
    loaded = load_dataset(mini_project, extra_files=[again])
    assert len(loaded.graph_files) == 3


def test_extra_file_gets_its_own_graph(bad_loaded: LoadedDataset, bad_dir: Path) -> None:
    name = URIRef(GRAPH + "bad-record")
    assert bad_loaded.graph_files[name] == (bad_dir / "bad-record.ttl").resolve()
    assert (name, None, None) in bad_loaded.dataset.graph(name)


def test_source_graph_in_mappings_is_not_loaded(mini_raw: LoadedDataset) -> None:
    files = {Path(p).name for p in mini_raw.graph_files.values()}
    assert "not-a-graph.ttl" not in files
    assert DOCKG.SourceGraph  # the closed namespace knows the term the loader relies on
