"""Import a spreadsheet (CSV) through a declarative mapping: ``dockg ingest csv``.

Each data row is turned into triples by the mapping (:mod:`dockg.ingest.mapping`). A row
is all or nothing: a row with a wrong number of fields, an unparsable runtime or year,
an unknown code or an empty required cell adds nothing and is reported with its line
and row number, while the other rows go in (with ``strict``, one bad row stops the
whole import). The graph of the good rows is then resolved against the project and
written as one source graph by :func:`dockg.ingest.output.write_import`.

Values are read by small, strict parsers: runtimes (``1h 30m``, ``2h``, ``90 min``,
``16min 55sec``, ``1:30:00``, ``1:30``) become an ``xsd:duration`` in minutes and
seconds (``PT90M``, the form the hand-encoded sources use); years must have four
digits; personal names are split into family and given name to mint
``person/{family}-{given}`` IRIs.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import gc
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.term import Node

from dockg.errors import InputError
from dockg.ingest.mapping import (
    CsvMapping,
    EntitySpec,
    LangPick,
    Lookup,
    NameOrder,
    Parse,
    ValueSpec,
    is_language_tag,
    load_mapping,
    project_terms,
)
from dockg.ingest.output import ImportSummary, SourceInfo
from dockg.ingest.people import NAME_PARTICLES as _PARTICLES
from dockg.ingest.stream_output import StreamedImport
from dockg.iris import Kind, SlugError, mint, mint_person, slugify
from dockg.licences import DATA_LICENSE
from dockg.names import SURNAME_VARIANTS, fold
from dockg.namespaces import DOCKG, SDO
from dockg.progress import track
from dockg.project import Project

Triple = tuple[Node, Node, Node]


class ValueProblem(ValueError):
    """A cell that cannot be read as its mapping says (the message says why)."""


# ---------------------------------------------------------------------------
# Cell parsers
# ---------------------------------------------------------------------------

_UNITS = re.compile(
    r"^(?:(?P<h>\d+)\s*h(?:ours?|rs?)?\.?)?\s*"
    r"(?:(?P<m>\d+)\s*m(?:in(?:utes?|s)?)?\.?)?\s*"
    r"(?:(?P<s>\d+)\s*s(?:ec(?:onds?|s)?)?\.?)?$",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"^(?P<h>\d+):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?$")
_YEAR = re.compile(r"^\d{4}$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_IRI = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
_LANGUAGE_SEPARATORS = re.compile(r"[\s,;/|]+")


def parse_duration(text: str) -> str:
    """Read a runtime as an ``xsd:duration`` lexical form in minutes and seconds.

    Args:
        text: ``1h 30m``, ``2h``, ``90 min``, ``16min 55sec``, ``1:30:00`` or ``1:30``
            (hours and minutes).

    Returns:
        E.g. ``"PT90M"`` or ``"PT16M55S"``.

    Raises:
        ValueProblem: the text is none of these forms, or a zero runtime.
    """
    match = _UNITS.match(text.strip()) or _CLOCK.match(text.strip())
    if match is None or not any(match.groupdict().values()):
        raise ValueProblem(
            f"{text!r} is not a runtime (expected e.g. '1h 30m', '90 min' or '1:30:00')"
        )
    hours, minutes, seconds = (int(match.group(g) or 0) for g in ("h", "m", "s"))
    minutes += 60 * hours
    if minutes == 0 and seconds == 0:
        raise ValueProblem(f"{text!r} is a runtime of zero")
    return "PT" + (f"{minutes}M" if minutes else "") + (f"{seconds}S" if seconds else "")


#: rdf:type, looked up once (rdflib's namespace attribute makes a new term each time)
_TYPE = RDF.type
#: Terms repeated from row to row are made once: festival names, editions, years,
#: runtimes, languages, people, countries. Bounded, so unique cells do not pile up.
_CACHE = 20_000


@lru_cache(maxsize=_CACHE)
def _mint(kind: Kind, *parts: str) -> URIRef:
    return mint(kind, *parts)


@lru_cache(maxsize=_CACHE)
def _literal(text: str, lang: str | None) -> Literal:
    return Literal(text, lang=lang)


@lru_cache(maxsize=_CACHE)
def _duration(text: str) -> Literal:
    return Literal(parse_duration(text), datatype=XSD.duration)


@lru_cache(maxsize=_CACHE)
def _year(text: str) -> Literal:
    if not _YEAR.match(text):
        raise ValueProblem(f"{text!r} is not a four-digit year")
    return Literal(text, datatype=XSD.gYear)


@lru_cache(maxsize=_CACHE)
def _integer(text: str) -> Literal:
    if not _INTEGER.match(text):
        raise ValueProblem(f"{text!r} is not a whole number")
    return Literal(text, datatype=XSD.integer)


@lru_cache(maxsize=_CACHE)
def _languages(cell: str) -> tuple[str, ...]:
    return tuple(t for t in _LANGUAGE_SEPARATORS.split(cell) if t)


def _is_latin(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin letter (accented or not)."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())


def _iri(text: str) -> URIRef:
    if not _IRI.match(text):
        raise ValueProblem(f"{text!r} is not an http(s) address")
    return URIRef(text)


# ---------------------------------------------------------------------------
# Personal names
# ---------------------------------------------------------------------------

#: Words that belong to the family name before them (Mendonça Filho).
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "filho", "neto", "ii", "iii"})
#: A hyphenated East Asian given name after a one-word family name ("Hong Sang-soo",
#: "Tsai Ming-liang"): the second syllable is in lower case, unlike a hyphenated Western
#: family name ("El-Sabawi", "Zeta-Jones").
_HYPHENATED_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


@dataclass(frozen=True)
class PersonName:
    """A personal name as written, split into family and given name.

    Attributes:
        written: the name as the cell has it.
        family: the family name (``None`` for a single name such as "Steno").
        given: the given names.
        family_first: the name is written family name first.
        korean_order: it is family name first with a Korean family name
            (:data:`dockg.names.SURNAME_VARIANTS`), stated as ``dockg:nameInKoreanOrder``.
        certain: the split is certain enough to state ``schema:familyName`` and
            ``schema:givenName`` (two words, or a particle or suffix that shows it);
            otherwise only the IRI relies on it.
    """

    written: str
    family: str | None
    given: str
    family_first: bool
    certain: bool
    korean_order: bool = False

    @property
    def iri(self) -> URIRef:
        """The person's IRI, family name first."""
        if self.family is None:
            return mint(Kind.PERSON, self.written)
        return mint_person(self.family, self.given)


def split_name(
    written: str, order: NameOrder, family_first: frozenset[str] = frozenset()
) -> PersonName:
    """Split a personal name into family and given name.

    Args:
        written: the name.
        order: how the column writes names.
        family_first: names written family name first whatever ``order`` says.

    Returns:
        The split name.
    """
    words = written.split()
    name = " ".join(words)
    if len(words) == 1:
        return PersonName(name, None, name, False, True)
    east_asian = len(words) == 2 and "-" not in words[0] and _HYPHENATED_GIVEN_NAME.match(words[1])
    if order is NameOrder.FAMILY_FIRST or east_asian or name in family_first:
        korean = fold(words[0]) in SURNAME_VARIANTS
        return PersonName(name, words[0], " ".join(words[1:]), True, len(words) == 2, korean)
    start = len(words) - 1
    if words[start].casefold() in _SUFFIXES and start > 1:
        start -= 1
    while start > 1 and words[start - 1].casefold() in _PARTICLES:
        start -= 1
    given, family = words[:start], words[start:]
    certain = len(given) == 1
    return PersonName(name, " ".join(family), " ".join(given), False, certain)


@lru_cache(maxsize=_CACHE)
def _person(
    written: str, order: NameOrder, family_first: frozenset[str]
) -> tuple[URIRef, tuple[Triple, ...]]:
    person = split_name(written, order, family_first)
    return person.iri, tuple(person_triples(person))


def person_triples(person: PersonName) -> list[Triple]:
    """The triples that describe a person named in a cell."""
    iri = person.iri
    triples: list[Triple] = [
        (iri, RDF.type, DOCKG.Person),
        (iri, SDO.name, Literal(person.written)),
    ]
    if person.family is not None:
        if person.korean_order:
            triples.append((iri, DOCKG.nameInKoreanOrder, Literal(person.written)))
        elif not person.family_first:
            triples.append((iri, DOCKG.nameInWesternOrder, Literal(person.written)))
        if person.certain:
            triples.append((iri, SDO.familyName, Literal(person.family)))
            triples.append((iri, SDO.givenName, Literal(person.given)))
    return triples


# ---------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """A row that was not imported.

    Attributes:
        line: the line of the file where the row starts.
        row: the row's number among the data rows (1 = the first row after the header).
        problems: what is wrong with it, one message per problem.
    """

    line: int
    row: int
    problems: tuple[str, ...]

    def describe(self) -> str:
        """``row 4: run_time '1h 3x' is not a runtime ...`` (the line is given apart)."""
        return f"row {self.row}: " + "; ".join(self.problems)


@dataclass
class CsvGraph:
    """The triples of every good row of a CSV file, and the rows left out.

    Attributes:
        graph: the triples, under the IRIs the mapping mints.
        rows: the number of data rows read.
        errors: the rows left out, in file order.
    """

    graph: Graph
    rows: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def imported(self) -> int:
        """How many rows went in."""
        return self.rows - len(self.errors)


class _RowBuilder:
    """Turns one row (its cells by column, stripped) into triples, collecting every problem."""

    def __init__(self, mapping: CsvMapping, row: Mapping[str, str]) -> None:
        self.mapping = mapping
        self.row = row
        self.problems: list[str] = []
        self.triples: list[Triple] = []

    def cell(self, column: str) -> str:
        return self.row[column]  # stripped when the row was read

    def iris(self) -> dict[str, URIRef]:
        iris: dict[str, URIRef] = {}
        for entity in self.mapping.entities:
            empty = [c for t in entity.key for c in t.columns if not self.cell(c)]
            if empty:
                self.problems.append(f"{empty[0]} is empty (needed for the {entity.name}'s IRI)")
                continue
            try:
                iris[entity.name] = _mint(entity.kind, *(t.render(self.row) for t in entity.key))
            except SlugError as error:
                self.problems.append(f"no IRI for the {entity.name}: {error}")
        return iris

    def build(self) -> list[Triple]:
        iris = self.iris()
        for entity in self.mapping.entities:
            subject = iris.get(entity.name)
            if subject is not None:
                self.entity(entity, subject, iris)
        return self.triples

    def entity(self, entity: EntitySpec, subject: URIRef, iris: Mapping[str, URIRef]) -> None:
        for cls in entity.classes:
            self.triples.append((subject, _TYPE, cls))
        for spec in entity.values:
            for value in self.values(spec, iris):
                self.triples.append((subject, spec.prop, value))

    def values(self, spec: ValueSpec, iris: Mapping[str, URIRef]) -> list[Node]:
        if spec.entity is not None:
            target = iris.get(spec.entity)
            return [] if target is None else [target]
        if spec.text is not None:
            return [_literal(spec.text.render(self.row), spec.lang)]
        assert spec.column is not None
        cell = self.cell(spec.column)
        if not cell:
            if spec.required:
                self.problems.append(f"{spec.column} is empty")
            return []
        parts = [p.strip() for p in cell.split(spec.split)] if spec.split else [cell]
        values: list[Node] = []
        for part in (p for p in parts if p):
            try:
                values.append(self.value(spec, part))
            except ValueProblem as problem:
                self.problems.append(f"{spec.column} {problem}")
        return values

    def value(self, spec: ValueSpec, text: str) -> Node:
        if spec.lookup is not None:
            return self.looked_up(self.mapping.lookups[spec.lookup], text)
        match spec.parse:
            case Parse.YEAR:
                return _year(text)
            case Parse.INTEGER:
                return _integer(text)
            case Parse.DURATION:
                return _duration(text)
            case Parse.IRI:
                return _iri(text)
            case Parse.LANGUAGE:
                if not is_language_tag(text):
                    raise ValueProblem(f"{text!r} is not a language tag")
                return _literal(text, None)
            case Parse.PERSON:
                iri, triples = _person(text, spec.name_order, spec.family_name_first)
                self.triples.extend(triples)
                return iri
        return Literal(text, lang=self.language(spec, text))

    def language(self, spec: ValueSpec, text: str) -> str | None:
        if spec.lang_column is None:
            return spec.lang
        languages = _languages(self.cell(spec.lang_column))
        if not languages or (spec.lang_pick is LangPick.SINGLE and len(languages) > 1):
            return None
        if not is_language_tag(languages[0]):
            raise ValueProblem(f"cannot be tagged: {languages[0]!r} is not a language tag")
        if languages[0] in spec.romanized and _is_latin(text):
            return f"{languages[0]}-Latn"
        return languages[0]

    def looked_up(self, lookup: Lookup, code: str) -> URIRef:
        name = lookup.values.get(code)
        if name is None:
            raise ValueProblem(
                f"{code!r} is not a code of lookups.{lookup.name} in {self.mapping.path.name}"
            )
        iri, triples = _looked_up(lookup.kind, tuple(lookup.classes), lookup.lang, name, code)
        self.triples.extend(triples)
        return iri


@lru_cache(maxsize=_CACHE)
def _looked_up(
    kind: Kind, classes: tuple[URIRef, ...], lang: str | None, name: str, code: str
) -> tuple[URIRef, tuple[Triple, ...]]:
    iri = mint(kind, name)
    triples: list[Triple] = [(iri, _TYPE, cls) for cls in classes]
    triples.append((iri, SDO.name, Literal(name, lang=lang)))
    triples.append((iri, SDO.identifier, Literal(code)))
    return iri, tuple(triples)


def _bad_byte_line(path: Path, encoding: str) -> int:
    """The line of the first byte of ``path`` that is not ``encoding`` text (read in chunks)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    lines = 1
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            pending = decoder.getstate()[0]
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as error:
                return lines + (pending + chunk)[: error.start].count(b"\n") - pending.count(b"\n")
            lines += chunk.count(b"\n")
    return lines


def _records(path: Path, mapping: CsvMapping) -> Iterator[tuple[int, list[str]]]:
    """The non-blank records of a CSV file, each with the line it starts on, read lazily."""
    try:
        stream = path.open("r", encoding=mapping.encoding, newline="")
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}") from None
    with stream:
        reader = csv.reader(stream, delimiter=mapping.delimiter)
        line = 1
        try:
            for record in reader:
                if any(cell.strip() for cell in record):
                    yield line, record
                line = reader.line_num + 1
        except csv.Error as error:
            raise InputError(
                f"{path.name}, line {reader.line_num}: unreadable CSV: {error}"
            ) from None
        except UnicodeDecodeError:
            raise InputError(
                f"{path.name}, line {_bad_byte_line(path, mapping.encoding)}: not "
                f"{mapping.encoding} text (set csv.encoding in {mapping.path.name})"
            ) from None
        except OSError as error:
            raise InputError(f"cannot read {path}: {error.strerror}") from None


@dataclass(frozen=True)
class Row:
    """One data row of a CSV file, read: its triples, or why it was left out.

    Attributes:
        line: the line of the file where the row starts.
        number: the row's number among the data rows (1 = the first after the header).
        triples: the row's triples (empty for a bad row).
        error: why the row was left out, or ``None`` for a good row.
    """

    line: int
    number: int
    triples: list[Triple]
    error: RowError | None = None


class CsvRows:
    """The rows of a CSV file as triples, read one at a time.

    The header is read and checked when the object is made, so a file that cannot be
    imported at all fails before anything else is done; iterating reads the data rows.
    This is the one loop over the rows of an import (a progress display wraps it).

    Args:
        path: the CSV file; its first non-blank record is the header.
        mapping: the checked mapping.

    Raises:
        InputError: the file cannot be read or decoded, has no header, repeats a column
            name, or lacks a column the mapping reads (also while iterating: a record
            that is not CSV or not text in the mapping's encoding).
    """

    def __init__(self, path: Path, mapping: CsvMapping) -> None:
        self.path = path
        self.mapping = mapping
        self._records = _records(path, mapping)
        try:
            _, header = next(self._records)
        except StopIteration:
            raise InputError(f"{path.name} is empty: no header row") from None
        self.header = [name.strip() for name in header]
        repeated = sorted({name for name in self.header if self.header.count(name) > 1})
        if repeated:
            raise InputError(
                f"{path.name}, line 1: column {repeated[0]!r} appears twice in the header"
            )
        mapping.check_header(self.header, path.name)

    def __iter__(self) -> Iterator[Row]:
        header = self.header
        for number, (line, record) in enumerate(self._records, start=1):
            if len(record) != len(header):
                problem = f"{len(record)} fields where the header has {len(header)}"
                yield Row(line, number, [], RowError(line, number, (problem,)))
                continue
            cells = [cell.strip() for cell in record]
            builder = _RowBuilder(self.mapping, dict(zip(header, cells, strict=True)))
            triples = builder.build()
            if builder.problems:
                yield Row(line, number, [], RowError(line, number, tuple(builder.problems)))
            else:
                yield Row(line, number, triples)


def build_graph(path: Path, mapping: CsvMapping) -> CsvGraph:
    """Turn every good row of a CSV file into triples, in one rdflib graph.

    For small files (tests, previews); :func:`import_csv` streams the rows instead.

    Args:
        path: the CSV file; its first non-blank record is the header.
        mapping: the checked mapping.

    Returns:
        The triples of the good rows and the rows left out.

    Raises:
        InputError: as :class:`CsvRows`.
    """
    result = CsvGraph(Graph())
    for row in track(CsvRows(path, mapping), f"reading {path.name}", unit="row"):
        result.rows += 1
        if row.error is not None:
            result.errors.append(row.error)
        for triple in row.triples:
            result.graph.add(triple)
    return result


def source_of(path: Path, mapping: CsvMapping) -> SourceInfo:
    """Describe the imported spreadsheet for the provenance of its graph."""
    return SourceInfo(
        kind="csv",
        input_path=path,
        location=mapping.url or path.name,
        captured=date.fromisoformat(mapping.captured) if mapping.captured else None,
        title=mapping.title,
        slug=mapping.slug or slugify(path.stem),
        license=URIRef(mapping.license) if mapping.license else DATA_LICENSE,
    )


def _strict_failure(path: Path, errors: Sequence[RowError]) -> InputError:
    shown = "\n".join(f"  line {e.line}: {e.describe()}" for e in errors[:20])
    more = f"\n  ... and {len(errors) - 20} more" if len(errors) > 20 else ""
    count = f"{len(errors)} malformed row" + ("" if len(errors) == 1 else "s")
    return InputError(f"{path.name}: {count}, nothing imported (--strict):\n{shown}{more}")


def import_csv(
    project: Project,
    path: Path,
    mapping_path: Path,
    *,
    dry_run: bool = False,
    strict: bool = False,
    now: datetime | None = None,
) -> ImportSummary:
    """Import a CSV file into the project through a mapping.

    The rows are read, resolved and written in a stream
    (:class:`~dockg.ingest.stream_output.StreamedImport`): memory stays bounded
    whatever the number of rows.

    Args:
        project: the project to write into (``data/imported/{slug}.ttl``).
        path: the CSV file.
        mapping_path: the TOML mapping.
        dry_run: resolve and report, but write nothing.
        strict: import nothing if any row is malformed.
        now: the time of the import recorded in its provenance (default: now).

    Returns:
        What was (or would be) written, with the malformed rows as ``unparsed``
        (line, reason).

    Raises:
        InputError: the mapping or the file is unusable, no row could be imported, or
            (with ``strict``) a row is malformed. Nothing is written then.
        OutputError: the file cannot be written (the previous one is left as it was).
    """
    with _no_cycle_collection():
        return _import_csv(project, path, mapping_path, dry_run=dry_run, strict=strict, now=now)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while rows stream.

    An import creates millions of small objects that live until their row is written;
    each full collection walks all of them, which made the import superlinear (10x the
    rows, 16x the time). Reference counting still frees every row; cycles, if any, are
    collected when the import ends.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _import_csv(
    project: Project,
    path: Path,
    mapping_path: Path,
    *,
    dry_run: bool,
    strict: bool,
    now: datetime | None,
) -> ImportSummary:
    mapping = load_mapping(mapping_path, project_terms(project))
    rows = CsvRows(path, mapping)
    source = source_of(path, mapping)
    errors: list[RowError] = []
    with StreamedImport(project, source, size_hint=path.stat().st_size) as streamed:
        for row in track(rows, f"reading {path.name}", unit="row"):
            if row.error is not None:
                errors.append(row.error)
            elif not (strict and errors):
                streamed.add_row(row.triples)
        if strict and errors:
            raise _strict_failure(path, errors)
        if streamed.rows == 0:
            first = f" (line {errors[0].line}: {errors[0].describe()})" if errors else ""
            raise InputError(f"{path.name}: no row could be imported{first}")
        return streamed.finish(
            dry_run=dry_run,
            unparsed=[(error.line, error.describe()) for error in errors],
            now=now,
        )
