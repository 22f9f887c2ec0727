"""Replacing a loaded store directory under its readers' feet, safely, and recovering.

``dockg load`` builds the new store in ``.NAME.loading-PID`` beside the store and swaps
it in with two renames (the old store to ``.NAME.old-PID``, the new one into place).
Three things keep that safe:

- **Readers hold a shared lock** on ``.NAME.lock`` beside the store while they have it
  open (``dockg serve --store oxigraph:PATH`` for its whole run). A load that finds one
  refuses (exit 8) instead of swapping the files away under a server that would go on
  answering from deleted files. The lock file is outside the directory, so it survives
  the swap.
- **The swap holds the exclusive lock**, only for the renames: readers may keep using
  the old store while the new one is parsed, which can take minutes.
- **Leftovers are recovered** by the next load or open: a run killed right after the
  first rename (no store at PATH) is finished if its new store was complete (it always is
  once ``.old-PID`` exists) or else undone, and the ``.loading-PID`` folders of dead runs
  are removed. A run still alive is never touched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path

from dockg.crash import crash_point
from dockg.errors import StoreError
from dockg.locking import FileLock
from dockg.store.manifest import MANIFEST_NAME

#: How long a reader waits for a swap in progress (renames: milliseconds).
READER_WAIT_SECONDS = 5.0

IN_USE = (
    "the store is in use by another process (a `dockg serve`, a dockg command reading "
    "it, or an `oxigraph serve`); stop it or wait, then retry"
)


def lock_path(path: Path) -> Path:
    """The lock file of a store directory: ``.NAME.lock`` beside it.

    Beside where it really is: a reader that names it through a link (``build/store``)
    and a load given the resolved path must meet at one file.
    """
    path = Path(os.path.realpath(path))
    return path.with_name(f".{path.name}.lock")


def staging_path(path: Path, pid: int | None = None) -> Path:
    """Where a load (this process's by default) builds the new store."""
    return path.with_name(f".{path.name}.loading-{pid or os.getpid()}")


def _old_path(path: Path, pid: int | None = None) -> Path:
    return path.with_name(f".{path.name}.old-{pid or os.getpid()}")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # this run's own staging folder, about to be swapped in
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _leftovers(path: Path, kind: str) -> dict[int, Path]:
    """``.NAME.KIND-PID`` folders of runs no longer alive, by PID."""
    found: dict[int, Path] = {}
    prefix = f".{path.name}.{kind}-"
    with contextlib.suppress(OSError):
        for entry in path.parent.iterdir():
            tail = entry.name[len(prefix) :]
            if entry.name.startswith(prefix) and tail.isdigit() and not _alive(int(tail)):
                found[int(tail)] = entry
    return found


def recover(path: Path) -> list[str]:
    """Finish or undo loads that were killed, and remove their staging folders.

    The caller holds the store's exclusive lock.

    Args:
        path: the store directory.

    Returns:
        What was done, one sentence each (for tests and messages).
    """
    done: list[str] = []
    for pid, old in sorted(_leftovers(path, "old").items()):
        staging = staging_path(path, pid)
        if not os.path.lexists(path):
            if (staging / MANIFEST_NAME).is_file():  # complete: `old` is made after it
                staging.rename(path)
                done.append(f"finished the load of process {pid}")
            else:
                old.rename(path)
                done.append(f"restored the store process {pid} had moved aside")
        shutil.rmtree(old, ignore_errors=True)
    for pid, staging in sorted(_leftovers(path, "loading").items()):
        shutil.rmtree(staging, ignore_errors=True)
        done.append(f"removed the unfinished load of process {pid}")
    return done


def recover_if_needed(path: Path) -> None:
    """On opening a store: recover a killed load, if there are leftovers and no one objects.

    Does nothing if another process holds the lock (a live load will tidy up itself).
    """
    if not (_leftovers(path, "old") or _leftovers(path, "loading")):
        return
    lock = FileLock(lock_path(path))
    try:
        if lock.acquire():
            recover(path)
    except OSError:
        pass  # a folder we cannot write: reading may still work
    finally:
        lock.release()


def reader_lock(path: Path) -> FileLock | None:
    """Take a reader's shared lock on a store, waiting briefly for a swap in progress.

    Args:
        path: the store directory.

    Returns:
        The lock, to release when the store is closed; ``None`` where no lock file can be
        made (a read-only folder: no dockg load can swap it there either).

    Raises:
        StoreError: if a load is swapping the store for longer than readers wait.
    """
    lock = FileLock(lock_path(path))
    deadline = time.monotonic() + READER_WAIT_SECONDS
    try:
        while not lock.acquire(shared=True):
            if time.monotonic() > deadline:
                lock.release()
                raise StoreError(f"{path}: a dockg load is replacing the store; retry")
            time.sleep(0.05)
    except OSError:
        lock.release()
        return None
    return lock


def refuse_if_in_use(path: Path) -> None:
    """Fail fast, before a long load, if a reader has the store open.

    Raises:
        StoreError: if one has (exit 8).
    """
    lock = FileLock(lock_path(path))
    try:
        free = lock.acquire()
    except OSError as error:
        raise StoreError(f"{path}: cannot lock the store: {error.strerror or error}") from error
    finally:
        lock.release()
    if not free:
        raise StoreError(f"{path}: {IN_USE}")


def swap_in(staging: Path, path: Path) -> None:
    """Put a fully written store in place of ``path``, under the exclusive lock.

    Args:
        staging: the new store, closed.
        path: the store directory.

    Raises:
        StoreError: if a reader has the store open (the new store is then removed).
    """
    lock = FileLock(lock_path(path))
    try:
        if not lock.acquire(holder="dockg load"):
            shutil.rmtree(staging, ignore_errors=True)
            raise StoreError(f"{path}: {IN_USE}; the store was left as it was")
        recover(path)
        old = _old_path(path)
        if path.exists():
            path.rename(old)
            crash_point("load:swapped-out")
        staging.rename(path)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        lock.release()
