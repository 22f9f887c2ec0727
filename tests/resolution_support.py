"""Small graphs for the resolution tests, written as Turtle with the usual prefixes."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef

from dockg.resolution import Resolution, resolve_incoming

PREFIXES = """\
@prefix dockg:     <https://w3id.org/dockg/ontology#> .
@prefix person:    <https://w3id.org/dockg/id/person/> .
@prefix film:      <https://w3id.org/dockg/id/film/> .
@prefix festival:  <https://w3id.org/dockg/id/festival/> .
@prefix edition:   <https://w3id.org/dockg/id/edition/> .
@prefix section:   <https://w3id.org/dockg/id/section/> .
@prefix selection: <https://w3id.org/dockg/id/selection/> .
@prefix screening: <https://w3id.org/dockg/id/screening/> .
@prefix schema:    <https://schema.org/> .
@prefix owl:       <http://www.w3.org/2002/07/owl#> .
@prefix xsd:       <http://www.w3.org/2001/XMLSchema#> .
@prefix rdf:       <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
"""

ID = "https://w3id.org/dockg/id/"


def turtle(text: str) -> Graph:
    """A graph from Turtle written without prefix declarations."""
    return Graph().parse(data=PREFIXES + text, format="turtle")


def iri(compact: str) -> URIRef:
    """``person:kim-soyoung`` → its full IRI."""
    kind, _, local = compact.partition(":")
    return URIRef(f"{ID}{kind}/{local}")


def merges(resolution: Resolution) -> dict[str, tuple[str, tuple[str, ...]]]:
    """incoming compact IRI → (existing compact IRI, reasons)."""
    return {_short(m.incoming): (_short(m.existing), m.reasons) for m in resolution.merges}


def candidates(resolution: Resolution) -> dict[tuple[str, str], tuple[str, ...]]:
    """(incoming, existing) compact IRIs → reasons."""
    return {(_short(c.incoming), _short(c.existing)): c.reasons for c in resolution.candidates}


def _short(node: URIRef) -> str:
    kind, _, local = str(node)[len(ID) :].partition("/")
    return f"{kind}:{local}"


FIXTURE = Path(__file__).parent / "fixtures" / "resolution" / "existing.ttl"


def existing() -> Graph:
    """The invented graph the rule tests resolve against (a fresh copy each time)."""
    return Graph().parse(FIXTURE)


def resolve(text: str) -> Resolution:
    """Resolve incoming Turtle (without prefix declarations) against :func:`existing`."""
    return resolve_incoming(turtle(text), existing())
