"""The W3C SPARQL 1.1 Protocol test suite, read-only part, against a real ``dockg serve``.

``tests/fixtures/w3c-protocol/manifest.ttl`` is the suite's own manifest (see the README
there); each ``mf:ProtocolTest`` becomes one pytest case, its requests sent as written
(the manifest's ``/sparql/`` prefix replaced by the endpoint's path, as the manifest
says) and its ``ht:Response`` expectations checked: status class, result format and
ASK answer. The server holds the suite's three data graphs under their manifest names.

A test applies to a read-only endpoint unless one of its requests is an update the
manifest expects to succeed; those (``update_*``) are reported as not applicable. An
update the manifest expects to be refused still runs: the endpoint must refuse it.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

from conftest import TESTS
from dockg.project import Project
from dockg.store.oxigraph import load_directory
from server_support import ServerProcess, running_server

SUITE = TESTS / "fixtures" / "w3c-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
SPARQL_RESULTS = "{http://www.w3.org/2005/sparql-results#}"

#: The media types each ``mf:expectedFormat`` allows (SPARQL 1.1 Protocol, 2.1.5/2.1.6).
FORMAT_MEDIA = {
    "boolean": {"application/sparql-results+xml", "application/sparql-results+json"},
    "tabular": {
        "application/sparql-results+xml",
        "application/sparql-results+json",
        "text/csv",
        "text/tab-separated-values",
    },
    "RDF": {"application/rdf+xml", "text/turtle", "application/n-triples", "text/html"},
}


@dataclass(frozen=True)
class ProtocolRequest:
    """One ``ht:Request`` of a test, with its expected response."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: frozenset[int]  # acceptable status classes: 2, 3, 4, 5
    expected_format: str | None
    expected_boolean: bool | None

    @property
    def is_update(self) -> bool:
        """Whether the request asks for a SPARQL Update."""
        media = self.headers.get("content-type", "")
        fields = parse_qsl(urlsplit(self.path).query)
        if self.body is not None and media.startswith("application/x-www-form-urlencoded"):
            fields += parse_qsl(self.body.decode("utf-8", "replace"))
        names = {name for name, _ in fields}
        return media.startswith("application/sparql-update") or bool(
            names & {"update", "using-graph-uri", "using-named-graph-uri"}
        )


@dataclass(frozen=True)
class ProtocolTest:
    """One ``mf:ProtocolTest``: its name, requests and whether it applies."""

    name: str
    requests: tuple[ProtocolRequest, ...]

    @property
    def applies(self) -> bool:
        """False if it needs an update to succeed, which a read-only endpoint refuses."""
        return not any(r.is_update and 2 in r.statuses for r in self.requests)


def _request(manifest: Graph, node: URIRef) -> ProtocolRequest:
    headers: dict[str, str] = {}
    header_list = manifest.value(node, HT.headers)
    for header in Collection(manifest, header_list) if header_list is not None else ():
        name = str(manifest.value(header, HT.fieldName)).lower()
        headers[name] = str(manifest.value(header, HT.fieldValue))
    body_node = manifest.value(node, HT.body)
    body = None
    if body_node is not None:
        encoding = str(manifest.value(body_node, CNT.characterEncoding) or "UTF-8")
        body = str(manifest.value(body_node, CNT.chars)).encode(encoding)
    response = manifest.value(node, HT.resp)
    statuses = frozenset(
        int(str(code).rsplit("StatusCode", 1)[1][0])
        for code in manifest.objects(response, MF.expectedStatus)
    )
    fmt = manifest.value(response, MF.expectedFormat)
    boolean = manifest.value(response, MF.expectedBoolean)
    return ProtocolRequest(
        method=str(manifest.value(node, HT.methodName)),
        path=str(manifest.value(node, HT.absolutePath)),
        headers=headers,
        body=body,
        statuses=statuses,
        expected_format=None if fmt is None else str(fmt),
        expected_boolean=None if boolean is None else bool(boolean.toPython()),
    )


def read_manifest() -> tuple[list[ProtocolTest], dict[str, Path]]:
    """The manifest's tests in order, and every data graph: name → N-Triples file."""
    manifest = Graph().parse(SUITE / "manifest.ttl", publicID="https://w3c.test/protocol/")
    root = next(manifest.subjects(RDF.type, MF.Manifest))
    tests: list[ProtocolTest] = []
    graphs: dict[str, Path] = {}
    for entry in Collection(manifest, manifest.value(root, MF.entries)):
        for data in manifest.objects(entry, UT.graphData):
            file = Path(urlsplit(str(manifest.value(data, UT.graph))).path).name
            graphs[str(manifest.value(data, RDFS.label))] = SUITE / file
        action = manifest.value(entry, MF.action)
        requests = Collection(manifest, manifest.value(action, HT.requests))
        tests.append(
            ProtocolTest(
                name=str(entry).rsplit("#", 1)[1],
                requests=tuple(_request(manifest, node) for node in requests),
            )
        )
    return tests, graphs


TESTS_IN_SUITE, SUITE_GRAPHS = read_manifest()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    scratch = tmp_path_factory.mktemp("w3c-protocol")
    dump = scratch / "suite.nq"
    with dump.open("w", encoding="utf-8") as out:
        for name, file in SUITE_GRAPHS.items():
            for triple in file.read_text(encoding="utf-8").splitlines():
                if triple.strip():
                    out.write(f"{triple.rstrip().removesuffix('.').rstrip()} <{name}> .\n")
    load_directory(scratch / "store", Project.open(TESTS.parent), dump=dump)
    with running_server("--store", f"oxigraph:{scratch / 'store'}") as running:
        yield running


def _boolean(media: str, body: bytes) -> bool:
    if media == "application/sparql-results+json":
        return bool(json.loads(body)["boolean"])
    element = ET.fromstring(body).find(f"{SPARQL_RESULTS}boolean")
    assert element is not None, body
    return (element.text or "").strip() == "true"


def test_the_suite_is_read_whole() -> None:
    names = [test.name for test in TESTS_IN_SUITE]
    assert len(names) == 34 and "query_multiple_dataset" in names
    assert len(SUITE_GRAPHS) == 3
    not_applicable = sorted(t.name for t in TESTS_IN_SUITE if not t.applies)
    assert not_applicable == sorted(
        [
            "update_base_uri",
            "update_dataset_default_graph",
            "update_dataset_default_graphs",
            "update_dataset_full",
            "update_dataset_named_graphs",
            "update_post_direct",
            "update_post_form",
        ]
    )


@pytest.mark.parametrize(
    "test", [t for t in TESTS_IN_SUITE if t.applies], ids=lambda test: test.name
)
def test_w3c_protocol(server: ServerProcess, test: ProtocolTest) -> None:
    endpoint = urlsplit(server.sparql).path
    for request in test.requests:
        path = endpoint + request.path.removeprefix("/sparql/").removeprefix("/sparql")
        response = httpx.request(
            request.method,
            server.url.rstrip("/") + path,
            headers=request.headers,
            content=request.body,
            timeout=60,
        )
        assert response.status_code // 100 in request.statuses, (
            f"{request.method} {path}: {response.status_code} {response.text}"
        )
        media = response.headers.get("content-type", "").split(";")[0].strip()
        if request.expected_format is not None:
            assert media in FORMAT_MEDIA[request.expected_format], media
        if request.expected_boolean is not None:
            assert _boolean(media, response.content) is request.expected_boolean
