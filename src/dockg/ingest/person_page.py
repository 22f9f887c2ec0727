"""Reading a person page of a film site: a name, a role heading, a biography, "Known for".

The structured parts are read as they are: the name (the first line), the role heading
(``Director``) and the titles listed under "Known for". The biography is prose, and prose
is read only where a rule is confident:

- ``Born in YEAR in CITY, COUNTRY`` gives the birth year and place;
- a quoted title next to a year (``"The Day After," released in 2017`` or
  ``"The House of My Mother" (2013)``) gives one of the person's works and its year.

Every other sentence is left to curators and reported as not extracted, with its line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rdflib import Literal, URIRef

from dockg.ingest.builder import GraphBuilder, year_literal
from dockg.ingest.page_result import PageResult
from dockg.ingest.people import parse_person_name
from dockg.ingest.reader.details import CREDIT_ROLES
from dockg.ingest.text import Line, paragraphs_literal
from dockg.namespaces import SDO

_BIO = re.compile(r"^(?:bio|biography|profile|about)$", re.IGNORECASE)
_KNOWN_FOR = re.compile(r"^known\s+for:?$", re.IGNORECASE)
_ROLE = re.compile(r"^[A-Z][a-z]+(?: [A-Za-z]+){0,2}$")
_BORN = re.compile(
    r"\bBorn in (?P<year>(?:18|19|20)\d{2}) in (?P<city>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)"
    r"(?:, (?P<country>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*))?"
)
_QUOTE = '"“”'
_TITLE_YEAR = re.compile(
    rf"[{_QUOTE}](?P<title>[^{_QUOTE}]+?),?[{_QUOTE}]\s*"
    r"(?:\((?P<year>(?:19|20)\d{2})\)|,?\s*(?:released|made|completed|premiered)\s+in\s+"
    r"(?P<year2>(?:19|20)\d{2}))"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def looks_like_person_page(lines: Sequence[Line]) -> bool:
    """A person page starts with a personal name and has a biography heading."""
    first = next((ln.text for ln in lines if ln.text), "")
    return parse_person_name(first) is not None and any(_BIO.match(ln.text) for ln in lines)


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class PersonPage:
    """The state of reading one person page."""

    def __init__(self, builder: GraphBuilder, person: URIRef, role: str | None) -> None:
        self.builder = builder
        self.person = person
        self.role = role
        self.unparsed: list[tuple[int, str]] = []

    def work(self, title: str, year: int | None, *, evidence: str, location: str) -> bool:
        """State one of the person's works, if the page's role says they directed it.

        A film needs a director, so on the page of a producer or an editor the works
        are left to curators (False is returned).
        """
        if self.role is None or CREDIT_ROLES.get(self.role.lower()) != "director":
            return False
        b = self.builder
        film = b.film(title.strip())
        b.add(film, SDO.director, self.person)
        if year is not None:
            b.fact(film, SDO.dateCreated, year_literal(year), evidence=evidence, location=location)
        return True

    def prose(self, line: Line) -> None:
        """Apply the confident rules to one paragraph; report what they leave."""
        b = self.builder
        where = f"line {line.number}, BIO"
        sentences = [s for s in _SENTENCE.split(line.text) if s.strip()]
        left = []
        for sentence in sentences:
            read = False
            born = _BORN.search(sentence)
            if born is not None:
                evidence = born.group(0)
                b.fact(
                    self.person,
                    SDO.birthDate,
                    year_literal(int(born["year"])),
                    evidence=evidence,
                    location=where,
                )
                country = b.place(born["country"], SDO.Country) if born["country"] else None
                city = b.place(born["city"], SDO.City, within=country)
                b.fact(self.person, SDO.birthPlace, city, evidence=evidence, location=where)
                read = True
            for found in _TITLE_YEAR.finditer(sentence):
                year = int(found["year"] or found["year2"])
                read = self.work(found["title"], year, evidence=found.group(0), location=where)
            if not read:
                left.append(sentence)
        if left:
            self.unparsed.append(
                (
                    line.number,
                    f"not extracted ({len(left)} of {len(sentences)} sentences): {_short(left[0])}",
                )
            )


def parse_person_page(lines: Sequence[Line], *, slug: str) -> PageResult:
    """Read a person page into a graph.

    Args:
        lines: the page.
        slug: the import's slug (for claim IRIs).

    Returns:
        The facts read, the page title and what was not extracted.

    Raises:
        ValueError: if the page does not start with a personal name.
    """
    texts = [ln for ln in lines if ln.text]
    name = parse_person_name(texts[0].text) if texts else None
    if name is None:
        raise ValueError("a person page starts with a personal name")
    builder = GraphBuilder(slug)
    person = builder.person(name)
    assert person is not None
    role = None
    mode = "head"
    page = PersonPage(builder, person, None)
    biography: list[str] = []
    for line in texts:
        text = line.text
        if text == name.written:
            continue
        if _BIO.match(text):
            mode = "bio"
            continue
        if _KNOWN_FOR.match(text):
            mode = "known"
            continue
        if mode == "head" and role is None and _ROLE.match(text):
            role = text
            page.role = role
            builder.add(person, SDO.jobTitle, Literal(role, lang="en"))
            continue
        if mode == "known":
            titled = re.fullmatch(r"(?P<title>.+?)\s*\((?P<year>(?:19|20)\d{2})\)", text)
            title = titled["title"] if titled else text
            year = int(titled["year"]) if titled else None
            where = f"line {line.number}, Known for"
            if not page.work(title, year, evidence=text, location=where):
                page.unparsed.append((line.number, f"known for, role {role}: {text}"))
            continue
        if mode == "bio":
            page.prose(line)
            biography.append(text)
            continue
        page.unparsed.append((line.number, text))
    if biography:
        builder.add(person, SDO.description, paragraphs_literal(biography))
    title = f"{name.display}" + (f": {role}" if role else "")
    return PageResult(builder.graph, title, sorted(page.unparsed), person)
