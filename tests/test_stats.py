"""Stats: instances per class after materialization, triples per source graph."""

from __future__ import annotations

from dockg.loading import LoadedDataset
from dockg.namespaces import DOCKG, SDO
from dockg.stats import compute_stats, format_stats


def test_counts_per_class_and_graph(mini_loaded: LoadedDataset) -> None:
    stats = compute_stats(mini_loaded)
    counts = {c.cls: c.instances for c in stats.classes}
    assert counts[SDO.Movie] == 2
    assert counts[DOCKG.Film] == 2
    assert counts[SDO.Person] == 2
    assert [(g.file, g.triples) for g in stats.graphs] == [
        ("ontology/mini.ttl", 45),
        ("data/festival/catalogue.ttl", 14),
        ("data/films.ttl", 53),
    ]
    assert stats.triples == len(mini_loaded.dataset)


def test_format(mini_loaded: LoadedDataset) -> None:
    text = format_stats(compute_stats(mini_loaded))
    assert "schema:Movie" in text and "data/films.ttl" in text
    assert text.endswith(" triples in 3 graphs\n")
