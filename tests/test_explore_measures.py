"""Network measures on the invented ``tiny`` graph, where they can be worked out by hand.

The film–topic projection of ``tiny`` is a star (river towns: Alpha, Beta, Gamma) with a
tail (Gamma–salt farming), n = 8 with a separate path (frost–Delta–Great Flood).
"""

from __future__ import annotations

import csv
import io
from fractions import Fraction

import networkx as nx
import numpy as np
import pytest

from dockg.explore.measures import compute_measures, format_measures, measures_csv
from dockg.explore.projection import Projection, project, projection_spec
from explore_support import seed_vocabulary, tiny_store


@pytest.fixture(scope="module")
def films() -> Projection:
    return project(tiny_store(), "film-topic")


def _by_label(projection: Projection):  # type: ignore[no-untyped-def]
    return {row.label: row for row in compute_measures(projection).nodes}


def test_degree_and_betweenness_by_hand(films: Projection) -> None:
    rows = _by_label(films)
    # degree centrality: degree / (n − 1) = degree / 7
    assert {label: row.degree for label, row in rows.items()} == {
        "river towns": 3,
        "Gamma": 2,
        "Delta": 2,
        "Alpha": 1,
        "Beta": 1,
        "salt farming": 1,
        "frost": 1,
        "Great Flood": 1,
    }
    assert rows["river towns"].degree_centrality == pytest.approx(3 / 7)
    # betweenness, normalized by (n − 1)(n − 2) / 2 = 21 pairs:
    # river towns lies on 5 shortest paths (Alpha–Beta, Alpha–Gamma, Beta–Gamma,
    # Alpha–salt, Beta–salt), Gamma on 3 (Alpha–salt, Beta–salt, river–salt), Delta on 1.
    assert rows["river towns"].betweenness == pytest.approx(float(Fraction(5, 21)))
    assert rows["Gamma"].betweenness == pytest.approx(float(Fraction(3, 21)))
    assert rows["Delta"].betweenness == pytest.approx(float(Fraction(1, 21)))
    assert rows["Alpha"].betweenness == 0


def test_pagerank_solves_the_linear_system(films: Projection) -> None:
    rows = _by_label(films)
    graph = films.simple()
    order = list(graph)
    adjacency = nx.to_numpy_array(graph, nodelist=order)
    transition = adjacency / adjacency.sum(axis=1, keepdims=True)
    n, alpha = len(order), 0.85
    exact = np.linalg.solve(np.eye(n) - alpha * transition.T, np.full(n, (1 - alpha) / n))
    for node, value in zip(order, exact, strict=True):
        assert rows[graph.nodes[node]["label"]].pagerank == pytest.approx(value, abs=1e-6)
    assert sum(r.pagerank for r in rows.values()) == pytest.approx(1.0)


def test_components_largest_first(films: Projection) -> None:
    measures = compute_measures(films)
    assert measures.components == 2
    groups: dict[int, set[str]] = {}
    for row in measures.nodes:
        groups.setdefault(row.component, set()).add(row.label)
    assert groups == {
        1: {"Alpha", "Beta", "Gamma", "river towns", "salt farming"},
        2: {"Delta", "frost", "Great Flood"},
    }
    assert measures.sample is None


def test_louvain_separates_two_cliques_joined_by_one_edge() -> None:
    graph = nx.MultiDiGraph()
    left, right = ["a1", "a2", "a3", "a4"], ["b1", "b2", "b3", "b4"]
    for clique in (left, right):
        for i, u in enumerate(clique):
            for v in clique[i + 1 :]:
                graph.add_edge(u, v)
    graph.add_edge("a1", "b1")
    for node in graph:
        graph.nodes[node].update(label=node, **{"class": "dockg:Film"})
    measures = compute_measures(Projection(projection_spec("entity"), graph, seed_vocabulary()))
    communities = {row.label: row.community for row in measures.nodes}
    assert measures.communities == 2
    assert {communities[n] for n in left} == {1} and {communities[n] for n in right} == {2}


def test_sampled_betweenness_says_so(films: Projection) -> None:
    measures = compute_measures(films, sample=3)
    assert measures.sample == 3
    assert "betweenness estimated from 3 sampled sources (k=3, seed 42)" in format_measures(
        measures
    )


def test_table_and_csv(films: Projection) -> None:
    measures = compute_measures(films)
    text = format_measures(measures, top=2)
    lines = text.splitlines()
    assert lines[0] == (
        "film-topic projection: 8 nodes, 6 linked pairs, 2 connected components, "
        "3 communities (Louvain, seed 42); betweenness exact"
    )
    # Modularity (m = 6) is highest splitting the star's tail off: {river towns, Alpha,
    # Beta}, {Gamma, salt farming}, and the separate path as one community.
    communities: dict[int, set[str]] = {}
    for row in measures.nodes:
        communities.setdefault(row.community, set()).add(row.label)
    assert communities == {
        1: {"river towns", "Alpha", "Beta"},
        2: {"Delta", "frost", "Great Flood"},
        3: {"Gamma", "salt farming"},
    }
    assert lines[2].split()[:3] == ["label", "class", "degree"]
    assert lines[4].startswith("river towns  dockg:Topic")
    assert len(lines) == 6  # summary, blank, header, rule, two rows
    rows = list(csv.DictReader(io.StringIO(measures_csv(measures))))
    assert len(rows) == 8
    river = next(r for r in rows if r["label"] == "river towns")
    assert river["node"] == "https://w3id.org/dockg/id/topic/river"
    assert float(river["betweenness"]) == pytest.approx(5 / 21)
