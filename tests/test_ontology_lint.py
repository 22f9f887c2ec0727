"""Lint the ontology: every dockg term is labelled, explained, defined-by and aligned."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from dockg.namespaces import DOCKG

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_IRI = URIRef("https://w3id.org/dockg/ontology")
#: Vocabularies a dockg term may be aligned to.
EXTERNAL = (
    "https://schema.org/",
    "http://www.wikidata.org/entity/",
    "http://www.w3.org/ns/prov#",
    "http://www.w3.org/2004/02/skos/core#",
    "http://purl.org/dc/terms/",
    "http://www.w3.org/2006/time#",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
)
ALIGNMENTS = (
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    DOCKG.exactWikidataMatch,
    DOCKG.closeWikidataMatch,
)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "dockg.ttl")


def dockg_terms(g: Graph) -> list[URIRef]:
    ns = str(DOCKG._NS)
    return sorted({s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(ns)})


def test_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    for p in (DCTERMS.title, DCTERMS.description, DCTERMS.license, OWL.versionIRI, OWL.versionInfo):
        assert ontology.value(ONTOLOGY_IRI, p) is not None, p
    # The licence is an IRI, not a string.
    assert isinstance(ontology.value(ONTOLOGY_IRI, DCTERMS.license), URIRef)


def test_every_term_is_labelled_commented_and_defined_by(ontology: Graph) -> None:
    problems = []
    for term in dockg_terms(ontology):
        labels = [o for o in ontology.objects(term, RDFS.label) if isinstance(o, Literal)]
        comments = [o for o in ontology.objects(term, RDFS.comment) if isinstance(o, Literal)]
        if not any(lab.language == "en" for lab in labels):
            problems.append(f"{term}: no rdfs:label@en")
        if not any(c.language == "en" and str(c).rstrip().endswith(".") for c in comments):
            problems.append(f"{term}: no rdfs:comment@en that is a full sentence")
        if (term, RDFS.isDefinedBy, ONTOLOGY_IRI) not in ontology:
            problems.append(f"{term}: no rdfs:isDefinedBy")
    assert problems == []


def _aligned(g: Graph, term: URIRef, seen: frozenset[URIRef] = frozenset()) -> bool:
    """A term is aligned if it points to an external term, or to a dockg term that is."""
    for p in ALIGNMENTS:
        for o in g.objects(term, p):
            if str(o).startswith(EXTERNAL):
                return True
            if isinstance(o, URIRef) and o not in seen and _aligned(g, o, seen | {term}):
                return True
    return False


def test_every_class_and_property_is_aligned(ontology: Graph) -> None:
    unaligned = []
    for term in dockg_terms(ontology):
        kinds = set(ontology.objects(term, RDF.type))
        if not kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}:
            continue  # individuals are typed by an aligned class instead
        # A documented reason ("no schema.org equivalent because ...") also counts.
        if not _aligned(ontology, term) and ontology.value(term, SKOS.scopeNote) is None:
            unaligned.append(term)
    assert unaligned == []


def test_known_wikidata_alignments(ontology: Graph) -> None:
    wd = "http://www.wikidata.org/entity/"
    assert (DOCKG.DocumentaryFilm, DOCKG.exactWikidataMatch, URIRef(wd + "Q93204")) in ontology
    assert (DOCKG.filmEditor, DOCKG.exactWikidataMatch, URIRef(wd + "P1040")) in ontology
    assert (DOCKG.cinematographer, DOCKG.exactWikidataMatch, URIRef(wd + "P344")) in ontology
    # Close, not exact: series ordinal vs. edition, part of, depicts, narrative location.
    for term, entity in [
        (DOCKG.editionOf, "P179"),
        (DOCKG.sectionOf, "P361"),
        (DOCKG.depicts, "P180"),
        (DOCKG.isSetIn, "P840"),
    ]:
        assert (term, DOCKG.closeWikidataMatch, URIRef(wd + entity)) in ontology, term
        assert (term, DOCKG.exactWikidataMatch, None) not in ontology, term


def test_no_skos_mapping_on_owl_terms(ontology: Graph) -> None:
    # SKOS mapping properties hold between skos:Concepts: on an OWL class or property
    # they would make it a concept under SKOS semantics (regression, issue 16).
    mapping = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch)
    misused = [
        (term, p) for term in dockg_terms(ontology) for p in mapping if (term, p, None) in ontology
    ]
    assert misused == []


def test_datatype_properties_are_not_sub_properties_of_object_properties(
    ontology: Graph,
) -> None:
    # dockg:sourceLocation under prov:atLocation typed line numbers prov:Location.
    object_properties = {URIRef("http://www.w3.org/ns/prov#atLocation")}
    object_properties |= set(ontology.subjects(RDF.type, OWL.ObjectProperty))
    for term in ontology.subjects(RDF.type, OWL.DatatypeProperty):
        assert not set(ontology.objects(term, RDFS.subPropertyOf)) & object_properties, term


def test_identified_with_is_not_a_subject(ontology: Graph) -> None:
    # A person's dcterms:subject became a community (issue 16).
    assert (DOCKG.identifiedWith, RDFS.subPropertyOf, DCTERMS.subject) not in ontology


def test_namespace_module_matches_ontology(ontology: Graph) -> None:
    declared = {str(DOCKG._NS) + name for name in DOCKG.__annotations__}
    defined = {str(t) for t in dockg_terms(ontology)}
    assert declared == defined


def test_namespace_is_closed() -> None:
    with pytest.raises(AttributeError):
        _ = DOCKG.isAbuot  # a misspelling must not mint a term


def test_deprecated_terms_point_to_replacement(ontology: Graph) -> None:
    for term in ontology.subjects(OWL.deprecated, Literal(True)):
        assert ontology.value(term, DCTERMS.isReplacedBy) is not None, term
