"""Whole pages through the programme-page reader: records first, then the graph (issue 13).

The fixtures are invented pages in the shapes of real ones, each made to test one of the
issue's failures: a page whose first header has a seed site's layout but that holds two
films (in Leipzig, across the end of summer time), a page whose banner and dates give two
years, a page that names no city.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from dockg.errors import InputError, UsageError
from dockg.ingest.output import format_summary
from dockg.ingest.page import import_page
from dockg.ingest.reader import ReadOptions, read_programme
from dockg.ingest.reader.context import cities_in
from dockg.ingest.reader.records import Note, ProgrammeRecords
from dockg.ingest.site_profile import load_profile, matching_profile
from dockg.ingest.text import Line, read_lines
from dockg.namespaces import SDO, XSD
from dockg.prefixes import compact_iri
from dockg.project import Project
from ingest_page_support import NOW, PAGES, PROGRAMME_SEED, data_snapshot, seed_project_copy, turtle

LEIPZIG = PAGES / "two-films-leipzig.txt"
YEARS = PAGES / "two-films-conflicting-years.txt"
NO_CITY = PAGES / "two-films-no-city.txt"


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_project_copy(tmp_path_factory.mktemp("seed"))


def screenings_of(
    path: Path, options: ReadOptions | None = None
) -> list[tuple[str, str, str | None, str | None]]:
    records = read_programme(read_lines(path), options or ReadOptions())
    return [
        (
            film.title,
            s.start_local.isoformat() if s.start_local else f"{s.day} {s.start} (no offset)",
            s.venue,
            s.screen,
        )
        for film in records.films
        for s in film.screenings
    ]


# -- records --------------------------------------------------------------------------------


def test_two_films_each_keep_their_own_fields_rows_and_synopsis() -> None:
    records = read_programme(read_lines(LEIPZIG))
    first, second = records.films
    assert (first.title, first.line, first.directors) == (
        "The Salt Road Ledger",
        7,
        [("Anna Berg", 9)],
    )
    assert (first.year, first.runtime, first.subtitles) == (2018, "PT16M55S", ("en",))
    assert first.synopsis[0].startswith("An account book")
    assert (second.title, second.original_title) == ("Nachtfischer", "Night Fishers")
    assert second.directors == [("Jonas Weber", 18)]
    assert (second.countries, second.year, second.runtime) == (
        ["Switzerland", "Germany"],
        2018,
        "PT1H12M",
    )
    assert (second.subtitles, second.premiere) == (("de",), (20, "Weltpremiere"))
    assert second.synopsis[0].startswith("Two brothers")
    assert first.section == second.section == (5, "Internationaler Wettbewerb")
    assert records.unused == [] and records.ambiguous == []


def test_screenings_in_leipzig_time_with_both_offsets_across_the_end_of_summer_time() -> None:
    assert screenings_of(LEIPZIG) == [
        ("The Salt Road Ledger", "2019-10-26T17:00:00+02:00", "Cinestar", "5"),
        ("The Salt Road Ledger", "2019-10-28T22:15:00+01:00", "Passage Kinos Astoria", None),
        ("Nachtfischer", "2019-10-30T19:30:00+01:00", "Schaubühne Lindenfels", None),
    ]
    context = read_programme(read_lines(LEIPZIG)).context
    assert (context.zone, context.zone_why) == (
        "Europe/Berlin",
        "'Leipzig' in the festival's name on line 1",
    )
    assert (context.year, context.year_why) == (2019, "the banner on line 1")
    assert (context.festival, context.number) == (("DOK Leipzig", 1), (62, 3))


def test_a_banner_and_dates_of_two_years_date_nothing_by_guess() -> None:
    records = read_programme(read_lines(YEARS))
    assert records.context.year is None
    assert (
        Note(
            0,
            "edition year not chosen, the page gives several: 2019 (the date on line 8);"
            " 2024 (the banner on line 1); give --edition",
        )
        in records.ambiguous
    )
    # the row that prints its year is dated; the others are reported, not dated
    assert screenings_of(YEARS) == [
        ("Nachtfischer", "2019-10-30T19:30:00+01:00", "Schaubühne Lindenfels", None)
    ]
    assert (
        Note(9, "screening not dated, no edition year: Do 31.10. 21:00 Cinestar 8")
        in records.ambiguous
    )
    settled = screenings_of(YEARS, ReadOptions(edition=2019))
    assert [start for _, start, _, _ in settled] == [
        "2019-10-30T19:30:00+01:00",
        "2019-10-31T21:00:00+01:00",
        "2019-11-01T17:00:00+01:00",
    ]


def test_no_city_means_no_offset_and_a_given_zone_gives_one_per_screening() -> None:
    assert screenings_of(NO_CITY) == [
        ("Night Fishers", "2019-10-26 17:00:00 (no offset)", "Kino am Markt", "2"),
        ("The Salt Road Ledger", "2019-10-27 10:30:00 (no offset)", "Kino am Markt", "1"),
    ]
    zoned = screenings_of(NO_CITY, ReadOptions(timezone="Europe/Zurich"))
    assert [start for _, start, _, _ in zoned] == [
        "2019-10-26T17:00:00+02:00",
        "2019-10-27T10:30:00+01:00",
    ]


def test_the_seed_page_reads_as_one_film_with_its_header_and_rows() -> None:
    records = read_programme(read_lines(PROGRAMME_SEED))
    (film,) = records.films
    assert (film.title, film.directors, film.year, film.runtime) == (
        "Heart of Snow: afterlife",
        [("Soyoung Kim", 7)],
        2018,
        "PT16M55S",
    )
    assert [
        (s.start_local.isoformat() if s.start_local else "", s.venue, s.screen)
        for s in film.screenings
    ] == [
        ("2019-03-23T11:00:00+09:00", "Lotte Cinema Hongik Univ", "2"),
        ("2019-03-27T17:00:00+09:00", "Lotte Cinema Hongik Univ", "1"),
    ]


# -- the graph --------------------------------------------------------------------------------


def test_import_states_each_films_screenings_in_its_own_theatre_and_screen(
    seed: Path, tmp_path: Path
) -> None:
    project = seed_project_copy(tmp_path / "p")
    summary = import_page(Project.open(project), LEIPZIG, now=NOW)
    graph = turtle(summary.path)
    rows = graph.query(
        """
        SELECT ?film ?start ?place WHERE {
            ?s a dockg:Screening ; schema:workPresented ?film ; schema:startDate ?start ;
               schema:location ?place .
        } ORDER BY ?start
        """
    )
    assert [(compact_iri(r.film), str(r.start), compact_iri(r.place)) for r in rows] == [
        ("film:the-salt-road-ledger", "2019-10-26T17:00:00+02:00", "venue:cinestar-5"),
        ("film:the-salt-road-ledger", "2019-10-28T22:15:00+01:00", "venue:passage-kinos-astoria"),
        ("film:nachtfischer", "2019-10-30T19:30:00+01:00", "venue:schaubuhne-lindenfels"),
    ]
    screen = URIRef("https://w3id.org/dockg/id/venue/cinestar-5")
    assert graph.value(screen, SDO.containedInPlace) == URIRef(
        "https://w3id.org/dockg/id/venue/cinestar"
    )
    assert summary.unparsed == ()
    report = format_summary(summary)
    assert (
        "read 2 films, 3 screenings; stated 2 films, 3 screenings, 2 selections, 2 people" in report
    )
    assert "edition year 2019 (from the banner on line 1)" in report
    assert "time zone Europe/Berlin (from 'Leipzig' in the festival's name on line 1)" in report


def test_without_a_zone_screenings_are_dated_by_day_and_their_times_reported(
    tmp_path: Path,
) -> None:
    project = seed_project_copy(tmp_path / "p")
    summary = import_page(Project.open(project), NO_CITY, now=NOW)
    graph = turtle(summary.path)
    starts = sorted(str(o) for o in graph.objects(None, SDO.startDate) if o.datatype == XSD.date)
    assert starts == ["2019-10-26", "2019-10-27"]
    assert not [o for o in graph.objects(None, SDO.startDate) if o.datatype == XSD.dateTime]
    assert (6, "start time 17:00 not imported: no time zone known") in summary.unparsed
    assert (
        "time zone: none known (screenings dated without their time; give --timezone)"
        in format_summary(summary)
    )
    zoned = import_page(Project.open(project), NO_CITY, timezone="Europe/Zurich", now=NOW)
    assert Literal("2019-10-26T17:00:00+02:00", datatype=XSD.dateTime) in set(
        turtle(zoned.path).objects(None, SDO.startDate)
    )


def test_a_bad_zone_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    project = seed_project_copy(tmp_path / "p")
    before = data_snapshot(project)
    with pytest.raises(UsageError, match="not an IANA time zone: 'Leipzig'"):
        import_page(Project.open(project), NO_CITY, timezone="Leipzig", now=NOW)
    assert data_snapshot(project) == before


def test_a_page_with_no_film_says_what_was_looked_for(tmp_path: Path) -> None:
    project = seed_project_copy(tmp_path / "p")
    page = tmp_path / "notes.txt"
    page.write_text("Festival news\n\nThe box office opens at nine.\n", encoding="utf-8")
    before = data_snapshot(project)
    with pytest.raises(
        InputError, match="no film found; looked for a film title over a line of header fields"
    ):
        import_page(Project.open(project), page, now=NOW)
    assert data_snapshot(project) == before


# -- site profiles ----------------------------------------------------------------------------


def test_a_profile_matched_by_the_address_gives_the_venue_of_rows_that_print_none(
    tmp_path: Path,
) -> None:
    project = seed_project_copy(tmp_path / "p")
    page = tmp_path / "day.txt"
    page.write_text(
        "Sa 26.10.\n\n18 Uhr\nThe Salt Road Ledger – Anna Berg\n\nDeutschland 2019, 90 Min.\n",
        encoding="utf-8",
    )
    (project / "data" / "mappings" / "arthouse.toml").write_text(
        '[site]\nname = "Arthouse"\nmatch = ["arthouse.example"]\ntimezone = "Europe/Berlin"\n'
        'venue = "Arthouse Kino"\n',
        encoding="utf-8",
    )
    summary = import_page(
        Project.open(project),
        page,
        source_url="https://arthouse.example/day",
        edition=2019,
        now=NOW,
    )
    graph = turtle(summary.path)
    assert Literal("2019-10-26T18:00:00+02:00", datatype=XSD.dateTime) in set(
        graph.objects(None, SDO.startDate)
    )
    assert URIRef("https://w3id.org/dockg/id/venue/arthouse-kino") in set(
        graph.objects(None, SDO.location)
    )
    assert "site profile arthouse.toml" in format_summary(summary)


def test_a_profile_with_an_unknown_key_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[site]\ntimezone = "Europe/Berlin"\nvenu = "Kino"\n', encoding="utf-8")
    with pytest.raises(InputError, match="unknown profile key\\(s\\): venu"):
        load_profile(bad)
    zone = tmp_path / "zone.toml"
    zone.write_text('[site]\ntimezone = "Leipzig"\n', encoding="utf-8")
    with pytest.raises(InputError, match="not an IANA time zone"):
        load_profile(zone)


def test_a_profile_edited_between_two_imports_is_read_as_it_now_is(tmp_path: Path) -> None:
    mappings = tmp_path / "mappings"
    mappings.mkdir()
    site = mappings / "site.toml"
    site.write_text('[site]\nmatch = ["example.org"]\nvenue = "Kino A"\n', encoding="utf-8")
    (mappings / "csv.toml").write_text('[columns]\ntitle = "Titel"\n', encoding="utf-8")
    first = matching_profile(mappings, "https://example.org/programm")
    assert first is not None and first.venue == "Kino A"
    site.write_text('[site]\nmatch = ["example.org"]\nvenue = "Kino B"\n', encoding="utf-8")
    second = matching_profile(mappings, "https://example.org/programm")
    assert second is not None and second.venue == "Kino B"
    assert matching_profile(mappings, "https://example.com/") is None
    site.write_text('[site]\nmatch = ["example.org"]\nvenu = "Kino B"\n', encoding="utf-8")
    with pytest.raises(InputError, match="unknown profile key\\(s\\): venu"):
        matching_profile(mappings, "https://example.org/programm")


def test_profile_labels_and_sections_are_read_as_the_site_means_them(tmp_path: Path) -> None:
    profile = tmp_path / "site.toml"
    profile.write_text(
        '[site]\nsections = ["DOK.deutsch"]\n\n[labels]\n"Realisation" = "Regie"\n',
        encoding="utf-8",
    )
    page = tmp_path / "page.txt"
    page.write_text(
        "DOK.deutsch\n\nDas Golddorf\nRealisation: Carolin Genreith\nD 2014, 70 Min.\n",
        encoding="utf-8",
    )
    site = load_profile(profile)
    records = read_programme(
        read_lines(page), ReadOptions(sections=site.sections, labels=site.labels)
    )
    (film,) = records.films
    assert (film.title, film.directors, film.section) == (
        "Das Golddorf",
        [("Carolin Genreith", 4)],
        (1, "DOK.deutsch"),
    )


# -- HTML -------------------------------------------------------------------------------------


def test_a_saved_html_page_is_read_by_its_main_text(tmp_path: Path) -> None:
    body = "".join(
        f"<p>{line}</p>\n" for line in LEIPZIG.read_text(encoding="utf-8").splitlines() if line
    )
    page = tmp_path / "leipzig.html"
    page.write_text(
        "<html><head><title>DOK Leipzig</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<main><article>{body}</article></main><footer>Impressum</footer></body></html>",
        encoding="utf-8",
    )
    project = seed_project_copy(tmp_path / "p")
    summary = import_page(Project.open(project), page, now=NOW)
    graph = turtle(summary.path)
    starts = sorted(
        str(o) for o in graph.objects(None, SDO.startDate) if o.datatype == XSD.dateTime
    )
    assert starts == [
        "2019-10-26T17:00:00+02:00",
        "2019-10-28T22:15:00+01:00",
        "2019-10-30T19:30:00+01:00",
    ]


def test_schema_org_items_of_an_html_page_are_imported_as_they_state_them(tmp_path: Path) -> None:
    page = tmp_path / "screening.html"
    page.write_text(
        """<html><head><script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "ScreeningEvent",
         "startDate": "2019-10-29T17:00:00+01:00",
         "location": {"@type": "MovieTheater", "name": "Cinestar 5"},
         "workPresented": {"@type": "Movie", "name": "Die Salzstraße", "duration": "PT90M",
                           "dateCreated": "2019", "countryOfOrigin": "Deutschland",
                           "director": {"@type": "Person", "name": "Anna Berg"}}}
        </script></head><body><main>
        <h1>DOK Leipzig 2019</h1>
        <div itemscope itemtype="https://schema.org/Movie"><h2 itemprop="name">Nachtfischer</h2>
        <p itemprop="director" itemscope itemtype="https://schema.org/Person">
        <span itemprop="name">Jonas Weber</span></p></div>
        <p>Two films about the lake and the road, shown in the city's cinemas this autumn.</p>
        </main></body></html>""",
        encoding="utf-8",
    )
    project = seed_project_copy(tmp_path / "p")
    summary = import_page(Project.open(project), page, now=NOW)
    graph = turtle(summary.path)
    film = URIRef("https://w3id.org/dockg/id/film/die-salzstrasse")
    assert graph.value(film, SDO.duration) == Literal("PT90M", datatype=XSD.duration)
    assert graph.value(film, SDO.director) == URIRef("https://w3id.org/dockg/id/person/berg-anna")
    assert str(graph.value(graph.value(film, SDO.countryOfOrigin), SDO.name)) == "Germany"
    rows = graph.query(
        "SELECT ?start ?place WHERE { ?s schema:workPresented ?film ; schema:startDate ?start ;"
        " schema:location ?place }",
        initBindings={"film": film},
    )
    assert [(str(r.start), compact_iri(r.place)) for r in rows] == [
        ("2019-10-29T17:00:00+01:00", "venue:cinestar-5")
    ]
    other = URIRef("https://w3id.org/dockg/id/film/nachtfischer")
    assert graph.value(other, SDO.director) == URIRef(
        "https://w3id.org/dockg/id/person/weber-jonas"
    )


def test_films_the_text_names_beside_schema_org_items_are_reported(tmp_path: Path) -> None:
    page = tmp_path / "film.html"
    page.write_text(
        """<html lang="en"><head><script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "Movie", "name": "Die Salzstraße",
         "director": {"@type": "Person", "name": "Anna Berg"}}
        </script></head><body><main>
        <h1>Die Salzstraße</h1>
        <p>Also this week</p>
        <h2>Nachtfischer</h2>
        <p>Jonas Weber, Germany 2018, 80 min</p>
        <p>An invented synopsis of a film about the fishermen of a lake at night.</p>
        </main></body></html>""",
        encoding="utf-8",
    )
    project = seed_project_copy(tmp_path / "p")
    summary = import_page(Project.open(project), page, now=NOW)
    graph = turtle(summary.path)
    assert sorted(str(t) for t in graph.objects(None, SDO.name) if "Salz" in t or "Nacht" in t) == [
        "Die Salzstraße"
    ]
    assert any(
        text.endswith("(its schema.org items are read instead): Nachtfischer")
        for _, text in summary.unparsed
    ), summary.unparsed


def test_an_html_page_of_events_naming_no_film_is_refused_saying_what_it_holds(
    tmp_path: Path,
) -> None:
    page = tmp_path / "cinema.html"
    page.write_text(
        """<html lang="de"><head><script type="application/ld+json">
        {"@context": "http://schema.org", "@type": "MovieTheater", "name": "Kino am Markt",
         "event": [{"@type": "Event", "name": "Die Salzstraße",
                    "startDate": "2026-10-06T16:45:00"},
                   {"@type": "Event", "name": "Ladies Night", "startDate": "2026-10-07T20:00:00"}]}
        </script></head><body><h1>Kino am Markt</h1></body></html>""",
        encoding="utf-8",
    )
    project = seed_project_copy(tmp_path / "p")
    with pytest.raises(InputError) as refused:
        import_page(Project.open(project), page, now=NOW)
    assert str(refused.value).endswith(
        "nothing written; its schema.org data holds Event ×2, MovieTheater ×1, and none is a"
        " Movie, nor an Event or ScreeningEvent presenting one (workPresented): an event's"
        " name is not read as a film's title"
    )


def test_a_timetable_profile_reads_time_cells_as_films(tmp_path: Path) -> None:
    page = tmp_path / "timetable.txt"
    page.write_text(
        "시간표\n2/24(금) |\n13:00 쌀의 노래 |\n14:40 그 날 (GV) | |\n", encoding="utf-8"
    )
    plain = read_programme(read_lines(page))
    assert plain.films == []  # a time and a text is a venue unless the site says otherwise
    films = read_programme(read_lines(page), ReadOptions(timetable=True)).films
    assert [(f.title, f.screenings) for f in films] == [("쌀의 노래", []), ("그 날", [])]


def test_an_edition_number_dates_the_rows_from_an_edition_the_project_knows(
    tmp_path: Path,
) -> None:
    page = tmp_path / "biff.txt"
    page.write_text(
        "The 24th Busan International Film Festival\n\nWide Angle\n\nThe Salt Road Ledger\n"
        "Director: PARK Minji\nSouth Korea | 2019 | 76 min\nOct. 5 (Sat) 14:00 CGV Centum City 4\n",
        encoding="utf-8",
    )
    project = seed_project_copy(tmp_path / "p")
    summary = import_page(Project.open(project), page, now=NOW)
    report = format_summary(summary)
    assert (
        "edition year 2019 (from edition 24 on line 1, counted from edition 22 in 2017)" in report
    )
    graph = turtle(summary.path)
    assert Literal("2019-10-05T14:00:00+09:00", datatype=XSD.dateTime) in set(
        graph.objects(None, SDO.startDate)
    )
    assert "festival festival:busan-international-film-festival (from line 1)" in report


def test_a_director_line_with_fields_in_parentheses_is_no_title() -> None:
    records = read_programme(read_lines(PAGES / "directed-by-partial.txt"))
    (film,) = records.films
    assert (film.title, film.directors, film.year, film.runtime) == (
        "Letters from Sakhalin",
        [("KIM Dohyun", 4)],
        2013,
        "PT79M",
    )


def _read_text(text: str, options: ReadOptions | None = None) -> ProgrammeRecords:
    lines = [Line(n, t.strip(), t) for n, t in enumerate(text.split("\n"), start=1)]
    return read_programme(lines, options or ReadOptions(timezone="Europe/London"))


def test_a_title_over_its_row_and_credits_as_paragraphs_is_one_film_in_the_rows_venue() -> None:
    records = _read_text(
        "LKFF2019 Final Teaser Screening\n\nKokdu: A Story + Programme Launch\n\n"
        "Regent Street Cinema, Monday 16 September, 7:00pm\n\nUK Premiere\n"
        "Director: Kim Tae-yong\n"
    )
    [film] = records.films
    assert (film.title, [d for d, _ in film.directors]) == ("Kokdu: A Story", ["Kim Tae-yong"])
    assert records.context.year == 2019  # the acronym's year
    [screening] = film.screenings
    assert (screening.start_local.isoformat(), screening.venue) == (
        "2019-09-16T19:00:00+01:00",
        "Regent Street Cinema",
    )
    # a line that ends a paragraph is no title over a row
    records = _read_text(
        "Some words before it\nKokdu\n\nRegent Street Cinema, Monday 16 September, 7:00pm\n"
        "\nDirector: Kim Tae-yong\n"
    )
    assert records.films == []


def test_makers_then_title_then_fields_with_an_image_name_glued_before_them() -> None:
    records = _read_text(
        "1629729799_630_15-Films-you-shouldnt-miss-at-the-InternationalKangyu Garam, Lee"
        " Somyi, and Soram | #AfterMeToo | 2021 – 84 minutes\n\n"
        "Date: Thursday, November 11th, 2021 | ICA | 6:30 p.m.\n"
    )
    [film] = records.films
    assert (film.title, film.year, film.runtime) == ("#AfterMeToo", 2021, "PT84M")
    assert [d for d, _ in film.directors] == ["Kangyu Garam", "Lee Somyi", "Soram"]
    [screening] = film.screenings
    assert (screening.start_local.isoformat(), screening.venue) == (
        "2021-11-11T18:30:00+00:00",
        "ICA",
    )
    # a one-word name alone, or a second part that is a field, is no such line
    assert _read_text("Soram | #AfterMeToo | 2021 – 84 minutes").films == []
    assert _read_text("Lee Somyi | 2021 | 84 minutes").films == []


def test_a_news_page_dates_the_screenings_its_sentences_tell_by_its_date_line() -> None:
    korean = _read_text(
        "• 승인 2019.12.02 15:56\n\n"
        "대상 수상작 <143 사하라스트리트>(하센 페르하니 감독)는 12월 6일 오후 7시30분"
        " 서울에서 상영된다. 사막의 작은 가게를 담은 영화다.\n",
        ReadOptions(timezone="Asia/Seoul"),
    )
    assert korean.context.year == 2019
    assert "date line 1" in korean.context.year_why
    [film] = korean.films
    [screening] = film.screenings
    assert (screening.start_local.isoformat(), screening.venue) == (
        "2019-12-06T19:30:00+09:00",
        None,
    )
    english = _read_text(
        "Published : Oct 24, 2022 - 17:43\n\n"
        "Three films return for one afternoon at Megabox Ilsan in Goyang, on Oct. 29.\n\n"
        "Jin Huaqing’s “Dark Red Forest” opens the afternoon at 1 p.m.\n\n"
        "“The Fading Nomads” by Wei Shengze will be screened at 3 p.m.\n\n"
        "Magnus Gertten’s “Nelly & Nadine” and “The Fading Nomads” are both shown at 5 p.m.\n",
        ReadOptions(),
    )
    starts = {
        f.title: [(s.start_local.isoformat(), s.venue) for s in f.screenings] for f in english.films
    }
    assert starts == {
        "Dark Red Forest": [("2022-10-29T13:00:00+09:00", "Megabox Ilsan")],
        "The Fading Nomads": [("2022-10-29T15:00:00+09:00", "Megabox Ilsan")],
        "Nelly & Nadine": [],
    }
    assert (
        Note(
            9,
            "a time for several films, not attached: Magnus Gertten’s “Nelly & Nadine” and"
            " “The Fading Nomads” are both shown at 5 p.m.",
        )
        in english.ambiguous
    )


def test_a_time_in_the_text_of_a_page_naming_several_days_is_not_dated() -> None:
    records = _read_text(
        "Published : Oct 24, 2022\n\nFilms return on Oct. 29 and on Nov. 5.\n\n"
        "Jin Huaqing’s “Dark Red Forest” opens at 1 p.m.\n"
    )
    [film] = records.films
    assert film.screenings == []
    assert any("with no date, not imported" in n.text for n in records.ambiguous)
    # a year-less day far from the page's date is no day of the page's year
    far = _read_text(
        "Published : Jan 4, 2022\n\n“Dark Red Forest” by Jin Huaqing is screened at 1 p.m."
        " on Aug. 29.\n"
    )
    assert far.context.year is None


def test_a_film_pages_profile_takes_its_first_line_as_the_title_and_the_venue_line() -> None:
    records = _read_text(
        "나의 서울독립영화제\n\n2014\n\n- |\n\nSYNOPSIS\n\n"
        "일시 2014년 12월 1일(월) 오후 3시\n장소 CGV아트하우스 ART 1관\n"
        "패널 이원우 감독(<붕괴>), 김경묵 감독(<유예기간>)\n",
        ReadOptions(timezone="Asia/Seoul", film_page=True),
    )
    page, *named = records.films
    assert (page.title, page.year, page.in_programme) == ("나의 서울독립영화제", 2014, True)
    [screening] = page.screenings
    assert (screening.start_local.isoformat(), screening.venue, screening.screen) == (
        "2014-12-01T15:00:00+09:00",
        "CGV아트하우스 ART",
        "1",
    )
    assert [(f.title, f.directors[0][0], f.in_programme) for f in named] == [
        ("붕괴", "이원우", False),
        ("유예기간", "김경묵", False),
    ]
    # without the profile the page's first line is no title
    plain = _read_text("나의 서울독립영화제\n\n2014\n", ReadOptions(timezone="Asia/Seoul"))
    assert plain.films == []


def test_a_news_pages_next_item_ends_the_film_block_and_is_read_as_news() -> None:
    records = _read_text(
        "경쟁단편4 <기대주> 김선경\n2019 | Fiction | Color | DCP | 23min 1sec\n"
        "[GV] 191201 특별장편19 <종이꽃> 관객과의 대화\n\n"
        "<종이꽃>에는 서로에게 기대는 사람들이 모인다. 이 영화는 마음을 달래 주었다.\n"
        "[INTERVIEW] 기록한다는 것 – <누구는 알고 누구는 모르는> 배꽃나래 감독\n",
        ReadOptions(timezone="Asia/Seoul"),
    )
    first, *named = records.films
    assert (first.title, first.synopsis) == ("기대주", [])
    assert [(f.title, [d for d, _ in f.directors]) for f in named] == [
        ("종이꽃", []),
        ("누구는 알고 누구는 모르는", ["배꽃나래"]),
    ]
    assert Note(3, "[GV] 191201 특별장편19 <종이꽃> 관객과의 대화") in records.unused


def test_a_city_in_a_korean_screening_sentence_is_the_venue_the_page_names_there() -> None:
    def venue(head: str) -> str | None:
        records = _read_text(
            f"• 승인 2019.12.02 15:56\n\n{head}\n\n"
            "수상작 <143 사하라스트리트>(하센 페르하니 감독)는 12월 6일 오후 7시30분"
            " 서울에서 상영된다.\n",
            ReadOptions(timezone="Asia/Seoul"),
        )
        [screening] = records.films[0].screenings
        return screening.venue

    assert venue("12월 5일~7일, 서울 아리랑시네센터, 12월 6일~8일 포항 인디플러스") == (
        "아리랑시네센터"
    )
    # two venues in Seoul, or a venue beside two cities: not said which
    assert venue("서울 아리랑시네센터, 서울 CGV아트하우스") is None
    assert venue("서울과 포항 아리랑시네센터") is None


def test_a_particle_before_the_last_word_belongs_to_the_family_name() -> None:
    from dockg.ingest.people import parse_person_name

    found = parse_person_name("Roberto De Paolis")
    assert found is not None
    assert (found.family, found.given, found.additional) == ("De Paolis", "Roberto", ())
    other = parse_person_name("Alexandra Petrovna Kim")
    assert other is not None
    assert (other.family, other.given, other.additional) == ("Kim", "Alexandra", ("Petrovna",))


def test_a_day_said_of_something_else_dates_no_screening_in_the_text() -> None:
    records = _read_text(
        "Published : Oct 24, 2022\n\nThe film was released on Oct. 2.\n\n"
        "Jin Huaqing’s “Dark Red Forest” will be screened at 1 p.m.\n"
    )
    [film] = records.films
    assert film.screenings == []


def test_a_stack_of_one_field_lines_under_a_title_gives_the_film_not_a_runtime_title() -> None:
    text = (
        "Check the film schedule here! Some examples below.\nBurma VJ\nDenmark 2009\n90min\n"
        "by Anders Østergaard\nFilm website\n"
    )
    lines = [Line(i + 1, t, t) for i, t in enumerate(text.splitlines())]
    records = read_programme(lines, ReadOptions())
    assert [
        (f.title, [n for n, _ in f.directors], f.countries, f.year, f.runtime)
        for f in records.films
    ] == [("Burma VJ", ["Anders Østergaard"], ["Denmark"], 2009, "PT90M")]


def test_a_year_is_a_title_only_when_no_other_line_stands_over_the_fields() -> None:
    def films(text: str) -> list[tuple[str, int | None]]:
        lines = [Line(i + 1, t, t) for i, t in enumerate(text.splitlines())]
        return [(f.title, f.year) for f in read_programme(lines, ReadOptions()).films]

    assert films("\n1985\nDirector: Anna Berg | USA 2018 | 90 min\n") == [("1985", 2018)]
    assert films("\nBurma VJ\n2009\nby Anders Østergaard\n") == [("Burma VJ", 2009)]


def test_a_title_row_takes_its_day_from_the_date_line_right_over_it() -> None:
    text = (
        "DAY 1 | AUGUST 21, 2021\nA Northern Soul | [02:30pm to 04:00pm]\nDir: Sean McAllister\n"
        "73min | UK | 2018\nDAY 2 | AUGUST 28, 2021\nBridges Of Time | [04:30pm to 06:00pm]\n"
        "Dir: Audrius Stonys & Kristine Briede\n70min | Lithuania | 2018\n"
    )
    lines = [Line(i + 1, t, t) for i, t in enumerate(text.splitlines())]
    records = read_programme(
        lines, ReadOptions(timezone="Asia/Kolkata", venue="Nazrul Tirtha, New Town")
    )
    assert [
        (f.title, [n for n, _ in f.directors], [s.start_local.isoformat() for s in f.screenings])
        for f in records.films
    ] == [
        ("A Northern Soul", ["Sean McAllister"], ["2021-08-21T14:30:00+05:30"]),
        ("Bridges Of Time", ["Audrius Stonys", "Kristine Briede"], ["2021-08-28T16:30:00+05:30"]),
    ]


def test_a_title_in_capitals_over_a_synopsis_but_not_over_another_title() -> None:
    def titles(text: str) -> list[str]:
        lines = [Line(i + 1, t, t) for i, t in enumerate(text.splitlines())]
        return [f.title for f in read_programme(lines, ReadOptions()).films]

    synopsis = (
        "Eine Frau fährt durch das Land und sucht ihren Bruder, den sie seit zwanzig Jahren"
        " nicht mehr gesehen hat, und findet dabei etwas ganz anderes."
    )
    fields = "DE 2021. Montage: Anna Berg. Regie: Georg Nonnenmacher. 114 Minuten"
    assert titles(f"Filme\nAUF ANFANG\nbvft Werkstattgespräch\n{synopsis}\n{fields}\n") == [
        "AUF ANFANG"
    ]
    # a heading in capitals over a title in small letters: not sure which is the title
    assert titles(f"Programm\n\nDEUTSCHES KINO\nMein Film\n{synopsis}\n{fields}\n") == []


def _films(text: str) -> list[tuple[str, list[str], list[str]]]:
    lines = [Line(i + 1, t, t) for i, t in enumerate(text.splitlines())]
    records = read_programme(lines, ReadOptions(timezone="Europe/Vienna"))
    return [(f.title, [n for n, _ in f.directors], f.countries) for f in records.films]


def test_a_slot_row_repeating_the_title_over_a_name_names_the_film_not_the_name() -> None:
    # a timetable: title card, ``HH:MM  Title``, director, fields (a festival's day plan)
    page = (
        "MERMAIDS DON'T CRY\n18:00  MERMAIDS DON'T CRY\nFranziska Pflaum\n"
        "Spielfilm, AT 2022, 92 min., OmeU\n\nZoo Lock Down\n20:30  Zoo Lock Down\n"
        "Andreas Horvath\nDokumentarfilm, AT/DE 2022, 72 min.\n"
    )
    assert _films(page) == [
        ("MERMAIDS DON'T CRY", ["Franziska Pflaum"], ["Austria"]),
        ("Zoo Lock Down", ["Andreas Horvath"], ["Austria", "Germany"]),
    ]
    # a row that repeats no title over a name: which line is the title is not sure
    assert _films("Programm\n18:00  Kino 3\nFranziska Pflaum\nSpielfilm, AT 2022, 92 min.\n") == []


def test_a_byline_paragraph_is_no_film_header() -> None:
    page = "Wall Of Fame\n\nFB Like Box\n\n\nBy George Kozera\n\nA long text about a film.\n"
    assert _films(page) == []


def test_a_name_after_a_dash_is_a_title_when_the_fields_name_the_director() -> None:
    page = (
        "Spielfilme\n\nEin verborgenes Leben - A Hidden Life\nUSA/D 2019, Regie: Terrence Malick\n"
        "Glück gehabt\nÖsterreich 2019, Regie: Peter Payer\n"
        "Gipsy Queen\nA/D 2019, Regie: Hüseyin Tabak\n"
    )
    # and a title that looks like a name, under the fields of the film above, is its
    # own film's title, not the director of the film above
    assert _films(page) == [
        (
            "Ein verborgenes Leben - A Hidden Life",
            ["Terrence Malick"],
            ["United States", "Germany"],
        ),
        ("Glück gehabt", ["Peter Payer"], ["Austria"]),
        ("Gipsy Queen", ["Hüseyin Tabak"], ["Austria", "Germany"]),
    ]


def _stacked_page(days: tuple[str, str]) -> list[Line]:
    synopsis = (
        "A ferry captain counts the winters left on his island, and the film counts them"
        " with him, from the first ice to the last boat out."
    )
    text = (
        "Picks\n\nFour Films to Catch at CPH:DOX 2019\n\nOur choice this year:\n\n"
        f"List Marker: Number 1Island Winters\n\n{synopsis}\n\n \n\n"
        f"→Kino Nord\n\nHavnegade 12\n1058 København K\n\n{days[0]}\n6:15 pm\n\n"
        f"→ Sal Syd\n\nVestergade 3B\n\n{days[1]}\n11:00 am\n"
    )
    return [Line(i + 1, t.strip(), t) for i, t in enumerate(text.splitlines())]


def test_stacked_showings_are_rows_of_the_film_over_them() -> None:
    # venue after an arrow, address lines, day, time: one row each; the capture's list
    # marker is dropped from the title; year from the page's title, zone from the
    # festival's city; summer time from 31 March 2019
    records = read_programme(_stacked_page(("Saturday, 30th March", "Sunday, 31st March")))
    assert [
        (f.title, [(s.start_local.isoformat(), s.venue, s.screen) for s in f.screenings])
        for f in records.films
    ] == [
        (
            "Island Winters",
            [
                ("2019-03-30T18:15:00+01:00", "Kino Nord", None),
                ("2019-03-31T11:00:00+02:00", "Sal Syd", None),
            ],
        )
    ]
    assert (records.context.year, records.context.zone) == (2019, "Europe/Copenhagen")
    assert records.context.festival == ("CPH:DOX", 3)  # the name, not the whole title


def test_a_danish_address_names_copenhagens_zone() -> None:
    assert cities_in("1058 København K") == [("København", "Europe/Copenhagen")]


def test_a_misspelt_weekday_is_ignored_but_a_wrong_one_reports_the_row() -> None:
    records = read_programme(_stacked_page(("Saturdsay, 30th March", "Monday, 31st March")))
    (film,) = records.films
    assert [(s.start_local.isoformat(), s.venue) for s in film.screenings] == [
        ("2019-03-30T18:15:00+01:00", "Kino Nord")
    ]
    assert (
        Note(26, "schedule row not imported: 2019-03-31 is a Sunday, not Monday") in records.unused
    )


def test_a_stack_that_stops_short_is_reported_not_read() -> None:
    lines = _stacked_page(("Saturday, 30th March", "Sunday, 31st March"))
    cut = [line for line in lines if line.text != "Sunday, 31st March"]  # no day, a time
    records = read_programme(cut)
    (film,) = records.films
    assert [s.venue for s in film.screenings] == ["Kino Nord"]
    assert records.ambiguous == [
        Note(21, "venue with no day under it, not imported: → Sal Syd"),
        Note(26, "time with no date, not imported: 11:00 am"),  # not dated by the day above
    ]
    assert all(s.venue != "Vestergade 3B" for s in film.screenings)
