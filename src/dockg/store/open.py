"""Opening the store a command reads from, by the ``--store`` spec.

- ``oxigraph`` (the default): parse the project into an in-memory Oxigraph store, with
  Oxigraph's parser, each time a command runs: the fast path, for every command.
- ``memory``: parse the project into rdflib's memory store, as dockg first did. Exact
  to the letter (RDF terms as rdflib holds them), slow beyond ~100k triples.
- ``oxigraph:PATH``: an Oxigraph directory loaded once by ``dockg load --store
  oxigraph:PATH``. Reading commands open it read-only and do not parse Turtle; if a graph
  file changed since the load, they refuse with a message saying to reload.
- ``sparql:QUERY_URL[,UPDATE_URL]``: a remote SPARQL 1.1 endpoint, through SPARQLWrapper.
  Its default graph must be the union of its named graphs, which ``dockg push`` keeps.
  Credentials come from ``DOCKG_SPARQL_USER``/``DOCKG_SPARQL_PASSWORD`` or
  ``DOCKG_SPARQL_TOKEN``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from dockg.errors import StoreError, UsageError
from dockg.loading import load_dataset
from dockg.materialize import materialize
from dockg.project import Project
from dockg.store.base import Store

if TYPE_CHECKING:
    from dockg.store.sparql import Auth
from dockg.store import swap
from dockg.store.integrity import verify_store_files
from dockg.store.oxigraph import OxigraphStore, declared_graphs, is_store_directory


class StoreKind(StrEnum):
    """The kinds of store ``--store`` can name."""

    MEMORY = "memory"
    OXIGRAPH = "oxigraph"
    SPARQL = "sparql"


SPEC_HELP = "oxigraph, memory, oxigraph:PATH or sparql:QUERY_URL[,UPDATE_URL]"
#: What reading commands use unless told otherwise.
DEFAULT_STORE = "oxigraph"


@dataclass(frozen=True)
class StoreSpec:
    """A parsed ``--store`` value.

    Attributes:
        kind: memory, oxigraph or sparql.
        path: the Oxigraph directory (``None``: in memory, loaded from the project).
        query_url: the SPARQL query endpoint.
        update_url: the SPARQL update endpoint, if given.
    """

    kind: StoreKind
    path: Path | None = None
    query_url: str | None = None
    update_url: str | None = None

    @classmethod
    def parse(cls, text: str) -> StoreSpec:
        """Read a ``--store`` value.

        Args:
            text: e.g. ``oxigraph``, ``memory``, ``oxigraph:build/store``,
                ``sparql:http://localhost:7878/query,http://localhost:7878/update``.

        Returns:
            The spec.

        Raises:
            UsageError: if it is none of the accepted forms.
        """
        kind, _, rest = text.partition(":")
        if text == StoreKind.MEMORY:
            return cls(StoreKind.MEMORY)
        if text == StoreKind.OXIGRAPH:
            return cls(StoreKind.OXIGRAPH)
        if kind == StoreKind.OXIGRAPH and rest:
            return cls(StoreKind.OXIGRAPH, path=Path(rest))
        if kind == StoreKind.SPARQL and rest:
            query_url, _, update_url = rest.partition(",")
            for url in (query_url, update_url):
                if url and (
                    urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc
                ):
                    raise UsageError(f"--store {text}: {url!r} is not an http(s) URL")
            return cls(StoreKind.SPARQL, query_url=query_url, update_url=update_url or None)
        raise UsageError(f"--store {text!r}: expected {SPEC_HELP}")


def auth_from_environment() -> Auth | None:
    """Credentials for a remote store from ``DOCKG_SPARQL_*`` variables, if set."""
    token = os.environ.get("DOCKG_SPARQL_TOKEN")
    user = os.environ.get("DOCKG_SPARQL_USER")
    if token or user:
        from dockg.store.sparql import Auth

        return Auth(user=user, password=os.environ.get("DOCKG_SPARQL_PASSWORD"), token=token)
    return None


def open_oxigraph(path: Path, project: Project) -> OxigraphStore:
    """Open a loaded Oxigraph directory for reading, checking it matches the project.

    Args:
        path: the directory ``dockg load`` wrote.
        project: the project it must have been loaded from.

    Returns:
        The store, read-only.

    Raises:
        StoreError: if there is no store there, or it is stale.
    """
    swap.recover_if_needed(path)  # a load killed between its renames left no store here
    try:
        found = is_store_directory(path)
    except OSError as error:  # a directory without read or search permission
        raise StoreError(f"{path}: cannot read the store: {error.strerror or error}") from error
    if not found:
        what = "does not exist" if not path.exists() else "is not a dockg store"
        raise StoreError(
            f"{path} {what}; load the project into it first: dockg load --store oxigraph:{path}"
        )
    verify_store_files(path)  # before RocksDB reads a damaged file (and may not stop)
    store = OxigraphStore(path, read_only=True)
    assert store.manifest is not None
    if project.is_bare:  # read outside any project: nothing to be stale against
        return store
    changes = store.manifest.changes(project)
    if changes:
        shown = "; ".join(changes[:3]) + (
            f"; and {len(changes) - 3} more" if len(changes) > 3 else ""
        )
        again = f" --from {store.manifest.dump.path}" if store.manifest.dump else ""
        raise StoreError(
            f"the store {path} is stale ({shown}); "
            f"reload it: dockg load --store oxigraph:{path}{again}"
        )
    return store


def open_store(
    spec: str | StoreSpec,
    project: Project,
    *,
    extra_files: Iterable[Path] = (),
    cached: bool = False,
) -> Store:
    """Open the store a reading command uses.

    Args:
        spec: a ``--store`` value or a parsed one.
        project: the project (loaded for ``oxigraph`` and ``memory``, checked against
            for ``oxigraph:PATH``).
        extra_files: more Turtle files to load with the project (not for a loaded or
            remote store).
        cached: for the default store, open the copy :mod:`dockg.store.cache` keeps of
            an unchanged project instead of loading it (and keep one after loading).

    Returns:
        The store, with the schema.org view.

    Raises:
        UsageError: for a malformed spec, or extra files with another store.
        StoreError: if an Oxigraph store is missing, stale, locked or damaged.
        InputError: if a project file is bad (``memory``).
    """
    spec = StoreSpec.parse(spec) if isinstance(spec, str) else spec
    extra = tuple(extra_files)
    if spec.kind is StoreKind.MEMORY:
        loaded = load_dataset(project, extra_files=extra)
        materialize(loaded)
        from dockg.store.memory import MemoryStore  # rdflib's SPARQL engine, on request

        return MemoryStore(loaded)
    if spec.kind is StoreKind.OXIGRAPH and spec.path is None:
        use_cache = cached and not extra and not project.is_bare
        if use_cache:
            from dockg.store import cache

            found = cache.open_cached(project) if cache.enabled() else None
            if found is not None:
                return found
        store = OxigraphStore()
        store.load_project(project, extra_files=extra)
        if use_cache:
            cache.write_cache(project, store)
        return store
    if extra:
        raise UsageError(
            f"extra files can only be read with --store {DEFAULT_STORE} or memory, "
            f"not {spec.kind}:{spec.path or spec.query_url}"
        )
    if spec.kind is StoreKind.OXIGRAPH:
        assert spec.path is not None
        return open_oxigraph(spec.path, project)
    assert spec.query_url is not None
    from dockg.store.sparql import SparqlStore  # SPARQLWrapper, on request

    return SparqlStore(
        spec.query_url,
        spec.update_url,
        auth=auth_from_environment(),
        source_files=lambda: declared_graphs(project),
    )
