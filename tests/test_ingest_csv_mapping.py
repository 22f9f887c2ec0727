"""The spreadsheet mapping format and the cell parsers: every rule with its exact message."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from dockg import namespaces as ns
from dockg.errors import ExitCode, InputError
from dockg.ingest.csv_import import ValueProblem, parse_duration, split_name
from dockg.ingest.mapping import (
    CsvMapping,
    LangPick,
    NameOrder,
    Parse,
    load_mapping,
    project_terms,
)
from dockg.iris import Kind
from dockg.project import Project

ROOT = Path(__file__).resolve().parents[1]
CANNES_MAPPING = ROOT / "data" / "mappings" / "cannes-competition.toml"

MINIMAL = """\
[source]
title = "Test films"

[entities.film]
kind = "film"
key = ["{title}"]
class = "dockg:Film"
properties."schema:name" = { column = "title" }
"""


@pytest.fixture(scope="module")
def known() -> frozenset[URIRef]:
    return project_terms(Project.open(ROOT))


def load_text(tmp_path: Path, text: str, known: frozenset[URIRef]) -> CsvMapping:
    path = tmp_path / "m.toml"
    path.write_text(text, encoding="utf-8")
    return load_mapping(path, known)


def test_the_shipped_cannes_mapping_reads_as_documented(known: frozenset[URIRef]) -> None:
    mapping = load_mapping(CANNES_MAPPING, known)
    assert mapping.slug == "cannes-competition"
    assert [e.name for e in mapping.entities] == [
        "festival",
        "edition",
        "section",
        "film",
        "selection",
    ]
    film = mapping.entities[3]
    assert film.kind is Kind.FILM
    assert film.classes == (ns.DOCKG.Film,)
    by_property = {v.prop: v for v in film.values}
    director = by_property[ns.SDO.director]
    assert (director.column, director.split, director.parse) == ("director", ",", Parse.PERSON)
    assert director.name_order is NameOrder.GIVEN_FIRST
    assert director.required
    original = by_property[ns.DOCKG.originalTitle]
    assert (original.lang_column, original.lang_pick) == ("languages", LangPick.FIRST)
    assert {"ko", "ru", "ja"} <= original.romanized and "fr" not in original.romanized
    assert by_property[ns.SDO.countryOfOrigin].lookup == "country"
    assert mapping.lookups["country"].values["SU"] == "Soviet Union"
    assert mapping.columns() == {
        "year": "entities.edition.key[1]",
        "title": "entities.film.key[0]",
        "original_title": 'entities.film.properties."dockg:originalTitle".column',
        "languages": 'entities.film.properties."dockg:originalTitle".lang_column',
        "director": 'entities.film.properties."schema:director".column',
        "countries_of_origin": 'entities.film.properties."schema:countryOfOrigin".column',
        "run_time": 'entities.film.properties."schema:duration".column',
        "imdb_url": 'entities.film.properties."schema:sameAs".column',
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ('properties."schema:name"', 'properties."schema:nmae"'),
            'entities.film.properties."schema:nmae": unknown property schema:nmae: '
            "the project ontology does not use it",
        ),
        (
            ('properties."schema:name"', 'properties."dockg:titel"'),
            'entities.film.properties."dockg:titel": unknown property dockg:titel: '
            "the project ontology does not use it",
        ),
        (
            ('properties."schema:name"', 'properties."bibo:name"'),
            "entities.film.properties.\"bibo:name\": 'bibo:name' is not a compact IRI "
            "with a dockg prefix",
        ),
        (
            ('class = "dockg:Film"', 'class = "dockg:Flim"'),
            "entities.film.class: unknown class dockg:Flim: the project ontology does not use it",
        ),
        (
            ('kind = "film"', 'kind = "movie"'),
            "entities.film.kind: 'movie' is not one of person, film, series, festival, edition, "
            "section, selection, screening, exhibition, venue, place, organization, event, "
            "topic, claim, source, agent, contact",
        ),
        (
            ('{ column = "title" }', '{ column = "title", parse = "date" }'),
            "entities.film.properties.\"schema:name\".parse: 'date' is not one of text, year, "
            "integer, duration, iri, language, person",
        ),
        (
            ('{ column = "title" }', '{ column = "title", splitter = ";" }'),
            'entities.film.properties."schema:name".splitter: unknown key (allowed: column, '
            "entity, family_name_first, lang, lang_column, lang_pick, lookup, name_order, "
            "parse, required, romanized, split, text)",
        ),
        (
            ('{ column = "title" }', '{ column = "title", text = "x" }'),
            'entities.film.properties."schema:name": needs exactly one of column, text or entity',
        ),
        (
            ('{ column = "title" }', '{ entity = "festival" }'),
            "entities.film.properties.\"schema:name\".entity: no entity 'festival' in this mapping",
        ),
        (
            ('{ column = "title" }', '{ column = "title", lookup = "country" }'),
            "entities.film.properties.\"schema:name\".lookup: no lookup 'country' in this mapping",
        ),
        (
            ('{ column = "title" }', '{ column = "title", lang = "english" }'),
            "entities.film.properties.\"schema:name\".lang: 'english' is not a language tag",
        ),
        (
            ('{ column = "title" }', '{ column = "title", name_order = "given-first" }'),
            'entities.film.properties."schema:name": name_order and family_name_first need '
            'parse = "person"',
        ),
        (
            ('{ column = "title" }', '{ column = "title", required = "yes" }'),
            'entities.film.properties."schema:name".required: must be true or false',
        ),
        (
            ('key = ["{title}"]', 'key = ["{title"]'),
            "entities.film.key[0]: bad template '{title': expected '}' before end of string",
        ),
        (('key = ["{title}"]', "key = []"), "entities.film.key: must be a non-empty list"),
        (('title = "Test films"', 'titel = "Test films"'), "source.titel: unknown key"),
        (('title = "Test films"', 'slug = "Test Films"'), "source.title: missing"),
        (("[source]", '[source]\nslug = "Test films"'), "source.slug: 'Test films' is not a slug"),
        (
            ("[source]", '[source]\ncaptured = "21/11/2026"'),
            "source.captured: '21/11/2026' is not a date (YYYY-MM-DD)",
        ),
        (("[source]", '[csv]\ndelimiter = ";;"\n[source]'), "csv.delimiter: must be one character"),
        (("[source]", '[csv]\nencoding = "klingon"\n[source]'), "csv.encoding: unknown encoding"),
        (("[source]", "extra = 1\n[source]"), "extra: unknown key (allowed: csv, entities, "),
        (('kind = "film"', 'kind = "film"\nproperties = 3'), "not valid TOML"),
    ],
)
def test_mapping_errors_name_the_file_and_key(
    tmp_path: Path, known: frozenset[URIRef], change: tuple[str, str], message: str
) -> None:
    assert change[0] in MINIMAL
    with pytest.raises(InputError) as caught:
        load_text(tmp_path, MINIMAL.replace(change[0], change[1], 1), known)
    assert caught.value.message.startswith("mapping m.toml")
    assert message in caught.value.message
    assert caught.value.exit_code is ExitCode.USAGE


def test_minimal_mapping_loads(tmp_path: Path, known: frozenset[URIRef]) -> None:
    mapping = load_text(tmp_path, MINIMAL, known)
    assert mapping.columns() == {"title": "entities.film.key[0]"}


def test_a_column_missing_from_the_header_is_named_with_its_key(
    tmp_path: Path, known: frozenset[URIRef]
) -> None:
    mapping = load_mapping(CANNES_MAPPING, known)
    header = ["year", "title", "original_title", "director", "languages", "countries", "runtime"]
    with pytest.raises(InputError) as caught:
        mapping.check_header(header, "films.csv")
    assert caught.value.message == (
        'mapping cannes-competition.toml: entities.film.properties."schema:countryOfOrigin"'
        ".column: no column 'countries_of_origin' in films.csv (its columns: year, title, "
        "original_title, director, languages, countries, runtime)"
    )


def test_unreadable_mapping_file(tmp_path: Path, known: frozenset[URIRef]) -> None:
    with pytest.raises(InputError, match=r"cannot read mapping .*nothing\.toml"):
        load_mapping(tmp_path / "nothing.toml", known)


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("1h 30m", "PT90M"),
        ("2h", "PT120M"),
        ("45m", "PT45M"),
        ("90 min", "PT90M"),
        ("90 mins", "PT90M"),
        ("16min 55sec", "PT16M55S"),
        ("76min 16sec", "PT76M16S"),
        ("1:30:00", "PT90M"),
        ("1:42:07", "PT102M7S"),
        ("1:30", "PT90M"),
        ("3h 16m", "PT196M"),
        ("40 sec", "PT40S"),
    ],
)
def test_runtimes(text: str, duration: str) -> None:
    assert parse_duration(text) == duration


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1h 3x", "'1h 3x' is not a runtime (expected e.g. '1h 30m', '90 min' or '1:30:00')"),
        ("90", "'90' is not a runtime"),
        ("", "'' is not a runtime"),
        ("1:75", "'1:75' is not a runtime"),
        ("0h 0m", "'0h 0m' is a runtime of zero"),
    ],
)
def test_bad_runtimes(text: str, message: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_duration(text)
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(
    ("written", "iri", "family", "given", "certain", "korean"),
    [
        ("Giacomo Gentilomo", "gentilomo-giacomo", "Gentilomo", "Giacomo", True, False),
        ("Jean-Pierre Dardenne", "dardenne-jean-pierre", "Dardenne", "Jean-Pierre", True, False),
        ("Vittorio De Sica", "de-sica-vittorio", "De Sica", "Vittorio", True, False),
        ("Felix van Groeningen", "van-groeningen-felix", "van Groeningen", "Felix", True, False),
        ("Kleber Mendonça Filho", "mendonca-filho-kleber", "Mendonça Filho", "Kleber", True, False),
        ("Luis García Berlanga", "berlanga-luis-garcia", "Berlanga", "Luis García", False, False),
        ("Park Chan-wook", "park-chan-wook", "Park", "Chan-wook", True, True),
        ("Chan-wook Park", "park-chan-wook", "Park", "Chan-wook", True, False),
        ("Ahmad El-Sabawi", "el-sabawi-ahmad", "El-Sabawi", "Ahmad", True, False),
        ("Tsai Ming-liang", "tsai-ming-liang", "Tsai", "Ming-liang", True, False),
        ("Im Kwon-taek", "im-kwon-taek", "Im", "Kwon-taek", True, True),
        ("Kore-eda Hirokazu", "kore-eda-hirokazu", "Kore-eda", "Hirokazu", True, False),
        ("Steno", "steno", None, "Steno", True, False),
    ],
)
def test_personal_names_given_first(
    written: str, iri: str, family: str | None, given: str, certain: bool, korean: bool
) -> None:
    name = split_name(written, NameOrder.GIVEN_FIRST, frozenset({"Kore-eda Hirokazu"}))
    assert name.iri == URIRef(f"https://w3id.org/dockg/id/person/{iri}")
    assert (name.family, name.given, name.certain, name.korean_order) == (
        family,
        given,
        certain,
        korean,
    )


def test_personal_names_family_first_column() -> None:
    name = split_name("Kim Soyoung", NameOrder.FAMILY_FIRST)
    assert name.iri == URIRef("https://w3id.org/dockg/id/person/kim-soyoung")
    assert (name.family, name.given, name.korean_order) == ("Kim", "Soyoung", True)
