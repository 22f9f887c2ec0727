"""``dockg reconcile wikidata``: link the project's entities to Wikidata items, on evidence.

For every person, film, festival, place, historical event and topic of the project, the
Wikidata items carrying one of its written forms are weighed (:mod:`.evidence`). The one
candidate with enough evidence and nothing against it is linked; several such candidates,
or candidates with too little evidence, are reported as candidate pairs; contradicted
namesakes are dropped. A curator's ``owl:differentFrom`` between an entity and an item
keeps them apart, and an entity a curator already linked is left alone.

The links go to one source graph, ``data/reconciled/wikidata.ttl``: ``owl:sameAs`` (and
``schema:sameAs``, its schema.org face) for people, films, festivals, places and events,
``skos:exactMatch`` for topics, each with a ``dockg:ExternalMatch`` record of the evidence,
and the candidate pairs as ``dockg:CandidateMatch`` records; its PROV-O account names the
endpoint, the time and the dockg version. A re-run that finds the same links leaves the
file byte for byte as it was; a failed run leaves it untouched.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef

from dockg import __version__
from dockg.atomic import write_atomic
from dockg.ingest.output import display_path, same_but_for_times
from dockg.iris import Kind, mint, mint_graph
from dockg.loading import load_dataset
from dockg.materialize import materialize
from dockg.namespaces import DCTERMS, DOCKG, OWL, PROV, RDF, RDFS, SDO, SKOS, WD, XSD
from dockg.prefixes import bind_prefixes, compact_iri
from dockg.project import Project
from dockg.wikidata.candidates import Entity, EntityType, find_candidates, project_entities
from dockg.wikidata.client import WikidataClient
from dockg.wikidata.evidence import ItemFacts, Verdict, fetch_facts, weigh

#: Where the links live, under the project's ``data/``.
RECONCILED_PATH = Path("reconciled") / "wikidata.ttl"
#: Where ``dockg ingest wikidata`` puts what Wikidata states.
IMPORTED_PATH = Path("imported") / "wikidata.ttl"
#: The named graph of the links.
GRAPH = mint_graph("reconciled", "wikidata")


@dataclass(frozen=True)
class Link:
    """A project entity linked to a Wikidata item.

    Attributes:
        entity: the project entity.
        item: the Wikidata item.
        kind: the kind of entity.
        reasons: the evidence, in words.
    """

    entity: URIRef
    item: URIRef
    kind: EntityType
    reasons: tuple[str, ...]

    @property
    def predicate(self) -> URIRef:
        """``skos:exactMatch`` for a topic (a concept), ``owl:sameAs`` for the rest."""
        return SKOS.exactMatch if self.kind is EntityType.TOPIC else OWL.sameAs


@dataclass(frozen=True)
class CandidatePair:
    """A plausible item kept apart: too little evidence, or a rival with as much."""

    entity: URIRef
    item: URIRef
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ReconcileSummary:
    """What a reconciliation did (or, in a dry run, would do).

    Attributes:
        path: the links file.
        entities: how many project entities were looked up.
        links: the links, sorted by entity.
        candidates: the pairs reported, sorted.
        rejected: (entity, item, reasons) of namesakes ruled out by contradicting evidence.
        kept_apart: (entity, item) pairs a curator's owl:differentFrom kept apart.
        written: True if the file was (re)written.
        unchanged: True if the file already held these links.
        requests: how many requests went to the endpoint (cached answers do not count).
        turtle: the Turtle text of the graph.
    """

    path: Path
    entities: int
    links: tuple[Link, ...]
    candidates: tuple[CandidatePair, ...]
    rejected: tuple[tuple[URIRef, URIRef, tuple[str, ...]], ...]
    kept_apart: tuple[tuple[URIRef, URIRef], ...]
    written: bool
    unchanged: bool
    requests: int
    turtle: str = field(default="", repr=False)


def project_without(project: Project, *paths: Path) -> Graph:
    """The materialized project without some files' graphs (a re-run starts afresh)."""
    left_out = {path.resolve() for path in paths}
    others = tuple(p for p in project.graph_files if p.resolve() not in left_out)
    loaded = load_dataset(dataclasses.replace(project, graph_files=others))
    materialize(loaded)
    return loaded.union()


def _decide(
    entities: list[Entity], verdicts: dict[URIRef, list[Verdict]]
) -> tuple[list[Link], list[CandidatePair]]:
    """The links and candidate pairs, from every entity's weighed candidates."""
    links: list[Link] = []
    pairs: list[CandidatePair] = []
    by_iri = {e.iri: e for e in entities}
    for iri, weighed in verdicts.items():
        open_ = [v for v in weighed if not v.contradicted]
        enough = [v for v in open_ if v.enough]
        if len(enough) == 1:
            links.append(Link(iri, enough[0].item, by_iri[iri].kind, enough[0].reasons))
            continue
        rivals = [compact_iri(v.item) for v in enough]
        for verdict in enough or open_:
            others = [r for r in rivals if r != compact_iri(verdict.item)]
            reasons = verdict.reasons
            if others:
                reasons = (*reasons, f"ambiguous: as much evidence for {', '.join(others)}")
            pairs.append(CandidatePair(iri, verdict.item, reasons))
    # One item for two entities: neither link stands.
    by_item: defaultdict[URIRef, list[Link]] = defaultdict(list)
    for link in links:
        by_item[link.item].append(link)
    kept = []
    for link in links:
        rivals = [compact_iri(o.entity) for o in by_item[link.item] if o is not link]
        if rivals:
            reason = f"ambiguous: the item also fits {', '.join(rivals)}"
            pairs.append(CandidatePair(link.entity, link.item, (*link.reasons, reason)))
        else:
            kept.append(link)
    return kept, pairs


def reconcile(
    project: Project,
    client: WikidataClient,
    *,
    kinds: Iterable[EntityType] = tuple(EntityType),
    dry_run: bool = False,
    now: datetime | None = None,
) -> ReconcileSummary:
    """Link the project's entities to Wikidata items and write the links graph.

    Args:
        project: the project.
        client: the endpoint to ask.
        kinds: which kinds of entity to reconcile.
        dry_run: compute everything, write nothing.
        now: the time of the run (the current time if not given).

    Returns:
        The summary.

    Raises:
        RemoteError: if the endpoint fails (nothing is then written).
        InputError: if the project does not load.
        OutputError: if the file cannot be written.
    """
    path = project.data_dir / RECONCILED_PATH
    # Wikidata's own facts, once imported, are no evidence that an item is the entity.
    graph = project_without(project, path, project.data_dir / IMPORTED_PATH)
    entities = [e for e in project_entities(graph, kinds) if not e.linked]
    found = find_candidates(client, entities)
    kept_apart = []
    for entity in entities:
        for item in sorted(entity.different & set(found[entity.iri]), key=str):
            del found[entity.iri][item]
            kept_apart.append((entity.iri, item))
    items = {item for per in found.values() for item in per}
    people = {i for e in entities if e.kind is EntityType.PERSON for i in found[e.iri]}
    facts = fetch_facts(client, items, people=people)
    verdicts: dict[URIRef, list[Verdict]] = {}
    rejected = []
    for entity in entities:
        weighed = [
            weigh(entity, item, matches, facts.get(item) or ItemFacts())
            for item, matches in sorted(found[entity.iri].items(), key=lambda i: str(i[0]))
        ]
        verdicts[entity.iri] = weighed
        rejected += [(entity.iri, v.item, v.reasons) for v in weighed if v.contradicted]
    links, pairs = _decide(entities, verdicts)
    links.sort(key=lambda link: (str(link.entity), str(link.item)))
    pairs.sort(key=lambda pair: (str(pair.entity), str(pair.item)))
    result = links_graph(links, pairs, endpoint=client.endpoint, when=now or datetime.now(UTC))
    wanted = set(kinds)
    if wanted != set(EntityType):
        looked_at = {e.iri for e in project_entities(graph, wanted)}
        result += kept_from_before(path, looked_at)
    header = (
        f"Written by `dockg reconcile wikidata` from {client.endpoint}.\n"
        "Generated file: re-run the reconciliation rather than editing it by hand; to keep\n"
        "an entity and an item apart, state owl:differentFrom in a curated file."
    )
    turtle, unchanged = write_graph(path, result, header, dry_run=dry_run)
    return ReconcileSummary(
        path=path,
        entities=len(entities),
        links=tuple(links),
        candidates=tuple(pairs),
        rejected=tuple(rejected),
        kept_apart=tuple(kept_apart),
        written=not dry_run and not unchanged,
        unchanged=unchanged,
        requests=client.requests,
        turtle=turtle,
    )


def _tail(iri: URIRef) -> str:
    return compact_iri(iri).replace(":", "-")


def kept_from_before(path: Path, looked_at: set[URIRef]) -> Graph:
    """The links and records of the previous file for entities this run did not look at.

    A run limited by ``--types`` replaces the links of those kinds only; the others stay.
    An unreadable previous file keeps nothing.
    """
    kept = Graph()
    if not path.is_file():
        return kept
    try:
        previous = Graph().parse(path, format="turtle")
    except Exception:  # a damaged file is simply replaced
        return kept
    for predicate in (OWL.sameAs, SDO.sameAs, SKOS.exactMatch):
        for entity, item in previous.subject_objects(predicate):
            if entity not in looked_at and str(item).startswith(str(WD)):
                kept.add((entity, predicate, item))
    for kind in (DOCKG.ExternalMatch, DOCKG.CandidateMatch):
        for record in previous.subjects(RDF.type, kind):
            if previous.value(record, RDF.subject) not in looked_at:
                kept += previous.triples((record, None, None))
    return kept


def links_graph(
    links: Iterable[Link], pairs: Iterable[CandidatePair], *, endpoint: str, when: datetime
) -> Graph:
    """The links graph: links, their evidence records, candidate pairs and provenance."""
    graph = Graph()
    for link in links:
        graph.add((link.entity, link.predicate, link.item))
        if link.predicate == OWL.sameAs:
            graph.add((link.entity, SDO.sameAs, link.item))
        record = mint(Kind.CLAIM, "wikidata-link", _tail(link.entity), _tail(link.item))
        graph.add((record, RDF.type, DOCKG.ExternalMatch))
        _reified(graph, record, link.entity, link.predicate, link.item, link.reasons)
    for pair in pairs:
        record = mint(Kind.CLAIM, "wikidata-candidate", _tail(pair.entity), _tail(pair.item))
        graph.add((record, RDF.type, DOCKG.CandidateMatch))
        _reified(graph, record, pair.entity, OWL.sameAs, pair.item, pair.reasons)
    graph += provenance(
        GRAPH,
        endpoint=endpoint,
        when=when,
        slug="reconciled-wikidata",
        title="Links of dockg entities to Wikidata items",
        activity="dockg reconcile wikidata",
    )
    return graph


def _reified(
    graph: Graph,
    record: URIRef,
    subject: URIRef,
    predicate: URIRef,
    item: URIRef,
    reasons: Iterable[str],
) -> None:
    graph.add((record, RDF.subject, subject))
    graph.add((record, RDF.predicate, predicate))
    graph.add((record, RDF.object, item))
    for reason in reasons:
        graph.add((record, DOCKG.matchReason, Literal(reason)))


def provenance(
    graph_iri: URIRef, *, endpoint: str, when: datetime, slug: str, title: str, activity: str
) -> Graph:
    """The ``dockg:SourceGraph`` node of a graph read from a Wikidata endpoint, with PROV-O.

    The source document is the endpoint's answers (its URL as identifier and address);
    the agent is dockg's Wikidata client with its version; the activity has the time.
    """
    graph = Graph()
    stamp = Literal(when.strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=XSD.dateTime)
    document = mint(Kind.SOURCE, slug, "endpoint")
    agent = mint(Kind.AGENT, "dockg", "wikidata", __version__)
    run = BNode()
    graph.add((graph_iri, RDF.type, DOCKG.SourceGraph))
    graph.add((graph_iri, DCTERMS.title, Literal(title, lang="en")))
    graph.add((graph_iri, PROV.wasDerivedFrom, document))
    graph.add((graph_iri, PROV.wasAttributedTo, agent))
    graph.add((graph_iri, PROV.wasGeneratedBy, run))
    graph.add((graph_iri, PROV.generatedAtTime, stamp))
    graph.add((run, RDF.type, PROV.Activity))
    graph.add((run, RDFS.label, Literal(activity, lang="en")))
    graph.add((run, PROV.used, document))
    graph.add((run, PROV.wasAssociatedWith, agent))
    graph.add((run, PROV.startedAtTime, stamp))
    graph.add((run, PROV.endedAtTime, stamp))
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    graph.add((agent, RDFS.label, Literal("dockg Wikidata client", lang="en")))
    graph.add((agent, SDO.softwareVersion, Literal(__version__)))
    graph.add((document, RDF.type, DOCKG.SourceDocument))
    graph.add(
        (document, DCTERMS.title, Literal(f"Answers of the SPARQL endpoint {endpoint}", lang="en"))
    )
    graph.add((document, DCTERMS.identifier, Literal(endpoint)))
    graph.add((document, DCTERMS.format, Literal("application/sparql-results+json")))
    if endpoint.startswith(("http://", "https://")):
        graph.add((document, SDO.url, URIRef(endpoint)))
    return graph


def write_graph(path: Path, graph: Graph, header: str, *, dry_run: bool) -> tuple[str, bool]:
    """Write a graph as Turtle, atomically, unless the file holds it already (times aside).

    Returns:
        The Turtle text, and whether the file was left unchanged.

    Raises:
        OutputError: if the file cannot be written (the old one is then kept).
    """
    unchanged = same_but_for_times(path, graph)
    turtle = path.read_text("utf-8") if unchanged else to_turtle(graph, header)
    if not dry_run and not unchanged:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, turtle)
    return turtle, unchanged


def to_turtle(graph: Graph, header: str) -> str:
    """Readable Turtle with the project's prefixes and ``wd:``, after a comment header."""
    bind_prefixes(graph)
    graph.bind("wd", WD, override=True)
    comment = "".join(f"# {line}\n" for line in header.splitlines())
    return comment + "\n" + graph.serialize(format="turtle")


def format_summary(summary: ReconcileSummary) -> str:
    """The summary for the terminal: the file, the links, the pairs, the namesakes ruled out."""
    where = display_path(summary.path)
    if summary.unchanged:
        head = f"unchanged {where}: it already holds these links"
    elif summary.written:
        head = f"wrote {where}"
    else:
        head = f"dry run: would write {where}; nothing written"
    lines = [head, f"entities looked up {summary.entities}", f"linked {len(summary.links)}"]
    for link in summary.links:
        lines.append(
            f"  {compact_iri(link.entity)} = {compact_iri(link.item)} ({'; '.join(link.reasons)})"
        )
    lines.append(f"candidate pairs {len(summary.candidates)}")
    for pair in summary.candidates:
        lines.append(
            f"  {compact_iri(pair.entity)} ? {compact_iri(pair.item)} ({'; '.join(pair.reasons)})"
        )
    lines.append(f"namesakes ruled out {len(summary.rejected)}")
    for entity, item, reasons in summary.rejected:
        against = "; ".join(reasons)
        lines.append(f"  {compact_iri(entity)} ≠ {compact_iri(item)} ({against})")
    if summary.kept_apart:
        lines.append(f"kept apart by a curator {len(summary.kept_apart)}")
        lines.extend(f"  {compact_iri(e)} ≠ {compact_iri(i)}" for e, i in summary.kept_apart)
    lines.append(f"requests {summary.requests}")
    return "\n".join(lines) + "\n"
