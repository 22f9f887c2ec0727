"""Contested facts: functional facts that the sources give several values for.

Sources disagree (a filmography dates a film 2017, a festival catalogue 2018). dockg keeps
every value in the graph of the source that asserts it, and curators record *claims*
(``dockg:Claim``, an RDF reification with the quoted evidence and where it was found).
This module lists each disagreement with everything needed to settle it.

The functional facts are the properties typed ``dockg:SingleValuedProperty`` (a film's year
and runtime, a person's birth date, an edition's number...), compared as RDF terms, plus
the facts of :data:`FUNCTIONAL_FACTS` that need another comparison: a film's directors are
a set (co-directors are not a conflict) that every source should give alike, and a
festival edition's year is compared as a year (``2019`` and ``2019-03-21`` agree).
"""

from __future__ import annotations

import json
import textwrap
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from rdflib import Literal, URIRef
from rdflib.term import Node

from dockg.loading import LoadedDataset
from dockg.namespaces import DOCKG, SDO
from dockg.readable import literal_text, plural
from dockg.store.base import Store
from dockg.store.sources import GraphFiles, reading
from dockg.tables import TABLE_WIDTH, display_width, format_table
from dockg.terms import display_term, json_term, term_sort_key


@dataclass(frozen=True)
class Source:
    """A named graph that asserts a value, and the document it was derived from.

    Attributes:
        graph: the named graph.
        file: the file it was read from, relative to the project.
        document: ``?graph prov:wasDerivedFrom ?document``, if recorded.
        identifier: the document's ``dcterms:identifier``.
        title: the document's ``dcterms:title``.
    """

    graph: URIRef
    file: str
    document: Node | None = None
    identifier: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Claim:
    """A curator's record of where a value was read.

    Attributes:
        claim: the ``dockg:Claim`` node.
        evidence: ``dockg:evidence``, the short quote.
        location: ``dockg:sourceLocation``, e.g. "line 8, film header".
        preferred: ``dockg:isPreferred true``: the value the curator trusts.
        files: where the claim is recorded.
    """

    claim: Node
    evidence: str | None
    location: str | None
    preferred: bool
    files: tuple[str, ...]


@dataclass(frozen=True)
class ConflictValue:
    """One of the competing values, with who asserts it and the evidence for it."""

    value: Node
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]

    @property
    def preferred(self) -> bool:
        """True if a claim marks this value as the curator's preferred one."""
        return any(c.preferred for c in self.claims)


@dataclass(frozen=True)
class Conflict:
    """A subject with more than one value for a single-valued property."""

    subject: Node
    predicate: URIRef
    values: tuple[ConflictValue, ...]

    @property
    def preferred_value(self) -> Node | None:
        """The value a curator prefers, if exactly one is marked."""
        preferred = [v.value for v in self.values if v.preferred]
        return preferred[0] if len(preferred) == 1 else None


class Comparison(StrEnum):
    """How the values of a functional fact are compared."""

    TERM = "term"  #: distinct RDF terms disagree (``"2017"^^xsd:gYear`` vs ``"2017"``)
    YEAR = "year"  #: values of distinct years disagree; a date refines its year
    SOURCE_SET = "source-set"  #: sources that give distinct sets of values disagree


@dataclass(frozen=True)
class FunctionalFact:
    """A property whose values for one subject should agree.

    Attributes:
        predicate: the property.
        comparison: what counts as disagreeing.
        subject_class: only subjects of this class (None: every subject).
    """

    predicate: URIRef
    comparison: Comparison = Comparison.TERM
    subject_class: URIRef | None = None


#: Functional facts that are not ``dockg:SingleValuedProperty`` because several values
#: can be right: a film's co-directors, the start of an edition as a year or a date.
FUNCTIONAL_FACTS: tuple[FunctionalFact, ...] = (
    FunctionalFact(SDO.director, Comparison.SOURCE_SET),
    FunctionalFact(SDO.startDate, Comparison.YEAR, DOCKG.FestivalEdition),
)


def _year(value: Node) -> str:
    text = str(value).strip()
    return text[:4] if isinstance(value, Literal) and text[:4].isdigit() else text


def _candidates(fact: FunctionalFact) -> str:
    """A SPARQL pattern binding ?s ?p ?o for one of :data:`FUNCTIONAL_FACTS`.

    The IRIs are the module's own constants, never user input.
    """
    typed = f"?s a {fact.subject_class.n3()} . " if fact.subject_class is not None else ""
    return f"{{ VALUES ?p {{ {fact.predicate.n3()} }} {typed}?s ?p ?o }}"


# The subjects with several values for a functional fact, found by the store.
_CONTESTED = f"""
    {{ SELECT ?s ?p WHERE {{
         {{ ?p a dockg:SingleValuedProperty . ?s ?p ?o }}
         {" ".join("UNION " + _candidates(fact) for fact in FUNCTIONAL_FACTS)}
       }}
       GROUP BY ?s ?p HAVING (COUNT(DISTINCT ?o) > 1) }}
"""
_PREFIXES = """
PREFIX dockg: <https://w3id.org/dockg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
# Each competing value with the graphs asserting it and their source documents.
_VALUES = f"""{_PREFIXES}
SELECT ?s ?p ?o ?g ?document ?identifier ?title WHERE {{
    {_CONTESTED}
    GRAPH ?g {{ ?s ?p ?o }}
    OPTIONAL {{
        ?g prov:wasDerivedFrom ?document .
        OPTIONAL {{ ?document dcterms:identifier ?identifier }}
        OPTIONAL {{ ?document dcterms:title ?title }}
    }}
}}"""
# Claims about those values, with the graphs that describe each claim.
_CLAIMS = f"""{_PREFIXES}
SELECT ?s ?p ?o ?claim ?evidence ?location ?preferred ?cg WHERE {{
    {_CONTESTED}
    ?claim rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; a dockg:Claim .
    OPTIONAL {{ ?claim dockg:evidence ?evidence }}
    OPTIONAL {{ ?claim dockg:sourceLocation ?location }}
    OPTIONAL {{ ?claim dockg:isPreferred ?preferred }}
    OPTIONAL {{ GRAPH ?cg {{ ?claim ?anyp ?anyo }} }}
}}"""

Key = tuple[Node, Node, Node]


def _first(values: Iterable[Node | None]) -> Node | None:
    """The least of the bound values (by string), so a choice among several is stable."""
    bound = [v for v in values if v is not None]
    return min(bound, key=str) if bound else None


def _text(value: Node | None) -> str | None:
    return str(value) if value is not None else None


def _is_true(value: Node | None) -> bool:
    return isinstance(value, Literal) and value.toPython() is True


def _sources(rows: list[dict[str, Node]], files: dict[URIRef, str]) -> tuple[Source, ...]:
    """One source per graph that is a project file, in graph IRI order."""
    by_graph: defaultdict[Node, list[dict[str, Node]]] = defaultdict(list)
    for row in rows:
        by_graph[row["g"]].append(row)
    sources = []
    for graph in sorted(by_graph, key=str):
        if not isinstance(graph, URIRef) or graph not in files:
            continue
        document = _first(r.get("document") for r in by_graph[graph])
        of_document = [r for r in by_graph[graph] if r.get("document") == document]
        sources.append(
            Source(
                graph=graph,
                file=files[graph],
                document=document,
                identifier=_text(_first(r.get("identifier") for r in of_document)),
                title=_text(_first(r.get("title") for r in of_document)),
            )
        )
    return tuple(sources)


def _claims(rows: list[dict[str, Node]], files: dict[URIRef, str]) -> tuple[Claim, ...]:
    """One claim per claim node, in node order."""
    by_claim: defaultdict[Node, list[dict[str, Node]]] = defaultdict(list)
    for row in rows:
        by_claim[row["claim"]].append(row)
    claims = []
    for node in sorted(by_claim, key=term_sort_key):
        claim_rows = by_claim[node]
        graphs = sorted({r["cg"] for r in claim_rows if r.get("cg") in files}, key=str)
        claims.append(
            Claim(
                claim=node,
                evidence=_text(_first(r.get("evidence") for r in claim_rows)),
                location=_text(_first(r.get("location") for r in claim_rows)),
                preferred=any(_is_true(r.get("preferred")) for r in claim_rows),
                files=tuple(files[g] for g in graphs),  # type: ignore[index]
            )
        )
    return tuple(claims)


def _rows(store: Store, query: str) -> defaultdict[Key, list[dict[str, Node]]]:
    """The query's rows, by (subject, predicate, value)."""
    rows: defaultdict[Key, list[dict[str, Node]]] = defaultdict(list)
    for row in store.query(query):
        bound = {str(k): v for k, v in row.asdict().items()}  # type: ignore[union-attr]
        rows[(bound["s"], bound["p"], bound["o"])].append(bound)
    return rows


def find_conflicts(
    source: LoadedDataset | Store, files: GraphFiles | None = None
) -> list[Conflict]:
    """Find subjects whose sources disagree on a functional fact (see the module docs).

    Values are compared in the union of all graphs, as RDF terms for a
    ``dockg:SingleValuedProperty`` (``"2017"^^xsd:gYear`` and ``"2017"`` are different
    values), and as :data:`FUNCTIONAL_FACTS` says for the others. Two queries do the
    work in the store, so it runs as fast as the store does.

    Args:
        source: the dataset or a store.
        files: graph → file (default: what the source knows); only these graphs count
            as sources.

    Returns:
        The conflicts, sorted by subject and property; values sorted, each with the
        graphs asserting it, their source documents and any claims about it.
    """
    store, known = reading(source, files)
    values = _rows(store, _VALUES)
    claims = _rows(store, _CLAIMS)
    by_pair: defaultdict[tuple[Node, Node], list[Node]] = defaultdict(list)
    for s, p, o in values:
        by_pair[(s, p)].append(o)
    conflicts = []
    comparisons = {fact.predicate: fact.comparison for fact in FUNCTIONAL_FACTS}
    for (subject, prop), objects in by_pair.items():
        comparison = comparisons.get(prop, Comparison.TERM)  # type: ignore[call-overload]
        if comparison is Comparison.YEAR and len({_year(o) for o in objects}) < 2:
            continue
        if comparison is Comparison.SOURCE_SET:
            per_graph: defaultdict[Node, set[Node]] = defaultdict(set)
            for o in objects:
                for row in values[(subject, prop, o)]:
                    if row["g"] in known:
                        per_graph[row["g"]].add(o)
            if len({frozenset(v) for v in per_graph.values()}) < 2:
                continue
        competing = tuple(
            ConflictValue(
                value=o,
                sources=_sources(values[(subject, prop, o)], known),
                claims=_claims(claims.get((subject, prop, o), []), known),
            )
            for o in sorted(objects, key=term_sort_key)
        )
        conflicts.append(Conflict(subject=subject, predicate=prop, values=competing))  # type: ignore[arg-type]
    return sorted(conflicts, key=lambda c: (term_sort_key(c.subject), str(c.predicate)))


class ConflictFormat(StrEnum):
    """Output formats of ``dockg conflicts``."""

    TEXT = "text"  # for a person: grouped by fact, names, readable values, wrapped
    TABLE = "table"  # one row per value, every cell whole
    JSON = "json"


def _describe_source(source: Source) -> str:
    document = source.identifier or source.title or display_term(source.document)
    return f"{source.file} ({document})" if document else source.file


def format_conflicts_table(conflicts: list[Conflict]) -> str:
    """Render conflicts as a table.

    Args:
        conflicts: from :func:`find_conflicts`.

    Returns:
        One row per competing value (``*`` marks the curator's preferred one), or a line
        saying there are none.
    """
    if not conflicts:
        return "no conflicting values\n"
    rows = []
    for conflict in conflicts:
        for value in conflict.values:
            rows.append(
                [
                    display_term(conflict.subject),
                    display_term(conflict.predicate),
                    display_term(value.value),
                    "*" if value.preferred else "",
                    "; ".join(_describe_source(s) for s in value.sources),
                    "; ".join(c.evidence or "" for c in value.claims),
                    "; ".join(c.location or "" for c in value.claims),
                ]
            )
    headers = ["subject", "property", "value", "preferred", "source", "evidence", "location"]
    return format_table(headers, rows)


def format_conflicts_text(
    conflicts: list[Conflict], *, labels: Mapping[URIRef, str] | None = None
) -> str:
    """Render conflicts for a person: one block per disputed fact, one entry per value.

    Each value is shown as people read it (``16 min 55 s``), then where it was read and
    the quoted evidence, then the source file; lines are wrapped at 120 columns.

    Args:
        conflicts: from :func:`find_conflicts`.
        labels: IRI → name, for subjects, properties and values that are entities.

    Returns:
        The text, or a line saying there are none.
    """
    if not conflicts:
        return "no conflicting values\n"
    names = labels or {}

    def named(term: Node) -> str:
        if isinstance(term, URIRef) and term in names:
            return names[term]
        return literal_text(term) if isinstance(term, Literal) else display_term(term)

    blocks = []
    for conflict in conflicts:
        lines = [
            f"{named(conflict.subject)}: {named(conflict.predicate)} "
            f"({plural(len(conflict.values), 'value')}; {display_term(conflict.subject)})"
        ]
        width = max(display_width(named(v.value)) for v in conflict.values)
        for value in conflict.values:
            shown = named(value.value)
            head = f"  {shown}{' ' * (width - display_width(shown))}  "
            said = [
                ": ".join(
                    part for part in (c.location, f"“{c.evidence}”" if c.evidence else None) if part
                )
                for c in value.claims
            ]
            text = "; ".join(s for s in said if s) or "no claim recorded"
            if value.preferred:
                text += " (preferred)"
            indent = " " * display_width(head)
            lines.extend(
                textwrap.wrap(text, TABLE_WIDTH, initial_indent=head, subsequent_indent=indent)
            )
            for source in value.sources:
                lines.append(f"{indent}{_describe_source(source)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def format_conflicts_json(conflicts: list[Conflict]) -> str:
    """Render conflicts as JSON.

    Args:
        conflicts: from :func:`find_conflicts`.

    Returns:
        A JSON list, each value nested with its sources and claims.
    """
    data = [
        {
            "subject": json_term(c.subject),
            "predicate": str(c.predicate),
            "values": [
                {
                    "value": json_term(v.value),
                    "preferred": v.preferred,
                    "sources": [
                        {
                            "graph": str(s.graph),
                            "file": s.file,
                            "document": json_term(s.document),
                            "identifier": s.identifier,
                            "title": s.title,
                        }
                        for s in v.sources
                    ],
                    "claims": [
                        {
                            "claim": json_term(cl.claim),
                            "evidence": cl.evidence,
                            "location": cl.location,
                            "preferred": cl.preferred,
                            "files": list(cl.files),
                        }
                        for cl in v.claims
                    ],
                }
                for v in c.values
            ],
        }
        for c in conflicts
    ]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def format_conflicts(
    conflicts: list[Conflict],
    *,
    fmt: ConflictFormat = ConflictFormat.TABLE,
    labels: Mapping[URIRef, str] | None = None,
) -> str:
    """Render conflicts as text for a person, a table or JSON.

    Args:
        conflicts: from :func:`find_conflicts`.
        fmt: ``text``, ``table`` or ``json``.
        labels: for ``text``, the names entities and properties are shown by.

    Returns:
        The text to print.
    """
    if fmt is ConflictFormat.JSON:
        return format_conflicts_json(conflicts)
    if fmt is ConflictFormat.TEXT:
        return format_conflicts_text(conflicts, labels=labels)
    return format_conflicts_table(conflicts)
