"""Query results as a person reads them in a terminal.

The ``table`` format of ``dockg query`` shows entities and vocabulary terms by their
labels (``Soyoung Kim``, ``is about``, ``female``), durations and date-times in words
(``16 min 55 s``, ``2019-03-23 11:00 (UTC+9)``), a language tag only in a column where
two languages meet, leaves out a column of entities when another column already gives
their names, and fits the table into 120 columns. ``--wide`` shows every column in full,
entities as compact IRIs. CSV, TSV and JSON keep the data's own terms.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from dockg.explore.vocabulary import Vocabulary, local_name, words
from dockg.prefixes import is_vocabulary_term
from dockg.queries import QueryResult
from dockg.readable import literal_text
from dockg.store.base import Store
from dockg.tables import TABLE_WIDTH, format_table
from dockg.terms import display_term


def result_labels(store: Store, result: QueryResult) -> dict[URIRef, str]:
    """The labels of the IRIs in a result (see :func:`labels_of`)."""
    return labels_of(store, (t for row in result.rows for t in row if isinstance(t, URIRef)))


def labels_of(store: Store, terms: Iterable[URIRef]) -> dict[URIRef, str]:
    """What a person reads for IRIs: names of entities, labels of vocabulary terms.

    Args:
        store: where the IRIs come from.
        terms: the IRIs.

    Returns:
        IRI → label, for the IRIs that have one (an unlabelled vocabulary term reads as
        its local name in words).
    """
    iris = {str(t) for t in terms}
    if not iris:
        return {}
    vocab = Vocabulary.from_store(store, nodes=sorted(iris), classes=False)
    labels = {URIRef(i): vocab.labels[i] for i in iris if i in vocab.labels}
    for iri in iris:
        if iri in vocab.term_labels:
            labels[URIRef(iri)] = vocab.term_labels[iri]
        elif is_vocabulary_term(iri):  # schema:dateCreated
            labels.setdefault(URIRef(iri), words(local_name(iri)))
    return labels


def _meeting_languages(
    rows: Sequence[Sequence[Identifier | None]], columns: Sequence[Sequence[Identifier | None]]
) -> list[bool]:
    """Which columns need their language tags: those where one entity's values come in
    two languages (a title in English and in Korean), not merely a column of films
    titled in different languages. The entity of a row is its first column of IRIs."""
    subject = next(
        (i for i, c in enumerate(columns) if c and all(isinstance(t, URIRef) for t in c)), None
    )
    tagged = []
    for i in range(len(columns)):
        languages: dict[object, set[str]] = {}
        for row in rows:
            term = row[i]
            if isinstance(term, Literal) and term.language:
                key = row[subject] if subject is not None else None
                languages.setdefault(key, set()).add(term.language)
        tagged.append(any(len(found) > 1 for found in languages.values()))
    return tagged


def _cell(term: Identifier | None, labels: Mapping[URIRef, str], tagged: bool) -> str:
    if isinstance(term, URIRef) and term in labels:
        return labels[term]
    if isinstance(term, Literal):
        return literal_text(term, show_language=tagged)
    return display_term(term)


def readable_table(result: QueryResult, *, labels: Mapping[URIRef, str], wide: bool = False) -> str:
    """Render a SELECT result for a person.

    Args:
        result: the rows (a SELECT's).
        labels: IRI → label (see :func:`result_labels`); IRIs without one stay compact.
        wide: every column, entities as compact IRIs, nothing cut.

    Returns:
        The table, fitted to :data:`TABLE_WIDTH` columns unless ``wide``.
    """
    columns = list(zip(*result.rows, strict=True)) or [() for _ in result.variables]
    tagged = _meeting_languages(result.rows, columns)
    shown_labels: Mapping[URIRef, str] = {} if wide else labels
    cells = [[_cell(t, shown_labels, tagged[i]) for i, t in enumerate(row)] for row in result.rows]
    keep = list(range(len(result.variables)))
    if not wide and cells:
        # A column of entities whose names another column already gives says nothing more.
        keep = [
            i
            for i in keep
            if not (
                all(isinstance(t, URIRef) for t in columns[i])
                and any(
                    j != i
                    and not all(isinstance(t, URIRef) for t in columns[j])
                    and all(row[i] == row[j] for row in cells)
                    for j in range(len(result.variables))
                )
            )
        ]
        # An empty column (an OPTIONAL never bound) takes room and says nothing.
        keep = [i for i in keep if any(row[i] for row in cells)]
    headers = [result.variables[i] for i in keep]
    rows = [[row[i] for i in keep] for row in cells]
    # Identifiers with no name (a screening's slug) are cut before anything a person reads.
    unnamed = [
        n
        for n, i in enumerate(keep)
        if any(isinstance(t, URIRef) and t not in shown_labels for t in columns[i])
    ]
    return format_table(headers, rows, max_width=None if wide else TABLE_WIDTH, cut_first=unnamed)
