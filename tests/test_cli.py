"""The dockg command: exit codes, messages on stderr, no traceback on bad input.

Most tests run ``python -m dockg`` in a subprocess, as a user would; a few detail tests
use click's in-process runner, which is faster.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from dockg import __version__
from dockg.cli import cli

#: The ``dockg`` fixture: runs ``python -m dockg`` and returns code, stdout, stderr.
Dockg = Callable[..., Any]
Invoke = Callable[..., Result]


def _fails_cleanly(run: Any, code: int, message: str) -> None:
    assert run.code == code, run.stderr
    assert message in run.stderr
    assert "Traceback" not in run.stderr + run.stdout


def test_version(dockg: Dockg) -> None:
    run = dockg("--version")
    assert (run.code, run.stdout) == (0, f"dockg, version {__version__}\n")


def test_build_exit_0_and_counts(dockg: Dockg, mini_copy: Path) -> None:
    run = dockg("--project", mini_copy, "build")
    assert run.code == 0, run.stderr
    assert "schema:Movie" in run.stdout and "data/films.ttl" in run.stdout
    report = mini_copy / "build" / "validation.txt"
    assert f"validation: 0 violations, 1 warning, 1 info (see {report})" in run.stdout
    assert (mini_copy / "build" / "dockg.trig").is_file()


def test_build_with_violations_exit_1_and_writes_nothing(
    dockg: Dockg, mini_copy: Path, bad_dir: Path
) -> None:
    shutil.copy(bad_dir / "bad-record.ttl", mini_copy / "data")
    run = dockg("--project", mini_copy, "build")
    _fails_cleanly(run, 1, "build failed: nothing written to")
    assert "film:untitled" in run.stderr
    assert not (mini_copy / "build").exists()


def test_validate_exit_codes(dockg: Dockg, mini_project_dir: Path, bad_dir: Path) -> None:
    ok = dockg("--project", mini_project_dir, "validate")
    assert ok.code == 0 and ok.stdout.endswith("conforms: 0 violations, 1 warning, 1 info\n")
    bad = dockg("--project", mini_project_dir, "validate", bad_dir / "bad-record.ttl")
    assert bad.code == 1
    assert bad.stdout.endswith("does not conform: 2 violations, 0 warnings, 0 infos\n")
    assert "Traceback" not in bad.stderr


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("syntax-error.ttl", 'syntax-error.ttl:6: Turtle syntax error: Prefix "foo:" not bound'),
        ("duplicate-graph.ttl", "already declared by data/films.ttl"),
    ],
)
def test_bad_input_files_exit_2(
    dockg: Dockg, mini_project_dir: Path, bad_dir: Path, name: str, message: str
) -> None:
    run = dockg("--project", mini_project_dir, "validate", bad_dir / name)
    _fails_cleanly(run, 2, message)


def test_a_file_without_source_graph_is_validated_with_a_provenance_violation(
    dockg: Dockg, mini_project_dir: Path, bad_dir: Path
) -> None:
    run = dockg("--project", mini_project_dir, "validate", bad_dir / "no-source-graph.ttl")
    assert run.code == 1 and run.stderr == ""
    assert "no-source-graph.ttl does not say where its facts come from" in run.stdout
    assert run.stdout.endswith("checked nothing: 1 violation, 1 warning, 0 infos\n")


def test_not_a_project_exit_2(dockg: Dockg, tmp_path: Path) -> None:
    _fails_cleanly(dockg("--project", tmp_path, "stats"), 2, "has no ontology/ directory")


def test_unknown_query_exit_2(dockg: Dockg, mini_project_dir: Path) -> None:
    run = dockg("--project", mini_project_dir, "query", "nope")
    _fails_cleanly(run, 2, "available queries: films-about-topic, films-made-in, people-named")


def test_query_injection_is_just_a_literal(dockg: Dockg, mini_project_dir: Path) -> None:
    run = dockg(
        "--project",
        mini_project_dir,
        "query",
        "people-named",
        "--param",
        'name=x" } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o } #',
        "--format",
        "json",
    )
    assert run.code == 0, run.stderr
    assert json.loads(run.stdout)["results"]["bindings"] == []


def test_export_unwritable_exit_7(dockg: Dockg, mini_project_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    run = dockg("--project", mini_project_dir, "export", "--output", blocker / "kg.ttl")
    _fails_cleanly(run, 7, "cannot write")  # ExitCode.UNWRITABLE_OUTPUT


# In-process detail tests.


@pytest.fixture
def invoke(mini_project_dir: Path) -> Invoke:
    runner = CliRunner()

    def run(*args: str) -> Result:
        return runner.invoke(cli, ["--project", str(mini_project_dir), *args])

    return run


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["films-made-in", "--param", "year=abc"], "'abc' is not a year"),
        (["films-made-in"], "needs --param year=... (year)"),
        (["films-made-in", "-p", "yr=1"], "has no parameter yr"),
        (["films-made-in", "-p", "year"], "write name=value"),
        ([], "give a query name or a .rq file"),
    ],
)
def test_query_usage_errors_exit_2(invoke: Invoke, args: list[str], message: str) -> None:
    result = invoke("query", *args)
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)  # not a crash
    assert message in result.stderr


def test_query_file_with_syntax_error_exit_2(invoke: Invoke, bad_dir: Path) -> None:
    result = invoke("query", str(bad_dir / "syntax-error.rq"))
    assert result.exit_code == 2
    assert "syntax-error.rq:6: SPARQL syntax error" in result.stderr


def test_query_list_and_formats(invoke: Invoke) -> None:
    listed = invoke("query", "--list")
    assert listed.exit_code == 0
    assert "films-made-in      Films made in a year" in listed.output
    csv = invoke("query", "films-made-in", "-p", "year=2019", "--format", "csv")
    expected = b"film,title\r\nhttps://w3id.org/dockg/id/film/short-thaw,Short Thaw\r\n"
    assert csv.stdout_bytes == expected


def test_conflicts_stats_and_export_to_stdout(invoke: Invoke) -> None:
    conflicts = invoke("conflicts", "--format", "json")
    assert json.loads(conflicts.output)[0]["predicate"] == "https://schema.org/dateCreated"
    stats = invoke("stats")
    assert "3 graphs" in stats.output
    nquads = invoke("export", "--format", "nquads")
    assert nquads.exit_code == 0 and nquads.output.endswith(" .\n")
    raw = invoke("export", "--format", "nquads", "--raw")
    assert len(raw.output) < len(nquads.output)


def test_export_format_follows_the_output_extension(invoke: Invoke, tmp_path: Path) -> None:
    assert invoke("export", "--output", str(tmp_path / "kg.nq")).exit_code == 0
    assert (tmp_path / "kg.nq").read_text().startswith("<")
    assert invoke("export", "--output", str(tmp_path / "kg.data")).exit_code == 0
    assert "{" in (tmp_path / "kg.data").read_text()  # TriG by default
    forced = invoke("export", "--format", "ntriples", "--output", str(tmp_path / "kg.ttl"))
    assert forced.exit_code == 0
    assert not (tmp_path / "kg.ttl").read_text().startswith("@prefix")


def test_validate_json_and_turtle(invoke: Invoke) -> None:
    data = json.loads(invoke("validate", "--format", "json").output)
    assert data["conforms"] is True
    turtle = invoke("validate", "--format", "turtle").output
    assert "sh:ValidationReport" in turtle


def test_tables_align_around_hangul() -> None:
    from dockg.tables import display_width, format_table

    table = format_table(["name", "x"], [["김소영", "1"], ["Kim", "2"]])
    lines = table.splitlines()
    assert display_width("김소영") == 6
    assert {display_width(line[: line.rindex(" ") + 1]) for line in lines[2:]} == {8}
