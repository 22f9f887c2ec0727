"""Name folding and keys: the rules every command uses to match written names."""

from __future__ import annotations

import pytest

from dockg.names import (
    festival_key,
    festival_words,
    fold,
    main_title_key,
    name_key,
    name_keys,
    ordinal_in,
    romanization_key,
    title_key,
    tokens,
    variant_keys,
    year_in,
)


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Chŏng Ji-yŏng", "chong ji yong"),
        ("  KIM   Soyoung ", "kim soyoung"),
        ("김소영", "김소영"),
        ("O'Brien, Pat", "obrien pat"),
        ("Ｋｉｍ", "kim"),  # full-width letters fold to ASCII
    ],
)
def test_fold(written: str, folded: str) -> None:
    assert fold(written) == folded


def test_hyphenated_given_name_is_one_token() -> None:
    assert tokens("Heung-Soon Im") == ["heungsoon", "im"]
    assert name_key("Heung-Soon Im") == name_key("Heungsoon IM") == "heungsoonim"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Soyoung Kim", "KIM Soyoung"),
        ("Heung-Soon Im", "Im Heungsoon"),
        ("Alexandra Petrovna Kim", "Kim Alexandra Petrovna"),
    ],
)
def test_korean_and_western_order_meet(one: str, other: str) -> None:
    assert name_keys(one) & name_keys(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Soyoung Kim", "Jonghoon Kim"), ("Sin Su-won", "Shin Su-won"), ("Kim", "Kim Soyoung")],
)
def test_different_names_do_not_meet(one: str, other: str) -> None:
    # Romanization variants (Sin/Shin) need evidence beyond the name: not folded here.
    assert not name_keys(one) & name_keys(other)


def test_no_letters_no_keys() -> None:
    assert name_keys(" - ") == frozenset()


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sin Su-won", "Shin Suwon"),
        ("Yi Jin", "Jin Lee"),
        ("Rhee Jin", "Ri Jin"),
        ("Pak Chan-uk", "Park Chan-wook"),
        ("Kang Jinseok", "Gang Jin-seok"),
        ("Cho Min", "Jo Min"),
        ("Chŏng Ji-yŏng", "Jeong Ji-yeong"),
        ("Chung Ji-young", "Jeong Jiyeong"),
        ("Kŭm Sŏn", "Geum Seon"),  # eu/ŭ, eo/ŏ, k/g
        ("Kim Tae-pok", "Kim Dae-bok"),  # t/d, p/b
        ("김소영", "김소영"),
    ],
)
def test_romanization_variants_meet_under_variant_keys(one: str, other: str) -> None:
    assert variant_keys(one) & variant_keys(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Soyoung Kim", "Jonghoon Kim"),
        ("Kim", "Kim Soyoung"),
        ("Sin Su-won", "Sinsu Won"),  # the words stay apart
        ("김소영", "김서영"),
        ("김소영", "Kim Soyoung"),  # Hangul is not transliterated
    ],
)
def test_different_names_do_not_meet_under_variant_keys(one: str, other: str) -> None:
    assert not variant_keys(one) & variant_keys(other)


def test_romanization_key_of_family_names_and_syllables() -> None:
    assert {romanization_key(w) for w in ("lee", "yi", "rhee", "ri")} == {"i"}
    assert romanization_key("jeong") == romanization_key("chong") == "chong"
    assert romanization_key("young") == romanization_key("yeong") == "yonk"


def test_title_keys() -> None:
    assert title_key("Goodbye My Love, North Korea") == title_key("goodbye my love north korea")
    assert title_key("Salt & Roads") == title_key("Salt and Roads")
    assert title_key("Heart of Snow: afterlife") != title_key("Heart of Snow")
    assert main_title_key("Heart of Snow: afterlife") == title_key("Heart of Snow")
    assert main_title_key("Sound of Nomad - Koryo Arirang") == title_key("Sound of Nomad")
    assert main_title_key("Drifting City") == title_key("Drifting City")


def test_festival_names_without_ordinal_year_and_article() -> None:
    assert festival_words("The 43rd Seoul Independent Film Festival") == (
        "seoul",
        "independent",
        "film",
        "festival",
    )
    assert festival_key("Seoul Independent Film Festival 2017") == festival_key(
        "43rd SEOUL INDEPENDENT FILM FESTIVAL"
    )
    assert ordinal_in("The 43rd Seoul Independent Film Festival") == 43
    assert ordinal_in("22nd") == 22 and ordinal_in("Festival 2017") is None
    assert year_in("Festival 2017") == 2017 and year_in("The 3rd") is None


def test_lookup_finds_romanization_variants_after_exact_names() -> None:
    from rdflib import Graph, Literal, URIRef

    from dockg.lookup import NameIndex
    from dockg.namespaces import SDO

    graph = Graph()
    shin = URIRef("https://w3id.org/dockg/id/person/shin-suwon")
    sin = URIRef("https://w3id.org/dockg/id/person/sin-sujin")
    graph.add((shin, SDO.name, Literal("Shin Su-won")))
    graph.add((sin, SDO.name, Literal("Sin Sujin")))
    index = NameIndex.from_graph(graph)
    [match] = index.find("Sin Suwon")
    assert (match.iri, match.matched, match.whole) == (shin, "Shin Su-won", False)
    [exact] = index.find("Sin Sujin")  # an exact name wins over a variant of another
    assert (exact.iri, exact.whole) == (sin, True)
    assert index.find("Pak Suwon") == []  # another family name is not a variant
