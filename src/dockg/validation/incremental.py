"""Incremental validation: after one source graph is added or replaced, validate only
what the change can affect, and keep every other result of the previous run.

What a compiled core constraint says about a focus node depends only on the node's own
triples (its types, its values) and on the types of its values (``sh:class``). So the
focus nodes to re-validate are the subjects of the triples that changed, and the nodes
that point to a subject whose ``rdf:type`` triples changed. The shapes' SPARQL
constraints can relate any nodes (editions of one festival), so they are re-run on the
whole graph: compiled on Oxigraph they are cheap.

The project's checks (``ontology/checks``) look one hop around their focus node: its
triples, the types of its values, the definitions of its properties, and the claims
about it. They are re-run for the affected nodes (and the subjects of changed claims) on
a small store holding just that neighbourhood, since on the whole store each check scans
every triple.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from dockg.loading import quiet_ill_typed_literals
from dockg.namespaces import RDF, SH
from dockg.store.convert import TermConverter
from dockg.validation.checks import CHECK
from dockg.validation.engine import (
    CompiledValidator,
    has_union_graph,
    run_check_on_store,
    validate_native,
)
from dockg.validation.report import ValidationResult

Triple = tuple[Node, Node, Node]
_RDF_SUBJECT = ox.NamedNode(str(RDF.subject))


@dataclass(frozen=True)
class Revalidation:
    """The outcome of validating a change.

    Attributes:
        results: all results for the new graph (kept ones and fresh ones).
        focus: the focus nodes that were re-validated.
    """

    results: list[ValidationResult]
    focus: frozenset[Node]


def affected_focus(native: ox.Store, changed: Iterable[Triple]) -> set[Node]:
    """The focus nodes whose core-constraint results a change can alter.

    Args:
        native: the store, after the change.
        changed: the triples added and the triples removed.

    Returns:
        The subjects of the changed triples and the nodes pointing to a subject whose
        types changed.
    """
    subjects: set[Node] = set()
    retyped: set[Node] = set()
    for s, p, _ in changed:
        subjects.add(s)
        if p == RDF.type:
            retyped.add(s)
    affected = set(subjects)
    iris = sorted((n for n in retyped if isinstance(n, URIRef)), key=str)
    terms = TermConverter()
    for start in range(0, len(iris), 500):
        values = " ".join(n.n3() for n in iris[start : start + 500])
        text = f"SELECT DISTINCT ?x WHERE {{ VALUES ?o {{ {values} }} ?x ?p ?o }}"
        answer = native.query(text, use_default_graph_as_union=not has_union_graph(native))
        assert isinstance(answer, ox.QuerySolutions)
        affected.update(terms.to_rdflib(row[0]) for row in answer)
    return affected


def _is_sparql(result: ValidationResult) -> bool:
    return result.component == SH.SPARQLConstraintComponent


def _is_check(result: ValidationResult) -> bool:
    return str(result.component).startswith(str(CHECK))


def neighbourhood(native: ox.Store, nodes: Iterable[Node]) -> ox.Store:
    """A store with the triples of ``nodes`` and of every node one hop around them.

    Args:
        native: the whole store.
        nodes: the focus nodes.

    Returns:
        A new in-memory store: the triples whose subject is one of ``nodes``, one of
        their values or properties, or a claim about one of them (``rdf:subject``). Other
        nodes pointing to them are left out: a person who worked on thousands of films
        would bring all those films in.
    """
    terms = TermConverter()
    focus = [terms.iri(n) for n in nodes if isinstance(n, URIRef)]
    around: set[ox.NamedNode | ox.BlankNode] = set(focus)
    for node in focus:
        for q in native.quads_for_pattern(node, None, None, None):
            around.add(q.predicate)
            if not isinstance(q.object, ox.Literal):
                around.add(q.object)  # type: ignore[arg-type]
        for q in native.quads_for_pattern(None, _RDF_SUBJECT, node, None):
            around.add(q.subject)  # type: ignore[arg-type]
    small = ox.Store()
    small.extend(q for n in around for q in native.quads_for_pattern(n, None, None, None))
    return small


def revalidate(
    native: ox.Store,
    validator: CompiledValidator,
    previous: Iterable[ValidationResult],
    changed: Iterable[Triple],
) -> Revalidation:
    """Update the results of a previous run after a change already made to the store.

    Args:
        native: the store, after the change.
        validator: the compiled shapes and checks.
        previous: every result of the last full (or incremental) run.
        changed: the triples added and removed.

    Returns:
        The results for the store as it is now: the same as a full run would give.
    """
    changed = list(changed)
    focus = affected_focus(native, changed)
    check_focus = focus | {o for _, p, o in changed if p == RDF.subject}
    kept = [
        r
        for r in previous
        if not _is_sparql(r) and r.focus not in (check_focus if _is_check(r) else focus)
    ]
    fresh = validate_native(native, validator, focus=focus, checks=False)
    if validator.checks and check_focus:
        small = neighbourhood(native, check_focus)
        terms = TermConverter()
        for check in validator.checks:
            with quiet_ill_typed_literals():
                found = run_check_on_store(small, check, terms)
            fresh.extend(r for r in found if r.focus in check_focus)
    return Revalidation(results=kept + fresh, focus=frozenset(focus))


def replace_source(
    native: ox.Store,
    graph: URIRef,
    triples: Iterable[Triple],
    validator: CompiledValidator,
    previous: Iterable[ValidationResult],
) -> Revalidation:
    """Add or replace one source graph, then validate what the change affects.

    Args:
        native: the store.
        graph: the named graph to (re)place.
        triples: its new triples.
        validator: the compiled shapes and checks.
        previous: every result for the store before the change.

    Returns:
        The results for the store with the new graph.
    """
    terms = TermConverter()
    name = terms.iri(graph)
    old = {
        (terms.to_rdflib(q.subject), terms.to_rdflib(q.predicate), terms.to_rdflib(q.object))
        for q in native.quads_for_pattern(None, None, None, name)
    }
    new = set(triples)
    union = has_union_graph(native)

    def stated(triple: Triple) -> bool:
        """True if a named graph states the triple (the union holds it)."""
        quad = terms.quad_to_ox(*triple, None)
        found = native.quads_for_pattern(quad.subject, quad.predicate, quad.object, None)
        return any(not isinstance(q.graph_name, ox.DefaultGraph) for q in found)

    # Only what changes in the union counts: restating a fact another source states
    # already (or dropping one another source keeps) changes no result.
    gained = {t for t in new - old if not stated(t)}
    native.remove_graph(name)
    native.extend(terms.quad_to_ox(s, p, o, graph) for s, p, o in new)
    lost = {t for t in old - new if not stated(t)}
    if union:  # keep the default graph the union of the named graphs
        native.extend(terms.quad_to_ox(s, p, o, None) for s, p, o in gained)
        for triple in lost:
            native.remove(terms.quad_to_ox(*triple, None))
    return revalidate(native, validator, previous, gained | lost)
