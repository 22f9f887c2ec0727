"""Starting ``dockg serve`` (and, for comparison, ``oxigraph serve``) in a child process on
127.0.0.1 and a free port, as the load test and the test suite do, and waiting until it
answers."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import httpx


class ServerDidNotStart(RuntimeError):
    """``dockg serve`` exited or did not answer in time; the message has its output."""


def free_port() -> int:
    """A TCP port nothing listens on at the moment, on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def spawn_server(
    project: Path, args: Sequence[str], *, log: Path, timeout: float = 120.0
) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``dockg --project PROJECT serve --port FREE ARGS`` and wait until it answers.

    Args:
        project: the project to serve.
        args: more ``dockg serve`` options.
        log: the file the server's stdout and stderr go to.
        timeout: seconds to wait for the first answer.

    Returns:
        The process and the server's root URL (``http://127.0.0.1:PORT/``).

    Raises:
        ServerDidNotStart: if the process exits or does not answer in time (it is
            then stopped).
    """
    port = free_port()
    command = [sys.executable, "-m", "dockg", "--project", str(project), "serve"]
    url = f"http://127.0.0.1:{port}/"
    process = _start([*command, "--port", str(port), *args], log)
    _wait(process, url + "sparql", log, timeout, "dockg serve")
    return process, url


def oxigraph_binary() -> str:
    """The ``oxigraph`` server executable (PyPI package ``oxigraph``) beside this Python,
    else on PATH.

    Raises:
        ServerDidNotStart: if there is none.
    """
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if found is None:
        raise ServerDidNotStart("no oxigraph executable: pip install oxigraph")
    return found


def spawn_oxigraph(
    nquads: Path, location: Path, *, log: Path, timeout: float = 120.0
) -> tuple[subprocess.Popen[bytes], str]:
    """Load an N-Quads file into a new store and serve it read-only with ``oxigraph``.

    Args:
        nquads: the data (the default graph included, as the file has it).
        location: a new directory for the store.
        log: the file the server's output goes to.
        timeout: seconds to wait for the first answer.

    Returns:
        The process and its query endpoint (``http://127.0.0.1:PORT/query``).

    Raises:
        ServerDidNotStart: if loading fails, or the server exits or does not answer.
    """
    binary = oxigraph_binary()
    loaded = subprocess.run(
        [binary, "load", "--location", str(location), "--file", str(nquads)],
        capture_output=True,
        check=False,
    )
    if loaded.returncode != 0:
        raise ServerDidNotStart(f"oxigraph load failed:\n{loaded.stderr.decode(errors='replace')}")
    port = free_port()
    bind = f"127.0.0.1:{port}"
    process = _start([binary, "serve-read-only", "--location", str(location), "--bind", bind], log)
    url = f"http://{bind}/query"
    _wait(process, url + "?query=ASK%7B%7D", log, timeout, "oxigraph serve-read-only")
    return process, url


def _start(command: Sequence[str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            command,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )


def _wait(
    process: subprocess.Popen[bytes], probe: str, log: Path, timeout: float, name: str
) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            httpx.get(probe, timeout=2)
            return  # any HTTP answer means the server is up
        except httpx.HTTPError:
            pass
        output = log.read_text(encoding="utf-8", errors="replace")
        if process.poll() is not None:
            raise ServerDidNotStart(f"{name} exited with {process.returncode}:\n{output}")
        if time.monotonic() > deadline:
            process.kill()
            process.wait()
            raise ServerDidNotStart(f"{name} did not answer in {timeout:g} s:\n{output}")
        time.sleep(0.1)
