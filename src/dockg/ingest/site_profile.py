"""Site profiles: what a festival site needs said about it, as data (TOML), not Python.

A profile lives in ``data/mappings/`` beside the CSV mappings and is given with
``dockg ingest page --profile FILE``::

    [site]
    name = "DOK Leipzig programme archive"
    match = ["dok-leipzig.de"]        # the profile applies to pages from these addresses
    festival = "DOK Leipzig"          # the festival, when the page does not name it
    timezone = "Europe/Berlin"        # the festival city's IANA zone
    language = "de"                   # the language of the site's pages (BCP 47 tag)
    venue = "Cinestar"                # the venue of rows that print none (a cinema's page)
    timetable = false                 # true: "13:00 TITLE" rows name films, not venues
    film_page = false                 # true: each page is one film's; its first line the title
    sections = ["Internationaler Wettbewerb", "Panorama"]   # section headings of the site

    [labels]                          # printed label = what it means
    "Realisation" = "Regie"

Every key is optional; an unknown key is an error, so a misspelt key never looks active.
A profile with ``match`` is applied without ``--profile`` to a page whose ``--source-url``
contains one of its strings (:func:`matching_profile`).
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dockg.errors import InputError
from dockg.ingest.mapping import is_language_tag
from dockg.ingest.reader.context import zone_of

_SITE_KEYS = {
    "name",
    "match",
    "festival",
    "timezone",
    "language",
    "venue",
    "sections",
    "timetable",
    "film_page",
}
_TOP_KEYS = {"site", "labels"}


@dataclass(frozen=True)
class SiteProfile:
    """What a site profile says.

    Attributes:
        name: the site's name.
        path: the file it was read from.
        match: address parts that select the profile.
        festival: the festival the site's pages belong to.
        timezone: the IANA zone of its screenings.
        language: the language its pages are written in (the tag of the Latin-script
            names and texts they print).
        venue: the venue of schedule rows that print none.
        timetable: True if rows of a time and a text name films, not venues.
        film_page: True if each page is one film's page, its first line the film's title.
        sections: section headings the site prints.
        labels: printed labels and the labels the reader knows they mean.
    """

    name: str = ""
    path: Path | None = None
    match: tuple[str, ...] = ()
    festival: str | None = None
    timezone: str | None = None
    language: str | None = None
    venue: str | None = None
    timetable: bool = False
    film_page: bool = False
    sections: tuple[str, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)


def load_profile(path: Path) -> SiteProfile:
    """Read a site profile.

    Raises:
        InputError: if the file cannot be read, is not TOML, or holds an unknown key or a
            value of the wrong kind.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not a TOML profile: {error}") from error
    return _profile_of(path, text)


@functools.lru_cache(maxsize=256)
def _profile_of(path: Path, text: str) -> SiteProfile:
    """The profile a file's text gives (remembered for the text: a batch of imports reads
    the same profiles for every page). Raises InputError as :func:`load_profile` does."""
    data = _toml(text)
    if isinstance(data, str):
        raise InputError(f"{path}: not a TOML profile: {data}")
    unknown = set(data) - _TOP_KEYS | set(data.get("site", {})) - _SITE_KEYS
    if unknown:
        raise InputError(f"{path}: unknown profile key(s): {', '.join(sorted(unknown))}")
    site = data.get("site", {})
    labels = data.get("labels", {})
    lists = {key: site.get(key, []) for key in ("sections", "match")}
    for key, value in lists.items():
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InputError(f"{path}: [site] {key} must be a list of strings")
    if not all(isinstance(v, str) for v in labels.values()):
        raise InputError(f"{path}: [labels] values must be strings")
    zone = site.get("timezone")
    if zone is not None:
        try:
            zone_of(zone)
        except ValueError as error:
            raise InputError(f"{path}: [site] timezone: {error}") from error
    language = site.get("language")
    if language is not None and not (isinstance(language, str) and is_language_tag(language)):
        raise InputError(f'{path}: [site] language must be a language tag such as "de"')
    return SiteProfile(
        name=str(site.get("name", "")),
        path=path,
        match=tuple(lists["match"]),
        festival=site.get("festival"),
        timezone=zone,
        language=language,
        venue=site.get("venue"),
        timetable=bool(site.get("timetable", False)),
        film_page=bool(site.get("film_page", False)),
        sections=tuple(lists["sections"]),
        labels=dict(labels),
    )


@functools.lru_cache(maxsize=256)
def _toml(text: str) -> dict[str, Any] | str:
    """A TOML file's text parsed (remembered for the text; callers read it, never change
    it), or the parser's message if it is no TOML."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return str(error)


def matching_profile(mappings: Path, source_url: str | None) -> SiteProfile | None:
    """The profile of ``mappings/*.toml`` whose ``match`` is part of the page's address.

    Files without a ``[site]`` table (CSV mappings) are not profiles and are skipped.

    Raises:
        InputError: if a profile is malformed, or two profiles match the address.
    """
    if not source_url or not mappings.is_dir():
        return None
    found = []
    for path in sorted(mappings.glob("*.toml")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # not a profile; the CSV importer reports its own files
        data = _toml(text)
        if isinstance(data, str) or "site" not in data:
            continue  # not TOML, or a CSV mapping: the CSV importer reports its own files
        profile = _profile_of(path, text)
        if any(part and part in source_url for part in profile.match):
            found.append(profile)
    if len(found) > 1:
        names = ", ".join(str(p.path.name) for p in found if p.path)
        raise InputError(f"{source_url}: several site profiles match ({names}); give --profile")
    return found[0] if found else None
