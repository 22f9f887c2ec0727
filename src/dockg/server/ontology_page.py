"""The ontology and the named graphs at their own IRIs, by content negotiation.

* ``/ontology`` is the ontology IRI ``{base}ontology`` (its terms are ``{base}ontology#Term``,
  so dereferencing any term lands here): Turtle, N-Triples, JSON-LD, RDF/XML, or an HTML
  documentation page generated from the labels and comments (:mod:`dockg.ontology_doc`).
* ``/graph/{slug}`` is the named graph ``{base}graph/{slug}``: its triples (its PROV
  account of itself among them) in any RDF format (TriG, N-Quads and JSON-LD keep the
  graph name), or an HTML page of its PROV description.

The format is chosen by ``Accept``, or by a ``format`` parameter (``ttl``, ``jsonld``,
``trig``...) that overrides it; with no preference, Turtle. No query text is built from
the request: the slug only selects one of the store's graphs by exact IRI.
"""

from __future__ import annotations

import asyncio
import html

from rdflib import Dataset, Graph, URIRef
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from dockg.iris import mint_graph
from dockg.namespaces import BASE, DCTERMS, PROV
from dockg.ontology_doc import ontology_html
from dockg.prefixes import compact_iri
from dockg.server.conneg import GraphFormat, negotiate
from dockg.server.state import ServerState

HTML = "text/html"
#: RDF first: a client with no preference gets Turtle.
OFFERS = (*(fmt.media_type for fmt in GraphFormat), HTML)
ONTOLOGY = URIRef(BASE + "ontology")
ONTOLOGY_GRAPH = mint_graph("ontology")
#: The properties of a graph's PROV account shown on its page, in order.
PROVENANCE = (
    DCTERMS.title,
    DCTERMS.description,
    DCTERMS.license,
    PROV.wasDerivedFrom,
    PROV.wasAttributedTo,
    PROV.wasGeneratedBy,
    PROV.generatedAtTime,
)


def _picked(request: Request) -> GraphFormat | str | None:
    """The format asked for: a :class:`GraphFormat`, ``"text/html"``, or None (406)."""
    for name in request.query_params.getlist("format"):
        if name in ("html", HTML):
            return HTML
        fmt = GraphFormat.for_extension(name) or next(
            (f for f in GraphFormat if name in f.value[3] or name == f.media_type), None
        )
        if fmt is not None:
            return fmt
    picked = negotiate(request.headers.get("accept"), list(OFFERS))
    if picked is None:
        return None
    return HTML if picked == HTML else GraphFormat.for_media_type(picked)


def _not_acceptable() -> Response:
    return PlainTextResponse(
        f"no acceptable format; this document is served as {', '.join(OFFERS)}\n",
        status_code=406,
        headers={"Vary": "Accept"},
    )


def _graph_of(state: ServerState, name: URIRef) -> Graph:
    graph = Graph(identifier=name)
    for s, p, o, _ in state.store.quads(name):
        graph.add((s, p, o))
    return graph


def graph_page(graph: Graph) -> str:
    """The HTML page of a named graph: its PROV description and where to get its triples."""
    name = graph.identifier
    title = str(graph.value(name, DCTERMS.title) or compact_iri(name))
    rows = []
    for predicate in PROVENANCE:
        for value in sorted(graph.objects(name, predicate), key=str):
            shown = html.escape(str(value))
            if isinstance(value, URIRef):
                shown = f'<a href="{shown}">{html.escape(compact_iri(value))}</a>'
            rows.append(f"<dt>{html.escape(compact_iri(predicate))}</dt><dd>{shown}</dd>")
    formats = ", ".join(
        f'<a href="?format={fmt.extension}">{fmt.name.lower()}</a>' for fmt in GraphFormat
    )
    return "\n".join(
        [
            "<!doctype html>",
            '<html lang="en"><head><meta charset="utf-8">',
            f"<title>{html.escape(title)}</title></head><body>",
            f"<h1>{html.escape(title)}</h1>",
            f"<p><code>{html.escape(str(name))}</code>: a named graph of {len(graph)} triples.</p>",
            "<h2>Provenance</h2>",
            "<dl>",
            *rows,
            "</dl>",
            f"<p>Its triples: {formats}.</p>",
            "</body></html>",
        ]
    )


class GraphDocuments:
    """The handlers of ``/ontology`` and ``/graph/{slug}``."""

    def __init__(self, state: ServerState) -> None:
        self.state = state

    def _answer(
        self, graph: Graph, picked: GraphFormat | str, page: str, *, named: bool
    ) -> Response:
        """Write the graph in the format picked; ``named``: JSON-LD keeps the graph name
        too (TriG and N-Quads always do)."""
        headers = {"Vary": "Accept"}
        if picked == HTML:
            return Response(page, media_type="text/html; charset=utf-8", headers=headers)
        assert isinstance(picked, GraphFormat)
        if picked in (GraphFormat.TRIG, GraphFormat.NQUADS) or (
            named and picked is GraphFormat.JSONLD
        ):
            dataset = Dataset()
            target = dataset.graph(graph.identifier)
            target += graph
            body = picked.serialize_dataset(dataset)
        else:
            body = picked.serialize(graph)
        return Response(body, media_type=picked.media_type, headers=headers)

    async def ontology(self, request: Request) -> Response:
        """``/ontology``: the ontology graph, or its documentation page."""
        picked = _picked(request)
        if picked is None:
            return _not_acceptable()
        graph = await asyncio.to_thread(_graph_of, self.state, ONTOLOGY_GRAPH)
        if not len(graph):
            return PlainTextResponse("this dataset has no dockg ontology\n", status_code=404)
        page = ontology_html(graph, ONTOLOGY) if picked == HTML else ""
        # The ontology as one plain graph in JSON-LD, as ontology tools read it.
        return await asyncio.to_thread(self._answer, graph, picked, page, named=False)

    async def graph(self, request: Request) -> Response:
        """``/graph/{slug}``: one named graph, or the page of its provenance."""
        name = URIRef(self.state.config.base_iri + "graph/" + request.path_params["slug"])
        if name not in set(self.state.store.named_graphs()):
            return PlainTextResponse(f"<{name}> is not a graph of this dataset\n", status_code=404)
        picked = _picked(request)
        if picked is None:
            return _not_acceptable()
        graph = await asyncio.to_thread(_graph_of, self.state, name)
        page = graph_page(graph) if picked == HTML else ""
        return await asyncio.to_thread(self._answer, graph, picked, page, named=True)


def ontology_routes(state: ServerState) -> list[BaseRoute]:
    """The routes of the ontology and the named graphs."""
    handlers = GraphDocuments(state)
    methods = ["GET", "HEAD"]
    return [
        Route("/ontology", handlers.ontology, methods=methods),
        Route("/graph/{slug}", handlers.graph, methods=methods),
    ]
