"""A test hook: kill or stop this process at a named point, to prove what happens there.

Inert unless the environment variable :data:`CRASH_AT` or :data:`STOP_AT` names the
point. The reliability tests set one in a subprocess:

- ``DOCKG_CRASH_AT=load:swapped-out dockg load ...`` kills the run between two steps that
  must survive a kill: a real ``SIGKILL``, no ``finally`` block or exit handler runs, as
  when a machine loses power or a user kills the run;
- ``DOCKG_STOP_AT=project:locked dockg ingest ...`` stops it (``SIGSTOP``) holding the
  project lock, so a second run can race it deterministically; ``SIGCONT`` resumes it.
"""

from __future__ import annotations

import os
import signal

#: The environment variable naming the point at which to die.
CRASH_AT = "DOCKG_CRASH_AT"
#: The environment variable naming the point at which to stop until continued.
STOP_AT = "DOCKG_STOP_AT"


def crash_point(name: str) -> None:
    """Die here (``SIGKILL``) or stop (``SIGSTOP``) if asked to; else do nothing."""
    if os.environ.get(CRASH_AT) == name:
        os.kill(os.getpid(), signal.SIGKILL)
    if os.environ.get(STOP_AT) == name:
        os.kill(os.getpid(), signal.SIGSTOP)
