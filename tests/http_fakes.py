"""Small HTTP servers that misbehave on purpose, for the remote store's error paths.

- :class:`Proxy` forwards to a real SPARQL server, but can answer chosen update requests
  with HTTP 500 and can demand credentials (basic or bearer), recording what it saw.
- :class:`HtmlSite` answers every request with an HTML page (a URL that is no endpoint).
- :func:`silent_port` listens but never answers (a hung server).
"""

from __future__ import annotations

import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Server:
    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.owner = self  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _ProxyHandler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _handle(self) -> None:
        proxy: Proxy = self.server.owner  # type: ignore[attr-defined]
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        proxy.authorizations.append(self.headers.get("Authorization"))
        if proxy.required_auth and self.headers.get("Authorization") != proxy.required_auth:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="dockg"')
            self.end_headers()
            return
        if self.path.startswith("/update"):
            proxy.updates += 1
            if proxy.updates in proxy.fail_updates:
                self.send_response(500)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                self.wfile.write(b"injected failure")
                return
        request = urllib.request.Request(
            proxy.target + self.path, data=body or None, method=self.command
        )
        for name in ("Content-Type", "Accept"):
            if self.headers.get(name):
                request.add_header(name, self.headers[name])
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                status, headers, data = answer.status, answer.headers, answer.read()
        except urllib.error.HTTPError as error:
            status, headers, data = error.code, error.headers, error.read()
        self.send_response(status)
        if headers.get("Content-Type"):
            self.send_header("Content-Type", headers["Content-Type"])
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = _handle
    do_POST = _handle


class Proxy(_Server):
    """Forward to ``target`` (e.g. ``http://127.0.0.1:7878``).

    Args:
        target: the real server's base URL.
        fail_updates: 1-based numbers of the update requests to answer with HTTP 500.
        required_auth: the exact ``Authorization`` header to demand, if any.
    """

    def __init__(
        self, target: str, *, fail_updates: set[int] | None = None, required_auth: str | None = None
    ) -> None:
        super().__init__(_ProxyHandler)
        self.target = target
        self.fail_updates = fail_updates or set()
        self.required_auth = required_auth
        self.updates = 0
        self.authorizations: list[str | None] = []

    @property
    def spec(self) -> str:
        return f"sparql:{self.base}/query,{self.base}/update"


class _HtmlHandler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _handle(self) -> None:
        page = b"<!doctype html><html><body><h1>Film archive</h1></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    do_GET = _handle
    do_POST = _handle


class HtmlSite(_Server):
    """A web site, not a SPARQL endpoint."""

    def __init__(self) -> None:
        super().__init__(_HtmlHandler)


@contextmanager
def silent_port() -> Iterator[int]:
    """A port that accepts connections but never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield int(listener.getsockname()[1])
