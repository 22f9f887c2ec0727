"""The fast store: Oxigraph (pyoxigraph), embedded, in memory or persistent on disk.

Loading parses each Turtle file with Oxigraph's parser (about 40× faster than rdflib's)
into the named graph the file declares, then adds the schema.org view with the same
rules as :mod:`dockg.materialize`, through the store's own quad index; an N-Quads file
(:meth:`OxigraphStore.load_file`) goes in by Oxigraph's bulk loader alone. A persistent store
is loaded once (``dockg load --store oxigraph:PATH``, see :func:`load_directory`); later
commands open it read-only, which needs no lock, so they work while ``oxigraph serve``
has the same directory open.

The store's default graph holds the union of the named graphs, each triple once. Oxigraph's
own union of graphs (``use_default_graph_as_union``) yields a triple once *per graph* it
is in, so a query would see duplicates where rdflib's union (a set, as RDF has it) does
not: e.g. a type stated by two sources (Oxigraph issue #1919, fixed upstream after
0.5.13, the newest release). Keeping the union as a real graph gives the same rows as the
memory store, and a remote server fed by ``dockg push`` the same. It is filled natively
after the named graphs (:meth:`OxigraphStore.fill_union`), never quad by quad in Python.
"""

from __future__ import annotations

import fcntl
import gc
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result
from rdflib.term import Identifier, Node

from dockg import turtle_check
from dockg.errors import InputError, StoreError, UsageError
from dockg.loading import (
    LoadedDataset,
    _graph_name,
    extra_graph_files,
    parse_turtle,
    quiet_ill_typed_literals,
)
from dockg.materialize import (
    MaterializationResult,
    start_bounds,
    start_properties,
    superterm_closure,
)
from dockg.namespaces import DOCKG, RDF, RDFS, XSD
from dockg.progress import enabled as progress_enabled
from dockg.progress import reading, track, working
from dockg.project import Project
from dockg.rdf_files import (
    SCHEMA_HTTP,
    RdfSyntax,
    Skolemizer,
    file_contains,
    https_schema,
    is_compressed,
    read_graph_file,
    read_head,
    stream_rdf,
    syntax_of,
)
from dockg.store import swap
from dockg.store.base import Quad
from dockg.store.convert import (
    TermConverter,
    graph_names,
    lexical_restore_map,
    result_to_rdflib,
    written_language_tags,
)
from dockg.store.integrity import record_store_files, verify_store_files
from dockg.store.manifest import MANIFEST_NAME, FileEntry, Manifest, path_digest
from dockg.store.values import with_values

_READ_ONLY_ATTEMPTS = 5
#: Quads per bulk load call while loading a project.
_BATCH = 1_000_000
#: Fewer quads than this go in by a transaction, which has no per-call file cost.
_BULK_FROM = 100_000
_DEFAULT = ox.DefaultGraph()
#: Syntaxes Oxigraph's bulk loader reads straight from a file (Turtle and TriG are
#: streamed: their blank nodes need not be written ``_:``, so none can be ruled out).
_BULK_SYNTAXES = frozenset({RdfSyntax.NQUADS, RdfSyntax.NTRIPLES})
#: Quads per insert when a dump is streamed through Python (rewriting http schema.org).
_STREAM_BATCH = 200_000
_RDF_TYPE = ox.NamedNode(str(RDF.type))
_SOURCE_GRAPH = ox.NamedNode(str(DOCKG.SourceGraph))


@dataclass(frozen=True)
class LoadSummary:
    """What loading a project into a store did.

    Attributes:
        graphs: named graphs loaded (one per file).
        quads: quads in the store afterwards.
        seconds: wall-clock time.
        http_schema_terms: terms read from ``http://schema.org/`` as https.
    """

    graphs: int
    quads: int
    seconds: float
    http_schema_terms: int = 0


def open_native(path: Path | None, *, read_only: bool = False) -> ox.Store:
    """Open a pyoxigraph store, turning its errors into :class:`StoreError`.

    Args:
        path: the store directory, or ``None`` for an in-memory store.
        read_only: open without taking the directory's lock (for readers).

    Returns:
        The store.

    Raises:
        StoreError: if the directory is locked by another process, corrupt or unreadable.
    """
    if path is None:
        return ox.Store()
    try:
        if not read_only:
            return ox.Store(str(path))
        for _ in range(_READ_ONLY_ATTEMPTS - 1):
            try:
                return ox.Store.read_only(str(path))
            except RuntimeError as error:
                # A writer (``oxigraph serve``) compacted the files this reader was
                # opening; the next attempt sees the new set.
                if "No such file" not in str(error):
                    raise
                time.sleep(0.05)
        return ox.Store.read_only(str(path))
    except OSError as error:
        text = str(error)
        if "lock" in text.lower():
            raise StoreError(
                f"{path}: the store is in use by another process (an `oxigraph serve` or "
                "another dockg command); stop it or wait, then retry"
            ) from error
        raise StoreError(f"{path}: cannot open the Oxigraph store: {text}") from error
    except RuntimeError as error:  # RocksDB reports corruption this way
        raise StoreError(
            f"{path}: the Oxigraph store is damaged ({error}); "
            "reload it with `dockg load --store oxigraph:PATH`"
        ) from error


class OxigraphStore:
    """A :class:`~dockg.store.base.Store` on Oxigraph.

    Args:
        path: the store directory (created if missing), or ``None`` for memory.
        read_only: open an existing directory without locking it.

    Attributes:
        native: the pyoxigraph store, for code that speaks Oxigraph directly (the
            compiled SHACL validator).
        path: the directory, if persistent.
        manifest: what the store was loaded from, if known.
    """

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        # A reader holds the store's shared lock while open, so `dockg load` cannot swap
        # the directory away under it (see dockg.store.swap).
        self._reader_lock = swap.reader_lock(path) if path is not None and read_only else None
        self.native: ox.Store = open_native(path, read_only=read_only)
        self.manifest: Manifest | None = Manifest.read(path) if path is not None else None
        self.terms = TermConverter()
        self._loaded_files: dict[URIRef, str] = {}
        #: Graphs of extra files that declare no source: graph → file as shown.
        self.undeclared: dict[URIRef, str] = {}
        #: Terms read from ``http://schema.org/`` as ``https://schema.org/``.
        self.http_schema_terms = self.manifest.http_schema_terms if self.manifest else 0
        #: A copy of a project kept by :mod:`dockg.store.cache`: it reads like the
        #: in-memory store it was copied from (literals as written), not like a loaded one.
        self.is_cache = False
        #: What :meth:`materialize` added when this process loaded the store.
        self.materialized = MaterializationResult(added={})

    @property
    def source_files(self) -> dict[URIRef, str]:
        """Graph IRI → the file (relative to the project) it was loaded from."""
        if self._loaded_files:
            return dict(self._loaded_files)
        return self.manifest.graph_files() if self.manifest else {}

    # Loading -------------------------------------------------------------------------

    def load_project(
        self,
        project: Project,
        *,
        materialized: bool = True,
        extra_files: Iterable[Path | str] = (),
    ) -> LoadSummary:
        """Replace the store's content by the project's graph files.

        An in-memory store also remembers the literals Oxigraph would rewrite (a
        non-canonical ``"PT95M"``), so they read back as the sources wrote them.

        Args:
            project: the project.
            materialized: add the schema.org view (as every reading command expects).
            extra_files: more files or directories in any RDF syntax
                (:func:`dockg.rdf_files.read_graph_file`: a file need not declare its
                source graph; files the project already loads are read once).

        Returns:
            What was loaded and how long it took.

        Raises:
            InputError: if a file does not parse or declares no, several, or an already
                declared graph (the same checks and messages as the memory store).
        """
        start = time.perf_counter()
        self.native.clear()
        entries: list[FileEntry] = []
        declared: dict[URIRef, str] = {}
        pending: list[ox.Quad] = []
        literals: set[ox.Literal] = set()
        for path in track(project.graph_files, "loading files", unit="file"):
            display = project.display(path)
            data = _read(path, display)
            triples = self._parse_turtle(data, path, display)
            if self.path is None:
                literals.update(t.object for t in triples if isinstance(t.object, ox.Literal))
                self.terms.remember_languages(
                    written_language_tags(data.decode("utf-8", errors="replace"))
                )
            name = _declared_graph(triples, display, self.terms)
            _claim_graph(declared, name, display)
            graph = ox.NamedNode(str(name))
            pending.extend(ox.Quad(s, p, o, graph) for s, p, o in triples)
            if len(pending) >= _BATCH:
                self._insert(pending)
                pending = []
            entries.append(FileEntry.of(project, path, data, name))
        self.undeclared, self.http_schema_terms = {}, 0
        for path in extra_graph_files(project, extra_files):
            display = project.display(path)
            read = read_graph_file(path, display=display)
            self.http_schema_terms += read.http_schema_terms
            if not read.declared:
                self.undeclared[URIRef(read.home.value)] = display
            for graph, triples in read.graphs.items():
                if isinstance(graph, ox.NamedNode):
                    _claim_graph(declared, URIRef(graph.value), display)
                literals.update(t.object for t in triples if isinstance(t.object, ox.Literal))
                pending.extend(ox.Quad(s, p, o, graph) for s, p, o in triples)
        self._insert(pending)
        self._loaded_files = declared
        if self.path is None:
            self.terms.restore = lexical_restore_map(literals)
        if materialized:
            with working("adding the schema.org view"):
                self.materialize()
        self.fill_union()
        if self.path is not None:
            self.native.flush()
        quads = len(self)
        seconds = time.perf_counter() - start
        self.manifest = Manifest(
            files=entries, materialized=materialized, quads=quads, seconds=round(seconds, 3)
        )
        if self.path is not None:
            self.manifest.write(self.path)
        return LoadSummary(graphs=len(entries), quads=quads, seconds=seconds)

    @classmethod
    def from_loaded(cls, loaded: LoadedDataset) -> OxigraphStore:
        """An in-memory store holding a dataset loaded with rdflib, as it is.

        Used where rdflib has the data already (a build, which serializes with rdflib):
        the graphs are copied term by term, the union default graph is filled, and the
        literals Oxigraph rewrites read back as written.

        Args:
            loaded: the dataset (materialized or not: it is copied as it is).

        Returns:
            The store, its source files those of the dataset.
        """
        store = cls()
        to_ox = store.terms.quad_to_ox
        quads: list[ox.Quad] = []
        tags: set[str] = set()
        for s, p, o, g in loaded.dataset.quads((None, None, None, None)):
            if isinstance(g, URIRef) and g != DATASET_DEFAULT_GRAPH_ID:
                quads.append(to_ox(s, p, o, g))
                if isinstance(o, Literal) and o.language:
                    tags.add(o.language)
        store._insert(quads)
        store.terms.restore = lexical_restore_map(
            {q.object for q in quads if isinstance(q.object, ox.Literal)}
        )
        store.terms.remember_languages(tags)
        store.fill_union()
        project = loaded.project
        store._loaded_files = {g: project.display(p) for g, p in loaded.graph_files.items()}
        store.undeclared = {g: project.display(p) for g, p in loaded.undeclared.items()}
        store.http_schema_terms = loaded.http_schema_terms
        return store

    def load_dump(self, path: Path) -> LoadSummary:
        """Replace the store's content by a dump, taken as it is, in any RDF syntax.

        A dump of a whole dockg dataset (``dockg export --format nquads``, ``dockg synth``)
        holds its named graphs and the schema.org view already; nothing is added but the
        union default graph. A foreign dump may be N-Quads, TriG, N-Triples, Turtle or
        JSON-LD (or RDF/XML), gzip-compressed or not: its ``http://schema.org/`` terms are
        read as ``https://schema.org/``, and its default-graph triples are kept in a
        named graph of their own, named by the dump's ``file:`` IRI, so every triple
        stays in exports and dumps, which write named graphs.

        Args:
            path: the dump.

        Returns:
            What was loaded and how long it took.

        Raises:
            InputError: if the file cannot be read, its syntax is unknown, or it does not
                parse.
        """
        start = time.perf_counter()
        self.native.clear()
        self.http_schema_terms = self._load_any(path)
        if self.path is not None:
            self.native.flush()
        quads = len(self)
        seconds = time.perf_counter() - start
        self.manifest = Manifest(
            dump=FileEntry.of_dump(path),
            materialized=False,
            quads=quads,
            seconds=round(seconds, 3),
            http_schema_terms=self.http_schema_terms,
        )
        if self.path is not None:
            self.manifest.write(self.path)
        return LoadSummary(
            graphs=len(self.named_graphs()),
            quads=quads,
            seconds=seconds,
            http_schema_terms=self.http_schema_terms,
        )

    def _load_any(self, path: Path) -> int:
        """Load a dump: natively where nothing needs rewriting, else in a stream.

        Returns:
            The number of terms read from ``http://schema.org/``.
        """
        if not path.is_file():
            raise InputError(f"{path}: cannot read: no such file")
        head = read_head(path)
        syntax = syntax_of(path, head)
        # dockg's own dumps (they declare their source graphs) are taken as they are;
        # blank nodes of other data get stable IRIs (Skolemizer), so they can be explored.
        own = file_contains(path, str(DOCKG.SourceGraph).encode())
        http = file_contains(path, SCHEMA_HTTP.encode())
        plain = not is_compressed(path) and syntax in _BULK_SYNTAXES and not http
        if plain and (own or not file_contains(path, b"_:")):
            self.load_file(path, fmt=syntax.oxigraph, union=False)
            self._move_default_graph(path)
            self.fill_union()
            return 0
        count = 0
        home = ox.NamedNode(path.resolve().as_uri())
        if syntax in (RdfSyntax.JSONLD, RdfSyntax.RDFXML):  # documents, read whole
            read = read_graph_file(path)
            self._insert(
                [
                    ox.Quad(t.subject, t.predicate, t.object, g)
                    for g, ts in read.graphs.items()
                    for t in ts
                ]
            )
            self.fill_union()
            return read.http_schema_terms
        skolem = None if own else Skolemizer(path_digest(path))
        batch: list[ox.Quad] = []
        for quad in stream_rdf(path, syntax, skolem):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                quad = ox.Quad(quad.subject, quad.predicate, quad.object, home)
            batch.append(quad)
            if len(batch) >= _STREAM_BATCH:
                fixed, n = https_schema(batch)
                count += n
                self._insert(fixed)
                batch = []
        fixed, n = https_schema(batch)
        self._insert(fixed)
        self.fill_union()
        return count + n

    def _move_default_graph(self, path: Path) -> None:
        """Keep a dump's default-graph triples in a named graph of the dump's own."""
        if next(iter(self.native.quads_for_pattern(None, None, None, _DEFAULT)), None) is None:
            return
        home = ox.NamedNode(path.resolve().as_uri())
        self.native.update(f"INSERT {{ GRAPH {home} {{ ?s ?p ?o }} }} WHERE {{ ?s ?p ?o }}")
        self.native.update("CLEAR DEFAULT")

    def _parse_turtle(self, data: bytes, path: Path, display: str) -> list[ox.Triple]:
        """Parse with Oxigraph; on a syntax error let rdflib word the message.

        A file Oxigraph rejects but rdflib reads (their grammars differ at the edges) is
        taken as rdflib reads it, so both stores hold the same graph.
        """
        try:
            quads = ox.parse(
                data, format=ox.RdfFormat.TURTLE, base_iri=path.as_uri(), rename_blank_nodes=True
            )
            triples = [q.triple for q in quads]
        except SyntaxError:
            parsed = parse_turtle(path, display=display)  # raises InputError with file:line
            return [
                ox.Triple(*(self.terms.to_ox(t) for t in triple))  # type: ignore[arg-type]
                for triple in parsed
            ]
        # rdflib refuses these itself; Oxigraph reads them, but the writers cannot
        turtle_check.check_structures(triples, data, display)
        return triples

    def materialize(self) -> MaterializationResult:
        """Add the schema.org view: supertypes and superproperties, in the same graphs.

        Only the named graphs are read and written: call :meth:`fill_union` after. The
        same rules as :func:`dockg.materialize.materialize`: closures of
        ``rdfs:subClassOf`` / ``rdfs:subPropertyOf`` over all graphs, each inferred triple
        in the graph of the triple it came from, computed from the original triples only.

        Returns:
            How many triples each graph gained (those it held already not counted).
        """
        iri, to_rdflib = self.terms.iri, self.terms.to_rdflib
        axioms = Graph()
        for relation in (RDFS.subClassOf, RDFS.subPropertyOf):
            for quad in self.native.quads_for_pattern(None, iri(relation), None):
                axioms.add((to_rdflib(quad.subject), relation, to_rdflib(quad.object)))
        classes = superterm_closure(axioms, RDFS.subClassOf)
        properties = superterm_closure(axioms, RDFS.subPropertyOf)
        new: dict[ox.Quad, None] = {}  # in order, once each
        for prop, supers in properties.items():
            targets = [iri(s) for s in supers]
            for q in self.native.quads_for_pattern(None, iri(prop), None):
                if not isinstance(q.graph_name, ox.DefaultGraph):
                    new.update(
                        dict.fromkeys(
                            ox.Quad(q.subject, t, q.object, q.graph_name) for t in targets
                        )
                    )
        for cls, supers in classes.items():
            targets = [iri(s) for s in supers]
            for q in self.native.quads_for_pattern(None, _RDF_TYPE, iri(cls)):
                if not isinstance(q.graph_name, ox.DefaultGraph):
                    new.update(
                        dict.fromkeys(
                            ox.Quad(q.subject, _RDF_TYPE, t, q.graph_name) for t in targets
                        )
                    )
        xsd_date_time = iri(XSD.dateTime)
        bounds = (iri(DOCKG.earliestStart), iri(DOCKG.latestStart))
        starts = (
            q
            for prop in start_properties(properties)
            for q in self.native.quads_for_pattern(None, iri(prop), None)
        )
        for q in starts:
            if isinstance(q.graph_name, ox.DefaultGraph) or not isinstance(q.object, ox.Literal):
                continue
            found = start_bounds(q.object.value, q.object.datatype.value)
            for bound, value in zip(bounds, found or (), strict=False):
                literal = ox.Literal(value, datatype=xsd_date_time)
                new[ox.Quad(q.subject, bound, literal, q.graph_name)] = None
        added = [quad for quad in new if quad not in self.native]
        self._insert(added)
        counts: dict[URIRef, int] = {}
        for quad in added:
            graph = URIRef(quad.graph_name.value)  # type: ignore[union-attr]
            counts[graph] = counts.get(graph, 0) + 1
        self.materialized = MaterializationResult(added=counts)
        return self.materialized

    def fill_union(self) -> None:
        """Copy the triples of every named graph into the default graph, natively.

        In memory, one SPARQL update (about 3 s per million quads here). On disk, where
        that update is one RocksDB transaction (20 s and 1.1 GB per million), each named
        graph is dumped as N-Triples into a file in the store directory and the file is
        bulk-loaded into the default graph (14 s), so memory stays flat at any size.
        """
        with working("filling the union graph"):
            if self.path is None:
                self.native.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
                return
            spill = self.path / "union.nt.tmp"
            try:
                with spill.open("wb") as stream:
                    for graph in self.native.named_graphs():
                        self.native.dump(stream, format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
                self.native.bulk_load(path=str(spill), format=ox.RdfFormat.N_TRIPLES)
            finally:
                spill.unlink(missing_ok=True)

    def _insert(self, quads: list[ox.Quad]) -> None:
        """Add quads: bulk-load many (each bulk call costs ~0.25 s of file writing)."""
        if len(quads) >= _BULK_FROM:
            self.native.bulk_extend(quads)
        elif quads:
            self.native.extend(quads)

    def load_file(
        self, path: Path, *, fmt: ox.RdfFormat = ox.RdfFormat.N_QUADS, union: bool = True
    ) -> None:
        """Bulk-load an N-Quads (or other) file as it is, e.g. a generated graph or a dump.

        Oxigraph's bulk loader reads the file (no term passes through Python), then
        :meth:`fill_union` makes the default graph. A file that fails to parse leaves the
        store partly loaded: load into a new store (as :func:`load_directory` does, in a
        staging directory) and drop it on error.

        Args:
            path: the file.
            fmt: its format.
            union: fill the union default graph afterwards (a caller that moves
                default-graph triples first fills it itself).

        Raises:
            InputError: if it cannot be read or does not parse (with Oxigraph's position).
        """
        if not path.is_file():
            raise InputError(f"{path}: cannot read: no such file")
        try:
            if progress_enabled():
                with reading(path, f"loading {path.name}") as stream:
                    self.native.bulk_load(input=stream, format=fmt)
            else:
                self.native.bulk_load(path=str(path), format=fmt)
        except SyntaxError as error:
            # the loader names the file only when it opened it: the same message either way
            error.filename = error.filename or str(path)
            raise InputError(f"{path}: {error}") from error
        except ValueError as error:  # JSON-LD and RDF/XML errors come without a position
            raise InputError(f"{path}: {error}") from error
        except OSError as error:
            raise InputError(f"{path}: cannot read: {error}") from error
        if union:
            self.fill_union()

    def replace_graph(self, iri: URIRef, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        """Replace one named graph's content (e.g. after a source file changed).

        Args:
            iri: the graph.
            triples: its new triples, as rdflib terms.
        """
        graph = self.terms.iri(iri)
        for old in list(self.native.quads_for_pattern(None, None, None, graph)):
            elsewhere = any(
                not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != graph
                for q in self.native.quads_for_pattern(old.subject, old.predicate, old.object)
            )
            if not elsewhere:
                self.native.remove(ox.Quad(old.subject, old.predicate, old.object, _DEFAULT))
        self.native.remove_graph(graph)
        new = [self.terms.quad_to_ox(s, p, o, iri).triple for s, p, o in triples]
        self.native.extend(_with_union(new, graph))

    # Reading -------------------------------------------------------------------------

    def query(
        self,
        text: str,
        *,
        bindings: Mapping[str, Identifier] | None = None,
        default_graphs: Sequence[URIRef] | None = None,
        named_graphs: Sequence[URIRef] | None = None,
    ) -> Result:
        """Run a SPARQL query; see :meth:`dockg.store.base.Store.query`."""
        # Oxigraph's ``substitutions`` only reach variables of the SELECT clause.
        answer = self.native_query(
            with_values(text, bindings), default_graphs=default_graphs, named_graphs=named_graphs
        )
        try:
            with quiet_ill_typed_literals():
                return result_to_rdflib(answer, self.terms)
        except (OSError, RuntimeError, ValueError) as error:
            raise InputError(f"query failed: {error}") from error

    def native_query(
        self,
        text: str,
        *,
        default_graphs: Sequence[URIRef] | None = None,
        named_graphs: Sequence[URIRef] | None = None,
        base_iri: str | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL query and return Oxigraph's own answer, for code that serializes it
        natively (the server's SPARQL endpoint); :meth:`query` converts it to rdflib.

        Args:
            text: the query.
            default_graphs: as for :meth:`query`.
            named_graphs: as for :meth:`query`.
            base_iri: what relative IRIs in the query resolve against (the SPARQL
                endpoint's address, for the protocol); without it they are an error.

        Returns:
            The solutions, boolean or triples, not evaluated yet (iterate or serialize).

        Raises:
            UsageError: if the query does not parse.
            InputError: if it fails while starting.
        """
        options: dict[str, Any] = {} if base_iri is None else {"base_iri": base_iri}
        if named_graphs is not None:
            options["named_graphs"] = graph_names(named_graphs, self.terms)
        if default_graphs is not None:
            options["default_graph"] = graph_names(default_graphs, self.terms)
        elif named_graphs is not None:
            options["default_graph"] = options["named_graphs"]
        try:
            return self.native.query(text, **options)
        except SyntaxError as error:
            raise UsageError(f"SPARQL syntax error: {error}") from error
        except (OSError, RuntimeError, ValueError) as error:
            raise InputError(f"query failed: {error}") from error

    def named_graphs(self) -> list[URIRef]:
        """The named graphs, sorted by IRI."""
        names = (self.terms.graph_to_rdflib(g) for g in self.native.named_graphs())
        return sorted((n for n in names if isinstance(n, URIRef)), key=str)

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        """Every quad of the named graphs, or of one."""
        name = self.terms.iri(graph) if graph is not None else None
        to_rdflib = self.terms.to_rdflib
        with quiet_ill_typed_literals():  # "16min"^^xsd:duration is the shapes' business
            yield from self._quads(name, to_rdflib)

    def _quads(
        self, name: ox.NamedNode | None, to_rdflib: Callable[[object], Node]
    ) -> Iterator[Quad]:
        for q in self.native.quads_for_pattern(None, None, None, name):
            if isinstance(q.graph_name, ox.DefaultGraph):
                continue
            yield (
                to_rdflib(q.subject),
                to_rdflib(q.predicate),
                to_rdflib(q.object),
                self.terms.graph_to_rdflib(q.graph_name),
            )

    def __len__(self) -> int:
        [(count,)] = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")  # type: ignore[misc]
        return int(count)

    def close(self) -> None:
        """Write pending changes; the directory's lock goes with the last reference.

        A reader lets go of its shared lock: a load may replace the store from now on.
        """
        if self.path is not None and not self.read_only:
            self.native.flush()
        if self._reader_lock is not None:
            self._reader_lock.release()


def _both(triple: ox.Triple, graph: ox.NamedNode | ox.BlankNode) -> tuple[ox.Quad, ox.Quad]:
    """A triple in its named graph and in the default graph (the union)."""
    s, p, o = triple.subject, triple.predicate, triple.object
    return ox.Quad(s, p, o, graph), ox.Quad(s, p, o, _DEFAULT)


def _with_union(triples: Iterable[ox.Triple], graph: ox.NamedNode) -> Iterator[ox.Quad]:
    for triple in triples:
        yield from _both(triple, graph)


def _claim_graph(declared: dict[URIRef, str], name: URIRef, display: str) -> None:
    """Record that a file fills a graph; a graph two files fill is an input error."""
    if name in declared:
        raise InputError(
            f"{display}: declares graph {name.n3()}, already declared by {declared[name]}"
        )
    declared[name] = display


def _read(path: Path, display: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{display}: cannot read: {error.strerror or error}") from error


def _declared_graph(triples: list[ox.Triple], display: str, terms: TermConverter) -> URIRef:
    """The IRI of the file's one ``dockg:SourceGraph``, checked as the memory loader does."""
    declarations = Graph()
    for t in triples:
        if t.predicate == _RDF_TYPE and t.object == _SOURCE_GRAPH:
            declarations.add((terms.to_rdflib(t.subject), RDF.type, DOCKG.SourceGraph))
    return _graph_name(declarations, display)


def declared_graphs(project: Project) -> dict[URIRef, str]:
    """Which graph each of the project's files declares, found by a fast parse.

    Args:
        project: the project.

    Returns:
        Graph IRI → file as messages show it, in file order.

    Raises:
        InputError: if a file does not parse or declares no or several graphs.
    """
    terms = TermConverter()
    found: dict[URIRef, str] = {}
    for path in project.graph_files:
        display = project.display(path)
        try:
            quads = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE, rename_blank_nodes=True)
            triples = [q.triple for q in quads if q.predicate == _RDF_TYPE]
        except (SyntaxError, OSError):
            parsed = parse_turtle(path, display=display)  # words the error as dockg does
            triples = [ox.Triple(*(terms.to_ox(t) for t in triple)) for triple in parsed]  # type: ignore[arg-type]
        found[_declared_graph(triples, display, terms)] = display
    return found


def is_store_directory(path: Path) -> bool:
    """True if ``path`` is a directory dockg loaded a store into."""
    return (path / MANIFEST_NAME).is_file()


def _locked(path: Path) -> bool:
    """True if another process holds the RocksDB lock of a store directory (RocksDB
    takes a POSIX record lock on its ``LOCK`` file while the store is open)."""
    try:
        fd = os.open(path / "LOCK", os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.lockf(fd, fcntl.LOCK_UN)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)


def load_directory(
    path: Path, project: Project, *, materialized: bool = True, dump: Path | None = None
) -> LoadSummary:
    """(Re)load a project, or an N-Quads dump, into a persistent store directory, all or nothing.

    The new store is built in a sibling directory and swapped in by renaming, so a load
    that fails (a file that does not parse, a full disk) leaves the old store as it was,
    and readers never open a half-loaded store.

    Args:
        path: the store directory.
        project: the project to load.
        materialized: add the schema.org view (project files only).
        dump: load this N-Quads file as it is instead of the project's files.

    Returns:
        What was loaded.

    Raises:
        StoreError: if ``path`` holds something that is not a dockg store, or the store
            is in use by another process.
        InputError: if a project file or the dump is bad (the old store is kept).
    """
    path = path.resolve()
    if path.exists():
        if not path.is_dir() or (any(path.iterdir()) and not is_store_directory(path)):
            raise StoreError(
                f"{path} exists and is not a dockg store; refusing to replace it "
                "(give a new or empty directory)"
            )
        if is_store_directory(path):
            try:
                verify_store_files(path)
            except StoreError:
                # Damaged: reloading is the repair, and RocksDB must not read it (it may
                # not stop allocating); whether another process holds it, its lock says.
                if _locked(path):
                    raise StoreError(
                        f"{path}: the store is in use by another process; stop it, then retry"
                    ) from None
            else:
                del_lock_check = open_native(path)  # raises if a server or writer holds it
                del del_lock_check
            swap.refuse_if_in_use(path)  # a dockg reader (`dockg serve`) holds it
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = swap.staging_path(path)
    shutil.rmtree(staging, ignore_errors=True)
    store: OxigraphStore | None = None
    try:
        store = OxigraphStore(staging)
        if dump is not None:
            summary = store.load_dump(dump)
        else:
            summary = store.load_project(project, materialized=materialized)
        store.close()
    except BaseException:
        store = None  # release the directory before removing it
        gc.collect()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        store = None
    gc.collect()  # the store is closed only when its last reference goes
    record_store_files(staging)  # checked on every open: see dockg.store.integrity
    swap.swap_in(staging, path)
    return summary
