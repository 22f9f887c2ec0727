"""A remote store: any SPARQL 1.1 endpoint, through SPARQLWrapper.

Queries go to the query URL with the SPARQL protocol; parameters are bound by a
``VALUES`` block (:mod:`dockg.store.values`) since a remote endpoint takes no
``initBindings``. Writes are SPARQL Update requests to the update URL. Every failure of
the endpoint (down, wrong URL, not SPARQL, too slow, refusing) becomes a
:class:`~dockg.errors.RemoteError` that names the URL and says what to check.

Queries without ``GRAPH`` read the endpoint's default graph, which must hold the union of
the named graphs, each triple once: ``dockg push`` keeps it so. (A server's own
union-default-graph setting, e.g. ``oxigraph serve --union-default-graph``, repeats a
triple once per graph stating it, so counts would differ from the other stores.)

Virtuoso has no default graph of its own to fill: without a dataset its queries read
every graph at once (its system graphs included, a triple once per graph). The store
detects it (:attr:`SparqlStore.dialect`, one ``ASK`` for Virtuoso's ``virtrdf#`` graph)
and then keeps the union in the named graph :data:`UNION_GRAPH`, sending every query
with that graph as default graph and dockg's own graphs (those declaring themselves a
``dockg:SourceGraph``) as named graphs. Two more Virtuoso 7.2 quirks are settled here and
in :mod:`dockg.store.push`: it refuses blank nodes in ``INSERT DATA`` (push writes an
``INSERT {…} WHERE {}`` template instead) and cannot parse ``xsd:duration`` literals (push
writes each as its number of seconds, typed with ``STRDT``, which Virtuoso stores; this
store reads ``"1015"^^xsd:duration`` back as ``"PT16M55S"``). Virtuoso also answers
booleans as ``"1"``/``"0"``, read back as ``true``/``false``.
"""

from __future__ import annotations

import ast
import io
import socket
import time
import urllib.error
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from http.client import HTTPException

from rdflib import XSD, Graph, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Identifier
from SPARQLWrapper import JSON, POST, POSTDIRECTLY, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
    Unauthorized,
)

from dockg.errors import RemoteError, UsageError
from dockg.iris import mint_graph
from dockg.loading import quiet_ill_typed_literals
from dockg.namespaces import DOCKG
from dockg.store.base import Quad
from dockg.store.convert import XSD_STRING, canonical_terms
from dockg.store.values import query_form, with_values

_RESULT_TYPES = ("application/sparql-results+json", "application/json")
_GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}


#: Where dockg keeps the union of the pushed graphs on a server without a plain default
#: graph (Virtuoso).
UNION_GRAPH = mint_graph("dockg-union")

#: A graph every Virtuoso server has (its quad map definitions).
VIRTUOSO_GRAPH = URIRef("http://www.openlinksw.com/schemas/virtrdf#")

#: The graphs dockg manages on a server: each declares itself a source graph, as every
#: graph file of a project does (and no staging or union graph does).
MANAGED_GRAPHS = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g a <{DOCKG.SourceGraph}> }} }}"


#: How long a remote store trusts its list of dockg's graphs on the server (Virtuoso).
MANAGED_SECONDS = 2.0


class Unavailable(RemoteError):
    """A failure that may pass: no connection, no answer in time, or an HTTP 5xx."""


def connection_failure(
    url: str,
    error: OSError | HTTPException,
    *,
    timeout: float,
    failure: type[RemoteError] = Unavailable,
    what: str = "server",
) -> RemoteError:
    """What a request that got no HTTP answer failed on, said for a user.

    Args:
        url: the endpoint.
        error: the ``URLError`` (no connection), ``TimeoutError`` or connection error.
        timeout: the seconds the request was given.
        failure: the error class to say it with.
        what: what should be running there (``server``, ``endpoint``).
    """
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, TimeoutError | socket.timeout):
        return failure(f"{url}: no answer within {timeout:g} s")
    if isinstance(error, urllib.error.URLError):
        return failure(f"{url}: cannot connect ({reason}); is the {what} running?")
    return failure(f"{url}: the connection failed ({error})")


@dataclass(frozen=True)
class Dialect:
    """How a server needs dockg's graphs written and read.

    Attributes:
        name: shown in messages.
        union_graph: the named graph holding the union of the pushed graphs, queried as
            the default graph; ``None``: the server's own default graph holds it.
        insert_templates: write data as ``INSERT {…} WHERE {…}`` (blank nodes allowed,
            durations typed with ``STRDT``) instead of ``INSERT DATA``.
    """

    name: str
    union_graph: URIRef | None = None
    insert_templates: bool = False


STANDARD = Dialect("SPARQL 1.1")
VIRTUOSO = Dialect("Virtuoso", union_graph=UNION_GRAPH, insert_templates=True)


@dataclass(frozen=True)
class Auth:
    """Credentials for an endpoint: HTTP basic (user, password) or a bearer token."""

    user: str | None = None
    password: str | None = None
    token: str | None = None


def _plain(term: Identifier | None) -> Identifier | None:
    """Drop ``xsd:string`` from simple literals, as the other stores have them."""
    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) == XSD_STRING:
        return Literal(str(term))
    return term


@cache
def _duration(seconds: float) -> Literal:
    sign, magnitude = ("-" if seconds < 0 else ""), abs(seconds)
    amount = str(int(magnitude)) if magnitude.is_integer() else repr(magnitude)
    written = Literal(f"{sign}PT{amount}S", datatype=XSD.duration)
    return canonical_terms([written])[written]  # type: ignore[return-value]


def _stored_form(term: Identifier | None) -> Identifier | None:
    """Virtuoso's stored forms back to canonical literals.

    Virtuoso keeps a duration as a number of seconds (``"1015"`` → ``"PT16M55S"``) and a
    boolean as ``"1"`` or ``"0"``. Neither is a valid lexical form of its type, so no
    other server's literal is changed.
    """
    if not isinstance(term, Literal):
        return term
    if term.datatype == XSD.duration:
        try:
            return _duration(float(str(term)))
        except ValueError:
            return term
    if term.datatype == XSD.boolean and str(term) in ("0", "1"):
        return Literal(str(term) == "1")
    return term


def _ask_result(selected: Result) -> Result:
    """Virtuoso 7 answers ``ASK`` as one row of ``__ASK_RETVAL`` (1 or 0): a boolean."""
    values = [row.get(Variable("__ASK_RETVAL")) for row in selected.bindings]
    result = Result("ASK")
    result.askAnswer = any(
        value is not None and str(value) not in ("0", "false") for value in values
    )
    return result


def _excerpt(data: bytes | str | None, limit: int = 200) -> str:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else str(data or "")
    text = " ".join(text.split())
    return text[:limit] + ("…" if len(text) > limit else "")


def _server_said(error: SPARQLWrapperException) -> str:
    """What the server answered, as text: SPARQLWrapper words an error as its own sentence
    followed by the ``repr`` of the body (``b'...'``), which no researcher should read."""
    text = str(error)
    head, marker, body = text.partition("\n\nResponse:\n")
    if not marker:
        return _excerpt(head.split(": ", 1)[-1])
    try:
        answer = ast.literal_eval(body)
    except (SyntaxError, ValueError):
        answer = body
    said = _excerpt(answer)
    return said or "the server gave no reason"


class SparqlStore:
    """A :class:`~dockg.store.base.Store` on a remote SPARQL endpoint.

    Args:
        query_url: the SPARQL query endpoint.
        update_url: the SPARQL update endpoint (needed only to write).
        auth: credentials, if the endpoint needs them.
        timeout: seconds to wait for an answer.
        source_files: called once, when needed, for graph → local file (the remote
            store cannot know the project's files).
    """

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        *,
        auth: Auth | None = None,
        timeout: float = 120.0,
        source_files: Callable[[], dict[URIRef, str]] | None = None,
    ) -> None:
        self.query_url = query_url
        self.update_url = update_url
        self.auth = auth
        self.timeout = timeout
        self._source_files = source_files
        self._managed_cache: tuple[float, list[URIRef]] | None = None

    @cached_property
    def source_files(self) -> dict[URIRef, str]:
        """Graph IRI → the local project file that declares it (as far as known)."""
        return self._source_files() if self._source_files else {}

    def _wrapper(self, text: str) -> SPARQLWrapper:
        wrapper = SPARQLWrapper(self.query_url, updateEndpoint=self.update_url)
        wrapper.setTimeout(int(self.timeout) or 1)
        wrapper.setMethod(POST)
        if self.auth is not None:
            if self.auth.token:
                wrapper.addCustomHttpHeader("Authorization", f"Bearer {self.auth.token}")
            elif self.auth.user:
                wrapper.setCredentials(self.auth.user, self.auth.password or "")
        wrapper.setQuery(text)
        return wrapper

    def _send(self, wrapper: SPARQLWrapper, url: str, *, writing: bool) -> tuple[bytes, str]:
        """Send a request; return the body and its media type, or raise a RemoteError."""
        try:
            response = wrapper.query().response
            body = response.read()
            media = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            return body, media
        except QueryBadFormed as error:
            raise UsageError(
                f"{url} rejected the request as malformed: {_server_said(error)}"
            ) from error
        except EndPointNotFound as error:
            raise RemoteError(f"{url}: not found (HTTP 404); check the endpoint URL") from error
        except Unauthorized as error:
            if self.auth is not None and (self.auth.token or self.auth.user):
                given = "token" if self.auth.token else f"user name {self.auth.user!r} and password"
                raise RemoteError(
                    f"{url}: the server refused the credentials given (HTTP 401): check the {given}"
                ) from error
            raise RemoteError(
                f"{url}: unauthorized (HTTP 401); give credentials (--user/--password or "
                "--token, or DOCKG_SPARQL_USER/DOCKG_SPARQL_PASSWORD/DOCKG_SPARQL_TOKEN)"
            ) from error
        except EndPointInternalError as error:
            if writing and "SECURITY" in str(error):  # Virtuoso: "SR186:SECURITY: No permission"
                raise RemoteError(
                    f"{url}: refused the update (HTTP 500, Virtuoso: no permission); the "
                    "server is read-only or these credentials may not write"
                ) from error
            raise Unavailable(f"{url}: server error (HTTP 500): {_server_said(error)}") from error
        except SPARQLWrapperException as error:
            raise RemoteError(f"{url}: {_server_said(error)}") from error
        except urllib.error.HTTPError as error:
            if writing and error.code in (403, 405):
                raise RemoteError(
                    f"{url}: refused the update (HTTP {error.code}); the server is read-only "
                    "or these credentials may not write"
                ) from error
            if not writing and error.code == 406:
                raise RemoteError(
                    f"{url}: HTTP 406 {error.reason}: it has no SPARQL results to offer; is "
                    "it a SPARQL query endpoint?"
                ) from error
            failure = Unavailable if error.code >= 500 else RemoteError
            raise failure(f"{url}: HTTP {error.code} {error.reason}") from error
        except (HTTPException, OSError) as error:  # URLError and TimeoutError are OSErrors
            raise connection_failure(url, error, timeout=self.timeout) from error

    @cached_property
    def dialect(self) -> Dialect:
        """What kind of server this is: Virtuoso (found by its ``virtrdf#`` graph) or not."""
        result = self._run(f"ASK {{ GRAPH <{VIRTUOSO_GRAPH}> {{ ?s ?p ?o }} }}")
        return VIRTUOSO if result.askAnswer else STANDARD

    def _managed(self, *, fresh: bool = False) -> list[URIRef]:
        """dockg's graphs on the server, asked again after :data:`MANAGED_SECONDS`.

        Queries on Virtuoso name them as the dataset's named graphs; a long-running reader
        (``dockg serve``) sees graphs pushed meanwhile within that time.
        """
        now = time.monotonic()
        if fresh or self._managed_cache is None or now - self._managed_cache[0] > MANAGED_SECONDS:
            rows = self._run(MANAGED_GRAPHS)
            graphs = sorted((r[0] for r in rows if isinstance(r[0], URIRef)), key=str)  # type: ignore[index]
            self._managed_cache = (now, graphs)
        return list(self._managed_cache[1])

    def query(
        self,
        text: str,
        *,
        bindings: Mapping[str, Identifier] | None = None,
        default_graphs: Sequence[URIRef] | None = None,
        named_graphs: Sequence[URIRef] | None = None,
    ) -> Result:
        """Run a SPARQL query remotely; see :meth:`dockg.store.base.Store.query`.

        On a server whose union lives in a named graph (Virtuoso), a query without a
        dataset of its own reads that graph as default graph and dockg's graphs as named
        graphs.
        """
        union = self.dialect.union_graph
        if union is not None and default_graphs is None and named_graphs is None:
            default_graphs, named_graphs = [union], self._managed() or [union]
        return self._run(
            with_values(text, bindings), default_graphs=default_graphs, named_graphs=named_graphs
        )

    def _run(
        self,
        text: str,
        *,
        default_graphs: Sequence[URIRef] | None = None,
        named_graphs: Sequence[URIRef] | None = None,
    ) -> Result:
        """Send a query as it is, with the dataset given, and read the answer."""
        form = query_form(text)
        if form is None:
            raise UsageError("not a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE)")
        wrapper = self._wrapper(text)
        # SPARQLWrapper's own guess can read a word in a comment as an update keyword
        # and send the query as an update: the form comes from a real tokenizer here.
        wrapper.queryType = form
        if wrapper.queryType in ("CONSTRUCT", "DESCRIBE"):
            wrapper.setReturnFormat(TURTLE)
        else:
            wrapper.setReturnFormat(JSON)
        for name in default_graphs or ():
            wrapper.addDefaultGraph(str(name))
        for name in named_graphs or ():
            wrapper.addNamedGraph(str(name))
        if named_graphs is not None and default_graphs is None:
            for name in named_graphs:
                wrapper.addDefaultGraph(str(name))
        body, media = self._send(wrapper, self.query_url, writing=False)
        if media in _GRAPH_TYPES and wrapper.queryType in ("CONSTRUCT", "DESCRIBE"):
            graph = Graph()
            try:
                with quiet_ill_typed_literals():
                    graph.parse(data=body, format=_GRAPH_TYPES[media])
            except Exception as error:  # rdflib's parsers raise many types
                raise RemoteError(
                    f"{self.query_url}: unreadable {media} answer: {error}"
                ) from error
            result = Result("CONSTRUCT")
            result.graph = graph
            return result
        if media not in _RESULT_TYPES:
            raise RemoteError(
                f"{self.query_url} answered with {media or 'no media type'}, not SPARQL "
                f"results; is it a SPARQL query endpoint? ({_excerpt(body, 80)})"
            )
        try:
            with quiet_ill_typed_literals():
                result = Result.parse(io.BytesIO(body), format="json")
        except Exception as error:  # malformed JSON or not the SPARQL results shape
            raise RemoteError(
                f"{self.query_url}: the answer is not SPARQL JSON results ({error})"
            ) from error
        if result.type == "SELECT" and wrapper.queryType == "ASK":
            return _ask_result(result)
        if result.type == "SELECT":
            result.bindings = [
                {var: _stored_form(_plain(term)) for var, term in row.items()}  # type: ignore[misc]
                for row in result.bindings
            ]
        return result

    def update(self, text: str) -> None:
        """Send one SPARQL Update request (applied atomically by transactional servers).

        Args:
            text: the update.

        Raises:
            UsageError: if the store has no update URL.
            RemoteError: if the endpoint fails or refuses.
        """
        url = self.require_update_url()
        wrapper = self._wrapper(text)
        wrapper.setRequestMethod(POSTDIRECTLY)
        self._managed_cache = None  # the graphs may change
        self._send(wrapper, url, writing=True)

    def require_update_url(self) -> str:
        """The update URL; raises :class:`UsageError` if the store has none."""
        if self.update_url is None:
            raise UsageError(
                f"no update endpoint: give --store sparql:{self.query_url},UPDATE_URL to write"
            )
        return self.update_url

    def named_graphs(self) -> list[URIRef]:
        """The endpoint's named graphs, sorted by IRI (on Virtuoso: dockg's graphs only)."""
        if self.dialect.union_graph is not None:
            return self._managed()
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted((r[0] for r in rows if isinstance(r[0], URIRef)), key=str)  # type: ignore[index]

    def graphs_starting_with(self, prefix: str) -> list[URIRef]:
        """Every graph on the server whose IRI starts with ``prefix``, whatever the dialect.

        Args:
            prefix: the start of the IRIs (bound as a value, not pasted into the query).

        Returns:
            The graphs, sorted by IRI.
        """
        text = (
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            "FILTER (STRSTARTS(STR(?g), ?prefix)) }"
        )
        rows = self._run(with_values(text, {"prefix": Literal(prefix)}))
        return sorted((r[0] for r in rows if isinstance(r[0], URIRef)), key=str)  # type: ignore[index]

    def managed_graphs(self) -> list[URIRef]:
        """The graphs on the server that declare themselves a ``dockg:SourceGraph``."""
        return self._managed(fresh=True)

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        """Every quad of the named graphs, or of one, in one query (blank nodes consistent)."""
        query = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        bindings = {"g": graph} if graph is not None else None
        rows = self.query(query, bindings=bindings)
        yield from ((row[0], row[1], row[2], row[3]) for row in rows)  # type: ignore[index,misc]

    def __len__(self) -> int:
        [(count,)] = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")  # type: ignore[misc]
        return int(count)

    def close(self) -> None:
        """Nothing is kept open between requests."""
