"""Language tags of the names and texts a page prints: a Latin-script name is tagged only
with evidence of its language (a site profile, the HTML ``lang``, the page's labels);
Hangul is ``@ko``; otherwise no tag, since a wrong language is a wrong fact."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from dockg.errors import InputError
from dockg.ingest.builder import name_language
from dockg.ingest.page import import_page
from dockg.ingest.reader import read_programme
from dockg.ingest.reader.language import label_language, labels_language
from dockg.ingest.site_profile import load_profile
from dockg.ingest.text import Line, read_lines
from dockg.namespaces import SDO
from dockg.project import Project
from ingest_page_support import NOW, PAGES, seed_project_copy, turtle

LEIPZIG = PAGES / "two-films-leipzig.txt"
PROGRAMMES = Path(__file__).resolve().parent / "fixtures" / "programmes"
ID = "https://w3id.org/dockg/id/"


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_project_copy(tmp_path_factory.mktemp("seed"))


def names(graph: Graph, iri: str) -> set[Literal]:
    return {o for o in graph.objects(URIRef(ID + iri), SDO.name) if isinstance(o, Literal)}


def test_a_german_page_without_evidence_states_its_names_without_a_tag(seed: Path) -> None:
    summary = import_page(Project.open(seed), LEIPZIG, slug="leipzig-untagged", now=NOW)
    graph = turtle(summary.path)
    assert names(graph, "film/nachtfischer") == {Literal("Nachtfischer")}
    section = "section/dok-leipzig-2019-internationaler-wettbewerb"
    assert names(graph, section) == {Literal("Internationaler Wettbewerb")}
    assert names(graph, "edition/dok-leipzig-2019") == {Literal("62nd DOK Leipzig")}
    assert names(graph, "venue/cinestar") == {Literal("Cinestar")}
    assert "language: none known (Latin-script names stated without a language tag)" in (
        summary.report
    )


def test_a_profile_language_tags_the_pages_names(seed: Path, tmp_path: Path) -> None:
    profile = tmp_path / "leipzig.toml"
    profile.write_text('[site]\nname = "DOK Leipzig"\nlanguage = "de"\n', encoding="utf-8")
    summary = import_page(Project.open(seed), LEIPZIG, profile=profile, slug="leipzig-de", now=NOW)
    graph = turtle(summary.path)
    assert names(graph, "film/nachtfischer") == {Literal("Nachtfischer", lang="de")}
    assert names(graph, "venue/cinestar") == {Literal("Cinestar", lang="de")}
    # a name made here with English words around a German one is not German: no tag
    assert names(graph, "venue/cinestar-5") == {Literal("Cinestar, screen 5")}
    assert "language de (from site profile DOK Leipzig)" in summary.report


def test_a_bad_profile_language_is_refused(tmp_path: Path) -> None:
    profile = tmp_path / "bad.toml"
    profile.write_text('[site]\nlanguage = "German"\n', encoding="utf-8")
    with pytest.raises(InputError, match="language must be a language tag"):
        load_profile(profile)


def test_the_html_lang_attribute_tags_an_italian_title(seed: Path) -> None:
    page = PROGRAMMES / "cinemametropolis" / "serpenti.html"
    summary = import_page(Project.open(seed), page, slug="serpenti", now=NOW)
    graph = turtle(summary.path)
    titles = {o for s in graph.subjects(SDO.director, None) for o in graph.objects(s, SDO.name)}
    assert Literal("Serpenti", lang="it-IT") in titles
    assert not any(t.language == "en" for t in titles if isinstance(t, Literal))
    assert "language it-IT (from the page's HTML lang attribute)" in summary.report


def test_labels_tell_the_pages_language_unless_they_disagree_with_its_text() -> None:
    assert label_language("Director's Statement") == "en"
    assert label_language("Screening schedule") == "en"
    assert label_language("Termine") == "de"
    assert label_language("시놉시스") == "ko"
    assert label_language("Bio") is None  # English and German alike
    lines = [Line(3, "Synopsis", "Synopsis"), Line(9, "Inhalt", "Inhalt")]
    assert labels_language(lines[:1], "Some text.") == ("en", "the English labels on line 3")
    assert labels_language(lines, "Some text.") is None  # two languages: no evidence
    assert labels_language(lines[:1], "서울독립영화제는 국내 독립영화의 경쟁 영화제다.") is None
    siff = PROGRAMMES / "siff" / "my-siff-2014.txt"
    assert read_programme(read_lines(siff)).context.language is None
    woelfe = PROGRAMMES / "dokfest-muenchen" / "im-land-der-woelfe.txt"
    assert read_programme(read_lines(woelfe)).context.language == (
        "de",
        "the German labels on line 4",
    )


@pytest.mark.parametrize(
    ("text", "page", "expected"),
    [
        ("종이접기 튜토리얼", None, "ko"),
        ("종이접기 튜토리얼", "de", "ko"),
        ("Serpenti", None, None),
        ("Serpenti", "it", "it"),
        ("Heart of Snow", "en", "en"),
        ("Heart of Snow", "ko", None),  # Latin script on a Korean page: language unknown
    ],
)
def test_name_language(text: str, page: str | None, expected: str | None) -> None:
    assert name_language(text, page) == expected


def test_a_title_label_names_the_titles_language(seed: Path, tmp_path: Path) -> None:
    page = tmp_path / "labelled.txt"
    page.write_text(
        "Nachtfischer\n"
        "English title: Night Fishers\n"
        "Regie: Jonas Weber\n"
        "Schweiz 2018, 72 Min.\n"
        "\n"
        "Zwei Brüder fischen nachts auf dem See, weil der Tag den Touristen gehört, bis die"
        " Saison endet.\n",
        encoding="utf-8",
    )
    (film,) = read_programme(read_lines(page)).films
    assert (film.original_title, [(t.line, t.title, t.language) for t in film.labelled_titles]) == (
        None,
        [(2, "Night Fishers", "en")],
    )
    graph = turtle(import_page(Project.open(seed), page, slug="labelled", now=NOW).path)
    film_iri = URIRef(ID + "film/nachtfischer")
    assert names(graph, "film/nachtfischer") == {Literal("Nachtfischer")}
    assert set(graph.objects(film_iri, SDO.alternateName)) == {Literal("Night Fishers", lang="en")}
