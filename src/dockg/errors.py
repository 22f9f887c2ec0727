"""The errors dockg reports to its users, each with the exit code the CLI ends with.

Exit codes follow the usual convention of validators: ``1`` means the input was read and
found wanting (a SHACL violation), ``2`` means dockg could not do what was asked (a file
that does not parse, a missing parameter). Failures a script may want to tell apart have
codes of their own: an unknown or ambiguous entity name, no path within the limit, an
empty projection, an unwritable output path. ``8`` means a local
store cannot be used (missing, stale, corrupt or locked) and ``9`` that a remote SPARQL
endpoint failed (unreachable, not SPARQL, timed out, refused an update). ``10`` means
another dockg run holds the project or the store (an import, build or load writing it, a
server reading the store a load would replace): nothing was done, and running the same
command again once the other has finished is safe.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes of the ``dockg`` command."""

    OK = 0
    VIOLATIONS = 1
    USAGE = 2
    UNKNOWN_ENTITY = 3
    AMBIGUOUS_ENTITY = 4
    NO_PATH = 5
    EMPTY_PROJECTION = 6
    UNWRITABLE_OUTPUT = 7
    STORE = 8
    REMOTE = 9
    BUSY = 10


class DockgError(Exception):
    """Base of every error dockg reports without a traceback.

    Args:
        message: what went wrong, naming the file and line or the node concerned.
        exit_code: the exit code the CLI ends with.
    """

    def __init__(self, message: str, exit_code: ExitCode = ExitCode.USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


class ProjectError(DockgError):
    """The project directory is not laid out as dockg expects."""


class InputError(DockgError):
    """An input file cannot be read, parsed or understood."""


class UsageError(DockgError):
    """A command was asked for something it cannot do (unknown query, bad parameter)."""


class OutputError(DockgError):
    """An output file cannot be written (exit code ``UNWRITABLE_OUTPUT``)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitCode.UNWRITABLE_OUTPUT)


class ValidationFailed(DockgError):
    """The knowledge graph does not conform to its shapes or checks."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitCode.VIOLATIONS)


class StoreError(DockgError):
    """A local store cannot be used: missing, stale, corrupt or locked."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitCode.STORE)


class RemoteError(DockgError):
    """A remote SPARQL endpoint failed: unreachable, not SPARQL, timed out, refused."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitCode.REMOTE)
