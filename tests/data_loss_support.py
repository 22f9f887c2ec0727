"""Running ``dockg`` as the reliability probe did: killed, stopped, or without privileges.

The kills and stops are real signals, placed by :mod:`dockg.crash` (``DOCKG_CRASH_AT``,
``DOCKG_STOP_AT``). Permission cases must hold when the tests run as root, as CI does:
root reads any folder, so :data:`UNPRIVILEGED` runs the command without the two
capabilities that let it (``setpriv`` drops them from the bounding set).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

#: The prefix that runs a command without the power to read what its mode forbids.
UNPRIVILEGED = (
    ("setpriv", "--bounding-set=-dac_override,-dac_read_search") if os.geteuid() == 0 else ()
)
TIMEOUT = 300

#: An edit that changes the outputs and the store of the ``mini`` project, nothing else.
OLD_TITLE = '"A mini filmography"@en'
NEW_TITLE = '"A mini filmography, revised"@en'


def command(*args: str | os.PathLike[str], prefix: tuple[str, ...] = ()) -> list[str]:
    return [*prefix, sys.executable, "-m", "dockg", *map(str, args)]


def environment(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONHASHSEED": "0", **extra}


def run(
    *args: str | os.PathLike[str],
    cwd: Path | None = None,
    prefix: tuple[str, ...] = (),
    **env: str,
) -> subprocess.CompletedProcess[str]:
    """Run ``dockg ARGS`` to its end (or its kill); ``env`` adds environment variables."""
    return subprocess.run(
        command(*args, prefix=prefix),
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment(**env),
        timeout=TIMEOUT,
        check=False,
    )


def start_stopped(*args: str | os.PathLike[str], at: str) -> subprocess.Popen[str]:
    """Start ``dockg ARGS`` and return once it has stopped itself at point ``at``."""
    process = subprocess.Popen(
        command(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(DOCKG_STOP_AT=at),
    )
    deadline = time.monotonic() + TIMEOUT
    while _state(process.pid) != "T":
        if process.poll() is not None:
            raise AssertionError(f"it ended before {at}: {process.communicate()}")
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"it did not reach {at}")
        time.sleep(0.02)
    return process


def _state(pid: int) -> str:
    text = Path(f"/proc/{pid}/stat").read_text()
    return text[text.rindex(")") + 2]


def revise(project: Path) -> None:
    """Change one title in ``data/films.ttl`` of a copy of the ``mini`` project."""
    films = project / "data" / "films.ttl"
    text = films.read_text(encoding="utf-8")
    assert OLD_TITLE in text
    films.write_text(text.replace(OLD_TITLE, NEW_TITLE), encoding="utf-8")


def temp_files(folder: Path) -> list[str]:
    """dockg's temporary files under ``folder``, as relative paths."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob(".*.tmp"))
