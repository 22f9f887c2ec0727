"""External identifiers as evidence: the same record in another database, or two different ones.

An entity's identifiers (IMDb, KMDb, KOBIS, VIAF) are read from its ``schema:sameAs`` URLs
(an IMDb title or name page, a KMDb or KOBIS film page, a VIAF record) and from its
``schema:identifier`` property values (``schema:propertyID`` and ``schema:value``, as
``dockg ingest wikidata`` writes them).
Two entities with a shared identifier are the same record in another database: strong
evidence. Two entities with different identifiers of the same scheme (and none shared) are
two records, so two entities: a merge is blocked, and the pair is not even a candidate.

A KMDb film is addressed by its kind letter and its number (``K`` and ``15021`` in
``https://www.kmdb.or.kr/db/kor/detail/movie/K/15021``; KMDb's own API writes the two
together as ``K15021``); the code is compared in that joined form, whichever way a source
wrote it. A KOBIS film is addressed by its eight-digit film code (``movieCd``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from dockg.namespaces import SDO


class Scheme:
    """The names of the identifier schemes (``schema:propertyID`` values)."""

    IMDB = "IMDb"
    KMDB = "KMDb"
    KMDB_DOCUMENTARY = "KMDb documentary"
    KOBIS = "KOBIS"
    VIAF = "VIAF"


#: URL patterns of the schemes recognised in ``schema:sameAs``; the groups joined are the code.
_URLS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (Scheme.IMDB, re.compile(r"^https?://(?:www\.|m\.)?imdb\.com/(?:title|name)/((?:tt|nm)\d+)")),
    (
        Scheme.KMDB,
        re.compile(r"^https?://(?:www\.)?kmdb\.or\.kr/db/(?:kor|eng)/detail/movie/([A-Z])/(\d+)"),
    ),
    (
        Scheme.KOBIS,
        re.compile(
            r"^https?://(?:www\.)?kobis\.or\.kr/kobis/business/mast/mvie/searchMovieDtl\.do"
            r"\?(?:.*&)?code=(\d{8})(?:&|$)"
        ),
    ),
    (Scheme.VIAF, re.compile(r"^https?://(?:www\.)?viaf\.org/viaf/(\d+)")),
)
#: A KMDb film code: its kind letter and number, with or without a slash between.
_KMDB_CODE = re.compile(r"^([A-Za-z])/?(\d+)$")


def normalized(scheme: str, code: str) -> str:
    """An identifier as compared: a KMDb code in its joined form (``K15021``), others as
    written (trimmed)."""
    code = code.strip()
    if scheme == Scheme.KMDB:
        match = _KMDB_CODE.match(code)
        if match:
            return match.group(1).upper() + match.group(2)
    return code


def record_url(scheme: str, code: str, *, film: bool = False) -> URIRef | None:
    """The page of a record in its database, or None when the code's form is not one whose
    page is known (nothing is guessed).

    Args:
        scheme: the scheme's name.
        code: the identifier.
        film: whether the record is a film's: a KOBIS film page is written only for one,
            since KOBIS codes its people with numbers of the same form.
    """
    code = code.strip()
    if scheme == Scheme.IMDB and re.match(r"^(?:tt|nm)\d+$", code):
        kind = "name" if code.startswith("nm") else "title"
        return URIRef(f"https://www.imdb.com/{kind}/{code}/")
    if scheme == Scheme.VIAF and code.isdigit():
        return URIRef(f"https://viaf.org/viaf/{code}")
    if scheme == Scheme.KMDB:
        match = _KMDB_CODE.match(code)
        if match:
            letter, number = match.group(1).upper(), match.group(2)
            return URIRef(f"https://www.kmdb.or.kr/db/kor/detail/movie/{letter}/{number}")
    if scheme == Scheme.KOBIS and film and re.match(r"^\d{8}$", code):
        return URIRef(
            f"https://www.kobis.or.kr/kobis/business/mast/mvie/searchMovieDtl.do?code={code}"
        )
    return None


Identifiers = dict[str, frozenset[str]]


def identifiers_of(
    graph: Graph, subject: Node, objects: Callable[[Node, URIRef], list[Node]] | None = None
) -> Identifiers:
    """The identifiers of an entity, by scheme (``{"IMDb": {"tt0094747"}}``), normalized.

    Args:
        graph: where its facts are.
        subject: the entity.
        objects: a faster ``(subject, property) -> values`` lookup, if the caller has one.
    """
    values = objects or (lambda s, p: list(graph.objects(s, p)))
    found: defaultdict[str, set[str]] = defaultdict(set)
    for url in values(subject, SDO.sameAs):
        for scheme, pattern in _URLS:
            match = pattern.match(str(url))
            if match:
                found[scheme].add(normalized(scheme, "".join(match.groups())))
    for node in values(subject, SDO.identifier):
        name = graph.value(node, SDO.propertyID)
        code = graph.value(node, SDO.value)
        if isinstance(name, Literal) and isinstance(code, Literal):
            found[str(name)].add(normalized(str(name), str(code)))
    return {scheme: frozenset(codes) for scheme, codes in found.items()}


def identifier_agreement(mine: Identifiers, theirs: Identifiers) -> tuple[bool | None, str]:
    """Whether two entities' identifiers agree: True (one shared), False (a scheme both
    have, with nothing shared), None (nothing to compare); and the reason in words."""
    for scheme in sorted(mine.keys() & theirs.keys()):
        shared = mine[scheme] & theirs[scheme]
        if shared:
            return True, f"same {scheme} id {min(shared)}"
    for scheme in sorted(mine.keys() & theirs.keys()):
        ours, their = ", ".join(sorted(mine[scheme])), ", ".join(sorted(theirs[scheme]))
        return False, f"{scheme} ids differ: {ours} / {their}"
    return None, "no identifier to compare"
