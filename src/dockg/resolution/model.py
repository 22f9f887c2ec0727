"""What resolution decides: merges, candidate pairs, and the two together."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef


@dataclass(frozen=True)
class Merge:
    """An incoming entity is the same as one already in the graph.

    Attributes:
        incoming: the IRI the importer minted for the source's entity.
        existing: the entity already in the graph that it is merged into.
        reasons: the evidence, in words, strongest first.
    """

    incoming: URIRef
    existing: URIRef
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Candidate:
    """A plausible match without enough evidence: both entities are kept and reported.

    Attributes:
        incoming: the entity as a source names it (or one of two existing entities).
        existing: the entity it may be the same as.
        reasons: what speaks for the match, then what speaks against or is missing.
    """

    incoming: URIRef
    existing: URIRef
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Resolution:
    """The merges and candidate pairs found for one body of incoming facts."""

    merges: tuple[Merge, ...] = ()
    candidates: tuple[Candidate, ...] = ()

    def mapping(self) -> dict[URIRef, URIRef]:
        """Each merged incoming IRI → the existing IRI that replaces it."""
        return {m.incoming: m.existing for m in self.merges}
