"""A damaged or unreadable Oxigraph store directory: every command says so (exit 8) in
bounded memory, and ``dockg load`` repairs it (issue 14, "Crashes" 7).

Bits are flipped in the files of a real store; the commands run in real processes under a
cap on their address space, as a researcher's machine would stop them."""

from __future__ import annotations

import os
import random
import resource
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from conftest import MINI, Run
from dockg.errors import ExitCode

#: The address space a command may use here: far more than it needs on the mini store,
#: far less than a runaway allocation (a damaged store made ``dockg stats`` grow to 18.7 GB).
MEMORY_CAP = 4 << 30
#: Drops root's right to read what its permissions forbid (the tests run as root in CI).
NO_OVERRIDE = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _dockg(*args: str | Path, prefix: Sequence[str] = ()) -> Run:
    process = subprocess.run(
        [*prefix, sys.executable, "-m", "dockg", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        preexec_fn=_capped,
    )
    return Run(process.returncode, process.stdout, process.stderr)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store of the mini project, loaded by ``dockg load``."""
    path = tmp_path / "store"
    run = _dockg("--project", MINI, "load", "--store", f"oxigraph:{path}")
    assert run.code == 0, run.stderr
    return path


def _flip_bits(store: Path, seed: int) -> list[str]:
    """Flip eight bits in each of the write-ahead log and the two largest data files;
    the names of the files changed."""
    rng = random.Random(seed)
    logs = sorted(store.glob("*.log"), key=lambda p: p.stat().st_size)
    tables = sorted(store.glob("*.sst"), key=lambda p: p.stat().st_size)
    # (a writer that opened the store may have moved the log into the tables)
    damaged = [*[p for p in logs[-1:] if p.stat().st_size], *tables[-2:]]
    for path in damaged:
        data = bytearray(path.read_bytes())
        for _ in range(8):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
    return sorted(p.name for p in damaged)


COMMANDS = [
    ["stats"],
    ["conflicts"],
    ["query", "people-named", "--format", "json"],
    ["export", "--format", "nquads", "--output", "OUT"],
]


@pytest.mark.parametrize("seed", [1, 2])
def test_every_command_reports_a_damaged_store_with_exit_8(
    store: Path, tmp_path: Path, seed: int
) -> None:
    """Regression: flipped bits made ``stats`` exhaust memory, and ``query``,
    ``conflicts`` and ``export`` exited 0 (a flipped write-ahead log went unnoticed)."""
    damaged = _flip_bits(store, seed)
    out = tmp_path / "out.nq"
    for command in COMMANDS:
        args = [str(out) if arg == "OUT" else arg for arg in command]
        run = _dockg("--project", MINI, *args, "--store", f"oxigraph:{store}")
        assert run.code == ExitCode.STORE, (command, run.stderr)
        first = sorted(name for name in damaged if name in run.stderr)
        assert run.stderr == (
            f"dockg: error: {store}: the Oxigraph store is damaged ({first[0]} is not the file "
            f"`dockg load` wrote: its checksum differs); reload it with "
            f"`dockg load --store oxigraph:{store}`\n"
        ), command
        assert run.stdout == ""
    assert not out.exists()


def test_reloading_repairs_a_damaged_store(store: Path) -> None:
    """The error's advice works: ``dockg load`` replaces the damaged store without
    opening it."""
    expected = _dockg("--project", MINI, "stats", "--store", f"oxigraph:{store}")
    _flip_bits(store, 3)
    reloaded = _dockg("--project", MINI, "load", "--store", f"oxigraph:{store}")
    assert reloaded.code == 0, reloaded.stderr
    again = _dockg("--project", MINI, "stats", "--store", f"oxigraph:{store}")
    assert (again.code, again.stdout) == (0, expected.stdout)


def test_a_damaged_store_in_use_is_not_replaced(store: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
            "print('open', flush=True); sys.stdin.read()",
            str(store),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        _flip_bits(store, 4)
        run = _dockg("--project", MINI, "load", "--store", f"oxigraph:{store}")
        assert run.code == ExitCode.STORE
        assert run.stderr == (
            f"dockg: error: {store}: the store is in use by another process; stop it, then retry\n"
        )
    finally:
        holder.communicate("")


@pytest.mark.skipif(shutil.which("setpriv") is None, reason="needs setpriv (util-linux)")
def test_a_store_folder_without_read_permission_is_a_clear_error(store: Path) -> None:
    """Regression: a traceback (PermissionError on dockg-store.json)."""
    store.chmod(0)
    try:
        run = _dockg("--project", MINI, "stats", "--store", f"oxigraph:{store}", prefix=NO_OVERRIDE)
    finally:
        store.chmod(0o755)
    assert (run.code, run.stdout) == (ExitCode.STORE, "")
    assert run.stderr == f"dockg: error: {store}: cannot read the store: Permission denied\n"


def test_an_intact_store_passes_the_check(store: Path) -> None:
    run = _dockg("--project", MINI, "stats", "--store", f"oxigraph:{store}")
    assert run.code == 0, run.stderr
    assert os.path.exists(store / "dockg-store-files.json")
