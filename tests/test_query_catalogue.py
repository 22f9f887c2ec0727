"""The query catalogue: every ``queries/*.rq`` states its intent and returns the expected rows.

Each query runs with its default parameters on the seed dataset and its rows are compared
with ``tests/expected/queries/<name>.csv`` (SPARQL 1.1 CSV results): as a list when the
query has an ORDER BY, as a multiset otherwise. A new query needs only its expected file.
Run with ``DOCKG_UPDATE_GOLDEN=1`` to rewrite the expected files from the current results,
then check the diff by hand against the sources before committing it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from queries_support import (
    EXPECTED_DIR,
    as_multiset,
    catalogue_files,
    catalogue_query,
    expected_path,
    from_csv,
    is_ordered,
    result_rows,
    run,
    to_csv,
)

UPDATE_GOLDEN = os.environ.get("DOCKG_UPDATE_GOLDEN") == "1"

ID = "https://w3id.org/dockg/id/"
GRAPH = "https://w3id.org/dockg/graph/"
SCHEMA = "https://schema.org/"
DOCKG = "https://w3id.org/dockg/ontology#"

QUERY_FILES = catalogue_files()


def test_catalogue_has_the_research_questions():
    assert len(QUERY_FILES) >= 16


# ---------------------------------------------------------------------------
# Headers
# ---------------------------------------------------------------------------

# What remains of a query once comments, strings and IRIs are gone: prefixed names only.
_COMMENT = re.compile(r"#[^\n]*")
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
_IRI = re.compile(r"<[^<>\s]*>")
_PREFIX_DECL = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)
_PREFIXED_NAME = re.compile(r"(?<![\w?$])([A-Za-z][\w.-]*)?:")


def _code(text: str) -> str:
    # IRIs, then strings, then comments: a '#' inside an IRI or a string starts no comment.
    return _COMMENT.sub(" ", _STRING.sub('""', _IRI.sub("<>", text)))


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_header_states_title_question_params_and_returns(path: Path):
    spec = catalogue_query(path.stem)  # raises if '# params:' does not parse
    assert spec.title, "# title: is missing or empty"
    assert spec.question.endswith("?"), "# question: must ask a question"
    assert "params" in spec.header, "# params: is missing (write '# params: none')"
    assert spec.returns, "# returns: is missing or empty"
    assert run(spec).variables == spec.returns, "# returns: must list the projected variables"


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_every_param_has_a_default_and_is_a_free_variable(path: Path):
    spec = catalogue_query(path.stem)
    text = _code(path.read_text(encoding="utf-8"))
    for param in spec.params:
        assert param.default is not None, f"parameter {param.name} has no default"
        assert re.search(rf"\?{param.name}\b", text), f"?{param.name} is not used"
        # Bound by initBindings, never by text: no placeholder and no VALUES for it.
        assert not re.search(rf"VALUES\s+\?{param.name}\b", text)
        assert f"${{{param.name}}}" not in text and f"{{{{{param.name}}}}}" not in text


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_every_prefix_used_is_declared(path: Path):
    # rdflib silently knows schema:, xsd:, skos: ...; other SPARQL engines do not.
    text = _code(path.read_text(encoding="utf-8"))
    declared = set(_PREFIX_DECL.findall(text))
    body = _PREFIX_DECL.sub(" ", text)
    used = set(_PREFIXED_NAME.findall(body))
    assert used <= declared, f"undeclared prefixes: {sorted(used - declared)}"


# ---------------------------------------------------------------------------
# Expected results with default parameters
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_default_run_returns_expected_rows(path: Path):
    spec = catalogue_query(path.stem)
    result = run(spec)
    expected_file = expected_path(spec.name)
    if UPDATE_GOLDEN:
        expected_file.parent.mkdir(parents=True, exist_ok=True)
        expected_file.write_text(to_csv(result), encoding="utf-8", newline="")
    assert expected_file.is_file(), (
        f"no expected result {expected_file.relative_to(EXPECTED_DIR.parents[2])}; "
        "run with DOCKG_UPDATE_GOLDEN=1 and check every row by hand"
    )
    header, expected = from_csv(expected_file.read_text(encoding="utf-8"))
    assert header == list(result.variables)
    actual = result_rows(result)
    if is_ordered(spec):
        assert actual == expected
    else:
        assert as_multiset(actual) == as_multiset(expected)


def test_every_expected_file_belongs_to_a_query():
    names = {p.stem for p in QUERY_FILES}
    stale = sorted(p.name for p in EXPECTED_DIR.glob("*.csv") if p.stem not in names)
    assert not stale, f"expected results without a query: {stale}"


# ---------------------------------------------------------------------------
# Non-default parameters: exact rows
# ---------------------------------------------------------------------------


def _run(name: str, **params: str) -> list[list[str]]:
    """Run a catalogue query with raw parameter values, as ``dockg query --param``."""
    return result_rows(run(catalogue_query(name), params))


def test_films_about_north_korean_defectors_include_a_film_that_only_features_them():
    assert _run("films-about-topic", topic=f"{ID}topic/north-korean-defectors") == [
        [
            f"{ID}film/the-last-day-of-the-year",
            "The Last Day of the Year",
            "2015",
            f"{ID}topic/north-korean-defectors",
            "North Korean defectors",
            f"{DOCKG}isAbout",
        ],
        [
            f"{ID}film/heart-of-snow-afterlife",
            "Heart of Snow: afterlife",
            "2016",
            f"{ID}topic/north-korean-defectors",
            "North Korean defectors",
            f"{DOCKG}featuresGroup",
        ],
    ]


def test_films_about_a_broad_topic_reach_narrower_topics():
    rows = _run("films-about-topic", topic=f"{ID}topic/migration")
    assert [(r[0], r[3], r[5]) for r in rows] == [
        (
            f"{ID}film/drifting-city",
            f"{ID}topic/african-traders-in-guangzhou",
            f"{DOCKG}isAbout",
        ),
        (
            f"{ID}film/heart-of-snow-afterlife",
            f"{ID}topic/koryo-settlement-russian-far-east",
            f"{DOCKG}isAbout",
        ),
    ]


def test_topic_without_films_gives_no_rows():
    # rdflib yields one unbound row for a GROUP BY over no solutions (RDFLib/rdflib#3382);
    # joined with later patterns that row matched every named thing in the graph.
    assert _run("films-about-topic", topic=f"{ID}topic/human-rights") == []
    assert _run("person-appearances", person=f"{ID}person/kim-soyoung") == []
    assert _run("films-set-in-place", place=f"{ID}place/japan") == []


def test_im_heung_soon_films_deal_with_the_sewol_ferry_disaster():
    assert _run("director-historical-events", director=f"{ID}person/im-heung-soon") == [
        [
            f"{ID}event/sewol-ferry-disaster",
            "Sewol ferry disaster",
            "2014-04-16",
            "2014-04-16",
            f"{ID}film/the-day-after",
            "The Day After",
            f"{ID}topic/sewol-ferry-disaster",
            f"{DOCKG}isAbout",
        ]
    ]


def test_screening_known_only_by_year_and_theatre():
    assert _run("film-screenings", film=f"{ID}film/heart-of-snow-heart-of-blood") == [
        [
            f"{ID}screening/ludwig-cinema-2016-heart-of-snow-heart-of-blood",
            "2016",
            "",
            "2016",
            f"{ID}venue/ludwig-cinema",
            "Ludwig Cinema",
            "",
            "",
            "Germany",
            "",
            "",
        ]
    ]


def test_edition_numbers_of_seoul_womens_festival_disagree_with_annual_count():
    rows = _run(
        "festival-editions", festival=f"{ID}festival/seoul-international-womens-film-festival"
    )
    assert [(r[2], r[3], r[4], r[5]) for r in rows] == [
        ("2010", "12", "14", "false"),
        ("2015", "17", "19", "false"),
    ]


def test_festival_without_known_editions_has_no_rows():
    festival = f"{ID}festival/yamagata-international-documentary-film-festival"
    assert _run("festival-editions", festival=festival) == []


def test_runtime_of_a_filmography_without_runtimes_is_zero_not_missing():
    assert _run("filmography-runtime", director=f"{ID}person/im-heung-soon") == [
        ["3", "0", "0", "0", "0", "0", "0"]
    ]


def test_name_variants_of_im_heung_soon_come_from_two_graphs():
    rows = _run("person-name-variants", person=f"{ID}person/im-heung-soon")
    curated, bio = f"{GRAPH}curated-general-knowledge", f"{GRAPH}filmsite-im-heung-soon-bio"
    assert as_multiset(rows) == as_multiset(
        [
            ["Heung-soon Im", "", f"{SCHEMA}alternateName", curated],
            ["Im Heungsoon", "", f"{SCHEMA}alternateName", curated],
            ["임흥순", "ko", f"{DOCKG}nameInHangul", curated],
            ["Im Heung-soon", "", f"{DOCKG}nameInKoreanOrder", curated],
            ["Heung-Soon Im", "", f"{SCHEMA}name", bio],
            ["Heung-Soon Im", "", f"{DOCKG}nameInWesternOrder", bio],
        ]
    )


@pytest.mark.parametrize(
    ("search", "person"),
    [
        ("KIM SO-YOUNG", "kim-soyoung"),
        ("김소영", "kim-soyoung"),
        ("jong-hoon", "kim-jonghoon"),
        ("aleksandra", "kim-alexandra-petrovna"),
        ("jinseok kang", "kang-jinseok"),
    ],
)
def test_people_are_found_by_any_name_form_ignoring_case(search: str, person: str):
    rows = _run("people-by-name", search=search)
    assert {r[0] for r in rows} == {f"{ID}person/{person}"}


def test_people_search_for_a_shared_family_name_finds_everyone_with_it():
    rows = _run("people-by-name", search="choi")
    assert {r[0] for r in rows} == {f"{ID}person/choi-kuk-in"}
    kims = {r[0] for r in _run("people-by-name", search="kim ")}
    assert kims == {
        f"{ID}person/kim-soyoung",
        f"{ID}person/kim-jonghoon",
        f"{ID}person/kim-alexandra-petrovna",
    }


def test_featured_person_appears_in_the_film():
    assert _run("person-appearances", person=f"{ID}person/choi-kuk-in") == [
        [
            f"{ID}film/heart-of-snow-afterlife",
            "Heart of Snow: afterlife",
            "2016",
            f"{DOCKG}featuresPerson",
        ]
    ]


def test_films_set_in_south_korea_include_events_located_within_it():
    rows = _run("films-set-in-place", place=f"{ID}place/south-korea")
    assert [(r[0], r[3], r[5], r[6]) for r in rows] == [
        (
            f"{ID}film/the-last-day-of-the-year",
            f"{ID}place/south-korea",
            f"{DOCKG}isSetIn",
            "",
        ),
        (
            f"{ID}film/the-day-after",
            f"{ID}place/jindo",
            f"{SCHEMA}location",
            f"{ID}event/sewol-ferry-disaster",
        ),
    ]


def test_people_connected_to_north_korean_defectors():
    rows = _run("people-connected-to-topic", topic=f"{ID}topic/north-korean-defectors")
    afterlife, defectors = f"{ID}film/heart-of-snow-afterlife", f"{ID}topic/north-korean-defectors"
    found = {(r[0].removeprefix(f"{ID}person/"), r[2], r[3], r[5]) for r in rows}
    assert found == {
        ("choi-kuk-in", f"{DOCKG}identifiedWith", "", defectors),
        ("kim-jonghoon", f"{DOCKG}identifiedWith", "", defectors),
        ("choi-kuk-in", f"{DOCKG}featuresPerson", afterlife, ""),
        ("kim-jonghoon", f"{DOCKG}featuresPerson", afterlife, ""),
        # The film features the group, so everyone it shows or recalls is connected.
        ("kae-haklim", f"{DOCKG}featuresPerson", afterlife, ""),
        ("kim-alexandra-petrovna", f"{DOCKG}recallsPerson", afterlife, ""),
        ("im-heung-soon", f"{SCHEMA}director", f"{ID}film/the-last-day-of-the-year", ""),
        ("kim-soyoung", f"{SCHEMA}director", afterlife, ""),
        ("kim-soyoung", f"{SCHEMA}producer", afterlife, ""),
        ("kim-soyoung", f"{SCHEMA}editor", afterlife, ""),
        ("kang-jinseok", f"{SCHEMA}producer", afterlife, ""),
        ("kang-jinseok", f"{SCHEMA}editor", afterlife, ""),
        ("kang-jinseok", f"{DOCKG}cinematographer", afterlife, ""),
    }


def test_source_graph_contents_are_the_file_as_written():
    """The catalogue query gives back exactly the triples of the source file."""
    from rdflib import Graph

    from queries_support import PROJECT_ROOT

    graph = Graph().parse(PROJECT_ROOT / "data" / "sources" / "filmsite-im-heung-soon-bio.ttl")
    rows = _run("source-graph-contents", graph=f"{GRAPH}filmsite-im-heung-soon-bio")
    assert as_multiset(rows) == as_multiset([[str(s), str(p), str(o)] for s, p, o in graph])


def test_co_workers_of_kang_jinseok_mirror_those_of_kim_soyoung():
    rows = _run("co-workers", person=f"{ID}person/kang-jinseok")
    roles = {(r[2], r[3], r[5], r[6]) for r in rows}
    kim = f"{ID}person/kim-soyoung"
    assert len(rows) == len(roles) == 9
    assert (f"{DOCKG}cinematographer", kim, f"{SCHEMA}director", "false") in roles
    assert (f"{SCHEMA}producer", kim, f"{SCHEMA}producer", "true") in roles
    assert {r[0] for r in rows} == {f"{ID}film/heart-of-snow-afterlife"}
