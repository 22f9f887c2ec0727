"""The Starlette application: the routes of every concern over one shared state."""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.routing import BaseRoute

from dockg.server.linked_data import linked_data_routes
from dockg.server.sparql import query_pool, sparql_routes
from dockg.server.state import ServerState


def _page_routes(state: ServerState) -> list[BaseRoute]:
    # The pages live in their own module, written alongside this one; until it exists
    # the server still publishes the protocol routes.
    try:
        pages = importlib.import_module("dockg.server.pages")
    except ModuleNotFoundError as error:
        if error.name != "dockg.server.pages":
            raise
        return []
    routes: list[BaseRoute] = pages.page_routes(state)
    return routes


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

    routes = [*sparql_routes(state, pool), *linked_data_routes(state), *_page_routes(state)]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.dockg = state
    return app
