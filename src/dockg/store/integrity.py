"""Checksums of a loaded Oxigraph store's files, recorded by ``dockg load`` and checked by
every command before RocksDB opens the store.

RocksDB checks block checksums only as it reads blocks, and pyoxigraph lets dockg ask for
no stricter checks (``paranoid_checks``, ``verify_checksums``). A few flipped bits in a
data file went unnoticed on open and then made RocksDB allocate without bound (18.7 GB
before the kernel stopped ``dockg stats``), or answer from damaged data (``query``,
``conflicts``, ``export`` exited 0). So ``dockg load`` records the size and CRC-32 of each
file of the finished store in ``dockg-store-files.json``, and opening the store reads
the files once, in blocks (bounded memory, about a second per gigabyte), and refuses a
store whose files differ: exit 8, naming the file.

RocksDB never rewrites a data file (``*.sst``) or an old write-ahead log (``*.log``): a
writer that opens the store later (``oxigraph serve`` on the directory) adds files under
new names and deletes old ones, so a recorded file that is gone, or a file not recorded,
is no damage. Its ``MANIFEST-*`` grows by appending: it is compared only while its size
is unchanged. A store loaded before this file existed is not checked.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from dockg.atomic import write_atomic
from dockg.errors import StoreError

CHECKSUMS_NAME = "dockg-store-files.json"
_BLOCK = 1 << 20
#: Files written once and never changed: compared whenever they are still there.
_IMMUTABLE = (".sst", ".log")
#: Files only ever appended to: compared while their size is unchanged.
_APPENDED = ("MANIFEST-",)


def _checked(name: str) -> bool:
    return name.endswith(_IMMUTABLE) or name.startswith(_APPENDED)


def _crc32(path: Path) -> int:
    value = 0
    with path.open("rb") as stream:
        while block := stream.read(_BLOCK):
            value = zlib.crc32(block, value)
    return value


def record_store_files(directory: Path) -> None:
    """Record the size and checksum of a closed store's files.

    Args:
        directory: the store directory, after the store was closed (no writer left).
    """
    files = {
        path.name: {"size": path.stat().st_size, "crc32": _crc32(path)}
        for path in sorted(directory.iterdir())
        if path.is_file() and _checked(path.name)
    }
    text = json.dumps({"files": files}, indent=1, sort_keys=True) + "\n"
    write_atomic(directory / CHECKSUMS_NAME, text.encode("utf-8"))


def verify_store_files(directory: Path) -> None:
    """Check a store's files against what ``dockg load`` recorded.

    Args:
        directory: the store directory.

    Raises:
        StoreError: if a file differs from what was recorded, or cannot be read.
    """
    recorded_path = directory / CHECKSUMS_NAME
    try:
        if not recorded_path.exists():
            return  # loaded by an older dockg: nothing to compare with
        recorded = json.loads(recorded_path.read_text(encoding="utf-8"))["files"]
        for name, expected in sorted(recorded.items()):
            path = directory / name
            if not path.exists():
                continue  # compacted away by a writer since: no damage
            size = path.stat().st_size
            if name.startswith(_APPENDED) and size != expected["size"]:
                continue  # appended to by a writer since
            if size != expected["size"] or _crc32(path) != expected["crc32"]:
                raise StoreError(
                    f"{directory}: the Oxigraph store is damaged ({name} is not the file "
                    f"`dockg load` wrote: its checksum differs); reload it with "
                    f"`dockg load --store oxigraph:{directory}`"
                )
    except OSError as error:
        raise StoreError(
            f"{directory}: cannot read the store ({error.strerror or error}: "
            f"{error.filename or directory})"
        ) from error
    except (ValueError, KeyError, TypeError) as error:
        raise StoreError(
            f"{recorded_path}: unreadable store checksums ({error}); reload the store"
        ) from error
