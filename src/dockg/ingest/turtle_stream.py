"""Writing a large import as Turtle without ever holding it as an rdflib graph.

rdflib's Turtle serializer sorts the whole graph in memory: subjects by how often they are
referenced, then by IRI; each subject's properties and values sorted. For a spreadsheet of
a million rows that graph does not fit in memory (5.8 GB at 1M rows), and adding triples
to rdflib's memory store was most of the import's time. :class:`SpilledGraph` keeps the
triples on disk instead, in partitions by subject, and :func:`write_turtle` writes the file
rdflib would have written for the same graph, byte for byte:

1. each partition is read back alone (one partition of a large import holds ~200k
   triples), its triples grouped by subject (duplicates fall away, as in a graph), and each
   subject's block rendered by rdflib's own serializer code (:class:`_BlockSerializer`), so
   property order, value order, literal forms and indentation are rdflib's;
2. blocks go to a scratch file; the references to each subject are counted on the way;
3. the blocks are copied into the output in rdflib's subject order (least referenced
   first, then by IRI), after the ``@prefix`` lines of the namespaces used.

The partitions are independent, so on a machine with two cores and ``os.fork`` every other
one is rendered by a forked process into a blocks file of its own (steps 1 and 2); it
hands back where its blocks are, the references it counted, the prefixes it used and the
subjects the caller selected, and step 3 reads each block from its file. Anything
unusual (no fork, the forked process failing, a prefix rdflib would have generated)
falls back to rendering everything in one process, as before: the text is the same.

What stays in memory is one partition (two while both processes render), plus a few
numbers per subject (its references and where its block is). Blank nodes (only the
provenance's activity) stay in memory and are written inline where they are referenced
once, as rdflib does.
"""

from __future__ import annotations

import contextlib
import gc
import operator
import os
import pickle
import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import IO, Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.plugins.serializers.turtle import OBJECT, SUBJECT, VERB, TurtleSerializer
from rdflib.term import Node

from dockg.prefixes import bind_prefixes

Triple = tuple[Node, Node, Node]
#: A literal on disk: lexical form, language, datatype.
_Encoded = str | tuple[str, str | None, str | None]

#: A local name that rdflib's qname computation keeps whole after a bound namespace.
_PLAIN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_NIL = RDF.nil
#: Triples buffered per partition before they are written (a large import has ~100
#: partitions: this bounds the buffers to ~200k triples in all).
_BATCH = 2_000
#: IRIs whose text is remembered from row to row (then forgotten, to bound memory).
_NAMES = 50_000


class _NoDefault(defaultdict[Any, int]):
    """References of blank nodes; other nodes count 0 without growing the dict."""

    def __missing__(self, key: object) -> int:
        return 0


class _BlockSerializer(TurtleSerializer):
    """rdflib's Turtle serializer, one subject at a time, over triples it is handed.

    ``statement`` (and everything it calls: property order, value order, blank-node
    inlining, indentation) is rdflib's; only where the triples come from, where the text
    goes, and how a term's label is computed (the same text, cached, with a quick path for
    the plain ``prefix:local`` case) are replaced.
    """

    def __init__(self) -> None:
        graph = Graph()
        bind_prefixes(graph)
        super().__init__(graph)
        self._references = _NoDefault()
        self.properties: Callable[[Node], dict[Node, list[Node]]] = lambda _: {}
        self._parts: list[str] = []
        #: the properties of the blank nodes that may be written inline
        self.blank_properties: Mapping[Node, dict[Node, list[Node]]] = {}
        self._bound = {str(ns): prefix for prefix, ns in graph.namespaces()}
        self._used: set[str] = set()
        self._verbs: dict[Node, str] = {}
        self._datatypes: set[URIRef] = set()
        self._first = [str(p) for p in self.predicateOrder]
        self._verbs_text: dict[str, str] = {}
        self._terms: dict[_Encoded, Node] = {}
        self._typed: dict[_Encoded, str] = {}
        #: labels of IRIs as objects (the same people, countries, festivals recur)
        self._objects: dict[str, str] = {}

    # where triples come from and where text goes --------------------------------------

    def buildPredicateHash(self, subject: Node) -> dict[Node, list[Node]]:
        return self.properties(subject)

    def write(self, text: str) -> None:
        self._parts.append(text)

    def subjectDone(self, subject: Node) -> None:
        # only blank nodes are ever asked about again (inlining); not every IRI
        if isinstance(subject, BNode):
            self._serialized[subject] = True

    def render(self, subject: Node) -> bytes:
        """The statement of one subject: ``\\n{subject} {properties} .``."""
        self._parts = []
        self.statement(subject)
        return "".join(self._parts).encode("utf-8", "replace")

    def render_properties(self, subject: Node, properties: Mapping[Node, Iterable[Node]]) -> bytes:
        """The statement of one subject with these properties (values in any order).

        The same text as :meth:`render` (rdflib's ``s_default``, ``predicateList``,
        ``objectList``), written directly when no value is a blank node; with one, rdflib's
        own code writes it (it may be inlined).
        """
        lists = {p: list(v) for p, v in properties.items()}
        if isinstance(subject, BNode) or any(
            isinstance(o, BNode) for v in lists.values() for o in v
        ):
            blank = self.blank_properties
            self.properties = lambda node: lists if node is subject else blank[node]
            return self.render(subject)
        for values in lists.values():
            values.sort()  # type: ignore[call-arg]
        first = [p for p in self.predicateOrder if p in lists]
        order = first + sorted((p for p in lists if p not in first), key=str)
        label = self.label
        parts = ["\n", label(subject, SUBJECT)]
        for n, predicate in enumerate(order):
            parts.append(" " if n == 0 else " ;\n    ")
            parts.append(label(predicate, VERB))
            values = lists[predicate]
            parts.append(" ")
            parts.append(",\n        ".join([label(o, OBJECT) for o in values]))
        parts.append(" .")
        return "".join(parts).encode("utf-8", "replace")

    def render_encoded(self, subject: str, properties: Mapping[str, Iterable[_Encoded]]) -> bytes:
        """:meth:`render_properties` for IRIs and literals as they are spilled.

        Labels are made from the spilled form (rdflib's own quoting of the lexical form
        for plain literals, a cached rdflib label otherwise); terms are made only to sort
        the values of a property that has several and not all IRIs (rdflib orders
        literals by value).
        """
        first = [p for p in self._first if p in properties]
        order = first + sorted(p for p in properties if p not in first)
        label = self._encoded_label
        parts = ["\n", self._iri(subject, SUBJECT)]
        for n, predicate in enumerate(order):
            parts.append(" " if n == 0 else " ;\n    ")
            verb = self._verbs_text.get(predicate)
            if verb is None:
                verb = self._verbs_text[predicate] = self.label(URIRef(predicate), VERB)
            parts.append(verb)
            parts.append(" ")
            values = properties[predicate]
            if len(values) == 1:  # type: ignore[arg-type]
                parts.append(label(next(iter(values))))
                continue
            if all(type(v) is str for v in values):
                ordered = sorted(values, key=str)
            else:
                ordered = [e for _, e in sorted((self._term(v), v) for v in values)]
            parts.append(",\n        ".join([label(v) for v in ordered]))
        parts.append(" .")
        return "".join(parts).encode("utf-8", "replace")

    def _term(self, encoded: _Encoded) -> Node:
        found = self._terms.get(encoded)
        if found is None:
            found = self._terms[encoded] = _term(encoded)
        return found

    def _encoded_label(self, encoded: _Encoded) -> str:
        if isinstance(encoded, str):
            found = self._objects.get(encoded)
            if found is None:
                found = self._objects[encoded] = self._iri(encoded, OBJECT)
            return found
        lexical, lang, datatype = encoded
        if datatype is None:
            text = Literal._quote_encode(lexical)  # type: ignore[arg-type]
            return f"{text}@{lang}" if lang else text
        found = self._typed.get(encoded)
        if found is None:
            found = self._typed[encoded] = self.label(self._term(encoded), OBJECT)
        return found

    def forget(self) -> None:
        """Drop the terms made for one partition (typed labels are kept: they repeat)."""
        self._terms = {}
        if len(self._typed) > 100_000:
            self._typed = {}
        if len(self._objects) > 100_000:
            self._objects = {}

    def prefix_lines(self) -> bytes:
        """The ``@prefix`` lines of every namespace used so far, as rdflib writes them."""
        self._parts = []
        self.startDocument()
        return "".join(self._parts).encode("utf-8", "replace")

    # labels --------------------------------------------------------------------------

    def label(self, node: Node, position: int) -> str:
        if position == VERB:
            text = self._verbs.get(node)
            if text is None:
                text = self._verbs[node] = super().label(node, position)
            return text
        if isinstance(node, URIRef) and node != _NIL:
            return self._iri(node, position)
        datatype = node.datatype if isinstance(node, Literal) else None
        if datatype is not None and datatype not in self._datatypes:
            # rdflib's preprocess declares a datatype's prefix even where the literal is
            # written bare (integers)
            self._datatypes.add(datatype)
            self.get_pname(datatype, gen_prefix=False)
        return super().label(node, position)

    def _iri(self, node: str, position: int) -> str:
        """The label of an IRI (given as a string: terms are made only when rdflib is asked)."""
        text = str(node)
        if text == _NIL:
            return "()"
        cut = max(text.rfind("/"), text.rfind("#")) + 1
        prefix = self._bound.get(text[:cut])
        if prefix is not None and _PLAIN_LOCAL.fullmatch(text, cut):
            if prefix not in self._used:
                self._used.add(prefix)
                self.addNamespace(prefix, URIRef(text[:cut]))
            return f"{prefix}:{text[cut:]}"
        if not any(text.startswith(ns) for ns in self._bound):
            # no prefix can shorten it: rdflib writes <...> (and raises on a bad IRI)
            return URIRef(text).n3()
        return super().label(URIRef(text), position)


def _encode(node: Node) -> _Encoded:
    if isinstance(node, URIRef):
        return str(node)
    if isinstance(node, Literal):
        datatype = node.datatype
        return (str(node), node.language, None if datatype is None else str(datatype))
    raise ValueError(f"cannot spill {node!r}: only IRIs and literals go to disk")


class SpilledGraph:
    """A set of triples kept on disk in partitions by subject, written out as Turtle.

    Triples whose subject is an IRI go to disk as they come; triples about blank nodes
    stay in memory (imports make one, for the provenance). Duplicates are removed when
    the partitions are read back.

    Args:
        workdir: an empty scratch directory (the caller removes it).
        partitions: how many partitions: each is read back into memory alone.
    """

    def __init__(self, workdir: Path, partitions: int) -> None:
        self.workdir = workdir
        self.partitions = max(1, partitions)
        self._files: list[IO[bytes]] = [
            (workdir / f"part-{n}.bin").open("wb") for n in range(self.partitions)
        ]
        #: subject IRI → its number; the arrays below are indexed by it
        self.subjects: dict[str, int] = {}
        self.blank: dict[Node, dict[Node, list[Node]]] = {}
        self._blank_seen: set[Triple] = set()
        self._blank_refs = _NoDefault()
        self._pinned: dict[int, list[Triple]] = {}
        self._predicates: dict[Node, str] = {}
        #: IRI → its text, for the IRIs of the last rows: one string object per IRI makes
        #: the lookups identity checks and lets pickle write a repeated IRI once a batch
        self._names: dict[Node, str] = {}
        self._final: dict[int, list[tuple[str, str, _Encoded]]] = {}
        self._pending: list[list[tuple[str, str, _Encoded]]] = [[] for _ in self._files]

    def _number(self, subject: str) -> int:
        number = self.subjects.get(subject)
        if number is None:
            number = self.subjects[subject] = len(self.subjects)
        return number

    def _partition(self, subject: str) -> int:
        return hash(subject) % self.partitions

    def add_final(self, triples: Iterable[Triple]) -> None:
        """Add a few triples, kept in memory, that merges must not rewrite.

        The records of resolution's decisions name the merged IRI itself
        (``<incoming> owl:sameAs <existing>``), as :func:`apply_resolution` writes them.
        """
        for s, p, o in triples:
            if isinstance(s, BNode) or isinstance(o, BNode):
                raise ValueError("add_final takes no blank nodes")
            subject = str(s)
            self._number(subject)
            self._final.setdefault(self._partition(subject), []).append(
                (subject, str(p), _encode(o))
            )

    def add(self, triples: Iterable[Triple]) -> None:
        """Add triples (one row's, or any small batch)."""
        batches: dict[int, list[tuple[str, str, _Encoded]]] = {}
        predicates = self._predicates
        names = self._names
        if len(names) > _NAMES:
            names = self._names = {}
        for s, p, o in triples:
            # exact types first: rdflib's term classes are ABCs, and isinstance on them is
            # slow in this loop (one call per triple of every row)
            kind = type(o)
            if kind is URIRef:
                encoded: _Encoded | None = names.get(o)
                if encoded is None:
                    encoded = names[o] = str(o)
            elif kind is Literal:
                datatype = o.datatype  # type: ignore[attr-defined]
                language = o.language  # type: ignore[attr-defined]
                encoded = (str(o), language, None if datatype is None else str(datatype))
            else:
                encoded = ""
            if (type(s) is not URIRef and isinstance(s, BNode)) or (
                not encoded and isinstance(o, BNode)
            ):
                self._add_blank((s, p, o))
                if isinstance(o, BNode) and not isinstance(s, BNode):
                    # an IRI's link to a blank node stays in memory too, for its block
                    self._number(str(s))
                    self._pinned.setdefault(self._partition(str(s)), []).append((s, p, o))
                continue
            subject = names.get(s)
            if subject is None:
                subject = names[s] = str(s)
            if subject not in self.subjects:
                self.subjects[subject] = len(self.subjects)
            partition = hash(subject) % self.partitions
            batch = batches.get(partition)
            if batch is None:
                batch = batches[partition] = []
            predicate = predicates.get(p)
            if predicate is None:
                predicate = predicates[p] = str(p)
            batch.append((subject, predicate, encoded or _encode(o)))
        for partition, batch in batches.items():
            pending = self._pending[partition]
            pending.extend(batch)
            if len(pending) >= _BATCH:
                self._flush(partition)

    def _flush(self, partition: int) -> None:
        pending = self._pending[partition]
        if pending:
            pickle.dump(pending, self._files[partition], protocol=pickle.HIGHEST_PROTOCOL)
            self._pending[partition] = []

    def _add_blank(self, triple: Triple) -> None:
        if triple in self._blank_seen:
            return
        self._blank_seen.add(triple)
        s, p, o = triple
        if isinstance(o, BNode):
            self._blank_refs[o] += 1
        if isinstance(s, BNode):
            self.blank.setdefault(s, {}).setdefault(p, []).append(o)

    def _read(self, partition: int) -> Iterator[tuple[str, str, _Encoded]]:
        with (self.workdir / f"part-{partition}.bin").open("rb") as stream:
            while True:
                try:
                    batch = pickle.load(stream)
                except EOFError:
                    return
                yield from batch

    def close(self) -> None:
        """Finish writing the partitions (nothing can be added after)."""
        for partition, stream in enumerate(self._files):
            if not stream.closed:
                self._flush(partition)
                stream.close()

    def write_turtle(
        self,
        out: IO[bytes],
        *,
        header: str = "",
        mapping: Mapping[URIRef, URIRef] | None = None,
        select: Callable[[str, Collection[str]], bool] | None = None,
        workers: int | None = None,
    ) -> WrittenTurtle:
        """Write the triples as rdflib's Turtle serializer would (see the module docs).

        With two workers, half of the partitions are rendered by a forked process into
        its own blocks file while this process renders the other half (the partitions are
        independent); the text is the same as with one.

        Args:
            out: the binary stream to write to.
            header: text written first (comment lines).
            mapping: IRIs to replace, in every position (resolution's merges).
            select: asked with each IRI subject and its properties' IRIs; the subjects it
                says yes to are returned (it may run in a forked process: it must not
                rely on side effects).
            workers: processes rendering blocks: 1 or 2 (default: 2 where the machine
                has two cores and ``os.fork``, and there are several partitions).

        Returns:
            The number of distinct triples written and the selected subjects.
        """
        self.close()
        merged = {str(k): str(v) for k, v in (mapping or {}).items()}
        serializer = self._serializer()
        moved = self._moved(merged)
        for target in merged.values():
            self._number(target)
        count = len(self.subjects)
        everything = range(self.partitions)
        # every other partition to the forked process: sizes are alike by hash
        theirs = everything[1::2] if _workers(workers) > 1 else range(0)
        job = _RenderJob(self, merged, moved, select)
        paths = [self.workdir / "blocks-0.bin", self.workdir / "blocks-1.bin"]
        with paths[0].open("w+b") as blocks:
            found = (
                job.render_split(everything[0::2], theirs, serializer, blocks, paths[1])
                if theirs
                else []
            )
            if not found:  # one worker, or the other one's part could not be used
                blocks.seek(0)
                blocks.truncate()
                serializer = self._serializer()
                found = [job.render(everything, serializer, blocks)]
            refs = found[0].refs
            total = 0
            offsets = array("q", bytes(8 * count))
            lengths = array("q", bytes(8 * count))
            sources = bytearray(count)
            for part in found:
                if part is not found[0]:
                    refs = array("q", map(operator.add, refs, part.refs))
                total += part.total
                for number, offset, length in zip(
                    part.numbers, part.offsets, part.lengths, strict=True
                ):
                    offsets[number] = offset
                    lengths[number] = length
                    sources[number] = part.source
            subjects = self.subjects
            for blank in self.blank.values():
                for linked in blank.values():
                    total += len(linked)
                    for node in linked:
                        linked_to = subjects.get(str(node)) if isinstance(node, URIRef) else None
                        if linked_to is not None:
                            refs[linked_to] += 1
            selected = [s for p in sorted(chain(*(f.selected for f in found))) for s in p[1]]
            serializer.properties = lambda s: self.blank.get(s) or {}
            # blank nodes referenced once are already inline; others are statements
            loose = [b for b in self.blank if self._blank_refs[b] != 1]
            loose_text = {b: serializer.render(b) for b in loose}
            out.write(header.encode("utf-8"))
            out.write(serializer.prefix_lines())
            blocks.flush()
            names = list(subjects)
            order = sorted(
                (n for n in range(count) if lengths[n]), key=lambda n: (refs[n], names[n])
            )
            names.clear()
            # read block by block (not mapped: a mapped file's pages count as the
            # process's memory, and the blocks of a large import are gigabytes)
            with contextlib.ExitStack() as stack:
                fds = [blocks.fileno()]
                if len(found) > 1:
                    fds.append(stack.enter_context(paths[1].open("rb")).fileno())
                for number in order:
                    out.write(os.pread(fds[sources[number]], lengths[number], offsets[number]))
                    out.write(b"\n")
            for bnode in sorted(loose, key=lambda b: (self._blank_refs[b], str(b))):
                out.write(loose_text[bnode] + b"\n")
            out.write(b"\n")
        return WrittenTurtle(triples=total, selected=tuple(selected))

    def _serializer(self) -> _BlockSerializer:
        serializer = _BlockSerializer()
        serializer._references = self._blank_refs
        serializer.blank_properties = self.blank
        return serializer

    def _moved(self, merged: Mapping[str, str]) -> dict[int, list[tuple[str, str, _Encoded]]]:
        """The triples of merged subjects, by the partition of the subject they merge into."""
        moved: dict[int, list[tuple[str, str, _Encoded]]] = {}
        for partition in sorted({self._partition(s) for s in merged if s in self.subjects}):
            for subject, p, o in self._read(partition):
                target = merged.get(subject)
                if target is not None:
                    moved.setdefault(self._partition(target), []).append((target, p, o))
        return moved

    def _group(
        self,
        partition: int,
        merged: Mapping[str, str],
        extra: list[tuple[str, str, _Encoded]],
    ) -> dict[str, dict[str, set[_Encoded]]]:
        """One partition's triples by subject and property, merges applied, duplicates gone."""
        groups: dict[str, dict[str, set[_Encoded]]] = {}
        records: Iterable[tuple[str, str, _Encoded]] = self._read(partition)
        if extra:
            records = chain(records, extra)
        for subject, p, o in records:
            if merged:
                if subject in merged:
                    continue  # read again, under the subject it merges into (see _moved)
                if type(o) is str:
                    o = merged.get(o, o)
            props = groups.get(subject)
            if props is None:
                props = groups[subject] = {}
            values = props.get(p)
            if values is None:
                props[p] = {o}
            else:
                values.add(o)
        for subject, p, o in self._final.get(partition, ()):
            groups.setdefault(subject, {}).setdefault(p, set()).add(o)
        return groups


@dataclass(frozen=True)
class WrittenTurtle:
    """What :meth:`SpilledGraph.write_turtle` wrote.

    Attributes:
        triples: the number of distinct triples written.
        selected: the IRI subjects its ``select`` said yes to, partition by partition.
    """

    triples: int
    selected: tuple[str, ...]


@dataclass
class _Rendered:
    """The blocks of some partitions, as one process rendered them into one file."""

    #: references to each subject (indexed by subject number) from these blocks
    refs: array[int]
    #: for each block written: its subject's number, offset and length in the file
    numbers: array[int] = field(default_factory=lambda: array("q"))
    offsets: array[int] = field(default_factory=lambda: array("q"))
    lengths: array[int] = field(default_factory=lambda: array("q"))
    total: int = 0
    #: (partition, subjects selected in it)
    selected: list[tuple[int, list[str]]] = field(default_factory=list)
    #: which blocks file: 0 this process's, 1 the forked one's
    source: int = 0
    #: the prefixes the blocks use, prefix → namespace
    namespaces: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _RenderJob:
    """Rendering the partitions of a spilled graph into blocks (any subset, any process)."""

    spill: SpilledGraph
    merged: Mapping[str, str]
    moved: Mapping[int, list[tuple[str, str, _Encoded]]]
    select: Callable[[str, Collection[str]], bool] | None

    def render(
        self, partitions: Iterable[int], serializer: _BlockSerializer, blocks: IO[bytes]
    ) -> _Rendered:
        """Render these partitions' subjects, appending their blocks to ``blocks``."""
        spill = self.spill
        subjects = spill.subjects
        select = self.select
        done = _Rendered(refs=array("q", bytes(8 * len(subjects))))
        refs = done.refs
        total = 0

        def place(subject: str, text: bytes) -> None:
            done.numbers.append(subjects[subject])
            done.offsets.append(blocks.tell())
            done.lengths.append(len(text))
            blocks.write(text)

        for partition in partitions:
            groups = spill._group(partition, self.merged, self.moved.get(partition, []))
            pinned: dict[str, list[Triple]] = {}
            for triple in spill._pinned.get(partition, ()):
                pinned.setdefault(str(triple[0]), []).append(triple)
            chosen: list[str] = []
            for subject, props in groups.items():
                for values in props.values():
                    total += len(values)
                    for value in values:
                        number = subjects.get(value) if type(value) is str else None
                        if number is not None:
                            refs[number] += 1
                if select is not None and select(subject, props.keys()):
                    chosen.append(subject)
                if subject in pinned:
                    total += len(pinned[subject])
                    text = serializer.render_properties(
                        URIRef(subject), _terms(props, pinned.pop(subject))
                    )
                else:
                    text = serializer.render_encoded(subject, props)
                place(subject, text)
                groups[subject] = {}  # free the partition as it is written
            for subject, triples in pinned.items():  # IRIs with only blank-node links
                total += len(triples)
                place(subject, serializer.render_properties(URIRef(subject), _terms({}, triples)))
            serializer.forget()
            done.selected.append((partition, chosen))
        done.total = total
        done.namespaces = {prefix: str(ns) for prefix, ns in serializer.namespaces.items()}
        return done

    def render_split(
        self,
        own: Iterable[int],
        theirs: Sequence[int],
        serializer: _BlockSerializer,
        blocks: IO[bytes],
        their_blocks: Path,
    ) -> list[_Rendered]:
        """Render ``theirs`` in a forked process (into ``their_blocks``), ``own`` here.

        Returns:
            Both parts (this process's first, its prefixes now in ``serializer``), or
            nothing if the forked part could not be used: the process failed, or either
            part needed a prefix rdflib would have generated (its number would depend on
            the order of the partitions); the caller then renders everything here.
        """
        result = their_blocks.with_suffix(".result")
        blocks.flush()  # nothing buffered is written twice
        gc.freeze()  # the child's collections then leave the shared pages alone
        try:
            pid = os.fork()
        except OSError:
            gc.unfreeze()
            return []
        if pid == 0:  # the forked process: render, leave the result, exit
            code = 1
            try:
                with their_blocks.open("wb") as out:
                    done = self.render(theirs, self.spill._serializer(), out)
                done.source = 1
                with result.open("wb") as stream:
                    pickle.dump(done, stream, protocol=pickle.HIGHEST_PROTOCOL)
                code = 0
            finally:
                os._exit(code)
        gc.unfreeze()
        try:
            mine = self.render(own, serializer, blocks)
        finally:
            _, status = os.waitpid(pid, 0)
        if status != 0 or not result.is_file():
            return []
        with result.open("rb") as stream:
            other: _Rendered = pickle.load(stream)
        result.unlink()
        bound = serializer._bound
        if any(
            bound.get(ns) != prefix
            for part in (mine, other)
            for prefix, ns in part.namespaces.items()
        ):
            return []
        for prefix, ns in other.namespaces.items():
            serializer.addNamespace(prefix, URIRef(ns))
        return [mine, other]


def _workers(asked: int | None) -> int:
    """How many processes may render: 2 only with ``os.fork`` and two usable cores."""
    if not hasattr(os, "fork"):
        return 1
    if asked is not None:
        return min(asked, 2)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return 2 if (cores or 1) >= 2 else 1


def _term(encoded: _Encoded) -> Node:
    if isinstance(encoded, str):
        return URIRef(encoded)
    lexical, lang, datatype = encoded
    return Literal(lexical, lang=lang, datatype=None if datatype is None else URIRef(datatype))


def _terms(
    props: Mapping[str, Iterable[_Encoded]], triples: Iterable[Triple]
) -> dict[Node, list[Node]]:
    terms: dict[Node, list[Node]] = {URIRef(p): [_term(o) for o in v] for p, v in props.items()}
    for _, p, o in triples:
        terms.setdefault(p, []).append(o)
    return terms
