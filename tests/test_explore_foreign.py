"""Exploring data dockg did not write: its own IRIs, blank nodes, foaf and Dublin Core names."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import TESTS, Run
from dockg.rdf_files import SKOLEM_BASE

FOREIGN = TESTS / "fixtures" / "foreign"
ROOT = TESTS.parent
ARCHIVE = FOREIGN / "archive-http.ttl"


@pytest.fixture(scope="module")
def archive_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    from conftest import run_dockg

    store = tmp_path_factory.mktemp("archive") / "store"
    loaded = run_dockg("--project", ROOT, "load", "--store", f"oxigraph:{store}", "--from", ARCHIVE)
    assert loaded.code == 0, loaded.stderr
    return f"oxigraph:{store}"


def _skolem(n: int) -> str:
    return f"{SKOLEM_BASE}{hashlib.sha256(ARCHIVE.read_bytes()).hexdigest()[:16]}/{n}"


def _ok(run: Run) -> list[str]:
    assert (run.code, run.stderr) == (0, "")
    return run.stdout.splitlines()


def test_blank_node_screenings_get_stable_iris_and_join_a_path(
    dockg, archive_store: str, tmp_path: Path
) -> None:
    lines = _ok(
        dockg("path", "Nanook of the North", "Tuschinski", "--store", archive_store, cwd=tmp_path)
    )
    assert lines[0] == (
        "1 shortest path of 2 steps from Nanook of the North to Tuschinski in the entity "
        "projection:"
    )
    assert lines[2] == (
        f"1. Nanook of the North ← presents — <{_skolem(0)}> — is located in → Tuschinski"
    )


def test_neighbours_of_an_archive_iri(dockg, archive_store: str, tmp_path: Path) -> None:
    lines = _ok(
        dockg(
            "neighbours",
            "https://archive.example.org/id/cinema-tuschinski",
            "--depth",
            "1",
            "--store",
            archive_store,
            cwd=tmp_path,
        )
    )
    assert lines[0].startswith("3 entities within 1 step of Tuschinski")
    assert sum(_skolem(n) in line for n in range(3) for line in lines) == 3


def test_foaf_and_dublin_core_names_find_entities(dockg, tmp_path: Path) -> None:
    data = tmp_path / "varda.ttl"
    data.write_text(
        "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
        "@prefix dcterms: <http://purl.org/dc/terms/> .\n"
        '<http://ex.org/p/1> a foaf:Person ; foaf:name "Agnès Varda" .\n'
        '<http://ex.org/f/1> dcterms:title "Les Glaneurs et la Glaneuse" ;\n'
        "    dcterms:creator <http://ex.org/p/1> .\n",
        encoding="utf-8",
    )
    store = f"oxigraph:{tmp_path / 'store'}"
    assert dockg("--project", ROOT, "load", "--store", store, "--from", data).code == 0
    lines = _ok(dockg("neighbours", "Agnes Varda", "--depth", "1", "--store", store, cwd=tmp_path))
    assert lines[0].startswith("1 entity within 1 step of Agnès Varda")
    assert any("Les Glaneurs et la Glaneuse  creator   Agnès Varda" in line for line in lines)


def test_skolem_iris_are_the_same_on_every_load(tmp_path: Path) -> None:
    from dockg.rdf_files import parse_rdf

    first = {str(q) for q in parse_rdf(ARCHIVE).quads}
    assert first == {str(q) for q in parse_rdf(ARCHIVE).quads}
    assert not any("_:" in q for q in first)
