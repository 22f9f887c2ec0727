"""Values people read: durations, local date-times, counts, and tables that fit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal

from dockg.cli import cli
from dockg.namespaces import XSD
from dockg.readable import datetime_text, duration_text, literal_text, plural
from dockg.tables import display_width, format_table

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("lexical", "text"),
    [
        ("PT16M55S", "16 min 55 s"),
        ("PT16M", "16 min"),
        ("PT1H30M", "1 h 30 min"),
        ("P1DT2H", "1 d 2 h"),
        ("PT0.5S", "0.5 s"),
        ("-PT5M", "minus 5 min"),
    ],
)
def test_durations_read_as_words(lexical: str, text: str) -> None:
    assert duration_text(lexical) == text


@pytest.mark.parametrize("lexical", ["P", "PT", "16 min", "PT5X", ""])
def test_what_is_no_duration_is_not_rewritten(lexical: str) -> None:
    assert duration_text(lexical) is None


@pytest.mark.parametrize(
    ("lexical", "text"),
    [
        ("2019-03-23T11:00:00+09:00", "2019-03-23 11:00 (UTC+9)"),
        ("2019-03-23T11:00:30+09:00", "2019-03-23 11:00:30 (UTC+9)"),
        ("2019-03-23T11:00:00Z", "2019-03-23 11:00 (UTC)"),
        ("2019-03-23T11:00:00+05:30", "2019-03-23 11:00 (UTC+5:30)"),
        ("2019-03-23T11:00:00-04:00", "2019-03-23 11:00 (UTC-4)"),
        ("2019-03-23T11:00:00", "2019-03-23 11:00"),
    ],
)
def test_date_times_stay_in_the_events_local_time(lexical: str, text: str) -> None:
    assert datetime_text(lexical) == text


def test_a_date_time_that_does_not_exist_is_left_as_written() -> None:
    assert datetime_text("2019-02-30T11:00:00+09:00") is None
    assert literal_text(Literal("2019-02-30T11:00:00+09:00", datatype=XSD.dateTime)) == (
        "2019-02-30T11:00:00+09:00"
    )


def test_literals_show_their_language_only_when_asked() -> None:
    title = Literal("Heart of Snow: afterlife", lang="en")
    assert literal_text(title) == "Heart of Snow: afterlife"
    assert literal_text(title, show_language=True) == "Heart of Snow: afterlife@en"
    assert literal_text(Literal("PT16M55S", datatype=XSD.duration)) == "16 min 55 s"
    assert literal_text(Literal("2016", datatype=XSD.gYear)) == "2016"


def test_counts_agree_with_their_nouns() -> None:
    assert plural(1, "step") == "1 step"
    assert plural(2, "step") == "2 steps"
    assert plural(1695, "triple") == "1,695 triples"
    assert plural(1, "entity", "entities") == "1 entity"
    assert plural(0, "entity", "entities") == "0 entities"


def test_a_table_fits_the_width_asked_cutting_the_widest_column() -> None:
    rows = [["short", "x" * 100, "김소영 " * 10]]
    text = format_table(["a", "long", "hangul"], rows, max_width=60)
    assert max(display_width(line) for line in text.splitlines()) <= 60
    cells = re.split(r"  +", text.splitlines()[2])
    assert cells[0] == "short" and cells[1].endswith("…") and cells[2].endswith("…")


def test_cut_first_columns_give_way_before_the_others() -> None:
    rows = [["screening:" + "s" * 40, "Lotte Cinema Hongdae, screen 2"]]
    text = format_table(["screening", "venue"], rows, max_width=50, cut_first=(0,))
    assert text.splitlines()[2].endswith("Lotte Cinema Hongdae, screen 2")


def test_without_a_width_nothing_is_cut() -> None:
    rows = [["x" * 200]]
    assert "x" * 200 in format_table(["a"], rows)


def _query(*args: str) -> list[list[str]]:
    done = CliRunner().invoke(cli, ["--project", str(ROOT), "query", *args])
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    assert max(display_width(line) for line in lines) <= 120 or "--wide" in args
    return [re.split(r"  +", line.rstrip()) for line in lines]


def test_query_table_reads_as_words_within_120_columns() -> None:
    rows = _query("film-screenings")
    assert rows[0] == [
        "screening", "date", "time", "start", "venueName", "screen", "city", "country",
        "festival", "section",
    ]  # fmt: skip
    assert rows[3][2:3] == ["11:00"] and rows[3][3].startswith("2019-03-23 1")
    runtimes = _query("film-runtimes")
    # The film column is left out: the title column already names every film; one
    # title per film, so no language tags.
    assert runtimes[0] == ["title", "runtimes", "shortestSeconds", "longestSeconds"]
    assert ["Kyung", "0"] in runtimes
    card = _query("film-card")
    assert ["duration", "16 min 55 s", "graph:sidof…"] in card
    assert ["director", "Soyoung Kim", "Soyoung Kim", "graph:sidof…"] in card


def test_wide_table_keeps_every_column_and_compact_iris() -> None:
    rows = _query("film-runtimes", "--wide")
    assert rows[0][0] == "film" and rows[2][0] == "film:drifting-city"
    assert rows[2][1] == "Drifting City"
