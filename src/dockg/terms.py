"""Writing single RDF terms as text: for tables, for JSON, and in N-Triples syntax."""

from __future__ import annotations

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from dockg.prefixes import compact_iri

# N-Triples string escapes (ECHAR); everything else may stay as UTF-8.
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def display_term(term: Node | None) -> str:
    """Render an RDF term for a plain-text table.

    Args:
        term: an IRI, literal, blank node or ``None`` (unbound).

    Returns:
        A compact IRI, a literal's lexical form (with ``@lang`` when it has a language),
        ``_:id`` for a blank node, and the empty string for ``None``.
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return compact_iri(str(term))
    if isinstance(term, Literal):
        return f"{term}@{term.language}" if term.language else str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def nt_term(term: Node) -> str:
    """Write a term in N-Triples syntax, always on one line.

    Args:
        term: an IRI, blank node or literal.

    Returns:
        ``<iri>``, ``_:label``, or ``"lexical"`` with ``@lang`` or ``^^<datatype>``.
    """
    if isinstance(term, Literal):
        lexical = f'"{str(term).translate(_ESCAPES)}"'
        if term.language:
            return f"{lexical}@{term.language}"
        if term.datatype:
            return f"{lexical}^^<{term.datatype}>"
        return lexical
    if isinstance(term, BNode):
        return f"_:{term}"
    return f"<{term}>"


def json_term(term: Node | None) -> str | None:
    """Write a term for JSON output: IRIs as themselves, other terms in N-Triples syntax.

    Args:
        term: a term, or ``None``.

    Returns:
        The text, or ``None`` for ``None``.
    """
    if term is None:
        return None
    return str(term) if isinstance(term, URIRef) else nt_term(term)


def term_sort_key(term: Node | None) -> tuple[str, str]:
    """Sort key for terms, so outputs sort the same way every run.

    Args:
        term: a term, or ``None`` (sorts first).

    Returns:
        The kind of term and its N-Triples text.
    """
    if term is None:
        return ("", "")
    return (type(term).__name__, nt_term(term))
