"""Uploading the project's named graphs to a remote SPARQL store, each atomically.

A reader of the remote store must never see half a graph. A graph small enough for one
request is replaced by one SPARQL Update request (``DROP SILENT GRAPH g ; INSERT DATA
{ GRAPH g { ... } }``), which a transactional server applies all or nothing. A larger
graph is uploaded in chunks into a *staging* graph, and moved over the real one by a
single ``MOVE`` request at the end: until that request the old graph is intact, after it
the new one is complete.

The same requests keep the server's default graph equal to the union of the pushed
graphs, each triple once (as dockg's own stores have it, see :mod:`dockg.store.oxigraph`):
the old graph's triples that no other graph has leave the default graph, the new ones
enter it. So the server needs no union-default-graph setting, and queries see a set, not
one copy of a triple per graph that states it. On Virtuoso, whose default graph is every
graph at once, the union is kept in a named graph instead (``SparqlStore.dialect``), and
data is written as ``INSERT {…} WHERE {…}`` templates, since Virtuoso 7.2 refuses blank
nodes in ``INSERT DATA`` and cannot parse ``xsd:duration`` literals (they are typed with
``STRDT``).

Chunks never split a blank node's triples (each ``INSERT DATA`` request has its own
blank node scope). Failures that may pass (connection refused or reset, timeout,
HTTP 5xx) are retried with exponential backoff; a retry uploads the whole graph again
from its first chunk, which clears the staging graph, so a chunk that reached the server
before its answer was lost is not added twice. Pushing again after a failure replaces
every graph again: nothing is lost and nothing is duplicated.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import timedelta

from rdflib import XSD, BNode, Literal, URIRef
from rdflib.term import Node

from dockg.crash import crash_point
from dockg.errors import RemoteError
from dockg.iris import PUSH_STAGING
from dockg.store.base import Store
from dockg.store.sparql import STANDARD, Dialect, SparqlStore, Unavailable
from dockg.terms import nt_term

Triple = tuple[Node, Node, Node]

#: Triples per request; about 5 MB of SPARQL at typical IRI lengths.
DEFAULT_CHUNK = 25_000


@dataclass(frozen=True)
class PushSummary:
    """What a push did.

    Attributes:
        graphs: graphs replaced on the server.
        triples: triples uploaded.
        requests: update requests sent (retries included).
        retries: graph uploads started again after a failure that may pass.
        seconds: wall-clock time.
        staging_dropped: staging graphs of interrupted earlier pushes, dropped at the end.
    """

    graphs: int
    triples: int
    requests: int
    retries: int
    seconds: float
    staging_dropped: tuple[URIRef, ...] = ()


def staging_graph(graph: URIRef) -> URIRef:
    """The graph a large graph is uploaded into before it is moved in place.

    Its IRI starts with :data:`~dockg.iris.PUSH_STAGING`, so a later push finds and drops
    it if this push is interrupted (:func:`drop_staging`).
    """
    return URIRef(f"{PUSH_STAGING}-{hashlib.sha256(str(graph).encode()).hexdigest()[:20]}")


def drop_staging(target: SparqlStore) -> list[URIRef]:
    """Drop the staging graphs that interrupted pushes left on the server.

    A push killed (or failed for good) between its first chunk and the ``MOVE`` leaves its
    staging graph behind; readers that list graphs would see it. Only graphs whose IRI
    starts with :data:`~dockg.iris.PUSH_STAGING` are dropped: nothing but dockg makes
    those. Two pushes to one server at once are not supported (they would share them).

    Args:
        target: the remote store, with an update URL.

    Returns:
        The graphs dropped, sorted by IRI.
    """
    found = target.graphs_starting_with(str(PUSH_STAGING))
    for graph in found:
        target.update(f"DROP SILENT GRAPH {nt_term(graph)}")
    return found


def blank_node_groups(triples: Iterable[Triple]) -> list[list[Triple]]:
    """Group triples so that all triples sharing a blank node are in one group.

    Args:
        triples: one graph's triples.

    Returns:
        Groups: one per connected set of blank nodes, then each triple without blank
        nodes alone, in input order.
    """
    parent: dict[BNode, BNode] = {}

    def find(node: BNode) -> BNode:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    triples = list(triples)
    for s, _, o in triples:
        if isinstance(s, BNode) and isinstance(o, BNode):
            parent[find(s)] = find(o)
    groups: dict[BNode, list[Triple]] = {}
    result: list[list[Triple]] = []
    for triple in triples:
        s, _, o = triple
        anchor = s if isinstance(s, BNode) else o if isinstance(o, BNode) else None
        if anchor is None:
            result.append([triple])
            continue
        root = find(anchor)
        if root not in groups:
            groups[root] = []
            result.append(groups[root])
        groups[root].append(triple)
    return result


def chunks(triples: Iterable[Triple], size: int) -> Iterator[list[Triple]]:
    """Cut a graph's triples into chunks of about ``size``, blank nodes kept together."""
    chunk: list[Triple] = []
    for group in blank_node_groups(triples):
        if chunk and len(chunk) + len(group) > size:
            yield chunk
            chunk = []
        chunk.extend(group)
    if chunk:
        yield chunk


def _lines(triples: list[Triple], term: Callable[[Node], str] = nt_term) -> str:
    return "\n".join(f"{term(s)} {term(p)} {term(o)} ." for s, p, o in triples)


def _insert_data(graph: URIRef, triples: list[Triple]) -> str:
    return f"INSERT DATA {{ GRAPH {nt_term(graph)} {{\n{_lines(triples)}\n}} }}"


def _seconds(duration: Literal, graph: URIRef) -> str:
    """A day-time duration's number of seconds, the one form Virtuoso 7.2 stores intact.

    Its parser misreads seconds (``"PT55S"`` becomes 55.55) and keeps year-month
    durations as a bare number of months, indistinguishable from seconds. An ill-typed
    duration is sent as written (Virtuoso keeps it so, and it reads back unchanged).

    Raises:
        RemoteError: for a year-month (or invalid) duration.
    """
    value = duration.value
    if value is None:  # ill-typed ("16min"): Virtuoso keeps such a text as it is
        return str(duration)
    if not isinstance(value, timedelta):
        raise RemoteError(
            f"cannot push {nt_term(duration)} in graph {graph} to Virtuoso: it stores "
            "durations as seconds, and this one is not a day-time duration"
        )
    seconds = value.total_seconds()
    return str(int(seconds)) if seconds.is_integer() else repr(seconds)


def _insert_template(graph: URIRef, triples: list[Triple]) -> str:
    """``INSERT {…} WHERE {…}``, for Virtuoso: blank nodes allowed, durations in seconds."""
    durations: dict[Literal, str] = {}

    def term(node: Node) -> str:
        if isinstance(node, Literal) and node.datatype == XSD.duration:
            return durations.setdefault(node, f"?d{len(durations)}")
        return nt_term(node)

    body = _lines(triples, term)
    binds = " ".join(
        f"BIND (STRDT({nt_term(Literal(_seconds(lit, graph)))}, {nt_term(XSD.duration)}) AS {var})"
        for lit, var in durations.items()
    )
    return f"INSERT {{ GRAPH {nt_term(graph)} {{\n{body}\n}} }} WHERE {{ {binds} }}"


def _in_union(union: URIRef | None, pattern: str) -> str:
    return pattern if union is None else f"GRAPH {nt_term(union)} {{ {pattern} }}"


def _leave_union(graph: URIRef, union: URIRef | None) -> str:
    """Remove from the union the triples only ``graph`` has (staging and union aside)."""
    g, staging = nt_term(graph), nt_term(PUSH_STAGING)
    others = f"?h != {g} && !STRSTARTS(STR(?h), STR({staging}))"
    if union is not None:
        others += f" && ?h != {nt_term(union)}"
    return (
        f"DELETE {{ {_in_union(union, '?s ?p ?o')} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER ({others}) }} }}"
    )


def _enter_union(graph: URIRef, union: URIRef | None) -> str:
    """Copy ``graph`` into the union (a triple already there stays once)."""
    return (
        f"INSERT {{ {_in_union(union, '?s ?p ?o')} }} "
        f"WHERE {{ GRAPH {nt_term(graph)} {{ ?s ?p ?o }} }}"
    )


def graph_requests(
    graph: URIRef, triples: list[Triple], *, chunk: int, dialect: Dialect = STANDARD
) -> list[str]:
    """The update requests that replace one graph, the last one making the change visible.

    Args:
        graph: the graph to replace.
        triples: its new content.
        chunk: the most triples per request (blank-node groups may exceed it).
        dialect: how the server wants data written and where it keeps the union.

    Returns:
        One request if the graph fits in one chunk; else one per chunk into the staging
        graph (the first clearing it) and a final ``MOVE``. The request that changes the
        graph also takes its old triples out of the union and puts its new ones in.
    """
    insert = _insert_template if dialect.insert_templates else _insert_data
    union = dialect.union_graph
    parts = list(chunks(triples, chunk))
    g = nt_term(graph)
    if len(parts) <= 1:
        return [
            f"{_leave_union(graph, union)} ;\nDROP SILENT GRAPH {g} ;\n"
            f"{insert(graph, triples)} ;\n{_enter_union(graph, union)}"
        ]
    staging = staging_graph(graph)
    requests = [f"DROP SILENT GRAPH {nt_term(staging)} ;\n{insert(staging, parts[0])}"]
    requests += [insert(staging, part) for part in parts[1:]]
    requests.append(
        f"{_leave_union(graph, union)} ;\nMOVE SILENT GRAPH {nt_term(staging)} TO GRAPH {g} ;\n"
        f"{_enter_union(graph, union)}"
    )
    return requests


def push(
    source: Store,
    target: SparqlStore,
    *,
    chunk: int = DEFAULT_CHUNK,
    retries: int = 4,
    backoff: float = 0.5,
    progress: Callable[[int], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> PushSummary:
    """Replace each of the source's named graphs on the remote store.

    Args:
        source: the local store (the project loaded, with the schema.org view).
        target: the remote store, with an update URL.
        chunk: the most triples per request.
        retries: how many times a graph upload is started again after a failure that
            may pass.
        backoff: seconds before the first retry; doubled for each further one.
        progress: called with the number of triples each time a request succeeds.
        sleep: how to wait (tests pass a recorder).

    Returns:
        What was pushed. Staging graphs left by interrupted pushes are dropped at the end.

    Raises:
        RemoteError: if the server fails for good; the message says which graph, that
            earlier graphs are complete and later ones untouched, and to push again.
        UsageError: if the target has no update URL.
    """
    target.require_update_url()
    start = time.perf_counter()
    graphs = source.named_graphs()
    sent = requests_sent = retried = 0
    for number, graph in enumerate(graphs, start=1):
        triples = [(s, p, o) for s, p, o, _ in source.quads(graph)]
        parts = [len(part) for part in chunks(triples, chunk)]
        sizes = parts if len(parts) > 1 else [len(triples)]
        for attempt in range(retries + 1):
            try:
                requests = graph_requests(graph, triples, chunk=chunk, dialect=target.dialect)
                for index, request in enumerate(requests):
                    requests_sent += 1
                    target.update(request)
                    if index == 0 and len(requests) > 1:
                        crash_point("push:staged")
                    if progress is not None and index < len(sizes):
                        progress(sizes[index])
                break
            except Unavailable as error:
                if attempt == retries:
                    raise RemoteError(
                        f"push stopped at graph {number} of {len(graphs)} ({graph}) after "
                        f"{retries + 1} attempts: {error.message}. The {number - 1} graphs "
                        "before it are complete on the server and this one is unchanged; "
                        "run the same push again to finish"
                    ) from error
                retried += 1
                sleep(backoff * 2**attempt)
        sent += len(triples)
    try:  # last: no staging graph of this push is left, only interrupted ones'
        dropped = drop_staging(target)
    except RemoteError as error:
        raise RemoteError(
            f"every graph is pushed, but the staging graphs of an interrupted push could not "
            f"be dropped: {error.message}; run the same push again to drop them"
        ) from error
    return PushSummary(
        graphs=len(graphs),
        triples=sent,
        requests=requests_sent,
        retries=retried,
        seconds=time.perf_counter() - start,
        staging_dropped=tuple(dropped),
    )


def stale_graphs(source: Store, target: SparqlStore) -> list[URIRef]:
    """The graphs dockg manages on the server that the source no longer has.

    dockg manages a remote graph when the graph declares itself a ``dockg:SourceGraph``,
    as every graph file of a project does; nothing else on the server (its system
    graphs, other tools' graphs, dockg's staging and union graphs) is ever listed.

    Args:
        source: the local store (the project as it is now).
        target: the remote store.

    Returns:
        The stale graphs, sorted by IRI.
    """
    present = set(source.named_graphs())
    return [graph for graph in target.managed_graphs() if graph not in present]


def drop_graphs(target: SparqlStore, graphs: Iterable[URIRef]) -> list[URIRef]:
    """Drop graphs from the server, each in one request that also takes it out of the union.

    Args:
        target: the remote store.
        graphs: the graphs to drop (see :func:`stale_graphs`).

    Returns:
        The graphs dropped, in order.

    Raises:
        RemoteError: if the server fails; the graphs before the one named are dropped,
            the rest untouched, and running the same prune again finishes it.
    """
    dropped: list[URIRef] = []
    union = target.dialect.union_graph
    for graph in graphs:
        try:
            target.update(f"{_leave_union(graph, union)} ;\nDROP SILENT GRAPH {nt_term(graph)}")
        except RemoteError as error:
            raise RemoteError(
                f"prune stopped at {graph} after dropping {len(dropped)} graphs: "
                f"{error.message}; run the same push --prune again to finish"
            ) from error
        dropped.append(graph)
    return dropped
