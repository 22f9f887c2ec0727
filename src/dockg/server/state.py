"""What every request handler of the server shares: the project, its store, the name
index and the configuration, plus the mapping between entity IRIs and local paths.

The server reads the graph only through :class:`~dockg.store.base.Store`, so it serves
every store dockg has (memory, Oxigraph, a remote endpoint) unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote

from rdflib import Literal, URIRef

from dockg.lookup import NAME_PROPERTIES, NameIndex
from dockg.namespaces import SDO
from dockg.project import Project
from dockg.server.config import ServerConfig
from dockg.store.base import Store

#: The local path segments that name entities (``/id/...``) and source graphs.
ENTITY_PREFIX = "id/"

_NAMES_QUERY = """
SELECT ?entity ?property ?name WHERE {
  ?entity ?property ?name .
  FILTER(isIRI(?entity) && STRSTARTS(STR(?entity), ?base) && isLiteral(?name))
}
"""


def name_index(store: Store, *, base: str) -> NameIndex:
    """Index the names of the entities under ``base`` in a store, with one query.

    Args:
        store: the store to read.
        base: the IRI prefix of the entities (``{base_iri}id/``).

    Returns:
        The index :meth:`dockg.lookup.NameIndex.from_graph` would build on the same data.
    """
    rows = set()
    for prop in NAME_PROPERTIES:
        result = store.query(_NAMES_QUERY, bindings={"property": prop, "base": Literal(base)})
        for entity, _, name in result:  # type: ignore[misc]
            rows.add((URIRef(str(entity)), str(name), prop == SDO.name))
    return NameIndex(sorted(rows, key=lambda row: (not row[2], str(row[0]), row[1])))


@dataclass
class ServerState:
    """The shared state of a running server.

    Attributes:
        project: the project served.
        store: where the graph is read (SPARQL and quads only).
        names: every entity's names, for the search box and lookups.
        config: host, port, base IRI, limits.
    """

    project: Project
    store: Store
    names: NameIndex
    config: ServerConfig

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
