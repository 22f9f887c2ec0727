"""Splitting a printed personal name into family and given names (``dockg.ingest.people``):
the order a name is printed in, told from capitals and from Korean family names, checked on
names the corpus's imports split wrongly before (a scan of every family name they state)."""

from __future__ import annotations

import pytest

from dockg.ingest.people import parse_person_name


@pytest.mark.parametrize(
    ("written", "family", "given", "korean_order", "display"),
    [
        # a Korean family name, then a romanized Korean given name
        ("Kim Miyoung", "Kim", "Miyoung", True, "Kim Miyoung"),
        ("Kim Seung-hwa", "Kim", "Seung-hwa", True, "Kim Seung-hwa"),
        ("Hwang Bobyeolse", "Hwang", "Bobyeolse", True, "Hwang Bobyeolse"),
        ("Kim Jinah", "Kim", "Jinah", True, "Kim Jinah"),
        ("KIM Soyoung", "Kim", "Soyoung", True, "Kim Soyoung"),
        ("OH Jung", "Oh", "Jung", True, "Oh Jung"),
        ("Soyoung Kim", "Kim", "Soyoung", False, "Soyoung Kim"),
        # a word that is also a Korean family name, before a given name that is no
        # romanized Korean one: given name first
        ("Kim Longinotto", "Longinotto", "Kim", False, "Kim Longinotto"),
        ("Kim Brand", "Brand", "Kim", False, "Kim Brand"),
        ("Jo Schmeiser", "Schmeiser", "Jo", False, "Jo Schmeiser"),
        ("Gil Golan", "Golan", "Gil", False, "Gil Golan"),  # Korean ``l`` + vowel is ``r``
        # initials are no family name in capitals, and keep their case
        ("N.C. Heikin", "Heikin", "N.C.", False, "N.C. Heikin"),
        ("B. Michel", "Michel", "B.", False, "B. Michel"),
        ("P.-M. Wegmüller", "Wegmüller", "P.-M.", False, "P.-M. Wegmüller"),
        ("TJ Martin", "Martin", "TJ", False, "TJ Martin"),
    ],
)
def test_the_family_name_and_the_order_printed(
    written: str, family: str, given: str, korean_order: bool, display: str
) -> None:
    found = parse_person_name(written)
    assert found is not None
    assert (found.family, found.given, found.korean_order, found.display) == (
        family,
        given,
        korean_order,
        display,
    )


def test_a_middle_initial_stays_with_the_given_names() -> None:
    found = parse_person_name("S. Leo Chiang")
    assert found is not None
    assert (found.family, found.given, found.additional) == ("Chiang", "S.", ("Leo",))
