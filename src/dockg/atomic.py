"""Writing outputs so that readers never see a half-written file.

Each file is written to a temporary file in the same directory (so :func:`os.replace` is a
rename on one filesystem, atomic on POSIX and Windows) and only then moved into place. A
set of files is written the same way, all temporaries first: if any of them fails, none of
the old outputs has been touched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from dockg.crash import crash_point
from dockg.errors import OutputError

#: Suffix of the temporary files, ignored by ``.gitignore`` (``*.tmp``).
TEMP_SUFFIX = ".tmp"


def _file_mode() -> int:
    """The mode a plain ``open(..., "w")`` would give, since ``mkstemp`` makes files 0600."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _write_temp(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new temporary file beside ``path`` and return its path."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, _file_mode())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def temp_beside(path: Path) -> Path:
    """A new, empty temporary file beside ``path``, for output written in a stream.

    Write to it, then :func:`commit_temp` it into place, or unlink it to keep the old file.

    Raises:
        OutputError: if the directory cannot be written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from error
    os.close(fd)
    return Path(name)


def commit_temp(temp: Path, path: Path) -> None:
    """Move a fully written temporary file from :func:`temp_beside` into place.

    The file is synced first, so a crash right after the rename cannot leave a short file.

    Raises:
        OutputError: if it cannot be synced or renamed (the temporary file is removed and
            the old file is left as it was).
    """
    try:
        with temp.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.chmod(temp, _file_mode())
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise OutputError(f"cannot replace {path}: {error.strerror or error}") from error


def _as_bytes(data: bytes | str) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write one file atomically; text is encoded as UTF-8.

    Args:
        path: the file to (re)place; its directory must exist.
        data: the new content.

    Raises:
        OutputError: if the file cannot be written; the old file is then left as it was.
    """
    write_all_atomic({path: data})


def write_all_atomic(outputs: Mapping[Path, bytes | str]) -> list[Path]:
    """Replace a set of files: either all get their new content or none changes.

    Directories are created as needed. All temporary files are written before the first
    is moved into place, so an error while writing (disk full, permission denied) leaves
    every previous output intact and no temporary file behind.

    Args:
        outputs: file path → new content (text is encoded as UTF-8).

    Returns:
        The paths written, in the order given.

    Raises:
        OutputError: if a directory or file cannot be written.
    """
    temps: dict[Path, Path] = {}
    try:
        for path, data in outputs.items():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                temps[path] = _write_temp(path, _as_bytes(data))
            except OSError as error:
                raise OutputError(f"cannot write {path}: {error.strerror or error}") from error
        crash_point("write:temps-written")
        for path, temp in temps.items():
            try:
                os.replace(temp, path)
            except OSError as error:
                raise OutputError(f"cannot replace {path}: {error.strerror or error}") from error
    finally:
        for temp in temps.values():
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
    return list(outputs)


@contextlib.contextmanager
def streamed_atomic(path: Path) -> Iterator[BinaryIO]:
    """Write one file in a stream (too large to hold as bytes), atomically.

    Yields a binary file opened on a temporary file beside ``path``; when the block ends
    without error it is synced and renamed into place, else removed.

    Args:
        path: the file to (re)place; its directory is created if needed.

    Raises:
        OutputError: if the file cannot be written; the old file is then left as it was.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from error
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, _file_mode())
        os.replace(temp, path)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files that killed runs left under ``folder``.

    Only dockg's own (hidden, ending in :data:`TEMP_SUFFIX`) are removed. Call it only
    while holding the lock of whatever writes there (:func:`dockg.locking.project_lock`),
    else another run's file in progress could go.

    Args:
        folder: the folder, searched recursively (links to folders are not followed).

    Returns:
        The files removed.
    """
    removed: list[Path] = []
    for parent, _, names in os.walk(folder):
        for name in names:
            path = Path(parent, name)
            if name.startswith(".") and name.endswith(TEMP_SUFFIX) and not path.is_symlink():
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed.append(path)
    return removed
