"""Stores the exploration tests share: the seed graph and the invented ``tiny`` project.

``tiny`` is the repository's ontology plus ``fixtures/explore/tiny.ttl``, a miniature
whose projections and measures are small enough to work out by hand.
"""

from __future__ import annotations

import shutil
import tempfile
from functools import cache
from pathlib import Path

from dockg.explore.vocabulary import Vocabulary
from dockg.loading import LoadedDataset, load_dataset
from dockg.materialize import materialize
from dockg.project import Project
from dockg.store import MemoryStore
from queries_support import PROJECT_ROOT, seed_loaded

TINY_DATA = Path(__file__).resolve().parent / "fixtures" / "explore" / "tiny.ttl"


def make_tiny_project(root: Path) -> Path:
    """Lay out the ``tiny`` project under ``root`` and return its directory."""
    shutil.copytree(PROJECT_ROOT / "ontology", root / "ontology")
    (root / "data").mkdir()
    shutil.copy(TINY_DATA, root / "data" / "tiny.ttl")
    return root


@cache
def seed_store() -> MemoryStore:
    """The seed graph (materialized) in a memory store. Read only."""
    return MemoryStore(seed_loaded())


@cache
def seed_vocabulary() -> Vocabulary:
    """Names, classes and labels of the seed graph."""
    return Vocabulary.from_store(seed_store())


@cache
def tiny_loaded() -> LoadedDataset:
    """The ``tiny`` project, loaded and materialized. Read only."""
    with tempfile.TemporaryDirectory() as temp:
        loaded = load_dataset(Project.open(make_tiny_project(Path(temp) / "tiny")))
    materialize(loaded)
    return loaded


@cache
def tiny_store() -> MemoryStore:
    """The ``tiny`` project in a memory store. Read only."""
    return MemoryStore(tiny_loaded())
