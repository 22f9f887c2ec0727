"""Asking a Wikidata SPARQL endpoint, politely and portably, through SPARQLWrapper.

The queries are the ``.rq`` files of ``dockg/wikidata/queries/``: SPARQL 1.1 over Wikidata's
RDF as the public dump writes it (``wdt:``, ``p:``/``ps:``/``pq:``, ``prov:wasDerivedFrom``,
``pr:``, ``rdfs:label``, ``skos:altLabel``, ``schema:description``), with no label service,
no ``mwapi`` and no Blazegraph hints, so any endpoint holding the dump answers them.

Parameters are bound by a ``VALUES`` clause appended to the query, each term written by
rdflib's ``n3()`` (which escapes literals and refuses malformed IRIs), in batches of at most
:data:`BATCH_SIZE` terms. Every request carries a descriptive User-Agent, waits at most
:data:`TIMEOUT_SECONDS` (the public service's own limit), and is retried after HTTP 429 or
503 as ``Retry-After`` asks (up to :data:`MAX_RETRIES` times, never longer than
:data:`MAX_WAIT_SECONDS` a wait). Answers are cached on disk, keyed by endpoint and query
text, so a re-run asks nothing again.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import time
import urllib.error
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from http.client import HTTPException
from importlib import resources
from pathlib import Path

from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier, Node
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from dockg import __version__
from dockg.atomic import write_atomic
from dockg.errors import RemoteError, UsageError
from dockg.store.sparql import connection_failure

#: The public Wikidata Query Service.
DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
#: Terms bound per request: the public service answers a few hundred at a time well.
BATCH_SIZE = 200
#: The public service stops every query after 60 s.
TIMEOUT_SECONDS = 60.0
#: Retries after HTTP 429 or 503 before giving up.
MAX_RETRIES = 3
#: The longest wait dockg accepts from ``Retry-After``; a longer one fails at once.
MAX_WAIT_SECONDS = 120.0
#: The wait when a 429 or 503 gives no ``Retry-After``.
DEFAULT_WAIT_SECONDS = 5.0
#: What the Wikimedia User-Agent policy asks for: the tool, its version and where it lives.
USER_AGENT = f"dockg/{__version__} (documentary film knowledge graph; https://w3id.org/dockg/)"

Row = dict[str, Node]


@cache
def query_text(name: str) -> str:
    """The text of a packaged query, ``dockg/wikidata/queries/{name}.rq``."""
    return resources.files("dockg.wikidata").joinpath("queries", f"{name}.rq").read_text("utf-8")


def values_clause(variable: str, terms: Sequence[Identifier]) -> str:
    """A trailing ``VALUES ?variable { ... }`` clause binding one variable to ``terms``.

    Raises:
        UsageError: if a term is a blank node (it cannot be sent to another server).
    """
    written = []
    for term in terms:
        if isinstance(term, BNode):
            raise UsageError(f"cannot bind ?{variable} to a blank node")
        written.append(term.n3())
    return f"\nVALUES ?{variable} {{ {' '.join(written)} }}\n"


def _term(binding: dict[str, str]) -> Node:
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    language = binding.get("xml:lang")
    datatype = binding.get("datatype")
    return Literal(value, lang=language, datatype=URIRef(datatype) if datatype else None)


def _rows(answer: dict) -> list[Row]:
    names = answer.get("head", {}).get("vars", [])
    rows = []
    for binding in answer.get("results", {}).get("bindings", []):
        rows.append({name: _term(binding[name]) for name in names if name in binding})
    return rows


def _retry_after(header: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds, or an HTTP date)."""
    if not header:
        return None
    header = header.strip()
    if header.isdigit():
        return float(header)
    try:
        when = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


@dataclass
class WikidataClient:
    """A client of one SPARQL endpoint that holds Wikidata's RDF.

    Args:
        endpoint: the query URL.
        cache_dir: where answers are kept (None: no cache).
        timeout: seconds to wait for one answer.
        max_retries: retries after HTTP 429 or 503.
        max_wait: the longest ``Retry-After`` honoured.
        sleep: how to wait (tests pass a recorder).

    Attributes:
        requests: how many requests were sent (cached answers do not count).
    """

    endpoint: str = DEFAULT_ENDPOINT
    cache_dir: Path | None = None
    timeout: float = TIMEOUT_SECONDS
    max_retries: int = MAX_RETRIES
    max_wait: float = MAX_WAIT_SECONDS
    sleep: Callable[[float], None] = time.sleep
    requests: int = field(default=0, init=False)

    def select(self, name: str, variable: str, terms: Iterable[Identifier]) -> list[Row]:
        """Run a packaged SELECT query with ``?variable`` bound to each of ``terms``.

        The terms are sent in sorted batches of :data:`BATCH_SIZE`; the rows of all
        batches are returned together.

        Raises:
            RemoteError: if the endpoint cannot answer (exit code 9).
        """
        unique = sorted(set(terms), key=lambda t: t.n3())
        rows: list[Row] = []
        for start in range(0, len(unique), BATCH_SIZE):
            batch = unique[start : start + BATCH_SIZE]
            rows += self.run(query_text(name) + values_clause(variable, batch))
        return rows

    def run(self, text: str) -> list[Row]:
        """Run one SELECT query text, from the cache if it was answered before."""
        path = self._cache_path(text)
        if path is not None and path.is_file():
            try:
                return _rows(json.loads(path.read_text("utf-8")))
            except (OSError, ValueError):
                pass  # a damaged cache entry is asked again
        body = self._ask(text)
        try:
            answer = json.loads(body)
        except ValueError as error:
            raise RemoteError(
                f"{self.endpoint}: the answer is not SPARQL JSON results; is it a SPARQL endpoint?"
            ) from error
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, body)
        return _rows(answer)

    def _cache_path(self, text: str) -> Path | None:
        if self.cache_dir is None:
            return None
        key = hashlib.sha256(f"{self.endpoint}\n{text}".encode()).hexdigest()
        return self.cache_dir / f"{key}.json"

    def _wrapper(self, text: str) -> SPARQLWrapper:
        wrapper = SPARQLWrapper(self.endpoint, agent=USER_AGENT, returnFormat=JSON)
        wrapper.setMethod(POST)
        wrapper.setTimeout(max(1, int(self.timeout)))
        wrapper.setQuery(text)
        # SPARQLWrapper guesses the form from the text, and a word such as
        # schema:description can mislead it; every packaged query is a SELECT.
        wrapper.queryType = "SELECT"
        return wrapper

    def _ask(self, text: str) -> bytes:
        """Send a query; retry on 429/503 as ``Retry-After`` says; return the body."""
        url = self.endpoint
        for attempt in range(self.max_retries + 1):
            self.requests += 1
            try:
                response = self._wrapper(text).query().response
                return bytes(response.read())
            except urllib.error.HTTPError as error:
                if error.code not in (429, 503):
                    raise RemoteError(f"{url}: HTTP {error.code} {error.reason}") from error
                wait = _retry_after(error.headers.get("Retry-After") if error.headers else None)
                what = (
                    "too many requests (HTTP 429)"
                    if error.code == 429
                    else "unavailable (HTTP 503)"
                )
                if wait is not None and wait > self.max_wait:
                    raise RemoteError(
                        f"{url}: {what}; it asks to wait {wait:.0f} s, more than the "
                        f"{self.max_wait:.0f} s dockg waits: try again later"
                    ) from error
                if attempt == self.max_retries:
                    raise RemoteError(
                        f"{url}: {what}, still after {self.max_retries} retries: try again later"
                    ) from error
                self.sleep(DEFAULT_WAIT_SECONDS if wait is None else wait)
            except SPARQLWrapperException as error:
                raise RemoteError(f"{url}: {' '.join(str(error).split())[:200]}") from error
            except (HTTPException, OSError) as error:  # URLError, TimeoutError are OSErrors
                raise connection_failure(
                    url, error, timeout=self.timeout, failure=RemoteError, what="endpoint"
                ) from error
        raise AssertionError("unreachable")  # pragma: no cover
