"""The generated programme page of the import benchmark: deterministic, in a real
booklet's layout, with an answer key that matches it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dockg.synth.programme_page import make_programme, make_programme_with_key
from programme_corpus import load_key


def test_the_generated_programme_is_deterministic_and_its_key_is_well_formed(
    tmp_path: Path,
) -> None:
    page, key_text = make_programme_with_key(200)
    assert page == make_programme(200) == make_programme_with_key(200)[0]
    assert make_programme(200, seed=1) != page
    (tmp_path / "generated.txt").write_text(page, encoding="utf-8")
    (tmp_path / "generated.key.toml").write_text(key_text, encoding="utf-8")
    key = load_key(tmp_path / "generated.key.toml")
    assert len(key.films) == 200
    assert len({f.title for f in key.films}) == 200
    assert 400 <= len(key.screenings) <= 800
    # Every film's quoted title and every screening row is on the page.
    for film in key.films:
        assert f"“{film.title}”" in page
    for screening in key.screenings:
        row = f"{screening.start:%d.%m.}, {screening.start:%H:%M} Uhr, {screening.venue}"
        assert row in page
    assert page.startswith("PROGRAMMINFO\n") and "27.10.-02.11.2014" in page


def test_the_generated_programme_prints_weekdays_that_match_its_dates() -> None:
    page = make_programme(30)
    rows = [line for line in page.splitlines() if line.endswith(("CineStar 8", "CineStar 5"))]
    assert rows
    for row in rows:
        weekday, day = row.split(" ", 2)[:2]
        parsed = date(2014, int(day[3:5]), int(day[:2]))
        assert ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")[parsed.weekday()] == weekday
