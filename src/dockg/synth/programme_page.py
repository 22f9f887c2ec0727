"""A generated festival programme page of any number of films, for the page-import
benchmark ("a 200-film programme page imports in under 2 s", issue 13).

The page copies the layout of a real page of the programme corpus
(``tests/fixtures/programmes/doczz/dok-leipzig-2014-programminfo.txt``, DOK Leipzig's
2014 booklet transcribed from PDF): a festival banner with the edition's dates, section
headings, then per film a quoted title (sometimes with an original title in
parentheses), ``Director[, Director] | Country/ Country year | NN min. | OmeU``, two
to four ``Wd DD.MM., HH:MM Uhr, Venue N`` rows and a two-line synopsis. Films, people
and synopses are invented from :mod:`dockg.synth.pools`; the same ``n_films`` and
``seed`` give the same page, character for character. :func:`make_programme_with_key`
also returns the page's answer key (the corpus key format), so the benchmark can check
what it imported as well as how fast.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta

from dockg.synth.pools import TITLE_ADJECTIVES, TITLE_NOUNS, WESTERN_FAMILY, WESTERN_GIVEN

#: The edition the page belongs to: 27.10.-02.11.2014, after the end of summer time.
FIRST_DAY = date(2014, 10, 27)
DAYS = 7
OFFSET = "+01:00"
SECTIONS = (
    "Internationaler Wettbewerb Dokumentarfilm",
    "Deutscher Wettbewerb Dokumentarfilm",
    "Next Masters Wettbewerb",
    "Internationales Programm",
)
#: Countries as the booklet prints them, with their ISO codes.
COUNTRIES = (
    ("Deutschland", "DE"), ("Österreich", "AT"), ("Schweiz", "CH"), ("Polen", "PL"),
    ("Belgien", "BE"), ("Niederlande", "NL"), ("Frankreich", "FR"), ("USA", "US"),
    ("Finnland", "FI"), ("Kanada", "CA"),
)  # fmt: skip
VENUES = (("CineStar", 8), ("CineStar", 5), ("Passage Kinos", 0), ("Schaubühne Lindenfels", 0))
WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
SUBTITLES = ("OmU", "OmeU", "")
SYNOPSES = (
    "Eine Kamera bleibt an einem Ort, bis die Menschen dort vergessen, dass sie da ist.",
    "Ein Archiv wird geöffnet, und die Bilder darin erzählen mehr, als ihre Urheber wollten.",
    "Drei Generationen einer Familie erinnern sich an dasselbe Jahr und nie gleich.",
    "Ein Dorf wartet auf eine Entscheidung, die in einer fernen Stadt getroffen wird.",
)


@dataclass(frozen=True)
class _Film:
    title: str
    original: str | None
    directors: tuple[str, ...]
    countries: tuple[tuple[str, str], ...]
    year: int
    minutes: int
    subtitles: str
    section: str
    starts: tuple[tuple[date, int, int, str, int], ...]


def _films(n_films: int, seed: int) -> list[_Film]:
    rng = random.Random(seed)
    films: list[_Film] = []
    used: set[str] = set()
    for i in range(n_films):
        title = f"{rng.choice(TITLE_ADJECTIVES)} {rng.choice(TITLE_NOUNS)}".title()
        if title in used:
            title = f"{title} {i + 1}"
        used.add(title)
        directors = tuple(
            f"{rng.choice(WESTERN_GIVEN)} {rng.choice(WESTERN_FAMILY)}"
            for _ in range(1 if rng.random() < 0.8 else 2)
        )
        countries = tuple(rng.sample(COUNTRIES, 1 if rng.random() < 0.7 else 2))
        slots: set[tuple[date, int, int, str, int]] = set()
        while len(slots) < rng.randint(2, 4):
            day = rng.randrange(DAYS)
            hour, minute = rng.choice(((10, 30), (13, 0), (15, 0), (17, 0), (19, 30), (22, 15)))
            venue, screen = rng.choice(VENUES)
            slots.add((FIRST_DAY + timedelta(days=day), hour, minute, venue, screen))
        films.append(
            _Film(
                title=title,
                original=(
                    f"{rng.choice(TITLE_NOUNS)} {rng.choice(TITLE_ADJECTIVES)}".title()
                    if i % 7 == 3
                    else None
                ),
                directors=directors,
                countries=countries,
                year=rng.choice((2013, 2014)),
                minutes=rng.randint(12, 140),
                subtitles=rng.choice(SUBTITLES),
                section=SECTIONS[i * len(SECTIONS) // max(n_films, 1)],
                starts=tuple(sorted(slots)),
            )
        )
    return films


def _page(films: list[_Film]) -> str:
    lines = [
        "PROGRAMMINFO",
        "PROGRAMME INFORMATION",
        "57. Internationales Leipziger Festival für Dokumentar- und Animationsfilm",
        "57th International Leipzig Festival for Documentary and Animated Film",
        "27.10.-02.11.2014",
    ]
    section = None
    for n, film in enumerate(films):
        if film.section != section:
            section = film.section
            lines.append(section)
        title = f"“{film.title}”"
        if film.original:
            title += f" („{film.original}“)"
        lines.append(title)
        country = "/ ".join(name for name, _ in film.countries)
        header = f"{', '.join(film.directors)} | {country} {film.year} | {film.minutes} min."
        lines.append(header + (f" | {film.subtitles}" if film.subtitles else ""))
        for day, hour, minute, venue, screen in film.starts:
            place = f"{venue} {screen}" if screen else venue
            weekday = WEEKDAYS[day.weekday()]
            lines.append(f"{weekday} {day:%d.%m.}, {hour:02d}:{minute:02d} Uhr, {place}")
        lines.extend([SYNOPSES[n % len(SYNOPSES)], SYNOPSES[(n + 1) % len(SYNOPSES)]])
    return "\n".join(lines) + "\n"


def _key(films: list[_Film]) -> str:
    out = [
        "# Generated by dockg.synth.programme_page: the answer key of the generated page.",
        "[source]",
        'url = "https://example.org/generated-programme"',
        'captured = "unknown"',
        'festival = "DOK Leipzig"',
        "edition_year = 2014",
        'city = "Leipzig"',
        'timezone = "Europe/Berlin"',
        'language = "de"',
    ]
    for film in films:
        out += ["", "[[film]]", f"title = {json.dumps(film.title, ensure_ascii=False)}"]
        if film.original:
            out.append(f"original_title = {json.dumps(film.original, ensure_ascii=False)}")
        out += [
            f"directors = {json.dumps(list(film.directors), ensure_ascii=False)}",
            f"year = {film.year}",
            f"runtime_minutes = {film.minutes}",
            f"countries = {json.dumps([code for _, code in film.countries])}",
        ]
    for film in films:
        for day, hour, minute, venue, screen in film.starts:
            out += [
                "",
                "[[screening]]",
                f"film = {json.dumps(film.title, ensure_ascii=False)}",
                f'start = "{day.isoformat()}T{hour:02d}:{minute:02d}:00{OFFSET}"',
                f"venue = {json.dumps(venue, ensure_ascii=False)}",
            ]
            if screen:
                out.append(f'screen = "{screen}"')
    for section in SECTIONS:
        titles = [f.title for f in films if f.section == section]
        if titles:
            out += ["", "[[section]]", f"name = {json.dumps(section, ensure_ascii=False)}"]
            out.append(f"films = {json.dumps(titles, ensure_ascii=False)}")
    return "\n".join(out) + "\n"


def make_programme(n_films: int, *, seed: int = 0) -> str:
    """A programme page of ``n_films`` invented films in a real booklet's layout.

    Args:
        n_films: how many films the page lists (0 gives the banner alone).
        seed: the random seed; the same arguments give the same page.

    Returns:
        The page as plain text.
    """
    return _page(_films(n_films, seed))


def make_programme_with_key(n_films: int, *, seed: int = 0) -> tuple[str, str]:
    """The page of :func:`make_programme` and its answer key (TOML, the corpus format).

    Args:
        n_films: how many films the page lists.
        seed: the random seed.

    Returns:
        ``(page, key)``.
    """
    films = _films(n_films, seed)
    return _page(films), _key(films)
