"""``dockg bench --foreign``: an archive export dockg never saw, against pyoxigraph alone.

Issue 12 asks that data from elsewhere load, validate, profile and export at Oxigraph's
own pace. This benchmark writes a generated export in the shape real cinema-history
archives have (``http://schema.org/`` terms, the archive's own IRIs, screenings as blank
nodes, a few defects and one hub node holding thousands of start dates), then measures in
one process, one after the other:

- **load**: ``dockg load --from`` (:meth:`OxigraphStore.load_dump`: schema.org read as
  https, blank nodes given stable IRIs, the union kept) against pyoxigraph's own
  ``bulk_load`` of the same file into an empty store;
- **validate** and **profile**: dockg alone (no baseline validates foreign schema.org),
  with what they found;
- **export**: dockg's N-Quads export of the loaded store (Oxigraph's writer, named
  graphs) against pyoxigraph's ``dump`` of its own store.
"""

from __future__ import annotations

import io
import random
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from dockg.export import ExportFormat, export_native
from dockg.profile import profile
from dockg.project import Project
from dockg.store.oxigraph import OxigraphStore
from dockg.tables import format_table
from dockg.validation.run import validate_on_store

ARCHIVE = "https://archive.example.org/"
_S = "http://schema.org/"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
#: Start dates held by the one hub node (a merge gone wrong in the export).
HUB_DATES = 5000


def write_archive(path: Path, quads: int, *, seed: int = 1) -> int:
    """Write a generated archive export of about ``quads`` quads as N-Quads.

    Args:
        path: the file.
        quads: roughly how many quads.
        seed: the random seed (same seed, same file).

    Returns:
        The number of quads written.
    """
    rng = random.Random(seed)
    films = max(1, quads // 16)  # about 16 quads a film, with its screenings
    people = max(1, films // 4)
    cinemas = max(1, films // 50)
    written = 0
    with path.open("w", encoding="utf-8") as out:

        def quad(s: str, p: str, o: str, batch: int) -> None:
            nonlocal written
            out.write(f"{s} {p} {o} <{ARCHIVE}graph/batch-{batch}> .\n")
            written += 1

        for c in range(cinemas):
            cinema = f"<{ARCHIVE}cinema/{c}>"
            quad(cinema, _TYPE, f"<{_S}MovieTheater>", 0)
            quad(cinema, f"<{_S}name>", f'"Cinema {c}"', 0)
        for person_id in range(people):
            person = f"<{ARCHIVE}person/{person_id}>"
            quad(person, _TYPE, f"<{_S}Person>", 0)
            quad(person, f"<{_S}name>", f'"Person {person_id}"', 0)
        for f in range(films):
            batch = 1 + f % 9
            film = f"<{ARCHIVE}film/{f}>"
            quad(film, _TYPE, f"<{_S}Movie>", batch)
            quad(film, f"<{_S}name>", f'"Film {f}"', batch)
            year = 1850 if rng.random() < 0.002 else rng.randint(1900, 2020)  # some defects
            quad(film, f"<{_S}dateCreated>", f'"{year}"^^<{_XSD}gYear>', batch)
            quad(film, f"<{_S}duration>", f'"PT{rng.randint(5, 180)}M"^^<{_XSD}duration>', batch)
            if rng.random() > 0.01:
                quad(film, f"<{_S}director>", f"<{ARCHIVE}person/{rng.randrange(people)}>", batch)
            for k in range(rng.randint(1, 4)):
                screening = f"_:s{f}x{k}"
                month, day = rng.randint(1, 12), rng.randint(1, 28)
                quad(screening, _TYPE, f"<{_S}ScreeningEvent>", batch)
                quad(screening, f"<{_S}workPresented>", film, batch)
                when = f"{year}-{month:02d}-{day:02d}T20:00:00"
                quad(screening, f"<{_S}startDate>", f'"{when}"^^<{_XSD}dateTime>', batch)
                quad(
                    screening,
                    f"<{_S}location>",
                    f"<{ARCHIVE}cinema/{rng.randrange(cinemas)}>",
                    batch,
                )
        hub = f"<{ARCHIVE}screening/merged>"
        quad(hub, _TYPE, f"<{_S}ScreeningEvent>", 0)
        quad(hub, f"<{_S}workPresented>", f"<{ARCHIVE}film/0>", 0)
        quad(hub, f"<{_S}location>", f"<{ARCHIVE}cinema/0>", 0)
        for i in range(HUB_DATES):
            when = f"{1930 + i // 1440}-01-01T{(i // 60) % 24:02d}:{i % 60:02d}:00"  # distinct
            quad(hub, f"<{_S}startDate>", f'"{when}"^^<{_XSD}dateTime>', 0)
    return written


@dataclass
class ForeignReport:
    """What one run measured (seconds) and found.

    Attributes:
        quads: quads in the generated file.
        timings: stage → (baseline seconds or None, dockg seconds).
        found: what validation and the profile reported.
    """

    quads: int
    timings: dict[str, tuple[float | None, float]] = field(default_factory=dict)
    found: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        """The report as plain data."""
        return {
            "quads": self.quads,
            "timings": {k: {"baseline": b, "dockg": d} for k, (b, d) in self.timings.items()},
            "found": self.found,
        }


def _timed(action: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()  # type: ignore[operator]
    return time.perf_counter() - start, result


def run_foreign(
    project: Project, *, quads: int, seed: int = 1, workdir: Path | None = None
) -> ForeignReport:
    """Generate an archive export and measure dockg on it against pyoxigraph.

    Args:
        project: the project whose shapes validate the export.
        quads: roughly how many quads to generate.
        seed: the random seed.
        workdir: where the file goes (default: a temporary directory, removed after).

    Returns:
        The report.
    """
    with tempfile.TemporaryDirectory(prefix="dockg-foreign-") as scratch:
        base = workdir or Path(scratch)
        path = base / "archive.nq"
        report = ForeignReport(quads=write_archive(path, quads, seed=seed))

        baseline = ox.Store()
        bulk, _ = _timed(lambda: baseline.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS))
        store = OxigraphStore()
        load, _ = _timed(lambda: store.load_dump(path))
        report.timings["load (dockg load --from vs bulk_load)"] = (bulk, load)

        seconds, validated = _timed(lambda: validate_on_store(store, project, coverage=True))
        report.timings["validate (coverage measured)"] = (None, seconds)
        checked = validated.coverage.checked if validated.coverage else 0  # type: ignore[attr-defined]
        report.found.append(
            f"validation: {validated.summary()}; {checked:,} focus nodes checked; "  # type: ignore[attr-defined]
            f"{store.http_schema_terms:,} terms read from http://schema.org/"
        )
        seconds, found = _timed(lambda: profile(store))
        report.timings["profile"] = (None, seconds)
        hubs = ", ".join(f"{h.subject} ({h.values:,} {h.property})" for h in found.hubs)  # type: ignore[attr-defined]
        report.found.append(f"profile: suspicious hubs: {hubs or 'none'}")

        dumped, _ = _timed(lambda: baseline.dump(io.BytesIO(), format=ox.RdfFormat.N_QUADS))
        exported, _ = _timed(
            lambda: export_native(store, fmt=ExportFormat.NQUADS, output=io.BytesIO())
        )
        report.timings["export N-Quads (dockg export vs dump)"] = (dumped, exported)
    return report


def format_foreign(report: ForeignReport) -> str:
    """The report as a table and what was found."""
    rows = []
    for stage, (baseline, dockg) in report.timings.items():
        ratio = f"{dockg / baseline:.2f}x the baseline" if baseline else ""
        shown = f"{baseline:.2f}" if baseline is not None else "-"
        rows.append([stage, shown, f"{dockg:.2f}", ratio])
    lines = [
        f"foreign archive export: {report.quads:,} quads",
        format_table(["stage", "pyoxigraph s", "dockg s", ""], rows),
        *report.found,
    ]
    return "\n".join(lines) + "\n"
