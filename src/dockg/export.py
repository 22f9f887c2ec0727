"""Writing the knowledge graph in the usual RDF formats, in a stable order.

N-Quads, TriG and JSON-LD keep the named graphs (one per source); Turtle, N-Triples and
RDF/XML cannot, and hold the union of all graphs. Output is stable so that a diff of two
builds shows what changed in the data: lines of line-based formats are sorted, graphs and
nodes come in IRI order, and blank nodes get labels computed from their content
instead of the random ones a parser gives them.
"""

from __future__ import annotations

import contextlib
import io
import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import BinaryIO

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.term import Node

from dockg.atomic import streamed_atomic, write_atomic
from dockg.canonical import Snapshot
from dockg.errors import OutputError
from dockg.loading import LoadedDataset
from dockg.namespaces import SDO
from dockg.prefixes import jsonld_context
from dockg.rdf_files import SCHEMA_HTTP, NamespaceRenamer
from dockg.store.base import Store
from dockg.terms import nt_term
from dockg.writers import write_jsonld, write_trig, write_turtle


class ExportFormat(StrEnum):
    """RDF serialization formats ``dockg export`` writes."""

    TURTLE = "turtle"
    NTRIPLES = "ntriples"
    NQUADS = "nquads"
    TRIG = "trig"
    JSONLD = "jsonld"
    RDFXML = "rdfxml"

    @property
    def keeps_graphs(self) -> bool:
        """True for the formats that keep named graphs (N-Quads, TriG, JSON-LD)."""
        return self in (ExportFormat.NQUADS, ExportFormat.TRIG, ExportFormat.JSONLD)

    @property
    def suffix(self) -> str:
        """The usual file extension, with its dot."""
        return _SUFFIXES[self]

    @property
    def rdflib_format(self) -> str:
        """The name rdflib's parsers know this format by."""
        return _RDFLIB_FORMATS[self]

    @classmethod
    def for_path(cls, path: Path) -> ExportFormat | None:
        """Guess the format from a file name.

        Args:
            path: e.g. ``kg.nq``.

        Returns:
            The format its extension stands for, or ``None`` if it is not a known one.
        """
        suffix = path.suffix.lower()
        return next((fmt for fmt, known in _SUFFIXES.items() if known == suffix), None)


_SUFFIXES = {
    ExportFormat.TURTLE: ".ttl",
    ExportFormat.NTRIPLES: ".nt",
    ExportFormat.NQUADS: ".nq",
    ExportFormat.TRIG: ".trig",
    ExportFormat.JSONLD: ".jsonld",
    ExportFormat.RDFXML: ".rdf",
}
_RDFLIB_FORMATS = {
    ExportFormat.TURTLE: "turtle",
    ExportFormat.NTRIPLES: "nt",
    ExportFormat.NQUADS: "nquads",
    ExportFormat.TRIG: "trig",
    ExportFormat.JSONLD: "json-ld",
    ExportFormat.RDFXML: "xml",
}


def _nquads(snapshot: Snapshot) -> bytes:
    lines = sorted(
        f"{line} {nt_term(graph)} .\n"
        for graph, triples in snapshot.graphs.items()
        for line in triples
    )
    return "".join(lines).encode("utf-8")


def _ntriples(snapshot: Snapshot) -> bytes:
    return "".join(f"{line} .\n" for line in snapshot.union_lines()).encode("utf-8")


def _write(serializer: TurtleSerializer) -> bytes:
    stream = io.BytesIO()
    serializer.serialize(stream, encoding="utf-8")
    return stream.getvalue()


def _rdfxml(union: Graph) -> bytes:
    try:
        return union.serialize(format="xml", encoding="utf-8")
    except Exception as error:  # rdflib raises a bare Exception for unsplittable predicates
        raise OutputError(f"cannot write RDF/XML: {error}") from error


def _http_term(term: Node) -> Node:
    """A term with ``https://schema.org/`` written ``http://schema.org/``."""
    https = str(SDO)
    if isinstance(term, URIRef) and term.startswith(https):
        return URIRef(SCHEMA_HTTP + term[len(https) :])
    if isinstance(term, Literal) and term.datatype is not None and term.datatype.startswith(https):
        return Literal(str(term), datatype=str(_http_term(term.datatype)))
    return term


class HttpSchemaView:
    """A store's quads with schema.org in the ``http://`` namespace, for export.

    Consumers built on schema.org's own JSON-LD context (``@vocab`` ``http://schema.org/``)
    expect that namespace; dockg reads and keeps ``https://``. Exported with
    ``dockg export --schema-http``.

    Args:
        source: the dataset or store to export.
    """

    def __init__(self, source: LoadedDataset | Store) -> None:
        self.source = source

    def quads(
        self, graph: URIRef | None = None
    ) -> Iterator[tuple[Node, Node, Node, URIRef | None]]:
        """The quads of the named graphs, schema.org terms in ``http://``."""
        if isinstance(self.source, LoadedDataset):
            files = self.source.graph_files
            found = (
                (s, p, o, g)
                for s, p, o, g in self.source.dataset.quads((None, None, None, None))
                if g in files and (graph is None or g == graph)
            )
        else:
            found = self.source.quads(graph)  # type: ignore[assignment]
        for s, p, o, g in found:
            yield _http_term(s), _http_term(p), _http_term(o), g  # type: ignore[misc]


def serialize_all(
    source: LoadedDataset | Store | Snapshot, formats: Iterable[ExportFormat]
) -> dict[ExportFormat, bytes]:
    """Serialize the dataset in several formats from one stable snapshot.

    Args:
        source: the dataset, a store (its named graphs are written), or a snapshot
            taken of one already.
        formats: the formats wanted.

    Returns:
        Format → UTF-8 encoded document.

    Raises:
        OutputError: if the data cannot be expressed in a format (RDF/XML needs every
            predicate IRI to end in an XML name).
    """
    if isinstance(source, Snapshot):
        snapshot = source
    elif isinstance(source, LoadedDataset):
        snapshot = Snapshot.of(source)
    else:
        snapshot = Snapshot.of_quads(source.quads())
    union = cache(snapshot.union)  # RDF/XML is still written from an rdflib graph
    writers: dict[ExportFormat, Callable[[], bytes]] = {
        ExportFormat.NQUADS: lambda: _nquads(snapshot),
        ExportFormat.NTRIPLES: lambda: _ntriples(snapshot),
        ExportFormat.TRIG: lambda: write_trig(snapshot),
        ExportFormat.JSONLD: lambda: write_jsonld(snapshot),
        ExportFormat.TURTLE: lambda: write_turtle(snapshot),
        ExportFormat.RDFXML: lambda: _rdfxml(union()),
    }
    return {fmt: writers[fmt]() for fmt in formats}


#: Relative cost of writing each format (measured on seed + Cannes, 43k triples).
_COST = {
    ExportFormat.RDFXML: 6,
    ExportFormat.JSONLD: 4,
    ExportFormat.TURTLE: 3,
    ExportFormat.TRIG: 3,
    ExportFormat.NQUADS: 1,
    ExportFormat.NTRIPLES: 1,
}
#: What a forked writer reads: the snapshot, taken just before the workers are forked.
_FORKED: Snapshot | None = None


@contextlib.contextmanager
def writing_aside(
    snapshot: Snapshot, formats: Iterable[ExportFormat], *, workers: int | None = None
) -> Iterator[Callable[[], dict[ExportFormat, bytes]]]:
    """Serialize in forked processes, one per core, while this one does other work.

    The writers are pure Python, so the formats are written side by side in processes
    that share the snapshot (copy-on-write); a build validates meanwhile. The documents
    are those :func:`serialize_all` writes, byte for byte. Where ``fork`` is not
    available, or there is one core, they are written here when asked for.

    Args:
        snapshot: the dataset.
        formats: the formats wanted.
        workers: processes (default: the cores, at most one per group of formats).

    Yields:
        A function that returns format → UTF-8 encoded document (waiting for them).

    Raises:
        OutputError: as :func:`serialize_all`, from the function yielded.
    """
    wanted = list(dict.fromkeys(formats))
    workers = min(workers or os.cpu_count() or 1, len(wanted))
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield lambda: serialize_all(snapshot, wanted)
        return
    groups: list[list[ExportFormat]] = [[] for _ in range(workers)]
    for fmt in sorted(wanted, key=lambda f: -_COST[f]):  # heaviest first, to the lightest
        min(groups, key=lambda g: sum(_COST[f] for f in g)).append(fmt)
    global _FORKED
    _FORKED = snapshot
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = [pool.submit(_serialize_forked, group) for group in groups]

            def documents() -> dict[ExportFormat, bytes]:
                found: dict[ExportFormat, bytes] = {}
                for future in futures:
                    found.update(future.result())
                return {fmt: found[fmt] for fmt in wanted}

            try:
                yield documents
            finally:
                for future in futures:
                    future.cancel()
    finally:
        _FORKED = None


def serialize_parallel(
    source: LoadedDataset | Snapshot, formats: Iterable[ExportFormat], *, workers: int | None = None
) -> dict[ExportFormat, bytes]:
    """Serialize in several formats at once (:func:`writing_aside`), and wait for them.

    Args:
        source: the dataset, or a snapshot taken of one already.
        formats: the formats wanted.
        workers: processes (default: the cores, at most one per group of formats).

    Returns:
        Format → UTF-8 encoded document.

    Raises:
        OutputError: as :func:`serialize_all`.
    """
    snapshot = source if isinstance(source, Snapshot) else Snapshot.of(source)
    with writing_aside(snapshot, formats, workers=workers) as documents:
        return documents()


def _serialize_forked(formats: list[ExportFormat]) -> dict[ExportFormat, bytes]:
    """Run in a forked worker: write some formats of the snapshot the parent took."""
    assert _FORKED is not None
    return serialize_all(_FORKED, formats)


def serialize(source: LoadedDataset | Store, *, fmt: ExportFormat) -> bytes:
    """Serialize the dataset in one format.

    Args:
        source: the dataset or a store.
        fmt: the format; Turtle, N-Triples and RDF/XML get the union of all graphs.

    Returns:
        The UTF-8 encoded document.

    Raises:
        OutputError: if the data cannot be expressed in the format.
    """
    return serialize_all(source, [fmt])[fmt]


#: Oxigraph's names of the formats it writes natively.
_NATIVE = {
    ExportFormat.NQUADS: "N_QUADS",
    ExportFormat.TRIG: "TRIG",
    ExportFormat.JSONLD: "JSON_LD",
    ExportFormat.NTRIPLES: "N_TRIPLES",
    ExportFormat.TURTLE: "TURTLE",
    ExportFormat.RDFXML: "RDF_XML",
}


def is_native(source: object) -> bool:
    """True for a persistent Oxigraph store, which :func:`export_native` writes."""
    from dockg.store.oxigraph import OxigraphStore

    return isinstance(source, OxigraphStore) and source.path is not None and not source.is_cache


def export_native(
    store: Store, *, fmt: ExportFormat, output: BinaryIO, http_schema: bool = False
) -> None:
    """Write a persistent Oxigraph store with Oxigraph's own serializers, in a stream.

    A store loaded with ``dockg load`` may hold millions of quads: nothing passes through
    rdflib, and memory stays flat. Named-graph formats (N-Quads, TriG, JSON-LD) get every
    named graph (the union default graph dockg keeps is their copy, left out); the
    others get the union, each triple once. Literals are written as Oxigraph stores them
    (``"PT1H35M"`` for ``"PT95M"``: the same value), blank nodes with Oxigraph's labels.

    Args:
        store: an :class:`~dockg.store.oxigraph.OxigraphStore`.
        fmt: the format.
        output: a binary stream.
        http_schema: write schema.org terms in ``http://`` (:class:`HttpSchemaView`).

    Raises:
        OutputError: if the data cannot be written in the format.
    """
    import pyoxigraph as ox

    from dockg.prefixes import PREFIXES

    native = store.native  # type: ignore[attr-defined]
    rdf_format = getattr(ox.RdfFormat, _NATIVE[fmt])
    prefixes = dict(PREFIXES)
    try:
        if fmt is ExportFormat.NQUADS and not http_schema:
            # Each named graph dumped natively as N-Triples, its name added to every line:
            # N-Triples escapes line breaks in literals, so " .\n" only ends a statement.
            for graph in native.named_graphs():
                lines = native.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""
                output.write(lines.replace(b" .\n", f" {graph} .\n".encode()))
        elif rdf_format.supports_datasets or http_schema:
            named = (
                q
                for q in native.quads_for_pattern(
                    None, None, None, None if rdf_format.supports_datasets else ox.DefaultGraph()
                )
                if rdf_format.supports_datasets != isinstance(q.graph_name, ox.DefaultGraph)
            )
            if http_schema:
                renamer = NamespaceRenamer(str(SDO), SCHEMA_HTTP)
                prefixes["schema"] = SCHEMA_HTTP
                named = (renamer.quad(q) for q in named)
            if not rdf_format.supports_datasets:
                named = (q.triple for q in named)
            ox.serialize(named, output, rdf_format, prefixes=prefixes)
        else:
            native.dump(output, rdf_format, from_graph=ox.DefaultGraph(), prefixes=prefixes)
    except (ValueError, OSError) as error:
        raise OutputError(f"cannot write {fmt.value}: {error}") from error


def export(
    source: LoadedDataset | Store, *, fmt: ExportFormat, output: Path, http_schema: bool = False
) -> None:
    """Serialize the dataset to a file, atomically.

    A persistent Oxigraph store is written in a stream by :func:`export_native`.

    Args:
        source: the dataset or a store.
        fmt: the format.
        output: the file; its directory is created if needed.
        http_schema: write schema.org terms in ``http://`` (:class:`HttpSchemaView`).

    Raises:
        OutputError: if the file cannot be written (the old file is then unchanged).
    """
    if is_native(source):
        with streamed_atomic(output) as stream:
            export_native(source, fmt=fmt, output=stream, http_schema=http_schema)  # type: ignore[arg-type]
        return
    view = HttpSchemaView(source) if http_schema else source
    write_atomic(output, serialize(view, fmt=fmt))  # type: ignore[arg-type]


def context_document() -> bytes:
    """The JSON-LD context file written beside ``dockg.jsonld``."""
    return (json.dumps(jsonld_context(), indent=2) + "\n").encode("utf-8")
