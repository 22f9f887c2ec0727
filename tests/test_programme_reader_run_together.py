"""Pages laid out otherwise (issue 13): the corpus's pages read again with their blank
lines taken out, or doubled, showed lines the reader took for what they are not. Each
such form has a test here, on a small invented page in the real page's shape, with the
blank lines as the perturbed page had them: what is read, and what is not.
"""

from __future__ import annotations

from datetime import time

from dockg.ingest.reader import ReadOptions, read_programme
from dockg.ingest.reader.dates import find_times
from dockg.ingest.reader.fields import looks_like_name, split_names
from dockg.ingest.reader.records import ProgrammeRecords
from dockg.ingest.text import Line


def read(page: str, **options: object) -> ProgrammeRecords:
    lines = [Line(n, t.strip(), t) for n, t in enumerate(page.strip("\n").split("\n"), start=1)]
    return read_programme(lines, ReadOptions(**options))  # type: ignore[arg-type]


def films(records: ProgrammeRecords) -> list[tuple[str, list[str]]]:
    return [(f.title, [n for n, _ in f.directors]) for f in records.films]


def test_a_film_listed_twice_gives_no_strand_of_its_own_title() -> None:
    # a festival's schedule lists its opening film under its time and again under the
    # reception: the title over the director's name over the fields, twice. A line over
    # the same title twice is that title, no strand's name over two films
    page = """
Thursday, October 23
7:00pm
The Lighthouse Keepers
Mara Olsen
2014 | 86 Minutes | USA
A keeper and his daughter spend the last winter before the light is automated.
9:00pm
Opening Night Reception
The Lighthouse Keepers
Mara Olsen
2014 | 86 Minutes | USA
"""
    records = read(page)
    assert films(records) == [("The Lighthouse Keepers", ["Mara Olsen"])]
    assert all(f.section is None for f in records.films)


def test_a_lone_name_under_a_synopsis_is_no_title_where_titles_stand_over_names() -> None:
    # a shorts programme printing each film's title over its director's name over the
    # fields, the last film's title lost in the capture: its director's name stands right
    # under the film above's synopsis, and is not read as a title
    page = """
Salt Roads
Hana Berg
United Kingdom, 2021
12:10 mins
Two brothers keep their late father's salt works going for one more summer.
The Quiet Ward
Lukas Moreau
Netherlands, 2022
10:30 mins
A night nurse walks the corridors of a hospital that is about to close.
Jamie Okafor
United Kingdom, 2022
11:35 mins
A boxer who is paid to lose counts the bouts he has left.
"""
    records = read(page)
    assert films(records) == [("Salt Roads", ["Hana Berg"]), ("The Quiet Ward", ["Lukas Moreau"])]


def test_a_lone_name_is_a_title_where_no_titles_stand_over_names() -> None:
    # the same lone name on a page whose films print no name under their titles: a title
    page = """
Salt Roads
United Kingdom, 2021
Two brothers keep their late father's salt works going for one more summer.
Jamie Okafor
United Kingdom, 2022
A portrait of a boxer who is paid to lose.
"""
    assert [f.title for f in read(page).films] == ["Salt Roads", "Jamie Okafor"]


def test_a_sentence_stop_is_no_part_of_a_directors_name() -> None:
    page = """
Monday 25 March 2019 at 7.45 pm.
SUMMER HOUSE (12)
Spain 2018.  97 minutes.  In Catalan with English subtitles.
Directed by Carla Vidal.
"""
    assert films(read(page)) == [("SUMMER HOUSE", ["Carla Vidal"])]
    assert split_names("Donnie Seals Jr.") == ("Donnie Seals Jr.",)
    assert split_names("András Vágvölgyi B.") == ("András Vágvölgyi B.",)
    assert split_names("Carla Vidal.") == ("Carla Vidal",)


def test_a_series_director_over_her_phone_is_no_films() -> None:
    # a university's film series: its director and her phone under the series' name and
    # its weekly slot
    page = """
University Film Series
$3 donation appreciated, Tuesdays, 7:30pm in the Little Theatre (Ayres 106)
Director: Sarah Lind
Phone: 530-898-0000
"""
    records = read(page)
    assert records.films == []


def test_a_pictures_credit_printed_three_times_is_no_original_title() -> None:
    # a competition's page: each title over its picture's credit, printed three times
    # (once per picture size), over the fields
    page = """
Wettbewerb Dokumentarfilm 2019
DIE WAHLHELFER
lichtspielfilm
lichtspielfilm
lichtspielfilm
Regie: Michael Brandt / Deutschland 2019 / Dokumentarfilm / Farbe / 82 Min. / Uraufführung
"""
    records = read(page)
    assert [(f.title, f.original_title) for f in records.films] == [("DIE WAHLHELFER", None)]


def test_a_strands_name_over_a_title_in_capitals_is_no_title() -> None:
    # a strand's name in mixed case over a title in capitals over the fields: the title
    # is the line printed as titles are, not the strand's name over it
    page = """
Dokumentarfilme International
MINENRÄUMER
D 2022 • 78’ • OmdtUT • Regie: Michael Urs Keller
"""
    assert films(read(page)) == [("MINENRÄUMER", ["Michael Urs Keller"])]


def test_a_name_shaped_line_over_another_credited_director_is_not_guessed() -> None:
    # a slot's dedication over a title that has the shape of a name over ``von NAME``:
    # the title is the name-shaped line or the line over it; which, is not sure. The
    # same with the title in capitals over its English title is read
    page = """
Sonntag, 8.11.2020
10.30 Uhr
Ein Film für Rita
Signers Koffer
von Peter Liechti
CH 1996 | 80 Min.
"""
    assert films(read(page)) == []
    capitals = """
HUEVOS DE ORO
Golden Balls
dir. Bigas Luna
Spain 1993, 95 min.
"""
    assert films(read(capitals)) == [("HUEVOS DE ORO", ["Bigas Luna"])]


def test_a_programmes_kind_under_a_title_is_no_directors_name() -> None:
    # a festival's front page, its events a title over what they are: no film over a
    # director, though each pair has the shape of one
    page = """
16 Sunrises
Eröffnungsfilm
NoBody is perfect
Rahmenprogramm Familie
Codonaut
Interactive Web-Documentary
My Climate Diet
Kurzfilmprogramm Schule
"""
    assert read(page).films == []
    assert not any(
        looks_like_name(text)
        for text in ("Rahmenprogramm Familie", "Interactive Web-Documentary", "Kurzfilmprogramm")
    )
    assert looks_like_name("Filmon Tesfaye")


def test_a_pictures_file_name_glued_to_a_rows_weekday_is_no_title() -> None:
    # a seniors' cinema series: the film's title and town, then its picture's file name
    # glued by the capture to the row's weekday, then ``Doku von NAME, CH 2013``
    page = """
Der Imker (Glarus)
derimkerMontag, 23. Juni 2014, 14:30 Uhr
Doku von Mano Khalil,  CH 2013 (Deutsch/Türk., mit UT)
"""
    records = read(page)
    assert all("Montag" not in f.title for f in records.films)
    assert not any("derimker" in note.text for note in records.ambiguous)
    row = "Vaters_GartenMontag, 26. Mai 2014, 14:30 Uhr"
    assert all("Garten" not in f.title for f in read(f"Vaters Garten\n{row}\n").films)


def test_a_venue_under_a_row_over_a_synopsis_is_no_title() -> None:
    # a festival's film pages run together: title in capitals, its day and time, its
    # venue, the synopsis, labelled fields. The venue over the synopsis is no title
    page = """
Friday, September 20, 2024
7:30pm (Reception begins at 6:30pm)
Firehouse Center for the Arts
Off the coast of Cape Cod, a veteran diver has spent decades working among sharks.
Year: 2023
Runtime: 81 minutes
Director: David Abel
A PHOTOGRAPHIC MEMORY
Saturday, September 21, 2024 10:00am
The Screening Room
A filmmaker sets out to reconstruct the life of her mother, a journalist she never knew.
Year: 2024
Runtime: 87 minutes
"""
    titles = [f.title for f in read(page).films]
    assert "Firehouse Center for the Arts" not in titles
    assert "The Screening Room" not in titles


def test_a_byline_over_the_articles_date_is_no_films_credit() -> None:
    for page in (
        """
RealScreen Article
Hot Docs reveals full lineup for anniversary festival
By Andrew Jeffrey
March 28, 2023
The festival has published the full programme of its anniversary edition.
""",
        """
Entertainment
Special free screening of festival winners and opening film
By Lee Si-jin
Published : Oct 24, 2022 - 17:43       Updated : Oct 24, 2022 - 17:43
The broadcaster shows the winners of its documentary festival for free.
""",
    ):
        assert read(page).films == []


def test_a_title_by_its_maker_with_fields_in_brackets_then_its_day() -> None:
    # an open-air series: one line a film, ``Title, by NAME [Countries, YEAR, NN′], DAY at
    # TIME``; the year of the days is not printed, so the showings are not dated
    page = """
If Only I Were That Warrior, by Valerio Ciriaci [Italy/USA, 2015,72′], June 15 at 9:30pm
Sponde. Nel sicuro Sole del Nord, by Irene Dionisio [Italy/France, 2015, 60′] June 22 at 9:30pm
Loro di Napoli, by Pierfrancesco Li Donni [Italy, 2015, 75′], June 29 at 9:30pm
"""
    records = read(page)
    assert [(f.title, [n for n, _ in f.directors], f.year, f.runtime) for f in records.films] == [
        ("If Only I Were That Warrior", ["Valerio Ciriaci"], 2015, "PT72M"),
        ("Sponde. Nel sicuro Sole del Nord", ["Irene Dionisio"], 2015, "PT60M"),
        ("Loro di Napoli", ["Pierfrancesco Li Donni"], 2015, "PT75M"),
    ]
    assert not any(f.screenings for f in records.films)
    undated = [n.line for n in records.ambiguous if "not dated, no edition year" in n.text]
    assert undated == [1, 2, 3]
    dated = read(page, edition=2016, timezone="Europe/Rome")
    assert [str(s.start_local) for f in dated.films for s in f.screenings] == [
        "2016-06-15 21:30:00+02:00",
        "2016-06-22 21:30:00+02:00",
        "2016-06-29 21:30:00+02:00",
    ]
    # brackets holding something else than fields: no entry
    assert read("Summer Nights, by Anna Berg [see the full list below]").films == []


def test_a_tickets_number_and_weekday_before_a_rows_date_are_no_title() -> None:
    page = """
TICKET # 2 // FRIDAY // NOVEMBER 8 // 7:00 PM // ‘CELEBRATING EXPRESSIONS OF HUMANITY’
WAMIN (The Apple) by Katherine Nequado | 3 min | Canada | 2018 | USA PREMIERE
"""
    assert all("TICKET" not in f.title.upper() for f in read(page).films)


def test_a_programmes_name_over_its_house_over_the_length_is_no_film() -> None:
    page = """
A competition strand gathering documentaries from the peninsulas of the continent.
Read more View less
Penínsulas 1
Salón Teatro
Length: 82m 02s
"""
    assert read(page).films == []


def test_a_line_in_small_letters_over_a_line_over_the_fields_gives_no_title() -> None:
    page = """
a one-month-long journey through European documentary films
Opening Ceremony Fedok + Forman vs. Forman
Directors: Helena Třeštíková, Jakub Hejna
France, Czech Republic 2019 / 78 min.
"""
    assert read(page).films == []
    # a label in small letters over the title: the title is read
    labelled = """
also screening:
The Violence of a Civilization Without Secrets
Adam and Zack Khalil, 2017, 10 min.
"""
    assert [f.title for f in read(labelled).films] == [
        "The Violence of a Civilization Without Secrets"
    ]


def test_a_korean_title_over_its_english_one_is_the_title_whatever_stands_over() -> None:
    # a notice's list of films, then each film's block; the first block's title pair
    # right under the notice's last labelled line
    page = """
영화, 감독명 :
컨버세이션(김덕중)
흐르다(김현정)
일시 : 2023.10.18.~10.31
후원 : 한국영상자료원
컨버세이션
Conversation
드라마 | 대한민국 | 120분 | 15세 관람가 | 2023
감독 김덕중 | 출연 조은지, 박종환
흐르다
On the Sand House
드라마 | 대한민국 | 123분 | 12세 관람가 | 2023
감독 김현정 | 출연 이설, 박지일
"""
    records = read(page)
    assert [(f.title, f.original_title) for f in records.films] == [
        ("컨버세이션", "Conversation"),
        ("흐르다", "On the Sand House"),
    ]
    assert not any(f.screenings for f in records.films)  # ``~10.31`` is a range's last day
    assert find_times("일시 : 2023.10.18.~10.31") == []
    assert [t.value for t in find_times("19.00~21.00")] == [time(19), time(21)]


def test_a_row_under_a_day_line_after_a_films_entry_is_not_its() -> None:
    # a film society's posts: each film's day over its title; a member's talk, its day
    # and its time run on under the last film's synopsis
    page = """
Wednesday 4th March 2020
The Divine Order (2017)
96 minutes
Director: Petra Volpe, Germany subtitles
A village in 1971, and a housewife who starts to ask why women cannot vote.
Wednesday 26th February 2020
Silkscreen member, Taffy Davies will give an illustrated talk about his career in film-making.
7.00pm in the Whitaker Room.
Wednesday 19th February 2020
Vice (2018)
132 minutes
Director: Adam McKay, USA
"""
    records = read(page, timezone="Europe/London")
    divine = records.films[0]
    assert divine.title == "The Divine Order"
    assert all(s.start is None for s in divine.screenings)
    assert any("7.00pm in the Whitaker Room" in n.text for n in records.ambiguous)


# --- pages with a blank line between every two lines -------------------------------------


def spaced(page: str) -> str:
    """The page with each of its lines a paragraph of its own."""
    return "\n\n".join(line for line in page.strip("\n").split("\n") if line.strip())


def test_a_title_with_a_verb_over_a_name_over_the_fields_each_a_paragraph() -> None:
    # ``This Tree Is Hostile`` has the shape of a name but for its verb: the title, and
    # the name under it the director's. The last film's title was lost: its director's
    # name under the film above's synopsis is no title
    page = spaced("""
This Tree Is Hostile
Hugh Clegg
United Kingdom, 2021
16:45 mins
Hoping to feel less alone, a filmmaker crosses London on an odd quest to find company.
Look For The Diamonds
James Slater
United Kingdom, 2022
12:34 mins
A man on dialysis every day of his life will not let the illness decide who he is.
Jamie Okafor
United Kingdom, 2022
11:35 mins
""")
    assert films(read(page)) == [
        ("This Tree Is Hostile", ["Hugh Clegg"]),
        ("Look For The Diamonds", ["James Slater"]),
    ]
    assert not looks_like_name("This Tree Is Hostile")


def test_a_rows_title_over_a_name_over_the_fields_each_a_paragraph() -> None:
    page = spaced("""
MERMAIDS DON'T CRY
18:00  MERMAIDS DON'T CRY
Franziska Pflaum
Spielfilm, AT 2022, 92 min., OmeU
""")
    assert films(read(page)) == [("MERMAIDS DON'T CRY", ["Franziska Pflaum"])]


def test_a_name_under_a_title_in_capitals_under_a_label_is_not_guessed() -> None:
    # ``Feature:``, the title in capitals, the director's name, the fields, each a
    # paragraph: the name is not read as the title
    page = spaced("""
(Read film summaries here)
Feature:
SHARKWATER EXTINCTION
Rob Stewart
Canada, 2018, 87 min.
""")
    assert "Rob Stewart" not in [f.title for f in read(page).films]


def test_links_flags_roles_and_prizes_standing_alone_are_no_titles() -> None:
    from dockg.ingest.reader.records import FilmRecord
    from dockg.ingest.reader.vetting import title_problem

    def problem(title: str) -> str | None:
        return title_problem(FilmRecord(title=title, line=1))

    assert [problem(t) for t in ("More info", "예매바로가기", "첨부파일")] == [
        "it is a link's or a button's text"
    ] * 3
    assert problem("NY Premiere") == "it flags a premiere"
    assert problem("Photographer") == "it names a role"
    assert problem("Bester Spielfilm") == "it names a prize"
    assert problem("Prod. AGAT Films (Marie Balducchi), Mokoari Street") == (
        "it is a credit of makers"
    )
    assert problem("Location, Regie, Produktion: Berlin") == "it is a credit of makers"
    assert problem("개·폐막 행사는 규모를 줄여 좌석을 한정해 진행한다.") == "it is a sentence"
    assert [problem(t) for t in ("괜찮아요", "Prodigal Sons", "Production Notes")] == [None] * 3
    assert [problem(t) for t in ("The Premiere", "Best Boy", "The Director")] == [None] * 3


def test_a_venue_a_paragraph_under_a_row_is_no_title() -> None:
    # a history festival's films: the title, its row, its hall, its credits, each a
    # paragraph; a film club's evening: the row ending in a comma, then its cinema
    for page in (
        """
THE THREE DEATHS OF MUSSOLINI
WEDNESDAY, 5th September 2018. 18 p.m.
VELIKA DVORANA HKD / THE BIG HALL
Directed by  EMMANUELLE NOBECOURT
Produced by FLACH FILM PRODUCTION, France, 2016
Runtime: 52 minutes
""",
        """
Filmclub 7. Januar 2016, 20.00 Uhr,
Luxor-Kino Wiesloch-Walldorf
Das Salz der Erde – Regie: Wim Wenders – 110 Minuten
""",
    ):
        titles = [f.title for f in read(spaced(page)).films]
        assert not any("DVORANA" in t or "Luxor" in t for t in titles)


def test_a_directors_line_under_a_companys_name_under_the_fields_each_a_paragraph() -> None:
    # a festival's line-up: title, runtime and year, the producing company, the director,
    # each a paragraph: the company is no title, the director the film's above
    page = spaced("""
19 Paper Cranes
6 min 2017
L’Arche International
Director: Michael Joseph
A man with a disability folds paper cranes for each of his friends.
""")
    assert [f.title for f in read(page).films] == ["19 Paper Cranes"]


def test_a_film_a_line_its_parts_between_commas_under_a_programmes_name() -> None:
    # a museum's series: each programme's name over its films a line each; a title that
    # can only be a title makes one line an entry on its own, under a programme's name
    page = """
Taking Sides
Nine from Little Rock, Charles Guggenheim, 1964, 21 min.
Harlan County, U.S.A., Barbara Kopple, 1976, 103 min.
Barbara Kopple in attendance
"""
    for laid_out in (page, spaced(page)):
        records = read(laid_out)
        assert films(records) == [("Nine from Little Rock", ["Charles Guggenheim"])]
        assert (records.films[0].year, records.films[0].runtime) == (1964, "PT21M")
    # a first part with a name's shape, alone: not read as a title
    assert read("Unclear Proof, Max Hattler, Hong Kong, 2013, 1m.").films == []


def test_a_venue_over_a_row_and_another_under_it_gives_the_row_neither() -> None:
    # a magazine's month of films: each showing its venue, then its day and time, run
    # together: the venue under a row may be the next row's, so neither is guessed
    page = """
Abe
Directed by Fernando Grostein Andrade
(Brazil, 2019, 85 min.)
A light comedy about a boy in Brooklyn who cooks to bring his family together.
Landmark’s Bethesda Row Cinema
Sat., May 18, 1:45 p.m.
AFI Silver Theatre
Sun., May 26, 3 p.m.
"""
    records = read(page, edition=2019, timezone="America/New_York")
    venues = {str(s.start_local): s.venue for f in records.films for s in f.screenings}
    assert venues.get("2019-05-18 13:45:00-04:00") != "AFI Silver Theatre"


def test_a_name_under_a_paragraph_of_fields_is_no_title() -> None:
    # a college festival's film notes, each line a paragraph: the title and year, the
    # runtime, the producing company (two names' shape), the director: the company's name
    # stands among the film's fields, and is not read as the next film's title
    page = spaced("""
Winter Orchards 2014
68 min.
Halloran Beckett
Director: Ruth Adair
A year with three families who still prune their orchards by hand.
Screening on Saturday March 5th in OC Theatre 2 (H115) at 3:00pm
""")
    assert "Halloran Beckett" not in [f.title for f in read(page).films]


def test_a_title_and_its_translation_over_a_directors_paragraph_is_one_title() -> None:
    # a cinema's month: the original title, a dash and the German title (a name's shape:
    # two words with ``der`` between), the fields, and the director's line, each a
    # paragraph: the director's line makes the part after the dash a title, no name
    page = spaced("""
Fr05.11.202122.00
Vindens børn - Kinder der Dämmerung
Dänemark 2020, 98 Min., dänische OmU
Regie & Buch: Karin Holm
Eine Fischerfamilie hält an ihrem Hof fest, als das Dorf sich leert.
""")
    assert films(read(page)) == [("Vindens børn - Kinder der Dämmerung", ["Karin Holm"])]


def test_a_quotation_under_a_labelled_line_under_the_fields_is_a_tagline() -> None:
    # a community centre's festival: the row, the language, the director, a genre with the
    # runtime, then a quotation over the synopsis, each a paragraph: the quotation is the
    # film's tagline, no film of its own
    page = spaced("""
4pm - Harbour Lights
Landmark Plaza Cinema
English/Hebrew with English Subtitles
Director: Noa Peretz
Documentary: 78 Minutes
“The Night Ferry”
The last crew of a night ferry across the bay tell of forty years on the water.
""")
    assert "The Night Ferry" not in [f.title for f in read(page).films]


def test_a_title_ending_in_a_small_word_is_a_cut_line() -> None:
    # a department's blog post: each film's name, its day, time and room, the courses it
    # suits, each a paragraph; one name was cut in the capture (``… on``): no title. A
    # verb and its particle (``Hold on``) may be a whole title
    page = spaced("""
Looking for Marigold on
Thursday, March 20, 4pm - Moakley Auditorium 100
Music, Sociology, American Studies, History, and African Studies.
Rivers Who Remember Their Banks
Wednesday, March 26, 4pm - Moakley Auditorium 100
Asian cinema or culture, Anthropology, or magical realism.
""")
    assert "Looking for Marigold on" not in [f.title for f in read(page).films]
    assert [f.title for f in read("개막작 <Hold on>\n").films] == ["Hold on"]


def test_a_heading_over_a_day_over_a_row_naming_its_film_is_no_title() -> None:
    # a film club's schedule: the page's heading, then per film a day line, a row with the
    # title and the time range, the director, the fields, each a paragraph: the heading
    # over the first day is no film's title
    page = spaced("""
SATURDAY DOCUMENTARY AT THE OLD LIBRARY, NEW TOWN
DAY 1 | AUGUST 21, 2021
A Southern Shore | [02:30pm to 04:00pm]
Dir: Ada Hale
73min | UK | 2018
A director goes home to the coast for the year his town is a city of culture.
""")
    titles = [f.title for f in read(page).films]
    assert "SATURDAY DOCUMENTARY AT THE OLD LIBRARY, NEW TOWN" not in titles


def test_a_quoted_headline_printed_twice_or_over_a_byline_is_no_film() -> None:
    # a news item's headline in quotation marks, printed twice (the page and its share
    # box), or over its subtitle and the reporter's byline: no film
    twice = spaced("""
“새로운 만남, 우리를 만나다”
“새로운 만남, 우리를 만나다”
이 기사를 공유합니다
‘시네마경남 2018’ 11월 16~18일 개최
""")
    byline = spaced("""
“같이보는 다큐멘터리 씨네토크”
12월 11일(토), 12(일) CGV 춘천, 감독 및 주인공 참석
용형선 기자
강원영상위원회가 지역 극장에서 다큐멘터리 세 편을 상영한다.
""")
    for page in (twice, byline):
        assert read(page).films == []


def test_a_bulleted_name_over_bulleted_fields_is_no_title() -> None:
    # a festival archive: the title, then the director's name, countries, year and runtime
    # as a list's bullets, each a paragraph: the name is an item of the list, no title
    page = spaced("""
기억하니?
  • 발레리오 미엘리
  • Italy,France
  • 2018
  • 106min
한 남자와 한 여자가 만나 사랑하고 헤어졌다가 다시 만난다.
""")
    assert "발레리오 미엘리" not in [f.title for f in read(page).films]


def test_a_regions_premiere_after_the_venue_is_no_part_of_it() -> None:
    # a festival guide: each film's title, its rows (day, time, venue, perhaps a flag),
    # its synopsis, each a paragraph
    page = spaced("""
FILM
Garden Walls: All Things are Growing
Wednesday, April 18 | 6:30PM | Campus Theatre | North Texas Premiere
Thursday, April 19 | 5PM | Movie Tavern
A photographer's eye for the picture nobody planned, and the streets he walked.
Rivets and Rations
Thursday, April 19 | 5:30PM | Movie Tavern
The women who kept the factories going while the men were at the front.
""")
    records = read(page, edition=2018, timezone="America/Chicago")
    venues = [(f.title, s.venue) for f in records.films for s in f.screenings]
    assert ("Garden Walls: All Things are Growing", "Campus Theatre") in venues
    assert all(v in ("Campus Theatre", "Movie Tavern") for _, v in venues)


def test_rows_a_paragraph_under_entries_are_not_the_next_titles() -> None:
    # a festival's films: title, original title, synopsis, then the showing closing the
    # entry; with a blank line between every two lines, each row stands over the next
    # title too: which entry it closes or opens is not sure, so no row is attached
    page = spaced("""
Kiesel am Meer
Koktebelskie kameshki
Der Film folgt einem Ort an der Ostküste, an dem sich Dichter trafen, und fragt, was blieb.
1. Oktober, 12:00
Dach der Welt
Ein früher Expeditionsfilm, der eine abgelegene Hochgebirgsregion und ihre Bewohner zeigt.
1. Oktober, 17:00
Hotel am Fluss
Ein Familienhotel in einer Kleinstadt an der Elbe blickt auf mehrere Jahrzehnte zurück.
2. Oktober, 12:00
""")
    records = read(page, edition=2015, timezone="Europe/Berlin")
    assert [s for f in records.films for s in f.screenings] == []
