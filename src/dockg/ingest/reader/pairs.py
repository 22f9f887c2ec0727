"""A selection listed as pairs: each film's title over its maker's name, and nothing else.

A festival's archive often lists a section that way, one entry after another::

    Compétition / Sélection française
    -
    7h15 - Merle noir          the title
    Judith Auffray             its director
    -
    Boum Boum
    Laurie Lassalle

A title over a name says nothing that makes it a film on its own (a heading over a
name is one too), so the shape must repeat: :func:`paired_films` reads it only when
three pairs or more stand in a row, each a line that is no name over a line that is
one (or two names joined), with only blank or dash lines between the pairs.

A strand's page may set each pair a paragraph apart and follow it with the film's
synopsis (``Clean``, blank, ``Lachlan McLeod``, blank, a paragraph about the film): such
a pair is read when its synopsis follows it, and its title names no role or prize (a
jury's page sets ``President`` over a name over a biography the same way).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dockg.ingest.reader.fields import field_only, looks_like_name, split_names
from dockg.ingest.reader.lines import Classified, LineKind
from dockg.ingest.reader.records import FilmRecord, Note

__all__ = ["paired_films"]

#: A role or a prize over a name (``President``, ``Jury Member``, ``Audience Award``):
#: the name is a person's, not a film's maker.
_ROLE_OR_PRIZE = re.compile(
    r"\b(?:jury|juror|jurado|president|chair|member|programmer|curator|kurator\w*|host|"
    r"moderator|guest|team|staff|manager|coordinator|founder|leitung|leiter\w*|mitglied|"
    r"award|prize|preis|prix|winner|gewinner\w*)\b|심사|위원|프로그래머",
    re.IGNORECASE,
)

#: A synopsis under a pair: a paragraph of prose, longer than any title.
_SYNOPSIS_LENGTH = 60

#: A line that only separates entries.
_SEPARATOR = re.compile(r"^[-–—•*·]?$")


def paired_films(items: Sequence[Classified], unused: list[Note]) -> list[FilmRecord]:
    """The films of a run of at least three title-over-name pairs (module docstring).

    Args:
        items: the page's classified lines.
        unused: the notes of lines not read; those of the pairs read are withdrawn.

    Returns:
        One film per pair, with its director(s), in page order; empty if no run is long
        enough.
    """
    entries = [
        (i, item) for i, item in enumerate(items) if not _SEPARATOR.match(item.line.text.strip())
    ]
    films: list[FilmRecord] = []
    run: list[FilmRecord] = []
    index = 0
    while index < len(entries):
        pair = _pair(entries, index, items)
        if pair is None:
            films.extend(run if len(run) >= 3 else [])
            run = []
            index += 1
            continue
        run.append(pair)
        index += 2
        if index < len(entries) and _synopsis(entries[index][1]):
            index += 1  # the film's synopsis, under its pair
    films.extend(run if len(run) >= 3 else [])
    read = {f.line for f in films} | {n for f in films for _, n in f.directors}
    if films:
        # the dashes between the pairs are the list's, not lines left unread
        first, last = min(read), max(read)
        read |= {
            i.line.number
            for i in items
            if first - 1 <= i.line.number <= last + 1 and _SEPARATOR.match(i.line.text.strip())
        }
    unused[:] = [n for n in unused if n.line not in read]
    return films


def _pair(
    entries: Sequence[tuple[int, Classified]], index: int, items: Sequence[Classified]
) -> FilmRecord | None:
    """The film of the pair starting at ``entries[index]``, or None if it is no pair: two
    consecutive lines (nothing but separators between them and the next pair), a title
    that is no name, no field and no longer than a title, then names only."""
    if index + 1 >= len(entries):
        return None
    (top, title), (below, names) = entries[index], entries[index + 1]
    if title.kind is not LineKind.TEXT or names.kind is not LineKind.TEXT:
        return None
    if below != top + 1:
        # a paragraph apart: only blank lines between, and the film's synopsis under them
        after = index + 2
        if (
            any(items[i].kind is not LineKind.BLANK for i in range(top + 1, below))
            or after >= len(entries)
            or not _synopsis(entries[after][1])
        ):
            return None
    text = title.line.text.strip()
    if len(text) > 80 or looks_like_name(text) or field_only(text) is not None:
        return None
    if _ROLE_OR_PRIZE.search(text):
        return None
    makers = split_names(names.line.text)
    if not makers or len(makers) > 3 or not all(looks_like_name(n) for n in makers):
        return None
    film = FilmRecord(title=text, line=title.line.number)
    film.directors = [(n, names.line.number) for n in makers]
    return film


def _synopsis(item: Classified) -> bool:
    """A paragraph of prose: the synopsis of the film over it."""
    text = item.line.text.strip()
    return (
        item.kind in (LineKind.PROSE, LineKind.TEXT)
        and len(text) >= _SYNOPSIS_LENGTH
        and (" " in text)
    )
