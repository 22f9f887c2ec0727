"""The page's context: which festival, which edition (year), which time zone, and why.

Every choice comes with its evidence. The festival is read from title and banner lines
(``The 12th … Festival``, ``57. Internationales … Festival`` with a date range, ``…
Festival 2019``, ``제11회 …영화제``). The year of the edition, which dates the year-less
schedule rows, comes from full dates on the page, a banner's year or date range, or the
edition number and an edition the project knows; signals that disagree are reported and
no date is guessed. The time zone comes from the festival's city (named in the festival's
name, a banner, a venue, a profile, or known to the project), or from a zone printed after
the times (``6:30 pm PT``); no city, no offset.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dockg.ingest.reader.dates import PRINTED_ZONES, find_date, find_range
from dockg.ingest.reader.records import Note, PageContext
from dockg.ingest.text import Line

#: Cities (and the adjectives and other names festivals use for them) to IANA time zones.
CITY_ZONES: dict[str, str] = {}
_CITY_TABLE = """
Asia/Seoul: Seoul 서울 Busan Pusan 부산 Goyang 고양 Paju 파주 Jeonju 전주 Incheon 인천 Suwon
    수원 Daegu 대구 Gwangju 광주 Ulsan 울산 Ulju 울주 Jecheon 제천 Gangneung 강릉 Bucheon 부천
    Pohang 포항 Changwon 창원 Chuncheon 춘천 Jeju 제주 Seongnam 성남 DMZ Hongdae Hongik
    Daejeon 대전 Chungju 충주 Cheongju 청주 Pyeongchang 평창 Namyangju 남양주
Asia/Tokyo: Tokyo Yamagata Osaka Kyoto Yokohama Fukuoka
Europe/Berlin: Leipzig Leipziger Berlin Berliner Berlinale Munich München Münchner Duisburg
    Duisburger Hamburg Cologne Köln Kölner Frankfurt Stuttgart Stuttgarter Oberhausen
    Oberhausener Mannheim Kassel Kasseler Nuremberg Nürnberg Nürnberger Dresden Dresdner
    Freiburg Freiburger Bochum Hof Hofer Saarbrücken Potsdam Weimar Rostock Bremen Hannover
    Chemnitz Neubrandenburg Rendsburg Rudolstadt Zittau Karlsruhe Mainz Dortmund Ansbach
    Braunschweig Görlitz Jena Erfurt Magdeburg Kiel Lübeck Bielefeld Düsseldorf
Europe/Vienna: Vienna Wien Wiener Graz Viennale Linz Linzer Salzburg Innsbruck
Europe/Zurich: Zurich Zürich Zürcher Nyon Locarno Solothurn Solothurner Basel
Europe/Amsterdam: Amsterdam IDFA Rotterdam
Europe/Paris: Paris Marseille Cannes Lussas Clermont-Ferrand Nantes Arcueil Lyon Strasbourg
Europe/Rome: Rome Venice Venezia Florence Firenze Turin Torino Umbertide Milan Milano Bologna
Europe/Copenhagen: Copenhagen København CPH:DOX
Europe/Prague: Prague Jihlava Karlovy
Europe/Warsaw: Krakow Kraków Warsaw Wrocław Szczecin Lublin Gdańsk Gdynia Poznań Łódź
Europe/London: London Sheffield Edinburgh Glasgow Manchester Birmingham Eastbourne Liverpool
    Belfast Cardiff Leicester Nottingham
Europe/Dublin: Dublin
Europe/Lisbon: Lisbon Lisboa Doclisboa
Europe/Madrid: Madrid Barcelona Bilbao
Europe/Athens: Athens Athen Thessaloniki
Europe/Zagreb: Zagreb ZagrebDox
Europe/Ljubljana: Ljubljana
Europe/Belgrade: Belgrade Beograd Čačak Cacak Prizren Zaječar
Europe/Sarajevo: Sarajevo
Europe/Budapest: Budapest Szeged
Europe/Bratislava: Bratislava
Europe/Helsinki: Helsinki Tampere
Europe/Stockholm: Stockholm Göteborg Gothenburg Malmö
Europe/Oslo: Oslo Tromsø
Europe/Brussels: Brussels Brüssel Bruxelles Antwerp Antwerpen
Europe/Kiev: Kyiv Odesa Lviv
Europe/Istanbul: Istanbul Ankara
Asia/Jerusalem: Jerusalem Docaviv
America/Chicago: Chicago Dallas Evanston Milwaukee Minneapolis Memphis Nashville
America/Denver: Longmont Missoula
America/Vancouver: Vancouver
America/Los_Angeles: Seattle Watsonville Sacramento Oakland
America/New_York: Atlanta Boston Philadelphia Baltimore Pittsburgh Detroit
America/Montreal: Montreal Montréal
Australia/Melbourne: Melbourne
Australia/Sydney: Sydney Canberra
Australia/Brisbane: Brisbane
Australia/Adelaide: Adelaide
Pacific/Auckland: Auckland Wellington
Asia/Kolkata: Kolkata Mumbai Delhi Chennai
America/Toronto: Toronto Ottawa
Asia/Taipei: Taipei Taiwan
Asia/Shanghai: Beijing Shanghai
Europe/Tallinn: Tallinn
Asia/Tbilisi: Tbilisi
"""
for _row in _CITY_TABLE.strip().split("\n"):
    if ":" in _row and _row.split(":", 1)[0].count("/") == 1 and not _row.startswith(" "):
        _zone, _names = _row.split(":", 1)
    else:
        _names = _row
    for _name in _names.split():
        CITY_ZONES[_name.casefold()] = _zone.strip()
# Two words, read as one
CITY_ZONES["hot docs"] = "America/Toronto"
CITY_ZONES["big sky"] = "America/Denver"  # the Big Sky Documentary FF, Missoula
CITY_ZONES["new york"] = "America/New_York"
CITY_ZONES["los angeles"] = "America/Los_Angeles"
CITY_ZONES["san francisco"] = "America/Los_Angeles"
CITY_ZONES["san diego"] = "America/Los_Angeles"
CITY_ZONES["hong kong"] = "Asia/Hong_Kong"
CITY_ZONES["palm springs"] = "America/Los_Angeles"
CITY_ZONES["tel aviv"] = "Asia/Jerusalem"
CITY_ZONES["washington, d.c."] = "America/New_York"
CITY_ZONES["washington dc"] = "America/New_York"
CITY_ZONES["new haven"] = "America/New_York"
CITY_ZONES["new orleans"] = "America/Chicago"
CITY_ZONES["san diego"] = "America/Los_Angeles"
CITY_ZONES["salt lake city"] = "America/Denver"
CITY_ZONES["novi sad"] = "Europe/Belgrade"
CITY_ZONES["sag harbor"] = "America/New_York"
CITY_ZONES["woods hole"] = "America/New_York"
CITY_ZONES["abu dhabi"] = "Asia/Dubai"
CITY_ZONES["halle (saale)"] = "Europe/Berlin"
CITY_ZONES["halle an der saale"] = "Europe/Berlin"
# Festivals spelt with a dot in the city's name
CITY_ZONES["ji.hlava"] = "Europe/Prague"

#: Cinema chains that run cinemas in one country only, to that country's time zone.
CHAIN_ZONES = {
    "megabox": "Asia/Seoul",
    "메가박스": "Asia/Seoul",
    "lotte cinema": "Asia/Seoul",
    "롯데시네마": "Asia/Seoul",
    "cgv": "Asia/Seoul",
    "cinestar": "Europe/Berlin",
}

_FESTIVAL_WORDS = (
    # ``Festival``, ``Dokfest``, not ``Festivalzentrum``: a compound of them names no festival
    r"(?:\w*Festival(?![a-zäöüß])|\w*fest(?![a-zäöüß])|Festspiele|\w*[Ff]ilmwochen?|"
    r"\w*[Ff]ilmtage|Film Week|DOK\.fest|"
    r"Berlinale|Viennale|"
    r"Biennale|Docs|Documentary Days|DOK\s+[A-ZÄÖÜ]\w+|\S*영화제|(?-i:[A-Z]{1,4}FF)\b)"
)
_NUMBERED_EN = re.compile(
    r"^(?:The\s+)?(?P<number>\d{1,3})(?:st|nd|rd|th)\s+(?P<name>.*\b" + _FESTIVAL_WORDS + r".*?)"
    r"(?:\s*[|,:–—-]\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
_NUMBERED_DE = re.compile(
    r"^(?P<number>\d{1,3})\.\s+(?P<name>[A-ZÄÖÜ].*?" + _FESTIVAL_WORDS + r".*?)"
    r"(?:\s*[|,:–—]\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
_NUMBERED_KO = re.compile(
    r"^(?:\[[^]]*\]\s*)?(?:제\s*)?(?P<number>\d{1,3})\s*회\s*"
    # ``18회째인 서울장애인인권영화제는``, ``10회째를 맞는 …영화제``: the edition's number
    # told as a count; the name follows it
    r"(?:째(?:인|를\s*맞(?:은|는|이한|이하는)|가\s*되는)?\s+)?"
    r"(?P<name>\S.*?영화제)(?P<rest>.*)$"
)
_NUMBERED_IN_TEXT = re.compile(
    r"(?:\b(?:the\s+)?(?P<en>\d{1,3})(?:st|nd|rd|th)\s+|(?<![\d.])(?P<de>\d{1,3})\.\s+)"
    r"(?P<name>(?:[A-ZÄÖÜ][\w.-]*\s+(?:(?:und|für|of|for|and)\s+)?){0,7}?"
    r"[\w.-]*" + _FESTIVAL_WORDS + r")\b"
)
#: Capitalised words after a festival's name read in a sentence, to the line's end
#: (``… 21st Millennium Docs Against Gravity``): the name may go on.
_NAME_GOES_ON = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]+(?:\s+[A-ZÄÖÜ][a-zäöüß]+)*\s*$")
#: A word in small letters (after a word in capitals that follows a festival's name).
_LOWER_AFTER = re.compile(r"\s+[a-zäöüß]")
#: A city's name right after a festival's (``Dokfest München``): part of the name.
_CITY_AFTER = re.compile(r"\s+(?P<city>[A-ZÄÖÜ][\w-]+)\b")
_YEARED = re.compile(
    r"^(?P<name>(?:[A-Z0-9][\w.:'’&-]*\s+){0,8}?[\w.:'’&-]*" + _FESTIVAL_WORDS + r")\s+"
    r"(?P<year>(?:19|20)\d{2})(?P<rest>\b.*)$",
    re.IGNORECASE,
)

#: ``Six Documentaries to See at CPH:DOX 2019``: a page's title naming the edition after
#: a preposition; the name is the capitalised words before the year, ending in a festival
#: word or a ``CITY:DOX`` form (a documentary festival's name joined by a colon).
_AT_YEARED = re.compile(
    r"\b(?:at|to|of|from|for)\s+(?P<name>(?:[A-Z][\w.'’&-]*\s+){0,3}?"
    r"(?:[\w.:'’&-]*" + _FESTIVAL_WORDS + r"|[A-Z]{2,}:DOX))\s+(?P<year>(?:19|20)\d{2})\b"
)

#: ``With Dada Chen at …``: a caption naming whom a picture shows with the writer.
_WITH_SOMEONE = re.compile(r"(?:[Ww]ith|[Mm]it)\s+[A-ZÄÖÜ][\w'’.-]+\s+[A-ZÄÖÜ]")
#: ``LKFF2019 Final Teaser Screening``: a film festival's acronym (``…FF``) and its year.
_ACRONYM_YEARED = re.compile(r"^(?P<name>[A-Z]{1,6}FF)\s?(?P<year>(?:19|20)\d{2})(?!\d)")


@dataclass(frozen=True)
class KnownFestival:
    """A festival the project already describes.

    Attributes:
        key: its IRI, as text.
        names: its names and alternate names (acronyms too).
        city: the city it is held in, if the project says.
        editions: edition numbers the project knows, to their years.
    """

    key: str
    names: tuple[str, ...]
    city: str | None = None
    editions: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Banner:
    """A festival title or banner line: the name, edition number, year, date range."""

    line: Line
    name: str
    number: int | None
    year: int | None


def _banner_year(text: str) -> int | None:
    """The year of a banner: its date range's, or the one year it prints alone."""
    span = find_range(text)
    if span is not None:
        return span.first.year
    years = {int(y) for y in re.findall(r"(?<![\d.])((?:19|20)\d{2})(?![\d.])", text)}
    return years.pop() if len(years) == 1 else None


def read_banner(line: Line, *, in_text: bool = True) -> Banner | None:
    """Read a festival title or banner line (or a sentence naming the edition), or None.

    Args:
        line: the line.
        in_text: also read an edition named inside a sentence (``… findet das 35.
            Kasseler Dokumentarfilm- und Videofest statt``): only near the page's top,
            where the page introduces itself rather than mentioning another festival.
    """
    banner = _read_banner(line, in_text=in_text)
    if banner is not None and _GENERIC_FESTIVAL.fullmatch(banner.name.strip()):
        return None  # ``12. Festival des Umwelt- und Naturfilms``: no name, only its kind
    return banner


#: A festival's kind alone, no name (``Festival``, ``Filmfestival``, ``영화제``).
_GENERIC_FESTIVAL = re.compile(
    r"(?:the\s+)?(?:film\s*|dokumentarfilm|documentary\s+)?(?:festival|fest|filmfest)|영화제",
    re.IGNORECASE,
)


def _read_banner(line: Line, *, in_text: bool) -> Banner | None:
    text = line.text
    if len(text) > 300 or _WITH_SOMEONE.match(text):
        return None  # (``With Dada Chen at NYAFF 2013``: a picture's caption, a visit)
    opening = find_date(text)
    dated = opening is not None and opening.start == 0  # ``18. Okt / 18:30 / …``: a day
    for form in () if dated else (_NUMBERED_KO, _NUMBERED_EN, _NUMBERED_DE):
        found = form.match(text)
        if found and len(text) <= 160:
            name = _cut_name(found["name"])
            if form is _NUMBERED_KO and not _korean_banner(name, found["rest"]):
                return None
            if _PRIZE_AFTER.match(found["rest"] or ""):
                return None
            return Banner(line, name, int(found["number"]), _banner_year(text))
    found = _NUMBERED_IN_TEXT.search(text) if in_text else None
    if found and _NAME_GOES_ON.match(text, found.end()):
        # ``21st Millennium Docs Against Gravity``: capitalised words after the festival
        # word; where the name ends is not sure
        found = None
    if found:
        number = int(found["en"] or found["de"])
        name = _cut_name(found["name"])
        city = _CITY_AFTER.match(text, found.end())
        if city and city["city"].casefold() in CITY_ZONES:
            name = f"{name} {city['city']}"  # ``Das 38. Dokfest München in Zahlen``
        elif city and found["de"] and _LOWER_AFTER.match(text, city.end()):
            # ``die 24. Internationalen Kurzfilmtage Winterthur von 2020``: a word in
            # capitals after the name, then one in small letters: a town the reader does
            # not know, whose name is part of the festival's? Not sure: no name is read
            return None
        return Banner(line, name, number, _banner_year(text))
    found = _AT_YEARED.search(text) if in_text and len(text) <= 120 else None
    if found:
        return Banner(line, found["name"], None, int(found["year"]))
    found = _ACRONYM_YEARED.match(text)
    if found and _PRIZE_AFTER.match(text[found.end() :]):
        return None  # ``MIFF 2017 Audience Award Second Place``: a prize won there
    if found:
        return Banner(line, found["name"], None, int(found["year"]))
    found = _YEARED.match(text)
    if found and _PRIZE_AFTER.match(found["rest"]):
        return None  # ``MIFF 2017 Audience Award Second Place``: a prize won there
    if found and _NEWS_VERB.search(found["name"]):
        # ``IDA Announces FallDocs 2023 Film Lineup``: a news headline; where the
        # festival's name begins and ends in it is not sure
        return None
    if found:
        name = _after_preposition(_LEADING_DAYS.sub("", found["name"].strip(" '\"‘’“”")))
        # ``Programm zum 16. Neiße Filmfestival 2019``: the edition's number, and the
        # name after it
        inner = _ORDINAL_IN_NAME.search(name)
        named = _cut_name(inner["name"]) if inner else ""
        if inner and FESTIVAL_WORD.search(named) and len(named.split()) >= 2:
            return Banner(line, named, int(inner["number"]), int(found["year"]))
        return Banner(line, name, None, int(found["year"]))
    return None


#: A news headline's verb (``IDA Announces FallDocs 2023``, ``… Unveils …``).
_NEWS_VERB = re.compile(
    r"\b(?:announces|unveils|reveals|names|sets|launches|kicks\s+off|returns|celebrates|"
    r"kündigt|präsentiert|startet|zeigt)\b",
    re.IGNORECASE,
)


#: ``2.-12.5: DOK.fest 2024``: the edition's days before the festival's name.
_LEADING_DAYS = re.compile(r"^\d{1,2}\.?\s*[-–—]\s*\d{1,2}\.\d{1,2}\.?\s*[:|/–—-]?\s*")
#: ``제27회 부산국제영화제 뉴 커런츠상과 …``, ``44회 서울독립영화제 대상 수상작으로``: a prize
#: won at a festival, named in a sentence about a film, not the page's festival.
_KOREAN_PRIZE_AFTER = re.compile(r"^\s*(?:\S+\s+)?(?:대상|수상\S*|\S+상[을과와은는이](?:\s|$))")
#: ``19회째인 올해 영화제는``: the edition's number, then no name, only ``this year's festival``.
_KOREAN_NO_NAME = re.compile(r"^(?:째\S*\s*)?(?:(?:올해|이번|올|지난해|내년|본|이|그)\s*)?영화제")


#: ``MIFF 2017 Audience Award``, ``… 2019 Preisträger``: a prize won at an edition, named
#: on a film's line, not the page's banner.
_PRIZE_AFTER = re.compile(
    r"^\s*(?:[–—:|-]\s*)?(?:[\w'’&-]+\s+){0,3}?(?:awards?|prize|preis(?:träger(?:in)?)?|winner|gewinner(?:in)?|"
    r"honou?rable\s+mention|laureate|auszeichnung)\b"
    # ``Tampere Film Festival 2019 gave this film its Grand Prix.``: a prize given there
    r"|^\s*(?:gave|awarded|honou?red|verlieh|vergab)\b",
    re.IGNORECASE,
)


#: ``제4회 서울인권영화제 X 한국퀴어영화제 공동상영회``: another festival joined to the first
#: (``X``, ``×``, ``&``, ``와``): the page's event is the two festivals' joint one, and its
#: number is that event's, not the first festival's.
_KOREAN_JOINED = re.compile(r"^\s*(?:[Xx×&+]|와|과)\s*\S*영화제")


def _korean_banner(name: str, rest: str) -> bool:
    """Whether a Korean numbered festival (``제19회 …영화제``) names the page's festival:
    not a prize won there, nor ``this year's festival``, nor one of two festivals joined
    for an event of theirs."""
    rest = rest or ""
    return not (
        _KOREAN_NO_NAME.match(name) or _KOREAN_PRIZE_AFTER.match(rest) or _KOREAN_JOINED.match(rest)
    )


#: ``Unsere Künstler:innen beim Achtung Berlin Filmfestival``, ``Our films at the …``:
#: the words before the preposition are the page's, not the festival's name.
_BEFORE_NAME = re.compile(
    r"^.*\b(?:beim|bei|im|am|zum|zur|auf\s+dem|at(?:\s+the)?|to(?:\s+the)?)\s+(?=[A-ZÄÖÜ0-9])"
)


def _after_preposition(name: str) -> str:
    """The festival's name in a banner's words before its year: what follows the last
    preposition, when that still holds a festival word."""
    found = _BEFORE_NAME.match(name)
    if found is not None and FESTIVAL_WORD.search(name[found.end() :]):
        return name[found.end() :]
    return name


_ORDINAL_IN_NAME = re.compile(
    r"(?:^|\s)(?P<number>\d{1,3})(?:\.|st|nd|rd|th)\s+(?P<name>[A-ZÄÖÜ].*)$"
)


_NAME_END = re.compile(
    r"\s+(?:runs|will|is|was|takes|opens|announced?|announces|from|in|at|on|held|kicks|has|"
    r"unveils|returns|comes|vom|von|am|im|bis|findet)\b|\s*[|,:(\[–—]|\s+-\s|\s+\d",
    re.IGNORECASE,
)


def _cut_name(name: str) -> str:
    """A festival's name without what a sentence or banner says after it (or ``Annual``
    before it)."""
    name = re.sub(r"^(?:annual|jährliche[ns]?)\s+", "", name.strip(), flags=re.IGNORECASE)
    for found in _NAME_END.finditer(name):
        word = found.group().strip()
        if word in ("IN", "ON", "AT", "FROM") and name[found.end() :].lstrip()[:2].isupper():
            continue  # ``… HUMAN RIGHTS IN FILMS``: a preposition of a name in capitals
        if FESTIVAL_WORD.search(name[: found.start()]):
            name = name[: found.start()]
        break
    return name.strip(" ,|–-'\"‘’“”")


#: A word that makes a name a festival's.
FESTIVAL_WORD = re.compile(_FESTIVAL_WORDS, re.IGNORECASE)


def _normal(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.casefold().replace("’", "'")).strip()


def resolve_festival(name: str, known: Sequence[KnownFestival]) -> KnownFestival | None:
    """The one known festival called ``name`` (or by an acronym it contains), or None."""
    wanted = _normal(name)
    hits = [k for k in known if any(_normal(n) == wanted for n in k.names)]
    if not hits:
        words = set(name.split())
        hits = [
            k for k in known if any(n in words and re.fullmatch(r"[A-Z]{3,}", n) for n in k.names)
        ]
    return hits[0] if len(hits) == 1 else None


def zone_of(name: str) -> ZoneInfo:
    """The IANA zone called ``name``.

    Raises:
        ValueError: if there is none of that name.
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(
            f"not an IANA time zone: {name!r} (write it like Europe/Berlin)"
        ) from error


#: The names of several words among the cities (``new york``, ``halle (saale)``), looked
#: for in a text as they are.
_SEVERAL_WORDS = tuple(name for name in CITY_ZONES if " " in name)


#: States, provinces and nations named in two words or more, where a maker's name would
#: stand (``New Jersey’s Passaic River``): places, no people.
_REGIONS = frozenset(
    [
        "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
        "north dakota", "rhode island", "south carolina", "south dakota", "west virginia",
        "british columbia", "new brunswick", "newfoundland and labrador", "nova scotia",
        "prince edward island", "new south wales", "south australia", "western australia",
        "northern territory", "northern ireland", "baden-württemberg", "nordrhein-westfalen",
        "rheinland-pfalz", "schleswig-holstein", "sachsen-anhalt", "mecklenburg-vorpommern",
    ]
)  # fmt: skip


def is_region(name: str) -> bool:
    """True for the name of a state, province or nation within a country."""
    return name.strip().casefold() in _REGIONS


def cities_in(text: str, *, compounds: bool = False) -> list[tuple[str, str]]:
    """The cities (or chains) named in a text, with their zones; with ``compounds``, also a
    Korean city that starts a compound word (``서울독립영화제``: a festival's name)."""
    found = []
    folded = text.casefold()
    for word in re.findall(r"[\w:.-]+", text):
        zone = CITY_ZONES.get(word.casefold().strip(".:"))
        if zone is None and compounds and re.match(r"[\uac00-\ud7a3]{3,}", word):
            head = next((word[:n] for n in (3, 2) if word[:n] in CITY_ZONES), None)
            zone = CITY_ZONES.get(head) if head else None
            word = head or word
        if zone:
            found.append((word, zone))
    for name in _SEVERAL_WORDS:
        if name in folded:
            found.append((name, CITY_ZONES[name]))
    for chain, zone in CHAIN_ZONES.items():
        if re.search(r"(?<!\w)" + re.escape(chain) + r"(?!\w)", folded):
            found.append((f"{chain} (a cinema chain of one country)", zone))
    return found


#: A screen or hall after a venue's name (``Cinestar Leipzig 8``, ``Saal 2``, ``3관``).
_SCREEN_AFTER = re.compile(
    r"(?:\s+(?:saal|screen|hall|kino|cinema|sala|salle)?\s*\d{1,2}\s*관?|\s+[IVX]{1,3})$",
    re.IGNORECASE,
)


def _venue_cities(text: str) -> list[tuple[str, str]]:
    """The cities a venue names: the last word of one of its parts (``Kino Leipzig``,
    ``Grand Teatret, Copenhagen``), a screen's number after it left out, and cinema
    chains of one country. A city word inside a name (``Bernie Dallas Room``) is a
    person's name, not the place."""
    found = [c for c in cities_in(text) if "cinema chain" in c[0]]
    for part in re.split(r"\s*[,(|–—/]\s*|\s+-\s+|\)", text):
        part = _SCREEN_AFTER.sub("", part.strip()).strip(" .:")
        if not part:
            continue
        for city, zone in cities_in(part):
            if "cinema chain" not in city and part.casefold().endswith(city.casefold().strip(".:")):
                found.append((city, zone))
    return found


def settle_zone(
    context: PageContext,
    *,
    given: str | None,
    profile_zone: str | None,
    festival_texts: Iterable[tuple[str, str]],
    venue_texts: Iterable[tuple[str, str]],
    known: KnownFestival | None,
    ambiguous: list[Note],
    printed: Sequence[tuple[int, str]] = (),
) -> None:
    """Choose the screenings' time zone, with the reason, or leave it unset when unsure.

    Args:
        context: the page context to fill.
        given: ``--timezone``, which overrides everything.
        profile_zone: the site profile's zone.
        festival_texts: (where, text) of the festival's name and banners.
        venue_texts: (where, text) of the venues printed.
        known: the known festival, whose city may be known to the project.
        ambiguous: where a conflict of signals is reported.
        printed: (line, abbreviation) of the zones printed after the rows' times (``6:30
            pm PT``): the page's own word, which wins over any city.
    """
    if given:
        context.zone, context.zone_why = given, "given with --timezone"
        return
    if profile_zone:
        context.zone, context.zone_why = profile_zone, "the site profile's time zone"
        return
    zones = {PRINTED_ZONES[abbreviation][0] for _, abbreviation in printed}
    if len(zones) == 1:
        line, abbreviation = printed[0]
        context.zone = zones.pop()
        context.zone_why = f"{abbreviation!r} printed after the time on line {line}"
        return
    if zones:
        listed = ", ".join(sorted({a for _, a in printed}))
        ambiguous.append(
            Note(
                0, f"time zone not chosen, the rows print several zones: {listed}; give --timezone"
            )
        )
        return
    if known is not None and known.city and (zone := CITY_ZONES.get(known.city.casefold())):
        context.zone, context.zone_why = zone, f"the project places the festival in {known.city}"
        return
    named = (
        [(f"the festival's name on line {context.festival[1]}", context.festival[0])]
        if context.festival and context.festival[1]
        else []
    )
    for number, group in enumerate((named, festival_texts, venue_texts)):
        seen: dict[str, list[str]] = {}
        for where, text in group:
            named_in = (
                _venue_cities(text) if number == 2 else cities_in(text, compounds=number == 0)
            )
            for city, zone in named_in:
                seen.setdefault(zone, []).append(f"{city!r} in {where}")
        if len(seen) == 1:
            zone, reasons = next(iter(seen.items()))
            context.zone, context.zone_why = zone, f"{reasons[0]}"
            return
        if len(seen) > 1 and number > 0:
            listed = "; ".join(f"{z} ({r[0]})" for z, r in sorted(seen.items()))
            ambiguous.append(
                Note(
                    0,
                    f"time zone not chosen, the page names cities in several: {listed};"
                    " give --timezone",
                )
            )
            return
