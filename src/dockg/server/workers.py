"""Running untrusted work (SPARQL queries from anyone) with a time limit that holds.

A Python thread cannot be stopped (and pyoxigraph has no way to cancel a query), so a
query that runs too long would keep a core busy after its client was told it timed out.
Each query runs instead in a worker *process* that shares the loaded store
(copy-on-write, nothing reloaded). When a job overruns its time limit the worker is
killed (SIGKILL: the work really stops) and a fresh one takes its place; the client gets
a clear error. A job that finishes in time costs no fork, only two messages over a socket.

Workers are never forked from the server once it runs: a fork copies only the forking
thread, so a lock that another thread (a page request in the thread pool) held at that
moment stays locked forever in the child, which then hangs in a futex wait on its first
allocation or query. Instead :meth:`WorkerPool.start` forks one *zygote* while the
server has no other thread yet; the zygote stays single-threaded, holds the loaded
store, and forks every worker (the first ones and each replacement) when the server
asks over a control socket. ``spawn``/``forkserver`` would need the store pickled or
reloaded; the zygote needs neither.

Workers talk to the server over a Unix socket pair: a job goes in, a :class:`Reply`
(status, media type, body) comes back, each pickled behind its length. The server side
reads with asyncio streams, so waiting for a reply, and reading a large one, never
blocks the event loop or takes a thread. The time limit of a job counts from the moment
it is handed to :meth:`WorkerPool.run`: waiting for a free worker counts too. Workers and
zygote ignore SIGINT (the server shuts them down) and exit by themselves if the process
that started them disappears.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pickle
import select
import signal
import socket
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NoReturn

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


def _quiet_signals() -> None:
    # The server's signal handlers were inherited with the fork; the server stops the
    # workers itself, and Ctrl-C on the terminal must not reach the server twice.
    with contextlib.suppress(ValueError):
        signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _worker_loop(sock: socket.socket, handler: Handler, parent: int) -> None:
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


#: A control message to the zygote: an operation and a process id.
_CONTROL = struct.Struct("!cq")
_FORK, _KILL = b"f", b"k"
#: Seconds the server waits for the zygote to answer a control message.
CONTROL_TIMEOUT = 30.0


def _run_child(body: Callable[[], None]) -> NoReturn:
    """Run ``body`` in a freshly forked child and leave without returning to the caller's
    stack (the parent's event loop, atexit handlers and buffers are not the child's)."""
    code = 0
    try:
        _quiet_signals()
        body()
    except BaseException:  # nothing may escape a forked child
        code = 1
    finally:
        os._exit(code)


def _fork(body: Callable[[], None], *, parents_end: socket.socket) -> int:
    """Fork a child that runs ``body``, without the parent's end of their socket pair;
    the child's process id."""
    pid = os.fork()
    if pid == 0:
        parents_end.close()
        _run_child(body)
    return pid


def _zygote_loop(control: socket.socket, handler: Handler, server: int) -> None:
    """Fork workers, and kill them, when the server asks; until the server goes away."""
    children: set[int] = set()

    def reap() -> None:
        for pid in list(children):
            with contextlib.suppress(ChildProcessError):
                if os.waitpid(pid, os.WNOHANG)[0] == pid:
                    children.discard(pid)

    try:
        while True:
            readable, _, _ = select.select([control], [], [], PARENT_CHECK_INTERVAL)
            reap()
            if not readable:
                if os.getppid() != server:
                    return
                continue
            message, fds, _, _ = socket.recv_fds(control, _CONTROL.size, 1)
            if len(message) != _CONTROL.size:
                return  # the server closed the control socket: shut down
            operation, pid = _CONTROL.unpack(message)
            if operation == _FORK and fds:
                sock = socket.socket(fileno=fds[0])
                zygote = os.getpid()
                child = _fork(partial(_worker_loop, sock, handler, zygote), parents_end=control)
                sock.close()
                children.add(child)
                control.sendall(_CONTROL.pack(_FORK, child))
            elif operation == _KILL:
                # Only a child not yet reaped: its pid cannot have been reused.
                if pid in children:
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                    children.discard(pid)
                control.sendall(_CONTROL.pack(_KILL, pid))
    finally:
        for pid in children:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)


class PoolBroken(WorkerDied):
    """The zygote that forks the workers is gone: no worker can be started any more."""


class _Zygote:
    """The server's side of the zygote process."""

    def __init__(self, handler: Handler) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        server = os.getpid()
        pid = _fork(partial(_zygote_loop, theirs, handler, server), parents_end=ours)
        theirs.close()
        ours.settimeout(CONTROL_TIMEOUT)
        self.pid = pid
        self._control = ours

    def _ask(self, operation: bytes, pid: int = 0, fds: list[int] | None = None) -> int:
        try:
            socket.send_fds(self._control, [_CONTROL.pack(operation, pid)], fds or [])
            answer = self._control.recv(_CONTROL.size)
        except OSError as error:
            raise PoolBroken(f"the query workers cannot be started: {error}") from error
        if len(answer) != _CONTROL.size:
            raise PoolBroken("the query workers cannot be started: their parent process exited")
        return int(_CONTROL.unpack(answer)[1])

    def fork(self, sock: socket.socket) -> int:
        """Start a worker on one end of a socket pair; its process id."""
        return self._ask(_FORK, fds=[sock.fileno()])

    def kill(self, pid: int) -> None:
        """Kill a worker and wait until it is gone."""
        with contextlib.suppress(PoolBroken):  # gone with the zygote already
            self._ask(_KILL, pid)

    def close(self) -> None:
        """Stop the zygote, which kills its workers first; wait until it is gone."""
        self._control.close()
        deadline = time.monotonic() + CONTROL_TIMEOUT
        while time.monotonic() < deadline:
            if os.waitpid(self.pid, os.WNOHANG)[0] == self.pid:
                return
            time.sleep(0.01)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)


@dataclass
class _Worker:
    pid: int
    sock: socket.socket
    streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def connected(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        """The asyncio streams over the worker's socket, opened on first use."""
        if self.streams is None:
            self.streams = await asyncio.open_unix_connection(sock=self.sock)
        return self.streams

    def close(self) -> None:
        """Close the server's end of the socket (the worker then exits, if idle)."""
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

    Call :meth:`start` before the server starts any thread (it forks the zygote that
    forks every worker) and :meth:`close` at shutdown.
    """

    def __init__(self, handler: Handler, *, size: int) -> None:
        self._handler = handler
        self._size = size
        self._zygote: _Zygote | None = None
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: list[_Worker] = []

    def _spawn(self) -> _Worker:
        assert self._zygote is not None
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            pid = self._zygote.fork(theirs)
        except PoolBroken:
            ours.close()
            raise
        finally:
            theirs.close()
        worker = _Worker(pid, ours)
        self._all.append(worker)
        return worker

    def start(self) -> None:
        """Fork the zygote, and the workers from it."""
        self._zygote = _Zygote(self._handler)
        self._idle = asyncio.Queue()
        for _ in range(self._size):
            self._idle.put_nowait(self._spawn())

    @property
    def pids(self) -> list[int]:
        """The process ids of the live workers."""
        return [w.pid for w in self._all]

    def _retire(self, worker: _Worker) -> None:
        worker.close()
        if self._zygote is not None:
            self._zygote.kill(worker.pid)
        self._all.remove(worker)
        if self._idle is not None:  # not after close()
            try:
                self._idle.put_nowait(self._spawn())
            except PoolBroken as error:
                # Later jobs fail at once instead of queueing for a worker that never comes.
                self._broken = error
                print(f"dockg serve: {error}", file=sys.stderr, flush=True)

    _broken: PoolBroken | None = None

    async def run(self, job: Any, *, timeout: float) -> Any:
        """Run a job in the next free worker.

        Args:
            job: a picklable job for the handler.
            timeout: seconds from this call until the answer is back: waiting for a free
                worker counts, so a job queued behind slow ones is refused in time too.

        Returns:
            The handler's answer (a :class:`Reply` for protocol queries).

        Raises:
            WorkTimedOut: if the job (with its wait) overran; its worker, if it had one,
                was killed and replaced.
            WorkerDied: if the worker died while running the job; it was replaced.
        """
        if self._idle is None:
            raise RuntimeError("WorkerPool.start() was not called")
        if self._broken is not None and self._idle.empty():
            raise self._broken
        worker: _Worker | None = None
        finished = False
        try:
            try:
                async with asyncio.timeout(timeout):
                    worker = await self._idle.get()
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
            if worker is not None:
                if finished:
                    self._idle.put_nowait(worker)
                else:
                    self._retire(worker)

    def close(self) -> None:
        """Stop every worker (and the zygote), waiting until they are gone."""
        for worker in self._all:
            worker.close()
        self._all.clear()
        self._idle = None
        if self._zygote is not None:
            self._zygote.close()
            self._zygote = None
