"""Oxigraph's own answers written in the protocol's formats, within the size limit.

On an Oxigraph store the endpoint never turns results into rdflib objects and back:
Oxigraph evaluates the query and its serializers write SPARQL JSON, XML, CSV and TSV,
Turtle, N-Triples, JSON-LD and RDF/XML. Counting against ``--max-results`` stays cheap:

* SELECT: the solutions are written once as TSV, where every row is one line (line
  breaks inside literals are escaped), so the rows are the lines; another format is
  written from that TSV, parsed back by Oxigraph.
* CONSTRUCT/DESCRIBE: the triples are collected as Oxigraph terms (duplicates dropped:
  a result is a graph, a set of triples) and written with the project prefixes.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from dockg.prefixes import PREFIXES
from dockg.server.conneg import GraphFormat, ResultsFormat

OxAnswer = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

RESULTS_FORMATS: dict[ResultsFormat, ox.QueryResultsFormat] = {
    ResultsFormat.JSON: ox.QueryResultsFormat.JSON,
    ResultsFormat.XML: ox.QueryResultsFormat.XML,
    ResultsFormat.CSV: ox.QueryResultsFormat.CSV,
    ResultsFormat.TSV: ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[GraphFormat, ox.RdfFormat] = {
    GraphFormat.TURTLE: ox.RdfFormat.TURTLE,
    GraphFormat.NTRIPLES: ox.RdfFormat.N_TRIPLES,
    GraphFormat.JSONLD: ox.RdfFormat.JSON_LD,
    GraphFormat.RDFXML: ox.RdfFormat.RDF_XML,
}

# SERVICE can only be written with these letters, or with SPARQL's \u escapes, which
# apply to the whole query text before parsing.
_MAYBE_SERVICE = re.compile(r"service|\\u|\\U", re.IGNORECASE)


class ResultTooLarge(Exception):
    """The answer has more rows or triples than the limit.

    Args:
        size: how many it has.
        unit: ``rows`` or ``triples``.
    """

    def __init__(self, size: int, unit: str) -> None:
        super().__init__(f"{size} {unit}")
        self.size = size
        self.unit = unit


def might_call_service(text: str) -> bool:
    """False only if the query surely has no ``SERVICE`` clause (a quick text test).

    True is no verdict: the word may be in a string or an IRI; the caller then parses
    the query to find the hosts it calls.
    """
    return _MAYBE_SERVICE.search(text) is not None


def answer_kind(answer: OxAnswer) -> str:
    """``SELECT``, ``ASK`` or ``CONSTRUCT`` (which DESCRIBE answers are too)."""
    if isinstance(answer, ox.QueryBoolean):
        return "ASK"
    if isinstance(answer, ox.QueryTriples):
        return "CONSTRUCT"
    return "SELECT"


def write_answer(answer: OxAnswer, fmt: ResultsFormat | GraphFormat, *, max_results: int) -> bytes:
    """Evaluate an answer and write it in a protocol format with Oxigraph's serializers.

    Args:
        answer: what :meth:`dockg.store.oxigraph.OxigraphStore.native_query` returned.
        fmt: a results format for SELECT and ASK, an RDF format for CONSTRUCT/DESCRIBE.
        max_results: the most rows or triples the answer may have.

    Returns:
        The document, UTF-8.

    Raises:
        ResultTooLarge: if the answer is over the limit (nothing is written then).
        OSError, RuntimeError, ValueError: if evaluation fails (Oxigraph evaluates lazily).
    """
    if isinstance(answer, ox.QueryTriples):
        assert isinstance(fmt, GraphFormat)
        triples = list(dict.fromkeys(answer))
        if len(triples) > max_results:
            raise ResultTooLarge(len(triples), "triples")
        return ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=PREFIXES) or b""
    assert isinstance(fmt, ResultsFormat)
    if isinstance(answer, ox.QueryBoolean):
        return answer.serialize(format=RESULTS_FORMATS[fmt]) or b""
    tsv = answer.serialize(format=ox.QueryResultsFormat.TSV) or b""
    rows = tsv.count(b"\n") - 1  # the first line names the variables
    if rows > max_results:
        raise ResultTooLarge(rows, "rows")
    if fmt is ResultsFormat.TSV:
        return tsv
    solutions = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return solutions.serialize(format=RESULTS_FORMATS[fmt]) or b""
