"""``dockg profile``: what a dataset holds, and the defects real exports carry.

A researcher who loads an export dockg never saw first wants to know what is in it:
which classes and properties, in which namespaces, with which datatypes; and where it
looks broken. The profile reads the union of the store's graphs with a handful of
aggregate SPARQL queries (so it runs on any store, fast on Oxigraph):

- **namespaces**: triples per namespace of their property, and instances per namespace
  of their class;
- **classes**: instances per class;
- **properties**: triples, distinct subjects, and the kinds of their values (IRIs,
  blank nodes, literals per datatype or language);
- **suspicious hubs**: one subject holding far more values of a property than subjects
  usually do (a node with thousands of start dates, one IRI as the subject of thousands
  of programmes): at least ``hub_minimum`` values and ``hub_factor`` times the average
  for that property. Such nodes are usually a merge gone wrong in the export.
"""

from __future__ import annotations

import builtins
import json
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from rdflib import URIRef
from rdflib.term import Node

from dockg.store.base import Store
from dockg.tables import format_table
from dockg.terms import display_term, json_term
from dockg.validation.coverage import namespace_of

#: A subject is a hub for a property from this many values on...
HUB_MINIMUM = 100
#: ... and this many times the average number of values per subject.
HUB_FACTOR = 20.0

_CLASSES = "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class"
_PROPERTIES = """
SELECT ?p (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?subjects) WHERE { ?s ?p ?o } GROUP BY ?p
"""
_VALUE_KINDS = """
SELECT ?p ?kind (COUNT(*) AS ?n) WHERE {
  ?s ?p ?o .
  BIND(IF(isIRI(?o), "IRI", IF(isBlank(?o), "blank node",
       IF(LANG(?o) != "", CONCAT("@", LCASE(LANG(?o))), STR(DATATYPE(?o))))) AS ?kind)
} GROUP BY ?p ?kind
"""
#: ``{minimum}`` is an ``int`` (a HAVING clause cannot see a bound variable): never text.
_HUBS = """
SELECT ?p ?s (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }} GROUP BY ?p ?s HAVING (COUNT(*) >= {minimum})
"""


class ProfileFormat(StrEnum):
    """Output formats of ``dockg profile``."""

    TABLE = "table"
    JSON = "json"


@dataclass(frozen=True)
class PropertyProfile:
    """One property's use.

    Attributes:
        property: the property.
        triples: triples using it.
        subjects: distinct subjects.
        values: kind of value → count (``IRI``, ``blank node``, a datatype IRI, ``@lang``).
    """

    property: URIRef
    triples: int
    subjects: int
    values: dict[str, int] = field(default_factory=dict)

    @builtins.property  # the field above is named ``property``
    def average(self) -> float:
        """Values per subject, on average."""
        return self.triples / self.subjects if self.subjects else 0.0


@dataclass(frozen=True)
class Hub:
    """A subject with far more values of a property than usual.

    Attributes:
        subject: the node.
        property: the property.
        values: how many values it has.
        average: the average for that property.
    """

    subject: Node
    property: URIRef
    values: int
    average: float


@dataclass(frozen=True)
class Profile:
    """What a dataset holds.

    Attributes:
        triples: triples in the union.
        namespaces: namespace → triples whose property is in it, most first.
        class_namespaces: namespace → instances of classes in it, most first.
        classes: class → instances, most first.
        properties: every property, most used first.
        hubs: suspicious hubs, most values first.
    """

    triples: int
    namespaces: tuple[tuple[str, int], ...]
    class_namespaces: tuple[tuple[str, int], ...]
    classes: tuple[tuple[URIRef, int], ...]
    properties: tuple[PropertyProfile, ...]
    hubs: tuple[Hub, ...]


def _rows(store: Store, text: str) -> list[tuple[Any, ...]]:
    """A query's rows as plain tuples (aggregates: every cell bound)."""
    return [tuple(row) for row in store.query(text)]  # type: ignore[arg-type]


def _most_first(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def profile(
    store: Store, *, hub_minimum: int = HUB_MINIMUM, hub_factor: float = HUB_FACTOR
) -> Profile:
    """Profile the union of a store's graphs.

    Args:
        store: any store.
        hub_minimum: the fewest values that can make a hub.
        hub_factor: how many times the property's average a hub has at least.

    Returns:
        The profile.
    """
    classes = sorted(
        ((row[0], int(row[1])) for row in _rows(store, _CLASSES) if isinstance(row[0], URIRef)),
        key=lambda item: (-item[1], str(item[0])),
    )
    kinds: dict[URIRef, dict[str, int]] = {}
    for p, kind, n in _rows(store, _VALUE_KINDS):
        kinds.setdefault(p, {})[str(kind)] = int(n)
    properties = sorted(
        (
            PropertyProfile(
                property=p,
                triples=int(n),
                subjects=int(subjects),
                values=dict(sorted(kinds.get(p, {}).items(), key=lambda i: (-i[1], i[0]))),
            )
            for p, n, subjects in _rows(store, _PROPERTIES)
        ),
        key=lambda prop: (-prop.triples, str(prop.property)),
    )
    by_property = {prop.property: prop for prop in properties}
    hubs: list[Hub] = []
    for p, s, n in _rows(store, _HUBS.format(minimum=int(hub_minimum))):
        average = by_property[p].average if p in by_property else 0.0
        if int(n) >= hub_factor * average:
            hubs.append(Hub(subject=s, property=p, values=int(n), average=average))
    hubs.sort(key=lambda hub: (-hub.values, str(hub.property), str(hub.subject)))
    namespaces: Counter[str] = Counter()
    for prop in properties:
        namespaces[namespace_of(str(prop.property))] += prop.triples
    class_namespaces: Counter[str] = Counter()
    for cls, n in classes:
        class_namespaces[namespace_of(str(cls))] += n
    return Profile(
        triples=sum(prop.triples for prop in properties),
        namespaces=_most_first(namespaces),
        class_namespaces=_most_first(class_namespaces),
        classes=tuple(classes),
        properties=tuple(properties),
        hubs=tuple(hubs),
    )


def _kinds(values: dict[str, int]) -> str:
    shown = []
    for kind, n in values.items():
        label = display_term(URIRef(kind)) if "://" in kind else kind
        shown.append(f"{label} {n:,}")
    return ", ".join(shown)


def format_profile(
    found: Profile, *, fmt: ProfileFormat = ProfileFormat.TABLE, top: int = 50
) -> str:
    """Render a profile.

    Args:
        found: the profile.
        fmt: ``table`` for people (the ``top`` rows of each table) or ``json`` (all).
        top: rows per table.

    Returns:
        The text to print.
    """
    if fmt is ProfileFormat.JSON:
        data = {
            "triples": found.triples,
            "namespaces": dict(found.namespaces),
            "classNamespaces": dict(found.class_namespaces),
            "classes": {str(c): n for c, n in found.classes},
            "properties": [
                {
                    "property": str(p.property),
                    "triples": p.triples,
                    "subjects": p.subjects,
                    "values": p.values,
                }
                for p in found.properties
            ],
            "hubs": [
                {
                    "subject": json_term(h.subject),
                    "property": str(h.property),
                    "values": h.values,
                    "average": round(h.average, 2),
                }
                for h in found.hubs
            ],
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    parts = [f"{found.triples:,} triples"]
    parts.append(
        format_table(
            ["namespace", "triples (by property)"],
            [[ns, f"{n:,}"] for ns, n in found.namespaces[:top]],
        )
    )
    parts.append(
        format_table(
            ["class", "instances"],
            [[display_term(c), f"{n:,}"] for c, n in found.classes[:top]],
        )
    )
    parts.append(
        format_table(
            ["property", "triples", "subjects", "values"],
            [
                [display_term(p.property), f"{p.triples:,}", f"{p.subjects:,}", _kinds(p.values)]
                for p in found.properties[:top]
            ],
        )
    )
    if found.hubs:
        parts.append(
            "suspicious hubs (far more values than the property's average):\n"
            + format_table(
                ["subject", "property", "values", "average"],
                [
                    [
                        display_term(h.subject),
                        display_term(h.property),
                        f"{h.values:,}",
                        f"{h.average:.1f}",
                    ]
                    for h in found.hubs[:top]
                ],
            )
        )
    else:
        parts.append("suspicious hubs: none")
    return "\n".join(part.rstrip("\n") for part in parts) + "\n"
