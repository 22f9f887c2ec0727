"""Where the graph lives: one interface over rdflib's memory store and other stores.

Readers (queries, export, exploration, the server) ask a :class:`~dockg.store.base.Store`
for SPARQL results and quads, so the same command runs on every store.

:class:`MemoryStore` is imported on first use: it brings rdflib's SPARQL engine, which
commands on the default Oxigraph store never need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dockg.store.base import Quad, Store

if TYPE_CHECKING:
    from dockg.store.memory import MemoryStore

__all__ = ["MemoryStore", "Quad", "Store"]


def __getattr__(name: str) -> Any:
    if name == "MemoryStore":
        from dockg.store.memory import MemoryStore

        return MemoryStore
    raise AttributeError(f"module 'dockg.store' has no attribute {name!r}")
