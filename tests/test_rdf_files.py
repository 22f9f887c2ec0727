"""Reading RDF in any syntax: syntax by name or content, http schema.org, errors with lines."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import TESTS
from dockg.errors import InputError
from dockg.rdf_files import (
    RdfSyntax,
    parse_rdf,
    read_graph_file,
    sniff_syntax,
    syntax_of,
)

FOREIGN = TESTS / "fixtures" / "foreign"
S = "https://schema.org/"
ARC = "https://archive.example.org/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

#: What each of archive.{jsonld,rdf} says, in https schema.org terms.
NANOOK = {
    (f"{ARC}film-nanook", RDF_TYPE, f"{S}Movie"),
    (f"{ARC}film-nanook", f"{S}name", "Nanook of the North"),
    (f"{ARC}film-nanook", f"{S}director", f"{ARC}person-flaherty"),
    (f"{ARC}person-flaherty", RDF_TYPE, f"{S}Person"),
    (f"{ARC}person-flaherty", f"{S}name", "Robert J. Flaherty"),
}


def triples(path: Path) -> set[tuple[str, str, str]]:
    return {(q.subject.value, q.predicate.value, q.object.value) for q in parse_rdf(path).quads}


@pytest.mark.parametrize(
    ("name", "syntax"),
    [
        ("a.ttl", RdfSyntax.TURTLE),
        ("a.nt", RdfSyntax.NTRIPLES),
        ("a.nq", RdfSyntax.NQUADS),
        ("a.trig", RdfSyntax.TRIG),
        ("a.jsonld", RdfSyntax.JSONLD),
        ("a.json", RdfSyntax.JSONLD),
        ("a.rdf", RdfSyntax.RDFXML),
        ("a.owl", RdfSyntax.RDFXML),
        ("a.NQ.gz", RdfSyntax.NQUADS),
        ("a.ttl.gz", RdfSyntax.TURTLE),
    ],
)
def test_syntax_from_the_file_name(name: str, syntax: RdfSyntax) -> None:
    assert syntax_of(Path(name)) is syntax


@pytest.mark.parametrize(
    ("fixture", "syntax"),
    [
        ("archive-http.ttl", RdfSyntax.TURTLE),
        ("archive.trig", RdfSyntax.TRIG),
        ("archive.jsonld", RdfSyntax.JSONLD),
        ("archive.rdf", RdfSyntax.RDFXML),
        ("archive.nq", RdfSyntax.NQUADS),
    ],
)
def test_syntax_from_the_content(fixture: str, syntax: RdfSyntax) -> None:
    data = (FOREIGN / fixture).read_bytes()
    assert sniff_syntax(data) is syntax
    assert syntax_of(Path("export.data"), data) is syntax


def test_ntriples_sniffed_apart_from_nquads() -> None:
    assert sniff_syntax(b'<urn:a> <urn:b> "c" .\n') is RdfSyntax.NTRIPLES
    assert sniff_syntax(b"<urn:a> <urn:b> <urn:c> <urn:g> .\n") is RdfSyntax.NQUADS


def test_unknown_syntax_names_the_syntaxes_read() -> None:
    with pytest.raises(InputError) as caught:
        syntax_of(Path("notes.data"), b"hello world\n")
    assert str(caught.value) == (
        "notes.data: unknown RDF syntax; dockg reads Turtle (.ttl), N-Triples (.nt), "
        "N-Quads (.nq), TriG (.trig), JSON-LD (.jsonld, .json) or RDF/XML (.rdf, .owl, "
        ".xml), optionally gzip-compressed (.gz)"
    )


@pytest.mark.parametrize("fixture", ["archive.jsonld", "archive.rdf", "archive.nq"])
def test_every_syntax_gives_the_same_triples(fixture: str) -> None:
    assert triples(FOREIGN / fixture) == NANOOK


def test_http_schema_org_is_read_as_https_and_counted() -> None:
    parsed = parse_rdf(FOREIGN / "archive.nq")
    # rdf:type's object Movie, name, director, Person, name: five terms in http.
    assert parsed.http_schema_terms == 5
    assert not any("http://schema.org/" in str(q) for q in parsed.quads)


def test_json_ld_with_schema_orgs_context_by_address_reads_offline() -> None:
    parsed = parse_rdf(FOREIGN / "archive.jsonld")
    assert parsed.syntax is RdfSyntax.JSONLD and len(parsed.quads) == 5


def test_gzip_is_read_through(tmp_path: Path) -> None:
    packed = tmp_path / "archive.nq.gz"
    packed.write_bytes(gzip.compress((FOREIGN / "archive.nq").read_bytes()))
    assert triples(packed) == NANOOK


def test_a_broken_gzip_file_is_an_input_error(tmp_path: Path) -> None:
    broken = tmp_path / "dump.nq.gz"
    broken.write_bytes(b"not gzip at all")
    with pytest.raises(InputError, match=r"^.*dump\.nq\.gz: cannot read: "):
        parse_rdf(broken, display="dump.nq.gz")


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "bad.ttl",
            "@prefix : <urn:x:> .\n:a :b :c .\n:a :b .\n",
            "bad.ttl:3: Turtle syntax error: objectList expected",  # rdflib words Turtle errors
        ),
        (
            "bad.nq",
            '<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> "open <urn:g> .\n',
            "bad.nq:2: N-Quads syntax error: Unexpected end of file",
        ),
        (
            "bad.jsonld",
            '{"@id": "urn:a",\n "urn:p": }\n',
            "bad.jsonld:2: JSON-LD syntax error: ",
        ),
        (
            "bad.rdf",
            '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
            "<rdf:Description>\n</rdf:RDF>\n",
            "bad.rdf:4: RDF/XML syntax error: ",
        ),
    ],
)
def test_syntax_errors_name_file_and_line(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        parse_rdf(path, display=name)
    assert str(caught.value).startswith(message)


def test_an_undeclared_file_is_its_own_graph(tmp_path: Path) -> None:
    path = tmp_path / "archive.trig"
    shutil.copy(FOREIGN / "archive.trig", path)
    read = read_graph_file(path)
    assert not read.declared
    assert read.home == ox.NamedNode(path.resolve().as_uri())
    sizes = {g.value: len(ts) for g, ts in read.graphs.items()}
    assert sizes == {f"{ARC}batch-films": 4, f"{ARC}batch-people": 2, path.resolve().as_uri(): 2}


def test_a_declared_file_fills_the_graph_it_declares(tmp_path: Path) -> None:
    path = tmp_path / "declared.nt"
    path.write_text(
        "<urn:x:g> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://w3id.org/dockg/ontology#SourceGraph> .\n"
        '<urn:x:a> <http://schema.org/name> "A" .\n',
        encoding="utf-8",
    )
    read = read_graph_file(path)
    assert read.declared and read.home == ox.NamedNode("urn:x:g")
    assert [g.value for g in read.graphs] == ["urn:x:g"]


def test_two_declarations_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "two.ttl"
    path.write_text(
        "@prefix dockg: <https://w3id.org/dockg/ontology#> .\n"
        "<urn:x:g> a dockg:SourceGraph .\n<urn:x:h> a dockg:SourceGraph .\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        read_graph_file(path, display="two.ttl")
    assert str(caught.value) == (
        "two.ttl: 2 subjects typed dockg:SourceGraph (<urn:x:g>, <urn:x:h>); "
        "a graph file declares exactly one"
    )
