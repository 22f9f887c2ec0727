"""A bounded load test of ``dockg serve``: many concurrent clients for a fixed time.

Run it with one command (it is not part of the default test run)::

    python -m dockg.server.loadtest --clients 16 --seconds 20 --page-clients 50

By default it compares: it loads the project (``--project``, default ``.``) into Oxigraph,
writes it as N-Quads, serves that with ``oxigraph serve-read-only`` and the project with
``dockg serve``, each on 127.0.0.1 and a free port, and runs the same SPARQL query
(``--query``) with the same number of clients for the same time against each in turn,
then entity pages and catalogue pages against ``dockg serve`` with ``--page-clients``. It
prints throughput, p50/p99 and errors of each run and the ratio of dockg's throughput to
Oxigraph's.

With ``--mix`` each client instead loops over a fixed mix of requests: SPARQL protocol
queries, catalogue query pages, entity IRIs (the 303 itself, not followed), ``/data``
descriptions, entity pages and searches, reported per kind of request.

Every loop is bounded in time (``--seconds``) and in count (``--max-requests``), talks to
loopback only, and every error (an unexpected status or a failed connection) is listed;
the exit status is 1 if there was any.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

import click
import httpx
import pyoxigraph as ox
from rdflib import Literal

from dockg.namespaces import BASE
from dockg.project import Project
from dockg.queries import catalogue
from dockg.server.spawn import ServerDidNotStart, spawn_oxigraph, spawn_server
from dockg.server.state import ENTITY_PREFIX
from dockg.store.oxigraph import OxigraphStore

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
#: The query both servers answer in the comparison: people and their names.
COMPARED_QUERY = SPARQL_QUERIES[0]
SPARQL_JSON = "application/sparql-results+json"
#: Requests one run sends at most, whatever the time left.
MAX_REQUESTS = 200_000


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

    @property
    def throughput(self) -> float:
        """Requests per second, failed ones included."""
        return self.requests / self.seconds if self.seconds else 0.0

    def every_latency(self) -> list[float]:
        """The latencies of every kind of request together."""
        return [x for values in self.latencies.values() for x in values]

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


@dataclass
class _Budget:
    """How many requests a run may still send (shared by its clients)."""

    left: int

    def take(self) -> bool:
        self.left -= 1
        return self.left >= 0


async def _client(
    client: httpx.AsyncClient,
    targets: Sequence[Target],
    start: int,
    deadline: float,
    report: LoadReport,
    budget: _Budget,
) -> None:
    index = start
    while time.monotonic() < deadline and budget.take():
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
    url: str,
    targets: Sequence[Target],
    *,
    clients: int,
    seconds: float,
    max_requests: int = MAX_REQUESTS,
) -> LoadReport:
    """Run ``clients`` concurrent clients against a server for ``seconds``.

    Args:
        url: the server root (loopback only).
        targets: the request mix; client ``i`` starts at request ``i`` of it.
        clients: concurrent clients (each one connection at a time).
        seconds: how long to run at most.
        max_requests: how many requests to send at most, all clients together.

    Returns:
        The measurements.

    Raises:
        ValueError: if ``url`` is not on 127.0.0.1 or localhost.
    """
    if urlsplit(url).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError(f"the load test only targets this machine, not {url}")
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(
        base_url=url, limits=limits, timeout=60, follow_redirects=False
    ) as client:
        started = time.monotonic()
        report = LoadReport(seconds=seconds, clients=clients)
        deadline = started + seconds
        budget = _Budget(max_requests)
        await asyncio.gather(
            *(_client(client, targets, i, deadline, report, budget) for i in range(clients))
        )
        report.seconds = time.monotonic() - started
    return report


def sparql_targets(path: str, query: str) -> list[Target]:
    """The one request of a SPARQL run: ``query`` by GET on ``path``, JSON results."""
    return [Target("sparql", f"{path}?query={quote(query)}", SPARQL_JSON)]


def entity_page_targets(store: OxigraphStore, base_iri: str, count: int) -> list[Target]:
    """Pages of ``count`` named entities spread over the whole graph, in a stable order.

    Args:
        store: the project in Oxigraph.
        base_iri: the server's base IRI (entities are ``{base_iri}id/...``).
        count: how many entities at most.

    Returns:
        ``/page/...`` targets; the entities the mix always asks for come first.
    """
    entity_base = base_iri + ENTITY_PREFIX
    answer = store.query(
        "SELECT DISTINCT ?e WHERE { ?e <https://schema.org/name> ?n "
        "FILTER(isIRI(?e) && STRSTARTS(STR(?e), ?base)) } ORDER BY ?e",
        bindings={"base": Literal(entity_base)},
    )
    everyone = [str(row[0])[len(entity_base) :] for row in answer]  # type: ignore[index]
    step = max(1, len(everyone) // max(1, count))
    paths = list(dict.fromkeys([*ENTITY_PATHS, *everyone[::step]]))[:count]
    return [Target("entity pages", f"/page/{path}", "text/html") for path in paths]


def catalogue_targets(query_names: Sequence[str]) -> list[Target]:
    """Every catalogue query's page, with its default parameters."""
    return [Target("catalogue pages", f"/queries/{name}", "text/html") for name in query_names]


@dataclass
class Comparison:
    """One comparison run: the same SPARQL query against Oxigraph's server and dockg's,
    then dockg's pages.

    Attributes:
        query: the SPARQL query.
        oxigraph: the run against ``oxigraph serve``.
        dockg: the run against ``dockg serve``.
        pages: kind of page → its run against ``dockg serve``.
    """

    query: str
    oxigraph: LoadReport
    dockg: LoadReport
    pages: dict[str, LoadReport]

    @property
    def ratio(self) -> float:
        """dockg's SPARQL throughput divided by Oxigraph's."""
        return self.dockg.throughput / self.oxigraph.throughput if self.oxigraph.throughput else 0

    @property
    def errors(self) -> list[str]:
        """Every failed request of every run, named by run."""
        runs = {"oxigraph": self.oxigraph, "dockg": self.dockg, **self.pages}
        return [f"{name}: {error}" for name, run in runs.items() for error in run.errors]

    def format(self) -> str:
        """The comparison as a plain-text report."""
        header = f"{'':<16} {'requests':>8} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}"

        def line(name: str, run: LoadReport) -> str:
            every = run.every_latency()
            p50, p99 = (percentile(every, 50), percentile(every, 99)) if every else (0.0, 0.0)
            return (
                f"{name:<16} {run.requests:>8} {run.throughput:>8.1f} {p50 * 1000:>8.1f} "
                f"{p99 * 1000:>8.1f} {len(run.errors):>6}"
            )

        lines = [
            f"SPARQL: {' '.join(self.query.split())}",
            f"{self.dockg.clients} clients, about {self.dockg.seconds:.0f} s each, "
            "one server after the other",
            header,
            line("oxigraph serve", self.oxigraph),
            line("dockg serve", self.dockg),
            f"dockg / oxigraph throughput: {self.ratio:.2f}",
        ]
        if self.pages:
            first = next(iter(self.pages.values()))
            lines += [f"dockg pages, {first.clients} clients", header]
            lines += [line(name, run) for name, run in self.pages.items()]
        lines += [f"error: {error}" for error in self.errors[:20]]
        return "\n".join(lines) + "\n"


@contextlib.contextmanager
def _stopped_at_exit(process: subprocess.Popen[bytes]) -> Iterator[None]:
    try:
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def compare(
    project: Path,
    *,
    query: str,
    clients: int,
    seconds: float,
    page_clients: int,
    entities: int,
    serve_options: Sequence[str] = (),
    max_requests: int = MAX_REQUESTS,
    scratch: Path,
) -> Comparison:
    """Serve a project with ``oxigraph serve`` and ``dockg serve`` and load both the same way.

    Args:
        project: the project.
        query: the SPARQL query both servers answer.
        clients: concurrent clients of the SPARQL runs.
        seconds: how long each run lasts at most.
        page_clients: concurrent clients of the page runs (0: no page run).
        entities: how many entities' pages the entity run cycles through.
        serve_options: more ``dockg serve`` options.
        max_requests: requests per run at most.
        scratch: a directory for the N-Quads, Oxigraph's store and the servers' logs.

    Returns:
        The measurements.

    Raises:
        ServerDidNotStart: if a server does not start.
    """
    opened = Project.open(project)
    store = OxigraphStore(None)
    store.load_project(opened)
    nquads = scratch / "project.nq"
    store.native.dump(str(nquads), format=ox.RdfFormat.N_QUADS)  # the union graph too
    pages = [*entity_page_targets(store, BASE, entities)]
    names = [spec.name for spec in catalogue(opened)]
    del store

    def load(url: str, targets: Sequence[Target], count: int) -> LoadReport:
        return asyncio.run(
            run_load(url, targets, clients=count, seconds=seconds, max_requests=max_requests)
        )

    oxigraph, endpoint = spawn_oxigraph(nquads, scratch / "oxigraph", log=scratch / "oxigraph.log")
    with _stopped_at_exit(oxigraph):
        root = endpoint[: -len("query")]
        oxigraph_run = load(root, sparql_targets("/query", query), clients)
    dockg, url = spawn_server(project, serve_options, log=scratch / "dockg.log")
    with _stopped_at_exit(dockg):
        dockg_run = load(url, sparql_targets("/sparql", query), clients)
        page_runs = {}
        if page_clients:
            page_runs["entity pages"] = load(url, pages, page_clients)
            page_runs["catalogue pages"] = load(url, catalogue_targets(names), page_clients)
    return Comparison(query, oxigraph_run, dockg_run, page_runs)


@click.command()
@click.option("--clients", default=16, show_default=True, type=click.IntRange(min=1))
@click.option("--seconds", default=20.0, show_default=True, type=click.FloatRange(min=0.1))
@click.option(
    "--page-clients",
    default=50,
    show_default=True,
    type=click.IntRange(min=0),
    help="Clients of the page runs of the comparison (0: none).",
)
@click.option(
    "--entities",
    default=200,
    show_default=True,
    type=click.IntRange(min=1),
    help="Entities whose pages the comparison's entity run cycles through.",
)
@click.option("--query", default=COMPARED_QUERY, help="The SPARQL query of the comparison.")
@click.option(
    "--max-requests",
    default=MAX_REQUESTS,
    show_default=True,
    type=click.IntRange(min=1),
    help="Requests one run sends at most.",
)
@click.option("--mix", is_flag=True, help="Run the request mix against dockg serve only.")
@click.option("--url", default="", help="With --mix: target a running server on this machine.")
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
    clients: int,
    seconds: float,
    page_clients: int,
    entities: int,
    query: str,
    max_requests: int,
    mix: bool,
    url: str,
    project: str,
    serve_options: tuple[str, ...],
) -> None:
    """Load-test dockg serve (against oxigraph serve) and report throughput and p50/p99."""
    if url and urlsplit(url).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise click.BadParameter("the load test only targets this machine", param_hint="--url")
    scratch = Path(tempfile.mkdtemp(prefix="dockg-loadtest-"))
    if not mix:
        try:
            comparison = compare(
                Path(project),
                query=query,
                clients=clients,
                seconds=seconds,
                page_clients=page_clients,
                entities=entities,
                serve_options=serve_options,
                max_requests=max_requests,
                scratch=scratch,
            )
        except ServerDidNotStart as error:
            raise click.ClickException(str(error)) from error
        click.echo(comparison.format(), nl=False)
        if comparison.errors:
            click.echo(f"the servers' output is in {scratch}")
            sys.exit(1)
        shutil.rmtree(scratch, ignore_errors=True)
        return
    names = [spec.name for spec in catalogue(Project.open(project))]
    process = None
    log = scratch / "dockg.log"
    if not url:
        try:
            process, url = spawn_server(Path(project), serve_options, log=log)
        except ServerDidNotStart as error:
            raise click.ClickException(str(error)) from error
    try:
        report = asyncio.run(
            run_load(
                url,
                request_mix(names),
                clients=clients,
                seconds=seconds,
                max_requests=max_requests,
            )
        )
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)
    click.echo(report.format(), nl=False)
    if report.errors:
        if process is not None:
            click.echo(f"the server's output is in {log}")
        sys.exit(1)
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
