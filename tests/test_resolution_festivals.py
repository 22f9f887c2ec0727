"""Resolving festivals (ordinals, shortened names, edition arithmetic), editions, sections."""

from __future__ import annotations

from dockg.resolution.festivals import Numbering, ordinal
from dockg.resolution.profiles import GraphIndex
from resolution_support import candidates, existing, iri, merges, resolve


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 43, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "43rd", "101st", "111th"
    ]  # fmt: skip


def test_edition_arithmetic_prefers_recorded_editions_to_the_first_year() -> None:
    index = GraphIndex(existing())
    womens = Numbering.of(index, iri("festival:seoul-womens-documentary-festival"))
    # First held in 1997 but not yearly at first: the 12th was in 2010, so 2015 is the 17th.
    assert womens.expected_number(2015) == (17, "the 12th edition was in 2010")
    harbour = Numbering.of(index, iri("festival:harbour-city-documentary-film-festival"))
    assert harbour.expected_number(2014) == (6, "the first edition was in 2009")
    assert harbour.expected_number(2001) is None
    mountain = Numbering.of(index, iri("festival:mountain-valley-film-festival"))
    assert mountain.expected_number(2015) is None  # held every second year


def test_festival_and_edition_with_an_ordinal_merge() -> None:
    found = resolve("""
    festival:rpff a dockg:FestivalSeries ; schema:name "The River Port Film Festival" .
    edition:rpff-24 a dockg:FestivalEdition ; schema:name "The 24th River Port Film Festival" ;
        dockg:editionOf festival:rpff .
    """)
    assert merges(found) == {
        "festival:rpff": (
            "festival:river-port-film-festival",
            ("same festival name 'River Port Film Festival'",),
        ),
        "edition:rpff-24": (
            "edition:river-port-film-festival-2019",
            ("same festival festival:river-port-film-festival", "same edition number 24"),
        ),
    }


def test_an_alternate_name_merges() -> None:
    found = resolve('festival:h a dockg:FestivalSeries ; schema:name "HCDFF" .')
    assert merges(found) == {
        "festival:h": (
            "festival:harbour-city-documentary-film-festival",
            ("same festival name 'HCDFF'",),
        )
    }


def test_shortened_name_merges_when_edition_arithmetic_agrees() -> None:
    found = resolve("""
    festival:wdf a dockg:FestivalSeries ; schema:name "Women's Documentary Festival" .
    edition:wdf-2015 a dockg:FestivalEdition ; schema:name "The 17th Women's Documentary Festival" ;
        dockg:editionOf festival:wdf ; schema:startDate "2015"^^xsd:gYear .
    """)
    assert merges(found) == {
        "festival:wdf": (
            "festival:seoul-womens-documentary-festival",
            (
                '"Women\'s Documentary Festival" is a shortened or longer form of '
                '"Seoul Women\'s Documentary Festival"',
                "edition arithmetic: the 12th edition was in 2010, so the 17th in 2015",
            ),
        )
    }
    assert candidates(found) == {}  # the 2015 edition is new: no edition to merge with


def test_shortened_name_merges_when_a_recorded_edition_agrees() -> None:
    found = resolve("""
    festival:wdf a dockg:FestivalSeries ; schema:name "Women's Documentary Festival" .
    edition:wdf-2010 a dockg:FestivalEdition ; dockg:editionNumber 12 ;
        dockg:editionOf festival:wdf ; schema:startDate "2010-05-27"^^xsd:date .
    """)
    assert merges(found) == {
        "festival:wdf": (
            "festival:seoul-womens-documentary-festival",
            (
                '"Women\'s Documentary Festival" is a shortened or longer form of '
                '"Seoul Women\'s Documentary Festival"',
                "the 12th edition in 2010 is recorded for it",
            ),
        ),
        "edition:wdf-2010": (
            "edition:seoul-womens-documentary-festival-2010",
            (
                "same festival festival:seoul-womens-documentary-festival",
                "same year 2010",
                "same edition number 12",
            ),
        ),
    }


def test_shortened_name_with_a_wrong_edition_number_is_a_candidate() -> None:
    found = resolve("""
    festival:wdf a dockg:FestivalSeries ; schema:name "Women's Documentary Festival" .
    edition:wdf-2015 a dockg:FestivalEdition ; dockg:editionNumber 15 ;
        dockg:editionOf festival:wdf ; schema:startDate "2015"^^xsd:gYear .
    """)
    assert merges(found) == {}
    assert candidates(found) == {
        ("festival:wdf", "festival:seoul-womens-documentary-festival"): (
            '"Women\'s Documentary Festival" is a shortened or longer form of '
            '"Seoul Women\'s Documentary Festival"',
            "edition arithmetic disagrees: the 12th edition was in 2010, so the 17th in 2015, "
            "not the 15th",
        )
    }


def test_shortened_name_without_an_edition_is_a_candidate() -> None:
    found = resolve(
        'festival:wdf a dockg:FestivalSeries ; schema:name "Women\'s Documentary Festival" .'
    )
    assert candidates(found) == {
        ("festival:wdf", "festival:seoul-womens-documentary-festival"): (
            '"Women\'s Documentary Festival" is a shortened or longer form of '
            '"Seoul Women\'s Documentary Festival"',
            "no edition number and year to confirm it",
        )
    }


def test_first_year_arithmetic_confirms_a_shortened_name() -> None:
    found = resolve("""
    festival:h a dockg:FestivalSeries ; schema:name "Harbour City Documentary Festival" .
    edition:h6 a dockg:FestivalEdition ; schema:name "6th Harbour City Documentary Festival 2014" ;
        dockg:editionOf festival:h .
    """)
    # "Harbour City Documentary Festival" is not a run of the longer name's words.
    assert merges(found) == {} and candidates(found) == {}
    found = resolve("""
    festival:h a dockg:FestivalSeries ; schema:name "Documentary Film Festival of Harbour City" ;
        schema:alternateName "City Documentary Film Festival" .
    edition:h6 a dockg:FestivalEdition ; schema:name "6th City Documentary Film Festival 2014" ;
        dockg:editionOf festival:h .
    """)
    assert merges(found)["festival:h"] == (
        "festival:harbour-city-documentary-film-festival",
        (
            "'City Documentary Film Festival' is a shortened or longer form of "
            "'Harbour City Documentary Film Festival'",
            "edition arithmetic: the first edition was in 2009, so the 6th in 2014",
        ),
    )


def test_no_arithmetic_for_a_festival_that_is_not_annual() -> None:
    found = resolve("""
    festival:m a dockg:FestivalSeries ; schema:name "Valley Film Festival" .
    edition:m a dockg:FestivalEdition ; dockg:editionNumber 13 ; dockg:editionOf festival:m ;
        schema:startDate "2015"^^xsd:gYear .
    """)
    assert merges(found) == {}
    assert candidates(found)[("festival:m", "festival:mountain-valley-film-festival")][1] == (
        "no edition number and year to confirm it"
    )


def test_edition_with_the_same_year_but_another_number_is_a_candidate() -> None:
    found = resolve("""
    edition:x a dockg:FestivalEdition ; dockg:editionOf festival:river-port-film-festival ;
        dockg:editionNumber 25 ; schema:startDate "2019"^^xsd:gYear .
    """)
    assert merges(found) == {}
    assert candidates(found) == {
        ("edition:x", "edition:river-port-film-festival-2019"): (
            "same festival festival:river-port-film-festival",
            "same year 2019",
            "edition numbers differ: 25 here, 24 recorded",
        )
    }


def test_edition_found_by_year_alone_merges() -> None:
    found = resolve("""
    edition:x a dockg:FestivalEdition ; schema:name "River Port Film Festival 2019" ;
        dockg:editionOf festival:river-port-film-festival .
    """)
    assert merges(found) == {
        "edition:x": (
            "edition:river-port-film-festival-2019",
            ("same festival festival:river-port-film-festival", "same year 2019"),
        )
    }


def test_sections_nested_under_a_merged_edition_merge() -> None:
    found = resolve("""
    edition:x a dockg:FestivalEdition ; dockg:editionOf festival:river-port-film-festival ;
        dockg:editionNumber 24 .
    section:x-wide a dockg:FestivalSection ; schema:name "WIDE ANGLE" ; dockg:sectionOf edition:x .
    section:x-doc a dockg:FestivalSection ; schema:name "Documentary showcase" ;
        dockg:sectionOf section:x-wide .
    section:x-new a dockg:FestivalSection ; schema:name "Open Cinema" ; dockg:sectionOf edition:x .
    """)
    assert merges(found) == {
        "edition:x": (
            "edition:river-port-film-festival-2019",
            ("same festival festival:river-port-film-festival", "same edition number 24"),
        ),
        "section:x-wide": (
            "section:river-port-film-festival-2019-wide-angle",
            ("same section name 'WIDE ANGLE' under edition:river-port-film-festival-2019",),
        ),
        "section:x-doc": (
            "section:river-port-film-festival-2019-wide-angle-documentary-showcase",
            (
                "same section name 'Documentary showcase' under "
                "section:river-port-film-festival-2019-wide-angle",
            ),
        ),
    }
