"""Site profiles: what a festival site needs said about it, as data (TOML), not Python.

A profile lives in ``data/mappings/`` beside the CSV mappings and is given with
``dockg ingest page --profile FILE``::

    [site]
    name = "DOK Leipzig programme archive"
    festival = "DOK Leipzig"          # the festival, when the page does not name it
    timezone = "Europe/Berlin"        # the festival city's IANA zone
    sections = ["Internationaler Wettbewerb", "Panorama"]   # section headings of the site

    [labels]                          # printed label = what it means
    "Realisation" = "Regie"

Every key is optional; an unknown key is an error, so a misspelt key never looks active.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from dockg.errors import InputError
from dockg.ingest.reader.context import zone_of

_SITE_KEYS = {"name", "festival", "timezone", "sections"}
_TOP_KEYS = {"site", "labels"}


@dataclass(frozen=True)
class SiteProfile:
    """What a site profile says.

    Attributes:
        name: the site's name.
        festival: the festival the site's pages belong to.
        timezone: the IANA zone of its screenings.
        sections: section headings the site prints.
        labels: printed labels and the labels the reader knows they mean.
    """

    name: str = ""
    festival: str | None = None
    timezone: str | None = None
    sections: tuple[str, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)


def load_profile(path: Path) -> SiteProfile:
    """Read a site profile.

    Raises:
        InputError: if the file cannot be read, is not TOML, or holds an unknown key or a
            value of the wrong kind.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: not a TOML profile: {error}") from error
    unknown = set(data) - _TOP_KEYS | set(data.get("site", {})) - _SITE_KEYS
    if unknown:
        raise InputError(f"{path}: unknown profile key(s): {', '.join(sorted(unknown))}")
    site = data.get("site", {})
    labels = data.get("labels", {})
    sections = site.get("sections", [])
    if not isinstance(sections, list) or not all(isinstance(s, str) for s in sections):
        raise InputError(f"{path}: [site] sections must be a list of strings")
    if not all(isinstance(v, str) for v in labels.values()):
        raise InputError(f"{path}: [labels] values must be strings")
    zone = site.get("timezone")
    if zone is not None:
        try:
            zone_of(zone)
        except ValueError as error:
            raise InputError(f"{path}: [site] timezone: {error}") from error
    return SiteProfile(
        name=str(site.get("name", "")),
        festival=site.get("festival"),
        timezone=zone,
        sections=tuple(sections),
        labels=dict(labels),
    )
