"""Entity pages show the exploration pictures: a neighbourhood everywhere, a timeline for
topics and directors, served as SVG files (never inline) and cached."""

from __future__ import annotations

import re

import pytest
from starlette.applications import Starlette

from dockg.server.pages import page_routes
from dockg.server.pictures import picture_routes
from dockg.server.state import ServerState
from pages_support import TestClient, hostile_state, parse_html, seed_state


def _client(state: ServerState) -> TestClient:
    return TestClient(Starlette(routes=[*page_routes(state), *picture_routes(state)]))


@pytest.fixture(scope="module")
def client() -> TestClient:
    return _client(seed_state())


def _panels(client: TestClient, path: str) -> dict[str, str]:
    page = parse_html(client.get(path).text)
    panels = {}
    for section in page.iter():
        images = [e for e in section.iter() if e.tag == "img"]
        if "panel" in section.classes() and images:  # the picture panels (not screenings)
            [heading] = [e for e in section.iter() if e.tag == "h2"]
            [image] = images
            panels[heading.text()] = image.attrs["src"]
    return panels


def _svg_text(svg: str) -> str:
    return " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))


def test_director_page_has_neighbourhood_and_timeline(client: TestClient) -> None:
    assert _panels(client, "/page/person/kim-soyoung") == {
        "Neighbourhood": "/pictures/neighbours/person/kim-soyoung.svg",
        "Timeline": "/pictures/timeline/person/kim-soyoung.svg",
    }
    answer = client.get("/pictures/neighbours/person/kim-soyoung.svg")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "image/svg+xml"
    assert "Heart of Snow: afterlife" in _svg_text(answer.text)
    timeline = client.get("/pictures/timeline/person/kim-soyoung.svg")
    assert "Heart of Snow: afterlife" in _svg_text(timeline.text)


def test_topic_page_has_a_timeline_of_its_films(client: TestClient) -> None:
    panels = _panels(client, "/page/topic/north-korean-defectors")
    assert set(panels) == {"Neighbourhood", "Timeline"}
    text = _svg_text(client.get(panels["Timeline"]).text)
    assert "The Last Day of the Year" in text and "Heart of Snow: afterlife" in text


def test_film_page_has_a_neighbourhood_only(client: TestClient) -> None:
    assert set(_panels(client, "/page/film/heart-of-snow-afterlife")) == {"Neighbourhood"}


@pytest.mark.parametrize(
    "path",
    [
        "/pictures/neighbours/person/nobody.svg",
        "/pictures/portrait/person/kim-soyoung.svg",
        "/pictures/neighbours/person/kim-soyoung.png",
        "/pictures/timeline/film/heart-of-snow-afterlife.svg",  # films get no timeline
        "/pictures/neighbours/../../etc/passwd.svg",
        "/pictures/neighbours/person/%2e%2e/%2e%2e/kim-soyoung.svg",
    ],
)
def test_no_such_picture(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404


def test_markup_in_data_stays_text_in_the_picture() -> None:
    svg = _client(hostile_state()).get("/pictures/neighbours/film/script-in-title.svg").text
    assert "<script>" not in svg
    assert "&lt;script&gt;alert" in svg
