"""The query editor: what a browser gets at ``/sparql``.

A browser asks for ``text/html``; SPARQL clients ask for results formats or for
anything. Only a request that names ``text/html`` and prefers it to every format the
endpoint writes (and gives no ``format`` parameter) gets this page; every other request
goes to the protocol endpoint exactly as before (:mod:`dockg.server.sparql`).

The page is served without scripts: a form sends the query (``GET /sparql?query=``, so
a result can be bookmarked and shared), the query runs through the endpoint's own
workers and limits (time, size, ``SERVICE`` hosts, read-only), and the answer is read
back into an HTML table whose entities link to their pages. Known prefixes a query uses
without declaring them are declared for it. The catalogue's queries are the examples,
with their default values written in; CSV and JSON downloads are the endpoint's own
answers to the same text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import parse_qsl, urlencode

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from dockg.errors import DockgError
from dockg.lookup import EntityFinder
from dockg.prefixes import PREFIXES
from dockg.queries import QuerySpec, catalogue
from dockg.server.conneg import GraphFormat, ResultsFormat, parse_accept, quality
from dockg.server.pages import MAX_TABLE_ROWS, PageRenderer
from dockg.server.query_form import form_bindings, query_text, with_values
from dockg.server.sparql import QueryJob, RequestTooLarge, read_body
from dockg.server.state import ServerState
from dockg.server.workers import WorkerDied, WorkTimedOut

HTML = "text/html"

#: What the editor asks the workers for: SPARQL JSON for SELECT and ASK, N-Triples for
#: CONSTRUCT and DESCRIBE, both read back into terms for the table.
_EDITOR_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"

_MACHINE_TYPES = tuple(f.media_type for f in (*ResultsFormat, *GraphFormat))

DEFAULT_QUERY = """\
# Films and their titles. Known prefixes (schema:, dockg:, film: ...) need no PREFIX line.
SELECT ?film ?title ?year WHERE {
  ?film a dockg:Film ;
        schema:name ?title .
  OPTIONAL { ?film schema:dateCreated ?year }
}
ORDER BY ?year ?title
"""


def wants_html(request: Request) -> bool:
    """Whether a request to ``/sparql`` comes from a browser that wants a page.

    True only when the ``Accept`` header names ``text/html`` itself (not through a
    wildcard) with a q-value above that of every format the endpoint writes, and no
    ``format`` or ``output`` parameter asks for one. A client that sends no ``Accept``,
    ``*/*``, or a SPARQL media type gets the protocol's answer as before.
    """
    if any(key in ("format", "output") for key, _ in parse_qsl(request.url.query)):
        return False
    accept = request.headers.get("accept")
    if not accept:
        return False
    ranges = parse_accept(accept)
    html = max((r.q for r in ranges if r.matches(HTML) == 2), default=0.0)
    return html > 0 and all(quality(m, ranges) < html for m in _MACHINE_TYPES)


def declare_prefixes(text: str) -> tuple[str, list[str]]:
    """Declare the known prefixes a query uses without declaring them.

    Args:
        text: the query.

    Returns:
        The query with ``PREFIX`` lines added before it, and the prefixes added.
    """
    declared = {p.lower() for p in re.findall(r"PREFIX\s+([\w.-]*):", text, flags=re.I)}
    used = [
        prefix
        for prefix in PREFIXES
        if prefix.lower() not in declared and re.search(rf"(?<![\w<:/#.-]){prefix}:", text)
    ]
    lines = "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in used)
    return lines + text, used


@dataclass
class Answer:
    """What a query gave, ready for the page.

    Attributes:
        variables: the column names (``subject predicate object`` for a graph).
        rows: one tuple of terms (or None) per row.
        boolean: the answer of an ASK.
        error: the endpoint's message when it refused or failed, with its status.
        status: the HTTP status the endpoint answered with.
    """

    variables: tuple[str, ...] = ()
    rows: list[tuple[Identifier | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    error: str | None = None
    status: int = 200


def _term(value: dict[str, str]) -> Identifier:
    kind = value.get("type")
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    datatype = value.get("datatype")
    return Literal(
        value["value"],
        lang=value.get("xml:lang"),
        datatype=URIRef(datatype) if datatype else None,
    )


def read_answer(status: int, media_type: str, body: bytes) -> Answer:
    """Read the endpoint's answer (SPARQL JSON or N-Triples) back into terms.

    Args:
        status: the HTTP status of the answer.
        media_type: its media type.
        body: its bytes.

    Returns:
        The rows, the boolean, or the error message.
    """
    if status != 200:
        return Answer(error=body.decode("utf-8", "replace").strip(), status=status)
    if media_type.startswith("application/sparql-results+json"):
        data = json.loads(body)
        if "boolean" in data:
            return Answer(boolean=bool(data["boolean"]))
        variables = tuple(data["head"].get("vars", []))
        rows = [
            tuple(_term(b[v]) if v in b else None for v in variables)
            for b in data["results"]["bindings"]
        ]
        return Answer(variables=variables, rows=rows)
    graph = Graph()
    graph.parse(data=body.decode("utf-8"), format="nt")
    triples: list[tuple[Identifier | None, ...]] = [
        (cast(Identifier, s), cast(Identifier, p), cast(Identifier, o)) for s, p, o in graph
    ]
    triples.sort(key=lambda row: tuple(str(x) for x in row))
    return Answer(variables=("subject", "predicate", "object"), rows=triples)


class QueryEditor:
    """The request handler of the editor page.

    Args:
        state: the server's state (its workers run the queries).
    """

    def __init__(self, state: ServerState) -> None:
        self.state = state
        self.view = PageRenderer(state)
        self._examples: list[tuple[QuerySpec, str]] | None = None

    @property
    def examples(self) -> list[tuple[QuerySpec, str]]:
        """The catalogue's queries, each with its default values written in."""
        if self._examples is None:
            finder = EntityFinder(self.state.store, index=self.state.names)
            found = []
            for spec in catalogue(self.state.project):
                try:
                    text = with_values(query_text(spec), form_bindings(spec, {}, finder=finder))
                except DockgError:
                    continue  # a broken query file has its own page that says so
                found.append((spec, text))
            self._examples = found
        return self._examples

    async def _run(self, text: str) -> Answer:
        if self.state.workers is None:
            return Answer(error="the server's query workers are not running", status=503)
        job = QueryJob(text, None, None, (), _EDITOR_ACCEPT)
        try:
            reply = await self.state.workers.run(job, timeout=self.state.config.query_timeout)
        except WorkTimedOut:
            return Answer(
                error="the query was stopped: it ran longer than this endpoint's time limit "
                f"of {self.state.config.query_timeout:g} s",
                status=503,
            )
        except WorkerDied:
            return Answer(error="the query's worker stopped unexpectedly; try again", status=500)
        return read_answer(reply.status, reply.media_type, reply.body)

    async def page(self, request: Request, given: Sequence[tuple[str, str]]) -> Response:
        """The editor, with the results of the query given, if any."""
        values = dict(given)
        example = values.get("example", "")
        chosen = next((text for spec, text in self.examples if spec.name == example), None)
        text = values.get("query")
        answer: Answer | None = None
        added: list[str] = []
        downloads: dict[str, str] = {}
        if text is None:
            text = chosen or DEFAULT_QUERY
        elif text.strip():
            full, added = declare_prefixes(text)
            answer = await self._run(full)
            downloads = {
                label: "/sparql?" + urlencode({"query": full, "format": fmt})
                for label, fmt in (("CSV", "csv"), ("JSON", "json"))
            }
        status = answer.status if answer is not None and answer.error else 200
        return self.view.render(
            "sparql.html",
            status_code=status,
            query="",
            text=text,
            examples=self.examples,
            example=example,
            prefixes=PREFIXES,
            added=added,
            answer=answer,
            shown=answer.rows[:MAX_TABLE_ROWS] if answer is not None else [],
            downloads=downloads,
        )


def with_editor(state: ServerState, routes: list[BaseRoute]) -> list[BaseRoute]:
    """Put the editor in front of the ``/sparql`` route: browsers get the page, every
    other client the protocol endpoint as before.

    Args:
        state: the server's state.
        routes: the routes of :func:`dockg.server.sparql.sparql_routes`.

    Returns:
        The same routes, ``/sparql`` answering browsers with the editor.
    """
    editor = QueryEditor(state)
    wrapped: list[BaseRoute] = []
    for route in routes:
        if not (isinstance(route, Route) and route.path == "/sparql"):
            wrapped.append(route)
            continue
        protocol = route.endpoint

        async def sparql(request: Request, protocol: Any = protocol) -> Response:
            if not wants_html(request):
                return await protocol(request)
            limit = state.config.max_request_bytes
            if len(request.url.query.encode()) > limit:
                return PlainTextResponse(f"the query string is larger than {limit} bytes", 414)
            given = parse_qsl(request.url.query, keep_blank_values=True)
            if request.method == "POST":  # a browser's form: form-encoded
                try:
                    body = await read_body(request, limit)
                except RequestTooLarge:
                    return PlainTextResponse(f"the request is larger than {limit} bytes", 413)
                given += parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            answer = await editor.page(request, given)
            answer.headers["Vary"] = "Accept"
            return answer

        wrapped.append(Route("/sparql", sparql, methods=list(route.methods or ["GET", "POST"])))
    return wrapped
