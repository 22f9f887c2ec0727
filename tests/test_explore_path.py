"""Shortest paths: the seed's Im–Kim path through North Korean defectors, --max, --via,
ambiguity and no path."""

from __future__ import annotations

from functools import cache

import pytest

from dockg.errors import ExitCode, UsageError
from dockg.explore.paths import NoPath, find_paths, format_chain, format_paths
from dockg.explore.projection import Projection, project
from dockg.lookup import AmbiguousEntity, UnknownEntity
from explore_support import seed_store, seed_vocabulary, tiny_store


@cache
def entity() -> Projection:
    return project(seed_store(), "entity", vocabulary=seed_vocabulary())


def iri(text: str) -> str:
    return str(seed_vocabulary().names.resolve(text))


IM_TO_KIM = """\
3 shortest paths of 4 steps from Heung-Soon Im to Soyoung Kim in the entity projection:

1. Heung-Soon Im — has theme → human rights ← is related to — North Korean defectors ← features — Heart of Snow: afterlife ← directed — Soyoung Kim
   - Heung-Soon Im has theme human rights (dockg:hasTheme; graph:filmsite-im-heung-soon-bio)
   - North Korean defectors is related to human rights (skos:related; graph:subjects)
   - Heart of Snow: afterlife features North Korean defectors (dockg:featuresGroup; graph:sidof-2019-heart-of-snow-afterlife)
   - Soyoung Kim directed Heart of Snow: afterlife (schema:director; also produced, edited; graph:sidof-2019-heart-of-snow-afterlife)

2. Heung-Soon Im — directed → The Last Day of the Year — is about → North Korean defectors ← features — Heart of Snow: afterlife ← directed — Soyoung Kim
   - Heung-Soon Im directed The Last Day of the Year (schema:director; graph:filmsite-im-heung-soon-bio)
   - The Last Day of the Year is about North Korean defectors (dockg:isAbout; graph:filmsite-im-heung-soon-bio)
   - Heart of Snow: afterlife features North Korean defectors (dockg:featuresGroup; graph:sidof-2019-heart-of-snow-afterlife)
   - Soyoung Kim directed Heart of Snow: afterlife (schema:director; also produced, edited; graph:sidof-2019-heart-of-snow-afterlife)

3. Heung-Soon Im — is a national of → South Korea ← is in — National Museum of Modern and Contemporary Art ← held in collection — Heart of Snow: afterlife ← directed — Soyoung Kim
   - Heung-Soon Im is a national of South Korea (schema:nationality; graph:filmsite-im-heung-soon-bio)
   - National Museum of Modern and Contemporary Art is in South Korea (schema:containedInPlace; graph:curated-general-knowledge)
   - Heart of Snow: afterlife held in collection National Museum of Modern and Contemporary Art (dockg:heldInCollection; graph:sidof-2019-heart-of-snow-afterlife)
   - Soyoung Kim directed Heart of Snow: afterlife (schema:director; also produced, edited; graph:sidof-2019-heart-of-snow-afterlife)
"""  # noqa: E501


def test_im_to_kim_goes_through_north_korean_defectors() -> None:
    found = find_paths(entity(), iri("Heung-Soon Im"), iri("Soyoung Kim"))
    assert format_paths(found) == IM_TO_KIM
    chains = [format_chain(found, path) for path in found.paths]
    assert (
        "Heung-Soon Im — directed → The Last Day of the Year — is about → North Korean "
        "defectors ← features — Heart of Snow: afterlife ← directed — Soyoung Kim"
    ) in chains


def test_paths_through_less_connected_nodes_come_first() -> None:
    found = find_paths(entity(), iri("Im Heung-soon"), iri("김소영"), limit=1)
    assert found.found == 3 and len(found.paths) == 1
    assert [step.end for step in found.paths[0]][:2] == [
        iri("topic:human-rights"),
        iri("topic:north-korean-defectors"),
    ]
    assert format_paths(found).startswith(
        "3 shortest paths of 4 steps from Heung-Soon Im to Soyoung Kim in the entity "
        "projection (showing 1):\n"
    )


def test_max_steps_below_the_shortest_is_no_path() -> None:
    with pytest.raises(NoPath) as caught:
        find_paths(entity(), iri("Heung-Soon Im"), iri("Soyoung Kim"), max_steps=3)
    assert caught.value.exit_code is ExitCode.NO_PATH
    assert caught.value.message == (
        "no path of at most 3 steps between Heung-Soon Im and Soyoung Kim in the entity "
        "projection (the shortest has 4)"
    )


def test_via_a_class_forces_the_path_through_it() -> None:
    found = find_paths(
        entity(), iri("Heung-Soon Im"), iri("Soyoung Kim"), via="historical event", limit=50
    )
    assert found.via == "historical event" and found.length == 6
    events = {iri("event:korean-independence-movement"), iri("event:sinhanchon-massacre-1920")}
    vocabulary = seed_vocabulary()
    for path in found.paths:
        inner = {step.end for step in path[:-1]}
        assert any(
            "https://w3id.org/dockg/ontology#HistoricalEvent" in vocabulary.types[n] for n in inner
        )
    assert {step.end for path in found.paths for step in path} & events
    same = find_paths(entity(), iri("Heung-Soon Im"), iri("Soyoung Kim"), via="dockg:Topic")
    assert same.length == 4  # human rights and North Korean defectors are topics


def test_via_is_bounded_by_max() -> None:
    with pytest.raises(NoPath, match="no path of at most 5 steps through a historical event"):
        find_paths(
            entity(), iri("Heung-Soon Im"), iri("Soyoung Kim"), via="historical event", max_steps=5
        )


def test_via_an_unknown_class() -> None:
    with pytest.raises(UsageError, match="--via 'spaceship' names no class"):
        find_paths(entity(), iri("Heung-Soon Im"), iri("Soyoung Kim"), via="spaceship")


def test_entity_outside_the_projection() -> None:
    films = project(seed_store(), "film-topic", vocabulary=seed_vocabulary())
    with pytest.raises(NoPath, match=r"^Soyoung Kim has no link in the film-topic projection$"):
        find_paths(films, iri("Soyoung Kim"), iri("Koryo-saram"))


def test_separate_components_have_no_path() -> None:
    films = project(tiny_store(), "film-topic")
    names = films.vocabulary.names
    with pytest.raises(NoPath, match=r"^no path of at most 6 steps between Alpha and Delta"):
        find_paths(films, str(names.resolve("Alpha")), str(names.resolve("Delta")))


def test_ambiguous_and_unknown_names() -> None:
    with pytest.raises(AmbiguousEntity) as caught:
        iri("Heart of Snow")
    assert caught.value.exit_code is ExitCode.AMBIGUOUS_ENTITY
    assert "Heart of Snow: afterlife (film:heart-of-snow-afterlife)" in caught.value.message
    with pytest.raises(UnknownEntity) as unknown:
        iri("Nobody Atall")
    assert unknown.value.exit_code is ExitCode.UNKNOWN_ENTITY
