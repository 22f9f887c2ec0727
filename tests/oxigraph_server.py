"""A real SPARQL server for tests: ``oxigraph serve`` on a free port of 127.0.0.1.

The ``oxigraph`` binary comes from the PyPI package of that name (in the test extra).
:class:`OxigraphServer` starts it, waits until it answers, and stops or kills it; the
``oxigraph_server`` fixture gives a fresh one per test, read-write. Its default graph is
a plain graph, which ``dockg push`` keeps equal to the union of the pushed graphs.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

STARTUP_SECONDS = 30.0


def oxigraph_binary() -> str:
    """The ``oxigraph`` executable next to this Python, else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if found is None:
        pytest.fail("the oxigraph server binary is missing: pip install -e '.[test]'")
    return found


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class OxigraphServer:
    """One ``oxigraph serve`` process.

    Args:
        location: the store directory.
        read_only: run ``serve-read-only`` instead.
        port: the port (default: a free one).
    """

    def __init__(self, location: Path, *, read_only: bool = False, port: int | None = None) -> None:
        self.location = location
        self.read_only = read_only
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    @property
    def update_url(self) -> str:
        return f"{self.base}/update"

    @property
    def spec(self) -> str:
        """The ``--store`` value for this server."""
        return f"sparql:{self.query_url},{self.update_url}"

    def start(self) -> OxigraphServer:
        """Start and wait until it answers (or fail the test)."""
        command = "serve-read-only" if self.read_only else "serve"
        args = [oxigraph_binary(), command, "--location", str(self.location)]
        args += ["--bind", f"127.0.0.1:{self.port}"]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = self.process.stderr.read().decode() if self.process.stderr else ""
                pytest.fail(f"oxigraph {command} exited with {self.process.returncode}: {error}")
            try:
                urllib.request.urlopen(f"{self.query_url}?query=ASK%7B%7D", timeout=1).close()
                return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.05)
        self.stop()
        pytest.fail(f"oxigraph {command} did not answer within {STARTUP_SECONDS} s")

    def stop(self) -> None:
        """Stop it gracefully (it flushes the store)."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def kill(self) -> None:
        """Kill it at once, as a crash or a pulled cable would."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
        self.process = None


def running_server(tmp_path: Path) -> Iterator[OxigraphServer]:
    """Body of an ``oxigraph_server`` fixture: a fresh, empty, read-write server.

    Test modules declare the fixture themselves (``yield from running_server(tmp_path)``).
    """
    server = OxigraphServer(tmp_path / "oxigraph-server").start()
    try:
        yield server
    finally:
        server.stop()
