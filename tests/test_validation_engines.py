"""One engine everywhere, checked against the reference: the compiled engine on Oxigraph
gives pySHACL's results, field by field (and the same files), on the seed project, on the
fixtures and on their bad records (generated worlds: tests/test_shacl_compiled.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode

from conftest import BAD, MINI, TESTS
from dockg.loading import load_dataset
from dockg.materialize import materialize
from dockg.project import Project
from dockg.validation.reference import reference_validate
from dockg.validation.run import validate
from shacl_support import key


def _key(result) -> tuple:  # type: ignore[no-untyped-def]
    # Every property shape has an IRI, so both engines name the same source shape.
    assert not isinstance(result.shape, BNode), result
    return (*key(result), result.files)


CASES = {
    "seed": (TESTS.parent, ()),
    "mini": (MINI, ()),
    "mini + bad record": (MINI, (BAD / "bad-record.ttl",)),
    "seed + foreign archive": (
        TESTS.parent,
        (TESTS / "fixtures" / "foreign" / "archive-http.ttl",),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_compiled_engine_gives_pyshacls_report(case: str) -> None:
    root, extra = CASES[case]
    loaded = load_dataset(Project.open(root), extra_files=[Path(p) for p in extra])
    materialize(loaded)
    ours = validate(loaded)
    reference = reference_validate(loaded)
    # The engine also reports undeclared sources (a dockg check pySHACL does not know).
    ours_keys = {_key(r) for r in ours.results if "no-source-declared" not in r.component}
    assert ours_keys == {_key(r) for r in reference.results}
    assert len(ours_keys) == len(reference.results)
    if case == "mini + bad record":
        assert not ours.conforms and len(ours_keys) >= 2
