"""``dockg profile``: classes, properties, datatypes, namespaces and suspicious hubs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import URIRef

from dockg.profile import Hub, ProfileFormat, format_profile, profile
from dockg.store.oxigraph import OxigraphStore

S = "https://schema.org/"
ARC = "https://archive.example.org/id/"
DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def _export(tmp_path: Path) -> Path:
    """An archive export in http schema.org: 200 screenings, one holding 300 start dates."""
    lines = []
    for i in range(200):
        lines.append(f"<{ARC}screening/{i}> {TYPE} <http://schema.org/ScreeningEvent> .")
        lines.append(
            f"<{ARC}screening/{i}> <http://schema.org/startDate> "
            f'"1930-01-01T{i % 24:02d}:00:00"^^<{DATETIME}> .'
        )
    lines.append(f"<{ARC}screening/hub> {TYPE} <http://schema.org/ScreeningEvent> .")
    for i in range(300):
        lines.append(
            f"<{ARC}screening/hub> <http://schema.org/startDate> "
            f'"1931-01-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00"^^<{DATETIME}> .'
        )
    lines.append(f'<{ARC}screening/0> <http://schema.org/name> "Avant-première"@fr .')
    path = tmp_path / "archive.nt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path: Path) -> OxigraphStore:
    store = OxigraphStore()
    store.load_dump(_export(tmp_path))
    return store


def test_profile_counts_classes_properties_datatypes_and_namespaces(store: OxigraphStore) -> None:
    found = profile(store)
    assert found.triples == 201 + 500 + 1
    assert found.classes == ((URIRef(f"{S}ScreeningEvent"), 201),)
    by_property = {p.property: p for p in found.properties}
    start = by_property[URIRef(f"{S}startDate")]
    assert (start.triples, start.subjects, start.values) == (500, 201, {DATETIME: 500})
    assert by_property[URIRef(f"{S}name")].values == {"@fr": 1}
    assert found.namespaces == (
        ("https://schema.org/", 501),
        ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", 201),
    )


def test_one_node_with_hundreds_of_start_dates_is_a_suspicious_hub(store: OxigraphStore) -> None:
    found = profile(store)
    assert found.hubs == (
        Hub(
            subject=URIRef(f"{ARC}screening/hub"),
            property=URIRef(f"{S}startDate"),
            values=300,
            average=500 / 201,
        ),
    )
    assert profile(store, hub_minimum=301).hubs == ()
    text = format_profile(found)
    assert "suspicious hubs (far more values than the property's average):" in text
    assert json.loads(format_profile(found, fmt=ProfileFormat.JSON))["hubs"] == [
        {
            "subject": f"{ARC}screening/hub",
            "property": f"{S}startDate",
            "values": 300,
            "average": round(500 / 201, 2),
        }
    ]


def test_profile_command_on_a_loaded_store_outside_a_project(dockg, tmp_path: Path) -> None:
    store = tmp_path / "store"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    loaded = dockg(
        "--project",
        Path(__file__).resolve().parents[1],
        "load",
        "--store",
        f"oxigraph:{store}",
        "--from",
        _export(tmp_path),
    )
    assert loaded.code == 0, loaded.stderr
    assert "702 terms read from http://schema.org/ as https" in loaded.stdout
    run = dockg("profile", "--store", f"oxigraph:{store}", "--top", "3", cwd=elsewhere)
    assert run.code == 0 and run.stderr == ""
    assert run.stdout.startswith("702 triples\n")
    assert "screening:hub" in run.stdout or f"<{ARC}screening/hub>" in run.stdout
