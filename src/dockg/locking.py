"""Locks that keep two dockg runs from writing the same project or store at once.

Two imports to one ``--slug`` both read the project, both write the file, and one import
is lost without a word; a load that swaps a store directory under ``dockg serve`` leaves
the server answering from deleted files. So every run that writes into a project
(``ingest``, ``build``, ``load``) holds the *project lock*, and every run that opens a
loaded store holds its *store lock*: shared for readers, exclusive for the load that
replaces it.

Both are ``flock`` locks on a small file (:data:`PROJECT_LOCK` in the project, removed
when the run ends; a hidden ``.NAME.lock`` beside a store directory, which stays). The
kernel releases them when the process ends, however it ends, so a killed run never leaves
a project locked. Nobody waits: a run that
finds the lock taken stops at once with :class:`Busy` (exit code ``BUSY``), naming the
process that holds it, so of two racing runs exactly one writes.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from dockg.crash import crash_point
from dockg.errors import DockgError, ExitCode, OutputError

#: The project's lock file, in the project directory (git-ignored).
PROJECT_LOCK = ".dockg.lock"


class Busy(DockgError):
    """Another dockg run holds the lock of the project or store (exit code ``BUSY``)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitCode.BUSY)


class FileLock:
    """One ``flock`` on a lock file, taken without waiting.

    Args:
        path: the lock file (created if missing; its directory must exist).
        transient: remove the file when an exclusive lock is released, so that nothing
            stays behind (safe: a run that opened the removed file sees it is no longer
            the one at ``path`` and opens the new one).
    """

    def __init__(self, path: Path, *, transient: bool = False) -> None:
        self.path = path
        self.transient = transient
        self._fd: int | None = None
        self._exclusive = False

    def _open(self, *, shared: bool) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        except OSError:
            if not shared:
                raise
            # a reader of a folder it may not write: the lock file made by a writer
            return os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)

    def _current(self) -> bool:
        """True if the open file is still the one at ``path`` (not removed meanwhile)."""
        assert self._fd is not None
        try:
            return os.stat(self.path).st_ino == os.fstat(self._fd).st_ino
        except FileNotFoundError:
            return False

    def acquire(self, *, shared: bool = False, holder: str = "") -> bool:
        """Take the lock, or give up at once.

        Args:
            shared: a reader's lock, which other readers may hold too.
            holder: what this run is doing, written into the file for the message another
                run gets (only for an exclusive lock).

        Returns:
            True if taken; False if another process holds it in a conflicting mode.

        Raises:
            OSError: if the lock file cannot be opened.
        """
        while True:
            if self._fd is None:
                self._fd = self._open(shared=shared)
            try:
                fcntl.flock(self._fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            if not self.transient or self._current():
                break
            self.release()  # its holder removed the file as we opened it: take the new one
        self._exclusive = not shared
        if holder and not shared:
            os.ftruncate(self._fd, 0)
            os.pwrite(self._fd, f"{os.getpid()} {holder}\n".encode(), 0)
        return True

    def holder(self) -> str:
        """Who wrote the file last: ``"pid what"``, or ``""``."""
        with contextlib.suppress(OSError):
            return self.path.read_text(encoding="utf-8", errors="replace").strip()
        return ""

    def release(self) -> None:
        """Let go of the lock (closing the file releases it too)."""
        if self._fd is not None:
            if self.transient and self._exclusive:
                with contextlib.suppress(OSError):
                    self.path.unlink()  # still locked: no one else can hold it meanwhile
            os.close(self._fd)
            self._fd = None
            self._exclusive = False

    def __del__(self) -> None:
        self.release()


@contextlib.contextmanager
def project_lock(root: Path, *, doing: str) -> Iterator[None]:
    """Hold the project's lock for a run that writes into it.

    Args:
        root: the project directory.
        doing: what the run does, e.g. ``"dockg build"``: shown to a run that finds the
            lock taken.

    Raises:
        Busy: if another run holds it.
        OutputError: if the lock file cannot be created.
    """
    lock = FileLock(root / PROJECT_LOCK, transient=True)
    try:
        taken = lock.acquire(holder=doing)
    except OSError as error:
        raise OutputError(
            f"cannot lock {root / PROJECT_LOCK}: {error.strerror or error}"
        ) from error
    if not taken:
        held = lock.holder()
        lock.release()
        by = f" (process {held.split(' ', 1)[0]}: {held.split(' ', 1)[-1]})" if " " in held else ""
        raise Busy(
            f"{root}: another dockg run is writing this project{by}; "
            f"{doing} did nothing. Wait for it to finish, then run it again"
        )
    crash_point("project:locked")
    try:
        yield
    finally:
        lock.release()
