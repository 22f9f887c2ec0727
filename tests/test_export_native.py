"""Export from a loaded Oxigraph store: Oxigraph's own writers, in a stream, atomically."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from conftest import MINI
from dockg.export import ExportFormat, export
from dockg.project import Project
from dockg.store.memory import MemoryStore
from dockg.store.open import open_store
from dockg.store.oxigraph import OxigraphStore, load_directory
from store_support import canonical_graph, dataset_lines, store_lines

PARSERS = {
    ExportFormat.NQUADS: "nquads",
    ExportFormat.TRIG: "trig",
    ExportFormat.JSONLD: "json-ld",
    ExportFormat.NTRIPLES: "nt",
    ExportFormat.TURTLE: "turtle",
    ExportFormat.RDFXML: "xml",
}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> OxigraphStore:
    path = tmp_path_factory.mktemp("native") / "store"
    load_directory(path, Project.open(MINI))
    return OxigraphStore(path, read_only=True)


@pytest.mark.parametrize("fmt", [ExportFormat.NQUADS, ExportFormat.TRIG, ExportFormat.JSONLD])
def test_named_graph_formats_hold_every_graph_once(
    loaded: OxigraphStore, fmt: ExportFormat, tmp_path: Path
) -> None:
    out = tmp_path / f"export.{fmt.value}"
    export(loaded, fmt=fmt, output=out)
    dataset = Dataset()
    dataset.parse(out, format=PARSERS[fmt])
    quads = [
        (s, p, o, g) for s, p, o, g in dataset.quads() if g != dataset.default_graph.identifier
    ]
    memory = MemoryStore(open_store("memory", Project.open(MINI)).loaded)  # type: ignore[attr-defined]
    assert dataset_lines(quads) == store_lines(memory, canonical=True)
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize("fmt", [ExportFormat.NTRIPLES, ExportFormat.TURTLE, ExportFormat.RDFXML])
def test_graph_formats_hold_the_union(
    loaded: OxigraphStore, fmt: ExportFormat, tmp_path: Path
) -> None:
    out = tmp_path / f"export.{fmt.value}"
    export(loaded, fmt=fmt, output=out)
    got = Graph().parse(out, format=PARSERS[fmt])
    union = Graph()
    for s, p, o, _ in open_store("memory", Project.open(MINI)).quads():
        union.add((s, p, o))
    assert isomorphic(got, canonical_graph(union))


def test_a_failed_export_leaves_what_was_there(loaded: OxigraphStore, tmp_path: Path) -> None:
    from dockg.errors import OutputError

    out = tmp_path / "export.nq"
    out.mkdir()  # a directory where the file should go: the rename fails (root or not)
    (out / "kept.txt").write_text("old\n", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"):
        export(loaded, fmt=ExportFormat.NQUADS, output=out)
    assert (out / "kept.txt").read_text(encoding="utf-8") == "old\n"
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("native", [True, False])
def test_schema_http_writes_the_http_namespace(
    loaded: OxigraphStore, native: bool, tmp_path: Path
) -> None:
    source = loaded if native else open_store("oxigraph", Project.open(MINI))
    out = tmp_path / "export.nq"
    export(source, fmt=ExportFormat.NQUADS, output=out, http_schema=True)
    text = out.read_text(encoding="utf-8")
    assert "<http://schema.org/Movie>" in text and "https://schema.org/" not in text
    dataset = Dataset()
    dataset.parse(out, format="nquads")
    https = {
        str(p).replace("http://schema.org/", "https://schema.org/")
        for _, p, _, _ in dataset.quads()
    }
    assert https == {str(p) for _, p, _, _ in open_store("memory", Project.open(MINI)).quads()}


def test_server_dumps_of_a_loaded_store_stream_through_oxigraph(tmp_path: Path) -> None:
    import urllib.request

    from server_support import running_server

    store = tmp_path / "store"
    load_directory(store, Project.open(MINI))
    with (
        running_server("--store", f"oxigraph:{store}", project=MINI) as server,
        urllib.request.urlopen(server.url + "dumps/dockg.nq", timeout=60) as answer,
    ):
        text = answer.read().decode("utf-8")
    dataset = Dataset()
    dataset.parse(data=text, format="nquads")
    quads = [
        (s, p, o, g) for s, p, o, g in dataset.quads() if g != dataset.default_graph.identifier
    ]
    memory = open_store("memory", Project.open(MINI))
    assert dataset_lines(quads) == store_lines(memory, canonical=True)
