"""Reading a captured page as numbered lines, and the small value parsers importers share.

Runtimes (``16min 55sec``, ``79 mins``, ``1h 30m``) become ``xsd:duration`` lexical forms
kept as printed (``PT89M``, not ``PT1H29M``); languages of subtitles (``English
subtitles``, ``(K,E)``) become BCP 47 tags; colour words become the dockg colour
individuals; the language of a paragraph is told apart by its script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef

from dockg.errors import InputError
from dockg.namespaces import DOCKG


@dataclass(frozen=True)
class Line:
    """One line of a page.

    Attributes:
        number: 1-based line number in the file.
        text: the line without its line break and surrounding white space.
        raw: the line as captured (inner runs of spaces matter in credit lines).
    """

    number: int
    text: str
    raw: str


def read_lines(path: Path, *, display: str | None = None) -> list[Line]:
    """Read a text file as numbered lines.

    Args:
        path: the file.
        display: how messages name the file (the path if not given).

    Returns:
        Its lines, numbered from 1.

    Raises:
        InputError: if the file cannot be read or is not UTF-8 text.
    """
    name = display or str(path)
    try:
        content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: not UTF-8 text: {error.reason}") from error
    except OSError as error:
        raise InputError(f"{name}: cannot read: {error.strerror or error}") from error
    content = content.removeprefix("\ufeff")
    return [
        Line(number, raw.strip(), raw.rstrip("\r"))
        for number, raw in enumerate(content.split("\n"), start=1)
    ]


_RUNTIME = re.compile(
    r"^(?:(?P<h>\d+)\s*h(?:ours?|rs?)?\s*)?"
    r"(?:(?P<m>\d+)\s*m(?:in(?:ute)?s?|n)?\.?\s*)?"
    r"(?:(?P<s>\d+)\s*s(?:ec(?:ond)?s?)?\.?)?$",
    re.IGNORECASE,
)


def parse_runtime(text: str) -> str | None:
    """Turn a printed runtime into an ``xsd:duration`` lexical form.

    Args:
        text: ``"16min 55sec"``, ``"87 min"``, ``"79 mins"``, ``"1h 30m"``, ``"76'"``.

    Returns:
        ``"PT16M55S"``, ``"PT87M"``, ``"PT79M"``, ``"PT1H30M"``; None if it is no runtime.
    """
    text = text.strip().replace("'", "m")
    match = _RUNTIME.match(text)
    if not text or match is None or not any(match.group(k) for k in "hms"):
        return None
    parts = [f"{match.group(k)}{k.upper()}" for k in "hms" if match.group(k)]
    return "PT" + "".join(parts)


#: Language names and the one-letter codes of festival catalogues, to BCP 47 tags.
_LANGUAGES = {
    "english": "en",
    "korean": "ko",
    "japanese": "ja",
    "chinese": "zh",
    "french": "fr",
    "german": "de",
    "spanish": "es",
    "russian": "ru",
    "e": "en",
    "k": "ko",
    "j": "ja",
    "c": "zh",
    "f": "fr",
    "g": "de",
}


def language_tag(name: str) -> str | None:
    """The BCP 47 tag of a language name or catalogue letter (``English``, ``K``)."""
    return _LANGUAGES.get(name.strip().lower())


def subtitle_languages(text: str) -> tuple[str, ...] | None:
    """Read subtitle languages: ``English subtitles``, ``Eng. sub``, ``(K,E)``.

    Args:
        text: a header field.

    Returns:
        The tags in the order printed, or None if the field does not name subtitles.
    """
    letters = re.fullmatch(r"\(\s*([A-Za-z](?:\s*[,/]\s*[A-Za-z])*)\s*\)", text.strip())
    if letters:
        tags = [language_tag(c) for c in re.split(r"\s*[,/]\s*", letters.group(1))]
        return tuple(t for t in tags if t) or None
    named = re.fullmatch(r"(.+?)\s+sub(?:title)?s?\.?", text.strip(), re.IGNORECASE)
    if named:
        tags = [language_tag(w) for w in re.split(r"\s*(?:,|&|and|/)\s*", named.group(1))]
        if tags and all(tags):
            return tuple(t for t in tags if t)
    return None


_COLOURS = {
    "color": DOCKG.Colour,
    "colour": DOCKG.Colour,
    "b&w": DOCKG.BlackAndWhite,
    "bw": DOCKG.BlackAndWhite,
    "black and white": DOCKG.BlackAndWhite,
    "black & white": DOCKG.BlackAndWhite,
}


def colour_of(text: str) -> URIRef | None:
    """Read a colour field: ``color``, ``B&W``, ``Color+B&W``; None if it is none."""
    parts = [p.strip().lower() for p in re.split(r"\s*(?:\+|/|,)\s*", text.strip())]
    found = {_COLOURS.get(p) for p in parts}
    if None in found or not found:
        return None
    if found == {DOCKG.Colour, DOCKG.BlackAndWhite}:
        return DOCKG.ColourAndBlackAndWhite
    return found.pop() if len(found) == 1 else None


#: Digital and film projection formats printed in header lines.
VIDEO_FORMATS = frozenset(
    {"dcp", "hd", "hdcam", "digibeta", "35mm", "16mm", "8mm", "super 8", "blu-ray", "file", "mov"}
)


def is_video_format(text: str) -> bool:
    """Tell whether a header field names a screening format (``DCP``, ``35mm``)."""
    return text.strip().lower() in VIDEO_FORMATS


def text_language(text: str) -> str:
    """``ko`` for a text mostly in Hangul, else ``en`` (the pages are Korean or English)."""
    letters = [c for c in text if c.isalpha()]
    hangul = sum(1 for c in letters if "\uac00" <= c <= "\ud7a3" or "\u1100" <= c <= "\u11ff")
    return "ko" if letters and hangul * 2 > len(letters) else "en"


def is_prose(text: str) -> bool:
    """Tell whether a line is running text (a paragraph) rather than a label or a row."""
    return len(text) >= 60 and text.count(" ") >= 8 and not text.startswith("|")
