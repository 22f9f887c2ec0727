"""Which files a project directory holds, and the error for a directory that is not one."""

from __future__ import annotations

from pathlib import Path

import pytest

from dockg.errors import ExitCode, ProjectError
from dockg.project import Project


def _names(project: Project, paths: tuple[Path, ...]) -> list[str]:
    return [project.display(p) for p in paths]


def test_graph_files_are_ontology_then_data_without_shapes_or_mappings(
    mini_project: Project,
) -> None:
    assert _names(mini_project, mini_project.graph_files) == [
        "ontology/mini.ttl",
        "data/festival/catalogue.ttl",
        "data/films.ttl",
    ]


def test_shapes_checks_and_queries_are_found(mini_project: Project) -> None:
    assert _names(mini_project, mini_project.shape_files) == ["ontology/shapes.ttl"]
    assert _names(mini_project, mini_project.check_files) == [
        "ontology/checks/director-born-after-film-violation.rq"
    ]
    assert [p.stem for p in mini_project.query_files] == [
        "films-about-topic",
        "films-made-in",
        "people-named",
    ]


def test_a_directory_without_ontology_is_not_a_project(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="has no ontology/ directory") as caught:
        Project.open(tmp_path)
    assert caught.value.exit_code == ExitCode.USAGE


def test_display_is_relative_to_the_project(mini_project: Project) -> None:
    assert mini_project.display(mini_project.root / "data" / "films.ttl") == "data/films.ttl"
    assert mini_project.build_dir == mini_project.root / "build"
