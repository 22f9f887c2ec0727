"""Build: outputs written all at once, and nothing written when validation fails."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from dockg.atomic import write_all_atomic, write_atomic
from dockg.build import BuildFailed, build
from dockg.errors import ExitCode, OutputError
from dockg.project import Project

OUTPUTS = [
    "context.jsonld",
    "dockg.jsonld",
    "dockg.nq",
    "dockg.trig",
    "dockg.ttl",
    "validation.txt",
    "void.ttl",
]


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def test_build_writes_every_output(mini_copy: Path) -> None:
    result = build(Project.open(mini_copy))
    assert result.out_dir == mini_copy / "build"
    assert sorted(p.name for p in result.files) == OUTPUTS
    assert sorted(_snapshot(result.out_dir)) == OUTPUTS
    report = (result.out_dir / "validation.txt").read_text()
    assert "film:short-thaw" in report and "conforms: 0 violations, 1 warning, 1 info" in report
    assert result.materialized.total == 19
    assert result.stats.triples > 0


def test_build_to_another_directory(mini_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "elsewhere"
    build(Project.open(mini_copy), out_dir=out)
    assert sorted(_snapshot(out)) == OUTPUTS
    assert not (mini_copy / "build").exists()


def test_failed_build_leaves_previous_outputs_intact(mini_copy: Path, bad_dir: Path) -> None:
    build(Project.open(mini_copy))
    before = _snapshot(mini_copy / "build")
    shutil.copy(bad_dir / "bad-record.ttl", mini_copy / "data" / "bad-record.ttl")

    with pytest.raises(BuildFailed) as caught:
        build(Project.open(mini_copy))

    assert caught.value.exit_code == ExitCode.VIOLATIONS
    assert "film:untitled" in caught.value.message
    assert caught.value.message.endswith(f"build failed: nothing written to {mini_copy / 'build'}")
    assert not caught.value.report.conforms
    assert _snapshot(mini_copy / "build") == before  # byte-identical, and no temporary files


def test_write_all_atomic_changes_nothing_when_one_file_fails(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("old a")
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a directory should be")
    with pytest.raises(OutputError, match=r"cannot write .*blocker/b\.txt"):
        write_all_atomic({tmp_path / "a.txt": "new a", blocker / "b.txt": "b"})
    assert (tmp_path / "a.txt").read_text() == "old a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "blocker"]


def test_write_all_atomic_removes_temporaries_when_replacing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match=r"cannot replace .*a\.txt: Permission denied"):
        write_all_atomic({tmp_path / "a.txt": "a", tmp_path / "b.txt": b"b"})
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_gives_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_atomic(target, "text")
    umask = os.umask(0)
    os.umask(umask)
    assert target.read_text() == "text"
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
