"""The real spreadsheet: every row of the Cannes competition file, imported once per module.

``../shared/data/cannes-competition/films.csv`` (1,873 data rows; MIT licence) goes
through the shipped mapping into a private copy of the project; the tests read the
written Turtle file back. Rows checked by hand against the CSV: co-directors in one
cell, ``2h 8m`` runtimes, empty original titles, several languages and countries,
romanized titles, two films with one title.
"""

from __future__ import annotations

import csv
import difflib
import gzip
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rdf_ns

from dockg import namespaces as ns
from dockg.ingest.csv_import import import_csv
from dockg.ingest.output import ImportSummary
from dockg.loading import load_dataset
from dockg.materialize import materialize
from dockg.project import Project
from dockg.validation.run import validate
from test_ingest_csv import MAPPING, project_copy

CANNES = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "cannes-competition" / "films.csv"
)
ID = "https://w3id.org/dockg/id/"
#: The file the import wrote before it was streamed (rdflib's Turtle serializer over the
#: whole graph), with the import's time set to NOW. DOCKG_UPDATE_GOLDEN=1 rewrites it.
GOLDEN = Path(__file__).resolve().parent / "expected" / "ingest" / "cannes-competition.ttl.gz"
NOW = datetime(2025, 5, 13, 12, 0, tzinfo=UTC)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CANNES.exists(), reason="../shared/ is not beside the project"),
]


def film(slug: str) -> URIRef:
    return URIRef(f"{ID}film/{slug}")


def person(slug: str) -> URIRef:
    return URIRef(f"{ID}person/{slug}")


def place(slug: str) -> URIRef:
    return URIRef(f"{ID}place/{slug}")


@pytest.fixture(scope="module")
def cannes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ImportSummary, Graph]:
    """The whole file imported into a project copy: the root, the summary, the graph."""
    root = project_copy(tmp_path_factory.mktemp("cannes"))
    summary = import_csv(Project.open(root), CANNES, MAPPING, now=NOW)
    return root, summary, Graph().parse(summary.path, format="turtle")


def instances(graph: Graph, cls: URIRef) -> set[URIRef]:
    return {s for s in graph.subjects(rdf_ns.RDF.type, cls) if isinstance(s, URIRef)}


def test_every_row_is_a_film_selected_in_the_competition_of_its_year(
    cannes: tuple[Path, ImportSummary, Graph],
) -> None:
    _, summary, graph = cannes
    with CANNES.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1873
    assert summary.unparsed == ()
    assert summary.written
    assert len(instances(graph, ns.DOCKG.Film)) == 1873
    assert len(instances(graph, ns.DOCKG.FestivalSelection)) == 1873
    editions = instances(graph, ns.DOCKG.FestivalEdition)
    assert len(editions) == 78  # 1946 to 2025 without 1948 and 1950
    assert len(instances(graph, ns.DOCKG.FestivalSection)) == 78
    assert instances(graph, ns.DOCKG.FestivalSeries) == {
        URIRef(f"{ID}festival/cannes-film-festival")
    }
    assert len(instances(graph, ns.SDO.Country)) == 98
    years = sorted(str(graph.value(e, ns.SDO.startDate)) for e in editions)
    assert (years[0], years[-1]) == ("1946", "2025")
    assert {"1948", "1950"}.isdisjoint(years)
    # Each selection presents one film in the competition of the row's year.
    for row in rows[::97]:
        films = set(graph.subjects(ns.SDO.name, Literal(row["title"])))
        selections = {
            s
            for f in films
            for s in graph.subjects(ns.SDO.workFeatured, f)
            if str(s).endswith(f"-{row['year']}")
        }
        assert len(selections) == 1, row
        section = graph.value(selections.pop(), ns.SDO.superEvent)
        assert section == URIRef(f"{ID}section/cannes-film-festival-{row['year']}-competition")


def facts(graph: Graph, subject: URIRef) -> set[tuple[str, str]]:
    return {
        (graph.qname(p), o.n3(graph.namespace_manager)) for p, o in graph.predicate_objects(subject)
    }


def test_a_co_directed_film_in_two_languages(cannes: tuple[Path, ImportSummary, Graph]) -> None:
    # 1946,Red Meadows,De røde enge,"Bodil Ipsen, Lau Lauritzen","da,de",DK,1h 25m,...
    _, _, graph = cannes
    assert facts(graph, film("red-meadows-1946")) == {
        ("rdf:type", "dockg:Film"),
        ("schema:name", '"Red Meadows"'),
        ("dockg:originalTitle", '"De røde enge"@da'),
        ("schema:director", "person:ipsen-bodil"),
        ("schema:director", "person:lauritzen-lau"),
        ("schema:inLanguage", '"da"'),
        ("schema:inLanguage", '"de"'),
        ("schema:countryOfOrigin", "place:denmark"),
        ("schema:duration", '"PT85M"^^xsd:duration'),
        ("schema:sameAs", "<https://www.imdb.com/title/tt0038043/>"),
    }


def test_an_empty_original_title_makes_no_triple(cannes: tuple[Path, ImportSummary, Graph]) -> None:
    # 1946,Anna and the King of Siam,,John Cromwell,en,US,2h 8m,...
    _, _, graph = cannes
    anna = film("anna-and-the-king-of-siam-1946")
    assert graph.value(anna, ns.DOCKG.originalTitle) is None
    assert graph.value(anna, ns.SDO.duration) == Literal("PT128M", datatype=rdf_ns.XSD.duration)
    assert set(graph.objects(anna, ns.SDO.director)) == {person("cromwell-john")}


def test_three_directors_three_languages(cannes: tuple[Path, ImportSummary, Graph]) -> None:
    # 1949,Return to Life,Retour à la vie,"André Cayatte, Henri-Georges Clouzot, Jean Dréville",
    # "fr,en,de",FR,2h,...
    _, _, graph = cannes
    returned = film("return-to-life-1949")
    assert set(graph.objects(returned, ns.SDO.director)) == {
        person("cayatte-andre"),
        person("clouzot-henri-georges"),
        person("dreville-jean"),
    }
    assert {str(o) for o in graph.objects(returned, ns.SDO.inLanguage)} == {"fr", "en", "de"}
    assert graph.value(returned, ns.DOCKG.originalTitle) == Literal("Retour à la vie", lang="fr")
    assert graph.value(returned, ns.SDO.duration) == Literal("PT120M", datatype=rdf_ns.XSD.duration)
    assert facts(graph, person("clouzot-henri-georges")) == {
        ("rdf:type", "dockg:Person"),
        ("schema:name", '"Henri-Georges Clouzot"'),
        ("dockg:nameInWesternOrder", '"Henri-Georges Clouzot"'),
        ("schema:familyName", '"Clouzot"'),
        ("schema:givenName", '"Henri-Georges"'),
    }


def test_four_countries_and_a_hungarian_title(cannes: tuple[Path, ImportSummary, Graph]) -> None:
    # 2007,The Man from London,A londoni férfi,"Béla Tarr, Ágnes Hranitzky","hu,en,fr",
    # "HU,DE,FR,IT",2h 19m,...
    _, _, graph = cannes
    london = film("the-man-from-london-2007")
    assert set(graph.objects(london, ns.SDO.countryOfOrigin)) == {
        place("hungary"),
        place("germany"),
        place("france"),
        place("italy"),
    }
    assert graph.value(london, ns.DOCKG.originalTitle) == Literal("A londoni férfi", lang="hu")
    assert set(graph.objects(london, ns.SDO.director)) == {
        person("tarr-bela"),
        person("hranitzky-agnes"),
    }
    # The country the seed data already names is the same IRI, now with its code.
    assert facts(graph, place("germany")) == {
        ("rdf:type", "schema:Country"),
        ("schema:name", '"Germany"@en'),
        ("schema:identifier", '"DE"'),
    }


def test_korean_order_and_romanized_titles(cannes: tuple[Path, ImportSummary, Graph]) -> None:
    # 2004,Oldboy,Oldeuboi,Park Chan-wook,ko,KR,2h,...  and  2025,Woman and Child,Zan va bache,...
    _, _, graph = cannes
    oldboy = film("oldboy-2004")
    assert graph.value(oldboy, ns.DOCKG.originalTitle) == Literal("Oldeuboi", lang="ko-Latn")
    assert set(graph.objects(oldboy, ns.SDO.director)) == {person("park-chan-wook")}
    assert facts(graph, person("park-chan-wook")) == {
        ("rdf:type", "dockg:Person"),
        ("schema:name", '"Park Chan-wook"'),
        ("dockg:nameInKoreanOrder", '"Park Chan-wook"'),
        ("schema:familyName", '"Park"'),
        ("schema:givenName", '"Chan-wook"'),
    }
    woman = film("woman-and-child-2025")
    assert graph.value(woman, ns.DOCKG.originalTitle) == Literal("Zan va bache", lang="fa-Latn")


def test_one_title_two_films_and_one_director_many_films(
    cannes: tuple[Path, ImportSummary, Graph],
) -> None:
    _, _, graph = cannes
    browning = set(graph.subjects(ns.SDO.name, Literal("The Browning Version")))
    assert browning == {film("the-browning-version-1951"), film("the-browning-version-1994")}
    dardenne = set(graph.subjects(ns.SDO.director, person("dardenne-jean-pierre")))
    assert len(dardenne) == 10
    assert dardenne == set(graph.subjects(ns.SDO.director, person("dardenne-luc")))


def test_resolution_against_the_seed_keeps_namesakes_apart(
    cannes: tuple[Path, ImportSummary, Graph],
) -> None:
    # Hong Sang-soo's The Day After (2017) and Im Heung-soon's The Day After (seed) share a
    # title only: reported as a candidate pair, not merged. No Kim of the file is Kim Soyoung.
    _, summary, graph = cannes
    assert summary.merges == ()
    assert [(c.incoming, c.existing) for c in summary.candidates] == [
        (film("the-day-after-2017"), film("the-day-after"))
    ]
    assert set(graph.objects(film("the-day-after-2017"), ns.SDO.director)) == {
        person("hong-sang-soo")
    }
    assert not set(graph.predicate_objects(person("kim-soyoung")))


def test_rerun_is_byte_identical(cannes: tuple[Path, ImportSummary, Graph]) -> None:
    root, summary, _ = cannes
    before = summary.path.read_bytes()
    again = import_csv(Project.open(root), CANNES, MAPPING)
    assert again.unchanged and not again.written
    assert summary.path.read_bytes() == before


def test_rows_of_four_years_validate_against_the_shapes(tmp_path: Path) -> None:
    # The whole import validates too (README: dockg build, about 1.5 min with pyshacl);
    # the default run checks the rows of four years, which use every mapping rule.
    with CANNES.open(encoding="utf-8", newline="") as handle:
        lines = handle.read().splitlines(keepends=True)
    part = tmp_path / "films.csv"
    part.write_text(
        lines[0] + "".join(x for x in lines[1:] if x[:4] in {"1946", "1949", "2004", "2025"}),
        encoding="utf-8",
    )
    root = project_copy(tmp_path / "project")
    summary = import_csv(Project.open(root), part, MAPPING)
    assert summary.unparsed == ()
    loaded = load_dataset(Project.open(root))
    materialize(loaded)
    report = validate(loaded)
    assert report.conforms
    imported = {
        (r.severity.name, r.message)
        for r in report.results
        if "data/imported/cannes-competition.ttl" in r.files
    }
    # Films without a subject are flagged, as the shapes ask curators to add one, and the
    # spreadsheet's capture date is unknown; nothing else.
    assert imported == {
        (
            "WARNING",
            "This film has no subject yet: add what it is about (dockg:isAbout, "
            "dockg:depicts, ...).",
        ),
        ("INFO", "The date this document was captured is not recorded."),
    }


def test_the_file_is_byte_for_byte_what_the_graph_serializer_wrote(
    cannes: tuple[Path, ImportSummary, Graph],
) -> None:
    # Regression for the streamed writer (issue 11): the same bytes as rdflib's serializer.
    _, summary, _ = cannes
    written = summary.path.read_bytes()
    if os.environ.get("DOCKG_UPDATE_GOLDEN"):
        GOLDEN.write_bytes(gzip.compress(written, mtime=0))
    expected = gzip.decompress(GOLDEN.read_bytes())
    if written != expected:
        diff = difflib.unified_diff(
            expected.decode().splitlines(), written.decode().splitlines(), lineterm="", n=1
        )
        pytest.fail("the import file changed:\n" + "\n".join(list(diff)[:40]))
    assert (summary.triples, len(summary.added), len(summary.merges)) == (28471, 5090, 0)
    assert (len(summary.candidates), summary.unparsed) == (1, ())
