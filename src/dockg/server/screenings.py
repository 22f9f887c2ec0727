"""The screenings box of a film's page: when and where the film was shown.

One row per screening: the date and the local time as the programme gives them
(``2019-03-23 11:00 (UTC+9)``), the theatre and the screen (or the venue when no screen
is named), the city, and the festival section or event it was part of, each linked to
its page. Festival selections that give no date are not screenings (they are on the
page as "linked from"). Read with one query, on any store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape
from rdflib import Literal, URIRef
from rdflib.term import Identifier

from dockg.readable import literal_text
from dockg.server.page_data import EntityDescription
from dockg.server.pages import Panel, register_panel
from dockg.server.state import ENTITY_PREFIX, ServerState

SCREENINGS_QUERY = """
PREFIX schema: <https://schema.org/>
PREFIX dockg: <https://w3id.org/dockg/ontology#>
SELECT ?screening ?start ?theatre ?theatreName ?screen ?place ?placeName ?city ?cityName
       ?event ?eventName WHERE {
  ?screening a schema:ScreeningEvent ;
             schema:workPresented ?film ;
             schema:startDate ?start .
  OPTIONAL {
    ?screening schema:location ?place .
    OPTIONAL { ?place schema:name ?placeName }
    OPTIONAL {
      ?place schema:identifier ?screen ;
             schema:containedInPlace ?theatre .
      ?theatre a schema:MovieTheater .
      OPTIONAL { ?theatre schema:name ?theatreName }
    }
    OPTIONAL {
      ?place schema:containedInPlace+ ?city .
      ?city a schema:City .
      OPTIONAL { ?city schema:name ?cityName }
    }
  }
  OPTIONAL {
    ?screening schema:superEvent ?event .
    OPTIONAL { ?event schema:name ?eventName }
  }
}
"""


@dataclass(frozen=True)
class ScreeningRow:
    """One screening as the page shows it (terms, so links can be made)."""

    screening: URIRef
    start: Literal
    venue: Identifier | None
    venue_name: str | None
    screen: str | None
    city: Identifier | None
    city_name: str | None
    event: Identifier | None
    event_name: str | None


def _text(term: Identifier | None) -> str | None:
    return str(term) if isinstance(term, Literal) else None


def screenings_of(state: ServerState, film: URIRef) -> list[ScreeningRow]:
    """The dated screenings of a film, in time order (one row per screening).

    Args:
        state: the server state.
        film: the film.

    Returns:
        The screenings, earliest first.
    """
    found: dict[URIRef, ScreeningRow] = {}
    for row in state.store.query(SCREENINGS_QUERY, bindings={"film": film}):
        (
            s,
            start,
            theatre,
            theatre_name,
            screen,
            place,
            place_name,
            city,
            city_name,
            event,
            event_name,
        ) = row  # type: ignore[misc]
        if not isinstance(s, URIRef) or not isinstance(start, Literal) or s in found:
            continue
        found[s] = ScreeningRow(
            screening=s,
            start=start,
            venue=theatre if theatre is not None else place,
            venue_name=_text(theatre_name if theatre is not None else place_name),
            screen=_text(screen),
            city=city,
            city_name=_text(city_name),
            event=event,
            event_name=_text(event_name),
        )
    return sorted(found.values(), key=lambda r: (str(r.start), str(r.screening)))


def _link(state: ServerState, term: Identifier | None, text: str | None) -> Markup:
    if term is None and text is None:
        return Markup("")
    shown = escape(text or "")
    local = state.local_path(term) if isinstance(term, URIRef) else None
    if local is not None and local.startswith("/" + ENTITY_PREFIX):
        return Markup('<a class="entity" href="/page/{}">{}</a>').format(
            local[len("/" + ENTITY_PREFIX) :], shown
        )
    return Markup("{}").format(shown)


def _table(state: ServerState, rows: Sequence[ScreeningRow]) -> Markup:
    head = Markup(
        "<thead><tr><th>date and time</th><th>theatre or venue</th><th>screen</th>"
        "<th>city</th><th>part of</th></tr></thead>"
    )
    body = Markup("").join(
        Markup(
            '<tr><td>{}</td><td>{}</td><td class="screen">{}</td><td>{}</td><td>{}</td></tr>'
        ).format(
            _link(state, r.screening, literal_text(r.start)),
            _link(state, r.venue, r.venue_name),
            r.screen or "",
            _link(state, r.city, r.city_name),
            _link(state, r.event, r.event_name),
        )
        for r in rows
    )
    return Markup('<table class="screenings">{}<tbody>{}</tbody></table>').format(head, body)


@register_panel
def screenings_panel(
    state: ServerState, iri: URIRef, description: EntityDescription
) -> Panel | None:
    """For a film: its screenings with theatre, screen, date and local time."""
    rows = screenings_of(state, iri)
    if not rows:
        return None
    return Panel(title="Screenings", html=_table(state, rows))
