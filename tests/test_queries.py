"""The query catalogue: headers, typed parameters bound as terms, and result formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from dockg.errors import InputError, UsageError
from dockg.loading import LoadedDataset
from dockg.namespaces import XSD
from dockg.params import Param, ParamType, parse_assignments, parse_params
from dockg.project import Project
from dockg.queries import (
    ResultFormat,
    bind_params,
    catalogue,
    find_query,
    format_catalogue,
    format_result,
    load_query,
    read_header,
    run_query,
)

ID = "https://w3id.org/dockg/id/"


def test_header_is_read_up_to_the_first_query_line() -> None:
    text = "# title: T\n# question: Q one\n#question: two\n\nSELECT * {}\n# title: not header\n"
    assert read_header(text) == {"title": "T", "question": "Q one two"}


def test_catalogue_headers(mini_project: Project) -> None:
    specs = {s.name: s for s in catalogue(mini_project)}
    topic = specs["films-about-topic"]
    assert topic.title == "Films about a topic"
    assert topic.question.startswith("Which films deal with a topic")
    assert topic.returns == ("film", "title", "about")
    assert topic.params == (
        Param("topic", ParamType.IRI, URIRef(ID + "topic/koryo-saram")),
        Param("lang", ParamType.LANGUAGE, Literal("en")),
    )
    assert specs["films-made-in"].params == (Param("year", ParamType.YEAR),)


def test_params_line_with_commas_inside_a_quoted_default() -> None:
    params = parse_params('q (string) = "a, \\"b\\"", n (integer) = 42, d (date)', source="x.rq")
    assert params == (
        Param("q", ParamType.STRING, Literal('a, "b"')),
        Param("n", ParamType.INTEGER, Literal(42)),
        Param("d", ParamType.DATE),
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x (float)", "unknown type 'float'"),
        ("x", "cannot read '# params:'"),
        ("y (year) = soon", "default of parameter y is not a year"),
        ("x (iri), x (string)", "declared twice"),
    ],
)
def test_bad_params_lines_name_the_file(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_params(text, source="queries/q.rq")
    assert caught.value.message.startswith("queries/q.rq: ")


@pytest.mark.parametrize(
    ("kind", "raw", "term"),
    [
        (ParamType.IRI, "film:heart-of-snow", URIRef(ID + "film/heart-of-snow")),
        (ParamType.IRI, f"<{ID}film/x>", URIRef(ID + "film/x")),
        (ParamType.IRI, "https://example.org/a", URIRef("https://example.org/a")),
        (ParamType.STRING, ' spaced "quoted" ', Literal(' spaced "quoted" ')),
        (ParamType.INTEGER, "+07", Literal(7)),
        (ParamType.YEAR, "2017", Literal("2017", datatype=XSD.gYear)),
        (ParamType.DATE, "2017-05-01", Literal("2017-05-01", datatype=XSD.date)),
        (ParamType.LANGUAGE, "ko", Literal("ko")),
    ],
)
def test_values_are_typed_by_the_header(kind: ParamType, raw: str, term: object) -> None:
    assert Param("p", kind).convert(raw) == term


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        (ParamType.IRI, "not an iri"),
        (ParamType.INTEGER, "4.2"),
        (ParamType.YEAR, "abc"),
        (ParamType.DATE, "2017-02-30"),
        (ParamType.LANGUAGE, "en_GB"),
    ],
)
def test_badly_typed_values_are_usage_errors(kind: ParamType, raw: str) -> None:
    with pytest.raises(UsageError, match=f"parameter p: '{raw}' is not") as caught:
        Param("p", kind).convert(raw)
    assert caught.value.exit_code == 2


def test_assignments() -> None:
    assert parse_assignments(["a=1", "b=x=y", "c="]) == {"a": "1", "b": "x=y", "c": ""}
    with pytest.raises(UsageError, match="write name=value"):
        parse_assignments(["novalue"])
    with pytest.raises(UsageError, match="given twice"):
        parse_assignments(["a=1", "a=2"])


def _rows(loaded: LoadedDataset, query_name: str, **params: str) -> list[tuple[str, ...]]:
    spec = find_query(loaded.project, query_name)
    result = run_query(loaded, spec, params=params)
    return [tuple(str(t) if t is not None else "" for t in row) for row in result.rows]


def test_default_parameters(mini_loaded: LoadedDataset) -> None:
    assert _rows(mini_loaded, "films-about-topic") == [
        (ID + "film/heart-of-snow", "Heart of Snow", ID + "topic/koryo-saram"),
        (ID + "film/short-thaw", "Short Thaw", ID + "topic/deportation-1937"),
    ]


def test_bound_parameters_change_the_answer(mini_loaded: LoadedDataset) -> None:
    rows = _rows(mini_loaded, "films-about-topic", topic="topic:deportation-1937", lang="ko")
    assert rows == [(ID + "film/short-thaw", "", ID + "topic/deportation-1937")]
    assert _rows(mini_loaded, "films-made-in", year="2018") == [
        (ID + "film/heart-of-snow", "Heart of Snow"),
        (ID + "film/heart-of-snow", "눈의 심장"),
    ]
    # A year is an xsd:gYear: the integer 2018 would match nothing.
    assert _rows(mini_loaded, "films-made-in", year="2019") == [
        (ID + "film/short-thaw", "Short Thaw")
    ]


def test_a_string_value_is_a_literal_not_query_text(mini_loaded: LoadedDataset) -> None:
    assert _rows(mini_loaded, "people-named", name="Kim Soyoung") == [
        (ID + "person/kim-soyoung", "1970-05-01")
    ]
    injection = 'x" } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o } #'
    assert _rows(mini_loaded, "people-named", name=injection) == []
    assert len(mini_loaded.dataset) > 0


def test_parameter_errors(mini_loaded: LoadedDataset) -> None:
    spec = find_query(mini_loaded.project, "films-made-in")
    with pytest.raises(UsageError, match=r"needs --param year=\.\.\. \(year\)"):
        bind_params(spec, {})
    with pytest.raises(UsageError, match=r"has no parameter colour \(parameters: year\)"):
        bind_params(spec, {"year": "2017", "colour": "red"})
    with pytest.raises(UsageError, match="'abc' is not a year"):
        bind_params(spec, {"year": "abc"})


def test_unknown_query_lists_the_catalogue(mini_project: Project) -> None:
    with pytest.raises(UsageError) as caught:
        find_query(mini_project, "films-by-colour")
    assert caught.value.message == (
        "unknown query 'films-by-colour'; available queries: "
        "films-about-topic, films-made-in, people-named"
    )


def test_query_file_by_path(mini_loaded: LoadedDataset, tmp_path: Path) -> None:
    path = tmp_path / "count.rq"
    path.write_text("# title: Count\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n")
    spec = find_query(mini_loaded.project, str(path))
    assert spec.name == "count" and spec.params == ()
    assert int(run_query(mini_loaded, spec).rows[0][0]) == len(mini_loaded.dataset)  # type: ignore[arg-type]


def test_sparql_syntax_error_names_file_and_line(bad_dir: Path) -> None:
    with pytest.raises(InputError, match=r"syntax-error.rq:\d+: SPARQL syntax error: "):
        load_query(bad_dir / "syntax-error.rq")


def test_undeclared_prefix_is_an_input_error(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix.rq"
    prefix.write_text("SELECT ?s WHERE { ?s foo:name ?n }\n")
    with pytest.raises(InputError, match=r"prefix\.rq: SPARQL error: Unknown namespace prefix"):
        load_query(prefix)


@pytest.fixture(scope="module")
def year_result(mini_loaded: LoadedDataset):  # type: ignore[no-untyped-def]
    spec = find_query(mini_loaded.project, "films-made-in")
    return run_query(mini_loaded, spec, params={"year": "2018"})


def test_table_output_compacts_iris(year_result) -> None:  # type: ignore[no-untyped-def]
    assert format_result(year_result, fmt=ResultFormat.TABLE) == (
        "film                title\n"
        "------------------  ----------------\n"
        "film:heart-of-snow  Heart of Snow@en\n"
        "film:heart-of-snow  눈의 심장@ko\n"
    )


def test_csv_output_is_sparql_csv(year_result) -> None:  # type: ignore[no-untyped-def]
    text = format_result(year_result, fmt=ResultFormat.CSV)
    assert text.startswith("film,title\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == [ID + "film/heart-of-snow", "Heart of Snow"]


def test_tsv_output_is_sparql_tsv(year_result) -> None:  # type: ignore[no-untyped-def]
    lines = format_result(year_result, fmt=ResultFormat.TSV).splitlines()
    assert lines[0] == "?film\t?title"
    assert lines[1] == f'<{ID}film/heart-of-snow>\t"Heart of Snow"@en'


def test_json_output_is_sparql_json(year_result) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(format_result(year_result, fmt=ResultFormat.JSON))
    assert data["head"] == {"vars": ["film", "title"]}
    first = data["results"]["bindings"][0]
    assert first["film"] == {"type": "uri", "value": ID + "film/heart-of-snow"}
    assert first["title"] == {"type": "literal", "value": "Heart of Snow", "xml:lang": "en"}


def test_catalogue_listing(mini_project: Project) -> None:
    lines = format_catalogue(catalogue(mini_project)).splitlines()
    assert lines[0].split() == ["name", "title", "params"]
    assert lines[3].split(None, 1)[0] == "films-made-in"
    assert lines[3].endswith("year (year)")
    assert lines[2].endswith("topic (iri) = topic:koryo-saram, lang (language) = en")
