"""Progress of long work (parsing, validating, importing rows, pushing) on standard error.

A bar is drawn only when standard error is a terminal, so pipes, logs and tests see
nothing extra; ``DOCKG_PROGRESS=0`` turns it off and ``DOCKG_PROGRESS=1`` turns it on
even without a terminal. A bar appears only once its step has run for :data:`DELAY`
seconds, and is erased when the step ends, so quick commands print exactly what they
printed before. tqdm draws the bars; it is imported only when one is drawn.

Usage::

    with progress("pushing", total=len(store), unit="triple") as bar:
        for chunk in chunks:
            send(chunk)
            bar.advance(len(chunk))

    for row in track(rows, "reading cannes.csv", unit="row"):
        ...

    with working("validating"):  # one long call that cannot count: the time spent
        run_queries()

    with reading(path, "loading dump.nq") as stream:  # bytes read of a file
        store.bulk_load(input=stream, format=ox.RdfFormat.N_QUADS)
"""

from __future__ import annotations

import io
import os
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TypeVar

T = TypeVar("T")

#: Seconds a step runs before its bar appears: shorter steps draw nothing.
DELAY = 0.5

#: Seconds between redraws of a bar whose step counts nothing meanwhile.
TICK = 1.0

#: The environment variable that turns progress off (``0``) or on (``1``).
ENV_VAR = "DOCKG_PROGRESS"


def enabled() -> bool:
    """Whether progress is shown: on a terminal, unless ``DOCKG_PROGRESS`` says otherwise.

    Returns:
        ``False`` if ``DOCKG_PROGRESS=0``, ``True`` if ``DOCKG_PROGRESS=1``, else whether
        standard error is a terminal.
    """
    setting = os.environ.get(ENV_VAR, "").strip()
    if setting == "0":
        return False
    if setting == "1":
        return True
    stream = sys.stderr
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False


class Progress:
    """The work done so far in one step; :meth:`advance` is free when nothing is shown."""

    def __init__(self, bar: Any | None = None) -> None:
        self._bar = bar

    def advance(self, amount: int = 1) -> None:
        """Count ``amount`` more units of work done.

        Args:
            amount: how many units (rows, triples, files, bytes) were just finished.
        """
        if self._bar is not None:
            self._bar.update(amount)


@contextmanager
def progress(label: str, *, total: int | None = None, unit: str = "it") -> Iterator[Progress]:
    """Show the progress of one step while the ``with`` block runs.

    Args:
        label: what is being done, e.g. ``"loading data/cannes.ttl"``.
        total: how many units the step has, if known (a bar with a percentage and the time
            left); else a running count and rate.
        unit: the name of one unit of work (``"row"``, ``"triple"``, ``"file"``, ``"B"``).

    Yields:
        A :class:`Progress` to :meth:`~Progress.advance` as work is done.
    """
    if not enabled():
        yield Progress()
        return
    with _bar(label, total=total, unit=unit) as bar:
        yield Progress(bar)


@contextmanager
def working(label: str) -> Iterator[None]:
    """Show that a step that cannot count its work (one native call) is still running.

    The line shows the label and the time spent, e.g. ``filling the union graph: 00:07``.

    Args:
        label: what is being done.

    Yields:
        Nothing: run the step inside the ``with`` block.
    """
    if not enabled():
        yield
        return
    with _bar(label, total=None, unit="it", bar_format="{desc}: {elapsed}"):
        yield


@contextmanager
def _bar(
    label: str, *, total: int | None, unit: str, bar_format: str | None = None
) -> Iterator[Any]:
    """A tqdm bar that is redrawn every :data:`TICK` seconds even when no work is counted.

    Native calls (Oxigraph's bulk loader, a SPARQL update) release the GIL, so a thread
    can keep the elapsed time moving while they run: a bar that stops moving looks hung.
    """
    from tqdm import tqdm  # only when a bar is drawn: it costs an import on every start

    bar = tqdm(
        desc=label,
        total=total,
        unit=unit,
        unit_scale=unit == "B",  # bytes as kB, MB...; rows and triples counted exactly
        unit_divisor=1024 if unit == "B" else 1000,
        file=sys.stderr,
        leave=False,  # erased at the end: the command's own output stays as it was
        delay=DELAY,
        dynamic_ncols=True,
        mininterval=0.2,
        bar_format=bar_format,
    )
    stop = threading.Event()

    def tick() -> None:
        if stop.wait(DELAY):
            return
        while True:
            bar.refresh()
            if stop.wait(TICK):
                return

    ticker = threading.Thread(target=tick, name=f"progress: {label}", daemon=True)
    ticker.start()
    try:
        yield bar
    finally:
        stop.set()
        ticker.join()
        bar.close()


def track(
    items: Iterable[T], label: str, *, total: int | None = None, unit: str = "it"
) -> Iterator[T]:
    """Iterate over ``items``, showing how many have been taken (see :func:`progress`).

    Args:
        items: the work, one unit per item.
        label: what is being done.
        total: how many items there are; by default ``len(items)`` if it has one.
        unit: the name of one item.

    Returns:
        An iterator over the same items, in the same order.
    """
    if not enabled():
        return iter(items)
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    return _tracked(items, label, total=total, unit=unit)


def _tracked(items: Iterable[T], label: str, *, total: int | None, unit: str) -> Iterator[T]:
    with progress(label, total=total, unit=unit) as bar:
        for item in items:
            yield item
            bar.advance()


class _CountingReader(io.RawIOBase):
    """A binary file that reports every byte read to a :class:`Progress`."""

    def __init__(self, raw: IO[bytes], shown: Progress) -> None:
        super().__init__()
        self._raw = raw
        self._shown = shown

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = self._raw.readinto(buffer)  # type: ignore[attr-defined]
        self._shown.advance(count or 0)
        return count or 0


@contextmanager
def reading(path: Path, label: str) -> Iterator[IO[bytes]]:
    """Open a file to read in binary, showing how many of its bytes have been read.

    Args:
        path: the file.
        label: what is being done with it, e.g. ``"loading dump.nq"``.

    Yields:
        The open file (buffered): hand it to a parser that reads it through.

    Raises:
        OSError: if the file cannot be opened.
    """
    with open(path, "rb") as raw, progress(label, total=_file_size(path), unit="B") as shown:
        # reads of 1 MiB from the file, so counting costs one Python call per MiB
        yield io.BufferedReader(_CountingReader(raw, shown), buffer_size=1 << 20)


def _file_size(path: Path) -> int | None:
    """The size of a file in bytes, or ``None`` if it cannot be read (its reader says why)."""
    try:
        return path.stat().st_size
    except OSError:
        return None
