"""Stacked showings: a film's showings printed one field a line under its synopsis.

Festival picks and city guides often print each showing of a film as a little stack::

    →Empire Bio              the venue, after an arrow
    Guldbergsgade 29F        its address (optional lines, each with a number)
    2200 København N
    Thursday, 21st March     the day
    5:30 pm                  the time

:func:`mark_stacked` reads each stack into one schedule row (its time line carries the
date and venue; the other lines are taken) so the block reader dates it as any row.
An address line is never a venue. A stack that stops short (a venue with no day, a day
with no time) is reported, not read. :func:`stacked_blocks` finds the film of each run
of stacks on a page with no film header: the title standing as a paragraph of its own
over the synopsis paragraph(s) right over the first stack.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from dockg.ingest.reader.blocks import Block
from dockg.ingest.reader.dates import DateError, find_date, find_range, find_times
from dockg.ingest.reader.lines import Classified, LineKind, ScheduleCell, next_filled
from dockg.ingest.reader.records import Note

__all__ = ["Stack", "mark_stacked", "stacked_blocks"]

#: ``→Empire Bio``, ``-> Cinemateket``, ``► Kino``: a venue after an arrow.
_ARROW_VENUE = re.compile(r"^\s*(?:→|->|➔|➜|►|▶)\s*(?P<venue>\S.{0,60})$")
#: An address line: short, with a number in it (``Guldbergsgade 29F``, ``2200 København N``).
_ADDRESS = re.compile(r"^(?=.*\d)[^\s.!?][^.!?|]{2,48}$")
#: At most this many address lines stand between a venue and its day.
_MAX_ADDRESS = 3


@dataclass(frozen=True)
class Stack:
    """One stacked showing: the indexes of its lines and the venue read.

    Attributes:
        venue: the venue's name (the arrow line's text).
        first: the index of the venue line.
        time: the index of the time line (the stack's last line).
        address: the address lines' text, joined with commas.
    """

    venue: str
    first: int
    time: int
    address: str


def _is_time_line(item: Classified) -> bool:
    """A line that is one time and nothing else (``5:30 pm``)."""
    return (
        item.kind is LineKind.SCHEDULE
        and len(item.cells) == 1
        and item.cells[0].date is None
        and not item.cells[0].venue
    )


def _is_address(text: str) -> bool:
    if not _ADDRESS.match(text) or find_times(text):
        return False
    try:
        return find_date(text) is None and find_range(text) is None
    except DateError:
        return False


def _read_stack(items: Sequence[Classified], first: int) -> Stack | str:
    """The stack opening at ``first`` (a venue after an arrow), or why it is not one."""
    venue = _ARROW_VENUE.match(items[first].line.text)
    assert venue is not None
    address: list[str] = []
    index = next_filled(items, first)
    while (
        index is not None
        and items[index].kind is LineKind.TEXT
        and len(address) < _MAX_ADDRESS
        and _is_address(items[index].line.text)
    ):
        address.append(items[index].line.text.strip())
        index = next_filled(items, index)
    if index is None or items[index].kind is not LineKind.DATE or items[index].date is None:
        return "venue with no day under it, not imported"
    day = index
    index = next_filled(items, day)
    if index is None or not _is_time_line(items[index]):
        return "venue and day with no time under them, not imported"
    return Stack(venue["venue"].strip(), first, index, ", ".join(address))


def mark_stacked(items: list[Classified], ambiguous: list[Note]) -> list[Stack]:
    """Read the page's stacked showings into schedule rows, in place.

    Each stack's time line becomes a row carrying its day and venue; the venue, address
    and day lines become headings (taken). A venue line whose stack stops short is
    reported in ``ambiguous`` and left as it is.

    Args:
        items: the classified lines of the page (changed in place).
        ambiguous: where unread stacks are reported.

    Returns:
        The stacks read, in page order.
    """
    stacks: list[Stack] = []
    for index, item in enumerate(items):
        if item.kind is not LineKind.TEXT or not _ARROW_VENUE.match(item.line.text):
            continue
        stack = _read_stack(items, index)
        if isinstance(stack, str):
            ambiguous.append(Note(item.line.number, f"{stack}: {item.line.text}"))
            continue
        day_index = next(
            i for i in range(stack.first, stack.time) if items[i].kind is LineKind.DATE
        )
        cell = items[stack.time].cells[0]
        row = ScheduleCell(items[day_index].date, cell.hour, cell.minute, stack.venue)
        items[stack.time] = replace(items[stack.time], cells=(row,))
        for taken in range(stack.first, stack.time):
            if items[taken].kind is not LineKind.BLANK:
                items[taken] = replace(items[taken], kind=LineKind.HEADING)
        stacks.append(stack)
    return stacks


def _paragraph_top(items: Sequence[Classified], index: int) -> int:
    """The first index of the paragraph (lines with no blank between) ending at ``index``."""
    while index > 0 and items[index - 1].kind is not LineKind.BLANK:
        index -= 1
    return index


def _title_over(items: Sequence[Classified], stack: Stack, floor: int) -> int | None:
    """The title over a film's first stack: synopsis paragraph(s) right over the stack,
    and over them a short line standing alone that is no prose, date or address."""
    index = stack.first - 1
    prose = 0
    while index >= floor:
        if items[index].kind is LineKind.BLANK:
            index -= 1
            continue
        top = _paragraph_top(items, index)
        if all(items[i].kind is LineKind.PROSE for i in range(top, index + 1)):
            prose += 1
            index = top - 1
            continue
        if prose and top == index and items[index].kind is LineKind.TEXT:
            text = items[index].line.text
            if not _is_address(text) and find_date(text) is None and len(text) <= 80:
                return index
        return None
    return None


def stacked_blocks(items: Sequence[Classified], stacks: Sequence[Stack]) -> list[Block]:
    """The film blocks of a page whose films are known only by their stacked showings.

    A run of stacks (nothing but blank lines and stacks between them) is one film's; its
    title stands over the synopsis over the run's first stack. A run with no such title
    gives no block (its rows are then reported as rows before any film or left unread).

    Args:
        items: the classified lines, after :func:`mark_stacked`.
        stacks: the stacks it read.

    Returns:
        The blocks, in page order (``end`` not set).
    """
    blocks: list[Block] = []
    floor = 0
    previous: Stack | None = None
    for stack in stacks:
        between = range(previous.time + 1, stack.first) if previous else range(0)
        if previous is not None and all(items[i].kind is LineKind.BLANK for i in between):
            previous = stack
            continue  # the same film's next showing
        title = _title_over(items, stack, floor)
        if title is not None:
            blocks.append(Block(title, [title]))
        previous = stack
        floor = stack.time + 1
    for number, block in enumerate(blocks):
        following = blocks[number + 1].title_index if number + 1 < len(blocks) else len(items)
        block.end = following
    return blocks
