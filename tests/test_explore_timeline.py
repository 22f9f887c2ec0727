"""Timelines: films placed by year, linked to dated events with the gap, marks, filters."""

from __future__ import annotations

import pytest

from dockg.errors import ExitCode
from dockg.explore.projection import EmptyProjection
from dockg.explore.timeline import build_timeline, film_ids, format_timeline, year_of
from dockg.explore.vocabulary import Vocabulary
from explore_support import seed_store, seed_vocabulary, tiny_store

TINY = """\
4 films, oldest first:

year  link         what            when                      gap to film
----  -----------  --------------  ------------------------  ---------------
2010  Alpha
      selected at  Tiny Fest 2020  2020
      screened                     2020-05-01 20:00 (UTC+9)
2012  Beta
      selected at  Tiny Fest 2020  2020
2015  Gamma
      selected at  Tiny Fest 2020  2020
2021  Delta
      depicts      Great Flood     1950–1952                 69 years before
"""


def test_tiny_timeline_text() -> None:
    store = tiny_store()
    assert format_timeline(build_timeline(store, Vocabulary.from_store(store))) == TINY


def test_topic_includes_narrower_topics_and_director_narrows() -> None:
    store = tiny_store()
    vocabulary = Vocabulary.from_store(store)
    river = "https://w3id.org/dockg/id/topic/river"
    on_river = build_timeline(store, vocabulary, topic=river)
    assert film_ids(on_river) == ["film:alpha", "film:beta", "film:gamma"]  # gamma: salt
    both = build_timeline(
        store, vocabulary, topic=river, director="https://w3id.org/dockg/id/person/oh-jisu"
    )
    assert film_ids(both) == ["film:gamma"]
    assert both.scope == "about river towns and directed by Jisu Oh"


def test_seed_heart_of_snow_afterlife_with_its_histories() -> None:
    vocabulary = seed_vocabulary()
    koryo = str(vocabulary.names.resolve("Koryo-saram"))
    timeline = build_timeline(seed_store(), vocabulary, topic=koryo)
    assert film_ids(timeline) == [
        "film:heart-of-snow-heart-of-blood",
        "film:heart-of-snow-afterlife",
        "film:sound-of-nomad-koryo-arirang",
        "film:goodbye-my-love-north-korea",
    ]
    afterlife = timeline.films[1]
    assert (afterlife.year, afterlife.other_years) == (2016, (2018,))  # sources disagree
    assert [(e.label, e.span, afterlife.gap(e)) for e in afterlife.events] == [
        ("Koryo settlement in the Russian Far East", "1860–1937", 79),
        ("Russian revolution", "1917–1923", 93),
        ("1920 Sinhanchon massacre", "1920", 96),
        ("1937 deportation of Koreans to Central Asia", "1937", 79),
    ]
    assert [(m.kind, m.date) for m in afterlife.marks] == [
        ("screening", "2016"),
        ("selection", "2019"),
        ("screening", "2019-03-23T11:00:00+09:00"),
        ("screening", "2019-03-27T17:00:00+09:00"),
    ]
    text = format_timeline(timeline)
    assert "2016  Heart of Snow: afterlife (also dated 2018)" in text
    assert "1860–1937                 79 years before" in text


def test_no_film_left_is_an_empty_projection() -> None:
    vocabulary = seed_vocabulary()
    with pytest.raises(EmptyProjection) as caught:
        build_timeline(
            seed_store(),
            vocabulary,
            topic=str(vocabulary.names.resolve("Koryo-saram")),
            director=str(vocabulary.names.resolve("Heung-Soon Im")),
        )
    assert caught.value.exit_code is ExitCode.EMPTY_PROJECTION
    assert caught.value.message == ("no dated film about Koryo-saram and directed by Heung-Soon Im")


@pytest.mark.parametrize(
    ("value", "year"),
    [("2016", 2016), ("2014-04-16", 2014), ("2019-03-23T11:00:00+09:00", 2019), ("x", None)],
)
def test_year_of(value: str, year: int | None) -> None:
    assert year_of(value) == year
