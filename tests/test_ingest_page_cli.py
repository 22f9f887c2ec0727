"""``dockg ingest page`` as a user runs it: output, exit codes, and nothing lost on failure."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Literal

from conftest import Run
from dockg.namespaces import DOCKG, SDO, XSD
from ingest_page_support import PAGES, PROGRAMME_SEED, data_snapshot, seed_project_copy, turtle

IMPORTED = Path("data/imported/page-003-81ffafb90c654928.ttl")


def test_import_prints_path_and_summary_and_the_next_build_includes_it(
    tmp_path: Path, dockg: Callable[..., Run]
) -> None:
    root = seed_project_copy(tmp_path / "seed")
    run = dockg(
        "ingest",
        "page",
        PROGRAMME_SEED,
        "--source-url",
        "https://example.org/sidof/heart-of-snow-afterlife",
        "--captured",
        "2019-03-20",
        cwd=root,
    )
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith(f"wrote {IMPORTED.as_posix()} (")
    assert lines[1:4] == ["graph graph:page-003-81ffafb90c654928", "added 0", "merged 7"]
    assert lines[-1] == "not parsed 0"
    graph = turtle(root / IMPORTED)
    assert Literal("2019-03-20", datatype=XSD.date) in set(graph.objects(None, DOCKG.capturedOn))
    built = dockg("build", cwd=root)
    assert built.code == 0, built.stderr
    assert "graph:page-003-81ffafb90c654928" in built.stdout


def test_dry_run_shows_the_turtle_and_writes_nothing(
    tmp_path: Path, dockg: Callable[..., Run]
) -> None:
    root = seed_project_copy(tmp_path / "seed")
    before = data_snapshot(root)
    run = dockg(
        "--project", root, "ingest", "page", PAGES / "pipe-header-premiere.txt", "--dry-run"
    )
    assert run.code == 0, run.stderr
    assert run.stdout.startswith("dry run: would write ")
    assert "film:the-salt-road-ledger a dockg:DocumentaryFilm" in run.stdout
    assert data_snapshot(root) == before


def test_page_matching_no_layout_exits_2_and_writes_nothing(
    tmp_path: Path, dockg: Callable[..., Run]
) -> None:
    root = seed_project_copy(tmp_path / "seed")
    before = data_snapshot(root)
    page = tmp_path / "no-layout.txt"
    shutil.copy(PAGES / "no-layout.txt", page)
    run = dockg("--project", "seed", "ingest", "page", "no-layout.txt", cwd=tmp_path)
    assert run.code == 2
    assert run.stdout == ""
    assert run.stderr.startswith("dockg: error: no-layout.txt: matches no known page layout: ")
    assert "nothing written" in run.stderr and "Traceback" not in run.stderr
    assert data_snapshot(root) == before


def test_a_page_whose_films_have_no_romanized_title_exits_2_and_writes_nothing(
    tmp_path: Path, dockg: Callable[..., Run]
) -> None:
    # Cyrillic titles over stacked fields (a Belgrade cultural centre's day page, its prose
    # written for the test): read as films, and no IRI can be made from their titles
    root = seed_project_copy(tmp_path / "seed")
    before = data_snapshot(root)
    (tmp_path / "cyrillic.txt").write_text(
        "⇒ 15:30\nСлани путеви\nЛибан | 2023 | 94′\n"
        "Категорија: Међународни такмичарски програм\nРедитељ: Ana Lee\n"
        "Измишљена реченица о путу кроз слана поља, написана за овај тест.\n"
        "⇒ 17:30\nЛука ноћу\nЛибан | 2022 | 80′\n"
        "Категорија: Међународни такмичарски програм\nРедитељ: Tom Ito\n"
        "Измишљена реченица о луци ноћу, о бродовима и људима који тамо раде.\n",
        encoding="utf-8",
    )
    run = dockg("--project", "seed", "ingest", "page", "cyrillic.txt", cwd=tmp_path)
    assert run.code == 2, run.stdout
    assert run.stderr.startswith("dockg: error: cyrillic.txt: films found, but none could be")
    assert "no romanized title for 'Лука ноћу'" in run.stderr
    assert "nothing written" in run.stderr and "Traceback" not in run.stderr
    assert data_snapshot(root) == before


def test_a_failed_reimport_keeps_the_earlier_import(
    tmp_path: Path, dockg: Callable[..., Run]
) -> None:
    root = seed_project_copy(tmp_path / "seed")
    page = tmp_path / "page.txt"
    shutil.copy(PAGES / "pipe-header-premiere.txt", page)
    assert dockg("--project", root, "ingest", "page", page).code == 0
    before = data_snapshot(root)
    assert "imported/page-page.ttl" in before
    # The same file, recaptured badly: nothing of the earlier import may be lost.
    shutil.copy(PAGES / "no-layout.txt", page)
    run = dockg("--project", root, "ingest", "page", page)
    assert run.code == 2
    assert data_snapshot(root) == before


def test_partial_page_lists_unparsed_lines_with_numbers(
    tmp_path: Path, dockg: Callable[..., Run]
) -> None:
    root = seed_project_copy(tmp_path / "seed")
    run = dockg("--project", root, "ingest", "page", PAGES / "directed-by-partial.txt")
    assert run.code == 0, run.stderr
    tail = run.stdout.splitlines()[-5:]
    assert tail == [
        "not parsed 4",
        "  6: festival selection not recorded: no festival named",
        "  7: schedule row not imported: 2014-10-08 is a Wednesday, not Mon",
        "  8: Tickets ~ sold out ~ ask at the counter",
        "  14: Gaffer     Noh Sera",
    ]


def test_bad_options_and_unreadable_files_exit_2(tmp_path: Path, dockg: Callable[..., Run]) -> None:
    root = seed_project_copy(tmp_path / "seed")
    bad_date = dockg(
        "--project", root, "ingest", "page", PROGRAMME_SEED, "--captured", "20/03/2019"
    )
    assert bad_date.code == 2
    assert bad_date.stderr == (
        "dockg: error: --captured must be a date like 2019-03-01, not '20/03/2019'\n"
    )
    bad_url = dockg("--project", root, "ingest", "page", PROGRAMME_SEED, "--source-url", "sidof")
    assert bad_url.code == 2
    assert "--source-url must be an http(s) address" in bad_url.stderr
    binary = tmp_path / "page.txt"
    binary.write_bytes(b"\xff\xfe\x00broken")
    not_text = dockg("--project", root, "ingest", "page", binary)
    assert not_text.code == 2
    assert "page.txt: not UTF-8 text" in not_text.stderr
    missing = dockg("--project", root, "ingest", "page", tmp_path / "missing.txt")
    assert missing.code == 2
    assert "missing.txt: cannot read" in missing.stderr


def test_utc_offset_sets_the_screening_times_and_is_checked(
    tmp_path: Path, dockg: Callable[..., Run]
) -> None:
    root = seed_project_copy(tmp_path / "seed")
    page = PAGES / "pipe-header-premiere.txt"
    run = dockg("--project", root, "ingest", "page", page, "--utc-offset", "-05:00")
    assert run.code == 0, run.stderr
    graph = turtle(root / "data" / "imported" / "page-pipe-header-premiere.ttl")
    starts = sorted(str(o) for o in graph.objects(None, SDO.startDate) if "T" in str(o))
    assert starts == ["2020-09-18T16:00:00-05:00", "2020-09-20T10:30:00-05:00"]
    bad = dockg("--project", root, "ingest", "page", page, "--utc-offset", "9")
    assert bad.code == 2
    assert bad.stderr.endswith("not a UTC offset: '9' (write it like +09:00)\n")


@pytest.mark.parametrize("offset", ["+25:00", "-13:00", "+09:75"])
def test_an_offset_out_of_range_blames_the_option_not_the_page(
    tmp_path: Path, dockg: Callable[..., Run], offset: str
) -> None:
    """Regression: +25:00 printed Python's timedelta internals, prefixed by the page file."""
    root = seed_project_copy(tmp_path / "seed")
    bad = dockg(
        "--project",
        root,
        "ingest",
        "page",
        PAGES / "pipe-header-premiere.txt",
        "--utc-offset",
        offset,
    )
    assert (bad.code, bad.stdout) == (2, "")
    assert bad.stderr == (
        f"dockg: error: --utc-offset: not a UTC offset: {offset!r} (offsets run from -12:00 "
        "to +14:00, minutes below 60; write it like +09:00)\n"
    )
    assert not (root / "data" / "imported").exists()


def test_a_graph_name_taken_by_another_file_is_refused(
    tmp_path: Path, dockg: Callable[..., Run]
) -> None:
    root = seed_project_copy(tmp_path / "seed")
    page = tmp_path / "page.txt"
    shutil.copy(PAGES / "pipe-header-premiere.txt", page)
    assert dockg("--project", root, "ingest", "page", page).code == 0
    taken = root / "data" / "imported" / "page-page.ttl"
    taken.rename(root / "data" / "sources" / "moved-by-hand.ttl")
    before = data_snapshot(root)
    run = dockg("--project", root, "ingest", "page", page)
    assert run.code == 2
    assert run.stderr == (
        "dockg: error: graph graph:page-page is already declared by "
        "data/sources/moved-by-hand.ttl; import this source under another --slug\n"
    )
    assert data_snapshot(root) == before
    renamed = dockg("--project", root, "ingest", "page", page, "--slug", "Salt Road 2020")
    assert renamed.code == 0, renamed.stderr
    assert renamed.stdout.startswith(f"wrote {root / 'data/imported/salt-road-2020.ttl'} (")


def test_festival_option_by_iri_must_name_a_known_festival(
    tmp_path: Path, dockg: Callable[..., Run]
) -> None:
    root = seed_project_copy(tmp_path / "seed")
    page = PAGES / "directed-by-partial.txt"
    known = dockg(
        "--project",
        root,
        "ingest",
        "page",
        page,
        "--festival",
        "festival:busan-international-film-festival",
    )
    assert known.code == 0, known.stderr
    assert "  6: festival selection not recorded" not in known.stdout
    unknown = dockg("--project", root, "ingest", "page", page, "--festival", "festival:nowhere")
    assert unknown.code == 2
    assert unknown.stderr.endswith(
        "--festival festival:nowhere: the project has no festival with this IRI\n"
    )
