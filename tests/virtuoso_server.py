"""A second real SPARQL server for tests: Virtuoso Open Source 7 on free ports of 127.0.0.1.

The binary comes from Debian's ``virtuoso-opensource`` package (``.ci/run`` installs it).
:class:`VirtuosoServer` writes a minimal ``virtuoso.ini`` into a temporary directory (the
database, its log and its transaction files there; HTTP and SQL ports bound to
127.0.0.1; 10,000 buffers, about 80 MB), starts ``virtuoso-t +foreground``, waits until
``/sparql`` answers (about 2.5 s on the 2-core test machine), and stops it.

Virtuoso's anonymous ``/sparql`` endpoint is read-only until the ``SPARQL`` user is given
the ``SPARQL_UPDATE`` role; :meth:`VirtuosoServer.allow_updates` grants it through
``isql-vt`` as ``dba`` (the fresh database's default password, on a server that only
listens on 127.0.0.1 and lives for one test session). dockg sends no digest credentials,
so this grant is how a test instance becomes writable; a real deployment would put an
authenticating proxy in front (dockg speaks basic and bearer auth).

Locally, the tests that need Virtuoso are skipped when ``virtuoso-t`` is not installed;
under CI (``CI`` set) a missing binary fails them instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from oxigraph_server import free_port

STARTUP_SECONDS = 60.0

_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = {dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}/www
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""

#: A page Virtuoso serves at ``/index.html``: an HTTP endpoint that is not SPARQL.
INDEX_HTML = "<!doctype html><title>Not a SPARQL endpoint</title><p>A plain web page.</p>\n"


def virtuoso_binaries() -> tuple[str, str]:
    """``virtuoso-t`` and ``isql-vt``; skip locally, fail under CI, if they are missing."""
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if server is None or isql is None:
        reason = "Virtuoso is not installed: apt-get install virtuoso-opensource"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return server, isql


class VirtuosoServer:
    """One ``virtuoso-t`` process with its own database directory.

    Args:
        directory: where the ini file and the database go (created).
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.http_port = free_port()
        self.sql_port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.startup_seconds = 0.0
        self.own_graphs: set[str] = set()
        self.writable = False

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def query_url(self) -> str:
        return f"{self.base}/sparql"

    @property
    def update_url(self) -> str:
        return f"{self.base}/sparql"

    @property
    def spec(self) -> str:
        """The ``--store`` value for this server."""
        return f"sparql:{self.query_url},{self.update_url}"

    def start(self) -> VirtuosoServer:
        """Write the ini, start the server and wait until ``/sparql`` answers."""
        binary, _ = virtuoso_binaries()
        (self.directory / "www").mkdir(parents=True, exist_ok=True)
        (self.directory / "www" / "index.html").write_text(INDEX_HTML, encoding="utf-8")
        ini = self.directory / "virtuoso.ini"
        ini.write_text(
            _INI.format(dir=self.directory, sql_port=self.sql_port, http_port=self.http_port),
            encoding="utf-8",
        )
        began = time.monotonic()
        self.process = subprocess.Popen(
            [binary, "+foreground", "+configfile", str(ini)],
            cwd=self.directory,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        while time.monotonic() - began < STARTUP_SECONDS:
            if self.process.poll() is not None:
                log = (self.directory / "virtuoso.log").read_text(errors="replace")[-2000:]
                pytest.fail(f"virtuoso-t exited with {self.process.returncode}: {log}")
            try:
                urllib.request.urlopen(f"{self.query_url}?query=ASK%7B%7D", timeout=2).close()
                self.startup_seconds = time.monotonic() - began
                self.own_graphs = set(self.graphs())
                return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)
        self.stop()
        pytest.fail(f"virtuoso-t did not answer within {STARTUP_SECONDS} s")

    def sql(self, statement: str) -> str:
        """Run one SQL statement as ``dba`` through ``isql-vt``; fail the test on an error."""
        _, isql = virtuoso_binaries()
        done = subprocess.run(
            [isql, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statement}"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            pytest.fail(f"isql-vt {statement!r}: {done.stdout}{done.stderr}")
        return done.stdout

    def allow_updates(self, allowed: bool = True) -> None:
        """Let the anonymous ``/sparql`` endpoint write (or make it read-only again)."""
        if allowed == self.writable:
            return
        if allowed:
            self.sql('GRANT SPARQL_UPDATE TO "SPARQL";')
        else:
            self.sql('REVOKE SPARQL_UPDATE FROM "SPARQL";')
        self.writable = allowed

    def graphs(self) -> list[str]:
        """Every graph the server holds, its own system graphs included."""
        out = self.sql("SPARQL SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } };")
        return sorted({word for word in out.split() if "://" in word})

    def clear(self) -> None:
        """Drop every graph but Virtuoso's own, as if freshly started."""
        for graph in self.graphs():
            if graph not in self.own_graphs:
                self.sql(f"SPARQL DROP SILENT GRAPH <{graph}>;")

    def stop(self) -> None:
        """Stop it (it checkpoints first), killing it if it does not stop in time."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def running_virtuoso(directory: Path) -> Iterator[VirtuosoServer]:
    """Body of a ``virtuoso_server`` fixture: a started, writable, empty server."""
    server = VirtuosoServer(directory).start()
    try:
        server.allow_updates()
        yield server
    finally:
        server.stop()
