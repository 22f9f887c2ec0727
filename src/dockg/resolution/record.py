"""Recording resolutions in the imported graph, and reading the records back.

A merge is applied to the incoming triples only: the importer's IRI is replaced by the
existing one, ``<incoming> owl:sameAs <existing>`` is asserted, and a
``dockg:MergedMatch`` record (a reified owl:sameAs statement with its
``dockg:matchReason``\\s) says why. A candidate pair gets a ``dockg:CandidateMatch``
record and no owl:sameAs. Source files already in the project are never rewritten.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from dockg.iris import Kind, mint
from dockg.namespaces import BASE, DOCKG, OWL, RDF
from dockg.resolution.model import Candidate, Merge, Resolution


def _tail(iri: URIRef) -> str:
    text = str(iri)
    prefix = f"{BASE}id/"
    return text[len(prefix) :] if text.startswith(prefix) else text


def record_iri(incoming: URIRef, existing: URIRef) -> URIRef:
    """The IRI of the record of a match: ``id/claim/same-as-{incoming}-{existing}``."""
    return mint(Kind.CLAIM, "same-as", _tail(incoming), _tail(existing))


def add_record(graph: Graph, match: Merge | Candidate) -> URIRef:
    """Add the record of a merge or candidate pair (and a merge's owl:sameAs) to a graph.

    Returns:
        The record's IRI.
    """
    record = record_iri(match.incoming, match.existing)
    merged = isinstance(match, Merge)
    graph.add((record, RDF.type, DOCKG.MergedMatch if merged else DOCKG.CandidateMatch))
    graph.add((record, RDF.subject, match.incoming))
    graph.add((record, RDF.predicate, OWL.sameAs))
    graph.add((record, RDF.object, match.existing))
    for reason in match.reasons:
        graph.add((record, DOCKG.matchReason, Literal(reason)))
    if merged:
        graph.add((match.incoming, OWL.sameAs, match.existing))
    return record


def apply_resolution(incoming: Graph, resolution: Resolution) -> Graph:
    """The incoming triples with merges applied and every decision recorded.

    Args:
        incoming: the triples an importer built for one source.
        resolution: from :func:`~dockg.resolution.resolve.resolve_incoming`.

    Returns:
        A new graph (the input is not changed) with the same namespace bindings: each
        merged IRI replaced by the existing one in every position, plus, for each merge,
        ``owl:sameAs`` and a ``dockg:MergedMatch`` record, and for each candidate a
        ``dockg:CandidateMatch`` record.
    """
    mapping = resolution.mapping()
    result = Graph()
    for prefix, namespace in incoming.namespaces():
        result.bind(prefix, namespace, override=True, replace=True)
    for s, p, o in incoming:
        result.add(
            (
                mapping.get(s, s) if isinstance(s, URIRef) else s,
                p,
                mapping.get(o, o) if isinstance(o, URIRef) else o,
            )
        )
    for merge in resolution.merges:
        add_record(result, merge)
    for candidate in resolution.candidates:
        add_record(
            result,
            Candidate(
                mapping.get(candidate.incoming, candidate.incoming),
                candidate.existing,
                candidate.reasons,
            ),
        )
    return result
