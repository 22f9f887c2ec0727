"""The dataset's description (DCAT and VoID) where linked-data clients look for it.

* ``/.well-known/void`` (VoID 7.2, RFC 8615) and ``/void``: the description, negotiated
  like the data (Turtle when the client has no preference).
* ``/dataset``: the dataset IRI ``{base}dataset`` names the dataset, not a document, so
  it answers 303 See Other to the description.

The description is :func:`dockg.dataset_description.describe_dataset` of the served
store, with this server's endpoint and dump URLs, computed once (the data does not
change while serving).
"""

from __future__ import annotations

import asyncio

from rdflib import Graph, URIRef
from rdflib.namespace import VOID
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from dockg.dataset_description import describe_dataset
from dockg.server.conneg import TRIPLE_FORMATS, GraphFormat, negotiate
from dockg.server.state import ServerState

WELL_KNOWN = "/.well-known/void"


class DatasetDescription:
    """The handlers of ``/.well-known/void``, ``/void`` and ``/dataset``."""

    def __init__(self, state: ServerState) -> None:
        self.state = state
        self._graph: Graph | None = None

    def _describe(self) -> Graph:
        state = self.state
        graph = describe_dataset(state.store, base=state.config.base_iri, address=state.address)
        dataset = URIRef(state.config.base_iri + "dataset")
        graph.add((dataset, VOID.uriLookupEndpoint, URIRef(state.address + "search?q=")))
        return graph

    async def description(self, request: Request) -> Response:
        """The description, in the format the client prefers."""
        if self._graph is None:
            self._graph = await asyncio.to_thread(self._describe)
        picked = negotiate(request.headers.get("accept"), [f.media_type for f in TRIPLE_FORMATS])
        fmt = GraphFormat.for_media_type(picked) or GraphFormat.TURTLE
        body = await asyncio.to_thread(fmt.serialize, self._graph)
        return Response(body, media_type=fmt.media_type, headers={"Vary": "Accept"})

    async def dataset(self, request: Request) -> Response:
        """The dataset IRI: 303 to its description."""
        return RedirectResponse(WELL_KNOWN, status_code=303)


def dataset_routes(state: ServerState) -> list[BaseRoute]:
    """The routes of the dataset description."""
    handlers = DatasetDescription(state)
    methods = ["GET", "HEAD"]
    return [
        Route(WELL_KNOWN, handlers.description, methods=methods),
        Route("/void", handlers.description, methods=methods),
        Route("/dataset", handlers.dataset, methods=methods),
    ]
