"""``dockg bench --programme N``: a generated programme page of N films, imported as a user
would, against the target of issue 13 (a 200-film page in under 2 s).

The page is :func:`dockg.synth.programme_page.make_programme_with_key` (the layout of DOK
Leipzig's 2014 booklet); it is imported with ``dockg ingest page`` into a copy of the
project, in its own process, and the import is checked against the page's key: every
film and every screening stated, with the key's start and offset, and nothing else.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dockg.bench import Stage
from dockg.project import copy_project

#: Issue 13's target for a 200-film page, in seconds.
TARGET_SECONDS = 2.0


@dataclass(frozen=True)
class ProgrammeReport:
    """What one programme-page import measured.

    Attributes:
        films: films on the page.
        stage: the timed import against its target (baseline = the target).
        films_stated: films the import stated.
        screenings: screenings in the key, and ``screenings_found`` those stated with the
            key's start and offset.
        extra: screenings stated that the key does not have.
        cpu: CPU seconds of the import (on a shared machine, wall time waits for others).
    """

    films: int
    stage: Stage
    films_stated: int
    screenings: int
    screenings_found: int
    extra: int
    cpu: float = 0.0

    @property
    def failed(self) -> bool:
        """True if the import stated anything the key does not have, or missed anything."""
        return (
            self.extra > 0
            or self.films_stated != self.films
            or self.screenings_found != self.screenings
        )

    def as_json(self) -> dict[str, object]:
        """The report as JSON-ready data."""
        return {
            "films": self.films,
            "seconds": self.stage.dockg,
            "cpu_seconds": self.cpu,
            "target_seconds": self.stage.baseline,
            "met": self.stage.met,
            "films_stated": self.films_stated,
            "screenings": self.screenings,
            "screenings_found": self.screenings_found,
            "extra_screenings": self.extra,
        }


def _starts(turtle_path: Path) -> tuple[int, set[str], int]:
    from rdflib import Graph

    from dockg.namespaces import DOCKG, RDF, SDO

    graph = Graph().parse(turtle_path, format="turtle")
    films = {s for c in (DOCKG.Film, DOCKG.DocumentaryFilm) for s in graph.subjects(RDF.type, c)}
    starts = set()
    screenings = set(graph.subjects(RDF.type, DOCKG.Screening))
    for screening in screenings:
        film = graph.value(screening, SDO.workPresented)
        title = graph.value(film, SDO.name)
        start = graph.value(screening, SDO.startDate)
        starts.add(f"{title}|{datetime.fromisoformat(str(start)).isoformat()}")
    return len(films), starts, len(screenings)


def run_programme(
    project_root: Path, *, films: int = 200, workdir: Path | None = None
) -> ProgrammeReport:
    """Generate a page of ``films`` films, import it as a user would, and check it.

    Args:
        project_root: the project copied for the import.
        films: how many films the page lists.
        workdir: where the copy goes (a temporary directory if not given).

    Returns:
        The measurement.
    """
    from dockg.synth.programme_page import make_programme_with_key

    page_text, key_text = make_programme_with_key(films)
    key = tomllib.loads(key_text)
    with tempfile.TemporaryDirectory(prefix="dockg-programme-", dir=workdir) as tmp:
        root = Path(tmp) / "project"
        copy_project(project_root, root)
        page = Path(tmp) / f"programme-{films}.txt"
        page.write_text(page_text, encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "dockg",
            "--project",
            str(root),
            "ingest",
            "page",
            str(page),
        ]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        stated, starts, stated_screenings = _starts(
            root / "data" / "imported" / f"page-programme-{films}.ttl"
        )
    titles = {f["title"] for f in key.get("film", [])}
    wanted = {
        f"{s['film']}|{datetime.fromisoformat(s['start']).isoformat()}"
        for s in key.get("screening", [])
    }
    found = len(wanted & starts)
    stage = Stage(
        name=f"import a {films}-film programme page",
        baseline=TARGET_SECONDS,
        dockg=seconds,
        target=f"< {TARGET_SECONDS:g} s (issue 13, for 200 films)",
        met=seconds < TARGET_SECONDS,
    )
    return ProgrammeReport(
        films=len(titles),
        stage=stage,
        films_stated=stated,
        screenings=len(wanted),
        screenings_found=found,
        extra=stated_screenings - found,
        cpu=cpu,
    )


def format_programme(report: ProgrammeReport) -> str:
    """The measurement as lines for the terminal."""
    stage = report.stage
    verdict = "met" if stage.met else "NOT met"
    return (
        f"{stage.name}: {stage.dockg:.2f} s ({report.cpu:.2f} s CPU),"
        f" target {stage.target}: {verdict}\n"
        f"films stated {report.films_stated} of {report.films}\n"
        f"screenings stated as keyed {report.screenings_found} of {report.screenings},"
        f" others {report.extra}\n"
    )
