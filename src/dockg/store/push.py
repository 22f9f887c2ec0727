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
one copy of a triple per graph that states it.

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

from rdflib import BNode, URIRef
from rdflib.term import Node

from dockg.errors import RemoteError
from dockg.iris import mint_graph
from dockg.store.base import Store
from dockg.store.sparql import SparqlStore, Unavailable
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
    """

    graphs: int
    triples: int
    requests: int
    retries: int
    seconds: float


_STAGING = "dockg-push-staging"


def staging_graph(graph: URIRef) -> URIRef:
    """The graph a large graph is uploaded into before it is moved in place."""
    return mint_graph(_STAGING, hashlib.sha256(str(graph).encode()).hexdigest()[:20])


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


def _data(graph: URIRef | None, triples: list[Triple]) -> str:
    body = "\n".join(f"{nt_term(s)} {nt_term(p)} {nt_term(o)} ." for s, p, o in triples)
    return body if graph is None else f"GRAPH {nt_term(graph)} {{\n{body}\n}}"


def _leave_union(graph: URIRef) -> str:
    """Remove from the default graph the triples only ``graph`` has (staging aside)."""
    g, staging = nt_term(graph), nt_term(mint_graph(_STAGING))
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} FILTER NOT EXISTS {{ "
        f"GRAPH ?h {{ ?s ?p ?o }} FILTER (?h != {g} && !STRSTARTS(STR(?h), STR({staging}))) }} }}"
    )


def graph_requests(graph: URIRef, triples: list[Triple], *, chunk: int) -> list[str]:
    """The update requests that replace one graph, the last one making the change visible.

    Args:
        graph: the graph to replace.
        triples: its new content.
        chunk: the most triples per request (blank-node groups may exceed it).

    Returns:
        One request if the graph fits in one chunk; else one per chunk into the staging
        graph (the first clearing it) and a final ``MOVE``.
    """
    parts = list(chunks(triples, chunk))
    g = nt_term(graph)
    if len(parts) <= 1:
        # One operation holds both copies, so their blank nodes are the same nodes.
        both = f"{_data(graph, triples)}\n{_data(None, triples)}"
        return [f"{_leave_union(graph)} ;\nDROP SILENT GRAPH {g} ;\nINSERT DATA {{ {both} }}"]
    staging = nt_term(staging_graph(graph))
    first = _data(staging_graph(graph), parts[0])
    requests = [f"DROP SILENT GRAPH {staging} ;\nINSERT DATA {{ {first} }}"]
    requests += [f"INSERT DATA {{ {_data(staging_graph(graph), part)} }}" for part in parts[1:]]
    requests.append(
        f"{_leave_union(graph)} ;\nMOVE SILENT GRAPH {staging} TO GRAPH {g} ;\n"
        f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"
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
        What was pushed.

    Raises:
        RemoteError: if the server fails for good; the message says which graph, that
            earlier graphs are complete and later ones untouched, and to push again.
        UsageError: if the target has no update URL.
    """
    start = time.perf_counter()
    graphs = source.named_graphs()
    sent = requests_sent = retried = 0
    for number, graph in enumerate(graphs, start=1):
        triples = [(s, p, o) for s, p, o, _ in source.quads(graph)]
        requests = graph_requests(graph, triples, chunk=chunk)
        sizes = (
            [len(part) for part in chunks(triples, chunk)] if len(requests) > 1 else [len(triples)]
        )
        for attempt in range(retries + 1):
            try:
                for index, request in enumerate(requests):
                    requests_sent += 1
                    target.update(request)
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
    return PushSummary(
        graphs=len(graphs),
        triples=sent,
        requests=requests_sent,
        retries=retried,
        seconds=time.perf_counter() - start,
    )
