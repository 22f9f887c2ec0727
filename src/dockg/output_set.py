"""Replacing a directory of outputs as one set, in one step a kill cannot split.

Renaming files one by one into ``build/`` leaves a mix of new and old outputs if the run
is killed between two renames. Instead each set is written into a directory of its own,
a hidden sibling ``.build.set-XXXX``, and ``build`` is a symbolic link to the current
one. The switch is the atomic ``rename`` of a new link over the old one: a reader that
opens ``build/dockg.trig`` sees the old set or the new one, never a mix.

What else lives in the output directory (a store loaded into ``build/store``, the
server's ``build/server-dumps``) moves into the new set right after the switch, by
renames, so it keeps its path. Then the older sets are removed. A run killed at any
point leaves at worst a hidden set directory or link, which the next run removes
(moving anything but outputs out of it first), so nothing is lost and nothing piles up.

An output directory that is a real directory (from dockg before this scheme, or made by
hand) becomes a set the first time: it is renamed aside and the link takes its place,
two renames, the only moment the path is missing. A link the user made to elsewhere
(``build -> /mnt/big/build``) is followed: the switch happens where it leads.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from dockg.atomic import TEMP_SUFFIX
from dockg.crash import crash_point
from dockg.errors import OutputError


def _set_prefix(link: Path) -> str:
    return f".{link.name}.set-"


def _link_prefix(link: Path) -> str:
    return f".{link.name}.link-"


def _is_own_link(link: Path) -> bool:
    """True for a link dockg made: to a sibling set directory."""
    if not link.is_symlink():
        return False
    target = os.readlink(link)
    return "/" not in target and target.startswith(_set_prefix(link))


def _sibling(prefix: str, parent: Path, suffix: str = "") -> Path:
    """A fresh name in ``parent`` (the project lock keeps other runs out meanwhile)."""
    return parent / f"{prefix}{os.getpid()}-{secrets.token_hex(4)}{suffix}"


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_set(folder: Path, outputs: Mapping[str, bytes]) -> None:
    os.chmod(folder, 0o777 & ~_umask())  # mkdtemp makes it 0700: readers need more
    for name, data in outputs.items():
        with (folder / name).open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    _fsync_dir(folder)


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _is_leftover(name: str) -> bool:
    """A temporary file of an earlier, killed run (dockg's ``.NAME.XXXX.tmp``)."""
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)


def _carry_over(old: Path, new: Path, outputs: Mapping[str, bytes]) -> bool:
    """Move what is not an output from an old set into the new one.

    Returns:
        True if the old set now holds nothing worth keeping (an entry whose name the new
        set already has is left where it is, and the old set then kept).
    """
    emptied = True
    for entry in sorted(old.iterdir()):
        if entry.name in outputs or _is_leftover(entry.name):
            continue
        if os.path.lexists(new / entry.name):
            emptied = False
            continue
        os.rename(entry, new / entry.name)
    return emptied


def _tidy(link: Path, current: Path, outputs: Mapping[str, bytes]) -> None:
    """Carry over from every older set into ``current``, then remove them and stale links."""
    parent = link.parent
    for entry in sorted(parent.iterdir()):
        name = entry.name
        if name.startswith(_link_prefix(link)) and name.endswith(TEMP_SUFFIX):
            entry.unlink(missing_ok=True)
        elif (
            name.startswith(_set_prefix(link))
            and entry != current
            and entry.is_dir()
            and not entry.is_symlink()
            and _carry_over(entry, current, outputs)
        ):
            shutil.rmtree(entry, ignore_errors=True)
    for entry in current.iterdir():
        if _is_leftover(entry.name) and entry.is_file():
            entry.unlink(missing_ok=True)


def replace_output_set(out_dir: Path, outputs: Mapping[str, bytes]) -> list[Path]:
    """Replace the outputs in ``out_dir`` by a new set, all at once.

    Args:
        out_dir: the output directory as users name it (``build``); it becomes a link to
            the set's directory.
        outputs: file name → content.

    Returns:
        The paths written (through ``out_dir``), in the order given.

    Raises:
        OutputError: if the set cannot be written or switched in; the previous set is then
            still in place.
    """
    link = Path(os.path.abspath(out_dir))
    if link.is_symlink() and not _is_own_link(link):
        link = Path(os.path.realpath(link))  # the user's own link: switch where it leads
    if Path.cwd().is_relative_to(link.resolve()) or (link / "ontology").is_dir():
        raise OutputError(
            f"cannot write the outputs to {out_dir}: it holds the working directory or a "
            "project, and the output directory is replaced as a whole; give another --out"
        )
    if os.path.lexists(link) and not link.is_dir() and not _is_own_link(link):
        raise OutputError(f"cannot write to {out_dir}: it exists and is not a directory")
    try:
        link.parent.mkdir(parents=True, exist_ok=True)
        new = Path(tempfile.mkdtemp(prefix=_set_prefix(link), dir=link.parent))
    except OSError as error:
        raise OutputError(f"cannot write {out_dir}: {error.strerror or error}") from error
    try:
        _write_set(new, outputs)
        crash_point("build:set-written")
        if link.is_dir() and not link.is_symlink():  # a real directory becomes a set
            os.rename(link, _sibling(_set_prefix(link), link.parent))
            crash_point("build:moved-aside")
        switch = _sibling(_link_prefix(link), link.parent, TEMP_SUFFIX)
        os.symlink(new.name, switch)
        os.replace(switch, link)  # the one step: readers see the old set or the new one
        _fsync_dir(link.parent)
    except OSError as error:
        shutil.rmtree(new, ignore_errors=True)
        raise OutputError(f"cannot write {out_dir}: {error.strerror or error}") from error
    crash_point("build:switched")
    with contextlib.suppress(OSError):  # the new set is in; tidying can wait for next time
        _tidy(link, new, outputs)
    return [Path(out_dir) / name for name in outputs]
