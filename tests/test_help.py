"""``dockg help``: the reference topics shipped in the package, found by their files."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from dockg.cli import cli
from dockg.help_topics import find_topic, topics

DOCS = Path(__file__).resolve().parents[1] / "src" / "dockg" / "docs"


def test_every_markdown_file_is_a_topic_with_title_and_summary() -> None:
    found = topics()
    assert [t.name for t in found] == sorted(p.stem for p in DOCS.glob("*.md"))
    for topic in found:
        first, _, rest = topic.text.partition("\n")
        assert first == f"# {topic.title}", topic.name
        assert topic.summary and "\n" not in topic.summary, topic.name
        assert rest.lstrip("\n").startswith(topic.summary.split()[0]), topic.name


def test_help_lists_the_topics_with_their_summaries() -> None:
    done = CliRunner().invoke(cli, ["help"])
    assert done.exit_code == 0
    lines = done.output.splitlines()
    assert lines[0] == "Reference topics (dockg help TOPIC):"
    listed = {line.split()[0]: line.split(None, 1)[1] for line in lines[2:]}
    assert listed == {t.name: t.summary for t in topics()}


def test_help_topic_prints_the_file() -> None:
    done = CliRunner().invoke(cli, ["help", "commands"])
    assert done.exit_code == 0
    assert done.output == (DOCS / "commands.md").read_text(encoding="utf-8")
    assert find_topic("Commands.md").name == "commands"


def test_unknown_topic_exits_2_with_the_list() -> None:
    done = CliRunner().invoke(cli, ["help", "no-such-topic"])
    assert done.exit_code == 2
    assert "no help topic 'no-such-topic'" in done.output
    assert all(f"  {t.name}" in done.output for t in topics())
