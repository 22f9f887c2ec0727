"""Starts of any precision are comparable: dockg:earliestStart / dockg:latestStart.

schema:startDate holds years, dates and date-times, which SPARQL does not order against
each other: a range filter on xsd:dateTime found 2 of the seed's 12 dated events
(issue 16). The build derives the first and last date-time each start allows.
"""

from __future__ import annotations

from functools import cache

import pytest
from rdflib import BNode, Literal
from rdflib.namespace import XSD

from dockg.materialize import start_bounds
from dockg.namespaces import DOCKG, SDO
from dockg.store.oxigraph import OxigraphStore
from queries_support import seed_loaded, seed_project


@cache
def store() -> OxigraphStore:
    native = OxigraphStore(None)
    native.load_project(seed_project())
    return native


@pytest.mark.parametrize(
    ("lexical", "datatype", "expected"),
    [
        ("2019", "gYear", ("2019-01-01T00:00:00", "2019-12-31T23:59:59")),
        ("2020-02", "gYearMonth", ("2020-02-01T00:00:00", "2020-02-29T23:59:59")),
        ("2019-03-21", "date", ("2019-03-21T00:00:00", "2019-03-21T23:59:59")),
        ("2019-03-21+09:00", "date", ("2019-03-21T00:00:00+09:00", "2019-03-21T23:59:59+09:00")),
        ("2019-03-23T11:00:00+09:00", "dateTime", ("2019-03-23T11:00:00+09:00",) * 2),
        ("2019-02-30", "date", None),
        ("20x7", "gYear", None),
        ("2019", "string", None),
    ],
)
def test_bounds(lexical: str, datatype: str, expected: tuple[str, str] | None) -> None:
    assert start_bounds(lexical, str(XSD) + datatype) == expected


def test_every_dated_event_gets_both_bounds_in_the_graph_of_its_start() -> None:
    # schema:startDate as written or materialized (from dockg:firstEditionYear).
    for graph in seed_loaded().named_graphs():
        for event, start in graph.subject_objects(SDO.startDate):
            first, last = start_bounds(str(start), str(start.datatype))  # type: ignore[misc]
            assert graph.value(event, DOCKG.earliestStart) == Literal(first, datatype=XSD.dateTime)
            assert graph.value(event, DOCKG.latestStart) == Literal(last, datatype=XSD.dateTime)


def test_the_native_build_derives_the_same_bounds() -> None:
    bounds = (DOCKG.earliestStart, DOCKG.latestStart)
    expected = [
        (s, p, o, g.identifier)
        for g in seed_loaded().named_graphs()
        for p in bounds
        for s, o in g.subject_objects(p)
    ]
    native = [quad for quad in store().quads() if quad[1] in bounds]
    assert len(native) == len(expected) >= 24

    # Blank-node events (a source's festival years) have other labels in each store.
    def named(quads: list) -> set:
        return {q for q in quads if not isinstance(q[0], BNode)}

    assert named(native) == named(expected)


RANGE = """
PREFIX schema: <https://schema.org/>
PREFIX dockg: <https://w3id.org/dockg/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE {
  ?event schema:startDate ?start .
  %s
}
"""


def test_a_range_filter_finds_events_of_every_precision() -> None:
    dated = int(next(iter(store().query(RANGE % "")))[0])  # type: ignore[index]
    naive = RANGE % (
        'FILTER (?start >= "1800-01-01T00:00:00Z"^^xsd:dateTime'
        ' && ?start <= "2100-01-01T00:00:00Z"^^xsd:dateTime)'
    )
    bounded = RANGE % (
        "?event dockg:earliestStart ?first ; dockg:latestStart ?last ."
        ' FILTER (?last >= "1800-01-01T00:00:00Z"^^xsd:dateTime'
        ' && ?first <= "2100-01-01T00:00:00Z"^^xsd:dateTime)'
    )
    assert int(next(iter(store().query(naive)))[0]) < dated  # type: ignore[index]
    assert int(next(iter(store().query(bounded)))[0]) == dated  # type: ignore[index]
