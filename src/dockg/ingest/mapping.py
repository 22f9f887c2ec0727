"""Declarative mappings from spreadsheet rows to dockg facts, read from TOML.

A mapping says which entities each row of a CSV file makes, how their IRIs are minted
and which property each column fills. It is data, not code: the Cannes competition
mapping in ``data/mappings/cannes-competition.toml`` is the worked example. Its parts:

``[source]``
    ``title`` (required), ``slug`` (graph and file slug; default the CSV file's stem),
    ``url`` (where the spreadsheet was published; default the file name),
    ``captured`` (a date), ``license`` (the IRI of the spreadsheet's licence, which
    the imported graph states; default dockg's own, CC BY 4.0).
``[csv]``
    ``delimiter`` (default ``","``) and ``encoding`` (default ``"utf-8-sig"``).
``[entities.NAME]``
    One entity per row (or shared by rows with the same key): ``kind`` (an IRI kind of
    :class:`dockg.iris.Kind`), ``key`` (the text templates of the IRI slug, ``{column}``
    replaced by the row's cell), ``class`` (one CURIE or a list), and ``properties``:
    a table from a property CURIE to one value table or a list of them.
``[lookups.NAME]``
    A code table, e.g. ISO country codes to names: ``kind``, ``class``, ``lang`` of the
    names, and ``values`` (code → name). A looked-up value becomes an entity with
    ``schema:name`` and ``schema:identifier`` (the code).

A value table has exactly one of ``column`` (a cell), ``text`` (a template) or
``entity`` (the IRI of another entity of the same row), and may add ``split`` (cut a
cell into several values at this separator), ``parse`` (``text``, ``year``,
``integer``, ``duration``, ``iri``, ``language`` (a BCP 47 tag), ``person``),
``lookup``, ``lang`` (a language tag),
``lang_column`` with ``lang_pick`` (``first`` or ``single``: tag with the first
language of that column, or only when it lists exactly one) and ``romanized`` (languages
whose values in Latin letters are romanizations, tagged ``ru-Latn``), ``name_order``
(``given-first`` or ``family-first``, for persons), ``family_name_first`` (names
written family-name first although the column is not) and ``required``. Empty cells
never make a triple; an empty required cell is a row error.

Every problem of the mapping itself is an :class:`InputError` naming the mapping file
and the key (``entities.film.properties."schema:duration".column``).
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef

from dockg.errors import InputError
from dockg.iris import Kind
from dockg.prefixes import expand_iri
from dockg.project import Project


class Parse(StrEnum):
    """How a cell's text becomes an RDF term."""

    TEXT = "text"
    YEAR = "year"
    INTEGER = "integer"
    DURATION = "duration"
    IRI = "iri"
    LANGUAGE = "language"
    PERSON = "person"


class LangPick(StrEnum):
    """Which language of a language column tags a text value."""

    FIRST = "first"
    SINGLE = "single"


class NameOrder(StrEnum):
    """The order in which a column writes personal names."""

    GIVEN_FIRST = "given-first"
    FAMILY_FIRST = "family-first"


@dataclass(frozen=True)
class Template:
    """A text with ``{column}`` fields, filled from one row."""

    text: str
    columns: tuple[str, ...]

    def render(self, row: Mapping[str, str]) -> str:
        """The text with each field replaced by the row's (stripped) cell."""
        return self.text.format_map({c: row[c].strip() for c in self.columns})


@dataclass(frozen=True)
class ValueSpec:
    """One value table: where a property's values come from and how they are read.

    Attributes:
        where: the value table's key in the mapping, for messages.
        prop: the property IRI.
        column: the cell the values come from, if any.
        text: the template of a constant or composed text, if any.
        entity: the name of another entity of the row whose IRI is the value, if any.
        split: the separator of several values in one cell.
        parse: how each value is read.
        lookup: the code table each value is looked up in.
        lang: a fixed language tag of text values.
        lang_column: the column whose languages tag text values.
        lang_pick: which of ``lang_column``'s languages tags the value.
        name_order: the order of personal names in ``column``.
        family_name_first: names written family-name first even so.
        required: an empty cell is a row error.
    """

    where: str
    prop: URIRef
    column: str | None = None
    text: Template | None = None
    entity: str | None = None
    split: str | None = None
    parse: Parse = Parse.TEXT
    lookup: str | None = None
    lang: str | None = None
    lang_column: str | None = None
    lang_pick: LangPick = LangPick.FIRST
    name_order: NameOrder = NameOrder.GIVEN_FIRST
    family_name_first: frozenset[str] = frozenset()
    romanized: frozenset[str] = frozenset()
    required: bool = False


@dataclass(frozen=True)
class EntitySpec:
    """An entity each row makes (or shares with other rows of the same key)."""

    name: str
    kind: Kind
    key: tuple[Template, ...]
    classes: tuple[URIRef, ...]
    values: tuple[ValueSpec, ...]


@dataclass(frozen=True)
class Lookup:
    """A code table: each code stands for a named entity."""

    name: str
    kind: Kind
    classes: tuple[URIRef, ...]
    lang: str | None
    values: Mapping[str, str]


@dataclass(frozen=True)
class CsvMapping:
    """A whole mapping file, checked.

    Attributes:
        path: the mapping file.
        title: the source's human title.
        slug: the graph and file slug, or ``None`` for the CSV file's stem.
        url: where the spreadsheet was published, if known.
        captured: the capture date as written (ISO), if known.
        license: the IRI of the spreadsheet's licence, if given.
        delimiter: the CSV field separator.
        encoding: the CSV file's encoding.
        entities: the entities of a row, in mapping order.
        lookups: the code tables by name.
    """

    path: Path
    title: str
    slug: str | None
    url: str | None
    captured: str | None
    delimiter: str
    encoding: str
    entities: tuple[EntitySpec, ...]
    lookups: Mapping[str, Lookup]
    license: str | None = None

    def columns(self) -> dict[str, str]:
        """Every column the mapping reads, with the first key that reads it."""
        used: dict[str, str] = {}
        for entity in self.entities:
            for index, template in enumerate(entity.key):
                for column in template.columns:
                    used.setdefault(column, f"entities.{entity.name}.key[{index}]")
            for value in entity.values:
                if value.column is not None:
                    used.setdefault(value.column, f"{value.where}.column")
                if value.lang_column is not None:
                    used.setdefault(value.lang_column, f"{value.where}.lang_column")
                for column in value.text.columns if value.text else ():
                    used.setdefault(column, f"{value.where}.text")
        return used

    def check_header(self, header: Iterable[str], csv_name: str) -> None:
        """Check that every column the mapping reads is in the CSV header.

        Raises:
            InputError: naming the mapping file, the key and the missing column.
        """
        present = list(header)
        for column, where in self.columns().items():
            if column not in present:
                raise InputError(
                    f"mapping {self.path.name}: {where}: no column {column!r} in {csv_name} "
                    f"(its columns: {', '.join(present)})"
                )


# ---------------------------------------------------------------------------
# Reading and checking
# ---------------------------------------------------------------------------

_TOP = {"source", "csv", "entities", "lookups"}
_SOURCE = {"title", "slug", "url", "captured", "license"}
_CSV = {"delimiter", "encoding"}
_ENTITY = {"kind", "key", "class", "properties"}
_LOOKUP = {"kind", "class", "lang", "values"}
_VALUE = {
    "column",
    "text",
    "entity",
    "split",
    "parse",
    "lookup",
    "lang",
    "lang_column",
    "lang_pick",
    "name_order",
    "family_name_first",
    "romanized",
    "required",
}
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LICENSE = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")


class _Reader:
    """Reads one mapping file, raising errors that name the file and the key."""

    def __init__(self, path: Path, known: frozenset[URIRef]) -> None:
        self.path = path
        self.known = known

    def fail(self, where: str, problem: str) -> InputError:
        return InputError(f"mapping {self.path.name}: {where}: {problem}")

    def table(self, value: Any, where: str, allowed: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be a table")
        for key in value:
            if key not in allowed:
                raise self.fail(
                    f"{where}.{key}" if where else key,
                    f"unknown key (allowed: {', '.join(sorted(allowed))})",
                )
        return value

    def text(
        self, table: dict[str, Any], key: str, where: str, *, required: bool = False
    ) -> str | None:
        value = table.get(key)
        if value is None:
            if required:
                raise self.fail(f"{where}.{key}" if where else key, "missing")
            return None
        if not isinstance(value, str) or not value:
            raise self.fail(f"{where}.{key}", "must be a non-empty string")
        return value

    def choice(
        self, table: dict[str, Any], key: str, where: str, enum: type[StrEnum], default: Any
    ) -> Any:
        value = self.text(table, key, where)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise self.fail(f"{where}.{key}", f"{value!r} is not one of {allowed}") from None

    def term(self, curie: str, where: str, what: str) -> URIRef:
        expanded = expand_iri(curie)
        if expanded is None:
            raise self.fail(where, f"{curie!r} is not a compact IRI with a dockg prefix")
        iri = URIRef(expanded)
        if iri not in self.known:
            raise self.fail(where, f"unknown {what} {curie}: the project ontology does not use it")
        return iri

    def classes(self, table: dict[str, Any], where: str) -> tuple[URIRef, ...]:
        value = table.get("class")
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
            raise self.fail(f"{where}.class", "must be a class CURIE or a list of them")
        return tuple(self.term(name, f"{where}.class", "class") for name in names)

    def kind(self, table: dict[str, Any], where: str) -> Kind:
        return self.choice(table, "kind", where, Kind, None) or _raise(
            self.fail(f"{where}.kind", "missing")
        )

    def template(self, text: str, where: str) -> Template:
        try:
            fields = [f for _, f, spec, conv in string.Formatter().parse(text) if f is not None]
            if any(not f for f in fields):
                raise ValueError("empty field {}")
        except ValueError as error:
            raise self.fail(where, f"bad template {text!r}: {error}") from None
        return Template(text, tuple(dict.fromkeys(fields)))

    def lang_tag(self, value: str, where: str) -> str:
        if not is_language_tag(value):
            raise self.fail(where, f"{value!r} is not a language tag")
        return value

    def read(self, data: dict[str, Any]) -> CsvMapping:
        self.table(data, "", _TOP)
        source = self.table(data.get("source"), "source", _SOURCE)
        title = self.text(source, "title", "source", required=True)
        slug = self.text(source, "slug", "source")
        if slug is not None and not _SLUG.match(slug):
            raise self.fail("source.slug", f"{slug!r} is not a slug (lower-case words and hyphens)")
        captured = self.text(source, "captured", "source")
        if captured is not None and not _DATE.match(captured):
            raise self.fail("source.captured", f"{captured!r} is not a date (YYYY-MM-DD)")
        license = self.text(source, "license", "source")
        if license is not None and not _LICENSE.match(license):
            raise self.fail(
                "source.license",
                f"{license!r} is not a licence IRI (e.g. https://spdx.org/licenses/MIT)",
            )
        csv_options = self.table(data.get("csv", {}), "csv", _CSV)
        delimiter = self.text(csv_options, "delimiter", "csv") or ","
        if len(delimiter) != 1:
            raise self.fail("csv.delimiter", "must be one character")
        encoding = self.text(csv_options, "encoding", "csv") or "utf-8-sig"
        try:
            "".encode(encoding)
        except LookupError:
            raise self.fail("csv.encoding", f"unknown encoding {encoding!r}") from None
        lookups = {
            name: self.lookup(name, table)
            for name, table in self.table(
                data.get("lookups", {}), "lookups", set(data.get("lookups", {}))
            ).items()
        }
        entities_table = data.get("entities")
        if not isinstance(entities_table, dict) or not entities_table:
            raise self.fail("entities", "missing: a mapping makes at least one entity per row")
        names = set(entities_table)
        entities = tuple(
            self.entity(name, table, names, lookups) for name, table in entities_table.items()
        )
        assert title is not None
        return CsvMapping(
            path=self.path,
            title=title,
            slug=slug,
            url=self.text(source, "url", "source"),
            captured=captured,
            delimiter=delimiter,
            encoding=encoding,
            entities=entities,
            lookups=lookups,
            license=license,
        )

    def lookup(self, name: str, value: Any) -> Lookup:
        where = f"lookups.{name}"
        table = self.table(value, where, _LOOKUP)
        codes = self.table(table.get("values"), f"{where}.values", set(table.get("values") or {}))
        if not codes or not all(isinstance(v, str) and v for v in codes.values()):
            raise self.fail(f"{where}.values", "must map each code to a non-empty name")
        lang = self.text(table, "lang", where)
        return Lookup(
            name=name,
            kind=self.kind(table, where),
            classes=self.classes(table, where),
            lang=self.lang_tag(lang, f"{where}.lang") if lang else None,
            values=dict(codes),
        )

    def entity(
        self, name: str, value: Any, names: set[str], lookups: Mapping[str, Lookup]
    ) -> EntitySpec:
        where = f"entities.{name}"
        table = self.table(value, where, _ENTITY)
        key = table.get("key")
        if not isinstance(key, list) or not key or not all(isinstance(k, str) and k for k in key):
            raise self.fail(f"{where}.key", "must be a non-empty list of text templates")
        properties = self.table(
            table.get("properties"), f"{where}.properties", set(table.get("properties") or {})
        )
        values: list[ValueSpec] = []
        for curie, spec in properties.items():
            prop_where = f'{where}.properties."{curie}"'
            prop = self.term(curie, prop_where, "property")
            specs = spec if isinstance(spec, list) else [spec]
            for index, one in enumerate(specs):
                one_where = prop_where if len(specs) == 1 else f"{prop_where}[{index}]"
                values.append(self.value(prop, one, one_where, names, lookups))
        return EntitySpec(
            name=name,
            kind=self.kind(table, where),
            key=tuple(self.template(k, f"{where}.key[{i}]") for i, k in enumerate(key)),
            classes=self.classes(table, where),
            values=tuple(values),
        )

    def value(
        self, prop: URIRef, value: Any, where: str, names: set[str], lookups: Mapping[str, Lookup]
    ) -> ValueSpec:
        table = self.table(value, where, _VALUE)
        sources = [k for k in ("column", "text", "entity") if k in table]
        if len(sources) != 1:
            raise self.fail(where, "needs exactly one of column, text or entity")
        entity = self.text(table, "entity", where)
        if entity is not None and entity not in names:
            raise self.fail(f"{where}.entity", f"no entity {entity!r} in this mapping")
        lookup = self.text(table, "lookup", where)
        if lookup is not None and lookup not in lookups:
            raise self.fail(f"{where}.lookup", f"no lookup {lookup!r} in this mapping")
        parse = self.choice(table, "parse", where, Parse, Parse.TEXT)
        if lookup is not None and parse is not Parse.TEXT:
            raise self.fail(where, "a looked-up value cannot be parsed as well")
        lang = self.text(table, "lang", where)
        lang_column = self.text(table, "lang_column", where)
        if (lang or lang_column) and (parse is not Parse.TEXT or lookup or entity):
            raise self.fail(where, "only text values take a language")
        if lang and lang_column:
            raise self.fail(where, "give lang or lang_column, not both")
        text = self.text(table, "text", where)
        family_first = table.get("family_name_first", [])
        if not isinstance(family_first, list) or not all(isinstance(n, str) for n in family_first):
            raise self.fail(f"{where}.family_name_first", "must be a list of names")
        if (family_first or "name_order" in table) and parse is not Parse.PERSON:
            raise self.fail(where, 'name_order and family_name_first need parse = "person"')
        romanized = table.get("romanized", [])
        if not isinstance(romanized, list) or not all(
            isinstance(t, str) and is_language_tag(t) for t in romanized
        ):
            raise self.fail(f"{where}.romanized", "must be a list of language tags")
        if romanized and not lang_column:
            raise self.fail(f"{where}.romanized", "needs lang_column")
        required = table.get("required", False)
        if not isinstance(required, bool):
            raise self.fail(f"{where}.required", "must be true or false")
        return ValueSpec(
            where=where,
            prop=prop,
            column=self.text(table, "column", where),
            text=self.template(text, f"{where}.text") if text else None,
            entity=entity,
            split=self.text(table, "split", where),
            parse=parse,
            lookup=lookup,
            lang=self.lang_tag(lang, f"{where}.lang") if lang else None,
            lang_column=lang_column,
            lang_pick=self.choice(table, "lang_pick", where, LangPick, LangPick.FIRST),
            name_order=self.choice(table, "name_order", where, NameOrder, NameOrder.GIVEN_FIRST),
            family_name_first=frozenset(family_first),
            romanized=frozenset(romanized),
            required=required,
        )


def is_language_tag(text: str) -> bool:
    """Whether ``text`` is a BCP 47 language tag of the form dockg accepts (``ko-Latn``)."""
    return _LANGUAGE_TAG.match(text) is not None


def _raise(error: Exception) -> Any:
    raise error


def project_terms(project: Project) -> frozenset[URIRef]:
    """Every IRI the project's ontology files mention: the terms a mapping may use.

    Args:
        project: the project whose ``ontology/*.ttl`` (ontology, schema.org subset,
            subjects and shapes) define what is known.

    Returns:
        The IRIs in any position of any ontology triple.
    """
    graph = Graph()
    for path in sorted(project.ontology_dir.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return frozenset(term for triple in graph for term in triple if isinstance(term, URIRef))


def load_mapping(path: Path, known: frozenset[URIRef]) -> CsvMapping:
    """Read and check a TOML mapping file.

    Args:
        path: the mapping file.
        known: the classes and properties it may use (see :func:`project_terms`).

    Returns:
        The checked mapping (its columns are checked later against a CSV header).

    Raises:
        InputError: the file cannot be read, is not TOML, or breaks a rule of the
            format; the message names the file and the key.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"cannot read mapping {path}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"mapping {path.name} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"mapping {path.name} is not valid TOML: {error}") from None
    return _Reader(path, known).read(data)
