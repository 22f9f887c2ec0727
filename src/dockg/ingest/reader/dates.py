"""Dates and times of schedule rows, in the English, German and Korean forms pages print.

A date may come with or without its year (``Thursday, October 17th``, ``Do 17.10.``,
``3월 23일 (토)``, ``2019.03.23(Sat)``, ``17. Oktober 2019``); a time as ``22:15``,
``22.15 Uhr``, ``10:00 am``, ``7 pm``, ``오후 4시 30분``. A 24-hour time followed by
``pm`` (``16:00 pm``) stays as it is: the site printed the hour in full. A weekday printed
next to a date is checked once the year is known; a disagreement is an error, never
smoothed over.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, time

#: Month names and abbreviations, English and German, to month numbers.
_MONTHS: dict[str, int] = {}
for _number in range(1, 13):
    _MONTHS[calendar.month_name[_number].lower()] = _number
    _MONTHS[calendar.month_abbr[_number].lower()] = _number
_MONTHS |= {
    "sept": 9,
    "januar": 1,
    "jän": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "maerz": 3,
    "mär": 3,
    "mrz": 3,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "okt": 10,
    "oktober": 10,
    "dez": 12,
    "dezember": 12,
}

#: Weekday names and abbreviations (English, German, Korean) to ``date.weekday()`` numbers.
WEEKDAYS: dict[str, int] = {}
for _number in range(7):
    WEEKDAYS[calendar.day_name[_number].lower()] = _number
    WEEKDAYS[calendar.day_abbr[_number].lower()] = _number
WEEKDAYS |= {
    "tues": 1,
    "thur": 3,
    "thurs": 3,
    "montag": 0,
    "mo": 0,
    "dienstag": 1,
    "di": 1,
    "mittwoch": 2,
    "mi": 2,
    "donnerstag": 3,
    "do": 3,
    "freitag": 4,
    "fr": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sa": 5,
    "sonntag": 6,
    "so": 6,
    "월": 0,
    "화": 1,
    "수": 2,
    "목": 3,
    "금": 4,
    "토": 5,
    "일": 6,
}

_MONTH_WORD = r"(?P<month>[A-Za-zÄäÖöÜü]{3,9})\.?"
_WD = r"(?P<wd>[A-Za-zÄäÖöÜü]{2,10}|[월화수목금토일])\.?"
_ORD = r"(?:st|nd|rd|th|ST|ND|RD|TH)?"

#: Date forms, tried in order; each names ``y`` (optional), ``m`` or ``month``, ``d``, ``wd``.
_DATE_FORMS = (
    # 2019.03.23(Sat), 2019-03-23, 2019.3.23.
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d{2})[./-]\s?(?P<m>\d{1,2})[./-]\s?(?P<d>\d{1,2})\.?(?!\d)"
        r"(?:\s*\(\s*" + _WD + r"\s*\))?"
    ),
    # 2019년 3월 23일 (토), 3월 23일(토)
    re.compile(
        r"(?:(?P<y>(?:19|20)\d{2})\s*년\s*)?(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일"
        r"(?:\s*\(\s*(?P<wd>[월화수목금토일])(?:요일)?\s*\))?"
    ),
    # 2/26(일), 6/09(토): month/day, only with a weekday
    re.compile(
        r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})\s*\(\s*(?P<wd>[월화수목금토일]|[A-Za-z]{2,3})\.?\s*\)"
    ),
    # 11.30 (일): month.day, only with a Korean weekday
    re.compile(
        r"(?<![\d.])(?P<m>\d{1,2})\.(?P<d>\d{1,2})\.?\s*\(\s*(?P<wd>[월화수목금토일])(?:요일)?\s*\)"
    ),
    # Do 17.10., Thu 17.10.2019, Friday 28. 10. 2022; a two-digit year (Di 28.10.25) only
    # after a weekday that the day has in 20YY (see _first_date); 17.10.19 alone is not
    # read (a two-digit year is ambiguous: 24.06.21 is a Korean 2024-06-21)
    re.compile(
        r"(?:(?<![\w.])" + _WD + r",?\s+)?(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\."
        # (``15.01.2019:00``: a two-digit year glued to a time by the capture, no date read)
        r"(?:\s?(?P<y>(?:19|20)\d{2})(?!\d|:\d)|(?P<yy>\d{2})(?![\d.]))?(?![\d])"
    ),
    # Thursday, October 17th, 2019 / Oct. 17 / (Thu) Oct 17
    re.compile(
        r"(?:(?<![\w.])" + _WD + r",?\s+)?" + _MONTH_WORD + r"\s+(?P<d>\d{1,2})" + _ORD + r"\b"
        r"(?:,?\s+(?P<y>(?:19|20)\d{2})\b)?(?:\s*\(\s*(?P<wd2>[A-Za-z]{2,10})\.?\s*\))?"
    ),
    # Thursday 17 October 2019 / 17. Oktober / Sat 23rd March
    re.compile(
        r"(?:(?<![\w.])"
        + _WD
        + r",?\s+)?(?<![\d.])(?P<d>\d{1,2})(?:\.|"
        + _ORD
        + r")\s*"
        + _MONTH_WORD
        # ``Sat 9 July, 2016``; ``Saturday, 2 July 22 - 11:45am``: a two-digit year only
        # after a weekday the day has in 20YY, and never a time's hour (``2 July 10 am``)
        + r"(?:,?\s+(?P<y>(?:19|20)\d{2})\b|\s+(?P<yy>\d{2})(?![\d.:])"
        + r"(?!\s*(?:[ap]\.?m\b|uhr\b|h\b|o'clock)))?"
        # ``23rd March 2018 (Friday)``: the weekday after the date
        + r"(?:\s*\(\s*(?P<wd2>[A-Za-zÄäÖöÜü]{2,10})\.?\s*\))?"
    ),
)


class DateError(ValueError):
    """A printed date or time that cannot be (no such day, a weekday that disagrees)."""


@dataclass(frozen=True)
class PrintedDate:
    """A date as a page prints it, the year perhaps missing.

    Attributes:
        month: 1-12.
        day: day of the month.
        year: the year printed, or None.
        weekday: the weekday printed (0 = Monday), or None.
        weekday_text: the weekday as printed, for messages.
        start: where the date begins in the text.
        end: where it ends.
    """

    month: int
    day: int
    year: int | None
    weekday: int | None
    weekday_text: str | None
    start: int
    end: int

    def on(self, year: int) -> date:
        """The date in ``year`` (the printed year if any wins), its weekday checked.

        Raises:
            DateError: if there is no such day or the printed weekday disagrees.
        """
        year = self.year if self.year is not None else year
        try:
            day = date(year, self.month, self.day)
        except ValueError as error:
            raise DateError(f"no such date: {year}-{self.month:02d}-{self.day:02d}") from error
        if self.weekday is not None and self.weekday != day.weekday():
            raise DateError(
                f"{day.isoformat()} is a {calendar.day_name[day.weekday()]},"
                f" not {self.weekday_text}"
            )
        return day


@functools.cache
def month_of(word: str) -> int | None:
    """The number of a month named in English or German (``May``, ``Okt.``), or None."""
    word = word.lower().rstrip(".")
    if word in _MONTHS:
        return _MONTHS[word]
    found = {n for name, n in _MONTHS.items() if len(word) >= 3 and name.startswith(word)}
    return found.pop() if len(found) == 1 else None


def find_date(text: str) -> PrintedDate | None:
    """The first date printed in ``text``, or None (:func:`_first_date`, remembered for the
    lines of a page, which several readers ask about in turn)."""
    return _first_date(text)


@functools.lru_cache(maxsize=8192)
def _first_date(text: str) -> PrintedDate | None:
    """The first date printed in ``text``, or None.

    Args:
        text: a line, e.g. ``"Do 17.10. 20:00 Cinestar 5"``.

    Returns:
        The date as printed (year and weekday only if printed).
    """
    best: PrintedDate | None = None
    for form in _DATE_FORMS:
        pos = 0
        # not ``finditer``: a match that is no date (``Screen 3 Saturday``, a number and a
        # weekday) must not swallow the start of one (``Saturday 8th October``)
        while (found := form.search(text, pos)) is not None:
            pos = found.start() + 1
            groups = found.groupdict()
            month = int(groups["m"]) if groups.get("m") else month_of(groups.get("month") or "")
            if month is None or not 1 <= month <= 12 or not 1 <= int(groups["d"]) <= 31:
                continue
            wd_text = groups.get("wd") or groups.get("wd2")
            weekday = WEEKDAYS.get(wd_text.lower()) if wd_text else None
            if wd_text and weekday is None:
                wd_text = None  # a word before the date that is no weekday (or misspelt)
            year = int(groups["y"]) if groups.get("y") else None
            end = found.end()
            if groups.get("yy"):
                year = _short_year(int(groups["yy"]), month, int(groups["d"]), weekday)
                if year is None and form is _DATE_FORMS[-1]:
                    end = found.start("yy")  # ``Sat 9 July 12 Uhr``: the day, no year
                    end -= len(text[:end]) - len(text[:end].rstrip())
                elif year is None:
                    continue
            printed = PrintedDate(
                month, int(groups["d"]), year, weekday, wd_text, found.start(), end
            )
            if best is None or printed.start < best.start:
                best = printed
            break
    return best


def _short_year(yy: int, month: int, day: int, weekday: int | None) -> int | None:
    """The year of a date printed with two digits (``Di 28.10.25``): 20YY, when a weekday
    is printed and the day has it in 20YY; otherwise None (no date is read, since
    ``28.10.25`` alone may as well be another order or a version number)."""
    if weekday is None:
        return None
    try:
        return 2000 + yy if date(2000 + yy, month, day).weekday() == weekday else None
    except ValueError:
        return None


#: A time with its mark (``17 Uhr``, ``10:00 am``, ``7 pm``); a capital letter may follow
#: (``17 UhrRASENDES``, glued by a capture), a small one may not (``8 hours``). A lone
#: ``h`` is a mark only with no letter after it (``KBK 2 HONEYLAND`` is a screen, then a
#: title).
_CLOCK_MARKED = re.compile(
    r"(?<![\d.:/])(?P<h>[01]?\d|2[0-4])(?:[:.](?P<min>[0-5]\d))?\s*"
    r"(?:(?P<ampm>[ap]\.?m\.?)|(?P<uhr>uhr|h(?![^\W\d_])))(?-i:(?![a-zäöü]))(?!\d)",
    re.IGNORECASE,
)
#: A price is no time (``8.00 PLN``, ``€ 7.50``, ``12,00 EUR``).
_CURRENCY = (
    r"(?:pln|eur|euro|usd|gbp|chf|czk|huf|dkk|sek|nok|krw|jpy|zł|kč|원|€|\$|£)"
    r"(?![^\W\d_])"
)
#: A time without a mark needs its minutes (``20:00``, ``19.30``) and nothing after them
#: that makes it a date (``19.10.``).
_CLOCK_BARE = re.compile(
    r"(?<![\d.:/])(?<![€$£¥₩])(?<![€$£¥₩]\s)(?P<h>[01]?\d|2[0-4])[:.](?P<min>[0-5]\d)(?![\d.]|:\S)"
    r"(?!\s*(?i:" + _CURRENCY + r"))"
)
#: A date with its year, then a tilde (``2023.10.18.~``): what follows is a range's end.
_DATE_THEN_TILDE = re.compile(r"\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*[~～]\s*$")
_KOREAN_CLOCK = re.compile(
    r"(?P<half>오전|오후|아침|새벽|낮|저녁|밤)?\s*(?P<h>\d{1,2})\s*시(?:\s*(?P<min>\d{1,2})\s*분|\s*반)?"
)


def _korean_hour(hour: int, part: str | None) -> tuple[int, str | None]:
    """The hour and meridiem a Korean part of the day gives (``밤 8시`` is 20:00, ``낮 1시``
    13:00). A bare hour up to 12 could be morning or evening, and ``밤 1시`` is after
    midnight, so neither is read.

    Raises:
        DateError: for an hour whose half of the day is not printed.
    """
    if part in ("오전", "아침", "새벽"):
        return hour, "am"
    if part in ("오후", "저녁"):
        return hour, "pm"
    if part == "낮":
        return hour, "pm" if 1 <= hour <= 6 or hour == 12 else None
    if part == "밤":
        if 6 <= hour <= 11:
            return hour, "pm"
        raise DateError(f"밤 {hour}시 is after midnight or unclear: not read")
    if hour <= 12:
        raise DateError(f"{hour}시 without 오전 or 오후 may be morning or evening: not read")
    return hour, None


@dataclass(frozen=True)
class PrintedTime:
    """A time of day as printed, and where it stands in the text."""

    value: time
    start: int
    end: int


def clock(hour: int, minute: int, meridiem: str | None) -> time:
    """A 24-hour time; ``pm`` shifts only hours before 12 (``16:00 pm`` stays 16:00).

    Raises:
        DateError: for an hour or minute that does not exist, and for ``12:30 am``, which
            pages print for noon as well as for midnight.
    """
    half = (meridiem or "").lower().replace(".", "")
    if half == "am" and hour == 12:
        # ``12:00 am – Title`` between an 11:30 am and a 12:30 pm row, ``12:30 a.m.
        # "Citadel"`` between 11 a.m. and 1:30 p.m.: printed for noon as often as for
        # midnight; which it is, the time alone does not say
        raise DateError(f"{hour}:{minute:02d} am: midnight, or noon printed so? not read")
    if half in ("pm", "오후") and hour < 12:
        hour += 12
    if hour == 24 and minute == 0:
        raise DateError("24:00 belongs to the next day; not read")
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise DateError(f"no such time: {hour:02d}:{minute:02d}")
    return time(hour, minute)


#: Time zones printed after a time (``6:30 pm PT``), by their abbreviation: the IANA zone
#: whose offsets they name (``PT`` is Pacific Time, standard or daylight as the day has it;
#: ``PST`` standard only). Upper case only: ``et`` or ``ct`` in a sentence is no zone.
PRINTED_ZONES: dict[str, tuple[str, int | None]] = {
    "PT": ("America/Los_Angeles", None), "PST": ("America/Los_Angeles", -8),
    "PDT": ("America/Los_Angeles", -7), "MT": ("America/Denver", None),
    "MST": ("America/Denver", -7), "MDT": ("America/Denver", -6),
    "CT": ("America/Chicago", None), "CST": ("America/Chicago", -6),
    "CDT": ("America/Chicago", -5), "ET": ("America/New_York", None),
    "EST": ("America/New_York", -5), "EDT": ("America/New_York", -4),
    "GMT": ("Europe/London", 0), "BST": ("Europe/London", 1),
    "CET": ("Europe/Berlin", 1), "CEST": ("Europe/Berlin", 2),
    "KST": ("Asia/Seoul", 9), "JST": ("Asia/Tokyo", 9),
    "AEST": ("Australia/Sydney", 10), "AEDT": ("Australia/Sydney", 11),
}  # fmt: skip
#: A zone's abbreviation right after a time (perhaps in parentheses).
ZONE_AFTER_TIME = re.compile(
    r"\s*\(?(?P<zone>" + "|".join(sorted(PRINTED_ZONES, key=len, reverse=True)) + r")\)?(?!\w)"
)
#: A zone's abbreviation standing alone.
ZONE_ABBREVIATION = re.compile("|".join(PRINTED_ZONES))


def zones_printed(text: str) -> list[str]:
    """The zones' abbreviations printed right after a time in ``text`` (``6:30 pm PT``)."""
    return [
        found["zone"]
        for clock in find_times(text)
        if (found := ZONE_AFTER_TIME.match(text, clock.end)) is not None
    ]


def find_times(text: str) -> list[PrintedTime]:
    """Every time of day printed in ``text``, in order (:func:`_times`, remembered for the
    lines of a page; a new list each time).

    Raises:
        DateError: for a time that does not exist (``25:00``).
    """
    return list(_times(text))


@functools.lru_cache(maxsize=8192)
def _times(text: str) -> tuple[PrintedTime, ...]:
    """Every time of day printed in ``text``, in order.

    A bare number is no time: it needs a colon or dot and minutes, or ``am``/``pm``/``Uhr``/
    ``h`` after it, or ``시`` in Korean (with its part of the day, ``오후``, ``밤``, unless it
    is past 12).

    Raises:
        DateError: for a time that does not exist (``25:00``).
    """
    found: list[PrintedTime] = []
    for match in _CLOCK_MARKED.finditer(text):
        minute = int(match["min"] or 0)
        found.append(PrintedTime(clock(int(match["h"]), minute, match["ampm"]), *match.span()))
    for match in _CLOCK_BARE.finditer(text):
        if text[match.start("min") - 1] == "." and _DATE_THEN_TILDE.search(text[: match.start()]):
            continue  # ``2023.10.18.~10.31``: a range's last day, no time
        if not any(t.start <= match.start() < t.end for t in found):
            found.append(
                PrintedTime(clock(int(match["h"]), int(match["min"]), None), *match.span())
            )
    for match in _KOREAN_CLOCK.finditer(text):
        minute = 30 if match.group(0).endswith("반") else int(match["min"] or 0)
        hour, half = _korean_hour(int(match["h"]), match["half"])
        found.append(PrintedTime(clock(hour, minute, half), *match.span()))
    for match in _SPAN_HALF_AFTER.finditer(text):
        # ``7 – 9 pm``, ``1:30 – 3:00 pm``: the start takes its half of the day from the end
        if _MONTH_BEFORE.search(text[: match.start()]):
            continue  # ``Nov 7 - 9 p.m.``: a day, then a time
        start = _span_start(match)
        found = [t for t in found if not (t.start <= match.start("h") < t.end)]
        found.append(
            PrintedTime(start, match.start("h"), match.end("m1") if match["m1"] else match.end("h"))
        )
    return tuple(sorted(found, key=lambda t: t.start))


#: A span of two times whose half of the day (or ``Uhr``) is printed after the second only.
_SPAN_HALF_AFTER = re.compile(
    r"(?<![\d.:/])(?P<h>2[0-3]|[01]?\d)(?:[:.](?P<m1>[0-5]\d))?\s*(?:[–—-]|to|bis)\s*"
    r"(?P<h2>2[0-4]|[01]?\d)(?:[:.](?P<m2>[0-5]\d))?\s*"
    r"(?:(?P<ampm>[ap]\.?m\.?)|(?P<uhr>uhr|h))(?![^\W\d_])",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|mär|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)[a-z]*\.?\s*$",
    re.IGNORECASE,
)


def _span_start(match: re.Match[str]) -> time:
    """The start of ``7 – 9 pm``: in the end's half of the day, unless that puts it after
    the end (``11 – 1 pm`` starts at 11:00).

    Raises:
        DateError: for a time that does not exist, or ``12 am``.
    """
    if match["uhr"]:
        # ``19 – 21 Uhr``: 24-hour times, the start before the end
        start = clock(int(match["h"]), int(match["m1"] or 0), None)
        end_hour = int(match["h2"])
        if end_hour == 24 or start <= clock(end_hour, int(match["m2"] or 0), None):
            return start
        raise DateError(f"{match.group(0)}: the start is after the end; not read")
    half = match["ampm"].lower().replace(".", "")
    end = clock(int(match["h2"]), int(match["m2"] or 0), half)
    start = clock(int(match["h"]), int(match["m1"] or 0), half)
    if start > end:
        start = clock(int(match["h"]), int(match["m1"] or 0), "am" if half == "pm" else "pm")
    return start


_RANGE = re.compile(
    r"(?P<d1>\d{1,2})\.?\s*(?P<m1>[A-Za-zÄäÖöÜü]{3,9}\.?|\d{1,2}\.)?\s*(?:[-–—]|bis(?:\s+zum)?|und)\s*"
    r"(?P<d2>\d{1,2})\.?\s*(?P<m2>[A-Za-zÄäÖöÜü]{3,9}\.?|\d{1,2}\.)\s*(?P<y>(?:19|20)\d{2})"
)
_RANGE_EN = re.compile(
    r"(?P<m1>[A-Za-z]{3,9})\.?\s+(?P<d1>\d{1,2})" + _ORD + r"\s*(?:[-–—]|to|until)\s*"
    r"(?:(?P<m2>[A-Za-z]{3,9})\.?\s+)?(?P<d2>\d{1,2})" + _ORD + r",?\s+(?P<y>(?:19|20)\d{2})"
)
_RANGE_DOTTED = re.compile(
    r"(?P<y>(?:19|20)\d{2})[./]\s?(?P<m1>\d{1,2})[./]\s?(?P<d1>\d{1,2})\.?\s*(?:\([^)]*\))?\s*"
    r"[-–—~]\s*(?:(?:(?:19|20)\d{2})[./]\s?)?(?:(?P<m2>\d{1,2})[./]\s?)?(?P<d2>\d{1,2})\.?"
)


@dataclass(frozen=True)
class DateRange:
    """A festival's dates as a banner prints them (``16.–22. Oktober 2014``)."""

    first: date
    last: date


def _month_part(text: str | None) -> int | None:
    if not text:
        return None
    text = text.strip().rstrip(".")
    return int(text) if text.isdigit() else month_of(text)


def find_range(text: str) -> DateRange | None:
    """A date range with its year (``October 17-23, 2019``, ``16.-22.10.2014``,
    ``2019.03.21-03.28``, ``Fr, 08.02.2019 - So, 17.02.2019``), or None.
    """
    halves = re.split(r"\s+[-–—]\s+|\s+bis(?:\s+zum)?\s+", text, maxsplit=1)
    if len(halves) == 2:
        opening, closing = find_date(halves[0]), find_date(halves[1])
        if opening and closing and opening.year and closing.year:
            try:
                span = DateRange(opening.on(opening.year), closing.on(closing.year))
            except DateError:
                span = None
            if span is not None and span.first <= span.last:
                return span
    for form in (_RANGE_DOTTED, _RANGE_EN, _RANGE):
        found = form.search(text)
        if found is None:
            continue
        year = int(found["y"])
        m2 = _month_part(found["m2"])
        m1 = _month_part(found["m1"]) or m2
        m2 = m2 or m1
        if m1 is None or m2 is None:
            continue
        try:
            start = date(year, m1, int(found["d1"]))
            end = date(year, m2, int(found["d2"]))
        except ValueError:
            continue
        if start <= end:
            return DateRange(start, end)
    return None


def prints_date_or_time(text: str) -> bool:
    """True if a text prints a date, a span of days or a time of day, or one that cannot
    exist (``Saturday, February 8, 2020 at 6:00 p.m.``): a showing's, never a title."""
    try:
        return bool(find_date(text) or find_range(text) or find_times(text))
    except DateError:
        return True
