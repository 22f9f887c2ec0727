"""The Oxigraph store: same graphs as the memory store, SPARQL, persistence, bad stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from dockg.errors import ExitCode, InputError, StoreError, UsageError
from dockg.namespaces import BASE, SDO
from dockg.project import Project, copy_project
from dockg.store import MemoryStore, Store
from dockg.store.manifest import MANIFEST_NAME
from dockg.store.oxigraph import OxigraphStore, load_directory
from queries_support import seed_loaded, seed_project
from store_support import store_lines

SUBJECTS = URIRef(f"{BASE}graph/subjects")
KIM = URIRef(f"{BASE}id/person/kim-soyoung")
XSD_DURATION = URIRef("http://www.w3.org/2001/XMLSchema#duration")


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    store = OxigraphStore()
    store.load_project(seed_project())
    return store


def test_is_a_store(store: OxigraphStore) -> None:
    assert isinstance(store, Store)
    assert len(store) == sum(1 for _ in store.quads())
    assert store.named_graphs() == MemoryStore(seed_loaded()).named_graphs()


def test_holds_the_memory_stores_graphs(store: OxigraphStore, tmp_path: Path) -> None:
    memory = MemoryStore(seed_loaded())
    # In memory, literals Oxigraph rewrites read back as the sources wrote them...
    assert store_lines(store) == store_lines(memory)
    # ... a persistent store keeps them by value: equal once both are written canonically...
    load_directory(tmp_path / "store", seed_project())
    persistent = OxigraphStore(tmp_path / "store", read_only=True)
    assert store_lines(persistent) == store_lines(memory, canonical=True)
    # ... and the only literals that change are durations written in minutes and one
    # language tag with capitals.
    raw, canonical = store_lines(memory), store_lines(memory, canonical=True)
    changed = {line.rsplit(" ", 1)[-1] for g in raw for line in raw[g] - canonical[g]}
    assert changed == {
        *(
            f'"PT{m}M"^^<http://www.w3.org/2001/XMLSchema#duration>'
            for m in (60, 70, 87, 89, 94, 98)
        ),
        '"Kyung"@ko-Latn',
    }


def test_canonical_duration_is_the_same_value(store: OxigraphStore) -> None:
    query = "SELECT ?film WHERE { ?film <https://schema.org/duration> ?d }"
    as_written = Literal("PT98M", datatype=XSD_DURATION)
    canonical = Literal("PT1H38M", datatype=XSD_DURATION)
    [(film,)] = [tuple(r) for r in store.query(query, bindings={"d": as_written})]
    assert [tuple(r) for r in store.query(query, bindings={"d": canonical})] == [(film,)]
    [(d,)] = store.query(
        "SELECT ?d WHERE { ?f <https://schema.org/duration> ?d }", bindings={"f": film}
    )
    assert d == as_written  # read back as the source wrote it


def test_bindings_are_bound_not_pasted(store: OxigraphStore) -> None:
    query = "SELECT ?p WHERE { ?p <https://schema.org/name> ?n }"
    rows = [tuple(row) for row in store.query(query, bindings={"n": Literal("Soyoung Kim")})]
    assert rows == [(KIM,)]
    hostile = Literal('x" } ?p ?q ?n { "')
    assert list(store.query(query, bindings={"n": hostile})) == []


def test_simple_literals_come_back_without_datatype(store: OxigraphStore) -> None:
    [(name,)] = store.query(
        "SELECT ?n WHERE { ?p <https://schema.org/name> ?n }", bindings={"p": KIM}
    )
    assert name == Literal("Soyoung Kim") and name.datatype is None


def test_default_and_named_graph_selection(store: OxigraphStore) -> None:
    count = "SELECT (COUNT(*) AS ?c) WHERE { ?s ?p ?o }"
    [(n,)] = store.query(count, default_graphs=[SUBJECTS])
    assert int(n) == sum(1 for _ in store.quads(SUBJECTS))
    rows = store.query(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", named_graphs=[SUBJECTS]
    )
    assert [tuple(r) for r in rows] == [(SUBJECTS,)]
    [(all_n,)] = store.query(count)
    assert int(all_n) > int(n)


def test_ask_and_construct(store: OxigraphStore) -> None:
    assert store.query("ASK { ?s ?p ?o }").askAnswer is True
    graph = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5").graph
    assert graph is not None and len(graph) == 5


def test_select_serializes_like_rdflib(store: OxigraphStore) -> None:
    result = store.query("SELECT ?n WHERE { ?p <https://schema.org/name> ?n }", bindings={"p": KIM})
    assert b"Soyoung Kim" in (result.serialize(format="json") or b"")


def test_query_errors(store: OxigraphStore) -> None:
    with pytest.raises(UsageError, match="SPARQL syntax error"):
        store.query("SELEC ?x WHERE {}")
    with pytest.raises(UsageError, match="SPARQL syntax error"):
        store.query("SELECT ?x WHERE { ?x undeclared:p ?y }")


def test_replace_graph(tmp_path: Path) -> None:
    store = OxigraphStore()
    store.load_project(seed_project())
    before = len(store)
    triples = [(KIM, SDO.name, Literal("Kim Soyoung (replaced)"))]
    store.replace_graph(SUBJECTS, triples)
    assert [q[:3] for q in store.quads(SUBJECTS)] == triples
    assert len(store) < before


@pytest.fixture
def project_copy(tmp_path: Path) -> Project:
    return Project.open(copy_project(seed_project().root, tmp_path / "project"))


def test_persistent_load_and_reopen(project_copy: Project, tmp_path: Path) -> None:
    path = tmp_path / "store"
    summary = load_directory(path, project_copy)
    assert summary.graphs == len(project_copy.graph_files)
    reader = OxigraphStore(path, read_only=True)
    assert len(reader) == summary.quads
    assert reader.manifest is not None and reader.manifest.changes(project_copy) == []
    assert reader.source_files[SUBJECTS] == "ontology/subjects.ttl"
    assert store_lines(reader) == store_lines(MemoryStore(seed_loaded()), canonical=True)


def test_manifest_notices_changes(project_copy: Project, tmp_path: Path) -> None:
    path = tmp_path / "store"
    load_directory(path, project_copy)
    films = project_copy.root / "data" / "curated" / "general-knowledge.ttl"
    films.touch()  # time changed, content not: still fresh
    reader = OxigraphStore(path, read_only=True)
    assert reader.manifest is not None and reader.manifest.changes(project_copy) == []
    films.write_text(films.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    (project_copy.root / "data" / "extra.ttl").write_text("", encoding="utf-8")
    changes = reader.manifest.changes(Project.open(project_copy.root))
    assert changes == ["data/extra.ttl is new", "data/curated/general-knowledge.ttl changed"]


def test_failed_reload_keeps_the_old_store(project_copy: Project, tmp_path: Path) -> None:
    path = tmp_path / "store"
    first = load_directory(path, project_copy)
    broken = project_copy.root / "data" / "broken.ttl"
    broken.write_text("@prefix : <urn:x:> .\n:a :b .\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"data/broken.ttl:2: Turtle syntax error"):
        load_directory(path, Project.open(project_copy.root))
    reader = OxigraphStore(path, read_only=True)
    assert len(reader) == first.quads
    # no leftovers; the lock file stays beside the store, so readers and loads share it
    assert sorted(p.name for p in tmp_path.iterdir()) == [".store.lock", "project", "store"]


def test_refuses_to_replace_a_foreign_directory(project_copy: Project, tmp_path: Path) -> None:
    path = tmp_path / "precious"
    path.mkdir()
    (path / "thesis.txt").write_text("do not delete", encoding="utf-8")
    with pytest.raises(StoreError, match="is not a dockg store; refusing") as caught:
        load_directory(path, project_copy)
    assert caught.value.exit_code == ExitCode.STORE
    assert (path / "thesis.txt").read_text(encoding="utf-8") == "do not delete"


def test_locked_store(project_copy: Project, tmp_path: Path) -> None:
    path = tmp_path / "store"
    load_directory(path, project_copy)
    holder = OxigraphStore(path)  # a writer holds the lock
    with pytest.raises(StoreError, match="in use by another process"):
        load_directory(path, project_copy)
    assert len(OxigraphStore(path, read_only=True)) == len(holder)  # readers still work
    holder.close()


def test_corrupt_store(project_copy: Project, tmp_path: Path) -> None:
    path = tmp_path / "store"
    load_directory(path, project_copy)
    (path / "CURRENT").write_text("garbage", encoding="utf-8")
    with pytest.raises(StoreError, match="damaged") as caught:
        OxigraphStore(path, read_only=True)
    assert caught.value.exit_code == ExitCode.STORE


def test_corrupt_manifest(project_copy: Project, tmp_path: Path) -> None:
    path = tmp_path / "store"
    load_directory(path, project_copy)
    (path / MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreError, match="unreadable store manifest"):
        OxigraphStore(path, read_only=True)


def test_load_file_keeps_the_union_a_set(tmp_path: Path) -> None:
    data = tmp_path / "two.nq"
    data.write_text(
        "<urn:x:a> <urn:x:p> _:b <urn:x:g1> .\n"
        '_:b <urn:x:q> "1" <urn:x:g1> .\n'
        "<urn:x:a> <urn:x:p> <urn:x:c> <urn:x:g1> .\n"
        "<urn:x:a> <urn:x:p> <urn:x:c> <urn:x:g2> .\n",
        encoding="utf-8",
    )
    store = OxigraphStore()
    store.load_file(data)
    assert len(store) == 4
    [(n,)] = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(n) == 3  # the triple in both graphs counts once, as in rdflib's union
    [(o,)] = store.query("SELECT ?o WHERE { <urn:x:a> <urn:x:p> ?b . ?b <urn:x:q> ?o }")
    assert o == Literal("1")
    broken = tmp_path / "broken.nq"
    broken.write_text("<urn:x:a> <urn:x:p> .\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.nq"):
        store.load_file(broken)
