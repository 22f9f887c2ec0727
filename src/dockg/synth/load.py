"""Reading a generated world back into rdflib, the way a user without dockg's stores would."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from dockg.errors import InputError
from dockg.loading import LoadedDataset, quiet_ill_typed_literals
from dockg.prefixes import bind_prefixes
from dockg.project import Project


def load_nquads(path: Path, project: Project) -> LoadedDataset:
    """Parse an N-Quads file into an rdflib memory dataset, one named graph per graph.

    The data is taken as it is: a file written by :func:`dockg.synth.generate` already
    holds the schema.org view, so nothing is materialized.

    Args:
        path: the N-Quads file.
        project: the project whose shapes and checks apply to it.

    Returns:
        The dataset; ``graph_files`` is empty (no graph comes from a project file).

    Raises:
        InputError: if the file cannot be read or parsed.
    """
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    try:
        with quiet_ill_typed_literals():
            dataset.parse(path, format="nquads")
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from error
    except Exception as error:  # rdflib's parsers raise many types; name the file for all
        raise InputError(f"{path}: cannot parse N-Quads: {error}") from error
    return LoadedDataset(project=project, dataset=dataset, graph_files={})
