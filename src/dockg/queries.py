"""The query catalogue: ``queries/*.rq`` files with a header that says what they answer.

Each file starts with comment lines such as::

    # title: Films about a topic
    # question: Which films deal with a topic or any narrower topic, and how?
    # params: topic (iri) = <https://w3id.org/dockg/id/topic/koryo-saram>
    # returns: film, title, year, link

The header is what ``dockg query --list`` shows and what types the parameters
(:mod:`dockg.params`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, cast

from rdflib import Graph, URIRef, Variable
from rdflib.query import Result, ResultRow
from rdflib.term import Identifier

from dockg.errors import DockgError, InputError, UsageError
from dockg.loading import LoadedDataset, quiet_ill_typed_literals
from dockg.lookup import EntityFinder
from dockg.params import Param, parse_params
from dockg.prefixes import bind_prefixes
from dockg.project import Project
from dockg.store.base import Store
from dockg.tables import TABLE_WIDTH, format_table
from dockg.terms import display_term, nt_term

if TYPE_CHECKING:
    from rdflib.plugins.sparql.sparql import Query

_HEADER_LINE = re.compile(r"#\s*(?P<key>[A-Za-z][A-Za-z0-9_-]*)\s*:\s*(?P<value>.*)")


def read_header(text: str) -> dict[str, str]:
    """Read the ``# key: value`` lines at the top of a query.

    The header ends at the first line that is neither a comment nor blank. A key given
    twice continues its value (so a long question may span two lines).

    Args:
        text: the query text.

    Returns:
        Lower-cased key → value.
    """
    header: dict[str, str] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER_LINE.fullmatch(stripped)
        if match:
            key, value = match.group("key").lower(), match.group("value").strip()
            header[key] = f"{header[key]} {value}" if key in header else value
    return header


class QueryForm(StrEnum):
    """The four SPARQL query forms."""

    SELECT = "SELECT"
    ASK = "ASK"
    CONSTRUCT = "CONSTRUCT"
    DESCRIBE = "DESCRIBE"

    @property
    def returns_graph(self) -> bool:
        """True for CONSTRUCT and DESCRIBE, whose answer is RDF."""
        return self in (QueryForm.CONSTRUCT, QueryForm.DESCRIBE)


_FORMS = {
    "SelectQuery": QueryForm.SELECT,
    "AskQuery": QueryForm.ASK,
    "ConstructQuery": QueryForm.CONSTRUCT,
    "DescribeQuery": QueryForm.DESCRIBE,
}


def prepare_sparql(text: str, *, display: str) -> Query:
    """Parse a SPARQL query of any form (SELECT, ASK, CONSTRUCT, DESCRIBE).

    Args:
        text: the query; it must declare its own prefixes.
        display: how messages name the file.

    Returns:
        The prepared query.

    Raises:
        InputError: on a syntax error (with ``file:line``), an undeclared prefix, or an
            update.
    """
    from pyparsing import ParseBaseException  # rdflib's SPARQL parser: only when needed
    from rdflib.plugins.sparql import prepareQuery

    try:
        query = prepareQuery(text)
    except ParseBaseException as error:
        raise InputError(f"{display}:{error.lineno}: SPARQL syntax error: {error.msg}") from error
    except Exception as error:  # rdflib reports e.g. an unknown prefix as a bare Exception
        raise InputError(f"{display}: SPARQL error: {error}") from error
    if query.algebra.name not in _FORMS:
        raise InputError(f"{display}: not a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE)")
    return query


def query_form(query: Query) -> QueryForm:
    """The form of a prepared query."""
    return _FORMS[query.algebra.name]


@dataclass(frozen=True)
class QuerySpec:
    """A query file with its header.

    Attributes:
        name: the file stem, by which ``dockg query NAME`` finds it.
        path: the file.
        title: ``# title:``, a short name.
        question: ``# question:``, the research question in plain words.
        params: ``# params:``, the bindable variables.
        returns: ``# returns:``, the columns.
        header: every header line, including ones dockg does not interpret.
        text: the query text, as the stores take it.
        display: how messages name the file.
        form: SELECT, ASK, CONSTRUCT or DESCRIBE.
        variables: the variables a SELECT projects, in order.
    """

    name: str
    path: Path
    title: str
    question: str
    params: tuple[Param, ...]
    returns: tuple[str, ...]
    header: Mapping[str, str] = field(repr=False)
    text: str = field(default="", repr=False, compare=False)
    display: str = field(default="", repr=False, compare=False)
    form: QueryForm = QueryForm.SELECT
    variables: tuple[str, ...] = ()

    @cached_property
    def query(self) -> Query:
        """The query prepared by rdflib, for the rdflib memory store (parsed on first use).

        rdflib's SPARQL parser takes ~0.1 s a query, so only commands that run rdflib's
        engine pay it; :func:`load_query` checks the syntax with Oxigraph's parser.
        """
        return prepare_sparql(self.text, display=self.display)


def load_query(path: Path, *, display: str | None = None) -> QuerySpec:
    """Read and parse one query file.

    Args:
        path: the ``.rq`` file.
        display: how messages name the file (default: the path as given).

    Returns:
        The query with its header.

    Raises:
        InputError: if the file cannot be read, its header is malformed, or its SPARQL
            does not parse.
    """
    display = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{display}: cannot read query: {error}") from error
    header = read_header(text)
    returns = tuple(
        c.strip().lstrip("?") for c in header.get("returns", "").split(",") if c.strip()
    )
    return QuerySpec(
        name=path.stem,
        path=path,
        title=header.get("title", ""),
        question=header.get("question", ""),
        params=parse_params(header.get("params", ""), source=display),
        returns=returns,
        header=header,
        text=text,
        display=display,
        **_checked(text, display),  # type: ignore[arg-type]
    )


_EMPTY = None  # an empty Oxigraph store, made on first use


def _checked(text: str, display: str) -> dict[str, object]:
    """Check a query's syntax with Oxigraph (fast); let rdflib word any error.

    Running the query on an empty store parses it and tells its form and variables.
    A query Oxigraph rejects is parsed by rdflib, whose message (``file:line``) dockg
    has always given; one both reject gets Oxigraph's message.

    Returns:
        ``form`` and ``variables`` for :class:`QuerySpec`.
    """
    import pyoxigraph as ox

    global _EMPTY
    if _EMPTY is None:
        _EMPTY = ox.Store()
    if re.search(r"\bSERVICE\b", text, re.I):  # never call out while checking syntax
        return _checked_by_rdflib(text, display)
    try:
        answer = _EMPTY.query(text)
    except SyntaxError as error:
        prepare_sparql(text, display=display)  # raises with rdflib's wording
        raise InputError(f"{display}: SPARQL syntax error: {error}") from error
    except (OSError, RuntimeError, ValueError):
        return _checked_by_rdflib(text, display)  # evaluation on no data failed
    if isinstance(answer, ox.QueryBoolean):
        return {"form": QueryForm.ASK}
    if isinstance(answer, ox.QueryTriples):
        describe = re.search(r"^\s*DESCRIBE\b", _strip_prologue(text), re.I | re.M)
        return {"form": QueryForm.DESCRIBE if describe else QueryForm.CONSTRUCT}
    return {"form": QueryForm.SELECT, "variables": tuple(v.value for v in answer.variables)}


def _checked_by_rdflib(text: str, display: str) -> dict[str, object]:
    query = prepare_sparql(text, display=display)
    variables = tuple(str(v) for v in query.algebra.get("PV") or ())
    return {"form": query_form(query), "variables": variables}


_PROLOGUE = re.compile(r"^\s*(#[^\n]*|PREFIX\s+[^:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*", re.I)


def _strip_prologue(text: str) -> str:
    """The query without its comments, PREFIX and BASE declarations."""
    while True:
        shorter = _PROLOGUE.sub("", text, count=1)
        if shorter == text:
            return text
        text = shorter


def catalogue(project: Project) -> list[QuerySpec]:
    """Load every query of the project's catalogue, sorted by name.

    Args:
        project: the project whose ``queries/*.rq`` are read.

    Returns:
        The queries.

    Raises:
        InputError: if a query file is malformed.
    """
    return [load_query(p, display=project.display(p)) for p in project.query_files]


def find_query(project: Project, name: str) -> QuerySpec:
    """Find a query by catalogue name, or load a ``.rq`` file given by path.

    Args:
        project: the project whose ``queries/`` is searched.
        name: a catalogue name such as ``films-about-topic``, or a path ending in ``.rq``.

    Returns:
        The query.

    Raises:
        UsageError: if no catalogue query has that name (the message lists the names).
        InputError: if the file is malformed.
    """
    if name.endswith(".rq") or "/" in name:
        path = Path(name)
        if not path.is_file():
            raise UsageError(f"{name}: no such query file")
        return load_query(path, display=project.display(path))
    for path in project.query_files:
        if path.stem == name:
            return load_query(path, display=project.display(path))
    names = ", ".join(p.stem for p in project.query_files) or "(none)"
    raise UsageError(f"unknown query {name!r}; available queries: {names}")


def bind_params(
    spec: QuerySpec,
    values: Mapping[str, str],
    *,
    resolve: Callable[[str], URIRef] | None = None,
) -> dict[str, Identifier]:
    """Type the user's values by the query header and fill in defaults.

    Args:
        spec: the query.
        values: parameter name → raw value, as given by the user.
        resolve: finds the entity an entity parameter's text means (a name in any
            written form, an IRI, a compact IRI); see :class:`dockg.lookup.EntityFinder`.

    Returns:
        Variable name → term, for ``initBindings``.

    Raises:
        UsageError: for an undeclared name, a missing value without default, or a value
            of the wrong type.
        UnknownEntity, AmbiguousEntity: for an entity no one or several entities fit.
    """
    declared = {p.name: p for p in spec.params}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        known = ", ".join(declared) or "none"
        raise UsageError(
            f"query {spec.name} has no parameter {', '.join(unknown)} (parameters: {known})"
        )
    bindings: dict[str, Identifier] = {}
    for param in spec.params:
        if param.name in values:
            bindings[param.name] = param.convert(values[param.name], resolve=resolve)
        elif param.default is not None:
            bindings[param.name] = param.default
        else:
            raise UsageError(
                f"query {spec.name} needs --param {param.name}=... ({param.type.value})"
            )
    return bindings


@dataclass(frozen=True)
class QueryResult:
    """The rows a query returned.

    Attributes:
        spec: the query that was run.
        bindings: the parameter values it was run with.
        variables: the column names, in the query's order (SELECT).
        rows: one tuple per solution, ``None`` where a variable is unbound (SELECT).
        boolean: the answer of an ASK.
        graph: the triples of a CONSTRUCT or DESCRIBE.
    """

    spec: QuerySpec
    bindings: Mapping[str, Identifier]
    variables: tuple[str, ...]
    rows: tuple[tuple[Identifier | None, ...], ...]
    boolean: bool | None = None
    graph: Graph | None = None

    @property
    def form(self) -> QueryForm:
        """The form of the query that gave the result."""
        return self.spec.form

    def to_rdflib(self) -> Result:
        """Rebuild an rdflib :class:`~rdflib.query.Result`, e.g. to use its serializers."""
        result = Result("SELECT")
        result.vars = [Variable(v) for v in self.variables]
        result.bindings = [
            {Variable(v): t for v, t in zip(self.variables, row, strict=True) if t is not None}
            for row in self.rows
        ]
        return result


def run_query(
    source: LoadedDataset | Store, spec: QuerySpec, *, params: Mapping[str, str] | None = None
) -> QueryResult:
    """Run a catalogue query (union as default graph, ``GRAPH`` for sources).

    Args:
        source: the store, or a loaded dataset (read through a memory store).
        spec: the query.
        params: parameter name → raw value; defaults fill the rest. An entity
            parameter takes a name in any written form, an IRI or a compact IRI.

    Returns:
        The rows.

    Raises:
        UsageError: if the parameters do not fit the header.
        UnknownEntity, AmbiguousEntity: if no entity, or several, fit an entity parameter.
        InputError: if the query fails while running.
    """
    if isinstance(source, LoadedDataset):
        from dockg.store.memory import MemoryStore  # rdflib's SPARQL engine, only for it

        store: Store = MemoryStore(source)
    else:
        store = source
    bindings = bind_params(spec, params or {}, resolve=EntityFinder(store).resolve)
    if isinstance(source, LoadedDataset):
        display = source.project.display(spec.path)
        with quiet_ill_typed_literals():  # the prepared query: rdflib need not parse it again
            try:
                result = source.dataset.query(spec.query, initBindings=bindings)
                answer = _answer(spec, bindings, result)
            except Exception as error:  # an evaluation error is the query's, not dockg's
                raise InputError(f"{display}: query failed: {error}") from error
        return answer
    display = spec.display or str(spec.path)
    try:
        result = source.query(spec.text, bindings=bindings)
    except DockgError as error:
        error.message = f"{display}: {error.message}"  # name the query file
        error.args = (error.message,)
        raise
    return _answer(spec, bindings, result)


def _answer(spec: QuerySpec, bindings: Mapping[str, Identifier], result: Result) -> QueryResult:
    """Read an rdflib result of any form into a :class:`QueryResult`."""
    if result.type == "ASK":
        return QueryResult(spec, bindings, (), (), boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = Graph()
        bind_prefixes(graph)
        graph += result.graph if result.graph is not None else Graph()
        return QueryResult(spec, bindings, (), (), graph=graph)
    rows = tuple(tuple(cast(ResultRow, row)) for row in result)
    variables = tuple(str(v) for v in result.vars or ())
    return QueryResult(spec=spec, bindings=bindings, variables=variables, rows=rows)


class ResultFormat(StrEnum):
    """Output formats of ``dockg query``."""

    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    TSV = "tsv"
    TURTLE = "turtle"
    NTRIPLES = "ntriples"
    JSONLD = "jsonld"

    @property
    def is_rdf(self) -> bool:
        """True for the formats of a CONSTRUCT or DESCRIBE answer."""
        return self in (ResultFormat.TURTLE, ResultFormat.NTRIPLES, ResultFormat.JSONLD)


def _tsv_term(term: Identifier | None) -> str:
    """A term as SPARQL TSV writes it: N-Triples syntax, empty when unbound."""
    return "" if term is None else nt_term(term)


def format_result(result: QueryResult, *, fmt: ResultFormat = ResultFormat.TABLE) -> str:
    """Render query results.

    Args:
        result: the rows, the boolean or the graph.
        fmt: for a SELECT, ``table`` (aligned, compact IRIs) or the SPARQL 1.1 ``csv``,
            ``tsv`` and ``json`` results formats; for an ASK, ``table`` (``true`` or
            ``false``) or ``json``; for CONSTRUCT and DESCRIBE, ``turtle`` (also what
            ``table`` gives), ``ntriples`` or ``jsonld``.

    Returns:
        The text to print.

    Raises:
        UsageError: if the format does not fit the query's form.
    """
    if result.graph is not None:
        return _format_graph(result.graph, fmt)
    if fmt.is_rdf:
        raise UsageError(f"--format {fmt.value} is for CONSTRUCT and DESCRIBE queries")
    if result.boolean is not None:
        if fmt is ResultFormat.JSON:
            return json.dumps({"head": {}, "boolean": result.boolean}, indent=2) + "\n"
        if fmt is not ResultFormat.TABLE:
            raise UsageError(f"--format {fmt.value} is for SELECT queries; ASK gives table or json")
        return "true\n" if result.boolean else "false\n"
    if fmt is ResultFormat.TABLE:
        rows = [[display_term(t) for t in row] for row in result.rows]
        return format_table(result.variables, rows)
    if fmt is ResultFormat.TSV:
        lines = ["\t".join(f"?{v}" for v in result.variables)]
        lines.extend("\t".join(_tsv_term(t) for t in row) for row in result.rows)
        return "\n".join(lines) + "\n"
    data = result.to_rdflib().serialize(format=fmt.value) or b""
    if fmt is ResultFormat.JSON:
        # rdflib writes "results" before "head"; readers expect the header first.
        parsed = json.loads(data)
        ordered = {"head": parsed["head"], "results": parsed["results"]}
        return json.dumps(ordered, indent=2, ensure_ascii=False) + "\n"
    return data.decode("utf-8")


def _format_graph(graph: Graph, fmt: ResultFormat) -> str:
    """Write a CONSTRUCT or DESCRIBE answer."""
    if fmt in (ResultFormat.TABLE, ResultFormat.TURTLE):
        return graph.serialize(format="turtle")
    if fmt is ResultFormat.NTRIPLES:
        return "".join(sorted(graph.serialize(format="nt").splitlines(keepends=True)))
    if fmt is ResultFormat.JSONLD:
        return graph.serialize(format="json-ld", indent=2) + "\n"
    raise UsageError(
        f"--format {fmt.value} is for SELECT queries; CONSTRUCT and DESCRIBE give "
        "turtle, ntriples or jsonld"
    )


def format_catalogue(specs: Sequence[QuerySpec]) -> str:
    """Render the catalogue as ``dockg query --list`` prints it.

    Args:
        specs: the queries.

    Returns:
        A table of name, title and parameters.
    """
    rows = [[s.name, s.title, ", ".join(p.describe() for p in s.params)] for s in specs]
    # Within a terminal's width; the parameters' defaults give way first (the names and
    # types stay readable), and `dockg query NAME` errors say what is missing.
    return format_table(["name", "title", "params"], rows, max_width=TABLE_WIDTH, cut_first=(2,))
