"""The exploration commands: output, pictures, graph exports, messages and exit codes.

Most tests use click's in-process runner with the cached seed graph (loading it once);
two run ``python -m dockg`` on the real project, as a user would.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner, Result

from dockg.cli import cli
from dockg.errors import ExitCode
from dockg.store import MemoryStore
from explore_support import make_tiny_project
from queries_support import PROJECT_ROOT, seed_loaded
from test_explore_path import IM_TO_KIM

Invoke = Callable[..., Result]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def invoke(monkeypatch: pytest.MonkeyPatch) -> Invoke:
    """Run a dockg command in-process on the (cached) seed graph."""
    monkeypatch.setattr(
        "dockg.cli_explore.open_for_reading", lambda ctx, spec: MemoryStore(seed_loaded())
    )

    def run(*args: str | Path) -> Result:
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return run


def _svg_texts(path: Path) -> str:
    return " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", path.read_text(encoding="utf-8")))


def test_path_command_on_the_real_project(dockg: Callable[..., Any]) -> None:
    run = dockg("--project", PROJECT_ROOT, "path", "Im Heung-soon", "Kim Soyoung")
    assert (run.code, run.stdout, run.stderr) == (0, IM_TO_KIM, "")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["path", "nobody at all", "Kim Soyoung"],
            ExitCode.UNKNOWN_ENTITY,
            "dockg: error: no entity is called or identified by 'nobody at all'\n",
        ),
        (
            ["path", "Heart of Snow", "Kim Soyoung"],
            ExitCode.AMBIGUOUS_ENTITY,
            "dockg: error: 'Heart of Snow' may mean 2 entities; give one of their IRIs:\n"
            "  Heart of Snow, Heart of Blood (film:heart-of-snow-heart-of-blood)\n"
            "  Heart of Snow: afterlife (film:heart-of-snow-afterlife)\n",
        ),
        (
            ["path", "Heung-Soon Im", "Soyoung Kim", "--max", "2"],
            ExitCode.NO_PATH,
            "dockg: error: no path of at most 2 steps between Heung-Soon Im and Soyoung Kim in "
            "the entity projection (the shortest has 4)\n",
        ),
        (
            ["measures", "--projection", "co-selection"],
            ExitCode.EMPTY_PROJECTION,
            "dockg: error: the co-selection projection is empty: nothing in this graph answers "
            "'Which films were selected at the same festival edition?'\n",
        ),
        (
            ["neighbours", "Soyoung Kim", "--projection", "film-topic"],
            ExitCode.EMPTY_PROJECTION,
            "dockg: error: Soyoung Kim has no link in the film-topic projection, so no "
            "neighbours\n",
        ),
        (
            ["export", "--format", "turtle", "--projection", "entity"],
            ExitCode.USAGE,
            "dockg: error: --projection applies only to --format graphml, gexf and csv-edges\n",
        ),
    ],
)
def test_bad_input_message_and_exit_code(
    invoke: Invoke, args: list[str], code: int, message: str
) -> None:
    result = invoke(*args)
    assert (result.exit_code, result.stderr, result.stdout) == (code, message, "")


def test_exit_codes_on_another_project(tmp_path: Path) -> None:
    project = make_tiny_project(tmp_path / "tiny")

    def run(*args: str | Path) -> Result:
        return CliRunner().invoke(cli, ["--project", str(project), *map(str, args)])

    unknown = run("path", "Alpha", "Omega")
    assert (unknown.exit_code, unknown.stderr) == (
        ExitCode.UNKNOWN_ENTITY,
        "dockg: error: no entity is called or identified by 'Omega'\n",
    )
    apart = run("path", "Alpha", "Delta", "--projection", "film-topic")
    assert apart.exit_code == ExitCode.NO_PATH
    assert apart.stderr.startswith("dockg: error: no path of at most 6 steps between Alpha")
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    unwritable = run("neighbours", "Alpha", "--png", blocker / "n.png")
    assert unwritable.exit_code == ExitCode.UNWRITABLE_OUTPUT
    assert unwritable.stderr.startswith(f"dockg: error: cannot write {blocker / 'n.png'}")
    assert blocker.read_text() == "not a directory"
    selected = run("export", "--format", "csv-edges", "--projection", "co-selection")
    assert selected.exit_code == 0 and len(selected.stdout.splitlines()) == 4


def test_neighbours_text_and_pictures(invoke: Invoke, tmp_path: Path) -> None:
    png, svg = tmp_path / "im.png", tmp_path / "im.svg"
    result = invoke("neighbours", "Heung-Soon Im", "--depth", "1", "--png", png, "--svg", svg)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert (
        # 10 with the occupation, an entity since issue 16 (it was a string)
        lines[0] == "10 entities within 1 step of Heung-Soon Im in the entity projection, 13 links:"
    )
    assert (
        "1      Heung-Soon Im                       directed          The Last Day of the Year"
        in (result.stdout)
    )
    assert png.read_bytes().startswith(PNG_MAGIC) and png.stat().st_size > 20_000
    texts = _svg_texts(svg)
    for label in ("Heung-Soon Im", "The Last Day of the Year", "Seoul", "directed", "person"):
        assert label in texts  # node labels, edge labels and the legend stay text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["im.png", "im.svg"]  # no temp left


def test_timeline_text_and_pictures(invoke: Invoke, tmp_path: Path) -> None:
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    result = invoke("timeline", "--topic", "고려인", "--png", png, "--svg", svg)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("4 films about Koryo-saram, oldest first:\n")
    assert png.read_bytes().startswith(PNG_MAGIC)
    texts = _svg_texts(svg)
    for label in (
        "Heart of Snow: afterlife",
        "Russian revolution (1917–1923)",
        "+79 y",
        "screening",
    ):
        assert label in texts


def test_timeline_by_director(invoke: Invoke) -> None:
    result = invoke("timeline", "--director", "Im Heungsoon")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == "3 films directed by Heung-Soon Im, oldest first:"
    assert "is about  Sewol ferry disaster  2014  3 years before" in result.stdout


def test_measures_table_and_csv(invoke: Invoke, tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    result = invoke("measures", "--projection", "film-topic", "--top", "2", "--csv", out)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("film-topic projection: 17 nodes, 13 linked pairs, 4 connected")
    assert lines[4].startswith("Heart of Snow: afterlife  dockg:DocumentaryFilm  6")
    assert len(lines) == 6
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 17 and rows[0]["label"] == "Heart of Snow: afterlife"


def test_export_graphml_round_trip(invoke: Invoke, tmp_path: Path) -> None:
    out = tmp_path / "films.graphml"
    assert invoke("export", "--projection", "film-topic", "--output", out).exit_code == 0
    graph = nx.read_graphml(out, force_multigraph=True)
    hos = "https://w3id.org/dockg/id/film/heart-of-snow-afterlife"
    defectors = "https://w3id.org/dockg/id/topic/north-korean-defectors"
    assert graph.number_of_nodes() == 17 and graph.number_of_edges() == 13
    assert graph.nodes[hos]["label"] == "Heart of Snow: afterlife"
    assert graph.nodes[hos]["class"] == "dockg:DocumentaryFilm"
    [edge] = graph.get_edge_data(hos, defectors).values()
    assert edge["property"] == "https://w3id.org/dockg/ontology#featuresGroup"
    assert edge["graph"] == "https://w3id.org/dockg/graph/sidof-2019-heart-of-snow-afterlife"
    assert edge["label"] == "features"


def test_export_gexf_round_trip(invoke: Invoke, tmp_path: Path) -> None:
    out = tmp_path / "people.gexf"
    result = invoke("export", "--format", "gexf", "--projection", "person-film", "--output", out)
    assert result.exit_code == 0, result.stderr
    graph = nx.read_gexf(out)
    kim = "https://w3id.org/dockg/id/person/kim-soyoung"
    assert graph.nodes[kim]["label"] == "Soyoung Kim"
    assert graph.nodes[kim]["class"] == "dockg:Person"
    assert graph.number_of_edges() == 20
    properties = {d["property"] for _, t, d in graph.edges(data=True) if t == kim}
    assert properties == {
        "https://schema.org/director",
        "https://schema.org/producer",
        "https://w3id.org/dockg/ontology#filmEditor",
    }


def test_export_csv_edges(invoke: Invoke) -> None:
    result = invoke("export", "--format", "csv-edges", "--projection", "film-topic")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 13
    assert {
        "source": "https://w3id.org/dockg/id/film/the-last-day-of-the-year",
        "source_label": "The Last Day of the Year",
        "property": "https://w3id.org/dockg/ontology#isAbout",
        "label": "is about",
        "target": "https://w3id.org/dockg/id/topic/north-korean-defectors",
        "target_label": "North Korean defectors",
        "graph": "https://w3id.org/dockg/graph/filmsite-im-heung-soon-bio",
        "via": "",
    } in rows


def test_rdf_export_unchanged(invoke: Invoke) -> None:
    result = invoke("--project", PROJECT_ROOT, "export", "--format", "nquads")
    assert result.exit_code == 0 and result.stdout.endswith(" .\n")
