"""Screenings told in running text, and the date line of a news page.

A news item gives a screening in a sentence: ``<143 사하라스트리트>(…)는 12월 6일 오후
7시30분 서울에서 상영된다``, ``“Dark Red Forest” opens the afternoon at 1 p.m.``. Such a
sentence is read as a screening only when it names exactly one film of the page in
quotation marks or angle brackets, exactly one time of day, and a verb of screening; its
date is the one the sentence prints, or else the one day the page's text names (``… return
for one free afternoon at Megabox Ilsan Bellacitta in Goyang, on Oct. 29``), whose venue
(``at`` a name with a cinema's word or chain) is then the screening's. A time with no such
date is reported, never dated by guess. A sentence may list the showings, parted by
semicolons (``The scheduled movies are — ‘Escape from Mogadishu’ on June 29, 7pm; …;
and ‘Exit’ on July 3 at 7pm.``): it is read where every part names one film of the page
in quotation marks, one date and one time, and nothing else.

A news page's date line (``승인 2019.12.02 15:56``, ``Published : Oct 24, 2022``) says when
it was written: :func:`mark_datelines` finds it in the page's head, and
:func:`year_of_dateline` dates year-less days by it when nothing else on the page gives
the year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from dockg.ingest.reader.context import CHAIN_ZONES, cities_in
from dockg.ingest.reader.dates import DateError, PrintedDate, find_date, find_times
from dockg.ingest.reader.lines import Classified, LineKind
from dockg.ingest.reader.records import (
    FilmRecord,
    Note,
    PageContext,
    ProgrammeRecords,
    ScreeningRecord,
)
from dockg.ingest.text import Line

_DATELINE = re.compile(
    r"^\W*(?:(?:승인|입력|기사입력|등록|published|posted(?:\s+on)?|veröffentlicht(?:\s+am)?)"
    r"\s*[:：]?\s*|date\s+(?=(?:19|20)\d\d-\d\d-\d\d\b))",
    re.IGNORECASE,
)
#: Lines of a page's head where its date line stands.
DATELINE_LINES = 12


def read_dateline(text: str) -> date | None:
    """The date of a news page's date line (``승인 2019.12.02 15:56``), or None."""
    label = _DATELINE.match(text)
    if label is None:
        return None
    printed = find_date(text[label.end() :])
    if printed is None or printed.year is None or printed.start > 2:
        return None
    try:
        return printed.on(printed.year)
    except DateError:
        return None


_SENTENCE_END = re.compile(r"(?<=[^\s.]{3}[.!?])\s+(?=[A-Z“\"‘'<\uac00-\ud7a3])")
_VERB = re.compile(
    r"\b(?:screen(?:s|ed|ing)?|show(?:s|n|ing)?|opens?|closes?|plays?)\b|상영|"
    r"\b(?:läuft|gezeigt|zeigt)\b",
    re.IGNORECASE,
)
_QUOTES = (("“", "”"), ("‘", "’"), ("'", "'"), ('"', '"'), ("<", ">"), ("《", "》"), ("「", "」"))
_PLACE = re.compile(
    r"\bat\s+(?P<venue>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})(?=\s+in\b|\s*,|\s+on\b|\s*\.)"
)
_VENUE_WORD = re.compile(
    r"\b(?:cinema|kino|theat(?:re|er)|hall|centre|center|museum|"
    + "|".join(re.escape(c) for c in CHAIN_ZONES if c.isascii())
    + r")\b",
    re.IGNORECASE,
)


#: ``… 오후 7시30분 서울에서 상영된다``: the place right after a time, before ``에서``.
_KOREAN_AT = re.compile(r"^\s*(?P<place>\S+?)에서\s")
_KOREAN_VENUE = re.compile(
    r"^(?P<venue>\S*(?:시네센터|시네마테크|시네마|극장|영화관|아트홀|아트하우스|메가박스|CGV|"
    r"롯데시네마|영상자료원)\S*?)(?:에서|에|은|는|의|으로|로)?$"
)


#: A particle after a Korean noun (``서울과``, ``서울에서``, ``센터의``).
_PARTICLE = re.compile(r"(?<=[\uac00-\ud7a3])(?:과|와|에서|에|의|은|는|이|가|으로|로)$")


def _korean_place(after: str, lines: Sequence[Line]) -> str | None:
    """The venue of ``… 오후 7시30분 PLACE에서 상영된다``: the place when it is a venue, or
    the one venue the page names beside that city (``서울 아리랑시네센터``), else None."""
    found = _KOREAN_AT.match(after)
    if found is None:
        return None
    place = found["place"]
    named = _KOREAN_VENUE.match(place)
    if named is not None:
        return named["venue"]
    if not cities_in(place):
        return None
    venues = set()
    for line in lines:
        for clause in re.split(r"[,.]\s", line.text):
            words = [_PARTICLE.sub("", w) for w in clause.split()]
            cities = {w for w in words if cities_in(w)}
            if cities != {place}:
                continue
            venues |= {m["venue"] for w in words if (m := _KOREAN_VENUE.match(w))}
    return venues.pop() if len(venues) == 1 else None


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s]


def _named(sentence: str, films: Sequence[FilmRecord]) -> list[FilmRecord]:
    """The page's films named in quotation marks or angle brackets in a sentence."""
    hits = []
    for film in films:
        title = film.title
        if any(f"{o}{title}{c}" in sentence or f"{o}{title},{c}" in sentence for o, c in _QUOTES):
            hits.append(film)
    return hits


def _page_day(
    lines: Sequence[Line], datelines: set[int]
) -> tuple[PrintedDate, int, str | None] | None:
    """The one day the page's running text names, its line and the venue named with it;
    None unless the sentence naming it also names a venue or a screening (``… return for
    one afternoon at Megabox Ilsan on Oct. 29``): a day said of something else (a
    release, a birthday) dates no screening."""
    days: dict[tuple[int, int], tuple[PrintedDate, int, str | None]] = {}
    screening_days: set[tuple[int, int]] = set()
    for line in lines:
        if line.number in datelines:
            continue
        for sentence in _sentences(line.text):
            place = _PLACE.search(sentence)
            venue = place["venue"] if place and _VENUE_WORD.search(place["venue"]) else None
            rest = 0
            while (printed := find_date(sentence[rest:])) is not None:
                rest += printed.end
                key = (printed.month, printed.day)
                if key not in days:
                    days[key] = (printed, line.number, venue)
                if venue is not None or _VERB.search(sentence):
                    screening_days.add(key)
    if len(days) != 1 or not screening_days:
        return None
    return next(iter(days.values()))


#: One showing of a sentence that lists them, its parts parted by semicolons: ``‘Escape
#: from Mogadishu’ on June 29, 7pm``, ``and ‘Exit’ on July 3 at 7pm.`` (the first part may
#: open with the sentence's lead-in, ``The scheduled movies are — ``).
_LISTED = re.compile(
    r"^(?:.*?(?:[:—–]\s*|\bare\s+))?(?:and\s+)?(?P<o>[‘“\"'<])(?P<title>[^‘’“”\"<>]{1,80})"
    r"[’”\"'>]\s+on\s+(?P<when>[^;]{3,40}?)\.?$",
    re.IGNORECASE,
)


def _listed_showings(
    number: int, sentence: str, films: Sequence[FilmRecord]
) -> list[tuple[FilmRecord, ScreeningRecord]] | None:
    """The showings of a sentence listing them (``‘Title’ on June 29, 7pm; ‘Title’ on July
    2 at 3pm; …``), each part naming one film of the page with one date and one time and
    nothing else; None unless every part of two or more is so."""
    parts = [p.strip() for p in sentence.split(";")]
    if len(parts) < 2:
        return None
    by_title = {f.title.casefold(): f for f in films}
    found = []
    for part in parts:
        listed = _LISTED.match(part)
        if listed is None:
            return None
        film = by_title.get(listed["title"].strip().casefold())
        when = listed["when"]
        try:
            printed, times = find_date(when), find_times(when)
        except DateError:
            return None
        if film is None or printed is None or len(times) != 1 or times[0].start < printed.end:
            return None
        if when[printed.end : times[0].start].strip(" ,").casefold() not in ("", "at"):
            return None
        if when[times[0].end :].strip(" .") or find_date(when[printed.end :]) is not None:
            return None
        # the part names its film
        record = ScreeningRecord(
            number, part, None, times[0].value, None, None, printed=printed, slot=True
        )
        found.append((film, record))
    return found


def read_prose_screenings(
    lines: Sequence[Line],
    films: Sequence[FilmRecord],
    ambiguous: list[Note],
    datelines: set[int],
) -> None:
    """Add to ``films`` the screenings their running text tells (see the module's text)."""
    day = _page_day(lines, datelines)
    for line in lines:
        if line.number in datelines:
            continue
        for sentence in _sentences(line.text):
            listed = _listed_showings(line.number, sentence, films)
            if listed is not None:
                for film, record in listed:
                    film.screenings.append(record)
                continue
            try:
                times = find_times(sentence)
            except DateError:
                continue
            if len(times) != 1 or not _VERB.search(sentence):
                continue
            named = _named(sentence, films)
            if len(named) != 1:
                if named:
                    ambiguous.append(
                        Note(line.number, f"a time for several films, not attached: {sentence}")
                    )
                continue
            printed = find_date(sentence)
            if printed is not None and find_date(sentence[printed.end :]) is not None:
                ambiguous.append(
                    Note(line.number, f"a time with several dates, not imported: {sentence}")
                )
                continue
            venue = _korean_place(sentence[times[0].end :], lines)
            if printed is None and day is not None:
                printed, _, venue = day
            if printed is None:
                ambiguous.append(
                    Note(line.number, f"a time in the text with no date, not imported: {sentence}")
                )
                continue
            clock = times[0].value
            named[0].screenings.append(
                ScreeningRecord(line.number, sentence, None, clock, venue, None, printed=printed)
            )


def mark_datelines(items: Sequence[Classified], context: PageContext) -> set[int]:
    """The date lines of a news page's head (when it was written): context, not rows."""
    found: set[int] = set()
    for item in [i for i in items if i.kind is not LineKind.BLANK][:DATELINE_LINES]:
        written = read_dateline(item.line.text)
        if written is not None:
            found.add(item.line.number)
            item.kind = LineKind.HEADING
            if context.published is None:
                context.published = (written, item.line.number)
    return found


#: A label of when a page was last changed (``Letztes Update:``, ``Last updated:``,
#: ``Stand:``), alone on its line or opening it.
_UPDATE_LABEL = re.compile(
    r"\s*(?:letztes\s+update|zuletzt\s+(?:aktualisiert|geändert)|stand|last\s+updated?|"
    r"last\s+modified|updated(?:\s+on)?|aktualisiert(?:\s+am)?|수정일?|최종\s*수정일?)\s*[:：]",
    re.IGNORECASE,
)


def mark_update_stamps(items: Sequence[Classified]) -> None:
    """A day and time under a label of the page's last change (``Letztes Update:`` over
    ``15. Juli 2023 - 13:56``), or after it on its line: the page's stamp, no showing and no
    date the page was written on."""
    previous: Classified | None = None
    for item in items:
        if item.kind is LineKind.BLANK:
            continue
        if item.kind in (LineKind.SCHEDULE, LineKind.DATE) and (
            _UPDATE_LABEL.match(item.line.text)
            or (previous is not None and _UPDATE_LABEL.fullmatch(previous.line.text))
        ):
            item.kind = LineKind.HEADING
        previous = item


#: How far from a news page's date the year-less dates it gives may lie, in days, to be
#: dated in the page's year: half a year either way, so the nearest such day is meant.
_NEWS_REACH = 182


def year_of_dateline(records: ProgrammeRecords) -> None:
    """Date a news page's year-less dates by its date line, when each such day lies within
    half a year of it in that year (else the year is not settled, and that is reported)."""
    context = records.context
    assert context.published is not None
    written, line = context.published
    for screening in records.screenings:
        printed = screening.printed
        if printed is None or printed.year is not None:
            continue
        try:
            day = printed.on(written.year)
        except DateError:
            continue  # reported when the screening is dated
        if abs((day - written).days) > _NEWS_REACH:
            records.ambiguous.append(
                Note(
                    screening.line,
                    f"edition year not chosen: {day:%m-%d} lies far from the page's date"
                    f" {written.isoformat()} (line {line}); give --edition",
                )
            )
            return
    context.year = written.year
    context.year_why = f"the page's date line {line} ({written.isoformat()})"
