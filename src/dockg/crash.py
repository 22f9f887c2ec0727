"""A test hook: kill this process at a named point, to prove a crash there loses nothing.

Inert unless the environment variable :data:`CRASH_AT` names the point. The reliability
tests set it in a subprocess (``DOCKG_CRASH_AT=load:swapped-out dockg load ...``) to kill
the run between two steps that must survive a kill: a real ``SIGKILL``, no ``finally``
block or exit handler runs, as when a machine loses power or a user kills the run.
"""

from __future__ import annotations

import os
import signal

#: The environment variable naming the point at which to die.
CRASH_AT = "DOCKG_CRASH_AT"


def crash_point(name: str) -> None:
    """Die here by ``SIGKILL`` if :data:`CRASH_AT` is ``name``; else do nothing."""
    if os.environ.get(CRASH_AT) == name:
        os.kill(os.getpid(), signal.SIGKILL)
