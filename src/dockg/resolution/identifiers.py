"""External identifiers as evidence: the same IMDb or VIAF record, or two different ones.

An entity's identifiers are read from its ``schema:sameAs`` URLs (an IMDb title or name
page, a VIAF record) and from its ``schema:identifier`` property values
(``schema:propertyID`` and ``schema:value``, as ``dockg ingest wikidata`` writes them).
Two entities with a shared identifier are the same record in another database: strong
evidence. Two entities with different identifiers of the same scheme (and none shared) are
two records, so two entities: a merge is blocked, and the pair is not even a candidate.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from dockg.namespaces import SDO

#: URL patterns of the schemes recognised in ``schema:sameAs``.
_URLS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("IMDb", re.compile(r"^https?://(?:www\.|m\.)?imdb\.com/(?:title|name)/((?:tt|nm)\d+)")),
    ("VIAF", re.compile(r"^https?://(?:www\.)?viaf\.org/viaf/(\d+)")),
)

Identifiers = dict[str, frozenset[str]]


def identifiers_of(
    graph: Graph, subject: Node, objects: Callable[[Node, URIRef], list[Node]] | None = None
) -> Identifiers:
    """The identifiers of an entity, by scheme (``{"IMDb": {"tt0094747"}}``).

    Args:
        graph: where its facts are.
        subject: the entity.
        objects: a faster ``(subject, property) -> values`` lookup, if the caller has one.
    """
    values = objects or (lambda s, p: list(graph.objects(s, p)))
    found: defaultdict[str, set[str]] = defaultdict(set)
    for url in values(subject, SDO.sameAs):
        for scheme, pattern in _URLS:
            match = pattern.match(str(url))
            if match:
                found[scheme].add(match.group(1))
    for node in values(subject, SDO.identifier):
        name = graph.value(node, SDO.propertyID)
        code = graph.value(node, SDO.value)
        if isinstance(name, Literal) and isinstance(code, Literal):
            found[str(name)].add(str(code))
    return {scheme: frozenset(codes) for scheme, codes in found.items()}


def identifier_agreement(mine: Identifiers, theirs: Identifiers) -> tuple[bool | None, str]:
    """Whether two entities' identifiers agree: True (one shared), False (a scheme both
    have, with nothing shared), None (nothing to compare); and the reason in words."""
    for scheme in sorted(mine.keys() & theirs.keys()):
        shared = mine[scheme] & theirs[scheme]
        if shared:
            return True, f"same {scheme} id {min(shared)}"
    for scheme in sorted(mine.keys() & theirs.keys()):
        ours, their = ", ".join(sorted(mine[scheme])), ", ".join(sorted(theirs[scheme]))
        return False, f"{scheme} ids differ: {ours} / {their}"
    return None, "no identifier to compare"
