"""Moving RDF terms and query results between pyoxigraph and rdflib.

Readers get rdflib terms whatever the store. Two differences between the libraries are
settled here, so every store answers with the same terms:

- RDF 1.1 says a literal without datatype *is* an ``xsd:string``; Oxigraph spells it with
  the datatype, rdflib without, and rdflib does not consider the two equal. Simple
  literals come back without a datatype, as the memory store has them.
- Oxigraph stores typed literals by value, so a non-canonical lexical form such as
  ``"080"^^xsd:integer`` reads back canonical (``"80"``). The memory store keeps the form
  as written (``"PT89M"^^xsd:duration`` comes back ``"PT1H29M"``: the same value).
- Oxigraph lower-cases language tags (``@ko-Latn`` → ``@ko-latn``), as RDF 1.1 allows.

A store loaded from files it parsed itself knows the forms as written: its converter
holds a *restore* map (canonical literal → the literal as the source wrote it, see
:func:`lexical_restore_map`), so readers get the memory store's terms back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Identifier, Node

from dockg.errors import InputError

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
OxGraphName = ox.NamedNode | ox.BlankNode | ox.DefaultGraph


def literal_to_rdflib(value: str, language: str | None, datatype: str | None) -> Literal:
    """Build the rdflib literal the memory store would hold.

    Args:
        value: the lexical form.
        language: the language tag, if any.
        datatype: the datatype IRI; ``xsd:string`` and ``rdf:langString`` are left off.

    Returns:
        The literal, lexical form unchanged.
    """
    if language:
        return Literal(value, lang=language)
    if datatype is None or datatype == XSD_STRING:
        return Literal(value)
    return Literal(value, datatype=URIRef(datatype))


class TermConverter:
    """Converts terms both ways, remembering IRIs (the same few recur in most quads).

    Args:
        restore: canonical literal → the literal as written (see
            :func:`lexical_restore_map`); literals not in it come back as stored.
    """

    def __init__(self, restore: dict[ox.Literal, Literal] | None = None) -> None:
        self._to_rdflib: dict[str, URIRef] = {}
        self._to_ox: dict[URIRef, ox.NamedNode] = {}
        self.restore: dict[ox.Literal, Literal] = restore if restore is not None else {}
        #: Lower-cased language tag → the tag as written (``ko-latn`` → ``ko-Latn``).
        self.languages: dict[str, str] = {}

    def remember_languages(self, tags: Iterable[str]) -> None:
        """Note language tags as written, so they read back in their case.

        Oxigraph lower-cases tags; a tag written in two casings is left lower-cased.

        Args:
            tags: language tags as the sources wrote them.
        """
        casings: dict[str, set[str]] = {}
        for tag in tags:
            if tag != tag.lower():
                casings.setdefault(tag.lower(), set()).add(tag)
        for lower, written in casings.items():
            if len(written) == 1 and lower not in self.languages:
                self.languages[lower] = next(iter(written))

    def to_rdflib(self, term: object) -> Node:
        """Convert a pyoxigraph term to rdflib.

        Args:
            term: a ``NamedNode``, ``BlankNode`` or ``Literal``.

        Returns:
            The rdflib term.

        Raises:
            InputError: for RDF-star quoted triples, which dockg does not use.
        """
        if isinstance(term, ox.NamedNode):
            iri = term.value
            found = self._to_rdflib.get(iri)
            if found is None:
                found = self._to_rdflib[iri] = URIRef(iri)
            return found
        if isinstance(term, ox.Literal):
            written = self.restore.get(term) if self.restore else None
            if written is not None:
                return written
            language = term.language
            if language and self.languages:
                language = self.languages.get(language, language)
            return literal_to_rdflib(term.value, language, term.datatype.value)
        if isinstance(term, ox.BlankNode):
            return BNode(term.value)
        raise InputError(f"unsupported RDF term from the store: {term!r}")

    def graph_to_rdflib(self, graph: OxGraphName) -> URIRef | None:
        """Convert a graph name; ``None`` stands for the default graph."""
        if isinstance(graph, ox.DefaultGraph):
            return None
        return self.to_rdflib(graph)  # type: ignore[return-value]

    def iri(self, term: URIRef) -> ox.NamedNode:
        """Convert an IRI to pyoxigraph.

        Raises:
            InputError: if it is not a valid IRI.
        """
        found = self._to_ox.get(term)
        if found is None:
            try:
                found = self._to_ox[term] = ox.NamedNode(str(term))
            except ValueError as error:
                raise InputError(f"not a valid IRI: <{term}>: {error}") from error
        return found

    def to_ox(self, term: Node) -> OxTerm:
        """Convert an rdflib term to pyoxigraph.

        Args:
            term: an IRI, blank node or literal.

        Returns:
            The pyoxigraph term.

        Raises:
            InputError: if the term is none of those, or not a valid IRI.
        """
        if isinstance(term, URIRef):
            return self.iri(term)
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=self.iri(term.datatype))
            return ox.Literal(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        raise InputError(f"cannot store {term!r}: not an IRI, blank node or literal")

    def quad_to_ox(self, s: Node, p: Node, o: Node, graph: URIRef | None) -> ox.Quad:
        """Build a pyoxigraph quad (``graph`` ``None`` = the default graph)."""
        name = ox.DefaultGraph() if graph is None else self.iri(graph)
        return ox.Quad(self.to_ox(s), self.to_ox(p), self.to_ox(o), name)  # type: ignore[arg-type]


def result_to_rdflib(
    answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, converter: TermConverter
) -> Result:
    """Turn a pyoxigraph query answer into an rdflib :class:`~rdflib.query.Result`.

    Args:
        answer: what ``pyoxigraph.Store.query`` returned.
        converter: the term converter to use.

    Returns:
        A SELECT, ASK or CONSTRUCT result, fully evaluated.
    """
    if isinstance(answer, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
        return result
    if isinstance(answer, ox.QueryTriples):
        graph = Graph()
        graph.addN(
            (
                converter.to_rdflib(t.subject),
                converter.to_rdflib(t.predicate),
                converter.to_rdflib(t.object),
                graph,
            )
            for t in answer
        )
        result = Result("CONSTRUCT")
        result.graph = graph
        return result
    variables = [Variable(v.value) for v in answer.variables]
    names = [v.value for v in answer.variables]
    rows: list[dict[Variable, Identifier]] = []
    for solution in answer:
        row: dict[Variable, Identifier] = {}
        for name, variable in zip(names, variables, strict=True):
            value = solution[name]
            if value is not None:
                row[variable] = converter.to_rdflib(value)  # type: ignore[assignment]
        rows.append(row)
    result = Result("SELECT")
    result.vars = variables
    result.bindings = rows  # type: ignore[assignment]
    return result


def graph_names(graphs: Iterable[URIRef], converter: TermConverter) -> list[ox.NamedNode]:
    """Convert graph IRIs for pyoxigraph's ``default_graph`` / ``named_graphs``."""
    return [converter.iri(g) for g in graphs]


def canonical_terms(terms: Iterable[Node]) -> dict[Node, Node]:
    """How Oxigraph would store each term: typed literals in canonical lexical form.

    ``"PT89M"^^xsd:duration`` becomes ``"PT1H29M"^^xsd:duration``: the same value,
    written differently; language tags are lower-cased (``@ko-Latn`` → ``@ko-latn``), which
    RDF 1.1 allows. Used to compare what stores return where they may differ.

    Args:
        terms: rdflib terms.

    Returns:
        Each term → its canonical form (itself for IRIs, blank nodes and most literals).
    """
    converter = TermConverter()
    scratch = ox.Store()
    subject, graph = ox.NamedNode("urn:x-dockg:s"), ox.DefaultGraph()
    result: dict[Node, Node] = {}
    for term in set(terms):
        if not isinstance(term, Literal) or (term.datatype is None and not term.language):
            result[term] = term
            continue
        predicate = ox.NamedNode("urn:x-dockg:p")
        scratch.add(ox.Quad(subject, predicate, converter.to_ox(term), graph))
        [stored] = list(scratch.quads_for_pattern(subject, predicate, None))
        result[term] = converter.to_rdflib(stored.object)
        scratch.clear()
    return result


#: Literals Oxigraph keeps exactly as written: strings and language strings (whose tags it
#: may still lower-case, so those are checked too).
_KEPT_AS_WRITTEN = frozenset({XSD_STRING})


#: A language tag after a quoted string, as Turtle, TriG and N-Quads write it.
_LANGUAGE_TAG = re.compile(r'["\']@([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})+)')


def written_language_tags(text: str) -> set[str]:
    """The language tags with capitals in a Turtle-family document (``ko-Latn``).

    Args:
        text: the document.

    Returns:
        The tags that Oxigraph would lower-case.
    """
    return {tag for tag in _LANGUAGE_TAG.findall(text) if tag != tag.lower()}


def lexical_restore_map(literals: Iterable[ox.Literal]) -> dict[ox.Literal, Literal]:
    """Which literals a store would rewrite, and how they were written.

    Each distinct literal is stored once in a scratch store and read back; those that
    come back in another form (``"PT95M"`` → ``"PT1H35M"``, ``@ko-Latn`` → ``@ko-latn``)
    map from the stored form to the rdflib literal as written. Where two written forms
    of one value meet (``"PT95M"`` and ``"PT1H35M"`` in the same data) the store holds one
    term for both, so no form is restored and the stored one is shown.

    Args:
        literals: literals as a parser produced them (lexical forms as written).

    Returns:
        Stored literal → the literal as written, for the literals that change only.
    """
    candidates = {
        lit
        for lit in literals
        if lit.language is not None or lit.datatype.value not in _KEPT_AS_WRITTEN
    }
    if not candidates:
        return {}
    scratch = ox.Store()
    predicate = ox.NamedNode("urn:x-dockg:written")
    ordered = list(candidates)
    scratch.extend(
        ox.Quad(ox.NamedNode(f"urn:x-dockg:{i}"), predicate, lit, ox.DefaultGraph())
        for i, lit in enumerate(ordered)
    )
    forms: dict[ox.Literal, set[ox.Literal]] = {}
    for quad in scratch.quads_for_pattern(None, predicate, None, None):
        stored = quad.object
        assert isinstance(stored, ox.Literal)
        subject = quad.subject
        assert isinstance(subject, ox.NamedNode)
        forms.setdefault(stored, set()).add(ordered[int(subject.value.rsplit(":", 1)[1])])
    restore: dict[ox.Literal, Literal] = {}
    for stored, written_forms in forms.items():
        if len(written_forms) == 1:
            [written] = written_forms
            if written != stored:
                restore[stored] = literal_to_rdflib(
                    written.value, written.language, written.datatype.value
                )
    return restore
