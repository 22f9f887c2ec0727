"""A real ``dockg serve`` for tests: a subprocess on 127.0.0.1 and a free port.

Tests talk to it over HTTP as any client would. :func:`running_server` starts one with
the options a test needs; the ``seed_server`` fixture shares one server on the seed
project across every test module of the session: call :func:`shared_seed_server` from a
module fixture (or import the ``seed_server`` fixture into the module).
"""

from __future__ import annotations

import atexit
import contextlib
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from dockg.server.spawn import spawn_server

TESTS = Path(__file__).resolve().parent
SEED_PROJECT = TESTS.parent
START_TIMEOUT = 90.0


@dataclass
class ServerProcess:
    """A running server.

    Attributes:
        url: its root, ending in ``/`` (``http://127.0.0.1:PORT/``).
        process: the ``dockg serve`` process.
        log: the file its stdout and stderr go to.
    """

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def sparql(self) -> str:
        """The SPARQL endpoint's URL."""
        return self.url + "sparql"

    def output(self) -> str:
        """Everything the server printed so far."""
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 10 s)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(*args: str, project: Path = SEED_PROJECT) -> ServerProcess:
    """Start ``dockg --project PROJECT serve --port FREE ARGS`` and wait until it answers.

    Args:
        args: more ``dockg serve`` options (limits, ``--allow-service`` ...).
        project: the project to serve (default: the seed project of this repository).

    Returns:
        The running server; stop it with :meth:`ServerProcess.stop`.
    """
    scratch = Path(tempfile.mkdtemp(prefix="dockg-serve-"))
    log = scratch / "serve.log"
    dumps = ("--dumps-dir", str(scratch / "dumps"))
    process, url = spawn_server(project, [*dumps, *args], log=log, timeout=START_TIMEOUT)
    return ServerProcess(url, process, log)


@contextlib.contextmanager
def running_server(*args: str, project: Path = SEED_PROJECT) -> Iterator[ServerProcess]:
    """:func:`start_server` for the duration of a ``with`` block."""
    server = start_server(*args, project=project)
    try:
        yield server
    finally:
        server.stop()


_shared: dict[str, ServerProcess] = {}


def shared_seed_server() -> ServerProcess:
    """One server on the seed project with default settings, started on first use and
    stopped when the test process exits; every module that needs it gets the same one."""
    server = _shared.get("seed")
    if server is None or server.process.poll() is not None:
        server = _shared["seed"] = start_server()
        atexit.register(server.stop)
    return server


@pytest.fixture(scope="session")
def seed_server() -> ServerProcess:
    """The shared server on the seed project (see :func:`shared_seed_server`)."""
    return shared_seed_server()
