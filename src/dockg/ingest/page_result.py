"""What a page importer returns: the graph, the page's title, what was not read, the report."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, URIRef


class NoLayout(ValueError):
    """The page has no recognisable film (or person)."""


@dataclass
class PageResult:
    """What an importer read from a page.

    Attributes:
        graph: the facts, under importer-minted IRIs.
        title: a human title for the source.
        unparsed: ``(line number, text or reason)`` of what was not read.
        subject: the film or person the page is about.
        report: what was read and chosen, and why, for the summary.
    """

    graph: Graph
    title: str
    unparsed: list[tuple[int, str]] = field(default_factory=list)
    subject: URIRef | None = None
    report: tuple[str, ...] = ()
