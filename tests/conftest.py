"""Shared fixtures: the ``mini`` fixture project, loaded once per session, and a CLI runner.

``tests/fixtures/mini`` is a complete small dockg project (ontology aligned to
schema.org, shapes, a whole-graph check, two data graphs with a contested year, three
queries). ``tests/fixtures/bad`` holds files that each break one rule. Session-scoped
datasets are shared: tests must not change them (use ``mini_copy`` to change files).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from dockg.loading import LoadedDataset, load_dataset
from dockg.materialize import materialize
from dockg.project import Project

TESTS = Path(__file__).resolve().parent
MINI = TESTS / "fixtures" / "mini"
BAD = TESTS / "fixtures" / "bad"

# Stores the default path keeps between commands (dockg.store.cache) go to a folder of
# this run, inherited by every dockg the tests start, not to the user's cache.
os.environ.setdefault("DOCKG_CACHE_DIR", tempfile.mkdtemp(prefix="dockg-test-cache-"))


@pytest.fixture(scope="session")
def bad_dir() -> Path:
    """``tests/fixtures/bad``: files that each break one loading or validation rule."""
    return BAD


@pytest.fixture(scope="session")
def mini_project_dir() -> Path:
    """``tests/fixtures/mini``, for tests that pass it to the CLI; do not change it."""
    return MINI


@pytest.fixture(scope="session")
def mini_project() -> Project:
    """The ``mini`` fixture project."""
    return Project.open(MINI)


@pytest.fixture(scope="session")
def mini_raw(mini_project: Project) -> LoadedDataset:
    """``mini`` as loaded, without the schema.org view. Read only."""
    return load_dataset(mini_project)


@pytest.fixture(scope="session")
def mini_loaded(mini_project: Project) -> LoadedDataset:
    """``mini`` loaded and materialized, as the CLI sees it. Read only."""
    loaded = load_dataset(mini_project)
    materialize(loaded)
    return loaded


@pytest.fixture(scope="session")
def bad_loaded(mini_project: Project) -> LoadedDataset:
    """``mini`` plus ``bad/bad-record.ttl`` (two violations), materialized. Read only."""
    loaded = load_dataset(mini_project, extra_files=[BAD / "bad-record.ttl"])
    materialize(loaded)
    return loaded


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    """A private copy of the ``mini`` project that a test may change."""
    root = tmp_path / "mini"
    shutil.copytree(MINI, root)
    return root


@dataclass(frozen=True)
class Run:
    """The outcome of one ``dockg`` process."""

    code: int
    stdout: str
    stderr: str


def run_dockg(*args: str | os.PathLike[str], cwd: Path | None = None, seed: str = "0") -> Run:
    """Run ``python -m dockg ARGS`` in a fresh process, as a user would.

    Args:
        args: command-line arguments.
        cwd: working directory (default: the tests directory).
        seed: ``PYTHONHASHSEED``, to check output does not depend on hash order.

    Returns:
        Exit code, stdout and stderr.
    """
    env = {**os.environ, "PYTHONHASHSEED": seed}
    process = subprocess.run(
        [sys.executable, "-m", "dockg", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd or TESTS,
        env=env,
        timeout=900,  # a hung command fails the test; a busy machine must not
        check=False,
    )
    return Run(process.returncode, process.stdout, process.stderr)


@pytest.fixture(scope="session")
def dockg() -> Callable[..., Run]:
    """The :func:`run_dockg` function, for tests that drive the CLI in a subprocess."""
    return run_dockg
