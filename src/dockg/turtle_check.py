"""What rdflib's Turtle parser lets through or words badly, turned into input errors that
name the file and line.

rdflib reads the project's Turtle (its graphs feed the build's outputs) and words most
syntax errors well. Where it does not, Oxigraph's parser, stricter and exact about lines,
is asked about the same bytes:

- an error without a line (a string left open at the end of the file) or in the words of
  the N3 dialect rdflib's parser comes from (``Keyword 'this' was ancient N3`` for
  garbage at the start of a statement);
- escapes rdflib accepts but no writer can write: ``"\\uD800"`` (half of a UTF-16 pair)
  in a literal, ``<\\u0020>`` in an IRI (the build then failed with a traceback, and the
  server's dumps with 500);
- structures past what rdflib handles: blank nodes or lists nested deeper than
  :data:`MAX_NESTING` (its parser recurses, and ran out of stack without a line), and RDF
  lists longer than :data:`MAX_LIST_ITEMS` (its store and writers slow down with the
  square of a list's length: 100,000 items took 13 minutes to build).

pyoxigraph is imported only when a file needs it, as :mod:`dockg.loading` keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF

from dockg.errors import InputError

if TYPE_CHECKING:
    import pyoxigraph as ox

#: A term of either library (rdflib's or pyoxigraph's), hashable.
Node = Any

#: The deepest nesting of ``[ ]`` and ``( )`` dockg reads (rdflib's parser recurses).
MAX_NESTING = 100
#: The most items an RDF list may have (rdflib's store and writers are quadratic in it).
MAX_LIST_ITEMS = 10_000

_OXIGRAPH_POSITION = re.compile(
    r"^Parser error (at|between) line \d+ column \d+( and line \d+ column \d+)?: "
    r"|^Parser error at line \d+ between columns \d+ and \d+: "
)
#: rdflib's messages that speak of N3 rather than of Turtle.
_N3_WORDING = re.compile(r"N3|@forSome|@forAll|@keywords")


def oxigraph_error(data: bytes, path: Path) -> tuple[int, str] | None:
    """The line and message of the first syntax error Oxigraph finds in a Turtle document.

    Args:
        data: the document.
        path: its file (the base IRI of relative IRIs).

    Returns:
        ``(line, message)``, or None if Oxigraph reads it (or gives no line).
    """
    import pyoxigraph as ox

    try:
        for _ in ox.parse(data, format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri()):
            pass
    except SyntaxError as error:
        if not error.lineno:
            return None
        why = _OXIGRAPH_POSITION.sub("", str(error.msg or error))
        if why == "Unexpected end of file":
            why = "the file ends inside the string or statement that starts on this line"
        return error.lineno, why
    return None


def syntax_error(data: bytes, path: Path, display: str, line: int | None, why: str) -> InputError:
    """The input error for a Turtle file rdflib refused, worded by rdflib unless Oxigraph
    says it better (rdflib gave no line, or spoke of N3).

    Args:
        data: the file's bytes.
        path: the file.
        display: how messages name it.
        line: the line rdflib gave, if any.
        why: rdflib's message.

    Returns:
        ``DISPLAY:LINE: Turtle syntax error: WHY``.
    """
    if line is None or _N3_WORDING.search(why) or why.startswith("unterminated string"):
        found = oxigraph_error(data, path)
        if found is not None:
            if why.startswith("unterminated string"):
                # rdflib names the end of the file; the string opens where Oxigraph says
                found = found[0], "unterminated string literal: it opens here and never closes"
            line, why = found
    if line is None:
        return InputError(f"{display}: Turtle syntax error: {why}")
    return InputError(f"{display}:{line}: Turtle syntax error: {why}")


def too_deep(data: bytes, display: str) -> InputError:
    """The input error for a file whose nesting rdflib's parser could not follow.

    Args:
        data: the file's bytes.
        display: how messages name it.

    Returns:
        ``DISPLAY:LINE: ...`` naming the line where the nesting passes :data:`MAX_NESTING`.
    """
    line = _nesting_line(data.decode("utf-8", errors="replace"), MAX_NESTING)
    where = f"{display}:{line}:" if line else f"{display}:"
    return InputError(
        f"{where} blank nodes or lists nested more than {MAX_NESTING} levels deep; "
        f"dockg reads up to {MAX_NESTING}: give the inner nodes IRIs, or flatten the structure"
    )


def _nesting_line(text: str, limit: int) -> int | None:
    """The line where ``[``/``(`` nesting first passes ``limit``, skipping strings, IRIs and
    comments."""
    depth, line, i, size = 0, 1, 0, len(text)
    while i < size:
        char = text[i]
        if char == "\n":
            line += 1
        elif char == "#":
            end = text.find("\n", i)
            i = size if end < 0 else end
            continue
        elif char == "<":
            end = text.find(">", i)
            if end < 0:
                return None
            line += text.count("\n", i, end)
            i = end + 1
            continue
        elif char in "\"'":
            quote = char * 3 if text.startswith(char * 3, i) else char
            j = i + len(quote)
            while j < size and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            line += text.count("\n", i, j)
            i = j + len(quote)
            continue
        elif char in "[(":
            depth += 1
            if depth > limit:
                return line
        elif char in "])":
            depth -= 1
        i += 1
    return None


def check_parsed(graph: Graph, data: bytes, path: Path, display: str) -> None:
    """Refuse what rdflib read from a Turtle file but dockg cannot write or handle.

    Args:
        graph: the graph rdflib parsed.
        data: the file's bytes.
        path: the file.
        display: how messages name it.

    Raises:
        InputError: for a term no writer can write (an odd ``\\u`` escape), naming the line
            where Oxigraph finds it; or an RDF list longer than :data:`MAX_LIST_ITEMS`,
            naming the node that holds it.
    """
    if b"\\u" in data or b"\\U" in data:  # the only way to write such terms in Turtle
        for triple in graph:
            for term in triple:
                problem = _unwritable(term)
                if problem is not None:
                    found = oxigraph_error(data, path)
                    if found is not None:
                        raise InputError(f"{display}:{found[0]}: Turtle syntax error: {found[1]}")
                    raise InputError(f"{display}: {problem}")
    rests = sum(1 for _ in graph.triples((None, RDF.rest, None)))
    if rests >= MAX_LIST_ITEMS:
        _check_lists(graph, display)


def _unwritable(term: object) -> str | None:
    """Why a term cannot be written, or None."""
    import pyoxigraph as ox

    try:
        if isinstance(term, Literal):
            str(term).encode("utf-8")
        elif isinstance(term, URIRef):
            ox.NamedNode(str(term))
    except (UnicodeEncodeError, ValueError) as error:
        return f"{term!r} cannot be written: {error}"
    return None


def _too_long_list(rest_of: Mapping[Node, Node]) -> Node | None:
    """The head of a list longer than :data:`MAX_LIST_ITEMS`, given each cell's next cell."""
    followed = set(rest_of.values())
    for head in rest_of:
        if head in followed:
            continue  # not the head of a list
        length, node = 0, head
        while node in rest_of and length <= MAX_LIST_ITEMS:
            length, node = length + 1, rest_of[node]
        if length > MAX_LIST_ITEMS:
            return head
    return None


def _list_error(display: str, holder: tuple[object, object] | None) -> InputError:
    """The error for a list too long; ``holder`` is the subject and predicate that hold it."""
    named = f" (the value of {holder[1]} of {holder[0]})" if holder is not None else ""
    return InputError(
        f"{display}: an RDF list of more than {MAX_LIST_ITEMS:,} items{named}; "
        f"dockg reads lists of up to {MAX_LIST_ITEMS:,}: split it, or give the "
        "items as repeated values of the property"
    )


def _check_lists(graph: Graph, display: str) -> None:
    """Raise for the first RDF list longer than :data:`MAX_LIST_ITEMS` in an rdflib graph."""
    head = _too_long_list(dict(graph.subject_objects(RDF.rest)))
    if head is not None:
        holder = next(graph.subject_predicates(head), None)
        if holder is None or isinstance(holder[0], BNode):
            raise _list_error(display, None)
        raise _list_error(display, (holder[0].n3(), holder[1].n3()))


def check_structures(triples: Sequence[ox.Triple], data: bytes, display: str) -> None:
    """Refuse blank nodes nested past :data:`MAX_NESTING` and lists past
    :data:`MAX_LIST_ITEMS` in triples Oxigraph parsed (it reads them; the build's writers,
    rdflib's serializers, recurse into nested nodes and are slow on long lists).

    Args:
        triples: a file's triples.
        data: the file's bytes (to find the line of a nesting too deep).
        display: how messages name the file.

    Raises:
        InputError: naming the line where the nesting passes the limit, or the node that
            holds a list too long.
    """
    import pyoxigraph as ox

    rest = ox.NamedNode(str(RDF.rest))
    holders: dict[Node, tuple[Node, Node]] = {}
    rest_of: dict[Node, Node] = {}
    for triple in triples:
        value = triple.object
        if type(value) is ox.BlankNode:
            if triple.predicate == rest:
                rest_of[triple.subject] = value
            else:
                holders[value] = (triple.subject, triple.predicate)
    if len(rest_of) >= MAX_LIST_ITEMS:
        head = _too_long_list(rest_of)
        if head is not None:
            holder = holders.get(head)
            named = holder is not None and type(holder[0]) is not ox.BlankNode
            raise _list_error(display, holder if named else None)
    if len(holders) > MAX_NESTING and _deepest(holders, rest_of) > MAX_NESTING:
        raise too_deep(data, display)


def _deepest(holders: Mapping[Node, tuple[Node, Node]], rest_of: Mapping[Node, Node]) -> int:
    """How deep blank nodes nest: a value one level below its holder; the cells of a list
    at the level of its first (``( )`` writes them side by side)."""
    up: dict[Node, tuple[Node, int]] = {node: (holder[0], 1) for node, holder in holders.items()}
    for cell, following in rest_of.items():
        up.setdefault(following, (cell, 0))
    depth: dict[Node, int] = {}
    deepest = 0
    for start in up:
        chain: list[tuple[Node, int]] = []
        node: Node = start
        seen: set[Node] = set()
        while node in up and node not in depth and node not in seen:
            seen.add(node)
            parent, step = up[node]
            chain.append((node, step))
            node = parent
        level = depth.get(node, 0)
        for node, step in reversed(chain):
            level += step
            depth[node] = level
        deepest = max(deepest, level)
    return deepest
