"""An HTML documentation page of the ontology, generated from its labels and comments.

Every class and property gets a section whose ``id`` is its local name, so the term IRI
``https://w3id.org/dockg/ontology#Film`` opens the page at the term in a browser. A
section shows the term's label, IRI, comment, super-terms, domain and range, alignments
(equivalents, close matches, see-also) and deprecation. Nothing is written by hand:
a term without a label or comment shows that it has none. All text is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from rdflib import Graph, URIRef
from rdflib.term import Node

from dockg.namespaces import DCTERMS, DOCKG, OWL, RDF, RDFS, SKOS
from dockg.prefixes import compact_iri

#: Section title → the ``rdf:type`` of the terms it lists, in page order.
SECTIONS = (
    ("Classes", OWL.Class),
    ("Object properties", OWL.ObjectProperty),
    ("Datatype properties", OWL.DatatypeProperty),
    ("Annotation properties", OWL.AnnotationProperty),
    ("Individuals", OWL.NamedIndividual),
)
#: Predicate → the label of its row, in row order.
ROWS = (
    (RDFS.subClassOf, "Subclass of"),
    (RDFS.subPropertyOf, "Subproperty of"),
    (OWL.inverseOf, "Inverse of"),
    (RDFS.domain, "Domain"),
    (RDFS.range, "Range"),
    (OWL.equivalentClass, "Equivalent class"),
    (OWL.equivalentProperty, "Equivalent property"),
    (OWL.disjointWith, "Disjoint with"),
    (SKOS.closeMatch, "Close match"),
    (SKOS.exactMatch, "Exact match"),
    (RDFS.seeAlso, "See also"),
    (DCTERMS.isReplacedBy, "Replaced by"),
)
_NS = str(DOCKG)


def _text(graph: Graph, subject: Node, predicate: URIRef) -> str | None:
    """The English (or untagged) value of a property, if any."""
    values = list(graph.objects(subject, predicate))
    for value in values:
        if getattr(value, "language", None) in ("en", None):
            return str(value)
    return str(values[0]) if values else None


def _link(term: Node) -> str:
    if not isinstance(term, URIRef):
        return html.escape(str(term))
    text = str(term)
    href = "#" + text[len(_NS) :] if text.startswith(_NS) else text
    return f'<a href="{html.escape(href)}"><code>{html.escape(compact_iri(term))}</code></a>'


def _terms(graph: Graph, kind: URIRef) -> list[URIRef]:
    found = {
        t
        for t in graph.subjects(RDF.type, kind)
        if isinstance(t, URIRef) and str(t).startswith(_NS)
    }
    return sorted(found, key=lambda t: str(t).lower())


def _section(graph: Graph, term: URIRef) -> Iterable[str]:
    local = str(term)[len(_NS) :]
    label = _text(graph, term, RDFS.label) or local
    comment = _text(graph, term, RDFS.comment)
    deprecated = (term, OWL.deprecated, None) in graph
    yield f'<section id="{html.escape(local)}" class="term">'
    yield f"<h3>{html.escape(label)}{' (deprecated)' if deprecated else ''}</h3>"
    yield f"<p class=iri><code>{html.escape(str(term))}</code></p>"
    yield (f"<p>{html.escape(comment)}</p>" if comment else "<p class=missing>No comment.</p>")
    rows = [(name, sorted(graph.objects(term, predicate), key=str)) for predicate, name in ROWS]
    rows = [(name, values) for name, values in rows if values]
    if rows:
        yield "<dl>"
        for name, values in rows:
            yield f"<dt>{name}</dt><dd>{', '.join(_link(v) for v in values)}</dd>"
        yield "</dl>"
    yield "</section>"


def ontology_html(graph: Graph, ontology: URIRef) -> str:
    """The documentation page of an ontology.

    Args:
        graph: the ontology's triples.
        ontology: the ontology's IRI (its header: title, description, licence, version).

    Returns:
        A complete HTML document.
    """
    title = _text(graph, ontology, DCTERMS.title) or str(ontology)
    description = _text(graph, ontology, DCTERMS.description)
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title>",
        "</head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<p class=iri><code>{html.escape(str(ontology))}</code></p>",
    ]
    if description:
        parts.append(f"<p>{html.escape(description)}</p>")
    facts = [
        ("Version", graph.value(ontology, OWL.versionInfo)),
        ("Version IRI", graph.value(ontology, OWL.versionIRI)),
        ("Licence", graph.value(ontology, DCTERMS.license)),
    ]
    parts.append("<dl>")
    for name, value in facts:
        if value is not None:
            shown = (
                f'<a href="{html.escape(str(value))}">{html.escape(str(value))}</a>'
                if isinstance(value, URIRef)
                else html.escape(str(value))
            )
            parts.append(f"<dt>{name}</dt><dd>{shown}</dd>")
    parts.append("</dl>")
    parts.append(
        '<p>Also as <a href="?format=ttl">Turtle</a> and <a href="?format=jsonld">JSON-LD</a>.</p>'
    )
    sections = [(name, _terms(graph, kind)) for name, kind in SECTIONS]
    parts.append("<nav><ul>")
    for name, terms in sections:
        if terms:
            slug = name.lower().replace(" ", "-")
            parts.append(f'<li><a href="#{slug}">{name}</a> ({len(terms)})</li>')
    parts.append("</ul></nav>")
    for name, terms in sections:
        if not terms:
            continue
        parts.append(f'<h2 id="{name.lower().replace(" ", "-")}">{name}</h2>')
        for term in terms:
            parts.extend(_section(graph, term))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
