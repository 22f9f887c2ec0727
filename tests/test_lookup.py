"""Entity lookup by IRI, compact IRI or any written name, on the seed graph."""

from __future__ import annotations

import pytest

from dockg.errors import ExitCode
from dockg.lookup import AmbiguousEntity, NameIndex, UnknownEntity
from dockg.namespaces import BASE
from queries_support import seed_loaded


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex.from_graph(seed_loaded().union())


KIM_SOYOUNG = f"{BASE}id/person/kim-soyoung"


@pytest.mark.parametrize(
    "text",
    ["Kim Soyoung", "soyoung kim", "Kim So-young", "김소영", KIM_SOYOUNG, "person:kim-soyoung"],
)
def test_every_form_of_a_name_resolves(index: NameIndex, text: str) -> None:
    assert str(index.resolve(text)) == KIM_SOYOUNG


def test_whole_name_match_reports_main_label(index: NameIndex) -> None:
    [match] = index.find("Kim Soyoung")
    assert (match.label, match.whole) == ("Soyoung Kim", True)


def test_korean_order_of_hyphenated_name(index: NameIndex) -> None:
    assert str(index.resolve("Im Heungsoon")) == f"{BASE}id/person/im-heung-soon"


def test_ambiguous_name_lists_candidates(index: NameIndex) -> None:
    with pytest.raises(AmbiguousEntity) as caught:
        index.resolve("heart of snow")
    assert [str(m.iri) for m in caught.value.candidates] == [
        f"{BASE}id/film/heart-of-snow-heart-of-blood",
        f"{BASE}id/film/heart-of-snow-afterlife",
    ]
    assert "film:heart-of-snow-afterlife" in caught.value.message
    assert caught.value.exit_code is ExitCode.AMBIGUOUS_ENTITY


@pytest.mark.parametrize("text", ["nobody at all", "person:no-such-person", f"{BASE}id/film/x"])
def test_unknown_name_or_iri(index: NameIndex, text: str) -> None:
    with pytest.raises(UnknownEntity, match="no entity"):
        index.resolve(text)


def test_names_main_first(index: NameIndex) -> None:
    names = index.names(index.resolve("Kim Soyoung"))
    assert names[0] == "Soyoung Kim"
    assert {"김소영", "Kim So-young"} <= set(names)


def test_a_name_shared_by_a_subject_heading_and_its_event_means_the_heading(
    index: NameIndex,
) -> None:
    heading = f"{BASE}id/topic/sewol-ferry-disaster"
    event = f"{BASE}id/event/sewol-ferry-disaster"
    # both carry the name; find lists both, resolve takes the heading films are about
    assert {str(m.iri) for m in index.find("Sewol ferry disaster")} == {heading, event}
    assert str(index.resolve("세월호 참사")) == heading
    assert str(index.resolve("event:sewol-ferry-disaster")) == event


def test_the_store_index_knows_the_headings_as_the_graph_index_does() -> None:
    from dockg.lookup import EntityFinder
    from dockg.store.oxigraph import OxigraphStore
    from queries_support import seed_project

    store = OxigraphStore()
    store.load_project(seed_project())
    finder = EntityFinder(store)
    assert (
        str(finder.resolve("1920 Sinhanchon massacre"))
        == f"{BASE}id/topic/sinhanchon-massacre-1920"
    )
