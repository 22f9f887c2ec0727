"""Turtle that rdflib reads badly or words badly: odd escapes, deep or long structures,
errors without a line (issue 14, "Crashes" 8-9 and "Messages" 10). Each case was a
traceback, a silent wrong term, minutes of work, or a message without a line."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

from dockg.errors import ExitCode, InputError
from dockg.loading import parse_turtle
from dockg.server.spawn import free_port
from dockg.turtle_check import MAX_LIST_ITEMS, MAX_NESTING, check_structures

HEADER = """@prefix dockg: <https://w3id.org/dockg/ontology#> .
@prefix graph: <https://w3id.org/dockg/graph/> .
@prefix schema: <https://schema.org/> .
graph:odd a dockg:SourceGraph .
"""
X = "<https://w3id.org/dockg/id/person/x>"


def _add_to_project(root: Path, body: str) -> None:
    """Add ``data/odd.ttl`` to a project, its graph described as the shapes require; the
    body starts on line 9."""
    header = HEADER + (
        "@prefix dcterms: <http://purl.org/dc/terms/> .\n"
        "@prefix prov: <http://www.w3.org/ns/prov#> .\n"
        'graph:odd dcterms:title "Odd"@en .\n'
        "graph:odd prov:wasAttributedTo <https://w3id.org/dockg/id/agent/x> .\n"
    )
    (root / "data" / "odd.ttl").write_text(header + body, encoding="utf-8")


def _nested(depth: int) -> str:
    return f"{X} schema:knows " + "[ schema:knows " * depth + X + " ]" * depth + " .\n"


def _listed(items: int) -> str:
    return f"{X} schema:keywords ( " + " ".join(f'"k{i}"' for i in range(items)) + " ) .\n"


def _error(tmp_path: Path, body: str) -> str:
    path = tmp_path / "odd.ttl"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        parse_turtle(path, display="data/odd.ttl")
    assert caught.value.exit_code == ExitCode.USAGE
    return caught.value.message


@pytest.mark.parametrize(
    ("body", "message"),
    [
        pytest.param(
            f'{X} schema:name "half \\uD800 a pair" .\n',
            "data/odd.ttl:5: Turtle syntax error: The escape sequence '\\uD800' is encoding "
            "D800 that is not a valid unicode character",
            id="lone-surrogate-escape",
        ),
        pytest.param(
            '<https://w3id.org/dockg/id/person/x\\u0020y> schema:name "space" .\n',
            "data/odd.ttl:5: Turtle syntax error: Invalid IRI code point ' '",
            id="space-escaped-in-an-iri",
        ),
        pytest.param(
            f'{X} schema:name "never closed',
            "data/odd.ttl:5: Turtle syntax error: the file ends inside the string or "
            "statement that starts on this line",
            id="string-open-at-the-end",
        ),
        pytest.param(
            f'{X} schema:name """never closed\n\n{X} schema:name "x" .\n',
            "data/odd.ttl:5: Turtle syntax error: unterminated string literal: it opens here "
            "and never closes",
            id="long-string-open",
        ),
        pytest.param(
            "this is garbage\n",
            "data/odd.ttl:5: Turtle syntax error: this is not a valid subject or graph name",
            id="garbage-not-ancient-n3",
        ),
        pytest.param(
            "\n" + _nested(MAX_NESTING + 400),
            f"data/odd.ttl:6: blank nodes or lists nested more than {MAX_NESTING} levels deep; "
            f"dockg reads up to {MAX_NESTING}: give the inner nodes IRIs, or flatten the "
            "structure",
            id="nested-500-deep",
        ),
    ],
)
def test_odd_turtle_is_an_input_error_naming_the_line(
    tmp_path: Path, body: str, message: str
) -> None:
    assert _error(tmp_path, body) == message


def test_nesting_within_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "deep.ttl"
    path.write_text(HEADER + _nested(MAX_NESTING), encoding="utf-8")
    assert len(parse_turtle(path, display="deep.ttl")) == 1 + MAX_NESTING + 1


def test_a_list_too_long_fails_in_seconds_naming_its_node(tmp_path: Path) -> None:
    """Regression: a list of 100,000 items took 13 minutes to build."""
    started = time.monotonic()
    message = _error(tmp_path, _listed(100_000))
    assert message == (
        f"data/odd.ttl: an RDF list of more than {MAX_LIST_ITEMS:,} items (the value of "
        f"<https://schema.org/keywords> of {X}); dockg reads lists of up to "
        f"{MAX_LIST_ITEMS:,}: split it, or give the items as repeated values of the property"
    )
    assert time.monotonic() - started < 120  # a bound against minutes, not a benchmark


def test_a_list_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "list.ttl"
    path.write_text(HEADER + _listed(MAX_LIST_ITEMS), encoding="utf-8")
    assert len(parse_turtle(path, display="list.ttl")) == 1 + 1 + 2 * MAX_LIST_ITEMS


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            f'{X} schema:name "half \\uD800 a pair" .\n',
            "data/odd.ttl:9: Turtle syntax error: The escape sequence '\\uD800'",
        ),
        (
            '<https://w3id.org/dockg/id/person/x\\u0020y> schema:name "s" .\n',
            "data/odd.ttl:9: Turtle syntax error: Invalid IRI code point ' '",
        ),
    ],
)
def test_build_reports_odd_escapes_with_exit_2(
    dockg: Callable[..., object], mini_copy: Path, body: str, message: str
) -> None:
    """Regression: the build ended in a traceback, exit 1."""
    _add_to_project(mini_copy, body)
    run = dockg("--project", mini_copy, "build")
    assert run.code == 2, run.stderr  # type: ignore[attr-defined]
    assert run.stderr.startswith(f"dockg: error: {message}")  # type: ignore[attr-defined]
    assert "Traceback" not in run.stderr  # type: ignore[attr-defined]
    assert not (mini_copy / "build").exists()


def _oxigraph_triples(body: str) -> tuple[list[ox.Triple], bytes]:
    data = (HEADER + body).encode()
    return [q.triple for q in ox.parse(data, format=ox.RdfFormat.TURTLE)], data


def test_a_long_list_of_blank_nodes_is_not_deep() -> None:
    """Cells of a list sit side by side: 5,000 blank nodes in a list nest two levels."""
    items = " ".join(f'[ schema:name "n{i}" ]' for i in range(5000))
    triples, data = _oxigraph_triples(f"{X} schema:knows ( {items} ) .\n")
    check_structures(triples, data, "list.ttl")  # no error


def test_blank_node_cycles_end() -> None:
    triples, data = _oxigraph_triples("_:a schema:knows _:b . _:b schema:knows _:a .\n")
    check_structures(triples, data, "cycle.ttl")  # no error, no endless walk


@pytest.mark.parametrize(
    ("body", "message"),
    [
        pytest.param(
            _nested(500),
            f"data/odd.ttl:9: blank nodes or lists nested more than {MAX_NESTING} levels deep",
            id="nested-500-deep",
        ),
        pytest.param(
            _listed(100_000),
            f"data/odd.ttl: an RDF list of more than {MAX_LIST_ITEMS:,} items (the value of "
            f"<https://schema.org/keywords> of {X})",
            id="list-of-100000",
        ),
    ],
)
def test_commands_on_oxigraph_refuse_deep_and_long_structures_in_seconds(
    dockg: Callable[..., object], mini_copy: Path, body: str, message: str
) -> None:
    """Regression: Oxigraph reads them, then the build's writers died of RecursionError
    (a traceback) or took minutes."""
    _add_to_project(mini_copy, body)
    for command in (["build"], ["stats"]):
        run = dockg("--project", mini_copy, *command)
        assert run.code == 2, run.stderr  # type: ignore[attr-defined]
        assert run.stderr.startswith(f"dockg: error: {message}")  # type: ignore[attr-defined]
    assert not (mini_copy / "build").exists()


def test_serve_refuses_odd_escapes_instead_of_answering_500(mini_copy: Path) -> None:
    """Regression: the server started, then ``/data/*.ttl`` and ``/dumps`` answered 500."""
    _add_to_project(mini_copy, f'{X} schema:name "half \\uD800 a pair" .\n')
    command = [sys.executable, "-m", "dockg", "--project", str(mini_copy), "serve"]
    run = subprocess.run(
        [*command, "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=120,  # it must stop by itself; a server that starts fails the test here
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr.startswith(
        "dockg: error: data/odd.ttl:9: Turtle syntax error: The escape sequence '\\uD800'"
    )
