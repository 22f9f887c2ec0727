"""Starting a server: load the project into a store, index its names, run uvicorn."""

from __future__ import annotations

import uvicorn

from dockg.lookup import entity_base
from dockg.project import Project
from dockg.server.app import create_app
from dockg.server.config import ServerConfig
from dockg.server.http import HttpProtocol
from dockg.server.state import ENTITY_PREFIX, SerializedStore, ServerState, name_index
from dockg.store.base import Store
from dockg.store.open import DEFAULT_STORE, open_store
from dockg.store.oxigraph import OxigraphStore

#: The ``--store`` value that serves the project from an Oxigraph store in memory (the
#: default of ``dockg serve``, as of every reading command); ``memory`` keeps rdflib's.
OXIGRAPH_IN_MEMORY = DEFAULT_STORE


def open_server_store(project: Project, store_spec: str = OXIGRAPH_IN_MEMORY) -> Store:
    """Open the store a server reads, safe to query from several threads.

    Args:
        project: the project to serve.
        store_spec: ``oxigraph`` (the default) loads the project files into an Oxigraph
            store in memory; otherwise a ``--store`` value: ``memory`` (rdflib's memory
            store), ``oxigraph:PATH`` or ``sparql:URL``, served as it is.

    Returns:
        The store. An Oxigraph store is returned as it is: it parses and runs queries
        itself, safely from several threads. Others are wrapped in a
        :class:`SerializedStore`, because rdflib's SPARQL parser is not thread-safe.

    Raises:
        dockg.errors.DockgError: if the project does not load or the store does not open.
    """
    store: Store = open_store(store_spec, project)
    return store if isinstance(store, OxigraphStore) else SerializedStore(store)


def open_state(
    project: Project, config: ServerConfig, store_spec: str = OXIGRAPH_IN_MEMORY
) -> ServerState:
    """Open the project's store (with its schema.org view) and index its entities' names.

    Args:
        project: the project to serve.
        config: the server's settings.
        store_spec: what :func:`open_server_store` takes.

    Returns:
        The state every request handler shares.

    Raises:
        dockg.errors.DockgError: if the project does not load.
    """
    store = open_server_store(project, store_spec)
    # Data dockg did not write (an archive's export loaded with --from) has no entities
    # under dockg's base: every IRI is an entity then, served at /resource?iri=.
    foreign = entity_base(store) == ""
    names = name_index(store, base="" if foreign else config.base_iri + ENTITY_PREFIX)
    return ServerState(project=project, store=store, names=names, config=config, foreign=foreign)


def serve_forever(state: ServerState) -> None:
    """Run the server until it is interrupted (Ctrl-C or SIGTERM)."""
    uvicorn.run(
        create_app(state),
        host=state.config.host,
        port=state.config.port,
        http=HttpProtocol,  # a clear 414 for a URL too long to parse
        log_level="warning",
    )
