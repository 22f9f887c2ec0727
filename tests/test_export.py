"""Export: every format parses back to the same graphs, in a stable byte order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from dockg.errors import ExitCode, OutputError
from dockg.export import ExportFormat, context_document, export, serialize
from dockg.loading import LoadedDataset, load_dataset, quiet_ill_typed_literals
from dockg.materialize import materialize
from dockg.prefixes import PREFIXES
from dockg.project import Project


def _diff(expected: Graph, actual: Graph) -> str:
    """A readable account of what differs, for assertion messages."""
    _, missing, extra = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    lines = [f"- {' '.join(t.n3() for t in triple)}" for triple in sorted(missing)]
    lines += [f"+ {' '.join(t.n3() for t in triple)}" for triple in sorted(extra)]
    return "\n".join(lines[:20])


@pytest.mark.parametrize("fmt", list(ExportFormat), ids=str)
def test_every_format_round_trips(mini_loaded: LoadedDataset, fmt: ExportFormat) -> None:
    data = serialize(mini_loaded, fmt=fmt)
    with quiet_ill_typed_literals():
        if fmt.keeps_graphs:
            parsed = Dataset()
            parsed.parse(data=data, format=fmt.rdflib_format)
            names = {g.identifier for g in parsed.graphs() if len(g)}
            assert names == set(mini_loaded.graph_files)
            for graph in mini_loaded.named_graphs():
                back = parsed.graph(graph.identifier)
                assert isomorphic(graph, back), _diff(graph, back)
        else:
            back = Graph().parse(data=data, format=fmt.rdflib_format)
            union = mini_loaded.union()
            assert isomorphic(union, back), _diff(union, back)


TRICKY = """\
@prefix dockg: <https://w3id.org/dockg/ontology#> .
@prefix ex: <https://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/dockg/graph/tricky> a dockg:SourceGraph .
ex:s ex:multiline \"\"\"two
lines with "quotes" and a\ttab\"\"\" ;
    ex:typedString "x"^^xsd:string ;
    ex:leadingZero "080"^^xsd:integer ;
    ex:double "1.5"^^xsd:double ;
    ex:flag "1"^^xsd:boolean ;
    ex:illTyped "abc"^^xsd:integer ;
    ex:hangul "김소영"@ko ;
    ex:list ( "a" "b" ) ;
    ex:nested [ ex:inner [ ex:value 1 ] ] .
"""


@pytest.fixture(scope="module")
def tricky_loaded(tmp_path_factory: pytest.TempPathFactory, mini_project: Project) -> LoadedDataset:
    root = tmp_path_factory.mktemp("tricky")
    (root / "tricky.ttl").write_text(TRICKY, encoding="utf-8")
    return load_dataset(mini_project, extra_files=[root / "tricky.ttl"])


@pytest.mark.parametrize("fmt", list(ExportFormat), ids=str)
def test_tricky_literals_round_trip(tricky_loaded: LoadedDataset, fmt: ExportFormat) -> None:
    # Lexical forms must survive: JSON-LD with native numbers would turn "080" into 80.
    data = serialize(tricky_loaded, fmt=fmt)
    with quiet_ill_typed_literals():
        parsed = Dataset()
        parsed.parse(data=data, format=fmt.rdflib_format)
    expected = tricky_loaded.union()
    back = Graph()
    back += (
        parsed.triples((None, None, None))
        if not fmt.keeps_graphs
        else ((s, p, o) for s, p, o, _ in parsed.quads((None, None, None, None)))
    )
    assert isomorphic(expected, back), _diff(expected, back)


@pytest.mark.parametrize("fmt", list(ExportFormat), ids=str)
def test_output_does_not_depend_on_load_order(
    mini_loaded: LoadedDataset, mini_raw: LoadedDataset, fmt: ExportFormat
) -> None:
    # Two loads give blank nodes different labels and the store a different history.
    again = load_dataset(mini_raw.project)
    materialize(again)
    assert serialize(again, fmt=fmt) == serialize(mini_loaded, fmt=fmt)


def test_line_formats_are_sorted(mini_loaded: LoadedDataset) -> None:
    for fmt in (ExportFormat.NQUADS, ExportFormat.NTRIPLES):
        lines = serialize(mini_loaded, fmt=fmt).decode("utf-8").splitlines()
        assert lines == sorted(lines)


def test_jsonld_uses_the_project_context(mini_loaded: LoadedDataset) -> None:
    document = json.loads(serialize(mini_loaded, fmt=ExportFormat.JSONLD))
    assert document["@context"] == PREFIXES
    graph_ids = [g["@id"] for g in document["@graph"]]
    assert graph_ids == ["graph:mini-festival", "graph:mini-films", "graph:mini-ontology"]
    assert json.loads(context_document()) == {"@context": PREFIXES}


def test_export_writes_a_file_atomically(mini_loaded: LoadedDataset, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "kg.nq"
    export(mini_loaded, fmt=ExportFormat.NQUADS, output=out)
    assert out.read_bytes() == serialize(mini_loaded, fmt=ExportFormat.NQUADS)
    assert [p.name for p in out.parent.iterdir()] == ["kg.nq"]


def test_unwritable_output_is_an_output_error(mini_loaded: LoadedDataset, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(OutputError, match=r"cannot write .*file/kg\.ttl") as caught:
        export(mini_loaded, fmt=ExportFormat.TURTLE, output=blocker / "kg.ttl")
    assert caught.value.exit_code == ExitCode.UNWRITABLE_OUTPUT


_SERIALIZE_ALL = """
import json, sys
from dockg.export import ExportFormat, serialize
from dockg.loading import load_dataset
from dockg.materialize import materialize
from dockg.project import Project
loaded = load_dataset(Project.open(sys.argv[1]))
materialize(loaded)
print(json.dumps({f.value: serialize(loaded, fmt=f).decode() for f in ExportFormat}))
"""


def test_output_does_not_depend_on_hash_seed(mini_project: Project) -> None:
    # Set iteration order changes with PYTHONHASHSEED; serializers must not follow it.
    outputs = []
    for seed in ("1", "2"):
        process = subprocess.run(
            [sys.executable, "-c", _SERIALIZE_ALL, str(mini_project.root)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        )
        outputs.append(json.loads(process.stdout))
    for fmt in ExportFormat:
        assert outputs[0][fmt.value] == outputs[1][fmt.value], fmt.value


def test_parallel_writers_and_the_default_store_write_the_same_bytes() -> None:
    # Issue 11: the default path (Oxigraph store, forked writers) must not change a byte
    # of what the rdflib path writes.
    from dockg.export import serialize_all, serialize_parallel
    from dockg.loading import load_dataset
    from dockg.materialize import materialize
    from dockg.project import Project
    from dockg.store.open import open_store

    project = Project.open(Path(__file__).resolve().parents[1])
    loaded = load_dataset(project)
    materialize(loaded)
    formats = list(ExportFormat)
    serial = serialize_all(loaded, formats)
    assert serialize_parallel(loaded, formats, workers=2) == serial
    default = serialize_all(open_store("oxigraph", project), formats)
    memory = serialize_all(open_store("memory", project), formats)
    assert default == memory
