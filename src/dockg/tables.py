"""Plain-text tables, the default output of every command meant for a terminal."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence


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


def format_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Align rows under headers, two spaces between columns, no trailing blanks.

    Args:
        headers: column titles.
        rows: cells as text; each row has as many cells as there are headers.

    Returns:
        The table, a header line, a rule and one line per row, ending in a newline.
    """
    cells = [[_cell(c) for c in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], display_width(cell))

    def line(row: Sequence[str]) -> str:
        return "  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out.extend(line(row) for row in cells)
    return "\n".join(out) + "\n"
