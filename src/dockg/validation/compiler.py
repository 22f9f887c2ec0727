"""Compiling SHACL shapes into SPARQL queries, one per constraint.

A shape is compiled when every parameter it uses is in the subset below; otherwise the
whole node shape is left to pySHACL (:attr:`CompiledShapes.fallback` says which and why).

- targets: ``sh:targetClass`` (SHACL instances: ``rdf:type`` of the class or of any
  subclass the data graph declares), ``sh:targetSubjectsOf`` and SHACL-AF SPARQL-based
  targets (``sh:target [ a sh:SPARQLTarget ; sh:select ... ]``);
- property shapes with an IRI ``sh:path``: ``sh:minCount``, ``sh:maxCount``,
  ``sh:uniqueLang``, and the value constraints ``sh:class``, ``sh:datatype`` (ill-typed
  literals do not match), ``sh:nodeKind``, ``sh:in``, ``sh:pattern`` (with ``sh:flags``),
  ``sh:minInclusive``/``sh:maxInclusive``/``sh:minExclusive``/``sh:maxExclusive``,
  ``sh:or``/``sh:not`` of shapes made of value constraints;
- node shapes: the same value constraints on the focus node itself, ``sh:or`` of
  property shapes that only require a value (``sh:minCount 1``), and ``sh:sparql``
  SELECT constraints (``$this``, ``?path``, ``?value``, messages with ``{?var}``).

Every compiled constraint needs an ``sh:message`` (pySHACL's generated messages are not
reproduced), so the compiled results equal pySHACL's field by field.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from dockg.namespaces import OWL, RDF, RDFS, SH, XSD
from dockg.validation.report import Severity

#: Datatypes whose lexical forms SPARQL can check with a cast (``xsd:gYear("16")`` fails).
CHECKED_DATATYPES = frozenset(
    XSD[name]
    for name in [
        "integer", "decimal", "double", "float", "boolean", "date", "dateTime", "time",
        "duration", "gYear", "gYearMonth", "gMonthDay", "gMonth", "gDay", "dayTimeDuration",
        "yearMonthDuration", "nonNegativeInteger", "positiveInteger", "negativeInteger",
        "nonPositiveInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt",
        "unsignedShort", "unsignedByte",
    ]
)  # fmt: skip

#: The integer types derived from xsd:integer: (least, greatest) value, None for no bound.
#: SPARQL engines cast only to the primitive types (Oxigraph has no
#: ``xsd:positiveInteger()``), so these are checked as an xsd:integer in the range.
_DERIVED_INTEGERS: dict[URIRef, tuple[int | None, int | None]] = {
    XSD.nonNegativeInteger: (0, None),
    XSD.positiveInteger: (1, None),
    XSD.negativeInteger: (None, -1),
    XSD.nonPositiveInteger: (None, 0),
    XSD.long: (-(2**63), 2**63 - 1),
    XSD.int: (-(2**31), 2**31 - 1),
    XSD.short: (-(2**15), 2**15 - 1),
    XSD.byte: (-(2**7), 2**7 - 1),
    XSD.unsignedLong: (0, 2**64 - 1),
    XSD.unsignedInt: (0, 2**32 - 1),
    XSD.unsignedShort: (0, 2**16 - 1),
    XSD.unsignedByte: (0, 2**8 - 1),
}


def _well_formed(datatype: URIRef, v: str) -> str:
    """A SPARQL expression true when the lexical form of ``v`` is valid for ``datatype``."""
    if datatype not in _DERIVED_INTEGERS:
        return f"COALESCE(DATATYPE({datatype.n3()}(STR({v}))) = {datatype.n3()}, false)"
    cast = f"{XSD.integer.n3()}(STR({v}))"
    least, greatest = _DERIVED_INTEGERS[datatype]
    bounds = [f"{cast} >= {least}" if least is not None else ""]
    bounds.append(f"{cast} <= {greatest}" if greatest is not None else "")
    return f"COALESCE({' && '.join(b for b in bounds if b)}, false)"


_NODE_KINDS = {
    SH.IRI: "isIRI({v})",
    SH.BlankNode: "isBlank({v})",
    SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(isIRI({v}) || isBlank({v}))",
    SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
}
_COMPARISONS = {
    SH.minInclusive: ">=",
    SH.maxInclusive: "<=",
    SH.minExclusive: ">",
    SH.maxExclusive: "<",
}
_VALUE_PARAMETERS = frozenset(
    {SH["class"], SH.datatype, SH.nodeKind, SH["in"], SH.pattern, SH["or"], SH["not"]}
    | set(_COMPARISONS)
)
#: Parameters that do not constrain (documentation, grouping) or that compilation reads.
_IGNORED = frozenset(
    {
        RDF.type, RDFS.label, RDFS.comment, SH.name, SH.description, SH.order, SH.group,
        SH.message, SH.severity, SH.flags, SH.path, SH.defaultValue, OWL.imports,
        SH.declare, SH.prefixes,
    }
)  # fmt: skip


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


class Unsupported(Exception):
    """A shape uses SHACL that this compiler does not translate."""


class Kind(Enum):
    """How a compiled query's rows become results."""

    VALUE = "value"  # rows (?this, ?value): a value of the path fails
    FOCUS = "focus"  # rows (?this): the focus node fails, no value
    NODE = "node"  # rows (?this): the focus node itself fails, reported as the value
    SPARQL = "sparql"  # rows of an sh:sparql SELECT


@dataclass(frozen=True)
class Constraint:
    """One compiled constraint.

    Attributes:
        shape: the source shape (a property shape, or the node shape).
        component: the SHACL constraint component reported.
        severity: the shape's severity.
        path: the property shape's path (None on node shapes).
        messages: the shape's (or SPARQL constraint's) ``sh:message`` literals.
        kind: how rows become results.
        where: the query body, with ``{focus}`` where a focus restriction goes.
        select: the projected variables.
        targets: the target classes (with subclasses) of the node shape.
        patterns: the node shape's other targets, as SPARQL group patterns that bind
            ``?this`` (``sh:targetSubjectsOf``, SPARQL-based targets).
    """

    shape: Node
    component: URIRef
    severity: Severity
    path: URIRef | None
    messages: tuple[Literal, ...]
    kind: Kind
    where: str
    select: str
    targets: tuple[URIRef, ...]
    prefixes: str = ""
    patterns: tuple[str, ...] = ()

    def query(self, focus: Iterable[Node] | None = None) -> str:
        """The SPARQL query, optionally restricted to some focus nodes.

        Args:
            focus: if given, only these nodes are validated (``VALUES ?this``). For a
                shape targeting classes only, the caller has checked that they are
                targets of the shape (joining the target pattern too makes Oxigraph scan
                every instance of the class); other targets are checked in the query.

        Returns:
            The query text.
        """
        patterns = list(self.patterns)
        if self.targets:
            patterns.insert(
                0,
                "?this a ?shaclTargetClass . "
                f"VALUES ?shaclTargetClass {{ {' '.join(t.n3() for t in self.targets)} }}",
            )
        if len(patterns) == 1:
            target = patterns[0]
        else:  # a node targeted twice is still validated once
            union = " UNION ".join(f"{{ {p} }}" for p in patterns)
            target = f"{{ SELECT DISTINCT ?this WHERE {{ {union} }} }}"
        if focus is not None:
            values = f"VALUES ?this {{ {_values(focus)} }}"
            target = f"{values} {target}" if self.patterns else values
        body = self.where.replace("{focus}", target)
        if self.kind is Kind.SPARQL:
            return f"{self.prefixes}{body}"
        return f"{self.prefixes}SELECT DISTINCT {self.select} WHERE {{ {body} }}"


def _values(nodes: Iterable[Node]) -> str:
    return " ".join(n.n3() for n in nodes if isinstance(n, URIRef))


@dataclass(frozen=True)
class CompiledShapes:
    """The compiled constraints and the shapes left to pySHACL.

    Attributes:
        constraints: every compiled constraint.
        fallback: node shape → why it is not compiled.
    """

    constraints: tuple[Constraint, ...]
    fallback: dict[Node, str] = field(default_factory=dict)


class _Names:
    """Fresh SPARQL variable names for nested patterns."""

    def __init__(self) -> None:
        self._counter = itertools.count()

    def __call__(self, stem: str) -> str:
        return f"?{stem}{next(self._counter)}"


class Compiler:
    """Compiles a shapes graph against the class hierarchy of a data graph.

    Args:
        shapes: the shapes graph.
        subclasses: class → the class and all its subclasses in the data graph.
    """

    def __init__(self, shapes: Graph, subclasses: dict[URIRef, tuple[URIRef, ...]]) -> None:
        self.shapes = shapes
        self.subclasses = subclasses
        self.names = _Names()

    def classes(self, cls: Node) -> tuple[URIRef, ...]:
        if not isinstance(cls, URIRef):
            raise Unsupported(f"sh:class {cls} is not an IRI")
        return self.subclasses.get(cls, (cls,))

    # -- value conditions --------------------------------------------------------------

    def condition(self, parameter: Node, argument: Node, v: str) -> str:
        """A SPARQL expression true when ``v`` satisfies one value constraint."""
        if parameter == SH["class"]:
            c = self.names("class")
            listed = " ".join(x.n3() for x in self.classes(argument))
            return f"EXISTS {{ {v} a {c} . VALUES {c} {{ {listed} }} }}"
        if parameter == SH.datatype:
            if argument == RDF.langString:
                return f'(isLiteral({v}) && LANG({v}) != "")'
            check = f"isLiteral({v}) && DATATYPE({v}) = {argument.n3()}"
            if isinstance(argument, URIRef) and argument in CHECKED_DATATYPES:
                check += " && " + _well_formed(argument, v)
            if argument == XSD.string:
                check += f' && LANG({v}) = ""'
            return f"({check})"
        if parameter == SH.nodeKind:
            if argument not in _NODE_KINDS:
                raise Unsupported(f"sh:nodeKind {argument}")
            return _NODE_KINDS[argument].format(v=v)  # type: ignore[index]
        if parameter == SH["in"]:
            members = list(Collection(self.shapes, argument))
            return (
                "(" + " || ".join(f"sameTerm({v}, {m.n3()})" for m in members) + ")"
                if members
                else "false"
            )
        if parameter in _COMPARISONS:
            return f"COALESCE({v} {_COMPARISONS[parameter]} {argument.n3()}, false)"  # type: ignore[index]
        raise Unsupported(f"{parameter} as a value constraint")

    def pattern(self, shape: Node, v: str) -> str:
        pattern = self.shapes.value(shape, SH.pattern)
        flags = self.shapes.value(shape, SH.flags)
        args = f"STR({v}), {Literal(str(pattern)).n3()}"
        if flags is not None:
            args += f", {Literal(str(flags)).n3()}"
        return f"(!isBlank({v}) && REGEX({args}))"

    def shape_condition(self, shape: Node, v: str) -> str:
        """True when ``v`` conforms to a shape made only of value constraints (in sh:or)."""
        parts = []
        for parameter, argument in self.shapes.predicate_objects(shape):
            if parameter in _IGNORED:
                continue
            if parameter == SH.pattern:
                parts.append(self.pattern(shape, v))
            elif parameter == SH["or"]:
                parts.append(self.any_of(argument, v))
            elif parameter == SH["not"]:
                parts.append(f"!({self.shape_condition(argument, v)})")
            elif parameter in _VALUE_PARAMETERS:
                parts.append(self.condition(parameter, argument, v))
            else:
                raise Unsupported(f"{parameter} inside sh:or/sh:not")
        return "(" + " && ".join(parts) + ")" if parts else "true"

    def any_of(self, alternatives: Node, v: str) -> str:
        shapes = list(Collection(self.shapes, alternatives))
        return (
            "(" + " || ".join(self.shape_condition(s, v) for s in shapes) + ")"
            if shapes
            else "false"
        )

    def focus_alternative(self, shape: Node) -> str:
        """A node-level sh:or alternative: value constraints, or a property that must exist."""
        path = self.shapes.value(shape, SH.path)
        if path is None:
            return self.shape_condition(shape, "?this")
        rest = {p for p in self.shapes.predicates(shape) if p not in _IGNORED and p != SH.minCount}
        if (
            not isinstance(path, URIRef)
            or rest
            or self.shapes.value(shape, SH.minCount) != Literal(1)
        ):
            raise Unsupported("an sh:or alternative with a path other than 'sh:minCount 1'")
        return f"EXISTS {{ ?this {path.n3()} {self.names('any')} }}"


def _severity(shapes: Graph, shape: Node) -> Severity:
    iri = shapes.value(shape, SH.severity)
    return next((s for s in Severity if s.value == iri), Severity.VIOLATION)


def _messages(shapes: Graph, node: Node) -> tuple[Literal, ...]:
    return tuple(m for m in shapes.objects(node, SH.message) if isinstance(m, Literal))


def _prefixes(shapes: Graph, constraint: Node) -> str:
    lines = []
    for source in shapes.objects(constraint, SH.prefixes):
        for declaration in shapes.objects(source, SH.declare):
            prefix = shapes.value(declaration, SH.prefix)
            namespace = shapes.value(declaration, SH.namespace)
            lines.append(f"PREFIX {prefix}: <{namespace}>\n")
    return "".join(sorted(set(lines)))


def compile_shapes(shapes: Graph, subclasses: dict[URIRef, tuple[URIRef, ...]]) -> CompiledShapes:
    """Compile every node shape with ``sh:targetClass``.

    Args:
        shapes: the shapes graph.
        subclasses: class → itself and its subclasses, from the data graph.

    Returns:
        The compiled constraints; shapes outside the subset are listed in ``fallback``.
    """
    compiler = Compiler(shapes, subclasses)
    constraints: list[Constraint] = []
    fallback: dict[Node, str] = {}
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    node_shapes |= {s for s in shapes.subjects(SH.targetClass, None)}
    for shape in sorted(node_shapes, key=str):
        if shapes.value(shape, SH.deactivated) == Literal(True):
            continue
        try:
            constraints.extend(_node_shape(compiler, shape))
        except Unsupported as why:
            fallback[shape] = str(why)
    return CompiledShapes(constraints=tuple(constraints), fallback=fallback)


_TARGET_PARAMETERS = frozenset({SH.targetNode, SH.targetObjectsOf})
_NODE_ONLY = frozenset(
    {SH.targetClass, SH.targetSubjectsOf, SH.target, SH.property, SH.sparql, SH.deactivated}
)


def _merge_prefixes(*blocks: str) -> str:
    """PREFIX lines of several blocks, each once, sorted."""
    return "".join(sorted(set("".join(blocks).splitlines(keepends=True))))


def target_patterns(compiler: Compiler, shape: Node) -> tuple[tuple[str, ...], str]:
    """The shape's ``sh:targetSubjectsOf`` and SPARQL-based targets, and their prefixes.

    Args:
        compiler: the compiler (its shapes graph and variable names).
        shape: a node shape.

    Returns:
        One group pattern binding ``?this`` per target, and the PREFIX lines they need.

    Raises:
        Unsupported: for a target the compiler does not translate.
    """
    shapes = compiler.shapes
    patterns, prefixes = [], []
    for predicate in sorted(shapes.objects(shape, SH.targetSubjectsOf), key=str):
        if not isinstance(predicate, URIRef):
            raise Unsupported(f"sh:targetSubjectsOf {predicate} is not an IRI")
        patterns.append(f"?this {predicate.n3()} {compiler.names('subjectOf')} .")
    for target in sorted(shapes.objects(shape, SH.target), key=str):
        select = shapes.value(target, SH.select)
        if select is None or (target, RDF.type, SH.SPARQLTarget) not in shapes:
            raise Unsupported("an sh:target that is not a SPARQL-based target")
        text = str(select).replace("$this", "?this").strip()
        if not re.match(r"SELECT\s+(DISTINCT\s+)?\?this\s+WHERE\b", text, re.IGNORECASE):
            raise Unsupported("a SPARQL-based target that does not select only ?this")
        patterns.append(f"{{ {text} }}")
        prefixes.append(_prefixes(shapes, target))
    return tuple(patterns), _merge_prefixes(*prefixes)


def _node_shape(compiler: Compiler, shape: Node) -> list[Constraint]:
    shapes = compiler.shapes
    for target in _TARGET_PARAMETERS:
        if shapes.value(shape, target) is not None:
            raise Unsupported(f"target {target}")
    targets = tuple(
        sorted(
            {c for t in shapes.objects(shape, SH.targetClass) for c in compiler.classes(t)}, key=str
        )
    )
    patterns, target_prefixes = target_patterns(compiler, shape)
    if not targets and not patterns:
        return []
    messages = _messages(shapes, shape)
    severity = _severity(shapes, shape)
    out: list[Constraint] = []

    def node_constraint(component: str, condition: str) -> None:
        if not messages:
            raise Unsupported(f"{component} without sh:message")
        out.append(
            Constraint(
                shape=shape,
                component=SH[f"{component}ConstraintComponent"],
                severity=severity,
                path=None,
                messages=messages,
                kind=Kind.NODE,
                where=f"{{focus}} FILTER (!{condition})",
                select="?this",
                targets=targets,
            )
        )

    for parameter, argument in sorted(shapes.predicate_objects(shape), key=lambda po: str(po[0])):
        if parameter in _IGNORED or parameter in _NODE_ONLY:
            continue
        if parameter == SH["or"]:
            alternatives = list(Collection(shapes, argument))
            condition = "(" + " || ".join(compiler.focus_alternative(a) for a in alternatives) + ")"
            node_constraint("Or", condition)
        elif parameter == SH["not"]:
            node_constraint("Not", f"!{compiler.shape_condition(argument, '?this')}")
        elif parameter == SH.pattern:
            node_constraint("Pattern", compiler.pattern(shape, "?this"))
        elif parameter in _VALUE_PARAMETERS:
            name = _component_name(parameter)
            node_constraint(name, compiler.condition(parameter, argument, "?this"))
        else:
            raise Unsupported(f"{parameter} on a node shape")
    for property_shape in sorted(shapes.objects(shape, SH.property), key=str):
        out.extend(_property_shape(compiler, property_shape, targets))
    for sparql in sorted(shapes.objects(shape, SH.sparql), key=str):
        out.append(_sparql(compiler, shape, sparql, targets, severity))
    # The property shapes and SPARQL constraints share the node shape's other targets.
    return [
        replace(c, patterns=patterns, prefixes=_merge_prefixes(c.prefixes, target_prefixes))
        if patterns
        else c
        for c in out
    ]


def _component_name(parameter: Node) -> str:
    local = str(parameter).rsplit("#", 1)[-1]
    return local[0].upper() + local[1:]


def _property_shape(
    compiler: Compiler, shape: Node, targets: tuple[URIRef, ...]
) -> list[Constraint]:
    shapes = compiler.shapes
    if shapes.value(shape, SH.deactivated) == Literal(True):
        return []
    path = shapes.value(shape, SH.path)
    if not isinstance(path, URIRef):
        raise Unsupported("a property shape whose sh:path is not an IRI")
    p = path.n3()
    messages = _messages(shapes, shape)
    severity = _severity(shapes, shape)
    out: list[Constraint] = []

    def add(component: str, kind: Kind, where: str, select: str) -> None:
        if not messages:
            raise Unsupported(f"a property shape on {p} without sh:message")
        out.append(
            Constraint(
                shape=shape,
                component=SH[f"{component}ConstraintComponent"],
                severity=severity,
                path=path,
                messages=messages,
                kind=kind,
                where=where,
                select=select,
                targets=targets,
            )
        )

    for parameter, argument in sorted(shapes.predicate_objects(shape), key=lambda po: str(po[0])):
        if parameter in _IGNORED:
            continue
        if parameter == SH.minCount:
            n = int(argument)  # type: ignore[call-overload]
            if n == 1:
                add(
                    "MinCount",
                    Kind.FOCUS,
                    f"{{focus}} FILTER NOT EXISTS {{ ?this {p} ?value }}",
                    "?this",
                )
            elif n > 1:
                add(
                    "MinCount",
                    Kind.FOCUS,
                    f"{{ SELECT ?this (COUNT(DISTINCT ?value) AS ?n) WHERE {{ {{focus}} "
                    f"OPTIONAL {{ ?this {p} ?value }} }} GROUP BY ?this }} FILTER (?n < {n})",
                    "?this",
                )
        elif parameter == SH.maxCount:
            n = int(argument)  # type: ignore[call-overload]
            add(
                "MaxCount",
                Kind.FOCUS,
                f"{{ SELECT ?this (COUNT(DISTINCT ?value) AS ?n) WHERE {{ {{focus}} "
                f"?this {p} ?value }} GROUP BY ?this }} FILTER (?n > {n})",
                "?this",
            )
        elif parameter == SH.uniqueLang:
            if argument != Literal(True):
                continue
            add(
                "UniqueLang",
                Kind.FOCUS,
                f"{{focus}} ?this {p} ?value, ?other . FILTER (!sameTerm(?value, ?other) "
                f'&& LANG(?value) != "" && LCASE(LANG(?value)) = LCASE(LANG(?other)))',
                "?this",
            )
        elif parameter in _VALUE_PARAMETERS or parameter == SH.pattern:
            if parameter == SH.pattern:
                condition = compiler.pattern(shape, "?value")
            elif parameter == SH["or"]:
                condition = compiler.any_of(argument, "?value")
            elif parameter == SH["not"]:
                condition = f"!{compiler.shape_condition(argument, '?value')}"
            else:
                condition = compiler.condition(parameter, argument, "?value")
            where = f"{{focus}} ?this {p} ?value FILTER (!{condition})"
            add(_component_name(parameter), Kind.VALUE, where, "?this ?value")
        else:
            raise Unsupported(f"{parameter} on the property shape of {p}")
    return out


def _sparql(
    compiler: Compiler,
    shape: Node,
    constraint: Node,
    targets: tuple[URIRef, ...],
    severity: Severity,
) -> Constraint:
    shapes = compiler.shapes
    select = shapes.value(constraint, SH.select)
    if select is None:
        raise Unsupported("an sh:sparql constraint without sh:select")
    messages = _messages(shapes, constraint) + _messages(shapes, shape)
    if not messages:
        raise Unsupported("an sh:sparql constraint without sh:message")
    text = str(select).replace("$this", "?this")
    # Bind ?this first in the query's own WHERE group, as SHACL's pre-binding does: a
    # FILTER NOT EXISTS { ?this ... } must see it bound, which a join from outside
    # would not give.
    opening = _WHERE.search(text)
    if opening is None:
        raise Unsupported("an sh:select query without a WHERE group")
    text = f"{text[: opening.end()]} {{focus}} {text[opening.end() :]}"
    return Constraint(
        shape=shape,
        component=SH.SPARQLConstraintComponent,
        severity=severity,
        path=None,
        messages=messages,
        kind=Kind.SPARQL,
        where=text,
        select="",
        targets=targets,
        prefixes=_prefixes(shapes, constraint),
    )
