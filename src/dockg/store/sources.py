"""Which file each named graph came from, whatever the store.

Commands that name files (stats, conflicts, validation) take a store and a map from
graph IRI to file. :func:`reading` gets both from a loaded dataset or a store: the memory
store knows its files, a loaded Oxigraph store has them in its manifest, and a remote
store has whatever the caller found in the local project.
"""

from __future__ import annotations

from collections.abc import Mapping

from rdflib import Dataset, Graph, URIRef

from dockg.loading import LoadedDataset
from dockg.prefixes import bind_prefixes
from dockg.project import Project
from dockg.store.base import Store, is_memory_store

#: Named graph IRI → the file it was read from, as messages show it.
GraphFiles = Mapping[URIRef, str]


def reading(
    source: LoadedDataset | Store, files: GraphFiles | None = None
) -> tuple[Store, dict[URIRef, str]]:
    """A store to query and the file of each graph.

    Args:
        source: a loaded dataset (read through a :class:`MemoryStore`) or a store.
        files: graph → file; default: what the dataset or store knows
            (a store's ``source_files`` attribute, if it has one).

    Returns:
        The store, and graph → file in load order.
    """
    if is_memory_store(source):
        source = source.loaded  # type: ignore[union-attr]
    if isinstance(source, LoadedDataset):
        from dockg.store.memory import MemoryStore

        known = {g: source.project.display(p) for g, p in source.graph_files.items()}
        return MemoryStore(source), dict(files) if files is not None else known
    if files is None:
        files = getattr(source, "source_files", None) or {}
    return source, dict(files)


def loaded_from_store(store: Store, project: Project) -> LoadedDataset:
    """The store's graphs as an rdflib dataset, for code that needs one (pySHACL).

    Args:
        store: any store; a memory store's own dataset is returned as it is.
        project: the project the graphs belong to.

    Returns:
        A dataset with one named graph per graph of the store, and the graph → file map
        as far as the store knows it.
    """
    if is_memory_store(store):
        return store.loaded  # type: ignore[attr-defined]
    _, files = reading(store)
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    graphs: dict[URIRef, Graph] = {}
    for s, p, o, g in store.quads():
        if g is not None:
            target = graphs.get(g) or graphs.setdefault(g, dataset.graph(g))
            target.add((s, p, o))
    graph_files = {g: project.root / shown for g, shown in files.items()}
    ontology = [g for g, path in graph_files.items() if project.is_ontology_file(path)]
    return LoadedDataset(
        project=project, dataset=dataset, graph_files=graph_files, ontology_graphs=ontology
    )
