"""How ``dockg serve`` is configured: where it listens, which IRIs it answers, its limits.

Everything has a safe default: the server listens on 127.0.0.1 only, answers SPARQL with
a time limit and a result size limit, refuses large requests, and calls no outside
endpoint through ``SERVICE`` unless the operator names the hosts it may call.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dockg.errors import UsageError
from dockg.namespaces import BASE

#: The address the server binds unless told otherwise: this machine only.
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


@dataclass(frozen=True)
class ServerConfig:
    """The settings of one server.

    Attributes:
        host: the interface to bind (127.0.0.1 unless the operator opens it).
        port: the TCP port (0: any free port, as tests use).
        base_iri: the IRI prefix that maps to the server root: ``{base_iri}id/film/x``
            is served at ``/id/film/x``.
        public_url: the address clients reach the server at, ending in ``/``; used in
            the service description and VoID. Empty: ``http://{host}:{port}/``.
        query_timeout: seconds a SPARQL query may run before it is stopped.
        max_results: rows (SELECT) or triples (CONSTRUCT/DESCRIBE) a query may return.
        max_request_bytes: the largest request body or query string accepted.
        query_workers: worker processes that run SPARQL queries.
        allowed_service_hosts: hosts a query may call with ``SERVICE``; empty: none.
        build_dir: where dumps are written; empty: ``build/`` of the project.
    """

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    base_iri: str = BASE
    public_url: str = ""
    query_timeout: float = 10.0
    max_results: int = 10_000
    max_request_bytes: int = 1_000_000
    query_workers: int = 2
    allowed_service_hosts: frozenset[str] = field(default_factory=frozenset)
    build_dir: str = ""

    def __post_init__(self) -> None:
        if not self.base_iri.startswith(("http://", "https://")) or not self.base_iri.endswith(
            ("/", "#")
        ):
            raise UsageError(
                f"the base IRI must be an http(s) IRI ending in '/' or '#': {self.base_iri!r}"
            )
        if self.public_url and not self.public_url.startswith(("http://", "https://")):
            raise UsageError(f"the public URL must be an http(s) URL: {self.public_url!r}")
        for name in ("query_timeout", "max_results", "max_request_bytes", "query_workers"):
            if getattr(self, name) <= 0:
                raise UsageError(f"{name.replace('_', ' ')} must be positive")

    @property
    def address(self) -> str:
        """The URL clients use to reach the server root, ending in ``/``."""
        if self.public_url:
            return self.public_url if self.public_url.endswith("/") else self.public_url + "/"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    @property
    def local_only(self) -> bool:
        """True if the server listens on the loopback interface only."""
        return self.host in ("127.0.0.1", "localhost", "::1")
