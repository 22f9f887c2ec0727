"""Recording resolutions in the imported graph, and reading the records back.

A merge is applied to the incoming triples only: the importer's IRI is replaced by the
existing one, ``<incoming> owl:sameAs <existing>`` is asserted, and a
``dockg:MergedMatch`` record (a reified owl:sameAs statement with its
``dockg:matchReason``\\s) says why. A candidate pair gets a ``dockg:CandidateMatch``
record and no owl:sameAs. Source files already in the project are never rewritten.
"""

from __future__ import annotations

import hashlib

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from dockg.iris import Kind, SlugError, mint
from dockg.namespaces import BASE, DOCKG, OWL, PROV, RDF
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


def add_records(graph: Graph, resolution: Resolution) -> None:
    """Add the record of every merge and candidate pair of a resolution to a graph.

    A candidate found for an entity that was also merged is recorded of the entity it was
    merged into.
    """
    mapping = resolution.mapping()
    for merge in resolution.merges:
        add_record(graph, merge)
    for candidate in resolution.candidates:
        add_record(
            graph,
            Candidate(
                mapping.get(candidate.incoming, candidate.incoming),
                candidate.existing,
                candidate.reasons,
            ),
        )


def apply_resolution(
    incoming: Graph,
    resolution: Resolution,
    *,
    existing: Graph | None = None,
    quoted_from: URIRef | None = None,
) -> Graph:
    """The incoming triples with merges applied and every decision recorded.

    Args:
        incoming: the triples an importer built for one source.
        resolution: from :func:`~dockg.resolution.resolve.resolve_incoming`.
        existing: the graph resolved against; if given, every single-valued fact the
            merged triples now contradict is recorded as claims (see :func:`claim_clashes`),
            so the project still builds and ``dockg conflicts`` shows both values.

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
    add_records(result, resolution)
    if existing is not None:
        claim_clashes(result, existing, quoted_from=quoted_from)
    return result


def _claimed(graph: Graph, subject: Node, predicate: Node, value: Node) -> bool:
    return any(
        (claim, RDF.type, DOCKG.Claim) in graph
        and (claim, RDF.predicate, predicate) in graph
        and (claim, RDF.object, value) in graph
        for claim in graph.subjects(RDF.subject, subject)
    )


def _claim_iri(subject: Node, predicate: Node, value: Node) -> URIRef:
    parts = [_tail(URIRef(str(subject))), str(predicate).rsplit("/", 1)[-1].rsplit("#", 1)[-1]]
    try:
        return mint(Kind.CLAIM, "clash", *parts, str(value))
    except SlugError:  # a value with no ASCII letters or digits
        digest = hashlib.sha1(value.n3().encode("utf-8")).hexdigest()[:12]
        return mint(Kind.CLAIM, "clash", *parts, digest)


def claim_clashes(
    result: Graph, existing: Graph, *, quoted_from: URIRef | None = None
) -> list[URIRef]:
    """Record as claims the single-valued facts on which an import and the graph differ.

    The graph's check ``undocumented-conflict`` wants every value of a contested
    single-valued property (``dockg:SingleValuedProperty`` in ``existing``) to be a
    ``dockg:Claim``. Importers claim the values they read, with the quoted evidence; a
    value already in the graph may have no claim (curated facts often have none), and
    then this adds one, saying that the value was in the graph when the source was
    imported. Values already claimed are left alone.

    Args:
        result: the import's graph after merges; claims are added to it.
        existing: the graph resolved against (materialized: it holds the ontology).
        quoted_from: the document the import read (its ``dockg:SourceDocument``): a claim
            of a value this import states is ``prov:wasQuotedFrom`` it, so the union
            export still leads from the value to its source. A value that was in the
            graph before keeps the claim without a document: the merged graph does not
            tell which source stated it.

    Returns:
        The IRIs of the claims added.
    """
    properties = set(existing.subjects(RDF.type, DOCKG.SingleValuedProperty))
    added = []
    for predicate in sorted(properties, key=str):
        for subject in sorted(set(result.subjects(predicate, None)), key=str):
            ours = set(result.objects(subject, predicate))
            theirs = set(existing.objects(subject, predicate))
            if not theirs or ours == theirs or not (ours | theirs) - (ours & theirs):
                continue
            for value in sorted(ours | theirs, key=lambda v: v.n3()):
                if _claimed(result, subject, predicate, value) or _claimed(
                    existing, subject, predicate, value
                ):
                    continue
                location = "this import" if value in ours else "the graph before this import"
                claim = _claim_iri(subject, predicate, value)
                result.add((claim, RDF.type, DOCKG.Claim))
                result.add((claim, RDF.subject, subject))
                result.add((claim, RDF.predicate, predicate))
                result.add((claim, RDF.object, value))
                result.add((claim, DOCKG.evidence, Literal(str(value))))
                result.add((claim, DOCKG.sourceLocation, Literal(f"value stated in {location}")))
                if quoted_from is not None and value in ours:
                    result.add((claim, PROV.wasQuotedFrom, quoted_from))
                added.append(claim)
    return added
