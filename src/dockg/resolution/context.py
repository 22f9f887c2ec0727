"""The state of one resolution run: both indexes, the mapping so far, the decisions."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from dockg.prefixes import compact_iri
from dockg.resolution.model import Candidate, Merge, Resolution
from dockg.resolution.profiles import GraphIndex


def show(iri: URIRef) -> str:
    """An IRI as a reason shows it: compact where a prefix is known."""
    return compact_iri(iri)


@dataclass(frozen=True)
class Option:
    """One existing entity an incoming entity may be, with the reasons for and against.

    Attributes:
        existing: the entity already in the graph.
        reasons: the evidence, in words.
        enough: True if the evidence is enough to merge.
    """

    existing: URIRef
    reasons: tuple[str, ...]
    enough: bool


class Context:
    """Both graphs' indexes, the merges decided so far and the candidate pairs.

    In ``within`` mode the incoming and the existing index are one graph's, entities are
    compared with the others of that graph, and every pair found is a candidate.
    """

    def __init__(self, incoming: GraphIndex, existing: GraphIndex, *, within: bool = False):
        self.incoming = incoming
        self.existing = existing
        self.within = within
        self.mapping: dict[URIRef, URIRef] = {}
        self.merges: list[Merge] = []
        self.candidates: list[Candidate] = []
        self._paired: set[frozenset[URIRef]] = set()

    def mapped(self, iri: object) -> URIRef | None:
        """The existing entity an incoming IRI stands for: merged into, or the same IRI."""
        if not isinstance(iri, URIRef):
            return None
        if iri in self.mapping:
            return self.mapping[iri]
        return iri if iri in self.existing.profiles else None

    def is_new(self, iri: URIRef) -> bool:
        """True if the incoming entity still has to be resolved (it is not in the graph)."""
        return self.within or iri not in self.existing.profiles

    def others(self, iri: URIRef, found: set[URIRef]) -> list[URIRef]:
        """The existing entities found, without the entity itself, sorted."""
        return sorted((f for f in found if f != iri), key=str)

    def decide(self, incoming: URIRef, options: list[Option]) -> None:
        """Merge with the one option that has enough evidence; report the rest as candidates.

        Two or more options with enough evidence make the match ambiguous: all become
        candidates, with a reason naming the rivals. In ``within`` mode every option is a
        candidate, each pair reported once; pairs already linked by ``owl:sameAs`` are skipped.
        """
        options = [o for o in options if frozenset((incoming, o.existing)) not in self._known()]
        if not options:
            return
        enough = [o for o in options if o.enough]
        if len(enough) == 1 and not self.within:
            (chosen,) = enough
            self.mapping[incoming] = chosen.existing
            self.merges.append(Merge(incoming, chosen.existing, chosen.reasons))
            return
        rivals = enough if len(enough) > 1 else []
        for option in enough or options:
            pair = frozenset((incoming, option.existing))
            if pair in self._paired:
                continue
            self._paired.add(pair)
            reasons = option.reasons
            others = [show(r.existing) for r in rivals if r is not option]
            if others:
                reasons = (*reasons, f"ambiguous: also matches {', '.join(others)}")
            self.candidates.append(Candidate(incoming, option.existing, reasons))

    def _known(self) -> set[frozenset[URIRef]]:
        return self.existing.same_as | self.incoming.same_as

    def resolution(self) -> Resolution:
        """The decisions, merges and candidates each sorted by IRI."""
        return Resolution(
            merges=tuple(sorted(self.merges, key=lambda m: (str(m.incoming), str(m.existing)))),
            candidates=tuple(
                sorted(self.candidates, key=lambda c: (str(c.incoming), str(c.existing)))
            ),
        )
