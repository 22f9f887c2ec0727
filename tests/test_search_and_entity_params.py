"""Names wherever an entity is asked for: ``dockg search``, and query parameters typed as
entities, on the command line and in the web forms (the seed project)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dockg.cli import cli
from pages_support import parse_html, seed_client

ROOT = Path(__file__).resolve().parents[1]


def dockg(*args: str) -> Result:
    return CliRunner().invoke(cli, ["--project", str(ROOT), *args])


def test_search_finds_by_hangul_and_says_why() -> None:
    done = dockg("search", "김소영")
    assert done.exit_code == 0, done.output
    assert done.output.splitlines()[2].split("  ")[0] == "Soyoung Kim"
    assert "other name “김소영”" in done.output and "person:kim-soyoung" in done.output


def test_search_by_part_of_a_title_with_a_type() -> None:
    done = dockg("search", "heart of snow", "--type", "film", "--format", "json")
    assert done.exit_code == 0, done.output
    assert json.loads(done.output) == [
        {
            "iri": "https://w3id.org/dockg/id/film/heart-of-snow-heart-of-blood",
            "label": "Heart of Snow, Heart of Blood",
            "class": "documentary film",
            "matched": "Heart of Snow, Heart of Blood",
            "why": "part of the name",
        },
        {
            "iri": "https://w3id.org/dockg/id/film/heart-of-snow-afterlife",
            "label": "Heart of Snow: afterlife",
            "class": "documentary film",
            "matched": "Heart of Snow: afterlife",
            "why": "part of the name",
        },
    ]


def test_search_type_filters_people_out() -> None:
    people = dockg("search", "kim", "--type", "person", "--format", "csv")
    films = dockg("search", "kim", "--type", "film", "--format", "csv")
    assert [r.split(",")[0] for r in people.output.splitlines()[1:]] == [
        "https://w3id.org/dockg/id/person/kim-alexandra-petrovna",
        "https://w3id.org/dockg/id/person/kim-jonghoon",
        "https://w3id.org/dockg/id/person/kim-soyoung",
    ]
    assert [r.split(",")[0] for r in films.output.splitlines()[1:]] == [
        "https://w3id.org/dockg/id/film/kim-alexs-place-ansan-tashkent"
    ]


def test_search_unknown_type_exits_2() -> None:
    done = dockg("search", "kim", "--type", "spaceship")
    assert done.exit_code == 2
    assert "--type 'spaceship' names no class" in done.output


def _films(result: Result) -> list[str]:
    return [line.split()[0] for line in result.output.splitlines()[2:]]


@pytest.mark.parametrize(
    "value",
    [
        "Koryo-saram",
        "koryo saram",
        "고려인",
        "topic:koryo-saram",
        "<https://w3id.org/dockg/id/topic/koryo-saram>",
        "https://w3id.org/dockg/id/topic/koryo-saram",
    ],
)
def test_entity_parameter_takes_a_name_or_an_iri(value: str) -> None:
    done = dockg("query", "films-about-topic", "--param", f"topic={value}", "--format", "csv")
    assert done.exit_code == 0, done.output
    films = {line.split(",")[0] for line in done.output.splitlines()[1:]}
    assert films == {
        f"https://w3id.org/dockg/id/film/{slug}"
        for slug in (
            "heart-of-snow-heart-of-blood",
            "heart-of-snow-afterlife",
            "sound-of-nomad-koryo-arirang",
            "goodbye-my-love-north-korea",
        )
    }


def test_ambiguous_name_lists_candidates_and_exits_4() -> None:
    done = dockg("query", "filmography-runtime", "--param", "director=Kim")
    assert done.exit_code == 4
    assert "parameter director: 'Kim' may mean 4 entities" in done.output
    assert "  Soyoung Kim (person:kim-soyoung)" in done.output


@pytest.mark.parametrize("value", ["Nobody Atall", "person:nobody", "https://example.org/x"])
def test_unknown_entity_exits_3_instead_of_an_empty_table(value: str) -> None:
    done = dockg("query", "filmography-runtime", "--param", f"director={value}")
    assert done.exit_code == 3, done.output
    assert done.output.startswith("dockg: error: parameter director: ")


def test_web_form_takes_a_name() -> None:
    with seed_client() as client:
        answer = client.get("/queries/films-about-topic", params={"topic": "고려인"})
        assert answer.status_code == 200
        assert "Goodbye My Love North Korea" in parse_html(answer.text).text()
        ambiguous = client.get("/queries/filmography-runtime", params={"director": "Kim"})
        assert ambiguous.status_code == 400
        assert "Soyoung Kim (person:kim-soyoung)" in ambiguous.text
        unknown = client.get("/queries/filmography-runtime", params={"director": "Nobody"})
        assert unknown.status_code == 400


def test_search_lists_whole_matches_first_then_names_containing_the_text() -> None:
    done = dockg("search", "seoul", "--format", "csv")
    rows = [line.split(",") for line in done.output.splitlines()[1:]]
    assert rows[0][:2] == ["https://w3id.org/dockg/id/place/seoul", "Seoul"]
    assert all(row[-1] == "part of the name" for row in rows[1:])
    series = dockg("search", "seoul", "--type", "festival series", "--format", "csv")
    assert [r.split(",")[1] for r in series.output.splitlines()[1:]] == [
        "Seoul Independent Documentary Film Festival",
        "Seoul Independent Film Festival",
        "Seoul International Women's Film Festival",
    ]


def test_search_table_fits_120_columns_keeping_the_iri_whole() -> None:
    lines = dockg("search", "seoul").output.splitlines()
    assert max(len(line) for line in lines) <= 120
    assert lines[3].endswith("edition:seoul-international-womens-film-festival-2010")
