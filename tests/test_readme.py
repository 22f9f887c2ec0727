"""README stays true: its commands are the ones CI runs, and its sample outputs are real."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CHECKED = re.findall(r"<!-- readme-check: (.+?) -->\n```text\n(.*?)```", README, flags=re.S)


def test_ci_runs_the_readme_test_command() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)
    test_command = next(b for b in blocks if "pytest" in b)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_readme_has_a_build_command() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)
    assert any(b.endswith("dockg build") and "pip install" in b for b in blocks)


def test_there_are_checked_examples() -> None:
    assert len(CHECKED) >= 3


@pytest.mark.parametrize(("command", "expected"), CHECKED, ids=[c for c, _ in CHECKED])
def test_readme_output_is_real(command: str, expected: str) -> None:
    argv = shlex.split(command)
    assert argv[0] == "dockg"
    done = subprocess.run(
        [sys.executable, "-m", "dockg", "--project", str(ROOT), *argv[1:]],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected
