"""Queries that pages run in the worker processes, with the endpoint's time limit.

The SPARQL endpoint sends :class:`~dockg.server.sparql.QueryJob`s to the workers; pages
that run a query a visitor can shape (a catalogue query with parameters) can send a
:class:`RowsJob` the same way with :func:`select_rows`, so a slow one is stopped at the
time limit instead of holding the server, and queries run on every core.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rdflib.term import Identifier

from dockg.errors import DockgError, ExitCode, InputError, UsageError
from dockg.server.state import ServerState
from dockg.server.workers import WorkerDied, WorkTimedOut
from dockg.store.base import Store


class QueryStopped(DockgError):
    """A query ran longer than the server's time limit and was stopped."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitCode.USAGE)


@dataclass(frozen=True)
class RowsJob:
    """A SELECT query and its bindings, to run in a worker."""

    text: str
    bindings: tuple[tuple[str, Identifier], ...] = ()


@dataclass(frozen=True)
class Rows:
    """The rows of a SELECT query: its variables and, per row, a term or None each."""

    variables: tuple[str, ...]
    rows: list[tuple[Identifier | None, ...]]


@dataclass(frozen=True)
class JobError:
    """A query that failed in a worker: the message, and whether it did not parse."""

    message: str
    syntax: bool


def run_rows(store: Store, job: RowsJob) -> Rows | JobError:
    """Run a :class:`RowsJob` (in a worker); errors come back as values (picklable)."""
    try:
        result = store.query(job.text, bindings=dict(job.bindings))
    except UsageError as error:
        return JobError(error.message, syntax=True)
    except DockgError as error:
        return JobError(error.message, syntax=False)
    variables = tuple(str(v) for v in result.vars or ())
    rows = [tuple(row.get(v) for v in result.vars or ()) for row in result.bindings]
    return Rows(variables, rows)


async def select_rows(
    state: ServerState, text: str, bindings: Mapping[str, Identifier] | None = None
) -> Rows:
    """Run a SELECT query in a worker process, within the server's time limit.

    Args:
        state: the server state (its workers must be running: inside the app).
        text: the query.
        bindings: variable name → term, bound before evaluation.

    Returns:
        The rows.

    Raises:
        QueryStopped: if the query ran longer than ``--query-timeout``.
        UsageError: if it does not parse.
        InputError: if it fails while running.
    """
    if state.workers is None:
        raise RuntimeError("the server's workers are not running")
    job = RowsJob(text, tuple((bindings or {}).items()))
    try:
        outcome = await state.workers.run(job, timeout=state.config.query_timeout)
    except WorkTimedOut:
        raise QueryStopped(
            f"the query was stopped: it ran longer than the time limit of "
            f"{state.config.query_timeout:g} s"
        ) from None
    except WorkerDied as error:
        raise InputError(str(error)) from error
    if isinstance(outcome, JobError):
        raise (UsageError if outcome.syntax else InputError)(outcome.message)
    assert isinstance(outcome, Rows)
    return outcome
