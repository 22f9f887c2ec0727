"""Starting ``dockg serve`` in a child process on 127.0.0.1 and a free port, as the load
test and the test suite do, and waiting until it answers."""

from __future__ import annotations

import os
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
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*command, "--port", str(port), *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + timeout
    while True:
        try:
            httpx.get(url + "sparql", timeout=2)
            return process, url  # any HTTP answer means the server is up
        except httpx.HTTPError:
            pass
        output = log.read_text(encoding="utf-8", errors="replace")
        if process.poll() is not None:
            raise ServerDidNotStart(f"dockg serve exited with {process.returncode}:\n{output}")
        if time.monotonic() > deadline:
            process.kill()
            process.wait()
            raise ServerDidNotStart(f"dockg serve did not answer in {timeout:g} s:\n{output}")
        time.sleep(0.1)
