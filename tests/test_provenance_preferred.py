"""Claims name their source themselves (so a union export keeps it), and the preferred
view gives one value per fact as the curators ranked them."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from conftest import run_dockg
from dockg.ingest.builder import GraphBuilder
from dockg.iris import mint_source_document
from dockg.loading import load_dataset
from dockg.materialize import materialize
from dockg.namespaces import DOCKG, SDO
from dockg.preferred import prefer
from queries_support import seed_export_union, seed_project

IM = URIRef("https://w3id.org/dockg/id/person/im-heung-soon")
AFTERLIFE = URIRef("https://w3id.org/dockg/id/film/heart-of-snow-afterlife")
BIO_PAGE = URIRef("https://w3id.org/dockg/id/source/filmsite-im-heung-soon-bio-page")
CURATED = URIRef("https://w3id.org/dockg/graph/curated-general-knowledge")


def test_every_claim_names_its_source_in_the_union_export() -> None:
    union = seed_export_union()
    claims = set(union.subjects(RDF.type, DOCKG.Claim))
    assert len(claims) == 6
    for claim in claims:
        assert {*union.objects(claim, PROV.wasQuotedFrom), *union.objects(claim, DCTERMS.source)}, (
            claim
        )


def test_each_birth_year_leads_to_its_source_in_theseed_export_union() -> None:
    # In dockg.ttl the graphs are merged: the claim is the only way back to the source.
    union = seed_export_union()
    sources = {}
    for claim in union.subjects(RDF.subject, IM):
        year = union.value(claim, RDF.object)
        sources[str(year)] = union.value(claim, PROV.wasQuotedFrom) or union.value(
            claim, DCTERMS.source
        )
    assert sources == {"1969": CURATED, "1970": BIO_PAGE}
    assert (BIO_PAGE, RDF.type, DOCKG.SourceDocument) in union


def test_an_imported_claim_quotes_the_imported_document() -> None:
    builder = GraphBuilder("sidof-2020-page")
    value = Literal("2018", datatype=XSD.gYear)
    builder.fact(AFTERLIFE, SDO.dateCreated, value, evidence="2018 | 16min", location="line 8")
    (claim,) = builder.graph.subjects(RDF.type, DOCKG.Claim)
    assert builder.graph.value(claim, PROV.wasQuotedFrom) == mint_source_document("sidof-2020-page")


def test_the_preferred_view_keeps_the_ranked_value_and_drops_unranked_ones() -> None:
    loaded = load_dataset(seed_project())
    materialize(loaded)
    # A curator ranks the reference works' 1969 above the film site's 1970.
    claim = URIRef("https://w3id.org/dockg/id/claim/im-heung-soon-birthdate-1969")
    loaded.dataset.graph(CURATED).add((claim, DOCKG.isPreferred, Literal(True)))
    before = sum(len(g) for g in loaded.named_graphs())
    view = prefer(loaded)
    union = loaded.union()
    assert [(c.subject, c.predicate) for c in view.settled] == [(IM, SDO.birthDate)]
    assert set(union.objects(IM, SDO.birthDate)) == {Literal("1969", datatype=XSD.gYear)}
    assert sorted((c.subject, str(c.predicate)) for c in view.unsettled) == [
        (AFTERLIFE, str(SDO.dateCreated)),
        (AFTERLIFE, str(SDO.duration)),
    ]
    assert set(union.objects(AFTERLIFE, SDO.dateCreated)) == set()
    assert set(union.objects(AFTERLIFE, SDO.duration)) == set()
    assert view.removed == 5 == before - sum(len(g) for g in loaded.named_graphs())
    # The claims stay: the view still says where the kept value came from.
    assert len(set(union.subjects(RDF.type, DOCKG.Claim))) == 6


def test_export_preferred_writes_the_view_and_names_the_unranked_facts() -> None:
    root = seed_project().root
    run = run_dockg("--project", root, "export", "--preferred", "--format", "nquads")
    assert run.code == 0, run.stderr
    # No claim of the seed is ranked: every contested fact is left out, and named.
    assert f"<{IM}> <{SDO.birthDate}>" not in run.stdout
    assert f"<{IM}> <{SDO.birthPlace}>" in run.stdout  # uncontested facts stay
    for fact in (
        "schema:dateCreated for film:heart-of-snow-afterlife",
        "schema:duration for film:heart-of-snow-afterlife",
        "schema:birthDate for person:im-heung-soon",
    ):
        assert f"no preferred value of {fact}" in run.stderr
    refused = run_dockg(
        "--project", root, "export", "--preferred", "--store", "sparql:http://127.0.0.1:9/q"
    )
    assert refused.code == 2 and "--preferred reads the project files" in refused.stderr
