"""The project's loaded store, kept between commands while the project's files are unchanged.

Every reading command on the default store parses the project into an in-memory
Oxigraph store: half a second for the seed and one imported spreadsheet, most of a
catalogue query's time. When loading takes longer than :data:`MIN_SECONDS`, the loaded
store is also written to an on-disk Oxigraph store in the user's cache folder; the next
command whose project files have the same content (sizes, times and SHA-256, the
manifest ``dockg load`` writes) opens that store read-only in a few milliseconds
instead. Literals Oxigraph would rewrite and language tags it would lower-case read back
as the files wrote them, as from the in-memory store: the restore map is kept beside it.

The cache is only ever a copy: any failure to read or write it falls back to loading
the project, and a changed, added or removed file makes it unused (and replaced).
``DOCKG_CACHE_DIR`` moves it; ``DOCKG_STORE_CACHE=off`` turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal

from dockg.namespaces import XSD
from dockg.project import Project
from dockg.store.convert import literal_to_rdflib
from dockg.store.integrity import record_store_files, verify_store_files
from dockg.store.manifest import Manifest
from dockg.store.oxigraph import OxigraphStore

#: Loads faster than this are not worth a copy on disk (and tests make many small ones);
#: ``DOCKG_STORE_CACHE_MIN_SECONDS`` changes it.
MIN_SECONDS = 0.25
RESTORE_NAME = "dockg-restore.json"


def cache_root() -> Path:
    """The folder holding the cached stores (``$DOCKG_CACHE_DIR`` or the user cache)."""
    configured = os.environ.get("DOCKG_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dockg" / "stores"


def enabled() -> bool:
    """Whether reading commands use the cache (``DOCKG_STORE_CACHE=off`` turns it off)."""
    return os.environ.get("DOCKG_STORE_CACHE", "on").lower() not in ("off", "0", "no")


def _slot(project: Project) -> Path:
    """One folder per project (by its absolute path): a new load replaces the old."""
    key = hashlib.sha256(str(project.root.resolve()).encode()).hexdigest()[:16]
    return cache_root() / key


def open_cached(project: Project) -> OxigraphStore | None:
    """The cached store of a project, if its files have not changed since it was written.

    Args:
        project: the project (not a bare one).

    Returns:
        The store, read-only, reading back literals as written; ``None`` if there is no
        fresh copy (or it cannot be read).
    """
    store_dir = _slot(project) / "store"
    try:
        manifest = Manifest.read(store_dir)
        if manifest is None or manifest.changes(project):
            return None
        restore = json.loads((store_dir / RESTORE_NAME).read_text(encoding="utf-8"))
        verify_store_files(store_dir)  # a damaged copy must not reach RocksDB (issue 14)
        store = OxigraphStore(store_dir, read_only=True)
        store.is_cache = True
    except Exception:  # a cache that cannot be read is no cache
        return None
    store.terms.restore = {
        _ox_literal(canonical): _rdflib_literal(written)
        for canonical, written in restore["literals"]
    }
    store.terms.languages = dict(restore["languages"])
    return store


def write_cache(project: Project, store: OxigraphStore) -> None:
    """Keep a copy of a project's freshly loaded in-memory store, if it was slow to load.

    Written beside the old copy and switched in by renames, so a command reading the old
    copy meanwhile is not disturbed; failures are ignored (the cache is only a copy).

    Args:
        project: the project the store was loaded from.
        store: the in-memory store, just loaded (its manifest lists the files read).
    """
    manifest = store.manifest
    if manifest is None or store.path is not None or store.undeclared:
        return
    threshold = float(os.environ.get("DOCKG_STORE_CACHE_MIN_SECONDS", MIN_SECONDS))
    if manifest.seconds < threshold or not enabled():
        return
    slot = _slot(project)
    fresh = slot / f".store-{os.getpid()}-{time.monotonic_ns()}"
    try:
        fresh.mkdir(parents=True)
        dump = io.BytesIO()
        store.native.dump(dump, format=ox.RdfFormat.N_QUADS)
        native = ox.Store(str(fresh))
        native.bulk_load(dump.getvalue(), format=ox.RdfFormat.N_QUADS)
        native.flush()
        del native
        record_store_files(fresh)  # the copy is checked like a loaded store when opened
        restore = {
            "literals": [
                [_literal_json(canonical), _literal_json(written)]
                for canonical, written in store.terms.restore.items()
            ],
            "languages": sorted(store.terms.languages.items()),
        }
        (fresh / RESTORE_NAME).write_text(json.dumps(restore), encoding="utf-8")
        manifest.write(fresh)  # last: a folder without it is never opened
        current = slot / "store"
        old = slot / f".old-{os.getpid()}-{time.monotonic_ns()}"
        with contextlib.suppress(FileNotFoundError):
            current.rename(old)
        fresh.rename(current)
    except Exception:  # a cache that cannot be written is no cache
        pass
    finally:
        for leftover in slot.glob(".*-*") if slot.exists() else ():
            if leftover.is_dir() and not _in_progress(leftover):
                shutil.rmtree(leftover, ignore_errors=True)


def _in_progress(folder: Path) -> bool:
    """True for a copy another live process is still writing."""
    try:
        pid = int(folder.name.split("-")[1])
    except (IndexError, ValueError):
        return False
    if pid == os.getpid() or not folder.name.startswith(".store-"):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _literal_json(literal: ox.Literal | Literal) -> list[str | None]:
    if isinstance(literal, ox.Literal):
        language = literal.language
        return [literal.value, language, None if language else literal.datatype.value]
    datatype = None if literal.language else str(literal.datatype or "")
    return [str(literal), literal.language, datatype or None]


def _ox_literal(parts: list[str | None]) -> ox.Literal:
    value, language, datatype = parts
    assert value is not None
    if language:
        return ox.Literal(value, language=language)
    return ox.Literal(value, datatype=ox.NamedNode(datatype) if datatype else None)


def _rdflib_literal(parts: list[str | None]) -> Literal:
    value, language, datatype = parts
    assert value is not None
    return literal_to_rdflib(value, language, datatype or str(XSD.string))
