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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from rdflib import Literal, URIRef
from rdflib.query import Result
from rdflib.term import Identifier, Node

from dockg.errors import UsageError
from dockg.lookup import NameIndex, entity_base, headings_of
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
        text: a SELECT query; it may use ``?entityBase`` (the IRI prefix of entities,
            :func:`dockg.lookup.entity_base`).
        bindings: more variables to bind (never pasted into the text).

    Yields:
        Variable name → rdflib term (``None`` when unbound), for each row.
    """
    bound = {"entityBase": Literal(entity_base(store)), **bindings}
    result: Result = store.query(text, bindings=bound)
    names = [str(v) for v in result.vars or ()]
    for row in result:
        yield dict(zip(names, row, strict=True))  # type: ignore[arg-type]


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)

#: How many nodes one VALUES block lists when names and classes are read for given nodes.
VALUES_BATCH = 2000


def with_values(text: str, variables: Sequence[str], rows: Iterable[Sequence[Identifier]]) -> str:
    """Add a VALUES block at the start of a query's outer WHERE clause.

    The block binds its variables before the group's patterns and filters are evaluated.
    Terms are written by rdflib's N3 serializer, which escapes them, so no value can
    become query syntax.

    Args:
        text: a query whose outer group starts with ``WHERE {``.
        variables: the variable names.
        rows: one term per variable in each row.

    Returns:
        The query with the block.

    Raises:
        UsageError: if the query has no ``WHERE {``.
    """
    match = _WHERE.search(text)
    if match is None:
        raise UsageError("cannot bind values: the query has no WHERE clause")
    names = " ".join(f"?{name}" for name in variables)
    values = " ".join("(" + " ".join(term.n3() for term in row) + ")" for row in rows)
    block = f" VALUES ({names}) {{ {values} }} "
    return text[: match.end()] + block + text[match.end() :]


def _batches(nodes: Iterable[str]) -> Iterator[list[str]]:
    ordered = sorted(nodes)
    for start in range(0, len(ordered), VALUES_BATCH):
        yield ordered[start : start + VALUES_BATCH]


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
        name_rows: (entity, name, is main name) for every name read, main and English
            names first.
        labels: entity IRI → its label (English main name, else its first name).
        types: entity IRI → every class it has, with all their super-classes.
        term_labels: class or property IRI → its English ``rdfs:label``.
        superclasses: class IRI → all its super-classes.
        headings: event IRI → the subject heading about it (``foaf:focus``), so that a
            name they share means the heading (see :mod:`dockg.lookup`).
    """

    name_rows: tuple[tuple[str, str, bool], ...]
    labels: Mapping[str, str]
    types: Mapping[str, frozenset[str]]
    term_labels: Mapping[str, str]
    superclasses: Mapping[str, frozenset[str]]
    headings: Mapping[str, str] = field(default_factory=dict)
    _main: dict[str, str] = field(default_factory=dict, repr=False)
    _index: NameIndex | None = field(default=None, repr=False)

    @property
    def names(self) -> NameIndex:
        """Every name indexed for resolving what users type (built on first use)."""
        if self._index is None:
            self._index = NameIndex(
                ((URIRef(e), n, main) for e, n, main in self.name_rows),
                headings={URIRef(e): URIRef(h) for e, h in self.headings.items()},
            )
        return self._index

    @classmethod
    def from_store(
        cls, store: Store, *, nodes: Iterable[str] | None = None, classes: bool = True
    ) -> Vocabulary:
        """Read names, classes and term labels from a store.

        Args:
            store: the store.
            nodes: read names and classes of these entities only (in batches of
                :data:`VALUES_BATCH`); by default, of every entity. A projection of a
                large graph labels its own nodes this way, far faster than reading all.
            classes: also read the entities' classes and the class hierarchy; without
                them (names and labels only, for a table's cells) no property path is
                used, which some SPARQL servers (Virtuoso) refuse.
        """

        def rows(query: str) -> Iterator[dict[str, Node | None]]:
            text = support_query(query)
            if nodes is None:
                yield from run(store, text)
                return
            for batch in _batches(nodes):
                yield from run(store, with_values(text, ["entity"], ([URIRef(n)] for n in batch)))

        found = sorted(
            (
                (str(r["entity"]), str(r["name"]), _true(r["main"]), _english(r))
                for r in rows("names")
            ),
            key=lambda row: (not row[2], not row[3], row[0], row[1]),
        )
        labels: dict[str, str] = {}
        for entity, name, _, _ in found:
            labels.setdefault(entity, name)
        supers: dict[str, set[str]] = defaultdict(set)
        for row in run(store, support_query("superclasses")) if classes else ():
            supers[str(row["class"])].add(str(row["superclass"]))
        types: dict[str, set[str]] = defaultdict(set)
        for row in rows("types") if classes else ():
            cls_iri = str(row["class"])
            types[str(row["entity"])].update({cls_iri, *supers.get(cls_iri, ())})
        term_labels: dict[str, str] = {}
        for row in run(store, support_query("term-labels")):
            term_labels.setdefault(str(row["term"]), str(row["label"]))
        return cls(
            name_rows=tuple((entity, name, main) for entity, name, main, _ in found),
            labels=labels,
            types={entity: frozenset(classes) for entity, classes in types.items()},
            term_labels=term_labels,
            superclasses={c: frozenset(s) for c, s in supers.items()},
            headings={str(e): str(h) for e, h in headings_of(store).items()},
        )

    def label(self, node: str) -> str:
        """The main name of an entity, else its compact IRI."""
        return self.labels.get(node) or compact_iri(node)

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


def _english(row: dict[str, Node | None]) -> bool:
    name = row["name"]
    return isinstance(name, Literal) and (name.language or "en").lower().startswith("en")
