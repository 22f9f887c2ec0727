"""``dockg synth``: a generated world valid against the project's shapes but for its defects.

The reference validator is the plain one (pySHACL and the checks on an rdflib memory
graph): a clean world must add no result at all to the project's own, and a world with
defects must add exactly the results its defects announce.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from dockg import namespaces as ns
from dockg.synth import generate
from dockg.synth.load import load_nquads
from dockg.validation.report import Severity, ValidationReport
from dockg.validation.run import validate
from synth_support import PROJECT, ROOT, world

ResultKey = tuple[str, str | None, str]


def result_keys(report: ValidationReport) -> set[ResultKey]:
    """``(focus, path, component)`` of every violation."""
    return {
        (str(r.focus), None if r.path is None else str(r.path), str(r.component))
        for r in report.results
        if r.severity is Severity.VIOLATION
    }


@pytest.fixture(scope="module")
def tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("synth")


def test_same_seed_same_bytes_and_another_seed_another_world(tmp: Path) -> None:
    first = world(6000, 11, 0.0)
    again = generate(tmp / "again.nq", triples=6000, seed=11, project=PROJECT)
    other = generate(tmp / "other.nq", triples=6000, seed=12, project=PROJECT)
    assert first.out.read_bytes() == again.out.read_bytes()
    assert first.out.read_bytes() != other.out.read_bytes()
    assert first.triples >= 6000
    assert first.triples == len(first.out.read_text(encoding="utf-8").splitlines())


def test_a_clean_world_adds_no_validation_result(tmp: Path) -> None:
    summary = world(7000, 5, 0.0)
    assert summary.defects == ()
    report = validate(load_nquads(summary.out, PROJECT))
    seed_report = validate(load_nquads(world(1, 5, 0.0).out, PROJECT))
    assert report.conforms
    # Only the project's own warnings and infos remain: nothing generated is flagged.
    assert {(r.focus, r.path, r.component) for r in report.results} == {
        (r.focus, r.path, r.component) for r in seed_report.results
    }


def test_with_defects_exactly_the_injected_ones_are_reported(tmp: Path) -> None:
    summary = world(9000, 2, 0.15)
    kinds = Counter(d.kind for d in summary.defects)
    assert len(kinds) >= 5, kinds  # the test sees several kinds of defect
    report = validate(load_nquads(summary.out, PROJECT))
    assert result_keys(report) == summary.expected_results()


def test_the_world_looks_like_the_real_thing(tmp: Path) -> None:
    summary = world(20000, 3, 0.0)
    graph = load_nquads(summary.out, PROJECT).dataset
    directors = Counter(graph.objects(None, ns.SDO.director))
    counts = sorted(directors.values())
    assert counts[-1] >= 5 * statistics.median(counts)  # heavy-tailed filmographies
    hangul = [str(o) for o in graph.objects(None, ns.DOCKG.nameInHangul)]
    assert len(hangul) > 20 and all("\uac00" <= ch <= "\ud7af" for ch in hangul[-1])
    korean_order = set(graph.objects(None, ns.DOCKG.nameInKoreanOrder))
    assert len(korean_order) > 20
    # Every edition of a generated festival is numbered from its first year.
    for edition in graph.subjects(ns.RDF.type, ns.DOCKG.FestivalEdition):
        festival = graph.value(edition, ns.DOCKG.editionOf)
        if "synth" not in str(next(g for _, _, _, g in graph.quads((edition, None, None)))):
            continue
        first = int(str(graph.value(festival, ns.DOCKG.firstEditionYear)))
        year = int(str(graph.value(edition, ns.SDO.startDate))[:4])
        assert int(graph.value(edition, ns.DOCKG.editionNumber)) == year - first + 1
    starts = [o for o in graph.objects(None, ns.SDO.startDate) if o.datatype == ns.XSD.dateTime]
    assert len(starts) > 100 and all(str(s)[-6] in "+-" or str(s).endswith("Z") for s in starts)
    claims = set(graph.subjects(ns.RDF.type, ns.DOCKG.Claim))
    assert len(claims) > 10
    sources = set(graph.subjects(ns.RDF.type, ns.DOCKG.SourceGraph))
    assert len(sources) > 50
    assert summary.samples["director"] == str(directors.most_common(1)[0][0])
    assert Literal("2016", datatype=ns.XSD.gYear) in set(graph.objects(None, ns.SDO.dateCreated))
    assert URIRef(summary.samples["graph"]) in {g.identifier for g in graph.graphs()}


def test_cli_writes_the_world_and_its_defects(tmp: Path, dockg) -> None:
    out, listed = tmp / "cli.nq", tmp / "defects.json"
    run = dockg(
        "--project", ROOT, "synth", "--triples", "5000", "--seed", "4",
        "--out", out, "--defects", "0.05", "--defects-json", listed,
    )  # fmt: skip
    assert run.code == 0, run.stderr
    expected = generate(tmp / "lib.nq", triples=5000, seed=4, defect_rate=0.05, project=PROJECT)
    assert out.read_bytes() == expected.out.read_bytes()
    assert run.stdout.startswith(f"wrote {expected.triples} quads in {expected.graphs} ")
    assert f"\n{len(expected.defects)} injected defects\n" in run.stdout
    defects = json.loads(listed.read_text(encoding="utf-8"))
    assert [(d["kind"], d["focus"]) for d in defects] == [
        (d.kind, d.focus) for d in expected.defects
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--triples", "0"], "Invalid value for '--triples'"),
        (["--triples", "10", "--defects", "1.5"], "Invalid value for '--defects'"),
    ],
)
def test_cli_refuses_bad_numbers(tmp: Path, dockg, args: list[str], message: str) -> None:
    run = dockg("--project", ROOT, "synth", *args, "--out", tmp / "bad.nq")
    assert run.code == 2
    assert message in run.stderr
    assert not (tmp / "bad.nq").exists()


def test_an_unwritable_output_is_an_error_and_leaves_nothing(tmp: Path, dockg) -> None:
    blocker = tmp / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    run = dockg("--project", ROOT, "synth", "--triples", "10", "--out", blocker / "x.nq")
    assert run.code == 7  # ExitCode.UNWRITABLE_OUTPUT
    assert run.stderr.startswith(f"dockg: error: {blocker / 'x.nq'}: cannot write")
    assert blocker.read_text(encoding="utf-8") == "not a directory"
