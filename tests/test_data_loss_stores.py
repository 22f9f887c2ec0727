"""Nothing lost in the stores (issue 14, items 1, 4 and 5).

A load refuses a store that ``dockg serve`` reads; a load killed between its renames is
finished on the next open; ``push --prune`` drops no graph whose file could not be read;
an interrupted chunked push leaves a staging graph that stats ignores and the next push
drops.
"""

from __future__ import annotations

import signal
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from data_loss_support import UNPRIVILEGED, revise, run
from dockg.errors import ExitCode
from dockg.iris import PUSH_STAGING
from dockg.store.manifest import MANIFEST_NAME
from dockg.store.sparql import SparqlStore
from oxigraph_server import OxigraphServer, running_server
from server_support import running_server as running_dockg_server


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[OxigraphServer]:
    yield from running_server(tmp_path)


def _leftovers(store: Path) -> list[str]:
    return sorted(
        p.name.rsplit("-", 1)[0]
        for p in store.parent.iterdir()
        if p.name.startswith(f".{store.name}.") and not p.name.endswith(".lock")
    )


# 4. Loading beside a server, and recovering a killed load


def test_load_refuses_a_store_that_dockg_serve_reads(mini_copy: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run("--project", mini_copy, "load", "--store", f"oxigraph:{store}").returncode == 0
    manifest = (store / MANIFEST_NAME).read_bytes()
    with running_dockg_server("--store", f"oxigraph:{store}", project=mini_copy) as server:
        revise(mini_copy)
        refused = run("--project", mini_copy, "load", "--store", f"oxigraph:{store}")
        ask = urllib.request.urlopen(server.sparql + "?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")
        assert b"true" in ask.read()  # the server still answers from its store
    assert refused.returncode == ExitCode.STORE
    assert refused.stderr == (
        f"dockg: error: {store}: the store is in use by another process (a `dockg serve`, "
        "a dockg command reading it, or an `oxigraph serve`); stop it or wait, then retry\n"
    )
    assert (store / MANIFEST_NAME).read_bytes() == manifest  # the old store, not replaced
    assert _leftovers(store) == []
    # once the server is gone, the load goes through
    assert run("--project", mini_copy, "load", "--store", f"oxigraph:{store}").returncode == 0


@pytest.mark.parametrize("next_run", ["stats", "load"])
def test_a_load_killed_after_its_first_rename_is_finished_next_time(
    mini_copy: Path, tmp_path: Path, next_run: str
) -> None:
    store = tmp_path / "store"
    spec = f"oxigraph:{store}"
    assert run("--project", mini_copy, "load", "--store", spec).returncode == 0
    revise(mini_copy)
    killed = run("--project", mini_copy, "load", "--store", spec, DOCKG_CRASH_AT="load:swapped-out")
    assert killed.returncode == -signal.SIGKILL
    assert not store.exists()  # the old store moved aside, the new one not yet in place
    assert _leftovers(store) == [".store.loading", ".store.old"]
    recovered = run("--project", mini_copy, next_run, "--store", spec)
    assert recovered.returncode == 0, recovered.stderr
    assert _leftovers(store) == []
    # the killed load's store is the one in place: it matches the revised project
    stats = run("--project", mini_copy, "stats", "--store", spec)
    assert stats.returncode == 0, stats.stderr


def test_the_staging_folder_of_a_dead_load_is_removed(mini_copy: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    finished = subprocess.Popen(["true"])
    finished.wait()
    staging = tmp_path / f".store.loading-{finished.pid}"
    staging.mkdir()
    (staging / "half-written").write_bytes(b"x")
    assert run("--project", mini_copy, "load", "--store", f"oxigraph:{store}").returncode == 0
    assert _leftovers(store) == []


# 1. --prune never drops a graph because its file could not be read


def test_push_prune_drops_nothing_when_a_folder_cannot_be_read(
    mini_copy: Path, oxigraph_server: OxigraphServer
) -> None:
    target = SparqlStore(oxigraph_server.query_url, oxigraph_server.update_url)
    assert run("--project", mini_copy, "push", "--store", oxigraph_server.spec).returncode == 0
    before = target.managed_graphs()
    assert len(before) == 3
    folder = mini_copy / "data" / "festival"
    folder.chmod(0)
    try:
        pruned = run(
            "--project", mini_copy, "push", "--prune", "--store", oxigraph_server.spec,
            prefix=UNPRIVILEGED,
        )  # fmt: skip
    finally:
        folder.chmod(0o755)
    assert pruned.returncode == ExitCode.USAGE
    assert pruned.stderr == "dockg: error: data/festival: cannot read: Permission denied\n"
    assert target.managed_graphs() == before


# 5. Staging graphs of an interrupted push


def test_an_interrupted_chunked_push_is_cleaned_up_by_the_next(
    mini_copy: Path, oxigraph_server: OxigraphServer
) -> None:
    spec = oxigraph_server.spec
    target = SparqlStore(oxigraph_server.query_url, oxigraph_server.update_url)
    killed = run(
        "--project", mini_copy, "push", "--store", spec, "--chunk", "5",
        DOCKG_CRASH_AT="push:staged",
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL
    [staging] = target.graphs_starting_with(str(PUSH_STAGING))
    stats = run("--project", mini_copy, "stats", "--store", spec)
    assert stats.returncode == 0, stats.stderr
    assert "staging" not in stats.stdout
    assert stats.stdout.endswith("0 triples in 0 graphs\n")  # the staged triples are no data
    # pushed in one request per graph now: only the cleanup can remove the staging graph
    pushed = run("--project", mini_copy, "push", "--store", spec)
    assert pushed.returncode == 0, pushed.stderr
    assert pushed.stdout.startswith(
        f"dropped {staging} (staging graph of an interrupted push)\npushed 3 graphs"
    )
    again = run("--project", mini_copy, "stats", "--store", spec)
    assert again.stdout.endswith("112 triples in 3 graphs\n")
    assert target.graphs_starting_with(str(PUSH_STAGING)) == []


def test_stats_does_not_count_a_staging_graph(
    mini_copy: Path, oxigraph_server: OxigraphServer
) -> None:
    spec = oxigraph_server.spec
    assert run("--project", mini_copy, "push", "--store", spec).returncode == 0
    clean = run("--project", mini_copy, "stats", "--store", spec)
    assert clean.returncode == 0, clean.stderr
    target = SparqlStore(oxigraph_server.query_url, oxigraph_server.update_url)
    staging = f"{PUSH_STAGING}-0123456789abcdef0123"
    target.update(
        f"INSERT DATA {{ GRAPH <{staging}> {{ <{staging}> a <https://schema.org/Movie> }} }}"
    )
    assert run("--project", mini_copy, "stats", "--store", spec).stdout == clean.stdout


def test_a_server_reading_build_keeps_its_store_and_dumps_across_builds(mini_copy: Path) -> None:
    assert run("build", cwd=mini_copy).returncode == 0
    assert run("load", "--store", "oxigraph:build/store", cwd=mini_copy).returncode == 0
    build = mini_copy / "build"
    dumps = ("--dumps-dir", str(build / "server-dumps"))
    with running_dockg_server(
        "--store", f"oxigraph:{build / 'store'}", *dumps, project=mini_copy
    ) as server:
        first = urllib.request.urlopen(server.url + "dumps/dockg.nq").read()
        for _ in range(2):  # the second build removes the set the server first opened
            rebuilt = run("build", cwd=mini_copy)
            assert rebuilt.returncode == 0, rebuilt.stderr
        assert urllib.request.urlopen(server.url + "dumps/dockg.nq").read() == first
        ask = urllib.request.urlopen(server.sparql + "?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")
        assert b"true" in ask.read()
        # the store kept its path and its readers' lock: a load is still refused
        refused = run("load", "--store", "oxigraph:build/store", cwd=mini_copy)
        assert refused.returncode == ExitCode.STORE, refused.stderr
    assert (build / "store" / MANIFEST_NAME).is_file()
    assert (build / "server-dumps" / "dockg.nq").read_bytes() == first
