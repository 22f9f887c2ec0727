"""Linked data: dereferenceable entity IRIs, their descriptions, VoID and the dumps.

* ``/id/{kind}/{slug}`` is the entity IRI ``{base}id/{kind}/{slug}`` (the base maps to the
  server root). It names a thing, not a document, so it answers **303 See Other** to a
  document about it: ``/page/{kind}/{slug}`` for browsers (``text/html``),
  ``/data/{kind}/{slug}.{ttl,nt,jsonld,rdf,trig,nq}`` for RDF clients. With no
  preference (``*/*`` or no ``Accept``) the client gets Turtle. Unknown IRIs: 404.
* ``/data/{kind}/{slug}.{ext}`` answers directly: the entity's triples in every graph,
  the triples pointing at it (inverse links), one level of blank nodes, and the
  description of each source graph they come from. TriG, N-Quads and JSON-LD keep each
  triple in its source graph; Turtle, N-Triples and RDF/XML merge them.
* ``/void``: see :mod:`dockg.server.dataset` (the DCAT/VoID description).
* ``/dumps/{name}``: the whole graph as ``dockg build`` writes it, from a fixed list of
  names (no path ever comes from the request), written atomically on first request and
  kept for the life of the server.
"""

from __future__ import annotations

import asyncio
import html
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, URIRef
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from dockg.atomic import streamed_atomic, write_all_atomic, write_atomic
from dockg.build import CONTEXT_OUTPUT, GRAPH_OUTPUTS
from dockg.dataset_description import DUMP_FILES
from dockg.export import context_document, export_native, is_native, serialize_all
from dockg.loading import LoadedDataset, load_dataset
from dockg.materialize import materialize
from dockg.server.conneg import GraphFormat, negotiate
from dockg.server.state import ENTITY_PREFIX, ServerState, unwrapped
from dockg.store import MemoryStore
from dockg.store.base import Store
from dockg.store.oxigraph import OxigraphStore

#: Every media type ``/id/`` negotiates, RDF first: a client with no preference gets Turtle.
HTML_TYPES = ("text/html", "application/xhtml+xml")
ENTITY_OFFERS = (*(fmt.media_type for fmt in GraphFormat), *HTML_TYPES)

#: Dump file name → media type. The only names ``/dumps/`` serves.
DUMPS: dict[str, str] = {
    **{dump.name: dump.media_type for dump in DUMP_FILES},
    CONTEXT_OUTPUT: "application/ld+json",
}

_OUTGOING = """
SELECT ?g ?p ?o ?p2 ?o2 WHERE {
  GRAPH ?g { ?entity ?p ?o OPTIONAL { ?o ?p2 ?o2 FILTER(isBlank(?o)) } }
}
"""
_INCOMING = "SELECT ?g ?s ?p WHERE { GRAPH ?g { ?s ?p ?entity } }"
_SOURCE = "SELECT ?p ?o WHERE { GRAPH ?g { ?g ?p ?o } }"
_EXISTS = "ASK { GRAPH ?g { ?entity ?p ?o } }"


def entity_exists(store: Store, iri: URIRef) -> bool:
    """True if some graph of the store says something about ``iri``."""
    return bool(store.query(_EXISTS, bindings={"entity": iri}).askAnswer)


def describe(store: Store, iri: URIRef, *, limit: int) -> Dataset:
    """A concise bounded description of an entity, each triple in its source graph.

    Args:
        store: the store to read.
        iri: the entity.
        limit: at most this many incoming links (a topic may be the object of
            thousands of triples).

    Returns:
        The entity's own triples (and one level of blank nodes below them), the triples
        pointing at it, and each source graph's description of itself (type, PROV).
    """
    dataset = Dataset()
    sources: set[URIRef] = set()
    for g, p, o, p2, o2 in store.query(_OUTGOING, bindings={"entity": iri}):  # type: ignore[misc]
        source = URIRef(str(g))
        graph = dataset.graph(source)
        graph.add((iri, p, o))
        if p2 is not None:
            graph.add((o, p2, o2))
        sources.add(source)
    incoming = store.query(_INCOMING + f" LIMIT {int(limit)}", bindings={"entity": iri})
    for g, s, p in incoming:  # type: ignore[misc]
        dataset.graph(URIRef(str(g))).add((s, p, iri))
        sources.add(URIRef(str(g)))
    for source in sorted(sources):
        graph = dataset.graph(source)
        for p, o in store.query(_SOURCE, bindings={"g": source}):  # type: ignore[misc]
            graph.add((source, p, o))
    return dataset


def _loaded(state: ServerState) -> LoadedDataset:
    """The store's content as a :class:`LoadedDataset`, for :func:`dockg.export.serialize_all`."""
    inner = unwrapped(state.store)
    if isinstance(inner, MemoryStore):
        return inner.loaded
    if isinstance(inner, OxigraphStore) and inner.path is None:
        # Loaded from the project files: read them as `dockg build` does, so the dumps
        # are its outputs byte for byte (Oxigraph keeps literals by value, not as written).
        loaded = load_dataset(state.project)
        materialize(loaded)
        return loaded
    dataset = Dataset()
    names = state.store.named_graphs()
    for s, p, o, g in state.store.quads():
        dataset.graph(g).add((s, p, o))
    # Paths only name the graphs' origin; the export does not read them.
    return LoadedDataset(state.project, dataset, {g: Path(str(g)) for g in names})


@dataclass
class Dumps:
    """The dump files, written once per server run into ``directory``."""

    state: ServerState
    directory: Path
    _written: bool = False
    _lock: asyncio.Lock | None = None

    def _write(self) -> None:
        store = unwrapped(self.state.store)
        if is_native(store):  # a loaded store, maybe millions of quads: Oxigraph streams
            for name, fmt in GRAPH_OUTPUTS.items():
                with streamed_atomic(self.directory / name) as stream:
                    export_native(store, fmt=fmt, output=stream)
            write_atomic(self.directory / CONTEXT_OUTPUT, context_document())
            return
        documents = serialize_all(_loaded(self.state), GRAPH_OUTPUTS.values())
        files = {self.directory / name: documents[fmt] for name, fmt in GRAPH_OUTPUTS.items()}
        files[self.directory / CONTEXT_OUTPUT] = context_document()
        write_all_atomic(files)

    async def path(self, name: str) -> Path:
        """The file of a dump, written (atomically, off the event loop) on first use."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if not self._written:
                await asyncio.to_thread(self._write)
                self._written = True
        return self.directory / name


def _not_found(request: Request, what: str) -> Response:
    message = f"{what} is not in this dataset"
    if negotiate(request.headers.get("accept"), ENTITY_OFFERS) in HTML_TYPES:
        body = (
            "<!doctype html><html><head><meta charset=utf-8><title>Not found</title></head>"
            f"<body><h1>Not found</h1><p>{html.escape(message)}</p>"
            '<p><a href="/">Search the graph</a></p></body></html>'
        )
        return Response(
            body, status_code=404, media_type="text/html; charset=utf-8", headers={"Vary": "Accept"}
        )
    return PlainTextResponse(message + "\n", status_code=404, headers={"Vary": "Accept"})


class LinkedData:
    """The handlers of ``/id/``, ``/data/`` and ``/dumps/``."""

    def __init__(self, state: ServerState) -> None:
        self.state = state
        directory = state.config.build_dir or str(state.project.root / "build" / "server-dumps")
        self.dumps = Dumps(state, Path(directory))

    async def _exists(self, iri: URIRef) -> bool:
        # Named entities are in the name index already: no query needed for them.
        return iri in self.state.names or await asyncio.to_thread(
            entity_exists, self.state.store, iri
        )

    async def entity(self, request: Request) -> Response:
        """``/id/...``: 303 to the page or the data, by ``Accept``."""
        iri = self.state.iri_for_path(request.url.path)
        if iri is None or not await self._exists(iri):
            return _not_found(request, f"<{iri or request.url.path}>")
        picked = negotiate(request.headers.get("accept"), ENTITY_OFFERS)
        if picked is None:
            offered = ", ".join(ENTITY_OFFERS)
            return PlainTextResponse(
                f"no acceptable format; {iri} is served as {offered}\n",
                status_code=406,
                headers={"Vary": "Accept"},
            )
        local = self.state.local_path(iri)
        assert local is not None
        rest = local[len("/" + ENTITY_PREFIX) :]
        fmt = GraphFormat.for_media_type(picked)
        target = f"/page/{rest}" if fmt is None else f"/data/{rest}.{fmt.extension}"
        return RedirectResponse(target, status_code=303, headers={"Vary": "Accept"})

    async def data(self, request: Request) -> Response:
        """``/data/{kind}/{slug}.{ext}``: the entity's description in one format."""
        rest = request.path_params["rest"]
        stem, dot, extension = rest.rpartition(".")
        fmt = GraphFormat.for_extension(extension) if dot else None
        iri = self.state.iri_for_path("/" + ENTITY_PREFIX + stem) if fmt else None
        if fmt is None or iri is None:
            return _not_found(request, f"/data/{rest}")
        store, limit = self.state.store, self.state.config.max_results
        if not await self._exists(iri):
            return _not_found(request, f"<{iri}>")
        dataset = await asyncio.to_thread(describe, store, iri, limit=limit)
        body = await asyncio.to_thread(fmt.serialize_dataset, dataset)
        return Response(
            body, media_type=fmt.media_type, headers={"Link": f'<{iri}>; rel="describes"'}
        )

    async def dump(self, request: Request) -> Response:
        """``/dumps/{name}``: one of the fixed dump files."""
        name = request.path_params["name"]
        if name not in DUMPS:
            listed = ", ".join(DUMPS)
            return PlainTextResponse(
                f"no dump is called {name!r}; the dumps are {listed}\n", status_code=404
            )
        return FileResponse(await self.dumps.path(name), media_type=DUMPS[name])


def linked_data_routes(state: ServerState) -> list[BaseRoute]:
    """The linked-data routes: ``/id/``, ``/data/``, ``/dumps/``."""
    handlers = LinkedData(state)
    methods = ["GET", "HEAD"]
    return [
        Route("/id/{rest:path}", handlers.entity, methods=methods),
        Route("/data/{rest:path}", handlers.data, methods=methods),
        Route("/dumps/{name}", handlers.dump, methods=methods),
    ]
