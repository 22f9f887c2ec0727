"""The benchmark's core on a small file: the seed export copied three times, renamed.

Timings are not checked (that would be a timed test); what is checked is that both ways
find the same film–topic edges and PageRank, and that the report has every stage.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dockg.errors import ExitCode
from dockg.explore.bench import format_bench, main, run_bench
from dockg.export import ExportFormat, serialize
from dockg.namespaces import BASE
from queries_support import seed_loaded


@pytest.fixture(scope="module")
def replicated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seed = serialize(seed_loaded(), fmt=ExportFormat.NQUADS).decode("utf-8")
    copies = [seed.replace(f"{BASE}id/", f"{BASE}id/copy{i}-") for i in range(3)]
    path = tmp_path_factory.mktemp("bench") / "seed-x3.nq"
    path.write_text("".join(copies), encoding="utf-8")
    return path


def test_both_ways_agree(replicated: Path) -> None:
    result = run_bench(replicated)
    assert result.edges == 3 * 13  # the seed's film–topic projection has 13 edges
    assert result.nodes == 3 * 17
    assert result.max_pagerank_difference < 1e-9
    assert set(result.dockg) == {"load", "projection", "pagerank"}
    assert set(result.baseline) == {"parse", "loop", "pagerank"}
    report = format_bench(result)
    assert report.startswith(f"{result.quads} quads; film-topic projection: 51 nodes, 39 edges")
    for stage in ("load / parse", "projection / loop", "pagerank", "total"):
        assert stage in report
    assert "dockg projection + PageRank:" in report


def test_command_line(replicated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(replicated)]) == 0
    assert "ratio" in capsys.readouterr().out
    assert main([str(replicated.parent / "missing.nq")]) == ExitCode.USAGE
    assert (
        capsys.readouterr().err
        == f"bench: error: {replicated.parent / 'missing.nq'}: no such file\n"
    )
