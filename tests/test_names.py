"""Name folding and keys: the rules every command uses to match written names."""

from __future__ import annotations

import pytest

from dockg.names import fold, name_key, name_keys, tokens


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
