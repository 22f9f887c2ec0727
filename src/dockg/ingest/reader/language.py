"""The language of a page, from the labels it prints.

A page's headings (``Synopsis``, ``Screening schedule``, ``Director's Statement``;
``Inhalt``, ``Termine``; ``시놉시스``) are words of the language the page is written in:
evidence for the language tag of the names and texts it prints. Words that two languages
share (``Film``, ``Bio``, ``Information``) are no evidence; headings of two languages give
none (the report says so), and so do labels in a Latin-script language over running text
in Hangul.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dockg.ingest.text import Line, text_language

_ENGLISH = frozenset(
    [
        "synopsis",
        "summary",
        "about",
        "the",
        "screening",
        "screenings",
        "schedule",
        "dates",
        "date",
        "showtimes",
        "showtime",
        "tickets",
        "ticket",
        "credits",
        "filmography",
        "contact",
        "director's",
        "directors",
        "director",
        "statement",
        "note",
        "notes",
        "biography",
        "time",
        "theater",
        "theatre",
        "venue",
        "place",
        "known",
        "for",
    ]
)
_GERMAN = frozenset(
    [
        "inhalt",
        "termine",
        "termin",
        "vorführungen",
        "vorführung",
        "spielzeiten",
        "spieltermine",
        "stab",
        "filmografie",
        "biografie",
        "biographie",
        "datum",
        "zeit",
        "kino",
        "ort",
    ]
)
_WORDS = re.compile(r"[a-zäöüß’']+")


def label_language(text: str) -> str | None:
    """``en``, ``de`` or ``ko`` if every word of a label is of that language, else None."""
    if text_language(text) == "ko":
        return "ko"
    words = set(_WORDS.findall(text.lower().replace("’", "'")))
    if words and words <= _ENGLISH:
        return "en"
    if words and words <= _GERMAN:
        return "de"
    return None


def labels_language(labels: Iterable[Line], running_text: str) -> tuple[str, str] | None:
    """The one language of a page's labels, and why (``the English labels on lines 11,
    22``); None if they give none or several, or disagree with the running text (an
    English ``SYNOPSIS`` over Korean text says nothing of the page's language).

    Args:
        labels: the page's heading and label lines.
        running_text: the page's running text.
    """
    found: dict[str, list[int]] = {}
    for line in labels:
        tag = label_language(line.text)
        if tag is not None:
            found.setdefault(tag, []).append(line.number)
    if len(found) != 1:
        return None
    ((tag, numbers),) = found.items()
    if running_text.strip() and (text_language(running_text) == "ko") != (tag == "ko"):
        return None
    name = {"en": "English", "de": "German", "ko": "Korean"}[tag]
    where = ", ".join(str(n) for n in numbers[:3]) + (" …" if len(numbers) > 3 else "")
    return tag, f"the {name} labels on line{'s' if len(numbers) > 1 else ''} {where}"
