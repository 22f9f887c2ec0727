"""A saved HTML page as lines of text for the programme reader.

The page's main text is extracted with trafilatura (navigation, footers and scripts left
out, line structure kept); when trafilatura finds no main text, every text node is taken.
Lines are numbered in the extracted text, and the report's line numbers refer to it.
"""

from __future__ import annotations

from pathlib import Path

from dockg.errors import InputError
from dockg.ingest.text import Line


def html_text(markup: str) -> str:
    """The main text of an HTML page, one block per line."""
    import trafilatura  # heavy: imported only for HTML pages

    text = trafilatura.extract(
        markup,
        include_comments=False,
        include_tables=True,
        include_formatting=False,
        favor_recall=True,
        deduplicate=False,
    )
    if not text:
        from lxml import html

        tree = html.fromstring(markup)
        for bad in tree.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        text = "\n".join(t.strip() for t in tree.itertext() if t.strip())
    return text


def read_markup(path: Path, *, display: str) -> str:
    """The markup of a saved page.

    Raises:
        InputError: if the file cannot be read.
    """
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError as error:
        raise InputError(f"{display}: cannot read: {error.strerror or error}") from error


def html_language(markup: str) -> str | None:
    """The page's language as its ``<html lang="...">`` states it, or None."""
    from lxml import etree, html

    try:
        tree = html.fromstring(markup)
    except (etree.ParserError, ValueError):
        return None
    root = tree.getroottree().getroot()
    tag = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    return tag or None


def html_lines(path: Path, *, display: str) -> list[Line]:
    """Read a saved HTML page as numbered lines of its main text.

    Raises:
        InputError: if the file cannot be read.
    """
    text = html_text(read_markup(path, display=display))
    return [
        Line(number, raw.strip(), raw.rstrip("\r"))
        for number, raw in enumerate(text.split("\n"), start=1)
    ]
