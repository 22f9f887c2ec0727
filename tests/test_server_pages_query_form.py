"""Writing a form's values into a query for the "edit this query" view."""

from __future__ import annotations

import re

import pytest
from rdflib import Literal, URIRef

from dockg.errors import InputError
from dockg.server.query_form import with_values

TOPIC = URIRef("https://w3id.org/dockg/id/topic/koryo-saram")
LINE = "VALUES (?topic) { (<https://w3id.org/dockg/id/topic/koryo-saram>) }"
HEAD = f"\n  # Parameter values from the form:\n  {LINE}\n"


def test_no_bindings_leave_the_text_as_it_is() -> None:
    assert with_values("SELECT * { ?s ?p ?o }", {}) == "SELECT * { ?s ?p ?o }"


def test_values_go_first_in_the_where_clause_past_comments_iris_and_strings() -> None:
    text = (
        "# a comment with { a brace\n"
        "PREFIX dockg: <https://w3id.org/dockg/ontology#>\n"
        'SELECT ?film WHERE { ?film dockg:isAbout ?topic ; dockg:note "{not a group}" }'
    )
    expected = text.replace("WHERE {", "WHERE {" + HEAD, 1)
    assert with_values(text, {"topic": TOPIC}) == expected


def test_nested_groups_that_use_the_variable_get_it_too() -> None:
    text = "SELECT * { { ?a ?b ?topic } UNION { ?a ?b ?c } OPTIONAL { ?c ?d ?topic } }"
    assert with_values(text, {"topic": TOPIC}) == (
        "SELECT * {" + HEAD + f" {{ {LINE} ?a ?b ?topic }} UNION {{ ?a ?b ?c }} "
        f"OPTIONAL {{ {LINE} ?c ?d ?topic }} }}"
    )


def test_values_blocks_minus_and_subquery_braces_are_left_alone() -> None:
    text = (
        "SELECT * { VALUES ?p { <http://x/p> } ?s ?p ?topic "
        "MINUS { ?s ?q ?topic } { SELECT ?s WHERE { ?s ?r ?topic } } }"
    )
    assert with_values(text, {"topic": TOPIC}) == (
        "SELECT * {" + HEAD + " VALUES ?p { <http://x/p> } ?s ?p ?topic "
        f"MINUS {{ ?s ?q ?topic }} {{ SELECT ?s WHERE {{ {LINE} ?s ?r ?topic }} }} }}"
    )


def test_literal_values_are_written_escaped_as_terms() -> None:
    text = "SELECT * { ?s ?p ?name }"
    evil = Literal('x" } ; DROP ALL ; { "\n')
    assert with_values(text, {"name": evil}) == (
        "SELECT * {\n  # Parameter values from the form:\n"
        '  VALUES (?name) { ("x\\" } ; DROP ALL ; { \\"\\n") }\n ?s ?p ?name }'
    )


def test_a_query_without_a_group_is_refused() -> None:
    with pytest.raises(InputError, match=re.escape("no { ... } group")):
        with_values("ASK", {"topic": TOPIC})
