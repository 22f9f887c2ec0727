"""Generated worlds shared by the synth and compiled-validation tests (made once per run)."""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from dockg.project import Project
from dockg.synth import SynthSummary, generate

ROOT = Path(__file__).resolve().parents[1]
PROJECT = Project.open(ROOT)
_DIR = Path(tempfile.mkdtemp(prefix="dockg-synth-tests-"))


@cache
def world(triples: int, seed: int, defect_rate: float) -> SynthSummary:
    """A generated world of the project (cached: tests must not change the file)."""
    out = _DIR / f"world-{triples}-{seed}-{defect_rate}.nq"
    return generate(out, triples=triples, seed=seed, defect_rate=defect_rate, project=PROJECT)


def oxigraph_store(path: Path) -> ox.Store:
    """A fresh in-memory pyoxigraph store holding an N-Quads file."""
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return store
