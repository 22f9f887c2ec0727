"""The package keeps its types and its lint: mypy (its settings in pyproject.toml; the
package ships ``py.typed``, so its users' type checkers read its annotations) and ruff
over the sources and the tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"MYPY_CACHE_DIR": str(cache / "mypy"), "RUFF_CACHE_DIR": str(cache / "ruff")},
    )


def test_the_package_type_checks(tmp_path: Path) -> None:
    run = _run("mypy", cache=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr


def test_sources_and_tests_pass_the_linter(tmp_path: Path) -> None:
    run = _run("ruff", "check", "--no-fix", "src", "tests", cache=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
