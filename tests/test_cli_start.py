"""``dockg`` starts without importing what its commands need: the lazy command table.

``dockg --help`` and ``--version`` must import no command module (so none of matplotlib,
networkx, pyshacl, the web stack...), list every command exactly as click would with all
of them imported, and the table in :data:`dockg.cli.COMMANDS` must name every command
there is, with the help line its docstring gives. No timing here: start-up time is
measured (dockg help benchmarks, issue 11), these tests pin the behaviour that makes it fast.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import pytest

import dockg
from dockg import __version__
from dockg.cli import COMMANDS, cli
from dockg.cli_group import LazyCommand

#: What a command may import, never ``import dockg.cli``, ``dockg --help`` or ``--version``.
HEAVY = (
    "matplotlib",
    "scipy",
    "numpy",
    "networkx",
    "starlette",
    "uvicorn",
    "jinja2",
    "httpx",
    "multipart",
    "python_multipart",
    "pyshacl",
    "SPARQLWrapper",
    "pyoxigraph",
    "tqdm",
    "rdflib.plugins.sparql",
)

# Runs the CLI with ARGS in a fresh interpreter, then reports on stderr which heavy
# modules were imported (stdout is the command's own output).
_PROBE = """
import sys
from dockg.cli import cli
try:
    cli(sys.argv[1:], prog_name="dockg")
except SystemExit:
    pass
heavy = {heavy!r}
loaded = sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy))
sys.stderr.write(repr(loaded))
"""


def _probe(*args: str, columns: int = 80) -> tuple[str, list[str]]:
    """Run ``dockg ARGS`` in a new process: its standard output and the heavy modules."""
    env = {**os.environ, "COLUMNS": str(columns)}
    process = subprocess.run(
        [sys.executable, "-c", _PROBE.format(heavy=HEAVY), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,  # a guard against a hang, not a speed limit
        check=True,
    )
    return process.stdout, eval(process.stderr)  # a list literal written by _PROBE


def _eager_help() -> str:
    """``dockg --help`` as click writes it with every command imported: the reference.

    The width comes from ``COLUMNS``, as in the probed process.
    """
    eager = click.Group(
        "dockg",
        commands={name: entry.load() for name, entry in COMMANDS.items()},
        params=cli.params,
        help=cli.help,
    )
    with click.Context(eager, info_name="dockg") as ctx:
        return eager.get_help(ctx) + "\n"


def test_import_dockg_cli_loads_no_heavy_module() -> None:
    code = (
        "import sys, dockg.cli; heavy = {heavy!r}; "
        "print(sorted(m for m in sys.modules "
        "if any(m == h or m.startswith(h + '.') for h in heavy)))"
    )
    process = subprocess.run(
        [sys.executable, "-c", code.format(heavy=HEAVY)],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    assert process.stdout == "[]\n"


def test_import_dockg_loads_no_command_module() -> None:
    code = "import sys, dockg; print(sorted(m for m in sys.modules if m.startswith('dockg')))"
    process = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=600, check=True
    )
    assert process.stdout == "['dockg']\n"


@pytest.mark.parametrize("columns", [80, 50])
def test_help_lists_every_command_as_click_would_and_imports_none(
    columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    stdout, heavy = _probe("--help", columns=columns)
    assert heavy == []
    monkeypatch.setenv("COLUMNS", str(columns))
    assert stdout == _eager_help()
    listed = stdout.split("Commands:\n")[1].splitlines()
    assert [line.split()[0] for line in listed if line.startswith("  ") and line[2] != " "] == (
        sorted(COMMANDS)
    )


def test_version_imports_no_heavy_module() -> None:
    assert _probe("--version") == (f"dockg, version {__version__}\n", [])


def test_a_command_imports_only_what_it_needs() -> None:
    stdout, heavy = _probe("path", "--help")
    assert stdout.startswith("Usage: dockg path [OPTIONS] FIRST SECOND\n")
    # networkx is path's own work; the pictures, the validator and the server are not
    assert not {"matplotlib", "pyshacl", "starlette", "uvicorn", "jinja2"} & {
        name.split(".")[0] for name in heavy
    }
    stdout, heavy = _probe("serve", "--help")
    assert stdout.startswith("Usage: dockg serve [OPTIONS]\n")
    assert not {"matplotlib", "starlette", "uvicorn", "jinja2"} & {
        name.split(".")[0] for name in heavy
    }


def _first_paragraph(command: click.Command) -> str:
    return " ".join(inspect.cleandoc(command.help or "").split("\n\n")[0].split())


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_table_entry_is_the_command_with_its_help_line(name: str) -> None:
    entry = COMMANDS[name]
    command = entry.load()
    assert command.name == name
    assert command.short_help is None  # the listing shortens the docstring, as in the table
    assert entry.help == _first_paragraph(command)


def _cli_modules() -> list[str]:
    package = Path(dockg.__file__).parent
    return sorted(
        f"dockg.{info.name}"
        for info in pkgutil.iter_modules([str(package)])
        if info.name.startswith("cli_") or info.name == "cli"
    )


def test_table_names_every_top_level_command_there_is() -> None:
    """A command defined in a ``cli_*.py`` module but left out of the table would vanish."""
    commands: dict[str, click.Command] = {}
    for module_name in _cli_modules():
        module = importlib.import_module(module_name)
        for attribute, value in vars(module).items():
            defined_here = getattr(getattr(value, "callback", None), "__module__", None)
            if isinstance(value, click.Command) and defined_here == module_name:
                commands[f"{module_name}:{attribute}"] = value
    # a command is placed by its callback's module; the root group `cli` holds the commands
    # other tests in this process have run already, so it does not count as a parent
    root = commands.pop("dockg.cli:cli")
    assert root is cli
    nested = {
        id(sub)
        for command in commands.values()
        if isinstance(command, click.Group)
        for sub in command.commands.values()
    }
    top_level = {target for target, command in commands.items() if id(command) not in nested}
    assert top_level == {entry.target for entry in COMMANDS.values()}


def test_unknown_command_is_refused_as_before(dockg: Callable[..., Any]) -> None:
    run = dockg("nosuch")
    assert run.code == 2
    assert "Error: No such command 'nosuch'." in run.stderr


def test_a_bad_table_entry_says_what_is_wrong() -> None:
    with pytest.raises(TypeError, match=r"^dockg.cli:main is not a click command$"):
        LazyCommand("dockg.cli:main", "").load()
