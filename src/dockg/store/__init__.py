"""Where the graph lives: one interface over rdflib's memory store and other stores.

Readers (queries, export, exploration, the server) ask a :class:`~dockg.store.base.Store`
for SPARQL results and quads, so the same command runs on every store.
"""

from dockg.store.base import Quad, Store
from dockg.store.memory import MemoryStore

__all__ = ["MemoryStore", "Quad", "Store"]
