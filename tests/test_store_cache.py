"""The default store's copy between commands (dockg.store.cache): used only while fresh.

Issue 11: a reading command on an unchanged project opens the copy the previous command
kept instead of parsing the project again. It must read exactly like the freshly loaded
in-memory store (literals as the files wrote them), never be used once a file changed,
and never make a command fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dockg.canonical import Snapshot
from dockg.export import ExportFormat, serialize_all
from dockg.project import Project, copy_project
from dockg.store import cache
from dockg.store.open import open_store
from dockg.store.oxigraph import OxigraphStore

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    """A copy of the seed project, its cache in a folder of its own, every load kept."""
    copy_project(ROOT, tmp_path / "project", leave_out=("imported",))
    monkeypatch.setenv("DOCKG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("DOCKG_STORE_CACHE_MIN_SECONDS", "0")
    monkeypatch.delenv("DOCKG_STORE_CACHE", raising=False)
    return Project.open(tmp_path / "project")


def _open(project: Project) -> OxigraphStore:
    store = open_store("oxigraph", project, cached=True)
    assert isinstance(store, OxigraphStore)
    return store


def test_the_second_command_reads_the_copy_as_the_first_read_the_files(project: Project) -> None:
    first = _open(project)
    assert not first.is_cache and first.terms.restore  # the seed has literals to restore
    second = _open(project)
    assert second.is_cache and second.read_only
    assert Snapshot.of_quads(second.quads()) == Snapshot.of_quads(first.quads())
    assert second.source_files == first.source_files
    # exported, the copy gives the bytes the in-memory store gives (not Oxigraph's forms)
    formats = [ExportFormat.TURTLE, ExportFormat.NQUADS]
    assert serialize_all(second, formats) == serialize_all(first, formats)
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert list(second.query(query)) == list(first.query(query))


def test_a_changed_file_is_read_again_and_replaces_the_copy(project: Project) -> None:
    _open(project)
    assert _open(project).is_cache
    data = project.root / "data" / "curated" / "general-knowledge.ttl"
    data.write_text(data.read_text(encoding="utf-8").replace("@en", "@en-GB", 1), encoding="utf-8")
    changed = _open(project)
    assert not changed.is_cache
    again = _open(project)
    assert again.is_cache
    assert Snapshot.of_quads(again.quads()) == Snapshot.of_quads(changed.quads())


def test_a_removed_file_is_not_served_from_the_copy(project: Project) -> None:
    _open(project)
    (project.root / "data" / "curated" / "general-knowledge.ttl").unlink()
    store = _open(Project.open(project.root))
    assert not store.is_cache
    assert not any("general-knowledge" in shown for shown in store.source_files.values())


def test_a_damaged_copy_is_ignored(project: Project) -> None:
    _open(project)
    slot = next(Path(cache.cache_root()).iterdir())
    (slot / "store" / cache.RESTORE_NAME).write_text("not json", encoding="utf-8")
    store = _open(project)
    assert not store.is_cache  # loaded again, no error
    assert _open(project).is_cache  # and the copy written anew


def test_a_copy_with_flipped_bits_is_ignored(project: Project) -> None:
    """A damaged copy must not reach RocksDB, which may not stop allocating (issue 14)."""
    first = _open(project)
    slot = next(Path(cache.cache_root()).iterdir())
    largest = max((slot / "store").glob("*.sst"), key=lambda p: p.stat().st_size)
    data = bytearray(largest.read_bytes())
    for at in range(100, len(data), max(1, len(data) // 8)):
        data[at] ^= 0x10
    largest.write_bytes(bytes(data))
    store = _open(project)
    assert not store.is_cache  # loaded again, no error
    assert Snapshot.of_quads(store.quads()) == Snapshot.of_quads(first.quads())
    assert _open(project).is_cache  # and the copy written anew


def test_small_or_switched_off_loads_keep_no_copy(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKG_STORE_CACHE", "off")
    _open(project)
    assert not _open(project).is_cache
    monkeypatch.delenv("DOCKG_STORE_CACHE")
    monkeypatch.setenv("DOCKG_STORE_CACHE_MIN_SECONDS", "3600")
    _open(project)
    assert not _open(project).is_cache
    assert not any(Path(cache.cache_root()).glob("*/store"))


def test_commands_give_the_same_answers_from_the_copy(project: Project, dockg) -> None:  # type: ignore[no-untyped-def]
    runs = [dockg("query", "films-about-topic", cwd=project.root) for _ in range(2)]
    assert any(Path(cache.cache_root()).glob("*/store"))
    assert runs[0].code == runs[1].code == 0
    assert runs[0].stdout == runs[1].stdout and runs[0].stdout.strip()
