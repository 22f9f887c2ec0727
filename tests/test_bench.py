"""``dockg bench`` at a tiny size: the report is complete and both sides agree.

The benchmark itself (1M triples, minutes) is run by hand: ``dockg bench --triples
1000000``; this only checks that the report it prints is right.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dockg.bench import Stage, format_bench, write_change
from synth_support import ROOT


@pytest.mark.slow
def test_a_tiny_bench_reports_every_stage_and_agreement(tmp_path: Path, dockg) -> None:
    out = tmp_path / "bench.json"
    run = dockg(
        "--project", ROOT, "bench", "--triples", "2000", "--repeat", "1", "--json", out
    )  # fmt: skip
    assert run.code == 0, run.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    names = [s["name"] for s in data["stages"]]
    assert names == [
        "load",
        "full validation",
        "incremental validation (1000 triples)",
        "catalogue queries (median ratio)",
        "export N-Quads",
        "peak memory (MB)",
    ]
    assert data["mismatches"] == []
    base, ours = data["sides"]["baseline"], data["sides"]["dockg"]
    assert base["results"] == ours["results"]
    assert base["results_after_change"] == ours["results_after_change"]
    assert set(base["queries"]) == set(ours["queries"]) and len(ours["queries"]) >= 20
    for stage in data["stages"]:
        assert stage["ratio"] == stage["baseline"] / stage["dockg"]
    assert "both sides gave the same validation results and the same rows" in run.stdout
    for name in names:
        assert name in run.stdout


def test_a_stage_reports_its_ratio() -> None:
    stage = Stage("load", baseline=30.0, dockg=2.5, target=">= 10x", met=True)
    assert stage.ratio == 12.0


def test_the_change_is_a_thousand_triples_of_generated_sources(tmp_path: Path) -> None:
    data = tmp_path / "world.nq"
    lines = [
        f'<https://w3id.org/dockg/id/film/f{i}> <https://schema.org/name> "F{i}" '
        f"<https://w3id.org/dockg/graph/synth-filmography-{i}> .\n"
        for i in range(3000)
    ]
    data.write_text("".join(lines), encoding="utf-8")
    assert write_change(data, tmp_path / "change.nt") == 1000
    written = (tmp_path / "change.nt").read_text(encoding="utf-8").splitlines()
    assert written[0] == '<https://w3id.org/dockg/id/film/f1> <https://schema.org/name> "Rev. F1" .'
    assert written[1].endswith('"F3" .')
    assert len(written) == 1000


def test_mismatches_are_listed(tmp_path: Path) -> None:
    from dockg.bench import BenchReport
    from dockg.synth import SynthSummary

    world = SynthSummary(tmp_path, 10, 1, {}, (), {})
    side = {"violations": "", "queries": {"q": {"median": 1.0, "rows": [1, "a"]}}}
    report = BenchReport(
        world=world,
        stages=(),
        sides={
            "baseline": side,
            "dockg": {**side, "queries": {"q": {"median": 0.1, "rows": [2, "b"]}}},
        },
        mismatches=("query q: baseline [1, 'a'], dockg [2, 'b']",),
    )
    assert "MISMATCHES:\n  query q: baseline [1, 'a'], dockg [2, 'b']" in format_bench(report)


@pytest.mark.slow
def test_a_scale_run_leaves_a_store_that_answers(tmp_path: Path, dockg) -> None:
    out, store = tmp_path / "scale.json", tmp_path / "store"
    run = dockg(
        "--project", ROOT, "bench", "--triples", "6000", "--repeat", "1", "--json", out,
        "--no-baseline", store, "--workdir", tmp_path / "work",
    )  # fmt: skip
    assert run.code == 0, run.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["unanswered"] == []
    side = data["dockg"]
    assert set(side) >= {"bulk_load", "load", "validate", "incremental", "export", "peak_mb"}
    assert len(side["queries"]) >= 20
    assert run.stdout.splitlines()[4].startswith(
        f"catalogue: {len(side['queries'])} of {len(side['queries'])} queries answered within"
    )
    # The store stays loaded: a later command reads it, and sees what the run saw.
    answered = dockg(
        "--project", ROOT, "query", "contested-facts", "--format", "json", "--store",
        f"oxigraph:{store}",
    )  # fmt: skip
    assert answered.code == 0, answered.stderr
    rows = json.loads(answered.stdout)["results"]["bindings"]
    assert len(rows) == side["queries"]["contested-facts"]["rows"][0] > 0
    assert not (tmp_path / "store-reference").exists()


def test_default_path_bench_compares_each_command_with_its_baseline(tmp_path: Path) -> None:
    from dockg.bench.default_path import format_default_path, run_default_path

    report = run_default_path(ROOT, repeat=1, workdir=tmp_path)
    assert report.same_results  # dockg and pySHACL found the same SHACL results
    # issue 16: licences, Wikidata annotations, claim sources, comparable starts; issue 15:
    # the Wikidata match class
    # issue 16 again: a selection features its film (one triple, not a presented-and-featured
    # pair) and is no screening event: 24 fewer for the seed's twelve selections; the six
    # historical events apart from their subject headings (type, names, foaf:focus): 18 more
    assert report.triples == 1802
    assert [c.name for c in report.comparisons] == [
        "start-up (--help)",
        "start-up (--version)",
        "build (validate + write) vs pySHACL validating the union",
        "catalogue query without --store",
        "path without --store",
        "neighbours without --store",
    ]
    assert all(c.baseline > 0 and c.dockg > 0 for c in report.comparisons)
    assert "SHACL results: pySHACL 6, dockg 6" in format_default_path(report)


def test_foreign_bench_finds_exactly_the_injected_defects_and_the_hub(tmp_path: Path) -> None:
    from dockg.bench.foreign import HUB_DATES, run_foreign, write_archive
    from dockg.project import Project

    sample = tmp_path / "sample.nq"
    write_archive(sample, 4000, seed=3)
    text = sample.read_text(encoding="utf-8").splitlines()
    films = {line.split()[0] for line in text if "<http://schema.org/Movie>" in line}
    directed = {line.split()[0] for line in text if "<http://schema.org/director>" in line}
    too_old = sum('"1850"^^' in line for line in text)
    report = run_foreign(Project.open(ROOT), quads=4000, seed=3, workdir=tmp_path)
    expected = len(films - directed) + too_old
    assert expected > 0  # the sample carries defects
    assert report.found[0].startswith(f"validation: {expected} violation")
    assert report.found[1] == (
        "profile: suspicious hubs: https://archive.example.org/screening/merged "
        f"({HUB_DATES:,} https://schema.org/startDate)"
    )
    assert set(report.timings) == {
        "load (dockg load --from vs bulk_load)",
        "validate (coverage measured)",
        "profile",
        "export N-Quads (dockg export vs dump)",
    }
