"""Binding query parameters on stores without ``initBindings``: a ``VALUES`` block.

Oxigraph substitutes only variables of the SELECT clause, and a remote endpoint takes
nothing but query text. So parameters become a one-row ``VALUES`` block placed first in
the query's outermost group (``WHERE {``), which binds them for the whole group as
``initBindings`` does. Terms are written by rdflib's N-Triples-style ``n3()``, which
escapes literals and refuses malformed IRIs: a value cannot change the query's shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from dockg.errors import UsageError

# Tokens that may contain braces or the word WHERE without being syntax.
_SKIP = re.compile(
    r"""
      \#[^\n]*                                   # comment
    | '''(?:[^'\\]|\\.|'(?!''))*'''              # long strings
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '(?:[^'\\\n]|\\.)*'                        # short strings
    | "(?:[^"\\\n]|\\.)*"
    | <[^<>"{}|^`\\\x00-\x20]*>                  # IRIs
    """,
    re.VERBOSE,
)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def _syntax(text: str) -> Iterator[tuple[int, str]]:
    """The braces and keywords of a query with their positions, upper-cased keywords;
    comments, strings, IRIs and variables (``?where`` is no keyword) are skipped."""
    position = 0
    while position < len(text):
        skipped = _SKIP.match(text, position)
        if skipped:
            position = skipped.end()
            continue
        char = text[position]
        if char in "?$":
            word = _WORD.match(text, position + 1)
            position = word.end() if word else position + 1
            continue
        word = _WORD.match(text, position) if char.isalpha() or char == "_" else None
        if word:
            yield position, word.group().upper()
            position = word.end()
            continue
        if char == "{":
            yield position, char
        position += 1


def _outer_group(text: str) -> int:
    """Index just after the ``{`` that opens the query's WHERE clause.

    Raises:
        UsageError: if there is none (e.g. ``DESCRIBE <iri>``, which has nothing to bind).
    """
    after_where, form = False, ""
    for position, token in _syntax(text):
        if token == "{" and (after_where or form in ("SELECT", "ASK")):
            return position + 1  # (a CONSTRUCT template's brace: the WHERE group follows)
        if token in _FORMS and not form:
            form = token
        after_where = after_where or token == "WHERE"
    raise UsageError("cannot bind parameters: the query has no WHERE clause")


def query_form(text: str) -> str | None:
    """The form of a query (``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``), read as a
    SPARQL parser reads it: comments, strings, IRIs and variables are skipped.

    SPARQLWrapper guesses the form with a regular expression that removes only every
    other line of a block of comments, so a query whose header mentions a "movement"
    was taken for a ``MOVE`` update and sent as one. Returns None when no query form
    comes before the first brace (an update, or not SPARQL).
    """
    for _, token in _syntax(text):
        if token == "{":
            return None
        if token in _FORMS:
            return token
    return None


def _value(name: str, term: Identifier) -> str:
    if isinstance(term, BNode):
        raise UsageError(f"cannot bind ?{name} to a blank node on this store")
    if not isinstance(term, URIRef | Literal):
        raise UsageError(f"cannot bind ?{name} to {term!r}")
    try:
        return term.n3()
    except Exception as error:  # rdflib refuses IRIs with spaces, quotes, braces...
        raise UsageError(f"cannot bind ?{name}: {error}") from error


def with_values(text: str, bindings: Mapping[str, Identifier] | None) -> str:
    """Bind variables by a ``VALUES`` block at the start of the outermost group.

    Args:
        text: a SPARQL query.
        bindings: variable name → IRI or literal.

    Returns:
        The query with the block inserted (unchanged when there are no bindings).

    Raises:
        UsageError: if a value is a blank node or a malformed IRI, or the query has no
            WHERE clause.
    """
    if not bindings:
        return text
    names = list(bindings)
    for name in names:
        if not _WORD.fullmatch(name):
            raise UsageError(f"not a SPARQL variable name: {name!r}")
    row = " ".join(_value(name, bindings[name]) for name in names)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }} "
    at = _outer_group(text)
    return text[:at] + block + text[at:]
