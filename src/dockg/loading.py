"""Loading a project's Turtle files into one dataset, one named graph per file.

Each graph file names its own graph: it holds exactly one subject typed
``dockg:SourceGraph``, whose IRI becomes the name of the graph that receives all of the
file's triples. Keeping the graph per source document is what lets dockg say, for any
fact, which document asserted it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import ReadOnlyGraphAggregate
from rdflib.plugins.parsers.notation3 import BadSyntax
from rdflib.term import Node

from dockg import IllTypedLiteralFilter, turtle_check
from dockg.errors import InputError
from dockg.namespaces import DOCKG, RDF
from dockg.prefixes import bind_prefixes
from dockg.project import Project
from dockg.rdf_files import is_rdf_file, read_graph_file


@contextlib.contextmanager
def quiet_ill_typed_literals() -> Iterator[None]:
    """Silence rdflib's warnings about ill-typed literals for the duration of the block.

    ``import dockg`` installs the same filter for the whole process; this block keeps it
    in force even where a library (pySHACL) reconfigures rdflib's logging.
    """
    logger = logging.getLogger("rdflib.term")
    quiet = IllTypedLiteralFilter()
    logger.addFilter(quiet)
    try:
        yield
    finally:
        logger.removeFilter(quiet)


def parse_turtle(path: Path, *, display: str) -> Graph:
    """Parse one Turtle file into a fresh graph.

    Args:
        path: the file.
        display: how messages name the file (e.g. ``data/films.ttl``).

    Returns:
        The parsed graph.

    Raises:
        InputError: if the file cannot be read or is not valid Turtle; the message gives
            ``file:line`` for syntax errors.
    """
    graph = Graph()
    try:
        with quiet_ill_typed_literals():
            graph.parse(path, format="turtle")
    except BadSyntax as error:
        # ``lines`` counts the newlines before the error, so the 1-based line is one more.
        why = getattr(error, "_why", None) or str(error).splitlines()[0]
        raise turtle_check.syntax_error(
            path.read_bytes(), path, display, error.lines + 1, why
        ) from error
    except OSError as error:
        raise InputError(f"{display}: cannot read: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise InputError(f"{display}: not UTF-8 text: {error.reason}") from error
    except RecursionError as error:  # rdflib's parser recurses into nested nodes
        raise turtle_check.too_deep(path.read_bytes(), display) from error
    except Exception as error:  # rdflib's parsers raise many types; name the file for all
        raise turtle_check.syntax_error(
            path.read_bytes(), path, display, None, str(error)
        ) from error
    turtle_check.check_parsed(graph, path.read_bytes(), path, display)
    return graph


def parse_turtle_natively(path: Path, *, display: str) -> Graph:
    """Parse one Turtle file with Oxigraph's parser into a fresh rdflib graph.

    Ten times faster than rdflib's parser; literals and language tags come back as
    written. A file that does not parse is read again by :func:`parse_turtle`, so errors
    are worded as always.

    Args:
        path: the file.
        display: how messages name it.

    Returns:
        The parsed graph.

    Raises:
        InputError: as :func:`parse_turtle`.
    """
    import pyoxigraph as ox

    from dockg.store.convert import TermConverter, written_language_tags

    try:
        data = path.read_bytes()
        triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE, rename_blank_nodes=True))
    except (OSError, SyntaxError, ValueError):
        return parse_turtle(path, display=display)
    terms = TermConverter()
    terms.remember_languages(written_language_tags(data.decode("utf-8", errors="replace")))
    to_rdflib = terms.to_rdflib
    graph = Graph()
    graph.addN(
        (to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object), graph) for t in triples
    )
    return graph


def _graph_name(graph: Graph, display: str) -> URIRef:
    """Return the IRI of the one ``dockg:SourceGraph`` subject of a parsed file."""
    names = sorted(set(graph.subjects(RDF.type, DOCKG.SourceGraph)), key=str)
    if not names:
        raise InputError(
            f"{display}: no subject typed dockg:SourceGraph; "
            "each graph file must declare the named graph it fills"
        )
    if len(names) > 1:
        listed = ", ".join(n.n3() for n in names)
        raise InputError(
            f"{display}: {len(names)} subjects typed dockg:SourceGraph ({listed}); "
            "a graph file declares exactly one"
        )
    name = names[0]
    if not isinstance(name, URIRef):
        raise InputError(f"{display}: the dockg:SourceGraph subject must be an IRI, not {name}")
    return name


@dataclass
class LoadedDataset:
    """A project loaded into an rdflib dataset.

    Attributes:
        project: the project the files came from.
        dataset: one named graph per file; SPARQL sees their union as the default graph.
        graph_files: named graph IRI → the file it was read from.
        ontology_graphs: the IRIs of the graphs read from ``ontology/``.
        undeclared: the graphs of extra files that declare no source (graph → file).
        http_schema_terms: terms of extra files read from ``http://schema.org/``.
    """

    project: Project
    dataset: Dataset
    graph_files: dict[URIRef, Path]
    ontology_graphs: list[URIRef] = field(default_factory=list)
    undeclared: dict[URIRef, Path] = field(default_factory=dict)
    http_schema_terms: int = 0

    @property
    def ontology(self) -> Graph:
        """The union of the ontology graphs, a live read-only view."""
        return ReadOnlyGraphAggregate([self.dataset.graph(g) for g in self.ontology_graphs])

    def named_graphs(self) -> list[Graph]:
        """The graphs read from files, sorted by IRI (the empty default graph left out)."""
        return [self.dataset.graph(iri) for iri in sorted(self.graph_files, key=str)]

    def union(self) -> Graph:
        """Copy the union of all named graphs into one plain in-memory graph.

        Returns:
            A new :class:`~rdflib.Graph` with the project prefixes bound.
        """
        union = Graph()
        bind_prefixes(union)
        union.addN((s, p, o, union) for s, p, o in self.dataset.triples((None, None, None)))
        return union

    def graphs_describing(self, node: Node) -> list[URIRef]:
        """Find the named graphs that describe a node.

        Args:
            node: an IRI or blank node.

        Returns:
            The graphs in which ``node`` is a subject, sorted by IRI.
        """
        graphs = {g for _, _, _, g in self.dataset.quads((node, None, None, None))}
        return sorted(
            (g for g in graphs if isinstance(g, URIRef) and g in self.graph_files), key=str
        )

    def files_describing(self, node: Node) -> list[Path]:
        """Find the files that describe a node.

        Args:
            node: an IRI or blank node.

        Returns:
            The files in which ``node`` is a subject, in the order of their graph IRIs.
        """
        return [self.graph_files[g] for g in self.graphs_describing(node)]


def expand_graph_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Resolve paths given by a user, replacing a directory by the RDF files under it.

    Args:
        paths: files or directories.

    Returns:
        Absolute file paths, in the order given (a directory's files sorted).

    Raises:
        InputError: if a path does not exist.
    """
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(p.resolve() for p in sorted(path.rglob("*")) if is_rdf_file(p))
        elif path.exists():
            files.append(path.resolve())
        else:
            raise InputError(f"{path}: no such file or directory")
    return files


def extra_graph_files(project: Project, extra_files: Iterable[Path | str]) -> list[Path]:
    """The extra files the project does not already load, each once.

    Args:
        project: the project.
        extra_files: files or directories a user named.

    Returns:
        Their graph files, in order, without the project's own.

    Raises:
        InputError: if a path does not exist.
    """
    known = {p.resolve() for p in project.graph_files}
    result: list[Path] = []
    for path in expand_graph_paths(extra_files):
        if path not in known:
            known.add(path)
            result.append(path)
    return result


def load_dataset(project: Project, *, extra_files: Iterable[Path | str] = ()) -> LoadedDataset:
    """Load every graph file of a project (and some extra files) into one dataset.

    Args:
        project: the project.
        extra_files: more Turtle files or directories to load, under the same rules
            (e.g. a file being edited); files the project already loads are not read twice.

    Returns:
        The loaded dataset with its graph → file map.

    Raises:
        InputError: if a file does not parse, does not declare exactly one
            ``dockg:SourceGraph``, or declares the same graph as another file.
    """
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    loaded = LoadedDataset(project=project, dataset=dataset, graph_files={})
    for path in project.graph_files:
        display = project.display(path)
        parsed = parse_turtle(path, display=display)
        name = _graph_name(parsed, display)
        _claim(loaded, name, path, display)
        if project.is_ontology_file(path):
            loaded.ontology_graphs.append(name)
        target = dataset.graph(name)
        dataset.addN((s, p, o, target) for s, p, o in parsed)
    for path in extra_graph_files(project, extra_files):
        _add_extra_file(loaded, path)
    return loaded


def _claim(loaded: LoadedDataset, name: URIRef, path: Path, display: str) -> None:
    """Record that a file fills a graph; a graph two files fill is an input error."""
    if name in loaded.graph_files:
        other = loaded.project.display(loaded.graph_files[name])
        raise InputError(f"{display}: declares graph {name.n3()}, already declared by {other}")
    loaded.graph_files[name] = path


def _add_extra_file(loaded: LoadedDataset, path: Path) -> None:
    """Add a file in any RDF syntax, declared or not (:func:`read_graph_file`)."""
    from dockg.store.convert import TermConverter  # light, but keeps pyoxigraph optional here

    display = loaded.project.display(path)
    read = read_graph_file(path, display=display)
    terms = TermConverter()
    convert = terms.to_rdflib
    loaded.http_schema_terms += read.http_schema_terms
    if not read.declared:
        loaded.undeclared[URIRef(read.home.value)] = path
    with quiet_ill_typed_literals():
        for graph, triples in read.graphs.items():
            name = convert(graph)
            if isinstance(name, URIRef):
                _claim(loaded, name, path, display)
            target = loaded.dataset.graph(name)  # type: ignore[arg-type]
            target.addN(
                (convert(t.subject), convert(t.predicate), convert(t.object), target)
                for t in triples
            )
