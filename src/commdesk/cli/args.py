"""Argument types the command groups share (no ``register`` here: this module is not a command group).

argparse calls a type with the typed text; an ``ArgumentTypeError`` becomes one line on stderr with
the usage and exit code 2, as every other bad option does.
"""

from __future__ import annotations

import argparse
from datetime import date, time

from commdesk.core.i18n import translate


def positive_int(text: str) -> int:
    """A whole number of at least 1 (a ``--limit N``, a count, a number of days): ``-1``, ``0`` and
    ``ten`` are refused in words instead of listing nothing or everything."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CLI", "'{value}' is not a whole number; give a number of 1 or more.").format(
                value=text
            )
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("CLI", "{value} is too small; give a number of 1 or more.").format(value=value)
        )
    return value


def clock_time(text: str) -> tuple[date, time] | None:
    """'YYYY-MM-DD HH:MM' typed without a zone, as (day, time to the minute); None when the text is
    not one (the caller names its option and the zone the time is read in)."""
    from datetime import datetime

    try:
        typed = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if typed.tzinfo is not None:
        return None
    return typed.date(), typed.time().replace(second=0, microsecond=0)
