"""Writing a large import (a spreadsheet) as it is read, in bounded memory.

:func:`dockg.ingest.output.write_import` takes a finished rdflib graph; for a spreadsheet
of a million rows that graph alone does not fit in memory. :class:`StreamedImport` takes
the rows' triples one row at a time instead and produces the same file and the same
summary:

- each row goes to disk (:class:`~dockg.ingest.turtle_stream.SpilledGraph`) and past
  :class:`~dockg.resolution.sample.ResolutionSample`, which keeps what resolution needs;
- :meth:`StreamedImport.finish` resolves what was kept against the project, adds the
  records of the decisions, the claims of clashing values and the provenance, and writes
  the Turtle to a temporary file beside the target, renamed into place only when complete
  (a failed or killed import leaves the previous file as it was);
- a re-run that would change nothing but the import's time leaves the file untouched,
  byte for byte (the new text is compared with the old one line by line, times aside).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from itertools import zip_longest
from pathlib import Path
from types import TracebackType

from rdflib import Graph, URIRef
from rdflib.term import Node

from dockg.atomic import commit_temp, temp_beside
from dockg.errors import OutputError
from dockg.ingest.output import (
    ImportSummary,
    SourceInfo,
    existing_graph,
    import_path,
    is_added,
    provenance,
    turtle_header,
)
from dockg.ingest.turtle_stream import SpilledGraph
from dockg.namespaces import RDF
from dockg.project import Project
from dockg.resolution import resolve_incoming
from dockg.resolution.record import add_records, claim_clashes
from dockg.resolution.sample import ResolutionSample

#: Bytes of input per spill partition: a partition is read back into memory alone, and
#: ~1.5 MB of CSV make ~200k triples.
PARTITION_BYTES = 1_500_000

#: The time of an import as it is written on the lines of its time properties.
_STAMP = re.compile(rb'"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\^\^xsd:dateTime')
_TIME_LINES = (b"prov:generatedAtTime ", b"prov:startedAtTime ", b"prov:endedAtTime ")


def _without_time(line: bytes) -> bytes:
    if any(name in line for name in _TIME_LINES):
        return _STAMP.sub(b"", line)
    return line


def same_but_for_times(old: Path, new: Path) -> bool:
    """Whether two Turtle files of an import differ at most in the import's times.

    Both are written by the same serializer, so the same triples give the same lines; the
    files are compared line by line without being loaded.
    """
    if not old.is_file():
        return False
    with old.open("rb") as before, new.open("rb") as after:
        for a, b in zip_longest(before, after):
            if a is None or b is None or _without_time(a) != _without_time(b):
                return False
    return True


class StreamedImport:
    """One import written from a stream of rows (see the module docs).

    Use as a context manager: the scratch files are removed on the way out.

    Args:
        project: the project receiving the import.
        source: the document imported.
        size_hint: the input's size in bytes, to size the spill partitions.

    Raises:
        InputError: if the project does not load, or the slug's graph is declared by
            another file of the project.
    """

    def __init__(self, project: Project, source: SourceInfo, *, size_hint: int = 0) -> None:
        self.project = project
        self.source = source
        self.path = import_path(project, source)
        self.existing = existing_graph(project, source)
        self.sample = ResolutionSample(self.existing)
        self._scratch = Path(tempfile.mkdtemp(prefix="dockg-import-"))
        self.spill = SpilledGraph(self._scratch, size_hint // PARTITION_BYTES + 1)
        #: how many rows were taken
        self.rows = 0

    def __enter__(self) -> StreamedImport:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.spill.close()
        shutil.rmtree(self._scratch, ignore_errors=True)

    def add_row(self, triples: Sequence[tuple[Node, Node, Node]]) -> None:
        """Take the triples of one good row."""
        self.rows += 1
        self.sample.add_row(triples)
        self.spill.add(triples)

    def finish(
        self,
        *,
        dry_run: bool = False,
        unparsed: Sequence[tuple[int, str]] = (),
        now: datetime | None = None,
    ) -> ImportSummary:
        """Resolve, write (unless ``dry_run``) and summarize the import.

        Args:
            dry_run: compute everything but write nothing.
            unparsed: what the importer could not read, ``(line, reason)``.
            now: the time of the import (the current time if not given).

        Returns:
            The summary; its ``turtle`` holds the text only for a dry run (the file is
            at ``path`` otherwise).

        Raises:
            OutputError: if the file cannot be written (nothing is then changed).
        """
        resolution = resolve_incoming(
            self.sample.graph, self.existing, existing_index=self.sample.index
        )
        mapping = resolution.mapping()
        extra = Graph()
        add_records(extra, resolution)
        # claims of the values that now disagree, from the facts about known entities
        clashes = Graph()
        for s, p, o in (*self.sample.graph, *self.sample.clashing, *extra):
            clashes.add((mapping.get(s, s), p, mapping.get(o, o)))
        before = set(clashes)
        claim_clashes(clashes, self.existing, quoted_from=self.source.document)
        extra += (t for t in clashes if t not in before)
        self.spill.add_final(extra)
        self.spill.add(provenance(self.source, now or datetime.now(UTC)))
        rdf_type = str(RDF.type)

        def added(subject: str, properties: Collection[str]) -> bool:
            return rdf_type in properties and is_added(URIRef(subject), self.existing)

        temp = temp_beside(self.path)
        try:
            try:
                with temp.open("wb") as out:
                    written = self.spill.write_turtle(
                        out, header=turtle_header(self.source), mapping=mapping, select=added
                    )
            except OSError as error:
                raise OutputError(f"cannot write {self.path}: {error.strerror or error}") from error
            unchanged = same_but_for_times(self.path, temp)
            turtle = ""
            if dry_run:
                turtle = (self.path if unchanged else temp).read_text(encoding="utf-8")
            elif not unchanged:
                commit_temp(temp, self.path)
        finally:
            temp.unlink(missing_ok=True)
        return ImportSummary(
            path=self.path,
            graph=self.source.graph,
            triples=written.triples,
            written=not dry_run and not unchanged,
            added=tuple(sorted(map(URIRef, written.selected), key=str)),
            merges=resolution.merges,
            candidates=resolution.candidates,
            unparsed=tuple(unparsed),
            unchanged=unchanged,
            turtle=turtle,
        )
