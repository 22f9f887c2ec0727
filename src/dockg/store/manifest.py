"""What a persistent store was loaded from, so later commands can tell if it is stale.

``dockg load --store oxigraph:PATH`` writes ``dockg-store.json`` into the store directory:
each graph file of the project with its graph IRI, size, modification time and SHA-256
(or, for ``dockg load --from FILE``, that one N-Quads file). A reading command compares
the files with it; a file that was added, removed or changed makes the store stale, and
the command says so instead of answering from old data. Size and time decide when they
match; when only the time differs (a fresh checkout), the content hash decides.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import URIRef

from dockg import __version__
from dockg.atomic import write_atomic
from dockg.errors import StoreError
from dockg.project import Project

MANIFEST_NAME = "dockg-store.json"
#: Bumped when the layout of the store or of this file changes.
FORMAT_VERSION = 1


def file_digest(data: bytes) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    return hashlib.sha256(data).hexdigest()


def path_digest(path: Path) -> str:
    """The SHA-256 of a file, read in blocks (a dump may be gigabytes)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class FileEntry:
    """One graph file as it was when loaded.

    Attributes:
        path: relative to the project root, with ``/``.
        graph: the IRI of the named graph it fills.
        size: bytes.
        mtime_ns: modification time.
        sha256: content hash.
        ontology: true for files under ``ontology/``.
    """

    path: str
    graph: str
    size: int
    mtime_ns: int
    sha256: str
    ontology: bool = False

    @classmethod
    def of(cls, project: Project, path: Path, data: bytes, graph: URIRef) -> FileEntry:
        """Describe a file just read.

        Args:
            project: the project it belongs to.
            path: the file.
            data: the bytes that were read (hashed, so the entry matches what was loaded).
            graph: the graph it declared.

        Returns:
            The entry.
        """
        stat = path.stat()
        return cls(
            path=_relative(project, path),
            graph=str(graph),
            size=len(data),
            mtime_ns=stat.st_mtime_ns,
            sha256=file_digest(data),
            ontology=project.is_ontology_file(path),
        )

    @classmethod
    def of_dump(cls, path: Path) -> FileEntry:
        """Describe an N-Quads dump loaded as a whole (its graphs are in the file).

        Args:
            path: the file.

        Returns:
            The entry, with the absolute path and no single graph.
        """
        stat = path.stat()
        return cls(
            path=path.resolve().as_posix(),
            graph="",
            size=stat.st_size,
            mtime_ns=stat.st_mtime_ns,
            sha256=path_digest(path),
        )

    def matches(self, path: Path) -> bool:
        """Tell whether the file still has the content that was loaded."""
        try:
            stat = path.stat()
        except OSError:
            return False
        if stat.st_size != self.size:
            return False
        if stat.st_mtime_ns == self.mtime_ns:
            return True
        try:
            return path_digest(path) == self.sha256
        except OSError:
            return False


def _relative(project: Project, path: Path) -> str:
    try:
        return path.resolve().relative_to(project.root).as_posix()
    except ValueError:
        return path.resolve().as_posix()


@dataclass
class Manifest:
    """What a store holds and where it came from.

    Attributes:
        files: the graph files, in load order.
        dump: the N-Quads file loaded instead of the project's files, if any.
        materialized: whether the schema.org view was added.
        quads: how many quads were stored.
        seconds: how long loading took.
        http_schema_terms: terms of a dump read from ``http://schema.org/`` as https.
        dockg_version: the version that wrote it.
        version: :data:`FORMAT_VERSION` when written.
    """

    files: list[FileEntry] = field(default_factory=list)
    dump: FileEntry | None = None
    materialized: bool = True
    quads: int = 0
    seconds: float = 0.0
    http_schema_terms: int = 0
    dockg_version: str = __version__
    version: int = FORMAT_VERSION

    def graph_files(self, project: Project | None = None) -> dict[URIRef, str]:
        """Graph IRI → the file it was read from, as messages show it, in load order."""
        files = {}
        for entry in self.files:
            shown = entry.path
            if project is not None:
                shown = project.display(project.root / entry.path)
            files[URIRef(entry.graph)] = shown
        return files

    def ontology_graphs(self) -> list[URIRef]:
        """The graphs read from ``ontology/``."""
        return [URIRef(e.graph) for e in self.files if e.ontology]

    def changes(self, project: Project) -> list[str]:
        """Compare with the project's files now.

        Args:
            project: the project the store is used with.

        Returns:
            One line per file added, removed or changed since loading (empty: fresh).
            A store loaded from a dump is compared with the dump only.
        """
        if self.dump is not None:
            # The store holds what was loaded; a dump moved or deleted since does not
            # change that (its hash is recorded). One rewritten in place is newer data.
            dump = Path(self.dump.path)
            if not dump.exists() or self.dump.matches(dump):
                return []
            return [f"{dump} (the dump) changed"]
        known = {e.path: e for e in self.files}
        current = {_relative(project, p): p for p in project.graph_files}
        changes = [f"{p} is new" for p in current if p not in known]
        changes += [f"{p} was removed" for p in known if p not in current]
        changes += [
            f"{p} changed"
            for p, path in current.items()
            if p in known and not known[p].matches(path)
        ]
        return changes

    def write(self, directory: Path) -> None:
        """Write ``dockg-store.json`` into the store directory, atomically."""
        text = json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"
        write_atomic(directory / MANIFEST_NAME, text.encode("utf-8"))

    @classmethod
    def read(cls, directory: Path) -> Manifest | None:
        """Read a store's manifest.

        Args:
            directory: the store directory.

        Returns:
            The manifest, or ``None`` if the directory has none.

        Raises:
            StoreError: if the manifest is unreadable or from an incompatible version.
        """
        path = directory / MANIFEST_NAME
        if not path.exists():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            files = [FileEntry(**entry) for entry in data.pop("files")]
            dump = data.pop("dump", None)
            manifest = cls(files=files, dump=FileEntry(**dump) if dump else None, **data)
        except (OSError, ValueError, TypeError, KeyError) as error:
            raise StoreError(
                f"{path}: unreadable store manifest ({error}); reload the store"
            ) from error
        if manifest.version != FORMAT_VERSION:
            raise StoreError(
                f"{directory}: store written by an incompatible dockg "
                f"(format {manifest.version}, expected {FORMAT_VERSION}); reload it"
            )
        return manifest
