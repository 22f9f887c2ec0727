"""``dockg conflicts`` over imported data: two imported sources that disagree."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Run
from dockg.conflicts import find_conflicts
from dockg.loading import load_dataset
from dockg.namespaces import SDO
from dockg.project import Project
from resolution_support import PREFIXES

ROOT = Path(__file__).resolve().parents[1]

SOURCE = """\
@prefix graph: <https://w3id.org/dockg/graph/> .
@prefix source: <https://w3id.org/dockg/id/source/> .
@prefix claim: <https://w3id.org/dockg/id/claim/> .
@prefix agent: <https://w3id.org/dockg/id/agent/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
graph:{name} a dockg:SourceGraph ; dcterms:title "{name}" ;
    prov:wasDerivedFrom source:{name}-page ; prov:wasAttributedTo agent:dockg-curators .
source:{name}-page a dockg:SourceDocument ; dcterms:identifier "{name}.txt" .
"""

CATALOGUE = """
person:kim-minji a dockg:Person ; schema:name "Minji Kim" ; schema:birthDate "1975"^^xsd:gYear .
person:park-haneul a dockg:Person ; schema:name "Park Haneul" .
film:river-songs a dockg:DocumentaryFilm ; schema:name "River Songs" ;
    schema:director person:kim-minji, person:park-haneul ;
    schema:dateCreated "2012"^^xsd:gYear ; schema:duration "PT88M"^^xsd:duration .
festival:river-port-film-festival a dockg:FestivalSeries ; schema:name "River Port Film Festival" .
edition:river-port-film-festival-2013 a dockg:FestivalEdition ;
    schema:name "River Port Film Festival 2013" ;
    dockg:editionOf festival:river-port-film-festival ; schema:startDate "2013"^^xsd:gYear .
claim:catalogue-year a dockg:Claim ; rdf:subject film:river-songs ;
    rdf:predicate schema:dateCreated ; rdf:object "2012"^^xsd:gYear ;
    dockg:evidence "River Songs | 2012 | 88min" ; dockg:sourceLocation "row 14" ;
    dockg:isPreferred true .
claim:catalogue-birth a dockg:Claim ; rdf:subject person:kim-minji ;
    rdf:predicate schema:birthDate ; rdf:object "1975"^^xsd:gYear ;
    dockg:evidence "Kim Minji (b. 1975)" ; dockg:sourceLocation "row 14" .
"""

FILMOGRAPHY = """
person:kim-minji a dockg:Person ; schema:name "Minji Kim" ; schema:birthDate "1976"^^xsd:gYear .
film:river-songs a dockg:DocumentaryFilm ; schema:director person:kim-minji ;
    schema:dateCreated "2013"^^xsd:gYear ; schema:duration "PT88M"^^xsd:duration .
edition:river-port-film-festival-2013
    schema:startDate "2013-10-04"^^xsd:date .
claim:filmography-year a dockg:Claim ; rdf:subject film:river-songs ;
    rdf:predicate schema:dateCreated ; rdf:object "2013"^^xsd:gYear ;
    dockg:evidence "2013 River Songs" ; dockg:sourceLocation "line 22, filmography" .
claim:filmography-birth a dockg:Claim ; rdf:subject person:kim-minji ;
    rdf:predicate schema:birthDate ; rdf:object "1976"^^xsd:gYear ;
    dockg:evidence "Born in 1976" ; dockg:sourceLocation "line 3" .
"""

RETROSPECTIVE = """
edition:river-port-film-festival-2013 schema:startDate "2014"^^xsd:gYear .
claim:retro-edition a dockg:Claim ; rdf:subject edition:river-port-film-festival-2013 ;
    rdf:predicate schema:startDate ; rdf:object "2014"^^xsd:gYear ;
    dockg:evidence "the 2014 edition" ; dockg:sourceLocation "line 1" .
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "ontology", tmp_path / "ontology")
    imported = tmp_path / "data" / "imported"
    imported.mkdir(parents=True)
    for name, body in (
        ("catalogue", CATALOGUE),
        ("filmography", FILMOGRAPHY),
        ("retrospective", RETROSPECTIVE),
    ):
        text = PREFIXES + SOURCE.format(name=name) + body
        (imported / f"{name}.ttl").write_text(text, encoding="utf-8")
    return tmp_path


EXPECTED = """\
subject                                property            value               preferred  source                                                                                        evidence                    location
-------------------------------------  ------------------  ------------------  ---------  --------------------------------------------------------------------------------------------  --------------------------  --------------------
edition:river-port-film-festival-2013  schema:startDate    2013                           data/imported/catalogue.ttl (catalogue.txt)
edition:river-port-film-festival-2013  schema:startDate    2013-10-04                     data/imported/filmography.ttl (filmography.txt)
edition:river-port-film-festival-2013  schema:startDate    2014                           data/imported/retrospective.ttl (retrospective.txt)                                           the 2014 edition            line 1
film:river-songs                       schema:dateCreated  2012                *          data/imported/catalogue.ttl (catalogue.txt)                                                   River Songs | 2012 | 88min  row 14
film:river-songs                       schema:dateCreated  2013                           data/imported/filmography.ttl (filmography.txt)                                               2013 River Songs            line 22, filmography
film:river-songs                       schema:director     person:kim-minji               data/imported/catalogue.ttl (catalogue.txt); data/imported/filmography.ttl (filmography.txt)
film:river-songs                       schema:director     person:park-haneul             data/imported/catalogue.ttl (catalogue.txt)
person:kim-minji                       schema:birthDate    1975                           data/imported/catalogue.ttl (catalogue.txt)                                                   Kim Minji (b. 1975)         row 14
person:kim-minji                       schema:birthDate    1976                           data/imported/filmography.ttl (filmography.txt)                                               Born in 1976                line 3
"""  # noqa: E501


def test_conflicts_across_imported_sources(project: Path, dockg: Callable[..., Run]) -> None:
    run = dockg("--project", project, "conflicts", "--format", "table")
    assert (run.code, run.stderr, run.stdout) == (0, "", EXPECTED)


def test_conflicts_read_by_fact_with_names(project: Path, dockg: Callable[..., Run]) -> None:
    run = dockg("--project", project, "conflicts")
    assert run.code == 0, run.stderr
    block = run.stdout.split("\n\n")[2]
    assert block == (
        "River Songs: director (2 values; film:river-songs)\n"
        "  Minji Kim    no claim recorded\n"
        "               data/imported/catalogue.ttl (catalogue.txt)\n"
        "               data/imported/filmography.ttl (filmography.txt)\n"
        "  Park Haneul  no claim recorded\n"
        "               data/imported/catalogue.ttl (catalogue.txt)"
    )
    assert "  2012  row 14: “River Songs | 2012 | 88min” (preferred)\n" in run.stdout


def test_a_date_refining_a_year_and_co_directors_from_one_source_agree(project: Path) -> None:
    (project / "data" / "imported" / "retrospective.ttl").unlink()
    (project / "data" / "imported" / "filmography.ttl").write_text(
        PREFIXES
        + SOURCE.format(name="filmography")
        + FILMOGRAPHY.replace(
            "schema:director person:kim-minji ;",
            "schema:director person:kim-minji, person:park-haneul ;",
        ),
        encoding="utf-8",
    )
    loaded = load_dataset(Project.open(project))
    found = {(str(c.subject).rsplit("/", 1)[1], str(c.predicate)) for c in find_conflicts(loaded)}
    # Left: the year and the birth date; the edition's 2013 / 2013-10-04 and the
    # directors given alike by both sources are not conflicts.
    assert found == {
        ("river-songs", str(SDO.dateCreated)),
        ("kim-minji", str(SDO.birthDate)),
    }
