"""Reading the server's HTML pages in tests: a small element tree and the page's tables.

The pages are read as a browser reads them (Python's HTML parser, not regular
expressions), so tests can ask "which rows does the facts table have, and which source
does each cite" instead of searching for substrings.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from starlette.applications import Starlette

from dockg.loading import load_dataset
from dockg.materialize import materialize
from dockg.server.config import ServerConfig
from dockg.server.pages import page_routes
from dockg.server.state import ServerState, name_index
from dockg.store import MemoryStore
from queries_support import seed_loaded

with warnings.catch_warnings():
    # Starlette 1.x would rather drive its test client with httpx2; httpx still works.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

TESTS = Path(__file__).resolve().parent
HOSTILE = TESTS / "fixtures" / "server" / "hostile.ttl"

_VOID = {"br", "img", "input", "link", "meta", "hr", "wbr", "source", "col", "area"}


@dataclass
class Element:
    """An HTML element with its attributes and children (elements or text)."""

    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)

    def classes(self) -> set[str]:
        """The element's classes."""
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        """All text inside, with runs of whitespace collapsed."""
        parts: list[str] = []
        for child in self.children:
            parts.append(child if isinstance(child, str) else f" {child.text()} ")
        return " ".join("".join(parts).split())

    def iter(self) -> Iterator[Element]:
        """This element and every element inside it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str, cls: str | None = None) -> list[Element]:
        """Elements inside with this tag (and class, if given)."""
        return [
            e
            for e in self.iter()
            if e.tag == tag and (cls is None or cls in e.classes()) and e is not self
        ]

    def find(self, tag: str, cls: str | None = None) -> Element:
        """The first such element; fails the test if there is none."""
        found = self.find_all(tag, cls)
        assert found, f"no <{tag} class={cls!r}> in the page"
        return found[0]

    def by_id(self, ident: str) -> Element:
        """The element with this id."""
        for e in self.iter():
            if e.attrs.get("id") == ident:
                return e
        raise AssertionError(f"no element with id {ident!r}")


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(html: str) -> Element:
    """Parse a page into an element tree."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


@dataclass(frozen=True)
class FactRow:
    """One row of an entity page's facts table."""

    property: str  # compact IRI, e.g. "schema:name"
    value: str  # the value's visible text
    href: str | None  # where the value links, if it does
    sources: tuple[str, ...]  # the cited graphs' local names


def fact_rows(page: Element) -> list[FactRow]:
    """The rows of the facts table (the property cell spans several value rows)."""
    rows: list[FactRow] = []
    prop = ""
    for tr in page.find("table", "facts").find_all("tr"):
        cells = [c for c in tr.children if isinstance(c, Element) and c.tag in ("th", "td")]
        if tr.find_all("th") and cells[0].tag == "th" and cells[0].attrs.get("scope") == "row":
            prop = cells[0].find("span", "iri").text()
            cells = cells[1:]
        if len(cells) != 2:
            continue  # the header row
        value_cell, source_cell = cells
        first = next((c for c in value_cell.children if isinstance(c, Element)), None)
        rows.append(
            FactRow(
                property=prop,
                value=first.text() if first is not None else value_cell.text(),
                href=first.attrs.get("href") if first is not None else None,
                sources=tuple(a.text() for a in source_cell.find_all("a", "cite")),
            )
        )
    return rows


def state_for(store: MemoryStore) -> ServerState:
    """A server state over a loaded project, as ``dockg serve`` makes it."""
    config = ServerConfig()
    names = name_index(store, base=config.base_iri + "id/")
    return ServerState(store.loaded.project, store, names, config)


@cache
def seed_state() -> ServerState:
    """The state of a server on the seed project (the cached seed dataset). Read only."""
    store = MemoryStore(seed_loaded())
    return state_for(store)


@cache
def seed_client() -> TestClient:
    """An in-process HTTP client for the pages of the seed project."""
    return TestClient(Starlette(routes=page_routes(seed_state())))


@cache
def hostile_state() -> ServerState:
    """The seed project plus ``fixtures/server/hostile.ttl``: markup and script in data."""
    loaded = load_dataset(seed_loaded().project, extra_files=[HOSTILE])
    materialize(loaded)
    store = MemoryStore(loaded)
    return state_for(store)
