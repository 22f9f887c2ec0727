"""The field readers of the programme-page reader, one form at a time (issue 13)."""

from __future__ import annotations

from datetime import date, time

import pytest

from dockg.ingest.reader.blocks import split_screen
from dockg.ingest.reader.context import read_banner
from dockg.ingest.reader.dates import DateError, find_date, find_range, find_times
from dockg.ingest.reader.fields import (
    country_of,
    is_premiere,
    read_list_entry,
    read_meta,
    runtime_of,
    split_title,
    split_title_director,
    subtitles_of,
)
from dockg.ingest.reader.lines import LineKind, classify
from dockg.ingest.text import Line


def line(text: str) -> Line:
    return Line(1, text, text)


@pytest.mark.parametrize(
    ("printed", "duration"),
    [
        ("113 minutes", "PT113M"),
        ("115 min.", "PT115M"),
        ("59:00min", "PT59M"),
        ("1h 30m", "PT1H30M"),
        ("90분", "PT90M"),
        ("16min 55sec", "PT16M55S"),
        ("29'", "PT29M"),
        ("82 Min.", "PT82M"),
    ],
)
def test_runtimes_in_every_printed_form(printed: str, duration: str) -> None:
    assert runtime_of(printed) == duration


@pytest.mark.parametrize("text", ["2019", "Berlin", "90", "min", "55sec"])
def test_what_is_no_runtime(text: str) -> None:
    assert runtime_of(text) is None


def test_countries_in_english_german_and_korean_are_one_place() -> None:
    assert {country_of(n) for n in ("Germany", "Deutschland", "독일")} == {"Germany"}
    assert {country_of(n) for n in ("South Korea", "Südkorea", "한국", "대한민국")} == {
        "South Korea"
    }
    assert country_of("Volksrepublik China") == "China"
    assert country_of("Atlantis") is None


@pytest.mark.parametrize(
    ("flag", "tags"),
    [
        ("English subtitles", ("en",)),
        ("with English subtitles", ("en",)),
        ("OmU", ("de",)),
        ("OmeU", ("en",)),
        ("(K,E)", ("ko", "en")),
        ("Untertitel: Englisch", ("en",)),
        ("영어자막", ("en",)),
    ],
)
def test_subtitle_and_language_flags(flag: str, tags: tuple[str, ...]) -> None:
    assert subtitles_of(flag) == tags


def test_premiere_flags_in_three_languages() -> None:
    assert all(is_premiere(t) for t in ("World Premiere", "Weltpremiere", "월드 프리미어"))
    assert not is_premiere("Premiere party at the Kino bar")


@pytest.mark.parametrize(
    ("text", "directors", "countries", "year", "runtime"),
    [
        (
            "Regie: Anna Berg | Deutschland 2019 | 90 Min. | OmeU",
            ["Anna Berg"],
            ["Germany"],
            2019,
            "PT90M",
        ),
        ("Director: PARK Minji", ["PARK Minji"], [], None, None),
        ("Dir. Jon BETZ, Taggart SIEGEL", ["Jon BETZ", "Taggart SIEGEL"], [], None, None),
        ("R: Jonas Weber, D 2018, 1h 12m", ["Jonas Weber"], ["Germany"], 2018, "PT1H12M"),
        ("감독 홍길동 | 한국 | 2019 | 90분", ["홍길동"], ["South Korea"], 2019, "PT90M"),
        (
            "Directed By: KIM Dohyun (South Korea, 2013, 79 mins, DCP)",
            ["KIM Dohyun"],
            ["South Korea"],
            2013,
            "PT79M",
        ),
        (
            "Christian Weinert, Ferdinand Carrière / Deutschland 2018 / 82 Min.",
            ["Christian Weinert", "Ferdinand Carrière"],
            ["Germany"],
            2018,
            "PT82M",
        ),
        ("FIN, DK, S 2014, 93 Min.", [], ["Finland", "Denmark", "Sweden"], 2014, "PT93M"),
        ("정수은/한국/2016/83분/전체관람가", ["정수은"], ["South Korea"], 2016, "PT83M"),
    ],
)
def test_header_fields_in_any_order_and_punctuation(
    text: str, directors: list[str], countries: list[str], year: int | None, runtime: str | None
) -> None:
    meta = read_meta(text)
    assert (meta.directors, meta.countries, meta.year, meta.runtime) == (
        directors,
        countries,
        year,
        runtime,
    )


def test_titles_quoted_or_not_with_the_original_in_parentheses() -> None:
    assert split_title("„Devil's Rope“ („Le corde du diable“)") == (
        "Devil's Rope",
        "Le corde du diable",
    )
    assert split_title("Die Salzstraße (The Salt Road)") == ("Die Salzstraße", "The Salt Road")
    assert split_title("그 날 One Warm Spring Day") == ("그 날", "One Warm Spring Day")
    assert split_title("Heart of Snow: afterlife") == ("Heart of Snow: afterlife", None)
    assert split_title_director("KIX – Bálint Révész, Dávid Mikulán") == (
        "KIX",
        ("Bálint Révész", "Dávid Mikulán"),
    )
    assert split_title_director("Heart of Snow – Heart of Blood") is None


def test_a_film_as_one_line_of_a_list() -> None:
    title, meta = read_list_entry(
        "Fern von uns von Verena Kuri, Laura Bierbrauer, Argentinien – WP"
    ) or ("", None)
    assert title == "Fern von uns"
    assert meta is not None
    assert (meta.directors, meta.countries, meta.premiere) == (
        ["Verena Kuri", "Laura Bierbrauer"],
        ["Argentina"],
        "World Premiere",
    )
    assert read_list_entry("Ein Abend von und mit Freunden") is None


@pytest.mark.parametrize(
    ("text", "month", "day", "year", "weekday"),
    [
        ("2019.03.23(Sat) 11:00", 3, 23, 2019, 5),
        ("September 18th, 2020 (Friday)", 9, 18, 2020, 4),
        ("Thursday, October 17", 10, 17, None, 3),
        ("Do 17.10.", 10, 17, None, 3),
        ("Mi., 30.10., 19.30 Uhr", 10, 30, None, 2),
        ("17. Oktober 2019", 10, 17, 2019, None),
        ("3월 23일 (토)", 3, 23, None, 5),
        ("2014년 12월 1일(월)", 12, 1, 2014, 0),
        ("2/26(일) 14:40", 2, 26, None, 6),
        ("Sat 23rd March", 3, 23, None, 5),
    ],
)
def test_dates_in_english_german_and_korean(
    text: str, month: int, day: int, year: int | None, weekday: int | None
) -> None:
    printed = find_date(text)
    assert printed is not None
    assert (printed.month, printed.day, printed.year, printed.weekday) == (
        month,
        day,
        year,
        weekday,
    )


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Dienstag, 28.10.25, 17h30 im Kino Scala", 2025),  # a Tuesday in 2025
        ("Montag 09.12.19", 2019),
        ("Sa 19.09.20, 20:00 Uhr", 2020),
    ],
)
def test_a_two_digit_year_after_the_weekday_the_day_has_in_it(text: str, year: int) -> None:
    printed = find_date(text)
    assert printed is not None and printed.year == year
    assert printed.on(1999).year == year  # the printed year wins


@pytest.mark.parametrize(
    "text",
    [
        "31.10.12",  # no weekday: 2012, or a version, or another order
        "24.06.21",  # a Korean board's yy.mm.dd
        "Mo 28.10.25",  # 2025-10-28 is a Tuesday: no year is read, nor the day
        "Mo 28.10.25.3",  # a number runs on
    ],
)
def test_a_two_digit_year_without_a_weekday_that_fits_is_no_date(text: str) -> None:
    assert find_date(text) is None


def test_a_weekday_that_disagrees_with_the_date_is_an_error() -> None:
    printed = find_date("Mo 17.10.")
    assert printed is not None
    with pytest.raises(DateError, match="2019-10-17 is a Thursday, not Mo"):
        printed.on(2019)
    assert printed.on(2022) == date(2022, 10, 17)


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("22:15 Uhr", time(22, 15)),
        ("22.15 Uhr", time(22, 15)),
        ("18 Uhr", time(18, 0)),
        ("10:00 am", time(10, 0)),
        ("7 pm", time(19, 0)),
        ("16:00 pm", time(16, 0)),
        ("오후 4시", time(16, 0)),
        ("오전 10시 30분", time(10, 30)),
        ("오후 2시 반", time(14, 30)),
    ],
)
def test_times_and_a_24_hour_time_followed_by_pm_stays(text: str, clock: time) -> None:
    assert [t.value for t in find_times(text)] == [clock]


def test_twelve_am_is_not_read_for_midnight_nor_for_noon() -> None:
    # both pages of the corpus that print ``12:xx am`` mean noon (a slip), but a midnight
    # screening is printed so too: the time alone does not say which
    with pytest.raises(DateError, match="12:30 am: midnight, or noon printed so"):
        find_times("12:30 am")
    with pytest.raises(DateError, match="12:00 am"):
        find_times("12:00 a.m. Citadel")
    assert [t.value for t in find_times("12:30 pm")] == [time(12, 30)]
    with pytest.raises(DateError, match="12:00 am"):
        find_times("오전 12시")  # as ambiguous in Korean


def test_a_bare_number_is_no_time() -> None:
    assert find_times("Saal 5, 90 Plätze") == []


def test_date_ranges_of_a_festival() -> None:
    assert find_range("27.10.-02.11.2014") is not None
    found = find_range("Vom 13. bis 19 November 2018 findet das Fest statt")
    assert found is not None and (found.first, found.last) == (
        date(2018, 11, 13),
        date(2018, 11, 19),
    )
    english = find_range("runs September 19-26, 2019 in Goyang")
    assert english is not None and english.last == date(2019, 9, 26)


@pytest.mark.parametrize(
    ("venue", "theatre", "screen"),
    [
        ("Cinestar 5", "Cinestar", "5"),
        ("Lotte Cinema Hongik Univ 2", "Lotte Cinema Hongik Univ", "2"),
        ("메가박스 백석 3관", "메가박스 백석", "3"),
        ("Passage Kinos Astoria", "Passage Kinos Astoria", None),
        ("Kino 2", "Kino", "2"),
    ],
)
def test_a_theatre_and_its_screen_number(venue: str, theatre: str, screen: str | None) -> None:
    assert split_screen(venue) == (theatre, screen)


def test_schedule_rows_give_date_time_and_venue_only_after_the_date() -> None:
    row = classify(line("Wann und Wo? 29. Oktober, 11.30 Uhr in den Passage Kinos"))
    assert row.kind is LineKind.SCHEDULE
    assert [(c.hour, c.minute, c.venue) for c in row.cells] == [(11, 30, "Passage Kinos")]
    two = classify(line("Mo 11.05. 18:00 City 2 Mi 13.05. 14:00 City 3"))
    assert [(c.date.day if c.date else 0, c.venue) for c in two.cells] == [
        (11, "City 2"),
        (13, "City 3"),
    ]


def test_a_row_with_header_fields_takes_its_venue_only_from_a_label() -> None:
    row = classify(line("Norway | 2017 | 87min | Venue Hanul Square | Date 20:00 Aug. 25th (Fri)"))
    assert row.kind is LineKind.META
    assert [c.venue for c in row.cells] == ["Hanul Square"]
    bare = classify(line("Norway | 2017 | 87min | Date 20:00 Aug. 25th (Fri)"))
    assert [c.venue for c in bare.cells] == [""]


@pytest.mark.parametrize(
    ("text", "name", "number", "year"),
    [
        (
            "The 12th Hangang Documentary Film Festival",
            "Hangang Documentary Film Festival",
            12,
            None,
        ),
        (
            "57. Internationales Leipziger Festival für Dokumentar- und Animationsfilm"
            " | 27.10.–02.11.2014",
            "Internationales Leipziger Festival für Dokumentar- und Animationsfilm",
            57,
            2014,
        ),
        ("DOK Leipzig 2019", "DOK Leipzig", None, 2019),
        ("제11회 DMZ국제다큐영화제", "DMZ국제다큐영화제", 11, None),
        (
            "Vom 13. bis 19 November 2018 findet das 35. Kasseler Dokumentarfilm- und"
            " Videofest statt.",
            "Kasseler Dokumentarfilm- und Videofest",
            35,
            2018,
        ),
    ],
)
def test_festival_banners(text: str, name: str, number: int | None, year: int | None) -> None:
    banner = read_banner(line(text))
    assert banner is not None
    assert (banner.name, banner.number, banner.year) == (name, number, year)


def test_one_line_films_in_capitals() -> None:
    from dockg.ingest.reader.fields import read_caps_directed, read_caps_entry

    glued = read_caps_entry("PRISON ARCHITECTvon Cao Fei")
    assert glued is not None and (glued[0], glued[2].directors) == ("PRISON ARCHITECT", ["Cao Fei"])
    slashed = read_caps_entry("O ENSAIO / THE REHEARSAL von Tamar Guimarães")
    assert slashed is not None and slashed[:2] == ("O ENSAIO", "THE REHEARSAL")
    assert read_caps_entry("Ein Abend von Anna Berg") is None  # not in capitals
    directed = read_caps_directed(
        'East Coast premiere: SEEKING HAVEN (South Korea, Thailand 2012, 51") Documentary'
        " directed by Hein Seok"
    )
    assert directed is not None
    assert (directed[0], directed[1].directors, directed[1].year) == (
        "SEEKING HAVEN",
        ["Hein Seok"],
        2012,
    )


def test_a_filmography_line_in_capitals_is_a_film_but_a_line_of_codes_is_not() -> None:
    entry = classify(line("LEBEN – GEBRAUCHSANLEITUNG, DE 2016, 90 Min."))
    assert entry.kind is LineKind.INLINE and entry.title == "LEBEN – GEBRAUCHSANLEITUNG"
    assert entry.meta is not None and (entry.meta.countries, entry.meta.year) == (["Germany"], 2016)
    codes = classify(line("FIN, DK, S 2014, 93 Min."))
    assert codes.kind is LineKind.META


def test_labelled_fields_inside_a_header_line() -> None:
    meta = read_meta(
        "Deutschland 2023 – Regie: Ralf Bücheler – Originalfassung: Deutsch – Untertitel:"
        " Englisch – Länge: 102 min."
    )
    assert (meta.directors, meta.countries, meta.year, meta.runtime, meta.subtitles) == (
        ["Ralf Bücheler"],
        ["Germany"],
        2023,
        "PT102M",
        ("en",),
    )


def test_films_named_in_running_text() -> None:
    from dockg.ingest.reader.mentions import read_mentions

    texts = [
        "개막식에서 진모영 감독의 새 영화 ‘올드마린보이’가 상영된다.",
        "개막작으로 '관찰과 기억'(이솜이 감독)과 '퀴어의 방'(권아람)이 상영된다.",
        "The festival opens with director Ildiko ENYEDI’s On Body and Soul, which is new.",
        "Jeonju Cinema Project’s Big Plans, announced today.",
        "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
        "대상인 ‘흰기러기상’ 수상작, 음악 청년과 그 가족의 이야기 ‘녹턴’도 상영된다.",
    ]
    conflicts: list[tuple[int, str]] = []
    films = read_mentions([Line(n, t, t) for n, t in enumerate(texts, start=1)], conflicts)
    assert [(f.title, [d for d, _ in f.directors]) for f in films] == [
        ("올드마린보이", ["진모영"]),
        ("관찰과 기억", ["이솜이"]),
        ("퀴어의 방", ["권아람"]),
        ("On Body and Soul", ["Ildiko ENYEDI"]),
        ("녹턴", []),
    ]
    assert conflicts == []


def test_film_lists_in_a_sentence_are_read_where_the_list_fixes_each_title() -> None:
    from dockg.ingest.reader.lists import Listed, read_lists

    semicolons = (
        "The edition mixes genres: Hong Sang-soo’s Yourself and Yours; Bong Joon-ho’s Okja on"
        " the big screen; Park Kwang-hyun’s Fabricated City, set among gamers; Bamseom"
        " Pirates Seoul Inferno, a documentary about a punk band; and Shin Dong-il’s Come,"
        " Together."
    )
    assert read_lists(semicolons) == [
        Listed("Yourself and Yours", "Hong Sang-soo"),
        Listed("Okja", "Bong Joon-ho"),
        Listed("Fabricated City", "Park Kwang-hyun"),
        Listed("Bamseom Pirates Seoul Inferno", None),
        Listed("Come, Together", "Shin Dong-il"),
    ]
    commas = (
        "The dome will show Edouard BAER’s Open at Night, Lost in Paris, Asura: The City of"
        " Madness and Liberation Day. On Sunday two films are shown there: Pat and Mat, free"
        " of charge, and The Jungle Book."
    )
    assert read_lists(commas) == [
        Listed("Open at Night", "Edouard BAER"),
        Listed("Lost in Paris", None),
        Listed("Asura: The City of Madness", None),
        Listed("Liberation Day", None),
        Listed("Pat and Mat", None),
        Listed("The Jungle Book", None),
    ]
    # Not read: an item that is no title, a last item with two "and", a lower-case title
    # whose end is not known, a list of things that are no films.
    assert read_lists("The dome will show Open at Night, films for children and more.") == []
    assert read_lists("It will show Lost in Paris, Pat and Mat and Liberation Day.") == []
    assert read_lists("Picks: Bong Joon-ho’s Memories of murder; Zhang Lu’s Dream; X.") == [
        Listed("Dream", "Zhang Lu")
    ]
    assert read_lists("The city will show its parks, museums and Old Town.") == []
    # lists of kinds of programme, of places, of days: not films
    assert read_lists("The festival will show Korean Films, Documentaries and Shorts.") == []
    assert read_lists("The tour will show Berlin, Paris and Rome.") == []
    assert read_lists("It screens Monday, Tuesday and Friday.") == []
    assert read_lists("It will show Lost in Paris, Pat and March of the Penguins.") == [
        Listed("Lost in Paris", None),
        Listed("Pat", None),
        Listed("March of the Penguins", None),
    ]


def test_a_korean_archives_fields_separated_by_spaces_only() -> None:
    from dockg.ingest.reader.fields import read_spaced_fields

    meta = read_spaced_fields("23회 상영작 노르웨이 아니켄 홀 다큐멘터리 88'")
    assert meta is not None
    assert (meta.directors, meta.countries, meta.runtime) == (["아니켄 홀"], ["Norway"], "PT88M")
    # a name not right after the country, two runs of unknown words, no country: not read
    assert read_spaced_fields("23회 상영작 권아람 한국 다큐멘터리 29'") is None
    assert read_spaced_fields("한국 권아람 다큐멘터리 새 작품 29'") is None
    assert read_spaced_fields("권아람 다큐멘터리 29'") is None
    assert read_spaced_fields("한국 Anna Berg 다큐멘터리 29'") is None


def test_a_title_then_its_director_in_a_korean_heading() -> None:
    from dockg.ingest.reader.mentions import read_mentions

    texts = [
        "[INTERVIEW] 기록한다는 것 – <누구는 알고 누구는 모르는> 배꽃나래 감독",
        "<종이꽃> 관객과의 대화에 고훈 감독과 배우들이 함께했다.",
    ]
    films = read_mentions([Line(n, t, t) for n, t in enumerate(texts, start=1)], [])
    assert [(f.title, [d for d, _ in f.directors]) for f in films] == [
        ("누구는 알고 누구는 모르는", ["배꽃나래"]),
    ]


@pytest.mark.parametrize("printed", ["100’", "100'", "100′"])
def test_a_prime_mark_after_minutes_is_a_runtime(printed: str) -> None:
    assert runtime_of(printed) == "PT100M"


def test_a_title_then_dir_then_names_then_countries_before_a_year() -> None:
    entry = classify(
        line("143 Sahara Street, dir. Hassen Ferhani, Algeria, France, Qatar 2019, 100’")
    )
    assert entry.kind is LineKind.INLINE and entry.title == "143 Sahara Street"
    assert entry.meta is not None
    assert (entry.meta.directors, entry.meta.countries, entry.meta.year, entry.meta.runtime) == (
        ["Hassen Ferhani"],
        ["Algeria", "France", "Qatar"],
        2019,
        "PT100M",
    )
    alone = classify(line("The Kingmaker, dir. Lauren Greenfield"))
    assert alone.kind is LineKind.INLINE and alone.title == "The Kingmaker"
    assert alone.meta is not None and alone.meta.directors == ["Lauren Greenfield"]
    # a sentence is no title, and words after the names that are no fields refuse the line
    assert classify(line("The director describes long stretches with her subject.")).title is None
    assert (
        classify(line("Citizen K, dir. Alex Gibney, who also wrote it")).kind is not LineKind.INLINE
    )


def test_a_title_then_a_labelled_director_in_parentheses() -> None:
    entry = classify(line("Arche Nora (Regie: Anna Kirst)"))
    assert entry.kind is LineKind.INLINE and entry.title == "Arche Nora"
    assert entry.meta is not None and entry.meta.directors == ["Anna Kirst"]
    fields = classify(line("Heute (R: Anna Berg, Deutschland 2019, 90 min)"))
    assert fields.title == "Heute" and fields.meta is not None
    assert (fields.meta.directors, fields.meta.countries, fields.meta.year) == (
        ["Anna Berg"],
        ["Germany"],
        2019,
    )
    # words in the parentheses that are no names refuse the line
    assert classify(line("Ein Abend (Regie: mit Gästen)")).kind is not LineKind.INLINE
    assert classify(line("Talk (Director: to be announced)")).kind is not LineKind.INLINE


def test_catalogue_codes_and_a_year_after_a_kind_of_film() -> None:
    meta = read_meta("Dokumentarfilm, AT/DE 2023, 82 min., OmeU")
    assert (meta.countries, meta.year, meta.runtime, meta.unread) == (
        ["Austria", "Germany"],
        2023,
        "PT82M",
        [],
    )


def test_co_directors_run_on_from_their_label_but_crew_names_are_no_directors() -> None:
    meta = read_meta("2018 / USA / Dir: Werner Herzog, Andre Singer / 92 min")
    assert (meta.directors, meta.countries, meta.runtime) == (
        ["Werner Herzog", "Andre Singer"],
        ["United States"],
        "PT92M",
    )
    credits = read_meta(
        "DE 2021. Montage: Yana Höhnerbach, Mike Schlömer. Regie: Georg Nonnenmacher, Mike"
        " Schlömer. Kamera: Georg Nonnenmacher. Ton: Rainer Gerlach, Gerald Cronauer."
    )
    assert credits.directors == ["Georg Nonnenmacher", "Mike Schlömer"]
    assert (credits.countries, credits.year, credits.unread) == (["Germany"], 2021, [])
    # a production label before countries: the countries are read
    assert read_meta("Production: Deutschland, Polen").countries == ["Germany", "Poland"]


def test_a_cinema_release_date_is_read_but_is_no_screening() -> None:
    entry = classify(line("114 Minuten. Kinostart: 31.03.2022 (DE)"))
    assert entry.kind is LineKind.META and entry.cells == ()
    assert entry.meta is not None and entry.meta.runtime == "PT114M"


def test_a_title_in_capitals_run_into_its_director_and_fields() -> None:
    from dockg.ingest.reader.fields import read_caps_credit

    entry = read_caps_credit(
        "Human Rights Human Wrongs: Films and talks AMAZING AZERBAIJAN Liz Mermin,"
        " UK/Azerbaijan/Germany 2013, 61 min. The song contest of 2012 showed the world."
    )
    assert entry is not None
    assert (entry[0], entry[1].directors, entry[1].countries, entry[1].year) == (
        "AMAZING AZERBAIJAN",
        ["Liz Mermin"],
        ["United Kingdom", "Azerbaijan", "Germany"],
        2013,
    )
    # the entry must open the line (or follow a heading's colon); a title not in capitals
    # or a sentence before it is no entry
    assert read_caps_credit("We saw DEMOCRATS Camilla Nielsson, Denmark 2014, 100 min.") is None
    assert read_caps_credit("Democrats Camilla Nielsson, Denmark 2014, 100 min.") is None
    assert read_caps_credit("WORLD PREMIERE Anna Berg, Germany 2019, 90 min.") is None


def test_a_line_of_fields_alone_is_never_a_title() -> None:
    from dockg.ingest.reader.fields import field_only

    assert field_only("90min") is not None and field_only("Jahr: 2020") is not None
    assert field_only("Denmark 2009") is not None
    assert field_only("Meeting Gorbachev") is None  # reads as a name, not a field
    assert field_only("Burma VJ") is None


def test_a_list_entry_with_year_runtime_and_premiere_after_the_countries() -> None:
    entry = read_list_entry("1970 von Tomasz Wolski, Polen, 2021, 70’, Weltpremiere")
    assert entry is not None
    title, meta = entry
    assert (title, meta.directors, meta.countries, meta.year, meta.runtime, meta.premiere) == (
        "1970",
        ["Tomasz Wolski"],
        ["Poland"],
        2021,
        "PT70M",
        "Weltpremiere",
    )
    two = read_list_entry(
        "Ostrov – Lost Island von Svetlana Rodina und Laurent Stoop, Schweiz, 2021, 92’"
    )
    assert two is not None and two[1].directors == ["Svetlana Rodina", "Laurent Stoop"]
    remark = read_list_entry(
        "Holgut von Liesbeth de Ceulaer, Belgien, 2021, 74’, Weltpremiere (präsentiert in"
        " Zusammenarbeit mit CPH:DOX)"
    )
    assert remark is not None and (remark[0], remark[1].runtime) == ("Holgut", "PT74M")
    # no country, a part that is no field, or a title that only says "a film": no entry
    assert read_list_entry("Holgut von Liesbeth de Ceulaer, 2021, 74’") is None
    assert read_list_entry("Holgut von Liesbeth de Ceulaer, Belgien, mit Gästen") is None
    assert read_list_entry("Ein Film von Anna Berg, Deutschland, 2019") is None


def test_an_entry_wrapped_after_a_slash_or_an_open_parenthesis_is_joined() -> None:
    from dockg.ingest.reader.lines import join_wrapped

    lines = [
        Line(1, "Les Enfants terribles von Ahmet Necdet Cupur, Frankreich/Deutschland/", ""),
        Line(2, "Türkei, 2021, 93’, Weltpremiere", ""),
        Line(
            3, "Holgut von Liesbeth de Ceulaer, Belgien, 2021, 74’, Weltpremiere (präsentiert", ""
        ),
        Line(4, "in Zusammenarbeit mit CPH:DOX)", ""),
        Line(5, "Users von Natalia Almada, USA/Mexiko, 2021, 81’", ""),
    ]
    assert [(x.number, x.text) for x in join_wrapped(lines)] == [
        (
            1,
            "Les Enfants terribles von Ahmet Necdet Cupur, Frankreich/Deutschland/Türkei, 2021,"
            " 93’, Weltpremiere",
        ),
        (2, ""),
        (
            3,
            "Holgut von Liesbeth de Ceulaer, Belgien, 2021, 74’, Weltpremiere (präsentiert in"
            " Zusammenarbeit mit CPH:DOX)",
        ),
        (4, ""),
        (5, "Users von Natalia Almada, USA/Mexiko, 2021, 81’"),
    ]
    # an address ending in a slash is no wrapped entry
    site = [Line(1, "Film website: http://example.org/", ""), Line(2, "Mein Film", "")]
    assert [x.text for x in join_wrapped(site)] == [x.text for x in site]


def test_a_time_range_is_one_screening_and_its_end_no_venue() -> None:
    from dockg.ingest.reader.lines import read_schedule

    cells = read_schedule("Saturday 21 August 2021 14:30–16:00 Nazrul Tirtha")
    assert [(c.hour, c.minute, c.venue) for c in cells] == [(14, 30, "Nazrul Tirtha")]
    row = classify(line("A Northern Soul | [02:30pm to 04:00pm]"))
    assert row.kind is LineKind.SCHEDULE and row.title == "A Northern Soul"
    assert [(c.date, c.hour, c.minute, c.venue) for c in row.cells] == [(None, 14, 30, "")]
    # a name before the time is no title
    assert classify(line("Anna Berg | 14:30")).title is None


def test_a_sentence_naming_a_film_and_its_director_is_no_title_line() -> None:
    text = "The festival opens with Sunless, directed by Chris Marker."
    assert classify(line(text)).kind is not LineKind.INLINE


def test_a_title_in_capitals_by_a_name_then_a_synopsis_after_a_dash() -> None:
    from dockg.ingest.reader.fields import read_caps_entry

    text = (
        "CENTURY OF SMOKE by Nicolas Graux – In a village of the Akha people in northern Laos,"
        " Laosan and his family live off opium, which the government means to outlaw. The film"
        " watches what the crop gives the villagers and what it takes from them."
    )
    entry = classify(line(text))
    assert entry.kind is LineKind.INLINE and entry.title == "CENTURY OF SMOKE"
    assert entry.meta is not None and entry.meta.directors == ["Nicolas Graux"]
    # the synopsis must follow a spaced dash; words after the name are no name
    assert read_caps_entry("CENTURY OF SMOKE by Nicolas Graux and the villagers of Akha") is None
