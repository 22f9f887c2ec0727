"""The SPARQL 1.1 Protocol endpoint at ``/sparql``: read-only, limited, negotiated.

Requests are read here, in the server process; queries run in a
:class:`~dockg.server.workers.WorkerPool` so the time limit really stops them. On an
Oxigraph store (the default of ``dockg serve``) a worker hands the query to Oxigraph and
writes Oxigraph's answer with Oxigraph's serializers (:mod:`dockg.server.native`);
rdflib's parser is asked only to word a syntax error, recognise an update, or check the
hosts of a query that may contain ``SERVICE``. Other stores go through rdflib. What the
endpoint answers:

* GET ``?query=`` or POST (form-encoded, or ``application/sparql-query`` as the body),
  with ``default-graph-uri`` / ``named-graph-uri`` (repeatable) to choose the dataset.
* SELECT/ASK as SPARQL JSON, XML, CSV or TSV (ASK: JSON or XML); CONSTRUCT/DESCRIBE as
  Turtle, N-Triples, JSON-LD or RDF/XML; by ``Accept`` or a ``format`` parameter.
* GET without a query: the SPARQL 1.1 Service Description (Turtle by default).
* Errors: 400 malformed query (with the parser's message) or bad parameters; 403 SPARQL
  Update (the endpoint is read-only) and ``SERVICE`` to a host the operator did not allow;
  406 no acceptable format; 413 body larger than the limit, 414 query string larger than
  it; 415 other body types; 422 result larger than the limit; 503 query stopped at the
  time limit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from urllib.parse import parse_qsl, urlsplit

import rdflib.plugins.sparql
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, VOID
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.algebra import traverse
from rdflib.plugins.sparql.parser import parseUpdate
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from dockg.errors import DockgError, UsageError
from dockg.server.config import ServerConfig
from dockg.server.conneg import (
    TRIPLE_FORMATS,
    GraphFormat,
    ResultsFormat,
    by_name,
    negotiate,
    tsv_results,
)
from dockg.server.jobs import JobError, Rows, RowsJob, run_rows
from dockg.server.native import ResultTooLarge, answer_kind, might_call_service, write_answer
from dockg.server.state import ServerState, unwrapped
from dockg.server.workers import Reply, WorkerDied, WorkerPool, WorkTimedOut
from dockg.store.base import Store
from dockg.store.oxigraph import OxigraphStore

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")

#: W3C format IRIs of what the endpoint writes, for the service description.
FORMAT_IRIS = (
    FORMATS.SPARQL_Results_JSON,
    FORMATS.SPARQL_Results_XML,
    FORMATS.SPARQL_Results_CSV,
    FORMATS.SPARQL_Results_TSV,
    FORMATS.Turtle,
    FORMATS["N-Triples"],
    FORMATS["JSON-LD"],
    FORMATS.RDF_XML,
)

_SELECT_FORMATS = tuple(ResultsFormat)
_ASK_FORMATS = (ResultsFormat.JSON, ResultsFormat.XML)
_GRAPH_FORMATS = TRIPLE_FORMATS


@dataclass(frozen=True)
class QueryJob:
    """A query to run in a worker, with what the client asked for.

    Attributes:
        text: the query.
        default_graphs: ``default-graph-uri`` values, or None for the union of all graphs.
        named_graphs: ``named-graph-uri`` values, or None for all named graphs.
        format_names: ``format`` parameter values, first recognised wins.
        accept: the ``Accept`` header.
        base_iri: the IRI relative IRIs in the query resolve against (the endpoint's).
    """

    text: str
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    format_names: tuple[str, ...]
    accept: str | None
    base_iri: str | None = None

    def graphs(self) -> tuple[list[URIRef] | None, list[URIRef] | None]:
        """The ``default_graphs`` and ``named_graphs`` of :meth:`dockg.store.base.Store.query`.

        SPARQL 1.1 Protocol 2.1.4: a dataset given by the request replaces the query's
        ``FROM``/``FROM NAMED`` and is exactly the graphs named, so with only
        ``default-graph-uri`` there are no named graphs and with only ``named-graph-uri``
        the default graph is empty (as SPARQL 1.1 Query 13.2 says of ``FROM`` alone and
        ``FROM NAMED`` alone). Without either, the store's dataset: the union default
        graph and every named graph.
        """
        default, named = self.default_graphs, self.named_graphs
        if default is None and named is None:
            return None, None
        return [URIRef(g) for g in default or ()], [URIRef(g) for g in named or ()]


@dataclass(frozen=True)
class QueryLimits:
    """What a query may do: how much it may return and which hosts it may call."""

    max_results: int
    allowed_service_hosts: frozenset[str]


def _error(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


def _refused_services(query: object, allowed: frozenset[str]) -> list[str]:
    refused: list[str] = []

    def visit(node: object) -> None:
        if getattr(node, "name", None) == "ServiceGraphPattern":
            term = node.term  # type: ignore[attr-defined]
            host = urlsplit(str(term)).hostname if isinstance(term, URIRef) else None
            if host is None or host.lower() not in allowed:
                refused.append(str(term) if isinstance(term, URIRef) else f"?{term}")

    traverse(query, visitPost=visit)
    return refused


def choose_format(
    formats: Sequence[ResultsFormat | GraphFormat], job: QueryJob
) -> ResultsFormat | GraphFormat | None:
    """The format to answer in: the first recognised ``format`` value, else by ``Accept``."""
    for name in job.format_names:
        chosen = by_name(formats, name)
        if chosen is not None:
            return chosen
    offers = [fmt.media_type for fmt in formats]
    # Media types that clients send for a format without it being its main type
    # (``application/json`` for SPARQL JSON results, ``text/n3`` for Turtle).
    offers += [name for fmt in formats for name in fmt.names if "/" in name and name not in offers]
    picked = negotiate(job.accept, offers)
    if picked is None:
        return None
    return by_name(formats, picked)


def _result_size(result: Result) -> int:
    if result.type == "SELECT":
        return len(result.bindings)
    if result.type in ("CONSTRUCT", "DESCRIBE") and result.graph is not None:
        return len(result.graph)
    return 1


def execute_query(store: Store, limits: QueryLimits, job: QueryJob) -> Reply:
    """Run one protocol query against a store and write the response (in a worker).

    Args:
        store: the store to query.
        limits: the result size limit and the hosts ``SERVICE`` may call.
        job: the query and what the client asked for.

    Returns:
        The HTTP reply: the results, or a client error with a message.
    """
    parsed = _parse_checked(job.text, limits.allowed_service_hosts)
    if isinstance(parsed, Reply):
        return parsed
    formats = _formats(parsed.algebra.name)
    chosen = choose_format(formats, job)
    if chosen is None:
        return _not_acceptable(formats)
    try:
        default, named = job.graphs()
        result = store.query(job.text, default_graphs=default, named_graphs=named)
    except DockgError as error:
        return _error(400, error.message)
    size = _result_size(result)
    if size > limits.max_results:
        unit = "rows" if result.type == "SELECT" else "triples"
        return _too_large(size, unit, limits.max_results)
    if isinstance(chosen, GraphFormat):
        assert result.graph is not None
        body = chosen.serialize(result.graph)
    elif chosen is ResultsFormat.TSV:
        body = tsv_results(result)
    else:
        body = (
            result.serialize(
                format={
                    ResultsFormat.JSON: "json",
                    ResultsFormat.XML: "xml",
                    ResultsFormat.CSV: "csv",
                }[chosen],
                encoding="utf-8",
            )
            or b""
        )
    return Reply(200, _media(chosen), body)


def _parse_checked(text: str, allowed: frozenset[str]) -> Query | Reply:
    """Parse a query with rdflib's parser, refusing what the endpoint does not run.

    Returns:
        The parsed query; or 400 with the parser's message, 403 for SPARQL Update or a
        ``SERVICE`` host not allowed.
    """
    try:
        parsed = prepareQuery(text)
    except Exception as error:  # pyparsing's ParseException and friends
        try:
            parseUpdate(text)
        except Exception:
            return _error(400, f"SPARQL syntax error: {error}")
        return _error(403, "this endpoint is read-only: SPARQL Update is not accepted")
    refused = _refused_services(parsed.algebra, allowed)
    if refused:
        return _error(
            403,
            f"SERVICE {', '.join(refused)} is not allowed: this endpoint calls no outside "
            "endpoint unless its operator allows the host (dockg serve --allow-service HOST)",
        )
    return parsed


def _too_large(size: int, unit: str, limit: int) -> Reply:
    return _error(
        422,
        f"the result has {size} {unit}, more than this endpoint's limit of "
        f"{limit}; add a LIMIT (or ask the operator for --max-results)",
    )


def _media(chosen: ResultsFormat | GraphFormat) -> str:
    return chosen.media_type + ("; charset=utf-8" if chosen is not ResultsFormat.JSON else "")


def execute_native(store: OxigraphStore, limits: QueryLimits, job: QueryJob) -> Reply:
    """Run one protocol query on Oxigraph and write Oxigraph's answer natively (in a worker).

    The same refusals and messages as :func:`execute_query`, which rdflib's parser gives:
    it is asked only when Oxigraph's parser refuses a query (to word the error, or to
    recognise an update) or when the query may contain ``SERVICE`` (to check its hosts),
    so a well-formed query without ``SERVICE`` is parsed once, by Oxigraph.

    Args:
        store: the Oxigraph store.
        limits: the result size limit and the hosts ``SERVICE`` may call.
        job: the query and what the client asked for.

    Returns:
        The HTTP reply: the results, or a client error with a message.
    """
    if might_call_service(job.text):
        checked = _parse_checked(job.text, limits.allowed_service_hosts)
        if isinstance(checked, Reply):
            return checked
    try:
        default, named = job.graphs()
        answer = store.native_query(
            job.text, default_graphs=default, named_graphs=named, base_iri=job.base_iri
        )
    except UsageError as error:
        # Word the error as the endpoint always has (or refuse an update); a query only
        # Oxigraph refuses keeps Oxigraph's message.
        checked = _parse_checked(job.text, limits.allowed_service_hosts)
        return checked if isinstance(checked, Reply) else _error(400, error.message)
    except DockgError as error:
        return _error(400, error.message)
    kind = answer_kind(answer)
    formats = _formats(kind)
    chosen = choose_format(formats, job)
    if chosen is None:
        return _not_acceptable(formats)
    try:
        body = write_answer(answer, chosen, max_results=limits.max_results)
    except ResultTooLarge as large:
        return _too_large(large.size, large.unit, limits.max_results)
    except (OSError, RuntimeError, ValueError) as error:
        return _error(400, f"query failed: {error}")
    return Reply(200, _media(chosen), body)


def _formats(kind: str) -> tuple[ResultsFormat, ...] | tuple[GraphFormat, ...]:
    """The formats a query form can be answered in."""
    if kind in ("SELECT", "SelectQuery"):
        return _SELECT_FORMATS
    if kind in ("ASK", "AskQuery"):
        return _ASK_FORMATS
    return _GRAPH_FORMATS


def _not_acceptable(formats: Sequence[ResultsFormat | GraphFormat]) -> Reply:
    offered = ", ".join(fmt.media_type for fmt in formats)
    return _error(406, f"no acceptable format for this query; this endpoint writes {offered}")


class RequestTooLarge(Exception):
    """The request body is larger than the limit."""


async def read_body(request: Request, limit: int) -> bytes:
    """Read a request body, refusing it as soon as it is larger than ``limit`` bytes.

    Raises:
        RequestTooLarge: if the declared or actual length is over the limit.
    """
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise RequestTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise RequestTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _text(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return PlainTextResponse(message.rstrip() + "\n", status_code=status, headers=headers)


def _absolute_iris(values: list[str], name: str) -> tuple[str, ...] | str:
    for value in values:
        parts = urlsplit(value)
        if not parts.scheme or any(ch in value for ch in ' <>"{}|\\^`'):
            return f"{name} must be an absolute IRI: {value!r}"
    return tuple(values)


class SparqlEndpoint:
    """The ``/sparql`` route handler.

    Args:
        state: the server state (store, configuration).
        pool: the workers that run the queries.
    """

    def __init__(self, state: ServerState, pool: WorkerPool) -> None:
        self.state = state
        self.pool = pool
        self._description: Graph | None = None

    @property
    def config(self) -> ServerConfig:
        """The server's configuration."""
        return self.state.config

    async def handle(self, request: Request) -> Response:
        """Answer one protocol request."""
        limit = self.config.max_request_bytes
        if len(request.url.query.encode()) > limit:
            return _text(
                414, f"the query string is larger than this endpoint's limit of {limit} bytes"
            )
        params = parse_qsl(request.url.query, keep_blank_values=True)
        if request.method == "POST":
            media = request.headers.get("content-type", "").split(";")[0].strip().lower()
            try:
                body = await read_body(request, limit)
            except RequestTooLarge:
                return _text(
                    413, f"the request is larger than this endpoint's limit of {limit} bytes"
                )
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return _text(400, "the request body is not UTF-8")
            if media == "application/x-www-form-urlencoded":
                params += parse_qsl(text, keep_blank_values=True)
            elif media == "application/sparql-query":
                params.append(("query", text))
            elif media == "application/sparql-update":
                params.append(("update", text))
            else:
                return _text(
                    415,
                    "send the query as application/x-www-form-urlencoded or "
                    f"application/sparql-query, not {media or 'no content type'}",
                )
        values: dict[str, list[str]] = defaultdict(list)
        for key, value in params:
            values[key].append(value)
        if "update" in values:
            return _text(403, "this endpoint is read-only: SPARQL Update is not accepted")
        queries = values.get("query", [])
        if not queries:
            if request.method == "GET":
                return self.service_description(request)
            return _text(400, "no query: give the SPARQL query in the 'query' parameter")
        if len(queries) > 1:
            return _text(400, "give one 'query' parameter, not several")
        graphs: dict[str, tuple[str, ...] | None] = {}
        for name in ("default-graph-uri", "named-graph-uri"):
            checked = _absolute_iris(values[name], name) if name in values else None
            if isinstance(checked, str):
                return _text(400, checked)
            graphs[name] = checked
        job = QueryJob(
            text=queries[0],
            default_graphs=graphs["default-graph-uri"],
            named_graphs=graphs["named-graph-uri"],
            format_names=tuple(values.get("format", []) + values.get("output", [])),
            accept=request.headers.get("accept"),
            base_iri=self.state.address + "sparql",
        )
        try:
            reply: Reply = await self.pool.run(job, timeout=self.config.query_timeout)
        except WorkTimedOut:
            return _text(
                503,
                f"the query was stopped: it ran longer than this endpoint's time limit of "
                f"{self.config.query_timeout:g} s",
            )
        except WorkerDied:
            return _text(500, "the query's worker process stopped unexpectedly; try again")
        return Response(
            reply.body,
            status_code=reply.status,
            media_type=reply.media_type,
            headers={"Vary": "Accept", **reply.headers},
        )

    def service_description(self, request: Request) -> Response:
        """The SPARQL 1.1 Service Description of the endpoint, negotiated."""
        offers = [fmt.media_type for fmt in TRIPLE_FORMATS]
        picked = negotiate(request.headers.get("accept"), offers)
        fmt = GraphFormat.for_media_type(picked) or GraphFormat.TURTLE
        if self._description is None:  # the data does not change while serving
            self._description = service_description(self.state)
        return Response(
            fmt.serialize(self._description),
            media_type=fmt.media_type,
            headers={"Vary": "Accept"},
        )


def graph_sizes(store: Store) -> dict[URIRef, int]:
    """The number of triples of each named graph of a store, in one query."""
    result = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {URIRef(str(g)): int(n) for g, n in result if g is not None}  # type: ignore[misc]


def service_description(state: ServerState) -> Graph:
    """Describe the endpoint with the SPARQL 1.1 Service Description vocabulary.

    Args:
        state: the server state (its address and store).

    Returns:
        The description: endpoint, language, result formats, features, and the dataset
        (a union default graph and every named graph with its size).
    """
    graph = Graph()
    graph.bind("sd", SD)
    graph.bind("void", VOID)
    graph.bind("formats", FORMATS)
    service = URIRef(state.address + "sparql")
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, service))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    for iri in FORMAT_IRIS:
        graph.add((service, SD.resultFormat, iri))
    dataset = BNode("dataset")
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, VOID.sparqlEndpoint, service))
    default = BNode("default")
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    for name, size in sorted(graph_sizes(state.store).items()):
        named = BNode(f"named-{len(graph)}")
        described = BNode(f"graph-{len(graph)}")
        graph.add((dataset, SD.namedGraph, named))
        graph.add((named, RDF.type, SD.NamedGraph))
        graph.add((named, SD.name, name))
        graph.add((named, SD.graph, described))
        graph.add((described, RDF.type, SD.Graph))
        graph.add((described, VOID.triples, Literal(size)))
    return graph


def sparql_routes(state: ServerState, pool: WorkerPool) -> list[BaseRoute]:
    """The ``/sparql`` route."""
    return [Route("/sparql", SparqlEndpoint(state, pool).handle, methods=["GET", "POST"])]


def query_pool(state: ServerState) -> WorkerPool:
    """The workers that run protocol queries on the state's store with its limits.

    Remote ``FROM <url>`` loading is turned off in this process (and so in the workers):
    a query may name only graphs the store has.
    """
    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
    limits = QueryLimits(
        max_results=state.config.max_results,
        allowed_service_hosts=frozenset(h.lower() for h in state.config.allowed_service_hosts),
    )
    # The workers are single-threaded: they query the inner store, without the lock (a
    # lock held by a thread at fork time would stay locked forever in the child).
    store = unwrapped(state.store)
    return WorkerPool(partial(run_job, store, limits), size=state.config.query_workers)


def run_job(store: Store, limits: QueryLimits, job: QueryJob | RowsJob) -> Reply | Rows | JobError:
    """Run one job in a worker: a protocol query, or the rows of a page's query."""
    if isinstance(job, RowsJob):
        return run_rows(store, job)
    if isinstance(store, OxigraphStore):
        return execute_native(store, limits, job)
    return execute_query(store, limits, job)
