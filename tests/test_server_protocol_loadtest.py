"""The load-test tool itself, run briefly against the shared server (the real load run
is ``python -m dockg.server.loadtest``, outside the default test run)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dockg.server.loadtest import (
    COMPARED_QUERY,
    LoadReport,
    Target,
    compare,
    percentile,
    request_mix,
    run_load,
)
from server_support import SEED_PROJECT, ServerProcess, shared_seed_server


@pytest.fixture(scope="module")
def seed_server() -> ServerProcess:
    """The server on the seed project shared by every test module."""
    return shared_seed_server()


def test_percentiles_by_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert (percentile(values, 50), percentile(values, 99), percentile(values, 100)) == (
        50.0,
        99.0,
        100.0,
    )
    assert percentile([3.0], 99) == 3.0


def test_a_short_run_of_the_whole_mix_has_no_errors(seed_server: ServerProcess) -> None:
    targets = request_mix(["films-about-topic", "people-by-name"])
    report = asyncio.run(run_load(seed_server.url, targets, clients=len(targets), seconds=0.5))
    # every client sent at least its first request, so every kind of request was made
    assert report.errors == []
    assert set(report.latencies) == {t.kind for t in targets}
    lines = report.format().splitlines()
    assert lines[0].startswith(f"{len(targets)} clients, ")
    assert lines[0].endswith(", 0 errors")
    assert lines[-1].startswith("all ")


def test_a_wrong_status_is_counted_as_an_error(seed_server: ServerProcess) -> None:
    targets = [Target("iri-303", "/id/person/nobody-at-all", "text/turtle", 303)]
    report = asyncio.run(run_load(seed_server.url, targets, clients=1, seconds=0.2))
    assert report.errors and report.errors[0] == "/id/person/nobody-at-all: status 404"
    assert isinstance(report, LoadReport) and report.latencies == {}


def test_the_comparison_runs_both_servers_on_the_same_query(tmp_path: Path) -> None:
    comparison = compare(
        SEED_PROJECT,
        query=COMPARED_QUERY,
        clients=2,
        seconds=0.5,
        page_clients=2,
        entities=3,
        max_requests=40,
        scratch=tmp_path,
    )
    assert comparison.errors == []
    assert comparison.oxigraph.requests > 0 and comparison.dockg.requests > 0
    assert comparison.oxigraph.requests <= 40 and comparison.dockg.requests <= 40
    assert set(comparison.pages) == {"entity pages", "catalogue pages"}
    assert all(run.requests > 0 for run in comparison.pages.values())
    lines = comparison.format().splitlines()
    assert lines[0] == f"SPARQL: {' '.join(COMPARED_QUERY.split())}"
    assert lines[3].startswith("oxigraph serve ") and lines[4].startswith("dockg serve ")
    assert lines[5].startswith("dockg / oxigraph throughput: ")


def test_the_load_test_targets_this_machine_only() -> None:
    with pytest.raises(ValueError, match="only targets this machine"):
        asyncio.run(run_load("http://example.org/", [], clients=1, seconds=0.1))
