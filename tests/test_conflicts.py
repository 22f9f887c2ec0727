"""Conflicts: competing values of single-valued properties, with sources and evidence."""

from __future__ import annotations

import json

from rdflib import Literal, URIRef

from dockg.conflicts import ConflictFormat, find_conflicts, format_conflicts
from dockg.loading import LoadedDataset
from dockg.namespaces import SDO, XSD

ID = "https://w3id.org/dockg/id/"
GRAPH = "https://w3id.org/dockg/graph/"


def test_the_contested_year_is_the_only_conflict(mini_loaded: LoadedDataset) -> None:
    (conflict,) = find_conflicts(mini_loaded)
    assert conflict.subject == URIRef(ID + "film/heart-of-snow")
    assert conflict.predicate == SDO.dateCreated
    y2017, y2018 = conflict.values
    assert y2017.value == Literal("2017", datatype=XSD.gYear)
    assert y2018.value == Literal("2018", datatype=XSD.gYear)
    assert conflict.preferred_value == y2017.value


def test_each_value_has_its_graph_document_and_claim(mini_loaded: LoadedDataset) -> None:
    (conflict,) = find_conflicts(mini_loaded)
    y2017, y2018 = conflict.values
    (source,) = y2018.sources
    assert (source.graph, source.file) == (
        URIRef(GRAPH + "mini-festival"),
        "data/festival/catalogue.ttl",
    )
    assert (source.document, source.identifier, source.title) == (
        URIRef(ID + "source/festival-catalogue-2018"),
        "festival-catalogue-2018.pdf",
        "Festival catalogue 2018",
    )
    (claim,) = y2018.claims
    assert (claim.evidence, claim.location, claim.preferred) == (
        "HEART OF SNOW / 2018 / 80'",
        "line 8, film header",
        False,
    )
    assert [c.preferred for c in y2017.claims] == [True]
    assert y2017.sources[0].identifier == "mini-filmography.md"


def test_table_and_json(mini_loaded: LoadedDataset) -> None:
    conflicts = find_conflicts(mini_loaded)
    lines = format_conflicts(conflicts).splitlines()
    assert lines[0].split() == [
        "subject",
        "property",
        "value",
        "preferred",
        "source",
        "evidence",
        "location",
    ]
    assert lines[2].split()[:4] == ["film:heart-of-snow", "schema:dateCreated", "2017", "*"]
    data = json.loads(format_conflicts(conflicts, fmt=ConflictFormat.JSON))
    assert data[0]["values"][1]["claims"][0]["location"] == "line 8, film header"
    assert format_conflicts([]) == "no conflicting values\n"
