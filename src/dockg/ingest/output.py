"""Writing what an importer read as one named graph of the project, with its provenance.

Every importer (programme pages, person pages, spreadsheets) builds a plain graph of the
facts it found, under IRIs it minted itself, and hands it to :func:`write_import`, which

1. resolves the incoming entities against the project (:mod:`dockg.resolution`), so the
   same person or festival under another spelling is stated of the entity already known;
2. adds the named graph's ``dockg:SourceGraph`` node and its PROV-O account: the source
   document (file name, URL, capture date), the importer as a ``prov:SoftwareAgent`` with
   the dockg version, and the import as a ``prov:Activity`` with its time;
3. writes the graph as readable Turtle to ``data/imported/{slug}.ttl``, atomically.

Re-running an import of the same input gives the same triples; when only the time of the
import would change, the file is left untouched, byte for byte.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar, cast

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.term import Node

from dockg import __version__
from dockg.atomic import write_atomic
from dockg.errors import InputError
from dockg.iris import Kind, kind_of, mint, mint_graph, mint_source_document
from dockg.licences import DATA_LICENSE
from dockg.loading import load_dataset
from dockg.materialize import materialize
from dockg.namespaces import DCTERMS, DOCKG, PROV, RDF, RDFS, SDO, XSD
from dockg.prefixes import bind_prefixes, compact_iri
from dockg.project import Project
from dockg.resolution import Candidate, Merge, apply_resolution, resolve_incoming
from dockg.resolution.profiles import GraphIndex

T = TypeVar("T")

#: Where imports go, under the project's ``data/``.
IMPORTED_DIR = "imported"

#: The media type recorded for each kind of source.
_FORMATS = {"programme-page": "text/plain", "person-page": "text/plain", "csv": "text/csv"}

#: Properties whose only job is to date the import; a re-run may change them and nothing else.
_TIME_PROPERTIES = (PROV.generatedAtTime, PROV.startedAtTime, PROV.endedAtTime)

#: Entity kinds that are records of the import rather than things it found.
_RECORD_KINDS = (Kind.CLAIM, Kind.SOURCE, Kind.AGENT)


@dataclass(frozen=True)
class SourceInfo:
    """The document an import reads, as its provenance will describe it.

    Attributes:
        kind: ``"programme-page"``, ``"person-page"`` or ``"csv"``.
        input_path: the file read.
        location: the source URL if given, else the file name.
        captured: the date the document was captured, if known.
        title: a human title for the source.
        slug: the graph and file slug: ``data/imported/{slug}.ttl``, ``graph/{slug}``.
        license: the licence the graph is published under: the source dataset's (a
            CSV mapping's ``license``), else dockg's own (:data:`DATA_LICENSE`).
    """

    kind: str
    input_path: Path
    location: str
    captured: date | None
    title: str
    slug: str
    license: URIRef = DATA_LICENSE

    @property
    def graph(self) -> URIRef:
        """The IRI of the named graph this source fills."""
        return mint_graph(self.slug)

    @property
    def document(self) -> URIRef:
        """The IRI of the ``dockg:SourceDocument`` node describing the captured file."""
        return mint_source_document(self.slug)

    @property
    def agent(self) -> URIRef:
        """The IRI of the importer, per kind of source and dockg version."""
        return mint(Kind.AGENT, "dockg", "ingest", self.kind, __version__)


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or, in a dry run, would do).

    Attributes:
        path: the Turtle file of the import.
        graph: the named graph it fills.
        triples: how many triples the graph holds.
        written: False for a dry run (nothing written).
        added: entities the project did not know before, sorted.
        merges: incoming entities stated of an entity already in the graph.
        candidates: plausible matches left apart and reported.
        unparsed: ``(line or row number, text or reason)`` of what was not imported.
        unchanged: True when the file already held these triples and was left as it was.
        turtle: the Turtle text of the graph (what is, or would be, written).
        report: what the importer read and chose, and why (films, screenings, edition
            year, time zone), shown before the lines not parsed.
    """

    path: Path
    graph: URIRef
    triples: int
    written: bool
    added: tuple[URIRef, ...]
    merges: tuple[Merge, ...]
    candidates: tuple[Candidate, ...]
    unparsed: tuple[tuple[int, str], ...]
    unchanged: bool = False
    turtle: str = field(default="", repr=False)
    report: tuple[str, ...] = ()

    def with_report(self, report: Sequence[str]) -> ImportSummary:
        """The same summary with the importer's report."""
        return dataclasses.replace(self, report=tuple(report))


def import_path(project: Project, source: SourceInfo) -> Path:
    """The file an import of ``source`` writes: ``data/imported/{slug}.ttl``."""
    return project.data_dir / IMPORTED_DIR / f"{source.slug}.ttl"


def existing_graph(project: Project, source: SourceInfo) -> Graph:
    """The materialized union of the project, without the import's own previous graph.

    The previous graph is left out so that a re-run resolves against the rest of the
    project, not against itself. A process that imports many pages (a batch, the corpus
    test) reads the same project each time: the union is kept for the files' exact bytes
    (and their places in the project), so files that changed in any way are read again.
    Callers read the graph and never change it.

    Args:
        project: the project.
        source: the document about to be imported.

    Returns:
        The graph, shared with later calls on the same files.

    Raises:
        InputError: if a project file does not load, or another file than the import's
            own already declares the import's graph.
    """
    # The import's own previous file is not even parsed: it is about to be replaced, and
    # for a large spreadsheet it is most of the project.
    own_path = import_path(project, source).resolve()
    others = tuple(p for p in project.graph_files if p.resolve() != own_path)
    key = _contents_key(project, others)
    if key is not None and key in _EXISTING:
        union, declared = _EXISTING[key]
    else:
        union, declared = _existing_union(project, others)
        if key is not None:
            _EXISTING.clear()  # one project at a time: a batch reads the same one
            _DERIVED.clear()
            _EXISTING[key] = (union, declared)
    if source.graph in declared:
        # the import's own file is not among those read: another file declares its graph
        raise InputError(
            f"graph {compact_iri(source.graph)} is already declared by "
            f"{declared[source.graph]}; import this source under another --slug"
        )
    return union


#: The last project union read, by :func:`_contents_key`, with the graphs its files
#: declare (and which file, as messages name it).
_EXISTING: dict[tuple[object, ...], tuple[Graph, dict[URIRef, str]]] = {}


#: What callers derived from the cached union (its festivals' names, its entities'
#: index), by the union's identity and a name: built once for a batch of imports.
_DERIVED: dict[tuple[int, str], object] = {}


def derived_from(existing: Graph, name: str, build: Callable[[Graph], T]) -> T:
    """``build(existing)``, built once while ``existing`` is the cached union
    (:func:`existing_graph`) and again for any other graph.

    Args:
        existing: the union :func:`existing_graph` returned (read, never changed).
        name: what is built, one name per ``build``.
        build: a function of the graph alone.
    """
    if not any(union is existing for union, _ in _EXISTING.values()):
        return build(existing)
    key = (id(existing), name)
    if key not in _DERIVED:
        _DERIVED[key] = build(existing)
    return cast(T, _DERIVED[key])


def _contents_key(project: Project, files: Sequence[Path]) -> tuple[object, ...] | None:
    """What the union of ``files`` depends on: each file's place in the project and the
    digest of its bytes; None if a file cannot be read (the load then says why)."""
    try:
        return tuple(
            (
                project.display(p),
                project.is_ontology_file(p),
                hashlib.blake2b(p.read_bytes()).digest(),
            )
            for p in files
        )
    except OSError:
        return None


def _existing_union(project: Project, others: tuple[Path, ...]) -> tuple[Graph, dict[URIRef, str]]:
    """Load and materialize the project's files but the import's own (:func:`existing_graph`);
    return the union and the graphs the files declare."""
    loaded = load_dataset(dataclasses.replace(project, graph_files=others))
    declared = {name: project.display(path) for name, path in loaded.graph_files.items()}
    materialize(loaded)
    return loaded.union(), declared


def provenance(source: SourceInfo, when: datetime) -> Graph:
    """The ``dockg:SourceGraph`` node of an import and its PROV-O account.

    Args:
        source: the document imported.
        when: the time of the import.

    Returns:
        A new graph with the source graph, document, agent and activity.
    """
    graph = Graph()
    stamp = Literal(when.strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=XSD.dateTime)
    activity = BNode()
    graph.add((source.graph, RDF.type, DOCKG.SourceGraph))
    graph.add((source.graph, DCTERMS.title, Literal(f"Imported: {source.title}", lang="en")))
    graph.add((source.graph, PROV.wasDerivedFrom, source.document))
    graph.add((source.graph, PROV.wasAttributedTo, source.agent))
    graph.add((source.graph, PROV.wasGeneratedBy, activity))
    graph.add((source.graph, PROV.generatedAtTime, stamp))
    graph.add((source.graph, DCTERMS.license, source.license))

    graph.add((activity, RDF.type, PROV.Activity))
    graph.add((activity, RDFS.label, Literal(f"dockg ingest {source.kind}", lang="en")))
    graph.add((activity, PROV.used, source.document))
    graph.add((activity, PROV.wasAssociatedWith, source.agent))
    graph.add((activity, PROV.startedAtTime, stamp))
    graph.add((activity, PROV.endedAtTime, stamp))

    graph.add((source.agent, RDF.type, PROV.SoftwareAgent))
    graph.add((source.agent, RDFS.label, Literal(f"dockg {source.kind} importer", lang="en")))
    graph.add((source.agent, SDO.softwareVersion, Literal(__version__)))

    document = source.document
    graph.add((document, RDF.type, DOCKG.SourceDocument))
    graph.add((document, DCTERMS.title, Literal(source.title, lang="en")))
    graph.add((document, DCTERMS.identifier, Literal(source.input_path.name)))
    graph.add((document, DCTERMS.format, Literal(_FORMATS.get(source.kind, "text/plain"))))
    if source.location.startswith(("http://", "https://")):
        graph.add((document, SDO.url, URIRef(source.location)))
    if source.captured is not None:
        graph.add(
            (document, DOCKG.capturedOn, Literal(source.captured.isoformat(), datatype=XSD.date))
        )
    return graph


def _without_times(graph: Graph) -> Graph:
    kept = Graph()
    kept += (t for t in graph if t[1] not in _TIME_PROPERTIES)
    return kept


def same_but_for_times(path: Path, graph: Graph) -> bool:
    """Tell whether ``path`` already holds ``graph``, differing at most in import times."""
    if not path.is_file():
        return False
    try:
        previous = Graph().parse(path, format="turtle")
    except Exception:  # an unreadable previous import is simply replaced
        return False
    return isomorphic(_without_times(previous), _without_times(graph))


def is_added(entity: Node, existing: Graph) -> bool:
    """Whether a subject typed in an import is an entity the project did not describe.

    Records of the import itself (claims, the source document, the importer) are not.
    """
    if not isinstance(entity, URIRef):
        return False
    kind = kind_of(entity)
    if kind is None or kind in _RECORD_KINDS:
        return False
    return (entity, None, None) not in existing


def _added(resolved: Graph, existing: Graph) -> tuple[URIRef, ...]:
    """Entities typed in the import that the project did not describe before."""
    found = {e for e in resolved.subjects(RDF.type, None) if is_added(e, existing)}
    return tuple(sorted(found, key=str))  # type: ignore[arg-type]


def turtle_header(source: SourceInfo) -> str:
    """The comment lines an import's Turtle file starts with, naming its source."""
    return (
        f"# Imported by `dockg ingest` ({source.kind}) from {source.input_path.name}.\n"
        f"# Source: {source.location}\n"
        "# Generated file: re-run the import rather than editing it by hand.\n\n"
    )


def to_turtle(graph: Graph, source: SourceInfo) -> str:
    """Serialize an import graph as readable Turtle with a header naming its source."""
    bind_prefixes(graph)
    return turtle_header(source) + graph.serialize(format="turtle")


def write_import(
    project: Project,
    incoming: Graph,
    source: SourceInfo,
    *,
    dry_run: bool = False,
    unparsed: Sequence[tuple[int, str]] = (),
    existing: Graph | None = None,
    now: datetime | None = None,
) -> ImportSummary:
    """Resolve an importer's graph against the project and write it as a named graph.

    Args:
        project: the project receiving the import.
        incoming: the facts the importer found, under its own minted IRIs.
        source: the document imported.
        dry_run: compute everything but write nothing.
        unparsed: what the importer could not read, ``(line or row, text or reason)``.
        existing: the project graph to resolve against, if the caller already has it
            (see :func:`existing_graph`); loaded here otherwise.
        now: the time of the import (the current time if not given).

    Returns:
        The summary of the import.

    Raises:
        InputError: if the project does not load, or the slug's graph is declared by
            another file of the project.
        OutputError: if the file cannot be written (nothing is then changed).
    """
    path = import_path(project, source)
    if existing is None:
        existing = existing_graph(project, source)
    resolution = resolve_incoming(
        incoming, existing, existing_index=derived_from(existing, "index", GraphIndex)
    )
    resolved = apply_resolution(
        incoming, resolution, existing=existing, quoted_from=source.document
    )
    graph = Graph()
    graph += resolved
    graph += provenance(source, now or datetime.now(UTC))
    unchanged = same_but_for_times(path, graph)
    turtle = path.read_text(encoding="utf-8") if unchanged else to_turtle(graph, source)
    if not dry_run and not unchanged:
        write_atomic(path, turtle)
    return ImportSummary(
        path=path,
        graph=source.graph,
        triples=len(graph),
        written=not dry_run and not unchanged,
        added=_added(resolved, existing),
        merges=resolution.merges,
        candidates=resolution.candidates,
        unparsed=tuple(unparsed),
        unchanged=unchanged,
        turtle=turtle,
    )


def display_path(path: Path) -> str:
    """A path relative to the working directory when it is under it, else absolute."""
    resolved = path.resolve()
    cwd = Path.cwd()
    if resolved.is_relative_to(cwd):
        return resolved.relative_to(cwd).as_posix()
    return os.fspath(resolved)


#: How many added entities a summary names; a spreadsheet adds thousands.
LISTED_ADDED = 25


def format_summary(summary: ImportSummary) -> str:
    """Render an import summary for the terminal.

    Args:
        summary: the summary.

    Returns:
        Lines: the file and graph, then the entities added (the first
        :data:`LISTED_ADDED` named), merged and left unresolved,
        then the unparsed lines with their numbers; ends with a newline.
    """
    where = display_path(summary.path)
    if summary.unchanged:
        head = f"unchanged {where}: it already holds these {summary.triples} triples"
    elif summary.written:
        head = f"wrote {where} ({summary.triples} triples)"
    else:
        head = f"dry run: would write {where} ({summary.triples} triples); nothing written"
    lines = [head, f"graph {compact_iri(summary.graph)}"]
    lines.append(f"added {len(summary.added)}")
    lines.extend(f"  {compact_iri(iri)}" for iri in summary.added[:LISTED_ADDED])
    if len(summary.added) > LISTED_ADDED:
        lines.append(f"  … and {len(summary.added) - LISTED_ADDED} more (all are in the file)")
    lines.append(f"merged {len(summary.merges)}")
    for merge in summary.merges:
        reasons = "; ".join(merge.reasons)
        lines.append(f"  {compact_iri(merge.incoming)} = {compact_iri(merge.existing)} ({reasons})")
    lines.append(f"unresolved {len(summary.candidates)}")
    for candidate in summary.candidates:
        reasons = "; ".join(candidate.reasons)
        lines.append(
            f"  {compact_iri(candidate.incoming)} ? {compact_iri(candidate.existing)} ({reasons})"
        )
    lines.extend(summary.report)
    lines.append(f"not parsed {len(summary.unparsed)}")
    lines.extend(f"  {number}: {text}" for number, text in summary.unparsed)
    return "\n".join(lines) + "\n"
