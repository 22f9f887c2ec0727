"""HTML pages for people: home and search, entity pages, and the query catalogue.

URL layout (the entity IRI ``{base}id/{kind}/{slug}`` answers at ``/id/{kind}/{slug}``
and sends browsers here with a 303):

- ``/``: the search box and the sources the graph is made of.
- ``/search?q=``: entities whose names match (any written form: Western or Korean order,
  hyphens, Hangul, through :mod:`dockg.lookup`); one exact match goes straight to its page.
- ``/page/{kind}/{slug}``: label, types, name variants, every property and value with the
  graph stating it, conflicting values with their evidence, inverse links, and the
  sources cited on the page.
- ``/queries``, ``/queries/{name}`` (form, results, ``?format=csv`` download) and
  ``/queries/{name}/edit`` (the SPARQL text, sent to ``/sparql``).

Every value goes through Jinja2 with autoescaping on, and links are only made to pages of
this server or to http(s) IRIs, so data cannot inject markup or script.

Panels (the neighbourhood picture, the timeline) are added with :func:`register_panel`;
the entity page shows every panel that has something to say about its entity.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from markupsafe import Markup
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from dockg.errors import DockgError
from dockg.lookup import EntityFinder, EntityMatch
from dockg.prefixes import compact_iri, is_vocabulary_term
from dockg.queries import (
    QueryResult,
    QuerySpec,
    ResultFormat,
    catalogue,
    format_result,
)
from dockg.readable import literal_text
from dockg.server.jobs import QueryStopped, select_rows
from dockg.server.page_data import (
    EntityDescription,
    SourceInfo,
    Vocabulary,
    brief_label,
    describe_entity,
    entity_types,
)
from dockg.server.query_form import (
    form_bindings,
    form_values,
    query_text,
    run_form_query,
    with_values,
)
from dockg.server.state import ENTITY_PREFIX, ServerState
from dockg.terms import display_term

HERE = Path(__file__).resolve().parent

#: Search results listed at most; a broader text should be narrowed.
MAX_SEARCH_RESULTS = 50
#: Result rows shown in a page; the CSV download has them all.
MAX_TABLE_ROWS = 1000
#: Entity and query pages kept rendered (see :class:`PageCache`).
MAX_CACHED_PAGES = 4096


@dataclass(frozen=True)
class Panel:
    """A box on an entity page, such as a neighbourhood picture or a timeline.

    Attributes:
        title: its heading.
        html: its content, already safe (escape any data it shows with ``markupsafe``).
    """

    title: str
    html: Markup


#: Makes a panel for an entity, or returns None when it has nothing to show.
PanelMaker = Callable[[ServerState, URIRef, EntityDescription], Panel | None]

_PANELS: list[PanelMaker] = []
#: An IRI a ``/resource`` page may name: a scheme, then no space, quote or bracket.
_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")


def register_panel(maker: PanelMaker) -> PanelMaker:
    """Add a panel to every entity page it applies to (usable as a decorator).

    The exploration functions (neighbourhood, timeline) plug in here: the maker reads
    what it needs from ``state.store`` and returns its HTML, or None.

    Args:
        maker: the function making the panel.

    Returns:
        ``maker``, unchanged.
    """
    if maker not in _PANELS:
        _PANELS.append(maker)
    return maker


@dataclass(frozen=True)
class TermView:
    """How one RDF term shows on a page.

    Attributes:
        text: the visible text.
        href: where it links (a page of this server or an http(s) IRI), or None.
        title: the tooltip: the full IRI, or the literal's datatype.
        note: a small mark after the text: a language tag or a datatype.
        kind: ``entity`` (of this graph, linked to its page), ``term`` (a vocabulary
            term shown by its label), ``iri`` (shown compact) or ``literal``.
    """

    text: str
    href: str | None = None
    title: str | None = None
    note: str | None = None
    kind: str = "literal"


class PageRenderer:
    """Turns terms into links and texts, and templates into responses, for one server.

    Args:
        state: the server's state.
    """

    def __init__(self, state: ServerState) -> None:
        self.state = state
        self.vocab = Vocabulary(state.store, entity_base="" if state.foreign else state.entity_base)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.globals.update(
            term=self.term,
            name=self.name,
            label=self.label,
            compact=compact_iri,
            page_path=self.page_path,
            source=self.source,
        )

    def page_path(self, iri: URIRef) -> str | None:
        """``/page/{kind}/{slug}`` for an entity of this graph, else None.

        In data dockg did not write, an IRI outside the known vocabularies (which
        compact to a prefix) has its page at ``/resource?iri=``.
        """
        local = self.state.local_path(iri)
        prefix = "/" + ENTITY_PREFIX
        if local and local.startswith(prefix):
            return "/page/" + local[len(prefix) :]
        if self.state.foreign and compact_iri(iri).startswith("<"):
            return "/resource?iri=" + quote(str(iri), safe="")
        return None

    def data_path(self, iri: URIRef) -> str | None:
        """``/data/{kind}/{slug}`` (add the extension) for an entity, else None."""
        page = self.page_path(iri)
        return "/data/" + page[len("/page/") :] if page and page.startswith("/page/") else None

    def label(self, term: Node) -> str:
        """The name an entity or vocabulary term is shown by."""
        if isinstance(term, URIRef):
            if term in self.state.names:
                return self.state.names.label(term)
            if self.page_path(term) is not None:
                return compact_iri(term)
            return self.vocab.label(term)
        return display_term(term)

    def name(self, iri: URIRef) -> TermView:
        """An entity linked by its name (as :meth:`term` shows it; templates name it so
        where a heading or a link must read as a name)."""
        return self.term(iri)

    def term(self, term: Node | None) -> TermView:
        """How a term shows: entities linked to their page by name (an unnamed one, a
        screening, by its type, date and event: one query each), vocabulary terms by
        their labels, other IRIs compact, literals as people read them."""
        if term is None:
            return TermView("")
        if isinstance(term, URIRef):
            page = self.page_path(term)
            if page is not None:
                text = self.label(term)
                if term not in self.state.names:  # a screening: its type, date and event
                    text = brief_label(self.state.store, self.vocab, term) or text
                return TermView(text, page, compact_iri(term), kind="entity")
            href = str(term) if str(term).startswith(("http://", "https://")) else None
            if term in self.vocab.labels or is_vocabulary_term(term):
                # a class or a vocabulary value (schema:Female): say it in words
                return TermView(self.vocab.label(term), href, compact_iri(term), kind="term")
            return TermView(compact_iri(term), href, str(term), kind="iri")
        if isinstance(term, Literal):
            if term.language:
                # The pages are in English: a tag marks only a value in another language.
                english = term.language.lower().split("-")[0] == "en"
                return TermView(
                    str(term), title=f"@{term.language}", note=None if english else term.language
                )
            datatype = compact_iri(term.datatype) if term.datatype else None
            shown = literal_text(term)  # 16 min 55 s, 2019-03-23 11:00 (UTC+9)
            title = f"{term} ({datatype})" if shown != str(term) else datatype
            return TermView(shown, title=title)
        if isinstance(term, BNode):
            return TermView("(unnamed node)")
        return TermView(str(term))

    def source(self, graph: URIRef) -> SourceInfo:
        """How a graph is cited."""
        return self.vocab.source(graph)

    def render(self, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        """Render a template into an HTML response."""
        html = self.env.get_template(name).render(**context)
        return HTMLResponse(html, status_code=status_code)

    def not_found(self, what: str) -> HTMLResponse:
        """The 404 page."""
        return self.render("not_found.html", status_code=404, what=what, query="")


class PageCache:
    """Answers already made, by request path and query string, the oldest dropped first.

    The graph does not change while the server runs, so an entity page or a catalogue
    query page with the same parameters is the same page: it is rendered once (as VoID,
    the service description and the pictures are). Only successful answers are kept.

    Args:
        size: how many answers to keep at most.
    """

    def __init__(self, size: int = MAX_CACHED_PAGES) -> None:
        self.size = size
        self._answers: OrderedDict[str, Response] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(request: Request) -> str:
        """What names an answer: the path and the query string."""
        return f"{request.url.path}?{request.url.query}"

    def get(self, request: Request) -> Response | None:
        """The answer made before for this request, if it is kept."""
        with self._lock:
            key = self.key(request)
            found = self._answers.get(key)
            if found is not None:
                self._answers.move_to_end(key)
            return found

    def keep(self, request: Request, answer: Response) -> Response:
        """Keep a successful answer (a plain one, with its body) and return it."""
        if answer.status_code == 200 and isinstance(answer.body, bytes):
            with self._lock:
                self._answers[self.key(request)] = answer
                while len(self._answers) > self.size:
                    self._answers.popitem(last=False)
        return answer


class Pages:
    """The request handlers of the HTML pages.

    Args:
        state: the server's state.
    """

    def __init__(self, state: ServerState) -> None:
        self.state = state
        self.view = PageRenderer(state)
        self.cache = PageCache()
        self._catalogue: dict[str, QuerySpec] | None = None
        # Read now, before the server runs: reading parses every query with rdflib (a
        # second or more on a busy machine, which the first visitors would wait for),
        # and rdflib's parser is not safe to run for the first time in several threads.
        with contextlib.suppress(DockgError):  # a broken query file is reported by its page
            _ = self.catalogue

    @property
    def catalogue(self) -> dict[str, QuerySpec]:
        """The project's queries by name, read once."""
        if self._catalogue is None:
            self._catalogue = {spec.name: spec for spec in catalogue(self.state.project)}
        return self._catalogue

    @property
    def finder(self) -> EntityFinder:
        """Finds the entity a query form's entity field names, by the server's name index."""
        return EntityFinder(self.state.store, index=self.state.names)

    def home(self, request: Request) -> Response:
        """``/``: the search box, the sources, the catalogue."""
        sources = sorted(self.view.vocab.sources.values(), key=lambda s: str(s.graph))
        return self.view.render(
            "home.html",
            query="",
            sources=sources,
            queries=list(self.catalogue.values()),
            triples=len(self.state.store),
        )

    def search(self, request: Request) -> Response:
        """``/search?q=``: entities by any of their names."""
        text = request.query_params.get("q", "").strip()
        matches: list[EntityMatch] = self.state.names.find(text) if text else []
        if len(matches) == 1 and matches[0].whole:
            page = self.view.page_path(matches[0].iri)
            if page is not None:
                return RedirectResponse(page, status_code=303)
        shown = matches[:MAX_SEARCH_RESULTS]
        results = [(m, entity_types(self.state.store, self.view.vocab, m.iri)) for m in shown]
        return self.view.render("search.html", query=text, results=results, total=len(matches))

    def entity(self, request: Request) -> Response:
        """``/page/{kind}/{slug}``: everything the graph says about an entity."""
        return self.cache.get(request) or self.cache.keep(request, self._entity(request))

    def resource(self, request: Request) -> Response:
        """``/resource?iri=``: the page of any IRI of data dockg did not write."""
        return self.cache.get(request) or self.cache.keep(request, self._resource(request))

    def _resource(self, request: Request) -> Response:
        text = request.query_params.get("iri", "")
        if not self.state.foreign or not _ABSOLUTE_IRI.fullmatch(text):
            return self.view.not_found("That address names no entity.")
        return self._describe(URIRef(text))

    def _entity(self, request: Request) -> Response:
        path = "/" + ENTITY_PREFIX + request.path_params["rest"]
        iri = self.state.iri_for_path(path)
        if iri is None:
            return self.view.not_found("That address names no entity.")
        return self._describe(iri)

    def _describe(self, iri: URIRef) -> Response:
        description = describe_entity(self.state.store, self.view.vocab, iri)
        if description is None:
            return self.view.not_found(f"Nothing is known about {compact_iri(iri)}.")
        names = self.state.names.names(iri)
        label = self.view.name(iri).text
        panels = [p for p in (maker(self.state, iri, description) for maker in _PANELS) if p]
        return self.view.render(
            "entity.html",
            query="",
            e=description,
            title=label,
            variants=[n for n in names if n != label],
            panels=panels,
            data_path=self.view.data_path(iri),
            claims_by_property=_group_claims(description),
        )

    def queries(self, request: Request) -> Response:
        """``/queries``: the catalogue."""
        return self.view.render("queries.html", query="", specs=list(self.catalogue.values()))

    def _spec(self, request: Request) -> QuerySpec | None:
        return self.catalogue.get(request.path_params["name"])

    async def query(self, request: Request) -> Response:
        """``/queries/{name}``: the form and the results (``?format=csv``: the rows as CSV).

        The query runs in the server's worker processes with the SPARQL endpoint's time
        limit when they are running (in ``dockg serve``); else in a thread.
        """
        return self.cache.get(request) or self.cache.keep(request, await self._query(request))

    async def _query(self, request: Request) -> Response:
        spec = self._spec(request)
        if spec is None:
            return self.view.not_found("The catalogue has no query of that name.")
        given = _params(request.query_params)
        values = form_values(spec, given, names=self.state.names)
        try:
            result = await self._run(spec, given)
        except DockgError as error:
            return self._failed(spec, given, error)
        if request.query_params.get("format") == "csv":
            return Response(
                format_result(result, fmt=ResultFormat.CSV),
                media_type="text/csv; charset=utf-8",
                headers={"Content-Disposition": f'attachment; filename="{spec.name}.csv"'},
            )
        qs = str(request.url.include_query_params(**values).query)
        return self.view.render(
            "query.html",
            query="",
            spec=spec,
            values=values,
            error=None,
            result=result,
            shown=result.rows[:MAX_TABLE_ROWS],
            qs=qs,
        )

    def _failed(self, spec: QuerySpec, given: Mapping[str, str], error: DockgError) -> Response:
        """The form again with the reason: 400 for a bad value, 503 for the time limit."""
        return self.view.render(
            "query.html",
            status_code=503 if isinstance(error, QueryStopped) else 400,
            query="",
            spec=spec,
            values=form_values(spec, given, names=self.state.names),
            error=error.message,
            result=None,
            shown=(),
            qs="",
        )

    async def _run(self, spec: QuerySpec, given: Mapping[str, str]) -> QueryResult:
        if self.state.workers is None:
            return await run_in_threadpool(
                run_form_query, self.state.store, spec, given, finder=self.finder
            )
        bindings = form_bindings(spec, given, finder=self.finder)
        rows = await select_rows(self.state, query_text(spec), bindings)
        return QueryResult(spec, bindings, rows.variables, tuple(rows.rows))

    def edit(self, request: Request) -> Response:
        """``/queries/{name}/edit``: the query with the form's values, to edit and run."""
        spec = self._spec(request)
        if spec is None:
            return self.view.not_found("The catalogue has no query of that name.")
        given = _params(request.query_params)
        try:
            text = with_values(query_text(spec), form_bindings(spec, given, finder=self.finder))
        except DockgError as error:
            return self._failed(spec, given, error)
        return self.view.render("edit.html", query="", spec=spec, text=text)


def _params(params: Mapping[str, str]) -> dict[str, str]:
    return {key: params[key] for key in params if key != "format"}


def _group_claims(description: EntityDescription) -> dict[URIRef, list[Any]]:
    grouped: dict[URIRef, list[Any]] = {}
    for claim in description.claims:
        grouped.setdefault(claim.property, []).append(claim)
    return grouped


def page_routes(state: ServerState) -> list[BaseRoute]:
    """The routes of the HTML pages, for :func:`dockg.server.app.create_app`.

    Args:
        state: the server's state.

    Returns:
        Routes for ``/``, ``/search``, ``/page/...``, ``/queries...`` and ``/static``.
    """
    pages = Pages(state)
    return [
        Route("/", pages.home, methods=["GET", "HEAD"]),
        Route("/search", pages.search, methods=["GET", "HEAD"]),
        Route("/page/{rest:path}", pages.entity, methods=["GET", "HEAD"]),
        Route("/resource", pages.resource, methods=["GET", "HEAD"]),
        Route("/queries", pages.queries, methods=["GET", "HEAD"]),
        Route("/queries/{name}", pages.query, methods=["GET", "HEAD"]),
        Route("/queries/{name}/edit", pages.edit, methods=["GET", "HEAD"]),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
