"""Starting a server: load the project into a store, index its names, run uvicorn."""

from __future__ import annotations

import contextlib

import uvicorn

from dockg.errors import DockgError
from dockg.project import Project
from dockg.queries import catalogue
from dockg.server.app import create_app
from dockg.server.config import ServerConfig
from dockg.server.state import ENTITY_PREFIX, SerializedStore, ServerState, name_index
from dockg.store.open import DEFAULT_STORE, open_store


def warm_up_parser(project: Project) -> None:
    """Parse every catalogue query once, before the server starts its threads.

    pyparsing (under rdflib's SPARQL parser) finds out how to call each parse action on
    its first use, and that discovery is not thread-safe: two threads parsing for the
    first time fail with errors such as ``Param.postParse2() missing 1 required
    positional argument`` (the load test found it). Once every action has been called,
    parsing is stable; the store's own queries are also serialized (SerializedStore).
    """
    with contextlib.suppress(DockgError):  # a broken query file is reported by its page
        catalogue(project)


def open_state(
    project: Project, config: ServerConfig, store_spec: str = DEFAULT_STORE
) -> ServerState:
    """Open the project's store (with its schema.org view) and index its entities' names.

    Args:
        project: the project to serve.
        config: the server's settings.
        store_spec: a ``--store`` value: ``memory`` loads the project files,
            ``oxigraph:PATH`` and ``sparql:URL`` serve a store loaded beforehand.

    Returns:
        The state every request handler shares.

    Raises:
        dockg.errors.DockgError: if the project does not load.
    """
    store = SerializedStore(open_store(store_spec, project))
    names = name_index(store, base=config.base_iri + ENTITY_PREFIX)
    warm_up_parser(project)
    return ServerState(project=project, store=store, names=names, config=config)


def serve_forever(state: ServerState) -> None:
    """Run the server until it is interrupted (Ctrl-C or SIGTERM)."""
    uvicorn.run(
        create_app(state),
        host=state.config.host,
        port=state.config.port,
        log_level="warning",
    )
