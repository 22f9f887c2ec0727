"""Exploration pictures on entity pages: the neighbourhood of every entity, and a
timeline for topics, historical events and directors.

The pictures are the ones ``dockg neighbours`` and ``dockg timeline`` draw (the same
library functions), served as SVG at ``/pictures/{neighbours|timeline}/{kind}/{slug}.svg``
and shown with ``<img>``: text taken from the data (titles, names) stays inside the
picture and can never run as script in the page. The graph does not change while the
server runs, so the entity projection is built once and each picture drawn once.
"""

from __future__ import annotations

import contextlib
import threading
from enum import StrEnum

from markupsafe import Markup, escape
from rdflib import URIRef
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from dockg.explore.draw import PictureFormat, render_neighbourhood, render_timeline
from dockg.explore.neighbours import neighbourhood
from dockg.explore.projection import EmptyProjection, Projection, project
from dockg.explore.timeline import build_timeline, dated_film_years, has_timeline
from dockg.explore.vocabulary import Vocabulary
from dockg.iris import Kind, kind_of
from dockg.server.page_data import EntityDescription
from dockg.server.pages import Panel, register_panel
from dockg.server.state import ENTITY_PREFIX, ServerState


class Picture(StrEnum):
    """The pictures an entity page can show."""

    NEIGHBOURS = "neighbours"
    TIMELINE = "timeline"


#: Which entities get a timeline, and as what: films on a topic or by a director.
_TIMELINE_ROLE = {Kind.TOPIC: "topic", Kind.EVENT: "topic", Kind.PERSON: "director"}


class Pictures:
    """Draws and caches the pictures of one server's entities.

    Whether an entity has a picture is found without drawing it (an entity page only
    links the picture): the neighbourhood exists if the entity is in the projection, the
    timeline if a dated film is in its scope. Drawing (matplotlib, a large part of a
    second) happens when the picture itself is asked for, once.

    Args:
        state: the server's state (pictures read only through ``state.store``).
    """

    def __init__(self, state: ServerState) -> None:
        self.state = state
        self._lock = threading.Lock()  # the lazy projection is built once
        self._draw_lock = threading.Lock()  # matplotlib is not thread-safe
        self._vocabulary: Vocabulary | None = None
        self._projection: Projection | None = None
        self._dated: frozenset[str] | None = None
        self._drawn: dict[tuple[Picture, URIRef], bytes | None] = {}
        self._available: dict[tuple[Picture, URIRef], bool] = {}

    def _entity_graph(self) -> tuple[Vocabulary, Projection, frozenset[str]]:
        with self._lock:
            if self._vocabulary is None or self._projection is None or self._dated is None:
                self._vocabulary = Vocabulary.from_store(self.state.store)
                self._projection = project(self.state.store, "entity", vocabulary=self._vocabulary)
                self._dated = frozenset(dated_film_years(self.state.store))
            return self._vocabulary, self._projection, self._dated

    def warm_up(self) -> None:
        """Build the projection and find the dated films now (an empty graph has none)."""
        with contextlib.suppress(EmptyProjection):
            self._entity_graph()

    def available(self, picture: Picture, iri: URIRef) -> bool:
        """True if the entity has this picture (nothing is drawn to find out)."""
        key = (picture, iri)
        found = self._available.get(key)
        if found is None:
            _, projection, dated = self._entity_graph()
            if picture is Picture.NEIGHBOURS:
                found = str(iri) in projection.graph
            else:
                role = _TIMELINE_ROLE.get(kind_of(str(iri)))  # type: ignore[arg-type]
                found = role is not None and has_timeline(
                    self.state.store, dated, **{role: str(iri)}
                )
            self._available[key] = found
        return found

    def _draw(self, picture: Picture, iri: URIRef) -> bytes | None:
        vocabulary, projection, _ = self._entity_graph()
        try:
            if picture is Picture.NEIGHBOURS:
                found = neighbourhood(projection, str(iri), depth=1)
                return render_neighbourhood(found, fmt=PictureFormat.SVG)
            role = _TIMELINE_ROLE.get(kind_of(str(iri)))  # type: ignore[arg-type]
            if role is None:
                return None
            timeline = build_timeline(self.state.store, vocabulary, **{role: str(iri)})
            return render_timeline(timeline, fmt=PictureFormat.SVG)
        except EmptyProjection:
            return None  # nothing to draw for this entity

    def svg(self, picture: Picture, iri: URIRef) -> bytes | None:
        """The picture of an entity as SVG, or None if it has nothing to show."""
        if not self.available(picture, iri):
            return None
        with self._draw_lock:
            key = (picture, iri)
            if key not in self._drawn:
                self._drawn[key] = self._draw(picture, iri)
            return self._drawn[key]


_BY_STATE: dict[int, Pictures] = {}


def pictures_of(state: ServerState) -> Pictures:
    """The picture cache of a server (one per state)."""
    found = _BY_STATE.get(id(state))
    if found is None or found.state is not state:
        found = _BY_STATE[id(state)] = Pictures(state)
    return found


def _panel(picture: Picture, title: str, state: ServerState, iri: URIRef) -> Panel | None:
    local = state.local_path(iri)
    if local is None or not pictures_of(state).available(picture, iri):
        return None
    src = f"/pictures/{picture.value}/{local[len('/' + ENTITY_PREFIX) :]}.svg"
    html = Markup('<a href="{0}"><img class="picture" src="{0}" alt="{1}"></a>').format(
        src, escape(f"{title} of {iri}")
    )
    return Panel(title=title, html=html)


@register_panel
def neighbourhood_panel(
    state: ServerState, iri: URIRef, description: EntityDescription
) -> Panel | None:
    """The entities one step around this one, as a picture."""
    return _panel(Picture.NEIGHBOURS, "Neighbourhood", state, iri)


@register_panel
def timeline_panel(state: ServerState, iri: URIRef, description: EntityDescription) -> Panel | None:
    """For a topic, an event or a director: the films on a time axis with their histories."""
    return _panel(Picture.TIMELINE, "Timeline", state, iri)


def picture_routes(state: ServerState) -> list[BaseRoute]:
    """``/pictures/{neighbours|timeline}/{kind}/{slug}.svg``; 404 when there is none.

    The projection the pictures are drawn from is built here, before the server
    answers, rather than while the first visitors of entity pages wait.
    """
    pictures_of(state).warm_up()

    def answer(request: Request) -> Response:
        which, rest = request.path_params["which"], request.path_params["rest"]
        if which not in set(Picture) or not rest.endswith(".svg"):
            return Response("no such picture\n", status_code=404, media_type="text/plain")
        iri = state.iri_for_path("/" + ENTITY_PREFIX + rest[: -len(".svg")])
        known = iri is not None and iri in state.names
        svg = pictures_of(state).svg(Picture(which), iri) if known else None  # type: ignore[arg-type]
        if svg is None:
            return Response("no such picture\n", status_code=404, media_type="text/plain")
        return Response(svg, media_type="image/svg+xml", headers={"Cache-Control": "max-age=3600"})

    return [Route("/pictures/{which}/{rest:path}", answer, methods=["GET", "HEAD"])]
