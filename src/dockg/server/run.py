"""Starting a server: load the project into a store, index its names, run uvicorn."""

from __future__ import annotations

import uvicorn

from dockg.loading import load_dataset
from dockg.materialize import materialize
from dockg.project import Project
from dockg.server.app import create_app
from dockg.server.config import ServerConfig
from dockg.server.state import ENTITY_PREFIX, ServerState, name_index
from dockg.store import MemoryStore


def open_state(project: Project, config: ServerConfig) -> ServerState:
    """Load a project (with its schema.org view) and index its entities' names.

    Args:
        project: the project to serve.
        config: the server's settings.

    Returns:
        The state every request handler shares.

    Raises:
        dockg.errors.DockgError: if the project does not load.
    """
    loaded = load_dataset(project)
    materialize(loaded)
    store = MemoryStore(loaded)
    names = name_index(store, base=config.base_iri + ENTITY_PREFIX)
    return ServerState(project=project, store=store, names=names, config=config)


def serve_forever(state: ServerState) -> None:
    """Run the server until it is interrupted (Ctrl-C or SIGTERM)."""
    uvicorn.run(
        create_app(state),
        host=state.config.host,
        port=state.config.port,
        log_level="warning",
    )
