"""Entity resolution: which entities of a new source the graph already has.

Importers call :func:`resolve_incoming` with the triples they built and the project's
graph, then :func:`apply_resolution` to get the triples to write: merged entities under
their existing IRIs, with ``owl:sameAs`` and a record of the reasons, and candidate pairs
recorded for a curator. ``dockg resolve --report`` lists them.
"""

from __future__ import annotations

from dockg.resolution.model import Candidate, Merge, Resolution
from dockg.resolution.record import apply_resolution
from dockg.resolution.resolve import resolve_incoming, resolve_within

__all__ = [
    "Candidate",
    "Merge",
    "Resolution",
    "apply_resolution",
    "resolve_incoming",
    "resolve_within",
]
