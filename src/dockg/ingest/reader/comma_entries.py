"""A film a line, its parts between commas: the title, its makers, then its fields.

A festival's full programme or a museum's series often lists a programme's films so::

    Missing One Player, Lei Lei, China, 2015, 4m. North American Premiere
    Monkey Love Experiments, Ainslie Henderson & Will Anderson, UK, 2014, 9m.
    Nine from Little Rock, Charles Guggenheim, 1964, 21 min.

Read alone, such a line is a line of fields whose first names are makers: a title shaped
like a name (``Missing One Player``) cannot be told from a director's. So
:func:`mark_comma_entries` reads the lines as entries only in a run (one line or more,
blank lines between allowed) where every line is shaped so (a first part, one name or
more, then fields with a year and a runtime and nothing unread) and a third of the first
parts at least can only be titles (no name's shape, no field): the page lists titles
first. A line of the run whose second part
is no name (``Harlan County, U.S.A., Barbara Kopple, …``: a title holding a comma) is not
an entry, and breaks the run.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dockg.ingest.reader.fields import Meta, looks_like_name, read_meta, split_names
from dockg.ingest.reader.lines import Classified, LineKind

__all__ = ["comma_entry", "mark_comma_entries"]

#: ``& Liis Mehine`` after ``Velda Parkkinen,``: the last of a list of names.
_LAST_NAME_JOIN = re.compile(r"^(?:&|and|und)\s+")


def comma_entry(text: str) -> tuple[str, Meta] | None:
    """The title and the fields of ``Title, NAME[, NAME], Country, YEAR, NNm.``, or None
    unless one name at least follows the title and the rest is fields with a year and a
    runtime, nothing unread and no other name."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 4 or not parts[0] or len(parts[0]) > 80:
        return None
    names: list[str] = []
    index = 1
    while index < len(parts):
        group = split_names(_LAST_NAME_JOIN.sub("", parts[index]))
        if not group or not all(looks_like_name(n) for n in group):
            break
        if read_meta(parts[index]).countries:
            break  # ``New Zealand`` has a name's shape
        names.extend(group)
        index += 1
    if not names or index >= len(parts):
        return None
    meta = read_meta(", ".join(parts[index:]))
    if meta.year is None or meta.runtime is None or meta.unread or meta.directors:
        return None
    meta.directors = names
    return parts[0], meta


def _plainly_a_title(text: str) -> bool:
    """A first part that can only be a title: no name's shape, no field, opening with a
    capital or a digit (``Nine from Little Rock``, ``Geosynchronous``)."""
    return (
        not looks_like_name(text)
        and not read_meta(text).signals
        and (text[:1].isupper() or text[:1].isdigit())
    )


def mark_comma_entries(items: list[Classified]) -> None:
    """Read each run of comma entries (module docstring) as films named inline."""
    runs: list[list[tuple[int, tuple[str, Meta]]]] = [[]]
    for index, item in enumerate(items):
        if item.kind is LineKind.BLANK:
            continue
        entry = comma_entry(item.line.text) if item.kind is LineKind.META else None
        if entry is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((index, entry))
    for run in runs:
        titled = sum(_plainly_a_title(title) for _, (title, _) in run)
        if not titled or 3 * titled < len(run):
            continue
        for index, (title, meta) in run:
            items[index] = replace(items[index], kind=LineKind.INLINE, title=title, meta=meta)
