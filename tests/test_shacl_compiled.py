"""Compiled SHACL on Oxigraph against pySHACL on rdflib: the same results, field by field.

The reference is the plain path: pySHACL on an rdflib memory graph, then the checks with
rdflib's SPARQL. Results are compared field by field (:mod:`shacl_support`).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from conftest import MINI
from dockg import namespaces as ns
from dockg.store.convert import TermConverter
from dockg.synth.load import load_nquads
from dockg.validation.checks import run_check
from dockg.validation.compiler import compile_shapes
from dockg.validation.engine import CompiledValidator, compile_for, subclass_map, validate_native
from dockg.validation.incremental import replace_source
from dockg.validation.reference import shacl_results
from shacl_support import keys
from synth_support import PROJECT, ROOT, oxigraph_store, world


def test_compiled_equals_pyshacl_on_a_world_with_defects() -> None:
    summary = world(6000, 2, 0.25)
    native = oxigraph_store(summary.out)
    validator = compile_for(native, PROJECT)
    assert validator.fallback == {}  # the project's shapes are all compiled
    compiled = validate_native(native, validator)
    loaded = load_nquads(summary.out, PROJECT)
    reference = shacl_results(loaded.union(), validator.shapes, display="shapes")
    for check in validator.checks:
        reference.extend(run_check(loaded, check))
    assert len(summary.defects) > 20
    assert keys(compiled) == keys(reference)


SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

ex:ThingShape a sh:NodeShape ;
    sh:targetClass ex:Thing ;
    sh:nodeKind sh:IRI ;
    sh:message "Things have IRIs." ;
    sh:property
        [ sh:path ex:label ; sh:uniqueLang true ; sh:minCount 2 ;
          sh:message "Two labels, one per language." ] ,
        [ sh:path ex:size ; sh:datatype xsd:integer ; sh:maxInclusive 10 ; sh:maxCount 1 ;
          sh:severity sh:Warning ; sh:message "One whole size up to 10." ] ,
        [ sh:path ex:code ; sh:pattern "^ab" ; sh:flags "i" ; sh:in ( "AB1" "ab2" "xy" ) ;
          sh:message "A code from the list, starting with ab." ] ,
        [ sh:path ex:part ; sh:not [ sh:class ex:Forbidden ] ; sh:class ex:Thing ;
          sh:message "Parts are things, never forbidden ones." ] ,
        [ sh:path ex:when ; sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYear ] ) ;
          sh:severity sh:Info ; sh:message "A date or a year." ] ,
        [ sh:path ex:at ; sh:or ( [ sh:not [ sh:datatype xsd:dateTime ] ] [ sh:pattern "Z$" ] ) ;
          sh:message "A date-time in UTC." ] ,
        [ sh:path ex:year ;
          sh:not [ sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:dateTime ] ) ] ;
          sh:message "A year, not a full date." ] ;
    sh:sparql [
        sh:message "A code is needed, except on special things." ;
        sh:prefixes ex:Declarations ;
        sh:select '''
            SELECT $this ?path WHERE {
                BIND (ex:code AS ?path)
                FILTER NOT EXISTS { $this ex:code ?code }
                FILTER NOT EXISTS { $this a ex:Special }
            }
        '''
    ] .

ex:Declarations sh:declare
    [ sh:prefix "ex" ; sh:namespace "http://example.org/"^^xsd:anyURI ] ,
    [ sh:prefix "rdfs" ; sh:namespace "http://www.w3.org/2000/01/rdf-schema#"^^xsd:anyURI ] .

ex:SizedShape a sh:NodeShape ;
    sh:targetSubjectsOf ex:size ;
    sh:property [ sh:path ex:label ; sh:minCount 3 ;
                  sh:message "Sized things have three labels." ] .

ex:OrdinaryShape a sh:NodeShape ;
    sh:target [
        a sh:SPARQLTarget ;
        sh:prefixes ex:Declarations ;
        sh:select '''
            SELECT ?this WHERE {
                ?class rdfs:subClassOf* ex:Thing .
                ?this a ?class .
                FILTER NOT EXISTS { ?this a ex:Forbidden }
            }
        '''
    ] ;
    sh:property [ sh:path ex:size ; sh:minCount 1 ; sh:message "Ordinary things have a size." ] .
"""

DATA = """
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

ex:Special rdfs:subClassOf ex:Thing .
ex:a a ex:Thing ; ex:label "a"@en, "b"@EN, "c"@ko ; ex:size 3, "abc"^^xsd:integer, 12 ;
    ex:code "AB1", "xy", "ab3" ; ex:part ex:b, ex:c, "text" ;
    ex:when "2020"^^xsd:gYear, "2020-13-01"^^xsd:date, "soon" ;
    ex:at "2020-01-01T10:00:00"^^xsd:dateTime, "2020-01-01T10:00:00Z"^^xsd:dateTime,
        "2020"^^xsd:gYear ;
    ex:year "2016"^^xsd:gYear, "2016-01-01"^^xsd:date, "2016-02-30"^^xsd:date .
ex:b a ex:Special ; ex:label "x"@en ; ex:part ex:a ; ex:size 5.0 .
ex:c a ex:Thing, ex:Forbidden ; ex:label "p"@fr, "q"@de .
_:d a ex:Thing ; ex:label "p"@fr, "q"@de .
ex:e a ex:Special ; ex:label "e"@en, "f"@fr .
"""


def _store_and_validator(shapes_text: str) -> tuple[Graph, ox.Store, CompiledValidator]:
    """DATA as an rdflib graph and in a pyoxigraph store, and the shapes compiled for it."""
    shapes = Graph().parse(data=shapes_text, format="turtle")
    data = Graph().parse(data=DATA, format="turtle")
    native = ox.Store()
    terms = TermConverter()
    native.extend(terms.quad_to_ox(s, p, o, URIRef("http://example.org/g")) for s, p, o in data)
    validator = CompiledValidator(
        shapes=shapes, compiled=compile_shapes(shapes, subclass_map(native)), checks=()
    )
    return data, native, validator


def _compiled_and_reference(shapes_text: str) -> tuple[CompiledValidator, set, set]:
    data, native, validator = _store_and_validator(shapes_text)
    shapes = validator.shapes
    compiled = keys(validate_native(native, validator))
    reference = keys(shacl_results(data, shapes, display="shapes"))
    # Blank-node focus nodes get new names in Oxigraph: compare them by their shape only.
    blank = {k for k in reference if not isinstance(k[0], URIRef)}
    assert len(blank) == len({k for k in compiled if not isinstance(k[0], URIRef)})
    return (
        validator,
        compiled - {k for k in compiled if not isinstance(k[0], URIRef)},
        reference - blank,
    )


def test_every_compiled_construct_gives_pyshacls_results() -> None:
    validator, compiled, reference = _compiled_and_reference(SHAPES)
    assert validator.fallback == {}
    components = {k[3] for k in reference}
    assert len(components) >= 11  # the data breaks nearly every constraint it can
    assert ns.SH.SPARQLConstraintComponent in components
    assert compiled == reference


def test_subjects_of_and_sparql_targets_find_the_nodes_pyshacl_finds() -> None:
    _, compiled, reference = _compiled_and_reference(SHAPES)
    found = {
        message: {str(k[0]).rsplit("/", 1)[1] for k in reference if k[6] == message}
        for message in ("Sized things have three labels.", "Ordinary things have a size.")
    }
    # ex:a and ex:b have a size, and only ex:a three labels; ex:c and ex:e have no size,
    # but ex:c is forbidden, so not a target of the SPARQL-based target.
    assert found == {
        "Sized things have three labels.": {"b"},
        "Ordinary things have a size.": {"e"},
    }
    assert compiled == reference


def test_focus_runs_check_target_membership_in_the_query() -> None:
    _, native, validator = _store_and_validator(SHAPES)
    focus = [URIRef(f"http://example.org/{name}") for name in ("b", "c", "e")]
    full = [r for r in validate_native(native, validator) if r.focus in focus]
    assert keys(validate_native(native, validator, focus=focus, sparql=False)) == keys(
        [r for r in full if r.component != ns.SH.SPARQLConstraintComponent]
    )


def test_shapes_outside_the_subset_fall_back_to_pyshacl() -> None:
    extra = """
    ex:QualifiedShape a sh:NodeShape ;
        sh:targetNode ex:a ;
        sh:property [ sh:path ex:part ; sh:qualifiedValueShape [ sh:class ex:Forbidden ] ;
                      sh:qualifiedMinCount 2 ; sh:message "Two forbidden parts." ] .
    """
    validator, compiled, reference = _compiled_and_reference(SHAPES + extra)
    qualified = URIRef("http://example.org/QualifiedShape")
    assert set(validator.fallback) == {qualified}
    assert "targetNode" in validator.fallback[qualified]
    assert any(k[3] == ns.SH.QualifiedMinCountConstraintComponent for k in reference)
    assert compiled == reference


@pytest.mark.parametrize("seed", [2, 6])
def test_incremental_validation_equals_a_full_run(seed: int) -> None:
    summary = world(9000, seed, 0.1)
    native = oxigraph_store(summary.out)
    validator = compile_for(native, PROJECT)
    before = validate_native(native, validator)
    terms = TermConverter()
    graph, old = next(
        (name, triples)
        for name in sorted(native.named_graphs(), key=str)
        if "synth-filmography" in str(name)
        for triples in [
            [
                (
                    terms.to_rdflib(q.subject),
                    terms.to_rdflib(q.predicate),
                    terms.to_rdflib(q.object),
                )
                for q in native.quads_for_pattern(None, None, None, name)
            ]
        ]
        if sum(1 for _, p, o in triples if p == ns.RDF.type and o == ns.DOCKG.Film) >= 2
    )
    graph = URIRef(graph.value)
    people = {s for s, p, o in old if p == ns.RDF.type and o == ns.DOCKG.Person}
    films = sorted({s for s, p, o in old if p == ns.RDF.type and o == ns.DOCKG.Film}, key=str)
    assert people and films
    # Untype the people (films elsewhere now point to undescribed people), drop a title,
    # and give a film a second runtime without claims.
    new = [
        (s, p, o) for s, p, o in old if s not in people and not (s == films[0] and p == ns.SDO.name)
    ]
    new.append((films[-1], ns.SDO.duration, Literal("PT999M", datatype=ns.XSD.duration)))
    changed = replace_source(native, graph, new, validator, before)
    full = validate_native(native, validator)
    assert keys(changed.results) == keys(full)
    assert keys(full) != keys(before)
    # A new source added next to the others is validated the same way.
    added = URIRef("https://w3id.org/dockg/graph/synth-extra")
    extra = [(films[0], ns.SDO.subtitleLanguage, Literal("Korean"))]
    again = replace_source(native, added, extra, validator, changed.results)
    assert keys(again.results) == keys(validate_native(native, validator))
    assert again.focus == {films[0]}


@pytest.mark.parametrize("project", [ROOT, MINI])
def test_validate_on_oxigraph_prints_what_the_memory_store_prints(
    project: Path, tmp_path: Path, dockg
) -> None:
    store = f"oxigraph:{tmp_path / 'store'}"
    assert dockg("--project", project, "load", "--store", store).code == 0
    on_oxigraph = dockg("--project", project, "validate", "--store", store)
    in_memory = dockg("--project", project, "validate")
    assert on_oxigraph.code == in_memory.code
    assert on_oxigraph.stdout == in_memory.stdout
    assert in_memory.stdout.count("\n") > 3


def test_incremental_validation_keeps_a_union_default_graph_in_step(tmp_path: Path) -> None:
    from dockg.store.oxigraph import OxigraphStore

    summary = world(9000, 2, 0.1)
    store = OxigraphStore(None)
    store.load_file(summary.out)
    native = store.native
    validator = compile_for(native, PROJECT)
    before = validate_native(native, validator)
    film = next(iter(native.quads_for_pattern(None, None, ox.NamedNode(str(ns.DOCKG.Film)))))
    graph = next(
        URIRef(q.graph_name.value)
        for q in native.quads_for_pattern(film.subject, None, None)
        if isinstance(q.graph_name, ox.NamedNode)
    )
    terms = TermConverter()
    old = [
        (terms.to_rdflib(q.subject), terms.to_rdflib(q.predicate), terms.to_rdflib(q.object))
        for q in native.quads_for_pattern(None, None, None, terms.iri(graph))
    ]
    new = [t for t in old if t[1] != ns.SDO.name]  # every title of this source goes
    changed = replace_source(native, graph, new, validator, before)
    assert keys(changed.results) == keys(validate_native(native, validator))
    assert len(keys(changed.results)) > len(keys(before))
