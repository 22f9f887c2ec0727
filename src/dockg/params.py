"""Typed query parameters: declared in a query's header, given on the command line.

A header line ``# params: topic (iri) = <https://...>, year (year)`` declares each
variable a user may bind, its type and an optional default. Values become RDF terms of
the declared type and are bound with rdflib's ``initBindings``: they are never pasted
into the query text, so a value can only ever match as a term, not change the query.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from dockg.errors import DockgError, InputError, UsageError
from dockg.namespaces import XSD
from dockg.prefixes import expand_iri
from dockg.terms import display_term


class ParamType(StrEnum):
    """The types a query parameter can be declared with."""

    IRI = "iri"  # an entity: given by name in any written form, IRI or compact IRI
    STRING = "string"
    INTEGER = "integer"
    YEAR = "year"
    DATE = "date"
    LANGUAGE = "language"


_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_YEAR = re.compile(r"-?[0-9]{4,}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_LANGUAGE = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

_EXPECTED = {
    ParamType.IRI: "a name, an IRI such as <https://w3id.org/dockg/id/film/x>, or film:x",
    ParamType.STRING: "any text",
    ParamType.INTEGER: "a whole number such as 42",
    ParamType.YEAR: "a year such as 2017",
    ParamType.DATE: "a date such as 2017-05-01",
    ParamType.LANGUAGE: "a language tag such as en or ko",
}


def _to_iri(text: str) -> URIRef | None:
    bracketed = text.startswith("<") and text.endswith(">")
    text = text[1:-1] if bracketed else expand_iri(text) or text
    return URIRef(text) if _ABSOLUTE_IRI.fullmatch(text) else None


def _to_term(kind: ParamType, text: str) -> Identifier | None:
    """Convert ``text`` to a term of type ``kind``, or ``None`` if it is not one."""
    if kind is ParamType.IRI:
        return _to_iri(text.strip())
    if kind is ParamType.STRING:
        return Literal(text)
    text = text.strip()
    if kind is ParamType.INTEGER:
        # Normalized (``+07`` → ``7``) so it equals the literal ``7`` in the data.
        return Literal(int(text)) if _INTEGER.fullmatch(text) else None
    if kind is ParamType.YEAR:
        return Literal(text, datatype=XSD.gYear) if _YEAR.fullmatch(text) else None
    if kind is ParamType.DATE:
        if not _DATE.fullmatch(text):
            return None
        try:
            datetime.date.fromisoformat(text)
        except ValueError:
            return None
        return Literal(text, datatype=XSD.date)
    return Literal(text) if _LANGUAGE.fullmatch(text) else None


@dataclass(frozen=True)
class Param:
    """One bindable variable of a query.

    Attributes:
        name: the SPARQL variable, without ``?``.
        type: what values it takes.
        default: the term bound when the user gives no value, or ``None`` if required.
    """

    name: str
    type: ParamType
    default: Identifier | None = None

    def convert(self, text: str, *, resolve: Callable[[str], URIRef] | None = None) -> Identifier:
        """Turn a value given by a user into a term of this parameter's type.

        Args:
            text: the raw value, e.g. ``2017`` for a year or ``film:x`` for an IRI.
            resolve: for an entity (``iri``) parameter, finds the entity a name, IRI or
                compact IRI means in the data (:meth:`dockg.lookup.EntityFinder.resolve`);
                without it, only an IRI is accepted.

        Returns:
            The RDF term to bind.

        Raises:
            UsageError: if ``text`` is not a value of the parameter's type.
            UnknownEntity, AmbiguousEntity: from ``resolve``, for an entity parameter.
        """
        if self.type is ParamType.IRI and resolve is not None:
            try:
                return resolve(text)
            except DockgError as error:
                error.message = f"parameter {self.name}: {error.message}"
                error.args = (error.message,)
                raise
        term = _to_term(self.type, text)
        if term is None:
            raise UsageError(
                f"parameter {self.name}: {text!r} is not {_EXPECTED[self.type]} "
                f"(declared type: {self.type.value})"
            )
        return term

    def describe(self) -> str:
        """Render as in a header, e.g. ``topic (iri) = topic:koryo-saram``."""
        text = f"{self.name} ({self.type.value})"
        return f"{text} = {display_term(self.default)}" if self.default is not None else text


# One declaration: ``name (type)`` and optionally ``= default``, where a default may be
# an <iri>, a "quoted string" (commas allowed inside) or a bare token.
_DECLARATION = re.compile(
    r"""\s*(?P<name>[^\s(),=]+)\s*\(\s*(?P<type>[^\s()]+)\s*\)
        \s*(?:=\s*(?P<default><[^>]*>|"(?:[^"\\]|\\.)*"|[^\s,]+))?
        \s*(?:,|$)""",
    re.VERBOSE,
)


def _unquote(text: str) -> str:
    if len(text) >= 2 and text.startswith('"') and text.endswith('"'):
        return re.sub(r"\\(.)", r"\1", text[1:-1])
    return text


def parse_params(text: str, *, source: str) -> tuple[Param, ...]:
    """Parse the value of a ``# params:`` header line.

    Args:
        text: e.g. ``topic (iri) = <https://...>, year (year)``; empty or ``none`` for none.
        source: how messages name the query file.

    Returns:
        The declared parameters, in order.

    Raises:
        InputError: if a declaration, a type or a default value is malformed.
    """
    text = text.strip()
    if text.lower() in ("", "none", "-"):
        return ()
    params: list[Param] = []
    pos = 0
    while pos < len(text):
        match = _DECLARATION.match(text, pos)
        if match is None or match.end() == pos:
            raise InputError(
                f"{source}: cannot read '# params:' at {text[pos:]!r}; "
                "write name (type) or name (type) = default, separated by commas"
            )
        pos = match.end()
        name, type_name, default = match.group("name", "type", "default")
        if not _NAME.fullmatch(name):
            raise InputError(f"{source}: parameter name {name!r} is not a SPARQL variable name")
        try:
            kind = ParamType(type_name)
        except ValueError:
            allowed = ", ".join(t.value for t in ParamType)
            raise InputError(
                f"{source}: parameter {name} has unknown type {type_name!r} (one of: {allowed})"
            ) from None
        param = Param(name, kind)
        if default is not None:
            term = _to_term(kind, _unquote(default))
            if term is None:
                raise InputError(
                    f"{source}: default of parameter {name} is not {_EXPECTED[kind]}: {default}"
                )
            param = Param(name, kind, term)
        params.append(param)
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise InputError(f"{source}: a parameter is declared twice in '# params:'")
    return tuple(params)


def parse_assignments(items: Iterable[str]) -> dict[str, str]:
    """Split ``name=value`` options as given on the command line.

    Args:
        items: e.g. ``["year=2017", "topic=topic:koryo-saram"]``.

    Returns:
        Name → raw value.

    Raises:
        UsageError: if an item has no ``=`` or a name is given twice.
    """
    values: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError(f"--param {item!r}: write name=value")
        if name in values:
            raise UsageError(f"--param {name} is given twice")
        values[name] = value
    return values
