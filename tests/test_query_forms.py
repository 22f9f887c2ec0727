"""``dockg query`` runs every SPARQL form, on every store, and outside a project folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from conftest import MINI
from dockg.errors import InputError, UsageError
from dockg.project import Project
from dockg.queries import QueryForm, ResultFormat, format_result, load_query, run_query
from dockg.store.open import open_store

SCHEMA = "https://schema.org/"


def _query(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "q.rq"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def stores() -> dict[str, object]:
    project = Project.open(MINI)
    return {kind: open_store(kind, project) for kind in ("oxigraph", "memory")}


@pytest.mark.parametrize("kind", ["oxigraph", "memory"])
def test_ask_prints_true_or_false(tmp_path: Path, stores: dict, kind: str) -> None:
    yes = load_query(_query(tmp_path, f"ASK {{ ?f a <{SCHEMA}Movie> }}"))
    assert yes.form is QueryForm.ASK
    result = run_query(stores[kind], yes)
    assert (result.boolean, format_result(result)) == (True, "true\n")
    assert format_result(result, fmt=ResultFormat.JSON) == (
        '{\n  "head": {},\n  "boolean": true\n}\n'
    )
    no = load_query(_query(tmp_path, f"ASK {{ ?f a <{SCHEMA}Nothing> }}"))
    assert format_result(run_query(stores[kind], no)) == "false\n"


@pytest.mark.parametrize("kind", ["oxigraph", "memory"])
def test_construct_gives_a_graph(tmp_path: Path, stores: dict, kind: str) -> None:
    spec = load_query(
        _query(
            tmp_path,
            f"CONSTRUCT {{ ?f <{SCHEMA}name> ?n }} WHERE {{ ?f a <{SCHEMA}Movie> ; "
            f"<{SCHEMA}name> ?n }}",
        )
    )
    result = run_query(stores[kind], spec)
    assert result.form is QueryForm.CONSTRUCT and result.graph is not None
    names = {str(o) for o in result.graph.objects(None, URIRef(f"{SCHEMA}name"))}
    assert names and all(isinstance(o, Literal) for o in result.graph.objects())
    for fmt, syntax in [
        (ResultFormat.TURTLE, "turtle"),
        (ResultFormat.NTRIPLES, "nt"),
        (ResultFormat.JSONLD, "json-ld"),
    ]:
        parsed = Graph().parse(data=format_result(result, fmt=fmt), format=syntax)
        assert isomorphic(parsed, result.graph)


def test_describe_gives_the_resources_triples_on_both_stores(tmp_path: Path, stores: dict) -> None:
    # DESCRIBE is the engine's to define: rdflib adds reified statements about the
    # resource (dockg's claims), Oxigraph does not; both give all its own triples.
    film = URIRef("https://w3id.org/dockg/id/film/heart-of-snow")
    own = set(stores["memory"].loaded.dataset.triples((film, None, None)))
    spec = load_query(_query(tmp_path, f"DESCRIBE <{film}>"))
    for kind in ("oxigraph", "memory"):
        graph = run_query(stores[kind], spec).graph
        assert graph is not None
        assert set(graph.triples((film, None, None))) == own


def test_formats_that_do_not_fit_the_form_are_refused(tmp_path: Path, stores: dict) -> None:
    ask = run_query(stores["oxigraph"], load_query(_query(tmp_path, "ASK {}")))
    with pytest.raises(UsageError, match="ASK gives table or json"):
        format_result(ask, fmt=ResultFormat.CSV)
    with pytest.raises(UsageError, match="is for CONSTRUCT and DESCRIBE queries"):
        format_result(ask, fmt=ResultFormat.TURTLE)


def test_an_update_is_not_a_query(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_query(_query(tmp_path, "INSERT DATA { <urn:a> <urn:b> <urn:c> }"), display="q.rq")
    assert str(caught.value).startswith("q.rq:1: SPARQL syntax error")


def test_query_a_loaded_store_outside_a_project(dockg, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert dockg("--project", MINI, "load", "--store", f"oxigraph:{store}").code == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "ask.rq").write_text(f"ASK {{ ?f a <{SCHEMA}Movie> }}\n", encoding="utf-8")
    run = dockg("query", "ask.rq", "--store", f"oxigraph:{store}", cwd=elsewhere)
    assert (run.code, run.stdout, run.stderr) == (0, "true\n", "")
    run = dockg("query", "ask.rq", cwd=elsewhere)
    assert run.code == 2 and "is not a dockg project" in run.stderr
