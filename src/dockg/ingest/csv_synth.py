"""Generated spreadsheets in the Cannes competition schema, for benchmarks and tests.

:func:`write_cannes_csv` writes ``rows`` data rows with the columns of
``../shared/data/cannes-competition/films.csv`` (``year,title,original_title,director,
languages,countries_of_origin,run_time,imdb_url``) so that they go through the shipped
mapping ``data/mappings/cannes-competition.toml``. The rows look like the real file where
it matters for an import: a few directors make many films (the pool is drawn with a
skew), some films have two or three directors, Korean names are written family name
first, titles come back in other years, runtimes are written in several forms, and
about one row in a hundred is bad (a runtime, a year or a country code that cannot be
read, or a missing field), spread through the file. The same seed and size always give
the same file.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

from dockg.synth.pools import KOREAN_FAMILY, KOREAN_SYLLABLES, WESTERN_GIVEN

HEADER = (
    "year",
    "title",
    "original_title",
    "director",
    "languages",
    "countries_of_origin",
    "run_time",
    "imdb_url",
)

#: Country codes of the shipped mapping's lookup table, the frequent ones first.
_COUNTRIES = ("FR", "US", "IT", "GB", "DE", "JP", "KR", "ES", "PL", "SE", "BR", "IR", "CN", "DK")
#: (languages cell, whether the original title is written in Latin letters).
_LANGUAGES = (("en", True), ("fr", True), ("it", True), ("fr,en", True), ("ko", True), ("ja", True))
_ADJECTIVES = (
    "Silent", "Long", "Red", "Last", "Hidden", "Broken", "Golden", "Quiet", "Distant", "Wild",
    "Small", "Bright", "Cold", "Lost", "Open", "Secret", "White", "Black", "Empty", "Second",
)  # fmt: skip
_NOUNS = (
    "River", "Summer", "House", "Road", "Night", "Garden", "Window", "Harbour", "Letter",
    "Mountain", "Island", "Station", "Forest", "Mirror", "Bridge", "Winter", "Field", "Voice",
    "Shore", "Orchard",
)  # fmt: skip
_ONSETS = (
    "Ber", "Cal", "Dor", "Fen", "Gar", "Hal", "Ker", "Lom", "Mar", "Nor", "Pel", "Ros",
    "Sal", "Tor", "Val", "Wes", "Bran", "Cor", "Dal", "Fal",
)  # fmt: skip
_SYLLABLES = (
    "a", "e", "in", "on", "ar", "el", "is", "ov", "en", "ud", "ak", "il", "or", "us", "an",
    "et", "im", "ol", "ur", "ay",
)  # fmt: skip
_RUNTIMES = ("{h}h {m}m", "{t} min", "{h}:{m:02d}:00", "{h}h {m}min")
_BAD = ("runtime", "year", "fields", "country")


@dataclass(frozen=True)
class CsvSynthSummary:
    """What a generated spreadsheet holds.

    Attributes:
        path: the file written.
        rows: data rows (good and bad).
        bad_rows: the data-row numbers (1 = first row after the header) of the bad rows.
    """

    path: Path
    rows: int
    bad_rows: tuple[int, ...]


def _base(number: int, digits: tuple[str, ...], width: int) -> str:
    parts = []
    for _ in range(width):
        number, digit = divmod(number, len(digits))
        parts.append(digits[digit])
    return "".join(parts)


def person_name(number: int) -> str:
    """The name of generated person ``number``: distinct numbers give distinct names.

    One person in eight is Korean, written family name first with a hyphenated given name
    (``Park Min-jun``); there are 8,000 such names, so a large file has Korean namesakes,
    as real ones do. The others are a given name and an invented family name.
    """
    if number % 8 == 7:
        k = number // 8
        family = KOREAN_FAMILY[k % len(KOREAN_FAMILY)][0]
        first = KOREAN_SYLLABLES[(k // 20) % 20][0].capitalize()
        second = KOREAN_SYLLABLES[(k // 400) % 20][0]
        return f"{family} {first}-{second}"
    given = WESTERN_GIVEN[number % len(WESTERN_GIVEN)]
    rest = number // len(WESTERN_GIVEN)
    family = _ONSETS[rest % len(_ONSETS)] + _base(rest // len(_ONSETS), _SYLLABLES, 3)
    return f"{given} {family}"


def _title(number: int) -> str:
    adjective = _ADJECTIVES[number % len(_ADJECTIVES)]
    noun = _NOUNS[(number // len(_ADJECTIVES)) % len(_NOUNS)]
    rest = number // (len(_ADJECTIVES) * len(_NOUNS))
    place = _ONSETS[rest % len(_ONSETS)] + _base(rest // len(_ONSETS), _SYLLABLES, 2)
    return f"The {adjective} {noun} of {place}"


def _runtime(rng: random.Random) -> str:
    total = rng.randint(60, 180)
    return rng.choice(_RUNTIMES).format(h=total // 60, m=total % 60, t=total)


def write_cannes_csv(path: Path, rows: int, *, seed: int = 1) -> CsvSynthSummary:
    """Write a generated spreadsheet in the Cannes competition schema.

    Args:
        path: the CSV file to write (replaced).
        rows: how many data rows.
        seed: the random seed.

    Returns:
        The file, its row count and which rows are bad.
    """
    rng = random.Random(seed)
    pool = max(4, rows // 3)
    titles: list[tuple[str, int]] = []
    bad: list[int] = []
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        for row in range(1, rows + 1):
            year = rng.randint(1946, 2025)
            if titles and rng.random() < 0.05:
                # a title seen before, in another year: another film
                title, before = titles[rng.randrange(len(titles))]
                year = before + rng.randint(1, 30) if before < 1995 else before - rng.randint(1, 40)
            else:
                title = _title(len(titles))
                titles.append((title, year))
            languages, _ = rng.choice(_LANGUAGES)
            original = "" if rng.random() < 0.4 else title.replace("The ", "La ", 1) + " (vo)"
            count = 3 if rng.random() < 0.02 else 2 if rng.random() < 0.1 else 1
            # a skewed draw: a few directors make many films
            directors = {person_name(int(pool * rng.random() ** 2)) for _ in range(count)}
            countries = rng.sample(_COUNTRIES, 1 if rng.random() < 0.7 else rng.randint(2, 3))
            cells = [
                str(year),
                title,
                original,
                ", ".join(sorted(directors)),
                languages,
                ",".join(countries),
                _runtime(rng),
                f"https://www.imdb.com/title/tt{9000000 + row}/" if rng.random() < 0.9 else "",
            ]
            if row % 100 == 50:
                bad.append(row)
                match _BAD[(row // 100) % len(_BAD)]:
                    case "runtime":
                        cells[6] = "1h 3x"
                    case "year":
                        cells[0] = f"{year // 100}x{year % 10}"
                    case "fields":
                        cells = cells[:6]
                    case "country":
                        cells[5] = "XX"
            writer.writerow(cells)
    return CsvSynthSummary(path, rows, tuple(bad))
