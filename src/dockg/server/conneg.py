"""Content negotiation: the formats the server writes and how a request picks one.

A client picks a format with the ``Accept`` header (q-values honoured, the most specific
media range deciding) or, on the SPARQL endpoint, with a ``format`` parameter that
overrides it (the keywords SPARQLWrapper and other clients send: ``json``, ``xml``,
``turtle``, ``n3``, ``json-ld``, ``rdf+xml``... or a media type).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from rdflib import Dataset, Graph
from rdflib.query import Result

from dockg.prefixes import bind_prefixes
from dockg.terms import nt_term


class ResultsFormat(Enum):
    """SPARQL result formats for SELECT and ASK.

    Each value is ``(media type, keywords and other media types that ask for it)``.
    """

    JSON = ("application/sparql-results+json", ("json", "application/json", "srj"))
    XML = ("application/sparql-results+xml", ("xml", "application/xml", "srx"))
    CSV = ("text/csv", ("csv",))
    TSV = ("text/tab-separated-values", ("tsv",))

    @property
    def media_type(self) -> str:
        """The media type of responses in this format."""
        return self.value[0]

    @property
    def names(self) -> tuple[str, ...]:
        """Every keyword or media type that selects this format."""
        return (self.value[0], *self.value[1])


class GraphFormat(Enum):
    """RDF formats for CONSTRUCT and DESCRIBE results, entity descriptions and VoID.

    Each value is ``(media type, file extension, rdflib format, other names, keeps
    graphs)``. TriG and N-Quads keep named graphs, and so does JSON-LD when given a
    dataset; the others merge them.
    """

    TURTLE = (
        "text/turtle",
        "ttl",
        "turtle",
        ("turtle", "ttl", "n3", "text/n3", "application/turtle"),
        False,
    )
    NTRIPLES = ("application/n-triples", "nt", "nt", ("nt", "ntriples", "n-triples"), False)
    JSONLD = (
        "application/ld+json",
        "jsonld",
        "json-ld",
        ("json-ld", "jsonld", "json", "application/json", "application/x-json+ld"),
        True,
    )
    RDFXML = (
        "application/rdf+xml",
        "rdf",
        "xml",
        ("rdf+xml", "rdfxml", "rdf", "xml", "application/xml"),
        False,
    )
    TRIG = ("application/trig", "trig", "trig", ("trig",), True)
    NQUADS = ("application/n-quads", "nq", "nquads", ("nq", "nquads", "n-quads"), True)

    @property
    def media_type(self) -> str:
        """The media type of responses in this format."""
        return self.value[0]

    @property
    def extension(self) -> str:
        """The file extension of ``/data/...`` documents in this format (no dot)."""
        return self.value[1]

    @property
    def names(self) -> tuple[str, ...]:
        """Every keyword or media type that selects this format."""
        return (self.value[0], *self.value[3])

    @property
    def keeps_graphs(self) -> bool:
        """True if the format keeps each triple in its named graph."""
        return self.value[4]

    @classmethod
    def for_extension(cls, extension: str) -> GraphFormat | None:
        """The format of a file extension (``ttl``, ``nt``, ``jsonld``, ``rdf``...), if any."""
        return next((fmt for fmt in cls if fmt.extension == extension), None)

    @classmethod
    def for_media_type(cls, media_type: str | None) -> GraphFormat | None:
        """The format whose main media type this is, if any."""
        return next((fmt for fmt in cls if fmt.media_type == media_type), None)

    def serialize(self, graph: Graph) -> bytes:
        """Write a graph in this format, with the project prefixes where the format has any."""
        bind_prefixes(graph)
        return graph.serialize(format=self.value[2], encoding="utf-8")

    def serialize_dataset(self, dataset: Dataset) -> bytes:
        """Write a dataset: graphs kept if the format can, else merged into one graph."""
        if self.keeps_graphs:
            bind_prefixes(dataset)
            return dataset.serialize(format=self.value[2], encoding="utf-8")
        merged = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            merged.add((s, p, o))
        return self.serialize(merged)


#: The formats of one graph (CONSTRUCT, DESCRIBE, VoID, the service description).
TRIPLE_FORMATS = (GraphFormat.TURTLE, GraphFormat.NTRIPLES, GraphFormat.JSONLD, GraphFormat.RDFXML)


F = TypeVar("F", bound=ResultsFormat | GraphFormat)


@dataclass(frozen=True)
class MediaRange:
    """One entry of an ``Accept`` header."""

    type: str
    subtype: str
    q: float

    def matches(self, media_type: str) -> int:
        """How specifically this range matches a media type: 2 exact, 1 ``type/*``,
        0 ``*/*``, -1 no match."""
        kind, _, sub = media_type.partition("/")
        if self.type == "*":
            return 0
        if self.type != kind:
            return -1
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == sub else -1


def parse_accept(header: str) -> list[MediaRange]:
    """Parse an ``Accept`` header; malformed entries are skipped, a bad q counts as 0."""
    ranges = []
    for part in header.split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        kind, slash, sub = media.lower().partition("/")
        if not slash or not kind or not sub:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append(MediaRange(kind, sub, q))
    return ranges


def quality(media_type: str, ranges: Sequence[MediaRange]) -> float:
    """The q-value a client gives a media type: that of the most specific matching range."""
    best_specificity, best_q = -1, 0.0
    for media_range in ranges:
        specificity = media_range.matches(media_type)
        if specificity > best_specificity:
            best_specificity, best_q = specificity, media_range.q
    return best_q


def negotiate(accept: str | None, offers: Sequence[str]) -> str | None:
    """Pick the media type to answer with.

    Args:
        accept: the ``Accept`` header; missing or empty means anything.
        offers: the media types the server can write, preferred first.

    Returns:
        The offer with the highest q-value (the earlier offer on ties), or None if the
        client accepts none of them.
    """
    if not accept or not accept.strip():
        return offers[0] if offers else None
    ranges = parse_accept(accept)
    best, best_q = None, 0.0
    for offer in offers:
        q = quality(offer, ranges)
        if q > best_q:
            best, best_q = offer, q
    return best


def by_name(formats: Iterable[F], name: str) -> F | None:
    """The format a ``format`` parameter value names (a keyword or media type), if any."""
    wanted = name.strip().lower()
    return next((fmt for fmt in formats if wanted in fmt.names), None)


def tsv_results(result: Result) -> bytes:
    """SPARQL 1.1 TSV results: ``?var`` headers, terms in N-Triples syntax, empty if unbound."""
    variables = list(result.vars or [])
    lines = ["\t".join(f"?{var}" for var in variables)]
    for row in result.bindings:
        lines.append("\t".join(nt_term(row[var]) if var in row else "" for var in variables))
    return ("\n".join(lines) + "\n").encode("utf-8")
