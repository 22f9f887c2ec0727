"""What every request handler of the server shares: the project, its store, the name
index and the configuration, plus the mapping between entity IRIs and local paths.

The server reads the graph only through :class:`~dockg.store.base.Store`, so it serves
every store dockg has (memory, Oxigraph, a remote endpoint) unchanged.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote, unquote

from rdflib import URIRef
from rdflib.query import Result
from rdflib.term import Identifier

from dockg.lookup import NameIndex
from dockg.project import Project
from dockg.server.config import ServerConfig
from dockg.server.workers import WorkerPool
from dockg.store.base import Quad, Store

#: The local path segments that name entities (``/id/...``) and source graphs.
ENTITY_PREFIX = "id/"


def name_index(store: Store, *, base: str) -> NameIndex:
    """Index the names of the entities under ``base`` in a store (see
    :meth:`dockg.lookup.NameIndex.from_store`)."""
    return NameIndex.from_store(store, base=base)


class SerializedStore:
    """A :class:`~dockg.store.base.Store` whose queries run one at a time.

    Request handlers read the store from a thread pool, and rdflib's SPARQL parser
    (pyparsing) is not thread-safe: parsed concurrently, queries fail at random with
    errors such as ``Param.postParse2() missing 1 required positional argument`` (the
    load test found this). The lock costs no parallelism that the GIL would give;
    the SPARQL endpoint runs its queries in worker processes, on the inner store.

    Args:
        inner: the store to serialize access to.
    """

    def __init__(self, inner: Store) -> None:
        self.inner = inner
        self._lock = threading.Lock()

    def query(
        self,
        text: str,
        *,
        bindings: Mapping[str, Identifier] | None = None,
        default_graphs: Sequence[URIRef] | None = None,
        named_graphs: Sequence[URIRef] | None = None,
    ) -> Result:
        """Run a query while holding the lock; see :meth:`dockg.store.base.Store.query`."""
        with self._lock:
            return self.inner.query(
                text, bindings=bindings, default_graphs=default_graphs, named_graphs=named_graphs
            )

    def named_graphs(self) -> list[URIRef]:
        """The names of the graphs in the store, sorted."""
        return self.inner.named_graphs()

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        """Every quad, or those of one named graph."""
        return self.inner.quads(graph)

    def __len__(self) -> int:
        return len(self.inner)

    def close(self) -> None:
        """Close the inner store."""
        self.inner.close()


def unwrapped(store: Store) -> Store:
    """The store under a :class:`SerializedStore`, or the store itself."""
    return store.inner if isinstance(store, SerializedStore) else store


@dataclass
class ServerState:
    """The shared state of a running server.

    Attributes:
        project: the project served.
        store: where the graph is read (SPARQL and quads only); safe to query from
            several threads (:class:`SerializedStore`).
        names: every entity's names, for the search box and lookups.
        config: host, port, base IRI, limits.
        workers: the processes that run SPARQL queries with the time limit, set by
            :func:`dockg.server.app.create_app` (see :func:`dockg.server.jobs.select_rows`).
        foreign: true when the store holds no dockg entities (data from elsewhere): its
            IRIs are then served as pages at ``/resource?iri=``.
    """

    project: Project
    store: Store
    names: NameIndex
    config: ServerConfig
    workers: WorkerPool | None = None
    foreign: bool = False

    @property
    def entity_base(self) -> str:
        """The IRI prefix of the entities: ``{base_iri}id/``."""
        return self.config.base_iri + ENTITY_PREFIX

    def local_path(self, iri: URIRef) -> str | None:
        """The path an entity IRI is served at on this server.

        Args:
            iri: any IRI.

        Returns:
            ``/id/person/kim-soyoung`` for ``{base}id/person/kim-soyoung``, percent-encoded
            where needed; None for an IRI outside the entity base.
        """
        text = str(iri)
        if not text.startswith(self.entity_base) or len(text) == len(self.entity_base):
            return None
        return "/" + quote(text[len(self.config.base_iri) :], safe="/-._~!$&'()*+,;=:@")

    def iri_for_path(self, path: str) -> URIRef | None:
        """The entity IRI a local path names (the inverse of :meth:`local_path`).

        Args:
            path: a request path such as ``/id/person/kim-soyoung`` (percent-encoded or not).

        Returns:
            The IRI, or None if the path is not an entity path or tries to climb out of
            it (``..``, empty segments, control characters).
        """
        local = unquote(path).lstrip("/")
        if not local.startswith(ENTITY_PREFIX):
            return None
        segments = local[len(ENTITY_PREFIX) :].split("/")
        if any(seg in ("", ".", "..") for seg in segments):
            return None
        if any(ord(ch) < 0x21 or ch in '<>"{}|\\^`' for ch in local):
            return None
        return URIRef(self.config.base_iri + local)

    @property
    def address(self) -> str:
        """The URL of the server root, ending in ``/``."""
        return self.config.address
