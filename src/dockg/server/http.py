"""The HTTP layer of ``dockg serve``: uvicorn's httptools protocol, with a clear 414.

httptools splits the request target with a URL parser whose offsets are 16-bit, so a
request line longer than 65,535 bytes (a SPARQL query of about 64 KB sent with GET)
fails in uvicorn as ``400 Invalid HTTP request received``, and until then uvicorn keeps
every byte of the target however long it grows. :class:`HttpProtocol` stops reading the
target at that length and answers ``414 URI Too Long`` with a sentence that says what to
do instead (POST). Shorter targets over ``--max-request-bytes`` get their 414 from the
SPARQL endpoint itself.
"""

from __future__ import annotations

import logging
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

#: The longest request target httptools can split (its URL parser's offsets are 16-bit).
MAX_TARGET_BYTES = 65_535
#: After a 414, the rest of the request is read and dropped for this long at most, so the
#: client (still sending) gets the answer instead of a reset connection.
DRAIN_SECONDS = 5.0

TOO_LONG_MESSAGE = (
    f"the request URL is longer than this server reads ({MAX_TARGET_BYTES:,} bytes): "
    "send a long SPARQL query with POST, as application/sparql-query or a form, "
    "instead of in the URL\n"
)


class _TargetTooLong(Exception):
    """The request target grew past :data:`MAX_TARGET_BYTES`."""


class _NotInvalid(logging.Filter):
    """Drops uvicorn's "Invalid HTTP request received." for a request answered with 414
    (uvicorn logs it before :meth:`HttpProtocol.send_400_response`, in the same call on
    the event loop's one thread); the protocol logs its own line instead."""

    answering_414 = False

    def filter(self, record: logging.LogRecord) -> bool:
        return not (self.answering_414 and record.getMessage() == _UVICORN_INVALID)


_UVICORN_INVALID = "Invalid HTTP request received."
_QUIET = _NotInvalid()
logging.getLogger("uvicorn.error").addFilter(_QUIET)


class HttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol that answers 414 to a request target too long to parse."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._too_long = False

    def data_received(self, data: bytes) -> None:
        """Parse request bytes; after a 414, drop the rest of that request."""
        if not self._too_long:
            super().data_received(data)

    def on_url(self, url: bytes) -> None:
        """Collect the request target, refusing it once it is longer than it can be split."""
        if len(self.url) + len(url) > MAX_TARGET_BYTES:
            self._too_long = _QUIET.answering_414 = True
            raise _TargetTooLong  # the parser stops; uvicorn answers with send_400_response
        super().on_url(url)

    def send_400_response(self, msg: str) -> None:
        """Answer a request the parser refused: 414 with a sentence when the target was too
        long, uvicorn's 400 otherwise."""
        if not self._too_long:
            super().send_400_response(msg)
            return
        _QUIET.answering_414 = False
        self.logger.warning(
            "414 URI Too Long: a request URL of more than %d bytes", MAX_TARGET_BYTES
        )
        body = TOO_LONG_MESSAGE.encode("ascii")
        head = [b"HTTP/1.1 414 URI Too Long\r\n"]
        for name, value in self.server_state.default_headers:
            head.append(name + b": " + value + b"\r\n")
        head.append(b"content-type: text/plain; charset=utf-8\r\n")
        head.append(b"content-length: " + str(len(body)).encode("ascii") + b"\r\n")
        head.append(b"connection: close\r\n\r\n")
        self.transport.write(b"".join(head) + body)
        # Closing now, with the client's bytes unread, would reset the connection and lose
        # the answer: end our side, read until the client ends its own, or give up later.
        self.transport.write_eof()
        self.loop.call_later(DRAIN_SECONDS, self.transport.close)
