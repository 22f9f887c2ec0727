"""The worker pool that gives SPARQL queries a time limit that really stops them."""

from __future__ import annotations

import asyncio
import os
import threading
import time

import pytest

from dockg.server.workers import Reply, WorkerPool, WorkTimedOut

#: Taken by every job, as a query takes the allocator's and the store's locks.
_LOCK = threading.Lock()


def _handle(job: tuple[str, float]) -> Reply:
    """Echo the job's text after sleeping for its delay (a stand-in for a slow query)."""
    text, delay = job
    with _LOCK:
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


def test_a_replacement_worker_starts_clean_while_a_server_thread_holds_a_lock() -> None:
    """Regression: a worker forked from the running server inherited locks held by its
    other threads (page requests) and hung in a futex wait; every later query got 503."""

    async def scenario() -> list[Reply]:
        pool = WorkerPool(_handle, size=1)
        pool.start()
        held, release = threading.Event(), threading.Event()

        def page_request() -> None:  # a thread of the server, busy when a worker is replaced
            with _LOCK:
                held.set()
                release.wait(30)

        thread = threading.Thread(target=page_request)
        thread.start()
        held.wait(10)
        try:
            replies = []
            for _ in range(3):  # each time-out replaces the worker while the lock is held
                with pytest.raises(WorkTimedOut):
                    await pool.run(("slow", 60.0), timeout=0.3)
                replies.append(await pool.run(("quick", 0.0), timeout=10))
            return replies
        finally:
            release.set()
            thread.join()
            pool.close()

    replies = asyncio.run(scenario())
    assert [r.body.split()[0] for r in replies] == [b"quick"] * 3


def test_waiting_for_a_free_worker_counts_toward_the_time_limit() -> None:
    """Regression: jobs queued behind a runaway got their time-out only after it, one
    limit after another (21 s for the fourth)."""
    limit = 2.5

    async def timed(pool: WorkerPool) -> float:
        started = time.monotonic()
        with pytest.raises(WorkTimedOut):
            await pool.run(("slow", 60.0), timeout=limit)
        return time.monotonic() - started

    async def scenario() -> tuple[list[float], Reply]:
        pool = WorkerPool(_handle, size=1)
        pool.start()
        try:
            waits = list(await asyncio.gather(*(timed(pool) for _ in range(4))))
            return waits, await pool.run(("after", 0.0), timeout=10)
        finally:
            pool.close()

    waits, reply = asyncio.run(scenario())
    # one limit each, with 2 s to spare; queued one after another they took 2.5, 5, 7.5, 10 s
    assert all(wait < limit + 2.0 for wait in waits), waits
    assert reply.body.startswith(b"after from ")


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
