"""The shapes accept what the ontology says a property's values are (issue 16).

For every property shape whose path has an ``rdfs:range`` in the ontology, the shape's
``sh:datatype`` (or one of its ``sh:or`` alternatives) must be the range, and so must
its ``sh:class``: a value typed as the ontology says is never refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDFS, SH
from rdflib.term import Node

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "dockg.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ROOT / "ontology" / "shapes.ttl")


def allowed(shapes: Graph, shape: Node, key: URIRef) -> set[Node]:
    """The values of ``key`` on a shape and on the alternatives of its ``sh:or``."""
    values = set(shapes.objects(shape, key))
    for alternatives in shapes.objects(shape, SH["or"]):
        for member in Collection(shapes, alternatives):
            values |= set(shapes.objects(member, key))
    return values


def disagreements(ontology: Graph, shapes: Graph) -> list[str]:
    found = []
    for shape, path in shapes.subject_objects(SH.path):
        ranges = set(ontology.objects(path, RDFS.range)) if isinstance(path, URIRef) else set()
        for key in (SH.datatype, SH["class"]):
            demanded = allowed(shapes, shape, key)
            for range_ in ranges:
                if demanded and range_ not in demanded:
                    found.append(f"{path}: range {range_}, shape demands {sorted(demanded)}")
    return sorted(found)


def test_every_shape_accepts_its_propertys_range(ontology: Graph, shapes: Graph) -> None:
    assert disagreements(ontology, shapes) == []


def test_the_three_counts_are_positive_integers(ontology: Graph, shapes: Graph) -> None:
    xsd = "http://www.w3.org/2001/XMLSchema#"
    for name in ("editionNumber", "positionInSeries", "partCount"):
        term = URIRef("https://w3id.org/dockg/ontology#" + name)
        assert ontology.value(term, RDFS.range) == URIRef(xsd + "positiveInteger")


def test_the_comparison_finds_a_disagreement(ontology: Graph, shapes: Graph) -> None:
    changed = Graph()
    changed += shapes
    shape = next(s for s, p in shapes.subject_objects(SH.path) if str(p).endswith("#isPreferred"))
    changed.set((shape, SH.datatype, URIRef("http://www.w3.org/2001/XMLSchema#string")))
    assert [d.split(":", 2)[0] for d in disagreements(ontology, changed)] == ["https"]
