"""``dockg synth``: a generated documentary world of any size, for benchmarks and tests.

:func:`generate` writes one N-Quads file: the project's own graphs (ontology, subject
scheme, curated and sourced data, with the schema.org view), then generated sources
until the requested number of triples is reached. The file is self-contained: loaded
into a store, it validates against the project's shapes and checks with no violations
except the defects injected on purpose, which the returned summary lists with the
results each must cause. The same seed and size give the same file, byte for byte.

Generation streams: the quads go to disk as they are made, and only the IRIs of films
and people stay in memory (for later sources to refer to), so 10M triples are possible.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDFS

from dockg.errors import UsageError
from dockg.loading import load_dataset
from dockg.materialize import materialize, superterm_closure
from dockg.namespaces import DOCKG, RDF
from dockg.progress import progress
from dockg.project import Project
from dockg.synth.world import Defect, World
from dockg.synth.writer import QuadWriter, atomic_text, implied_terms

__all__ = ["Defect", "SynthSummary", "default_project", "generate"]


@dataclass(frozen=True)
class SynthSummary:
    """What :func:`generate` wrote.

    Attributes:
        out: the N-Quads file.
        triples: the number of quads written (the project's included).
        graphs: the number of named graphs written by the generator.
        counts: generated entities by kind (``films``, ``people``, ``screenings`` ...).
        defects: the injected defects, in the order they were made.
        samples: query parameter name → a typical value in this world (the most
            prolific director, the most shown film ...), as an IRI or plain text, for
            running the query catalogue on it.
    """

    out: Path
    triples: int
    graphs: int
    counts: dict[str, int]
    defects: tuple[Defect, ...]
    samples: dict[str, str]

    def expected_results(self) -> set[tuple[str, str | None, str]]:
        """``(focus, path, component)`` of every validation result the defects cause."""
        return {(d.focus, path, comp) for d in self.defects for path, comp in d.results}


def default_project() -> Project:
    """The dockg project in the current directory, or else the one this code came from.

    Returns:
        A project with the dockg ontology, shapes and checks.
    """
    here = Path.cwd()
    if (here / "ontology" / "dockg.ttl").exists():
        return Project.open(here)
    return Project.open(Path(__file__).resolve().parents[3])


def _most(counter: dict[str, int]) -> str | None:
    """The most frequent key, the smallest one on ties (so the choice is stable)."""
    if not counter:
        return None
    return min(counter, key=lambda k: (-counter[k], k))


def generate(
    out: Path,
    *,
    triples: int,
    seed: int,
    defect_rate: float = 0.0,
    project: Project | None = None,
) -> SynthSummary:
    """Generate a documentary world of about ``triples`` quads into an N-Quads file.

    Args:
        out: the file to write (replaced atomically; its directory is created).
        triples: how many quads to write at least; generation stops after the source
            that reaches this number, so a few thousand more may be written.
        seed: the random seed; the same seed and size give the same file.
        defect_rate: the chance (0 to 1) that an entity able to carry a defect gets one.
        project: the project whose ontology, shapes and data the world extends
            (default: :func:`default_project`).

    Returns:
        The summary, with the injected defects.

    Raises:
        UsageError: if ``triples`` is not positive or ``defect_rate`` not in [0, 1].
        InputError: if the project's files do not load.
        OutputError: if ``out`` cannot be written.
    """
    if triples <= 0:
        raise UsageError(f"--triples must be a positive number, not {triples}")
    if not 0.0 <= defect_rate <= 1.0:
        raise UsageError(f"--defects must be a rate between 0 and 1, not {defect_rate}")
    project = project or default_project()
    loaded = load_dataset(project)
    materialize(loaded)
    dataset = loaded.dataset
    classes = superterm_closure(dataset, RDFS.subClassOf)
    properties = superterm_closure(dataset, RDFS.subPropertyOf)
    topics = sorted(str(t) for t in dataset.subjects(RDF.type, DOCKG.Topic))
    taken = {str(s) for s in dataset.subjects()}
    rng = random.Random(seed)
    with atomic_text(out) as stream:
        writer = QuadWriter(stream, classes=classes, properties=properties)
        writer.add_dataset(dataset)
        implied = implied_terms(properties)
        world = World(
            writer, rng, defect_rate=defect_rate, topics=topics, taken=taken, implied=implied
        )
        world.gazetteer()
        world.chronology(20 + triples // 20_000)
        with progress(f"generating {out.name}", total=triples, unit="quad") as shown:
            while writer.triples < triples:
                before = writer.triples
                if world.counts["filmographies"] % 40 == 39 and world.films:
                    world.film_database()
                if len(world.films) >= 30 and world.festival_triples < 0.4 * writer.triples:
                    world.programme()
                else:
                    world.filmography()
                shown.advance(writer.triples - before)
        writer.flush()
    samples = {
        "director": _most(world.director_films),
        "person": _most(world.crew_use),
        "film": world.films[_most_index(world.film_use)].iri if world.film_use else None,
        "festival": _most({f.iri: f.editions for f in world.festivals}),
        "topic": _most(world.topic_use),
        "place": _most(world.place_use),
        "graph": writer.largest[0] or None,
    }
    director = samples["director"]
    cleaned = {k: v[1:-1] for k, v in samples.items() if v is not None}
    if director is not None:
        cleaned["search"] = world.director_given[director].lower()
    return SynthSummary(
        out=out,
        triples=writer.triples,
        graphs=writer.graphs,
        counts=dict(sorted(world.counts.items())),
        defects=tuple(world.defects),
        samples=cleaned,
    )


def _most_index(counter: dict[int, int]) -> int:
    return min(counter, key=lambda k: (-counter[k], k))
