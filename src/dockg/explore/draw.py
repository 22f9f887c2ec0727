"""Pictures of neighbourhoods and timelines, drawn with matplotlib (PNG or SVG).

Neighbourhoods use the Kamada–Kawai layout (distances on the page follow path lengths,
so rings around the centre stay apart instead of collapsing into a hairball), nodes
coloured by class with a legend, and each link labelled with how it reads. SVG keeps
its text as ``<text>`` elements (``svg.fonttype = "none"``), so labels stay searchable.
Pictures are written atomically.
"""

from __future__ import annotations

import io
import itertools
import math
import textwrap
from collections.abc import Sequence
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
from matplotlib.ticker import MaxNLocator

from dockg.atomic import write_atomic
from dockg.explore.neighbours import Neighbourhood
from dockg.explore.timeline import Timeline
from dockg.prefixes import compact_iri
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


def _picture_label(node: str, data: dict[str, Any]) -> str:
    """A node's name; an entity with none (a screening, a contact point) is called by
    its class, not by its identifier."""
    label = str(data["label"])
    if label == compact_iri(node) and data.get("class_label"):
        return str(data["class_label"]).capitalize()
    return label


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
                _wrap(_picture_label(node, graph.nodes[node])),
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


#: Two groups of years further apart than this (and than most of the span) are drawn on
#: a broken axis, so far events do not squeeze the films into one spot.
BREAK_YEARS = 30


def axis_ranges(years: Sequence[int]) -> list[tuple[int, int]]:
    """The ranges of years a timeline's axis shows: one, or two around a break.

    Args:
        years: every year drawn (films, event starts and ends, selections, screenings).

    Returns:
        ``[(low, high)]``, or ``[(low, a), (b, high)]`` when the widest gap between two
        consecutive years is at least :data:`BREAK_YEARS` and more than 40% of the span.
    """
    distinct = sorted(set(years))
    low, high = distinct[0], distinct[-1]
    gaps = [(b - a, i) for i, (a, b) in enumerate(itertools.pairwise(distinct))]
    if gaps:
        gap, at = max(gaps)
        if gap >= BREAK_YEARS and gap > 0.4 * (high - low):
            return [(low, distinct[at]), (distinct[at + 1], high)]
    return [(low, high)]


def _limits(low: int, high: int) -> tuple[float, float]:
    # Room on the left for the labels, which sit left of their points.
    span = max(high - low, 10)
    return low - span * 0.55, high + max(span * 0.05, 1.0)


def film_title(label: str, year: int, other_years: Sequence[int]) -> str:
    """A film's label on a timeline: ``Heart of Snow: afterlife (2016; also dated 2018)``."""
    also = f"; also dated {', '.join(map(str, other_years))}" if other_years else ""
    return f"{label} ({year}{also})"


def render_timeline(timeline: Timeline, *, fmt: PictureFormat) -> bytes:
    """Draw a timeline: events as spans above, films below, linked with the gap in years.

    Selections are drawn as triangles and screenings as bars on each film's line. When
    the events lie far before the films, the axis is broken in two (each part scaled to
    what it shows) instead of crowding every film into one spot.

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
    ranges = axis_ranges(years)
    limits = [_limits(low, high) for low, high in ranges]
    widths = [max(hi - lo, 1.0) for lo, hi in limits]
    widths = [max(w, 0.35 * sum(widths)) for w in widths]

    def visible(x: float) -> bool:
        return any(lo <= x <= hi for lo, hi in limits)

    with plt.rc_context(_STYLE):  # type: ignore[arg-type]
        figure, panes = plt.subplots(
            1,
            len(ranges),
            figsize=(12, max(3.0, 0.45 * rows + 1.5)),
            sharey=True,
            squeeze=False,
            gridspec_kw={"width_ratios": widths, "wspace": 0.04},
        )
        all_axes = list(panes[0])
        for axes in all_axes:  # each part draws everything; what falls outside is clipped
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
                    annotation_clip=True,
                )
            for entry in films:
                y = film_row[entry.film]
                axes.axhline(y, color="#eeeeee", zorder=0)
                axes.plot([entry.year], [y], "o", color="#2f6db5", markersize=8, zorder=3)
                axes.annotate(
                    film_title(entry.label, entry.year, entry.other_years),
                    (entry.year, y),
                    xytext=(-8, 0),
                    textcoords="offset points",
                    ha="right",
                    va="center",
                    fontsize=8,
                    fontweight="bold",
                    annotation_clip=True,
                )
                for event in entry.events:
                    ey = event_row[event.event]
                    axes.plot(
                        [event.end, entry.year], [ey, y], color="#2f6db5", alpha=0.45, linewidth=1
                    )
                    # Near the event's end, where the lines from one film still fan out
                    # (before the break, when the line crosses one).
                    share = 0.25
                    if not visible(event.end + share * (entry.year - event.end)):
                        edge = next(hi for lo, hi in limits if lo <= event.end <= hi)
                        share = 0.5 * (edge - event.end) / max(entry.year - event.end, 1)
                    at = (
                        event.end + share * (entry.year - event.end),
                        ey + share * (y - ey),
                    )
                    axes.annotate(
                        f"{entry.gap(event):+d} y",
                        at,
                        fontsize=7,
                        color="#2f6db5",
                        ha="center",
                        va="center",
                        bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none"},
                        annotation_clip=True,
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
        for axes, (lo, hi) in zip(all_axes, limits, strict=True):
            axes.set_xlim(lo, hi)
            axes.set_yticks([])
            axes.set_ylim(rows, -1)
            axes.grid(axis="x", color="#dddddd")
            axes.spines[["left", "right", "top"]].set_visible(False)
            axes.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
        if len(all_axes) == 2:  # the break: two slanted strokes on the axis line
            for axes, x in ((all_axes[0], 1.0), (all_axes[1], 0.0)):
                axes.plot(
                    [x - 0.01, x + 0.01],
                    [-0.02, 0.02],
                    transform=axes.transAxes,
                    color="black",
                    clip_on=False,
                    linewidth=1,
                )
            figure.supxlabel("year (the axis is broken between the two parts)", fontsize=9)
        else:
            all_axes[0].set_xlabel("year")
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
        all_axes[-1].legend(handles=legend, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
        scope = f" {timeline.scope}" if timeline.scope else ""
        figure.suptitle(f"Films{scope} and the histories they tell", fontsize=12)
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
