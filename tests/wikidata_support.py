"""A Wikidata-shaped SPARQL endpoint for tests, and endpoints that misbehave.

:func:`wikidata_server` loads ``tests/fixtures/wikidata/wikidata.ttl`` into a store with
``oxigraph load`` and serves it read-only on a free port of 127.0.0.1.
:class:`Throttled` answers the first requests with HTTP 429 (or 503) and a
``Retry-After``, then forwards to a real endpoint, counting what it saw.
"""

from __future__ import annotations

import subprocess
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from oxigraph_server import OxigraphServer, oxigraph_binary

FIXTURE = Path(__file__).parent / "fixtures" / "wikidata" / "wikidata.ttl"


def wikidata_server(root: Path) -> Iterator[OxigraphServer]:
    """Body of a fixture: the Wikidata fixture served read-only; stopped at the end."""
    location = root / "wikidata-store"
    subprocess.run(
        [oxigraph_binary(), "load", "--location", str(location), "--file", str(FIXTURE)],
        check=True,
        capture_output=True,
    )
    server = OxigraphServer(location, read_only=True).start()
    try:
        yield server
    finally:
        server.stop()


class _ThrottledHandler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _handle(self) -> None:
        owner: Throttled = self.server.owner  # type: ignore[attr-defined]
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        owner.seen += 1
        owner.agents.append(self.headers.get("User-Agent") or "")
        if owner.seen <= owner.refusals:
            self.send_response(owner.status)
            if owner.retry_after is not None:
                self.send_header("Retry-After", owner.retry_after)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        request = urllib.request.Request(owner.target + "/query", data=body or None)
        for name in ("Content-Type", "Accept"):
            if self.headers.get(name):
                request.add_header(name, self.headers[name])
        with urllib.request.urlopen(request, timeout=30) as answer:
            data, media = answer.read(), answer.headers.get("Content-Type", "")
        self.send_response(200)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = _handle
    do_POST = _handle


class Throttled:
    """An endpoint that refuses the first ``refusals`` requests, then forwards to ``target``.

    Args:
        target: the real server's base URL.
        refusals: how many requests to refuse (a large number: all).
        status: 429 or 503.
        retry_after: the ``Retry-After`` header sent, if any.
    """

    def __init__(
        self, target: str, *, refusals: int, status: int = 429, retry_after: str | None = "0"
    ) -> None:
        self.target = target
        self.refusals = refusals
        self.status = status
        self.retry_after = retry_after
        self.seen = 0
        self.agents: list[str] = []
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _ThrottledHandler)
        self.httpd.owner = self  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/query"

    def __enter__(self) -> Throttled:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
