"""README and the reference topics stay true: README's commands are the ones CI runs, and
every sample output, in README and in every topic of ``src/dockg/docs/``, is real.

Two kinds of example are run against the code: a ```text block after a
``<!-- readme-check: dockg ... -->`` comment (the command's standard output), and a
```console block of ``$ dockg ...`` lines each followed by what the terminal shows
(standard output, then standard error).
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = sorted((ROOT / "src" / "dockg" / "docs").glob("*.md"))


def _checked(path: Path) -> list[tuple[str, str, str, bool]]:
    """(where, command, expected output, console?) of every example in a Markdown file."""
    text = path.read_text(encoding="utf-8")
    where = path.relative_to(ROOT).as_posix()
    found = [
        (where, command, expected, False)
        for command, expected in re.findall(
            r"<!-- readme-check: (.+?) -->\n```text\n(.*?)```", text, flags=re.S
        )
    ]
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.S):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, expected = chunk.partition("\n")
            found.append((where, command, expected, True))
    return found


CHECKED = [c for path in (ROOT / "README.md", *DOCS) for c in _checked(path)]


def test_ci_runs_the_readme_test_command() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)
    test_command = next(b for b in blocks if "pytest" in b)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_readme_has_a_build_command() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)
    assert any(b.endswith("dockg build") and "pip install" in b for b in blocks)


def test_readme_is_a_guide_not_a_manual() -> None:
    assert len(README.splitlines()) < 350


def test_readme_links_only_to_topics_that_exist() -> None:
    linked = set(re.findall(r"\]\(src/dockg/docs/([a-z0-9-]+)\.md", README))
    assert linked, "README links to the reference topics"
    assert linked <= {p.stem for p in DOCS}


def test_there_are_checked_examples() -> None:
    assert len([c for c in CHECKED if c[0] == "README.md"]) >= 3
    assert any(c[0] != "README.md" for c in CHECKED)


@pytest.mark.parametrize(
    ("where", "command", "expected", "console"),
    CHECKED,
    ids=[f"{w}: {c}" for w, c, _, _ in CHECKED],
)
def test_example_output_is_real(where: str, command: str, expected: str, console: bool) -> None:
    argv = shlex.split(command)
    assert argv[0] == "dockg", f"{where}: examples run dockg, not {argv[0]!r}"
    done = subprocess.run(
        [sys.executable, "-m", "dockg", "--project", str(ROOT), *argv[1:]],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if console:  # what a terminal shows, an error message included
        assert done.stdout + done.stderr == expected
        return
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected
