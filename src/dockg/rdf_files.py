"""Reading RDF files in any standard syntax, as data from outside arrives.

A researcher's file may be Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML, plain or
gzip-compressed. The syntax is taken from the file name (``.ttl``, ``.nt``, ``.nq``,
``.trig``, ``.jsonld``/``.json``, ``.rdf``/``.owl``/``.xml``, each optionally ``.gz``) or,
failing that, from the first bytes of the content. Files are parsed with Oxigraph's
parsers (fast at any size); a syntax error names the file and, where the syntax has
lines, the line.

Two things real exports do are settled here:

- **``http://schema.org/`` is schema.org.** schema.org's own JSON-LD context, and many
  archives, write its terms in the ``http`` namespace; dockg's shapes and queries use
  ``https://schema.org/``. Every IRI in the http namespace is read as the https one, and
  the number of terms so read is counted for the report.
- **A JSON-LD document whose ``@context`` is schema.org's address** cannot have that
  context fetched here (dockg works offline): it is read with ``@vocab`` schema.org, which
  is what that context mostly says.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import xml.sax
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pyoxigraph as ox

from dockg.errors import InputError
from dockg.namespaces import DOCKG, RDF, SDO

#: schema.org's namespace as its own JSON-LD context and many archives write it.
SCHEMA_HTTP = "http://schema.org/"
SCHEMA_HTTPS = str(SDO)
#: ``@context`` values that mean schema.org's own context.
_SCHEMA_CONTEXTS = frozenset(
    f"{scheme}://schema.org{tail}"
    for scheme in ("http", "https")
    for tail in ("", "/", "/docs/jsonldcontext.json", "/docs/jsonldcontext.jsonld")
)


class RdfSyntax(StrEnum):
    """The RDF syntaxes dockg reads."""

    TURTLE = "turtle"
    NTRIPLES = "ntriples"
    NQUADS = "nquads"
    TRIG = "trig"
    JSONLD = "jsonld"
    RDFXML = "rdfxml"

    @property
    def oxigraph(self) -> ox.RdfFormat:
        """Oxigraph's name for the syntax."""
        return _OX_FORMATS[self]

    @property
    def has_graphs(self) -> bool:
        """True for syntaxes that can name graphs (N-Quads, TriG, JSON-LD)."""
        return self in (RdfSyntax.NQUADS, RdfSyntax.TRIG, RdfSyntax.JSONLD)


_OX_FORMATS = {
    RdfSyntax.TURTLE: ox.RdfFormat.TURTLE,
    RdfSyntax.NTRIPLES: ox.RdfFormat.N_TRIPLES,
    RdfSyntax.NQUADS: ox.RdfFormat.N_QUADS,
    RdfSyntax.TRIG: ox.RdfFormat.TRIG,
    RdfSyntax.JSONLD: ox.RdfFormat.JSON_LD,
    RdfSyntax.RDFXML: ox.RdfFormat.RDF_XML,
}
_EXTENSIONS = {
    ".ttl": RdfSyntax.TURTLE,
    ".turtle": RdfSyntax.TURTLE,
    ".nt": RdfSyntax.NTRIPLES,
    ".ntriples": RdfSyntax.NTRIPLES,
    ".nq": RdfSyntax.NQUADS,
    ".nquads": RdfSyntax.NQUADS,
    ".trig": RdfSyntax.TRIG,
    ".jsonld": RdfSyntax.JSONLD,
    ".json": RdfSyntax.JSONLD,
    ".rdf": RdfSyntax.RDFXML,
    ".owl": RdfSyntax.RDFXML,
    ".xml": RdfSyntax.RDFXML,
}
ACCEPTED = (
    "Turtle (.ttl), N-Triples (.nt), N-Quads (.nq), TriG (.trig), JSON-LD (.jsonld, .json) "
    "or RDF/XML (.rdf, .owl, .xml), optionally gzip-compressed (.gz)"
)
_TURTLE_START = re.compile(rb"^\s*(@prefix|@base|prefix\s|base\s)", re.IGNORECASE)
_STATEMENT = re.compile(rb"^\s*(<[^>]*>|_:\S+)\s+<[^>]*>\s+")
_GRAPH_BLOCK = re.compile(rb"(^|\n)\s*(graph\s+)?(<[^>]*>|[A-Za-z][\w-]*:[\w-]*)\s*\{", re.I)


def is_compressed(path: Path) -> bool:
    """True for a ``.gz`` file name."""
    return path.suffix.lower() == ".gz"


def syntax_of(path: Path, data: bytes | None = None) -> RdfSyntax:
    """Tell a file's RDF syntax, from its name or else its content.

    Args:
        path: the file (``.gz`` is looked through: ``films.nq.gz`` is N-Quads).
        data: its (uncompressed) content, to sniff when the name does not tell.

    Returns:
        The syntax.

    Raises:
        InputError: if neither the name nor the content tells, listing the syntaxes read.
    """
    name = path.with_suffix("") if is_compressed(path) else path
    found = _EXTENSIONS.get(name.suffix.lower())
    if found is not None:
        return found
    sniffed = sniff_syntax(data) if data is not None else None
    if sniffed is None:
        raise InputError(f"{path}: unknown RDF syntax; dockg reads {ACCEPTED}")
    return sniffed


def sniff_syntax(data: bytes) -> RdfSyntax | None:
    """Guess a syntax from a document's first kilobytes.

    Args:
        data: the content.

    Returns:
        The syntax, or ``None`` if the start looks like none of them.
    """
    head = data[:65536].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"<?xml", b"<rdf:RDF", b"<RDF")):
        return RdfSyntax.RDFXML
    if head.startswith((b"{", b"[")):
        return RdfSyntax.JSONLD
    if _TURTLE_START.match(head) or head.startswith(b"#"):
        return RdfSyntax.TRIG if _GRAPH_BLOCK.search(head) else RdfSyntax.TURTLE
    if _STATEMENT.match(head):
        first = head.split(b"\n", 1)[0].rstrip()
        terms = re.findall(rb'<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"\S*', first)
        return RdfSyntax.NQUADS if len(terms) == 4 else RdfSyntax.NTRIPLES
    return None


def read_bytes(path: Path, *, display: str | None = None) -> bytes:
    """Read a file, uncompressing a ``.gz`` one.

    Args:
        path: the file.
        display: how messages name it (default: the path).

    Returns:
        The content.

    Raises:
        InputError: if it cannot be read or is not valid gzip.
    """
    shown = display or str(path)
    try:
        if is_compressed(path):
            with gzip.open(path, "rb") as stream:
                return stream.read()
        return path.read_bytes()
    except (OSError, EOFError) as error:
        what = getattr(error, "strerror", None) or error
        raise InputError(f"{shown}: cannot read: {what}") from error


@dataclass
class ParsedFile:
    """A file's quads as read, with what reading it changed.

    Attributes:
        syntax: the syntax it was read in.
        quads: its quads (triples of a syntax without graphs are in the default graph).
        http_schema_terms: how many ``http://schema.org/`` terms were read as https.
    """

    syntax: RdfSyntax
    quads: list[ox.Quad]
    http_schema_terms: int = 0


def parse_rdf(path: Path, *, display: str | None = None) -> ParsedFile:
    """Parse an RDF file in any syntax dockg reads.

    Blank nodes become stable skolem IRIs (:class:`Skolemizer`), so every node of foreign
    data can be looked up, linked to and shown.

    Args:
        path: the file.
        display: how messages name it.

    Returns:
        Its quads, ``http://schema.org/`` read as ``https://schema.org/``.

    Raises:
        InputError: if it cannot be read, its syntax is unknown, or it does not parse
            (naming the line where the syntax has lines).
    """
    shown = display or str(path)
    data = read_bytes(path, display=shown)
    syntax = syntax_of(path, data)
    if syntax is RdfSyntax.JSONLD:
        data = _offline_context(data, shown)
    try:
        quads = ox.parse(
            data, format=syntax.oxigraph, base_iri=path.resolve().as_uri(), rename_blank_nodes=True
        )
        parsed = ParsedFile(syntax=syntax, quads=list(quads))
    except SyntaxError as error:
        if syntax is RdfSyntax.TURTLE and not is_compressed(path):
            from dockg.loading import parse_turtle  # rdflib words Turtle errors, as always

            parse_turtle(path, display=shown)  # raises InputError with file:line
        raise InputError(f"{shown}:{_syntax_error(error, syntax, data)}") from error
    except (OSError, ValueError) as error:
        raise InputError(f"{shown}: cannot parse {syntax.value}: {error}") from error
    skolem = Skolemizer(hashlib.sha256(data).hexdigest())
    parsed.quads, parsed.http_schema_terms = https_schema(skolem.quads(parsed.quads))
    return parsed


def _syntax_error(error: SyntaxError, syntax: RdfSyntax, data: bytes | None) -> str:
    """``LINE: <syntax> syntax error: why`` (``" <syntax> ..."`` where no line is known)."""
    why = str(error.msg if error.msg else error)
    why = re.sub(
        r"^Parser error (at|between) line \d+ column \d+( and line \d+ column \d+)?: ", "", why
    )
    line = error.lineno or (_line_of_error(syntax, data) if data is not None else None)
    name = {
        RdfSyntax.TURTLE: "Turtle",
        RdfSyntax.NTRIPLES: "N-Triples",
        RdfSyntax.NQUADS: "N-Quads",
        RdfSyntax.TRIG: "TriG",
        RdfSyntax.JSONLD: "JSON-LD",
        RdfSyntax.RDFXML: "RDF/XML",
    }[syntax]
    where = f"{line}:" if line else ""
    return f"{where} {name} syntax error: {why}"


def _line_of_error(syntax: RdfSyntax, data: bytes) -> int | None:
    """Find the line of an error Oxigraph reports without one (JSON and XML documents)."""
    if syntax is RdfSyntax.JSONLD:
        try:
            json.loads(data)
        except json.JSONDecodeError as error:
            return error.lineno
        except UnicodeDecodeError:
            return None
    if syntax is RdfSyntax.RDFXML:
        try:
            xml.sax.parseString(data, xml.sax.ContentHandler())
        except xml.sax.SAXParseException as error:
            return error.getLineNumber()
    return None


def _offline_context(data: bytes, shown: str) -> bytes:
    """Replace schema.org's remote ``@context`` by ``@vocab`` (no fetch, offline)."""
    if b"schema.org" not in data:
        return data
    try:
        document = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return data  # the parser words the error
    changed = False

    def fix(node: object) -> object:
        nonlocal changed
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if key == "@context":
                    value = _context(value)
                    changed = True
                out[key] = fix(value) if key != "@context" else value
            return out
        if isinstance(node, list):
            return [fix(item) for item in node]
        return node

    fixed = fix(document)
    return json.dumps(fixed).encode("utf-8") if changed else data


def _context(value: object) -> object:
    if isinstance(value, str) and value.rstrip("/") in {c.rstrip("/") for c in _SCHEMA_CONTEXTS}:
        return {"@vocab": SCHEMA_HTTPS}
    if isinstance(value, list):
        return [_context(item) for item in value]
    return value


#: Where skolem IRIs of foreign blank nodes live (RDF 1.1 §3.5's well-known path).
SKOLEM_BASE = "https://w3id.org/dockg/.well-known/genid/"


class Skolemizer:
    """Stable IRIs for a file's blank nodes, so every node can be looked up and linked to.

    The scheme: ``https://w3id.org/dockg/.well-known/genid/<file>/<n>``, where ``<file>``
    is the first 16 hex digits of the SHA-256 of the file's bytes and ``<n>`` numbers the
    file's blank nodes in the order they first occur. The same file always gives the same
    IRIs (a reload keeps every link), two files never share one, and an IRI says it stood
    for a blank node.

    Args:
        digest: the file's SHA-256, in hex.
    """

    def __init__(self, digest: str) -> None:
        self.prefix = f"{SKOLEM_BASE}{digest[:16]}/"
        self._iris: dict[str, ox.NamedNode] = {}

    def __call__(self, node: ox.BlankNode) -> ox.NamedNode:
        """The IRI of a blank node (by its label in the parse)."""
        found = self._iris.get(node.value)
        if found is None:
            found = self._iris[node.value] = ox.NamedNode(f"{self.prefix}{len(self._iris)}")
        return found

    def quads(self, quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
        """The quads with every blank node (subject, object, graph) replaced."""
        for quad in quads:
            s, o, g = quad.subject, quad.object, quad.graph_name
            if (
                isinstance(s, ox.BlankNode)
                or isinstance(o, ox.BlankNode)
                or isinstance(g, ox.BlankNode)
            ):
                yield ox.Quad(
                    self(s) if isinstance(s, ox.BlankNode) else s,
                    quad.predicate,
                    self(o) if isinstance(o, ox.BlankNode) else o,
                    self(g) if isinstance(g, ox.BlankNode) else g,
                )
            else:
                yield quad


class NamespaceRenamer:
    """Rewrites the IRIs of one namespace into another, in quads, counting what it changed.

    Every position is rewritten: subject, predicate, object, a literal's datatype and the
    graph name. Used both ways: foreign ``http://schema.org/`` read as dockg's
    ``https://schema.org/`` (:func:`https_schema`), and dockg's written back as http for
    consumers that want it (``dockg export --schema-http``).

    Args:
        old: the namespace to replace.
        new: its replacement.
    """

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        #: How many terms were rewritten so far.
        self.count = 0
        self._cache: dict[str, ox.NamedNode] = {}

    def _iri(self, term: ox.NamedNode) -> ox.NamedNode:
        self.count += 1
        found = self._cache.get(term.value)
        if found is None:
            found = self._cache[term.value] = ox.NamedNode(self.new + term.value[len(self.old) :])
        return found

    def quad(self, quad: ox.Quad) -> ox.Quad:
        """The quad with the namespace rewritten (the same object if nothing changed)."""
        old = self.old
        s, p, o, g = quad.subject, quad.predicate, quad.object, quad.graph_name
        touched = False
        if isinstance(s, ox.NamedNode) and s.value.startswith(old):
            s, touched = self._iri(s), True
        if p.value.startswith(old):
            p, touched = self._iri(p), True
        if isinstance(o, ox.NamedNode) and o.value.startswith(old):
            o, touched = self._iri(o), True
        elif isinstance(o, ox.Literal) and o.datatype.value.startswith(old):
            o, touched = ox.Literal(o.value, datatype=self._iri(o.datatype)), True
        if isinstance(g, ox.NamedNode) and g.value.startswith(old):
            g, touched = self._iri(g), True
        return ox.Quad(s, p, o, g) if touched else quad


def https_schema(quads: Iterable[ox.Quad]) -> tuple[list[ox.Quad], int]:
    """Read ``http://schema.org/`` IRIs as ``https://schema.org/``.

    Args:
        quads: quads as parsed.

    Returns:
        The quads with every such IRI (subject, predicate, object, graph, datatype)
        rewritten, and how many terms were.
    """
    renamer = NamespaceRenamer(SCHEMA_HTTP, SCHEMA_HTTPS)
    out = [renamer.quad(q) for q in quads]
    return out, renamer.count


@dataclass
class GraphFile:
    """An RDF file read as source graphs, declared or not.

    A file declares its graph as a project file does (one subject typed
    ``dockg:SourceGraph`` among its default-graph triples), or it does not: its
    default-graph triples then go into a graph named by the file's own ``file:`` IRI, and
    the file is validated as its own graph with a provenance violation saying how to
    declare it. Named graphs of N-Quads, TriG and JSON-LD files are kept as they are.

    Attributes:
        path: the file.
        graphs: graph name → its triples.
        home: the graph holding the file's default-graph triples.
        declared: true if the file declares ``home`` as a ``dockg:SourceGraph``.
        syntax: the syntax it was read in.
        http_schema_terms: how many ``http://schema.org/`` terms were read as https.
    """

    path: Path
    graphs: dict[ox.NamedNode, list[ox.Triple]]
    home: ox.NamedNode
    declared: bool
    syntax: RdfSyntax
    http_schema_terms: int = 0


_RDF_TYPE = ox.NamedNode(str(RDF.type))
_SOURCE_GRAPH = ox.NamedNode(str(DOCKG.SourceGraph))


def read_graph_file(path: Path, *, display: str | None = None) -> GraphFile:
    """Read a file in any RDF syntax into source graphs.

    Args:
        path: the file.
        display: how messages name it.

    Returns:
        Its graphs (see :class:`GraphFile`).

    Raises:
        InputError: if it cannot be read or parsed, or declares several source graphs or
            a blank node as one.
    """
    shown = display or str(path)
    parsed = parse_rdf(path, display=shown)
    default = [q.triple for q in parsed.quads if isinstance(q.graph_name, ox.DefaultGraph)]
    declarations = sorted(
        {t.subject for t in default if t.predicate == _RDF_TYPE and t.object == _SOURCE_GRAPH},
        key=str,
    )
    if len(declarations) > 1:
        listed = ", ".join(str(d) for d in declarations)
        raise InputError(
            f"{shown}: {len(declarations)} subjects typed dockg:SourceGraph ({listed}); "
            "a graph file declares exactly one"
        )
    if declarations and not isinstance(declarations[0], ox.NamedNode):
        raise InputError(
            f"{shown}: the dockg:SourceGraph subject must be an IRI, not {declarations[0]}"
        )
    home = declarations[0] if declarations else ox.NamedNode(path.resolve().as_uri())
    assert isinstance(home, ox.NamedNode)
    graphs: dict[ox.NamedNode, list[ox.Triple]] = {}
    if default:
        graphs[home] = default
    for quad in parsed.quads:
        name = quad.graph_name
        if isinstance(name, ox.BlankNode):  # a graph needs an IRI to say where facts are
            name = ox.NamedNode(f"{home.value}#graph-{name.value}")
        if not isinstance(name, ox.DefaultGraph):
            graphs.setdefault(name, []).append(quad.triple)
    return GraphFile(
        path=path,
        graphs=graphs,
        home=home,
        declared=bool(declarations),
        syntax=parsed.syntax,
        http_schema_terms=parsed.http_schema_terms,
    )


def is_rdf_file(path: Path) -> bool:
    """True if the file name says an RDF syntax dockg reads (``.gz`` looked through)."""
    name = path.with_suffix("") if is_compressed(path) else path
    return name.suffix.lower() in _EXTENSIONS


def read_head(path: Path, size: int = 65536) -> bytes:
    """The first bytes of a file, uncompressed, to sniff its syntax.

    Raises:
        InputError: if it cannot be read.
    """
    try:
        if is_compressed(path):
            with gzip.open(path, "rb") as stream:
                return stream.read(size)
        with path.open("rb") as stream:
            return stream.read(size)
    except (OSError, EOFError) as error:
        raise InputError(
            f"{path}: cannot read: {getattr(error, 'strerror', None) or error}"
        ) from error


def file_contains(path: Path, needle: bytes) -> bool:
    """True if the file (uncompressed, for a ``.gz`` one) holds ``needle``, read in blocks."""
    overlap = len(needle) - 1
    tail = b""
    with gzip.open(path, "rb") if is_compressed(path) else path.open("rb") as stream:
        while block := stream.read(1 << 24):
            if needle in tail + block[: overlap + len(needle)] or needle in block:
                return True
            tail = block[-overlap:] if overlap else b""
    return False


def stream_rdf(
    path: Path, syntax: RdfSyntax, skolem: Skolemizer | None = None
) -> Iterator[ox.Quad]:
    """Parse a (possibly gzip-compressed) file quad by quad, without holding it whole.

    With ``skolem``, blank nodes become its stable IRIs.

    Raises:
        InputError: if it cannot be read or does not parse.
    """
    if skolem is not None:
        yield from skolem.quads(stream_rdf(path, syntax))
        return
    try:
        if is_compressed(path):
            with gzip.open(path, "rb") as stream:
                yield from ox.parse(
                    stream,  # type: ignore[arg-type]
                    format=syntax.oxigraph,
                    base_iri=path.resolve().as_uri(),
                    rename_blank_nodes=True,
                )
        else:
            yield from ox.parse(
                path=str(path),
                format=syntax.oxigraph,
                base_iri=path.resolve().as_uri(),
                rename_blank_nodes=True,
            )
    except SyntaxError as error:
        raise InputError(f"{path}:{_syntax_error(error, syntax, None)}") from error
    except (OSError, EOFError, ValueError) as error:
        raise InputError(f"{path}: cannot read {syntax.value}: {error}") from error
