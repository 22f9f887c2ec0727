"""Resolving films (title variants, year tolerance, director agreement) and showings."""

from __future__ import annotations

import pytest

from resolution_support import candidates, merges, resolve

SHIN = 'person:shin-suwon a dockg:Person ; schema:name "Shin Su-won" .'


@pytest.mark.parametrize(
    ("title", "year", "reasons"),
    [
        ("The Cold Water", "2013", "same year 2013"),
        ("the cold-water!", "2014", "years 2014 and 2013 differ by 1"),
        ("THE COLD WATER", "2012", "years 2012 and 2013 differ by 1"),
    ],
)
def test_same_title_same_director_year_within_one_merges(
    title: str, year: str, reasons: str
) -> None:
    found = resolve(f"""
    film:x a dockg:Film ; schema:name "{title}" ; schema:director person:shin-suwon ;
        schema:dateCreated "{year}"^^xsd:gYear .
    """)
    assert merges(found) == {
        "film:x": (
            "film:the-cold-water",
            ("same title 'The Cold Water'", "same director person:shin-suwon", reasons),
        )
    }


def test_a_film_with_two_recorded_years_matches_either() -> None:
    # Like the seed's Heart of Snow: afterlife, dated 2016 and 2018 by one page.
    found = resolve("""
    person:kim-so-young a dockg:Person ; schema:name "Kim So-young" .
    film:x a dockg:Film ; schema:name "Salt Roads" ; schema:director person:kim-so-young ;
        schema:dateCreated "2017"^^xsd:gYear .
    """)
    assert merges(found)["film:x"] == (
        "film:salt-roads",
        (
            "same title 'Salt Roads'",
            "director of the same name 'Soyoung Kim'",
            "years 2017 and 2016 differ by 1",
        ),
    )


def test_years_too_far_apart_make_a_candidate() -> None:
    found = resolve("""
    film:x a dockg:Film ; schema:name "The Cold Water" ; schema:director person:shin-suwon ;
        schema:dateCreated "2016"^^xsd:gYear .
    """)
    assert merges(found) == {}
    assert candidates(found) == {
        ("film:x", "film:the-cold-water"): (
            "same title 'The Cold Water'",
            "same director person:shin-suwon",
            "years 2016 and 2013 differ by 3",
        )
    }


def test_another_director_makes_a_candidate() -> None:
    found = resolve("""
    film:x a dockg:Film ; schema:name "The Cold Water" ; schema:director person:lee-jin ;
        schema:dateCreated "2013"^^xsd:gYear .
    """)
    assert merges(found) == {}
    assert candidates(found) == {
        ("film:x", "film:the-cold-water"): (
            "same title 'The Cold Water'",
            "directors differ (recorded: person:shin-suwon)",
            "same year 2013",
        )
    }


def test_without_a_director_only_the_same_year_merges() -> None:
    same_year = resolve("""
    film:x a dockg:Film ; schema:name "The Cold Water" ; schema:dateCreated "2013"^^xsd:gYear .
    """)
    assert merges(same_year) == {
        "film:x": (
            "film:the-cold-water",
            ("same title 'The Cold Water'", "no director to compare", "same year 2013"),
        )
    }
    next_year = resolve("""
    film:x a dockg:Film ; schema:name "The Cold Water" ; schema:dateCreated "2014"^^xsd:gYear .
    """)
    assert merges(next_year) == {}
    assert list(candidates(next_year)) == [("film:x", "film:the-cold-water")]


def test_title_without_subtitle_needs_director_and_year() -> None:
    found = resolve("""
    person:lee-jin a dockg:Person ; schema:name "Lee Jin" .
    film:x a dockg:Film ; schema:name "Paper Boats: Letters from the River" ;
        schema:director person:lee-jin ; schema:dateCreated "2019"^^xsd:gYear .
    """)
    assert merges(found) == {
        "film:x": (
            "film:paper-boats",
            (
                "title without subtitle matches 'Paper Boats'",
                "same director person:lee-jin",
                "same year 2019",
            ),
        )
    }


def test_title_without_subtitle_and_another_director_is_nothing() -> None:
    found = resolve("""
    film:x a dockg:Film ; schema:name "Paper Boats: Letters from the River" ;
        schema:director person:kim-minji ; schema:dateCreated "2019"^^xsd:gYear .
    """)
    assert merges(found) == {} and candidates(found) == {}


def test_title_without_subtitle_and_no_director_is_a_candidate() -> None:
    found = resolve("""
    film:x a dockg:Film ; schema:name "Paper Boats - Letters" ;
        schema:dateCreated "2020"^^xsd:gYear .
    """)
    assert merges(found) == {}
    assert candidates(found) == {
        ("film:x", "film:paper-boats"): (
            "title without subtitle matches 'Paper Boats'",
            "no director to compare",
            "years 2020 and 2019 differ by 1",
        )
    }


def test_a_new_film_matches_nothing() -> None:
    found = resolve(f"""
    {SHIN}
    film:the-warm-water a dockg:Film ; schema:name "The Warm Water" ;
        schema:director person:shin-suwon .
    """)
    assert found.merges == () and found.candidates == ()


def test_selection_of_the_same_film_in_the_same_section_merges() -> None:
    found = resolve("""
    film:boats a dockg:Film ; schema:name "Paper Boats" ; schema:director person:lee-jin ;
        schema:dateCreated "2019"^^xsd:gYear .
    selection:y a dockg:FestivalSelection ; schema:workFeatured film:boats ;
        schema:superEvent section:river-port-film-festival-2019-wide-angle-documentary-showcase .
    """)
    assert merges(found)["selection:y"] == (
        "selection:river-port-film-festival-2019-paper-boats",
        (
            "same film film:paper-boats selected in "
            "section:river-port-film-festival-2019-wide-angle-documentary-showcase",
        ),
    )
