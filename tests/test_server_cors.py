"""CORS: a browser SPARQL client on another site can query the endpoint and read the
data (GET, POST and their preflight), and cannot be granted any other method."""

from __future__ import annotations

import httpx
import pytest

from server_support import ServerProcess, shared_seed_server

ORIGIN = "https://yasgui.example"
ASK = "ASK { ?s ?p ?o }"


@pytest.fixture(scope="module")
def seed_server() -> ServerProcess:
    """The server on the seed project shared by every test module."""
    return shared_seed_server()


@pytest.mark.parametrize("path", ["sparql", "void", "id/person/kim-soyoung"])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_preflight_for_a_read_is_allowed(
    seed_server: ServerProcess, path: str, method: str
) -> None:
    answer = httpx.options(
        seed_server.url + path,
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "content-type, accept",
        },
        timeout=30,
    )
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == "*"
    assert method in answer.headers["access-control-allow-methods"]
    allowed = answer.headers["access-control-allow-headers"].lower()
    assert "content-type" in allowed and "accept" in allowed


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_a_preflight_for_a_write_is_refused(seed_server: ServerProcess, method: str) -> None:
    answer = httpx.options(
        seed_server.sparql,
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": method},
        timeout=30,
    )
    assert answer.status_code == 400
    assert method not in answer.headers.get("access-control-allow-methods", "")


def test_cross_origin_get_and_post_queries_carry_the_header(seed_server: ServerProcess) -> None:
    headers = {"Origin": ORIGIN, "Accept": "application/sparql-results+json"}
    got = httpx.get(seed_server.sparql, params={"query": ASK}, headers=headers, timeout=30)
    posted = httpx.post(
        seed_server.sparql,
        content=ASK.encode(),
        headers={**headers, "Content-Type": "application/sparql-query"},
        timeout=30,
    )
    for answer in (got, posted):
        assert answer.status_code == 200
        assert answer.headers["access-control-allow-origin"] == "*"
        assert answer.json()["boolean"] is True


def test_data_paths_carry_the_header(seed_server: ServerProcess) -> None:
    answer = httpx.get(
        seed_server.url + "data/person/kim-soyoung.ttl", headers={"Origin": ORIGIN}, timeout=30
    )
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == "*"
