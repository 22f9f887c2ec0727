"""Claims that resolution records for an import name the document the import read.

Issue 16: in the union export a contested value must lead to its source. Importers
quote their own claims; the claims resolution adds where an import and the graph
disagree now say ``prov:wasQuotedFrom`` the import's document for the import's value
(the value already in the graph keeps a claim without one: the merged graph does not
say which source stated it).
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from dockg.namespaces import DOCKG, PROV, RDF, SDO, XSD
from dockg.resolution.record import claim_clashes

PERSON = URIRef("https://w3id.org/dockg/person/im-heung-soon")
DOCUMENT = URIRef("https://w3id.org/dockg/source/new-bio-page/document")


def _graphs() -> tuple[Graph, Graph]:
    existing = Graph()
    existing.add((SDO.birthDate, RDF.type, DOCKG.SingleValuedProperty))
    existing.add((PERSON, SDO.birthDate, Literal("1969", datatype=XSD.gYear)))
    result = Graph()
    result.add((PERSON, SDO.birthDate, Literal("1970", datatype=XSD.gYear)))
    return result, existing


def _quoted(result: Graph) -> dict[str, set[URIRef]]:
    return {
        str(result.value(claim, RDF.object)): set(result.objects(claim, PROV.wasQuotedFrom))
        for claim in result.subjects(RDF.type, DOCKG.Claim)
    }


def test_the_import_s_value_is_quoted_from_its_document() -> None:
    result, existing = _graphs()
    added = claim_clashes(result, existing, quoted_from=DOCUMENT)
    assert len(added) == 2
    assert _quoted(result) == {"1970": {DOCUMENT}, "1969": set()}


def test_without_a_document_no_source_is_invented() -> None:
    result, existing = _graphs()
    claim_clashes(result, existing)
    assert _quoted(result) == {"1970": set(), "1969": set()}
