"""Forms the held-out rounds of real pages (the third onwards) showed the reader (issue 13),
each on a line or a small invented page in the shape of the real one: what is read, and
what is not taken for what it is not. Each round's tests stand under its own heading.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from dockg.ingest.reader import ReadOptions, read_programme
from dockg.ingest.reader.blocks import split_screen
from dockg.ingest.reader.comma_entries import comma_entry
from dockg.ingest.reader.context import cities_in, read_banner
from dockg.ingest.reader.dates import DateError, find_date, find_range, find_times
from dockg.ingest.reader.fields import (
    country_of,
    field_only,
    looks_like_name,
    one_name_two_scripts,
    read_meta,
    read_title_dir,
    split_title,
    split_title_director,
)
from dockg.ingest.reader.lines import LineKind, classify, join_lone_labels, read_schedule
from dockg.ingest.reader.records import (
    FilmRecord,
    PageContext,
    ProgrammeRecords,
    ScreeningRecord,
)
from dockg.ingest.reader.vetting import title_problem, vet_films
from dockg.ingest.structured import structured_films
from dockg.ingest.text import Line


def line(text: str) -> Line:
    return Line(1, text, text)


def read(page: str, **options: object) -> ProgrammeRecords:
    lines = [Line(n, t.strip(), t) for n, t in enumerate(page.strip("\n").split("\n"), start=1)]
    return read_programme(lines, ReadOptions(**options))  # type: ignore[arg-type]


def films(records: ProgrammeRecords) -> list[tuple[str, list[str]]]:
    return [(f.title, [n for n, _ in f.directors]) for f in records.films]


def problems(*titles: str) -> list[str | None]:
    """Why each title cannot be a film's title (None where it can)."""
    return [title_problem(FilmRecord(title=t, line=1)) for t in titles]


def vetted(*films: FilmRecord) -> ProgrammeRecords:
    """Films vetted as a page of them alone would be."""
    records = ProgrammeRecords(PageContext(), list(films), [], [])
    vet_films(records)
    return records


def starts(records: ProgrammeRecords) -> list[tuple[str, str, str | None]]:
    return [
        (f.title, s.start_local.isoformat() if s.start_local else "", s.venue)
        for f in records.films
        for s in f.screenings
    ]


# --- fields ---------------------------------------------------------------------------


def test_a_directors_names_end_where_the_cast_begins() -> None:
    meta = read_meta("감독 김덕중 | 출연 조은지, 박종환, 곽민규")
    assert meta.directors == ["김덕중"]


def test_a_producer_after_the_directors_is_no_director() -> None:
    meta = read_meta("dir. Petr Záruba, Jan Šimánek, prod. Alice Tabery, IT, CZ")
    assert meta.directors == ["Petr Záruba", "Jan Šimánek"]


def test_genre_and_age_rating_are_fields_not_names() -> None:
    meta = read_meta("드라마 | 대한민국 | 120분 | 15세 관람가 | 2023")
    assert (meta.directors, meta.countries, meta.runtime, meta.year) == (
        [],
        ["South Korea"],
        "PT120M",
        2023,
    )
    assert meta.unread == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jan Šimánek", True),
        ("Tomáš Kratochvíl", True),
        ("In Hak Jang", True),
        ("New York University", False),
        ("Skirball Center", False),
    ],
)
def test_what_reads_as_a_persons_name(text: str, name: bool) -> None:
    assert looks_like_name(text) is name


@pytest.mark.parametrize(
    ("text", "title", "directors"),
    [
        ("절해고도(김미영)", "절해고도", ["김미영"]),
        ("군산전기(문승욱, 유예진)", "군산전기", ["문승욱", "유예진"]),
        (
            "Berlin Utopiekadaver (Regie/Buch: Johannes Blume)",
            "Berlin Utopiekadaver",
            ["Johannes Blume"],
        ),
        (
            "CITIZEN HAVEL, Regie: Pavel Koutecky, Miroslav Janek | 120 Min | CZ 2008",
            "CITIZEN HAVEL",
            ["Pavel Koutecky", "Miroslav Janek"],
        ),
    ],
)
def test_a_title_with_its_directors_on_one_line(
    text: str, title: str, directors: list[str]
) -> None:
    read = read_title_dir(text)
    assert read is not None
    assert (read[0], read[1].directors) == (title, directors)


@pytest.mark.parametrize(
    "text",
    [
        "A/D 2019, Regie: Patrick Vollrath",  # fields, then the director: no title here
        "Brot Österreich, Regie: Harald Friedl",  # the country is no part of the title
        "밀양아리랑(단편)",  # a kind in parentheses, not a name
    ],
)
def test_no_title_is_read_where_the_line_has_none(text: str) -> None:
    assert read_title_dir(text) is None


def test_a_time_then_a_film_on_one_line() -> None:
    item = classify(
        line("11.30 Uhr: Film ► ISOLA, Regie, Drehbuch: Aurelio Buchwalde | 70 Min. | CH 2019")
    )
    assert item.kind is LineKind.INLINE
    assert (item.title, [(c.hour, c.minute) for c in item.cells]) == ("ISOLA", [(11, 30)])
    assert item.meta is not None and item.meta.directors == ["Aurelio Buchwalde"]


def test_dates_with_spaces_and_korean_month_day_forms() -> None:
    spaced = find_date("Friday 28. 10. 2022, 17:00 Kino DKO I")
    assert spaced is not None and spaced.on(2000) == date(2022, 10, 28)
    korean = find_date("11.30 (일) 13:10")
    assert korean is not None and korean.on(2014) == date(2014, 11, 30)
    (cell,) = read_schedule("11.30 (일) 13:10 CGV아트하우스 압구정 +GV")
    assert (cell.hour, cell.minute, cell.venue) == (13, 10, "CGV아트하우스 압구정")
    span = find_range("das Festival am 05. und 06. September 2020 nach Dresden")
    assert span is not None and (span.first, span.last) == (date(2020, 9, 5), date(2020, 9, 6))


@pytest.mark.parametrize(
    ("venue", "split"),
    [
        ("GEH8", ("GEH8", None)),
        ("CineStar 8", ("CineStar", "8")),
        ("CGV 3관", ("CGV", "3")),
        ("아트하우스3관", ("아트하우스", "3")),
    ],
)
def test_a_screen_number_stands_apart_from_the_venues_name(
    venue: str, split: tuple[str, str | None]
) -> None:
    assert split_screen(venue) == split


def test_a_korean_city_starting_a_festivals_name() -> None:
    assert cities_in("서울독립영화제") == []
    assert cities_in("서울독립영화제", compounds=True) == [("서울", "Asia/Seoul")]


# --- pages ----------------------------------------------------------------------------


def test_a_line_repeated_over_several_titles_is_a_section() -> None:
    records = read(
        """
Opus Bonum, Czech Joy
The Investigator
dir. Anna Novak, CZ

Czech Joy
Second Film
dir. Petr Dvorak, Jan Horak

Czech Joy
Third Film
dir. Eva Mala
"""
    )
    assert films(records) == [
        ("The Investigator", ["Anna Novak"]),
        ("Second Film", ["Petr Dvorak", "Jan Horak"]),
        ("Third Film", ["Eva Mala"]),
    ]
    assert [f.section[1] if f.section else None for f in records.films] == [
        None,
        "Czech Joy",
        "Czech Joy",
    ]


def test_a_time_over_a_strand_line_over_the_title_is_the_films_screening() -> None:
    records = read(
        """
12. Filmwoche Duisburg
Sonntag, 8.11.2020

10.30 Uhr

Signers Koffer

von Peter Liechti
CH 1996 | 80 Min.

13.00 Uhr

Sonntagskino: Filme für die Stadt

Spuren

von Aysun Bademsoy
DE 2019 | 81 Min.
""",
        venue="filmforum",
    )
    assert films(records) == [("Signers Koffer", ["Peter Liechti"]), ("Spuren", ["Aysun Bademsoy"])]
    assert starts(records) == [
        ("Signers Koffer", "2020-11-08T10:30:00+01:00", "filmforum"),
        ("Spuren", "2020-11-08T13:00:00+01:00", "filmforum"),
    ]


def test_bulleted_entries_are_each_a_film_and_bulleted_fields_one_header() -> None:
    records = read(
        """
The first part brings:
  • Mon Amour (dir. David Teboul)
  • War (dir. José Oliveira, Marta Ramos)
  • Body of Work programme
"""
    )
    assert films(records) == [
        ("Mon Amour", ["David Teboul"]),
        ("War", ["José Oliveira", "Marta Ramos"]),
    ]


def test_a_title_tagged_with_its_section_over_dated_rows() -> None:
    records = read(
        """
제 40회 서울독립영화제
2014.11.27(목) - 2014.12.5(금)

[장편경쟁] 그림자들의 섬
11.29 (토) 17:50 인디스페이스 +GV
12.02 (화) 14:00 CGV아트하우스 압구정
"""
    )
    assert films(records) == [("그림자들의 섬", [])]
    assert records.films[0].section is not None and records.films[0].section[1] == "장편경쟁"
    assert starts(records) == [
        ("그림자들의 섬", "2014-11-29T17:50:00+09:00", "인디스페이스"),
        ("그림자들의 섬", "2014-12-02T14:00:00+09:00", "CGV아트하우스 압구정"),
    ]


def test_a_quotation_under_a_films_fields_is_its_tagline_not_a_film() -> None:
    records = read(
        """
흐르다

On the Sand House

드라마 | 대한민국 | 123분 | 12세 관람가 | 2023
감독 김현정 | 출연 이설, 박지일


"여섯 사람이 주고받는 실없는 말"


짧은 줄거리를 여기에 쓴다.
"""
    )
    assert films(records) == [("On the Sand House", ["김현정"])]
    assert records.films[0].original_title == "흐르다"


def test_the_director_a_paragraph_under_the_fields_and_the_programmes_one_venue() -> None:
    records = read(
        """
Festival Dresden
Wo?: GEH8, Gehestraße 8, 01127 Dresden

Mother Vera

UK, 2024, 95 min

Directed by: Cécile Embleton, Alys Tomlinson

Cinematography by: Cécile Embleton, Alys Tomlinson

Samstag, 05.09.2020, 18:00
""",
    )
    assert films(records) == [("Mother Vera", ["Cécile Embleton", "Alys Tomlinson"])]
    assert starts(records) == [("Mother Vera", "2020-09-05T18:00:00+02:00", "GEH8")]


def test_a_film_named_in_a_list_and_in_its_block_is_one_film() -> None:
    records = read(
        """
영화, 감독명 :

컨버세이션(김덕중)

흐르다(김현정)


컨버세이션

Conversation

드라마 | 대한민국 | 120분 | 15세 관람가 | 2023
감독 김덕중 | 출연 조은지, 박종환
"""
    )
    assert films(records) == [("컨버세이션", ["김덕중"]), ("흐르다", ["김현정"])]
    first = records.films[0]
    assert (first.original_title, first.runtime, first.year) == ("Conversation", "PT120M", 2023)


def test_a_title_in_capitals_a_comma_its_directors_a_premiere_and_a_dash() -> None:
    item = classify(
        line(
            "JOE FRAZIER: WHEN THE SMOKE CLEARS, Mike Todd (NYC premiere) – A boxer's gym is"
            " about to close its doors, and the film is there for the last months of it."
        )
    )
    assert item.kind is LineKind.INLINE
    assert item.title == "JOE FRAZIER: WHEN THE SMOKE CLEARS"
    assert item.meta is not None
    assert (item.meta.directors, item.meta.premiere) == (["Mike Todd"], "NYC premiere")
    # mixed case before the comma: a sentence, not a title
    assert (
        classify(line("Some films, Mike Todd says – are worth a look")).kind is not LineKind.INLINE
    )


def test_a_title_its_fields_in_parentheses_and_its_director_before_the_review() -> None:
    item = classify(
        line(
            "Netizens (USA, 97 min.) Dir. Cynthia Lowen Programme: Silence Breakers"
            " (International Premiere) The review starts here and runs on for a while."
        )
    )
    assert item.kind is LineKind.INLINE and item.meta is not None
    assert (item.title, item.meta.directors, item.meta.runtime, item.meta.section) == (
        "Netizens",
        ["Cynthia Lowen"],
        "PT97M",
        "Silence Breakers",
    )
    other = classify(line("Dogs (Finland, 86 min.) Dir. Simon Lereng Wilmont The review opens."))
    assert other.meta is not None and other.meta.directors == ["Simon Lereng Wilmont"]


def test_two_given_names_share_the_family_name_after_them() -> None:
    assert read_meta("Dir. Bill & Turner Ross; 2009; 94 min.").directors == [
        "Bill Ross",
        "Turner Ross",
    ]
    assert read_meta("Dir. Verena Kuri, Laura Bierbrauer").directors == [
        "Verena Kuri",
        "Laura Bierbrauer",
    ]


def test_a_heading_the_reader_does_not_know_ends_the_section_before_it() -> None:
    records = read(
        """
VIEWFINDERS COMPETITION
I WANT MY NAME BACK, Roger Paradiso (World premiere) – A band takes on the record trade.
ICONS
A GOOD MAN, Bob Hercules & Gordon Quinn – A choreographer makes a new work.
"""
    )
    assert [(f.title, f.section[1] if f.section else None) for f in records.films] == [
        ("I WANT MY NAME BACK", "VIEWFINDERS COMPETITION"),
        ("A GOOD MAN", None),
    ]


def test_an_image_credit_printed_once_per_picture_is_not_the_title() -> None:
    records = read(
        """
DIE KANDIDATEN

nachtschwärmerfilm

nachtschwärmerfilm

nachtschwärmerfilm

Regie: Michael Schwarz / Deutschland 2019 / Dokumentarfilm / Farbe / 82 Min.
"""
    )
    assert films(records) == [("DIE KANDIDATEN", ["Michael Schwarz"])]


def test_a_heading_naming_a_kind_of_showing_is_no_title() -> None:
    records = read(
        """
Film d’ouverture

A Title de Jane Doe

2025 | France, Lesotho | 90′
"""
    )
    assert records.films == []
    assert [n.text for n in records.not_imported] == [
        "not imported as a film: 'A Title de Jane Doe', because it ends in its maker's byline"
    ]
    heading = read("Film d’ouverture\nA Title de Jane Doe\n2025 | France, Lesotho | 90′")
    assert [n.text for n in heading.not_imported] == [
        "not imported as a film: 'Film d’ouverture', because it is a word of the page's structure"
    ]


def test_a_day_and_time_then_the_film_of_that_slot_and_its_venue_under_it() -> None:
    records = read(
        """
Korean Film Nights 2022
29 July 2022, 6.30pm: Under Construction (2018)
Birkbeck Cinema
A daughter films her father.
4 August 2022, 7.00pm: Halmoni (2017)
Korean Cultural Centre, London
"""
    )
    assert [(f.title, f.year) for f in records.films] == [
        ("Under Construction", 2018),
        ("Halmoni", 2017),
    ]
    assert starts(records) == [
        ("Under Construction", "2022-07-29T18:30:00+01:00", "Birkbeck Cinema"),
        ("Halmoni", "2022-08-04T19:00:00+01:00", "Korean Cultural Centre, London"),
    ]


def test_a_title_and_the_directors_credited_after_it() -> None:
    item = classify(
        line(
            "After Parkland, directed and written by Emily Taguchi, Jake Lefferman. Produced by"
            " Jeanmarie Condon. (USA) – World Premiere. A school goes back to its classes."
        )
    )
    assert item.kind is LineKind.INLINE and item.meta is not None
    assert (item.title, item.meta.directors) == (
        "After Parkland",
        ["Emily Taguchi", "Jake Lefferman"],
    )


def test_films_named_in_running_text_with_their_makers() -> None:
    records = read(
        """
Der Verein zeigt zwei Arbeiten. »Vom Verschwinden« von Merlin Flügel läuft im Programm.
Among them "Mów mi Marianna" ("Call me Marianna") by Karolina Bielawska and "The Dybbuk.
A Tale" by Krzysztof Kopczyński, and ("Endrju," dir. Tomasz Blachnicki, Robert N. Wachowiak).
"""
    )
    assert [(f.title, f.original_title, [n for n, _ in f.directors]) for f in records.films] == [
        ("Vom Verschwinden", None, ["Merlin Flügel"]),
        ("Call me Marianna", "Mów mi Marianna", ["Karolina Bielawska"]),
        ("Endrju", None, ["Tomasz Blachnicki", "Robert N. Wachowiak"]),
    ]


def test_a_stack_of_labelled_fields_under_a_programmes_name() -> None:
    records = read(
        """
"Stray Tales"
Time: 11 a.m.
Where: Camelot Theatre 2
Title: Cultivation (Russia/USA – 19 minutes)
Synopsis: Mathematicians in a forest village talk about schools.
"""
    )
    assert [(f.title, f.runtime, f.countries) for f in records.films] == [
        ("Cultivation", "PT19M", ["Russia", "United States"])
    ]


def test_a_remark_on_the_showing_and_the_directors_films_are_no_title_or_director() -> None:
    records = read(
        """
The Good Postman (Opening night)
Directed by Tonislav Hristov (Soul Food Stories, I Love & Engineering), and competing.
"""
    )
    (film,) = records.films
    assert (film.title, film.original_title, [n for n, _ in film.directors]) == (
        "The Good Postman",
        None,
        ["Tonislav Hristov"],
    )


def test_a_talks_title_named_with_its_speaker_is_no_film() -> None:
    records = read(
        "Im Kino läuft „Ein Film“ von Anna Berg. Dazu gibt es den Vortrag „Sex und"
        " Literatur“ von Daniel Otto."
    )
    assert films(records) == [("Ein Film", ["Anna Berg"])]


@pytest.mark.parametrize(
    ("printed", "clock"),
    [
        ("밤 8시 30분", (20, 30)),
        ("저녁 7시 반", (19, 30)),
        ("낮 1시", (13, 0)),
        ("아침 10시", (10, 0)),
    ],
)
def test_korean_parts_of_the_day(printed: str, clock: tuple[int, int]) -> None:
    (found,) = find_times(printed)
    assert (found.value.hour, found.value.minute) == clock


@pytest.mark.parametrize("printed", ["8시", "밤 12시", "밤 1시"])
def test_a_korean_hour_whose_half_of_the_day_is_not_printed_is_not_read(printed: str) -> None:
    with pytest.raises(DateError):
        find_times(printed)


def test_a_time_a_capital_i_for_a_bar_then_the_title_over_its_credits() -> None:
    records = read(
        """
Donnerstag, 03.04.2008
19.00 Uhr I Menschen, Träume, Taten
Regie: Andreas Stiglmayr , Deutschland 2006, 87 Min., DF
""",
        timezone="Europe/Berlin",
    )
    assert films(records) == [("Menschen, Träume, Taten", ["Andreas Stiglmayr"])]
    assert starts(records) == [("Menschen, Träume, Taten", "2008-04-03T19:00:00+02:00", None)]


def test_a_quoted_title_its_director_and_a_catalogues_fields() -> None:
    records = read(
        """
Die Filme der «Projection spéciale»:
«Une journée à Satigny» | Trailer 11'
«Fuscht im Sack» Pablo Callisaya | CH | fic 21'
«Karies» Aline Höchli | CH | ani 10'
"""
    )
    assert [(f.title, f.countries, f.runtime) for f in records.films] == [
        ("Fuscht im Sack", ["Switzerland"], "PT21M"),
        ("Karies", ["Switzerland"], "PT10M"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [("김미영", True), ("이길보라", True), ("남궁선", True), ("포스터", False), ("드라마", False)],
)
def test_a_korean_name_starts_with_a_family_name(text: str, name: bool) -> None:
    assert looks_like_name(text) is name


def test_a_pictures_caption_and_a_word_in_parentheses_are_no_film_and_no_director() -> None:
    records = read(
        """
▲ 고양시, DMZ 국제다큐영화제 특별전_앵그리버드와 노래를(포스터)

10월 1일(목) 오전 11시30분에는 지혜원 감독의 ‘앵그리버드와 노래를’이 방송된다.
"""
    )
    assert films(records) == [("앵그리버드와 노래를", ["지혜원"])]
    assert records.not_imported[0].text.endswith("because it is a picture's caption or a note")


def test_fields_in_parentheses_with_the_director_inside() -> None:
    records = read(
        """
George and the Whales
(Tonga, Dir. Nessim Stevenson)
A guide takes people out to see the whales each summer.
"""
    )
    assert films(records) == [("George and the Whales", ["Nessim Stevenson"])]
    assert records.films[0].countries == ["Tonga"]


def test_numbered_blocks_of_one_line_entries_and_a_decimal_runtime() -> None:
    records = read(
        """
1. Block
„Alien TV“ – F 2019 – 10 Min – R: Eléonore Geissler
„Black Icicles“- Schweiz 2019 – 1,5 Min – R: Franziska Meyer
15 Minuten PAUSE
2. Block
„Apfelmus“ – Österreich 2019 – 7 Min – R: Alexander Gratzer
"""
    )
    assert [(f.title, f.runtime, f.countries) for f in records.films] == [
        ("Alien TV", "PT10M", ["France"]),
        ("Black Icicles", "PT1M30S", ["Switzerland"]),
        ("Apfelmus", "PT7M", ["Austria"]),
    ]


def test_a_block_giving_several_runtimes_holds_several_films() -> None:
    records = read(
        """
Programme of the night
Germany 2019 – 10 Min – R: Anna Berg
Austria 2018 – 29 Min – R: Max Muster
Switzerland 2017 – 11 Min – R: Eva Klein
"""
    )
    assert records.films == []
    assert records.not_imported[0].text.endswith("it holds more than one film")


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("(Junge doks)", "it is a remark in parentheses"),
        ("Ausführlichere Filminformationen folgen in Kürze", "it says that something is to come"),
        ("On", "it is a small word"),
        ("2025 Deutschland", "it is a line of fields"),
        ("Approx. Runtime: 85 mins", "it is a line of fields"),
        ("Run time: 90 mins", "it is a line of fields"),
        ("CZ", "it is a line of fields"),
    ],
)
def test_what_the_eighth_round_showed_a_title_cannot_be(title: str, why: str) -> None:
    assert title_problem(FilmRecord(title=title, line=1)) == why


def test_a_premiere_flag_after_the_title_is_the_films_premiere() -> None:
    found = ProgrammeRecords(
        PageContext(), [FilmRecord(title="COMPOUND (Composto)    UK Premiere", line=4)]
    )
    vet_films(found)
    (film,) = found.films
    assert (film.title, film.original_title, film.premiere) == (
        "COMPOUND",
        "Composto",
        (4, "UK Premiere"),
    )


def test_two_syllables_after_another_hangul_word_are_no_korean_name() -> None:
    records = read(
        "여성들을 다룬 해리엇 허숀 감독의 <감염된 여자들>과 전성연 감독의 <해일 앞에서>가 상영된다."
    )
    assert films(records) == [("감염된 여자들", []), ("해일 앞에서", ["전성연"])]


def test_a_title_its_fields_and_a_dash_before_the_director() -> None:
    item = classify(line("BOXED IN (USA, 11 min) – Dir. Jane Doe"))
    assert item.kind is LineKind.INLINE and item.meta is not None
    assert (item.title, item.meta.directors, item.meta.runtime) == (
        "BOXED IN",
        ["Jane Doe"],
        "PT11M",
    )


def test_a_slot_with_a_rated_film_and_a_row_naming_two_other_films() -> None:
    records = read(
        """
Korean Film Festival in Wellington
Session schedule:
Saturday 19 October 2019, 1:30pm: The Face Reader (M, 140mins)
Saturday 19 October 2019, 4.00pm: A Short (G, 13mins) & Innocent Witness (M, 129mins)
Sunday 20 October 2019, 2:30pm Swing Kids (R13, 133mins)
"""
    )
    assert [(f.title, f.runtime) for f in records.films] == [
        ("The Face Reader", "PT140M"),
        ("Swing Kids", "PT133M"),
    ]
    assert [(t, s) for t, s, _ in starts(records)] == [
        ("The Face Reader", "2019-10-19T13:30:00+13:00"),
        ("Swing Kids", "2019-10-20T14:30:00+13:00"),
    ]
    assert any(n.text.startswith("a row naming other films") for n in records.ambiguous)


def test_every_city_names_a_zone_zoneinfo_knows() -> None:
    from zoneinfo import ZoneInfo

    from dockg.ingest.reader.context import CITY_ZONES

    assert all(ZoneInfo(zone) for zone in set(CITY_ZONES.values()))
    assert cities_in("Festival in Wellington, then Tel Aviv") == [
        ("Wellington", "Pacific/Auckland"),
        ("tel aviv", "Asia/Jerusalem"),
    ]


# --- the tenth round's forms ------------------------------------------------------------


def test_a_page_that_is_one_timetable_names_venue_screen_and_film_on_each_row() -> None:
    records = read(
        """
Programm zum 16. Neiße Filmfestival 2019
Mi 08.05. 15:00 KBK 1 WACKERSDORF
Mi 08.05. 22:00 KBK 2 HONEYLAND / HONIGLAND
Do 09.05. 17:30 KBK 1 RODZINA / FAMILY / FAMILIE
Do 09.05. 19:00 KBK 1 GESPRÄCHE UNTERM BAUM I
Do 09.05. 20:30 KBK 1 LESUNG: DIE DINGE, DIE ICH VERGASS
Do 09.05. 21:00 Zittau Kronenkino TIME BOX
Sa 11.05. 15:00 KBK 1 HONEYLAND / HONIGLAND
""",
        timezone="Europe/Berlin",
    )
    assert [(f.title, f.original_title) for f in records.films] == [
        ("WACKERSDORF", None),
        ("HONEYLAND", "HONIGLAND"),
        ("RODZINA", "FAMILY"),
    ]
    assert [t.title for t in records.films[2].labelled_titles] == ["FAMILIE"]
    assert [
        (f.title, s.start_local.isoformat(), s.venue, s.screen)
        for f in records.films
        for s in f.screenings
        if s.start_local
    ] == [
        ("WACKERSDORF", "2019-05-08T15:00:00+02:00", "KBK", "1"),
        ("HONEYLAND", "2019-05-08T22:00:00+02:00", "KBK", "2"),
        ("HONEYLAND", "2019-05-11T15:00:00+02:00", "KBK", "1"),
        ("RODZINA", "2019-05-09T17:30:00+02:00", "KBK", "1"),
    ]
    # talks and readings are events, not films; a row opened by another word is not split
    refused = [n.text for n in records.not_imported]
    assert any("'GESPRÄCHE UNTERM BAUM I', because it names an event" in t for t in refused)
    assert any(
        "'LESUNG: DIE DINGE, DIE ICH VERGASS', because it names an event" in t for t in refused
    )
    assert [n.line for n in records.ambiguous if "timetable row not read" in n.text] == [7]


def test_rows_with_no_common_venue_word_are_no_timetable() -> None:
    records = read(
        """
Programm 2019
Mi 08.05. 15:00 KBK 1 WACKERSDORF
Mi 08.05. 17:30 Kronenkino FRAU STERN
Mi 08.05. 20:00 Filmhaus 2 WILKOLAK
"""
    )
    assert records.films == []


def test_a_lone_h_before_a_word_is_no_time_mark() -> None:
    assert [t.value.hour for t in find_times("Mi 08.05. 22:00 KBK 2 HONEYLAND")] == [22]
    assert [t.value.hour for t in find_times("um 20 h im Kino")] == [20]


def test_a_banner_naming_the_programme_of_a_numbered_edition_gives_the_festivals_name() -> None:
    banner = read_banner(line("Programm zum 16. Neiße Filmfestival 2019"))
    assert banner is not None
    assert (banner.name, banner.number, banner.year) == ("Neiße Filmfestival", 16, 2019)


def test_rows_over_titles_may_stand_over_a_premiere_flag() -> None:
    # each film's row stands over its premiere flag and its title: the row is that film's
    # (it was the film above's, under its synopsis, with the venue of the next film)
    records = read(
        """
LICHTER Filmfest Frankfurt International 2015
Mittwoch, 18. März 2015, 18:00 Uhr, Cantate-Saal
Deutschlandpremiere
NIEUWE HELDEN
R.:Dirk van Roeleven, Dokumentarfilm, NL 2014, 90 Min., OmeU
Junge Radteams wollen ihrem Sport einen besseren Ruf verschaffen.
Mittwoch, 18. März 2015, 18:00 Uhr, E-Kinos
LAUF JUNGE LAUF
R.: Pepe Danquart, Spielfilm, D/F/PL 2013, 107 Min., OmU
Ein Junge entkommt aus dem Ghetto und versteckt sich auf dem Land.
"""
    )
    assert [(f.title, [n for n, _ in f.directors], f.countries) for f in records.films] == [
        ("NIEUWE HELDEN", ["Dirk van Roeleven"], ["Netherlands"]),
        ("LAUF JUNGE LAUF", ["Pepe Danquart"], ["Germany", "France", "Poland"]),
    ]
    assert [(t, s, v) for t, s, v in starts(records)] == [
        ("NIEUWE HELDEN", "2015-03-18T18:00:00+01:00", "Cantate-Saal"),
        ("LAUF JUNGE LAUF", "2015-03-18T18:00:00+01:00", "E-Kinos"),
    ]


def test_a_title_line_may_go_on_with_country_runtime_and_certificate() -> None:
    records = read(
        """
FEATURE DOCUMENTARIES

SWEEPING YEREVAN (Armenia) – 54 mins [U]
by Nairi Hakhverdi

RED ELVIS: THE COLD WAR COWBOY  (USA) – 94 mins [12A]
by Thomas Latter
"""
    )
    assert [(f.title, f.countries, f.runtime) for f in records.films] == [
        ("SWEEPING YEREVAN", ["Armenia"], "PT54M"),
        ("RED ELVIS: THE COLD WAR COWBOY", ["United States"], "PT94M"),
    ]


def test_a_programme_strand_label_is_no_title() -> None:
    film = FilmRecord(title="Programmreihe: Zukunft Deutscher Film", line=1)
    assert title_problem(film) == "it is a line of fields"


def test_a_list_line_of_title_director_country_year_runtime_and_age() -> None:
    records = read(
        """
81 Meters, dir. Janis Abele (Latvia) 2022, 14’, 13+
A man visits the last old cinemas of his country.

Belgium 2.0, dir. Jean-Benoît Ugeux (Belgium) 2021, 15’, 13+
A country stops moving.
"""
    )
    assert [
        (f.title, [n for n, _ in f.directors], f.countries, f.year, f.runtime)
        for f in records.films
    ] == [
        ("81 Meters", ["Janis Abele"], ["Latvia"], 2022, "PT14M"),
        ("Belgium 2.0", ["Jean-Benoît Ugeux"], ["Belgium"], 2021, "PT15M"),
    ]


def test_a_title_run_into_its_dir_byline_is_refused() -> None:
    film = FilmRecord(title="81 Meters, dir. Janis Abele", line=1)
    assert title_problem(film) == "it ends in its maker's byline"


def test_a_price_is_no_time() -> None:
    assert find_times("8.00 PLN") == []
    assert find_times("Eintritt: € 7.50") == []
    assert find_times("12.00 EUR") == []
    assert [t.value.hour for t in find_times("19:30 Won't You Be My Neighbor")] == [19]


def test_a_bulleted_title_with_its_runtime_then_its_byline() -> None:
    records = read(
        """
The programme was:

- Aunty Maggie and the Womba Wagkun (10 min) by Angelina Hurley
- Starr (5 min 15 sec) by Michelle Blakeney
- Los Hilos que nos Tejen (17 mins 30 sec) by Melissa Elizondo featuring her sisters
- We show a film (2019) by Jane Doe
"""
    )
    # a byline that goes on, or a title not written as one, is not read as an entry
    assert [(f.title, [n for n, _ in f.directors], f.runtime) for f in records.films] == [
        ("Aunty Maggie and the Womba Wagkun", ["Angelina Hurley"], "PT10M"),
        ("Starr", ["Michelle Blakeney"], "PT5M15S"),
    ]


# --- the eleventh round's forms ---------------------------------------------------------

SLOTS = """
Films of our 2020 programme are shown again, once a month.

Saturday 17 October – 11:00
The Story of Plastic

The film follows plastic waste back to the companies that make it, across continents.

Saturday 31 October – 11:00
Bring Down the Walls

The film sets the growth of prisons beside the house music of the same years.

Tickets will be available from 19 October 2020
"""


def test_rows_of_a_date_and_time_alone_over_titles_alone_are_the_films_slots() -> None:
    records = read(SLOTS, timezone="Europe/London", venue="Showroom Cinema")
    assert [(t, s, v) for t, s, v in starts(records)] == [
        ("The Story of Plastic", "2020-10-17T11:00:00+01:00", "Showroom Cinema"),
        ("Bring Down the Walls", "2020-10-31T11:00:00+00:00", "Showroom Cinema"),
    ]
    # the year: the page's one year of full dates, in which both Saturdays fall
    assert records.context.year == 2020
    assert "weekdays of its 2 rows" in records.context.year_why


def test_one_slot_is_no_layout_and_weekdays_that_do_not_fit_settle_no_year() -> None:
    one = SLOTS.split("Saturday 31 October")[0]
    assert read(one).films == []
    # 17 October 2021 is a Sunday: the page's year does not fit its weekdays
    records = read(SLOTS.replace("19 October 2020", "19 October 2021"))
    assert records.context.year is None
    assert [f.title for f in records.films] == ["The Story of Plastic", "Bring Down the Walls"]
    assert all(not f.screenings for f in records.films)


def test_a_title_that_says_its_screenings_follow_heads_its_rows() -> None:
    records = read(
        """
(April 28, 2019 – Toronto, ON) The festival's fifth day is tomorrow.

Toxic Beauty screens:
Mon. Apr. 29 at 12:45 p.m. at the Tiff Bell Lightbox (TBLB)

Thur. May 2 at 5:45 p.m. at Scotiabank 3

Conviction screens:
Mon. Apr. 29 at 1:15 p.m. at TBLB 3
Thur. May 2 at 12:30 p.m. at the Hart House Theatre
"""
    )
    assert [(t, s, v) for t, s, v in starts(records)] == [
        ("Toxic Beauty", "2019-04-29T12:45:00-04:00", "Tiff Bell Lightbox"),
        ("Toxic Beauty", "2019-05-02T17:45:00-04:00", "Scotiabank"),
        ("Conviction", "2019-04-29T13:15:00-04:00", "TBLB"),
        ("Conviction", "2019-05-02T12:30:00-04:00", "Hart House Theatre"),
    ]


def test_a_quoted_title_with_its_running_time_in_a_line_up_is_a_film() -> None:
    records = read(
        """
Hamptons Doc Fest is back this year with 30 screenings in Sag Harbor.
SATURDAY, DECEMBER 4, SAG HARBOR CINEMA
12 p.m. “The Automat” (79 min.), directed by Lisa Hurwitz, gathers people who remember it.
5:00 p.m. “Citizen Ashe” (94 min.) Human Rights Award
9:30 p.m. “Cirque du Soleil” (8 min. excerpt).
"""
    )
    assert [(f.title, [n for n, _ in f.directors], f.runtime) for f in records.films] == [
        ("The Automat", ["Lisa Hurwitz"], "PT79M"),
        ("Citizen Ashe", [], "PT94M"),
    ]


def test_a_festival_acronym_in_ff_names_the_festival_and_its_city_its_zone() -> None:
    banner = read_banner(line("The 26th Ji.hlava IDFF opens on Tuesday"))
    assert banner is not None
    assert (banner.name, banner.number) == ("Ji.hlava IDFF", 26)
    assert cities_in("Ji.hlava IDFF") == [("Ji.hlava", "Europe/Prague")]


def test_time_colon_title_slots_under_a_day_line_and_events_among_them() -> None:
    records = read(
        """
Fri 21 October 2016
3pm: Nobody Plays the Trombone Anymore
A family lives on with the gap a missing student left behind in their village.
4pm: Opening Reception
Drinks and talk for everyone who came to the screenings, in the gallery's foyer.
5pm: Then Then Then
Archive images and music look at a generation after a failed protest.
"""
    )
    assert [f.title for f in records.films] == [
        "Nobody Plays the Trombone Anymore",
        "Then Then Then",
    ]
    assert [(s.printed.day, s.start.hour) for f in records.films for s in f.screenings] == [
        (21, 15),
        (21, 17),
    ]
    refused = [n.text for n in records.not_imported]
    assert any("'Opening Reception', because it names an event" in t for t in refused)


# --- the twelfth round's forms ----------------------------------------------------------


def test_a_title_a_paragraph_over_a_lone_name_a_paragraph_over_the_fields() -> None:
    records = read(
        """
7:00pm

The Last Patrol

Sebastian Junger

2014 | 86 Minutes | USA

A reporter walks home along a railway with three men who knew the front line.
"""
    )
    assert films(records) == [("The Last Patrol", ["Sebastian Junger"])]


def test_a_line_between_two_rows_labels_them_and_is_no_title() -> None:
    records = read(
        """
DEMINERS

D 2022 • 78’ • OmdtUT • Regie: Michael Urs Reber

Three men clear mines on islands far from their families.

KÖLN
Filmhaus Kino Do. 2.2. – 18.00 h

BRÜHL
ZOOM Kino Sa. 28.1. – 18.00 h


ISR 2021 • 95’ • OmenglUT • Regie: Offer Avnon

A filmmaker looks back on a decade between two countries.
"""
    )
    assert [f.title for f in records.films] == ["DEMINERS"]


def test_a_place_before_a_possessive_is_no_maker_and_a_talk_in_parentheses_no_director() -> None:
    records = read(
        """
Pale Male — a film shot from the rooftops around New York’s Central Park, about a hawk.
12:45 “용서받지 못하는 사람에게도 기록은 필요한가” with 영영 (사유회)
"""
    )
    assert records.films == []


# --- the thirteenth round's forms -------------------------------------------------------


def test_a_list_of_names_under_a_time_under_the_title_is_its_directors() -> None:
    records = read(
        """
Anthropocene - The Human Epoch

18:30 Uhr
Jennifer Baichwal, Edward Burtynsky, Nicholas De Pencier
Kanada 2018, 87 Min., OmeU

Der Film reist zu Orten, an denen Menschen die Erde umgraben.
"""
    )
    assert films(records) == [
        (
            "Anthropocene - The Human Epoch",
            ["Jennifer Baichwal", "Edward Burtynsky", "Nicholas De Pencier"],
        )
    ]


def test_titles_kept_whole_or_cut_where_a_tag_or_a_quotation_says_so() -> None:
    records = read(
        """
80.000 Schnitzel | DOK Leipzig
DE 2020 | 102 Min | R: Hannah Schweier

We Are The League (How Deep Do You Want It?) + Q&A
Dir. George Hencken, UK, 2018, 90 mins
"""
    )
    assert [(f.title, f.original_title) for f in records.films] == [
        ("80.000 Schnitzel", None),
        ("We Are The League (How Deep Do You Want It?)", None),
    ]
    between = FilmRecord(title="를 주제로 했고, 8월에는", line=1)
    assert title_problem(between) == (
        "it starts with a particle: it is the text between two quotations"
    )


def test_a_possessive_title_runs_on_to_its_year_and_not_into_a_runtime() -> None:
    records = read(
        """
The series opens with Han Myeong-mo’s Hyperbola of Youth (1956) on Thursday.
In Joe’s Violin (24 min), two filmmakers follow a violin given to a school.
"""
    )
    assert films(records) == [("Hyperbola of Youth", ["Han Myeong-mo"])]


def test_a_days_highlights_one_film_a_paragraph_with_venue_and_time_at_its_end() -> None:
    page = """
The Big Sky Documentary Film Festival ends today.
Daily Highlights – Sunday Feb 24 2019
Chasing the Taper – Makers of bamboo fly rods keep a dying craft alive. Wilma, 1:00pm.
Right to Harm – Five farming communities fight what factory farms do. Wilma, 6:00pm.
"""
    records = read(page)
    assert [(t, s, v) for t, s, v in starts(records)] == [
        ("Chasing the Taper", "2019-02-24T13:00:00-07:00", "Wilma"),
        ("Right to Harm", "2019-02-24T18:00:00-07:00", "Wilma"),
    ]
    # one such paragraph is no layout
    assert read(page.rsplit("Right to Harm", 1)[0]).films == []


# --- the fourteenth round's forms -------------------------------------------------------


def test_a_title_by_its_makers_then_its_fields_and_a_labelled_section_with_a_flag() -> None:
    records = read(
        """
Selected Films:

9 Days in the Summer by Yoon Jeewon – South Korea | 2020 – 113 minutes
Section: Korean Competition | World Premiere

Schedule:
September 18th, 2020 (Friday) | Megabox Baekseok 1 | 16:00 pm

Bora Bora by Kim Dojoon, Kim Miyoung – South Korea | 2020 – 180 minutes
Section: Korean Docs Showcase
"""
    )
    assert [
        (t, d, f.section and f.section[1])
        for (t, d), f in zip(films(records), records.films, strict=True)
    ] == [
        ("9 Days in the Summer", ["Yoon Jeewon"], "Korean Competition"),
        ("Bora Bora", ["Kim Dojoon", "Kim Miyoung"], "Korean Docs Showcase"),
    ]
    assert starts(records) == [
        ("9 Days in the Summer", "2020-09-18T16:00:00+09:00", "Megabox Baekseok")
    ]
    # a line that ends in a colon labels what follows
    assert title_problem(FilmRecord(title="Selected Films:", line=1)) == (
        "it ends in a colon: it labels what follows"
    )


def test_a_title_printed_twice_before_fields_across_column_gaps() -> None:
    item = classify(
        line("JAN PALACH | Jan Palach                  CZ / SK / 2018 | Drama | 124 min")
    )
    assert (item.kind, item.title, item.meta and item.meta.directors) == (
        LineKind.INLINE,
        "JAN PALACH",
        [],
    )
    assert item.meta is not None and (item.meta.year, item.meta.runtime) == (2018, "PT124M")
    assert not looks_like_name("Jan Palach                  CZ")
    assert title_problem(FilmRecord(title="Films 2019", line=1)) == (
        "it is a word of the page's structure"
    )


def test_a_title_in_capitals_a_paragraph_over_its_makers_name() -> None:
    records = read(
        """
Programm

DIE MISSION DER LIFELINE

Markus Weinberg

Deutschland, 2019 / 68 min / Dokumentarfilm

Ein Schiff fährt hinaus, um Menschen aus dem Meer zu retten.
"""
    )
    assert films(records) == [("DIE MISSION DER LIFELINE", ["Markus Weinberg"])]


def test_an_event_joined_to_a_title_with_a_plus_is_no_part_of_it() -> None:
    records = read(
        """
Opening Ceremony Fedok + Forman vs. Forman

Directors: Helena Třeštíková, Jakub Hejna

France, Czech Republic 2019 / 78 min.

A look back at a director's films and life.

The Lust for Power + guest (Tereza Nvotova)

Director: Tereza Nvotová
Czechia, Slovakia 2017 / 89 min.

Double Bill + Another Film
Director: Anna Berg
Germany 2019 / 80 min.
"""
    )
    assert [(f.title, f.original_title, f.year, f.runtime) for f in records.films] == [
        ("Forman vs. Forman", None, 2019, "PT78M"),
        ("The Lust for Power", None, 2017, "PT89M"),
        ("Double Bill + Another Film", None, 2019, "PT80M"),
    ]


def test_titles_in_capitals_by_their_makers_inside_sentences() -> None:
    records = read(
        "Auf dem Programm stehen DIE GETRÄUMTEN von Ruth Beckermann (Österreich 2016, 89') "
        "und QUEEN OF EARTH von Alex Ross Perry (USA 2015, 90').\n"
        "Preise gingen an IN THE LAST DAYS OF THE CITY (AKHER AYAM EL MADINA) von Tamer El "
        "Said und MUITO ROMANTICO von Melissa Dullius und Gustavo Jahn; das FID von Marseille "
        "lobte DELPHINE ET CAROLE, INSOUMUSES von Callisto Mc Nulty."
    )
    assert [
        (f.title, f.original_title, [n for n, _ in f.directors], f.year, f.runtime)
        for f in records.films
    ] == [
        ("DIE GETRÄUMTEN", None, ["Ruth Beckermann"], 2016, "PT89M"),
        ("QUEEN OF EARTH", None, ["Alex Ross Perry"], 2015, "PT90M"),
        ("IN THE LAST DAYS OF THE CITY", "AKHER AYAM EL MADINA", ["Tamer El Said"], None, None),
        ("MUITO ROMANTICO", None, ["Melissa Dullius", "Gustavo Jahn"], None, None),
        ("DELPHINE ET CAROLE, INSOUMUSES", None, ["Callisto Mc Nulty"], None, None),
    ]


def test_a_quoted_title_with_the_day_and_time_it_is_shown_inside_a_sentence() -> None:
    records = read(
        "Paare, die wegziehen („Power of Love“, Premiere: 11.4., 21.45 Uhr, Babylon), und "
        "der Eröffnungsfilm „Milchzähne“ (10.4., 19.30 Uhr, Colosseum).\n"
        "Die Retrospektive „Statt leben“ zeigt Klassiker; der Vortrag „Wohnen in Berlin“ "
        "(12.4., 18 Uhr, Lichtblick) führt ein."
    )
    assert [f.title for f in records.films] == ["Power of Love", "Milchzähne"]


def test_a_dated_slot_with_its_title_over_a_paragraph_opening_with_the_fields() -> None:
    records = read(
        """
Friday 15 September, 5 pm: One Day In September
Kevin Macdonald, USA, 1999, 92 minutes. A winner of prizes retells a crisis at the Games.
Saturday 16 September, 5 pm: The Gleaners And I
Agnes Varda, France, 2000, 82 minutes. A director looks for people who gather what is left.
Sunday 17 September, 5 pm: Winged Migration
J.Perrin, J.Cluzard, 2001, 91 minutes, France/EU. Birds on their long journeys.
""",
        edition=2006,
        timezone="America/Halifax",
    )
    assert [(f.title, [n for n, _ in f.directors], f.year, f.runtime) for f in records.films] == [
        ("One Day In September", ["Kevin Macdonald"], 1999, "PT92M"),
        ("The Gleaners And I", ["Agnes Varda"], 2000, "PT82M"),
        ("Winged Migration", [], 2001, "PT91M"),
    ]
    assert [(t, s) for t, s, _ in starts(records)] == [
        ("One Day In September", "2006-09-15T17:00:00-03:00"),
        ("The Gleaners And I", "2006-09-16T17:00:00-03:00"),
        ("Winged Migration", "2006-09-17T17:00:00-03:00"),
    ]
    # a row naming another title under a film's block is no showing of that film
    under = read(
        """
Saturday 16 September, 5 pm: The Gleaners And I
Agnes Varda, France, 2000, 82 minutes. A director looks for people who gather what is left.
Sunday 17 September, 5 pm: Winged Migration
""",
        edition=2006,
        timezone="America/Halifax",
    )
    assert [(t, s) for t, s, _ in starts(under)] == [
        ("The Gleaners And I", "2006-09-16T17:00:00-03:00")
    ]
    assert [n.text for n in under.ambiguous] == [
        "a row naming another title, not attached: Sunday 17 September, 5 pm: Winged Migration"
    ]


# --- the fifteenth round's forms --------------------------------------------------------


def test_a_rows_weekday_and_call_to_book_are_no_part_of_its_venue() -> None:
    (cell,) = read_schedule(
        "November 10, 2022 | Thursday | Picturehouse Central | 8:30 pm | Buy your tickets HERE"
    )
    assert (cell.hour, cell.minute, cell.venue) == (20, 30, "Picturehouse Central")


def test_british_listing_fields_and_a_premiere_flag_labelling_the_title() -> None:
    meta = read_meta(
        "Palestine-USA-Qatar 2018. Dir Bassam Jarbawi. With Ziad Bakri, Areen Omari. "
        "108min. Digital. EST. 15"
    )
    assert (meta.directors, meta.countries, meta.year, meta.runtime, meta.subtitles) == (
        ["Bassam Jarbawi"],
        ["Palestine", "United States", "Qatar"],
        2018,
        "PT108M",
        ("en",),
    )
    assert meta.unread == []
    records = read(
        """
UK Premiere: Roll Red Roll
USA 2018. Dir Nancy Schwartzman. 81min. Digital. 15
A town faces what happened at a party after a football game.
"""
    )
    assert [(f.title, f.premiere and f.premiere[1]) for f in records.films] == [
        ("Roll Red Roll", "UK Premiere")
    ]
    assert films(records) == [("Roll Red Roll", ["Nancy Schwartzman"])]


def test_an_italian_programme_its_director_label_and_country_names() -> None:
    records = read(
        """
• ore 15.30
ALONE (ODNA)
di Dmitry Kabakov
Russia, 1999, 48′
Una donna prende il treno ogni mattina.
• ore 15.30
LARISA (ЛАРИСА)
di Elem Klimov
U.R.S.S., 1980, 25′
Un anno dopo, un ritratto.
• ore 17.30
LAWRENCE
di Giada Diano, Elisa Polimeni
Italia, 2021, 66′
"""
    )
    assert [
        (f.title, f.original_title, [n for n, _ in f.directors], f.countries, f.year)
        for f in records.films
    ] == [
        ("ALONE", "ODNA", ["Dmitry Kabakov"], ["Russia"], 1999),
        ("LARISA", "ЛАРИСА", ["Elem Klimov"], ["Soviet Union"], 1980),
        ("LAWRENCE", None, ["Giada Diano", "Elisa Polimeni"], ["Italy"], 2021),
    ]


def test_a_prize_or_strand_after_a_bar_is_no_part_of_the_title_and_rows_over_titles() -> None:
    records = read(
        """
donnerstag 10 okt 2019   opening night

19:00
filmmuseum

anschließend
empfang im stadtcafé

   Vitalina Varela | Goldener Leopard Locarno
   Pedro Costa | PT 2019 | 124 min | OmeU

   Cavalcade | Short Eye Opener
   Johann Lurf | AT 2019 | 5 min | 35mm

freitag 11 okt 2019

18:30 filmmuseum

   artist in focus: Mika Taanila

Tectonic Plate
   Mika Taanila | FI 2017 | 74 min

18:30 werkstattkino

   A Lua Platz (Taking Place)

   Jérémy Gravayat |
FR 2019 | 97 min | OmeU
""",
        timezone="Europe/Berlin",
    )
    assert [f.title for f in records.films] == ["Vitalina Varela", "Cavalcade", "Tectonic Plate"]
    # a row alone before the first title: rows stand over their films, so the row under
    # Cavalcade is Tectonic Plate's, and the one under Tectonic Plate no film's
    assert starts(records) == [("Tectonic Plate", "2019-10-11T18:30:00+02:00", "filmmuseum")]
    assert title_problem(FilmRecord(title="Jérémy Gravayat |", line=1)) == (
        "its parts stand apart with a bar: which of them is the title is not sure"
    )


def test_a_time_then_a_quoted_title_with_its_fields_noon_written_as_a_word() -> None:
    records = read(
        """
Friday, Sept. 28
Bayview Street Cinema
Noon "Drought" (2011, Mexico), 83 minutes
2 p.m. "Off Label" (2012, USA) 73 minutes
10 a.m. Free Shorts First 1 (seven films), 102 minutes
"""
    )
    assert [(f.title, f.year, f.runtime, f.countries) for f in records.films] == [
        ("Drought", 2011, "PT83M", ["Mexico"]),
        ("Off Label", 2012, "PT73M", ["United States"]),
    ]


# --- the sixteenth round's forms --------------------------------------------------------


def test_a_numbered_row_of_title_fields_date_and_time() -> None:
    item = classify(
        line("1. The Throne | Dir.: Lee Joon-ik | Korea | 2015 | 125 Min | 09 April 2018 | 6.15 PM")
    )
    assert (item.kind, item.title) == (LineKind.INLINE, "The Throne")
    assert item.meta is not None and (item.meta.directors, item.meta.year) == (
        ["Lee Joon-ik"],
        2015,
    )
    assert [
        (c.date and (c.date.day, c.date.month, c.date.year), c.hour, c.minute) for c in item.cells
    ] == [((9, 4, 2018), 18, 15)]
    # a name in lower case is no director's, so the row's first cell is not sure
    other = classify(
        line("2. Mother | Dir.: Bong joon ho | Korea | 2009 | 10 April 2018 | 6.30 PM")
    )
    assert other.kind is not LineKind.INLINE


def test_a_title_a_bar_and_directed_by_with_a_runtime_in_minutes_and_seconds() -> None:
    records = read(
        """
The Last Tape | directed by Cyprien Clément-Delmas & Igor Kosenko, Ukraine/Germany, 12:12
Two friends spend a last evening together before the war pulls them apart.
Dengê min Hilgirt (Carry My Voice) | directed by Hasan Demirtas, USA/Turkey, 19:02
A family story told against a chapter of history.
"""
    )
    assert [
        (f.title, f.original_title, [n for n, _ in f.directors], f.runtime, f.screenings)
        for f in records.films
    ] == [
        ("The Last Tape", None, ["Cyprien Clément-Delmas", "Igor Kosenko"], "PT12M12S", []),
        ("Dengê min Hilgirt", "Carry My Voice", ["Hasan Demirtas"], "PT19M2S", []),
    ]


def test_time_colon_title_slots_with_the_title_printed_again_under_them() -> None:
    assert [(t.value.hour, t.value.minute) for t in find_times("18:00: 700 km HARZ")] == [(18, 0)]
    assert find_times("12:12:30") == []
    records = read(
        """
Freitag, 16.10.2020

18:00: 700 km HARZ

700 km HARZ
Durch den Harz mit Enno Seifried
Einmal zu Fuß von einem Ende des Harzes zum anderen, in drei Wochen und bei jedem Wetter.

20:15: Die Rüden

Die Rüden
Ein paar gefährliche Hunde, verurteilte Männer und eine Trainerin, die an Veränderung glaubt.
""",
        timezone="Europe/Berlin",
        venue="Apollo",
    )
    assert starts(records) == [
        ("700 km HARZ", "2020-10-16T18:00:00+02:00", "Apollo"),
        ("Die Rüden", "2020-10-16T20:15:00+02:00", "Apollo"),
    ]


def test_a_title_opening_an_entry_over_one_synopsis_line_over_the_fields() -> None:
    records = read(
        """
Friday, October 18

The Guardian of Memory
In a border valley, lawyers and families treat the killings of the past as a case still open.
2019 | 93 min | Mexico, USA

Through the Artist's Lens
  • A Woman Who Paints Thangkas
    A Tibetan woman keeps painting religious scrolls, a craft long closed to women.
    2019 | 25 min | China, USA
  • Freedom Fields
    A group of women keep a football team going against every obstacle.
    2018 | 99 min | Libya
"""
    )
    # a title shaped like a name over the synopsis may be its maker's: not read
    assert [(f.title, f.year) for f in records.films] == [
        ("The Guardian of Memory", 2019),
        ("A Woman Who Paints Thangkas", 2019),
    ]


def test_a_heading_of_strand_title_and_director_and_a_named_hall_of_a_theatre() -> None:
    assert [
        (c.kind, c.title, c.meta and c.meta.directors)
        for c in (
            classify(line("THERE IS A CHOICE: A Whisper to a Roar. Director: Ben Moses")),
            classify(line("SPECIAL EVENT. Anton’s Right Here. Director: Lyubov Arkus")),
            classify(line("The festival opened. Director: Ben Moses")),
            classify(line("Programme note: A Whisper to a Roar. Director: Ben Moses")),
        )
    ] == [
        (LineKind.INLINE, "A Whisper to a Roar", ["Ben Moses"]),
        (LineKind.INLINE, "Anton’s Right Here", ["Lyubov Arkus"]),
        (LineKind.TEXT, None, None),  # a sentence before the label is no title
        (LineKind.TEXT, None, None),  # a strand not in capitals may be a sentence's start
    ]
    assert split_screen("Cinema House, Red Hall") == ("Cinema House", "Red Hall")
    assert split_screen("Cinema House") == ("Cinema House", None)


# --- the seventeenth round's forms ------------------------------------------------------


def test_rows_coded_with_the_kinds_a_legend_on_the_page_defines() -> None:
    page = """
2020 Screening Schedule
DAN: Dance Film.    DF: Documentary Feature.    MV: Music Video.   NS: Narrative Short.
Thursday November 12
6pm: Opening Night
Golden Legs by Spencer Krasch | Newhall, California (MV)
Talking to the Wind | San Pedro, California (DF)
Planet Blue (Journey to Eco) | Orlando, Florida (NS)
Late Guests | Austin, Texas (XX)
"""
    records = read(page)
    assert [(f.title, f.directors, f.countries, f.documentary) for f in records.films] == [
        ("Golden Legs", [], [], False),  # a music video's ``by``: a maker or a band
        ("Talking to the Wind", [], [], True),  # the maker's hometown is no country
        ("Planet Blue (Journey to Eco)", [], [], False),
    ]
    assert [n.text for n in records.unused if "|" in n.text] == [
        "Late Guests | Austin, Texas (XX)"  # a code the legend does not define
    ]
    # without the legend, such rows are no films
    assert read(page.replace("DAN: Dance Film.", "").replace("DF: Documentary", "")).films == []


def test_a_title_in_capitals_wrapped_after_its_comma_and_a_korean_name_is_a_whole_word() -> None:
    records = read(
        """
ELFIE SEMOTAN,
PHOTOGRAPHER
Regie: Joerg Burger
AT 2019, 90 min
"""
    )
    assert [f.title for f in records.films] == ["ELFIE SEMOTAN, PHOTOGRAPHER"]
    news = read(
        "시적인 화면으로 이름난 안드레이 타르코프스키 감독의 대표작 ‘희생’은 다시 극장에 걸린다."
    )
    # ``코프스키`` is the end of a longer name, not a Korean name: no director, no film
    assert news.films == []


def test_a_selection_listed_as_title_over_name_pairs_three_in_a_row_at_least() -> None:
    page = """
Compétition / Sélection française
21 films courts et longs, en première mondiale
-
Ceux de la nuit
Sarah Leonor
-
Le Chant des oubliés
Luc Decaster
-
Domy+Ailucha: Ket Stuff!
Ico Costa
-
Boum Boum
Laurie Lassalle
"""
    records = read(page)
    assert films(records) == [
        ("Ceux de la nuit", ["Sarah Leonor"]),
        ("Le Chant des oubliés", ["Luc Decaster"]),
        ("Domy+Ailucha: Ket Stuff!", ["Ico Costa"]),
        # a title shaped like a name over a name: which is the title is not sure
    ]
    assert [n.text for n in records.unused] == [
        "Compétition / Sélection française",
        "21 films courts et longs, en première mondiale",
        "Boum Boum",
        "Laurie Lassalle",
    ]
    # two pairs are no list: a heading over a name is a pair too
    assert read(page.split("Domy")[0]).films == []


def test_a_title_in_capitals_after_its_makers_possessive_ends_where_the_capitals_end() -> None:
    records = read(
        "Among them: Golan Rise's ELISH'S NOTEBOOKS (pictured), where siblings read diaries; "
        "Ila Bêka and Louise Lemoine's MORIYAMA-SAN, a portrait of a man in Tokyo; "
        "Daphni Leef's BEFORE MY FEET TOUCH THE GROUND and Yonatan Nir's THE ESSENTIAL "
        "LINK – THE STORY OF WILFRID ISRAEL, on a rescuer; New York's MOMA shows them too."
    )
    assert films(records) == [
        ("ELISH'S NOTEBOOKS", ["Golan Rise"]),
        ("MORIYAMA-SAN", ["Ila Bêka", "Louise Lemoine"]),
        ("BEFORE MY FEET TOUCH THE GROUND", ["Daphni Leef"]),
        ("THE ESSENTIAL LINK – THE STORY OF WILFRID ISRAEL", ["Yonatan Nir"]),
    ]


# --- the eighteenth round's forms -------------------------------------------------------


def test_what_a_title_line_holds_when_it_is_no_title() -> None:
    assert [
        title_problem(FilmRecord(title=t, line=1))
        for t in ("foto_11.jpg", "Invited Film", "Opening Documentary", "Invited")
    ] == [
        "it is a file's name (a picture's)",
        "it names a kind of slot in the programme, not a film",
        "it names a kind of slot in the programme, not a film",
        None,
    ]


def test_a_title_and_its_translation_joined_by_a_dot_keep_the_first() -> None:
    records = read(
        """
RÄUBER & GENDARM · COPS & ROBBERS

Florian Maubach · Deutschland / Germany 2017 · 8'15 Min.
"""
    )
    assert [f.title for f in records.films] == ["RÄUBER & GENDARM"]


def test_a_hall_under_a_dated_row_is_its_venue_not_the_title() -> None:
    records = read(
        """
THE THREE DEATHS OF MUSSOLINI
WEDNESDAY, 5th September 2018. 18 p.m.
VELIKA DVORANA HKD / THE BIG HALL

Directed by  EMMANUELLE NOBECOURT
France, 2016
Runtime: 52 minutes
"""
    )
    # the title stands over the row, apart from the fields: not read, every line reported
    assert records.films == []
    assert [n.line for n in records.unused] == [1, 3, 5, 6, 7]


def test_a_programmes_name_in_angle_brackets_is_no_film() -> None:
    records = read("특별기획 <다시 보고싶은 여성영화> 7월 상영작 안내: <벌새>를 상영한다.")
    assert [f.title for f in records.films] == ["벌새"]


def test_a_korean_title_with_its_director_labelled_inside_the_parentheses() -> None:
    records = read(
        "장편에는 ‘12 하고 24’(감독 김남석) ‘방문’(감독 명소희) 등 현실을 들여다본 작품들이 있다."
    )
    assert films(records) == [("12 하고 24", ["김남석"]), ("방문", ["명소희"])]


def test_two_showings_joined_by_and_and_a_line_opening_with_a_year_and_a_festival() -> None:
    assert [
        c.venue
        for c in read_schedule("4 May 2019, 9.30pm @ Vancity & 12 May 2019, 1.45pm @ Cinematique")
    ] == [
        "Vancity",
        "Cinematique",
    ]
    assert [
        c.venue for c in read_schedule("3 May 2019, 8pm & 11 May 2019, 2.15pm @ Cinematique")
    ] == [
        "",
        "Cinematique",
    ]
    # a line opening with a year and naming a festival is a filmography's entry as often as
    # a page's title (``2017 DMZ International Documentary Film Festival``): not a banner
    assert read_banner(line("2019 DOXA Documentary Film Festival")) is None


# --- the nineteenth round's forms -------------------------------------------------------


def test_a_festivals_edition_a_korean_hall_and_a_piece_of_a_quotation_are_no_titles() -> None:
    assert problems(
        "2017 국제 다양성 영화제",
        "20th Heartland Film Festival",
        "서울역사박물관 1층 야주개홀",
        'LA BUENA VIDA" Jens Schanze',
        "Films in Program",
        "Festival",
    ) == [
        "it names a festival's edition",
        "it names a festival's edition",
        "it names a place (a hall, a floor of a building)",
        "its quotation marks do not pair (a piece of a longer line)",
        "it is a word of the page's structure",
        "it is a word of the page's structure",
    ]


def test_a_name_in_hangul_over_its_latin_form_is_no_title_and_an_event_no_venue() -> None:
    records = read(
        """
남국재견
Goodbye South, Goodbye

허우 샤오시엔
(Hou Hsiao-Hsien)/Taiwan

/1996/124min/Color/35mm
"""
    )
    # the title stands a paragraph over the name: not sure, so nothing is read
    assert records.films == []
    assert [n.line for n in records.unused] == [1, 2, 4, 5, 7]
    (cell,) = read_schedule("Donnerstag, 7.Mai, 20 Uhr Eröffnungsfeier im Deutschen Theater")
    assert (cell.hour, cell.venue) == (20, "")


# --- the twentieth round's forms --------------------------------------------------------


def test_a_foreign_name_in_hangul_before_a_title_names_no_korean_director() -> None:
    records = read(
        "일디코 엔예디 감독의 <우리는 같은 꿈을 꾼다: 몸과 영혼>이 27일 오후 7시 상영된다."
    )
    assert films(records) == [("우리는 같은 꿈을 꾼다: 몸과 영혼", [])]
    labelled = read("단편에는 ‘보이지 않는 아이들’(감독 아오리) 등이 포함됐다.")
    assert films(labelled) == [("보이지 않는 아이들", ["아오리"])]


def test_a_series_edition_and_a_breadcrumb_naming_the_festival_are_no_film_or_section() -> None:
    assert title_problem(FilmRecord(title="2019 성남독립영화제작지원 시사회", line=1)) == (
        "it names a festival's edition"
    )
    records = read(
        """
Strona główna > Projekty > 17. Festiwal Filmowy WATCH DOCS. Prawa Człowieka w Filmie 2018

Article 18
75', 2017, Poland, director: Anna Kowalska
"""
    )
    assert [(f.title, f.section) for f in records.films] == [("Article 18", None)]


def test_time_dash_title_slots_a_venue_after_the_dash_and_a_presenter_before_the_title() -> None:
    assert [
        (c.kind, c.title, c.cells[0].venue)
        for c in (
            classify(line("6pm - THE NEXT GUARDIAN")),
            classify(line("18:00 - Kino 2")),
        )
    ] == [(LineKind.SCHEDULE, "THE NEXT GUARDIAN", ""), (LineKind.SCHEDULE, None, "Kino 2")]
    records = read(
        """
Saturday, March 24
12:15pm - American Experience presents INTO THE AMAZON
Directed by John Maggio
Two explorers travel a river through the forest in 1913.
"""
    )
    assert films(records) == [("INTO THE AMAZON", ["John Maggio"])]


def test_paragraphs_opening_with_a_title_by_its_makers_and_a_verb_three_at_least() -> None:
    page = """
…Imitation Action by Michalis Lykoudis follows the rehearsals of a play.
Express Scopelitis by Aimilia Milou goes aboard a small ship.
In Sundays by Alethea Avramis a priest leaves the Church.
In-Mates by Iakovos Panourgias and Nikos Voulgaris records dogs and prisoners.
"""
    assert films(read(page)) == [
        ("Imitation Action", ["Michalis Lykoudis"]),
        ("Express Scopelitis", ["Aimilia Milou"]),
        # ``In Sundays by NAME a priest …``: no verb after the name, the title's start unsure
        ("In-Mates", ["Iakovos Panourgias", "Nikos Voulgaris"]),
    ]
    # two such paragraphs are no list: ``Photos by NAME shows`` may open any sentence
    assert read(page.split("In Sundays")[0]).films == []


# --- the twenty-first round's forms -----------------------------------------------------


def test_a_heading_title_directed_by_and_a_sentence_telling_its_showings() -> None:
    records = read(
        """
The Artist and the Pervert, directed by Beatrice Behn and René Gebhardt
A composer and an activist share a marriage and a creative partnership.
The Artist and the Pervert will be screened on Fri., April 27, 2018 at 8:30 p.m. at \
Scotiabank Theatre, Cinema 3, on Sun., Apr. 29, 2018 at 11:45 a.m. at Hart House Theatre.
The Heat, directed by Maya Gallus
Another film will be screened on Fri., April 27, 2018 at 9 p.m. at Hart House Theatre.
""",
        timezone="America/Toronto",
    )
    assert films(records) == [
        ("The Artist and the Pervert", ["Beatrice Behn", "René Gebhardt"]),
        ("The Heat", ["Maya Gallus"]),
    ]
    # the sentence under The Heat names another film: no showing of The Heat
    assert [(t, s, v) for t, s, v in starts(records)] == [
        ("The Artist and the Pervert", "2018-04-27T20:30:00-04:00", "Scotiabank Theatre"),
        ("The Artist and the Pervert", "2018-04-29T11:45:00-04:00", "Hart House Theatre"),
    ]
    assert [s.screen for s in records.films[0].screenings] == ["3", None]


# --- the twenty-second round's forms ----------------------------------------------------


def test_a_quotation_over_its_author_and_a_showing_in_parentheses_after_a_title() -> None:
    records = read(
        """
“We have art in order not to die of the truth”

Friedrich Nietzsche

Art remains a steady point of reference for the year's documentaries.
"""
    )
    assert records.films == []
    slots = read(
        """
●비비안 마이어를 찾아서(18일 오후 2시)
다큐멘터리 / 미국 / 83분 / 12세 관람가
감독 존 말루프·찰리 시스켈

●위로공단(18일 오후 6시)
다큐멘터리 / 한국 / 95분 / 15세 관람가
감독 임흥순
"""
    )
    # the day and time in parentheses are the showing's, never an original title
    assert [(f.title, f.original_title) for f in slots.films] == [
        ("비비안 마이어를 찾아서", None),
        ("위로공단", None),
    ]


def test_a_list_entry_with_its_fields_in_parentheses_a_colon_and_its_synopsis() -> None:
    entry = classify(
        line("- To Heal the Heart (Japan, 2020, 50 Min.): Die Serie folgt einem Arzt.")
    )
    assert (entry.kind, entry.title) == (LineKind.INLINE, "To Heal the Heart")
    assert entry.meta is not None and (entry.meta.year, entry.meta.runtime) == (2020, "PT50M")
    # shaped like a name: which it is is not sure, so the line is no entry
    for text in (
        "- TEEN REGIME (Japan, 2022, 49 Min.): Ein Land steckt fest.",
        "- Anna Berg (Deutschland, 2019, 90 Min.): eine Regisseurin stellt sich vor.",
    ):
        assert classify(line(text)).kind is not LineKind.INLINE


# --- the twenty-third round's forms -----------------------------------------------------


def test_a_prize_a_row_across_column_gaps_and_a_korean_credit_are_no_titles() -> None:
    assert problems(
        "Award in the amount of €2,500",
        "12 m     2 Girls",
        "1991, 을 시작으로 610일에는 김중현 감독의 이월",
    ) == [
        "it names a sum of money (a prize's)",
        "its parts stand apart with a column gap (cells of a row)",
        "it holds a maker's credit (a piece of a Korean sentence)",
    ]


def test_a_one_syllable_word_before_a_name_in_hangul_and_a_caption_name_no_film() -> None:
    records = read("짐 자무쉬 감독의 <패터슨>이 개막작으로 상영된다.")
    assert films(records) == [("패터슨", [])]
    assert read("▲ 5월 상영작 <1991,봄>     © 서울시설공단").films == []
    listed = read(
        "Other titles: Adam (Maryam Touzani), a drama from Morocco; Baghdad in My Shadow "
        "(Samir), a drama from Iraq; Diamond Dust (Marwan Hamed), a thriller from Egypt."
    )
    # ``Title (Name), a drama``: a maker or an original title in parentheses, not sure
    assert listed.films == []


# --- the twenty-fourth round's forms ----------------------------------------------------


def test_a_kind_of_showing_and_quoted_titles_on_their_days_in_a_sentence() -> None:
    assert problems("Stummfilm mit Livemusik", "Silent film with live music", "Film mit Musik") == [
        "it says what the showing is (a kind of film and what comes with it)",
        "it says what the showing is (a kind of film and what comes with it)",
        "it says what the showing is (a kind of film and what comes with it)",
    ]
    records = read(
        "The scheduled movies are — ‘Escape from Mogadishu’ on June 29, 7pm; ‘Sinkhole’ on "
        "July 1, 7pm; ‘Kim Ji-young, Born 1982’ on July 2 at 3pm; and ‘Exit’ on July 3 at 7pm."
    )
    assert [f.title for f in records.films] == [
        "Escape from Mogadishu",
        "Sinkhole",
        "Kim Ji-young, Born 1982",
        "Exit",
    ]
    # a quoted phrase on a day without a time is no showing, so no film
    assert read("Her motto ‘Never again’ on July 3 moved the audience.").films == []


# --- the twenty-fifth round's forms -----------------------------------------------------


def test_a_korean_festival_edition_and_a_title_in_a_rows_first_cell() -> None:
    assert problems("2025 K-DOCS 페스티벌") == ["it names a festival's edition"]
    assert [
        (c.kind, c.title, c.meta and c.meta.directors)
        for c in (
            classify(line("Alchemie | Kurzfilm| Regie: Monika Kostrzewa")),
            classify(line("Barstow, California | Kurzfilm| Regie: Rainer Komers")),
            classify(line("Kurzfilm | Regie: Monika Kostrzewa")),
        )
    ] == [
        (LineKind.INLINE, "Alchemie", ["Monika Kostrzewa"]),
        (LineKind.INLINE, "Barstow, California", ["Rainer Komers"]),
        (LineKind.META, None, ["Monika Kostrzewa"]),  # the first cell is a field
    ]


# --- the twenty-sixth round's forms -----------------------------------------------------


def test_a_row_of_title_makers_and_fields_and_a_possessive_title_running_on_past_by() -> None:
    row = classify(line("  • Somewhere a Season | Harsh Hudda | India | 2021 | 19’"))
    assert (row.kind, row.title, row.meta and row.meta.directors) == (
        LineKind.INLINE,
        "Somewhere a Season",
        ["Harsh Hudda"],
    )
    # both first cells shaped like names: which holds the title is not sure
    both = classify(line("Katanga Nation | Beza Hailu Lemma, Hiwot Admasu | Ethiopia | 2022 | 27’"))
    assert both.kind is not LineKind.INLINE
    records = read(
        "Special presentations include Justin Taylor Smith and Kaoru Ishibashi’s A Song Film "
        "by Kishi Bashi: Omoiyari, as well as two shorts."
    )
    # the title runs on past ``by`` to where it ends is not sure: nothing is read
    assert records.films == []


# --- the twenty-seventh round's forms ---------------------------------------------------


def test_a_foreign_name_in_hangul_is_no_korean_directors_name() -> None:
    assert [looks_like_name(n) for n in ("류스케", "오르즐", "김덕중", "진모영")] == [
        False,
        False,
        True,
        True,
    ]
    records = read(
        "해외 초청 부문에서는 일본 하마구치 류스케 감독의 ‘드라이브 마이 카’가 관객을 만난다.\n"
        "하이디 브란덴 부르크, 매튜 오르즐 감독의 ‘세계가 충돌할 때’도 상영된다.\n"
        "진모영 감독의 ‘올드마린보이’도 있다."
    )
    # the titles are read; the ends of foreign names are no directors
    assert films(records) == [
        ("드라이브 마이 카", []),
        ("세계가 충돌할 때", []),
        ("올드마린보이", ["진모영"]),
    ]


def test_a_line_shaped_like_a_name_over_a_labelled_director_is_no_director() -> None:
    records = read(
        """
4.30pm |
HUEVOS DE ORO
Golden Balls
dir. Bigas Luna
|
Ciné Lumière II
"""
    )
    assert [(f.title, [n for n, _ in f.directors]) for f in records.films] == [
        ("HUEVOS DE ORO", ["Bigas Luna"])
    ]
    assert any(n.text == "Golden Balls" for n in records.unused)


def test_a_programme_heading_with_its_year_dates_rows_whose_weekdays_fit() -> None:
    page = """
{heading}
|
wed 20 sep |
6.15pm |
LES DEUX MEMOIRES
dir. Jorge Semprún
|
Ciné Lumière II, London
|
thu 21 sep |
8.40pm |
EMBRUJO
dir. Carlos Serrano de Osma
|
Ciné Lumière I, London
"""
    records = read(page.format(heading="2023 FESTIVAL PROGRAMME BY DATE |"))
    assert (records.context.year, records.context.year_why) == (
        2023,
        "the year of the page's heading on line 1, in which the weekdays of its 2 rows fall",
    )
    # a year the weekdays do not fit, or a heading that is no programme's: no year
    assert read(page.format(heading="2022 FESTIVAL PROGRAMME BY DATE |")).context.year is None
    assert read(page.format(heading="Founded in 2023 |")).context.year is None


def test_titles_over_their_showings_with_the_cast_under_each_title() -> None:
    page = """
Unsere Künstler:innen beim Achtung Berlin Filmfestival 2023

Alaska
Mit Christina Große

Mo, 17.4. 19:45 Uhr, Babylon 1
Di. 18.4. 20:30 Uhr, Acud 1

Ein Satz über den ersten Film, den wir selbst geschrieben haben, damit er lang genug ist.

Geranien (außer Konkurrenz)
Mit Friederike Becht

Mi. 19.04, 20:45 Uhr,  fsk Kino
Do. 13.4. 18:00 Uhr, Babylon 2
"""
    records = read(page)
    assert records.context.festival is not None
    assert records.context.festival[0] == "Achtung Berlin Filmfestival"
    assert [(f.title, f.original_title, f.directors) for f in records.films] == [
        ("Alaska", None, []),
        ("Geranien", None, []),  # how it is shown is no original title
    ]
    assert starts(records) == [
        ("Alaska", "2023-04-17T19:45:00+02:00", "Babylon"),
        ("Alaska", "2023-04-18T20:30:00+02:00", "Acud"),
        ("Geranien", "2023-04-13T18:00:00+02:00", "Babylon"),
    ]
    # ``19.04``: a day or a time? The row is reported, not read
    assert [n.line for n in records.unused + records.ambiguous if "19.04" in n.text] == [14]
    # one such entry alone is no proof of the shape
    assert read(page.split("Geranien")[0]).films == []


def test_title_over_name_pairs_a_paragraph_apart_each_with_its_synopsis() -> None:
    names = ["Lachlan McLeod", "Simon Lereng Wilmont", "Snow Hnin Ei Hlaing"]
    synopsis = "A sentence of our own about the film, long enough to be a paragraph of prose."

    def page(*tops: str) -> str:
        return "\n\n".join(
            f"{top}\n\n{name}\n\n{synopsis}" for top, name in zip(tops, names, strict=True)
        )

    assert films(read(page("Clean", "A House Made of Splinters", "Midwives"))) == [
        ("Clean", ["Lachlan McLeod"]),
        ("A House Made of Splinters", ["Simon Lereng Wilmont"]),
        ("Midwives", ["Snow Hnin Ei Hlaing"]),
    ]
    # a jury's page: roles and prizes over names over biographies
    assert read(page("Jury President", "Jury Member", "Audience Award")).films == []


# --- the twenty-eighth round's forms ----------------------------------------------------


def test_a_day_in_a_language_the_reader_does_not_read_is_no_title() -> None:
    assert (
        problems("Utorak, 17. septembar", "Mardi 17 septembre", "martedì 17 settembre")
        == ["it is a day in another language"] * 3
    )
    assert problems("17 Blocks", "Septembar u Beogradu") == [None, None]


def _series(venue: str) -> str:
    return f"""
Watch. Learn. Grow. (A Documentary Series)

Ashes to Ashes

Tuesday, February 19, 2019
5:00pm, {venue}

A sentence of our own about the film, long enough to be read as a paragraph of prose.

🎬<At the River I Stand>

Thursday, March 7, 2019
12:30pm, {venue}
Lunch will be provided
"""


def test_titles_over_a_day_line_over_rows_of_time_and_venue() -> None:
    records = read(_series("Campus Center Auditorium"))
    assert [
        (f.title, [(s.day, s.start.isoformat(), s.venue) for s in f.screenings])
        for f in records.films
    ] == [
        ("Ashes to Ashes", [(date(2019, 2, 19), "17:00:00", "Campus Center Auditorium")]),
        ("At the River I Stand", [(date(2019, 3, 7), "12:30:00", "Campus Center Auditorium")]),
    ]
    # the note under the rows is no showing, and it is reported
    assert any(n.text == "Lunch will be provided" for n in records.unused)


def test_a_city_inside_a_venues_name_is_no_time_zone() -> None:
    # ``Bernie Dallas Room`` is named after a person; ``Kino Leipzig 2`` is in Leipzig
    assert read(_series("Bernie Dallas Room")).context.zone is None
    leipzig = read(_series("Kino Leipzig 2"))
    assert leipzig.context.zone == "Europe/Berlin"
    assert starts(leipzig)[0] == ("Ashes to Ashes", "2019-02-19T17:00:00+01:00", "Kino Leipzig")


def test_a_title_with_its_makers_and_year_in_parentheses_then_fields_after_dashes() -> None:
    row = classify(
        line(
            "Working in Protest (Michael Galinsky and Suki Hawley, 2018) – 79min – "
            "World Premiere – in competition for the Audience Award"
        )
    )
    assert row.kind is LineKind.INLINE and row.meta is not None
    assert (row.title, row.meta.directors, row.meta.year, row.meta.runtime) == (
        "Working in Protest",
        ["Michael Galinsky", "Suki Hawley"],
        2018,
        "PT79M",
    )
    assert (row.meta.premiere, row.meta.remarks) == (
        "World Premiere",
        ["in competition for the Audience Award"],
    )
    records = read(
        """
Saturday, June 2nd, 2018

7:00 PM – Whitney Humanities Center, 53 Wall Street, New Haven

25 Prospect Street (Kaveh Taherian, 2018) – 87min – in competition for Best Feature
"""
    )
    assert starts(records) == [
        ("25 Prospect Street", "2018-06-02T19:00:00-04:00", "Whitney Humanities Center")
    ]
    # the remark after the fields is reported, not lost
    assert [n.text for n in records.ambiguous if n.line == 5] == [
        "not read, after the fields of '25 Prospect Street': in competition for Best Feature"
    ]
    # no field after the parentheses, or a name for a title: not this form
    assert classify(line("Our Town (Jane Doe, 2018)")).kind is not LineKind.INLINE
    assert classify(line("Kaveh Taherian (Jane Doe, 2018) – 87min")).kind is not LineKind.INLINE


def test_a_street_address_and_its_town_are_no_part_of_a_venues_name() -> None:
    (cell,) = read_schedule("1:30 PM – New Haven Free Public Library, 133 Elm Street, New Haven")
    assert cell.venue == "New Haven Free Public Library"
    (cell,) = read_schedule("Sa 12.10. 20:00 Uhr, Kino im Dach, Schandauer Straße 64, Dresden")
    assert cell.venue == "Kino im Dach"
    # a place with its address after a time is no film's title; a title that is an
    # address alone is one (``25 Prospect Street``)
    assert problems(
        "New Haven Free Public Library, 133 Elm Street, New Haven", "25 Prospect Street"
    ) == [
        "it names a place by its street address",
        None,
    ]


# --- the twenty-ninth round's forms -----------------------------------------------------


def test_a_flag_in_capitals_before_a_title_and_a_country_in_the_makers_cell() -> None:
    film = FilmRecord(title="PREMIERE Züri glitzerät", line=1)
    flagged = FilmRecord(title="WORLD PREMIERE The Last Patrol", line=1)
    vetted(film, flagged)
    assert (film.title, film.premiere) == ("Züri glitzerät", None)  # no scope: no premiere
    assert (flagged.title, flagged.premiere) == ("The Last Patrol", (1, "WORLD PREMIERE"))
    # ``New Zealand`` is shaped like a name, and is a country: no name, no maker's cell
    assert [looks_like_name(n) for n in ("New Zealand", "Sri Lanka", "Zoe Mcintosh")] == [
        False,
        False,
        True,
    ]
    row = classify(line("Lost in Wonderland Zoe Mcintosh | New Zealand | 2009 | 52 min"))
    assert not (row.meta and row.meta.directors == ["New Zealand"])


def test_korean_bullets_of_maker_title_and_countries_are_no_fields_of_the_film_above() -> None:
    records = read(
        """
  • 실비아 카살리노 감독의 <노 그래비티> / 제작국가: France
  • 마리 노엘 감독의 <마리 퀴리> / 제작국가: Germany, France, Poland
  • 파누쉬 사마디감독의 <침묵> / 제작국가: France, Italy, Iran
"""
    )
    assert [(f.title, f.countries) for f in records.films] == [
        ("노 그래비티", []),
        ("마리 퀴리", []),
        ("침묵", []),
    ]
    # foreign names in Hangul are not read as directors; ``사마디`` starts with a Korean
    # family name, but ``파누쉬`` before it makes it the end of a foreign name
    assert [n for f in records.films for n, _ in f.directors] == []


def test_a_possessive_after_a_colon_is_part_of_a_longer_title() -> None:
    records = read(
        "As previously announced, the festival will open with the world premiere of True "
        "Justice: Bryan Stevenson’s Fight For Equality and will close with another film."
    )
    assert records.films == []


def test_paragraphs_each_telling_a_film_with_its_fields_and_showings_in_german() -> None:
    page = "\n\n".join(
        [
            "Österreichische Dokumentarfilme auf der Viennale",
            "Last Shelter (A 2015) von Gerald Igor Hauzenberger folgt Menschen im Asylverfahren."
            " Gezeigt wird der Film am 24.10. um 21:00 Uhr im Stadtkino im Künstlerhaus, und am"
            " 26.10. um 18:00 Uhr im Gartenbaukino.",
            "Aus dem Nichts (A 2015) geht einer Idee nach. Termine: am 28.10.2015 um 21:00 Uhr im"
            " Stadtkino im Künstlerhaus und am Do, 29.10.2015 um 11:00 Uhr im Metrokino.",
            "Noch ein Film (A 2015) läuft am 30.10. um 20:00 Uhr im Metrokino, „Ein anderer"
            " Film“ am 31.10. um 18:00 Uhr im Gartenbaukino.",
        ]
    )
    records = read(page)
    assert [(f.title, f.year, f.countries, [n for n, _ in f.directors]) for f in records.films] == [
        ("Last Shelter", 2015, ["Austria"], ["Gerald Igor Hauzenberger"]),
        ("Aus dem Nichts", 2015, ["Austria"], []),
        ("Noch ein Film", 2015, ["Austria"], []),
    ]
    assert starts(records) == [
        ("Last Shelter", "2015-10-24T21:00:00+02:00", "Stadtkino im Künstlerhaus"),
        ("Last Shelter", "2015-10-26T18:00:00+01:00", "Gartenbaukino"),
        ("Aus dem Nichts", "2015-10-28T21:00:00+01:00", "Stadtkino im Künstlerhaus"),
        ("Aus dem Nichts", "2015-10-29T11:00:00+01:00", "Metrokino"),
    ]  # the last paragraph names another film: whose its showings are is not sure
    # one such paragraph alone is no proof of the shape
    assert read(page.split("\n\nAus dem Nichts")[0]).films == []


# --- the thirtieth round's forms --------------------------------------------------------


def test_a_numbered_section_with_its_rating_and_a_year_after_a_catalogues_title() -> None:
    assert problems("섹션2 / 전체관람가", "Section 3") == ["it numbers a part of the programme"] * 2
    glued = FilmRecord(title="After Winter, Spring 2013", line=1, runtime="PT74M")
    assert title_problem(glued) == (
        "it ends in a year that may be the film's, printed after its title"
    )
    # a year in a title whose film has only its maker (``<송해 1927>``, quoted in running
    # text), or has its own year, stays the title's
    credited = FilmRecord(title="송해 1927", line=1, directors=[("윤재호", 1)])
    dated = FilmRecord(title="Summer 1993", line=1, runtime="PT97M", year=2017)
    assert (title_problem(credited), title_problem(dated)) == (None, None)


# --- the thirty-first round's forms -----------------------------------------------------


def test_notes_about_a_showing_are_no_titles_and_a_kind_of_film_names_its_maker() -> None:
    assert (
        problems(
            "Filmmakers in Attendance", "Juried Film", "English and German with English Subtitles"
        )
        == ["it notes something about the showing (guests, jury, languages)"] * 3
    )
    meta = read_meta("Dokumentarfilm von Gerd Kroske, Deutschland 2025, 113 Min.")
    assert (meta.directors, meta.countries, meta.year, meta.runtime, meta.documentary) == (
        ["Gerd Kroske"],
        ["Germany"],
        2025,
        "PT113M",
        True,
    )
    assert read_meta("Spielfilm von Kate Woods, Australien 2025").directors == ["Kate Woods"]
    assert looks_like_name("Dokumentarfilm von Gerd Kroske") is False


def test_titles_in_curly_quotes_closed_by_straight_ones_with_their_makers() -> None:
    records = read("기획전 목록은 ‘거미집'(김지운 감독), ‘괴인'(이정홍), ‘너와 나'(조현철)입니다.")
    assert films(records) == [("거미집", ["김지운"]), ("괴인", ["이정홍"]), ("너와 나", ["조현철"])]


def test_an_exhibition_in_parentheses_is_no_maker() -> None:
    records = read('"Mabel Dodge Luhan & Company: American Moderns" (Traveling Exhibition)')
    assert records.films == []


def test_a_title_over_the_day_it_is_shown_over_its_fields() -> None:
    records = read(
        """
The season carries on with its Wednesday screenings, one film each month this winter.
Peeping Tom
Wednesday 18 November 15
Dir. Michael Powell, 1960, UK, 97 mins
A sentence of our own about the film, long enough to be read as a paragraph of prose.
Fanny and Alexander
Wednesday 16 December 15
Dir. Ingmar Bergman, 1982, Sweden, 188 mins
"""
    )
    assert [(f.title, [n for n, _ in f.directors], f.year) for f in records.films] == [
        ("Peeping Tom", ["Michael Powell"], 1960),
        ("Fanny and Alexander", ["Ingmar Bergman"], 1982),
    ]
    # a day with no time states no screening, and is reported
    assert [n.line for n in records.ambiguous if n.text.startswith("a day with no time")] == [3, 7]


# --- the thirty-second round's forms ----------------------------------------------------


def test_a_list_label_a_catalogue_code_and_a_link_after_a_venue() -> None:
    assert problems("Items in this selection", "BRD 2021, 100 Min.") == [
        "it is a word of the page's structure",
        "it is a line of fields",
    ]
    (cell,) = read_schedule("Di, 25.10., 18 Uhr, Gartenbaukino (dF) Mehr Infos und Tickets")
    assert cell.venue == "Gartenbaukino"


def test_a_name_in_parentheses_after_a_title_over_its_showings_is_stated_as_nothing() -> None:
    records = read(
        """
The Belly Of The Whale (Morgan Bushe)

Tue 10 July 2018 / Town Hall Theatre, Galway / 19:30

Keepers of the Flame (Nuala O’Connor)

Wed 11 July 2018 / Town Hall Theatre, Galway / 13:45
"""
    )
    # the director's, or an original title shaped like a name? Neither is stated
    assert [(f.title, f.original_title, f.directors) for f in records.films] == [
        ("The Belly Of The Whale", None, []),
        ("Keepers of the Flame", None, []),
    ]


def test_a_row_after_another_films_fields_in_a_block_is_not_attached() -> None:
    records = read(
        """
SÜHNHAUS

R: Maya McKechneay, A 2016, 95 Min, dF/eF
Di, 25.10.2016, 18 Uhr, Gartenbaukino

MÜLLERS BÜRO

ZUM 30. JUBILÄUM DES FILMS
R: Niki List, A 1986, 95 Min, OF
Mi, 26.10.2016, 11 h, Gartenbaukino
"""
    )
    assert [(f.title, [s.line for s in f.screenings]) for f in records.films] == [("SÜHNHAUS", [4])]
    assert [n.line for n in records.ambiguous if "another film's fields" in n.text] == [10]


# --- the thirty-third round's forms -----------------------------------------------------


def test_a_title_with_its_dir_credit_then_its_runtime_in_parentheses() -> None:
    rows = [
        classify(line("93Queen, Dir. Paula Eiselt (90 mins)")),
        classify(line("Behind the Curve Dir. Daniel J. Clark (96 mins)")),
    ]
    assert [(r.kind, r.title, r.meta and r.meta.directors) for r in rows] == [
        (LineKind.INLINE, "93Queen", ["Paula Eiselt"]),
        (LineKind.INLINE, "Behind the Curve", ["Daniel J. Clark"]),
    ]
    # a credit left in what a path reads as a title, or a label of where, is no title
    assert problems("Big Time Dir. Kaspar Astrup Shröder", "Where: Fisheries Museum") == [
        "it holds a maker's credit (``Dir. NAME``)",
        "it is a labelled field",
    ]


# --- the thirty-fourth round's forms ----------------------------------------------------


def test_a_title_named_twice_with_other_makers_is_stated_neither_time() -> None:
    records = read(
        """
FUTUR DREI | 28. August

FILMPLÄDOYER von Jörg Albrecht
Ein Satz über den Film, den wir selbst geschrieben haben, lang genug für einen Absatz.

EMA | 25. Oktober

FILMPLÄDOYER von Jovana Reisinger
Noch ein Satz über einen Film, den wir selbst geschrieben haben, lang genug dafür.
"""
    )
    assert "FILMPLÄDOYER" not in [f.title for f in records.films]
    assert [n.line for n in records.ambiguous if "named again" in n.text] == [8, 3]


# --- the thirty-fifth round's forms -----------------------------------------------------


def test_an_event_run_into_its_year_and_foreign_names_in_hangul_are_no_titles() -> None:
    assert problems("인디피크닉2023", "아나스타샤 미코바, 얀 아르튀스-베르트랑") == [
        "it names a festival's edition",
        "it lists makers' names written in Hangul",
    ]
    # Korean titles with a comma, and a year after a space, stay titles
    assert problems(
        "나의 친구, 그의 아내", "신은 존재한다, 그녀의 이름은 페트루냐", "송해 1927"
    ) == [
        None,
        None,
        None,
    ]


# --- the thirty-sixth round's forms -----------------------------------------------------


def test_a_title_with_a_dash_of_its_own_before_its_directors() -> None:
    assert split_title_director("Heimkind - und jetzt? - Antonia Meile / Judith Haas") == (
        "Heimkind - und jetzt?",
        ("Antonia Meile", "Judith Haas"),
    )
    assert split_title_director("Für immer Sonntag - Steven Vit") == (
        "Für immer Sonntag",
        ("Steven Vit",),
    )


def test_a_call_to_book_and_a_translation_in_square_brackets() -> None:
    assert problems("| Book your seats", "Tickets kaufen") == ["it is a call to book"] * 2
    film = FilmRecord(title="Une histoire d’amour et de désir [A Story of Love and Desire]", line=1)
    vetted(film)
    assert (film.title, film.original_title) == (
        "Une histoire d’amour et de désir",
        "A Story of Love and Desire",
    )


# --- the thirty-seventh round's forms ---------------------------------------------------


def test_a_list_of_funders_and_a_cut_off_list_are_no_films() -> None:
    assert (
        read(
            "ITVS presents INDEPENDENT LENS, with funding from the Corporation for Public "
            "Broadcasting, Acton Family Giving, John D. and Catherine T. MacArthur."
        ).films
        == []
    )
    # a sentence cut off by the capture: where its last item ends is not known
    assert read("The cinema will show Open at Night, Lost in Paris and Liberation D").films == []
    shown = read("The cinema will show Open at Night, Lost in Paris and Liberation Day.")
    assert [f.title for f in shown.films] == ["Open at Night", "Lost in Paris", "Liberation Day"]


def test_a_country_in_the_place_where_other_entries_print_a_town_is_not_stated() -> None:
    page = """
DIA TEMIDA (12 min, San Marcos)
LOS MOSQUITOS (14 min, Costa Rica)
"""
    assert [(f.title, f.countries) for f in read(page).films] == [("LOS MOSQUITOS", [])]
    # with no town in that place on the page, the country is the film's
    alone = read("LOS MOSQUITOS (14 min, Costa Rica)")
    assert [(f.title, f.countries) for f in alone.films] == [("LOS MOSQUITOS", ["Costa Rica"])]


# --- the thirty-eighth round's forms ----------------------------------------------------


def test_headings_captions_school_showings_and_series_tags_are_no_titles() -> None:
    assert problems("FEATURE FILMS", "사진", "nur für Schulklassen") == [
        "it is a word of the page's structure",
        "it is a word of the page's structure",
        "it notes something about the showing (guests, jury, languages)",
    ]
    assert (
        problems("Losing Alaska - down to earth", "We the people - resyst:em")
        == ["its part after the dash is in small letters (a series' tag, or a subtitle?)"] * 2
    )
    # a German subtitle is in small letters; glosses with slashes are no translation
    assert problems("Grönland – alles wird anders") == [None]
    film = FilmRecord(title="Aanikoobijigan [Ancestor / Great-grandparent]", line=1)
    vetted(film)
    assert (film.title, film.original_title) == (
        "Aanikoobijigan [Ancestor / Great-grandparent]",
        None,
    )


# --- the thirty-ninth round's forms -----------------------------------------------------


def test_a_venue_and_its_town_under_a_row_is_no_title_over_the_next_synopsis() -> None:
    records = read(
        """
2019 films A-Z
George Potter & Andrew Adkins/2014/68 min/People & Culture
Saturday, March 9, 5 p.m. [South]
Trinity United Church of Christ, Chicago
FILM DESCRIPTION: A sentence of our own about the film, long enough to be prose for it.
Susan Todd & Andrew Young/2018/45 min/Wildlife
"""
    )
    assert [f.title for f in records.films] == []
    assert problems("2019 films A-Z", "관객과의 대화") == [
        "it is a word of the page's structure",
        "it names an event (a talk, a reading), not a film",
    ]


def test_a_hashtag_title_by_its_maker_is_not_read_without_its_sign() -> None:
    records = read("Among the shorts: #MEMENTOMORI by Angus Gibson, a film about a phone.")
    assert "MEMENTOMORI" not in [f.title for f in records.films]


# --- the fortieth round's forms ---------------------------------------------------------


def test_a_cast_list_is_no_title_and_a_title_in_capitals_keeps_its_part_before_a_dash() -> None:
    assert problems("Anna Castillo, Javier Gutiérrez, Pep Ambròs") == [
        "it lists people's names (a cast)"
    ]
    # titles in title case with a comma stay titles
    assert problems("Bloody Nose, Empty Pockets", "Hale County This Morning, This Evening") == [
        None,
        None,
    ]
    records = read(
        "Lingen, Filmpalast: SOUND OF HEIMAT - DEUTSCHLAND SINGT von Arne Birkenstock und "
        "Jan Tegeler, dann DURANGEN by Jenny Fraser."
    )
    assert films(records) == [
        ("SOUND OF HEIMAT - DEUTSCHLAND SINGT", ["Arne Birkenstock", "Jan Tegeler"]),
        ("DURANGEN", ["Jenny Fraser"]),
    ]


# --- the forty-first round's forms ------------------------------------------------------


def test_a_markup_tag_a_credit_line_and_a_venue_with_its_address_are_no_titles() -> None:
    assert problems(
        "aside",
        "[시간의 중첩] 기획단 홍은솔",
        "IFC Center (323 6th Avenue, Manhattan)",
    ) == [
        "it is a tag of the web page's markup",
        "it credits a person (a role and a name)",
        "it names a place by its street address",
    ]


# --- the forty-second round's forms -----------------------------------------------------


def test_a_company_line_between_a_films_fields_and_its_director_is_no_title() -> None:
    records = read(
        """
19 Paper Cranes
6 min 2017
L’Arche International
Director: Michael Joseph

A sentence of our own about the film, long enough to be read as a paragraph of prose.

Birth Of A Family
79 min 2017
Director: Tasha Hubbard
"""
    )
    assert [
        (f.title, f.original_title, f.runtime, f.year, [n for n, _ in f.directors])
        for f in records.films
    ] == [
        ("19 Paper Cranes", None, "PT6M", 2017, ["Michael Joseph"]),
        ("Birth Of A Family", None, "PT79M", 2017, ["Tasha Hubbard"]),
    ]


def test_a_row_over_another_days_line_is_not_the_next_titles() -> None:
    records = read(
        """
Saturday, April 27, 2019

11:30 a.m. Special Presentation: Our Planet, Episode 1

Monday, April 8, 2019

Free Solo

2018 | 100 minutes
Directed by Elizabeth Chai Vasarhelyi and Jimmy Chin
"""
    )
    assert [(f.title, f.screenings) for f in records.films] == [("Free Solo", [])]
    assert [n.line for n in records.ambiguous if "another day's line" in n.text] == [3]


# --- the forty-third round's forms ------------------------------------------------------


def test_a_kind_of_work_in_parentheses_is_no_original_title() -> None:
    printed = (
        "THE AGE OF CONSEQUENCES (Documentary Feature)",
        "Im Land (Kurzdokumentarfilm)",
        "파고 (단편 다큐멘터리)",
        "Heimat (Homeland)",
    )
    assert [split_title(t) for t in printed] == [
        ("THE AGE OF CONSEQUENCES", None),
        ("Im Land", None),
        ("파고", None),
        ("Heimat", "Homeland"),
    ]


def test_a_time_then_a_title_with_its_year_and_runtime_in_parentheses() -> None:
    records = read(
        """
Sunday April 19, 2020

10:00 AM  Chasing Ice (2012, 75 min)

A sentence of our own about the film, long enough to be read as a paragraph of prose.

7:30 PM Nanook of the North (1922, 80 min) With live musical accompaniment.

Another sentence of our own about the film, long enough to be read as prose too.
"""
    )
    assert [(f.title, f.year, f.runtime) for f in records.films] == [
        ("Chasing Ice", 2012, "PT75M"),
        ("Nanook of the North", 1922, "PT80M"),
    ]
    # the day over the rows dates them; no venue is printed (the build then reports them)
    assert [
        [(s.day.isoformat() if s.day else None, s.start.isoformat() if s.start else None, s.venue)
         for s in f.screenings]
        for f in records.films
    ] == [[("2020-04-19", "10:00:00", None)], [("2020-04-19", "19:30:00", None)]]  # fmt: skip
    # a runtime alone after the time is not enough: no film is read with the time kept
    assert films(read("7:30 PM Nanook (80 min)\n7:45 PM Ice (75 min)")) == []


def test_a_labelled_country_line_with_its_year_in_parentheses_is_fields() -> None:
    found = classify(line("Land: Tschechische Republik, Slowakei, Schweiz (2020)"))
    assert found.kind is LineKind.META and found.meta is not None
    assert (found.meta.countries, found.meta.year) == (
        ["Czech Republic", "Slovakia", "Switzerland"],
        2020,
    )
    assert classify(line("Länge: 95 Minuten")).kind is LineKind.META


def test_a_long_title_in_guillemets_is_no_paragraph() -> None:
    records = read(
        """
«Der Ast, auf dem ich sitze – ein Steuerparadies in der Schweiz»
Land: Schweiz, Deutschland (2020)
Regie: Luzia Schmid
"""
    )
    assert [(f.title, f.year, f.countries) for f in records.films] == [
        ("Der Ast, auf dem ich sitze – ein Steuerparadies in der Schweiz", 2020,
         ["Switzerland", "Germany"]),
    ]  # fmt: skip


def test_a_country_line_over_labelled_fields_is_fields_and_the_title_stands_above() -> None:
    records = read(
        """
NEW YORK - DIE WELT VOR DEINEN FÜSSEN

USA
Länge: 95 Minuten
FSK: 0
Regie: Jeremy Workman

SCHLINGENSIEF - IN DAS SCHWEIGEN HINEINSCHREIEN

Deutschland 2020
Laufzeit: 130 Min.
Regie & Drehbuch: Bettina Böhler
"""
    )
    assert [
        (f.title, [n for n, _ in f.directors], f.countries, f.year, f.runtime)
        for f in records.films
    ] == [
        ("NEW YORK - DIE WELT VOR DEINEN FÜSSEN", ["Jeremy Workman"], ["United States"],
         None, "PT95M"),
        ("SCHLINGENSIEF - IN DAS SCHWEIGEN HINEINSCHREIEN", ["Bettina Böhler"], ["Germany"],
         2020, "PT130M"),
    ]  # fmt: skip


def test_a_subtitle_in_capitals_after_a_dash_is_no_director() -> None:
    assert split_title_director("SCHLINGENSIEF - IN DAS SCHWEIGEN HINEINSCHREIEN") is None
    assert split_title_director("ECHO OF YOU – Zara Zerny") == ("ECHO OF YOU", ("Zara Zerny",))


# --- the forty-fourth round's forms -----------------------------------------------------


def test_a_korean_and_an_english_title_in_one_pair_of_brackets_are_split() -> None:
    records = read(
        "올해 영화제에서는 클레르 시몽의 <프랑스 영화학교 입시 전쟁 The Graduation>, 얀 쿠넹의"
        " <베이프 웨이브 Vape Wave> 등이 상영된다."
    )
    assert [(f.title, f.original_title) for f in records.films] == [
        ("프랑스 영화학교 입시 전쟁", "The Graduation"),
        ("베이프 웨이브", "Vape Wave"),
    ]


def test_credits_of_a_director_who_also_wrote_and_a_programmes_running_time() -> None:
    found = classify(line("Dir/Writ/Prod: Michal Pietrzyk"))
    assert found.kind is LineKind.META and found.meta is not None
    assert found.meta.directors == ["Michal Pietrzyk"]
    assert problems("Estimated total run time: 106 minutes.", "사진 = 뉴스페이퍼") == [
        "it gives a programme's running time",
        "it credits a picture",
    ]


def test_a_months_heading_dates_that_months_rows_whose_weekdays_fit() -> None:
    page = """
Films – May 2019

Toman

Directed by Ondref Trojan
(Czech Republic, 2018, 144 min.)

AFI Silver Theatre
Sun., May 19, 7:15 p.m.

Abe

Directed by Fernando Grostein Andrade
(Brazil, 2019, 85 min.)

Landmark’s Bethesda Row Cinema
Sat., May 18, 1:45 p.m.
"""
    records = read(page)
    assert (records.context.year, [f.countries for f in records.films]) == (
        2019,
        [["Czech Republic"], ["Brazil"]],
    )
    # a row of another month than the heading's: the heading is not its year
    assert read(page.replace("Sat., May 18", "Tue., June 18")).context.year is None
    assert read_meta("(U.K., 2019, 101 min.)").countries == ["United Kingdom"]


def test_a_day_over_a_time_and_a_hall_under_the_title_and_over_the_fields() -> None:
    records = read(
        """
Preview: The Wind Phone

Samstag, 7. März 2020
19:30 Uhr | Kinosaal

Information
Kurzfilm, Drama | USA 2019 | R: Kristen Gerweck | 16′  | OmdU

Synopsis
Ein Satz von uns über den Film, lang genug, um als Absatz gelesen zu werden, und mehr.

Honeyland

Sonntag, 8. März 2020
18:30 Uhr | Großer Saal

Information
Dokumentarfilm | MKD 2019 | R: Tamara Kotevska, Ljubomir Stefanov | 90′ | OmdU
"""
    )
    assert [
        (f.title, [(s.day.isoformat() if s.day else None, s.venue, s.screen) for s in f.screenings])
        for f in records.films
    ] == [
        ("The Wind Phone", [("2020-03-07", None, "Kinosaal")]),
        ("Honeyland", [("2020-03-08", None, "Großer Saal")]),
    ]
    assert split_title("Pre-festival screening of ¡Las Sandinistas!") == ("¡Las Sandinistas!", None)


def test_a_time_before_its_date_leaves_the_date_out_of_the_venue() -> None:
    assert [(c.hour, c.venue) for c in read_schedule("19:30 Uhr Sa 7.3.2020 Kino Xenix")] == [
        (19, "Kino Xenix")
    ]


SLOTS_WITH_VENUES = """
Save the dates: September 24, October 15, and April 22.


7:30 pm Wed. September 18, 2013 @ Studio on the Square

How to Make Movies at Home

writer / director Morgan Nichols in attendance for a Q&A after the screening

A sentence of our own about the film, long enough to be read as a paragraph of prose.

7:30 pm Wed. October 16, 2013 @ Studio on the Square

Birth of the Living Dead

director Rob Kuhns & producer Esther Cassidy in attendance for a Q&A after the screening
"""


def test_dated_rows_with_their_venue_over_titles_over_text_where_they_repeat() -> None:
    assert starts(read(SLOTS_WITH_VENUES, timezone="America/Chicago")) == [
        ("How to Make Movies at Home", "2013-09-18T19:30:00-05:00", "Studio on the Square"),
        ("Birth of the Living Dead", "2013-10-16T19:30:00-05:00", "Studio on the Square"),
    ]
    # once only, or a row ending as a sentence: no slot is read
    once = SLOTS_WITH_VENUES.split("7:30 pm Wed. October")[0]
    assert films(read(once)) == []
    sentence = SLOTS_WITH_VENUES.replace("Studio on the Square\n", "Studio on the Square.\n")
    assert films(read(sentence)) == []


def test_a_sentence_opening_with_a_title_then_its_director_between_commas() -> None:
    records = read(
        "Still, big questions are what it is known for. Human Nature, from director Adam Bolt,"
        " explains gene editing. Toxic Beauty, directed by Phyllis Ellis, follows a lawsuit."
        " And Willie, from director Laurence Mathieau-Leger, tells a story."
    )
    assert films(records) == [
        ("Human Nature", ["Adam Bolt"]),
        ("Toxic Beauty", ["Phyllis Ellis"]),
    ]


def test_a_synopsis_near_the_top_that_says_fest_names_no_festivals_city() -> None:
    synopsis = (
        "Ein Mann, der in New York aufwuchs, erzählt von seinem Leben. Der Film hält fest,"
        " was er der nächsten Generation mitgeben wollte."
    )
    page = f"""
Marko Feingold - Ein jüdisches Leben

Österreich 2020, 114 Min., deutsche Fassung
Regie: Christian Krönes, Florian Weigensamer

{synopsis}
"""
    assert read(page).context.zone is None
    # a festival named in the same place does give its city
    named = page.replace("Der Film hält fest", "Das Filmfest zeigt")
    assert read(named).context.zone == "America/New_York"


# --- the forty-fifth round's forms ------------------------------------------------------


def test_events_each_under_its_dated_row_a_series_label_before_the_quoted_title() -> None:
    records = read(
        """
Saturday, February 8, 2020 at 6:00 p.m. (158 minutes)

Film Series—Sam Fuller: Audacious Auteur: "The Big Red One" (1980)

Directed by Samuel Fuller

A sentence of our own about the film, long enough to be read as a paragraph of prose.



Sunday, February 9, 2020 at 2:00 p.m.

Women in History – Susan B. Anthony

A sentence of our own about a stage show, long enough to be read as a paragraph too.



Tuesday, February 11, 2020 at 6:30 p.m.

Documentary: "Somewhere to Be" (2018)

Directed by Peter Odabashian
""",
        timezone="America/New_York",
    )
    assert [
        (f.title, f.year, [s.day.isoformat() for s in f.screenings if s.day]) for f in records.films
    ] == [
        ("The Big Red One", 1980, ["2020-02-08"]),
        ("Somewhere to Be", 2018, ["2020-02-11"]),
    ]
    # the stage show's row is over no film: reported, not given to the film above
    assert [n.line for n in records.ambiguous if "not attached" in n.text] == [11]


def test_a_makers_nationality_is_no_part_of_the_name_and_a_remark_opens_no_title() -> None:
    records = read(
        "Australian Robert Nugent’s Memoirs of a Plague, a look at people and the locust,"
        " will open the festival."
    )
    assert films(records) == [("Memoirs of a Plague", ["Robert Nugent"])]
    # ``Naomi Kawase’s (Hanezu) Genpin``: the parentheses name another of her films
    assert problems("(Hanezu) Genpin") == ["it opens with a remark in parentheses"]


COUNTRY_ROWS = """
Saturday, November 23

12 noon to 6 pm WorldView Showcase

12:30 pm Tank Man (USA)

12:45 Age of Bryce (USA)

1 pm To the Boats (United Kingdom)

1:30 pm Adnan Far From Home (USA), Coffin Decolleté (Egypt)

2 pm How and Why Don Jose Has Vanished (Israel/Spain)

6:00 pm Awards Ceremony - Jack Rodgers Auditorium
"""


def test_rows_of_a_time_then_titles_each_with_its_countries() -> None:
    records = read(COUNTRY_ROWS, edition=2019)
    assert [(f.title, f.countries) for f in records.films] == [
        ("Tank Man", ["United States"]),
        ("Age of Bryce", ["United States"]),
        ("To the Boats", ["United Kingdom"]),
        ("Adnan Far From Home", ["United States"]),
        ("Coffin Decolleté", ["Egypt"]),
        ("How and Why Don Jose Has Vanished", ["Israel", "Spain"]),
    ]
    # ``12:45`` with no am or pm on a page that prints them: no showing is read
    assert [len(f.screenings) for f in records.films] == [1, 0, 1, 1, 1, 1]
    assert [n.line for n in records.ambiguous if "without am or pm" in n.text] == [7]
    # twice only: no schedule of films
    two = "\n".join(COUNTRY_ROWS.split("\n")[:9])
    assert films(read(two)) == []
    # no day line the reader can read (``11.23``: November 23 or a wrong day?): no showing
    undated = read(COUNTRY_ROWS.replace("Saturday, November 23", "Saturday 11.23"), edition=2019)
    assert [len(f.screenings) for f in undated.films] == [0] * 6
    assert [n.line for n in undated.ambiguous if "no day over it" in n.text] == [5, 9, 11, 13]


# --- the forty-sixth round's forms ------------------------------------------------------


def test_entries_each_with_a_link_over_one_films_fields_give_no_title() -> None:
    records = read(
        """
Freitag, 01.11.
Film am Freitag: M.C. Escher - Reise in die Unendlichkeit
Weitere Informationen
Deutschstunde
Weitere Informationen
Niederlande | 2018 | Dokumentarfilm | 80 Min. | Buch & Regie: Robin Lutz
"""
    )
    assert films(records) == []


def test_director_without_a_colon_and_a_value_under_its_label() -> None:
    found = classify(line("Director Paul Fegan"))
    assert found.kind is LineKind.META and found.meta is not None
    assert found.meta.directors == ["Paul Fegan"]
    assert classify(line("Directors Lab Berlin")).kind is not LineKind.META
    records = read(
        """
Year: 2024
Language:
English
Country:
United States
"""
    )
    assert films(records) == []  # ``English`` is the language's value, no title
    shorts = read(
        """
Feature:
SHARKWATER EXTINCTION
Rob Stewart
Canada, 2018, 87 min.
"""
    )
    assert films(shorts) == [("SHARKWATER EXTINCTION", ["Rob Stewart"])]


def test_a_jurors_own_films_are_not_the_programmes_and_a_title_in_two_scripts() -> None:
    records = read(
        "개막식에는 <포토그래픽 메모리>, <셔먼의 행진>을 연출한 로스 맥켈위(EIDF 2012 페스티벌"
        " 초이스 심사위원장, 하버드대 교수)가 자리할 계획이다. 개막작은 리 허쉬(Lee Hirsch)"
        " 감독의 <불리(Bully)>로, 학교에서 벌어지는 일을 들여다본 작품이다."
    )
    assert [(f.title, f.original_title) for f in records.films] == [("불리", "Bully")]


def test_a_venue_before_its_row_and_times_either_side_of_one_date() -> None:
    cells = read_schedule("GFT / Wed 24 Feb (13.30) with Q&A")
    assert [(c.date.day if c.date else None, c.hour, c.minute, c.venue) for c in cells] == [
        (24, 13, 30, "GFT")
    ]
    # ``Sun 21`` has no month: whose is 13.15 is not sure, and no showing is read wrongly
    # on the 22nd
    assert read_schedule("GFT / Sun 21 (13.15) & Mon 22 Feb (11.00)") == ()
    assert [c.venue for c in read_schedule("Sa 12.10. 18:00 Uhr mit Filmgespräch")] == [""]


def test_a_hall_printed_after_its_house_is_the_houses_screen() -> None:
    (cell,) = read_schedule(
        "Screening Date: Sunday, February 6, 2022 at 3pm - san marco theatre - Theatre 1"
    )
    assert split_screen(cell.venue) == ("san marco theatre", "1")
    assert split_screen("Scotiabank Theatre, Cinema 3") == ("Scotiabank Theatre", "3")
    assert split_screen("Cinema House, Red Hall") == ("Cinema House", "Red Hall")


# --- the forty-seventh round's forms ----------------------------------------------------


def test_a_stills_caption_an_events_numbered_edition_and_a_bullet_are_no_titles() -> None:
    assert problems("Frances Ha (2012) still", "Preview der 14. Ökofilmtour 2019") == [
        "it captions a picture (a still of the film)",
        "it names a festival's edition",
    ]
    assert split_title("◇ 북녘에서 온 노래") == ("북녘에서 온 노래", None)


def test_a_film_spoken_of_after_a_preposition_is_not_listed() -> None:
    records = read(
        "Alexandre O. Philippe devotes a whole film to the shower scene in Alfred Hitchcock’s"
        " Psycho, taking it apart shot by shot. The festival opens with Mark Fletcher’s"
        " Patrick and the Whale; Nick Collier’s Scout Master will have its premiere."
    )
    assert films(records) == [
        ("Patrick and the Whale", ["Mark Fletcher"]),
        ("Scout Master", ["Nick Collier"]),
    ]


def test_a_title_a_dash_and_directed_by_with_an_initial_in_the_name() -> None:
    assert read_title_dir("78/52 – Directed by Alexandre O. Philippe") is not None
    title, meta = read_title_dir("78/52 – Directed by Alexandre O. Philippe")
    assert (title, meta.directors) == ("78/52", ["Alexandre O. Philippe"])
    assert read_title_dir("The festival opens with Sunless, directed by Chris Marker") is None


def test_a_town_before_the_house_is_no_part_of_the_venue() -> None:
    (cell,) = read_schedule("08.10. – Schorndorf, Kino Kleine Fluchten, 19:30 Uhr")
    assert cell.venue == "Kino Kleine Fluchten"
    (hall,) = read_schedule("Fri, May 5 3:00 PM Scotiabank, Cinema 13")
    assert split_screen(hall.venue) == ("Scotiabank", "13")


# --- the forty-eighth round's forms -----------------------------------------------------


def test_a_programmes_label_is_no_name_and_a_film_compared_to_is_not_listed() -> None:
    assert not looks_like_name("Feature Presentation")
    assert not looks_like_name("Special Showcase")
    records = read(
        "An observational counterpart to Michael Moore’s Sicko, this film stays among the staff"
        " of a hospital. The festival opens with Mark Fletcher’s Patrick and the Whale."
    )
    assert films(records) == [("Patrick and the Whale", ["Mark Fletcher"])]


# --- the forty-ninth round's forms ------------------------------------------------------


def test_a_festivals_headline_and_a_quotation_left_open_are_no_titles() -> None:
    assert problems(
        "Viennale: Heimische Filmhighlights",
        "잠수사, 국가와 공동체가 왜 있는지와 평화가 무엇인지를 묻는",
        "섹스, 설교 그리고 정치",
    ) == [
        "it is a headline about a festival",
        "it runs on into the sentence (a quotation mark left open?)",
        None,
    ]


def test_a_title_with_its_director_year_and_runtime_in_parentheses() -> None:
    found = classify(line("I FOR INDIA (Sandhya Suri, 2005, 70 min)"))
    assert (found.kind, found.title) == (LineKind.INLINE, "I FOR INDIA")
    assert found.meta is not None and found.meta.directors == ["Sandhya Suri"]
    korean = classify(line("– 호산나 HOSANNA (나영길 감독 / 25′ / HD / 2014)"))
    assert korean.title == "호산나 HOSANNA" and korean.meta is not None
    assert korean.meta.directors == ["나영길"]
    bracketed = read_meta("[Dir. Otto Bell, UK, Kazakhstan, 2016, U, 87min]")
    assert (bracketed.directors, bracketed.year, bracketed.runtime, bracketed.unread) == (
        ["Otto Bell"],
        2016,
        "PT87M",
        [],
    )
    # a Korean weekday is no venue
    assert [c.venue for c in read_schedule("2014년 12월 10일 / 수요일 오후 7시 30분")] == [""]


# --- the fiftieth round's forms ---------------------------------------------------------


def test_a_premiere_flag_and_a_footnotes_mark_are_no_part_of_a_title() -> None:
    assert [split_title(t) for t in ("A LA CALLE (World Premiere)", "Die göttliche Ordnung*")] == [
        ("A LA CALLE", None),
        ("Die göttliche Ordnung", None),
    ]
    assert split_title("M*A*S*H") == ("M*A*S*H", None)


def test_a_television_series_and_a_festivals_slogan_in_quotes_are_no_films() -> None:
    german = read(
        "Wie die Natur das Klima schützt - Dokumentarfilm aus der ZDF-Reihe: „planet e“ von"
        " Roland Blum, 2017, 30 Minuten"
    )
    assert films(german) == []
    korean = read(
        "올해 슬로건은 ‘OF(F) COURSE’(오프코스)이며, 독립영화 모두에게 응원을 보낸다는 뜻이다."
    )
    assert films(korean) == []


# --- the fifty-first round's forms ------------------------------------------------------


def test_a_span_of_years_is_what_a_film_covers_not_its_year() -> None:
    assert read_meta("1901 – 1985").year is None
    assert classify(line("Britain on Film: Black Britain (1901 – 1985)")).kind is not (
        LineKind.INLINE
    )
    assert read_meta("Germany 2019 | 90 min").year == 2019


# --- the fifty-third round's forms ------------------------------------------------------


def test_a_series_label_and_its_name_is_no_title() -> None:
    assert problems("FILMREIHE Gesellschaft", "Series 7: The Contenders") == [
        "it names a series of films",
        None,
    ]


# --- the fifty-fourth round's forms -----------------------------------------------------


def test_a_rating_between_title_and_runtime_is_no_title_and_a_lone_day_is_reported() -> None:
    records = read(
        """
Now Showing

Harbour Lights

Rating: M - Violence

Running time: 1hr 44mins

FROM 12 MARCH

Directed by Ana Ruiz

An invented synopsis of a film about a lighthouse keeper and the town he watches over.
"""
    )
    assert films(records) == [("Harbour Lights", ["Ana Ruiz"])]
    assert records.films[0].runtime == "PT1H44M"
    assert [n.text for n in records.ambiguous] == [
        "a day with no time, not imported: FROM 12 MARCH"
    ]
    # the rating alone, with no title over it, is no film either
    assert films(read("Rating: M - Violence\n\nRunning time: 1hr 44mins")) == []


def test_a_version_flag_with_the_language_spoken_is_read() -> None:
    italian = read_meta("92 Min. – OmU (Italienisch)")
    assert (italian.runtime, italian.subtitles, italian.unread) == ("PT92M", ("de",), [])
    original = read_meta("98 Min. – Originalfassung (Deutsch)")
    assert (original.runtime, original.subtitles, original.unread) == ("PT98M", (), [])
    # a place in the parentheses is no language: the part stays unread
    assert read_meta("98 Min. – OmU (Lissabon)").unread == ["OmU (Lissabon)"]


def test_direction_and_script_with_a_stray_colon_name_the_director() -> None:
    assert read_meta("Österreich 2019 – Regie:, Buch: Jo Schmeiser").directors == ["Jo Schmeiser"]
    assert read_meta("Regie, Buch: Anna Berg").directors == ["Anna Berg"]


def test_a_talk_after_the_showing_is_no_venue_and_a_stop_ends_no_screens_name() -> None:
    talk = "Sonntag, 29. Mai 2022, 16 Uhr, Filmgespräch im Anschluss an die Vorführung:"
    assert [c.venue for c in read_schedule(talk)] == [""]
    assert [c.venue for c in read_schedule("Friday 16 October 2015 21:00, Odeon, Q&A")] == [""]
    bfi = [c.venue for c in read_schedule("Wednesday 14 October 2015 20:45, BFI Southbank, NFT2.")]
    assert [split_screen(v) for v in bfi] == [("BFI Southbank", "NFT2")]
    street = [c.venue for c in read_schedule("Saturday 3 May 2025 7pm, Hall on Main St.")]
    assert street == ["Hall on Main St."]


def test_a_pictures_file_name_is_no_title_and_the_title_over_it_is_read() -> None:
    assert problems("River Town - A doc.jpg", "foto_11.jpg", "Notes on a Map") == [
        "it is a file's name (a picture's)",
        "it is a file's name (a picture's)",
        None,
    ]
    records = read(
        """
THE LAST FERRY

The Last Ferry - poster.jpg

TICKETS: #4 - Saturday, October 26, 12:30PM AT MUSEUM

Director: Mia Stone | Producer: Mia Stone
"""
    )
    assert films(records) == [("THE LAST FERRY", ["Mia Stone"])]


def test_a_programmes_theme_in_a_headline_is_no_film() -> None:
    records = read(
        """
여러 얼굴로 보여주는 ‘작은 용기’
독립영화관 특별 기획전

‘여름에 건네는 작은 용기’라는 주제 아래 ‘바다의 시간’과 ‘푸른 골목’ 등 2편이 상영된다.
‘바다의 시간’은 한 섬마을의 사계절을 담은 다큐멘터리다.
"""
    )
    assert "작은 용기" not in [t for t, _ in films(records)]
    assert any(
        n.text == "not imported as a film: '작은 용기', the page names it as a theme"
        for n in records.ambiguous
    )


# --- the fifty-fifth round's forms ------------------------------------------------------


def test_a_copyright_credit_is_no_title() -> None:
    assert problems("© Frontyard Films", "(c) Some Studio", "Copyright Criminals") == [
        "it credits a picture",
        "it credits a picture",
        None,
    ]


def test_a_latin_line_under_a_korean_title_is_neither_director_nor_title() -> None:
    records = read(
        """
바다의 시간
Tide Hours
Korea | 2022 | 80min | Documentary
"""
    )
    assert films(records) == [("바다의 시간", [])]
    assert [n.text for n in records.ambiguous] == [
        "under the title '바다의 시간', its English title or its director's name, not"
        " imported: Tide Hours"
    ]


def test_slots_of_a_days_programme_each_hold_their_own_film() -> None:
    records = read(
        """
FESTIVAL PROGRAM 14th June 2025
Venue: The Old Mill, London

Saturday 14th June
11:00 am – Opening
11:10 am – Block 1: The Quiet Canal

Director: Ann Lee    Duration: 20 mins

An invented synopsis about a canal and the people who walk beside it every morning.

Followed by Q&A

12:10 pm – A talk on city birds

An invented paragraph about the talk, its pictures and what it argues.

12:30 pm
""",
        timezone="Europe/London",
        edition=2025,
    )
    assert films(records) == [("The Quiet Canal", ["Ann Lee"])]
    assert records.films[0].runtime == "PT20M"
    assert starts(records) == [("The Quiet Canal", "2025-06-14T11:10:00+01:00", "The Old Mill")]
    notes = [n.text for n in records.ambiguous]
    assert "a row naming another title, not attached: 12:10 pm – A talk on city birds" in notes
    # a slot whose item the capture lost: another slot still
    assert "a row of another slot, not attached: 12:30 pm" in notes
    assert problems("Followed by Q&A") == [
        "it notes something about the showing (guests, jury, languages)"
    ]


def test_a_ticket_number_is_no_slots_title() -> None:
    records = read(
        """
THE LAST FERRY

TICKETS: #18 - Saturday, October 26, 12:30PM AT MUSEUM

Director: Mia Stone | Producer: Mia Stone
"""
    )
    assert films(records) == [("THE LAST FERRY", ["Mia Stone"])]


def test_countries_with_the_year_in_parentheses_are_fields() -> None:
    meta = read_meta("New Zealand (2007) 18 minutes")
    assert (meta.countries, meta.year, meta.runtime, meta.unread) == (
        ["New Zealand"],
        2007,
        "PT18M",
        [],
    )
    assert field_only("Common Scents (2007) 3 minutes") is None


def test_a_title_then_dir_and_the_fields_on_one_line() -> None:
    found = classify(line("Lost Ones Dir. Andrew McVicar. UK 2024. 13 min. Language: English"))
    assert (found.kind, found.title) == (LineKind.INLINE, "Lost Ones")
    assert found.meta is not None and found.meta.directors == ["Andrew McVicar"]
    assert (found.meta.year, found.meta.runtime) == (2024, "PT13M")
    # the title before the label is never a director's name
    assert "Lost Ones Dir" not in read_meta("Lost Ones Dir. Andrew McVicar. UK 2024").directors
    # countries and a year before the label are the fields, no title
    fields = classify(line("Palestine-USA-Qatar 2018. Dir Bassam Jarbawi. 108min. Digital. 15"))
    assert fields.title is None


def test_a_film_after_a_twelve_am_time_is_read_without_its_time() -> None:
    records = read(
        """
Sunday, Oct. 7, 2012

Harbour Hall

11 a.m. “Salt and Stone” (2012, USA), 54 minutes

12:30 a.m. "Low Tide" (2011, Germany/Bolivia), 48 minutes

1:30 p.m. “North Road” (2012, Canada), 46 minutes
""",
        timezone="America/New_York",
    )
    assert [t for t, _ in films(records)] == ["Salt and Stone", "Low Tide", "North Road"]
    assert [t for t, _, _ in starts(records)] == ["Salt and Stone", "North Road"]
    assert "time not imported: 12:30 am: midnight, or noon printed so? not read" in [
        n.text for n in records.ambiguous
    ]


def test_a_row_naming_another_title_after_a_dash_is_not_the_films() -> None:
    records = read(
        """
Saturday 14 June 2025

The Quiet Canal
Director: Ann Lee | UK 2024 | 20 min
11:00 am, The Old Mill
12:10 pm – Birds of the City
""",
        timezone="Europe/London",
    )
    assert starts(records) == [("The Quiet Canal", "2025-06-14T11:00:00+01:00", "The Old Mill")]
    assert "a row naming another title, not attached: 12:10 pm – Birds of the City" in [
        n.text for n in records.ambiguous
    ]


# --- the fifty-sixth round's forms ------------------------------------------------------


def test_a_flag_before_the_day_is_no_slots_title() -> None:
    records = read(
        """
Salt Marsh

SNEAK PREVIEW – Friday, October 14 at the Harbour Theatre // 7pm

Directors: Ann Lee | Country: United Kingdom | Length: 1:24:00
""",
        edition=2022,
    )
    assert "SNEAK PREVIEW –" not in [t for t, _ in films(records)]


# --- the fifty-seventh round's forms ----------------------------------------------------


PROGRAMME_WITH_ITS_HOUSE = """
Islands 2

Salón Teatro

Length: 64m 10s

Las olas

The Waves

Marta Ruiz

  • 2019
  • 14:00
  • Spain
  • DOC
"""


def test_a_programmes_house_and_length_and_a_name_under_two_titles_are_no_films() -> None:
    records = read(PROGRAMME_WITH_ITS_HOUSE)
    # neither the house (``Salón Teatro``, with the programme's length) nor the name under
    # a title and its translation (``Marta Ruiz``: the director, or a title?) is a film
    assert films(records) == []
    # a title in capitals over the name, or fields that credit the director, tell
    assert films(read("Programm\n\nTHE WAVES\n\nMarta Ruiz\n\nSpain, 2019 / 14 min")) == [
        ("THE WAVES", ["Marta Ruiz"])
    ]


def test_a_states_name_before_a_possessive_is_no_makers() -> None:
    records = read(
        "A new documentary follows a four-day kayak trip down New Jersey’s Passaic River."
        " Maria Lopez’s Salt Lines, both shown in April."
    )
    assert films(records) == [("Salt Lines", ["Maria Lopez"])]


def test_labelled_lines_of_a_societys_programme() -> None:
    records = read(
        """
Film Title: Salt Lines
Director(s): Maria Lopez
Film Origin: Canada
Film Release Year: 2016
An invented synopsis of a film about a fishing town and the families who stay.
"""
    )
    assert films(records) == [("Salt Lines", ["Maria Lopez"])]
    assert (records.films[0].year, records.films[0].countries) == (2016, ["Canada"])


# --- the fifty-eighth round's forms -----------------------------------------------------


def test_a_span_of_times_gives_its_start_the_ends_half_of_the_day() -> None:
    assert [t.value for t in find_times("Thursday, March 29, 7 – 9 pm")] == [
        time(19, 0),
        time(21, 0),
    ]
    assert [t.value for t in find_times("1:30 – 3:00 pm")] == [time(13, 30), time(15, 0)]
    assert [t.value for t in find_times("11 – 1 pm")] == [time(11, 0), time(13, 0)]
    # a day, then a time: the day is no start
    assert [t.value for t in find_times("Thursday Nov 7 - 9 p.m.")] == [time(21, 0)]
    # ``Uhr`` after the end: 24-hour times, and the first no venue
    assert [
        (c.hour, c.venue) for c in read_schedule("Freitag, 5. Mai 2023, 19 – 21 Uhr, Kino")
    ] == [(19, "Kino")]
    assert [t.value for t in find_times("10–12h")] == [time(10, 0), time(12, 0)]


def test_a_link_to_a_flyer_is_no_title_and_an_evening_span_starts_in_the_evening() -> None:
    records = read(
        """
Small Screens Festival
March 29-31, 2007
Download the Flyer
The House on the Hill
Ann Lee, 52 min., 2002
Thursday, March 29, 7 – 9 pm
""",
        edition=2007,
        timezone="America/Chicago",
    )
    assert films(records) == [("The House on the Hill", ["Ann Lee"])]
    assert [s.start for f in records.films for s in f.screenings] == [time(19, 0)]


def test_a_numbered_heading_of_a_notice_is_no_title() -> None:
    assert problems("3. 개·폐막작 정보", "2) 상영 일정", "12 Years a Slave") == [
        "it is a numbered heading of the page (information on what follows)",
        "it is a numbered heading of the page (information on what follows)",
        None,
    ]


def test_an_english_title_with_a_year_in_the_korean_titles_parentheses() -> None:
    comma = read("김민지 감독의 장편 다큐멘터리 '바다의 시간(Tide Hours, 2019)'이 상영된다.")
    assert [(f.title, f.original_title, f.year) for f in comma.films] == [
        ("바다의 시간", "Tide Hours", 2019)
    ]
    # no comma: the film's year, or a year in the title? Neither is stated
    spaced = read("김민지 감독의 장편 다큐멘터리 '바다의 시간(Tide Hours 2019)'이 상영된다.")
    assert [(f.title, f.original_title, f.year) for f in spaced.films] == [
        ("바다의 시간", None, None)
    ]


def test_a_bodys_name_before_a_possessive_is_no_makers() -> None:
    records = read(
        "The festival, run by the Sierra Club’s Falls of the James Group, opens with"
        " Maria Lopez’s Salt Lines, shown in April."
    )
    assert films(records) == [("Salt Lines", ["Maria Lopez"])]


def test_a_price_and_a_programmes_name_after_the_time_are_no_venues() -> None:
    rows = (
        "Friday, February 1, 2019 7:00 PM FREE",
        "18. September 2022 – 18:00 Uhr – Dokumentarisches Trio",
        "16.00 Small Axe Short Films (28 mins)",
        "Samstag, 6. Mai 2023, 19 Uhr, Eintritt frei",
    )
    assert [[c.venue for c in read_schedule(r)] for r in rows] == [[""], [""], [""], [""]]
    # a cinema named for its kind of programme is a venue
    assert [c.venue for c in read_schedule("Sa 6.5.2023 19 Uhr Programmkino Ost")] == [
        "Programmkino Ost"
    ]


# --- the sixty-first round's forms ------------------------------------------------------


def test_markup_left_in_a_schema_org_name_is_no_part_of_the_title() -> None:
    markup = """<html><head><script type="application/ld+json">
    {"@context": "http://schema.org", "@type": "ScreeningEvent",
     "name": "SALT LINES: <br>PART II &amp; III ", "startDate": "",
     "workPresented": {"@type": "Movie", "name": "SALT LINES: <br>PART II &amp; III ",
                       "director": ""}}
    </script></head><body><p>An invented note.</p></body></html>"""
    assert [f.title for f in structured_films(markup)] == ["SALT LINES: PART II & III"]


def test_a_stop_inside_the_quotes_is_the_sentences_and_a_year_in_parentheses_no_title() -> None:
    assert split_title("“Christmas Lights.”") == ("Christmas Lights", None)
    assert split_title("“Meet Mr.”") == ("Meet Mr.", None)
    assert split_title("„Heimat.“") == ("Heimat.", None)
    assert split_title("“Salt Lines” (2019)") == ("Salt Lines", None)
    assert split_title("“Salt Lines” (Sal y líneas)") == ("Salt Lines", "Sal y líneas")


def test_a_code_after_a_korean_title_is_no_english_title() -> None:
    assert split_title("빨간마스크 KF94") == ("빨간마스크 KF94", None)
    assert split_title("그 날 One Warm Spring Day") == ("그 날", "One Warm Spring Day")


# --- the sixty-third round's forms ------------------------------------------------------


def test_a_label_over_the_fields_is_no_title() -> None:
    assert problems("Film Info", "Filminfos", "작품 정보", "Film Infinity") == [
        "it labels the film's fields (Film Info, Details)",
        "it labels the film's fields (Film Info, Details)",
        "it labels the film's fields (Film Info, Details)",
        None,
    ]


# --- the sixty-fourth round's forms -----------------------------------------------------


LABELLED_SHOWINGS = """
Harbour Documentary Festival 2026 — Sydney

The Quiet Canal

Directors: Ann Lee, Tom Ito

Duration: 70 minutes

Genre: Documentary (Italy/France, 2025)

An invented synopsis of a film about a canal and the people who walk beside it.

Screening: Friday, 6 February 2026
Time: 8.15 PM
Cinema: Dendy Newtown, Sydney

Screening: Sunday 15 February 2026

Time: 6.30 PM
Cinema: Dendy Newtown, Sydney
"""


def test_labelled_showings_and_labelled_fields_a_paragraph_each() -> None:
    records = read(LABELLED_SHOWINGS)
    assert films(records) == [("The Quiet Canal", ["Ann Lee", "Tom Ito"])]
    film = records.films[0]
    assert (film.year, film.runtime, film.countries) == (2025, "PT70M", ["Italy", "France"])
    assert records.context.zone == "Australia/Sydney"
    assert starts(records) == [
        ("The Quiet Canal", "2026-02-06T20:15:00+11:00", "Dendy Newtown"),
        ("The Quiet Canal", "2026-02-15T18:30:00+11:00", "Dendy Newtown"),
    ]
    # a labelled day with no time under it stays a day, and is reported
    day_only = read(LABELLED_SHOWINGS.replace("Time: 8.15 PM\n", ""))
    assert [s for s in starts(day_only) if s[1].startswith("2026-02-06")] == []


def test_a_genre_label_with_fields_and_a_numbered_programme_are_no_titles() -> None:
    found = classify(line("Genre: Documentary (Italy/France, 2025)"))
    assert found.kind is LineKind.META and found.meta is not None
    assert (found.meta.countries, found.meta.year) == (["Italy", "France"], 2025)
    assert read_meta("Genre: Documentary, Drama").unread == []
    assert problems("Program 1b: LA Stories", "Block 3 – Animation", "Program Notes") == [
        "it names a numbered programme of the festival, not a film",
        "it names a numbered programme of the festival, not a film",
        None,
    ]


# --- the sixty-fifth round's forms ------------------------------------------------------


def test_a_headline_over_a_byline_and_its_date_is_no_film() -> None:
    records = read(
        """
Harbour Docs reveals its full lineup

By Ann Lee
March 28, 2023

An invented paragraph about the festival's programme and its numbers.
"""
    )
    assert films(records) == []


def test_a_possessive_inside_a_longer_title_is_no_makers() -> None:
    records = read(
        "The line-up includes Maria Lopez’s strange tale The Woman Who Lost Rembrandt’s"
        " Ring; and Tom Ito’s Salt Lines, shown in April."
    )
    assert "Ring" not in [t for t, _ in films(records)]
    assert ("Salt Lines", ["Tom Ito"]) in films(records)


# --- the sixty-sixth round's forms ------------------------------------------------------


def test_a_quoted_name_followed_by_a_word_for_a_section_is_no_film() -> None:
    records = read(
        "올해는 지역 영화를 한데 모아 보여주는 '시네마틱 바다' 부문에 무게를 실었다."
        " 개막작은 김민지 감독의 '바다의 시간'이다."
    )
    assert films(records) == [("바다의 시간", ["김민지"])]


# --- the sixty-eighth round's forms -----------------------------------------------------


def test_a_cinema_under_a_row_that_runs_on_is_no_title() -> None:
    records = read(
        """
Filmclub 7. Januar 2016, 20.00 Uhr,
Luxor-Kino Wiesloch-Walldorf
Das Salz der Erde – Regie: Wim Wenders – 110 Minuten
Ein erfundener Satz über einen Fotografen und seine Bilder.
"""
    )
    assert "Luxor-Kino Wiesloch-Walldorf" not in [t for t, _ in films(records)]


def test_films_a_sentence_names_as_other_works_are_no_programme_films() -> None:
    records = read(
        "The two have also taken roles on other productions of their company, among them"
        " Ann Lee’s Salt Lines and Tom Ito’s Harbour Lights. This program brings together"
        " four of their films."
    )
    assert films(records) == []


# --- the sixty-ninth round's forms ------------------------------------------------------


def test_a_part_of_a_numbered_list_is_no_film() -> None:
    records = read(
        """
25.3.2010: Thema Wald
18:30 Waldgeschichten
1. Im Schatten der Eichen (45 min.)
2. Der lange Winter
"""
    )
    assert "1. Im Schatten der Eichen" not in [t for t, _ in films(records)]
    assert problems("1. Im Schatten der Eichen") == [
        "it opens with a list's number: an item or a part of a numbered list"
    ]


def test_a_body_named_before_a_possessive_names_no_maker() -> None:
    records = read(
        "Presented by the Rights Institute and the School of Fine Art’s Department of"
        " Digital Media and Design."
    )
    assert films(records) == []
    # a screening of a maker's film is still one
    records = read("Join us on Thursday for a screening of Ann Lee’s Salt Lines (2008).")
    assert films(records) == [("Salt Lines", ["Ann Lee"])]


def test_a_title_and_a_runtime_alone_name_no_director() -> None:
    meta = read_meta("Salt Lines | 28 minutes")
    assert (meta.directors, meta.runtime, meta.unread) == ([], "PT28M", ["Salt Lines"])
    # a name before more fields than a runtime is still the director's
    assert read_meta("Ann Lee | USA | 2019 | 28 min").directors == ["Ann Lee"]
    assert read_meta("Ann Lee | 5 min | 35mm").directors == ["Ann Lee"]


def test_a_talk_with_a_guest_and_a_producers_credit_are_no_titles() -> None:
    records = read(
        """
Sunday, October 20

Salt Lines

* Q&A with Ann Lee

Salt Lines | 28 minutes

Producers: Ann Lee
Country: USA | World Premiere

An invented sentence about salt flats and the people who work them.
"""
    )
    assert [t for t, _ in films(records)] == []
    assert problems("Q&A with Ann Lee", "Producers: Ann Lee", "Talk to Her") == [
        "it announces a talk with a guest",
        "it is a labelled field",
        None,
    ]


def test_a_weekday_after_a_screen_number_starts_the_next_showing() -> None:
    cells = read_schedule(
        "Friday 7th October 12:40pm - Light Cinema Screen 3 Saturday 8th October 2:00pm"
        " - Light Cinema Screen 2"
    )
    assert [(c.date and c.date.weekday, c.date and c.date.day, c.venue) for c in cells] == [
        (4, 7, "Light Cinema Screen 3"),
        (5, 8, "Light Cinema Screen 2"),
    ]


def test_an_online_window_is_no_venue() -> None:
    (cell,) = read_schedule("Wednesday 19th October Available for 48 hrs from 4:30pm")
    assert (cell.hour, cell.minute, cell.venue) == (16, 30, "")
    (cell,) = read_schedule("Sat 16 March 20:30 Online")
    assert cell.venue == ""


# --- the festival of a page, judged since the seventieth round ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "18. Okt / 18:30 / Festivalzentrum D'24",  # a day, and a compound of Festival-
        "제27회 부산국제영화제 뉴 커런츠상과 제48회 서울독립영화제 대상을 받은 '괴인'",
        "44회 서울독립영화제 대상 수상작으로 한 사람의 행방을 좇는 <김군>",  # a prize won there
        "19회째인 올해 영화제는 장·단편 다큐멘터리 31편을 상영한다.",  # no name
    ],
)
def test_lines_that_name_no_festival_of_the_page(text: str) -> None:
    assert read_banner(line(text)) is None


@pytest.mark.parametrize(
    ("text", "name", "number"),
    [
        ("2.-12.5: DOK.fest 2024 - Programm im Neuen Rottmann", "DOK.fest", None),
        (
            "22nd THESSALONIKI DOCUMENTARY FESTIVAL [19-28/5/2020]",
            "THESSALONIKI DOCUMENTARY FESTIVAL",
            22,
        ),
        (
            "'서울독립영화제 2018'이 특별초청 국내부문 상영작 34편을 공개했다.",
            "서울독립영화제",
            None,
        ),
        (
            "17th Travelling Film Festival watch docs HUMAN RIGHTS IN FILMS",
            "Travelling Film Festival watch docs HUMAN RIGHTS IN FILMS",
            17,
        ),
        # a verb in capitals still ends the name
        (
            "THE 15TH ANNUAL NEW YORK KOREAN FILM FESTIVAL RETURNS TO MUSEUM OF THE MOVING IMAGE",
            "NEW YORK KOREAN FILM FESTIVAL",
            15,
        ),
        (
            "제 22회 서울국제여성영화제는 9월 10일부터 9월 16일까지 열린다.",
            "서울국제여성영화제",
            22,
        ),
    ],
)
def test_a_festivals_name_without_the_days_marks_or_rest_around_it(
    text: str, name: str, number: int | None
) -> None:
    banner = read_banner(line(text))
    assert banner is not None and (banner.name, banner.number) == (name, number)


# --- the seventieth round's forms ---------------------------------------------------------


def test_the_kind_of_film_before_a_colon_labels_the_title() -> None:
    film = FilmRecord(title="Dokumentarfilm: Gestrandet", line=1)
    vetted(film)
    assert (film.title, film.documentary) == ("Gestrandet", True)
    film = FilmRecord(title="Kurzfilm: Salt Lines", line=1)
    vetted(film)
    assert (film.title, film.documentary) == ("Salt Lines", False)


def test_no_edition_year_whose_weekdays_the_rows_do_not_have() -> None:
    # a 2011 archive page under the site's banner for the 2018 festival
    records = read(
        """
DOK Leipzig 29. Oktober – 4. November 2018
Internationaler Wettbewerb 2011

Fr, 21.10. 11:00 Uhr CineStar 8
Sa, 22.10. 17:30 Uhr Wintergarten
Salzlinien
R: Ann Lee
Deutschland, 2011, 80:00 min
"""
    )
    assert records.context.year is None
    assert any(
        "edition year not chosen: 2018" in n.text and "weekdays of 2 rows" in n.text
        for n in records.ambiguous
    )


def test_a_prize_won_at_an_edition_is_no_banner_and_no_title() -> None:
    assert read_banner(line("MIFF 2017 Audience Award Second Place")) is None
    assert read_banner(line("DOK Leipzig 2019 Preisträger")) is None
    assert problems("MIFF 2017 Audience Award Second Place") == [
        "it names a prize won at a festival"
    ]
    banner = read_banner(line("DOK Leipzig 2019 Programm"))
    assert banner is not None and banner.year == 2019


# --- the seventy-first round's forms ------------------------------------------------------


def test_a_festival_day_before_a_title_labels_it() -> None:
    records = read(
        """
Day 1: Salt Lines (Australia, 74 minutes)

An invented sentence about salt flats, and where the film is shown.
"""
    )
    assert [t for t, _ in films(records)] == ["Salt Lines"]


def test_a_word_between_two_times_is_no_venue() -> None:
    cells = read_schedule("Thursday April 28 - 5pm and 7:30pm")
    assert [(c.hour, c.minute, c.venue) for c in cells] == [(17, 0, ""), (19, 30, "")]


# --- synopses: another film's text is not this film's (a scan of the corpus's descriptions)


def synopses(records: ProgrammeRecords) -> dict[str, list[str]]:
    return {f.title: f.synopsis for f in records.films}


def test_paragraphs_under_another_films_heading_are_not_the_last_films_synopsis() -> None:
    records = read(
        """
Short Documentaries Featured:

• Salt Lines (10mins)
• Harbour Lights (5 mins)

Salt Lines - 10mins
An invented sentence about salt flats, the work on them and the people who do it.

Harbour Lights - 5mins
An invented sentence about a harbour at night, its lamps and the boats coming in.
"""
    )
    assert synopses(records) == {"Salt Lines": [], "Harbour Lights": []}
    assert any("another film's heading under 'Harbour Lights'" in n.text for n in records.ambiguous)


def test_a_paragraph_or_an_entry_of_another_film_ends_a_films_synopsis() -> None:
    records = read(
        """
SALZLINIEN
Regie: Ann Lee
Deutschland 2019, 80 Min.
Ein erfundener Satz über Salzwiesen, über die Arbeit dort und die Menschen, die sie tun.
HAFENLICHTER von Tom Ito und Eva Berg (20.00 Uhr) und ein Gespräch mit den beiden.
"""
    )
    film = records.films[0]
    assert film.title == "SALZLINIEN"
    assert film.synopsis == [
        "Ein erfundener Satz über Salzwiesen, über die Arbeit dort und die Menschen, die sie tun."
    ]


# --- the seventy-second round's forms -----------------------------------------------------


def test_a_possessive_after_a_titles_dash_is_inside_the_title() -> None:
    records = read(
        "Saltwater - Old Ann’s Voyage to the Edge of the Map is a documentary about a"
        " sailor no longer young, and this very funny film follows her to the last port."
    )
    assert films(records) == []


# --- the seventy-third round's forms ------------------------------------------------------


def test_a_link_of_the_sites_navigation_is_no_title() -> None:
    assert problems(
        "Back to Program Overview »", "Zurück zur Übersicht", "Back to the Fatherland"
    ) == ["it is a link of the site's navigation", "it is a link of the site's navigation", None]


# --- the seventy-fourth round's forms -----------------------------------------------------


def test_credit_lines_and_a_film_shown_with_another_are_no_titles() -> None:
    assert problems(
        "A BBC Documentary",
        "A Tribe of Heart Documentary",
        "Produced & Directed",
        "Preceded by the film “Salt Lines”",
        "A Man Called Ove",
    ) == [
        "it credits the film's makers, it is no title",
        "it credits the film's makers, it is no title",
        "it credits the film's makers, it is no title",
        "it says what is shown with another film",
        None,
    ]


def test_a_title_in_spaced_guillemets_is_no_navigation() -> None:
    assert problems("« Nos défaites »", "Weiter zum Programm ›") == [
        None,
        "it is a link of the site's navigation",
    ]


# --- the seventy-fifth round's forms ------------------------------------------------------


def test_a_kind_before_fields_and_a_lines_stop_are_fields() -> None:
    meta = read_meta("Dokumentarfilm Schweiz 2016")
    assert (meta.countries, meta.year, meta.documentary, meta.unread) == (
        ["Switzerland"],
        2016,
        True,
        [],
    )
    assert read_meta("Spielfilm Deutschland / Türkei 2004").countries == ["Germany", "Turkey"]
    assert read_meta("Deutschland 2018.").year == 2018


def test_lines_of_fields_and_a_prizes_name_are_no_titles() -> None:
    assert problems(
        "Deutschland 2018.",
        "Dokumentarfilm Schweiz 2016",
        "Friedenspreis des Deutschen Films",
        "Audience Award for Best Documentary",
        "The Prize",
    ) == [
        "it is a line of fields",
        "it is a line of fields",
        "it names a prize",
        "it names a prize",
        None,
    ]


def test_a_colon_after_the_films_makers_lists_no_titles() -> None:
    records = read(
        "Seven short films made by and about Native Americans: Mohawk, Navajo, Muscogee,"
        " Chicksaw and Blackfoot."
    )
    assert films(records) == []


def test_a_link_to_read_more_after_the_fields_is_no_part_of_the_title() -> None:
    item = classify(line("Transocean, Musikvideo, 2018, 4 Min. mehr"))
    assert item.meta is not None
    assert (item.meta.year, item.meta.runtime, item.meta.unread) == (2018, "PT4M", ["Transocean"])


def test_an_auditorium_has_no_numbered_screens() -> None:
    assert split_screen("Joyce Hergenhan Auditorium, Newhouse 3") == (
        "Joyce Hergenhan Auditorium, Newhouse 3",
        None,
    )
    assert split_screen("Cinestar 5") == ("Cinestar", "5")


def test_a_sentence_crediting_a_funder_is_no_title() -> None:
    assert problems(
        "Das Kulturhaus-Kino wird gefördert durch das Bezirksamt Harburg",
        "The series is generously supported by the Arts Council",
    ) == ["it credits a partner", "it credits a partner"]


# --- lines a page without its blank lines puts over a film's fields (a layout perturbed) --


def test_remarks_credits_and_the_pages_headings_are_no_titles() -> None:
    assert problems(
        "Spring 2018 Season",
        "2020 Spring Cinema Series",
        "Festival Schedule 2022",
        "Documentaries block",
        "2019-20, this season's films",
        "Screening in the presence of director Ann Lee",
        "Discussant: Ann Lee",
        "Tickets available HERE",
        "R+B: Ann Lee.",
        "de Ann Lee et Tom Ito",
        "(Ann Lee)/Taiwan",
        "19 wins and 38 nominations",
        "ZUM 30. JUBILÄUM DES FILMS",
        "#18 -",
        "Hot Docs reveals full lineup for its festival",
        "Campus Center holds doc screenings, Top of Page",
        # titles that stay titles
        "The Fifth Season",
        "A Season in France",
    ) == [
        "it names the page's programme or season, not a film",
        "it names the page's programme or season, not a film",
        "it names the page's programme or season, not a film",
        "it names the page's programme or season, not a film",
        "it names the page's programme or season, not a film",
        "it is a remark on the showing",
        "it is a remark on the showing",
        "it is a remark on the showing",
        "it is a line of fields",  # ``R+B:`` labels the director
        "it is a credit of makers",
        "it is a remark on a film, not its title",
        "it is a remark on a film, not its title",
        "it is a remark on a film, not its title",
        "it ends in a dash: a piece of a longer line",
        "it is a news headline",
        "it is a link of the site's navigation",
        None,
        None,
    ]


def test_how_a_film_is_shown_and_its_strand_label_its_title() -> None:
    film = FilmRecord(title="Bike Vessel - Virtual Screening", line=1)
    shown = FilmRecord(title="Showcase: The Rainbow Prince", line=2)
    vetted(film, shown)
    assert (film.title, shown.title) == ("Bike Vessel", "The Rainbow Prince")


def test_a_heading_of_the_page_is_no_other_title_of_the_film() -> None:
    film = FilmRecord(title="Müllers Büro", line=1, original_title="ZUM 30. JUBILÄUM DES FILMS")
    other = FilmRecord(title="Deminers", line=5, original_title="Dokumentarfilme International")
    records = vetted(film, other)
    assert (film.original_title, other.original_title) == (None, None)
    assert len(records.ambiguous) == 2


def test_a_festivals_or_a_regions_premiere_is_a_premiere_flag() -> None:
    from dockg.ingest.reader.fields import is_premiere

    assert is_premiere("Festival Premiere") and is_premiere("Midwest Premiere")
    assert not is_premiere("Premiere Night Party")


# --- the seventy-sixth round's forms ------------------------------------------------------


def test_a_prizes_category_is_no_title() -> None:
    assert problems("Best Film French (English subtitles)", "Best Documentary Short") == [
        "it names a prize",
        "it names a prize",
    ]


def test_the_festivals_title_in_angle_brackets_is_no_film() -> None:
    records = read(
        "하반기 영화제의 제목은 <저항하는 사람들>로, 노동자들의 이야기를 모았다."
        " 개막작은 <바다의 시간>이다."
    )
    assert [t for t, _ in films(records)] == ["바다의 시간"]


def test_punctuation_alone_is_no_title_even_over_fields() -> None:
    film = FilmRecord(title="(", line=1, year=2019, directors=[("Ann Lee", 2)])
    assert title_problem(film) == "it has no letter or digit"
    # a title of digits over a director and a field is one
    film = FilmRecord(title="1917", line=1, year=2019, directors=[("Sam Mendes", 2)])
    assert title_problem(film) is None


# --- the seventy-seventh round's forms ----------------------------------------------------


def test_a_festivals_name_and_a_footnote_are_no_films() -> None:
    records = read(
        "8월 22일 -23일 <이주노동자 영화제>특별상영 안내\n\n"
        "8월 22일과 23일, 이주노동자 영화제가 이곳 관객을 만나러 옵니다."
    )
    assert films(records) == []
    assert problems("*지역 상영 가능 작품")[0] == "it is a note (a footnote's mark)"


def test_a_note_in_parentheses_leaves_the_english_title_as_the_other() -> None:
    film = FilmRecord(title="리터니 (Returnee)", line=1, original_title="*지역 상영 가능 작품")
    vetted(film)
    assert (film.title, film.original_title) == ("리터니", "Returnee")


def test_the_kind_after_a_dash_is_no_part_of_the_title() -> None:
    film = FilmRecord(title="Salt Lines Documentary – Documentary", line=1)
    vetted(film)
    assert (film.title, film.documentary) == ("Salt Lines Documentary", True)


def test_the_fields_again_in_latin_letters_add_no_second_director() -> None:
    records = read(
        """
리터니 (Returnee)
마붑 알엄 펄럽/한국,방글라데시/25분/다큐/칼라/2009
Mahbub Alam Pollob/Korea,Bangladesh/25min/Documentary/Color/2009
"""
    )
    assert [(f.title, [n for n, _ in f.directors]) for f in records.films] == [
        ("리터니", ["마붑 알엄 펄럽"])
    ]


def test_a_prize_after_a_dash_is_no_banner_and_a_list_heading_no_title() -> None:
    assert read_banner(line("Berlinale 2018 – Großer Preis für Bester Dokumentarfilm")) is None
    assert problems("2020 FILMS A-C", "Filme A-Z") == [
        "it names the page's programme or season, not a film",
        "it names the page's programme or season, not a film",
    ]


def test_a_premiere_flag_after_a_dash_leaves_the_title() -> None:
    film = FilmRecord(title="Salt Lines: A Home Documentary – Festival Premiere", line=1)
    vetted(film)
    assert (film.title, film.premiere) == (
        "Salt Lines: A Home Documentary",
        (1, "Festival Premiere"),
    )


# --- the seventy-eighth round's forms -----------------------------------------------------


def test_a_places_premiere_in_one_german_word_is_a_premiere_flag() -> None:
    from dockg.ingest.reader.fields import is_premiere

    assert is_premiere("Münchenpremiere") and is_premiere("Österreichpremiere")
    assert not is_premiere("Premiere")
    film = FilmRecord(title="Münchenpremiere: Salzlinien, bei Nacht", line=1)
    vetted(film)
    assert (film.title, film.premiere) == ("Salzlinien, bei Nacht", (1, "Münchenpremiere"))


# --- the seventy-ninth round's forms ------------------------------------------------------


def test_a_posters_alt_text_glued_to_the_title_is_dropped() -> None:
    film = FilmRecord(title="salt lines movie posterSalt Lines,", line=1)
    vetted(film)
    assert film.title == "Salt Lines"


def test_how_a_showing_is_given_and_a_day_first_are_no_titles() -> None:
    assert problems("온라인 생중계", "Livestream", "10/05 Chicago Boys") == [
        "it says how the showing is given",
        "it says how the showing is given",
        "it opens with a day (dd/mm or mm/dd), which is not read",
    ]


def test_a_film_project_and_a_place_in_angle_brackets_are_no_films() -> None:
    records = read(
        "4월 15일(월) 마을활력소 <초록뜰> 2층에서 상영한다. 영화 프로젝트 <봄이온다>는"
        " 세 편짜리 옴니버스로, <세 가지 안부>를 묻는다."
    )
    assert [t for t, _ in films(records)] == ["세 가지 안부"]


def test_a_festivals_kind_alone_is_no_banner() -> None:
    assert read_banner(line("12. Festival des Umwelt- und Naturfilms, Ökofilmtour 2017")) is None


def test_another_films_entry_in_prose_takes_the_rows_under_it() -> None:
    records = read(
        """
Salt Lines, (2020) Dir. Ann Lee

Monday, Feb. 6, 2023, 6:30 p.m. - Kino Nord

An invented sentence about salt flats and the people who work them, long enough to be prose.

Harbour Lights, (2009) Dirs. Tom Ito and Eva Berg, an entry the page prints as prose.

Monday, Mar. 20, 2023, 6:30 p.m. - Kino Nord
"""
    )
    (film,) = records.films
    assert [s.day.isoformat() for s in film.screenings if s.day] == ["2023-02-06"]


# --- the eightieth round's forms ----------------------------------------------------------


def test_a_reporters_byline_is_no_title() -> None:
    assert problems("김용남 기자")[0] == "it is a byline (a reporter's name)"


def test_a_year_after_the_other_title_is_the_films() -> None:
    film = FilmRecord(title="어느 날 그 길에서", line=1, original_title="On The Road One Day 2006")
    vetted(film)
    assert (film.original_title, film.year) == ("On The Road One Day", 2006)


def test_a_role_before_a_makers_name_is_no_part_of_it() -> None:
    records = read(
        "Am Samstag, dem 26. November 2022, wird im Cinema die Dokumentation"
        " „Salzlinien“ von Regisseur Jonas Alter gezeigt."
    )
    assert films(records) == [("Salzlinien", ["Jonas Alter"])]


def test_punctuation_where_a_sections_name_stands_names_no_section() -> None:
    from rdflib import URIRef

    from dockg.ingest.programme_build import build_programme
    from dockg.namespaces import DOCKG, RDF

    film = FilmRecord(title="Salt Lines", line=3, section=(2, "-"))
    records = ProgrammeRecords(PageContext(year=2017), [film], [], [])
    built = build_programme(
        records,
        slug="page-test",
        festival=URIRef("https://w3id.org/dockg/id/festival/sdaff"),
        festival_name="SDAFF",
        festival_known=False,
        line_texts={},
    )
    assert list(built.graph.subjects(RDF.type, DOCKG.FestivalSection)) == []
    assert any(n.text == "no section: '-'" for n in built.notes)


# --- the eighty-first round's forms -------------------------------------------------------


def test_a_cinemas_series_before_a_title_is_its_section() -> None:
    film = FilmRecord(title="KINO GLOBAL: SALZLINIEN", line=1)
    other = FilmRecord(title="Filmreihe: Hafenlichter", line=5)
    vetted(film, other)
    assert (film.title, film.section) == ("SALZLINIEN", (1, "KINO GLOBAL"))
    assert (other.title, other.section) == ("Hafenlichter", (5, "Filmreihe"))


# --- the eighty-second round's forms ------------------------------------------------------


def test_pictures_names_what_a_showing_costs_and_a_day_are_no_titles() -> None:
    assert problems("troublethewaterphoto02w", "14w", "FREE", "Mon 3/11", "3freunde2feinde") == [
        "it is a picture's name",
        "it is a picture's name",
        "it says what the showing costs",
        "it opens with a day (dd/mm or mm/dd), which is not read",
        None,
    ]


def test_a_parts_number_and_a_title_in_three_languages() -> None:
    part = FilmRecord(title="Teil 1: Mit dem Trabi in die Welt", line=1)
    three = FilmRecord(title="Bracia / Brüder / Bratři", line=5)
    bracketed = FilmRecord(title="Aanikoobijigan [Ancestor / Great-grandparent / Kin]", line=9)
    vetted(part, three, bracketed)
    assert part.title == "Mit dem Trabi in die Welt"
    assert (three.title, three.original_title) == ("Bracia", "Brüder")
    assert bracketed.title.startswith("Aanikoobijigan")


# --- the eighty-third round's forms -------------------------------------------------------


def test_a_sentences_comma_inside_the_quotes_is_no_part_of_the_title() -> None:
    records = read("“Salt Lines,” directed by Ann Lee, will be shown on Tuesday.")
    assert films(records) == [("Salt Lines", ["Ann Lee"])]


def test_a_tickets_price_is_no_part_of_the_venue() -> None:
    (cell,) = read_schedule("Friday, March 15, 7 p.m. | National Geographic Society | $12")
    assert cell.venue == "National Geographic Society"


# --- the eighty-fourth round's forms ------------------------------------------------------


def test_a_timetables_label_and_a_tribes_possessive_name_no_film() -> None:
    assert problems("영화 시간표", "상영 일정")[0] == "it labels the timetable"
    records = read(
        "It also shows a film about the Winnemem Wintu Tribe’s 2016 Run4Salmon, held to"
        " bring native fish back to the river."
    )
    assert films(records) == []


# --- the eighty-fifth round's forms -------------------------------------------------------


def test_an_information_label_and_a_kind_of_film_name_no_film() -> None:
    assert all(problems("Other Information", "Dokumentarfilme", "Documentaries"))
    records = read("Other Information\n\nRunning time: 90 minutes | 16+\n")
    assert films(records) == []


def test_fields_between_a_title_and_its_credit_are_the_entrys() -> None:
    item = classify(line("길 잃은 아기 사슴 29분 / 2005 / 미국(감독 : 로라 샘스, 로버트 샘스)"))
    assert item.kind is LineKind.INLINE and item.title == "길 잃은 아기 사슴"
    assert item.meta is not None
    assert (item.meta.runtime, item.meta.year, item.meta.countries) == (
        "PT29M",
        2005,
        ["United States"],
    )
    assert item.meta.directors == ["로라 샘스", "로버트 샘스"]
    seconds = classify(line("그들의 바다 11분 40초 / 2006 / 한국(감독:김운기)"))
    assert (seconds.title, seconds.meta.runtime) == ("그들의 바다", "PT11M40S")  # type: ignore[union-attr]


def test_an_event_arranged_in_angle_brackets_is_no_film() -> None:
    records = read(
        "환경연합은 8월 시민강좌로 <가족과 함께 보는 여름밤의 환경영화>를 마련합니다."
        " 이번에는 영화제 상영작 <그들의 바다>를 함께 봅니다."
    )
    assert [f.title for f in records.films] == ["그들의 바다"]


def test_a_guests_past_work_in_angle_brackets_is_no_programme_film() -> None:
    records = read(
        "<더 록><브로큰애로우><아마게돈> 같은 할리우드 대작의 사운드 에디터로 일한 감독도"
        " 영화제를 찾아 <메이킹 웨이브> 상영 뒤 이야기를 들려준다."
    )
    assert [f.title for f in records.films] == ["메이킹 웨이브"]
    listed = read(
        "베를린영화제에서 상을 받은 <무첸바허>처럼 오래 작업해 온 감독들의 신작도 상영된다."
    )
    assert [f.title for f in listed.films] == ["무첸바허"]


# --- the eighty-sixth round's forms -------------------------------------------------------


def test_a_rows_lead_with_the_maker_in_parentheses_and_the_venue_after_a_dash() -> None:
    item = classify(line("• Wake in Fright (Ted Kotcheff, 1971) - Nova, Tuesday 16 June, 6.30pm"))
    assert (item.kind, item.title) == (LineKind.INLINE, "Wake in Fright")
    assert (item.meta.directors, item.meta.year) == (["Ted Kotcheff"], 1971)  # type: ignore[union-attr]
    assert [(c.date.day, c.hour, c.minute, c.venue) for c in item.cells] == [  # type: ignore[union-attr]
        (16, 18, 30, "Nova")
    ]


def test_a_quoted_title_after_the_time_and_its_venue_after_a_comma() -> None:
    item = classify(line("27. September 2025, 17:00 und 19:30 Uhr: „Die Unbeugsamen“, Kaleidoskop"))
    assert (item.kind, item.title) == (LineKind.INLINE, "Die Unbeugsamen")
    assert [(c.hour, c.venue) for c in item.cells] == [(17, "Kaleidoskop"), (19, "Kaleidoskop")]
    credited = classify(line("05. September 2025, 19:30 Uhr: „Surf on Europe“, Regie: Anna Berg"))
    assert credited.kind is not LineKind.INLINE or credited.title != "Surf on Europe"


def test_a_row_naming_another_quoted_title_is_not_the_films_above() -> None:
    records = read(
        """
Termine:
05. September 2025, 19:30 Uhr: „Surf on Europe“, ARTrium in Gumtow
26. September 2025, 17:00 und 19:30 Uhr: „Dorf bleibt Dorf“ mit Gespräch, Regie: Anna Berg
""",
        timezone="Europe/Berlin",
    )
    assert starts(records) == [("Surf on Europe", "2025-09-05T19:30:00+02:00", "ARTrium in Gumtow")]


def test_a_runtime_with_its_subtitles_and_an_age_rating_after_the_title() -> None:
    meta = read_meta("46 minutes with English subtitles")
    assert (meta.runtime, meta.subtitles, meta.unread) == ("PT46M", ("en",), [])
    flagged = read_meta("95' OmU")  # with no word between
    assert (flagged.runtime, flagged.subtitles, flagged.unread) == ("PT95M", ("de",), [])
    assert split_title("The Bill Douglas Trilogy: My Childhood (PG)") == (
        "The Bill Douglas Trilogy: My Childhood",
        None,
    )
    assert [split_title(t)[1] for t in ("Tish (15)", "Title (12A)", "Title (PG-13)")] == [None] * 3


def test_a_label_the_page_prints_alone_before_a_title_is_no_part_of_it() -> None:
    records = read(
        """
Our Programme

Tish Monday 18th December 2pm

The Bill Douglas Trilogy:

My Childhood Thursday 18th January 3pm

TISH
Monday 18th December, 2pm
90 mins with English subtitles

A community screening of a film about a photographer who recorded her town.

The Bill Douglas Trilogy: My Childhood (PG)
Thursday 18th January, 3pm
46 minutes with English subtitles
Black & White

Jamie, eight years old, shares a home with his granny and his older brother.
"""
    )
    assert ("My Childhood", "PT46M", (5, "The Bill Douglas Trilogy")) in [
        (f.title, f.runtime, f.section) for f in records.films
    ]


# --- the eighty-seventh round's forms -----------------------------------------------------


def test_a_caps_title_over_its_synopsis_over_the_makers_over_the_fields() -> None:
    records = read(
        """
10AM | CROWLEY THEATER
LOCKED OUTSIDE
Two young women who skateboard try to break free of the routines of their life in Paris.
Ross Richardson
SHORT | FRANCE | Texas Premiere, 7mins.
PURVIS OF OVERTOWN
A painter who taught himself in prison covers the empty lots of his town with his work.
Shaun Conrad and David Raccuglia
FEATURE | USA | 67mins.
"""
    )
    assert films(records) == [
        ("LOCKED OUTSIDE", ["Ross Richardson"]),
        ("PURVIS OF OVERTOWN", ["Shaun Conrad", "David Raccuglia"]),
    ]


def test_a_kind_of_film_in_two_words_is_no_makers_name() -> None:
    meta = read_meta("ANIMATED SHORT | World Premiere, 4mins.")
    assert (meta.directors, meta.runtime, meta.premiere) == ([], "PT4M", "World Premiere")


def test_a_title_over_its_row_over_its_makers_name_each_a_paragraph() -> None:
    records = read(
        """
Innocence of Memories

Wednesday, August 31 7 PM

Grant Gee

United Kingdom, 2015

A novelist's museum of everyday things becomes the starting point for a walk.

At the Museum: A Pilgrimage of Vanquished Objects

Wednesday, August 10 7 PM

Michael Gitlin

USA, 2015
"""
    )
    assert films(records) == [
        ("Innocence of Memories", ["Grant Gee"]),
        ("At the Museum: A Pilgrimage of Vanquished Objects", ["Michael Gitlin"]),
    ]


# --- the eighty-eighth round's forms ------------------------------------------------------


def test_a_cinema_and_its_screen_a_label_and_a_pictures_credit_are_no_titles() -> None:
    assert all(problems("Leokino 2", "Kino 1", "Screen 2", "일시", "장소", "Venue"))
    assert problems("Studio 54", "Host") == [None, None]
    assert split_title("Pirates of Salé (c) Redbird Productions") == ("Pirates of Salé", None)
    assert split_title("Pirates of Salé © Redbird Productions") == ("Pirates of Salé", None)


# --- the eighty-ninth round's forms -------------------------------------------------------


def test_the_last_part_of_a_hyphenated_korean_name_is_no_name() -> None:
    records = read(
        "이날 볼 영화는 유엔 행사에서 상영됐던 얀 아르튀스-베르트랑 감독의 ‘HUMAN’입니다."
    )
    assert all(n != "베르트랑" for f in records.films for n, _ in f.directors)
    joined = read("김일란·이혁상 감독의 ‘공동정범’이 영화제에서 상영된다.")  # a dot joins two
    assert films(joined) == [("공동정범", ["이혁상"])]


def test_a_cast_label_or_a_kind_as_a_label_opens_no_title() -> None:
    assert all(problems("Leads: Günes Sensoy, Doga Zeynep Doguslu", "Naturfilm: 52 Minuten"))
    assert all(problems("Cast: Ann Lee, Tom Berg", "출연: 김민수"))


# --- the ninetieth round's forms ----------------------------------------------------------


def test_where_tickets_are_sold_is_no_title() -> None:
    assert all(problems("Fringe Box OfficeArt-mate", "Box Office", "Ticket Outlets"))
    # without its blank lines the page set its language note over the fields
    assert all(problems("In English", "Auf Deutsch", "In Hebrew with English subtitles"))


# --- the ninety-first round's forms -------------------------------------------------------


def test_a_foreign_name_of_two_words_after_its_country_gives_no_director() -> None:
    records = read(
        "상영작으로는 일본 다카하타 이사오 감독의 애니메이션 '폼포코 너구리 대작전'(2005)과"
        " 단편영화 18편이 준비됐다."
    )
    assert films(records) == [("폼포코 너구리 대작전", [])]


def test_a_makers_earlier_films_and_their_prizes_are_not_the_programmes() -> None:
    records = read(
        "고레에다 히로카즈는 <디스턴스>(2001), <아무도 모른다>(2004)에 이어 올해 <어느 가족>까지"
        " 영화제 경쟁부문에 초청됐다. <아무도 모른다>로는 야기라 유야가 남우주연상을 받았다."
        " 개관작으로 <어느 가족>을 상영한다."
    )
    assert [f.title for f in records.films] == ["어느 가족"]


def test_a_pictures_alt_text_and_a_programmes_session_are_no_titles() -> None:
    pictured = FilmRecord(title="Featured image for “Honeyland", line=1)
    vetted(pictured)
    assert pictured.title == "Honeyland"
    assert all(problems("DOCUMENTARY SHORT FILM AWARDS / SESSION 2"))


# --- the ninety-second round's forms ------------------------------------------------------


def test_a_bodys_series_a_featuring_credit_and_a_captions_festival() -> None:
    records = read(
        "The Korean Cultural Service's KOREAN MOVIE NIGHT turns to documentaries for its next"
        " segment, every other Tuesday at 7pm."
    )
    assert films(records) == []
    assert all(problems("Featuring: Ger Loughnane, Brendan Shanahan, Geraldine Heane"))
    assert read_banner(line("With Dada Chen at NYAFF 2013")) is None
    assert read_banner(line("At NYAFF 2013")) is not None


# --- the ninety-third round's forms -------------------------------------------------------


def test_a_house_and_its_room_a_glued_year_and_a_doubled_title() -> None:
    assert all(problems("Columbia Public Library, Friends Room", "Stadtbibliothek, Saal 2"))
    # ``15.01.20`` and ``19:00`` run together by the capture: no date is read
    assert find_date("15.01.2019:00 - 21:30") is None
    assert find_date("15.01.2019: Film") is not None
    doubled = FilmRecord(title="BACKSTAGE WIENER STAATSOPER BACKSTAGE WIENER STAATSOPER", line=1)
    repeated = FilmRecord(title="Bora Bora", line=2, year=2019)
    vetted(doubled, repeated)
    assert (doubled.title, repeated.title) == ("BACKSTAGE WIENER STAATSOPER", "Bora Bora")


# --- the ninety-fourth round's forms ------------------------------------------------------


def test_a_title_in_english_and_german_after_a_slash_is_a_title_and_its_other() -> None:
    both = FilmRecord(
        title="I can't cry much louder than this / Viel lauter kann ich nicht schreien", line=1
    )
    one = FilmRecord(title="Fire / Ice", line=2, year=2019)
    vetted(both, one)
    assert (both.title, both.original_title) == (
        "I can't cry much louder than this",
        "Viel lauter kann ich nicht schreien",
    )
    assert (one.title, one.original_title) == ("Fire / Ice", None)
    # with a blank line between every two lines the page's month heading stood over fields
    assert problems("Oktober 2013", "March 1999", "Summer 1993") == [
        "it names a month",
        "it names a month",
        None,
    ]


# --- the ninety-sixth round's forms -------------------------------------------------------


def test_a_name_in_hangul_and_in_latin_letters_is_one_director() -> None:
    # an animal film festival's outdoor screenings: ``<제목> English title``, then a line
    # of cells, the director's name in Hangul and in Latin letters first
    page = """
8월 23일 금요일

<아기공룡 둘리 - 얼음별 대모험> The Little Dinosaur Dooly

김수정|KIM Soo-jung|1996|79m26s|Korea|Animation

8월 24일 토요일

<베일리 어게인> A Dog's Purpose

라세 할스트롬|Lasse Hallstrom|2017|100m|USA|Color|Fiction
"""
    records = read(page)
    assert films(records) == [
        ("아기공룡 둘리 - 얼음별 대모험", ["김수정"]),
        ("베일리 어게인", ["라세 할스트롬"]),
    ]
    assert one_name_two_scripts("김수정", "KIM Soo-jung") and one_name_two_scripts(
        "라세 할스트롬", "Lasse Hallstrom"
    )
    # two makers, one in each script, with a different count of words: not one name
    assert not one_name_two_scripts("라세 할스트롬", "Anna Berg Holm")
    assert not one_name_two_scripts("파도", "Kim Ji-hoon")


def test_a_title_in_capitals_joined_by_an_ampersand_is_one_title() -> None:
    page = """
Preis des Filmvereins
Die Mitglieder wählen den Film, der am meisten zum Handeln anregt.
HAMAMA & CALUNA von Andreas Anouk Muggli (Schweiz, 2018, 22’40’’)
"""
    assert films(read(page)) == [("HAMAMA & CALUNA", ["Andreas Anouk Muggli"])]


def test_a_runtime_in_words_after_a_possessive_is_no_part_of_the_title() -> None:
    # a news item listing a day's films in one sentence: ``NAME’s 11-minute Title``,
    # ``NAME’s eight-minute Title``, ``A and B’s six-minute Title``
    page = """
Among the films to be screened on Saturday are Elena Voss’s eight-minute Night Bus ,
about a bus that becomes a shelter; Juan Ortega’s 11-minute Companions: Letters Home ;
Wesley Hart and Greg Lund’s six-minute Light Keepers , a tribute to an engineer.
"""
    records = read(" ".join(page.split("\n")))
    assert sorted((f.title, [n for n, _ in f.directors], f.runtime) for f in records.films) == [
        ("Companions: Letters Home", ["Juan Ortega"], None),
        ("Light Keepers", ["Wesley Hart", "Greg Lund"], "PT6M"),
        ("Night Bus", ["Elena Voss"], "PT8M"),
    ]
    # after another item's title, ``and`` joins two items, not two makers
    listed = read(
        "Films include Anna Berg’s Wrong Elements and Ehab Tamir’s Of Land and Bread, both new."
    )
    assert ("Of Land and Bread", ["Ehab Tamir"]) in films(listed)


# --- the ninety-seventh round's forms -----------------------------------------------------


def test_a_quoted_title_with_country_codes_before_its_makers_in_prose() -> None:
    # a university's press release telling a film series in one paragraph: ``„Title“
    # (CODES) von NAME [und NAME]``; the codes are not read (``CHE`` is printed for Chile)
    page = (
        "Den Anfang macht am Donnerstag, 7. Januar 2016, um 20.30 Uhr, der Streifen „Trash“"
        " (BRA/GBR) von Stephen Daldry und Christian Duurvoort vom Jahr 2014. Am Samstag läuft"
        " „El verano de los peces voladores“ (CHE)  von Marcela Said (2013)."
    )
    records = read(page)
    assert films(records) == [
        ("Trash", ["Stephen Daldry", "Christian Duurvoort"]),
        ("El verano de los peces voladores", ["Marcela Said"]),
    ]
    assert all(not f.countries for f in records.films)


def test_a_quoted_title_with_its_runtime_and_rating_after_a_slot_or_a_bullet() -> None:
    # a news item on an archive's Oscar screenings: ``• DAY, TIME “Title” NN minutes.
    # RATING.``, then the shorts a bullet each without a slot
    page = """
  • Wednesday, Feb. 26, 7 p.m. “20 Feet From Stardom” 90 minutes. PG-13.
  • Thursday, Feb. 27, 7 p.m. “The Act of Killing” 122 minutes. Unrated.
Documentary Short Subject Nominees
  •  “CaveDigger” 39 minutes. Unrated.
  • “Facing Fear” 23 minutes. Unrated.
"""
    records = read(page)
    assert [(f.title, f.runtime) for f in records.films] == [
        ("20 Feet From Stardom", "PT90M"),
        ("The Act of Killing", "PT122M"),
        ("CaveDigger", "PT39M"),
        ("Facing Fear", "PT23M"),
    ]
    dated = read(page, edition=2014, timezone="America/New_York")
    assert [str(s.start_local) for f in dated.films for s in f.screenings] == [
        "2014-02-26 19:00:00-05:00",
        "2014-02-27 19:00:00-05:00",
    ]
    # a quoted title and a number of minutes that is no runtime: not read
    assert read("• “Drive” 90 minutes from the city, on the coast.").films == []


# --- the ninety-eighth round's forms ------------------------------------------------------


def test_a_still_captions_line_is_no_title() -> None:
    # a shorts programme: each film's picture caption (``Title video still``) over its
    # title over ``Director: NAME, Documentary, USA, 19 min.``; one title lost in the
    # capture leaves its caption right over the fields
    page = """
Friday, 10/15, 7:00 PM

At The River video still

At The River
Director: Angelo Madsen Minax, Documentary, USA, 10 min.
A small river town in middle America spends the 4th of July watching the water climb.

Lewiston video still

Director: Jacob Roberts, Documentary, USA, 19 min.
Old tensions return in a town in Maine between its white residents and its refugees.
"""
    records = read(page)
    assert [f.title for f in records.films] == ["At The River"]
    assert any("because it is a picture's caption" in n.text for n in records.not_imported)
    assert problems("Lewiston video still", "퀴어의 방 스틸컷", "Be Still") == [
        "it is a picture's caption",
        "it is a picture's caption",
        None,
    ]


def test_films_a_line_each_title_makers_then_fields_between_commas() -> None:
    # a festival's full programme: a shorts programme's films a line each, ``Title, NAME
    # [& NAME], Country, YEAR, NNm. [premiere]``; some titles have a name's shape
    page = """
Opening Night Short Films and Panel | Escape Velocity
7 PM | Google New York
Missing One Player, Lei Lei, China, 2015, 4m. North American Premiere
Geosynchronous, Toby Smith, UK, 2015, 11m. North American Premiere
Monkey Love Experiments, Ainslie Henderson & Will Anderson, UK, 2014, 9m.
Vostok Zero, Perttu Inkilä, Velda Parkkinen, & Liis Mehine, Finland, 2015, 5m.
Cosmog, Cindy Lo, France, 2013, 3m.
Saturday, October 17
Short Film Program | A Shifting Biosphere
1 PM | New School | Kellen Auditorium
"""
    records = read(page, edition=2015, timezone="America/New_York")
    assert films(records) == [
        ("Missing One Player", ["Lei Lei"]),
        ("Geosynchronous", ["Toby Smith"]),
        ("Monkey Love Experiments", ["Ainslie Henderson", "Will Anderson"]),
        ("Vostok Zero", ["Perttu Inkilä", "Velda Parkkinen", "Liis Mehine"]),
        ("Cosmog", ["Cindy Lo"]),
    ]
    assert [(f.year, f.runtime) for f in records.films][:2] == [(2015, "PT4M"), (2015, "PT11M")]
    # the next programme's row under the list is not the last film's
    assert not records.films[-1].screenings
    assert any("a row under a list of films" in n.text for n in records.ambiguous)
    # one such line alone, or lines whose first parts are all names: not read so
    assert films(read("Unclear Proof, Max Hattler, Hong Kong, 2013, 1m.")) != [
        ("Unclear Proof", ["Max Hattler"])
    ]
    assert comma_entry("Harlan County, U.S.A., Barbara Kopple, 1976, 103 min.") is None
    assert comma_entry("Nine from Little Rock, Charles Guggenheim, 1964, 21 min.") is not None


def test_two_films_fields_with_lines_between_are_two_headers() -> None:
    # the same shorts programme run together: one film's fields, its synopsis line, the
    # next title, its fields. The second fields are not the first film's
    page = """
Unless You're Living It video still
Unless You’re Living It
Director: Sarah Bliss, Experimental, 9 min.
An uneasy look at place and power in white rural Ontario.
Re-flex-ions n. pl. Variant of reflection
Directors: Tony Buba, Mary Carey, Documentary, USA, 3 min.
"""
    records = read(page)
    assert all(
        "Tony Buba" not in [n for n, _ in f.directors] or f.runtime == "PT3M" for f in records.films
    )
    assert all(
        f.original_title != "An uneasy look at place and power in white rural Ontario."
        for f in records.films
    )


# --- the hundredth round's forms ----------------------------------------------------------


def test_a_notices_parts_address_and_a_book_are_no_films() -> None:
    # a foundation's screening notice: the film in the headline, a book named in the
    # text, then ``▶ 주소 …`` with the district in parentheses and the evening's parts
    page = """
다큐<어른 김장하> 상영회 및 관객과의 대화
이 다큐의 출발점이 된 책 <줬으면 그만이지>를 쓴 김주완 기자가 함께합니다.
※ 참가자 전원에게 <노회찬의 헌법특강>소책자를 증정합니다.
▶ 일시 2025. 5.23 (금) 19:00
▶ 장소 메가박스 전주객사 3층 3관
▶ 주소 전북 전주시 완산구 전주객사4길 74-12 (고사동)
1부: 영화 상영(105분)
2부: 관객과의 대화(50분)
"""
    titles = [f.title for f in read(page).films]
    assert not any(t.startswith(("주소", "1부", "2부")) for t in titles)
    assert "줬으면 그만이지" not in titles and "노회찬의 헌법특강" not in titles
    assert problems("1부: 영화 상영", "주소 전북 전주시", "Screen Shot DOUG", "Parts Unknown") == [
        "it numbers a part of the event",
        "it is a labelled field",
        "it is a picture's caption",
        None,
    ]


def test_a_labelled_film_introduction_under_rows_of_several_films() -> None:
    # a learning centre's cinema series: each showing a row with its film and guest, then
    # ``● 상영작 소개: 수라`` over the film's cells. The rows naming other films are not its
    page = """
● 상영작
10.11(수) 19:00-21:30 단편영화 매달리기+소년유랑 (게스트: 이다혜(씨네21기자)
10.12(목) 10:30-13:00 수라(게스트: 황윤(영화감독)
10.13(금) 19:00-21:30 말없는 소녀(게스트: 김세윤(영화칼럼니스트)
● 상영작 소개: 수라
황윤|한국|2022|다큐멘터리|102분06초|전체관람가
"""
    records = read(page, edition=2023, timezone="Asia/Seoul")
    assert films(records) == [("수라", ["황윤"])]
    # its own row's text after the time names the film and a guest: no venue
    assert starts(records) == [("수라", "2023-10-12T10:30:00+09:00", None)]
    assert sum("naming another" in n.text for n in records.ambiguous) >= 2


# --- the hundred-and-first round's forms --------------------------------------------------


def test_a_prize_at_another_festival_sets_no_time_zone() -> None:
    # a festival's film page: the film's prize at Hot Docs over its director's biography,
    # then its showings at a CGV cinema. Toronto is not where the page's showings are
    page = """
기프 신작전AP
하루에 만난 사계절Four Seasons in a Day
벨기에, 노르웨이, 크로아티아, 리투아니아202178minColorDocumentary
2021 Hot Docs Canadian International Documentary Festival (상)
애너벨 버베크Annabel VERBEKE
2021-10-24 []
13:30
CGV 강릉 7관
"""
    records = read(page)
    assert records.context.zone is None
    assert [(f.title, f.original_title) for f in records.films] == [
        ("하루에 만난 사계절", "Four Seasons in a Day")
    ]
    assert split_title("하루에 만난 사계절Four Seasons in a Day") == (
        "하루에 만난 사계절",
        "Four Seasons in a Day",
    )


def test_a_pictograph_before_a_title_and_an_added_event_alone() -> None:
    # a cultural institute's programme: ``🎬Title`` over the fields; a double bill closed
    # by ``+ Q&A (60 mins)``; a movement's name after ``the`` is no maker's possessive
    page = """
📍 Am 4. Oktober, um 16:30 Uhr, Moscow Cinema, Red Hall
🎬Herr Bachmann und seine Klasse
Deutschland 2021, Dokumentarfilm, 217 Min.
Regie: Maria Speth
"""
    assert films(read(page)) == [("Herr Bachmann und seine Klasse", ["Maria Speth"])]
    # a picture's credit keeps its mark, and is refused as a credit
    assert problems("© Frontyard Films") == ["it credits a picture"]
    assert problems("+ Q&A", "+ after-screening reception", "Q&A Session") == [
        "it is an event added to a showing",
        "it is an event added to a showing",
        None,
    ]
    told = read(
        "Stop by the library for the opening film of our series about the Civil Right’s"
        " Movement. The guide is aimed at grades 6-8."
    )
    assert "Movement" not in [f.title for f in told.films]


# --- the hundred-and-second round's forms -------------------------------------------------


def test_regie_abbreviated_with_a_stop_before_a_name() -> None:
    assert read_meta("R. Stefan Schwietert, 1996").directors == ["Stefan Schwietert"]
    assert read_meta("R. Kelly, 2001").directors == ["R. Kelly"]


def test_a_row_under_a_title_its_pictures_caption_repeats_is_that_titles() -> None:
    # a festival ship's programme: each film's picture caption (``TITLE ©Company``) twice,
    # its title, its row, its fields. A title the reader does not take for a film (its
    # fields stand under the row) leaves its row to no one
    page = """
ADAM & IDA – ALMOST A FAIRYTALE ©Hoferichter & Jacobs GmbH
ADAM & IDA – ALMOST A FAIRYTALE ©Hoferichter & Jacobs GmbH

ADAM & IDA – ALMOST A FAIRYTALE

Mittwoch, 15.06. 17:00

Jan Tenhaven, DE 2022, 82 Min, Dok

Ein Wiedersehen nach Jahrzehnten: zwei Menschen schreiben sich wieder Briefe.

LEAVING PARADISE ©Cinemax Productions Ltd
LEAVING PARADISE ©Cinemax Productions Ltd

Leaving Paradise

Mittwoch, 15.06. 19:00

Ofer Freiman, IL 2020, 86 Min, Dok
"""
    records = read(page, edition=2022, timezone="Europe/Berlin")
    rows = [(f.title, str(s.start_local)) for f in records.films for s in f.screenings]
    assert ("ADAM & IDA – ALMOST A FAIRYTALE", "2022-06-15 19:00:00+02:00") not in rows


# --- the hundred-and-third round's forms --------------------------------------------------


def test_a_weekday_and_month_after_a_directors_name_are_no_name() -> None:
    # a student cinema's two-line summary: title, year, ``Dir.`` and the name, then the
    # weekday and the date with no comma between
    page = """
*Salesman (1969) Dir. Albert Maysles, Thursday April 18th, 5:00PM
Grey Gardens (1975) dir. Ellen Hovde, Thursday june 6th, 5:00PM
"""
    assert [d for f in read(page).films for d, _ in f.directors] == [
        "Albert Maysles",
        "Ellen Hovde",
    ]
    assert not looks_like_name("Thursday April")
    # a name may hold a weekday or a month
    assert looks_like_name("Gabriel Sunday") and looks_like_name("April Mullen")
    shorts = "HI, HOW ARE YOU? (USA, 18 min) – Dir. Gabriel Sunday\n"
    assert [d for f in read(shorts).films for d, _ in f.directors] == ["Gabriel Sunday"]


def test_a_title_named_again_by_its_part_before_the_colon_is_not_a_second_film() -> None:
    # a student paper's item: the omnibus film named in full, then by its first part only;
    # the short name is reported, no second film
    page = (
        "학생들은 오는 25일 시네마테크에서 다큐멘터리 <잊음과 남음2 : 다시 봄>을 함께 보는"
        " 상영회를 연다.\n\n"
        "<잊음과 남음2>는 생존자를 만난 <배에 오르다>(감독 김한결) 등 여러 편의 중편"
        " 다큐멘터리로 이루어져 있다.\n"
    )
    titles = [f.title for f in read(page).films]
    assert "잊음과 남음2 : 다시 봄" in titles
    assert "잊음과 남음2" not in titles


def test_a_play_rehearsed_in_a_film_is_no_film() -> None:
    # a listing's synopsis: the film follows a theatre company rehearsing a writer's play
    page = (
        "GFT / Sun 19 Feb (16.00)\n"
        "A film that follows a theatre company backstage into the rehearsals for Nell"
        " Dunmore’s “The Glass Orchard”, a two-hander about a family.\n"
    )
    assert "The Glass Orchard" not in [f.title for f in read(page).films]


def test_a_strands_name_and_a_directors_label_after_a_slash_is_no_title() -> None:
    # ``Strand / Director NAME`` over the fields: the line names the strand and the
    # director, the film's title is printed elsewhere (or lost in the capture)
    assert title_problem(FilmRecord("Stranger Than Fiction / Director Jo Lewis", 1)) == (
        "it holds a director's label after a slash"
    )
    page = """
GFT / Sun 19 Feb (16.00)
A short synopsis of the film that the listing prints under its showing.

Stranger Than Fiction / Director Jo Lewis
UK 2016, 55m, N/C 12+
"""
    assert read(page, edition=2017, timezone="Europe/London").films == []


def test_a_labelled_country_a_paragraph_under_the_credits_is_the_films() -> None:
    # a festival catalogue: title, the info row, the director, the writer, the cast and the
    # country, each a paragraph: the country is the film's, no header of another film
    page = """
Along the Western Road

INFO: Sat 25 Feb / Light House 1 / 15:30 / 90 mins

DIRECTOR: Aine Kelly

WRITER: Brian Doyle

CAST: Mary Byrne, Sean Walsh

COUNTRY: Ireland

A portrait of an actor who started out on the stage in Galway.
"""
    records = read(page)
    assert [(f.title, f.countries) for f in records.films] == [
        ("Along the Western Road", ["Ireland"])
    ]


# --- the hundred-and-fourth round's forms -------------------------------------------------


def test_countries_between_slashes_are_no_title() -> None:
    # one of them a country the reader may not know: still a line of fields
    for printed in ("France/Burkina Faso/Benin/Germany", "Germany/Narnia/Austria/Italy"):
        assert title_problem(FilmRecord(printed, 1)) == "it is a line of fields"
    assert title_problem(FilmRecord("Love/Hate/Germany", 1)) is None
    assert read_meta("Chloé Boro| France/Burkina Faso/Benin/Germany | 2023 | 84 min").countries == [
        "France",
        "Burkina Faso",
        "Benin",
        "Germany",
    ]


def test_a_rows_title_with_its_year_and_rating_and_a_kind_of_film_over_the_runtime() -> None:
    # a museum's film list: ``Month D, H pm: Title (YEAR) RATING``, then the kind of film
    # and the runtime after a bar with no space before it, then the synopsis
    assert not looks_like_name("TV Episode")
    assert title_problem(FilmRecord("TV Episode/Historical Documentary| 60 min.", 1)) == (
        "its parts stand apart with a bar: which of them is the title is not sure"
    )
    page = """
CREATED EQUAL FILM SERIES
January 25, 2 pm: The Long Road North: Part I (2012) PG
TV Episode/Historical Documentary| 60 min.
Five people who stood against slavery turn a scorned cause into a movement of the nation.
"""
    titles = [f.title for f in read(page).films]
    assert "The Long Road North: Part I (2012) PG" not in titles
    assert all("Episode" not in t for t in titles)


def test_a_qa_with_its_guest_after_the_title_is_no_part_of_it() -> None:
    page = """
Sun Nov 3, TBC 5:00pm - Picturehouse Central
London Premiere
Harold & Maeve + Q&A featuring the director
Dir. Sam Ortiz, 2019, USA, 87 mins
"""
    records = read(page, edition=2019, timezone="Europe/London")
    assert [f.title for f in records.films] == ["Harold & Maeve"]
    # ``TBC`` before the time: the time is to be confirmed, no part of the venue
    assert [(str(s.start_local), s.venue) for f in records.films for s in f.screenings] == [
        ("2019-11-03 17:00:00+00:00", "Picturehouse Central")
    ]


def test_a_rating_and_a_premiere_flag_in_parentheses_after_a_title() -> None:
    assert split_title("Wild Coast Warriors (13, World Premiere)") == ("Wild Coast Warriors", None)
    assert split_title("Al Djanat, the Original Paradise (13N)") == (
        "Al Djanat, the Original Paradise",
        None,
    )
    assert split_title("Das Boot (U96)") == ("Das Boot", "U96")


def test_names_joined_with_an_ampersand_before_the_fields_are_the_directors() -> None:
    meta = read_meta("Nick Chevallier, Leigh Wood & Guido Zanghi | South Africa | 2024 | 72 min")
    assert meta.directors == ["Nick Chevallier", "Leigh Wood", "Guido Zanghi"]
    assert read_meta("Mariano Cohn & Gastón Duprat | Spain/Argentina | 2021").directors == [
        "Mariano Cohn",
        "Gastón Duprat",
    ]


def test_a_row_over_another_films_fields_is_not_the_film_aboves() -> None:
    # a film society's season: title, its day in parentheses, the fields, the synopsis; a
    # title with a name's shape is not read, and its row is not given to the film above
    page = """
The Official Story
(12 September 2023 at 19.45)

Mariano Vidal & Gastón Sosa | Spain/Argentina | 2021 | 15 | 115 mins | Spanish | Trailer

Two directors turn the making of a prestige film into a sharp comedy.

Full Time
(26 September 2023 at 19.45)

Éric Gravel | France | 2021 | 12 | 88 mins | French | Trailer

A single mother travels each day from a distant suburb to central Paris.
"""
    records = read(page, timezone="Europe/London")
    rows = [(f.title, str(s.start_local)) for f in records.films for s in f.screenings]
    assert ("The Official Story", "2023-09-26 19:45:00+01:00") not in rows
    assert ("The Official Story", "2023-09-12 19:45:00+01:00") in rows


def test_doors_at_one_time_for_a_start_at_the_next() -> None:
    # ``10:20 for 11 am``: the doors open at 10:20, the film starts at 11
    cells = read_schedule("SUNDAY, 13 JANUARY, 2019, 10:20 for 11 am")
    assert [(c.hour, c.minute, c.venue) for c in cells] == [(11, 0, "")]
    assert cells[0].date is not None and (cells[0].date.month, cells[0].date.day) == (1, 13)


def test_a_news_headline_naming_a_festival_with_its_verb_is_no_banner() -> None:
    # where the festival's name begins in ``IDA Announces FallDocs`` is not sure
    assert read_banner(line("IDA Announces FallDocs 2023 Film Lineup, Big Platform")) is None
    banner = read_banner(line("Hot Docs Festival 2019"))
    assert banner is not None and banner.name == "Hot Docs Festival"


# --- the hundred-and-fifth round's forms --------------------------------------------------


def test_a_day_with_its_ordinal_in_capitals() -> None:
    found = find_date("APRIL 17TH, 2024 - 6:30PM")
    assert found is not None and (found.year, found.month, found.day) == (2024, 4, 17)


def test_a_contraction_is_no_word_of_a_name() -> None:
    assert not looks_like_name("Smile It's Free")
    assert not looks_like_name("Don’t Look Back")
    assert looks_like_name("Sinead O’Shea")


def test_a_venue_and_lone_names_under_a_row_are_no_titles() -> None:
    # an arts group's evenings: the day and time, the venue (a museum, a paragraph of its
    # own), then per film its title, its director's name, its fields, its synopsis; a
    # block whose title the capture lost starts with the name, under the venue or a
    # picture's file name: neither venue nor name is a title
    page = """
APRIL 17TH, 2024 - 6:30PM


Canadian Museum of Immigration at Pier 21



Clement Virgo

Canada | 1h 59m

Two brothers, sons of immigrants, wrestle with family and what it means to be a man.


The Splint

Mehdi Sedighi

Iran | 5m 15s

On a dirt road, a robot truck driver replacing old power poles strikes two birds.

Untitled design (1).png


Israel Ekanem

Canada | 12m 4s

The cast of a reality show opens a box and gets more than they bargained for.


Smile It's Free

Yogi Devgan

Australia| 15m

A man who came through hard years now spreads hope by asking people to smile.
"""
    assert films(read(page)) == [
        ("The Splint", ["Mehdi Sedighi"]),
        ("Smile It's Free", ["Yogi Devgan"]),
    ]
    flat = "\n".join(line for line in page.split("\n") if line.strip())
    assert "Canadian Museum of Immigration at Pier 21" not in [f.title for f in read(flat).films]
    # a title with a house's word in small letters is still a title
    titled = """
16.00 Small Axe Short Films (28 mins)

Dajla: cinema and oblivion
Arturo Dueñas Herrero | 2020 | Documentary | Spain | 15:00
"""
    assert [f.title for f in read(titled).films] == ["Dajla: cinema and oblivion"]


def test_a_row_after_another_films_fields_read_as_text_is_not_the_film_aboves() -> None:
    # a town's programme: title, fields, the day, the synopsis; one film's fields line
    # reads as running text (``… und …``) and its title is not read: the row under those
    # fields is not given to the film above
    page = """
Woman

Frankreich 2019, Regie: Anastasia Mikova & Yann Arthus-Bertrand

30.09.2022 19:00 Uhr

Zweitausend Frauen in fünfzig Ländern erzählen vor der Kamera aus ihrem Leben und Alltag.

Mietrebellen

Deutschland 2014, Regie: Gertrud Schulte Westenberg und Matthias Coers

04.10.2022 19:00 Uhr

Berlin hat sich in wenigen Jahren stark gewandelt, und viele Mieter wehren sich dagegen.
"""
    records = read(page, timezone="Europe/Berlin")
    rows = [(f.title, str(s.start_local)) for f in records.films for s in f.screenings]
    assert ("Woman", "2022-10-04 19:00:00+02:00") not in rows
    assert ("Woman", "2022-09-30 19:00:00+02:00") in rows


# --- the hundred-and-sixth round's forms --------------------------------------------------


def test_a_title_spelt_otherwise_once_more_is_one_film() -> None:
    # a cinema's talk notice: the heading names the film, the labelled line spells the
    # director's name in it with another syllable
    page = """
[GV] 영화 <펑정지에는 펑정지에다> 민병훈 감독과의 대화

영화 : <평정지에는 평정지에다>
게스트 : 민병훈 감독
"""
    assert [f.title for f in read(page).films] == ["펑정지에는 펑정지에다"]
    # two films told apart by a letter standing alone are two
    records = ProgrammeRecords(
        PageContext(), [FilmRecord("Field Notes A", 1), FilmRecord("Field Notes B", 2)], [], []
    )
    vet_films(records)
    assert [f.title for f in records.films] == ["Field Notes A", "Field Notes B"]


def test_a_dramatic_short_is_a_kind_of_film_no_title() -> None:
    page = """
Rez Hope
Director: Norman Brown
Dramatic Short
Running Time: 30 minutes
A group of students is followed through one day at their school on the reservation.
"""
    assert films(read(page)) == [("Rez Hope", ["Norman Brown"])]


def test_fields_of_another_year_and_length_end_the_film_aboves_credits() -> None:
    # an arts house's evening without its blank lines: a film whose director's line the
    # reader does not read (or the capture lost), its synopsis, then another film's title
    # line (not read), its fields (another year, another length) and its director's
    # line: not the film above's
    page = """
Freitag, 29. April 2016
TELLERRÄNDER * 19:30
A/E 2016 – Farbe – 15min
Mit Fadoua Chaara, Awad Elkish, Leo Hemetsberger, Lisz Hirn
Regie: Nikolai Friedrich
Wie gut können Menschen aus verschiedenen Kulturen miteinander reden? Vier Personen versuchen es.
DER BLINDE HIRT
A 1979 – S/W – 16mm – 40 min
Rudi Schönwälder hat es nicht leicht. Blind seit Kindertagen verliert er auch sein Amt.
WIR SIND JUNG. WIR SIND STARK. * 21:00
D 2013 – S/W – 128 min
Mit Jonas Nay, Trang Le Hong, Devid Striesow, Joel Basman, Saskia Rosendahl
Regie: Burhan Qurbani / Buch: Martin Behnke, Burhan Qurbani
"""
    assert ("DER BLINDE HIRT", ["Burhan Qurbani"]) not in films(read(page))


# --- the hundred-and-seventh round's forms ------------------------------------------------


def test_a_countrys_abbreviation_run_on_after_the_last_name() -> None:
    meta = read_meta("Loretta Alper, Jeremy Earp USA, 2016 | 82 mins | NR")
    assert (meta.directors, meta.countries, meta.year) == (
        ["Loretta Alper", "Jeremy Earp"],
        ["United States"],
        2016,
    )
    # a name in capitals that is a country's elsewhere stays a name
    assert read_meta("Michael Jordan, 2016 | 82 mins").directors == ["Michael Jordan"]


def test_a_korean_sentence_over_a_timetable_is_no_title() -> None:
    # a news item: the sentence naming the festival's theme in quotation marks leads into
    # the days, the times and the films (two to a line, not read); neither the sentence
    # nor its quotation is a film
    page = """
"보통 사람들"이라는 주제로 관객을 만날 작품과 상영 시간은 아래와 같다.
[4월29일]
오후1시
〈아빠의 바다〉(남순아 감독, 32분), 〈가현이들〉(윤가현 감독, 78분)
오후3시30분
<얼굴들>(지혜 감독, 53분), 〈따듯한 밥〉(박지선 감독, 65분)
"""
    assert "보통 사람들" not in [f.title for f in read(page).films]


# --- checked with the one thing a report asks for (the year alone, or the zone alone) -----


def test_a_films_festival_record_names_no_festival_of_the_pages() -> None:
    # a film's festivals under its title: Rome's zone was the Sydney page's
    page = """
Films 2019

JAN PALACH | Jan Palach      CZ / SK / 2018 | Drama | 124 min

FESTIVALS: Denver FF, Rome FF, Terni IFF

Wednesday 27 March, 6:30pm
"""
    records = read(page)
    assert records.context.zone is None
    assert records.context.festival is None


def test_a_festival_named_with_a_prize_is_no_banner_further_down() -> None:
    # a news item on a programme: a film won the main prize of the 44th Seoul Independent
    # Film Festival; the festival named again on a line cut short is no banner of the page
    page = """
한자리에서 만나는 독립영화 기획전

기획전 '2019 으랏차차 독립영화'가 2월 14일(목)부터 17일(일)까지 인디스페이스에서 열린다.

올해의 독립영화 가운데 다시 추린 작품을 상영하는 행사로 올해 7회째다.

여러 인물이 얽히는 <누에치던 방>(감독 이완민)이 다시 상영된다.

44회 서울독립영화제 대상 수상작 <김군>(감독 강상우)도 함께한다.

44회 서울독립영화제 새로운
"""
    assert read(page).context.festival is None


def test_where_a_festivals_name_ends_in_a_sentence() -> None:
    # capitalised words after the festival word to the line's end: the name may go on
    text = "In Relationship With the World. 21st Millennium Docs Against Gravity"
    assert read_banner(line(text)) is None
    assert read_banner(line("21st Millennium Docs Against Gravity")) is not None
    # a city after the festival word is part of its name
    banner = read_banner(line("Das 38. Dokfest München in Zahlen (2022 in Klammern):"))
    assert banner is not None and (banner.name, banner.number) == ("Dokfest München", 38)
    # words closed by punctuation are no part of the name's question
    showcase = read_banner(line("Welcome to the 7th Annual SDAFF Spring Showcase!"))
    assert showcase is not None and showcase.number == 7


# --- showings of films the reader found, that it did not read (a count of the misses) -----


def test_a_sentence_listing_the_showings_gives_each_film_its_own() -> None:
    listed = (
        "The scheduled movies are — ‘Escape from Mogadishu’ on June 29, 7pm; ‘Sinkhole’ on"
        " July 1, 7pm; ‘Kim Ji-young, Born 1982’ on July 2 at 3pm; and ‘Exit’ on July 3 at 7pm."
    )
    page = f"""
date 2022-06-17 A festival of Korean films returns to the city.
The festival will be screened at Vox Cinemas in Yas Mall, Abu Dhabi from June 29 to July 3.
Opening the bill is ‘Escape from Mogadishu’, an action picture.
{listed}
"""
    assert starts(read(page)) == [
        ("Escape from Mogadishu", "2022-06-29T19:00:00+04:00", None),
        ("Sinkhole", "2022-07-01T19:00:00+04:00", None),
        ("Kim Ji-young, Born 1982", "2022-07-02T15:00:00+04:00", None),
        ("Exit", "2022-07-03T19:00:00+04:00", None),
    ]
    # a part that says more than a film, a date and a time: the sentence is not read
    other = page.replace("‘Sinkhole’ on July 1, 7pm", "‘Sinkhole’ on July 1, 7pm with a talk")
    assert starts(read(other)) == []


# --- the hundred-and-eighth round's forms -------------------------------------------------


def test_films_named_as_examples_of_a_success_are_no_films_of_the_programme() -> None:
    page = """
익산 다큐 상영회

<워낭소리>와 <울지마 톤즈>처럼 적은 예산으로 만든 다큐멘터리가 입소문만으로 흥행한 사례도 있다.

첫 상영작은 <트윈스터즈>(감독 서맨사 푸터먼)다.
"""
    titles = [f.title for f in read(page).films]
    assert "워낭소리" not in titles and "울지마 톤즈" not in titles
    assert "트윈스터즈" in titles


def test_a_makers_earlier_films_with_their_years_before_a_verb_of_making() -> None:
    told = (
        "<내 별자리를 찾아서>(Position Among the Stars). 감독은 한 가족 곁에서 12년을"
        " 보내며 <태양의 눈>(2001)과 <달의 형상>(2004)을 찍었고, 이 영화로 3부작을 마무리한다."
    )
    page = f"""
월드 쇼케이스 다큐 상영작

{told}
"""
    titles = [f.title for f in read(page).films]
    assert "태양의 눈" not in titles and "달의 형상" not in titles


def test_a_film_by_names_the_director_under_a_title() -> None:
    page = """
Evolution of a Criminal
November 3, 2014 at 7:00 p.m.
A film by Darius Clark Monroe

Part documentary and part personal essay, the film looks back at a robbery.
"""
    assert films(read(page)) == [("Evolution of a Criminal", ["Darius Clark Monroe"])]


def test_a_numbered_entry_with_its_showing_and_fields_after_a_dash() -> None:
    item = classify(
        line("1. Dolores – Monday March 5th, 7:00PM - Peter Bratt - 2017 - 98 minutes - USA")
    )
    assert item.kind is LineKind.INLINE and item.title == "Dolores"
    assert item.meta is not None
    assert (item.meta.directors, item.meta.year) == (["Peter Bratt"], 2017)
    assert [(c.date and (c.date.month, c.date.day), c.hour) for c in item.cells] == [((3, 5), 19)]
    # a name not right before the year is not read as the director's
    other = classify(line("1. Dolores – Monday March 5th, 7:00PM - Peter Bratt - USA - 2017"))
    assert other.meta is None or other.meta.directors != ["Peter Bratt"]


def test_a_credit_under_a_title_is_no_other_title() -> None:
    # the names joined with an Italian ``e`` are not parted: still no other title
    page = """
10:00 am - International Competition
The Never-Ending Factory of the Duomo
by Massimo D’Anolfi e Martina Parenti
Italy, 2015, 74’
"""
    (film,) = read(page).films
    assert (film.title, film.original_title) == ("The Never-Ending Factory of the Duomo", None)


# --- the hundred-and-ninth round's forms --------------------------------------------------


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("Week 1", "it numbers a part of the programme"),
        ("3주차", "it numbers a part of the programme"),
        ("Regal Cinema, North Brunswick", "it names a house and its town"),
        ("Rutgers Business SchoolNew Brunswick", "it names a house and its town"),
        ("Farrewell Mr HaffmannJewish Film Series: Hope", "it runs a title into a series' label"),
    ],
)
def test_what_the_hundred_and_ninth_round_showed_is_no_title(title: str, why: str) -> None:
    assert problems(title) == [why]


def test_titles_near_those_forms_stay_titles() -> None:
    assert problems("Cinema Paradiso", "The Cinema Travellers", "School Daze") == [None] * 3


def test_a_prize_then_the_festival_is_no_title_over_fields() -> None:
    film = FilmRecord(title="Winner Art & Culture Award, DocAviv Film Festival", line=1)
    film.year, film.runtime = 2015, "PT62M"
    assert title_problem(film) == "it names a prize won at a festival"


def test_a_film_series_label_before_the_title_is_its_section() -> None:
    page = """
Jewish Film Series: Remembering Gene Wilder
USA. 2023. 1h32m. English. Documentary.
"""
    (film,) = read(page).films
    assert (film.title, film.section and film.section[1]) == (
        "Remembering Gene Wilder",
        "Jewish Film Series",
    )


def test_a_row_with_another_title_run_into_its_day_is_not_the_films() -> None:
    # a capture without line breaks: the next week's title glued to its dates, under the
    # first film's fields
    page = """
2024 Jewish Film Series
Remembering Gene WilderJune 23 and 26 at 3:30 pm.
Jewish Film Series: Remembering Gene Wilder
USA. 2023. 1h32m. English. Documentary.
All About The LevkovichesJuly 7 and 10 at 3:30 pm.
"""
    records = read(page, timezone="America/New_York")
    (film,) = records.films
    assert film.title == "Remembering Gene Wilder"
    assert all(s.printed is None or s.printed.month == 6 for s in film.screenings)
    assert any("naming another title" in n.text for n in records.ambiguous)


# --- the hundred-and-tenth round's forms --------------------------------------------------


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("Frei ab 12 Jahren", "it is an age rating"),
        ("FSK 16", "it is an age rating"),
        ("Films shown in 2017", "it heads a year's films"),
        ("Films screened in 2016", "it heads a year's films"),
    ],
)
def test_what_the_hundred_and_tenth_round_showed_is_no_title(title: str, why: str) -> None:
    assert problems(title) == [why]


def test_a_name_the_text_gives_as_a_films_maker_is_no_title() -> None:
    # the maker and the year under a film's text, read as an entry ``Title (2015)``
    page = """
Saturday 26th November      The Brainwashing of my Dad
Documentary filmmaker Jen Senko traces the rise of talk radio through her own father.
Jen Senko (2015)
"""
    assert "Jen Senko" not in [f.title for f in read(page).films]
    # a title shaped like a name that no text names as a maker stays a title
    other = page.replace("Documentary filmmaker Jen Senko", "A documentary")
    assert "Jen Senko" in [f.title for f in read(other).films]


# --- the hundred-and-eleventh round's forms -----------------------------------------------


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("Year Presented: 2015", "it is a labelled year"),
        ("Year Shown: 2016", "it is a labelled year"),
        (
            "The 50 Year Argument - 214",
            "it ends in a number set apart by a dash: a field, not sure",
        ),
        ("The 50 Year Argument", None),
        ("Apollo 11", None),
    ],
)
def test_what_the_hundred_and_eleventh_round_showed_is_no_title(title: str, why: str) -> None:
    assert problems(title) == [why]


def test_entries_of_title_year_and_country_between_dashes_give_no_wrong_film() -> None:
    # each entry's title line prints ``Title - YEAR - Country`` (the first year misprinted),
    # and a labelled year under the director: neither the misprint nor the label is a title
    page = """
The Long Quarrel - 214 - USA
118 min
Director: Ann Example & Ben Example
Year Presented: 2015
A magazine's fifty years of arguments, told by its editors and its writers.
Winter Cabin - 2014 - Canada
88 min
Director: Cara Example
Year Presented: 2015
A family spends a winter far from any road and any clock.
"""
    titles = [f.title for f in read(page).films]
    assert not {"Year Presented: 2015", "The Long Quarrel - 214"} & set(titles)


def test_films_of_a_festivals_past_given_as_examples_are_no_films_of_the_programme() -> None:
    told = (
        "그동안 <첫 겨울>(2009), <섬의 노래>(2012), <먼 강>(2015) 같은 한국 다큐멘터리가"
        " 이 영화제를 찾았고, 2017년에는 <다시 만난 날>이 관객상 후보에 이름을 올리기도 했다."
    )
    page = f"""
다큐멘터리 <바다, 집>이 2019 핫독스 국제다큐멘터리영화제에 초청됐다.
{told}
<바다, 집>은 4월 26일(금)에 상영된다.
"""
    titles = [f.title for f in read(page).films]
    assert titles == ["바다, 집"]
    # a film of the programme named with its year and the kind of work, no list of the
    # past's: still read
    other = "다큐멘터리 <바다, 집>(2019) 같은 작품을 소개하는 상영회가 열린다. 4월 26일 상영."
    assert [f.title for f in read(other).films] == ["바다, 집"]


def test_dir_without_its_stop_labels_the_director() -> None:
    meta = read_meta("Dir Mark Example | 2018 | UK | 110 mins | Doc")
    assert (meta.directors, meta.year, meta.runtime) == (["Mark Example"], 2018, "PT110M")


def test_a_line_telling_of_a_prize_received_at_a_festival_is_no_banner() -> None:
    # a news item on a film invited to Hot Docs, which had won a prize at the DMZ festival
    page = """
다큐멘터리 <바다, 집>이 2019 핫독스 국제다큐멘터리영화제 부문 초청작으로 북미 관객과 만난다.
“바다를 곁에 둔 집들의 사계절”
제10회 DMZ 국제다큐영화제 ‘젊은 기러기상’을 받은 데 이어
<바다, 집>은 4월 26일(금)에 상영된다.
"""
    assert read(page, timezone="America/Toronto").context.festival is None
    # the festival's own line, with no prize received, stays the page's banner
    banner = page.replace("‘젊은 기러기상’을 받은 데 이어", "개막")
    festival = read(banner, timezone="Asia/Seoul").context.festival
    assert festival is not None and festival[0] == "DMZ 국제다큐영화제"


def test_the_makers_names_over_the_fields_are_no_title_when_blank_lines_are_lost() -> None:
    # title, original title, makers, fields, row: each film's lines run together
    page = """
Against Forgetting
(Gegen das Vergessen)
Ana Example, Ben Example
Brasilien, Deutschland 2018 | 90 Min. | OmeU
Sa, 01.06.2019 10:00
Wild Bloom
Cara Example
Niederlande 2016 | 54 Min. | OmeU
Sa, 01.06.2019 13:30
Fatwa
Dan Example
Belgien, Tunesien | OmeU
Sa, 01.06.2019 17:30
"""
    titles = [f.title for f in read(page, timezone="Europe/Berlin").films]
    assert "Ana Example, Ben Example" not in titles


def test_a_name_under_a_name_shaped_title_each_a_paragraph_is_not_guessed() -> None:
    # every line its own paragraph: ``Wild Bloom`` and ``Cara Example`` are both shaped
    # like names; which one is the title is not sure
    synopsis = (
        "A village at the edge of the forest asks who once worked its fields, and the answers"
        " some of its families would rather leave alone come slowly, over a year of visits … mehr"
    )
    page = f"""
Sa, 01.06.2019 10:00

{synopsis}

Wild Bloom

Cara Example

Niederlande 2016 | 54 Min. | OmeU

Sa, 01.06.2019 13:30
"""
    assert [f.title for f in read(page, timezone="Europe/Berlin").films] == []
    # with the name right over the fields, the title over it is read
    close = page.replace("Cara Example\n\n", "Cara Example\n")
    assert films(read(close, timezone="Europe/Berlin")) == [("Wild Bloom", ["Cara Example"])]


# --- the hundred-and-thirteenth round's forms ---------------------------------------------


def test_a_pages_last_update_is_no_showing() -> None:
    page = """
Impressum
Letztes Update:
15. Juli 2023 - 13:56

Das Kino zeigt im Februar:

Der lange Atem
Anna Example. D 2011. 100 Min. FSK ab 0
Ein Film über eine Reise durch Indien auf der Suche nach dem Ursprung einer Lehre.
"""
    records = read(page, timezone="Europe/Berlin")
    assert [f.title for f in records.films] == ["Der lange Atem"]
    assert starts(records) == []
    # the same day and time with no label over it is a row over the film, as before
    unlabelled = page.replace("Letztes Update:\n", "")
    assert starts(read(unlabelled, timezone="Europe/Berlin")) == [
        ("Der lange Atem", "2023-07-15T13:56:00+02:00", None)
    ]


def test_a_row_over_a_paragraph_opening_with_another_films_fields_is_not_the_films() -> None:
    # the capture glued the next film's fields, title and text into one paragraph
    page = """
Friday April 1st, 2011

In the Wake of the Water

47 minutes. 2010

A writer tours with her novel, and at each stop a local choir sings its hymns.

Saturday April 2, 2011

12 pm Strong Coffee

48 minutes. 2007Strong CoffeeGrowers of coffee and a women's co-operative that works another way.
"""
    records = read(page, timezone="America/Regina")
    assert [f.title for f in records.films] == ["In the Wake of the Water"]
    assert [s for _, s, _ in starts(records) if s.startswith("2011-04-02")] == []
    assert any("another film's fields" in n.text for n in records.ambiguous)


def test_a_title_with_a_venue_after_an_at_sign_is_not_sure() -> None:
    assert problems("The Parade (Parada) @ North End Studios") == [
        "it runs a venue into the title after '@': where the title ends is not sure"
    ]


def test_a_directors_label_alone_over_the_name_labels_it() -> None:
    page = """
Un beau jour
F 2017 - 94 Min.
Regie:
Clara Example
Besetzung:
Juliette Example, Xavier Example

Eine Malerin in Paris sucht nach der grossen Liebe und findet eine Affäre nach der anderen.
"""
    assert films(read(page)) == [("Un beau jour", ["Clara Example"])]
    # a label over another label (``Sponsor:`` over ``Director:``) takes no value
    lines = [Line(n, t, t) for n, t in enumerate(["Country:", "Director:", "Ann Example"], 1)]
    assert [x.text for x in join_lone_labels(lines)] == ["Country:", "Director: Ann Example", ""]


# --- the hundred-and-fourteenth round's forms ---------------------------------------------


def test_a_title_then_its_makers_after_a_dash_before_the_fields() -> None:
    item = classify(line("Style Battles - Hanna Example, Tom Example (70 mins, USA, 1983)"))
    assert (item.kind, item.title) == (LineKind.INLINE, "Style Battles")
    assert item.meta is not None and item.meta.directors == ["Hanna Example", "Tom Example"]
    # one name-shaped part after the dash may be a subtitle: the title keeps it
    one = classify(line("Ai Example - Never Sorry (91 mins, USA, 2012)"))
    assert (one.title, one.meta and one.meta.directors) == ("Ai Example - Never Sorry", [])


def test_a_quoted_name_after_a_series_word_is_the_series() -> None:
    page = (
        'Die Premiere von "Orte" im Cinema Münster gehört zur Reihe "Westfälisches Filmgut"'
        " von Filmservice Münster.Land. Als Gast wird Regisseurin Anna Example erwartet."
    )
    assert "Westfälisches Filmgut" not in [f.title for f in read(page).films]


def test_a_quoted_heading_over_an_events_hours_is_no_film() -> None:
    row = (
        '11.09.2022 | 12-14 Uhr | "Schreiben gegen das Vergessen" | Johannisplatz Gera Ein'
        " Gedenken an die Menschen, die der Nationalsozialismus umgebracht hat, mit Lesungen."
    )
    page = f"""
“Schreiben gegen das Vergessen”

{row}
Weiterlesen
"""
    assert read(page, timezone="Europe/Berlin").films == []


# --- the hundred-and-fifteenth round's forms ----------------------------------------------


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("Trailer & Info", "it is a word of the page's structure"),
        ("Tickets / Trailer", "it is a word of the page's structure"),
        ("Begrüßung und Einführung: Anna Example, GoeSF", "it names who introduces the showing"),
        ("Introduction by: Ben Example", "it names who introduces the showing"),
        ("Trailer Park Boys", None),
        ("Previews, trailers, shorts.", "it is a word of the page's structure"),
        ("Irish Production Company Fastnet Films", "it credits a production company"),
        ("2018 Film Festival Film Summaries", "it heads the films' summaries"),
    ],
)
def test_what_the_hundred_and_fifteenth_round_showed_is_no_title(title: str, why: str) -> None:
    assert problems(title) == [why]


def test_a_title_with_the_festivals_name_after_it_is_a_caption() -> None:
    # no festival read: another film's title then a festival's name is a picture's caption
    page = """
“Model Example” Directed by Sara Example

Model Example
Runtime: 7 minutes
Director: Sara Example

Model Example Oregon Documentary Film Festival
Director Sara Example
"""
    titles = [f.title for f in read(page).films]
    assert "Model Example Oregon Documentary Film Festival" not in titles


# --- the hundred-and-seventeenth round's forms -------------------------------------------


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("Trailer zum Film", "it is a link's or a button's text"),
        ("Watch the trailer", "it is a link's or a button's text"),
        ("Offizieller Trailer", "it is a link's or a button's text"),
        ("예고편 보기", "it is a link's or a button's text"),
        ("Trailer Park Boys", None),
        ("The Trailer Film", None),
    ],
)
def test_a_trailers_link_is_no_title(title: str, why: str | None) -> None:
    assert problems(title) == [why]


def test_films_shown_before_given_as_examples_are_no_films_of_the_programme() -> None:
    page = """
다섯 해째를 맞는 상영전은 세 편의 영화 <첫 물결>, <둘의 집>을 상영한다.

주관 단체는 그간 <나는 새>, <먼 엄마>, <밤의 별> 같은 이주에 관한 작품을 상영하며 지역과 만나 왔다.
"""
    assert [f.title for f in read(page).films] == ["첫 물결", "둘의 집"]
    # the same run with no word of the past before it: films of the programme
    now = "올해는 <나는 새>, <먼 엄마> 같은 이주에 관한 작품을 상영한다."
    assert [f.title for f in read(now).films] == ["나는 새", "먼 엄마"]


def test_an_editions_number_told_as_a_count_is_no_part_of_the_festivals_name() -> None:
    banner = read_banner(line("18회째인 서울예시인권영화제는 장애인이 만든 영화를 상영한다."))
    assert banner is not None and (banner.name, banner.number) == ("서울예시인권영화제", 18)
    assert read_banner(line("19회째인 올해 영화제는 사흘 동안 열린다.")) is None


def test_r_plus_b_labels_who_directed_and_wrote() -> None:
    assert read_meta("R+B: Uwe Example").directors == ["Uwe Example"]


# --- the hundred-and-twentieth round's forms ----------------------------------------------


def test_a_country_and_an_american_rating_are_a_line_of_fields_not_a_title() -> None:
    page = """
5:00 PM - Wednesday, Sept 19th 2018

Thank You Example

USA / PG-13

Dir: Ann Example & Ben Example

A sentence about the film that we wrote for the test, ending here.

$10.00

La La La La

United Kingdom / PG-13

Dir: Cal Example
"""
    assert films(read(page)) == [
        ("Thank You Example", ["Ann Example", "Ben Example"]),
        ("La La La La", ["Cal Example"]),
    ]
    meta = read_meta("USA / PG")
    assert (meta.countries, meta.signals, meta.unread) == (["United States"], 2, [])


def test_one_word_said_over_and_over_is_no_title_printed_twice() -> None:
    records = ProgrammeRecords(
        context=PageContext(),
        films=[
            FilmRecord(title="La La La La", line=1),
            FilmRecord(title="Go West Go West", line=2),
        ],
    )
    vet_films(records)
    assert [f.title for f in records.films] == ["La La La La", "Go West"]


# --- the hundred-and-twenty-first round's forms -------------------------------------------


def test_rows_each_over_their_own_texts_are_no_programmes_showings() -> None:
    page = """
Archive: Programm
9.11.2025 11:00-13:00 Klassik Example
KLASSIK EXAMPLE
Junge Leute holen alte Filme des Festivals zurück, und wir beschreiben das in einem Satz.
8.11.2025 15:00-16:30 Freizeitprogramm
JURY EXAMPLE
Die Jugendjury stellt ihr eigenes Programm zusammen und lädt danach zum Gespräch ein.
8.11.2025 11:00-13:00 Freizeitprogramm
Familienprogramm
Zaun Example
DE 2024, 7 Min., Jens Example
Fuchs Example
GB 2013, 2 Min., Andrew Example
"""
    records = read(page, timezone="Europe/Berlin")
    assert [f.title for f in records.films] == ["Zaun Example", "Fuchs Example"]
    # the other items' rows are given to no film; the programme's own row, right over
    # the first film, may be that film's
    shown = {(s.day, s.start) for f in records.films for s in f.screenings}
    assert shown <= {(date(2025, 11, 8), time(11, 0))}


def test_a_name_the_page_gives_a_programme_is_no_film_in_its_text() -> None:
    page = """
[행사] 공동상영회 <퀴어, 예시>

<퀴어, 예시> 공동상영회는 두 영화제가 함께 영화를 다시 상영하는 자리입니다.
"""
    assert read(page).films == []


def test_two_festivals_joined_for_an_event_name_no_banner() -> None:
    joined = "[행사] 제4회 서울예시영화제 X 한국예시영화제 공동상영회 <퀴어, 예시>"
    assert read_banner(line(joined)) is None
    banner = read_banner(line("제4회 서울예시영화제 개막"))
    assert banner is not None and (banner.name, banner.number) == ("서울예시영화제", 4)


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("YELLOW ROSE will screen on", "it is a sentence announcing the showing"),
        ("Das Salz der Erde wird gezeigt", "it is a sentence announcing the showing"),
        ("The Band Plays On", None),
        ("Familienprogramm", "it names the page's programme or season, not a film"),
    ],
)
def test_a_title_with_the_verb_of_its_showing_is_a_sentence(title: str, why: str | None) -> None:
    assert problems(title) == [why]


# --- the hundred-and-twenty-second round's forms ------------------------------------------


_TITLES_UNDER = """
Wed 26 February 2020 | 5pm | Metso Library

The screening brings films of the festival's climate programme, and we say so here.


2019 | Documentary | 4min

Keeping forests standing is an answer to the climate crisis, two speakers say in it.

Nature Example

United States, Peru | 2018 | Documentary | 11min | Directors: Ann Example, Ben Example

A mother on a coast teaches her daughter to swim, and we tell it in our own words.
"""


def test_a_title_under_an_untitled_entrys_synopsis_may_be_that_entrys() -> None:
    # the first entry has no title over its fields: the line under its synopsis may be its
    # title printed under it, or the next entry's over its own; neither is read
    assert read(_TITLES_UNDER, timezone="Europe/Helsinki").films == []
    # with a title over the first entry too, the titles stand over their fields
    titled = _TITLES_UNDER.replace("\n2019 |", "\nForest Example\n\n2019 |")
    titles = [f.title for f in read(titled, timezone="Europe/Helsinki").films]
    assert titles == ["Forest Example", "Nature Example"]


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("HBO PRESENTS", "it names who presents the film"),
        ("Arsenal präsentiert", "it names who presents the film"),
        ("The Film Society Presents", "it names who presents the film"),
        ("Presents", None),
    ],
)
def test_who_presents_the_film_is_no_title(title: str, why: str | None) -> None:
    assert problems(title) == [why]


def test_a_quoted_sentence_of_a_review_is_no_films_heading() -> None:
    page = """
Opening Night Film - RIVER

Rivers have carved the land we live on, a sentence of ours says about the film here.

“Made to be seen on a big screen.”

“Wild Example”
"""
    titles = [f.title for f in read(page).films]
    assert "Made to be seen on a big screen" not in titles


def test_a_festival_named_as_giving_a_prize_is_no_banner() -> None:
    assert read_banner(line("Tampere Film Festival 2019 gave this film its Grand Prix.")) is None


# --- the hundred-and-twenty-third round's forms -------------------------------------------


@pytest.mark.parametrize(
    ("row", "venue"),
    [
        ("Termin: Fr., 1.2.2019, Beginn: 18:30", ""),
        ("Datum: 1.2.2019, Beginn: 18:30, Ort: Kino Example", "Kino Example"),
        ("Sa 3.3.2019 20:00 Kino Start", "Kino Start"),
    ],
)
def test_the_label_of_a_rows_time_or_place_is_no_venue(row: str, venue: str) -> None:
    assert [c.venue for c in classify(line(row)).cells] == [venue]


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        ("Freitag, den 25.09. 2020 um 19:30 Uhr (Einlaß ab 19:00h)", [(19, 30, "")]),
        ("Sa 3.3.2019 20:00 Kino Example (Einlass 19:30)", [(20, 0, "Kino Example")]),
        ("October 1, 2022 | Doors 6pm, Screening 6:30pm", [(18, 30, "")]),
        ("Di 8. 9. > 16.45 Uhr", [(16, 45, "")]),
    ],
)
def test_when_the_doors_open_is_no_showing_nor_a_venue(
    row: str, cells: list[tuple[int, int, str]]
) -> None:
    # a venue scan of every row the corpus reads found these: the doors' time read as a
    # second showing, the words naming the times or a separator read as the venue
    assert [(c.hour, c.minute, c.venue) for c in classify(line(row)).cells] == cells


def test_the_festivals_name_over_a_title_is_no_title_of_its_own() -> None:
    # laid out without blank lines: the page's festival, the title, the fields
    page = """
Anchorage Example Film Festival
Alaska, Far and Example
Alaska/USA - 91 min - Documentary - Snowdance selection
Directed by Paul Example & Joan Example
"""
    assert films(read(page)) == [("Alaska, Far and Example", ["Paul Example", "Joan Example"])]


# --- the hundred-and-twenty-fourth round's forms ------------------------------------------


def test_a_quoted_name_followed_by_a_kind_of_work_that_is_no_film_is_no_film() -> None:
    told = (
        "The Fillmore hosts Kevin Example's “Fatman on Example” podcast on the night the"
        " museum gives Ann Example's “T-Example” its first showing."
    )
    assert [f.title for f in read(told).films] == ["T-Example"]


# --- the hundred-and-twenty-fifth round's forms -------------------------------------------


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("Gast: Fradique", "it is a remark on the showing"),
        ("Zu Gast: Ann Example", "it is a remark on the showing"),
        ("Schwerpunkt – Protest und Film", "it names a section of the programme"),
        ("Focus: Women in Film", "it names a section of the programme"),
        ("2016 SA 6min", "it is a line of fields"),
        ("The Guest", None),
    ],
)
def test_what_the_hundred_and_twenty_fifth_round_showed_is_no_title(
    title: str, why: str | None
) -> None:
    assert problems(title) == [why]


def test_the_film_another_grew_from_is_no_programme_film() -> None:
    told = (
        "개막작은 <안산 예시>이다. 그 밖에 영화 <카트 예시>의 바탕이 된 다큐멘터리라 할 만한"
        " <외박 예시>도 상영한다."
    )
    assert [f.title for f in read(told).films] == ["안산 예시", "외박 예시"]


# --- the hundred-and-twenty-sixth round's forms -------------------------------------------


def test_a_pictures_alt_text_with_its_size_is_no_title() -> None:
    page = """
Friday, January 17th, 2014 • 1:30 p.m. • JCC Ballroom

Hunting Example 300x200



Hunting Example

(USA/Israel, 2013, English/Hebrew with subtitles, 96 min)
"""
    titles = [f.title for f in read(page, timezone="America/Phoenix").films]
    assert "Hunting Example 300x200" not in titles
    assert problems("Hunting Example 300x200", "Room 237") == [
        "it is a file's name (a picture's)",
        None,
    ]


# --- the hundred-and-twenty-seventh round's forms -----------------------------------------


def test_films_of_an_earlier_period_told_in_the_past_are_no_programme_films() -> None:
    told = (
        "2017년 상반기에는 <싱글 예시>의 권칠예 감독, 6월에 상영된 <초인 예시>의 서은예 감독이"
        " 차례로 나와 이야기를 들려주었다. 2017년 하반기 상영회는 7월 29일 <마돈나 예시>로"
        " 시작한다."
    )
    assert [f.title for f in read(told).films] == ["마돈나 예시"]


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("Filmstill Little Miss Example", "it is a picture's caption"),
        ("Szenenbild Example", "it is a picture's caption"),
        ("Still Alice", None),
    ],
)
def test_a_film_still_caption_is_no_title(title: str, why: str | None) -> None:
    assert problems(title) == [why]


# --- the hundred-and-twenty-eighth round's forms ------------------------------------------

_SUBTITLED_CAPS = """
SEEWIND von Anna Beispiel
Mi 08.02.2017 – 20 Uhr – KiK

„WELT OHNE GRENZEN“: Ein erfundener Text über fünf Reisende und ihre Heimat. Getragen von…

BEISPIELFILM – Das Geheimnis der Felder von Kai Muster & Lea Probe
Do 16.2.2017 – 19 Uhr – KiK

„Der Besondere“: Ein erfundener Text über Felder, Klima und Landwirtschaft.
"""


def test_a_title_in_capitals_with_its_subtitle_after_a_dash_heads_its_entry() -> None:
    films = read(_SUBTITLED_CAPS, timezone="Europe/Berlin").films
    assert [(f.title, [n for n, _ in f.directors]) for f in films] == [
        ("SEEWIND", ["Anna Beispiel"]),
        ("BEISPIELFILM – Das Geheimnis der Felder", ["Kai Muster", "Lea Probe"]),
    ]
    assert [[s.start_local.isoformat() for s in f.screenings] for f in films] == [  # type: ignore[union-attr]
        ["2017-02-08T20:00:00+01:00"],
        ["2017-02-16T19:00:00+01:00"],
    ]


def test_another_entrys_line_with_a_subtitle_keeps_its_row_from_the_film_above() -> None:
    # the entry's makers not read as names: the line is still another entry's heading, so
    # the row under it is no showing of the film above
    page = _SUBTITLED_CAPS.replace("von Kai Muster & Lea Probe", "von Kai Muster & 3 Freunden")
    films = read(page, timezone="Europe/Berlin").films
    assert [(f.title, len(f.screenings)) for f in films] == [("SEEWIND", 1)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("HOLUNDERBAUM – Dokumentarfilm von Vera Beispiel", "HOLUNDERBAUM"),
        ("A SPRING EXAMPLE – Directed by Chris Muster", "A SPRING EXAMPLE"),
        ("EXAMPLE – Ein Film von Vera Beispiel", "EXAMPLE"),
    ],
)
def test_a_kind_or_credit_after_the_dash_is_no_subtitle(text: str, title: str) -> None:
    item = classify(line(text))
    assert (item.kind, item.title) == (LineKind.INLINE, title)


def test_a_teaser_cut_off_inside_its_parenthesis_is_not_joined_to_the_next_entry() -> None:
    # without blank lines: the open parenthesis of ``(Marie-Lou…`` is where the capture cut
    # the teaser, not a line the capture wrapped
    page = """
SEEWIND von Anna Beispiel
Mi 25.01.2017 – 20 Uhr – KiK
„FILM DES MONATS“: Ein erfundener Text, in dem die Lehrerin (Marie-Lou…
FELDWEG von Otto Muster
Mi 08.02.2017 – 20 Uhr – KiK
"""
    films = read(page, timezone="Europe/Berlin").films
    assert [(f.title, [s.start_local.isoformat() for s in f.screenings]) for f in films] == [  # type: ignore[union-attr]
        ("SEEWIND", ["2017-01-25T20:00:00+01:00"]),
        ("FELDWEG", ["2017-02-08T20:00:00+01:00"]),
    ]


@pytest.mark.parametrize(
    ("text", "runtime"),
    [
        ("Länge: 1 Std. 41 Min.", "PT1H41M"),
        ("Laufzeit: 2 Std. 5 Min., FSK 12", "PT2H5M"),
        ("1 hr. 30 min.", "PT1H30M"),
    ],
)
def test_a_runtime_in_hours_and_minutes_with_dots_is_one_runtime(text: str, runtime: str) -> None:
    assert read_meta(text).runtime == runtime


# --- the hundred-and-thirtieth round's forms ----------------------------------------------


def test_a_stage_work_named_in_angle_brackets_is_no_film() -> None:
    told = (
        "영화제는 7월10일 서대문문화체육회관 대극장에서 진행된다. 오전 순서는 환경뮤지컬"
        " <예시와 친구들> 공연이다. 낮 1시에는 애니메이션 <반딧불 예시>가 상영된다."
    )
    assert [f.title for f in read(told).films] == ["반딧불 예시"]


def test_a_copys_version_in_language_codes_names_no_country() -> None:
    meta = read_meta(
        "Dokumentarfilm | DE/CH 2017 | von Mila Beispiel | Laufzeit 100 Minuten"
        " | EN OV mit UT DE/FR"
    )
    assert (meta.countries, meta.subtitles, meta.directors, meta.year, meta.runtime) == (
        ["Germany", "Switzerland"],
        ("de", "fr"),
        ["Mila Beispiel"],
        2017,
        "PT100M",
    )
    assert meta.unread == []


def test_spoken_languages_in_codes_before_the_version_are_no_countries() -> None:
    meta = read_meta("Spielfilm | AT/LU 2018 | von Kai Muster | DE, EN, HEB und JID OV mit UT DE")
    assert (meta.countries, meta.subtitles, meta.directors) == (
        ["Austria", "Luxembourg"],
        ("de",),
        ["Kai Muster"],
    )


def test_the_heading_of_a_months_films_is_no_title() -> None:
    heading = "it heads a month's or a week's films"
    assert problems(
        "4월 상영 영화", "이달의 상영작", "Filme im April", "This month's films", "4월 이야기"
    ) == [heading, heading, heading, heading, None]


# --- the hundred-and-thirty-first round's forms -------------------------------------------


def test_the_copys_version_after_a_rows_time_is_no_venue() -> None:
    rows = [
        "When: SUN, December 3, 5:00pm, OV with English subtitles",
        "When: TUE, December 5, 6pm in OV with English subtitles",
        "Sa 3.3.2019 20:00 Kino Example, OmU",
    ]
    assert [[c.venue for c in classify(line(r)).cells] for r in rows] == [
        [""],
        [""],
        ["Kino Example"],
    ]


_WHEN_WHERE = """
Twenty Days in Example

When: SUN, December 3, 5:00pm, OV with English subtitles
Where: Stadtkino


Film described in a few words:
A team of reporters stays in a besieged city and keeps filming.



A Letter from Example

When: TUE, December 5, 6pm in OV with English subtitles
Where: Top Kino


Film described in a few words:
A writer looks at a coast worn down by the sea and by money.
"""


def test_titles_over_rows_with_their_venue_on_the_line_under_are_read() -> None:
    films = read(_WHEN_WHERE, timezone="Europe/Vienna", edition=2023).films
    assert [
        (f.title, [(s.start_local.isoformat(), s.venue) for s in f.screenings])  # type: ignore[union-attr]
        for f in films
    ] == [
        ("Twenty Days in Example", [("2023-12-03T17:00:00+01:00", "Stadtkino")]),
        ("A Letter from Example", [("2023-12-05T18:00:00+01:00", "Top Kino")]),
    ]


def test_a_labelled_kind_of_film_is_no_title() -> None:
    assert problems("Type: Documentary", "Type: Biographical thriller/drama") == [
        "it is a labelled credit or field",
        "it is a labelled credit or field",
    ]


def _feature(title: str, line: int, runtime: str = "PT102M") -> FilmRecord:
    film = FilmRecord(title=title, line=line, year=2023, runtime=runtime)
    film.directors.append(("Susanna Muster", line + 1))
    return film


def test_a_features_fields_printed_again_under_another_title_are_no_second_film() -> None:
    # ``I Giacometti``, its row, ``Die Giacomettis`` over its fields, then the title again
    # over the long credits: one film, though its two records carry two of its titles
    records = vetted(_feature("Die Example-Familie", 4), _feature("Example Family", 24))
    assert [f.title for f in records.films] == ["Die Example-Familie"]
    assert [n.text for n in records.ambiguous] == [
        "'Example Family' not imported: the fields of 'Die Example-Familie' printed again"
    ]


def test_two_shorts_of_one_maker_year_and_runtime_stay_two_films() -> None:
    records = vetted(_feature("Example One", 4, "PT6M"), _feature("Example Two", 8, "PT6M"))
    assert [f.title for f in records.films] == ["Example One", "Example Two"]


# --- the hundred-and-thirty-second round's forms ------------------------------------------

_WRAPPED_FIELDS = """
>>> Do., 8.2.2018, 18 Uhr // DEUTSCHES FILMMUSEUM
KAI EXAMPLE
Uganda 2016, R: Robert Muster, 18 Min., OmeU
KAI EXAMPLE folgt einem erfundenen Jungen, der auf der Straße Waren verkauft.
DEM EXAMPLE
Senegal 2017, Pape Beispiel Probe, Christophe Muster, Rolin,
28 Min., OmeU
In DEM EXAMPLE findet ein erfundener Fischer einen fremden Pass.
"""


def test_a_line_of_fields_wrapped_after_its_comma_is_joined_to_the_runtime_under_it() -> None:
    films = read(_WRAPPED_FIELDS, timezone="Europe/Berlin").films
    assert [(f.title, f.year, f.runtime, f.countries) for f in films] == [
        ("KAI EXAMPLE", 2016, "PT18M", ["Uganda"]),
        ("DEM EXAMPLE", 2017, "PT28M", ["Senegal"]),
    ]


def test_a_line_opening_with_a_country_and_a_year_is_no_title() -> None:
    assert problems(
        "Senegal 2017, Pape Beispiel Probe, Christophe Muster, Rolin",
        "Senegal 2017, Pape Beispiel Probe,",
        "Senegal, My Country",
    ) == [
        "it opens with a country and a year: a line of fields",
        "it ends in a comma: a piece of a longer line",
        None,
    ]


def test_the_name_a_festival_is_given_in_angle_brackets_is_no_film() -> None:
    told = (
        "민권운동 50주년에 맞춘 주간 영화제 <지역, 집 그리고 예시>은 9일(월)부터 이어진다."
        " 첫날인 9일(월)에는 다큐멘터리 <천 번의 예시>(감독 에릭 예시)을 상영한다."
    )
    assert [f.title for f in read(told).films] == ["천 번의 예시"]


# --- the hundred-and-thirty-third round's forms -------------------------------------------


@pytest.mark.parametrize(
    ("row", "venue"),
    [
        (
            "Thursday 6th October 7:40pm Picturehouse (FACT) Liverpool",
            "Picturehouse (FACT) Liverpool",
        ),
        ("Sa 3.3.2019 20:00 Kino Example (GV)", "Kino Example"),
        ("Sa 3.3.2019 20:00 Kino Example (mit Gespräch) Saal 2", "Kino Example Saal 2"),
    ],
)
def test_an_acronym_in_parentheses_inside_a_venues_name_is_the_names(row: str, venue: str) -> None:
    assert [c.venue for c in classify(line(row)).cells] == [venue]


# --- the hundred-and-thirty-fourth round's forms ------------------------------------------


def test_a_title_after_a_time_cut_short_is_no_title() -> None:
    assert problems("18: Last Men in Example", "2: The Sequel") == [
        "it opens with a time cut short: a row's, not a title",
        None,
    ]


def test_a_fields_label_alone_names_no_country() -> None:
    assert country_of("") is None
    meta = read_meta("Duration:")
    assert (meta.countries, meta.signals) == ([], 0)
    assert read_meta("Laufzeit: | ca. 76 Minuten |").runtime == "PT76M"


_FIELDS_OVER_TITLES = """
Thursday, November 3rd l 9:30 pm l Grand Hall
This year's programme brings together animated documentaries, each an invented example.
Joanna Beispiel | Slovakia, Poland, 2021, 16:24
Once There Was An Example
A walk through what is left of an inland sea, whose loss weighs on a small town still. The film\
looks at what human decisions leave behind and how they reach into everyday life.
Mathias Muster | France, 2021, 6:38
It Was No Example
Between two phone calls, the director's grandfather tells what he remembers of the war.
Stephanie Probe | UK, 2021, 4:19
Roots of Example
Weaving family memories into animation, the film asks what home and uprooting mean.
"""


def test_fields_printed_over_each_title_are_not_given_to_the_title_above() -> None:
    # each entry's fields stand over its title; with no blank lines, the title over a
    # synopsis over the next entry's fields is not that film's, so nothing is paired so
    films = read(_FIELDS_OVER_TITLES, timezone="Europe/Belgrade").films
    assert [(f.title, f.directors) for f in films if f.directors] == []


def test_a_labelled_field_under_the_title_is_no_original_title() -> None:
    page = """
RETTET DAS BEISPIEL
Version: | Digital 2D |
Land/Jahr: | Österreich / 2020 |
Regie: | Teresa Muster |
Laufzeit: | ca. 76 Minuten |
"""
    films = read(page).films
    assert [(f.title, f.original_title, f.runtime) for f in films] == [
        ("RETTET DAS BEISPIEL", None, "PT76M")
    ]


# --- the hundred-and-thirty-fifth round's forms -------------------------------------------


def _shown_at(text: str, hour: int, minute: int) -> FilmRecord:
    film = FilmRecord(title="Theatrum Example", line=1)
    film.screenings.append(
        ScreeningRecord(3, text, date(2018, 7, 21), time(hour, minute), "East Building", None)
    )
    return film


@pytest.mark.parametrize(
    ("text", "hour", "kept"),
    [
        ("July 21 at 1:00", 1, False),  # the afternoon's on a twelve-hour page: not sure
        ("July 21 at 1:00 am", 1, True),
        ("21.7. 01:00", 1, True),
        ("21.7. 1:00 Uhr", 1, True),
        ("July 21 at 7:00", 7, True),
    ],
)
def test_a_showing_at_one_to_six_with_no_am_or_pm_is_not_sure(
    text: str, hour: int, kept: bool
) -> None:
    records = vetted(_shown_at(text, hour, 0))
    assert len(records.films[0].screenings) == (1 if kept else 0)
    assert any("morning or afternoon is not sure" in n.text for n in records.ambiguous) != kept


def test_a_data_files_line_and_a_line_ending_in_a_runtime_are_no_titles() -> None:
    assert problems('production-year = "2024"', "Anomalies, Rita Muster (PT) 47’", "Minutes") == [
        "it is a line of a data file (key = value)",
        "it ends in a runtime after its makers: a line of fields",
        None,
    ]


# --- the hundred-and-thirty-sixth round's forms -------------------------------------------


def test_a_break_in_the_programme_is_no_film() -> None:
    structure = "it is a word of the page's structure"
    assert problems("Break", "Intermission", "휴식") == [structure] * 3
    assert problems("Breaking Example") == [None]


@pytest.mark.parametrize(
    "introduced",
    [
        "연출은 2019년 쿠바 한인을 다룬 “예시니모”를 만든 전예시 감독이 맡았다.",
        "연출은 <예시니모>를 연출한 전예시 감독이 맡았다.",
    ],
)
def test_the_film_a_maker_is_introduced_by_is_no_programme_film(introduced: str) -> None:
    films = read(f"{introduced} 다큐멘터리 <선택 예시> 시사회가 6월 3일 열린다.").films
    assert [f.title for f in films] == ["선택 예시"]


# --- the hundred-and-thirty-seventh round's forms -----------------------------------------


def test_a_makers_cell_opening_with_the_directors_label_names_the_director() -> None:
    item = classify(line("Nine to Five Example | Dir., Délia Muster | 3 min. | 2018"))
    assert item.meta is not None
    assert (item.title, item.meta.directors, item.meta.runtime) == (
        "Nine to Five Example",
        ["Délia Muster"],
        "PT3M",
    )
    # a first cell shaped like a name before the labelled director is no director
    meta = read_meta("Délia Example | Dir., Délia Muster | 3 min. | 2018")
    assert (meta.directors, meta.unread) == (["Délia Muster"], ["Délia Example"])


def test_a_slots_heading_with_its_time_is_no_section() -> None:
    film = FilmRecord(title="Délia Example", line=9)
    film.section = (7, "Shorts Program (5:30 PM-6:10 PM)")
    records = vetted(film)
    assert records.films[0].section is None
    assert [n.line for n in records.ambiguous] == [7]


def test_a_title_in_capitals_with_its_quoted_second_part_is_one_title() -> None:
    assert split_title('CHILDREN NO MORE: "WERE AND ARE GONE"') == (
        'CHILDREN NO MORE: "WERE AND ARE GONE"',
        None,
    )
    assert split_title('Documentary: "Somewhere to Be"') == ("Somewhere to Be", None)


def test_a_title_running_into_two_makers_names_is_not_sure_beside_credited_films() -> None:
    credited = FilmRecord(title="Do Not Split", line=10)
    credited.directors += [("Anders Muster", 10), ("Charlotte Probe", 10)]
    run_on = FilmRecord(title="Colette Anthony Muster and Alice Probe", line=14)
    assert [f.title for f in vetted(credited, run_on).films] == ["Do Not Split"]
    # with no film of the page crediting its makers so, the title stands
    alone = FilmRecord(title="The American Dream and Other Fairy Tales", line=3)
    assert [f.title for f in vetted(alone).films] == ["The American Dream and Other Fairy Tales"]


def test_the_end_of_a_wrapped_sentence_is_no_title() -> None:
    assert problems("needs most: her mother.", "i am not your example") == [
        "it is the end of a sentence: a wrapped line of running text",
        None,
    ]


# --- the hundred-and-thirty-eighth round's forms ------------------------------------------


def test_rows_printing_the_same_venue_after_each_time_are_no_timetable_of_films() -> None:
    page = """
Schedule of Films

October 8, 2013 at 6:30 p.m. Red River Example, Concord, NH
Seen through the lives of invented teenagers, this documentary looks at school.

November 12, 2013 at 6:30 p.m. Red River Example, Concord, NH
A state's fight over a law is the backdrop of this invented documentary.

January 14, 2014 at 6:30 p.m. Red River Example, Concord, NH
A town has held a ball like no other for a century.
"""
    assert read(page, timezone="America/New_York").films == []


# --- the hundred-and-thirty-ninth round's forms -------------------------------------------


def test_a_labelled_language_a_series_slot_and_a_sentence_before_a_title_are_no_titles() -> None:
    titles = [
        "Language(s): Dutch",
        "Doris’s Sunday Matinee",
        "Keep reading for a complete list of films. Hounded",
        "Mr. Smith Goes to Example",
    ]
    assert problems(*titles) == [
        "it is a labelled field",
        "it names a series' regular slot",
        "it runs a sentence into the title",
        None,
    ]


def test_a_news_pictures_mark_in_the_parentheses_is_no_part_of_the_title() -> None:
    records = vetted(FilmRecord(title="피아노를 예시로(Piano to Example·사진)", line=1))
    assert [(f.title, f.original_title) for f in records.films] == [
        ("피아노를 예시로", "Piano to Example")
    ]


# --- the hundred-and-fortieth round's forms -------------------------------------------


_SLASHED = """
21회 예시인권영화제 선정작 (가나다순)

예시말 / 양예시 / 2023 / 38'13 / 극
느낌표와 예시 그 사이 / 박예시 / 2020 / 25'50 / 다큐
질예시 / 임예시 / 2022/ 20'00 / 극
"""


def test_entries_a_line_each_between_slashes_are_films() -> None:
    records = read(_SLASHED)
    assert [(f.title, [n for n, _ in f.directors], f.year, f.runtime) for f in records.films] == [
        ("예시말", ["양예시"], 2023, "PT38M13S"),
        ("느낌표와 예시 그 사이", ["박예시"], 2020, "PT25M50S"),
        ("질예시", ["임예시"], 2022, "PT20M"),
    ]


def test_the_heading_of_a_festivals_selection_is_no_film() -> None:
    assert problems("21회 예시인권영화제 선정작", "예시영화제 상영작") == [
        "it heads the festival's list of selected films",
        "it heads the festival's list of selected films",
    ]


def test_a_slashed_line_of_fields_opening_with_a_name_is_no_entry() -> None:
    item = classify(line("김예시 / 2018 / 한국 / 극 / 20’ / 영어자막"))
    assert (item.kind, item.meta and item.meta.directors) == (LineKind.META, ["김예시"])


def test_a_line_over_fields_of_its_own_shape_is_no_title_but_an_entry_of_the_list() -> None:
    page = """
예시와 다른 예시의 긴 자립생활 / 손예시 / 2022 / 23:47 / 실험극
예시동 소녀 / 오예시, 임예시 / 2022 / 29:57 / 실험극
"""
    assert read(page).films == []


def test_a_quotation_under_the_festivals_motto_is_no_film() -> None:
    page = """
21회 예시인권영화제 {heading}


"열차가 예시를 헤치고"


지난 한 해 예시 열차는 많은 사람이 서로 만나는 자리가 되었습니다. 우리는 그 자리를 기억합니다.
"""
    assert [f.title for f in read(page.format(heading="슬로건")).films] == []
    assert [f.title for f in read(page.format(heading="개막작")).films] == ["열차가 예시를 헤치고"]


def test_two_korean_lines_over_the_fields_leave_the_title_unsure() -> None:
    page = """
상영작

교육권
어른이예시(GV)
  • 2018
  • 98분
  • 다큐
  • 장예시
"""
    assert read(page).films == []


def test_a_talks_tag_is_no_part_of_the_title_nor_its_other_title() -> None:
    records = vetted(
        FilmRecord(title="어른이예시", original_title="GV", line=1),
        FilmRecord(title="예시의 거짓말(GV)", line=2),
        FilmRecord(title="Example Story [Q&A]", line=3),
    )
    assert [(f.title, f.original_title) for f in records.films] == [
        ("어른이예시", None),
        ("예시의 거짓말", None),
        ("Example Story", None),
    ]


_SEASON = """
CINEEXAMPLE im Beispielkino

{first}

ECHO EXAMPLE

von Rúnar Example, Island/F/CH 2019, 79 Min., Isländisch/d,f

17. Januar 2023, 14.00

DIE LETZTE EXAMPLE

von Rolf Example, Schweiz 2017, 99 Min., Dialekt
"""


def test_a_day_with_no_year_over_one_of_the_next_year_is_not_dated_by_guess() -> None:
    records = read(_SEASON.format(first="13. Dezember, 14.00"), timezone="Europe/Zurich")
    assert [(f.title, [s.day for s in f.screenings]) for f in records.films] == [
        ("ECHO EXAMPLE", []),
        ("DIE LETZTE EXAMPLE", [date(2023, 1, 17)]),
    ]
    assert any("its year is not sure" in n.text for n in records.ambiguous)


def test_a_day_with_no_year_earlier_in_the_year_is_dated() -> None:
    records = read(_SEASON.format(first="13. Januar, 14.00"), timezone="Europe/Zurich")
    assert [[s.day for s in f.screenings] for f in records.films] == [
        [date(2023, 1, 13)],
        [date(2023, 1, 17)],
    ]


def test_a_line_of_days_is_no_line_of_fields() -> None:
    item = classify(line("SEPTEMBER 10, 2021 – SEPTEMBER 12, 2021"))
    assert (item.kind, item.date and (item.date.month, item.date.day)) == (LineKind.DATE, (9, 10))
    assert classify(line("[1.18(금)]")).kind is LineKind.TEXT


# --- the hundred-and-forty-first round's forms --------------------------------------------


def test_a_festivals_name_in_a_sentence_going_on_with_an_unknown_word_is_not_sure() -> None:
    text = "Nun laufen die 24. Internationalen Kurzfilmtage Beispielstadt von 2020 im Kino."
    assert read_banner(line(text), in_text=True) is None
    known = "Nun laufen die 38. Dokfest München von 2020 im Kino."
    found = read_banner(line(known), in_text=True)
    assert found is not None and (found.name, found.number) == ("Dokfest München", 38)


def test_a_numbered_lists_quoted_title_is_read_without_its_number() -> None:
    item = classify(line("1        „Der Beispielführer“ Regie: Christian Example, Zuniel Example"))
    assert (item.kind, item.title, item.meta and item.meta.directors) == (
        LineKind.INLINE,
        "Der Beispielführer",
        ["Christian Example", "Zuniel Example"],
    )


def test_a_sites_link_is_no_name() -> None:
    names = ("View Comments", "Share Story", "Mercedes Example")
    assert [looks_like_name(n) for n in names] == [False, False, True]


# --- recall: a shorts programme's showing, the next programme's day under its films -------


_PROGRAMME_THEN_NEXT = """
Example Science Film Festival 2015 Full Program
Friday, October 16
Opening Night Short Films | Escape Example

7 PM | {after_time}

A paragraph written for this test about the evening's short films and what they share.

The Missing Player, Lei Example, China, 2015, 4m.
Orbits over the Example, Toby Example, UK, 2015, 11m.
A Love of Experiments, Ainslie Example, UK, 2014, 9m.

Followed by a panel.
Saturday, October 17
Short Film Program | A Shifting Example

1 PM | New School | Example Auditorium

Another paragraph written for this test, about the next programme, cut off here.
"""


@pytest.mark.parametrize(
    ("after_time", "venue"), [("Example Hall", "Example Hall"), ("Examplecorp New York", None)]
)
def test_a_programmes_showing_is_every_films_though_the_next_programmes_day_follows(
    after_time: str, venue: str | None
) -> None:
    # (a name after the time that is no venue's names the programme or its venue: no venue)
    page = _PROGRAMME_THEN_NEXT.format(after_time=after_time)
    records = read(page, timezone="America/New_York")
    assert [
        (f.title, [(s.day, s.start, s.venue) for s in f.screenings]) for f in records.films
    ] == [
        (title, [(date(2015, 10, 16), time(19, 0), venue)])
        for title in ("The Missing Player", "Orbits over the Example", "A Love of Experiments")
    ]


def test_a_programmes_row_naming_one_of_its_films_is_no_showing_of_every_film() -> None:
    page = _PROGRAMME_THEN_NEXT.format(after_time="Orbits over the Example")
    records = read(page, timezone="America/New_York")
    assert [f.title for f in records.films if f.screenings] == ["Orbits over the Example"]


# --- the hundred-and-forty-third round's forms --------------------------------------------


def test_a_title_then_its_year_runtime_and_genres_after_slashes_is_a_film() -> None:
    page = """
List of Films
Example Dog 2015 / 97 minutes / Drama
Director: Ronnie Example

Nice Example 2015 / 96 minutes / Documentary
Directors: Karin af Example, Anders Example

Viskan Example 2015 / 106 minutes / Family Drama
Director: John O. Example

Yourself and Example (당신자신과 예시) 86 minutes/ Drama
Director: Hong Example-soo
"""
    records = read(page)
    assert [(f.title, f.year, f.runtime, f.documentary) for f in records.films] == [
        ("Example Dog", 2015, "PT97M", False),
        ("Nice Example", 2015, "PT96M", True),
        ("Viskan Example", 2015, "PT106M", False),
        ("Yourself and Example", None, "PT86M", False),
    ]


@pytest.mark.parametrize(
    "text", ["Karin Example 96 minutes / Documentary", "France, Czech Republic 2019 / 78 min."]
)
def test_a_name_or_countries_before_a_runtime_is_no_title(text: str) -> None:
    assert classify(line(text)).kind is not LineKind.INLINE


def test_the_heading_of_a_list_of_films_is_no_title() -> None:
    assert problems("List of Films", "Filmliste", "A List of Films Unmade") == [
        "it heads the page's list of films",
        "it heads the page's list of films",
        None,
    ]


# --- the hundred-and-forty-fifth round's forms --------------------------------------------


def test_the_year_of_a_makers_degree_is_no_films_year() -> None:
    page = """
The Example Painter

Directed by Matthew Example (M.F.A., dramatic writing, {year})
Canada, 2023, 13 min.
"""
    assert [(f.title, f.year) for f in read(page.format(year=2019)).films] == [
        ("The Example Painter", None)
    ]
    assert [(f.title, f.year) for f in read(page.format(year=2023)).films] == [
        ("The Example Painter", 2023)
    ]


def test_a_headlines_possessive_names_the_film_but_no_maker() -> None:
    page = """
PJ Example’s A Dog Called Example is among the festival's films

The festival is back for its sixth edition this week, with music documentaries.
"""
    assert films(read(page)) == [("A Dog Called Example", [])]
    sentence = page.replace("festival's films", "festival's films.")
    assert films(read(sentence)) == [("A Dog Called Example", ["PJ Example"])]


# --- recall: short words for a kind of film ------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "documentary"),
    [("Animadoc | Deutschland 2021, 05:45 min", True), ("한국 | 2018 | 극 | 20분", False)],
)
def test_a_short_word_for_the_kind_of_film_is_read_and_dropped(
    fields: str, documentary: bool
) -> None:
    meta = read_meta(fields)
    assert (meta.unread, meta.documentary) == ([], documentary)


def test_a_name_in_two_scripts_over_the_fields_is_no_title() -> None:
    page = """
<기억으로 예시하다>

당신과 나의 예시 The Example between You and Me : the Record of an Example for 77 days

예시식 YE Si-sik

한국 Korea | 2010 | 다큐 | 85분 | HDV | 컬러+흑백

2000년대 예시 싸움 가운데 가장 컸던 예시 파업은 패배로 막을 내렸다. 이 싸움은 모두의 싸움이다.
"""
    assert [f.title for f in read(page).films] == []
    unspaced = "\n".join(line for line in page.split("\n") if line.strip())
    assert [f.title for f in read(unspaced).films] == []


def test_a_title_in_two_languages_over_the_fields_is_no_name() -> None:
    page = """
10시 상영

말과 예시 Horse Example
감독 : 하미드 예시
  • 프랑스
  • 2019
  • 85min
"""
    assert [(f.title, f.original_title) for f in read(page).films] == [
        ("말과 예시", "Horse Example")
    ]


# --- recall: a name-shaped title over its rows ---------------------------------------------


_ROWS_OVER_FIELDS = """
Programm

{line}

26. September 2018
  • 18:00 Uhr
  • 20:30 Uhr

GR 2015 - 113 Min.
{director}

Ein Satz über den Film, den wir selbst geschrieben haben, mit einem Ende hier.
"""


def test_a_name_shaped_title_over_rows_over_fields_naming_another_is_the_title() -> None:
    page = _ROWS_OVER_FIELDS.format(line="Worlds Example", director="Regie:\nAnna Example")
    films = read(page, timezone="Europe/Zurich").films
    assert [(f.title, [n for n, _ in f.directors]) for f in films] == [
        ("Worlds Example", ["Anna Example"])
    ]
    assert [(s.day, s.start) for s in films[0].screenings] == [
        (date(2018, 9, 26), time(18, 0)),
        (date(2018, 9, 26), time(20, 30)),
    ]


@pytest.mark.parametrize(
    "director",
    [
        "Regie:\nWorlds Example",  # the name over the rows is the director's own
        "Besetzung:\nBen Example",  # the fields name no director: which is the title?
    ],
)
def test_a_name_over_rows_is_no_title_unless_fields_name_another(director: str) -> None:
    page = _ROWS_OVER_FIELDS.format(line="Worlds Example", director=director)
    assert "Worlds Example" not in [f.title for f in read(page, timezone="Europe/Zurich").films]


# --- recall: an events calendar's title, row, then title and house -------------------------


_CALENDAR = """
Fig Example
Nov 14, 2019 @ 7:00 pm – 8:00 pm
{at_first} @ Cafritz Hall

Dir. Ann Example | 93 min
Narrative Ethiopia, France  2018

Partisans of Example
Nov 15, 2019 @ 1:00 pm – 2:00 pm
Partisans of Example @ Cafritz Hall
Dir. Ben Example | 130 min
"""


def test_a_title_at_its_house_under_the_row_leaves_the_title_over_the_row() -> None:
    records = read(_CALENDAR.format(at_first="Fig Example"), timezone="America/New_York")
    assert [(f.title, [n for n, _ in f.directors], f.countries) for f in records.films] == [
        ("Fig Example", ["Ann Example"], ["Ethiopia", "France"]),
        ("Partisans of Example", ["Ben Example"], []),
    ]
    assert [(s.day, s.start) for f in records.films for s in f.screenings] == [
        (date(2019, 11, 14), time(19, 0)),
        (date(2019, 11, 15), time(13, 0)),
    ]


def test_another_title_at_a_house_under_the_row_leaves_the_title_unsure() -> None:
    records = read(_CALENDAR.format(at_first="Other Example"), timezone="America/New_York")
    assert "Fig Example" not in [f.title for f in records.films]
    assert "Other Example" not in [f.title for f in records.films]


@pytest.mark.parametrize("kind", ["Narrative", "Fiction", "Experimental"])
def test_a_kind_of_film_before_a_country_is_no_name(kind: str) -> None:
    meta = read_meta(f"{kind} Ethiopia, France  2018")
    assert (meta.directors, meta.countries, meta.year) == ([], ["Ethiopia", "France"], 2018)


# --- recall: a title printed twice under the row or the film above ------------------------


_TWICE = """
Flicker Example: The Programme

April 1, 2016 · The Square Room · 4:45 P.M.

{first}

{first}

Directed by Pablo Example · Argentina · 7 minutes

A journey through a landscape that we describe in a sentence of our own here.

Dock Example

Dock Example

Directed by Bill Example · USA · World Premiere · 18 minutes
"""


def test_a_title_printed_twice_under_a_row_or_the_film_above_is_the_title() -> None:
    records = read(_TWICE.format(first="Fish Example"))
    assert films(records) == [
        ("Fish Example", ["Pablo Example"]),
        ("Dock Example", ["Bill Example"]),
    ]


def test_a_name_printed_twice_is_no_title_where_the_fields_credit_it() -> None:
    titles = [f.title for f in read(_TWICE.format(first="Pablo Example")).films]
    assert "Pablo Example" not in titles


def test_a_middle_dot_joins_a_rows_venue_and_is_no_part_of_it() -> None:
    row = classify(line("April 1, 2016 · The Square Room · 4:45 P.M."))
    assert [(c.hour, c.minute, c.venue) for c in row.cells] == [(16, 45, "The Square Room")]
