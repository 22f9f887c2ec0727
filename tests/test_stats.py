"""Stats: instances per class after materialization, triples per source graph."""

from __future__ import annotations

from rdflib import URIRef

from dockg.loading import LoadedDataset
from dockg.namespaces import DOCKG, SDO
from dockg.stats import GraphCount, Stats, compute_stats, format_stats


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
    stated = sum(g.triples for g in compute_stats(mini_loaded).graphs)
    assert text.splitlines()[-1].startswith(f"{stated:,} triples in 3 graphs")


def test_total_is_the_sum_of_the_rows_and_says_what_the_union_holds() -> None:
    """Regression: build printed "1686 triples in 6 graphs" under rows adding up to 1,695
    (triples stated in two graphs count once in the union, once per graph in the rows)."""
    stats = Stats(
        classes=(),
        graphs=(GraphCount(URIRef("urn:g1"), "a.ttl", 2), GraphCount(URIRef("urn:g2"), "b.ttl", 1)),
        triples=2,
    )
    assert format_stats(stats).splitlines()[-1] == (
        "3 triples in 2 graphs (2 distinct in their union: some are stated in two graphs)"
    )
    one = Stats(classes=(), graphs=(GraphCount(URIRef("urn:g1"), "a.ttl", 1),), triples=1)
    assert format_stats(one).splitlines()[-1] == "1 triple in 1 graph"
