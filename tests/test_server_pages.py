"""The HTML pages over HTTP: home, search, entity pages, the query catalogue, bad input.

The pages run in-process (Starlette's test client) on the seed project; the browser
tests (``test_browser_pages.py``) drive the same pages in Chromium against a real server.
Expected facts are computed from the loaded dataset *without* the schema.org view, so
the test checks that a page shows exactly the facts the sources state, each with its
source, and nothing twice.
"""

from __future__ import annotations

import csv
import io
import urllib.error
import urllib.request
from functools import cache

import pytest
from markupsafe import Markup, escape
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node
from starlette.applications import Starlette

from dockg.loading import load_dataset
from dockg.lookup import NameIndex
from dockg.prefixes import compact_iri
from dockg.queries import QuerySpec, ResultFormat, bind_params, catalogue, format_result, run_query
from dockg.readable import literal_text
from dockg.server import pages
from dockg.server.pages import Panel, register_panel
from dockg.server.query_form import form_values, query_text, with_values
from pages_support import (
    FactRow,
    TestClient,
    fact_rows,
    hostile_state,
    parse_html,
    seed_client,
    seed_state,
)
from queries_support import seed_loaded, seed_project
from server_support import running_server

ENTITY = "https://w3id.org/dockg/id/"
FILM = URIRef(ENTITY + "film/heart-of-snow-afterlife")
KIM = URIRef(ENTITY + "person/kim-soyoung")
ALEXANDRA = URIRef(ENTITY + "person/kim-alexandra-petrovna")


@cache
def specs() -> dict[str, QuerySpec]:
    """The seed catalogue by name, parsed once."""
    return {spec.name: spec for spec in catalogue(seed_project())}


def get(path: str, **kwargs: object):  # type: ignore[no-untyped-def]
    return seed_client().get(path, follow_redirects=False, **kwargs)


@cache
def raw_dataset():  # type: ignore[no-untyped-def]
    """The seed as the files state it: no schema.org restatements."""
    return load_dataset(seed_project())


def expected_rows(entity: URIRef) -> set[tuple[str, str, tuple[str, ...]]]:
    """(property, value, sources) for every fact the files state about ``entity``."""
    found: dict[tuple[str, str], set[str]] = {}
    for graph_iri in raw_dataset().graph_files:
        for _, p, o in raw_dataset().dataset.graph(graph_iri).triples((entity, None, None)):
            found.setdefault((compact_iri(p), shown(o)), set()).add(str(graph_iri))
    return {
        (p, v, tuple(g.rsplit("/", 1)[-1] for g in sorted(graphs)))
        for (p, v), graphs in found.items()
    }


def shown(term: Node) -> str:
    """What a facts row shows for a value: entity links by page path, IRIs, literals."""
    if isinstance(term, URIRef):
        if str(term).startswith(ENTITY):
            return "/page/" + str(term)[len(ENTITY) :]
        return str(term)
    if isinstance(term, BNode):
        return "(unnamed node)"
    return literal_text(term) if isinstance(term, Literal) else str(term)


def row_key(row: FactRow) -> tuple[str, str, tuple[str, ...]]:
    return row.property, row.href or row.value, row.sources


# -- home and search ---------------------------------------------------------------


def test_home_has_the_search_box_and_lists_every_source_graph() -> None:
    response = get("/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    page = parse_html(response.text)
    box = page.find("form", "big")
    assert box.attrs["action"] == "/search"
    assert box.find("input").attrs["name"] == "q"
    listed = {tr.find("code").text() for tr in page.find("table", "sources").find_all("tr")[1:]}
    # Every file declares its dockg:SourceGraph, so every graph is listed.
    assert listed == {compact_iri(g) for g in seed_state().store.named_graphs()}


@pytest.mark.parametrize(
    "text", ["Kim Soyoung", "Soyoung Kim", "kim so-young", "김소영", "person:kim-soyoung"]
)
def test_search_for_one_person_in_any_written_form_goes_to_her_page(text: str) -> None:
    response = get("/search", params={"q": text})
    assert response.status_code == 303
    assert response.headers["location"] == "/page/person/kim-soyoung"


def test_search_lists_every_match_with_its_class() -> None:
    page = parse_html(get("/search", params={"q": "Kim"}).text)
    items = page.find("ol", "results").find_all("li")
    found = {li.find("a").attrs["href"]: li.find("span", "types").text() for li in items}
    expected = {"/page/" + str(m.iri)[len(ENTITY) :] for m in seed_state().names.find("Kim")}
    assert set(found) == expected
    assert found["/page/person/kim-soyoung"] == "person"
    assert found["/page/person/kim-alexandra-petrovna"] == "person"
    assert found["/page/film/kim-alexs-place-ansan-tashkent"] == "documentary film"


def test_search_that_matches_nothing_says_so() -> None:
    response = get("/search", params={"q": "Nobody Atall"})
    assert response.status_code == 200
    assert "No entity is called “Nobody Atall”" in parse_html(response.text).text()


# -- entity pages --------------------------------------------------------------------


@pytest.mark.parametrize("entity", [FILM, KIM, ALEXANDRA], ids=compact_iri)
def test_entity_page_shows_every_stated_fact_once_with_its_source(entity: URIRef) -> None:
    response = get("/page/" + str(entity)[len(ENTITY) :])
    assert response.status_code == 200
    rows = fact_rows(parse_html(response.text))
    assert len(rows) == len({row_key(r) for r in rows}), "a fact is shown twice"
    assert {row_key(r) for r in rows} == expected_rows(entity)


def test_entity_page_has_label_type_name_variants_and_iri() -> None:
    page = parse_html(get("/page/person/kim-soyoung").text)
    assert page.find("h1").text() == "Soyoung Kim"
    assert page.find("p", "kind").text() == "person"
    variants = [v.text() for v in page.find("p", "variants").find_all("span", "variant")]
    assert sorted(variants) == sorted(["Kim So-young", "Kim Soyoung", "So-young Kim", "김소영"])
    assert page.find("p", "identity").find("code").text() == str(KIM)


def test_entity_page_folds_schema_org_restatements_into_the_specific_property() -> None:
    page = parse_html(get("/page/person/kim-soyoung").text)
    for th in page.find("table", "facts").find_all("th"):
        if th.find_all("span", "iri") and th.find("span", "iri").text() == "dockg:nameInHangul":
            assert th.find("span", "also").text() == "also as schema:alternateName"
            break
    else:
        pytest.fail("no dockg:nameInHangul row")


def test_inverse_links_are_grouped_by_property() -> None:
    page = parse_html(get("/page/film/heart-of-snow-afterlife").text)
    groups = {
        g.find("span", "iri").text(): [a.attrs["href"] for a in g.find_all("a", "entity")]
        for g in page.by_id("links").find_all("div", "inverse-group")
    }
    base = "/page/screening/seoul-independent-documentary-film-festival-2019-heart-of-snow"
    assert groups["schema:workPresented"] == [
        "/page/exhibition/national-museum-of-modern-and-contemporary-art-2016-heart-of-snow-afterlife",
        base + "-afterlife-2019-03-23-1100",
        base + "-afterlife-2019-03-27-1700",
    ]
    # The selection features the film (it presents no showing); the exhibition's
    # schema:workFeatured only restates its schema:workPresented and is not listed again.
    assert groups["schema:workFeatured"] == [
        "/page/selection/seoul-independent-documentary-film-festival-2019-sidof-choice-heart-of-snow-afterlife",
    ]


def test_unnamed_entities_are_called_by_their_title_or_type_date_and_event() -> None:
    page = parse_html(get("/page/film/heart-of-snow-afterlife").text)
    names = [a.text() for a in page.by_id("links").find_all("a", "entity")]
    assert names == [
        "Home > Program > SIDOF Choice: Heart of Snow: afterlife",
        "Festival selection, SIDOF Choice",
        "National Museum of Modern and Contemporary Art, exhibition & screening",
        "Screening, 2019-03-23 11:00 (UTC+9), SIDOF Choice",
        "Screening, 2019-03-27 17:00 (UTC+9), SIDOF Choice",
    ]
    screening = get(
        "/page/screening/seoul-independent-documentary-film-festival-2019-heart-of-snow"
        "-afterlife-2019-03-27-1700"
    )
    assert parse_html(screening.text).find("h1").text() == (
        "Screening, 2019-03-27 17:00 (UTC+9), SIDOF Choice"
    )


def test_topic_page_lists_the_films_about_it() -> None:
    page = parse_html(get("/page/topic/north-korean-defectors").text)
    groups = {
        g.find("span", "iri").text(): [a.text() for a in g.find_all("a", "entity")]
        for g in page.by_id("links").find_all("div", "inverse-group")
    }
    assert groups["dockg:isAbout"] == ["The Last Day of the Year"]
    assert groups["dockg:featuresGroup"] == ["Heart of Snow: afterlife"]


def test_conflicting_values_are_shown_with_their_evidence_and_source() -> None:
    page = parse_html(get("/page/film/heart-of-snow-afterlife").text)
    section = page.by_id("conflicts")
    assert [h.text() for h in section.find_all("h3")] == [
        "date created schema:dateCreated",
        "duration schema:duration",
    ]
    rows = [
        [td.text() for td in tr.find_all("td")]
        for table in section.find_all("table", "claims")
        for tr in table.find_all("tr")[1:]
    ]
    source = "sidof-2019-heart-of-snow-afterlife"
    assert rows == [
        ["2016", "2016 Heart of Snow: afterlife, 16min, Director",
         "line 39, director's filmography", source],
        ["2018", "2018 | 16min 55sec | color | DCP | English subtitles",
         "line 8, film header", source],
        ["16 min", "2016 Heart of Snow: afterlife, 16min, Director",
         "line 39, director's filmography", source],
        ["16 min 55 s", "2018 | 16min 55sec | color | DCP | English subtitles",
         "line 8, film header", source],
    ]  # fmt: skip
    contested = [tb.find("span", "iri").text() for tb in page.find_all("tbody", "contested")]
    assert contested == ["schema:dateCreated", "schema:duration"]


def test_a_value_two_sources_disagree_on_shows_both_sources() -> None:
    page = parse_html(get("/page/person/im-heung-soon").text)
    births = [r for r in fact_rows(page) if r.property == "schema:birthDate"]
    assert [(r.value, r.sources) for r in births] == [
        ("1969", ("curated-general-knowledge",)),
        ("1970", ("filmsite-im-heung-soon-bio",)),
    ]
    claims = page.by_id("conflicts").find("table", "claims").find_all("tr")[1:]
    assert [tr.find_all("td")[0].text() for tr in claims] == ["1969", "1970"]


def test_sources_section_describes_each_cited_graph_and_its_document() -> None:
    page = parse_html(get("/page/film/heart-of-snow-afterlife").text)
    cited = {a.attrs["href"] for a in page.find("table", "facts").find_all("a", "cite")}
    assert cited == {"#source-sidof-2019-heart-of-snow-afterlife"}
    entry = page.by_id("sources").find("dl", "sources")
    term = entry.by_id("source-sidof-2019-heart-of-snow-afterlife")
    assert term.text() == "graph:sidof-2019-heart-of-snow-afterlife"
    text = entry.text()
    assert "Facts from the SIDOF 2019 programme page of Heart of Snow: afterlife" in text
    assert "Home > Program > SIDOF Choice: Heart of Snow: afterlife" in text
    assert "003_81ffafb90c654928.txt" in text
    assert "Seoul Independent Documentary Film Festival web site" in text
    document = [a.attrs["href"] for a in entry.find_all("a", "entity")]
    assert document == ["/page/source/sidof-2019-heart-of-snow-afterlife-page"]


def test_blank_node_values_are_spelled_out() -> None:
    page = parse_html(get("/page/person/kim-alexandra-petrovna").text)
    nested = page.find("dl", "nested")
    pairs = list(zip([d.text() for d in nested.find_all("dt")],
                     [d.text() for d in nested.find_all("dd")], strict=True))  # fmt: skip
    assert pairs == [("type", "organization role"), ("member of", "Bolsheviks"),
                     ("start date", "1916"),
                     ("earliest start", "1916-01-01 00:00"),
                     ("latest start", "1916-12-31 23:59:59")]  # fmt: skip


def test_entity_page_links_its_data_in_every_rdf_format() -> None:
    page = parse_html(get("/page/person/kim-soyoung").text)
    links = [a.attrs["href"] for a in page.find("p", "identity").find_all("a")]
    assert links == [f"/data/person/kim-soyoung.{ext}" for ext in ("ttl", "nt", "jsonld", "rdf")]


@pytest.mark.parametrize(
    "path",
    [
        "/page/person/nobody-at-all",
        "/page/person",
        "/page/../../etc/passwd",
        "/page/person/%2e%2e/%2e%2e/etc/passwd",
        "/page/person/..%2f..%2fpyproject.toml",
        "/page/person/kim-soyoung%00",
        "/queries/no-such-query",
        "/queries/..%2f..%2fpyproject.toml",
        "/queries/no-such-query/edit",
    ],
)
def test_unknown_entities_queries_and_climbing_paths_get_the_404_page(path: str) -> None:
    response = get(path)
    assert response.status_code == 404
    if response.headers["content-type"].startswith("text/html"):
        assert "Not found" in response.text
        assert "root:" not in response.text and "[project]" not in response.text


def test_static_files_are_served_and_cannot_be_climbed_out_of() -> None:
    assert get("/static/dockg.css").status_code == 200
    assert get("/static/../pages.py").status_code == 404
    assert get("/static/%2e%2e/pages.py").status_code == 404


# -- escaping ------------------------------------------------------------------------


def hostile_page(path: str) -> str:
    from pages_support import TestClient

    client = TestClient(Starlette(routes=pages.page_routes(hostile_state())))
    response = client.get(path)
    assert response.status_code == 200
    return response.text


def test_markup_in_data_shows_as_text_and_never_runs() -> None:
    html = hostile_page("/page/film/script-in-title")
    page = parse_html(html)
    assert page.find("h1").text() == "<script>alert('title')</script> & Sons"
    assert "<script" not in html.lower()
    assert "<svg" not in html.lower()
    # The only images are the server's own pictures (if their panels are registered).
    images = [e for e in page.iter() if e.tag == "img"]
    assert all(set(e.attrs) == {"class", "src", "alt"} for e in images)
    assert all(e.attrs["src"].startswith("/pictures/") for e in images)
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; Sons" in html
    assert [v.text() for v in page.find("p", "variants").find_all("span", "variant")] == [
        '"><svg onload=alert(4)>'
    ]
    sources = page.by_id("sources").text()
    assert "Fixture <b>with markup</b> in its title" in sources
    assert "<img src=x onerror=alert(2)>" in sources


def test_only_http_iris_become_links() -> None:
    page = parse_html(hostile_page("/page/film/script-in-title"))
    hrefs = [a.attrs["href"] for a in page.iter() if a.tag == "a" and "href" in a.attrs]
    assert hrefs and not [h for h in hrefs if not h.startswith(("/", "#", "http"))]
    same_as = [r for r in fact_rows(page) if r.property == "schema:sameAs"]
    assert [(r.value, r.href) for r in same_as] == [("<javascript:alert(5)>", None)]


def test_search_text_is_escaped_when_echoed() -> None:
    response = get("/search", params={"q": '<script>alert("q")</script>'})
    assert response.status_code == 200
    assert "<script>" not in response.text
    assert str(escape('<script>alert("q")</script>')) in response.text


# -- panels (the place for the neighbourhood picture and the timeline) ----------------


def test_a_registered_panel_shows_on_the_pages_it_applies_to(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def panel(state, iri, description):  # type: ignore[no-untyped-def]
        if iri != FILM:
            return None
        return Panel(f"Screenings <{len(description.inverse)}>", Markup("<svg id='pic'></svg>"))

    monkeypatch.setattr(pages, "_PANELS", [])  # only this panel, whatever else is registered
    register_panel(panel)
    # a fresh server: the shared one keeps the pages it rendered before the panel existed
    fresh = TestClient(Starlette(routes=pages.page_routes(seed_state())))
    page = parse_html(fresh.get("/page/film/heart-of-snow-afterlife").text)
    section = page.find("section", "panel")
    assert section.find("h2").text() == "Screenings <3>"
    assert section.find("svg").attrs["id"] == "pic"
    assert not parse_html(fresh.get("/page/person/kim-soyoung").text).find_all("section", "panel")


def test_the_page_cache_keeps_successful_answers_and_drops_the_oldest() -> None:
    from starlette.requests import Request
    from starlette.responses import HTMLResponse

    def request(path: str, query: bytes = b"") -> Request:
        scope = {"type": "http", "method": "GET", "path": path, "query_string": query}
        return Request({**scope, "headers": [], "scheme": "http", "server": ("x", 80)})

    cache = pages.PageCache(size=2)
    one, two = HTMLResponse("one"), HTMLResponse("two")
    assert cache.keep(request("/page/a"), one) is one
    cache.keep(request("/page/b", b"x=1"), two)
    cache.keep(request("/page/c"), HTMLResponse("gone", status_code=404))
    assert cache.get(request("/page/a")) is one
    assert cache.get(request("/page/b")) is None  # another query string
    assert cache.get(request("/page/c")) is None  # only 200s are kept
    cache.keep(request("/page/d"), HTMLResponse("three"))  # b is the oldest used
    assert cache.get(request("/page/b", b"x=1")) is None
    assert cache.get(request("/page/a")) is one


# -- the query catalogue -------------------------------------------------------------


def test_catalogue_lists_every_query_with_its_question() -> None:
    page = parse_html(get("/queries").text)
    listed = [dt.find("a").attrs["href"] for dt in page.find("dl", "catalogue").find_all("dt")]
    assert listed == [f"/queries/{name}" for name in sorted(specs())]
    questions = [dd.text() for dd in page.find("dl", "catalogue").find_all("dd")]
    assert questions == [" ".join(specs()[name].question.split()) for name in sorted(specs())]


def test_query_form_has_a_field_per_parameter_with_its_default() -> None:
    page = parse_html(get("/queries/films-about-topic").text)
    fields = {
        i.attrs["name"]: i.attrs["value"] for i in page.find("form", "params").find_all("input")
    }
    # The default entity is shown by its name, which a researcher would type.
    assert fields == {"topic": "Koryo-saram"}
    assert specs()["films-about-topic"].params[0].default == URIRef(
        "https://w3id.org/dockg/id/topic/koryo-saram"
    )


def test_a_default_whose_name_is_shared_stays_an_iri() -> None:
    """ "Kim Soyoung" might one day be two people; a name that means more than one entity
    would make the form's own default ambiguous, so such a default keeps its IRI."""
    names = seed_state().names
    spec = specs()["co-workers"]
    label = names.label(spec.params[0].default)  # type: ignore[arg-type]
    assert [m.iri for m in names.find(label)] == [spec.params[0].default]
    other = URIRef("https://w3id.org/dockg/id/person/other")
    shared = NameIndex([(spec.params[0].default, label, True), (other, label, True)])
    assert form_values(spec, {}, names=shared) == {"person": "person:kim-soyoung"}
    assert form_values(spec, {}, names=names) == {"person": "Soyoung Kim"}


def test_query_results_table_has_the_query_rows_with_entities_linked() -> None:
    spec = specs()["films-about-topic"]
    params = {"topic": "topic:north-korean-defectors"}
    expected = run_query(seed_loaded(), spec, params=params)
    page = parse_html(get("/queries/films-about-topic", params=params).text)
    table = page.find("table", "results")
    assert [th.text() for th in table.find_all("th")] == list(expected.variables)
    body = table.find("tbody").find_all("tr")
    assert len(body) == len(expected.rows) == 2
    films = [tr.find("td").find("a").attrs["href"] for tr in body]
    assert sorted(films) == [
        "/page/film/heart-of-snow-afterlife",
        "/page/film/the-last-day-of-the-year",
    ]


def test_csv_download_is_the_query_result_as_csv() -> None:
    spec = specs()["film-screenings"]
    expected = format_result(run_query(seed_loaded(), spec), fmt=ResultFormat.CSV)
    response = get("/queries/film-screenings", params={"format": "csv"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"] == 'attachment; filename="film-screenings.csv"'
    assert response.text == expected
    assert len(list(csv.reader(io.StringIO(response.text)))) == 1 + 3


def test_results_page_links_to_csv_and_edit_views_with_the_same_values() -> None:
    page = parse_html(get("/queries/films-about-topic", params={"topic": "topic:koryo-saram"}).text)
    links = {a.text(): a.attrs["href"] for a in page.find("p", "result-count").find_all("a")}
    assert links == {
        "Download CSV": "/queries/films-about-topic?topic=topic%3Akoryo-saram&format=csv",
        "Edit this query": "/queries/films-about-topic/edit?topic=topic%3Akoryo-saram",
    }


def test_a_name_no_entity_has_is_a_400_with_the_reason() -> None:
    response = get("/queries/festival-editions", params={"festival": "not a festival"})
    assert response.status_code == 400
    error = parse_html(response.text).find("p", "error").text()
    assert error == "parameter festival: no entity is called or identified by 'not a festival'"


def test_a_festival_field_takes_its_name() -> None:
    response = get(
        "/queries/festival-editions", params={"festival": "Busan International Film Festival"}
    )
    assert response.status_code == 200, response.text
    assert parse_html(response.text).find("table", "results").find_all("tr")[1:]


def test_edit_view_shows_the_query_with_its_values_and_posts_to_the_editor() -> None:
    page = parse_html(
        get("/queries/films-about-topic/edit", params={"topic": "topic:koryo-saram"}).text
    )
    form = page.find("form", "sparql")
    assert (form.attrs["method"], form.attrs["action"]) == ("post", "/sparql")
    text = form.find("textarea").text()
    assert "VALUES (?topic) { (<https://w3id.org/dockg/id/topic/koryo-saram>) }" in text
    # No format to choose: a browser posting it gets the editor's table, with downloads.
    assert not form.find_all("select")


def test_literal_values_read_as_words_with_a_tag_only_for_another_language() -> None:
    page = parse_html(get("/page/person/kim-soyoung").text)
    notes = {
        tr.find("td").find("span", "literal").text(): tr.find("td").find("span", "note").text()
        for tr in page.find("table", "facts").find_all("tr")
        if tr.find_all("td") and tr.find("td").find_all("span", "note")
    }
    assert notes == {"김소영": "ko"}  # an English page: "Director"@en needs no tag
    film = parse_html(get("/page/film/goodbye-my-love-north-korea").text)
    assert not film.find("table", "facts").find_all("span", "note")
    literals = {
        s.text(): s.attrs.get("title")
        for s in film.find("table", "facts").find_all("span", "literal")
    }
    assert literals["89 min"] == "PT89M (xsd:duration)"  # the data's form on hover
    assert literals["2017"] == "xsd:gYear"


@pytest.mark.parametrize("name", [p.stem for p in seed_project().query_files])
def test_edited_query_text_returns_what_the_bound_query_returns(name: str) -> None:
    """The VALUES block of the edit view means what initBindings mean, for every query."""
    spec = specs()[name]
    bound = run_query(seed_loaded(), spec)
    text = with_values(query_text(spec), bind_params(spec, {}))
    assert ("VALUES" in text) == bool(spec.params)
    unbound = seed_state().store.query(text)
    assert sorted(map(tuple, unbound), key=str) == sorted(bound.rows, key=str)  # type: ignore[arg-type]
    assert len(bound.rows) > 0


def test_a_catalogue_query_over_the_time_limit_is_stopped_with_a_503() -> None:
    """In ``dockg serve`` the forms' queries run in the workers, with the time limit
    (rdflib's engine, on which this query takes far longer than 0.01 s)."""
    with running_server("--query-timeout", "0.01", "--store", "memory") as server:
        with pytest.raises(urllib.error.HTTPError) as stopped:
            urllib.request.urlopen(server.url + "queries/people-connected-to-topic", timeout=60)
        assert stopped.value.code == 503
        error = parse_html(stopped.value.read().decode("utf-8")).find("p", "error").text()
        assert error == "the query was stopped: it ran longer than the time limit of 0.01 s"
        # The server still answers afterwards.
        with urllib.request.urlopen(server.url + "queries", timeout=60) as response:
            assert response.status == 200
