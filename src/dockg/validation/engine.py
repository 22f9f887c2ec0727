"""Running compiled validation on an Oxigraph store, with pySHACL for what is not compiled.

The results are :class:`~dockg.validation.report.ValidationResult` objects with the same
fields as pySHACL's on an rdflib graph of the same data (focus node, path, value, message,
severity, constraint component, source shape), so a report does not tell the two apart.
The project's whole-graph checks run on the store too.

pySHACL must never run on an Oxigraph-backed graph (it gives wrong results: see
PERFORMANCE.md): shapes that fall back to it get an rdflib copy of the data.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from dockg.errors import InputError
from dockg.loading import quiet_ill_typed_literals
from dockg.materialize import superterm_closure
from dockg.namespaces import RDF, RDFS, SH
from dockg.prefixes import bind_prefixes
from dockg.project import Project
from dockg.store.convert import TermConverter
from dockg.terms import display_term
from dockg.validation.checks import Check, load_checks, result_of_row
from dockg.validation.compiler import CompiledShapes, Constraint, Kind, compile_shapes
from dockg.validation.report import ValidationReport, ValidationResult
from dockg.validation.shapes import choose_message, project_shapes


@dataclass(frozen=True)
class CompiledValidator:
    """The project's shapes compiled for one store, and its checks.

    Attributes:
        shapes: the shapes graph (its blank nodes are the reported source shapes).
        compiled: the compiled constraints and the shapes left to pySHACL.
        checks: the project's whole-graph SPARQL checks.
        subclasses: the class hierarchy the shapes were compiled against (class → itself
            and its subclasses), for code that counts their targets.
    """

    shapes: Graph
    compiled: CompiledShapes
    checks: tuple[Check, ...]
    subclasses: dict[URIRef, tuple[URIRef, ...]] = field(default_factory=dict)

    @property
    def fallback(self) -> dict[Node, str]:
        """Node shape → why pySHACL validates it instead of a compiled query."""
        return self.compiled.fallback


def subclass_map(
    native: ox.Store, project: Project | None = None
) -> dict[URIRef, tuple[URIRef, ...]]:
    """Each class declared in the store (or the project's ontology) → itself and its subclasses.

    Args:
        native: the store.
        project: if given, the ``rdfs:subClassOf`` axioms of its ontology files count
            too, so data loaded without the ontology (a dump from elsewhere) is read
            against it: a ``schema:MovieTheater`` is a ``schema:Place``.

    Returns:
        The map, each tuple sorted; classes without subclasses are left out.
    """
    graph = Graph()
    sub_class_of = ox.NamedNode(str(RDFS.subClassOf))
    quads = list(native.quads_for_pattern(None, sub_class_of, None, None))
    for path in project.graph_files if project is not None else ():
        if project.is_ontology_file(path):  # type: ignore[union-attr]
            with contextlib.suppress(SyntaxError, OSError):  # loading reports bad files
                parsed = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
                quads.extend(q for q in parsed if q.predicate == sub_class_of)
    for quad in quads:
        if isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.NamedNode):
            graph.add((URIRef(quad.subject.value), RDFS.subClassOf, URIRef(quad.object.value)))
    closure = superterm_closure(graph, RDFS.subClassOf)
    subclasses: dict[URIRef, set[URIRef]] = {}
    for sub, supers in closure.items():
        for sup in supers:
            subclasses.setdefault(sup, {sup}).add(sub)
    return {c: tuple(sorted(subs, key=str)) for c, subs in subclasses.items()}


def compile_for(native: ox.Store, project: Project) -> CompiledValidator:
    """Compile the project's shapes against the class hierarchy in a store.

    Args:
        native: the pyoxigraph store holding the data and the ontology.
        project: the project with the shapes and checks.

    Returns:
        The validator.

    Raises:
        InputError: if the shapes or checks cannot be read.
    """
    shapes = project_shapes(project)
    subclasses = subclass_map(native, project)
    return CompiledValidator(
        shapes=shapes,
        compiled=compile_shapes(shapes, subclasses),
        checks=tuple(load_checks(project)),
        subclasses=subclasses,
    )


def has_union_graph(native: ox.Store) -> bool:
    """True if the default graph holds the union (as :class:`OxigraphStore` keeps it).

    A store filled from an N-Quads file with ``bulk_load`` has an empty default graph:
    queries then read the union of the named graphs instead.
    """
    return (
        next(iter(native.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None
    )


def _rows(native: ox.Store, text: str, display: str) -> Iterator[dict[str, object]]:
    """The rows of a SELECT on the union of the store's graphs: variable name → term."""
    try:
        union = not has_union_graph(native)
        answer = native.query(text, use_default_graph_as_union=union)
    except (SyntaxError, OSError, ValueError) as error:
        raise InputError(f"{display}: the query failed: {error}") from error
    assert isinstance(answer, ox.QuerySolutions)
    names = [v.value for v in answer.variables]
    for solution in answer:
        yield {n: t for n, t in zip(names, solution, strict=True) if t is not None}


_PLACEHOLDER = re.compile(r"\{[?$]([A-Za-z_][A-Za-z0-9_]*)\}")


def _substitute(message: Literal, bound: dict[str, Node]) -> Literal:
    """Fill ``{?var}`` in a SPARQL constraint's message as pySHACL does (``str`` of terms)."""
    text = _PLACEHOLDER.sub(
        lambda m: str(bound[m.group(1)]) if m.group(1) in bound else m.group(0), str(message)
    )
    return Literal(text)


def run_constraint(
    native: ox.Store,
    constraint: Constraint,
    terms: TermConverter,
    *,
    focus: Iterable[Node] | None = None,
) -> list[ValidationResult]:
    """Run one compiled constraint.

    Args:
        native: the store.
        constraint: the compiled constraint.
        terms: the term converter (shared, it caches IRIs).
        focus: if given, only these focus nodes are validated.

    Returns:
        The results, without ``files``.
    """
    results = []
    label = display_term(constraint.path) if constraint.path is not None else ""
    message = choose_message(constraint.messages)
    for row in _rows(native, constraint.query(focus), str(constraint.shape)):
        this = terms.to_rdflib(row["this"])
        value: Node | None = None
        path: Node | None = constraint.path
        text = message
        if constraint.kind is Kind.VALUE:
            value = terms.to_rdflib(row["value"])
        elif constraint.kind is Kind.NODE:
            value = this
        elif constraint.kind is Kind.SPARQL:
            bound = {name: terms.to_rdflib(term) for name, term in row.items()}
            value = bound.get("value", this)
            path = bound.get("path")
            bound.setdefault("value", this)
            text = choose_message(_substitute(m, bound) for m in constraint.messages)
            label = display_term(path) if path is not None else ""
        results.append(
            ValidationResult(
                focus=this,
                path=path,
                value=value,
                message=text,
                severity=constraint.severity,
                component=constraint.component,
                shape=constraint.shape,
                path_label=label,
            )
        )
    return results


def run_check_on_store(
    native: ox.Store, check: Check, terms: TermConverter
) -> list[ValidationResult]:
    """Run one whole-graph check (``ontology/checks/*.rq``) on the store.

    Args:
        native: the store.
        check: the check.
        terms: the term converter.

    Returns:
        One result per row with a bound ``?focus``, as :func:`dockg.validation.checks.run_check`.
    """
    text = check.spec.path.read_text(encoding="utf-8")
    results = []
    for row in _rows(native, text, check.spec.path.name):
        cells = {name: terms.to_rdflib(term) for name, term in row.items()}
        result = result_of_row(check, cells)
        if result is not None:
            results.append(result)
    return results


def rdflib_copy(native: ox.Store, terms: TermConverter) -> Graph:
    """The union of the store's graphs as a plain rdflib graph (for pySHACL).

    Literals come back as the memory store holds them (plain strings without a datatype),
    which is what pySHACL needs to give correct results.
    """
    graph = Graph()
    bind_prefixes(graph)
    convert = terms.to_rdflib
    graph.addN(
        (convert(q.subject), convert(q.predicate), convert(q.object), graph)
        for q in native.quads_for_pattern(None, None, None, None)
    )
    return graph


def validate_native(
    native: ox.Store,
    validator: CompiledValidator,
    *,
    focus: Iterable[Node] | None = None,
    sparql: bool = True,
    checks: bool = True,
    terms: TermConverter | None = None,
) -> list[ValidationResult]:
    """Validate the store: compiled constraints, pySHACL for the rest, then the checks.

    Args:
        native: the store.
        validator: the compiled shapes and checks.
        focus: if given, core constraints run on these focus nodes only.
        sparql: run the shapes' SPARQL constraints (whole graph).
        checks: run the whole-graph checks.
        terms: the store's term converter, so values read back as the sources wrote
            them (:func:`dockg.store.convert.lexical_restore_map`); default: a new one.

    Returns:
        The results, without ``files``.
    """
    terms = terms if terms is not None else TermConverter()
    with quiet_ill_typed_literals():  # an ill-typed literal is the shapes' to report
        return _validate(native, validator, terms, focus=focus, sparql=sparql, checks=checks)


def _validate(
    native: ox.Store,
    validator: CompiledValidator,
    terms: TermConverter,
    *,
    focus: Iterable[Node] | None,
    sparql: bool,
    checks: bool,
) -> list[ValidationResult]:
    focus = None if focus is None else sorted(set(focus), key=str)
    types = None if focus is None else _types(native, focus, terms)
    results: list[ValidationResult] = []
    for constraint in validator.compiled.constraints:
        if constraint.kind is Kind.SPARQL:
            if sparql:
                results.extend(run_constraint(native, constraint, terms))
        elif focus is None or types is None:
            results.extend(run_constraint(native, constraint, terms))
        elif constraint.patterns:  # targets beyond classes: the query checks membership
            results.extend(run_constraint(native, constraint, terms, focus=focus))
        else:
            targets = set(constraint.targets)
            mine = [n for n in focus if not targets.isdisjoint(types.get(n, ()))]
            if mine:
                results.extend(run_constraint(native, constraint, terms, focus=mine))
    if validator.fallback:
        results.extend(_fallback(native, validator, terms, focus))
    if checks:
        for check in validator.checks:
            results.extend(run_check_on_store(native, check, terms))
    return results


def _types(native: ox.Store, nodes: list[Node], terms: TermConverter) -> dict[Node, set[Node]]:
    """The ``rdf:type``s of each node (in any graph)."""
    rdf_type = ox.NamedNode(str(RDF.type))
    types: dict[Node, set[Node]] = {}
    for node in nodes:
        if isinstance(node, URIRef):
            found = native.quads_for_pattern(terms.iri(node), rdf_type, None, None)
            types[node] = {terms.to_rdflib(q.object) for q in found}
    return types


def _fallback(
    native: ox.Store,
    validator: CompiledValidator,
    terms: TermConverter,
    focus: list[Node] | None,
) -> list[ValidationResult]:
    """pySHACL on an rdflib copy, for the shapes outside the compiled subset only."""
    from dockg.validation.reference import shacl_results  # pySHACL only when needed

    kept = Graph()
    for shape in validator.fallback:
        kept += _shape_closure(validator.shapes, shape)
    for s, p, o in validator.shapes.triples((None, SH.declare, None)):
        kept.add((s, p, o))
        kept += _shape_closure(validator.shapes, o)
    results = shacl_results(rdflib_copy(native, terms), kept, display="shapes (pySHACL fallback)")
    if focus is not None:
        wanted = set(focus)
        results = [r for r in results if r.focus in wanted]
    return results


def _shape_closure(shapes: Graph, node: Node) -> Graph:
    """A shape and everything reachable from it (its property shapes, lists, ...)."""
    out = Graph()
    stack, seen = [node], set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        for p, o in shapes.predicate_objects(current):
            out.add((current, p, o))
            if not isinstance(o, Literal):
                stack.append(o)
    return out


def graphs_describing(native: ox.Store, nodes: Iterable[Node]) -> dict[Node, list[URIRef]]:
    """The named graphs in which each node is a subject.

    Args:
        native: the store.
        nodes: IRIs (other nodes are not looked up).

    Returns:
        Node → its graphs, sorted.
    """
    out: dict[Node, list[URIRef]] = {}
    wanted = [n for n in set(nodes) if isinstance(n, URIRef)]
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        values = " ".join(n.n3() for n in chunk)
        text = f"SELECT DISTINCT ?s ?g WHERE {{ VALUES ?s {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        for row in native.query(text):  # type: ignore[union-attr]
            out.setdefault(URIRef(row["s"].value), []).append(URIRef(row["g"].value))
    return {n: sorted(gs, key=str) for n, gs in out.items()}


def report_of(
    results: list[ValidationResult],
    validator: CompiledValidator,
    native: ox.Store,
    files: dict[URIRef, str] | None = None,
) -> ValidationReport:
    """Attach the files that describe each focus node and build the report.

    Args:
        results: the results.
        validator: for its shapes graph.
        native: the store, to find the graphs describing each focus node.
        files: graph → file (as the project displays it); graphs not in it are left out.

    Returns:
        The sorted, de-duplicated report.
    """
    if files:
        graphs = graphs_describing(native, (r.focus for r in results))
        results = [
            _with(r, tuple(files[g] for g in graphs.get(r.focus, ()) if g in files))
            for r in results
        ]
    return ValidationReport.of(results, shapes=validator.shapes)


def _with(result: ValidationResult, files: tuple[str, ...]) -> ValidationResult:

    return replace(result, files=files)
