"""What exploration shows for a node or an edge: names, classes and property readings.

Everything is read from a :class:`~dockg.store.base.Store` with the queries in
``explore/queries/`` (so it works on every store): the names of entities (indexed by
:class:`dockg.lookup.NameIndex`, which also resolves the names users type), the classes of
each entity with the class hierarchy, and the labels of ontology terms. How a property
reads in a sentence comes from ``readings.csv`` ("directed", read from the person to the
film), else from its ``rdfs:label`` in the ontology ("is about"), else from its local name.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from rdflib import Literal, URIRef
from rdflib.query import Result
from rdflib.term import Identifier, Node

from dockg.lookup import ENTITY_BASE, NameIndex
from dockg.namespaces import DOCKG
from dockg.prefixes import compact_iri, expand_iri
from dockg.store.base import Store

_PACKAGE = files("dockg.explore")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


@cache
def support_query(name: str) -> str:
    """The text of one of the package's support queries (``explore/queries/NAME.rq``)."""
    return (_PACKAGE / "queries" / f"{name}.rq").read_text(encoding="utf-8")


def run(store: Store, text: str, **bindings: Identifier) -> Iterable[dict[str, Node | None]]:
    """Run a package query with ``?entityBase`` bound and yield its rows as dicts.

    Args:
        store: the store to ask.
        text: a SELECT query; it may use ``?entityBase`` (the IRI prefix of entities).
        bindings: more variables to bind (never pasted into the text).

    Yields:
        Variable name → rdflib term (``None`` when unbound), for each row.
    """
    bound = {"entityBase": Literal(ENTITY_BASE), **bindings}
    result: Result = store.query(text, bindings=bound)
    names = [str(v) for v in result.vars or ()]
    for row in result:
        yield dict(zip(names, row, strict=True))  # type: ignore[arg-type]


def words(local_name: str) -> str:
    """``workPresented`` → ``work presented``: a readable form of a local name."""
    return _CAMEL.sub(" ", local_name).lower()


def local_name(iri: str) -> str:
    """The part of an IRI after its last ``#`` or ``/``."""
    return re.split(r"[#/]", iri)[-1]


@dataclass(frozen=True)
class Reading:
    """How a property reads between two nodes.

    Attributes:
        label: the words between subject and object ("directed", "is about").
        inverse: True if the words read from the object to the subject (a film's
            ``schema:director`` reads "person directed film").
    """

    label: str
    inverse: bool = False


@cache
def _reading_table() -> dict[str, Reading]:
    text = (_PACKAGE / "readings.csv").read_text(encoding="utf-8")
    table = {}
    for row in csv.DictReader(io.StringIO(text)):
        iri = expand_iri(row["property"])
        if iri is None:  # a programming error in the packaged table, caught by the tests
            raise ValueError(f"readings.csv: unknown prefix in {row['property']!r}")
        table[iri] = Reading(row["reading"], row["direction"] == "inverse")
    return table


#: The order in which properties are preferred when several link the same two nodes:
#: the table's order, then the rest alphabetically.
def reading_rank(prop: str) -> tuple[int, str]:
    """Sort key of a property: those of ``readings.csv`` first, in its order."""
    order = list(_reading_table())
    return (order.index(prop) if prop in order else len(order), prop)


@dataclass
class Vocabulary:
    """Names, classes and readings of the entities and terms of one store.

    Build it with :meth:`from_store`.

    Attributes:
        names: every name of every entity, for labels and for resolving user input.
        types: entity IRI → every class it has, with all their super-classes.
        term_labels: class or property IRI → its English ``rdfs:label``.
        superclasses: class IRI → all its super-classes.
    """

    names: NameIndex
    types: Mapping[str, frozenset[str]]
    term_labels: Mapping[str, str]
    superclasses: Mapping[str, frozenset[str]]
    _main: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def from_store(cls, store: Store) -> Vocabulary:
        """Read names, classes and term labels from a store (four SELECT queries)."""
        names = NameIndex(
            (URIRef(str(row["entity"])), str(row["name"]), _true(row["main"]))
            for row in run(store, support_query("names"))
        )
        supers: dict[str, set[str]] = defaultdict(set)
        for row in run(store, support_query("superclasses")):
            supers[str(row["class"])].add(str(row["superclass"]))
        types: dict[str, set[str]] = defaultdict(set)
        for row in run(store, support_query("types")):
            cls_iri = str(row["class"])
            types[str(row["entity"])].update({cls_iri, *supers.get(cls_iri, ())})
        labels: dict[str, str] = {}
        for row in run(store, support_query("term-labels")):
            labels.setdefault(str(row["term"]), str(row["label"]))
        return cls(
            names=names,
            types={entity: frozenset(classes) for entity, classes in types.items()},
            term_labels=labels,
            superclasses={c: frozenset(s) for c, s in supers.items()},
        )

    def label(self, node: str) -> str:
        """The main name of an entity, else its compact IRI."""
        return self.names.label(URIRef(node))

    def main_class(self, node: str) -> str:
        """The most specific class of an entity (a dockg class if it has one), or ``""``.

        Of the entity's classes, those that are not a super-class of another of them;
        dockg's own classes before schema.org's and SKOS's; then by IRI.
        """
        if node not in self._main:
            classes = self.types.get(node, frozenset())
            specific = [
                c for c in classes if not any(c in self.superclasses.get(o, ()) for o in classes)
            ]
            ranked = sorted(specific, key=lambda c: (not c.startswith(str(DOCKG._NS)), c))
            self._main[node] = ranked[0] if ranked else ""
        return self._main[node]

    def class_label(self, cls_iri: str) -> str:
        """The label of a class ("documentary film"), else its local name in words."""
        if not cls_iri:
            return "entity"
        return self.term_labels.get(cls_iri) or words(local_name(cls_iri))

    def reading(self, prop: str) -> Reading:
        """How a property reads: ``readings.csv``, else its label, else its local name."""
        table = _reading_table()
        if prop in table:
            return table[prop]
        return Reading(self.term_labels.get(prop) or words(local_name(prop)))

    def classes_matching(self, text: str) -> frozenset[str]:
        """The class IRIs a user's text names: a (compact) IRI, or a class label.

        ``dockg:Topic``, ``topic`` and ``Historical event`` all work; case is ignored.
        """
        iri = expand_iri(text) or (text if text.startswith(("http://", "https://")) else None)
        known = {c for classes in self.types.values() for c in classes}
        if iri is not None:
            return frozenset({iri} & known)
        wanted = text.strip().casefold()
        return frozenset(
            c for c in known if wanted in (self.class_label(c).casefold(), local_name(c).casefold())
        )

    def compact(self, iri: str) -> str:
        """A compact IRI for display (``graph:subjects``)."""
        return compact_iri(iri)


def _true(value: object) -> bool:
    return isinstance(value, Literal) and str(value) in ("true", "1")
