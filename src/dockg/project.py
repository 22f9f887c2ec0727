"""Where a dockg project keeps its sources and outputs.

A project directory holds hand-edited sources in ``ontology/``, ``data/`` and ``queries/``
and receives generated files in ``build/``. :class:`Project` finds the files of each kind,
in a sorted order so that every run loads and writes them the same way.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dockg.errors import ProjectError
from dockg.scan import source_files


def _sorted_files(paths: list[Path], root: Path) -> tuple[Path, ...]:
    """Sort by the path relative to ``root`` so the order does not depend on the filesystem."""
    return tuple(sorted(paths, key=lambda p: p.relative_to(root).as_posix()))


@dataclass(frozen=True)
class Project:
    """A dockg project directory and the source files found in it.

    Build one with :meth:`Project.open`, which scans the directory once.

    Attributes:
        root: the project directory (absolute).
        graph_files: every ``ontology/*.ttl`` except shapes, then every ``data/**/*.ttl``
            outside ``data/mappings/``; each is one named graph.
        shape_files: ``ontology/shapes*.ttl``, the SHACL shapes.
        check_files: ``ontology/checks/*-violation.rq``, whole-graph SPARQL checks.
        query_files: ``queries/*.rq``, the query catalogue.
    """

    root: Path
    graph_files: tuple[Path, ...]
    shape_files: tuple[Path, ...]
    check_files: tuple[Path, ...]
    query_files: tuple[Path, ...]

    @classmethod
    def bare(cls, root: Path | str = ".") -> Project:
        """A folder that is no project: no sources, shapes, checks or catalogue.

        Commands that read a loaded or remote store (``--store oxigraph:PATH``,
        ``--store sparql:URL``) need no project; they get this one.

        Args:
            root: the folder messages take paths relative to.

        Returns:
            A project with no files.
        """
        return cls(
            root=Path(root).resolve(),
            graph_files=(),
            shape_files=(),
            check_files=(),
            query_files=(),
        )

    @property
    def is_bare(self) -> bool:
        """True for a folder without ``ontology/`` (see :meth:`bare`)."""
        return not (self.root / "ontology").is_dir()

    @classmethod
    def open(cls, root: Path | str = ".") -> Project:
        """Scan a project directory.

        Args:
            root: the project directory; relative paths are taken from the working directory.

        Returns:
            The project with its files listed.

        Raises:
            ProjectError: if ``root`` has no ``ontology/`` directory.
            InputError: if a folder or link under ``ontology/``, ``data/`` or ``queries/``
                cannot be listed or followed.
        """
        root = Path(root).resolve()
        ontology = root / "ontology"
        if not ontology.is_dir():
            raise ProjectError(f"{root} is not a dockg project: it has no ontology/ directory")
        data = root / "data"

        def shown(path: Path) -> str:
            return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)

        def listed(
            folder: Path, accept: Callable[[Path], bool], *, recursive: bool = False
        ) -> tuple[Path, ...]:
            # Every entry is checked: an unreadable folder or a broken link is an error,
            # never a graph fewer (which `push --prune` would then drop on the server).
            found = source_files(
                folder,
                accept=accept,
                recursive=recursive,
                skip=frozenset({data / "mappings"}),
                shown=shown,
            )
            return _sorted_files(found, root)

        ontology_files = listed(ontology, lambda p: p.suffix == ".ttl")
        return cls(
            root=root,
            # Ontology first: its graphs hold the axioms everything else is read against.
            graph_files=tuple(p for p in ontology_files if not p.name.startswith("shapes"))
            + listed(data, lambda p: p.suffix == ".ttl", recursive=True),
            shape_files=tuple(p for p in ontology_files if p.name.startswith("shapes")),
            check_files=listed(ontology / "checks", lambda p: p.name.endswith("-violation.rq")),
            query_files=listed(root / "queries", lambda p: p.suffix == ".rq"),
        )

    @property
    def ontology_dir(self) -> Path:
        """``ontology/``: the ontology, its shapes and its checks."""
        return self.root / "ontology"

    @property
    def data_dir(self) -> Path:
        """``data/``: the curated named graphs."""
        return self.root / "data"

    @property
    def queries_dir(self) -> Path:
        """``queries/``: the query catalogue."""
        return self.root / "queries"

    @property
    def build_dir(self) -> Path:
        """``build/``: where ``dockg build`` writes by default."""
        return self.root / "build"

    def is_ontology_file(self, path: Path) -> bool:
        """Tell whether a file belongs to the ontology rather than to the data.

        Args:
            path: a graph file.

        Returns:
            True for a file directly in ``ontology/``.
        """
        return path.resolve().parent == self.ontology_dir

    def display(self, path: Path) -> str:
        """Render a path for messages: relative to the project, else to the working directory.

        Args:
            path: any path.

        Returns:
            ``data/films.ttl`` for a project file, a cwd-relative or absolute path otherwise.
        """
        resolved = path.resolve()
        for base in (self.root, Path.cwd()):
            if resolved.is_relative_to(base):
                return resolved.relative_to(base).as_posix()
        return os.fspath(resolved)


#: The folders a project is made of: what a copy of it takes.
PROJECT_PARTS = ("ontology", "data", "queries")


def copy_project(source: Path, target: Path, *, leave_out: tuple[str, ...] = ()) -> Path:
    """Copy a project's ``ontology/``, ``data/`` and ``queries/`` (those it has).

    Args:
        source: the project's root.
        target: where the copy goes (its folders must not exist yet).
        leave_out: names of files or folders not copied, at any depth (``"imported"``).

    Returns:
        ``target``.
    """
    ignore = shutil.ignore_patterns(*leave_out) if leave_out else None
    for part in PROJECT_PARTS:
        if (source / part).is_dir():
            shutil.copytree(source / part, target / part, ignore=ignore)
    return target
