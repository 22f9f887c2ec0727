"""Pictures of neighbourhoods and timelines, drawn with matplotlib (PNG or SVG).

Neighbourhoods use the Kamada–Kawai layout (distances on the page follow path lengths,
so rings around the centre stay apart instead of collapsing into a hairball), nodes
coloured by class with a legend, and each link labelled with how it reads. SVG keeps
its text as ``<text>`` elements (``svg.fonttype = "none"``), so labels stay searchable.
Pictures are written atomically.
"""

from __future__ import annotations

import io
import math
import textwrap
from enum import StrEnum
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display: files only

import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from dockg.atomic import write_atomic
from dockg.explore.neighbours import Neighbourhood
from dockg.explore.timeline import Timeline
from dockg.readable import plural

_STYLE: dict[str, Any] = {"svg.fonttype": "none", "font.family": "DejaVu Sans", "font.size": 9}
_PALETTE: list[Any] = list(plt.get_cmap("tab20").colors)  # type: ignore[attr-defined]


class PictureFormat(StrEnum):
    """The picture formats dockg draws."""

    PNG = "png"
    SVG = "svg"


def _wrap(text: str, width: int = 22) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _render(figure: Figure, fmt: PictureFormat) -> bytes:
    buffer = io.BytesIO()
    # The SVG date stamp would make every run differ; PNG metadata likewise.
    metadata = {"Date": None} if fmt is PictureFormat.SVG else {"Software": None}
    figure.savefig(buffer, format=fmt.value, dpi=150, bbox_inches="tight", metadata=metadata)
    plt.close(figure)
    return buffer.getvalue()


def _colours(classes: list[str]) -> dict[str, Any]:
    return {c: _PALETTE[i % len(_PALETTE)] for i, c in enumerate(sorted(set(classes)))}


def render_neighbourhood(found: Neighbourhood, *, fmt: PictureFormat) -> bytes:
    """Draw a neighbourhood: nodes by class, links labelled, the centre emphasized.

    Args:
        found: the neighbourhood.
        fmt: PNG or SVG.

    Returns:
        The picture's bytes.
    """
    graph = found.graph
    simple = nx.Graph(graph)
    n = simple.number_of_nodes()
    classes = {node: data["class_label"] for node, data in graph.nodes(data=True)}
    colour = _colours(list(classes.values()))
    layout = (
        nx.kamada_kawai_layout(simple) if n > 2 else nx.circular_layout(simple)  # KK needs 3+
    )
    side = max(8.0, 2.4 * math.sqrt(n))
    with plt.rc_context(_STYLE):  # type: ignore[arg-type]
        figure, axes = plt.subplots(figsize=(side * 1.25, side))
        nx.draw_networkx_edges(simple, layout, ax=axes, edge_color="#9a9a9a", width=1.0)
        sizes = [900 if node == found.centre else 320 for node in simple]
        nx.draw_networkx_nodes(
            simple,
            layout,
            ax=axes,
            node_color=[colour[classes[node]] for node in simple],
            node_size=sizes,
            edgecolors=["black" if node == found.centre else "white" for node in simple],
            linewidths=1.5,
        )
        edge_labels = {}
        for a, b in simple.edges():
            words = []
            for source, target, data in graph.edges([a, b], data=True):
                if {source, target} == {a, b} and data["label"] not in words:
                    words.append(str(data["label"]))
            edge_labels[(a, b)] = _wrap(", ".join(words[:2]) + ("…" if len(words) > 2 else ""))
        nx.draw_networkx_edge_labels(
            simple,
            layout,
            edge_labels=edge_labels,
            ax=axes,
            font_size=6.5,
            font_color="#404040",
            bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7},
            rotate=False,
        )
        for node, (x, y) in layout.items():
            is_centre = node == found.centre
            axes.annotate(
                _wrap(graph.nodes[node]["label"]),
                (x, y),
                xytext=(0, 11 if is_centre else 8),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=10 if is_centre else 7.5,
                fontweight="bold" if is_centre else "normal",
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
            )
        legend = [Patch(facecolor=colour[c], label=c) for c in sorted(colour)]
        axes.legend(handles=legend, title="class", loc="upper left", bbox_to_anchor=(1.0, 1.0))
        label = found.projection.vocabulary.label(found.centre)
        axes.set_title(
            f"{label}: {plural(n - 1, 'entity', 'entities')} within {plural(found.depth, 'step')} "
            f"({found.projection.spec.name} projection)",
            fontsize=12,
        )
        axes.margins(0.08)
        axes.set_axis_off()
        return _render(figure, fmt)


def render_timeline(timeline: Timeline, *, fmt: PictureFormat) -> bytes:
    """Draw a timeline: events as spans above, films below, linked with the gap in years.

    Selections are drawn as triangles and screenings as bars on each film's line.

    Returns:
        The picture's bytes.
    """
    films = timeline.films
    events: dict[str, tuple[str, int, int]] = {}
    for entry in films:
        for event in entry.events:
            events[event.event] = (event.label, event.start, event.end)
    ordered_events = sorted(events.items(), key=lambda item: (item[1][1], item[1][2], item[0]))
    event_row = {iri: i for i, (iri, _) in enumerate(ordered_events)}
    film_row = {entry.film: len(events) + 1 + i for i, entry in enumerate(films)}
    rows = len(events) + 1 + len(films)
    years = [e.year for e in films] + [y for _, s, e in events.values() for y in (s, e)]
    years += [m.year for entry in films for m in entry.marks]
    low, high = min(years), max(years)
    with plt.rc_context(_STYLE):  # type: ignore[arg-type]
        figure, axes = plt.subplots(figsize=(12, max(3.0, 0.45 * rows + 1.5)))
        for iri, (label, start, end) in ordered_events:
            y = event_row[iri]
            axes.barh(
                y,
                max(end - start, 0.6),
                left=start - (0.3 if start == end else 0),
                height=0.5,
                color="#e8a33d",
                alpha=0.85,
            )
            axes.annotate(
                f"{label} ({start}–{end})" if start != end else f"{label} ({start})",
                (start, y),
                xytext=(-6, 0),
                textcoords="offset points",
                ha="right",
                va="center",
                fontsize=8,
            )
        for entry in films:
            y = film_row[entry.film]
            axes.axhline(y, color="#eeeeee", zorder=0)
            axes.plot([entry.year], [y], "o", color="#2f6db5", markersize=8, zorder=3)
            title = entry.label + (
                f" (also {', '.join(map(str, entry.other_years))})" if entry.other_years else ""
            )
            axes.annotate(
                f"{title} ({entry.year})",
                (entry.year, y),
                xytext=(-8, 0),
                textcoords="offset points",
                ha="right",
                va="center",
                fontsize=8,
                fontweight="bold",
            )
            for event in entry.events:
                ey = event_row[event.event]
                axes.plot(
                    [event.end, entry.year], [ey, y], color="#2f6db5", alpha=0.45, linewidth=1
                )
                gap = entry.gap(event)
                # Near the event's end, where the lines from one film still fan out.
                at = (event.end + 0.25 * (entry.year - event.end), ey + 0.25 * (y - ey))
                axes.annotate(
                    f"{gap:+d} y",
                    at,
                    fontsize=7,
                    color="#2f6db5",
                    ha="center",
                    va="center",
                    bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none"},
                )
            for mark in entry.marks:
                style = "^" if mark.kind == "selection" else "|"
                colour = "#3a9a4a" if mark.kind == "selection" else "#b53a3a"
                axes.plot(
                    [mark.position],
                    [y],
                    style,
                    color=colour,
                    markersize=8,
                    markeredgewidth=2,
                    zorder=4,
                )
        axes.set_yticks([])
        axes.set_ylim(rows, -1)
        span = max(high - low, 10)
        axes.set_xlim(low - span * 0.55, high + span * 0.05)
        axes.set_xlabel("year")
        axes.grid(axis="x", color="#dddddd")
        axes.spines[["left", "right", "top"]].set_visible(False)
        legend = [
            Patch(facecolor="#e8a33d", label="historical event (span)"),
            Line2D([], [], marker="o", color="#2f6db5", linestyle="", label="film"),
            Line2D([], [], color="#2f6db5", alpha=0.45, label="deals with (+years to the film)"),
            Line2D([], [], marker="^", color="#3a9a4a", linestyle="", label="festival selection"),
            Line2D(
                [],
                [],
                marker="|",
                color="#b53a3a",
                linestyle="",
                markeredgewidth=2,
                label="screening",
            ),
        ]
        axes.legend(handles=legend, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
        scope = f" {timeline.scope}" if timeline.scope else ""
        axes.set_title(f"Films{scope} and the histories they tell", fontsize=12)
        return _render(figure, fmt)


def draw_neighbourhood(found: Neighbourhood, output: Path, *, fmt: PictureFormat) -> None:
    """Draw a neighbourhood into a file, atomically (see :func:`render_neighbourhood`).

    Raises:
        OutputError: if the file cannot be written.
    """
    write_atomic(output, render_neighbourhood(found, fmt=fmt))


def draw_timeline(timeline: Timeline, output: Path, *, fmt: PictureFormat) -> None:
    """Draw a timeline into a file, atomically (see :func:`render_timeline`).

    Raises:
        OutputError: if the file cannot be written.
    """
    write_atomic(output, render_timeline(timeline, fmt=fmt))
