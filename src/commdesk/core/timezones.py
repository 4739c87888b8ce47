"""One rule for time zones, for every area.

- Instants are stored in UTC (aware datetimes; the persistence layer returns them aware).
- A meeting is edited and shown in its own zone (``Meeting.tz``); everything else in the
  organisation's zone (``OrgSettings.time_zone``; empty means the computer's zone).
- Nothing here, nor in the callers, uses the process's zone by accident: ``datetime.now()`` and
  ``astimezone()`` without a zone are not used; ask ``now_in(zone)`` or ``to_zone(instant, zone)``.

Every display names the zone it uses (``format_instant(..., with_zone=True)``), so that 03:00 in
Shanghai can never be mistaken for 03:00 where the computer happens to be.
"""

from __future__ import annotations

import os
import zoneinfo
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import TypeGuard
from zoneinfo import ZoneInfo

FALLBACK_ZONE = "Asia/Shanghai"


def is_valid_zone(name: str | None) -> TypeGuard[str]:
    """Whether ``name`` is an IANA zone name this computer knows (``Asia/Shanghai``, ``UTC``)."""
    if not name or not isinstance(name, str) or name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, IsADirectoryError, OSError):
        return False
    return True


def system_zone_name() -> str:
    """The computer's IANA zone: the ``TZ`` variable when it names one, else the system setting.

    Read at each call (the ``TZ`` variable can change, e.g. in the tests); ``UTC`` if nothing is known.
    """
    env = os.environ.get("TZ", "").lstrip(":")
    if is_valid_zone(env):
        return env
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # noqa: BLE001 - tzlocal fails in odd ways on odd systems; UTC then
        name = None
    return name if is_valid_zone(name) else "UTC"


@lru_cache(maxsize=1)
def all_zone_names() -> tuple[str, ...]:
    """Every IANA zone name known here, sorted (for a searchable list); no legacy aliases."""
    names = {
        n
        for n in zoneinfo.available_timezones()
        if "/" in n
        and not n.startswith(
            ("Etc/", "SystemV/", "US/", "Brazil/", "Canada/", "Chile/", "Mexico/", "posix/", "right/")
        )
    }
    names.add("UTC")
    return tuple(sorted(names))


def zone(name: str | tzinfo | None) -> ZoneInfo | tzinfo:
    """A zone from its name (or a zone passed through); ``None`` is refused, never "local"."""
    if name is None:
        raise ValueError("a zone is needed; commdesk never falls back to the process's zone")
    if isinstance(name, tzinfo):
        return name
    return ZoneInfo(name)


def org_zone_name(settings) -> str:
    """The organisation's zone name: ``settings.time_zone`` or, when empty, the computer's zone."""
    name = getattr(settings, "time_zone", "") or ""
    return name if is_valid_zone(name) else system_zone_name()


def org_zone(settings) -> ZoneInfo:
    """The organisation's zone (see ``org_zone_name``)."""
    return ZoneInfo(org_zone_name(settings))


def _aware(instant: datetime) -> datetime:
    if instant.utcoffset() is None:
        raise ValueError(f"an aware datetime is needed (commdesk stores instants in UTC), got {instant!r}")
    return instant


def to_utc(instant: datetime) -> datetime:
    return _aware(instant).astimezone(UTC)


def to_zone(instant: datetime, where: str | tzinfo) -> datetime:
    """``instant`` as wall-clock time in ``where``."""
    return _aware(instant).astimezone(zone(where))


def now_in(where: str | tzinfo, clock=None) -> datetime:
    """Now (``clock()`` when given, for the service clock) as wall-clock time in ``where``."""
    moment = clock() if clock is not None else datetime.now(UTC)
    return to_zone(moment, where)


def today_in(where: str | tzinfo, clock=None) -> date:
    return now_in(where, clock).date()


def wall_clock(day: date, clock_time: time, where: str | tzinfo) -> datetime:
    """The instant at which clocks in ``where`` show ``day clock_time``.

    A time that does not exist (spring-forward gap) moves forward by the gap (02:30 -> 03:30); an
    ambiguous one (fall back) is the first of the two.
    """
    z = zone(where)
    naive = datetime.combine(day, clock_time)
    return naive.replace(tzinfo=z).astimezone(UTC).astimezone(z)


def offset_label(instant: datetime | None, where: str | tzinfo) -> str:
    """The zone's offset at ``instant`` (now when None): ``UTC+08:00``, ``UTC-07:00``."""
    z = zone(where)
    moment = to_zone(instant, z) if instant is not None else datetime.now(UTC).astimezone(z)
    offset = moment.utcoffset() or timedelta(0)
    total = int(offset.total_seconds() // 60)
    sign = "+" if total >= 0 else "-"
    hours, minutes = divmod(abs(total), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def zone_label(instant: datetime | None, where: str | tzinfo) -> str:
    """How a display names the zone: ``Asia/Shanghai, UTC+08:00`` (the offset at ``instant``)."""
    z = zone(where)
    name = getattr(z, "key", None) or str(z)
    return f"{name}, {offset_label(instant, z)}"


def format_instant(
    instant: datetime | None, where: str | tzinfo, with_zone: bool = True, fmt: str = "%Y-%m-%d %H:%M"
) -> str:
    """``instant`` shown in ``where``, naming the zone unless ``with_zone`` is False (""
    for None)."""
    if instant is None:
        return ""
    text = to_zone(instant, where).strftime(fmt)
    return f"{text} ({zone_label(instant, where)})" if with_zone else text


def format_span(
    start: datetime | None, end: datetime | None, where: str | tzinfo, with_zone: bool = True
) -> str:
    """``2026-12-04 03:00–04:00 (Asia/Shanghai, UTC+08:00)``; the end date is repeated when it differs."""
    if start is None:
        return ""
    text = format_instant(start, where, with_zone=False)
    if end is not None:
        local_start, local_end = to_zone(start, where), to_zone(end, where)
        fmt = "%H:%M" if local_end.date() == local_start.date() else "%Y-%m-%d %H:%M"
        text += "–" + local_end.strftime(fmt)
    return f"{text} ({zone_label(start, where)})" if with_zone else text
