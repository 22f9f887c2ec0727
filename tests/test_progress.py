"""Progress on standard error: drawn on a terminal, nothing in pipes and tests.

Terminal runs use a pseudo-terminal (:mod:`pty`) as standard error. The bars wait
:data:`dockg.progress.DELAY` seconds before they appear; the tests that drive real work
set it to 0 so that small inputs draw too. No assertion is about time.
"""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
import termios
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from dockg import progress as progress_module
from dockg.cli import cli
from dockg.errors import InputError
from dockg.ingest.csv_import import build_graph
from dockg.ingest.mapping import load_mapping, project_terms
from dockg.progress import enabled, progress, track
from dockg.project import Project
from dockg.store.oxigraph import OxigraphStore
from oxigraph_server import OxigraphServer, running_server

ROOT = Path(__file__).resolve().parents[1]
CSV = Path(__file__).resolve().parent / "fixtures" / "csv"
MAPPING = ROOT / "data" / "mappings" / "cannes-competition.toml"


def _run(args: list[str], *, terminal: bool) -> tuple[int, str, str]:
    """Run a process with standard error on a pseudo-terminal (or a pipe).

    Returns:
        Exit code, standard output (always a pipe) and standard error.
    """
    env = {key: value for key, value in os.environ.items() if key != "DOCKG_PROGRESS"}
    if not terminal:
        process = subprocess.run(args, capture_output=True, env=env, timeout=600, check=False)
        return process.returncode, process.stdout.decode(), process.stderr.decode()
    controller, terminal_end = pty.openpty()
    # a new pseudo-terminal has 0 rows and 0 columns: size it like a terminal window
    termios.tcsetwinsize(terminal_end, (24, 80))
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=terminal_end, env=env)
    os.close(terminal_end)
    drawn = bytearray()

    def drain() -> None:  # read as it comes: a full terminal buffer would block the child
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # EIO: the child closed its end
                return
            if not chunk:
                return
            drawn.extend(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    stdout, _ = child.communicate(timeout=600)
    reader.join(timeout=600)
    os.close(controller)
    return child.returncode, stdout.decode(), drawn.decode(errors="replace")


# The progress API on its own: a step of four units, slower than DELAY in all.
_STEPS = """
import time
from dockg.progress import progress
with progress("working", total=4, unit="step") as shown:
    for _ in range(4):
        time.sleep(0.3)
        shown.advance()
print("done")
"""


def test_a_terminal_sees_the_bar_and_a_pipe_nothing() -> None:
    code, stdout, stderr = _run([sys.executable, "-c", _STEPS], terminal=True)
    assert (code, stdout) == (0, "done\n")
    # the bar appears after DELAY, then at each step: each sleep outlasts tqdm's interval
    assert "working:  50%|" in stderr
    assert "| 2/4 [" in stderr
    assert "| 4/4 [" in stderr
    assert "step/s]" in stderr
    assert _run([sys.executable, "-c", _STEPS], terminal=False) == (0, "done\n", "")


# A step that counts nothing: the line keeps its elapsed time moving while it runs. On a
# terminal the step lasts until it has been drawn twice, however late the redraws come.
_OPAQUE = """
import sys, time

class Seen:
    def __init__(self, stream):
        self.stream, self.text = stream, ""
    def write(self, text):
        self.text += text
        return self.stream.write(text)
    def __getattr__(self, name):
        return getattr(self.stream, name)

sys.stderr = seen = Seen(sys.stderr)
from dockg.progress import enabled, working
with working("thinking"):
    if enabled():
        while seen.text.count("thinking: 00:") < 2:
            time.sleep(0.05)
    else:
        time.sleep(1.0)
print("done")
"""


def test_a_step_that_counts_nothing_still_shows_it_runs() -> None:
    code, stdout, stderr = _run([sys.executable, "-c", _OPAQUE], terminal=True)
    assert (code, stdout) == (0, "done\n")
    # drawn after DELAY with nothing counted, then again every TICK
    assert stderr.count("thinking: 00:") >= 2
    assert _run([sys.executable, "-c", _OPAQUE], terminal=False) == (0, "done\n", "")


# ``dockg ARGS`` with the bars shown at once, so that a small world draws one too.
_DOCKG_AT_ONCE = (
    "import sys; import dockg.progress; dockg.progress.DELAY = 0; "
    "from dockg.cli import cli; cli(sys.argv[1:], prog_name='dockg')"
)


def test_synth_shows_progress_on_a_terminal_only(tmp_path: Path) -> None:
    command = [sys.executable, "-c", _DOCKG_AT_ONCE, "--project", str(ROOT), "synth"]
    command += ["--triples", "3000", "--out"]
    on_terminal = _run([*command, str(tmp_path / "a.nq")], terminal=True)
    in_pipe = _run([*command, str(tmp_path / "b.nq")], terminal=False)
    assert in_pipe[0] == on_terminal[0] == 0
    assert "generating a.nq" in on_terminal[2]
    assert "quad" in on_terminal[2]
    assert in_pipe[2] == ""
    assert on_terminal[1] == in_pipe[1].replace("b.nq", "a.nq")
    assert (tmp_path / "a.nq").read_bytes() == (tmp_path / "b.nq").read_bytes()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> None:
    """Draw bars in this process, at once, on whatever standard error is."""
    monkeypatch.setenv("DOCKG_PROGRESS", "1")
    monkeypatch.setattr(progress_module, "DELAY", 0)


class _Stream(io.StringIO):
    def __init__(self, *, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("setting", "tty", "expected"),
    [
        (None, True, True),
        (None, False, False),
        ("0", True, False),
        ("1", False, True),
        ("", True, True),
    ],
)
def test_enabled_follows_the_terminal_and_the_setting(
    monkeypatch: pytest.MonkeyPatch, setting: str | None, tty: bool, expected: bool
) -> None:
    if setting is None:
        monkeypatch.delenv("DOCKG_PROGRESS", raising=False)
    else:
        monkeypatch.setenv("DOCKG_PROGRESS", setting)
    monkeypatch.setattr(sys, "stderr", _Stream(tty=tty))
    assert enabled() is expected


def test_nothing_is_drawn_or_imported_when_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKG_PROGRESS", "0")
    stream = _Stream(tty=True)
    monkeypatch.setattr(sys, "stderr", stream)
    items = [1, 2, 3]
    assert list(track(items, "counting")) == items
    with progress("working", total=2) as bar:
        bar.advance(2)
    assert stream.getvalue() == ""


def test_track_gives_the_same_items_and_counts_them(
    shown: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert list(track(iter("abc"), "letters", unit="letter")) == ["a", "b", "c"]
    assert list(track(["x", "y"], "list")) == ["x", "y"]
    drawn = capsys.readouterr().err
    assert "letters: 0letter [" in drawn  # no total: a count and a rate
    assert "list:   0%|" in drawn  # a sized iterable: its length is the total
    assert "| 0/2 [" in drawn


def test_a_bar_ends_with_the_error_of_its_step(shown: None) -> None:
    def failing() -> Iterator[int]:
        yield 1
        raise InputError("data.csv, line 2: unreadable")

    with pytest.raises(InputError, match="line 2"):
        list(track(failing(), "reading"))


def test_csv_rows_are_counted(shown: None, capsys: pytest.CaptureFixture[str]) -> None:
    mapping = load_mapping(MAPPING, project_terms(Project.open(ROOT)))
    built = build_graph(CSV / "films-small.csv", mapping)
    assert built.rows == 9
    assert "reading films-small.csv: 0row [" in capsys.readouterr().err


def test_loading_a_project_counts_its_files(
    shown: None, capsys: pytest.CaptureFixture[str], mini_project: Project
) -> None:
    summary = OxigraphStore().load_project(mini_project)
    drawn = capsys.readouterr().err
    files = len(mini_project.graph_files)
    assert f"loading files:   0%|          | 0/{files} [" in drawn
    assert "adding the schema.org view: 00:00" in drawn
    assert "filling the union graph: 00:00" in drawn
    assert summary.graphs == 3


_QUADS = (
    '<http://example.org/a> <http://example.org/p> "x" <http://example.org/g> .\n'
    "<http://example.org/a> <http://example.org/p> <http://example.org/b> "
    "<http://example.org/g> .\n"
)


def test_loading_a_dump_counts_its_bytes_and_loads_the_same(
    shown: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    dump = tmp_path / "world.nq"
    dump.write_text(_QUADS, encoding="utf-8")
    summary = OxigraphStore().load_dump(dump)
    drawn = capsys.readouterr().err
    assert f"loading world.nq:   0%|          | 0.00/{len(_QUADS)} [" in drawn
    assert (summary.graphs, summary.quads) == (1, 2)


def test_a_bad_dump_is_refused_with_the_same_message_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dump = tmp_path / "bad.nq"
    dump.write_text(_QUADS + '<http://example.org/a> <http://example.org/p> "x\n')
    messages = []
    for setting in ("0", "1"):
        monkeypatch.setenv("DOCKG_PROGRESS", setting)
        with pytest.raises(InputError) as refused:
            OxigraphStore().load_dump(dump)
        messages.append(refused.value.message)
    assert messages[0] == messages[1]
    assert messages[0].startswith(f"{dump}: Parser error ")
    assert messages[0].endswith("(bad.nq, line 3)")


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[OxigraphServer]:
    yield from running_server(tmp_path)


def test_push_counts_the_triples_sent(
    shown: None, oxigraph_server: OxigraphServer, mini_project_dir: Path
) -> None:
    result = CliRunner().invoke(
        cli, ["--project", str(mini_project_dir), "push", "--store", oxigraph_server.spec]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("pushed 3 graphs, ")
    assert "pushing:   0%|          | 0/112 [" in result.stderr  # the mini project's triples
