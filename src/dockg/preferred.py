"""The preferred view: one value per fact, as curators ranked the sources' values.

Sources disagree on single-valued facts (a person born 1969 or 1970); the graph keeps
every value in the graph of its source. A consumer who wants one answer per fact asks
for this view (``dockg export --preferred``): for each contested
``dockg:SingleValuedProperty`` fact, the value a ``dockg:Claim`` marks
``dockg:isPreferred true`` is kept and the others are left out of every graph. A
contested fact no curator has ranked has no value in the view (a wrong value is worse
than none); it is reported, so the curators can rank it. Facts that are not contested,
and the claims themselves, are kept as they are: the view still says where each kept
value came from.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib.term import Node

from dockg.conflicts import FUNCTIONAL_FACTS, Conflict, find_conflicts
from dockg.loading import LoadedDataset


@dataclass(frozen=True)
class PreferredView:
    """What making the view did.

    Attributes:
        settled: the contested facts reduced to their preferred value.
        unsettled: the contested facts left without a value (no value, or several,
            marked preferred).
        removed: the number of triples taken out.
    """

    settled: tuple[Conflict, ...]
    unsettled: tuple[Conflict, ...]
    removed: int


def prefer(loaded: LoadedDataset) -> PreferredView:
    """Reduce every contested single-valued fact to its preferred value, in place.

    Args:
        loaded: the dataset (materialized or not).

    Returns:
        The facts settled and unsettled, and how many triples were removed.
    """
    functional = {fact.predicate for fact in FUNCTIONAL_FACTS}
    settled: list[Conflict] = []
    unsettled: list[Conflict] = []
    removed = 0
    for conflict in find_conflicts(loaded):
        if conflict.predicate in functional:  # compared as sets or years: not one value
            continue
        keep: Node | None = conflict.preferred_value
        (settled if keep is not None else unsettled).append(conflict)
        for value in conflict.values:
            if value.value == keep:
                continue
            triple = (conflict.subject, conflict.predicate, value.value)
            for graph in loaded.named_graphs():
                if triple in graph:
                    graph.remove(triple)
                    removed += 1
    return PreferredView(tuple(settled), tuple(unsettled), removed)
