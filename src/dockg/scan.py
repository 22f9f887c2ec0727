"""Listing a project's source folders, so that nothing under them is skipped silently.

``Path.glob`` and ``Path.rglob`` pass over what they cannot list: a folder without read
permission, a symbolic link that loops or points nowhere. For a source folder that means a
build with a graph fewer and exit 0, and a ``push --prune`` that drops the missing graph on
the server. Here every entry under ``ontology/`` and ``data/`` is looked at: one that
cannot be listed, followed or identified is an :class:`~dockg.errors.InputError` naming it.

A link to a folder is followed (data may be linked in from elsewhere); one that leads back
to a folder already being walked is a loop and an error, as is a link whose target is
missing.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from dockg.errors import InputError

#: Emacs marks a file being edited with a link ``.#NAME`` to ``user@host.pid``, which
#: points nowhere by design: it is no source and no broken one.
_EDITOR_LOCK = ".#"


def _problem(path: Path, error: OSError, shown: Callable[[Path], str]) -> InputError:
    what = error.strerror or str(error)
    if isinstance(error, FileNotFoundError) and path.is_symlink():
        what = f"a symbolic link to {os.readlink(path)}, which does not exist"
    return InputError(f"{shown(path)}: cannot read: {what}")


def source_files(
    folder: Path,
    *,
    accept: Callable[[Path], bool],
    recursive: bool,
    skip: frozenset[Path] = frozenset(),
    shown: Callable[[Path], str] = str,
) -> list[Path]:
    """The files of a source folder that ``accept`` takes, every entry checked on the way.

    Args:
        folder: the folder; a missing one has no files.
        accept: which files to return (called with the path of a regular file).
        recursive: descend into sub-folders (following links to folders).
        skip: folders not to list (nor check), e.g. ``data/mappings/``.
        shown: how messages name a path.

    Returns:
        The accepted files, in no particular order.

    Raises:
        InputError: naming the first folder that cannot be listed, link that cannot be
            followed (a loop, a missing target) or entry that cannot be examined.
    """
    found: list[Path] = []
    try:
        top = folder.stat()
    except FileNotFoundError:
        if folder.is_symlink():
            raise _problem(folder, FileNotFoundError(2, "missing"), shown) from None
        return found
    except OSError as error:
        raise _problem(folder, error, shown) from error
    _walk(folder, {(top.st_dev, top.st_ino)}, found, accept, recursive, skip, shown)
    return found


def _walk(
    folder: Path,
    ancestors: set[tuple[int, int]],
    found: list[Path],
    accept: Callable[[Path], bool],
    recursive: bool,
    skip: frozenset[Path],
    shown: Callable[[Path], str],
) -> None:
    try:
        with os.scandir(folder) as entries:
            listed = sorted(entries, key=lambda e: e.name)
    except OSError as error:
        raise _problem(folder, error, shown) from error
    for entry in listed:
        path = Path(entry.path)
        try:
            info = os.stat(path)  # follows links: a loop or a missing target fails here
        except FileNotFoundError as error:
            if entry.name.startswith(_EDITOR_LOCK) and entry.is_symlink():
                continue
            raise _problem(path, error, shown) from error
        except OSError as error:
            raise _problem(path, error, shown) from error
        if stat.S_ISDIR(info.st_mode):
            if not recursive or path in skip:
                continue
            key = (info.st_dev, info.st_ino)
            if key in ancestors:
                raise InputError(
                    f"{shown(path)}: cannot read: a symbolic link loop "
                    f"(it leads back to {shown(Path(os.path.realpath(path)))})"
                )
            _walk(path, ancestors | {key}, found, accept, recursive, skip, shown)
        elif stat.S_ISREG(info.st_mode) and accept(path):
            found.append(path)
