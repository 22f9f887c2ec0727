"""The Wikidata client on endpoints that throttle, hang, are down or are no endpoint at all.

Each failure is a RemoteError (exit 9) with a clear message, and a command that fails
leaves data/ as it was.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rdflib import Literal

from conftest import Run
from dockg.errors import ExitCode, RemoteError
from dockg.project import copy_project
from dockg.wikidata.client import USER_AGENT, WikidataClient, query_text, values_clause
from http_fakes import HtmlSite, silent_port
from oxigraph_server import OxigraphServer, free_port
from wikidata_support import Throttled, wikidata_server

ROOT = Path(__file__).resolve().parents[1]
LABELS = [Literal("Seoul", lang="en")]


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    yield from wikidata_server(tmp_path_factory.mktemp("wikidata"))


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    root = copy_project(ROOT, tmp_path / "project")
    shutil.rmtree(root / "data" / "reconciled", ignore_errors=True)
    return root


def _seoul_items(client: WikidataClient) -> set[str]:
    return {str(row["item"]) for row in client.select("candidates", "label", LABELS)}


def test_a_429_is_retried_after_the_wait_it_asks_for(endpoint: OxigraphServer) -> None:
    waits: list[float] = []
    with Throttled(endpoint.base, refusals=2, retry_after="7") as throttled:
        client = WikidataClient(throttled.url, sleep=waits.append)
        items = _seoul_items(client)
    assert items == {
        "http://www.wikidata.org/entity/Q8684",
        "http://www.wikidata.org/entity/Q99000701",
    }
    assert waits == [7.0, 7.0]
    assert client.requests == throttled.seen == 3
    assert set(throttled.agents) == {USER_AGENT}


def test_a_503_without_retry_after_waits_the_default(endpoint: OxigraphServer) -> None:
    waits: list[float] = []
    with Throttled(endpoint.base, refusals=1, status=503, retry_after=None) as throttled:
        client = WikidataClient(throttled.url, sleep=waits.append)
        assert len(_seoul_items(client)) == 2
    assert waits == [5.0]


def test_retries_end_with_a_clear_error(endpoint: OxigraphServer) -> None:
    waits: list[float] = []
    with Throttled(endpoint.base, refusals=100, retry_after="1") as throttled:
        client = WikidataClient(throttled.url, sleep=waits.append)
        with pytest.raises(RemoteError) as raised:
            _seoul_items(client)
    assert raised.value.exit_code == ExitCode.REMOTE
    assert raised.value.message == (
        f"{throttled.url}: too many requests (HTTP 429), still after 3 retries: try again later"
    )
    assert waits == [1.0, 1.0, 1.0]


def test_a_wait_longer_than_dockg_accepts_fails_at_once(endpoint: OxigraphServer) -> None:
    with Throttled(endpoint.base, refusals=100, retry_after="3600") as throttled:
        client = WikidataClient(throttled.url, sleep=lambda s: None)
        with pytest.raises(RemoteError, match="asks to wait 3600 s, more than the 120 s"):
            _seoul_items(client)
        assert throttled.seen == 1


def test_a_hung_endpoint_times_out() -> None:
    with silent_port() as port:
        client = WikidataClient(f"http://127.0.0.1:{port}/sparql", timeout=1)
        with pytest.raises(RemoteError, match="no answer within 1 s"):
            _seoul_items(client)


def test_a_web_page_is_no_endpoint() -> None:
    with HtmlSite() as site:
        client = WikidataClient(f"{site.base}/sparql")
        with pytest.raises(RemoteError, match="not SPARQL JSON results"):
            _seoul_items(client)


def test_values_are_bound_not_pasted() -> None:
    hostile = Literal('x" } ; DROP ALL ; SELECT * { "', lang="en")
    clause = values_clause("label", [hostile])
    assert clause == f"\nVALUES ?label {{ {hostile.n3()} }}\n"
    assert '\\"' in clause  # the quote is escaped inside one literal
    assert "wikibase:label" not in query_text("candidates")
    assert "SERVICE" not in "".join(
        query_text(q) for q in ("candidates", "facts", "credits", "statements", "details")
    )


@pytest.mark.parametrize("command", ["reconcile", "ingest"])
def test_cli_exits_9_and_writes_nothing_when_the_endpoint_is_down(
    command: str, project_dir: Path, dockg: Callable[..., Run]
) -> None:
    before = sorted(p.relative_to(project_dir) for p in project_dir.rglob("*"))
    url = f"http://127.0.0.1:{free_port()}/sparql"
    args = ["wikidata", "--endpoint", url]
    args += ["--items", "Q99000001"] if command == "ingest" else []
    run = dockg("--project", project_dir, command, *args)
    assert run.code == 9
    assert run.stderr.strip().startswith(f"dockg: error: {url}: cannot connect")
    assert "Traceback" not in run.stderr
    assert sorted(p.relative_to(project_dir) for p in project_dir.rglob("*")) == before


def test_cli_exits_9_and_writes_nothing_when_throttled_for_good(
    endpoint: OxigraphServer, project_dir: Path, dockg: Callable[..., Run]
) -> None:
    with Throttled(endpoint.base, refusals=100, retry_after="0") as throttled:
        run = dockg("--project", project_dir, "reconcile", "wikidata", "--endpoint", throttled.url)
    assert run.code == 9
    assert "too many requests (HTTP 429), still after 3 retries" in run.stderr
    assert not (project_dir / "data" / "reconciled").exists()
