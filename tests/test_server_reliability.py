"""The server stays available whatever its clients do: time-outs, queues, huge requests
(issue 14, "Availability" and the server's "Messages")."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from server_support import ServerProcess, running_server

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
JSON = {"accept": "application/sparql-results+json"}
#: The time limit of the server these tests start, in seconds.
LIMIT = 2.0


@pytest.fixture(scope="module")
def one_worker() -> Iterator[ServerProcess]:
    """A server with one query worker and a short time limit."""
    with running_server("--query-timeout", f"{LIMIT:g}", "--workers", "1") as server:
        yield server


def test_the_endpoint_answers_after_many_time_outs_with_pages_in_parallel(
    one_worker: ServerProcess,
) -> None:
    """Regression: a replacement worker forked while page requests ran in other threads
    could hang for ever, and every later query got 503."""
    stop = threading.Event()
    pages: list[int] = []

    def browse() -> None:
        with httpx.Client(timeout=60, follow_redirects=True) as session:
            for _ in range(5000):  # bounded; stopped by the event long before
                if stop.is_set():
                    return
                for path in ("", "id/person/kim-soyoung", "search?q=kim"):
                    pages.append(session.get(one_worker.url + path).status_code)

    browsers = [threading.Thread(target=browse) for _ in range(3)]
    for thread in browsers:
        thread.start()
    try:
        statuses = [
            httpx.get(
                one_worker.sparql, params={"query": SLOW}, headers=JSON, timeout=60
            ).status_code
            for _ in range(6)
        ]
    finally:
        stop.set()
        for thread in browsers:
            thread.join()
    assert statuses == [503] * 6
    assert pages and set(pages) == {200}
    ok = httpx.get(
        one_worker.sparql, params={"query": "ASK { ?s ?p ?o }"}, headers=JSON, timeout=60
    )
    assert ok.status_code == 200 and ok.json()["boolean"] is True


def test_queries_queued_behind_a_runaway_get_their_503_within_the_limit(
    one_worker: ServerProcess,
) -> None:
    """Regression: waiting for a free worker did not count; the fourth query queued behind
    runaways waited four limits for its 503."""

    def timed() -> tuple[int, float]:
        started = time.monotonic()
        answer = httpx.get(one_worker.sparql, params={"query": SLOW}, headers=JSON, timeout=60)
        return answer.status_code, time.monotonic() - started

    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(lambda _: timed(), range(4)))
    assert [status for status, _ in outcomes] == [503] * 4
    # one limit each with a generous margin; queued they took 2, 4, 6 and 8 s
    assert all(elapsed < LIMIT * 1.75 for _, elapsed in outcomes), outcomes
