"""Finding entities by what a researcher remembers of their name, for ``dockg search``.

The same matching as everywhere a name is typed (:class:`dockg.lookup.NameIndex`: any
word order, hyphens, case, accents, Hangul, romanization variants, part of a name), with
each entity's class and the reason it matched, so a researcher can pick the one they
mean and copy its compact IRI, or keep using the name.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from enum import StrEnum

from rdflib import URIRef

from dockg.errors import UsageError
from dockg.explore.vocabulary import Vocabulary
from dockg.names import fold
from dockg.prefixes import compact_iri
from dockg.tables import TABLE_WIDTH, format_table

_FIELDS = ("iri", "label", "class", "matched", "why")


class SearchFormat(StrEnum):
    """Output formats of ``dockg search``."""

    TABLE = "table"
    CSV = "csv"
    JSON = "json"


@dataclass(frozen=True)
class SearchHit:
    """One entity found for a text.

    Attributes:
        iri: the entity.
        label: its main name.
        class_label: its most specific class, in words ("documentary film").
        matched: the written form that matched.
        why: how it matched: ``name``, ``other name “김소영”``, ``part of the name``,
            ``part of “...”`` (another name) or ``spelling variant “Shin Suwon”``.
    """

    iri: URIRef
    label: str
    class_label: str
    matched: str
    why: str


def _why(text: str, label: str, matched: str, whole: bool) -> str:
    if whole:
        return "name" if matched == label else f"other name “{matched}”"
    if fold(text) and fold(text) in fold(matched):
        return "part of the name" if matched == label else f"part of “{matched}”"
    return f"spelling variant “{matched}”"


def search(vocab: Vocabulary, text: str, *, kind: str | None = None) -> list[SearchHit]:
    """The entities whose names match ``text``, with their class and why they matched.

    Args:
        vocab: the names and classes of the store's entities.
        text: a name or part of one, in any written form; an IRI or compact IRI also works.
        kind: keep only entities of this class: a class label (``film``, ``person``,
            ``festival series``), a local name or a compact IRI.

    Returns:
        The hits: entities a whole name fits first, then those a spelling variant or
        part of a name fits; each group by label, then IRI.

    Raises:
        UsageError: if ``text`` is empty, or ``kind`` names no class in the data.
    """
    if not text.strip():
        raise UsageError("give a name, or part of one, to search for")
    classes: frozenset[str] | None = None
    if kind is not None:
        classes = vocab.classes_matching(kind)
        if not classes:
            raise UsageError(
                f"--type {kind!r} names no class of the data; try film, person, festival "
                "series, festival edition, topic, historical event, place"
            )
    hits = []
    for match in vocab.names.find(text, every_tier=True):
        entity = str(match.iri)
        if classes is not None and not classes & vocab.types.get(entity, frozenset()):
            continue
        hits.append(
            SearchHit(
                iri=match.iri,
                label=match.label,
                class_label=vocab.class_label(vocab.main_class(entity)),
                matched=match.matched,
                why=_why(text, match.label, match.matched, match.whole),
            )
        )
    return hits


def format_search(hits: list[SearchHit], *, fmt: SearchFormat = SearchFormat.TABLE) -> str:
    """Render the hits.

    Args:
        hits: from :func:`search`.
        fmt: ``table`` (name, class, why, compact IRI), ``csv`` or ``json`` (full IRIs).

    Returns:
        The text to print; a table says so when nothing matched.
    """
    records = [
        dict(zip(_FIELDS, (str(h.iri), h.label, h.class_label, h.matched, h.why), strict=True))
        for h in hits
    ]
    if fmt is SearchFormat.JSON:
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    if fmt is SearchFormat.CSV:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        return out.getvalue()
    if not hits:
        return "No entity has that name, in any written form.\n"
    # In 120 columns, the compact IRI (to copy) and the class kept whole.
    return format_table(
        ["name", "class", "why", "iri"],
        [[h.label, h.class_label, h.why, compact_iri(h.iri)] for h in hits],
        max_width=TABLE_WIDTH,
        cut_first=(0, 2),
    )
