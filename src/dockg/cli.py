"""The ``dockg`` command: a thin layer over the library, one function call per command.

Exit codes: 0 success (or the graph conforms), 1 validation found violations, 2 the
command could not run (bad input file, unknown query, bad parameter), 3 unknown entity,
4 ambiguous entity, 5 no path within the limit, 6 empty projection, 7 unwritable output.

Each command lives in a ``cli_*.py`` module of its concern and is imported only when it
runs (see :data:`COMMANDS`): ``dockg --help`` and ``dockg --version`` import none of
them, and ``dockg path`` does not pay for matplotlib, pyshacl or the web server.
"""

from __future__ import annotations

from pathlib import Path

import click

from dockg import __version__
from dockg.cli_group import LazyCommand, LazyGroup

#: Every ``dockg`` command: its name, where it is defined and its line in ``dockg --help``
#: (the first paragraph of its docstring; tests/test_cli_start.py checks both against the
#: command, so a new command or a reworded docstring fails the test until it is here).
COMMANDS: dict[str, LazyCommand] = {
    "bench": LazyCommand(
        "dockg.cli_scale:bench",
        "Measure dockg's path against rdflib + pySHACL on a generated world.",
    ),
    "build": LazyCommand(
        "dockg.cli_build:build",
        "Load, materialize and validate; write build/ only if there is no violation.",
    ),
    "conflicts": LazyCommand(
        "dockg.cli_read:conflicts",
        "List single-valued properties with competing values, with sources and evidence.",
    ),
    "export": LazyCommand(
        "dockg.cli_export:export",
        "Write the knowledge graph in an RDF format, or a projection of it as a graph.",
    ),
    "help": LazyCommand(
        "dockg.cli_help:help_command",
        "Read a reference topic (commands, data model, stores...), or list them.",
    ),
    "ingest": LazyCommand(
        "dockg.cli_ingest:ingest",
        "Import a source document as a new named graph under data/imported/.",
    ),
    "load": LazyCommand(
        "dockg.cli_store:load",
        "Load the project into a persistent Oxigraph store, replacing what it held.",
    ),
    "measures": LazyCommand(
        "dockg.cli_explore:measures",
        "Degree, betweenness, PageRank, components and communities of a projection.",
    ),
    "neighbours": LazyCommand(
        "dockg.cli_explore:neighbours",
        "The entities around ENTITY and their links, as a table and as a picture.",
    ),
    "path": LazyCommand(
        "dockg.cli_explore:path",
        "The shortest paths between two entities, each step explained with its source.",
    ),
    "push": LazyCommand(
        "dockg.cli_store:push",
        "Upload each source's named graph to a SPARQL store, replacing it atomically.",
    ),
    "profile": LazyCommand(
        "dockg.cli_profile:profile",
        "Profile the data: classes, properties, namespaces, datatypes and suspicious hubs.",
    ),
    "query": LazyCommand(
        "dockg.cli_read:query",
        "Run a catalogue query (NAME) or a .rq file, or list the catalogue.",
    ),
    "reconcile": LazyCommand(
        "dockg.cli_wikidata:reconcile",
        "Link the project's entities to another dataset's, on evidence beyond the name.",
    ),
    "resolve": LazyCommand(
        "dockg.cli_resolve:resolve",
        "Report entity resolution: merges with their reasons and source graph, open candidates.",
    ),
    "search": LazyCommand(
        "dockg.cli_search:search_command",
        "Find entities by any written form of a name, with their class and why they matched.",
    ),
    "serve": LazyCommand(
        "dockg.cli_serve:serve",
        "Serve the graph: SPARQL endpoint, dereferenceable IRIs, VoID, dumps and pages.",
    ),
    "stats": LazyCommand(
        "dockg.cli_read:stats",
        "Count instances per class and triples per source graph.",
    ),
    "synth": LazyCommand(
        "dockg.cli_scale:synth",
        "Generate a documentary world of about TRIPLES quads as N-Quads.",
    ),
    "timeline": LazyCommand(
        "dockg.cli_explore:timeline",
        "Films on a time axis with the dated histories they deal with.",
    ),
    "validate": LazyCommand(
        "dockg.cli_build:validate",
        "Validate against the shapes and checks; exit 1 on any violation.",
    ),
}


@click.group(cls=LazyGroup, lazy_commands=COMMANDS)
@click.option(
    "--project",
    "project_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="The project directory (with ontology/, data/, queries/).",
)
@click.version_option(__version__, prog_name="dockg")
@click.pass_context
def cli(ctx: click.Context, project_dir: Path) -> None:
    """dockg: a knowledge graph of documentary films, festivals and histories."""
    ctx.obj = project_dir


def main() -> None:
    """Entry point of the ``dockg`` script."""
    cli(prog_name="dockg")
