"""Resolving people: name forms, romanization variants, and the evidence that decides."""

from __future__ import annotations

from resolution_support import candidates, merges, resolve


def test_western_order_and_hyphen_with_the_same_film_merge() -> None:
    found = resolve("""
    person:su-won-shin a dockg:Person ; schema:name "Su-won SHIN" .
    film:the-cold-water a dockg:Film ; schema:director person:su-won-shin .
    """)
    assert merges(found) == {
        "person:su-won-shin": (
            "person:shin-suwon",
            ("same name 'Shin Su-won'", "both credited as director of film:the-cold-water"),
        )
    }
    assert candidates(found) == {}


def test_romanization_variant_in_the_same_role_merges() -> None:
    found = resolve("""
    person:sin-suwon a dockg:Person ; schema:name "Sin Suwon" .
    film:the-cold-water a dockg:Film ; schema:director person:sin-suwon .
    """)
    assert merges(found) == {
        "person:sin-suwon": (
            "person:shin-suwon",
            (
                "romanization variant: 'Sin Suwon' / 'Shin Su-won'",
                "both credited as director of film:the-cold-water",
            ),
        )
    }


def test_romanization_variant_in_another_role_is_only_a_candidate() -> None:
    found = resolve("""
    person:sin-suwon a dockg:Person ; schema:name "Sin Suwon" .
    film:the-cold-water a dockg:Film ; schema:producer person:sin-suwon .
    """)
    assert merges(found) == {}
    assert candidates(found) == {
        ("person:sin-suwon", "person:shin-suwon"): (
            "romanization variant: 'Sin Suwon' / 'Shin Su-won'",
            "both credited on film:the-cold-water (producer / director)",
        )
    }


def test_mccune_reischauer_producer_merges_with_revised_romanization() -> None:
    found = resolve("""
    person:chong-ji-yong a dockg:Person ; schema:name "Chŏng Ji-yŏng" .
    film:paper-boats a dockg:Film ; schema:producer person:chong-ji-yong .
    """)
    assert merges(found) == {
        "person:chong-ji-yong": (
            "person:jeong-jiyeong",
            (
                "romanization variant: 'Chŏng Ji-yŏng' / 'Jeong Ji-yeong'",
                "both credited as producer of film:paper-boats",
            ),
        )
    }


def test_variant_with_birth_year_and_festival_merges() -> None:
    # Rhee/Lee: no shared film, but the same birth year and films at the same edition.
    found = resolve("""
    person:rhee-jin a dockg:Person ; schema:name "Rhee Jin" ; schema:birthDate "1980"^^xsd:gYear .
    film:night-ferry a dockg:Film ; schema:name "Night Ferry" ; schema:director person:rhee-jin .
    selection:s a dockg:FestivalSelection ; schema:workFeatured film:night-ferry ;
        schema:superEvent edition:river-port-film-festival-2019 .
    """)
    assert merges(found) == {
        "person:rhee-jin": (
            "person:lee-jin",
            (
                "romanization variant: 'Rhee Jin' / 'Lee Jin'",
                "same birth year 1980",
                "films of both selected at edition:river-port-film-festival-2019",
            ),
        )
    }


def test_variant_with_one_kind_of_evidence_is_a_candidate() -> None:
    found = resolve("""
    person:rhee-jin a dockg:Person ; schema:name "Rhee Jin" ; schema:birthDate "1980"^^xsd:gYear .
    """)
    assert merges(found) == {}
    assert candidates(found) == {
        ("person:rhee-jin", "person:lee-jin"): (
            "romanization variant: 'Rhee Jin' / 'Lee Jin'",
            "same birth year 1980",
        )
    }


def test_two_kims_are_never_merged_on_the_name_alone() -> None:
    found = resolve("""
    person:kim-min-ji a dockg:Person ; schema:name "Kim Min-ji" .
    film:another-river a dockg:Film ; schema:name "Another River" ;
        schema:director person:kim-min-ji ; schema:dateCreated "2020"^^xsd:gYear .
    """)
    assert merges(found) == {}
    assert candidates(found) == {
        ("person:kim-min-ji", "person:kim-minji"): (
            "same name 'Minji Kim'",
            "no shared film, festival, birth year or Hangul name",
        )
    }


def test_a_different_birth_year_stops_a_merge_despite_a_shared_film() -> None:
    found = resolve("""
    person:kim-min-ji a dockg:Person ; schema:name "Minji KIM" ;
        schema:birthDate "1990"^^xsd:gYear .
    film:river-songs a dockg:Film ; schema:director person:kim-min-ji .
    """)
    assert merges(found) == {}
    assert candidates(found) == {
        ("person:kim-min-ji", "person:kim-minji"): (
            "same name 'Minji Kim'",
            "both credited as director of film:river-songs",
            "birth years differ: 1990 here, 1975 recorded",
        )
    }


def test_hangul_matches_hangul() -> None:
    found = resolve("""
    person:x a dockg:Person ; schema:name "김소영"@ko .
    film:salt-roads a dockg:Film ; schema:director person:x .
    """)
    assert merges(found) == {
        "person:x": (
            "person:kim-soyoung",
            ("same name '김소영'", "both credited as director of film:salt-roads"),
        )
    }


def test_a_different_hangul_name_stops_a_merge() -> None:
    found = resolve("""
    person:kim-so-young a dockg:Person ; schema:name "Kim So-young" ;
        dockg:nameInHangul "김서영"@ko .
    film:salt-roads a dockg:Film ; schema:director person:kim-so-young .
    """)
    assert merges(found) == {}
    assert candidates(found) == {
        ("person:kim-so-young", "person:kim-soyoung"): (
            "same name 'Soyoung Kim'",
            "both credited as director of film:salt-roads",
            "different names in Hangul",
        )
    }


def test_a_family_name_alone_matches_nobody() -> None:
    found = resolve("""
    person:kim a dockg:Person ; schema:name "Kim" .
    film:river-songs a dockg:Film ; schema:director person:kim .
    """)
    assert merges(found) == {}
    assert candidates(found) == {}


def test_two_people_with_enough_evidence_make_the_match_ambiguous() -> None:
    found = resolve("""
    person:kim-minji-2 a dockg:Person ; schema:name "Minji Kim" .
    person:kim-min-ji a dockg:Person ; schema:name "Kim Min-ji" .
    film:river-songs a dockg:Film ; schema:director person:kim-min-ji .
    """)
    # Only the one who shares the film merges; the other stays a candidate.
    assert merges(found) == {
        "person:kim-min-ji": (
            "person:kim-minji",
            ("same name 'Minji Kim'", "both credited as director of film:river-songs"),
        )
    }
    assert set(candidates(found)) == {("person:kim-minji-2", "person:kim-minji")}
