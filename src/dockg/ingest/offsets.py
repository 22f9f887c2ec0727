"""A fixed offset from UTC given by the user (``--utc-offset +09:00``), as a time zone."""

from __future__ import annotations

import re
from datetime import timedelta, timezone


def utc_offset_zone(offset: str) -> timezone:
    """The time zone of a fixed offset from UTC.

    Args:
        offset: ``+09:00``, ``-0330``...

    Returns:
        The zone.

    Raises:
        ValueError: if it is not an offset, or not one any place uses (-12:00 to +14:00).
    """
    found = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", offset.strip())
    if found is None:
        raise ValueError(f"not a UTC offset: {offset!r} (write it like +09:00)")
    delta = timedelta(hours=int(found[2]), minutes=int(found[3]))
    delta = -delta if found[1] == "-" else delta
    if int(found[3]) >= 60 or not timedelta(hours=-12) <= delta <= timedelta(hours=14):
        raise ValueError(
            f"not a UTC offset: {offset!r} (offsets run from -12:00 to +14:00, "
            "minutes below 60; write it like +09:00)"
        )
    return timezone(delta)
