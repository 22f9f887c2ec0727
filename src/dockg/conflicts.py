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
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from rdflib import Literal, URIRef
from rdflib.term import Node

from dockg.loading import LoadedDataset
from dockg.namespaces import DCTERMS, DOCKG, PROV, RDF, SDO
from dockg.tables import format_table
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
    """A subject whose sources give disagreeing values for a functional fact."""

    subject: Node
    predicate: URIRef
    values: tuple[ConflictValue, ...]

    @property
    def preferred_value(self) -> Node | None:
        """The value a curator prefers, if exactly one is marked."""
        preferred = [v.value for v in self.values if v.preferred]
        return preferred[0] if len(preferred) == 1 else None


def _text(loaded: LoadedDataset, node: Node | None, predicate: URIRef) -> str | None:
    value = loaded.dataset.value(node, predicate) if node is not None else None
    return str(value) if value is not None else None


def _sources(loaded: LoadedDataset, triple: tuple[Node, Node, Node]) -> tuple[Source, ...]:
    s, p, o = triple
    graphs = sorted({g for *_, g in loaded.dataset.quads((s, p, o, None))}, key=str)
    sources = []
    for graph in graphs:
        if not isinstance(graph, URIRef) or graph not in loaded.graph_files:
            continue
        documents = sorted(loaded.dataset.objects(graph, PROV.wasDerivedFrom), key=str)
        document = documents[0] if documents else None
        sources.append(
            Source(
                graph=graph,
                file=loaded.project.display(loaded.graph_files[graph]),
                document=document,
                identifier=_text(loaded, document, DCTERMS.identifier),
                title=_text(loaded, document, DCTERMS.title),
            )
        )
    return tuple(sources)


def _claims(loaded: LoadedDataset, triple: tuple[Node, Node, Node]) -> tuple[Claim, ...]:
    s, p, o = triple
    dataset = loaded.dataset
    claims = []
    for node in sorted(set(dataset.subjects(RDF.subject, s)), key=term_sort_key):
        if (node, RDF.type, DOCKG.Claim) not in dataset:
            continue
        if (node, RDF.predicate, p) not in dataset or (node, RDF.object, o) not in dataset:
            continue
        preferred = dataset.value(node, DOCKG.isPreferred)
        claims.append(
            Claim(
                claim=node,
                evidence=_text(loaded, node, DOCKG.evidence),
                location=_text(loaded, node, DOCKG.sourceLocation),
                preferred=isinstance(preferred, Literal) and preferred.toPython() is True,
                files=tuple(loaded.project.display(f) for f in loaded.files_describing(node)),
            )
        )
    return tuple(claims)


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


def functional_facts(loaded: LoadedDataset) -> list[FunctionalFact]:
    """The ontology's single-valued properties, then :data:`FUNCTIONAL_FACTS`."""
    single = sorted(
        {
            p
            for p in loaded.dataset.subjects(RDF.type, DOCKG.SingleValuedProperty)
            if isinstance(p, URIRef)
        },
        key=str,
    )
    return [FunctionalFact(p) for p in single] + list(FUNCTIONAL_FACTS)


def _year(value: Node) -> str:
    text = str(value).strip()
    return text[:4] if isinstance(value, Literal) and text[:4].isdigit() else text


def _disagree(
    loaded: LoadedDataset, fact: FunctionalFact, subject: Node, values: set[Node]
) -> bool:
    if fact.comparison is Comparison.YEAR:
        return len({_year(v) for v in values}) > 1
    if fact.comparison is Comparison.SOURCE_SET:
        per_graph: defaultdict[Node, set[Node]] = defaultdict(set)
        for _, _, value, graph in loaded.dataset.quads((subject, fact.predicate, None, None)):
            if graph in loaded.graph_files:
                per_graph[graph].add(value)
        return len({frozenset(v) for v in per_graph.values()}) > 1
    return True


def find_conflicts(loaded: LoadedDataset) -> list[Conflict]:
    """Find subjects whose sources disagree on a functional fact (see the module docs).

    Values are compared in the union of all graphs, as RDF terms for a
    ``dockg:SingleValuedProperty`` (``"2017"^^xsd:gYear`` and ``"2017"`` are different
    values), and as :data:`FUNCTIONAL_FACTS` says for the others.

    Args:
        loaded: the dataset.

    Returns:
        The conflicts, sorted by subject and property; values sorted, each with the
        graphs asserting it, their source documents and any claims about it.
    """
    dataset = loaded.dataset
    conflicts = []
    for fact in functional_facts(loaded):
        prop = fact.predicate
        values: defaultdict[Node, set[Node]] = defaultdict(set)
        for s, o in dataset.subject_objects(prop):
            values[s].add(o)
        for subject, objects in values.items():
            if len(objects) < 2:
                continue
            if fact.subject_class is not None and (
                (subject, RDF.type, fact.subject_class) not in dataset
            ):
                continue
            if not _disagree(loaded, fact, subject, objects):
                continue
            competing = tuple(
                ConflictValue(
                    value=o,
                    sources=_sources(loaded, (subject, prop, o)),
                    claims=_claims(loaded, (subject, prop, o)),
                )
                for o in sorted(objects, key=term_sort_key)
            )
            conflicts.append(Conflict(subject=subject, predicate=prop, values=competing))
    return sorted(conflicts, key=lambda c: (term_sort_key(c.subject), str(c.predicate)))


class ConflictFormat(StrEnum):
    """Output formats of ``dockg conflicts``."""

    TABLE = "table"
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
    conflicts: list[Conflict], *, fmt: ConflictFormat = ConflictFormat.TABLE
) -> str:
    """Render conflicts as a table or as JSON.

    Args:
        conflicts: from :func:`find_conflicts`.
        fmt: ``table`` or ``json``.

    Returns:
        The text to print.
    """
    if fmt is ConflictFormat.JSON:
        return format_conflicts_json(conflicts)
    return format_conflicts_table(conflicts)
