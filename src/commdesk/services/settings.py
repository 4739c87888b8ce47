"""Organisation-wide settings, kept in the database (per-person ones live in QSettings in the UI)."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, time
from typing import Any

from commdesk.core.domain.people import Role
from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.core.timezones import is_valid_zone
from commdesk.persistence.repositories import settings as repo
from commdesk.services.context import ServiceContext

_MAX_LOGO = 2 * 1024 * 1024


@dataclass(frozen=True)
class OrgSettings:
    name: str = ""
    departments: tuple[str, ...] = ()
    logo_png: bytes | None = None
    default_country: str = "CN"
    work_start: time = time(9, 0)
    work_end: time = time(18, 0)
    procedure_owner: str = ""  # AP-1: the department that maintains the procedure
    next_review: date | None = None  # AP-2: the yearly review
    boilerplate: str = ""  # "about us" for releases
    media_contact: str = ""  # media contact block for releases
    time_zone: str = ""  # IANA zone of the office; "" = the computer's zone (core/timezones.py)
    closed_days: tuple[tuple[date, str], ...] = ()  # the organisation's own days off, with a label
    minutes_self_approval: bool = False  # small teams: the note-taker may approve their own minutes


_KEYS = {
    "org.name": "name",
    "org.departments": "departments",
    "org.logo": "logo_png",
    "org.default_country": "default_country",
    "org.work_start": "work_start",
    "org.work_end": "work_end",
    "org.procedure_owner": "procedure_owner",
    "org.next_review": "next_review",
    "org.boilerplate": "boilerplate",
    "org.media_contact": "media_contact",
    "org.time_zone": "time_zone",
    "org.closed_days": "closed_days",
    "org.minutes_self_approval": "minutes_self_approval",
}


def _encode(attr: str, value: Any) -> Any:
    if value is None:
        return None
    if attr == "logo_png":
        return base64.b64encode(value).decode()
    if attr in ("work_start", "work_end"):
        return value.strftime("%H:%M")
    if attr == "next_review":
        return value.isoformat()
    if attr == "departments":
        return list(value)
    if attr == "closed_days":
        return [[day.isoformat(), label] for day, label in sorted(value)]
    return value


def _decode(attr: str, value: Any) -> Any:
    if value is None:
        return None
    if attr == "logo_png":
        return base64.b64decode(value)
    if attr in ("work_start", "work_end"):
        return time.fromisoformat(value)
    if attr == "next_review":
        return date.fromisoformat(value)
    if attr == "departments":
        return tuple(value)
    if attr == "closed_days":
        return tuple((date.fromisoformat(day), label) for day, label in value)
    if attr == "minutes_self_approval":
        return bool(value)
    return value


def validate_org(s: OrgSettings) -> dict[str, str]:
    import phonenumbers

    errors: dict[str, str] = {}
    if s.default_country not in phonenumbers.SUPPORTED_REGIONS:
        errors["default_country"] = translate(
            "Settings",
            "'{code}' is not a country code commdesk knows; use two letters such as CN, HK, US or DE.",
        ).format(code=s.default_country)
    if s.work_end <= s.work_start:
        errors["work_end"] = translate("Settings", "Working hours must end after they start.")
    if s.time_zone and not is_valid_zone(s.time_zone):
        errors["time_zone"] = translate(
            "Settings",
            "'{zone}' is not a time zone commdesk knows; choose one from the list, such as Asia/Shanghai.",
        ).format(zone=s.time_zone)
    seen: set[date] = set()
    for day, label in s.closed_days:
        if day in seen:
            errors["closed_days"] = translate(
                "Settings", "{date} is listed twice as a closed day; remove one."
            ).format(date=day.isoformat())
        seen.add(day)
        if "\n" in label or "\r" in label or len(label) > 80:
            errors["closed_days"] = translate(
                "Settings", "The label of a closed day is one line of at most 80 characters ({date})."
            ).format(date=day.isoformat())
    if s.logo_png is not None:
        if len(s.logo_png) > _MAX_LOGO:
            errors["logo_png"] = translate("Settings", "The logo is larger than 2 MB; use a smaller image.")
        elif not (s.logo_png.startswith(b"\x89PNG") or s.logo_png.startswith(b"\xff\xd8")):
            errors["logo_png"] = translate("Settings", "The logo must be a PNG or JPEG image.")
    return errors


class SettingsService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # Generic keys, for areas with their own settings (``mail.host``, ``contacts.officers_edit``...).
    def get(self, key: str, default: Any = None) -> Any:
        with self.ctx.unit_of_work() as uow:
            found, value = repo.read(uow.session, key)
            return value if found else default

    def get_many(self, prefix: str) -> dict[str, Any]:
        with self.ctx.unit_of_work() as uow:
            return repo.read_prefixed(uow.session, prefix)

    def set_many(self, values: Mapping[str, Any], *, require_admin: bool = True) -> None:
        if require_admin:
            self.ctx.require(Role.ADMINISTRATOR, action=translate("Settings", "change organisation settings"))
        with self.ctx.unit_of_work() as uow:
            repo.write(uow.session, values)

    def organisation(self) -> OrgSettings:
        """The organisation's settings (read once per context on a server, until someone commits a
        change to them: every pane and check asks for the zone and the working hours)."""
        return self.ctx.cached("org-settings", {"settings"}, self._read_organisation)

    def _read_organisation(self) -> OrgSettings:
        return organisation_from(self.get_many("org."))

    def time_zone(self) -> str:
        """The organisation's IANA zone (settings, or the computer's): what everything that is not a
        meeting is shown and entered in."""
        from commdesk.core.timezones import org_zone_name

        return org_zone_name(self.organisation())

    def work_calendar(self, zone: str | None = None):
        """The organisation's working calendar (hours, public holidays and 调休, closed days) in its
        zone, or in ``zone`` (a meeting's)."""
        from commdesk.core.workcalendar import WorkCalendar

        return WorkCalendar.from_settings(self.organisation(), zone)

    def save_organisation(self, org: OrgSettings) -> OrgSettings:
        errors = validate_org(org)
        if errors:
            raise ValidationError(errors)
        self.set_many({key: _encode(attr, getattr(org, attr)) for key, attr in _KEYS.items()})
        return self.organisation()


def organisation_from(stored: Mapping[str, Any]) -> OrgSettings:
    """The organisation's settings from their stored ``org.`` keys (``repo.read_prefixed``)."""
    values = {attr: _decode(attr, stored[key]) for key, attr in _KEYS.items() if key in stored}
    return replace(OrgSettings(), **{k: v for k, v in values.items() if v is not None})
