"""``dockg resolve --report``: every recorded merge and every unresolved candidate pair.

Merges and candidates are read from the ``dockg:IdentityMatch`` records that imports
wrote (:mod:`dockg.resolution.record`), through a :class:`~dockg.store.base.Store`, so the
report runs on every store. Candidates are also looked for among the entities already
in the graph (:func:`~dockg.resolution.resolve.resolve_within`), so two sources that
minted two IRIs for one person before resolution existed show up too. A candidate pair
is settled, and no longer listed, once any graph states ``owl:sameAs`` or
``owl:differentFrom`` between the two.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources

from rdflib import Graph, URIRef
from rdflib.query import ResultRow
from rdflib.term import Node

from dockg.namespaces import DOCKG
from dockg.prefixes import compact_iri
from dockg.resolution.resolve import resolve_within
from dockg.store.base import Store
from dockg.tables import format_table


class MatchStatus(StrEnum):
    """Whether a pair was merged or is a candidate a curator still has to settle."""

    MERGED = "merged"
    CANDIDATE = "candidate"


@dataclass(frozen=True)
class ReportedMatch:
    """One line of the report.

    Attributes:
        status: merged, or an unresolved candidate.
        entity: the IRI a source's import minted (or one of two entities of the graph).
        other: the entity it was merged into or may be.
        reasons: the evidence, sorted.
        graph: the named graph that records the decision; None for a candidate found
            now among entities already in the graph.
    """

    status: MatchStatus
    entity: URIRef
    other: URIRef
    reasons: tuple[str, ...]
    graph: URIRef | None


def _query(name: str) -> str:
    return (resources.files("dockg.resolution") / "queries" / name).read_text(encoding="utf-8")


def _rows(store: Store, name: str) -> list[ResultRow]:
    return [row for row in store.query(_query(name)) if isinstance(row, ResultRow)]


def _settled(store: Store) -> set[frozenset[Node]]:
    return {frozenset((row[0], row[1])) for row in _rows(store, "settled-pairs.rq")}


def _recorded(store: Store) -> list[ReportedMatch]:
    reasons: defaultdict[tuple[Node, ...], set[str]] = defaultdict(set)
    for row in _rows(store, "recorded-matches.rq"):
        key = (row.graph, row.record, row.kind, row.entity, row.other)
        found = reasons[key]  # a record without reasons is still listed
        if row.reason is not None:
            found.add(str(row.reason))
    matches = []
    for (graph, _, kind, entity, other), why in reasons.items():
        assert isinstance(entity, URIRef) and isinstance(other, URIRef)
        status = MatchStatus.MERGED if kind == DOCKG.MergedMatch else MatchStatus.CANDIDATE
        matches.append(
            ReportedMatch(
                status,
                entity,
                other,
                tuple(sorted(why)),
                graph if isinstance(graph, URIRef) else None,
            )
        )
    return matches


def union_graph(store: Store) -> Graph:
    """Every triple of the store in one plain graph."""
    graph = Graph()
    for s, p, o, _ in store.quads():
        graph.add((s, p, o))
    return graph


def resolution_report(store: Store, *, look_now: bool = True) -> list[ReportedMatch]:
    """The recorded merges and the unresolved candidate pairs of a project.

    Args:
        store: the project's graph.
        look_now: also look for candidates among the entities already in the graph.

    Returns:
        Merges first, then candidates recorded at import, then candidates found now;
        each group sorted by entity and other.
    """
    settled = _settled(store)
    recorded = _recorded(store)
    seen = {frozenset((m.entity, m.other)) for m in recorded}
    found = []
    if look_now:
        for candidate in resolve_within(union_graph(store)).candidates:
            pair = frozenset((candidate.incoming, candidate.existing))
            if pair not in seen:
                found.append(
                    ReportedMatch(
                        MatchStatus.CANDIDATE,
                        candidate.incoming,
                        candidate.existing,
                        candidate.reasons,
                        None,
                    )
                )
    merges = [m for m in recorded if m.status is MatchStatus.MERGED]
    open_candidates = [
        m
        for m in recorded
        if m.status is MatchStatus.CANDIDATE and frozenset((m.entity, m.other)) not in settled
    ]
    found = [m for m in found if frozenset((m.entity, m.other)) not in settled]

    def order(m: ReportedMatch) -> tuple[str, str, str]:
        return str(m.entity), str(m.other), str(m.graph or "")

    return sorted(merges, key=order) + sorted(open_candidates, key=order) + found


class ReportFormat(StrEnum):
    """Output formats of ``dockg resolve --report``."""

    TABLE = "table"
    CSV = "csv"
    JSON = "json"


HEADERS = ("status", "entity", "same as", "recorded in", "reasons")


def _row(match: ReportedMatch) -> list[str]:
    return [
        match.status.value,
        compact_iri(match.entity),
        compact_iri(match.other),
        compact_iri(match.graph) if match.graph is not None else "(found now)",
        "; ".join(match.reasons),
    ]


def format_report(matches: list[ReportedMatch], *, fmt: ReportFormat = ReportFormat.TABLE) -> str:
    """Render the report.

    Args:
        matches: from :func:`resolution_report`.
        fmt: a table with a closing count, CSV (the same columns, full IRIs), or JSON.

    Returns:
        The text to print.
    """
    if fmt is ReportFormat.JSON:
        data = [
            {
                "status": m.status.value,
                "entity": str(m.entity),
                "same_as": str(m.other),
                "graph": str(m.graph) if m.graph is not None else None,
                "reasons": list(m.reasons),
            }
            for m in matches
        ]
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt is ReportFormat.CSV:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["status", "entity", "same_as", "graph", "reasons"])
        for m in matches:
            graph = str(m.graph) if m.graph is not None else ""
            writer.writerow([m.status.value, m.entity, m.other, graph, "; ".join(m.reasons)])
        return out.getvalue()
    merged = sum(m.status is MatchStatus.MERGED for m in matches)
    open_pairs = len(matches) - merged
    found = sum(m.graph is None for m in matches)
    summary = (
        f"{merged} merge{'s' if merged != 1 else ''}, "
        f"{open_pairs} unresolved candidate{'s' if open_pairs != 1 else ''}"
        f" ({found} found now among entities already in the graph)\n"
    )
    if not matches:
        return summary
    return format_table(HEADERS, [_row(m) for m in matches]) + "\n" + summary
