"""Cutting a programme page into film blocks and reading each block's fields.

A film block starts at a title: the short line over a film's header fields (a line of
fields such as ``Germany 2019, 90 min``, a director label, or a film named inline). It runs
to the line before the next film's title, or before a news page's next item (``[GV] …``).
Everything a block holds (schedule rows, a section label, a premiere flag, running text)
belongs to its film; a schedule row before the first film belongs to none and is
reported. A section heading standing between films (a short line of its own that ends
with a section word, or one the site profile lists) applies to the films after it.

A film's own page (the site profile says so) is one block from its first line; a news
page's items after a block (:func:`tail_lines`) belong to no film; a line naming a venue
under a row that prints none (``장소 …``) gives that row its venue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import time
from itertools import pairwise

from dockg.ingest.reader.context import FESTIVAL_WORD
from dockg.ingest.reader.dates import PrintedDate, find_date, find_range, prints_date_or_time
from dockg.ingest.reader.details import read_title_label
from dockg.ingest.reader.fields import (
    CREW_LABEL,
    FIELD_LABEL,
    TWO_SCRIPTS,
    Meta,
    field_only,
    fields_after_title,
    in_capitals,
    is_headline,
    korean_name,
    looks_like_name,
    one_name_two_scripts,
    read_meta,
    split_names,
    split_title,
    split_title_director,
)
from dockg.ingest.reader.lines import (
    FILE_NAME,
    HALL,
    LEADING_TIME,
    NAMES_A_VENUE,
    TITLE_FIELD,
    VENUE_WORDS,
    Classified,
    LineKind,
    ScheduleCell,
    next_filled,
    previous_filled,
)
from dockg.ingest.reader.records import FilmRecord, Note, ScreeningRecord
from dockg.ingest.text import Line

_SECTION_WORDS = re.compile(
    r"(?:competition|wettbewerb|section|sektion|panorama|showcase|forum|spotlight|focus|fokus|"
    r"documentary shorts|documentary features|shorts|kurzfilme|"
    r"retrospective|retrospektive|special screenings?|special|sonderprogramm|perspective|"
    r"perspektive|choice|gala|window|horizons?|vision|cinema today|경쟁|섹션|부문|특별전|"
    r"쇼케이스|파노라마|초청)\b[^.]{0,30}$",
    re.IGNORECASE,
)


@dataclass
class Block:
    """The lines of one film: its title line, header lines and the lines up to the next film."""

    title_index: int
    header: list[int]
    end: int = 0


_HEADER_KINDS = (LineKind.TEXT, LineKind.PREMIERE, LineKind.META, LineKind.SECTION)
_TEXT_KINDS = (LineKind.TEXT, LineKind.PREMIERE)
#: At most this many lines of a film's header stand over its first line of fields.
_MAX_ABOVE = 4


def is_section_heading(text: str, sections: Sequence[str]) -> bool:
    """Tell a section heading: a profile's section name or a short line with a section word."""
    if any(text.casefold() == s.casefold() for s in sections):
        return True
    return len(text) <= 60 and _SECTION_WORDS.search(text) is not None and "," not in text


def labels_over_titles(items: Sequence[Classified]) -> list[str]:
    """Short lines the page prints right over the titles of two films or more (a strand, a
    section: ``Czech Joy`` over a title over its fields): section names the page gives.
    A line printed twice over the same line is a title (``The Last Patrol`` over
    ``Sebastian Junger`` over the fields, the film listed twice): a strand stands over
    different films."""
    counts: dict[str, list[str]] = {}
    under: dict[str, set[str]] = {}
    for index in range(len(items) - 2):
        label, title, fields = items[index : index + 3]
        if (
            label.kind is LineKind.TEXT
            and title.kind is LineKind.TEXT
            and fields.kind is LineKind.META
            and len(label.line.text) <= 60
        ):
            counts.setdefault(label.line.text.casefold(), []).append(label.line.text)
            under.setdefault(label.line.text.casefold(), set()).add(title.line.text.casefold())
    return [texts[0] for key, texts in counts.items() if len(under[key]) >= 2]


def _names_a_label(text: str, sections: Sequence[str]) -> bool:
    """``Opus Bonum, Czech Joy``: a line of a few names, one of them a section's."""
    parts = [p.strip() for p in text.split(",")]
    known = {s.casefold() for s in sections}
    return 1 < len(parts) <= 4 and any(p.casefold() in known for p in parts)


def _run_above(items: Sequence[Classified], index: int, kinds: tuple[LineKind, ...]) -> int:
    """The first index of the unbroken run of ``kinds`` lines ending just above ``index``."""
    top = index
    while top > 0 and items[top - 1].kind in kinds and index - top < _MAX_ABOVE:
        top -= 1
    return top


def _after_other_fields(items: Sequence[Classified], top: int, index: int) -> int:
    """The top of a header moved under an earlier line of fields that is another film's:
    both it and the fields at ``index`` print a runtime (or a year), with text between
    (``Director: NAME, Experimental, 9 min.``, a synopsis line, a title, ``Directors: A,
    B, Documentary, USA, 3 min.``). A line naming only a director under a company's name
    (``19 Paper Cranes``, ``6 min 2017``, ``L’Arche International``, ``Director: …``)
    stays the film's."""
    fields = items[index].meta
    if fields is None or not (fields.runtime or fields.year):
        return top
    for earlier in range(index - 1, top - 1, -1):
        meta = items[earlier].meta
        if items[earlier].kind is not LineKind.META or meta is None:
            continue
        between = range(earlier + 1, index)
        if any(items[i].kind is LineKind.TEXT for i in between) and (
            (meta.runtime and fields.runtime) or (meta.year and fields.year)
        ):
            return earlier + 1
    return top


def _countries_over_fields(items: list[Classified], top: int, index: int) -> int:
    """The top of a film's header whose first line is its countries alone (``USA``, or
    ``Deutschland 2020``), over labelled fields that name none (``Länge: 95 Minuten``,
    ``Regie: NAME``): that line is read as fields, and the header then starts at its blank,
    its title above it. Where the fields name countries, the line stays a title's."""
    if top != index - 1 or items[top].kind is not LineKind.TEXT or top == 0:
        return top
    if items[top - 1].kind is not LineKind.BLANK:
        return top
    meta = field_only(items[top].line.text)
    if meta is None or not meta.countries or meta.directors or meta.runtime:
        return top
    under = items[index].meta
    if under is None or under.countries:
        return top
    items[top] = replace(items[top], kind=LineKind.META, meta=meta)
    return top


def find_blocks(items: list[Classified], sections: Sequence[str]) -> list[Block]:
    """Find the film blocks of a classified page, in order.

    A line of fields (META) with short lines right above it (no blank between) is a film
    header; the first of those lines is the title. Fields with no line above them take the
    title from the short line(s) standing just above the blank over them; so do fields
    under a lone name, which is then the director's (``Title``, blank, ``Name``, fields).
    A film named inline (INLINE) is a block of its own.
    """
    blocks: list[Block] = []
    taken: set[int] = set()
    fields_first = _fields_over_titles(items)
    for index, item in enumerate(items):
        screens_label = _screens_label(items, index)
        if screens_label is not None:
            # ``Toxic Beauty screens:`` over its rows: the title, its rows under it
            items[index] = screens_label
            blocks.append(Block(index, [index]))
            taken.add(index)
            continue
        tagged = _tagged_title(items, index, sections)
        if tagged is not None:
            items[index] = tagged
            item = tagged
        if item.kind is LineKind.INLINE or _quoted_heading(items, index):
            blocks.append(Block(index, [index]))
            taken.add(index)
            continue
        if item.kind is not LineKind.META or index in taken or _byline(items, index):
            continue
        if _over_contact(items, index):
            continue
        top = _run_above(items, index, _HEADER_KINDS)
        touching = top < index and any(i in taken for i in range(top, index))
        while top < index and any(i in taken for i in range(top, index)):
            top += 1  # the fields of the film above (``Title``, fields, ``Title``, fields)
        if top == index and _spaced_director_line_of_above(items, index, taken):
            # the same with a blank line between every two: ``6 min 2017``, ``L’Arche
            # International``, ``Director: Michael Joseph``, each a paragraph
            continue
        over = previous_filled(items, index)
        if (
            top == index
            and over is not None
            and items[over].kind is LineKind.TEXT
            and CREW_LABEL.match(items[over].line.text)
        ):
            # ``DIRECTOR: NAME``, ``WRITER: NAME``, ``CAST: A, B``, ``COUNTRY: Ireland``, a
            # paragraph each: fields of the film above, under its credits
            continue
        if touching and _director_line_of_above(items, index, top):
            # ``19 Paper Cranes``, ``6 min 2017``, ``L’Arche International``, ``Director:
            # Michael Joseph``: the director of the film above, under its company's name
            continue
        top = _after_other_fields(items, top, index)
        top = _countries_over_fields(items, top, index)
        header = list(range(top, index + 1))
        after = index + 1
        while after < len(items) and items[after].kind in (
            LineKind.META,
            LineKind.PREMIERE,
            LineKind.SECTION,
        ):
            header.append(after)
            after += 1
        if index > 0 and _sibling_entry(items[index - 1].line.text, item.line.text):
            # ``성현이와 … 자립생활 / 손용규 / 2022 / 23'47 / 다큐`` over ``양림동 소녀 /
            # 오재형, 임영희 / 2022 / 29'57 / 다큐``: two entries of a list a line each, the
            # upper no title of the lower's fields
            continue
        texts = [i for i in header if items[i].kind is LineKind.TEXT and i < index]
        first_fields = next((i for i in header if items[i].kind is LineKind.META), index)
        if any(i < first_fields for i in texts):
            # ``19 Paper Cranes``, ``6 min 2017``, ``L’Arche International``, ``Director: …``:
            # a line between two lines of fields (a company) is no title; the title stands
            # over the first fields
            texts = [i for i in texts if i < first_fields]
        above_row = top - 1
        spaced_row = (
            top - 2
            if top >= 2
            and items[top - 1].kind is LineKind.BLANK
            and items[top - 2].kind is LineKind.SCHEDULE
            and _SLOT_ROW.match(items[top - 2].line.text)
            else None
        )
        slotted = _slot_title(items[spaced_row].title) if spaced_row is not None else None
        if (
            not texts
            and spaced_row is not None
            and slotted
            and spaced_row not in taken
            and (top_meta := items[top].meta) is not None
            and top_meta.directors
        ):
            # ``11:10 am – Wildlife in London``, blank, ``Director: NAME  Duration: 20 mins``:
            # a title printed with its row, its credited director a paragraph under it
            items[spaced_row] = replace(items[spaced_row], title=slotted)
            header = [spaced_row, *header]
            taken.update(header)
            blocks.append(Block(spaced_row, header))
            continue
        if (
            not texts
            and above_row >= 0
            and items[above_row].kind is LineKind.SCHEDULE
            and items[above_row].title
            and above_row not in taken
        ):
            # ``○ 그 날 One Warm Spring Day 2/26(일) 14:40``: a title printed with its row
            header = [above_row, *header]
            taken.update(header)
            blocks.append(Block(above_row, header))
            continue
        labelled = any(bool(m and m.directors) for m in (items[i].meta for i in header))
        if (
            len(texts) == 1
            and texts[0] == top
            and above_row >= 0
            and items[above_row].kind is LineKind.SCHEDULE
            and looks_like_name(items[top].line.text)
            and not labelled  # the fields name the director: the line over them is no name
        ):
            # ``18:00  MERMAIDS DON'T CRY`` over ``Franziska Pflaum`` over the fields: the
            # row names the film, the name under it is its director's. A row that names
            # no title the page repeats leaves the name alone: which is the title is not
            # sure, and the block is not read
            titled = _titled_row(items, above_row)
            if titled is None or above_row in taken:
                continue
            items[above_row] = titled
            header = [above_row, *header]
            taken.update(header)
            blocks.append(Block(above_row, header))
            continue
        over_synopsis = (
            _caps_title_over_synopsis_over_name(items, top)
            if texts == [top] and not labelled
            else None
        )
        if over_synopsis is not None and over_synopsis not in taken:
            # ``PURVIS OF OVERTOWN``, a synopsis, ``Shaun Conrad and David Raccuglia``,
            # ``FEATURE | USA | 67mins.``: the title in capitals over the synopsis, the
            # name right over the fields its director's
            header = [over_synopsis, *header]
            taken.update(header)
            blocks.append(Block(over_synopsis, header))
            continue
        if len(texts) == 1 and texts[0] == top and not labelled and _names_list(items[top]):
            # ``Title``, blank, ``18:30 Uhr``, ``A, B, C``, the fields: the names are the
            # directors and no title; the title stands over the rows, or nothing is read
            rows_over = _rows_over(items, top)
            if rows_over is None or rows_over[0] in taken:
                continue
            title, rows = rows_over
            header = [title, *rows, *header]
            taken.update(header)
            blocks.append(Block(title, header))
            continue
        dated = _title_over_day(items, top, sections, labelled) if not texts else None
        if dated is not None and dated not in taken and top - 1 not in taken:
            # ``Peeping Tom``, ``Wednesday 18 November 15``, ``Dir. Michael Powell, 1960,
            # UK, 97 mins``: the title, the day it is shown, the fields
            header = [dated, top - 1, *header]
            taken.update(header)
            blocks.append(Block(dated, header))
            continue
        under = len(texts) == 1 and not labelled and _name_line_under_title(items, texts[0])
        if texts == [top] and _own_title_at_venue(items, top) is not None:
            # ``Partisans of Vilna``, its row, ``Partisans of Vilna @ Cafritz Hall``, the
            # fields: the line right over the fields is the venue's, the title is over the row
            header.remove(top)
            texts = []
            top += 1
        rows_over = _rows_over(items, top)
        if not texts and rows_over is not None and rows_over[0] not in taken:
            # Title, then its schedule rows, then the fields (``Dir. NAME. 2017, 126 mins.``)
            title, rows = rows_over
            header = [title, *rows, *header]
            taken.update(header)
            blocks.append(Block(title, header))
            continue
        if not texts or under:
            above = _title_above(items, top, sections)
            if above is None and not texts and not fields_first:
                above = _caps_title_over_synopsis(items, top, sections)
            if above is None:
                continue
            named = _title_over_name(items, above, sections) if not texts and not labelled else None
            if (
                named is None
                and not texts
                and not labelled
                and above == previous_filled(items, top)
            ):
                # the same with a blank line between every two: ``LOCKED OUTSIDE``, the
                # synopsis, ``Ross Richardson``, the fields, each a paragraph
                named = _caps_title_over_synopsis_over_name(items, above, spaced=True)
                slotted_name = _title_over_rows_over_name(items, above)
                if named is None and slotted_name is not None and slotted_name[0] not in taken:
                    # ``Innocence of Memories``, ``Wednesday, August 31 7 PM``, ``Grant
                    # Gee``, ``United Kingdom, 2015``, each a paragraph: the title over its
                    # rows over its director's name over the fields
                    title, rows = slotted_name
                    header = [title, *rows, above, *header]
                    taken.update(header)
                    blocks.append(Block(title, header))
                    continue
            # a lone name a paragraph over the fields, and the line a paragraph over it
            upper = (
                previous_filled(items, above)
                if not texts
                and not labelled
                and _lone_plain_name(items, above)
                and above == previous_filled(items, top)
                else None
            )
            titled_row = (
                _titled_row(items, upper)
                if upper is not None and items[upper].kind is LineKind.SCHEDULE
                else None
            )
            if named is not None:
                # ``The Last Patrol``, blank, ``Sebastian Junger``, blank, the fields: the
                # line over the name is the title, the name its director's
                header = [named, above, *header]
                title = named
            elif upper is not None and titled_row is not None:
                # ``18:00  MERMAIDS DON'T CRY``, ``Franziska Pflaum``, the fields, each a
                # paragraph: the row names the film, the name is its director's (as with
                # no blank line between, where the row names a title the page repeats)
                if upper in taken:
                    continue
                items[upper] = titled_row
                header = [upper, above, *header]
                title = upper
            elif (
                upper is not None
                and items[upper].kind is LineKind.TEXT
                and len(items[upper].line.text) <= 60
                and in_capitals(items[upper].line.text)
                and not items[above].line.text.isupper()
            ):
                # ``Feature:``, ``SHARKWATER EXTINCTION``, ``Rob Stewart``, the fields,
                # each a paragraph: the name is the director's under a title in capitals,
                # or a title shaped like a name; where the title over it is not sure
                # (a label over it), neither is read
                continue
            else:
                header = [above, *header]
                title = above
        else:
            picked = _pick_title(items, texts, sections, _credited(items, header))
            if picked is None:
                continue
            title = picked
            # lines over the title belong to what precedes it, unless they are headings
            header = [
                i for i in header if i >= title or is_section_heading(items[i].line.text, sections)
            ]
        if any(i in taken for i in header):
            continue
        taken.update(header)
        blocks.append(Block(title, header))
    blocks = _drop_lone_names(items, blocks)
    blocks = _drop_titles_after_untitled(items, blocks)
    blocks.sort(key=lambda b: b.title_index)
    for number, block in enumerate(blocks):
        following = blocks[number + 1].title_index if number + 1 < len(blocks) else len(items)
        block.end = following
        for index in range(max(block.header) + 1, following):
            item = items[index]
            if item.kind is not LineKind.PROSE and _ARTICLE_HEADING.match(item.line.text):
                block.end = index  # the next item of a news page: the film's block ends
                break
    return blocks


#: ``[GV] …``, ``[INTERVIEW] …``: the heading of the next item of a news page (a short line
#: opening with a tag in brackets and going on; a flag alone, ``[OmU]``, is no heading),
#: which no film's block runs into.
_ARTICLE_HEADING = re.compile(r"^\[[^\[\]]{1,20}\]\s*\S.{7,}")


#: ``Toxic Beauty screens:``, ``Screenings of Conviction:``: a line that names a film and
#: says its showings follow.
_SCREENS_LABEL = re.compile(
    r"^(?:(?P<title>[^:]{2,80}?)\s+(?:screens|screenings|plays|showtimes|läuft|termine)|"
    r"(?:screenings|showtimes)\s+of\s+(?P<title2>[^:]{2,80}?))\s*:$",
    re.IGNORECASE,
)


def _screens_label(items: Sequence[Classified], index: int) -> Classified | None:
    """The line ``TITLE screens:`` with a schedule row right under it, as a line of its
    title alone; else None."""
    item = items[index]
    found = _SCREENS_LABEL.match(item.line.text.strip())
    if found is None or item.kind not in (LineKind.TEXT, LineKind.HEADING):
        return None
    following = next(
        (i for i in range(index + 1, len(items)) if items[i].kind is not LineKind.BLANK), None
    )
    if following is None or items[following].kind is not LineKind.SCHEDULE:
        return None
    title = (found["title"] or found["title2"]).strip()
    return Classified(Line(item.line.number, title, item.line.raw), LineKind.TEXT)


#: ``80.000 Schnitzel | DOK Leipzig``: a title, a bar, a tag naming a festival.
_FESTIVAL_TAG = re.compile(r"(?P<title>[^|]{2,80}?)\s+\|\s+(?P<tag>[^|]{2,40})")
_WHOLLY_QUOTED = re.compile(r"[\"„“«‘](?P<title>[^\"„“”«»‘’?!]{1,80})[\"“”»’]")


#: Words of a prize or a strand, in a tag after a title and a bar.
_AWARD_OR_STRAND = re.compile(
    r"\b(?:award|prize|preis|leopard|bär|bear|palme|palm|lion|löwe|opener|premiere|focus|"
    r"fokus|competition|wettbewerb|spotlight|retrospe[ck]tive|hommage|tribute)\b",
    re.IGNORECASE,
)
_TAGGED = re.compile(r"^\[(?P<tag>[^\[\]]{1,20})\]\s*(?P<title>\S.{0,80})$")


def _tagged_title(
    items: Sequence[Classified], index: int, sections: Sequence[str]
) -> Classified | None:
    """``[장편경쟁] 그림자들의 섬`` over dated rows: a title tagged with its section, the
    rows under it its screenings."""
    item = items[index]
    found = _TAGGED.match(item.line.text) if item.kind is LineKind.TEXT else None
    if found is None or not is_section_heading(found["tag"], sections):
        return None
    below = next((i for i in items[index + 1 :] if i.kind is not LineKind.BLANK), None)
    if below is None or below.kind is not LineKind.SCHEDULE or not any(c.date for c in below.cells):
        return None
    meta = Meta(section=found["tag"].strip(), signals=1)
    return Classified(item.line, LineKind.INLINE, meta=meta, title=found["title"].strip())


#: ``“Made to be seen on a big screen.”``: a review's words quoted, a sentence of four
#: words or more ending in its full stop inside the quotes.
QUOTED_SENTENCE = re.compile(r"[\"“„«‘](?:\S+\s+){3,}\S+[.][\"”“»’]")


def _quoted_heading(items: Sequence[Classified], index: int) -> bool:
    """A title in quotation marks standing as a paragraph of its own (a news item's
    heading for each film)."""
    item = items[index]
    if item.kind is not LineKind.TEXT or not _WHOLLY_QUOTED.fullmatch(item.line.text):
        return False
    if QUOTED_SENTENCE.fullmatch(item.line.text.strip()):
        return False  # ``“Made to be seen on a big screen.”``: a review's words, no title
    before = index == 0 or items[index - 1].kind is LineKind.BLANK
    after = index + 1 >= len(items) or items[index + 1].kind is LineKind.BLANK
    if item.line.text in {_neighbour(items, index, -1), _neighbour(items, index, 1)}:
        return False  # a news item's headline, printed twice (its page and its share box)
    above = next((i for i in range(index - 1, -1, -1) if items[i].kind is not LineKind.BLANK), None)
    for _ in range(2):
        labelled = _LABELLED_FIELD.fullmatch(items[above].line.text.strip()) if above else None
        if labelled is None or field_only(labelled["value"]) is None:
            break
        # ``Director: Dani Menkin``, ``Documentary: 85 Minutes``, the quotation: a field
        # under a label the reader does not read stands between
        assert above is not None
        above = previous_filled(items, above)
    if above is not None and items[above].kind is LineKind.META:
        return False  # a quotation under a film's fields is its tagline, not the next film
    if above is not None and _MOTTO.search(items[above].line.text):
        return False  # ``21회 서울장애인인권영화제 슬로건`` over ``"열차가 어둠을 헤치고"``
    under = [i for i in items[index + 1 : index + 9] if i.kind is not LineKind.BLANK][:4]
    if any(TITLE_FIELD.match(i.line.text) for i in under):
        return False  # ``"Stray Tales"`` over ``Title: …`` entries: a programme's name
    if any(_REPORTER.fullmatch(i.line.text.strip(" •·")) for i in under[:3]):
        # ``“같이보는 한국다큐멘터리 씨네토크”``, its subtitle, ``용형선 기자``: a news
        # item's headline over its byline
        return False
    if len(under) >= 2 and looks_like_name(under[0].line.text) and under[1].kind is LineKind.PROSE:
        return False  # ``“We have art …”`` over ``Friedrich Nietzsche`` over text: a quotation
    if under and _HOURS_SPAN.search(under[0].line.text):
        # ``11.09.2022 | 12-14 Uhr | "Schreiben gegen das Vergessen" | Johannisplatz``: the
        # hours an event lasts, no film's showing
        return False
    return before and after


#: A heading naming the festival's motto (``… 슬로건``, ``Motto 2023``): the quotation
#: under it is the motto, no film.
_MOTTO = re.compile(r"(?:슬로건|표어|\b(?:slogan|motto|leitmotiv|leitthema)\b)", re.IGNORECASE)


#: A span of whole hours (``12-14 Uhr``, ``10–16 h``): how long an event lasts.
_HOURS_SPAN = re.compile(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\s*(?:uhr|h)\b", re.IGNORECASE)


#: A short label and its value on one line (``Documentary: 85 Minutes``).
_LABELLED_FIELD = re.compile(r"[A-Z][\w ]{0,20}:\s*(?P<value>\S.{0,40})")


#: ``김용남 기자``: a reporter's name, a news item's byline.
KOREAN_BYLINE = re.compile(r"[\uac00-\ud7a3]{2,4}\s*(?:기자|특파원|객원기자|통신원)")
#: A Korean sentence's end, a verb's ``-다.`` or ``-요.`` with its stop.
KOREAN_SENTENCE = re.compile(r"[\uac00-\ud7a3](?:다|요)\.$")
#: A reporter's byline alone on a line (``용형선 기자``, ``By Jane Doe``).
_REPORTER = re.compile(
    KOREAN_BYLINE.pattern + r"|(?i:by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
)


_BYLINE = re.compile(r"^(?:by|von)\s+\S", re.IGNORECASE)


def _byline(items: Sequence[Classified], index: int) -> bool:
    """``By George Kozera`` as a paragraph of its own, naming no other field: an article's
    author, not a film's director (a film's ``by NAME`` stands with its title or fields)."""
    item = items[index]
    meta = item.meta
    if meta is None or not _BYLINE.match(item.line.text) or not _directors_alone(meta):
        return False
    if meta.section or meta.premiere:
        return False
    above = index == 0 or items[index - 1].kind is LineKind.BLANK
    below = index + 1 >= len(items) or items[index + 1].kind is LineKind.BLANK
    dated = (
        index + 1 < len(items)
        and items[index + 1].kind is LineKind.DATE
        and (index + 2 >= len(items) or items[index + 2].kind is LineKind.BLANK)
    )  # ``By Andrew Jeffrey`` over ``March 28, 2023``: the byline and the article's date
    if above and (below or dated):
        return True
    # the same with no blank line around it: the byline right over the article's date
    # alone, with its year (``March 28, 2023``), or over its time of posting
    # (``Published : Oct 24, 2022 - 17:43``)
    under = items[index + 1] if index + 1 < len(items) else None
    if under is None:
        return False
    if _POSTED.match(under.line.text):
        return True
    printed = find_date(under.line.text) if under.kind is LineKind.DATE else None
    return (
        printed is not None
        and printed.year is not None
        and printed.start == 0
        and not under.line.text[printed.end :].strip(" ,.")
    )


#: A news item's time of posting or updating (``Published : Oct 24, 2022 - 17:43``).
_POSTED = re.compile(
    r"^\s*(?:published|posted|updated|veröffentlicht|aktualisiert|입력|수정|등록)\b\s*:?",
    re.IGNORECASE,
)


def _over_contact(items: Sequence[Classified], index: int) -> bool:
    """``Director: Sarah Pike`` over ``Phone: 530-898-6341``: a director naming nothing
    else over a phone or mail line is a series' or an office's, not a film's."""
    meta = items[index].meta
    if meta is None or not _directors_alone(meta) or meta.section or meta.premiere:
        return False
    under = next_filled(items, index)
    return under is not None and _CONTACT.match(items[under].line.text) is not None


#: A contact's line: a phone, a fax or a mail address, labelled.
_CONTACT = re.compile(
    r"\s*(?:phone|tel(?:ephone|efon)?|fax|e-?mail|mail|전화|연락처|이메일)\b\.?\s*:?",
    re.IGNORECASE,
)


def is_inline_block(items: Sequence[Classified], block: Block) -> bool:
    """True for a block that is one line (a film named inline or a quoted heading)."""
    return block.header == [block.title_index]


_ANGLED_TITLE = re.compile(r"(?P<before>[^<>]*)<\s*(?P<title>[^<>]+?)\s*>(?P<after>[^<>]*)")
_HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}")


#: Two sentences on one line (``Check the schedule here! Some examples below.``): no title.
_SENTENCES = re.compile(r"\w[.!?]\s+[A-Z]\w*\s+\w")


_YEAR_LINE = re.compile(r"^\s*(?:19|20)\d{2}\s*$")


def _fields_not_year(text: str) -> bool:
    """True for a line of fields only (``90min``, ``Denmark 2009``), but not a bare year."""
    return field_only(text) is not None and _YEAR_LINE.match(text) is None


#: The separators of a list's entry printed a line each (``Title / Name / 2022 / 23'47``).
_ENTRY_PARTS = re.compile(r"\s*[/|]\s*")


def _sibling_entry(above: str, fields: str) -> bool:
    """True if the line over a line of fields prints as many parts as it, three or more,
    split by slashes or bars, with a year in the same place: an entry of the same list."""
    upper, lower = _ENTRY_PARTS.split(above.strip()), _ENTRY_PARTS.split(fields.strip())
    if len(upper) != len(lower) or len(upper) < 3:
        return False
    return any(
        _YEAR_LINE.match(one) and _YEAR_LINE.match(other)
        for one, other in zip(upper, lower, strict=True)
    )


def _is_date_line(text: str) -> bool:
    return find_date(text) is not None or find_range(text) is not None


def _value_under_label(items: Sequence[Classified], index: int) -> bool:
    """``Language:`` over ``English``: a short label alone on the line over, ending in a
    colon; the line is its value, no title."""
    if index == 0 or items[index - 1].kind is not LineKind.TEXT:
        return False
    above = items[index - 1].line.text.strip()
    return bool(
        FIELD_LABEL.fullmatch(above) or CREW_LABEL.fullmatch(above) or _VALUE_LABEL.fullmatch(above)
    )


#: Labels of a film's facts that the reader does not state (``Language:``, ``Sponsor:``),
#: or the director's, alone on a line over their value. A heading such as ``Feature:``
#: stands over a title, and is none of these.
_VALUE_LABEL = re.compile(
    r"(?:languages?|sprachen?|sponsors?|genre|format|rating|classification|certificate|"
    r"altersfreigabe|subtitles|untertitel|fassung|version|"
    r"directors?|director\(s\)|regie|언어|자막|장르|감독)\s*[:：]",
    re.IGNORECASE,
)


def _labelled_value(text: str) -> bool:
    """``Rating: M - Offensive language``: a label of a fact the reader does not state,
    then its value, on one line: no title."""
    found = _VALUE_LABEL.match(text.strip())
    return found is not None and bool(text.strip()[found.end() :].strip())


#: A link or a button a page prints under an entry (``Weitere Informationen``, ``More
#: info``, ``Download the Flyer``, ``Trailer zum Film``, ``Watch the trailer``, ``예매바로가기``
#: to book, ``첨부파일`` an attachment): no title.
LINK_LINE = re.compile(
    r"(?:weitere\s+informationen|mehr\s+infos?|mehr\s+erfahren|weiterlesen|"
    r"more\s+info(?:rmation)?|read\s+more|learn\s+more|find\s+out\s+more|details|"
    r"(?:(?:watch|view|play|see)\s+(?:the\s+)?|zum\s+|den\s+)?(?:official\s+|offizielle[rn]?\s+)?"
    r"trailer(?:\s+(?:zum|des)\s+films?|\s+(?:for|of|to)\s+the\s+film)?"
    r"(?:\s+(?:ansehen|anschauen|abspielen|here|hier|now))?|예고편(?:\s*보기)?|"
    r"tickets?|book\s+(?:now|tickets?)|(?:buy|get)\s+tickets?|"
    r"자세히\s*보기|더\s*보기|예매\s*바로가기|예매하기|바로가기|첨부\s*파일|"
    r"download(?:\s+the)?(?:\s+(?:flyer|brochure|programme|program|pdf|schedule))?|"
    r"(?:flyer|programm|broschüre)\s+herunterladen)\s*[.:!»›>…]*",
    re.IGNORECASE,
)


#: ``Familienprogramm``, ``Kurzfilmprogramm``: one German word naming a programme of the
#: page (a family's, short films'), no film's title.
PROGRAMME_COMPOUND = re.compile(r"[A-ZÄÖÜ][a-zäöüß-]+programme?", re.IGNORECASE)


#: ``… International Film Festival``, ``… 영화제 2019``: a line ending in a festival's name.
_ENDS_IN_FESTIVAL = re.compile(
    r"(?:영화제|festival|filmfest|film\s*fest)\s*(?:(?:19|20)\d{2})?$", re.IGNORECASE
)


def _pick_title(
    items: Sequence[Classified],
    texts: list[int],
    sections: Sequence[str],
    credited: Sequence[str] = (),
) -> int | None:
    """The title among the short lines over a header's fields: the nearest that is no
    section heading, date or name under a title; with the line over it when the two
    stand alone (a title and its original title)."""
    # a line printed again right over or under itself is an image's caption or credit
    repeated = {
        i
        for i in texts
        if items[i].line.text in {_neighbour(items, i, -1), _neighbour(items, i, 1)}
    }
    links = [i for i in texts if LINK_LINE.fullmatch(items[i].line.text.strip())]
    candidates = [
        i
        for i in texts
        if i not in repeated
        and i not in links
        and not _value_under_label(items, i)
        and not _labelled_value(items[i].line.text)
        and not is_section_heading(items[i].line.text, sections)
        and not _names_a_label(items[i].line.text, sections)
        and not PROGRAMME_COMPOUND.fullmatch(items[i].line.text.strip())
        and not _is_date_line(items[i].line.text)
        and _SENTENCES.search(items[i].line.text) is None
        and not _fields_not_year(items[i].line.text)
        and not _venue_under_row(items, i)
        and not _name_over_its_latin(items, i)
    ]
    # a bare year (``1985``) may be a title, but not over a title that is no year
    candidates = [i for i in candidates if not _YEAR_LINE.match(items[i].line.text)] or candidates
    if not candidates or _name_in_two_scripts(items[candidates[-1]].line.text):
        # (``태준식 TAE Jun-seek`` right over the fields: the director's name, and the
        # title over it not sure)
        return None
    if any(a < link < b for link in links for a, b in pairwise(candidates)):
        # ``Film am Freitag: M.C. Escher …``, ``Weitere Informationen``, ``Deutschstunde``,
        # ``Weitere Informationen``, the fields: a list of entries, each with its link;
        # whose fields follow is not sure
        return None
    nearest = candidates[-1]
    nearest_text = items[nearest].line.text.strip()
    if len(candidates) >= 2 and looks_like_name(nearest_text) and _HOUSE_WORD.search(nearest_text):
        return None  # ``Penínsulas 1``, ``Salón Teatro``, the length: a programme's house
    if len(candidates) >= 2 and looks_like_name(nearest_text):
        upper = items[candidates[-2]].line.text
        if credited and nearest_text not in credited and not in_capitals(upper):
            # ``Ein Film für Rita`` over ``Signers Koffer`` over ``von Peter Liechti``:
            # the fields credit another director, so the name-shaped line may be the
            # title, or a producer's name under it; which, is not sure. A title in
            # capitals over it is the title (``HUEVOS DE ORO``, ``Golden Balls``)
            return None
        return candidates[-2]  # Title, then the director's name, then the fields
    before = nearest - 1
    if (
        before in candidates
        and _HANGUL.search(items[before].line.text)
        and not re.search(r"[A-Za-z]", items[before].line.text)
        and not _HANGUL.search(nearest_text)
        and re.search(r"[A-Za-z]", nearest_text)
    ):
        # ``컨버세이션`` over ``Conversation`` over the fields: a Korean title over its
        # English one, whatever stands over them
        return before
    if before in candidates and TWO_SCRIPTS.match(nearest_text):
        # ``기프 신작전AP`` over ``하루에 만난 사계절Four Seasons in a Day``: the line under
        # holds a title and its other title itself; the line over is a strand's
        return nearest
    if before in candidates:
        above = items[before - 1] if before > 0 else None
        if (
            above is None
            or above.kind in (LineKind.BLANK, LineKind.HEADING)
            or (is_section_heading(above.line.text, sections))
        ):
            upper = items[before].line.text.strip()
            if upper[:1].islower():
                # ``also screening:`` over the title: a label. ``a one-month-long journey
                # through European documentary films`` over ``Opening Ceremony Fedok +
                # Forman vs. Forman``, ``top of page`` over a headline: a line in small
                # letters opening its paragraph is no title, and the line under it may be
                # none either
                return nearest if upper.endswith(":") else None
            if _ENDS_IN_FESTIVAL.search(upper):
                # ``Anchorage International Film Festival`` over ``Alaska, Far and Away``
                # over the fields: the page's festival over the title, no title of its own
                return nearest
            if in_capitals(items[nearest].line.text) and not in_capitals(items[before].line.text):
                # ``Dokumentarfilme International`` over ``DEMINERS`` over the fields: a
                # strand's name over a title printed in capitals, as titles are
                return nearest
            if all(
                _HANGUL.search(t) and not re.search(r"[A-Za-z]", re.sub(r"\([^()]*\)", "", t))
                for t in (upper, nearest_text)
            ):
                # ``교육권`` over ``어른이되면(GV)`` over the fields: two Korean lines (a tag
                # in parentheses aside), no title and its other title in another language;
                # a section's name over the title, or a title over its subtitle? Not sure:
                # neither is read
                return None
            return before  # Title, then its original title, then the fields
    return nearest


def _name_over_its_latin(items: Sequence[Classified], index: int) -> bool:
    """``허우 샤오시엔`` over ``(Hou Hsiao-Hsien)/Taiwan``: a name in Hangul over the same
    name in Latin letters in parentheses is a person's, not a title."""
    below = items[index + 1].line.text if index + 1 < len(items) else ""
    latin = re.match(r"^\((?P<name>[^()]{3,60})\)", below.strip())
    return (
        latin is not None
        and looks_like_name(latin["name"])
        and re.search(r"[\uac00-\ud7a3]", items[index].line.text) is not None
    )


def _venue_under_row(items: Sequence[Classified], index: int) -> bool:
    """``VELIKA DVORANA HKD / THE BIG HALL`` right under ``WEDNESDAY, 5th September 2018.
    18 p.m.``: a line ending in a word of theatres under a dated row (blank lines between
    or not) is the row's venue."""
    over = previous_filled(items, index)
    above = items[over] if over is not None else None
    text = items[index].line.text
    return (
        above is not None
        and above.kind in (LineKind.SCHEDULE, LineKind.DATE)
        and (
            _ENDS_IN_VENUE.search(text) is not None
            or _PLACE_THEN_TOWN.search(text) is not None
            # ``Luxor-Kino Wiesloch-Walldorf`` under ``Filmclub 7. Januar 2016, 20.00 Uhr,``
            or (above.line.text.rstrip().endswith(",") and NAMES_A_VENUE.search(text) is not None)
            # ``Canadian Museum of Immigration at Pier 21`` under ``APRIL 17TH, 2024 -
            # 6:30PM``: a house named under a row that names none
            or (
                # the house's word capitalised, as in a name (``Dajla: cinema and
                # oblivion`` is a title)
                any(
                    m.group(0)[:1].isupper()
                    for m in (*NAMES_A_VENUE.finditer(text), *_INSTITUTION.finditer(text))
                )
                and above.kind is LineKind.SCHEDULE
                and bool(above.cells)
                and not any(c.venue for c in above.cells)
            )
        )
    )


#: A house that shows films now and then (``Canadian Museum of Immigration at Pier 21``).
_INSTITUTION = re.compile(
    r"\b(?:museum|library|gallery|church|university|college|arts\s+centre)\b", re.IGNORECASE
)
_ENDS_IN_VENUE = re.compile(r"\b" + VENUE_WORDS + r"\s*\d{0,2}$", re.IGNORECASE)
#: ``Trinity United Church of Christ, Chicago``, ``Thatcher Woods Pavilion, River
#: Forest``: a place of gathering, a comma, its town.
_PLACE_THEN_TOWN = re.compile(
    r"\b(?:" + VENUE_WORDS[3:-1] + r"|church|pavilion|parish|library|branch|school|museum|"
    r"gallery|auditorium|university|college|club|house|studio|arena)\b[^,]*,\s*"
    r"[A-Z][\w.'’ -]{2,30}$",
    re.IGNORECASE,
)


def _neighbour(items: Sequence[Classified], index: int, step: int) -> str | None:
    """The text of the nearest line above (``step`` -1) or under (1) that is not blank."""
    index += step
    while 0 <= index < len(items) and items[index].kind is LineKind.BLANK:
        index += step
    return items[index].line.text if 0 <= index < len(items) else None


#: A label the page prints over a film's fields (``Information``, ``Details``).
LABEL_OVER_FIELDS = re.compile(
    r"(?:information|informationen|infos?|details|film\s*info(?:rmation(?:en)?)?|"
    r"film\s*details|filminfos?|작품\s*정보|영화\s*정보)\s*:?",
    re.I,
)


def _rows_over(items: Sequence[Classified], top: int) -> tuple[int, list[int]] | None:
    """A title line standing over schedule rows that stand over the fields: right over
    them, or as paragraphs of their own (``Title``, blank, ``Venue, Monday 16 September,
    7:00pm``, blank, ``Director: NAME``), the title then a paragraph of its own too."""
    rows: list[int] = []
    index = top - 1
    if (
        index >= 0
        and items[index].kind is LineKind.HEADING
        and LABEL_OVER_FIELDS.fullmatch(items[index].line.text.strip())
    ):
        index -= 1  # ``Information`` over the fields: a label of the page's, not a film's
    spaced = False
    while index >= 0 and items[index].kind is LineKind.BLANK:
        spaced = True
        index -= 1
    at_title = _own_title_at_venue(items, index)
    if at_title is not None:
        index -= 1  # ``Fig Tree @ Cafritz Hall`` under the row: its venue, the title over it
    while index >= 0 and items[index].kind in (LineKind.SCHEDULE, LineKind.BLANK, LineKind.DATE):
        if items[index].kind is LineKind.BLANK:
            spaced = True
        else:
            rows.insert(0, index)  # ``Samstag, 7. März 2020`` over ``19:30 Uhr | Kinosaal``
        index -= 1
    if not any(items[i].kind is LineKind.SCHEDULE for i in rows):
        return None
    if items[rows[-1]].kind is LineKind.DATE:
        return None  # a day under the rows is the next rows', not these
    if any(
        items[a].kind is LineKind.DATE and items[b].kind is LineKind.SCHEDULE and items[b].title
        for a, b in pairwise(rows)
    ):
        # ``LIGHTSCHOOL SATURDAY DOCUMENTARY AT …``, ``DAY 1 | AUGUST 21, 2021``, ``A Northern
        # Soul | [02:30pm to 04:00pm]``, each a paragraph: a day over a row naming its film
        # opens that film's entry; the line over the day is the page's heading
        return None
    if index < 0 or items[index].kind is not LineKind.TEXT:
        return None
    if at_title is not None and items[index].line.text.strip() != at_title:
        return None  # a line naming another title and a venue under the rows: whose?
    if FILE_NAME.match(items[index].line.text) and index > 0:
        # ``FOREST CITY``, blank, ``Forest City - A doc.jpg``, blank, the row: the picture's
        # file name stands between the title and its rows
        picture = index
        index -= 1
        while index >= 0 and items[index].kind is LineKind.BLANK:
            index -= 1
        if index == picture - 1 or index < 0 or items[index].kind is not LineKind.TEXT:
            return None
        spaced = True
    if _is_date_line(items[index].line.text):
        return None
    if looks_like_name(items[index].line.text) and not _fields_name_another(
        items, top, items[index].line.text
    ):
        # a name over the rows may be the director's; fields naming another director make
        # it the title (``Worlds Apart``, the day, its times, ``Regie: NAME``)
        return None
    if KOREAN_SENTENCE.search(items[index].line.text.strip()):
        # ``"보통 슈퍼우먼"이라는 주제로 … 상영 시간은 아래와 같다.`` over the days: a
        # sentence leading into the timetable, no title (nor its quotation)
        return None
    if spaced and index > 0 and items[index - 1].kind not in (LineKind.BLANK, LineKind.HEADING):
        return None  # the last line of a paragraph is no title
    over = next((i for i in range(index - 1, -1, -1) if items[i].kind is not LineKind.BLANK), None)
    if over is not None and items[over].kind is LineKind.SCHEDULE:
        # ``KÖLN``, a row, ``BRÜHL``, a row: a line between rows labels them (a city, a
        # day); the film whose rows they are stands further up
        return None
    return index, rows


def _fields_name_another(items: Sequence[Classified], top: int, text: str) -> bool:
    """True when the run of fields from ``top`` names a director, and not ``text``."""
    names: list[str] = []
    index = top
    while index < len(items) and items[index].kind is LineKind.META:
        meta = items[index].meta
        names.extend(meta.directors if meta else ())
        index += 1
    folded = text.strip().casefold()
    return bool(names) and all(name.casefold() != folded for name in names)


#: ``Fig Tree @ Cafritz Hall``: a title, then ``@`` and the house it is shown in.
_TITLE_AT_VENUE = re.compile(r"(?P<title>\S.{0,80}?)\s+@\s+(?P<venue>[A-ZÀ-Þ].{1,60})")


def _own_title_at_venue(items: Sequence[Classified], index: int) -> str | None:
    """The title of a line ``Title @ Venue`` right under a schedule row (an events
    calendar prints each event's title over its row, then title and house), or None."""
    if index < 1 or items[index].kind is not LineKind.TEXT:
        return None
    found = _TITLE_AT_VENUE.fullmatch(items[index].line.text.strip())
    if found is None or items[index - 1].kind not in (LineKind.SCHEDULE, LineKind.DATE):
        return None
    return found["title"]


def _caps_title_over_synopsis(
    items: Sequence[Classified], top: int, sections: Sequence[str]
) -> int | None:
    """``TITLE``, [a section line,] one synopsis paragraph, then the fields (a festival's
    film list): the title is the last line in capitals of the short lines right over the
    synopsis. None unless exactly one prose line stands between and a line in capitals
    that is no section, date or field is over it."""
    prose = top - 1
    if prose < 1 or items[prose].kind is not LineKind.PROSE:
        return None
    first = _run_above(items, prose, _TEXT_KINDS)
    for index in range(prose - 1, first - 1, -1):
        text = items[index].line.text
        if (
            items[index].kind is LineKind.TEXT
            and in_capitals(text)
            and not is_section_heading(text, sections)
            and not _is_date_line(text)
            and field_only(text) is None
        ):
            between = [items[i].line.text for i in range(index + 1, prose)]
            if all(_strand_line(t) for t in between):
                return index
            return None  # ``SECTION``, ``Title``: which is the title is not sure
    return _headline_over_synopsis(items, prose, sections)


def _fields_over_titles(items: Sequence[Classified]) -> bool:
    """Whether the page prints each entry's fields over its title: its first line of
    fields stands under running text with no title over that text, and over a title and
    its synopsis (``Tristan Thil | France, 2021, 12:12``, ``Animated discussions …``, the
    synopsis). On such a page a title over a synopsis over fields is not that film's."""
    first = next(
        (
            i
            for i, item in enumerate(items)
            if item.kind is LineKind.META and item.meta is not None and item.meta.signals >= 2
        ),
        None,
    )
    if first is None:
        return False
    over, under = previous_filled(items, first), next_filled(items, first)
    if over is None or under is None or items[over].kind is not LineKind.PROSE:
        return False
    above = previous_filled(items, over)
    if above is not None and items[above].kind is LineKind.TEXT:
        return False  # a title over the synopsis over the fields
    after = next_filled(items, under)
    return (
        items[under].kind is LineKind.TEXT
        and after is not None
        and items[after].kind is LineKind.PROSE
    )


def _headline_over_synopsis(
    items: Sequence[Classified], prose: int, sections: Sequence[str]
) -> int | None:
    """``Freedom Fields`` (under a day line, or a list's bullet), one synopsis line, the
    fields: a title written as one right over the synopsis, opening its own entry (after a
    blank, a date, a row, a heading, another film's fields, or its own bullet)."""
    over = prose - 1
    if over < 0 or items[over].kind is not LineKind.TEXT:
        return None
    bulleted = _bulleted(items[over])
    text = items[over].line.text.strip().lstrip("•▪◦· ")
    opens = over == 0 or bulleted or items[over - 1].kind in _ENTRY_BOUNDARIES
    if not opens or len(text) > 80 or not is_headline(text) or looks_like_name(text):
        return None
    if is_section_heading(text, sections) or _is_date_line(text) or field_only(text):
        return None
    if _venue_under_row(items, over):
        return None  # ``Trinity United Church of Christ, Chicago`` under a row: its venue
    row = items[over - 1] if over > 0 else None
    if row is not None and row.kind is LineKind.SCHEDULE and not row.title:
        if NAMES_A_VENUE.search(text):
            return None  # ``7:30pm``, ``Firehouse Center for the Arts``: the row's venue
        titled = items[over - 2] if over > 1 else None
        if titled is not None and titled.kind is LineKind.TEXT and in_capitals(titled.line.text):
            # ``A PHOTOGRAPHIC MEMORY``, its row, ``The Screening Room``: a title in
            # capitals over the row; the line under it is its venue, or the title is not
            # sure
            return None
    return over


#: What may stand right over a title opening an entry.
_ENTRY_BOUNDARIES = (
    LineKind.BLANK,
    LineKind.DATE,
    LineKind.SCHEDULE,
    LineKind.HEADING,
    LineKind.META,
)


#: A word naming a programme strand anywhere in a line (``Wettbewerb Bild-Kunst …``).
_STRAND_WORD = re.compile(
    r"\b(?:competition|wettbewerb|section|sektion|reihe|strand|focus|fokus|retrospective|"
    r"retrospektive|special|spotlight|panorama|forum|gastland|hommage)\b",
    re.IGNORECASE,
)


def _strand_line(text: str) -> bool:
    """A line under a title in capitals that is no other title: it names a strand, or it
    opens in small letters (a tag such as ``bvft Werkstattgespräch``)."""
    return _STRAND_WORD.search(text) is not None or text[:1].islower()


def _director_line_of_above(items: Sequence[Classified], index: int, top: int) -> bool:
    """A line naming only directors right under the fields of a film that names none (one
    short line between): the same film's director, not a new film's fields."""
    above = top - 1
    if not _directors_alone(items[index].meta):
        return False
    if index - top > 1 or above < 0 or items[above].kind is not LineKind.META:
        return False
    fields = items[above].meta
    return fields is not None and not fields.directors


def _credited(items: Sequence[Classified], header: Sequence[int]) -> list[str]:
    """The directors the fields of a header credit."""
    return [n for m in (items[i].meta for i in header) if m for n in m.directors]


def _spaced_director_line_of_above(
    items: Sequence[Classified], index: int, taken: set[int]
) -> bool:
    """:func:`_director_line_of_above` with a blank line between every two lines: the
    directors a paragraph under a short line a paragraph under another film's fields."""
    if not _directors_alone(items[index].meta):
        return False
    line = previous_filled(items, index)
    if line is None or items[line].kind is not LineKind.TEXT or len(items[line].line.text) > 60:
        return False
    fields = previous_filled(items, line)
    above = items[fields].meta if fields is not None else None
    return (
        fields in taken
        and items[fields].kind is LineKind.META
        and above is not None
        and not above.directors
    )


def _directors_alone(meta: Meta | None) -> bool:
    """Fields naming directors and no country, year or runtime (``Director: NAME``)."""
    return (
        meta is not None
        and bool(meta.directors)
        and not (meta.countries or meta.year or meta.runtime)
    )


def _title_over_day(
    items: Sequence[Classified], top: int, sections: Sequence[str], labelled: bool
) -> int | None:
    """The title right over a day line right over the fields (no blank between), standing
    first in its paragraph or after the film above's synopsis; a name-shaped title only
    over a labelled director (else the line may be the director's name)."""
    day, title = top - 1, top - 2
    if title < 0 or items[day].kind is not LineKind.DATE or items[title].kind is not LineKind.TEXT:
        return None
    text = items[title].line.text.strip()
    if is_section_heading(text, sections) or find_date(text) is not None or len(text) > 80:
        return None
    if looks_like_name(text) and not labelled:
        return None
    if title > 0 and items[title - 1].kind not in (
        LineKind.BLANK,
        LineKind.PROSE,
        LineKind.HEADING,
    ):
        return None
    return title


def _drop_titles_after_untitled(items: Sequence[Classified], blocks: list[Block]) -> list[Block]:
    """The blocks whose title is sure. On a page whose first entry's fields have no title
    over them, a title standing apart right under the synopsis of such an entry
    (``2019 | Documentary | 4min``, its synopsis, ``Nature Now``, the next fields) may be
    that entry's title printed under it, as some pages print titles under their pictures:
    whose it is, is not sure, and neither is read. A title with its director's name
    between it and the fields (``The Splint``, ``Mehdi Sedighi``, the fields) is kept.
    """
    headed = {i for block in blocks for i in block.header}
    first = min((b.title_index for b in blocks), default=len(items))
    untitled = [
        i
        for i in range(first)
        if items[i].kind is LineKind.META and (i == 0 or items[i - 1].kind is LineKind.BLANK)
    ]
    if not untitled or any(i in headed for i in untitled):
        return blocks
    kept = []
    for block in blocks:
        title = block.title_index
        above = previous_filled(items, title)
        if above is None or items[above].kind is not LineKind.PROSE:
            kept.append(block)
            continue
        entry = above  # the line the synopsis over the title stands under
        while entry >= 0 and items[entry].kind in (LineKind.PROSE, LineKind.BLANK):
            entry -= 1
        under = next_filled(items, title)
        if (
            above < title - 1  # a blank line between synopsis and title, and one under it
            and items[title + 1].kind is LineKind.BLANK
            and under is not None
            and items[under].kind is LineKind.META
            and entry >= 0
            and items[entry].kind is LineKind.META
            and entry not in headed
        ):
            continue
        kept.append(block)
    return kept


def _drop_lone_names(items: Sequence[Classified], blocks: list[Block]) -> list[Block]:
    """Blocks without a lone name for title where the page prints its films' titles over
    their directors' names over the fields: a name right over the fields, under another
    film's synopsis, is then a director whose title the page lost, and is not read."""

    def plain_name(index: int) -> bool:
        return items[index].kind is LineKind.TEXT and _plain_name(items[index].line.text)

    def under(index: int) -> int:
        found = next_filled(items, index)
        return len(items) if found is None else found

    over_names = sum(
        1
        for b in blocks
        if under(b.title_index) < len(items)
        and plain_name(under(b.title_index))
        and _unlabelled_fields(items, under(under(b.title_index)))
    )
    # ``Wild Flower``, ``Fathia Bazi``, the fields, each a paragraph: not guessed
    blocks = [b for b in blocks if not _name_under_name(items, b.title_index, under(b.title_index))]
    if over_names < 2:
        return blocks
    return [
        b
        for b in blocks
        # ``Roberto Manhães Reis, Viola Scheuerer`` over the fields, the page's blank lines
        # lost: the makers of a film whose title stands higher, no title
        if not (
            _names_list(items[b.title_index]) and _unlabelled_fields(items, under(b.title_index))
        )
        and not (
            plain_name(b.title_index)
            and _unlabelled_fields(items, under(b.title_index))
            and (above := previous_filled(items, b.title_index)) is not None
            and (
                items[above].kind in (LineKind.PROSE, LineKind.SCHEDULE, LineKind.DATE)
                # ``Untitled design (1).png``, or a venue under a row, over the name: no
                # title stands over it either
                or FILE_NAME.match(items[above].line.text) is not None
                or _venue_under_row(items, above)
            )
        )
    ]


def _unlabelled_fields(items: Sequence[Classified], index: int) -> bool:
    """True for a line of fields (the line ``index``, if the page has it) naming no
    director."""
    if index >= len(items):
        return False
    meta = items[index].meta
    return items[index].kind is LineKind.META and not (meta and meta.directors)


def _name_under_name(items: Sequence[Classified], title: int, fields: int) -> bool:
    """``Wild Flower``, ``Fathia Bazi``, the fields, each a paragraph: two name-shaped lines,
    the lower a paragraph over unlabelled fields, the upper a paragraph of its own under a
    synopsis or a row. Which is the title and which the director's name is not sure."""
    if not (
        fields > title + 1 and _unlabelled_fields(items, fields) and _lone_plain_name(items, title)
    ):
        return False
    above = previous_filled(items, title)
    if above is None or not _lone_plain_name(items, above):
        return False
    higher = previous_filled(items, above)
    return higher is None or items[higher].kind in (
        LineKind.PROSE,
        LineKind.SCHEDULE,
        LineKind.DATE,
        LineKind.HEADING,
    )


def _lone_plain_name(items: Sequence[Classified], index: int) -> bool:
    """A line that is a name and nothing else (``Franziska Pflaum``, two or three words),
    standing a paragraph of its own."""
    text = items[index].line.text
    return (
        _plain_name(text)
        and not _HOUSE_WORD.search(text)
        and (index == 0 or items[index - 1].kind is LineKind.BLANK)
        and (index + 1 >= len(items) or items[index + 1].kind is LineKind.BLANK)
    )


def _name_line_under_title(items: Sequence[Classified], text_index: int) -> bool:
    """True if the only short line over the fields is a name with a blank line above it."""
    if not looks_like_name(items[text_index].line.text):
        return False
    return text_index >= 2 and items[text_index - 1].kind is LineKind.BLANK


def _names_list(item: Classified) -> bool:
    """A line of two names or more and nothing else (``A, B, C``, ``A und B``)."""
    names = split_names(item.line.text)
    return len(names) >= 2 and all(looks_like_name(n) for n in names)


def _title_over_rows_over_name(
    items: Sequence[Classified], name: int
) -> tuple[int, list[int]] | None:
    """The title and its rows standing over a lone name, each a paragraph (blank lines
    between): a title line, rows of a day and a time printing no title, the name."""
    if not _plain_name(items[name].line.text):
        return None
    rows: list[int] = []
    index = previous_filled(items, name)
    while index is not None and items[index].kind in (LineKind.SCHEDULE, LineKind.DATE):
        if items[index].title:
            return None
        rows.insert(0, index)
        index = previous_filled(items, index)
    if not any(items[i].kind is LineKind.SCHEDULE for i in rows) or index is None:
        return None
    title = items[index].line.text.strip()
    if items[index].kind is not LineKind.TEXT or looks_like_name(title) or len(title) > 100:
        return None
    return index, rows


def _caps_title_over_synopsis_over_name(
    items: Sequence[Classified], name: int, *, spaced: bool = False
) -> int | None:
    """The title in capitals over a synopsis paragraph over a line of names right over
    the fields (no blank line between any two, or, ``spaced``, one or more between every
    two); None for another shape."""
    text = items[name].line.text.strip()
    names = split_names(text)
    if not names or not all(looks_like_name(n) for n in names) or _HOUSE_WORD.search(text):
        return None
    step = previous_filled if spaced else (lambda _items, i: i - 1 if i > 0 else None)
    index = step(items, name)
    if index is None or items[index].kind is not LineKind.PROSE:
        return None
    while index is not None and items[index].kind is LineKind.PROSE:
        index = step(items, index)
    if index is None or items[index].kind is not LineKind.TEXT:
        return None
    title = items[index].line.text.strip()
    if not in_capitals(title) or text.isupper() or prints_date_or_time(title):
        return None  # a title in capitals over a name that is not (``LOCKED OUTSIDE``)
    return index


def _title_over_name(items: Sequence[Classified], name: int, sections: Sequence[str]) -> int | None:
    """The title standing a paragraph over a lone name that stands a paragraph over the
    fields, or None if the line over the fields is no name or nothing stands over it."""
    text = items[name].line.text.strip()
    if not _plain_name(text):
        return None
    if _HOUSE_WORD.search(text):
        return None  # ``Penínsulas 1``, ``Salón Teatro``, the length: a programme's house
    over = _title_above(items, name, sections)
    if over is None:
        return None
    over_text = items[over].line.text.strip()
    if looks_like_name(over_text) and not (over_text.isupper() and not text.isupper()):
        return None  # two names, unless the upper is in capitals as titles are printed
    # (``DIE MISSION DER LIFELINE`` over ``Markus Weinberg``)
    if _run_above(items, over, _TEXT_KINDS) != over or (
        over + 1 < name and any(items[i].kind is not LineKind.BLANK for i in range(over + 1, name))
    ):
        return None  # the title stands alone in its paragraph
    return over


#: A word naming a house for films, in the languages of the corpus (``Salón Teatro``).
_HOUSE_WORD = re.compile(
    r"\b(?:teatro|theat(?:re|er)|cinema|cinéma|cine|kino|salón|salle|auditorium|auditorio)\b",
    re.IGNORECASE,
)
#: A name and nothing else: two or three words, each capitalised (``Sebastian Junger``).
_PLAIN_NAME = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?: [A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,2}")


def _name_in_two_scripts(text: str) -> bool:
    """``태준식 TAE Jun-seek``: a Korean name in Hangul, then in Latin letters (a foreign
    name in Hangul is not told from a title in two languages: ``말과 함께 Horse Tamer``)."""
    found = re.fullmatch(r"(?P<hangul>[\uac00-\ud7a3]{2,4})\s+(?P<latin>[A-Z].*)", text.strip())
    return (
        found is not None
        and korean_name(found["hangul"])
        and one_name_two_scripts(found["hangul"], found["latin"])
    )


def _plain_name(text: str) -> bool:
    """A person's name and nothing else (:data:`_PLAIN_NAME`, and a name's shape)."""
    text = text.strip()
    return looks_like_name(text) and _PLAIN_NAME.fullmatch(text) is not None


def _short_paragraph_over(items: Sequence[Classified], first: int) -> bool:
    """True when the paragraph over ``first`` (after one blank) is one short line."""
    if first < 2 or items[first - 1].kind is not LineKind.BLANK:
        return False
    over = items[first - 2]
    return (
        over.kind is LineKind.TEXT
        and len(over.line.text) <= 60
        and (first < 3 or items[first - 3].kind is LineKind.BLANK)
    )


def _bulleted(item: Classified) -> bool:
    """True for a line opening with a list's bullet (``• 2018``)."""
    return item.line.raw.lstrip()[:1] in ("•", "▪", "◦", "·")


#: What ends the entry above a line printed twice (its row, its fields or its synopsis).
_OVER_COPIES = (LineKind.SCHEDULE, LineKind.PROSE, LineKind.META)


def _title_above(items: Sequence[Classified], top: int, sections: Sequence[str]) -> int | None:
    """The title of a header with no title of its own: a short line just above the blank."""
    index = top - 1
    while index >= 0 and items[index].kind is LineKind.BLANK:
        index -= 1
    if index < 0 or index == top - 1 or items[index].kind not in _TEXT_KINDS:
        return None
    while (
        (_labelled_value(items[index].line.text) or FILE_NAME.match(items[index].line.text))
        and index > 0
        and items[index - 1].kind is LineKind.BLANK
    ):
        # ``Thelma``, blank, ``Rating: M - Offensive language``, blank, the runtime: a
        # field the reader does not state, a paragraph of its own between title and fields;
        # ``FOREST CITY``, blank, ``Forest City - A doc.jpg``: a picture's file name
        index -= 1
        while index >= 0 and items[index].kind is LineKind.BLANK:
            index -= 1
        if index < 0 or items[index].kind not in _TEXT_KINDS:
            return None
    copy = items[index].line.text
    if _neighbour(items, index, -1) == copy:
        # an image's credit printed once per picture: the title stands over the copies
        lowest = index
        while index >= 0 and (
            items[index].kind is LineKind.BLANK or items[index].line.text == copy
        ):
            index -= 1
        over = items[index].kind if index >= 0 else None
        if over in _OVER_COPIES and (
            not looks_like_name(copy) or _fields_name_another(items, top, copy)
        ):
            # ``Fish Point`` twice (a picture's caption and a heading) under the programme's
            # row, or the fields or synopsis of the film above: no line stands over the
            # copies, so they are the title printed twice
            index = lowest
        elif over not in _TEXT_KINDS:
            return None
    first = _run_above(items, index, _TEXT_KINDS)
    texts = [i for i in range(first, index + 1) if items[i].kind is LineKind.TEXT]
    if not texts or len(texts) > 2 or is_section_heading(items[texts[0]].line.text, sections):
        return None
    candidate = items[texts[0]].line.text
    if find_date(candidate) is not None or find_range(candidate) is not None:
        return None  # a date line over a header is no title
    if len(texts) == 1 and _HOUSE_WORD.search(candidate) and _short_paragraph_over(items, first):
        # ``Penínsulas 1``, ``Salón Teatro``, ``Length: 82m 02s``: a programme, its house
        # and its length; a title with such a word (``Cinema Paradiso``) under another
        # short line is not sure either
        return None
    if (
        len(texts) == 1
        and looks_like_name(candidate)
        and _short_paragraph_over(items, first)
        and _short_paragraph_over(items, first - 2)
        and not (items[first - 2].line.text.isupper() and not candidate.isupper())
        and not ((top_meta := items[top].meta) is not None and top_meta.directors)
    ):
        # ``Urpean Lurra``, ``Land Underwater``, ``Maddi Barber``, the fields: a name under
        # a title and its translation is the director's, or the last is a title shaped
        # like a name? Not sure: neither (a title in capitals over the name is the title;
        # fields that name the director make the line over them the title)
        return None
    if (
        len(texts) == 1
        and looks_like_name(candidate)
        and _short_paragraph_over(items, first)
        and _fields_not_year(items[first - 2].line.text)
    ):
        # ``After Winter, Spring 2013``, ``74 min.``, ``McNabb Connolly``, ``Director: …``,
        # each a paragraph: a name under a paragraph of fields stands among a film's
        # fields (its producer's or company's), whether it is the next film's title is
        # not sure
        return None
    if _venue_under_row(items, texts[0]) or _name_over_its_latin(items, texts[0]):
        return None
    if _name_in_two_scripts(candidate):
        return None  # ``태준식 TAE Jun-seek`` over the fields: the director's name, no title
    if _bulleted(items[texts[0]]) and _bulleted(items[top]):
        # ``• 발레리오 미엘리``, ``• Italy,France``, ``• 2018``, each a paragraph: an item of
        # the fields' list (the director's), no title
        return None
    if _labelled_value(candidate):
        return None  # ``Rating: M - Offensive language`` over the runtime: a field, no title
    if first > 0 and items[first - 1].kind not in (
        LineKind.BLANK,
        LineKind.SCHEDULE,
        LineKind.DATE,
    ):
        return None
    return texts[0]


def read_block(
    items: Sequence[Classified],
    block: Block,
    *,
    sections: Sequence[str],
    venue: str | None,
    unused: list[Note],
    ambiguous: list[Note],
    running: PrintedDate | None = None,
) -> tuple[FilmRecord, list[int]]:
    """Read one block's header into a film record; ``running`` is the day a line over the
    block prints (``Samstag, 05.09.``), the day of a time on the title's line.

    Returns:
        The film and the indexes of the lines of the block left to read (after the header).
    """
    head = items[block.title_index]
    titled = head.kind in (LineKind.INLINE, LineKind.SCHEDULE) and head.title
    printed = head.title if titled and head.title else head.line.text
    tag = _FESTIVAL_TAG.fullmatch(printed.strip()) if head.kind is LineKind.TEXT else None
    if tag is not None and (
        FESTIVAL_WORD.search(tag["tag"]) or _AWARD_OR_STRAND.search(tag["tag"])
    ):
        # ``80.000 Schnitzel | DOK Leipzig``: where it was shown before; ``Vitalina Varela |
        # Goldener Leopard Locarno``, ``Cavalcade | Short Eye Opener``: its prize, its strand
        printed = tag["title"]
    # ``SWEEPING YEREVAN (Armenia) – 54 mins [U]``: the title line goes on with fields
    trailing = (
        fields_after_title(printed)
        if head.kind is LineKind.TEXT or (head.kind is LineKind.SCHEDULE and titled)
        else None
    )
    if trailing is not None:
        printed = trailing[0]
    dashed = split_title_director(printed) if head.kind is not LineKind.INLINE else None
    if dashed and _labelled_elsewhere(items, block, dashed[1]):
        # ``Ein verborgenes Leben - A Hidden Life`` over ``USA/D 2019, Regie: Terrence
        # Malick``: the fields name the director, so the part after the dash is a title
        dashed = None
    angled = _ANGLED_TITLE.fullmatch(printed.strip()) if not dashed else None
    if angled is not None:
        # ``경쟁단편1 <종이접기 튜토리얼> 최희현``: slot, <title>, director
        printed = angled["title"]
        after = angled["after"].strip()
        if after and (looks_like_name(after) or _HANGUL_NAME.fullmatch(after)):
            dashed = (printed, (after,))
    title, original = split_title(dashed[0] if dashed else printed)
    film = FilmRecord(title=title, line=head.line.number, original_title=original or head.other)
    for name in dashed[1] if dashed else ():
        film.directors.append((name, head.line.number))
    if trailing is not None:
        apply_meta(film, head, trailing[1], ambiguous)
    if head.kind is LineKind.INLINE and head.error:
        # ``12:30 a.m. "Citadel" (2011, …)``: the film is read, its time is not
        ambiguous.append(Note(head.line.number, f"time not imported: {head.error}"))
    film.last_line = items[block.end - 1].line.number if block.end else head.line.number
    credited = any(bool(m and m.directors) for m in (items[i].meta for i in block.header))
    # ``Samstag, 7. März 2020`` over ``19:30 Uhr | Kinosaal`` among the rows over the
    # fields: the day of the row right under it
    days_over_rows = {
        i - 1
        for i in block.header
        if items[i].kind is LineKind.SCHEDULE
        and i - 1 in block.header
        and items[i - 1].kind is LineKind.DATE
    }
    for index in block.header:
        item = items[index]
        if item.kind is LineKind.SCHEDULE:
            day = _day_over(items, index, block)
            if day is None and index - 1 in days_over_rows:
                day = items[index - 1].date
            if day is None and index == block.title_index:
                day = running  # ``Saturday 14th June`` over the slots: the title row's day
            schedule_row(item, film, day, ambiguous, venue)
            continue
        if index in days_over_rows:
            continue
        if index == block.title_index and item.kind is LineKind.INLINE and item.cells:
            # the row names its film: a showing, with no venue too
            schedule_row(item, film, running, ambiguous, venue, slot=True)
        if index == block.title_index and item.kind is not LineKind.INLINE:
            continue
        if item.kind is LineKind.TEXT:
            text = item.line.text
            dashed = split_title_director(text)
            labelled = read_title_label(item.line)
            fields = field_only(text) if labelled is None else None
            if labelled is not None:
                film.labelled_titles.append(labelled)
            elif fields is not None:
                # ``Denmark 2009``, ``90min``: a line of one field in the header
                apply_meta(film, item, fields, ambiguous)
            elif dashed and dashed[0].casefold() == film.title.casefold():
                film.directors.extend((n, item.line.number) for n in dashed[1])
            elif is_section_heading(text, sections) and (
                film.section is None or index < block.title_index
            ):
                film.section = (item.line.number, text)
            elif (
                looks_like_name(text)
                and index == block.title_index + 1
                and _HANGUL.search(film.title)
                and not re.search(r"[A-Za-z]", film.title)
                and not _HANGUL.search(text)
                and not korean_name(film.title)
            ):
                # ``두 사람`` over ``Life Unrehearsed``: the Korean title's English one, or
                # a foreign director's name (``Frederick Wiseman``)? Not sure: neither
                ambiguous.append(
                    Note(
                        item.line.number,
                        f"under the title {film.title!r}, its English title or its director's"
                        f" name, not imported: {text}",
                    )
                )
            elif looks_like_name(text) and not film.directors and not credited:
                # (a name over ``dir. NAME`` is no director: ``HUEVOS DE ORO``, ``Golden
                # Balls``, ``dir. Bigas Luna``; which it is, title or name, is not sure)
                film.directors.append((text, item.line.number))
            elif _names_list(item) and not film.directors and not credited:
                film.directors.extend((n, item.line.number) for n in split_names(text))
            elif _labelled_value(text):
                # ``Version: | Digital 2D |``, ``Genre: Dokumentation``: a labelled field
                # that is not stated, no original title
                unused.append(Note(item.line.number, text))
            elif (
                film.original_title is None
                and not looks_like_name(text)
                and text not in {_neighbour(items, index, -1), _neighbour(items, index, 1)}
            ):
                # (a line printed again right over or under itself is a picture's credit)
                film.original_title = text
            else:
                unused.append(Note(item.line.number, text))
        elif item.kind is LineKind.DATE:
            ambiguous.append(
                Note(item.line.number, f"a day with no time, not imported: {item.line.text}")
            )
        elif item.kind is LineKind.PREMIERE:
            film.premiere = (item.line.number, item.line.text)
        elif item.kind is LineKind.SECTION and item.title:
            film.section = (item.line.number, item.title)
        elif item.meta is not None:
            apply_meta(film, item, item.meta, ambiguous)
            if item.cells and not (index == block.title_index and item.kind is LineKind.INLINE):
                schedule_row(item, film, None, ambiguous, venue)
    if film.original_title is None:
        other = _other_script_title(items, block.title_index, sections)
        if other is not None:
            film.original_title = items[other].line.text
    rest = [i for i in range(block.title_index + 1, block.end) if i not in block.header]
    return film, rest


_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _other_script_title(
    items: Sequence[Classified], title: int, sections: Sequence[str]
) -> int | None:
    """``컨버세이션``, blank, ``Conversation``, the fields: a Korean title standing a
    paragraph over a Latin one is the same film's other title."""
    text = items[title].line.text
    if _HANGUL.search(text) or not re.search(r"[A-Za-z]", text):
        return None
    above = title - 1
    while above >= 0 and items[above].kind is LineKind.BLANK and title - above <= 2:
        above -= 1
    if above < 0 or above == title - 1 or items[above].kind is not LineKind.TEXT:
        return None
    other = items[above].line.text
    before = above - 1
    if (
        len(other) > 40
        or not _HANGUL.search(other)
        or re.search(r"[A-Za-z\d]", other)
        or is_section_heading(other, sections)
        or (before >= 0 and items[before].kind is not LineKind.BLANK)
    ):
        return None
    return above


#: A row opening with its time (``11:10 am – Title``), the title after it; not a flag
#: before the day (``SNEAK PREVIEW – Friday, October 14 … // 7pm``).
_SLOT_ROW = re.compile(LEADING_TIME + r"[–—:-]", re.IGNORECASE)
#: ``Block 1: Lebanese Burger Mafia``, ``SHOWCASE: The Rainbow Prince``: the slot's label
#: before the title a row prints.
_SLOT_LABEL = re.compile(
    r"^(?:block|slot|session|programme|program|showcase)\s*\d{0,2}\s*:\s+", re.IGNORECASE
)


def _slot_title(title: str | None) -> str | None:
    """The title a slot's row prints, without the slot's label; None when what is left has
    no word (``TICKETS: #18 -``)."""
    if not title:
        return None
    title = _SLOT_LABEL.sub("", title).strip()
    return title if re.search(r"[^\W\d_]{2,}", title) else None


def _titled_row(items: list[Classified], index: int) -> Classified | None:
    """A row read with its title: one it has, or the text after its one undated time
    when the line over the row (blank lines apart or not) prints that text too
    (``MERMAIDS DON'T CRY`` over ``18:00  MERMAIDS DON'T CRY``: a title card, then its
    slot); else None."""
    row = items[index]
    if row.title:
        return row
    over = previous_filled(items, index)
    if len(row.cells) != 1 or row.cells[0].date is not None or over is None:
        return None
    cell = row.cells[0]
    text = cell.venue.strip()
    if not text or text.casefold() != items[over].line.text.strip().casefold():
        return None
    bare = ScheduleCell(None, cell.hour, cell.minute, "")
    return replace(row, title=text, cells=(bare,))


def _labelled_elsewhere(items: Sequence[Classified], block: Block, names: Sequence[str]) -> bool:
    """True if a header line other than the title names a director not among ``names``,
    or a line of fields right under the header (``Regie & Buch: …`` a paragraph of its own
    under ``Dänemark 2020, 116 Min.``)."""
    lines = [i for i in block.header if i != block.title_index]
    index = block.header[-1] + 1
    while index < (block.end or len(items)) and items[index].kind in (
        LineKind.META,
        LineKind.BLANK,
    ):
        lines.append(index)
        index += 1
    metas = [items[i].meta for i in lines]
    return any(n not in names for meta in metas if meta is not None for n in meta.directors)


def _day_over(items: Sequence[Classified], index: int, block: Block) -> PrintedDate | None:
    """The date line right over a film's title row (``DAY 1 | AUGUST 21, 2021`` over
    ``A Northern Soul | [02:30pm to 04:00pm]``): the day of that row's time."""
    if index != block.title_index or index == 0 or items[index - 1].kind is not LineKind.DATE:
        return None
    return items[index - 1].date


def _same_makers_in_latin(film: FilmRecord, meta: Meta) -> bool:
    """Whether a line of fields in Latin letters repeats the film's fields read from a line
    in Hangul: as many makers, and the same year or runtime."""
    hangul = [n for n, _ in film.directors if re.search(r"[\uac00-\ud7a3]", n)]
    latin = [n for n in meta.directors if not re.search(r"[\uac00-\ud7a3]", n)]
    return (
        bool(hangul)
        and len(hangul) == len(film.directors) == len(latin) == len(meta.directors)
        and (
            (meta.year is not None and meta.year == film.year)
            or (meta.runtime is not None and meta.runtime == film.runtime)
        )
    )


def apply_meta(film: FilmRecord, item: Classified, meta: Meta, ambiguous: list[Note]) -> None:
    number, text = item.line.number, item.line.text
    if _same_makers_in_latin(film, meta):
        # ``마붑 알엄 펄럽/한국…/25분/…/2009`` over ``Mahbub Alam Pollob/Korea…/25min/…/2009``:
        # the fields again in Latin letters, the same makers in another script
        ambiguous.append(Note(number, f"the directors again in Latin letters, not added: {text}"))
        meta = replace(meta, directors=[])
    for name in meta.directors:
        if name not in (n for n, _ in film.directors):
            film.directors.append((name, number))
    for country in meta.countries:
        if country not in film.countries:
            film.countries.append(country)
    if meta.year is not None:
        if film.year is not None and film.year != meta.year:
            ambiguous.append(Note(number, f"a second year for {film.title!r}: {text}"))
            film.conflicts += 1
        else:
            film.year, film.year_line = meta.year, (number, text)
    if meta.runtime is not None:
        if film.runtime is not None and film.runtime != meta.runtime:
            ambiguous.append(Note(number, f"a second runtime for {film.title!r}: {text}"))
            film.conflicts += 1
        else:
            film.runtime, film.runtime_line = meta.runtime, (number, text)
    if meta.subtitles:
        film.subtitles = meta.subtitles
    if meta.premiere:
        film.premiere = (number, meta.premiere)
    film.colour = meta.colour or film.colour
    film.video_format = meta.video_format or film.video_format
    film.documentary = film.documentary or meta.documentary
    if meta.section:
        film.section = (number, meta.section)
    for remark in meta.remarks:
        ambiguous.append(Note(number, f"not read, after the fields of {film.title!r}: {remark}"))


def schedule_row(
    item: Classified,
    film: FilmRecord,
    running: PrintedDate | None,
    ambiguous: list[Note],
    venue_default: str | None,
    *,
    slot: bool = False,
) -> None:
    """The screenings of one schedule row, for ``film``; ``slot``: the row names the film
    or its block (:attr:`.ScreeningRecord.slot`)."""
    text, number = item.line.text, item.line.number
    for cell in item.cells:
        printed = cell.date or running
        if printed is None:
            ambiguous.append(Note(number, f"time with no date, not imported: {text}"))
            continue
        venue, screen = split_screen(cell.venue or venue_default or "")
        film.screenings.append(
            ScreeningRecord(
                number,
                text,
                None,
                time(cell.hour, cell.minute),
                venue,
                screen,
                printed=printed,
                slot=slot,
            )
        )


#: ``Cinema House, Red Hall``: a theatre, a comma, a named hall of it.
_NAMED_HALL = re.compile(r"(?P<theatre>[^,]{3,60}),\s*" + HALL, re.IGNORECASE)


#: A hall named alone, with no house (``Kinosaal``, ``Großer Saal``, ``Saal 2``, ``Main
#: Hall``): a screen, not a venue.
_HALL_ALONE = re.compile(
    r"(?:(?:großer|grosser|kleiner|neuer|alter|oberer|unterer|main|small|large|big|little|"
    r"upper|lower|great)\s+)?(?:\w*saal|hall|halle|studio|screen|leinwand)(?:\s+\d{1,2})?",
    re.IGNORECASE,
)


#: A venue that is one hall (``Auditorium``, ``Aula``, a lecture room): no numbered screens.
_ONE_HALL = re.compile(r"\b(?:auditorium|aula|hörsaal|lecture\s+(?:hall|theatre)|room)\b", re.I)


def split_screen(venue: str) -> tuple[str | None, str | None]:
    """``Cinestar 5`` → (``Cinestar``, ``5``); ``CGV 3관`` → (``CGV``, ``3``); ``Cinema House,
    Red Hall`` → (``Cinema House``, ``Red Hall``)."""
    venue = venue.strip()
    if not venue:
        return None, None
    if _HALL_ALONE.fullmatch(venue):
        return None, venue  # ``Kinosaal``, ``Großer Saal``: a hall of a house not named
    named = _NAMED_HALL.fullmatch(venue)
    if named is not None:
        # ``Cinema House, Red Hall``; ``san marco theatre, Theatre 1``: screen 1
        return named["theatre"].strip(), (named["number"] or named["screen"]).strip()
    found = re.fullmatch(
        r"(?P<theatre>.+?)(?:\s*,\s*|\s+)(?:(?:screen|saal|kino|hall|cinema)\s*)?(?P<screen>\d{1,2})"
        r"\s*(?:관)?|(?P<theatre_ko>.+?)\s*(?P<screen_ko>\d{1,2})\s*관",
        venue,
        re.IGNORECASE,
    )
    if found is None:
        return venue, None
    theatre, screen = found["theatre"] or found["theatre_ko"], found["screen"] or found["screen_ko"]
    if not re.search(r"[^\W\d]", theatre):
        return venue, None
    if _ONE_HALL.search(theatre) and not found["theatre_ko"]:
        # ``Joyce Hergenhan Auditorium, Newhouse 3``: an auditorium has no numbered screens;
        # the number is the building's
        return venue, None
    return theatre.strip(" ,"), screen


def tail_lines(
    items: Sequence[Classified], blocks: Sequence[Block], unused: list[Note], ambiguous: list[Note]
) -> list[int]:
    """The lines between a block's end and the next film (a news page's next items): they
    belong to no film; a schedule row there is reported, other lines listed as unused."""
    tails = []
    for number, block in enumerate(blocks):
        following = blocks[number + 1].title_index if number + 1 < len(blocks) else len(items)
        for index in range(block.end, following):
            item = items[index]
            tails.append(index)
            if item.kind in (LineKind.SCHEDULE, LineKind.DATE):
                text = item.line.text
                ambiguous.append(Note(item.line.number, f"schedule row of no film: {text}"))
            elif item.kind is not LineKind.BLANK:
                unused.append(Note(item.line.number, item.line.text))
    return tails


def film_page_block(items: list[Classified]) -> list[Block]:
    """The block of a film's own page (the site profile says its pages are): from its first
    line, the title, to the page's end; lines of fields under the title (``2014``) are
    read as the film's."""
    first = next((i for i, item in enumerate(items) if item.kind is not LineKind.BLANK), None)
    if first is None or items[first].kind not in (LineKind.TEXT, LineKind.HEADING):
        return []
    items[first].kind = LineKind.TEXT
    header = [first]
    after = first + 1
    while after < len(items) and items[after].kind in (LineKind.TEXT, LineKind.BLANK):
        if items[after].kind is LineKind.BLANK:
            after += 1
            continue
        meta = read_meta(items[after].line.text)
        if not meta.signals or meta.unread:
            break
        items[after] = Classified(items[after].line, LineKind.META, meta=meta)
        header.append(after)
        after += 1
    return [Block(first, header, end=len(items))]


#: A line naming the venue of the row above it: ``장소 CGV아트하우스``, ``Venue: ICA``.
#: A line that is a venue's name by its last word (``Birkbeck Cinema``, ``Korean Cultural
#: Centre, London``), standing under a row that prints none.
_NAMED_VENUE = re.compile(
    r"[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,5}\s+" + VENUE_WORDS + r"(?:,\s*[A-Z][\w-]+)?",
    re.IGNORECASE,
)
VENUE_LINE = re.compile(r"^(?:장소|venue|place|ort|where|wo)\s*[:：]?\s+(?P<venue>\S.*)$", re.I)


def read_venue_lines(
    items: Sequence[Classified], films: list[FilmRecord], unused: list[Note]
) -> None:
    """``일시 2014년 12월 1일(월) 오후 3시`` over ``장소 CGV아트하우스 ART 1관``: the line under a
    row with one screening and no venue names that screening's venue, unless a venue
    stands right over the row too (``Landmark’s Bethesda Row Cinema``, ``Sat., May 18,
    1:45 p.m.``, ``AFI Silver Theatre``, ``Sun., May 26, 3 p.m.``, run together: which is
    the row's is not sure)."""

    def named_venue(text: str) -> str | None:
        found = VENUE_LINE.match(text)
        return found["venue"] if found else (text if _NAMED_VENUE.fullmatch(text) else None)

    below = {}
    for index, item in enumerate(items[:-1]):
        venue = named_venue(items[index + 1].line.text)
        over = named_venue(items[index - 1].line.text) if index > 0 else None
        if (
            venue is not None
            and over is None
            and item.kind in (LineKind.SCHEDULE, LineKind.INLINE)
            and len(item.cells) == 1
        ):
            below[item.line.number] = (items[index + 1].line.number, venue)
    for film in films:
        for screening in film.screenings:
            if screening.venue is None and screening.line in below:
                number, text = below[screening.line]
                screening.venue, screening.screen = split_screen(text)
                unused[:] = [n for n in unused if n.line != number]
