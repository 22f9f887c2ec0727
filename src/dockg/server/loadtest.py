"""A bounded load test of ``dockg serve``: many concurrent clients for a fixed time.

Run it with one command (it is not part of the default test run)::

    python -m dockg.server.loadtest --clients 32 --seconds 20

Without ``--url`` it starts a server on the project (``--project``, default ``.``) on
127.0.0.1 and a free port, and stops it afterwards. Each client loops over a fixed mix of
requests until time is up: SPARQL protocol queries, catalogue query pages, entity IRIs
(the 303 itself, not followed), ``/data`` descriptions, entity pages and searches. It
reports throughput, p50/p99 latency overall and per kind of request, and every error
(an unexpected status or a failed connection); the exit status is 1 if there was any.
"""

from __future__ import annotations

import asyncio
import math
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import click
import httpx

from dockg.project import Project
from dockg.queries import catalogue
from dockg.server.spawn import ServerDidNotStart, spawn_server

#: Entities every run asks for (IRI paths and pages); they are in the seed data.
ENTITY_PATHS = (
    "person/kim-soyoung",
    "person/im-heung-soon",
    "film/heart-of-snow-afterlife",
    "film/the-last-day-of-the-year",
    "topic/north-korean-defectors",
)
SPARQL_QUERIES = (
    "PREFIX schema: <https://schema.org/> "
    "SELECT ?p ?n WHERE { ?p a schema:Person ; schema:name ?n }",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "PREFIX schema: <https://schema.org/> "
    "CONSTRUCT { ?f schema:name ?t } WHERE { ?f a schema:Movie ; schema:name ?t }",
    "ASK { ?s ?p ?o }",
)


@dataclass(frozen=True)
class Target:
    """One request of the mix: its kind (for the report), path, headers and the status
    it should answer with."""

    kind: str
    path: str
    accept: str = "*/*"
    expect: int = 200


def request_mix(query_names: Sequence[str]) -> list[Target]:
    """The requests each client cycles through.

    Args:
        query_names: catalogue query names, run through their pages (``/queries/NAME``).

    Returns:
        The mix, protocol and page requests interleaved.
    """
    targets = [
        Target("sparql", "/sparql?query=" + quote(q), "application/sparql-results+json")
        for q in SPARQL_QUERIES[:2] + SPARQL_QUERIES[3:]
    ]
    targets.append(Target("sparql", "/sparql?query=" + quote(SPARQL_QUERIES[2]), "text/turtle"))
    for path in ENTITY_PATHS:
        targets.append(Target("iri-303", f"/id/{path}", "text/turtle", 303))
        targets.append(Target("data", f"/data/{path}.ttl"))
        targets.append(Target("page", f"/page/{path}", "text/html"))
    targets += [Target("catalogue", f"/queries/{name}", "text/html") for name in query_names]
    targets += [
        # several matches list them; one exact match redirects to its page
        Target("search", "/search?q=" + quote(q), "text/html", status)
        for q, status in (("Kim", 200), ("김소영", 303))
    ]
    return targets


@dataclass
class LoadReport:
    """What a load run measured.

    Attributes:
        seconds: the measured duration.
        clients: concurrent clients.
        latencies: kind of request → latencies in seconds of the requests that succeeded.
        errors: descriptions of failed requests (wrong status or no answer).
    """

    seconds: float
    clients: int
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)

    @property
    def requests(self) -> int:
        """Requests completed, including failed ones."""
        return sum(len(v) for v in self.latencies.values()) + len(self.errors)

    def format(self) -> str:
        """The report as a plain-text table."""
        lines = [
            f"{self.clients} clients, {self.seconds:.1f} s: {self.requests} requests, "
            f"{self.requests / self.seconds:.1f} requests/s, {len(self.errors)} errors",
            f"{'kind':<10} {'requests':>8} {'p50 ms':>8} {'p99 ms':>8}",
        ]
        every = [x for values in self.latencies.values() for x in values]
        for kind, values in [*sorted(self.latencies.items()), ("all", every)]:
            if values:
                p50, p99 = percentile(values, 50), percentile(values, 99)
                lines.append(f"{kind:<10} {len(values):>8} {p50 * 1000:>8.1f} {p99 * 1000:>8.1f}")
        lines += [f"error: {error}" for error in self.errors[:20]]
        return "\n".join(lines) + "\n"


def percentile(values: Sequence[float], pct: float) -> float:
    """The ``pct``-th percentile (nearest rank) of some values."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(pct / 100 * len(ordered)) - 1))
    return ordered[rank]


async def _client(
    client: httpx.AsyncClient,
    targets: Sequence[Target],
    start: int,
    deadline: float,
    report: LoadReport,
) -> None:
    index = start
    while time.monotonic() < deadline:
        target = targets[index % len(targets)]
        index += 1
        began = time.monotonic()
        try:
            response = await client.get(target.path, headers={"Accept": target.accept})
        except httpx.HTTPError as error:
            report.errors.append(f"{target.path}: {type(error).__name__}: {error}")
            continue
        elapsed = time.monotonic() - began
        if response.status_code != target.expect:
            report.errors.append(f"{target.path}: status {response.status_code}")
        else:
            report.latencies[target.kind].append(elapsed)


async def run_load(
    url: str, targets: Sequence[Target], *, clients: int, seconds: float
) -> LoadReport:
    """Run ``clients`` concurrent clients against a server for ``seconds``.

    Args:
        url: the server root.
        targets: the request mix; client ``i`` starts at request ``i`` of it.
        clients: concurrent clients (each one connection at a time).
        seconds: how long to run.

    Returns:
        The measurements.
    """
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(
        base_url=url, limits=limits, timeout=60, follow_redirects=False
    ) as client:
        started = time.monotonic()
        report = LoadReport(seconds=seconds, clients=clients)
        deadline = started + seconds
        await asyncio.gather(
            *(_client(client, targets, i, deadline, report) for i in range(clients))
        )
        report.seconds = time.monotonic() - started
    return report


@click.command()
@click.option("--clients", default=32, show_default=True, type=click.IntRange(min=1))
@click.option("--seconds", default=20.0, show_default=True, type=click.FloatRange(min=0.1))
@click.option("--url", default="", help="Target a running server instead of starting one.")
@click.option(
    "--project",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False),
    help="The project to serve when no --url is given.",
)
@click.option(
    "--serve-option",
    "serve_options",
    multiple=True,
    help="An option for the started dockg serve (repeatable), e.g. --workers=2.",
)
def main(
    clients: int, seconds: float, url: str, project: str, serve_options: tuple[str, ...]
) -> None:
    """Load-test a dockg server and report throughput and p50/p99 latency."""
    names = [spec.name for spec in catalogue(Project.open(project))]
    process = None
    log = Path(tempfile.mkstemp(prefix="dockg-loadtest-", suffix=".log")[1])
    if not url:
        try:
            process, url = spawn_server(Path(project), serve_options, log=log)
        except ServerDidNotStart as error:
            raise click.ClickException(str(error)) from error
    try:
        report = asyncio.run(run_load(url, request_mix(names), clients=clients, seconds=seconds))
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)
    click.echo(report.format(), nl=False)
    if report.errors:
        if process is not None:
            click.echo(f"the server's output is in {log}")
        sys.exit(1)


if __name__ == "__main__":
    main()
