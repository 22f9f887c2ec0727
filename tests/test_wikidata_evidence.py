"""Weighing candidates by Q-id, not by label: a type or occupation Wikidata labels only in
another language is still judged, and KMDb ids agree or contradict like IMDb ids.

The facts are built as ``fetch_facts`` builds them from the endpoint: values of truthy
statements, and the English or Korean labels of those values (none, for a value Wikidata
labels only in French).
"""

from __future__ import annotations

from rdflib import Literal, URIRef

from dockg.namespaces import WD
from dockg.wikidata.candidates import Entity, EntityType, Match
from dockg.wikidata.evidence import ItemFacts, weigh

PERSON = URIRef("https://w3id.org/dockg/id/person/kim-soyoung")
FILM = URIRef("https://w3id.org/dockg/id/film/the-day-after")


def _facts(
    values: dict[str, list[object]], labels: dict[URIRef, set[str]] | None = None
) -> ItemFacts:
    facts = ItemFacts()
    for prop, found in values.items():
        facts.values[prop].extend(v if isinstance(v, URIRef) else Literal(v) for v in found)
    for value, names in (labels or {}).items():
        facts.labels[value] |= names
    return facts


def _match(item: URIRef, name: str) -> list[Match]:
    return [Match(item, Literal(name, lang="en"), alias=False)]


def test_an_occupation_labelled_only_in_french_is_judged_by_its_q_id() -> None:
    entity = Entity(PERSON, EntityType.PERSON)
    director, politician = WD.Q99000003, WD.Q99000004
    # "réalisateur"@fr and "homme politique"@fr: no English or Korean label reaches us
    fits = weigh(
        entity,
        director,
        _match(director, "Kim So-young"),
        _facts({"P31": [WD.Q5], "P106": [WD.Q3455803]}),
    )
    assert fits.reasons == ("label 'Kim So-young'@en", "occupation director")
    assert not fits.contradicted
    other = weigh(
        entity,
        politician,
        _match(politician, "Kim So-young"),
        _facts({"P31": [WD.Q5], "P106": [WD.Q82955]}),
    )
    assert other.reasons == ("label 'Kim So-young'@en", "another occupation: politician")
    assert other.contradicted and not other.enough


def test_a_known_q_id_wins_over_a_misleading_label() -> None:
    """A footballer's occupation rules the namesake out even if its label had a film word."""
    entity = Entity(PERSON, EntityType.PERSON)
    verdict = weigh(
        entity,
        WD.Q99000002,
        _match(WD.Q99000002, "Kim So-young"),
        _facts({"P106": [WD.Q937857]}, {WD.Q937857: {"film club footballer"}}),
    )
    assert verdict.contradicted
    assert verdict.reasons[-1] == "another occupation: film club footballer"


def test_an_occupation_unknown_by_q_id_falls_back_to_its_label_else_is_not_judged() -> None:
    entity = Entity(PERSON, EntityType.PERSON)
    labelled = weigh(
        entity,
        WD.Q99000005,
        _match(WD.Q99000005, "Kim So-young"),
        _facts({"P106": [WD.Q99000904]}, {WD.Q99000904: {"video artist"}}),
    )
    assert labelled.reasons[-1] == "occupation video artist"
    unlabelled = weigh(
        entity,
        WD.Q99000005,
        _match(WD.Q99000005, "Kim So-young"),
        _facts({"P106": [WD.Q99000904]}),
    )
    assert unlabelled.reasons[1:] == (
        "occupation not judged: Q99000904 (no known Q-id or label)",
        "no evidence beyond the name",
    )
    assert not unlabelled.contradicted and not unlabelled.enough


def test_a_film_class_without_label_is_still_a_film_and_a_human_is_not() -> None:
    entity = Entity(FILM, EntityType.FILM, years={2017})
    film = weigh(
        entity,
        WD.Q99000101,
        _match(WD.Q99000101, "The Day After"),
        _facts({"P31": [WD.Q93204], "P577": ["2017-01-01T00:00:00Z"]}),
    )
    assert film.reasons[1:] == (
        "instance of documentary film",
        "published 2017, the project says 2017",
    )
    person = weigh(
        entity,
        WD.Q99000001,
        _match(WD.Q99000001, "The Day After"),
        _facts({"P31": [WD.Q5]}),
    )
    assert person.reasons[-1] == "not a film: instance of human"
    assert person.contradicted


def test_kmdb_ids_are_evidence_shared_or_contradicting() -> None:
    entity = Entity(FILM, EntityType.FILM, identifiers={"KMDb": frozenset({"K99101"})})
    # Wikidata may write the kind letter and number with a slash: the same record
    same = weigh(
        entity,
        WD.Q99000101,
        _match(WD.Q99000101, "The Day After"),
        _facts({"P31": [WD.Q11424], "P3704": ["K/99101"]}),
    )
    assert same.reasons[-1] == "same KMDb id K99101"
    assert same.enough and not same.contradicted
    other = weigh(
        entity,
        WD.Q99000102,
        _match(WD.Q99000102, "The Day After"),
        _facts({"P31": [WD.Q11424], "P3704": ["F99102"]}),
    )
    assert other.reasons[-1] == "KMDb ids differ: K99101 here, F99102 on Wikidata"
    assert other.contradicted and not other.enough


def test_a_different_kobis_code_rules_a_namesake_film_out() -> None:
    entity = Entity(FILM, EntityType.FILM, identifiers={"KOBIS": frozenset({"20179901"})})
    other = weigh(
        entity,
        WD.Q99000102,
        _match(WD.Q99000102, "The Day After"),
        _facts({"P31": [WD.Q11424], "P8921": ["20179902"]}),
    )
    assert other.reasons[-1] == "KOBIS ids differ: 20179901 here, 20179902 on Wikidata"
    assert other.contradicted
