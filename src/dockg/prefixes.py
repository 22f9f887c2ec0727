"""The prefixes dockg writes and reads: for Turtle output, JSON-LD contexts and compact IRIs.

Entity IRIs are minted by :mod:`dockg.iris` as ``{BASE}id/{kind}/{slug}``, so each
:class:`~dockg.iris.Kind` gets a prefix of its own (``person:``, ``film:``...) and a film
shows as ``film:heart-of-snow`` in tables rather than as a full IRI.
"""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import FOAF

from dockg.iris import Kind
from dockg.namespaces import (
    BASE,
    DCTERMS,
    DOCKG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SH,
    SHAPE,
    SKOS,
    TIME,
    WD,
    WDT,
    XSD,
)


def _vocabulary_prefixes() -> dict[str, str]:
    return {
        "schema": str(SDO),
        "dockg": str(DOCKG._NS),
        "skos": str(SKOS),
        "foaf": str(FOAF),  # foaf:focus, from a subject heading to its event
        "prov": str(PROV),
        "dcterms": str(DCTERMS),
        "xsd": str(XSD),
        "rdf": str(RDF),
        "rdfs": str(RDFS),
        "owl": str(OWL),
        "sh": str(SH),
        "shape": str(SHAPE._NS),
        "time": str(TIME),
        "wd": str(WD),
        "wdt": str(WDT),
    }


def _entity_prefixes() -> dict[str, str]:
    # Mirrors dockg.iris.mint: one namespace per kind of entity, plus the named graphs.
    prefixes = {kind.value: f"{BASE}id/{kind.value}/" for kind in Kind}
    prefixes["graph"] = f"{BASE}graph/"
    return prefixes


#: Prefix → namespace IRI, vocabularies first, then entity kinds.
PREFIXES: dict[str, str] = {**_vocabulary_prefixes(), **_entity_prefixes()}

# Longest namespace first, so ``dockg:`` never shadows a longer namespace under BASE.
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: len(item[1]), reverse=True)


#: The prefixes of the vocabularies whose terms read as words when unlabelled
#: (``schema:Female`` → "female"); Wikidata's are identifiers, not words.
_WORDY = frozenset(
    {"schema", "dockg", "skos", "prov", "dcterms", "rdf", "rdfs", "owl", "sh", "time"}
)


def is_vocabulary_term(iri: str) -> bool:
    """Whether an IRI is a term of a known vocabulary (a class, property or enumeration
    member such as ``schema:Female``), whose local name reads as words."""
    prefix, sep, _ = compact_iri(iri).partition(":")
    return bool(sep) and prefix in _WORDY


def bind_prefixes(graph: Graph) -> None:
    """Bind the project prefixes on ``graph`` (replacing rdflib's defaults for them).

    Args:
        graph: a graph or dataset whose serializations should use the project prefixes.
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, Namespace(namespace), override=True, replace=True)


def compact_iri(iri: str) -> str:
    """Shorten an IRI with the project prefixes, for display (not for Turtle output).

    Args:
        iri: an absolute IRI.

    Returns:
        ``prefix:local`` when a project namespace matches, otherwise ``<iri>``.
    """
    for prefix, namespace in _BY_LENGTH:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return f"<{iri}>"


def expand_iri(text: str) -> str | None:
    """Expand ``prefix:local`` with the project prefixes.

    Args:
        text: a compact IRI such as ``film:heart-of-snow``.

    Returns:
        The full IRI, or ``None`` if the prefix is not a project prefix.
    """
    prefix, sep, local = text.partition(":")
    if not sep or prefix not in PREFIXES:
        return None
    return PREFIXES[prefix] + local


def jsonld_context() -> dict[str, dict[str, str]]:
    """The JSON-LD context of dockg outputs: the project prefixes.

    Returns:
        A ``{"@context": {...}}`` document, as written to ``build/context.jsonld``.
    """
    return {"@context": dict(PREFIXES)}
