"""Which zone a time is shown in, for releases, the outbox and Home (issue 12 §2).

* An embargo is shown in its own zone (``Release.embargo_tz``), everywhere: editor, heading, list
  column, Home, PDF banner, text, HTML and .eml notices. ``in_zone`` puts it there.
* A meeting's time is shown in the meeting's own zone (``Meeting.tz``).
* Everything else (today, this week, review and audit times) uses the organisation's zone:
  ``org_zone(settings)`` (``OrgSettings.time_zone``, else the computer's zone; ``core.timezones``).

Never ``astimezone()`` without a zone in these areas: that is the process's zone by accident.
"""
from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def machine_zone() -> tzinfo:
    """The computer's zone (the ``TZ`` variable when set, else the system's)."""
    from ..timezones import system_zone_name

    return ZoneInfo(system_zone_name())


def org_zone(settings=None) -> tzinfo:
    """The organisation's zone: its ``time_zone`` setting when there is one, else the computer's."""
    from ..timezones import org_zone as _org_zone

    return _org_zone(settings)


def zone_or(name: str | None, fallback: tzinfo) -> tzinfo:
    """The zone called ``name``, or ``fallback`` when the name is empty or unknown."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return fallback


def in_zone(moment: datetime | None, name: str | None, fallback: tzinfo | None = None) -> datetime | None:
    """``moment`` as wall-clock time in zone ``name`` (an embargo in its own zone)."""
    if moment is None:
        return None
    return moment.astimezone(zone_or(name, fallback or org_zone()))


def zone_label(moment: datetime, name: str | None = None) -> str:
    """How a shown time names its zone: ``Asia/Shanghai, UTC+08:00`` (the offset alone without a name)."""
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    text = f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return f"{name}, {text}" if name else text


def moment_text(moment: datetime, name: str | None = None) -> str:
    """``2026-03-12 10:00 (Asia/Shanghai, UTC+08:00)``: a time as the releases pane, its list and Home
    show it, naming its zone."""
    return f"{moment:%Y-%m-%d %H:%M} ({zone_label(moment, name)})"
