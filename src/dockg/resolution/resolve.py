"""Resolution of one source's entities against the graph, and among the graph's own."""

from __future__ import annotations

from rdflib import Graph

from dockg.resolution.context import Context
from dockg.resolution.festivals import resolve_editions, resolve_festivals, resolve_sections
from dockg.resolution.model import Resolution
from dockg.resolution.people import resolve_people
from dockg.resolution.profiles import GraphIndex
from dockg.resolution.works import resolve_films, resolve_showings

#: The rules in the order they run: each may use the merges of those before it
#: (editions need their festival, films feed the evidence about people).
RULES = (
    resolve_festivals,
    resolve_editions,
    resolve_sections,
    resolve_films,
    resolve_people,
    resolve_showings,
)


def resolve_incoming(
    incoming: Graph, existing: Graph, *, existing_index: GraphIndex | None = None
) -> Resolution:
    """Decide which of a source's entities are entities the graph already has.

    Entities whose IRI the graph already has are the same by construction (IRIs are
    minted from names and keys) and are not reported. Every other festival, edition,
    section, film, person, selection and screening is matched by the rules of
    :mod:`~dockg.resolution.festivals`, :mod:`~dockg.resolution.works` and
    :mod:`~dockg.resolution.people`.

    Args:
        incoming: the triples an importer built for one source, under its own IRIs.
        existing: the materialized union of the project, without the source's own
            previous graph (so that a re-run does not merge with itself).
        existing_index: the index of ``existing``, if the caller already built it.

    Returns:
        The merges (enough evidence) and candidate pairs (plausible, kept apart).
    """
    index = existing_index if existing_index is not None else GraphIndex(existing)
    ctx = Context(GraphIndex(incoming), index)
    for rule in RULES:
        rule(ctx)
    return ctx.resolution()


def resolve_within(graph: Graph) -> Resolution:
    """Find pairs of entities in one graph that may be the same, as candidates only.

    The rules are those of :func:`resolve_incoming`, each entity weighed against every
    other; pairs already linked by ``owl:sameAs`` are left out. Nothing is merged.

    Args:
        graph: the materialized union of the project.

    Returns:
        A resolution with no merges and one candidate per unordered pair.
    """
    index = GraphIndex(graph)
    ctx = Context(index, index, within=True)
    for rule in RULES:
        rule(ctx)
    return ctx.resolution()
