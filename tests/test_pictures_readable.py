"""Pictures a person reads: names not identifiers, titles said once, axes that fit."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from dockg.cli import cli
from dockg.explore.draw import BREAK_YEARS, axis_ranges, film_title

ROOT = Path(__file__).resolve().parents[1]


def test_a_film_title_says_its_year_once_with_the_others_after_it() -> None:
    """Regression: the label read "Heart of Snow: afterlife (also 2018) (2016)"."""
    assert film_title("Heart of Snow: afterlife", 2016, (2018,)) == (
        "Heart of Snow: afterlife (2016; also dated 2018)"
    )
    assert film_title("Kyung", 2010, ()) == "Kyung (2010)"


def test_far_events_break_the_axis_between_them_and_the_films() -> None:
    """Regression: the axis ran from about 1780 and every film sat in one spot."""
    years = [1860, 1937, 1917, 1923, 1920, 2009, 2010, 2014, 2016, 2017, 2019]
    assert axis_ranges(years) == [(1860, 1937), (2009, 2019)]


def test_close_years_keep_one_axis() -> None:
    assert axis_ranges([1990, 1995, 2000, 2016]) == [(1990, 2016)]
    assert axis_ranges([2016]) == [(2016, 2016)]
    # A gap under BREAK_YEARS never breaks the axis, however the rest is spread.
    assert axis_ranges([2000, 2000 + BREAK_YEARS - 1]) == [(2000, 2000 + BREAK_YEARS - 1)]


def _texts(svg: str) -> list[str]:
    """The labels of an SVG picture (drawn as <text>, see dockg.explore.draw)."""
    return re.findall(r">([^<>]*)</text>", svg)


def test_neighbourhood_picture_calls_unnamed_entities_by_their_class(tmp_path: Path) -> None:
    out = tmp_path / "n.svg"
    done = CliRunner().invoke(
        cli,
        ["--project", str(ROOT), "neighbours", "Heart of Snow: afterlife", "--depth", "1",
         "--svg", str(out)],
    )  # fmt: skip
    assert done.exit_code == 0, done.output
    texts = _texts(out.read_text(encoding="utf-8"))
    assert not [t for t in texts if t.startswith(("screening:", "contact:", "selection:"))]
    assert texts.count("Screening") == 2  # the two SIDOF screenings, by their class
    assert "Contact point" in texts and "Soyoung Kim" in texts


def test_timeline_picture_is_drawn_on_a_broken_axis(tmp_path: Path) -> None:
    out = tmp_path / "t.svg"
    done = CliRunner().invoke(
        cli, ["--project", str(ROOT), "timeline", "--director", "Soyoung Kim", "--svg", str(out)]
    )
    assert done.exit_code == 0, done.output
    texts = _texts(out.read_text(encoding="utf-8"))
    assert "Heart of Snow: afterlife (2016; also dated 2018)" in texts
    assert "year (the axis is broken between the two parts)" in texts
