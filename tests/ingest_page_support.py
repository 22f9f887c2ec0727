"""Shared helpers of the page-import tests: a private copy of the seed project, seeds, fixtures."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from rdflib import Graph

from dockg.project import copy_project

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
PROGRAMME_SEED = SEEDS / "003_81ffafb90c654928.txt"
PERSON_SEED = SEEDS / "000_0b806d82987d41b6.txt"
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
CURATED_003 = ROOT / "data" / "sources" / "sidof-2019-heart-of-snow-afterlife.ttl"
#: A fixed time of import, so tests compare whole files.
NOW = datetime(2026, 11, 21, 12, 0, 0, tzinfo=UTC)


def seed_project_copy(target: Path) -> Path:
    """Copy the seed project (ontology, data, queries) to ``target`` and return it."""
    return copy_project(ROOT, target)


def seed_line(path: Path, number: int) -> str:
    """Line ``number`` (1-based) of a seed page, stripped."""
    return path.read_text(encoding="utf-8").split("\n")[number - 1].strip()


def turtle(path: Path) -> Graph:
    """Parse a Turtle file."""
    return Graph().parse(path, format="turtle")


def data_snapshot(project: Path) -> dict[str, bytes]:
    """Every file under ``data/``, by relative path, with its bytes."""
    data = project / "data"
    return {
        p.relative_to(data).as_posix(): p.read_bytes()
        for p in sorted(data.rglob("*"))
        if p.is_file()
    }
