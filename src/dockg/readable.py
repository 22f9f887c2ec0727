"""Values as people read them: durations, local date-times, counts with their nouns.

Machine formats (CSV, JSON, RDF) keep the lexical forms of the data; everything a person
reads (terminal tables, web pages, pictures) writes ``PT16M55S`` as ``16 min 55 s`` and
``2019-03-23T11:00:00+09:00`` as ``2019-03-23 11:00 (UTC+9)``: the event's own local
time with its offset, never converted to the reader's zone.
"""

from __future__ import annotations

import datetime
import re

from rdflib import Literal

from dockg.namespaces import XSD

_DURATION = re.compile(
    r"(?P<sign>-)?P(?:(?P<Y>\d+)Y)?(?:(?P<Mo>\d+)M)?(?:(?P<D>\d+)D)?"
    r"(?:T(?:(?P<H>\d+)H)?(?:(?P<M>\d+)M)?(?:(?P<S>\d+(?:\.\d+)?)S)?)?"
)
_UNITS = (("Y", "y"), ("Mo", "mo"), ("D", "d"), ("H", "h"), ("M", "min"), ("S", "s"))
_DATETIME = re.compile(
    r"(?P<date>-?\d{4,}-\d{2}-\d{2})T(?P<hm>\d{2}:\d{2})(?P<sec>:\d{2}(?:\.\d+)?)?"
    r"(?P<zone>Z|[+-]\d{2}:\d{2})?"
)


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """``1 step``, ``2 steps``, ``1,695 triples``: a count with its noun agreeing.

    Args:
        count: how many.
        noun: the singular.
        nouns: the plural, when it is not ``noun + "s"``.

    Returns:
        The count with thousands separators, a space and the noun.
    """
    word = noun if count == 1 else (nouns or f"{noun}s")
    return f"{count:,} {word}"


def duration_text(lexical: str) -> str | None:
    """``PT16M55S`` → ``16 min 55 s``; ``PT1H30M`` → ``1 h 30 min``.

    Args:
        lexical: an ``xsd:duration`` lexical form.

    Returns:
        The readable form, or ``None`` if ``lexical`` is not a duration.
    """
    match = _DURATION.fullmatch(lexical.strip())
    if match is None or lexical.strip() in ("P", "PT", "-P"):
        return None
    parts = [f"{match.group(g)} {unit}" for g, unit in _UNITS if match.group(g) is not None]
    if not parts:
        return None
    return ("minus " if match.group("sign") else "") + " ".join(parts)


def _offset(zone: str) -> str:
    if zone == "Z" or zone in ("+00:00", "-00:00"):
        return "UTC"
    sign, hours, minutes = zone[0], int(zone[1:3]), zone[4:6]
    return f"UTC{sign}{hours}" + ("" if minutes == "00" else f":{minutes}")


def datetime_text(lexical: str) -> str | None:
    """``2019-03-23T11:00:00+09:00`` → ``2019-03-23 11:00 (UTC+9)``.

    The time stays the event's local time; seconds are shown only when not zero, and a
    time with no offset is shown without one (the data did not say which zone).

    Args:
        lexical: an ``xsd:dateTime`` lexical form.

    Returns:
        The readable form, or ``None`` if ``lexical`` is not a date-time.
    """
    match = _DATETIME.fullmatch(lexical.strip())
    if match is None:
        return None
    try:
        datetime.datetime.fromisoformat(lexical.strip().replace("Z", "+00:00"))
    except ValueError:
        if not match.group("date").startswith("-"):
            return None
    sec = match.group("sec")
    time = match.group("hm") + (sec if sec and float(sec[1:]) != 0 else "")
    zone = match.group("zone")
    return f"{match.group('date')} {time}" + (f" ({_offset(zone)})" if zone else "")


def literal_text(value: Literal, *, show_language: bool = False) -> str:
    """A literal as a person reads it.

    Args:
        value: the literal.
        show_language: add ``@lang`` (only where values in two languages meet).

    Returns:
        Durations and date-times in readable form, other literals as written.
    """
    text = str(value)
    if value.datatype == XSD.duration:
        return duration_text(text) or text
    if value.datatype == XSD.dateTime:
        return datetime_text(text) or text
    if show_language and value.language:
        return f"{text}@{value.language}"
    return text
