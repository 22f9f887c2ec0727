"""Streaming N-Quads output for the generator, with the schema.org view added as it goes.

The generator describes millions of triples, so it never builds rdflib terms or graphs:
it writes N-Quads lines straight to a temporary file beside the output, renamed into
place only when the whole file is written (nothing half-written is ever visible). Each
triple is followed by the superproperty and superclass triples :mod:`dockg.materialize`
would add, so the output is what ``dockg build`` would hold for such a project.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from rdflib import BNode, Dataset
from rdflib.plugins.serializers.nquads import _nq_row
from rdflib.term import Node

from dockg.atomic import TEMP_SUFFIX
from dockg.errors import OutputError
from dockg.materialize import Closure
from dockg.namespaces import RDF

_RDF_TYPE = f"<{RDF.type}>"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def iri(value: str) -> str:
    """An IRI as an N-Quads term (``<...>``); ``value`` comes from :mod:`dockg.iris`."""
    return f"<{value}>"


def literal(text: str, *, lang: str | None = None, datatype: str | None = None) -> str:
    """A literal as an N-Quads term, escaped.

    Args:
        text: the lexical form.
        lang: a language tag (``en``), for an ``rdf:langString``.
        datatype: a datatype IRI; neither this nor ``lang`` means ``xsd:string``.

    Returns:
        e.g. ``"Sewol"@en`` or ``"2016"^^<http://www.w3.org/2001/XMLSchema#gYear>``.
    """
    quoted = '"' + text.translate(_ESCAPES) + '"'
    if lang:
        return f"{quoted}@{lang}"
    if datatype:
        return f"{quoted}^^<{datatype}>"
    return quoted


def implied_terms(closure: Closure) -> dict[str, tuple[str, ...]]:
    """A superterm closure as N-Quads terms, each term's superterms sorted (a stable order).

    Args:
        closure: from :func:`dockg.materialize.superterm_closure`.

    Returns:
        ``<term>`` → its ``<superterm>``s.
    """
    return {iri(str(k)): tuple(sorted(iri(str(s)) for s in v)) for k, v in closure.items()}


def _bnode_labels(dataset: Dataset) -> dict[Node, BNode]:
    """Name each blank node after what describes it, so a dataset always reads the same.

    rdflib gives parsed blank nodes random names; these names come from the sorted
    triples around the node instead (and a counter for nodes described identically).
    """
    signatures: dict[Node, list[str]] = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        for node, row in ((s, f"s {p} {_plain(o)} {g}"), (o, f"o {_plain(s)} {p} {g}")):
            if isinstance(node, BNode):
                signatures.setdefault(node, []).append(row)
    labels: dict[Node, BNode] = {}
    used: set[str] = set()
    for node, rows in sorted(signatures.items(), key=lambda item: sorted(item[1])):
        digest = hashlib.sha1("\n".join(sorted(rows)).encode()).hexdigest()[:16]
        label, n = f"b{digest}", 1
        while label in used:
            n += 1
            label = f"b{digest}x{n}"
        used.add(label)
        labels[node] = BNode(label)
    return labels


def _plain(term: Node) -> str:
    return "_" if isinstance(term, BNode) else term.n3()


class QuadWriter:
    """Writes N-Quads lines, adding the schema.org view, and counts what it wrote.

    Attributes:
        triples: the number of lines (quads) written.
        graphs: the number of graphs begun with :meth:`graph`.
        largest: the largest graph begun with :meth:`graph` and its number of quads.
    """

    def __init__(self, stream: IO[str], *, classes: Closure, properties: Closure) -> None:
        self._stream = stream
        self._classes = implied_terms(classes)
        self._props = implied_terms(properties)
        self._graph = ""
        self._subject = ""
        self._seen: set[tuple[str, str]] = set()
        self._buffer: list[str] = []
        self.triples = 0
        self.graphs = 0
        self.largest = ("", 0)
        self._graph_start = 0

    def graph(self, name: str) -> None:
        """Start writing into the named graph ``name`` (an N-Quads IRI term)."""
        self._close_graph()
        self._graph = name
        self._graph_start = self.triples
        self._subject = ""
        self.graphs += 1

    def _close_graph(self) -> None:
        size = self.triples - self._graph_start
        if self._graph and size > self.largest[1]:
            self.largest = (self._graph, size)

    def add(self, subject: str, predicate: str, obj: str) -> None:
        """Write one triple into the current graph, with the triples it implies.

        A triple already written for the same subject in a row (say ``schema:about`` implied
        by both ``dockg:isAbout`` and ``dockg:depicts``) is written once.

        Args:
            subject: an N-Quads term.
            predicate: an N-Quads IRI term.
            obj: an N-Quads term.
        """
        if subject != self._subject:
            self._subject = subject
            self._seen.clear()
        self._write(subject, predicate, obj)
        for sup in self._props.get(predicate, ()):
            self._write(subject, sup, obj)
        if predicate == _RDF_TYPE:
            for sup in self._classes.get(obj, ()):
                self._write(subject, _RDF_TYPE, sup)

    def _write(self, subject: str, predicate: str, obj: str) -> None:
        key = (predicate, obj)
        if key in self._seen:
            return
        self._seen.add(key)
        self._buffer.append(f"{subject} {predicate} {obj} {self._graph} .\n")
        self.triples += 1
        if len(self._buffer) >= 4096:
            self.flush()

    def add_dataset(self, dataset: Dataset) -> None:
        """Copy every quad of an rdflib dataset (its named graphs) as it is.

        Blank nodes are renamed after their descriptions and lines sorted, so the same
        dataset always gives the same text.

        Args:
            dataset: e.g. a loaded and materialized project.
        """
        self.flush()
        labels = _bnode_labels(dataset)

        def stable(term: Node) -> Node:
            return labels.get(term, term)

        lines = sorted(
            _nq_row((stable(s), p, stable(o)), g)
            for s, p, o, g in dataset.quads((None, None, None, None))
            if g is not None
        )
        self._stream.write("".join(lines))
        self.triples += len(lines)

    def flush(self) -> None:
        """Write out the buffered lines (and note the size of the graph being written)."""
        self._close_graph()
        self._stream.write("".join(self._buffer))
        self._buffer.clear()


@contextlib.contextmanager
def atomic_text(path: Path) -> Iterator[IO[str]]:
    """Open a temporary text file beside ``path``, moved onto ``path`` on success only.

    Args:
        path: the output file; its directory is created if needed.

    Yields:
        The stream to write UTF-8 text to.

    Raises:
        OutputError: if the file cannot be written; ``path`` is then left as it was and no
            temporary file remains.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    except OSError as error:
        raise OutputError(f"{path}: cannot write: {error.strerror or error}") from error
    temp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {error.strerror or error}") from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
