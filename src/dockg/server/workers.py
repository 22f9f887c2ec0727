"""Running untrusted work (SPARQL queries from anyone) with a time limit that holds.

A Python thread cannot be stopped (and pyoxigraph has no way to cancel a query), so a
query that runs too long would keep a core busy after its client was told it timed out.
Each query runs instead in a worker *process*, forked from the server once at start so
it shares the loaded store (copy-on-write, nothing reloaded). When a job overruns its
time limit the worker is killed (SIGKILL: the work really stops) and a fresh one is
forked in its place; the client gets a clear error. A job that finishes in time costs
no fork, only two messages over a socket.

Workers talk to the server over a Unix socket pair: a job goes in, a :class:`Reply`
(status, media type, body) comes back, each pickled behind its length. The server side
reads with asyncio streams, so waiting for a reply, and reading a large one, never
blocks the event loop or takes a thread. A worker ignores SIGINT (the server shuts them
down) and exits by itself if the server process disappears.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import pickle
import select
import signal
import socket
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from typing import Any

#: How often an idle worker checks that the server process is still there (seconds).
PARENT_CHECK_INTERVAL = 1.0
#: Every message is its pickled length first, then the pickle.
_LENGTH = struct.Struct("!Q")


@dataclass(frozen=True)
class Reply:
    """What a worker answers: an HTTP status, a media type and the body."""

    status: int
    media_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


class WorkTimedOut(Exception):
    """A job ran longer than its time limit; its worker was killed and replaced."""


class WorkerDied(Exception):
    """A worker exited while running a job (for instance killed for lack of memory)."""


Handler = Callable[[Any], Any]


def _message(value: object) -> bytes:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return _LENGTH.pack(len(payload)) + payload


def _read_exactly(sock: socket.socket, size: int) -> bytes:
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        count = sock.recv_into(view[got:])
        if count == 0:
            raise EOFError("the server closed the connection")
        got += count
    return bytes(buffer)


def _worker_loop(sock: socket.socket, handler: Handler, parent: int) -> None:
    # The server's signal handlers were inherited with the fork; the server stops the
    # workers itself, and Ctrl-C on the terminal must not reach the server twice.
    with contextlib.suppress(ValueError):
        signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    sock.setblocking(True)
    while True:
        readable, _, _ = select.select([sock], [], [], PARENT_CHECK_INTERVAL)
        if not readable:
            if os.getppid() != parent:
                return
            continue
        try:
            (size,) = _LENGTH.unpack(_read_exactly(sock, _LENGTH.size))
            job = pickle.loads(_read_exactly(sock, size))
            sock.sendall(_message(handler(job)))
        except (EOFError, OSError):
            return


@dataclass
class _Worker:
    process: BaseProcess
    sock: socket.socket
    streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def connected(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        """The asyncio streams over the worker's socket, opened on first use."""
        if self.streams is None:
            self.streams = await asyncio.open_unix_connection(sock=self.sock)
        return self.streams

    def stop(self) -> None:
        """Kill the process and close the socket."""
        self.process.kill()
        self.process.join(timeout=5)
        if self.streams is not None:
            self.streams[1].close()
        else:
            self.sock.close()


class WorkerPool:
    """A fixed number of forked worker processes that run jobs with a time limit.

    Args:
        handler: runs one job in a worker and returns the reply; it is inherited by the
            fork (it may close over the loaded store), never pickled. Jobs and replies
            are pickled.
        size: the number of workers.

    Call :meth:`start` before the first job (forking is cheapest before the server
    starts threads) and :meth:`close` at shutdown.
    """

    def __init__(self, handler: Handler, *, size: int) -> None:
        self._handler = handler
        self._size = size
        self._context = multiprocessing.get_context("fork")
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: list[_Worker] = []

    def _spawn(self) -> _Worker:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        process = self._context.Process(
            target=_worker_loop,
            args=(theirs, self._handler, os.getpid()),
            name="dockg-query-worker",
            daemon=True,
        )
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self._all.append(worker)
        return worker

    def start(self) -> None:
        """Fork the workers."""
        self._idle = asyncio.Queue()
        for _ in range(self._size):
            self._idle.put_nowait(self._spawn())

    @property
    def pids(self) -> list[int]:
        """The process ids of the live workers."""
        return [w.process.pid for w in self._all if w.process.pid is not None]

    def _retire(self, worker: _Worker) -> None:
        worker.stop()
        self._all.remove(worker)
        if self._idle is not None:  # not after close()
            self._idle.put_nowait(self._spawn())

    async def run(self, job: Any, *, timeout: float) -> Any:
        """Run a job in the next free worker.

        Args:
            job: a picklable job for the handler.
            timeout: seconds the job may run once a worker has it (waiting for a free
                worker does not count).

        Returns:
            The handler's answer (a :class:`Reply` for protocol queries).

        Raises:
            WorkTimedOut: if the job overran; its worker was killed and replaced.
            WorkerDied: if the worker died while running the job; it was replaced.
        """
        if self._idle is None:
            raise RuntimeError("WorkerPool.start() was not called")
        worker = await self._idle.get()
        finished = False
        try:
            try:
                async with asyncio.timeout(timeout):
                    reader, writer = await worker.connected()
                    writer.write(_message(job))
                    await writer.drain()
                    (size,) = _LENGTH.unpack(await reader.readexactly(_LENGTH.size))
                    reply = pickle.loads(await reader.readexactly(size))
            except TimeoutError:
                raise WorkTimedOut(f"the work ran longer than {timeout:g} s") from None
            except (asyncio.IncompleteReadError, OSError) as error:
                raise WorkerDied("the query worker stopped unexpectedly") from error
            finished = True
            return reply
        finally:
            # A worker that did not finish its job (timed out, died, or the client went
            # away and the request was cancelled) is busy or broken: replace it.
            if finished:
                self._idle.put_nowait(worker)
            else:
                self._retire(worker)

    def close(self) -> None:
        """Stop every worker."""
        for worker in list(self._all):
            worker.stop()
        self._all.clear()
        self._idle = None
