"""Importing one captured web page: a festival programme page or a person page.

:func:`import_page` reads the page, tells its kind (or takes the one given), hands it to
the reader of that kind and writes what it read with :func:`~dockg.ingest.output.write_import`.
A page no reader recognises is refused with a message and nothing is written.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from dockg.errors import InputError, UsageError
from dockg.ingest.offsets import utc_offset_zone
from dockg.ingest.output import ImportSummary, SourceInfo, existing_graph, write_import
from dockg.ingest.page_result import NoLayout, PageResult
from dockg.ingest.person_build import build_person
from dockg.ingest.person_page import looks_like_person_page, read_person_page
from dockg.ingest.programme_page import (
    page_films,
    page_items_note,
    page_language,
    read_page_lines,
    read_programme_page,
)
from dockg.ingest.reader import read_programme
from dockg.ingest.text import Line
from dockg.iris import SlugError, slugify
from dockg.project import Project


class PageKind(StrEnum):
    """The kinds of page ``dockg ingest page`` reads."""

    AUTO = "auto"
    PROGRAMME = "programme"
    PERSON = "person"


#: The source kind recorded in the provenance, per page kind.
_SOURCE_KINDS = {PageKind.PROGRAMME: "programme-page", PageKind.PERSON: "person-page"}


def has_film_header(lines: list[Line]) -> bool:
    """True if the reader finds a film with its directors and a line of header fields (year
    or runtime): a programme page, even where it opens like a person page."""
    films = read_programme(lines).films
    return any(f.directors and (f.year_line or f.runtime_line) for f in films)


def detect_kind(lines: list[Line]) -> PageKind | None:
    """Tell a programme page (a film header, or film blocks the reader finds) from a person
    page (a name, then a BIO heading); None if neither."""
    if looks_like_person_page(lines) and not has_film_header(lines):
        return PageKind.PERSON
    if read_programme(lines).films:
        return PageKind.PROGRAMME
    return None


def page_slug(path: Path) -> str:
    """The slug of a page's import: ``page-`` and the file name (``page-003-81ffafb9...``)."""
    return slugify("page", path.stem)


def import_page(
    project: Project,
    path: Path,
    *,
    kind: PageKind = PageKind.AUTO,
    source_url: str | None = None,
    captured: date | None = None,
    festival: str | None = None,
    utc_offset: str | None = None,
    timezone: str | None = None,
    edition: int | None = None,
    profile: Path | None = None,
    slug: str | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
) -> ImportSummary:
    """Import a captured page into the project as a named graph under ``data/imported/``.

    Args:
        project: the project.
        path: the page, as plain text or a saved HTML page.
        kind: the kind of page, or ``auto`` to tell by its content.
        source_url: where the page was captured from.
        captured: when it was captured.
        festival: the festival a programme page belongs to (a name or IRI), if the page
            does not say in a way dockg recognises.
        utc_offset: a fixed local offset from UTC for screening times (``+09:00``).
        timezone: the festival's IANA time zone (``Europe/Berlin``); overrides the city's.
        edition: the edition's year, when the page's signals disagree or are missing.
        profile: a site profile (TOML) with a site's labels, sections and time zone.
        slug: the graph and file name of the import (:func:`page_slug` if not given).
        dry_run: read and resolve, but write nothing.
        now: the time of the import (the current time if not given).

    Returns:
        The summary of the import.

    Raises:
        InputError: if the page cannot be read or matches no known layout; nothing is
            written then.
        UsageError: if ``utc_offset`` is not an offset, ``timezone`` not an IANA zone,
            ``profile`` not a profile, or ``source_url`` not a web address.
    """
    display = project.display(path)
    if source_url is not None and not source_url.startswith(("http://", "https://")):
        raise UsageError(f"--source-url must be an http(s) address, not {source_url!r}")
    if utc_offset is not None:
        try:
            utc_offset_zone(utc_offset)  # the option's fault, not the page's: say so first
        except ValueError as error:
            raise UsageError(f"--utc-offset: {error}") from error
    lines = read_page_lines(path, display=display)
    try:
        slug = slugify(slug) if slug is not None else page_slug(path)
    except SlugError as error:
        raise UsageError(f"--slug: {error}") from error
    structured = page_films(path, display=display)
    found = kind
    if kind is PageKind.AUTO:
        person = not structured and looks_like_person_page(lines) and not has_film_header(lines)
        found = PageKind.PERSON if person else PageKind.PROGRAMME
    source_kind = _SOURCE_KINDS[found]
    provisional = SourceInfo(source_kind, path, source_url or path.name, captured, "", slug)
    existing = existing_graph(project, provisional)
    result: PageResult
    try:
        if found is PageKind.PROGRAMME:
            result = read_programme_page(
                lines,
                slug=slug,
                existing=existing,
                festival=festival,
                utc_offset=utc_offset,
                timezone=timezone,
                edition=edition,
                profile=profile,
                mappings=project.data_dir / "mappings",
                source_url=source_url,
                structured=structured,
                language=page_language(path, display=display),
                display=display,
            )
        else:
            result = build_person(read_person_page(lines), slug=slug)
    except NoLayout as error:
        note = page_items_note(path, display=display) if not structured else ""
        raise InputError(f"{display}: {error}{note}") from error
    except ValueError as error:
        raise UsageError(f"{display}: {error}") from error
    source = SourceInfo(source_kind, path, source_url or path.name, captured, result.title, slug)
    return write_import(
        project,
        result.graph,
        source,
        dry_run=dry_run,
        unparsed=result.unparsed,
        existing=existing,
        now=now,
    ).with_report(result.report)
