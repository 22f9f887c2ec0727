"""Running catalogue queries from a web form, and showing them as editable SPARQL.

A form sends each parameter as text; :func:`dockg.queries.bind_params` types it by the
query header and the store runs the query with the terms *bound*, never pasted in.

The "edit this query" view needs a query a SPARQL endpoint can run on its own, without
bindings, so there the values are written into the text as a ``VALUES`` block at the
start of the outermost group: each value is an RDF term in N-Triples syntax (escaped by
:func:`dockg.terms.nt_term`), so it can only ever be a term, and the user sees and sends
the text themselves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast

from rdflib import URIRef
from rdflib.query import ResultRow
from rdflib.term import Identifier

from dockg.errors import InputError
from dockg.lookup import EntityFinder, NameIndex
from dockg.params import Param
from dockg.queries import QueryResult, QuerySpec, bind_params
from dockg.store.base import Store
from dockg.terms import display_term, nt_term


def query_text(spec: QuerySpec) -> str:
    """The text of a catalogue query as its file has it.

    Raises:
        InputError: if the file cannot be read any more.
    """
    try:
        return spec.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{spec.path.name}: cannot read query: {error}") from error


def form_values(
    spec: QuerySpec, given: Mapping[str, str], *, names: NameIndex | None = None
) -> dict[str, str]:
    """The text each parameter field shows: what the user gave, else the default.

    Args:
        spec: the query.
        given: the request's query-string values (other keys are ignored).
        names: the entities' names: a default entity is then shown by its name (what a
            researcher would type), when that name means it and nothing else.

    Returns:
        Parameter name → text (empty when there is neither value nor default).
    """

    def default(param: Param) -> str:
        if param.default is None:
            return ""
        if names is not None and isinstance(param.default, URIRef) and param.default in names:
            label = names.label(param.default)
            if [m.iri for m in names.find(label)] == [param.default]:
                return label
        return display_term(param.default)

    return {p.name: given[p.name] if p.name in given else default(p) for p in spec.params}


def form_bindings(
    spec: QuerySpec, given: Mapping[str, str], *, finder: EntityFinder
) -> dict[str, Identifier]:
    """Type a form's values by the query header; empty fields take the default.

    Args:
        spec: the query.
        given: parameter name → text, as the form sent it.
        finder: finds the entity an entity field names (any written form, IRI, compact IRI).

    Raises:
        UsageError: if a value does not fit its parameter's type, or a required one is
            missing.
        UnknownEntity, AmbiguousEntity: if no entity, or several, fit an entity field.
    """
    values = {p.name: given[p.name] for p in spec.params if given.get(p.name, "").strip()}
    return bind_params(spec, values, resolve=finder.resolve)


def run_form_query(
    store: Store, spec: QuerySpec, given: Mapping[str, str], *, finder: EntityFinder
) -> QueryResult:
    """Run a catalogue query with the values of its form.

    Args:
        store: where the graph is.
        spec: the query.
        given: parameter name → text, as the form sent it; empty fields take the default.
        finder: finds the entity an entity field names.

    Returns:
        The rows, as :func:`dockg.queries.run_query` returns them.

    Raises:
        UsageError: if a value does not fit the parameter's type, or a required one is
            missing.
        InputError: if the query fails while running.
    """
    bindings = form_bindings(spec, given, finder=finder)
    result = store.query(query_text(spec), bindings=bindings)
    variables = tuple(str(v) for v in result.vars or ())
    rows = tuple(tuple(cast(ResultRow, row)) for row in result)
    return QueryResult(spec=spec, bindings=bindings, variables=variables, rows=rows)


_DATA_BLOCK = re.compile(r"VALUES\s*(?:[?$]\w+|\([^()]*\))\s*$", re.IGNORECASE)
_MINUS = re.compile(r"MINUS\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Group:
    open: int
    close: int
    nested: bool  # inside the WHERE clause's outermost group


def _groups(text: str) -> list[_Group]:
    """The ``{ ... }`` group patterns of a query, outermost first.

    Skips ``#`` comments, ``<IRIs>`` (which may contain ``#``), string literals, the
    data blocks of ``VALUES``, the groups of ``MINUS`` (where a value would change
    what is subtracted) and the braces around a subquery (its own WHERE is a group).
    """
    found: list[_Group] = []
    stack: list[tuple[int, bool, bool]] = []  # (offset, to fill, in a data block or MINUS)
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif ch == "<":
            end, line_end = text.find(">", i), text.find("\n", i)
            # A "<" that closes no IRI on its line is the less-than operator.
            i = end if end >= 0 and (line_end < 0 or end < line_end) else i
        elif ch in "\"'":
            quote = text[i : i + 3] if text[i : i + 3] == ch * 3 else ch
            i += len(quote)
            while i < n and text[i : i + len(quote)] != quote:
                i += 2 if text[i] == "\\" else 1
            i += len(quote) - 1
        elif ch == "{":
            before = text[max(0, i - 200) : i]
            blocked = bool(_DATA_BLOCK.search(before) or _MINUS.search(before))
            blocked = blocked or any(b for _, _, b in stack)
            subquery = text[i + 1 : i + 200].lstrip()[:6].upper() == "SELECT"
            stack.append((i, not (blocked or subquery), blocked))
        elif ch == "}" and stack:
            start, fill, _ = stack.pop()
            if fill:
                found.append(_Group(start, i, nested=bool(stack)))
        i += 1
    return sorted(found, key=lambda g: g.open)


def with_values(text: str, bindings: Mapping[str, Identifier]) -> str:
    """Write parameter values into a query as ``VALUES`` blocks, for editing by hand.

    The values go first in the WHERE clause and again first in every nested group that
    uses the variable, so the text means what running the query with the values
    *bound* means (a ``FILTER`` or ``OPTIONAL`` deep inside sees the value), and a
    SPARQL engine that evaluates groups one by one can use it early.

    Args:
        text: the query.
        bindings: variable name → term, as :func:`dockg.queries.bind_params` gives them.

    Returns:
        The query with ``VALUES (?a ?b) { (term term) }`` blocks, or the text unchanged
        when there is nothing to bind.

    Raises:
        InputError: if the text has no group pattern.
    """
    if not bindings:
        return text
    groups = _groups(text)
    if not groups:
        raise InputError("the query has no { ... } group to add values to")
    edits: list[tuple[int, str]] = []
    for group in groups:
        body = text[group.open : group.close]
        names = sorted(
            name
            for name in bindings
            if not group.nested or re.search(rf"[?$]{re.escape(name)}\b", body)
        )
        if not names:
            continue
        variables = " ".join(f"?{name}" for name in names)
        terms = " ".join(nt_term(bindings[name]) for name in names)
        line = f"VALUES ({variables}) {{ ({terms}) }}"
        block = (
            f"\n  # Parameter values from the form:\n  {line}\n" if not group.nested else f" {line}"
        )
        edits.append((group.open + 1, block))
    for at, block in sorted(edits, reverse=True):
        text = text[:at] + block + text[at:]
    return text
