"""Minting of entity and graph IRIs: the one place where dockg IRIs are made.

Every entity lives at ``{BASE}id/{kind}/{slug}`` and every named graph at
``{BASE}graph/{slug}``. Slugs are lower-case ASCII words joined by hyphens, so IRIs stay
readable and stable: ``mint_person("Kim", "Soyoung")`` is always
``https://w3id.org/dockg/id/person/kim-soyoung`` whichever order a source prints the name in.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from rdflib import URIRef

from dockg.namespaces import BASE


class Kind(StrEnum):
    """The kinds of entity that get an IRI of their own (the path segment after ``id/``)."""

    PERSON = "person"
    FILM = "film"
    SERIES = "series"
    FESTIVAL = "festival"
    EDITION = "edition"
    SECTION = "section"
    SELECTION = "selection"
    SCREENING = "screening"
    EXHIBITION = "exhibition"
    VENUE = "venue"
    PLACE = "place"
    ORGANIZATION = "organization"
    EVENT = "event"
    TOPIC = "topic"
    CLAIM = "claim"
    SOURCE = "source"
    AGENT = "agent"
    CONTACT = "contact"
    OCCUPATION = "occupation"


_NON_WORD = re.compile(r"[^a-z0-9]+")


class SlugError(ValueError):
    """Raised when a name has nothing that can be turned into a slug (e.g. only Hangul)."""


#: Letters Unicode does not decompose into a base letter and a mark, spelt in ASCII as
#: their languages spell them without the letter (``Neiße`` → ``neisse``, ``Łódź`` →
#: ``lodz``); without this they would vanish from the slug.
_NO_DECOMPOSITION = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "TH",
        "ı": "i",
    }
)


def slugify(*parts: str | int) -> str:
    """Turn name parts into one readable slug.

    Accents are folded to ASCII (``Kŏng`` → ``kong``, ``Neiße`` → ``neisse``), apostrophes vanish
    (``Women's`` → ``womens``), and every other run of non-alphanumerics becomes one hyphen.

    Args:
        parts: the words of the key, in order (e.g. a family name and a given name).

    Returns:
        The slug, e.g. ``"heart-of-snow-afterlife"``.

    Raises:
        SlugError: if nothing of the parts survives (empty, or a script with no ASCII
            transliteration such as Hangul: give the romanized form).
    """
    text = " ".join(str(p) for p in parts)
    folded = (
        unicodedata.normalize("NFKD", text.translate(_NO_DECOMPOSITION))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    folded = folded.lower().replace("'", "").replace("\u2019", "")
    slug = _NON_WORD.sub("-", folded).strip("-")
    if not slug:
        raise SlugError(f"cannot make an IRI slug from {text!r}: give a romanized name")
    return slug


def mint(kind: Kind, *parts: str | int) -> URIRef:
    """Mint the IRI of an entity of ``kind`` identified by ``parts``.

    Args:
        kind: what the entity is.
        parts: its key, e.g. ``("Busan International Film Festival", 2017)`` for an edition.

    Returns:
        ``{BASE}id/{kind}/{slug}``.
    """
    return URIRef(f"{BASE}id/{kind.value}/{slugify(*parts)}")


def mint_person(family: str, given: str, *additional: str) -> URIRef:
    """Mint a person's IRI, always family name first, whatever order a source uses.

    ``mint_person("Kim", "Soyoung")`` serves both "Soyoung Kim" and "Kim Soyoung";
    hyphens in given names are kept as word breaks (``Heung-Soon`` → ``heung-soon``).
    Additional names (a patronymic such as ``Petrovna``) follow the given name.
    """
    return mint(Kind.PERSON, family, given, *additional)


def mint_graph(*parts: str | int) -> URIRef:
    """Mint the IRI of a named graph (one per source document or curated body of facts)."""
    return URIRef(f"{BASE}graph/{slugify(*parts)}")


#: Where the staging graphs of ``dockg push`` start (``…/graph/dockg-push-staging-HASH``):
#: dockg's scaffolding on a server, no source; counts and cleanup find them by it.
PUSH_STAGING = mint_graph("dockg-push-staging")


def mint_source_document(slug: str) -> URIRef:
    """Mint the IRI of the document an import with this slug read (its claims quote it)."""
    return mint(Kind.SOURCE, slug, "document")


def kind_of(iri: str) -> Kind | None:
    """Return the kind of a dockg entity IRI, or ``None`` if it is not one."""
    prefix = BASE + "id/"
    if not iri.startswith(prefix):
        return None
    segment = iri[len(prefix) :].split("/", 1)[0]
    try:
        return Kind(segment)
    except ValueError:
        return None
