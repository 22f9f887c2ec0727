"""The project graph an import resolves against (``dockg.ingest.output.existing_graph``):
read once for a batch of imports over the same files, read again when any file changes,
and the same graph whichever way it was come by."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from dockg.errors import InputError
from dockg.ingest import output
from dockg.ingest.output import SourceInfo, existing_graph
from dockg.namespaces import DOCKG, RDF, SDO
from dockg.project import Project
from ingest_page_support import seed_project_copy


def source(slug: str) -> SourceInfo:
    return SourceInfo(
        kind="programme-page",
        input_path=Path(f"{slug}.txt"),
        location=f"{slug}.txt",
        captured=None,
        title=slug,
        slug=slug,
    )


def fresh(project: Project, info: SourceInfo):
    output._EXISTING.clear()
    return existing_graph(project, info)


def test_a_batch_reads_the_project_once_and_again_when_a_file_changes(tmp_path: Path) -> None:
    one = Project.open(seed_project_copy(tmp_path / "one"))
    two = Project.open(seed_project_copy(tmp_path / "two"))
    first = existing_graph(one, source("page-a"))
    # another import, another copy of the same files: the same graph, not read again
    assert existing_graph(two, source("page-b")) is first
    assert isomorphic(first, fresh(two, source("page-b")))
    # a file changed in any way is read again
    sources = two.data_dir / "sources"
    changed = next(sources.glob("*.ttl"))
    changed.write_text(
        changed.read_text(encoding="utf-8")
        + "\n<https://w3id.org/dockg/id/film/a-film-added> a <https://schema.org/Movie> .\n",
        encoding="utf-8",
    )
    again = existing_graph(two, source("page-b"))
    added = (URIRef("https://w3id.org/dockg/id/film/a-film-added"), RDF.type, SDO.Movie)
    assert again is not first
    assert added in again and added not in first
    assert isomorphic(again, fresh(two, source("page-b")))


def test_what_is_derived_from_the_union_is_built_once_per_union(tmp_path: Path) -> None:
    project = Project.open(seed_project_copy(tmp_path / "one"))
    union = fresh(project, source("page-a"))
    built: list[int] = []

    def count(graph: Graph) -> int:
        built.append(len(graph))
        return len(graph)

    assert output.derived_from(union, "size", count) == len(union)
    assert output.derived_from(union, "size", count) == len(union)
    assert built == [len(union)]  # the second call used what the first built
    # another graph (not the cached union) is built each time, never mixed up
    other = Graph()
    assert output.derived_from(other, "size", count) == 0
    assert output.derived_from(other, "size", count) == 0
    assert built == [len(union), 0, 0]
    # a changed project is another union: built anew
    changed = next((project.data_dir / "sources").glob("*.ttl"))
    changed.write_text(
        changed.read_text(encoding="utf-8")
        + "\n<https://w3id.org/dockg/id/film/a-film-added> a <https://schema.org/Movie> .\n",
        encoding="utf-8",
    )
    again = existing_graph(project, source("page-a"))
    assert again is not union and len(again) > len(union)
    assert output.derived_from(again, "size", count) == len(again)
    assert built == [len(union), 0, 0, len(again)]


def test_a_graph_declared_by_another_file_is_refused_read_or_remembered(tmp_path: Path) -> None:
    root = seed_project_copy(tmp_path / "seed")
    project = Project.open(root)
    taken = next((root / "data" / "sources").glob("*.ttl"))
    graph = (
        Graph().parse(taken, format="turtle").value(predicate=RDF.type, object=DOCKG.SourceGraph)
    )
    slug = str(graph).rsplit("/", 1)[1]
    for read in (fresh, existing_graph):  # read from the files, then from memory
        with pytest.raises(InputError) as error:
            read(project, source(slug))
        assert error.value.message == (
            f"graph graph:{slug} is already declared by "
            f"data/sources/{taken.name}; import this source under another --slug"
        )
