"""The reference shipped with the package: one Markdown file per topic, read offline.

``dockg help`` lists the files of ``src/dockg/docs/`` and ``dockg help TOPIC`` prints
one, as ``git help`` does. Topics are discovered, not listed in code: an engineer adds a
feature's reference by dropping ``<topic>.md`` into the folder. Each file starts with
``# Title``; its second paragraph is the one-line summary the listing shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable

from dockg.errors import UsageError

_DOCS = "docs"


@dataclass(frozen=True)
class Topic:
    """One reference topic.

    Attributes:
        name: the file name without ``.md``, what ``dockg help NAME`` takes.
        title: the text of the first line, without ``#``.
        summary: the second paragraph, on one line.
        text: the whole file.
    """

    name: str
    title: str
    summary: str
    text: str


def _read(entry: Traversable) -> Topic:
    text = entry.read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    title = paragraphs[0].removeprefix("#").strip() if paragraphs else entry.name
    summary = " ".join(paragraphs[1].split()) if len(paragraphs) > 1 else ""
    return Topic(entry.name.removesuffix(".md"), title, summary, text)


def topics() -> list[Topic]:
    """Every topic shipped with the package, sorted by name.

    Returns:
        The topics of ``dockg/docs/*.md``.
    """
    folder = files("dockg").joinpath(_DOCS)
    if not folder.is_dir():
        return []
    entries = [e for e in folder.iterdir() if e.name.endswith(".md") and e.is_file()]
    return [_read(e) for e in sorted(entries, key=lambda e: e.name)]


def format_topic_list(found: list[Topic]) -> str:
    """The listing ``dockg help`` prints: each topic's name and summary.

    Args:
        found: the topics.

    Returns:
        A usage line, then one line per topic, ending in a newline.
    """
    width = max((len(t.name) for t in found), default=0)
    lines = ["Reference topics (dockg help TOPIC):", ""]
    lines.extend(f"  {t.name.ljust(width)}  {t.summary}".rstrip() for t in found)
    return "\n".join(lines) + "\n"


def find_topic(name: str) -> Topic:
    """The topic called ``name``.

    Args:
        name: a topic name, with or without ``.md``.

    Returns:
        The topic.

    Raises:
        UsageError: if there is no such topic; the message lists those there are.
    """
    found = topics()
    wanted = name.removesuffix(".md").casefold()
    for topic in found:
        if topic.name.casefold() == wanted:
            return topic
    raise UsageError(f"no help topic {name!r}\n\n{format_topic_list(found)}".rstrip("\n"))
