"""Nothing lost in the project's files (issue 14, items 1-3).

Sources that cannot be read are errors, never a graph fewer; two runs writing one project
cannot both write; a build killed at any point leaves one whole set of outputs, and the
next run clears what a killed one left.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from data_loss_support import (
    NEW_TITLE,
    OLD_TITLE,
    UNPRIVILEGED,
    revise,
    run,
    start_stopped,
    temp_files,
)
from dockg.build import CONTEXT_OUTPUT, DESCRIPTION_OUTPUT, GRAPH_OUTPUTS, REPORT_OUTPUT
from dockg.errors import ExitCode, InputError
from dockg.project import Project
from ingest_page_support import PROGRAMME_SEED, seed_project_copy

#: What a build writes (the names are not what these tests are about).
OUTPUTS = {*GRAPH_OUTPUTS, CONTEXT_OUTPUT, REPORT_OUTPUT, DESCRIPTION_OUTPUT}


# 1. Sources that cannot be read or followed


def test_an_unreadable_data_folder_fails_the_build_naming_it(mini_copy: Path) -> None:
    folder = mini_copy / "data" / "festival"
    folder.chmod(0)
    try:
        built = run("--project", mini_copy, "build", prefix=UNPRIVILEGED)
    finally:
        folder.chmod(0o755)
    assert built.returncode == ExitCode.USAGE
    assert built.stderr == "dockg: error: data/festival: cannot read: Permission denied\n"
    assert not (mini_copy / "build").exists()


@pytest.mark.parametrize(
    ("link", "target", "message"),
    [
        ("data/loop", "loop", "data/loop: cannot read: Too many levels of symbolic links"),
        (
            "data/festival/up",
            "..",
            "data/festival/up: cannot read: a symbolic link loop (it leads back to data)",
        ),
        (
            "data/gone.ttl",
            "moved.ttl",
            "data/gone.ttl: cannot read: a symbolic link to moved.ttl, which does not exist",
        ),
        (
            "ontology/extra.ttl",
            "/nonexistent/extra.ttl",
            "ontology/extra.ttl: cannot read: a symbolic link to /nonexistent/extra.ttl, "
            "which does not exist",
        ),
    ],
    ids=["self-loop", "loop-to-ancestor", "dangling-data", "dangling-ontology"],
)
def test_a_link_that_cannot_be_followed_is_an_input_error(
    mini_copy: Path, link: str, target: str, message: str
) -> None:
    (mini_copy / link).symlink_to(target)
    with pytest.raises(InputError) as caught:
        Project.open(mini_copy)
    assert caught.value.message == message
    assert caught.value.exit_code == ExitCode.USAGE


def test_a_link_to_a_folder_elsewhere_is_followed(mini_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    (mini_copy / "data" / "festival").rename(outside)
    (mini_copy / "data" / "festival").symlink_to(outside)
    project = Project.open(mini_copy)
    assert [p.name for p in project.graph_files] == ["mini.ttl", "catalogue.ttl", "films.ttl"]


def test_an_editors_lock_link_is_no_broken_source(mini_copy: Path) -> None:
    (mini_copy / "data" / ".#films.ttl").symlink_to("someone@host.1234:1700000000")
    assert len(Project.open(mini_copy).graph_files) == 3


def test_the_build_stops_at_a_symlink_loop_with_exit_2(mini_copy: Path) -> None:
    (mini_copy / "data" / "loop").symlink_to("loop")
    built = run("--project", mini_copy, "build")
    assert built.returncode == ExitCode.USAGE
    assert "data/loop: cannot read: Too many levels of symbolic links" in built.stderr
    assert "Traceback" not in built.stderr


# 2. One writer at a time


@pytest.mark.parametrize(
    "second",
    [
        ("ingest", "page", PROGRAMME_SEED, "--slug", "race"),
        ("build",),
        ("load", "--store", "oxigraph:store"),
    ],
    ids=["same-import", "build", "load"],
)
def test_a_run_racing_an_import_exits_busy_and_writes_nothing(
    tmp_path: Path, second: tuple[str, ...]
) -> None:
    root = seed_project_copy(tmp_path / "seed")
    first = start_stopped(
        "--project", root, "ingest", "page", PROGRAMME_SEED, "--slug", "race",
        at="project:locked",
    )  # fmt: skip
    try:
        raced = run("--project", root, *second, cwd=root)
    finally:
        os.kill(first.pid, signal.SIGCONT)
        out, err = first.communicate(timeout=300)
    assert raced.returncode == ExitCode.BUSY
    assert raced.stdout == ""
    doing = "dockg " + " ".join(second[:2] if second[0] == "ingest" else second[:1])
    assert raced.stderr == (
        f"dockg: error: {root}: another dockg run is writing this project (process "
        f"{first.pid}: dockg ingest page); {doing} did nothing. Wait for it to finish, "
        "then run it again\n"
    )
    assert first.returncode == 0, err
    assert out.startswith(f"wrote {root}/data/imported/race.ttl (")
    assert not (root / "build").exists() and not (root / "store").exists()
    assert not (root / ".dockg.lock").exists()  # the winner leaves nothing behind


def test_runs_one_after_the_other_both_write(tmp_path: Path) -> None:
    root = seed_project_copy(tmp_path / "seed")
    assert run("ingest", "page", PROGRAMME_SEED, "--slug", "again", cwd=root).returncode == 0
    built = run("build", cwd=root)
    assert built.returncode == 0, built.stderr
    assert "graph:again" in built.stdout


# 3. Build outputs replaced as one set; leftovers of killed runs cleared


def _outputs(project: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (project / "build").iterdir()}


def _sets(project: Path) -> list[str]:
    return sorted(p.name for p in project.iterdir() if p.name.startswith(".build."))


def _current(project: Path) -> str:
    return os.readlink(project / "build")


def _title_everywhere(outputs: dict[str, bytes], title: str) -> bool:
    graphs = ("dockg.trig", "dockg.nq", "dockg.ttl", "dockg.jsonld")
    return all(title.encode() in outputs[name] for name in graphs)


def test_a_build_killed_before_the_switch_leaves_the_old_set_whole(mini_copy: Path) -> None:
    assert run("--project", mini_copy, "build").returncode == 0
    before = _outputs(mini_copy)
    revise(mini_copy)
    killed = run("--project", mini_copy, "build", DOCKG_CRASH_AT="build:set-written")
    assert killed.returncode == -signal.SIGKILL
    assert _outputs(mini_copy) == before  # every output is the old one
    assert len(_sets(mini_copy)) == 2  # the killed run's unfinished set is left over
    again = run("--project", mini_copy, "build")
    assert again.returncode == 0, again.stderr
    after = _outputs(mini_copy)
    assert set(after) == OUTPUTS
    assert _title_everywhere(after, NEW_TITLE.split('"')[1])
    assert _sets(mini_copy) == [_current(mini_copy)]  # the leftover is gone
    assert temp_files(mini_copy) == []


def test_a_build_killed_after_the_switch_has_the_whole_new_set(mini_copy: Path) -> None:
    assert run("--project", mini_copy, "build").returncode == 0
    revise(mini_copy)
    killed = run("--project", mini_copy, "build", DOCKG_CRASH_AT="build:switched")
    assert killed.returncode == -signal.SIGKILL
    after = _outputs(mini_copy)
    assert set(after) == OUTPUTS
    assert _title_everywhere(after, NEW_TITLE.split('"')[1])
    assert not any(OLD_TITLE.split('"')[1].encode() + b'"' in data for data in after.values())
    assert len(_sets(mini_copy)) == 2  # the old set, not yet removed
    assert run("--project", mini_copy, "build").returncode == 0
    assert _sets(mini_copy) == [_current(mini_copy)]


def _old_style_build_folder(project: Path) -> None:
    """``build/`` as dockg wrote it before: a real folder, with a store and a killed
    run's temporary file in it."""
    build = project / "build"
    (build / "store").mkdir(parents=True)
    (build / "store" / "MANIFEST").write_text("kept\n", encoding="utf-8")
    (build / "dockg.trig").write_text("old\n", encoding="utf-8")
    (build / ".dockg.trig.k2j3h4.tmp").write_text("half", encoding="utf-8")


@pytest.mark.parametrize("crash", ["", "build:moved-aside"], ids=["plain", "killed-once"])
def test_a_real_build_folder_becomes_a_set_keeping_what_else_it_holds(
    mini_copy: Path, crash: str
) -> None:
    _old_style_build_folder(mini_copy)
    if crash:
        killed = run("--project", mini_copy, "build", DOCKG_CRASH_AT=crash)
        assert killed.returncode == -signal.SIGKILL
    built = run("--project", mini_copy, "build")
    assert built.returncode == 0, built.stderr
    build = mini_copy / "build"
    assert build.is_symlink()
    assert (build / "store" / "MANIFEST").read_text(encoding="utf-8") == "kept\n"
    assert {p.name for p in build.iterdir()} == OUTPUTS | {"store"}
    assert (build / "dockg.trig").read_bytes() != b"old\n"
    assert _sets(mini_copy) == [_current(mini_copy)]
    assert temp_files(mini_copy) == []


def test_a_killed_import_leaves_a_temporary_file_the_next_run_removes(tmp_path: Path) -> None:
    root = seed_project_copy(tmp_path / "seed")
    killed = run(
        "ingest", "page", PROGRAMME_SEED, "--slug", "killed", cwd=root,
        DOCKG_CRASH_AT="write:temps-written",
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL
    [left] = temp_files(root / "data")
    assert left.startswith("imported/.killed.ttl.")
    assert not (root / "data" / "imported" / "killed.ttl").exists()
    built = run("build", cwd=root)
    assert built.returncode == 0, built.stderr
    assert temp_files(root / "data") == []


def test_the_outputs_never_replace_a_project_folder(mini_copy: Path) -> None:
    built = run("--project", mini_copy, "build", "--out", mini_copy)
    assert built.returncode == ExitCode.UNWRITABLE_OUTPUT
    assert built.stderr == (
        f"dockg: error: cannot write the outputs to {mini_copy}: it holds the working "
        "directory or a project, and the output directory is replaced as a whole; give "
        "another --out\n"
    )
    assert not mini_copy.is_symlink() and not (mini_copy / "dockg.trig").exists()
