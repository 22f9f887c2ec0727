"""Plain-text tables, the default output of every command meant for a terminal."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Sequence


def _cell(text: str) -> str:
    # A newline inside a cell would break the alignment of every row after it.
    return " ".join(text.split()) if "\n" in text or "\t" in text else text


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes: Hangul, CJK and other wide characters
    take two, combining marks none, so columns stay aligned around Korean names."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns, the cut marked with an ellipsis."""
    if display_width(text) <= width:
        return text
    kept = ""
    for char in text:
        if display_width(kept + char) > width - 1:
            break
        kept += char
    return kept + "…"


#: The width of a table meant for a person's terminal, unless they ask for it wide.
TABLE_WIDTH = 120

#: The narrowest a column is cut to when a table must fit a width.
MIN_COLUMN = 12


def _fit(
    widths: list[int], headers: Sequence[str], max_width: int, cut_first: Collection[int]
) -> list[int]:
    """Narrow the widest columns (those in ``cut_first`` before any other), one column at
    a time, until the table fits."""
    widths = list(widths)
    floor = [
        max(min(w, MIN_COLUMN), display_width(h)) for w, h in zip(widths, headers, strict=True)
    ]
    while sum(widths) + 2 * (len(widths) - 1) > max_width:
        widest = max(
            range(len(widths)),
            key=lambda i: (i in cut_first and widths[i] > floor[i], widths[i] - floor[i]),
        )
        if widths[widest] <= floor[widest]:
            break  # as narrow as it may be: the table stays wider than asked
        widths[widest] -= 1
    return widths


def format_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    max_width: int | None = None,
    cut_first: Collection[int] = (),
) -> str:
    """Align rows under headers, two spaces between columns, no trailing blanks.

    Args:
        headers: column titles.
        rows: cells as text; each row has as many cells as there are headers.
        max_width: fit the table into this many terminal columns by cutting the widest
            columns (each cut marked ``…``, no column narrower than its header or
            :data:`MIN_COLUMN`); ``None`` keeps every cell whole.
        cut_first: the columns (by position) to narrow before any other, e.g. those of
            identifiers a reader need not read in full.

    Returns:
        The table, a header line, a rule and one line per row, ending in a newline.
    """
    cells = [[_cell(c) for c in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], display_width(cell))
    if max_width is not None:
        widths = _fit(widths, headers, max_width, cut_first)
        cells = [[_cut(c, w) for c, w in zip(row, widths, strict=True)] for row in cells]

    def line(row: Sequence[str]) -> str:
        return "  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out.extend(line(row) for row in cells)
    return "\n".join(out) + "\n"
