"""The programme-page corpus and its scorer: real pages, hand-written answer keys, and
the count of facts found, missed and wrong when ``dockg ingest page`` imports them.

Each page of ``tests/fixtures/programmes/<site>/`` (``.txt`` or ``.html``) has an answer
key beside it, ``<page>.key.toml``, written by hand from the page (see
``src/dockg/docs/programme-corpus.md`` for its format). :func:`import_page` imports one
page into a private copy of the project with the real CLI, as a user would;
:func:`extract` reads back what the import wrote (films, screenings, sections) with the
ontology terms the seed import uses; :func:`score` compares the two.

A fact is *found* when the import states it as the key does, *missed* when the key has
it and the import does not, and *wrong* when the import states something the key does
not: a film the key does not list, a title that is none of the film's, a director,
year, runtime or country that differs, a screening start (instant or UTC offset) the
key does not give for that film, a venue or screen other than the key's, a film put in
a section the key does not give, screenings put in another year's festival edition or in
another festival than the page's (the key's ``festival`` and ``festival_names``).
Fields a key lists under ``unscored`` for a film are neither counted nor judged, for
facts a page states ambiguously.

``python -m programme_corpus`` (run from ``tests/``) prints the per-site table in
Markdown (``--pages``: one row per page; ``--languages``: one row per language), then
every page's misses and wrong facts.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Literal as Given
from zoneinfo import ZoneInfo

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Node

from dockg.iris import Kind
from dockg.namespaces import BASE, DOCKG, SDO, XSD
from dockg.project import PROJECT_PARTS, copy_project
from ingest_page_support import ROOT as PROJECT_ROOT
from ingest_page_support import data_snapshot

#: One copy of the seed project's ontology and data for the whole process (made on first
#: use; the query catalogue, which an import never reads, is left out).
_BASE: list[tempfile.TemporaryDirectory[str]] = []


def project_copy(target: Path) -> Path:
    """A copy of the seed project to import one page into.

    Its files are hard links to one copy made once per process, not copies: an import
    replaces a file by renaming a new one over it, never writes into it, so the links
    stay as they were; six hundred pages copied file by file spent seconds in the file
    system. An import that wrote into a file would still show, as a changed file of that
    page's project.
    """
    if not _BASE:
        _BASE.append(tempfile.TemporaryDirectory(prefix="dockg-corpus-base-"))
        copy_project(PROJECT_ROOT, Path(_BASE[0].name) / "project", leave_out=("*.rq",))
    base = Path(_BASE[0].name) / "project"
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        if (base / part).is_dir():
            shutil.copytree(base / part, target / part, copy_function=os.link)
    return target


TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
CORPUS = TESTS / "fixtures" / "programmes"
#: Pages of the corpus that are not programme pages: they must be refused.
REFUSED = CORPUS / "_refused"
PAGE_SUFFIXES = (".txt", ".html")

#: ISO 3166-1 codes of the countries the keys use, with the names a graph may give
#: them (English, German, Korean). A place whose name is not here cannot be judged
#: and counts as wrong, so add a country here when a key first uses it.
COUNTRY_NAMES: Mapping[str, frozenset[str]] = {
    code: frozenset(n.casefold() for n in names)
    for code, names in {
        "AE": ("United Arab Emirates", "UAE", "Vereinigte Arabische Emirate", "아랍에미리트"),
        "AF": ("Afghanistan", "아프가니스탄"),
        "AR": ("Argentina", "Argentinien", "아르헨티나"),
        "AM": ("Armenia", "Armenien", "아르메니아"),
        "AO": ("Angola", "Angola", "앙골라"),
        "AT": ("Austria", "Österreich", "오스트리아"),
        "AZ": ("Azerbaijan", "Aserbaidschan", "아제르바이잔"),
        "AU": ("Australia", "Australien", "호주", "오스트레일리아"),
        "BO": ("Bolivia", "Bolivien", "볼리비아"),
        "CU": ("Cuba", "Kuba", "쿠바"),
        "HK": ("Hong Kong", "Hongkong", "홍콩"),
        "HT": ("Haiti", "Haiti", "아이티"),
        "LY": ("Libya", "Libyen", "리비아"),
        "UA": ("Ukraine", "Ukraine", "우크라이나"),
        "UG": ("Uganda", "Uganda", "우간다"),
        "AL": ("Albania", "Albanien", "알바니아"),
        "BA": ("Bosnia and Herzegovina", "Bosnien und Herzegowina", "보스니아 헤르체고비나"),
        "BD": ("Bangladesh", "Bangladesch", "방글라데시"),
        "BE": ("Belgium", "Belgien", "벨기에"),
        "BF": ("Burkina Faso", "Burkina Faso", "부르키나파소"),
        "BJ": ("Benin", "Benin", "베냉"),
        "BG": ("Bulgaria", "Bulgarien", "불가리아"),
        "BR": ("Brazil", "Brasilien", "브라질"),
        "BT": ("Bhutan", "Bhutan", "부탄"),
        "BS": ("Bahamas", "The Bahamas", "Bahamas", "바하마"),
        "BY": ("Belarus", "Weißrussland", "벨라루스"),
        "CA": ("Canada", "Kanada", "캐나다"),
        "CD": (
            "Democratic Republic of the Congo",
            "DR Congo",
            "Demokratische Republik Kongo",
            "콩고민주공화국",
        ),
        "CG": ("Republic of the Congo", "Congo-Brazzaville", "Republik Kongo", "콩고 공화국"),
        "CH": ("Switzerland", "Schweiz", "스위스"),
        "CL": ("Chile", "칠레"),
        "CN": ("China", "People's Republic of China", "Volksrepublik China", "중국"),
        "CO": ("Colombia", "Kolumbien", "콜롬비아"),
        "CR": ("Costa Rica", "코스타리카"),
        "CZ": ("Czech Republic", "Czechia", "Tschechien", "Tschechische Republik", "체코"),
        "DE": ("Germany", "Deutschland", "독일"),
        "DK": ("Denmark", "Dänemark", "덴마크"),
        "DZ": ("Algeria", "Algerien", "알제리"),
        "EE": ("Estonia", "Estland", "에스토니아"),
        "EG": ("Egypt", "Ägypten", "이집트"),
        "ES": ("Spain", "Spanien", "스페인"),
        "ET": ("Ethiopia", "Äthiopien", "에티오피아"),
        "FI": ("Finland", "Finnland", "핀란드"),
        "FR": ("France", "Frankreich", "프랑스"),
        "GE": ("Georgia", "Georgien", "조지아"),
        "GH": ("Ghana", "가나"),
        "GR": ("Greece", "Griechenland", "그리스"),
        "GT": ("Guatemala", "과테말라"),
        "GY": ("Guyana", "가이아나"),
        "GB": ("United Kingdom", "Großbritannien", "UK", "영국"),
        "HR": ("Croatia", "Kroatien", "크로아티아"),
        "HU": ("Hungary", "Ungarn", "헝가리"),
        "IE": ("Ireland", "Irland", "아일랜드"),
        "IL": ("Israel", "이스라엘"),
        "IN": ("India", "Indien", "인도"),
        "IQ": ("Iraq", "Irak", "이라크"),
        "IR": ("Iran", "Islamic Republic of Iran", "이란"),
        "IS": ("Iceland", "Island", "아이슬란드"),
        "IT": ("Italy", "Italien", "이탈리아"),
        "JP": ("Japan", "일본"),
        "KG": ("Kyrgyzstan", "Kirgisistan", "Kirgisien", "키르기스스탄"),
        "KH": ("Cambodia", "Kambodscha", "캄보디아"),
        "KR": ("South Korea", "Korea", "Republic of Korea", "Südkorea", "한국", "대한민국"),
        "KY": ("Cayman Islands", "Kaimaninseln", "케이맨 제도"),
        "KZ": ("Kazakhstan", "Kasachstan", "카자흐스탄"),
        "MX": ("Mexico", "Mexiko", "멕시코"),
        "MN": ("Mongolia", "Mongolei", "몽골"),
        "NE": ("Niger", "니제르"),
        "NG": ("Nigeria", "나이지리아"),
        "NI": ("Nicaragua", "니카라과"),
        "LR": ("Liberia", "라이베리아"),
        "LT": ("Lithuania", "Litauen", "리투아니아"),
        "LU": ("Luxembourg", "Luxemburg", "룩셈부르크"),
        "LV": ("Latvia", "Lettland", "라트비아"),
        "MA": ("Morocco", "Marokko", "모로코"),
        "MK": (
            "North Macedonia",
            "Macedonia",
            "Nordmazedonien",
            "Mazedonien",
            "북마케도니아",
            "마케도니아",
        ),
        "ML": ("Mali", "말리"),
        "SN": ("Senegal", "Senegal", "세네갈"),
        "CI": ("Côte d'Ivoire", "Ivory Coast", "Elfenbeinküste", "코트디부아르"),
        "RW": ("Rwanda", "Ruanda", "르완다"),
        "GM": ("Gambia", "Gambia", "감비아"),
        "DJ": ("Djibouti", "Dschibuti", "지부티"),
        "MU": ("Mauritius", "Mauritius", "모리셔스"),
        "ME": ("Montenegro", "몬테네그로"),
        "NO": ("Norway", "Norwegen", "노르웨이"),
        "LB": ("Lebanon", "Libanon", "레바논"),
        "LA": ("Laos", "라오스"),
        "NZ": ("New Zealand", "Neuseeland", "뉴질랜드"),
        "NP": ("Nepal", "네팔"),
        "TH": ("Thailand", "태국"),
        "ID": ("Indonesia", "Indonesien", "인도네시아"),
        "MM": ("Myanmar", "Burma", "미얀마"),
        "TN": ("Tunisia", "Tunesien", "튀니지"),
        "TW": ("Taiwan", "대만"),
        "NL": ("Netherlands", "Niederlande", "네덜란드"),
        "PE": ("Peru", "페루"),
        "PH": ("Philippines", "the Philippines", "Philippinen", "필리핀"),
        "PK": ("Pakistan", "파키스탄"),
        "PL": ("Poland", "Polen", "폴란드"),
        "PS": ("Palestine", "State of Palestine", "Palästina", "팔레스타인"),
        "PT": ("Portugal", "포르투갈"),
        "QA": ("Qatar", "Katar", "카타르"),
        "RO": ("Romania", "Rumänien", "루마니아"),
        "RS": ("Serbia", "Serbien", "세르비아"),
        "RU": ("Russia", "Russland", "러시아"),
        "SA": ("Saudi Arabia", "Saudi-Arabien", "사우디아라비아"),
        "SD": ("Sudan", "수단"),
        "SE": ("Sweden", "Schweden", "스웨덴"),
        "SL": ("Sierra Leone", "시에라리온"),
        "SG": ("Singapore", "Singapur", "싱가포르"),
        "SI": ("Slovenia", "Slowenien", "슬로베니아"),
        "SK": ("Slovakia", "Slowakei", "슬로바키아"),
        "SY": ("Syria", "Syrien", "시리아"),
        "TR": ("Turkey", "Türkei", "Türkiye", "튀르키예", "터키"),
        "US": ("United States", "USA", "United States of America", "미국"),
        "UY": ("Uruguay", "우루과이"),
        "VE": ("Venezuela", "베네수엘라"),
        "VN": ("Vietnam", "Viet Nam", "베트남"),
        "LS": ("Lesotho", "레소토"),
        "KE": ("Kenya", "Kenia", "케냐"),
        "TO": ("Tonga", "통가"),
        "YU": ("Yugoslavia", "Jugoslawien", "유고슬라비아"),
        "ZA": ("South Africa", "Südafrika", "남아프리카공화국", "남아공"),
        "ZM": ("Zambia", "Sambia", "잠비아"),
        "XK": ("Kosovo", "Kosovo", "코소보"),
    }.items()
}

#: Properties that name a film or a person; read from the whole project (an import may
#: reuse a curated entity without restating its name), while facts come from the import.
NAME_PROPERTIES = (
    SDO.name,
    SDO.alternateName,
    DOCKG.originalTitle,
    DOCKG.nameInKoreanOrder,
    DOCKG.nameInWesternOrder,
    DOCKG.nameInHangul,
)
#: Properties that give a film's titles.
TITLE_PROPERTIES = (SDO.name, SDO.alternateName, DOCKG.originalTitle)
UNSCORABLE = frozenset({"titles", "directors", "year", "runtime", "countries", "sections"})


# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "„": '"', "‚": "'", "´": "'"})
_WRAPPERS = "\"'<>«»‹›「」『』《》〈〉"


def norm_title(text: str) -> str:
    """A title for matching: NFKC, case-folded, quotes straightened, spaces collapsed.

    Quotation marks and angle brackets around the whole title (``<관찰과 기억>``,
    ``„Elefantin“``) are dropped; punctuation inside the title is kept, without a space
    before a colon (``땅, 비, 불 : 와하까 보고서``, as a page may print it one way or the other).
    """
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = " ".join(text.split()).strip(_WRAPPERS + " ").replace(" :", ":")
    return text.casefold()


def _festival_key(name: str) -> str:
    """A festival's name compared: NFKC, case-folded, without ``the``, punctuation or
    spaces (``DOK.fest`` = ``DOK fest`` = ``dokfest``)."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[\W_]+", "", text)


def norm_name(text: str) -> frozenset[str]:
    """A person's name as the set of its case-folded parts, so that name order
    (``KIM Soyoung`` / ``Soyoung Kim``) does not matter but spelling does."""
    text = unicodedata.normalize("NFKC", text)
    return frozenset(part.casefold() for part in re.split(r"[\s,]+", text) if part)


def country_code(name: str) -> str | None:
    """The ISO code of a country named in English, German or Korean, if known."""
    folded = unicodedata.normalize("NFKC", name).strip().casefold()
    for code, names in COUNTRY_NAMES.items():
        if folded in names or folded == code.casefold():
            return code
    return None


def duration_seconds(text: str) -> int | None:
    """Seconds of an ``xsd:duration`` such as ``PT1H30M`` or ``PT16M55S``."""
    match = re.fullmatch(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?", text)
    if not match or text in ("P", "PT"):
        return None
    days, hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
    return round(((days * 24 + hours) * 60 + minutes) * 60 + seconds)


# ---------------------------------------------------------------------------
# Answer keys
# ---------------------------------------------------------------------------


class AnswerKeyError(ValueError):
    """An answer key that is not well formed (named after the file and entry)."""


@dataclass(frozen=True)
class KeyFilm:
    """A film as the page gives it."""

    title: str
    original_title: str | None = None
    #: Further titles the page gives (an English title in parentheses, a short title).
    other_titles: tuple[str, ...] = ()
    directors: tuple[str, ...] = ()
    #: Years the page gives (usually one; a page may contradict itself).
    years: tuple[int, ...] = ()
    #: Runtimes in seconds (a page may give two); empty when the page gives none.
    runtimes: tuple[int, ...] = ()
    countries: tuple[str, ...] = ()
    #: Fields the scorer neither counts nor judges for this film.
    unscored: frozenset[str] = frozenset()
    #: Not counted either way (a programme of shorts the page lists like a film).
    optional: bool = False

    def titles(self) -> frozenset[str]:
        """Its normalised titles."""
        names = {self.title, *self.other_titles}
        if self.original_title:
            names.add(self.original_title)
        return frozenset(norm_title(n) for n in names)


@dataclass(frozen=True)
class KeyScreening:
    """A timed screening as the page gives it."""

    film: str
    start: datetime
    venue: str | None = None
    screen: str | None = None


@dataclass(frozen=True)
class KeyShowing:
    """A screening the page dates without a time (a year, or a day): ``when`` is an
    ``int`` year or a ``date``. Not part of the timed-screening target."""

    film: str
    when: date | int


@dataclass(frozen=True)
class PageKey:
    """The answer key of one page."""

    page: Path
    url: str
    captured: str
    festival: str
    edition_year: int | None
    city: str
    timezone: str
    language: str
    films: tuple[KeyFilm, ...]
    screenings: tuple[KeyScreening, ...]
    sections: Mapping[str, frozenset[str]]
    showings: tuple[KeyShowing, ...] = ()
    #: Other names of sections (an abbreviation the page gives), by section name.
    section_aliases: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Screenings the page gives without the year (or otherwise ambiguously): right
    #: if an import dates them exactly so, but not counted as found or missed.
    uncertain: tuple[KeyScreening, ...] = ()
    #: Showings dated by day that the page gives ambiguously (``unscored``): right if an
    #: import dates them so, but not counted as found or missed.
    uncertain_showings: tuple[KeyShowing, ...] = ()
    #: Other names the page gives its festival (``DOK.fest`` for ``DOK.fest München``, a
    #: Korean name for an English one).
    festival_names: tuple[str, ...] = ()

    def names_festival(self, name: str) -> bool:
        """Whether ``name`` is one of the names of the page's festival."""
        wanted = {_festival_key(n) for n in (self.festival, *self.festival_names) if n}
        return _festival_key(name) in wanted

    @property
    def site(self) -> str:
        """The site slug (the page's folder)."""
        return self.page.parent.name

    def film(self, title: str) -> KeyFilm:
        """The key's film of that title."""
        wanted = norm_title(title)
        for film in self.films:
            if wanted in film.titles():
                return film
        raise AnswerKeyError(f"{self.page.name}: no [[film]] titled {title!r}")


#: The fields each table of a key may have: a misspelt field must not be ignored.
KEY_FIELDS: Mapping[str, frozenset[str]] = {
    "source": frozenset(
        {
            "url",
            "captured",
            "festival",
            "festival_names",
            "edition_year",
            "city",
            "timezone",
            "language",
        }
    ),
    "film": frozenset(
        {
            "title",
            "original_title",
            "other_titles",
            "directors",
            "year",
            "runtime_minutes",
            "runtime",
            "countries",
            "unscored",
            "optional",
        }
    ),
    "screening": frozenset({"film", "start", "date", "venue", "screen", "unscored"}),
    "section": frozenset({"name", "other_names", "films"}),
}


def _check_fields(raw: Mapping[str, object], name: str) -> None:
    for table, value in raw.items():
        if table not in KEY_FIELDS:
            raise AnswerKeyError(f"{name}: unknown table [{table}]")
        entries = value if isinstance(value, list) else [value]
        for i, entry in enumerate(entries, 1):
            unknown = set(entry) - KEY_FIELDS[table]  # type: ignore[arg-type]
            if unknown:
                raise AnswerKeyError(f"{name}: [{table}] {i}: unknown field {sorted(unknown)}")


def _ints(value: object, where: str) -> tuple[int, ...]:
    values = value if isinstance(value, list) else [] if value is None else [value]
    if not all(isinstance(v, int) for v in values):
        raise AnswerKeyError(f"{where} must be a whole number or a list of them")
    return tuple(values)  # type: ignore[arg-type]


def _runtimes(entry: Mapping[str, object], where: str) -> tuple[int, ...]:
    values: list[int] = []
    minutes = entry.get("runtime_minutes")
    for value in minutes if isinstance(minutes, list) else [minutes] if minutes else []:
        if not isinstance(value, int):
            raise AnswerKeyError(f"{where}: runtime_minutes must be whole minutes")
        values.append(value * 60)
    duration = entry.get("runtime")
    for value in duration if isinstance(duration, list) else [duration] if duration else []:
        seconds = duration_seconds(str(value))
        if seconds is None:
            raise AnswerKeyError(f"{where}: runtime {value!r} is not an xsd:duration")
        values.append(seconds)
    return tuple(values)


def load_key(path: Path) -> PageKey:
    """Read and check one answer key.

    Args:
        path: a ``*.key.toml`` file beside its page.

    Returns:
        The key.

    Raises:
        AnswerKeyError: the page is missing, a table or entry has a field the format
            does not know, a screening or section names a film the key does not list, a
            start has no UTC offset or one the festival's time zone does not have at
            that local time, or a country code is unknown.
    """
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    _check_fields(raw, path.name)
    stem = path.name.removesuffix(".key.toml")
    pages = [p for p in (path.with_name(stem + s) for s in PAGE_SUFFIXES) if p.exists()]
    if len(pages) != 1:
        raise AnswerKeyError(f"{path}: expected one page {stem}.txt or {stem}.html beside it")
    source = raw["source"]
    tz = ZoneInfo(source["timezone"])
    films = []
    for i, entry in enumerate(raw.get("film", []), 1):
        where = f"{path.name}: [[film]] {i}"
        unscored = frozenset(entry.get("unscored", []))
        if not unscored <= UNSCORABLE:
            raise AnswerKeyError(f"{where}: unscored may only list {sorted(UNSCORABLE)}")
        countries = tuple(entry.get("countries", []))
        for code in countries:
            if code not in COUNTRY_NAMES:
                raise AnswerKeyError(f"{where}: country {code!r} is not in COUNTRY_NAMES")
        films.append(
            KeyFilm(
                title=entry["title"],
                original_title=entry.get("original_title"),
                other_titles=tuple(entry.get("other_titles", [])),
                directors=tuple(entry.get("directors", [])),
                years=_ints(entry.get("year"), f"{where}: year"),
                runtimes=_runtimes(entry, where),
                countries=countries,
                unscored=unscored,
                optional=bool(entry.get("optional", False)),
            )
        )
    key = PageKey(
        page=pages[0],
        url=source["url"],
        captured=str(source["captured"]),
        festival=source["festival"],
        festival_names=tuple(source.get("festival_names", [])),
        edition_year=source.get("edition_year"),
        city=source["city"],
        timezone=source["timezone"],
        language=source["language"],
        films=tuple(films),
        screenings=(),
        sections={},
    )
    screenings = []
    uncertain = []
    showings = []
    unsure = []
    for i, entry in enumerate(raw.get("screening", []), 1):
        where = f"{path.name}: [[screening]] {i}"
        key.film(entry["film"])
        if "date" in entry:
            text = str(entry["date"])
            when: date | int = (
                int(text) if re.fullmatch(r"\d{4}", text) else date.fromisoformat(text)
            )
            (unsure if entry.get("unscored") else showings).append(KeyShowing(entry["film"], when))
            continue
        start = datetime.fromisoformat(entry["start"])
        if start.utcoffset() is None:
            raise AnswerKeyError(f"{where}: start {entry['start']} has no UTC offset")
        local = start.replace(tzinfo=tz)
        if local.utcoffset() != start.utcoffset():
            raise AnswerKeyError(
                f"{where}: {entry['start']} is not a {source['timezone']} offset "
                f"(that zone has {local.isoformat()} then)"
            )
        screening = KeyScreening(entry["film"], start, entry.get("venue"), entry.get("screen"))
        (uncertain if entry.get("unscored") else screenings).append(screening)
    sections: dict[str, frozenset[str]] = {}
    aliases: dict[str, frozenset[str]] = {}
    for entry in raw.get("section", []):
        aliases[entry["name"]] = frozenset(entry.get("other_names", []))
        for title in entry["films"]:
            key.film(title)
        sections[entry["name"]] = sections.get(entry["name"], frozenset()) | set(entry["films"])
    return PageKey(
        **{
            **key.__dict__,
            "screenings": tuple(screenings),
            "sections": sections,
            "showings": tuple(showings),
            "uncertain": tuple(uncertain),
            "uncertain_showings": tuple(unsure),
            "section_aliases": aliases,
        }
    )


def refused_pages(root: Path = REFUSED) -> list[Path]:
    """Pages that hold no film: an import must refuse them (their provenance is in
    ``<page>.source.toml`` beside them)."""
    return sorted(p for p in root.glob("*") if p.suffix in PAGE_SUFFIXES)


def corpus_keys(root: Path = CORPUS) -> list[PageKey]:
    """Every answer key of the corpus, in a stable order (refused pages excluded)."""
    return [load_key(p) for p in sorted(root.glob("*/*.key.toml")) if p.parent.name != REFUSED.name]


# ---------------------------------------------------------------------------
# Importing a page as a user would
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    """What one ``dockg ingest page`` run did."""

    code: int
    stdout: str
    stderr: str
    #: Files under ``data/`` that the run created or changed, relative to the project.
    written: tuple[str, ...]
    #: The graph of the written files (facts stated by the import).
    facts: Graph
    #: Names of films and people from the whole project after the import.
    names: Graph


def _snapshot(project: Path) -> dict[str, bytes]:
    return {f"data/{rel}": data for rel, data in data_snapshot(project).items()}


def _parse(path: Path, graph: Graph) -> None:
    fmt = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt"}.get(path.suffix)
    if fmt is None:
        return
    if fmt in ("trig", "nquads"):
        from rdflib import Dataset

        dataset = Dataset()
        dataset.parse(path, format=fmt)
        for s, p, o, _ in dataset.quads():
            graph.add((s, p, o))
    else:
        graph.parse(path, format=fmt)


#: Name triples of a data file, by its path's suffix and bytes: a file the import left as
#: it was is parsed once for the whole corpus, not once per page.
_NAMES_OF_FILE: dict[tuple[str, bytes], tuple[tuple[Node, Node, Node], ...]] = {}


def _name_triples(path: Path, data: bytes) -> tuple[tuple[Node, Node, Node], ...]:
    if path.suffix not in (".ttl", ".trig", ".nt", ".nq"):
        return ()
    memo = (path.suffix, data)
    if memo not in _NAMES_OF_FILE:
        whole = Graph()
        _parse(path, whole)
        _NAMES_OF_FILE[memo] = tuple(
            triple for prop in NAME_PROPERTIES for triple in whole.triples((None, prop, None))
        )
    return _NAMES_OF_FILE[memo]


def run_import(page: Path, project: Path, *args: str, in_process: bool = False) -> ImportResult:
    """Run ``python -m dockg ingest page PAGE ARGS`` in ``project`` and read what it wrote.

    Args:
        page: the page file.
        project: a project copy (changed by the import).
        args: further CLI arguments.
        in_process: call the CLI's entry point in this process instead of starting
            ``python -m dockg`` (the same command, without an interpreter's start-up).

    Returns:
        Exit code, output, written files and their graph.
    """
    before = _snapshot(project)
    if in_process:
        code, out, err = _run_in_process(project, ["ingest", "page", str(page), *args])
        return _result(project, before, code, out, err)
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if env.get("PYTHONPATH"):
        # the import runs in the project copy: a relative entry (``PYTHONPATH=../src``)
        # would name another folder there and import another checkout's dockg
        env["PYTHONPATH"] = os.pathsep.join(
            str(Path(p).resolve()) for p in env["PYTHONPATH"].split(os.pathsep) if p
        )
    process = subprocess.run(
        [
            sys.executable,
            "-m",
            "dockg",
            "--project",
            str(project),
            "ingest",
            "page",
            str(page),
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=project,
        timeout=900,
        check=False,
    )
    return _result(project, before, process.returncode, process.stdout, process.stderr)


def _run_in_process(project: Path, args: list[str]) -> tuple[int, str, str]:
    """The CLI's own entry point called in this process (no interpreter to start), in the
    project copy as its working directory; its exit code and output."""
    from dockg.cli import cli

    out, err = io.StringIO(), io.StringIO()
    cwd = Path.cwd()
    os.chdir(project)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                cli.main(["--project", str(project), *args], prog_name="dockg")
                code = 0
            except SystemExit as stop:
                code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    finally:
        os.chdir(cwd)
    return code, out.getvalue(), err.getvalue()


def _result(
    project: Path, before: dict[str, bytes], code: int, stdout: str, stderr: str
) -> ImportResult:
    """What an import wrote, read back."""
    after = _snapshot(project)
    written = tuple(sorted(p for p, data in after.items() if before.get(p) != data))
    facts = Graph()
    for rel in written:
        _parse(project / rel, facts)
    names = Graph()
    for rel, data in after.items():
        for triple in _name_triples(project / rel, data):
            names.add(triple)
    return ImportResult(code, stdout, stderr, written, facts, names)


def import_page(
    key: PageKey,
    workdir: Path | None = None,
    *,
    in_process: bool = False,
    settled: bool | Given["zone", "year"] = False,
) -> ImportResult:
    """Import a key's page into a fresh project copy, with its source URL and capture date.

    Args:
        key: the page's answer key.
        workdir: where to make the project copy (default: a temporary directory).
        settled: also give the key's time zone and edition year (``--timezone``,
            ``--edition``), as a user does whom the report asks for them; ``"zone"`` or
            ``"year"``: give only that one (the report asks for it alone).

    Returns:
        The import's result.
    """
    args = ["--source-url", key.url]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", key.captured):
        args += ["--captured", key.captured]
    if settled and settled != "year":
        args += ["--timezone", key.timezone]
    if settled and settled != "zone" and key.edition_year:
        args += ["--edition", str(key.edition_year)]
    if workdir is not None:
        return run_import(key.page, project_copy(workdir / "project"), *args, in_process=in_process)
    with tempfile.TemporaryDirectory(prefix="dockg-corpus-") as tmp:
        return run_import(
            key.page, project_copy(Path(tmp) / "project"), *args, in_process=in_process
        )


# ---------------------------------------------------------------------------
# Reading back what an import wrote
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FoundFilm:
    """A film as the import states it."""

    iri: Node
    titles: frozenset[str]
    directors: tuple[frozenset[frozenset[str]], ...]
    years: frozenset[int]
    runtimes: frozenset[int]
    countries: frozenset[str]
    #: The titles the import itself states (not those the project already knew).
    stated_titles: frozenset[str] = frozenset()


@dataclass(frozen=True)
class FoundScreening:
    """A screening as the import states it: ``start`` is a datetime (with offset), a
    date, or a year, as the literal allows."""

    iri: Node
    film: Node
    start: datetime | date | int | None
    venue: str | None
    screen: str | None


@dataclass(frozen=True)
class Found:
    """Everything the scorer reads from an import."""

    films: tuple[FoundFilm, ...]
    screenings: tuple[FoundScreening, ...]
    #: (film IRI, section name) pairs from selections and screenings.
    sections: frozenset[tuple[Node, str]]
    #: Years of the festival editions the import puts screenings in.
    edition_years: frozenset[int] = frozenset()
    #: The names of each festival whose editions the import puts screenings or
    #: selections in.
    festivals: tuple[frozenset[str], ...] = ()
    #: Years of the editions of the page's festival (as the report names it) that the
    #: import puts selections in.
    selection_years: frozenset[int] = frozenset()


_FILMS = """
SELECT DISTINCT ?film WHERE {
  { ?film a ?class .
    VALUES ?class { dockg:Film dockg:DocumentaryFilm dockg:FictionFilm schema:Movie } }
  UNION { ?x a dockg:Screening ; schema:workPresented ?film }
  UNION { ?x a dockg:FestivalSelection ; schema:workFeatured ?film }
}"""

_SCREENINGS = """
SELECT ?screening ?film ?start WHERE {
  ?screening a dockg:Screening ; schema:workPresented ?film .
  OPTIONAL { ?screening schema:startDate ?start }
}"""

_PLACE = """
SELECT ?theatreName ?placeName ?screen WHERE {
  ?screening schema:location ?place .
  OPTIONAL { ?place schema:name ?placeName }
  OPTIONAL { ?place a dockg:Screen ; schema:identifier ?screen ;
                    schema:containedInPlace ?theatre .
             OPTIONAL { ?theatre schema:name ?theatreName } }
}"""

_SECTIONS = """
SELECT DISTINCT ?film ?name WHERE {
  ?x schema:workPresented|schema:workFeatured ?film ; schema:superEvent ?section .
  ?section a dockg:FestivalSection .
  { ?section schema:name ?name } UNION { ?section schema:alternateName ?name }
}"""

_EDITIONS = """
SELECT DISTINCT ?edition ?start WHERE {
  ?x a dockg:Screening ; (schema:superEvent|dockg:sectionOf)+ ?edition .
  ?edition a dockg:FestivalEdition .
  OPTIONAL { ?edition schema:startDate ?start }
}"""

#: The festival series of the editions the import puts screenings in (a filmography's
#: selections at other festivals are judged by the report's festival, below).
_SERIES = """
SELECT DISTINCT ?series WHERE {
  ?x a dockg:Screening ; (schema:superEvent|dockg:sectionOf)+ ?edition .
  ?edition a dockg:FestivalEdition ; dockg:editionOf ?series .
}"""

#: Years of the editions of one festival that the import puts selections in.
_SELECTION_YEARS = """
SELECT DISTINCT ?start WHERE {
  ?x a dockg:FestivalSelection ; (schema:superEvent|dockg:sectionOf)+ ?edition .
  ?edition a dockg:FestivalEdition ; dockg:editionOf ?series ; schema:startDate ?start .
}"""

_NS = {"schema": SDO._NS, "dockg": DOCKG._NS}

# Parsed once: rdflib parses a query string on every call, which took a fifth of the
# corpus module's time.
_FILMS, _SCREENINGS, _PLACE, _SECTIONS, _EDITIONS, _SERIES, _SELECTION_YEARS = (
    prepareQuery(text, initNs=_NS)
    for text in (_FILMS, _SCREENINGS, _PLACE, _SECTIONS, _EDITIONS, _SERIES, _SELECTION_YEARS)
)


def _names(graph: Graph, node: Node) -> set[str]:
    found: set[str] = set()
    for prop in NAME_PROPERTIES:
        found.update(str(o) for o in graph.objects(node, prop) if isinstance(o, Literal))
    family = next(iter(graph.objects(node, SDO.familyName)), None)
    given = next(iter(graph.objects(node, SDO.givenName)), None)
    if family is not None and given is not None:
        found.add(f"{given} {family}")
    return found


def _start(value: Node | None) -> datetime | date | int | None:
    if not isinstance(value, Literal):
        return None
    text = str(value)
    try:
        if value.datatype == XSD.dateTime:
            return datetime.fromisoformat(text)
        if value.datatype == XSD.date:
            return date.fromisoformat(text[:10])
        if value.datatype == XSD.gYear:
            return int(text[:4])
    except ValueError:
        return None
    return None


def extract(facts: Graph, names: Graph | None = None, festival: Node | None = None) -> Found:
    """Read films, screenings and sections from the graph an import wrote.

    Args:
        facts: the triples the import wrote.
        names: names of films and people known to the project (default: ``facts``).
        festival: the festival the import's report names as the page's, judged when the
            import states anything of it.

    Returns:
        What the import states, as the scorer compares it.
    """
    labels = Graph()
    for triple in facts:
        labels.add(triple)
    for triple in names or ():
        labels.add(triple)
    films = []
    for (iri,) in facts.query(_FILMS):
        directors = tuple(
            frozenset(norm_name(n) for n in _names(labels, person))
            for person in facts.objects(iri, SDO.director)
        )
        years = set()
        for value in facts.objects(iri, SDO.dateCreated):
            match = re.match(r"\d{4}", str(value))
            if match:
                years.add(int(match.group()))
        runtimes = {
            s
            for s in (duration_seconds(str(v)) for v in facts.objects(iri, SDO.duration))
            if s is not None
        }
        countries = set()
        for place in facts.objects(iri, SDO.countryOfOrigin):
            codes = {country_code(n) for n in _names(labels, place)}
            for prop in (SDO.identifier, SDO.addressCountry):
                codes.update(country_code(str(v)) for v in facts.objects(place, prop))
            codes.discard(None)
            countries.add(min(codes) if codes else f"?{place}")
        films.append(
            FoundFilm(
                iri,
                frozenset(norm_title(n) for n in _names(labels, iri)),
                directors,
                frozenset(years),
                frozenset(runtimes),
                frozenset(countries),
                frozenset(
                    str(o)
                    for prop in TITLE_PROPERTIES
                    for o in facts.objects(iri, prop)
                    if isinstance(o, Literal)
                ),
            )
        )
    screenings = []
    for screening, film, start in facts.query(_SCREENINGS):
        venue = screen = None
        for theatre_name, place_name, number in facts.query(
            _PLACE, initBindings={"screening": screening}
        ):
            if number is not None:
                venue = str(theatre_name) if theatre_name is not None else None
                screen = str(number)
            elif place_name is not None:
                venue = str(place_name)
        screenings.append(FoundScreening(screening, film, _start(start), venue, screen))
    sections = frozenset((film, str(name)) for film, name in facts.query(_SECTIONS))
    years = frozenset(
        int(str(start)[:4])
        for _, start in facts.query(_EDITIONS)
        if start is not None and re.match(r"\d{4}", str(start))
    )
    series = {row[0] for row in facts.query(_SERIES)}
    if festival is not None and (festival, None, None) in facts:
        series.add(festival)
    festivals = tuple(
        frozenset(_names(labels, one)) or frozenset([str(one)]) for one in sorted(series, key=str)
    )
    selected = frozenset(
        int(str(start)[:4])
        for (start,) in (
            facts.query(_SELECTION_YEARS, initBindings={"series": festival})
            if festival is not None
            else ()
        )
        if re.match(r"\d{4}", str(start))
    )
    return Found(tuple(films), tuple(screenings), sections, years, festivals, selected)


# ---------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------

Add = Callable[["Finding"], None]
KINDS = (
    "festival",
    "edition",
    "film",
    "title",
    "director",
    "year",
    "runtime",
    "country",
    "screening",
    "showing",
    "venue",
    "section",
)


@dataclass(frozen=True)
class Finding:
    """One fact judged: ``kind`` (see :data:`KINDS`), ``status`` found, missed or wrong."""

    kind: str
    status: str
    detail: str


@dataclass
class PageScore:
    """The score of one page."""

    key: PageKey
    findings: list[Finding] = field(default_factory=list)
    exit_code: int = 0
    message: str = ""
    #: The import's report held showings back for want of a time zone or the edition's
    #: year (so the user is asked for ``--timezone`` or ``--edition``).
    unsettled: bool = False
    #: What the report asked for: the edition's year, the time zone (either may be asked
    #: alone, the other one chosen from the page).
    asks_year: bool = False
    asks_zone: bool = False
    #: The zone and the year the report chose (None where it chose none).
    chosen_zone: str | None = None
    chosen_year: int | None = None

    def count(self, status: str, kind: str | None = None) -> int:
        """How many findings have that status (and kind)."""
        return sum(
            1 for f in self.findings if f.status == status and (kind is None or f.kind == kind)
        )

    @property
    def films(self) -> tuple[int, int]:
        """(films found, films in the key)."""
        counted = [f for f in self.key.films if not f.optional]
        return self.count("found", "film"), len(counted)

    @property
    def screenings(self) -> tuple[int, int]:
        """(timed screenings found, timed screenings in the key)."""
        return self.count("found", "screening"), len(self.key.screenings)

    @property
    def wrong(self) -> list[Finding]:
        """The wrong facts."""
        return [f for f in self.findings if f.status == "wrong"]


def _same_start(a: datetime, b: datetime) -> bool:
    """Same instant and same UTC offset."""
    return a == b and a.utcoffset() == b.utcoffset()


def _match_films(key: PageKey, found: Found) -> dict[Node, KeyFilm]:
    matched: dict[Node, KeyFilm] = {}
    for film in found.films:
        for wanted in key.films:
            if film.titles & wanted.titles():
                matched[film.iri] = wanted
                break
    return matched


def score(key: PageKey, found: Found) -> PageScore:
    """Compare what an import states with the page's answer key.

    Args:
        key: the answer key.
        found: what the import states (:func:`extract`).

    Returns:
        Every fact of the key found or missed, and every stated fact the key does not
        have as wrong.
    """
    result = PageScore(key)
    add = result.findings.append
    matched = _match_films(key, found)
    by_key: dict[str, list[FoundFilm]] = {}
    for film in found.films:
        if film.iri in matched:
            by_key.setdefault(matched[film.iri].title, []).append(film)
        else:
            shown = ", ".join(sorted(film.titles)) or str(film.iri)
            add(Finding("film", "wrong", f"film not on the page: {shown}"))
    for wanted in key.films:
        films = by_key.get(wanted.title, [])
        if not films:
            if not wanted.optional:
                add(Finding("film", "missed", wanted.title))
            continue
        if not wanted.optional:
            add(Finding("film", "found", wanted.title))
        if len(films) > 1:
            add(Finding("film", "wrong", f"{wanted.title}: imported as {len(films)} films"))
        _score_film(wanted, films, add)
    _score_screenings(key, found, matched, add)
    _score_sections(key, found, matched, add)
    if key.edition_year is not None:
        # The page's screenings belong to its edition (a filmography's selections at
        # other festivals are not screenings, so are not judged here).
        if key.screenings or key.uncertain or key.showings or key.uncertain_showings:
            status = "found" if key.edition_year in found.edition_years else "missed"
            add(Finding("edition", status, str(key.edition_year)))
        for year in sorted(found.edition_years - {key.edition_year}):
            add(Finding("edition", "wrong", f"edition {year}, not the page's"))
        for year in sorted(found.selection_years - found.edition_years - {key.edition_year}):
            # the page's films selected for its festival's edition of another year
            add(Finding("edition", "wrong", f"selections in edition {year}, not the page's"))
    for names in found.festivals:
        # Screenings and selections put in another festival than the page's (a prize won
        # at one named in a sentence, a venue's line read as a banner).
        if not any(key.names_festival(n) for n in names):
            page = key.festival or "none named"
            add(Finding("festival", "wrong", f"festival {min(names)!r}, not the page's ({page})"))
    return result


def _title_fits(stated: str, wanted: KeyFilm) -> bool:
    """A stated title is one of the key's titles, or several of them joined the way
    pages print them ("Aidiyet (Belonging)", "O ENSAIO / THE REHEARSAL")."""
    titles = wanted.titles()
    if norm_title(stated) in titles:
        return True
    parts = [p for p in re.split(r"\s*[()（）]\s*|\s+/\s+", stated) if p.strip()]
    return len(parts) > 1 and all(norm_title(p) in titles for p in parts)


def _score_film(wanted: KeyFilm, films: list[FoundFilm], add: Add) -> None:
    title = wanted.title
    if "titles" not in wanted.unscored:
        for stated in sorted({t for f in films for t in f.stated_titles}):
            if not _title_fits(stated, wanted):
                add(Finding("title", "wrong", f"{title}: titled {stated!r}"))
    if "directors" not in wanted.unscored:
        stated = [d for f in films for d in f.directors]
        for name in wanted.directors:
            if any(norm_name(name) in forms for forms in stated):
                add(Finding("director", "found", f"{title}: {name}"))
            else:
                add(Finding("director", "missed", f"{title}: {name}"))
        for forms in stated:
            if not any(norm_name(n) in forms for n in wanted.directors):
                shown = " / ".join(sorted(" ".join(sorted(f)) for f in forms)) or "(unnamed)"
                add(Finding("director", "wrong", f"{title}: director {shown}"))
    facts = (
        ("year", "year", wanted.years, {y for f in films for y in f.years}, str),
        (
            "runtime",
            "runtime",
            wanted.runtimes,
            {r for f in films for r in f.runtimes},
            lambda s: str(timedelta(seconds=s)),
        ),
        ("countries", "country", wanted.countries, {c for f in films for c in f.countries}, str),
    )
    for field_name, kind, keyed, stated, show in facts:
        if field_name in wanted.unscored:
            continue
        for value in keyed:
            status = "found" if value in stated else "missed"
            add(Finding(kind, status, f"{title}: {show(value)}"))
        for value in sorted(stated - set(keyed)):
            add(Finding(kind, "wrong", f"{title}: {kind} {show(value)}"))


#: A generic word before a screen's number (``Theatre 1``, ``Cinema 3``, ``Saal 2``): the
#: screen is its number, however the key writes it.
_SCREEN_WORD = re.compile(
    r"(?:theat(?:re|er)|cinema|screen|saal|kino|sala|salle|hall)\s+(?=\d)", re.I
)


def _same_screen(found: str | None, wanted: str) -> bool:
    """The same screen, printed with or without its generic word (``Theatre 1`` = ``1``)."""
    if found is None:
        return False
    return _SCREEN_WORD.sub("", found).casefold() == _SCREEN_WORD.sub("", wanted).casefold()


def _score_screenings(
    key: PageKey, found: Found, matched: Mapping[Node, KeyFilm], add: Add
) -> None:
    used: set[Node] = set()
    for wanted in key.screenings:
        film = key.film(wanted.film)
        label = f"{film.title} {wanted.start.isoformat()}"
        hits = [
            s
            for s in found.screenings
            if matched.get(s.film) is film
            and s.iri not in used
            and isinstance(s.start, datetime)
            and _same_start(s.start, wanted.start)
        ]
        if not hits:
            add(Finding("screening", "missed", label))
            continue
        hit = hits[0]
        used.add(hit.iri)
        add(Finding("screening", "found", label))
        if wanted.venue is not None:
            if hit.venue is None:
                add(Finding("venue", "missed", f"{label}: {wanted.venue}"))
            elif norm_title(hit.venue) == norm_title(wanted.venue):
                add(Finding("venue", "found", f"{label}: {wanted.venue}"))
            else:
                add(Finding("venue", "wrong", f"{label}: venue {hit.venue!r}"))
            # A screen the key does not give is wrong only where the key gives the venue
            # (the case: a screen number read into a theatre's name, or a
            # theatre's number read as a screen).
            if wanted.screen is not None:
                status = (
                    "found"
                    if _same_screen(hit.screen, wanted.screen)
                    else ("missed" if hit.screen is None else "wrong")
                )
                add(Finding("venue", status, f"{label}: screen {hit.screen or wanted.screen}"))
            elif hit.screen is not None:
                add(Finding("venue", "wrong", f"{label}: screen {hit.screen} not on the page"))
    seen: set[tuple[str, date | int]] = set()
    for screening in found.screenings:
        if screening.iri in used:
            continue
        film = matched.get(screening.film)
        title = film.title if film else str(screening.film)
        start = screening.start
        if film is not None and start is None:
            continue  # shown, not dated: true of every film the page schedules
        if (
            film is not None
            and isinstance(start, datetime)
            and any(key.film(u.film) is film and _same_start(u.start, start) for u in key.uncertain)
        ):
            continue
        # Dated without a time: right if the key dates a showing of the film so.
        if (
            film is not None
            and isinstance(start, (date, int))
            and not isinstance(start, datetime)
            and any(key.film(s.film) is film and s.when == start for s in key.showings)
        ):
            seen.add((film.title, start))
            continue
        if (
            film is not None
            and isinstance(start, (date, int))
            and not isinstance(start, datetime)
            and any(key.film(s.film) is film and s.when == start for s in key.uncertain_showings)
        ):
            continue
        # Dated on the local day of a keyed start, without its time (the page gives no
        # time zone, so no instant can be stated): true, and less than the key asks, so
        # neither found nor wrong; the timed screening stays missed.
        if (
            film is not None
            and isinstance(start, date)
            and not isinstance(start, datetime)
            and any(
                key.film(s.film) is film and s.start.date() == start
                for s in (*key.screenings, *key.uncertain)
            )
        ):
            continue
        shown = start.isoformat() if isinstance(start, (date, datetime)) else start
        add(Finding("screening", "wrong", f"{title}: screening {shown} not on the page"))
    for showing in key.showings:
        title = key.film(showing.film).title
        status = "found" if (title, showing.when) in seen else "missed"
        add(Finding("showing", status, f"{title}: {showing.when}"))


def _section_name(key: PageKey, stated: str) -> str:
    """The key's normalised name of a stated section name, if it is one of its names
    or several joined as pages print them ("Jeonju Cinema Project (JCP)")."""
    parts = [p for p in re.split(r"\s*[()（）]\s*", stated) if p.strip()]
    for name, aliases in key.section_aliases.items():
        names = {norm_title(n) for n in (name, *aliases)}
        if norm_title(stated) in names or all(norm_title(p) in names for p in parts):
            return norm_title(name)
    return norm_title(stated)


def _score_sections(key: PageKey, found: Found, matched: Mapping[Node, KeyFilm], add: Add) -> None:
    stated = {
        (matched[iri].title, _section_name(key, name))
        for iri, name in found.sections
        if iri in matched
    }
    wanted = {
        (key.film(title).title, norm_title(name))
        for name, titles in key.sections.items()
        for title in titles
    }
    for title, name in sorted(wanted):
        add(
            Finding("section", "found" if (title, name) in stated else "missed", f"{title}: {name}")
        )
    for title, name in sorted(stated - wanted):
        if "sections" in key.film(title).unscored:
            continue
        add(Finding("section", "wrong", f"{title}: section {name!r} not on the page"))
    for iri, name in sorted(found.sections, key=lambda p: (str(p[0]), p[1])):
        if iri not in matched:
            add(Finding("section", "wrong", f"{iri}: section {name!r} for a film not on the page"))


def score_import(key: PageKey, result: ImportResult) -> PageScore:
    """Score one import (a failed import finds nothing)."""
    named = _REPORTED_FESTIVAL.search(result.stdout)
    festival = URIRef(f"{BASE}id/{Kind.FESTIVAL.value}/{named['slug']}") if named else None
    page = score(key, extract(result.facts, result.names, festival))
    page.exit_code = result.code
    page.message = result.stderr.strip()
    page.unsettled = any(m in result.stdout for m in _UNSETTLED)
    page.asks_year = any(m in result.stdout for m in _ASKS_YEAR)
    page.asks_zone = "time zone: none known" in result.stdout
    zone = re.search(r"^time zone (\S+) \(from", result.stdout, re.MULTILINE)
    year = re.search(r"^edition year (\d{4}) \(from", result.stdout, re.MULTILINE)
    page.chosen_zone = zone[1] if zone else None
    page.chosen_year = int(year[1]) if year else None
    return page


#: The report's line naming the page's festival (``festival festival:hot-docs (from line
#: 1)``).
_REPORTED_FESTIVAL = re.compile(r"^festival festival:(?P<slug>\S+)", re.MULTILINE)

#: What a report says of the showings it held back for want of a time zone or a year.
_UNSETTLED = (
    "not imported: no time zone known",
    "screening not dated, no edition year",
)


#: What a report says when it chose no edition year.
_ASKS_YEAR = ("edition year: not settled", "edition year not chosen")


def score_corpus(keys: Iterable[PageKey] | None = None) -> list[PageScore]:
    """Import and score every page of the corpus."""
    return [score_import(key, import_page(key)) for key in keys or corpus_keys()]


# ---------------------------------------------------------------------------
# Pages in another layout: the same facts, the lines laid out otherwise
# ---------------------------------------------------------------------------

#: Ways to lay a page's lines out otherwise without changing what it says: captures of one
#: page differ so (one drops its blank lines, another puts one between every two lines).
PERTURBATIONS: Mapping[str, Callable[[list[str]], list[str]]] = {
    "noblank": lambda lines: [line for line in lines if line.strip()],
    "doubleblank": lambda lines: [part for line in lines if line.strip() for part in (line, "")],
}


def perturbed(key: PageKey, mode: str, folder: Path) -> PageKey:
    """The key of a text page laid out otherwise (:data:`PERTURBATIONS`), its page written
    to ``folder``: its facts are the same, so any wrong fact an import of it states is a
    rule that guesses where the layout is less clear."""
    lines = key.page.read_text(encoding="utf-8").split("\n")
    page = folder / key.page.name
    page.write_text("\n".join(PERTURBATIONS[mode](lines)), encoding="utf-8")
    return replace(key, page=page)


def score_perturbed(mode: str, keys: Iterable[PageKey] | None = None) -> list[PageScore]:
    """Import and score every text page of the corpus laid out otherwise, with the key's
    time zone and year given (so that every showing the page prints is read)."""
    scores = []
    for key in keys or corpus_keys():
        if key.page.suffix != ".txt":
            continue
        with tempfile.TemporaryDirectory(prefix="dockg-perturbed-") as tmp:
            moved = perturbed(key, mode, Path(tmp))
            scores.append(score_import(moved, import_page(moved, settled=True)))
    return scores


# ---------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------


def _pct(found: int, total: int) -> str:
    return f"{found}/{total}" + (f" ({100 * found / total:.0f}%)" if total else "")


@dataclass(frozen=True)
class Row:
    """One line of the table: a site's (or a page's) counts."""

    name: str
    pages: int
    films_found: int
    films: int
    screenings_found: int
    screenings: int
    facts_found: int
    facts_missed: int
    wrong: int

    def __add__(self, other: Row) -> Row:
        numbers = [
            getattr(self, f) + getattr(other, f) for f in self.__dataclass_fields__ if f != "name"
        ]
        return Row(self.name, *numbers)


def rows(
    scores: Iterable[PageScore], *, by_page: bool = False, by_language: bool = False
) -> list[Row]:
    """The counts per site (or per page, or per language), in a stable order.

    Args:
        scores: page scores.
        by_page: one row per page instead of per site.
        by_language: one row per language of the pages instead.

    Returns:
        The rows.
    """
    groups: dict[str, list[PageScore]] = {}
    for page in scores:
        if by_language:
            name = page.key.language
        elif by_page:
            name = f"{page.key.site}/{page.key.page.name}"
        else:
            name = page.key.site
        groups.setdefault(name, []).append(page)
    return [
        Row(
            name,
            len(pages),
            sum(p.films[0] for p in pages),
            sum(p.films[1] for p in pages),
            sum(p.screenings[0] for p in pages),
            sum(p.screenings[1] for p in pages),
            sum(p.count("found") for p in pages),
            sum(p.count("missed") for p in pages),
            sum(len(p.wrong) for p in pages),
        )
        for name, pages in sorted(groups.items())
    ]


def markdown_table(
    scores: list[PageScore], *, by_page: bool = False, by_language: bool = False
) -> str:
    """The per-site (or per-page, or per-language) table in Markdown, with a total row."""
    first = "language" if by_language else "page" if by_page else "site"
    lines = [
        f"| {first} | pages | films found | timed screenings found "
        "| facts found | facts missed | wrong facts |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    total = Row("**all**", 0, 0, 0, 0, 0, 0, 0, 0)
    for row in rows(scores, by_page=by_page, by_language=by_language):
        total += row
        lines.append(_line(row))
    lines.append(_line(total))
    return "\n".join(lines)


def _line(row: Row) -> str:
    films = _pct(row.films_found, row.films)
    screenings = _pct(row.screenings_found, row.screenings)
    return (
        f"| {row.name} | {row.pages} | {films} | {screenings} | {row.facts_found} "
        f"| {row.facts_missed} | {row.wrong} |"
    )


def report(scores: list[PageScore], *, by_page: bool = False, by_language: bool = False) -> str:
    """The table, then each page's misses and wrong facts."""
    out = [markdown_table(scores, by_page=by_page, by_language=by_language), ""]
    for page in scores:
        problems = [f for f in page.findings if f.status != "found"]
        if not problems and page.exit_code == 0:
            continue
        out.append(f"{page.key.site}/{page.key.page.name} (exit {page.exit_code})")
        if page.exit_code:
            out.append(f"  {page.message.splitlines()[-1] if page.message else ''}")
        out.extend(f"  {f.status} {f.kind}: {f.detail}" for f in problems)
    return "\n".join(out)


if __name__ == "__main__":
    flags = sys.argv[1:]
    if "--perturb" in flags:
        mode = flags[flags.index("--perturb") + 1]
        print(report(score_perturbed(mode), by_page="--pages" in flags))
    else:
        scores = score_corpus()
        print(report(scores, by_page="--pages" in flags, by_language="--languages" in flags))
