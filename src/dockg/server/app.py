"""The Starlette application: the routes of every concern over one shared state."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette

from dockg.server.cors import cors_middleware
from dockg.server.dataset import dataset_routes
from dockg.server.linked_data import linked_data_routes
from dockg.server.ontology_page import ontology_routes
from dockg.server.pages import page_routes
from dockg.server.pictures import picture_routes  # also adds the picture panels
from dockg.server.query_editor import with_editor
from dockg.server.screenings import screenings_panel  # noqa: F401 (adds the film panel)
from dockg.server.sparql import query_pool, sparql_routes
from dockg.server.state import ServerState


def create_app(state: ServerState) -> Starlette:
    """Build the ASGI application that serves a project.

    Args:
        state: the loaded project, its store, name index and configuration.

    Returns:
        The application; run it with uvicorn (``dockg serve`` does).
    """

    pool = state.workers = query_pool(state)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        pool.start()  # fork the query workers before the server starts any thread
        try:
            yield
        finally:
            pool.close()

    routes = [
        *with_editor(state, sparql_routes(state, pool)),  # browsers get the query editor
        *linked_data_routes(state),
        *dataset_routes(state),
        *ontology_routes(state),
        *page_routes(state),
        *picture_routes(state),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, middleware=[cors_middleware()])
    app.state.dockg = state
    return app
