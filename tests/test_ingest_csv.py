"""``dockg ingest csv`` on small spreadsheets of invented films: rows, bad rows, runs.

The fixtures in ``tests/fixtures/csv/`` have the Cannes spreadsheet's columns, so they
go through the shipped mapping ``data/mappings/cannes-competition.toml``; each import
goes into a private copy of the real project (ontology, shapes, seed data).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from conftest import Run
from dockg.errors import InputError
from dockg.ingest.csv_import import RowError, build_graph, import_csv
from dockg.ingest.mapping import CsvMapping, load_mapping, project_terms
from dockg.project import Project, copy_project

ROOT = Path(__file__).resolve().parents[1]
CSV = Path(__file__).resolve().parent / "fixtures" / "csv"
MAPPING = ROOT / "data" / "mappings" / "cannes-competition.toml"
IMPORTED = Path("data") / "imported" / "cannes-competition.ttl"

EXPECTED_GOOD = """\
@prefix dockg: <https://w3id.org/dockg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix festival: <https://w3id.org/dockg/id/festival/> .
@prefix edition: <https://w3id.org/dockg/id/edition/> .
@prefix section: <https://w3id.org/dockg/id/section/> .
@prefix selection: <https://w3id.org/dockg/id/selection/> .
@prefix film: <https://w3id.org/dockg/id/film/> .
@prefix person: <https://w3id.org/dockg/id/person/> .
@prefix place: <https://w3id.org/dockg/id/place/> .

festival:cannes-film-festival a dockg:FestivalSeries ;
    schema:name "Cannes Film Festival"@en ;
    schema:alternateName "Festival de Cannes"@fr .

edition:cannes-film-festival-2003 a dockg:FestivalEdition ;
    schema:name "Cannes Film Festival 2003"@en ;
    dockg:editionOf festival:cannes-film-festival ;
    schema:startDate "2003"^^xsd:gYear .

section:cannes-film-festival-2003-competition a dockg:FestivalSection ;
    schema:name "Competition"@en ;
    dockg:sectionOf edition:cannes-film-festival-2003 .

film:salt-roads-2003 a dockg:Film ;
    schema:name "Salt Roads" ;
    dockg:originalTitle "Les routes du sel"@fr ;
    schema:director person:durand-amelie ;
    schema:inLanguage "fr" ;
    schema:countryOfOrigin place:france ;
    schema:duration "PT90M"^^xsd:duration ;
    schema:sameAs <https://www.imdb.com/title/tt9000001/> .

film:two-rivers-2003 a dockg:Film ;
    schema:name "Two Rivers" ;
    schema:director person:kowal-marta, person:de-vries-jonas ;
    schema:inLanguage "en" ;
    schema:countryOfOrigin place:poland, place:netherlands ;
    schema:duration "PT120M"^^xsd:duration ;
    schema:sameAs <https://www.imdb.com/title/tt9000002/> .

selection:cannes-film-festival-2003-competition-salt-roads-2003 a dockg:FestivalSelection ;
    schema:workFeatured film:salt-roads-2003 ;
    schema:superEvent section:cannes-film-festival-2003-competition .

selection:cannes-film-festival-2003-competition-two-rivers-2003 a dockg:FestivalSelection ;
    schema:workFeatured film:two-rivers-2003 ;
    schema:superEvent section:cannes-film-festival-2003-competition .

person:durand-amelie a dockg:Person ;
    schema:name "Amélie Durand" ;
    dockg:nameInWesternOrder "Amélie Durand" ;
    schema:familyName "Durand" ;
    schema:givenName "Amélie" .

person:kowal-marta a dockg:Person ;
    schema:name "Marta Kowal" ;
    dockg:nameInWesternOrder "Marta Kowal" ;
    schema:familyName "Kowal" ;
    schema:givenName "Marta" .

person:de-vries-jonas a dockg:Person ;
    schema:name "Jonas de Vries" ;
    dockg:nameInWesternOrder "Jonas de Vries" ;
    schema:familyName "de Vries" ;
    schema:givenName "Jonas" .

place:france a schema:Country ; schema:name "France"@en ; schema:identifier "FR" .
place:poland a schema:Country ; schema:name "Poland"@en ; schema:identifier "PL" .
place:netherlands a schema:Country ; schema:name "Netherlands"@en ; schema:identifier "NL" .
"""

SMALL_ERRORS = [
    RowError(
        7,
        5,
        ("run_time '1h 3x' is not a runtime (expected e.g. '1h 30m', '90 min' or '1:30:00')",),
    ),
    RowError(8, 6, ("year '20x1' is not a four-digit year",)),
    RowError(9, 7, ("6 fields where the header has 8",)),
    RowError(
        10,
        8,
        ("countries_of_origin 'XX' is not a code of lookups.country in cannes-competition.toml",),
    ),
]


def project_copy(root: Path) -> Path:
    """A private copy of the real project: ontology, shapes, checks, seed data, queries."""
    return copy_project(ROOT, root, leave_out=("imported",))


def ingest(dockg: Callable[..., Run], root: Path, name: str, *flags: str) -> Run:
    """Run ``dockg ingest csv`` on a fixture with the Cannes mapping, in the project."""
    return dockg(
        "--project", root, "ingest", "csv", CSV / name, "--mapping", MAPPING, *flags, cwd=root
    )


def files_of(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def mapping() -> CsvMapping:
    return load_mapping(MAPPING, project_terms(Project.open(ROOT)))


def test_two_good_rows_make_exactly_these_triples(mapping: CsvMapping) -> None:
    built = build_graph(CSV / "films-good.csv", mapping)
    assert (built.rows, built.imported, built.errors) == (2, 2, [])
    assert isomorphic(built.graph, Graph().parse(data=EXPECTED_GOOD, format="turtle"))


def test_bad_rows_are_left_out_with_their_line_and_row(mapping: CsvMapping) -> None:
    built = build_graph(CSV / "films-small.csv", mapping)
    assert built.rows == 9
    assert built.imported == 5
    assert built.errors == SMALL_ERRORS
    films = {str(f).rsplit("/", 1)[1] for f in built.graph.subjects(predicate=None, object=None)}
    assert "broken-clock-2011" not in films and "nowhere-land-2011" not in films
    # A bad row adds nothing at all, not even its edition or its director.
    assert not any("20x1" in str(s) for s in built.graph.subjects())
    assert not any("stein-paul" in str(s) for s in built.graph.subjects())


def test_cells_of_the_good_rows(mapping: CsvMapping) -> None:
    built = build_graph(CSV / "films-small.csv", mapping)
    graph = built.graph
    rows = {
        (str(film).rsplit("/", 1)[1], str(p).rsplit("/", 1)[-1].rsplit("#", 1)[-1], o.n3())
        for film, p, o in graph
        if "/id/film/" in str(film)
    }
    # Romanized original title of a Korean film, two languages, two countries, "95 min".
    assert ("winter-radio-2011", "originalTitle", '"Gyeoul radio"@ko-Latn') in rows
    assert (
        "winter-radio-2011",
        "duration",
        '"PT95M"^^<http://www.w3.org/2001/XMLSchema#duration>',
    ) in rows
    assert (
        "winter-radio-2011",
        "director",
        "<https://w3id.org/dockg/id/person/yoon-mi-rae>",
    ) in rows
    # The same title in another year is another film; "1:42:00" is 102 minutes.
    assert (
        "salt-roads-2011",
        "duration",
        '"PT102M"^^<http://www.w3.org/2001/XMLSchema#duration>',
    ) in rows
    assert ("salt-roads-2003", "name", '"Salt Roads"') in rows
    # A quoted title with a comma; no language, so no inLanguage; no IMDb address.
    long_night = {(p, o) for f, p, o in rows if f == "long-night-short-day-2012"}
    assert long_night == {
        ("type", "<https://w3id.org/dockg/ontology#Film>"),
        ("name", '"Long Night, Short Day"'),
        ("director", "<https://w3id.org/dockg/id/person/lee-ann>"),
        ("countryOfOrigin", "<https://w3id.org/dockg/id/place/united-kingdom>"),
        ("duration", '"PT45M"^^<http://www.w3.org/2001/XMLSchema#duration>'),
    }


@pytest.fixture(scope="module")
def imported(
    tmp_path_factory: pytest.TempPathFactory, dockg: Callable[..., Run]
) -> tuple[Path, Run]:
    """The small fixture imported once through the CLI into a project copy."""
    root = project_copy(tmp_path_factory.mktemp("csv-project"))
    run = ingest(dockg, root, "films-small.csv")
    return root, run


def test_cli_import_writes_one_graph_and_reports_the_bad_rows(imported: tuple[Path, Run]) -> None:
    root, run = imported
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith(f"wrote {IMPORTED} (")
    assert lines[1] == "graph graph:cannes-competition"
    assert lines[-5:] == [
        "not parsed 4",
        "  7: row 5: run_time '1h 3x' is not a runtime (expected e.g. '1h 30m', '90 min' or "
        "'1:30:00')",
        "  8: row 6: year '20x1' is not a four-digit year",
        "  9: row 7: 6 fields where the header has 8",
        "  10: row 8: countries_of_origin 'XX' is not a code of lookups.country in "
        "cannes-competition.toml",
    ]
    written = Graph().parse(root / IMPORTED, format="turtle")
    films = set(written.subjects(predicate=None, object=None))
    assert sum(1 for f in films if "/id/film/" in str(f)) == 5


def test_the_imported_project_builds_and_validates(
    imported: tuple[Path, Run], dockg: Callable[..., Run]
) -> None:
    root, _ = imported
    build = dockg("--project", root, "build", cwd=root)
    assert build.code == 0, build.stdout + build.stderr
    assert "validation: 0 violations" in build.stdout


def test_rerun_is_unchanged_and_byte_identical(
    imported: tuple[Path, Run], dockg: Callable[..., Run]
) -> None:
    root, _ = imported
    before = (root / IMPORTED).read_bytes()
    again = ingest(dockg, root, "films-small.csv")
    assert again.code == 0, again.stderr
    assert again.stdout.splitlines()[0].startswith(f"unchanged {IMPORTED}: it already holds these ")
    assert (root / IMPORTED).read_bytes() == before


def test_dry_run_writes_nothing_and_shows_the_turtle(
    tmp_path: Path, dockg: Callable[..., Run]
) -> None:
    root = project_copy(tmp_path)
    before = files_of(root)
    run = ingest(dockg, root, "films-good.csv", "--dry-run")
    assert run.code == 0, run.stderr
    assert run.stdout.startswith(f"dry run: would write {IMPORTED} (")
    assert "film:two-rivers-2003 a dockg:Film" in run.stdout
    assert files_of(root) == before


def test_strict_imports_nothing_and_lists_every_bad_row(
    tmp_path: Path, dockg: Callable[..., Run]
) -> None:
    root = project_copy(tmp_path)
    before = files_of(root)
    run = ingest(dockg, root, "films-small.csv", "--strict")
    assert run.code == 2
    assert run.stdout == ""
    assert run.stderr == (
        "dockg: error: films-small.csv: 4 malformed rows, nothing imported (--strict):\n"
        "  line 7: row 5: run_time '1h 3x' is not a runtime (expected e.g. '1h 30m', '90 min' "
        "or '1:30:00')\n"
        "  line 8: row 6: year '20x1' is not a four-digit year\n"
        "  line 9: row 7: 6 fields where the header has 8\n"
        "  line 10: row 8: countries_of_origin 'XX' is not a code of lookups.country in "
        "cannes-competition.toml\n"
    )
    assert files_of(root) == before


def test_a_failed_import_loses_nothing_already_imported(tmp_path: Path) -> None:
    root = project_copy(tmp_path / "project")
    project = Project.open(root)
    import_csv(project, CSV / "films-good.csv", MAPPING)
    before = files_of(root)
    bad_mapping = tmp_path / "renamed.toml"
    bad_mapping.write_text(
        MAPPING.read_text(encoding="utf-8").replace('"run_time"', '"runtime"'), encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"no column 'runtime' in films-small\.csv"):
        import_csv(Project.open(root), CSV / "films-small.csv", bad_mapping)
    with pytest.raises(InputError, match="4 malformed rows, nothing imported"):
        import_csv(Project.open(root), CSV / "films-small.csv", MAPPING, strict=True)
    assert files_of(root) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "bad.csv is empty: no header row"),
        (b"year,title,year\n", "bad.csv, line 1: column 'year' appears twice in the header"),
        (
            b"year,title,original_title,director,languages,countries_of_origin,run_time,imdb_url\n"
            b"2001,Caf\xe9,,Ann Lee,fr,FR,1h,\n",
            "bad.csv, line 2: not utf-8-sig text (set csv.encoding in cannes-competition.toml)",
        ),
        (
            b"year,title,original_title,director,languages,countries_of_origin,run_time,imdb_url\n"
            b"2001,,,Ann Lee,fr,FR,1h,\n",
            "bad.csv: no row could be imported (line 2: row 1: title is empty (needed for the "
            "film's IRI)",
        ),
    ],
)
def test_unusable_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    root = project_copy(tmp_path / "project")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    before = files_of(root)
    with pytest.raises(InputError) as caught:
        import_csv(Project.open(root), bad, MAPPING)
    assert caught.value.message.startswith(message)
    assert files_of(root) == before
