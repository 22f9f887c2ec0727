"""The worker pool that gives SPARQL queries a time limit that really stops them."""

from __future__ import annotations

import asyncio
import os
import time

import pytest

from dockg.server.workers import Reply, WorkerPool, WorkTimedOut


def _handle(job: tuple[str, float]) -> Reply:
    """Echo the job's text after sleeping for its delay (a stand-in for a slow query)."""
    text, delay = job
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:  # busy, like a query evaluating
        pass
    return Reply(200, "text/plain", f"{text} from {os.getpid()}".encode())


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A killed child stays a zombie until reaped; it does no work then.
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split()[2] != "Z"


def test_jobs_run_in_forked_workers_and_come_back() -> None:
    async def scenario() -> list[Reply]:
        pool = WorkerPool(_handle, size=2)
        pool.start()
        try:
            return list(
                await asyncio.gather(*(pool.run((f"job{i}", 0.0), timeout=5) for i in range(4)))
            )
        finally:
            pool.close()

    replies = asyncio.run(scenario())
    assert [r.body.split()[0] for r in replies] == [b"job0", b"job1", b"job2", b"job3"]
    assert all(int(r.body.split()[-1]) != os.getpid() for r in replies)


def test_a_job_over_its_time_limit_is_killed_and_its_worker_replaced() -> None:
    async def scenario() -> tuple[list[int], list[int], float, Reply]:
        pool = WorkerPool(_handle, size=1)
        pool.start()
        try:
            before = pool.pids
            started = time.monotonic()
            with pytest.raises(WorkTimedOut, match=r"longer than 0.5 s"):
                await pool.run(("slow", 60.0), timeout=0.5)
            elapsed = time.monotonic() - started
            after = pool.pids
            reply = await pool.run(("quick", 0.0), timeout=5)
            return before, after, elapsed, reply
        finally:
            pool.close()

    before, after, elapsed, reply = asyncio.run(scenario())
    assert elapsed < 5
    assert len(before) == len(after) == 1 and before != after
    assert not _alive(before[0])  # the slow work stopped: its process is gone
    assert reply.body == f"quick from {after[0]}".encode()


def test_close_stops_every_worker() -> None:
    async def scenario() -> list[int]:
        pool = WorkerPool(_handle, size=2)
        pool.start()
        pids = pool.pids
        pool.close()
        return pids

    pids = asyncio.run(scenario())
    assert len(pids) == 2
    assert not any(_alive(pid) for pid in pids)


def test_pages_queries_run_in_the_workers_with_the_time_limit() -> None:
    from rdflib import URIRef

    from dockg.errors import UsageError
    from dockg.server.config import ServerConfig
    from dockg.server.jobs import QueryStopped, select_rows
    from dockg.server.sparql import query_pool
    from dockg.server.state import ServerState
    from dockg.store import MemoryStore
    from queries_support import seed_loaded, seed_project

    state = ServerState(
        seed_project(),
        MemoryStore(seed_loaded()),
        None,
        ServerConfig(query_timeout=1),  # type: ignore[arg-type]
    )
    kim = URIRef("https://w3id.org/dockg/id/person/kim-soyoung")

    async def scenario() -> None:
        state.workers = query_pool(state)
        state.workers.start()
        try:
            rows = await select_rows(
                state, "SELECT ?name WHERE { ?p <https://schema.org/name> ?name }", {"p": kim}
            )
            assert rows.variables == ("name",)
            assert [str(r[0]) for r in rows.rows] == ["Soyoung Kim"]
            with pytest.raises(QueryStopped, match="longer than the time limit of 1 s"):
                await select_rows(
                    state, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
                )
            with pytest.raises(UsageError, match="SPARQL syntax error"):
                await select_rows(state, "SELECT ?x WHERE {")
        finally:
            state.workers.close()

    asyncio.run(scenario())


def _big(size: int) -> Reply:
    return Reply(200, "application/octet-stream", bytes(range(256)) * (size // 256))


def test_a_reply_larger_than_the_socket_buffers_comes_back_whole() -> None:
    async def scenario() -> list[Reply]:
        pool = WorkerPool(_big, size=1)
        pool.start()
        try:
            # one after the other on the same worker: the stream stays in step
            return [await pool.run(size, timeout=30) for size in (8 << 20, 256, 1 << 20)]
        finally:
            pool.close()

    replies = asyncio.run(scenario())
    assert [len(r.body) for r in replies] == [8 << 20, 256, 1 << 20]
    assert replies[0].body[:512] == bytes(range(256)) * 2
