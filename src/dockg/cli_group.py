"""The click groups of ``dockg``: errors reported as messages, commands imported on use.

This module imports nothing but click and :mod:`dockg.errors`: ``dockg --help`` and
``dockg --version`` load it and no command module, so they start about as fast as
Python and rdflib do. A command's module (with matplotlib, networkx, pyshacl, starlette
...) is imported only when that command runs or shows its own help.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, NamedTuple

import click

from dockg.errors import DockgError, ExitCode


class DockgGroup(click.Group):
    """Report :class:`DockgError` as a message and an exit code, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DockgError as error:
            prefix = "" if error.exit_code is ExitCode.VIOLATIONS else "dockg: error: "
            click.echo(f"{prefix}{error.message}", err=True)
            ctx.exit(error.exit_code)


class LazyCommand(NamedTuple):
    """A command not imported yet: where it is defined and the line ``--help`` lists.

    ``help`` is the first paragraph of the command's docstring (a test compares the two,
    so the listing cannot drift from the command).
    """

    target: str
    """``"package.module:attribute"``, the click command object."""
    help: str
    """The first paragraph of the command's help, as ``dockg --help`` shortens it."""

    def load(self) -> click.Command:
        """Import the command's module and return the command.

        Returns:
            The click command named by :attr:`target`.

        Raises:
            ImportError: if the module does not exist (a bug in the table).
            AttributeError: if the module has no such attribute (a bug in the table).
        """
        module_name, _, attribute = self.target.partition(":")
        command = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{self.target} is not a click command")
        return command


class LazyGroup(DockgGroup):
    """A :class:`DockgGroup` whose commands are imported the first time they are used.

    Args:
        lazy_commands: command name → :class:`LazyCommand`. Listing the commands (as
            ``--help`` does) imports none of them; running or asking the help of one
            imports that one alone.
        **kwargs: passed to :class:`click.Group`.
    """

    def __init__(
        self, *args: Any, lazy_commands: Mapping[str, LazyCommand] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = dict(lazy_commands or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        """All command names, loaded or not, sorted as click sorts them."""
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command called ``cmd_name``, imported now if it was not yet."""
        lazy = self.lazy_commands.get(cmd_name)
        if cmd_name not in self.commands and lazy is not None:
            self.add_command(lazy.load(), cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List the commands as :class:`click.Group` does, without importing lazy ones.

        A command not loaded yet is listed through a bare command carrying its help line,
        so click shortens it to the width of the terminal exactly as it would the real one.
        """
        listed: list[tuple[str, click.Command]] = []
        for name in self.list_commands(ctx):
            command = self.commands.get(name)
            if command is None:
                command = click.Command(name, help=self.lazy_commands[name].help)
            if not command.hidden:
                listed.append((name, command))
        if not listed:
            return
        # the same room for the help column as click.Group.format_commands leaves
        limit = formatter.width - 6 - max(len(name) for name, _ in listed)
        rows = [(name, command.get_short_help_str(limit)) for name, command in listed]
        with formatter.section("Commands"):
            formatter.write_dl(rows)
