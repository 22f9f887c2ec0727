"""Cross-origin reads: browser SPARQL clients (YASGUI and the like) on other sites may
query the endpoint and fetch the data, never change anything.

Every route of the server is read-only, so the policy is the same everywhere: any
origin, the read methods, the headers a SPARQL client sends, no credentials (the
server has no cookies to leak). A preflight for another method is refused.
"""

from __future__ import annotations

from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

#: What a cross-origin request may do: read, and send a query by POST.
READ_METHODS = ("GET", "HEAD", "POST")
#: Request headers a SPARQL client or a linked-data browser sends.
CLIENT_HEADERS = ("Accept", "Accept-Language", "Content-Type")
#: Preflight answers may be cached this long (seconds).
PREFLIGHT_MAX_AGE = 86_400


def cors_middleware() -> Middleware:
    """The CORS policy of ``dockg serve``, as Starlette middleware."""
    return Middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=list(READ_METHODS),
        allow_headers=list(CLIENT_HEADERS),
        expose_headers=["Content-Type", "Vary"],
        allow_credentials=False,
        max_age=PREFLIGHT_MAX_AGE,
    )
