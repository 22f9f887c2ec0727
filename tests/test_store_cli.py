"""The --store option, dockg load and dockg push, as a user runs them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef

from conftest import Run
from dockg.store import Quad
from dockg.store.oxigraph import OxigraphStore
from dockg.store.sparql import SparqlStore
from http_fakes import HtmlSite
from oxigraph_server import OxigraphServer, free_port, running_server
from store_support import dataset_lines, store_lines

Dockg = Callable[..., Run]


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[OxigraphServer]:
    yield from running_server(tmp_path)


@pytest.fixture
def loaded_store(dockg: Dockg, mini_copy: Path, tmp_path: Path) -> str:
    spec = f"oxigraph:{tmp_path / 'store'}"
    run = dockg("--project", mini_copy, "load", "--store", spec)
    assert run.code == 0, run.stderr
    assert run.stdout.startswith("loaded 3 graphs, ")
    return spec


@pytest.mark.parametrize(
    "command",
    [
        ["stats"],
        ["conflicts"],
        ["conflicts", "--format", "json"],
        ["query", "people-named", "--format", "json"],
        ["validate"],
    ],
)
def test_oxigraph_store_answers_like_memory(
    dockg: Dockg, mini_copy: Path, loaded_store: str, command: list[str]
) -> None:
    memory = dockg("--project", mini_copy, *command, "--store", "memory")
    stored = dockg("--project", mini_copy, *command, "--store", loaded_store)
    default = dockg("--project", mini_copy, *command)  # Oxigraph in memory
    for other in (stored, default):
        assert (other.code, other.stdout, other.stderr) == (
            memory.code,
            memory.stdout,
            memory.stderr,
        )


def test_export_from_the_oxigraph_store(dockg: Dockg, mini_copy: Path, loaded_store: str) -> None:
    memory = dockg("--project", mini_copy, "export", "--format", "nquads", "--store", "memory")
    stored = dockg("--project", mini_copy, "export", "--format", "nquads", "--store", loaded_store)
    assert stored.code == memory.code == 0
    # The same graphs, typed literals written as Oxigraph keeps them ("PT16M" stays, "PT75M"
    # would come back "PT1H15M"); blank nodes are labelled from their content either way.
    assert dataset_lines(_quads(stored.stdout)) == dataset_lines(
        _quads(memory.stdout), canonical=True
    )


def _quads(text: str) -> list[Quad]:
    dataset = Dataset()
    dataset.parse(data=text, format="nquads")
    return [(s, p, o, g if isinstance(g, URIRef) else None) for s, p, o, g in dataset.quads()]


def test_store_from_the_environment(dockg: Dockg, mini_copy: Path, loaded_store: str) -> None:
    import os

    os.environ["DOCKG_STORE"] = loaded_store
    try:
        stored = dockg("--project", mini_copy, "stats")
    finally:
        del os.environ["DOCKG_STORE"]
    assert stored.stdout == dockg("--project", mini_copy, "stats").stdout


def test_stale_store_is_refused(dockg: Dockg, mini_copy: Path, loaded_store: str) -> None:
    films = mini_copy / "data" / "films.ttl"
    films.write_text(films.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    run = dockg("--project", mini_copy, "stats", "--store", loaded_store)
    path = loaded_store.removeprefix("oxigraph:")
    assert (run.code, run.stdout) == (8, "")
    assert run.stderr == (
        f"dockg: error: the store {path} is stale (data/films.ttl changed); "
        f"reload it: dockg load --store {loaded_store}\n"
    )
    assert dockg("--project", mini_copy, "load", "--store", loaded_store).code == 0
    assert dockg("--project", mini_copy, "stats", "--store", loaded_store).code == 0


def test_missing_store(dockg: Dockg, mini_copy: Path, tmp_path: Path) -> None:
    run = dockg(
        "--project", mini_copy, "query", "people-named", "--store", f"oxigraph:{tmp_path / 'nope'}"
    )
    assert run.code == 8
    assert run.stderr == (
        f"dockg: error: {tmp_path / 'nope'} does not exist; load the project into it first: "
        f"dockg load --store oxigraph:{tmp_path / 'nope'}\n"
    )


def test_bad_store_spec(dockg: Dockg, mini_copy: Path) -> None:
    run = dockg("--project", mini_copy, "stats", "--store", "postgres:db")
    assert (run.code, run.stderr) == (
        2,
        "dockg: error: --store 'postgres:db': expected oxigraph, memory, oxigraph:PATH or "
        "sparql:QUERY_URL[,UPDATE_URL]\n",
    )
    run = dockg("--project", mini_copy, "stats", "--store", "sparql:ftp://host/q")
    assert run.code == 2 and "'ftp://host/q' is not an http(s) URL" in run.stderr


def test_load_keeps_the_store_when_a_file_is_bad(
    dockg: Dockg, mini_copy: Path, loaded_store: str
) -> None:
    before = dockg("--project", mini_copy, "stats", "--store", loaded_store).stdout
    (mini_copy / "data" / "broken.ttl").write_text(
        "@prefix : <urn:x:> .\n:a :b .\n", encoding="utf-8"
    )
    run = dockg("--project", mini_copy, "load", "--store", loaded_store)
    assert run.code == 2 and run.stderr.startswith(
        "dockg: error: data/broken.ttl:2: Turtle syntax error"
    )
    (mini_copy / "data" / "broken.ttl").unlink()
    assert dockg("--project", mini_copy, "stats", "--store", loaded_store).stdout == before


def test_load_refuses_a_locked_store(dockg: Dockg, mini_copy: Path, loaded_store: str) -> None:
    holder = OxigraphStore(Path(loaded_store.removeprefix("oxigraph:")))
    run = dockg("--project", mini_copy, "load", "--store", loaded_store)
    holder.close()
    assert run.code == 8 and "the store is in use by another process" in run.stderr
    assert "Traceback" not in run.stderr


def test_push_and_query_remotely(
    dockg: Dockg, mini_copy: Path, oxigraph_server: OxigraphServer, tmp_path: Path
) -> None:
    run = dockg("--project", mini_copy, "push", "--store", oxigraph_server.spec)
    assert run.code == 0, run.stderr
    assert run.stdout.startswith("pushed 3 graphs, ")
    local = OxigraphStore()
    from dockg.project import Project

    local.load_project(Project.open(mini_copy))
    assert store_lines(SparqlStore(oxigraph_server.query_url), canonical=True) == store_lines(
        local, canonical=True
    )
    for command in (["query", "films-about-topic"], ["stats"], ["conflicts"]):
        memory = dockg("--project", mini_copy, *command)
        remote = dockg("--project", mini_copy, *command, "--store", oxigraph_server.spec)
        assert (remote.code, remote.stdout) == (memory.code, memory.stdout)


def test_push_to_a_server_that_is_down(dockg: Dockg, mini_copy: Path) -> None:
    base = f"http://127.0.0.1:{free_port()}"
    run = dockg(
        "--project",
        mini_copy,
        "push",
        "--store",
        f"sparql:{base}/query,{base}/update",
        "--retries",
        "0",
    )
    assert run.code == 9
    assert "dockg: error: push stopped at graph 1 of 3" in run.stderr
    assert "is the server running?" in run.stderr and "Traceback" not in run.stderr


def test_push_needs_an_update_url(dockg: Dockg, mini_copy: Path) -> None:
    run = dockg("--project", mini_copy, "push", "--store", "sparql:http://127.0.0.1:9/query")
    assert (run.code, run.stderr) == (
        2,
        "dockg: error: dockg push needs an update URL: --store sparql:http://127.0.0.1:9/query,UPDATE_URL\n",
    )


def test_query_a_web_page(dockg: Dockg, mini_copy: Path) -> None:
    with HtmlSite() as site:
        run = dockg(
            "--project", mini_copy, "query", "people-named", "--store", f"sparql:{site.base}/"
        )
    assert run.code == 9
    assert "answered with text/html, not SPARQL results" in run.stderr


@pytest.fixture
def dump_store(dockg: Dockg, mini_copy: Path, tmp_path: Path) -> tuple[str, Path]:
    """The mini project exported as N-Quads and loaded back with ``dockg load --from``."""
    dump = tmp_path / "dump.nq"
    exported = dockg("--project", mini_copy, "export", "--format", "nquads", "--output", dump)
    assert exported.code == 0, exported.stderr
    spec = f"oxigraph:{tmp_path / 'dump-store'}"
    run = dockg("--project", mini_copy, "load", "--store", spec, "--from", dump)
    assert run.code == 0, run.stderr
    assert run.stdout.startswith("loaded 3 graphs, ")
    return spec, dump


@pytest.mark.parametrize(
    "command",
    [
        ["query", "people-named", "--format", "json"],
        ["query", "people-named"],
        ["query", "films-about-topic", "--format", "csv"],
    ],
)
def test_a_store_loaded_from_a_dump_answers_like_memory(
    dockg: Dockg, mini_copy: Path, dump_store: tuple[str, Path], command: list[str]
) -> None:
    spec, _ = dump_store
    memory = dockg("--project", mini_copy, *command, "--store", "memory")
    stored = dockg("--project", mini_copy, *command, "--store", spec)
    assert (stored.code, stored.stdout, stored.stderr) == (
        memory.code,
        memory.stdout,
        memory.stderr,
    )


def test_a_store_loaded_from_a_dump_validates_like_memory(
    dockg: Dockg, mini_copy: Path, dump_store: tuple[str, Path]
) -> None:
    spec, _ = dump_store
    memory = dockg("--project", mini_copy, "validate", "--format", "json")
    stored = dockg("--project", mini_copy, "validate", "--format", "json", "--store", spec)
    assert stored.code == memory.code == 0
    expected = json.loads(memory.stdout)
    for result in expected["results"]:
        # A dump does not say which project file each graph came from.
        result["files"] = []
    assert json.loads(stored.stdout) == expected


def test_a_store_loaded_from_a_dump_exports_the_same_dataset(
    dockg: Dockg, mini_copy: Path, dump_store: tuple[str, Path]
) -> None:
    spec, dump = dump_store
    stored = dockg("--project", mini_copy, "export", "--format", "nquads", "--store", spec)
    assert stored.code == 0
    assert dataset_lines(_quads(stored.stdout)) == dataset_lines(
        _quads(dump.read_text(encoding="utf-8")), canonical=True
    )


def test_a_changed_dump_makes_the_store_stale(
    dockg: Dockg, mini_copy: Path, dump_store: tuple[str, Path]
) -> None:
    spec, dump = dump_store
    with dump.open("a", encoding="utf-8") as stream:
        stream.write("<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n")
    run = dockg("--project", mini_copy, "stats", "--store", spec)
    assert run.code == 8
    path = spec.removeprefix("oxigraph:")
    assert run.stderr == (
        f"dockg: error: the store {path} is stale ({dump.resolve()} (the dump) changed); "
        f"reload it: dockg load --store {spec} --from {dump.resolve()}\n"
    )


def test_a_bad_dump_is_refused_and_the_old_store_kept(
    dockg: Dockg, mini_copy: Path, dump_store: tuple[str, Path], tmp_path: Path
) -> None:
    spec, _ = dump_store
    before = dockg("--project", mini_copy, "stats", "--store", spec)
    broken = tmp_path / "broken.nq"
    broken.write_text("<https://example.org/a> <https://example.org/b> .\n", encoding="utf-8")
    run = dockg("--project", mini_copy, "load", "--store", spec, "--from", broken)
    assert run.code == 2
    assert run.stderr.startswith(f"dockg: error: {broken}: ")
    assert "line 1" in run.stderr or "1:" in run.stderr
    after = dockg("--project", mini_copy, "stats", "--store", spec)
    assert (after.code, after.stdout) == (before.code, before.stdout) == (0, before.stdout)


def test_raw_does_not_apply_to_a_dump(dockg: Dockg, mini_copy: Path, tmp_path: Path) -> None:
    dump = tmp_path / "dump.nq"
    dump.write_text("", encoding="utf-8")
    store = tmp_path / "store"
    run = dockg(
        "--project", mini_copy, "load", "--store", f"oxigraph:{store}", "--from", dump, "--raw"
    )
    assert (run.code, run.stderr) == (
        2,
        "dockg: error: --raw applies to the project's files; a --from dump is taken as it is\n",
    )
    assert not store.exists()
